"""Across articles: one fact reported with two values.

Two records state the same fact when they share indicator code, place,
period, kind and unit, name the same quantity, and cover the same part of
the year.  Two articles giving such a fact values more than 1% apart are two
reports that disagree: one of them is misread, or the figure was revised.
Either way a reviewer should look at both, so each record is flagged with
the others it disagrees with.

The indicator code alone is too coarse for "the same quantity": ``Kim
ngạch xuất khẩu`` and ``Xuất khẩu địa phương`` (a part of it) share
``export_value``.  So the labels must also name the same thing: the same
words once the words that do not change the quantity are dropped (``tổng``,
``trên địa bàn``, ``kim ngạch``, the place's own name).  The part of the year
(``6 tháng``, ``quý II``, ``tháng sáu``) is read from the label and from the
sentence before the figure, where the extractor's label often leaves it;
running totals (``từ đầu năm đến nay``, ``lũy kế``) cover an unknown part
and are not compared.

Only exact figures take part (``gần 35.000 tỷ đồng`` is near any value
within a few percent), and of percentages only those of rate and growth
indicators: ``Thu ngân sách`` 103% (of plan) and 12% (growth) are
different facts with one code.

This module makes the fact key (which records state one fact); comparing
their values is :mod:`desktop.core.checks.cross`'s.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import NamedTuple

from desktop.core.checks.subject import Subject
from desktop.core.memo import remember
from desktop.core.numbers import MONTH_NUMBERS
from desktop.core.records import decimal_to_text

#: Characters before a figure searched for the part of the year its sentence is about.
SENTENCE_WINDOW = 300
#: Indicators whose percentage is the fact itself (a rate or a growth), not a ratio to something.
RATE_CODES = frozenset(
    {
        "grdp_growth",
        "cpi",
        "poverty_rate",
        "urbanisation_rate",
        "forest_cover",
        "clean_water_rate",
        "health_insurance_rate",
        "trained_labour_rate",
        "industrial_production_index",
    }
)
#: Words that do not change which quantity a label names.
FILLER = frozenset(
    [
        "tổng",
        "trên",
        "địa",
        "bàn",
        "của",
        "toàn",
        "cả",
        "năm",
        "nay",
        "đạt",
        "ước",
        "tính",
        "kim",
        "ngạch",
        "giá",
        "trị",
        "số",
        "lượng",
        "thành",
        "phố",
        "tỉnh",
        "huyện",
        "quận",
        "thị",
        "tp",
        "trong",
        "đó",
        "và",
        "các",
        "những",
        "được",
        "có",
        "là",
        "chung",
        "cộng",
        "lại",
        "hiện",
        "nay",
    ]
)
_MONTH = "|".join(sorted(map(re.escape, MONTH_NUMBERS), key=len, reverse=True))
#: On lower-cased text, case-sensitive, without a lookbehind: the regex engine then skips ahead to the
#: first letters of the alternatives in C.  :func:`part_of_year` checks that a match starts a word.
_PART_OF_YEAR = re.compile(
    rf"(?:(?P<months>\d+)\s+tháng|tháng\s+(?P<month>\d{{1,2}}(?!\d|/\d)|{_MONTH})|quý\s+(?P<quarter>iv|i{{1,3}}|[1-4])"
    rf"|(?P<tet>tết)|(?P<running>đầu\s+năm\s+đến\s+nay|từ\s+đầu\s+năm|l[ũu]y\s+kế|đến\s+nay|tuần))(?![^\W_])"
)
_PART_HINT = re.compile("tháng|quý|tết|đầu năm|kế|nay|tuần")
#: A piece of every match of :data:`_PART_OF_YEAR`: where none is, nothing matches (``kế hoạch`` and ``năm
#: nay`` pass the hint and are most of what does, in the sentence before a figure).
_PART_PIECE = re.compile(r"tháng|quý|tết|đầu|tuần|l[ũu]y\s+kế|đến\s+nay")
_SENTENCE_ENDS = (". ", "! ", "? ", "… ", "\n")
_DIRECTION = re.compile(r"(?<![^\W_])(?:tăng|giảm)(?![^\W_])", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")
#: A part of the year that cannot be compared (a running total up to an unknown date).
RUNNING = "running"


class Fact(NamedTuple):
    """A record as the cross-article check sees it (a tuple: the fact pass makes one per record of every
    fact of the corpus, and a frozen dataclass costs three times as much to make).

    ``group`` is :func:`fact_key` of :func:`fact_group`: records with equal groups state one fact.
    ``written`` is the record's value as stored (exact decimal text) and ``unit`` its unit, quoted
    only when a message needs them; ``about`` is what the message says the fact is: code, place,
    period and kind.
    """

    key: int  # the record's id
    article: int
    group: int
    value: float
    written: str
    unit: str
    about: tuple[str, ...] = ()

    @property
    def shown(self) -> str:
        """The value with its unit as a message quotes it: ``11.428,6 tỷ đồng``."""
        return f"{vietnamese(self.written)} {self.unit}".strip()


def vietnamese(decimal_text: str) -> str:
    """``11428.6`` → ``11.428,6``: a stored exact decimal written the Vietnamese way, without Decimal
    arithmetic (the fact pass quotes values by the hundred thousand)."""
    sign = "-" if decimal_text.startswith("-") else ""
    whole, _, fraction = decimal_text.lstrip("-").partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def fact_of(key: int, article: int, record: Subject, text: str = "") -> Fact | None:
    """The fact ``record`` states, or None when it cannot be compared across articles.

    ``text`` is the article's text, where the sentence before the figure may name the part of the year.
    """
    group = fact_group(record, text)
    if group is None:
        return None
    return Fact(
        key,
        article,
        fact_key(group),
        float(record.base_value),
        decimal_to_text(record.value) or "0",
        record.unit,
        group[:4],
    )


def fact_key_of(record: Subject, text: str = "", low: str | None = None) -> int | None:
    """:func:`fact_key` of the record's group, or None: what the store keeps per record.  ``low``: the
    text as :func:`~desktop.core.checks.subject.lowered` gives it, when the caller has it."""
    group = fact_group(record, text, low)
    if group is None:
        return None
    key = _fact_keys.get(group)
    if key is None:
        key = remember(_fact_keys, group, fact_key(group), 65536)
    return key


#: :func:`fact_key` by group: the records of one fact share it, and a hash costs more than a lookup.
_fact_keys: dict[tuple[str, ...], int] = {}


def fact_key(group: tuple[str, ...]) -> int:
    """A signed 64-bit key for a fact group: what the store indexes instead of the words."""
    digest = hashlib.blake2b("\x1f".join(group).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def fact_group(record: Subject, text: str = "", low: str | None = None) -> tuple[str, ...] | None:
    """``(code, place, period, kind, part of year, unit, direction, quantity)``; None for what is not compared.

    ``low``, when given, is ``text`` lower-cased (:func:`~desktop.core.checks.subject.lowered`): the
    sentence before the figure is then read in it between two offsets, not sliced and lower-cased."""
    code, place, period = record.indicator_code, record.locality, record.period
    if not code or not place or not period or record.qualifier != "exact":
        return None
    if record.value_max is not None or record.of is not None:
        return None
    direction = ""
    if record.unit == "%":
        if code not in RATE_CODES:
            return None
        direction = _direction(record.indicator)
    label = _label_words(record.indicator, place)
    part = label.part
    if not part:
        begin = sentence_start(text, record.start)
        if low is None:
            part = part_of_year(text[begin : record.start])
        else:
            part = part_between(low, begin, record.start)
    if part == RUNNING:
        return None
    return code, place, period, record.kind, part, record.base_unit, direction, label.quantity


@lru_cache(maxsize=16384)
def _direction(label: str) -> str:
    found = _DIRECTION.findall(label)
    return found[-1].lower() if found else ""


class LabelWords(NamedTuple):
    part: str  # the part of the year the label names
    quantity: str  # :func:`quantity_key`


@lru_cache(maxsize=16384)
def _label_words(label: str, place: str) -> LabelWords:
    """What a label says of a fact; labels repeat across a corpus, so this is remembered."""
    return LabelWords(part_of_year(label), quantity_key(label, place))


def part_of_year(text: str) -> str:
    """``6 tháng``, ``tháng 6``, ``quý 2``, ``tết``, :data:`RUNNING`, or ``""`` for the whole year."""
    low = text.lower()
    return part_between(low, 0, len(low))


def part_between(low: str, begin: int, end: int) -> str:
    """:func:`part_of_year` of ``low[begin:end]``, lower-cased already, read in place: the patterns have no
    lookbehind, so searching between two offsets finds what searching the slice would."""
    if not _PART_HINT.search(low, begin, end) or not _PART_PIECE.search(low, begin, end):
        return ""
    part = ""
    for m in _PART_OF_YEAR.finditer(low, begin, end):
        if m.start() == begin or not low[m.start() - 1].isalnum():
            part = _part(m)
    return part


def _part(match: re.Match[str]) -> str:
    if match["months"]:
        return f"{int(match['months'])} tháng"
    if match["month"]:
        month = match["month"]
        return f"tháng {MONTH_NUMBERS.get(month, month).lstrip('0')}"
    if match["quarter"]:
        quarter = match["quarter"]
        return f"quý {'1234'[('i', 'ii', 'iii', 'iv').index(quarter)] if quarter[0] == 'i' else quarter}"
    return "tết" if match["tet"] else RUNNING


def sentence_start(text: str, start: int) -> int:
    """Where the sentence ``start`` is in begins, at most :data:`SENTENCE_WINDOW` back."""
    begin = max(0, start - SENTENCE_WINDOW)
    for end in _SENTENCE_ENDS:
        found = text.rfind(end, begin, start)
        if found >= 0:
            begin = found + len(end)
    return begin


def quantity_key(label: str, place: str) -> str:
    """The words of ``label`` that say which quantity it is, sorted: ``Tổng thu ngân sách nhà nước trên
    địa bàn`` and ``Thu ngân sách nhà nước`` meet at ``ngân nhà nước sách thu``."""
    dropped = FILLER | set(place.lower().split())
    words = {w for w in _WORDS.findall(label.lower()) if w not in dropped}
    part = part_of_year(label)
    if part:
        words -= set(part.split())
    return " ".join(sorted(words))
