"""The scope a sentence opens with, carried by the labels of its figures: a rule of the genre.

A report singles out a part of what it is about by opening a sentence with ``Riêng`` or ``Đối với``
and a comma, then gives that part's figures with the measure's own words only: ``Riêng khu vực Hải
Phòng, kim ngạch xuất khẩu hàng hóa đạt 48,8 tỷ USD``, ``Riêng tại các resort ven biển, công suất
phòng bình quân đạt 70%``, ``Đối với chương trình 135, tỉnh đã triển khai 209 công trình``.  The
figure is the part's, so its label says so (``Kim ngạch xuất khẩu hàng hóa khu vực Hải Phòng``), as a
column header of the curated table would.

The scope is not carried when it is a place (``Riêng huyện Trà Cú,``: the record's locality says
it), a name, a time (``Riêng trong năm 2016,``: the period says it), a pointer (``Riêng năm nay,``)
or a topic, a kind of thing rather than a part (``Riêng về ...``, ``Đối với cây lúa,``, ``Đối với
ngành thủy sản,``: a measure that names nothing takes it, see ``Labeller._with_topic``), nor when the
label already names it (``Đối với cá cảnh, diện tích nuôi cá cảnh ...``).  What the
opener says of its part after a place or a measure is left out (``Riêng tại các resort khu vực huyện
A,`` → ``các resort``; ``Đối với vùng thâm canh có quy mô 5 ha trở lên,`` → ``vùng thâm canh``).
"""

from __future__ import annotations

import re
from typing import Final

#: ``Riêng X,``, ``Riêng tại X,``, ``Riêng đối với X,``, ``Đối với X,``, ``Đối với riêng X,`` opening a
#: sentence (after a list mark); X runs to the first comma, an aside in brackets at its end aside.
_OPENER: Final = re.compile(
    r"[\s\-–•*+]*(?:riêng\s+(?:đối\s+với\s+)?|đối\s+với\s+(?:riêng\s+)?)(?:(?:tại|ở)\s+)?"
    r"(?P<scope>[^\W\d_][^,:;.()\[\]\n\"“”]{2,80}?)\s*(?:\([^()\n]{0,60}\)\s*)?,",
    re.IGNORECASE,
)
#: Where what the opener says of its part begins: a place it is in (``khu vực huyện A``, ``huyện A``;
#: not the ``liên xã`` of a name), a measure or a list it has.
_SAID_OF: Final = re.compile(
    r"\s+(?:khu\s+vực|tại|ở|thuộc|của|trên\s+địa\s+bàn)\s+(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|tp|xã|phường|"
    r"thị\s+trấn)(?![^\W\d_])"
    r"|(?<!liên)\s+(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|tp|xã|phường|thị\s+trấn)\s+(?-i:[A-ZĐ])"
    r"|\s+(?:có|với|gồm|như|thì|là|đạt|được)(?![^\W\d_])",
    re.IGNORECASE,
)
#: First words of a scope that is a place, a time or a pointer, not a part of what is reported.
_NOT_A_PART: Final = frozenset(
    {
        "tỉnh",
        "huyện",
        "quận",
        "thị",
        "thành",
        "tp",
        "xã",
        "phường",
        "năm",
        "tháng",
        "quý",
        "trong",
        "từ",
        "đến",
        "giai",
        "dịp",
        "hiện",
        "nay",
        "đầu",
        "cuối",
        "sau",
        "trước",
        "này",
        "đó",
        "đây",
        "những",
        "mỗi",
        "ngày",
        "tuần",
        "tính",
        "lũy",
        "luỹ",
        # ``Riêng về công nghệ xử lý rác,``, ``Đối với cây cà phê,``, ``Đối với ngành thủy sản,``: what the
        # sentence is about, a topic a measure that names nothing takes (``Labeller._with_topic``), no part
        "về",
        "cây",
        "con",
        "ngành",
        "lĩnh",
        "mảng",
        "nhóm",
        "mặt",
        "loại",
    }
)
#: The most words a scope keeps: a longer opener is a clause, not a part's name.
SCOPE_WORDS: Final = 10
#: How far into a sentence its opener's first word may be (after a list mark): ``riêng``, ``đối với``.
SCOPE_LEAD: Final = 12


def sentence_scope(text: str, sentence: int, limit: int) -> tuple[str, int]:
    """The part a sentence starting at ``sentence`` singles out with ``Riêng X,`` or ``Đối với X,``
    before ``limit``, and where its comma ends; ``("", -1)`` when it opens with none, or with a
    place, a name, a time or a pointer."""
    opener = _OPENER.match(text, sentence, limit)
    if opener is None:
        return "", -1
    scope = opener["scope"]
    if said := _SAID_OF.search(scope):
        scope = scope[: said.start()]
    words = scope.split()
    if (
        not words
        or len(words) > SCOPE_WORDS
        or words[0][:1].isupper()
        or words[0].lower() in _NOT_A_PART
        or words[-1].lower() in ("và", "các", "của")
    ):
        return "", -1
    return " ".join(words), opener.end()


#: Words that open a part's name to say what kind of part it is (``cây lúa``, ``khu vực cảng``).
_CLASSIFIERS: Final = frozenset(
    {
        "các",
        "những",
        "cây",
        "con",
        "khu",
        "vực",
        "vùng",
        "ngành",
        "lĩnh",
        "mảng",
        "nhóm",
        "loại",
        "mặt",
        "hàng",
    }
)


def with_scope(label: str, scope: str) -> str:
    """``label`` with the ``scope`` its sentence singled out at its end, unless it names it already:
    the scope's words after the kind of part it is (``lúa`` of ``cây lúa`` in ``Diện tích gieo cấy
    lúa``), or its first two (``cá cảnh`` in ``Hộ nuôi cá cảnh``)."""
    low = f" {label.lower()} "
    words = scope.lower().split()
    kind = next((i for i, word in enumerate(words) if word not in _CLASSIFIERS), len(words))
    core = " ".join(words[kind:])
    head = " ".join(words[:2])
    if (core and f" {core} " in low) or (len(words) > 1 and f" {head} " in low):
        return label
    return f"{label} {scope}"
