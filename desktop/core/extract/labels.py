"""The indicator label: the words before a figure in its clause, without cue words.

``Thu ngân sách nhà nước cả năm 2019 ước đạt 11.428,6 tỷ đồng`` is labelled
``Thu ngân sách nhà nước``: connectors at the head (``trong đó``, ``về kinh
tế,``), period phrases and the cue and hedge words next to the figure go.
A percentage record keeps ``tăng``/``giảm`` because its value is always
positive and the label is what says it falls.
"""

from __future__ import annotations

import re

#: Words kept at most, counted back from the figure.
MAX_WORDS = 14
#: Characters of the region looked at (the label keeps only its end anyway).
MAX_CHARS = 160

_HEAD = re.compile(
    r"^(?:[\s,.\-–+*•:()]|trong\s+đó|trong\s+số\s+đó|đồng\s+thời|bên\s+cạnh\s+đó|ngoài\s+ra|cụ\s+thể|riêng|còn"
    r"|và|với|qua\s+đó|theo\s+đó|như\s+vậy|tính\s+chung|l[ũu]y\s+kế|về\s+[^,]{1,30},|nhìn\s+chung|"
    r"phấn\s+đấu|mục\s+tiêu|dự\s+kiến|toàn\s+(?:tỉnh|thành\s+phố|huyện)\s+(?=có))+",
    re.IGNORECASE,
)
_PERIOD_PHRASE = re.compile(
    r"\s*(?:(?:trong|của|cả|tính\s+đến|đến)\s+)?(?:(?:\d+\s+)?tháng\s+(?:đầu\s+|cuối\s+)?)?"
    r"(?:(?:năm|giai\s+đoạn|nhiệm\s+kỳ)\s+\d{4}(?:\s*[-–]\s*\d{4})?|năm\s+nay|trong\s+năm"
    r"|quý\s+[IV\d]+(?:\s*/\s*\d{4})?|tháng\s+\d{1,2}(?:/\d{4})?)",
    re.IGNORECASE,
)
_TAIL_PATTERN = (
    r"(?:\s|^)(?:ước\s+thực\s+hiện|ước\s+tính|ước\s+đạt|dự\s+ước|ước|dự\s+báo|đạt\s+được|đạt|được|có|là|"
    r"thực\s+hiện|khoảng|gần|hơn|trên\s+dưới|trên|dưới|xấp\s+xỉ|chưa\s+đến|đến|lên|tới|từ|với|"
    r"xuống\s+còn|còn|bằng|ở\s+mức|mức|đã|sẽ|phấn\s+đấu|dự\s+kiến|cho|gồm|tổng\s+cộng|tổng)[\s,:]*$"
)
_TAIL = re.compile(_TAIL_PATTERN, re.IGNORECASE)
#: The same, case-sensitive, for the lower-cased label: literal alternatives are then skipped on
#: their first letter, which ``re.IGNORECASE`` cannot do (the search is a third of make_label).
_TAIL_LOW = re.compile(_TAIL_PATTERN)
#: Letters ``re.IGNORECASE`` equates with a cue's letter that do not lower-case to it (``ı``/``İ``
#: for ``i``, ``ſ`` for ``s``): a label holding one keeps the case-insensitive search.
_ODD_FOLDS = frozenset("İıſ")
_DATE = re.compile(r"(?:(?:tính\s+)?(?:đến|từ)\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?", re.IGNORECASE)
#: A long label is cut to its last comma-separated part when that part can stand alone.
LONG_LABEL = 12
SHORTEST_PART = 4
_HAS_PERIOD = re.compile(r"năm|quý|tháng|giai|nhiệm", re.IGNORECASE)
_CHANGE_TAIL = re.compile(r"(?:\s|^)(tăng|giảm)[\s,:]*$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"\s\s|[^\S ]")
_TAIL_WINDOW = 32


def make_label(region: str, percent: bool) -> str:
    """A short label from ``region``, the text between the clause start and the figure."""
    label = region[-MAX_CHARS:]
    if _ODD_SPACE.search(label):  # most regions have only single spaces, which need no rewriting
        label = _SPACES.sub(" ", label)
    if _HAS_PERIOD.search(label):
        label = _PERIOD_PHRASE.sub("", label)
    if "/" in label:
        label = _DATE.sub("", label)
    label = _HEAD.sub("", label)
    change = ""
    while True:
        stripped = _strip_tail(label)
        if percent and not change:
            found = _CHANGE_TAIL.search(stripped, max(0, len(stripped) - _TAIL_WINDOW))
            if found:
                change, stripped = found.group(1).lower(), stripped[: found.start()]
        if stripped == label:
            break
        label = stripped
    label = _last_part(label.strip(" ,;:-–"))
    words = label.split()
    label = " ".join(words[-MAX_WORDS:] + ([change] if change else []))
    return label[:1].upper() + label[1:]


def _strip_tail(label: str) -> str:
    """``label`` without one trailing cue or hedge word (only the end is searched: labels can be long)."""
    start = max(0, len(label) - _TAIL_WINDOW)
    low = label.lower()
    if len(low) == len(label) and _ODD_FOLDS.isdisjoint(label):
        found = _TAIL_LOW.search(low, start)
    else:
        found = _TAIL.search(label, start)
    return label[: found.start()] if found else label


def _last_part(label: str) -> str:
    """``... đóng góp vào tăng trưởng kinh tế, giá trị sản xuất công nghiệp`` → its last part."""
    if len(label.split()) <= LONG_LABEL or "," not in label:
        return label
    last = label.rsplit(",", 1)[1].strip()
    return last if len(last.split()) >= SHORTEST_PART else label
