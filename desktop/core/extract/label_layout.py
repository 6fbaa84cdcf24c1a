"""Labels of figures a whole file sets out as a page does, not in sentences: rules of the genre.

Scraped pages and reports keep their layout as text: a list of key figures written ``Tên: số``
(``- Thu nội địa: 980 tỷ đồng``), and tables flattened to lines of ``|`` cells (``| Thu ngân sách
nhà nước | 1.830 tỷ đồng |``).  A careful reader names such a figure by its item's name or its row's
first cell, where the sentence rules find nothing before the figure (the colon ends the clause) or
take the cell bars for words.

* ``- Trâu: 5.200 con``, ``Doanh nghiệp thành lập mới: 120 doanh nghiệp``: the name before the colon
  the figure follows is the figure's name, not its unit (``Trâu``, not ``Con``).
* ``| Tổng sản phẩm trên địa bàn | 12.450 tỷ đồng | 13.200 tỷ đồng |``: every figure of a row is
  named by the row's name cell (an index cell ``| 1 |`` is no name); the bars are no words.
* ``Diện tích gieo trồng:\n- Lúa: 9.400 ha``: the item's colon is its own; the measure of the list is
  said on the line above it (``Diện tích gieo trồng lúa``), as it is before an inline list's colon.

A name is no name when it is a place (``Buôn Đôn: 7 trạm``: the list's head says what is counted), a
list's or a quotation's opening (``Trong đó:``, ``Kết quả kiểm tra:``, ``Ông A cho biết:``), a time, or
a clause with a verb or a figure.
"""

from __future__ import annotations

import re
from typing import Final

#: The longest item name read before a colon, in words: a list's name, not a sentence.
ITEM_NAME_WORDS: Final = 10

#: A list marker an item line may open with.
_MARKER = re.compile(r"[^\S\n]*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])?[^\S\n]*", re.IGNORECASE)
#: Words before a colon that open a list or a quotation rather than name one figure.
_NOT_A_NAME = re.compile(
    r"(?:kết\s+quả|tình\s+hình|trong\s+đó|cụ\s+thể|theo|về)(?![^\W\d_]).*"
    r"|.*\s(?:đã|đang|sẽ|được)\s.*|(?:.*\s)?(?:như\s+sau|bao\s+gồm|gồm|gồm\s+có|sau|là|đạt|như|"
    r"cho\s+biết|cho\s+hay|nói|khẳng\s+định|nhấn\s+mạnh|chia\s+sẻ|phát\s+biểu|thông\s+tin|"
    r"năm|tháng|quý|tổng\s+cộng|ghi\s+chú|nguồn)",
    re.IGNORECASE,
)
#: Nothing but a hedge before a figure (``; khoảng 800 gam heroin``).
_HEDGE_ONLY = re.compile(r"\s*(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?")
#: A cell that names something: its first mark a letter (not an index, a figure or an empty cell).
_NAME_CELL = re.compile(r"[\s*_]*[^\W\d_]")


def named_item_start(text: str, floor: int, region_start: int, figure_start: int) -> int:
    """Where the name of a ``Tên: số`` item starts, when the figure at ``figure_start`` directly follows
    the colon that ended its clause at ``region_start`` (its item starting no earlier than ``floor``, the
    line, the sentence or the ``;`` before); -1 when the words before the colon are no short name (a
    list's head, a quotation's speaker, a time, words with figures)."""
    if text[region_start - 1 : region_start] != ":" or text[region_start:figure_start].strip():
        return -1
    colon = region_start - 1
    marker = _MARKER.match(text, floor, colon)
    start = marker.end() if marker else floor
    name = text[start:colon].strip()
    if (
        not name
        or not name[0].isalpha()
        or any(c.isdigit() or c in ',|()[]"“”' for c in name)
        or name.count(" ") >= ITEM_NAME_WORDS
        or _NOT_A_NAME.fullmatch(name)
        or (" " in name and name.istitle())  # ``Buôn Đôn: 7 trạm``: a place's or a firm's proper name
    ):
        return -1
    return start


def row_words(words: str) -> str:
    """The words that name a figure in a table row flattened to ``|`` cells: the row's name cell and the
    figure's own cell before it (``| Tổng thu | tăng `` → ``Tổng thu tăng ``); ``words`` itself when it
    holds no name cell before the figure's cell."""
    *cells, own = words.split("|")
    name = next((cell.strip() for cell in cells if _NAME_CELL.match(cell)), "")
    if not name:
        return words
    return f"{name.strip('*_ ')} {own.lstrip()}"


def opens_item(low: str, start: int, figure_start: int) -> bool:
    """True when the figure at ``figure_start`` opens the list item that starts at ``start`` (nothing but a
    hedge before it): the item is the figure and what follows it (``; 800 gam heroin``)."""
    return _HEDGE_ONLY.fullmatch(low, start, figure_start) is not None
