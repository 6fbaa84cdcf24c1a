"""Is the label a column header?  ANNOTATION.md: a noun phrase naming the quantity, never empty.

A label the extractor cut in the wrong place shows at its first word: a
reporting verb or cue (``Đã thu hút``, ``Đạt``), a connector (``Tuy nhiên,``,
``Trong khi``, ``Đến nay``) or the place the sentence is about (``Thành phố
phấn đấu``, ``Toàn tỉnh có``, ``Hà Nội``).  Many good labels start with a
verb turned noun (``Thu ngân sách``, ``Tăng trưởng GRDP``, ``Hỗ trợ nhà
lưới``, ``Giải quyết việc làm``), so the verbs listed here are only those
that never open a quantity's name.

"One word" is one syllable (``Tăng``, ``Chiếm``, ``Lúa``): Vietnamese writes
a word's syllables apart, and a two-syllable label (``Dự án``, ``Hộ nghèo``)
may well name what is counted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.check_rules import LABEL_EMPTY, LABEL_ONE_WORD, LABEL_OPENING, Finding
from desktop.core.extract.lexicon import alternation
from desktop.core.numbers import SCALES
from desktop.core.places import gazetteer

#: Reporting verbs, auxiliaries and cue words: ``Đã thu hút``, ``Đạt``, ``Ước đạt``, ``Có``.
VERBS = (
    "đã",
    "đang",
    "sẽ",
    "được",
    "đạt",
    "đạt được",
    "có",
    "là",
    "ước",
    "ước đạt",
    "ước tính",
    "dự kiến",
    "phấn đấu",
    "chú trọng",
    "thu hút được",
    "đón",
    "đón tiếp",
    "trao",
    "tổ chức",
    "phát hiện",
    "nâng tổng",
    "tăng thêm",
    "tăng lên",
    "giảm xuống",
    "giảm còn",
    "lên tới",
    "lên đến",
    "chiếm",
    "tương đương",
    "bằng",
)
#: Connectors, frames and time phrases that open a clause, never a quantity's name.
CONNECTORS = (
    "trong đó",
    "trong số đó",
    "bên cạnh đó",
    "ngoài ra",
    "đồng thời",
    "riêng",
    "còn",
    "và",
    "nhưng",
    "tuy nhiên",
    "cùng với",
    "với",
    "theo đó",
    "trong khi",
    "so với",
    "cùng kỳ",
    "đến nay",
    "đến hết",
    "tính đến",
    "tính chung",
    "hiện nay",
    "hiện",
    "khi",
    "để",
    "do",
    "vì",
    "nhờ",
    "từ",
    "qua",
    "sau",
    "sau đó",
    "như vậy",
    "cụ thể",
    "đặc biệt",
    "nhìn chung",
    "theo",
    "nếu",
    "trên",
    "đối với",
    "tại",
    "ở",
    "của",
    "cho",
    "về",
    "mà",
    "thì",
    "nên",
    "hơn nữa",
    "mặt khác",
    "trong",
    "nhất là",
    "kể cả",
    "điều đáng",
    "đáng chú ý",
    "bởi",
    "vừa qua",
    "năm qua",
    "đến",
    "tới",
    "cùng",
)
#: Place words that name the place a sentence is about: ``Toàn tỉnh có``, ``Cả nước``.
WHOLE_PLACES = (
    "toàn tỉnh",
    "toàn huyện",
    "toàn thành phố",
    "toàn thị xã",
    "toàn quận",
    "toàn xã",
    "toàn quốc",
    "cả nước",
    "ubnd",
    "hđnd",
    "ủy ban nhân dân",
    "uỷ ban nhân dân",
)
#: Administrative words: a place when a name follows (``Huyện Phú Vang``), a counted noun otherwise
#: (``Xã đạt chuẩn nông thôn mới`` counts communes, ``Xã đạt tiêu chí bưu điện`` 100% is a share of them).
ADMIN_WORDS = ("thành phố", "tp", "tỉnh", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
#: The province or city an article is about, as the subject of a verb: ``Thành phố phấn đấu``, ``Tỉnh có``.
SUBJECT_PLACES = frozenset({"thành phố", "tp", "tỉnh"})

_OPENER = re.compile(
    rf"(?P<verb>{alternation(VERBS)})|(?P<connector>{alternation(CONNECTORS)})|(?P<place>{alternation(WHOLE_PLACES)})",
)
_ADMIN = re.compile(rf"(?P<word>{alternation(ADMIN_WORDS)})\.?\s+(?P<rest>.*)", re.DOTALL)
_VERB_NEXT = re.compile(rf"(?:{alternation(VERBS)})(?![^\W_])")
_WORD_END = re.compile(r"(?![^\W_])")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def check_label(label: str, unit: str) -> Finding | None:
    """A finding when ``label`` is empty, one word, or opens with a verb, connector or place.

    ``unit`` tells a counted noun from a place: ``Xã phấn đấu đạt chuẩn`` counting ``xã`` is fine.
    """
    return _check(label.strip(), unit)


@lru_cache(maxsize=65536)
def _check(label: str, unit: str) -> Finding | None:
    words = label.split()
    if not words:
        return LABEL_EMPTY.finding()
    if len(words) == 1:
        if label.lower() == counted_noun(unit):
            return None  # the counted noun alone: ``Trường`` counting ``trường`` says what is counted
        return LABEL_ONE_WORD.finding(label=label)
    opening = opening_of(label, unit)
    if opening is None:
        return None
    variant, word = opening
    return LABEL_OPENING.finding(variant, word=word)


def opening_of(label: str, unit: str) -> tuple[str, str] | None:
    """``(kind, words)`` when the label opens with a verb, connector or place, else None."""
    low = label.lower()
    noun = counted_noun(unit)
    if noun and low.startswith(noun) and _WORD_END.match(low, len(noun)):
        return None  # the counted noun itself: ``Tổ chức đảng`` counting ``tổ chức đảng``
    match = _OPENER.match(low)
    if match and _WORD_END.match(low, match.end()):
        kind = match.lastgroup or "verb"
        return kind, label[: match.end()]
    place = _place_at_start(label, low, unit)
    return ("place", place) if place else None


def counted_noun(unit: str) -> str:
    """What a unit counts, without its scale words or what it is per: ``triệu khách`` → ``khách``
    (``Khách`` counting ``19,9 triệu khách`` names what is counted as ``Khách`` counting ``500 khách``
    does), ``nghìn tổ chức/năm`` → ``tổ chức``."""
    words = unit.split("/")[0].split()
    while words and words[0] in SCALES:
        words.pop(0)
    return " ".join(words)


def _place_at_start(label: str, low: str, unit: str) -> str | None:
    """A place name or an administrative subject at the start of ``label``, else None."""
    admin = _ADMIN.match(low)
    if admin:
        rest_start = admin.start("rest")
        rest = label[rest_start:]
        if rest[:1].isupper() and not rest.startswith(("GRDP", "FDI", "KCN", "CCN", "NSNN", "OCOP")):
            return label[: rest_start + len(rest.split()[0])]
        word = admin.group("word").rstrip(".")
        if word in SUBJECT_PLACES and _VERB_NEXT.match(low, rest_start):
            return label[:rest_start].strip()
        return None
    names = _WORD.findall(label)[:4]
    for size in (4, 3, 2):
        run = names[:size]
        if len(run) == size and all(w[:1].isupper() for w in run):
            name = " ".join(run)
            if label.startswith(name) and _is_large_place(name):
                return name
    return None


def _is_large_place(name: str) -> bool:
    """A province or district of the gazetteer: commune names double as common words too often."""
    places = gazetteer()
    return any(places.units[i].level in ("province", "district") for i in places.lookup(name))
