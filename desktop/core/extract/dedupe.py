"""One fact, one record: drop the copies a title, heading, teaser, caption or recap makes.

Two records are the same fact when they have the same base value and unit and

* one sits in page furniture (title line, heading, teaser, markdown caption or
  "more" recap, where everything repeats the body), or
* their labels share most of their words (a recap inside the body: ``Như vậy,
  ... thu hút được 2,15 tỷ USD``), unless they stand close together, as the items of
  a list do (``thiết bị gia đình tăng 0,2%; văn hóa tăng 0,2%``), or
* the value is distinctive enough that the same place reporting it twice is
  one fact told twice (``dự án ... rộng 2.870 ha`` ... ``quy mô 2.870 ha`` ...
  ``từ 600 ha lên 2.870 ha``): an amount of 100 or more, one with decimals, or one of
  10 or more with a scale word (``40 vạn người``, ``60 tỷ đồng``), that is not a
  percentage.  Small counts (``3 xã``) and percentages repeat
  across different indicators all the time, so they need similar labels.

Similar labels are not enough when they open alike and each holds words of its own after the frame (``Xã
đạt tiêu chí giao thông`` / ``Xã đạt tiêu chí trường học``, ``Xã đạt chuẩn nông thôn mới nâng cao`` / ``Xã
đạt chuẩn văn hóa nông thôn mới``: one frame, two subjects), nor when one figure is a
range and the other not and they differ in year or in being a plan (this year's ``9 xã``, next year's
target ``9 đến 10 xã``).  A label of one word (``Xã``) is no evidence at all: it names only what is
counted, which the figures of a report share (``100% số xã có nhà văn hóa`` ... ``100% số xã đạt tiêu chí
bưu điện``).

A rate told again per another denominator (``23,19 triệu đồng/năm`` ... ``23,19 triệu đồng/người``) is
one fact when its year is the same and the labels agree, never on its value alone; so is a count told
again by its classifier alone (``11 triệu lượt`` ... ``11 triệu lượt khách``).  A count told again in more
words of one thing (``315.000 lượt khách`` ... ``315.000 lượt du khách``) is in one unit.

A heading or title rounds the body's figure (``Gần 6.000 tỷ đồng xây dựng nông
thôn mới`` over ``đạt hơn 5.800 tỷ đồng``): a hedged or round furniture figure
within :data:`ROUNDING` of a body figure of the same unit is that figure.

The first occurrence in the body is kept, with the comparisons a later telling in the body adds or tells to
more decimals (``tăng 35%`` ... ``tăng 35,8%``); if the body copy comes second it replaces the furniture copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from desktop.core.records import Comparison, Record
from desktop.core.taxonomy import unit_class

#: Share of label words two body records need in common to be one fact.
SIMILAR_LABELS = 0.5
#: Opening words two labels share, at least, to be one frame (``Tỷ lệ xã đạt tiêu chí ...``).
FRAME_WORDS = 3
#: Words of its own each label must hold after the frame for the two to name two things in it.
OWN_WORDS = 2
#: Words a label needs to tell whether two small figures are one fact.
MIN_LABEL_WORDS = 2
#: Characters between two small figures of one value, in one sentence, within which they are items of
#: one list (whose labels share the list's subject), never one fact told twice: a recap comes later.
LIST_GAP = 120
#: Words a count unit needs to say what it counts beyond its classifier (``lượt khách``, not ``lượt``).
MIN_COUNT_WORDS = 2
#: Earlier records with the same value compared against (keeps a text of 100,000 equal numbers linear).
MAX_TWINS = 16
#: Smallest written value that is distinctive on its own.
DISTINCTIVE = Decimal(100)
#: Smallest written value that is distinctive with a scale word after it.
SCALED_DISTINCTIVE = Decimal(10)
#: Characters between a figure and the plan in a bracket after it (``đạt 100% KH (KH ...``), at most.
PLAN_BESIDE = 40
#: What opens a bracket that gives the plan: ``(KH 3.658 tỷ đồng)``, ``(kế hoạch: 12%)``.
_PLAN_BRACKET = re.compile(r"\(\s*(?:KH|kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán)\s*:?\s*$", re.IGNORECASE)
#: Relative difference within which a hedged or round furniture figure restates a body figure.
ROUNDING = Decimal("0.1")
#: Body records of a unit a rounded furniture figure is compared against, at most.
MAX_ROUNDED = 64

_WORD = re.compile(r"[^\W_]+")
#: A number of criteria in a label: ``6 tiêu chí``, ``4 - 5 tiêu chí``, ``19/19 tiêu chí``.
_CRITERIA_COUNT = re.compile(r"\d+(?:\s*[/–-]\s*\d+)?\s+tiêu\s+chí")
_SPACE = re.compile(r"\s+")
#: The words of ``Tỷ lệ``: said of every rate, they tell nothing of whether two rates are one fact.
_RATE_WORDS = frozenset({"tỷ", "tỉ", "lệ"})
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")
_LIST_SEPARATOR = re.compile(r"[,;:+]|(?<![^\W\d_])(?:và|còn|nhưng|song|hoặc|hay|trong\s+khi)(?![^\W\d_])")


@dataclass(slots=True)
class Candidate:
    record: Record
    furniture: bool

    def __init__(self, record: Record, furniture: bool) -> None:
        # Written out: the compiled core runs this as C, not the interpreted ``__init__`` of ``@dataclass``
        # (tests/test_compiled_init.py keeps it in step with the fields).
        self.record = record
        self.furniture = furniture


def dedupe(candidates: list[Candidate], text: str = "") -> list[Record]:
    """The records of ``candidates`` (found in ``text``) with repeated facts removed, in text order."""
    kept: list[Candidate] = []
    by_value: dict[tuple[object, str], list[int]] = {}
    for candidate in candidates:
        key = (candidate.record.base_value, _told_in(_numerator(candidate.record.base_unit)))
        slots = by_value.setdefault(key, [])
        # most values are told once: no generator for an empty list of earlier ones
        twin = (
            next((i for i in slots[-MAX_TWINS:] if _same_fact(kept[i], candidate, text)), None)
            if slots
            else None
        )
        if twin is None:
            slots.append(len(kept))
            kept.append(candidate)
        elif kept[twin].furniture and not candidate.furniture:
            kept[twin] = candidate
        elif not candidate.furniture:
            _add_comparisons(kept[twin], candidate.record)
            _take_estimate(kept[twin], candidate.record)
    return sorted((c.record for c in _drop_rounded(kept)), key=lambda r: r.start)


def _add_comparisons(kept: Candidate, again: Record) -> None:
    """Give the record kept the comparisons a second telling in the body adds (``2,58 triệu lượt, tăng 98,5%``
    ... ``2,58 triệu lượt, tăng 98,5%, đạt 100% kế hoạch``): one fact, all that is said of it.  Only when the
    second telling repeats every comparison of the first: twins whose comparisons differ may be two facts
    of one value (``thu bổ sung 402 tỷ đồng, tăng 15%`` ... ``chi bổ sung 402 tỷ đồng, tăng 66%``).  A first
    telling with none (the lead's ``doanh thu du lịch ước đạt 365 tỷ đồng`` before the body's ``..., tăng
    15%``) takes them only when the labels agree too: a distinctive value alone may be two facts (``thu 2.500
    tỷ đồng`` ... ``vượt 2.500 tỷ đồng (tương đương 2,2% dự toán)``), or when both count one thing (``315.000
    lượt khách`` ... ``315.000 lượt du khách, tăng 10%``)."""
    record = kept.record
    refined = tuple(
        next((c for c in again.comparisons if _refines(c, first)), first) for first in record.comparisons
    )
    if refined != record.comparisons:  # "tăng 35%" ... "tăng 35,8%": the second telling is the exact one
        record = kept.record = record.with_changes(comparisons=refined)
    if any(c not in again.comparisons for c in record.comparisons):
        return
    if not record.comparisons and not (
        _similar_labels(record, again) or _one_count(record.base_unit, again.base_unit)
    ):
        return
    more = tuple(c for c in again.comparisons if c not in record.comparisons)
    if more:
        kept.record = record.with_changes(comparisons=(*record.comparisons, *more))


def _refines(fine: Comparison, coarse: Comparison) -> bool:
    """True when ``fine`` tells the comparison ``coarse`` told, to more decimals: the same relation, basis and
    sign, within one unit of ``coarse``'s last digit (``tăng 35%`` in the lead, ``tăng 35,8%`` in the body).  A
    report rounds or cuts a figure it repeats, never the other way round."""
    if (fine.relation, fine.basis) != (coarse.relation, coarse.basis):
        return False
    fine_places, coarse_places = _exponent(fine.percent), _exponent(coarse.percent)
    if fine_places >= coarse_places or (fine.percent < 0) != (coarse.percent < 0):
        return False
    return abs(fine.percent - coarse.percent) < Decimal(1).scaleb(coarse_places)


def _exponent(value: Decimal) -> int:
    """The power of ten of ``value``'s last digit as written (``35`` → 0, ``35.8`` → -1)."""
    exponent = value.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def _take_estimate(kept: Candidate, again: Record) -> None:
    """Make the record kept an estimate when a second telling of the fact estimates it: a lead sums up the
    body's figures without their cue (``Năm 2025, lượt khách đạt trên 11 triệu lượt`` ... ``tổng lượt khách
    ước đạt trên 11 triệu lượt``), and the body's ``ước`` says what the figure is."""
    if kept.record.kind == "actual" and again.kind == "estimate":
        kept.record = kept.record.with_changes(kind="estimate")


def _same_fact(a: Candidate, b: Candidate, text: str) -> bool:
    if a.furniture or b.furniture:
        return True
    ra, rb = a.record, b.record
    if ra.locality != rb.locality:  # a figure about another place is another fact
        return False
    if _another_time_or_plan(ra, rb) or _plan_beside(ra, rb, text):
        return False
    # a rate told again per other words: its labels decide (but ``lượt khách`` is ``lượt du khách``)
    per_another = ra.base_unit != rb.base_unit and not _one_count(ra.base_unit, rb.base_unit)
    if per_another and (ra.period != rb.period or _two_things_counted(ra.base_unit, rb.base_unit)):
        return False
    if not per_another and ra.unit != "%" and _distinctive(ra.value, ra.base_value):
        return True
    if not per_another and _one_list(
        ra, rb, text
    ):  # ``... gia đình tăng 0,2%; văn hóa tăng 0,2%``: two items
        return False
    return _similar_labels(ra, rb) and not (
        not per_another and unit_class(ra.base_unit) == "count" and _two_subjects(ra.indicator, rb.indicator)
    )


def _similar_labels(ra: Record, rb: Record) -> bool:
    """True when the labels of two records of one value name one thing: most words in common, past what a
    count counts, and not one frame of two subjects."""
    if _one_frame(ra.indicator, rb.indicator) or _criteria(ra.indicator) != _criteria(rb.indicator):
        return False
    words_a, words_b = _words(ra.indicator), _words(rb.indicator)
    if _says_nothing(words_a) or _says_nothing(words_b):
        return False
    counted = set(_WORD.findall(_numerator(ra.base_unit).lower()))
    if counted:  # what two counts count is no evidence either: ``Dự án FDI`` is not ``Dự án du lịch``
        words_a, words_b = words_a - counted, words_b - counted
        if not words_a or not words_b:
            return False
    return len(words_a & words_b) / min(len(words_a), len(words_b)) >= SIMILAR_LABELS


def _two_subjects(a: str, b: str) -> bool:
    """True when each of two labels of one small count holds words of its own the other lacks, wherever they
    stand (``Xã đạt tiêu chí thu nhập`` / ``Xã đạt và cơ bản đạt tiêu chí cơ cấu lao động``): a whole page's
    report tells ``11 xã`` of several criteria, and the words they share (``xã đạt tiêu chí``) are the frame,
    not the fact."""
    words_a, words_b = _words(a), _words(b)
    return len(words_a - words_b) >= OWN_WORDS and len(words_b - words_a) >= OWN_WORDS


def _criteria(label: str) -> set[str]:
    """The criteria counts a label names (``Xã đạt từ 4 - 5 tiêu chí``): places counted by different
    numbers of criteria reached are different groups, however alike the rest of their labels."""
    if "tiêu chí" not in label:
        return set()
    return {_SPACE.sub("", found) for found in _CRITERIA_COUNT.findall(label)}


def _one_count(a: str, b: str) -> bool:
    """True when two count units count one thing, the words of one all in the other (``lượt khách``, ``lượt du
    khách``) -- not ``lượt xe`` and ``lượt khách``, nor ``người lao động`` and ``người nghèo``.  A classifier
    alone (``lượt``) may count anything: the labels must tell."""
    if unit_class(a) != "count" or unit_class(b) != "count":
        return False
    words_a, words_b = set(a.lower().split()), set(b.lower().split())
    return min(len(words_a), len(words_b)) >= MIN_COUNT_WORDS and (words_a <= words_b or words_b <= words_a)


def _two_things_counted(a: str, b: str) -> bool:
    """True when two count units that are not :func:`_one_count` each name what they count (``lượt xe``,
    ``lượt khách``), per whatever: two facts, whatever the labels; a classifier alone (``11 triệu lượt`` over ``11 triệu lượt
    khách``) leaves it to them."""
    if unit_class(a) != "count" or unit_class(b) != "count":
        return False
    # ``75.000 lượt khách`` over ``75.000 lượt khách/ngày``: one thing counted, per day in the detail
    if _one_count(_numerator(a), _numerator(b)):
        return False
    return min(len(a.split()), len(b.split())) >= MIN_COUNT_WORDS


def _numerator(base_unit: str) -> str:
    """What a per-unit amount measures, without its denominator: a recap may write the rate per other
    words (``23,19 triệu đồng/năm`` ... ``23,19 triệu đồng/người``), one fact whose labels then say so."""
    slash = base_unit.find("/")
    return base_unit if slash < 0 else base_unit[:slash]


def _says_nothing(words: set[str]) -> bool:
    """True for a label of at most one word (``Xã``, ``Thôn``): it names no more than the counted noun, which
    every ``100% số xã ...`` of a report shares, so it is no evidence that two figures are one fact."""
    return len(words) < MIN_LABEL_WORDS


def _another_time_or_plan(a: Record, b: Record) -> bool:
    """True when one of two body records of one value is a range and the other not, and they are told of
    different years or one is a plan and the other not (``có thêm 9 xã đạt chuẩn`` in 2016, ``phấn đấu có
    thêm 9 đến 10 xã`` in 2017): two facts, however alike their labels.  A range then a point of the same
    year and kind narrows one forecast (``từ 7 đến 9 tấn/ha`` ... ``đạt 7 tấn/ha``)."""
    if a.value_max == b.value_max:
        return False
    return (a.period != b.period) or (a.kind == "target") != (b.kind == "target")


def _plan_beside(a: Record, b: Record, text: str) -> bool:
    """True when ``b`` is the plan given in a bracket right after ``a`` (``tỷ lệ ... đạt 17,8% (KH 17,8%)``,
    ``đạt 3.658 tỷ đồng, đạt 100% KH (KH 3.658 tỷ đồng)``): the plan met exactly, two facts of one value."""
    if not 0 <= b.start - a.end <= PLAN_BESIDE:
        return False
    return _PLAN_BRACKET.search(text, a.end, b.start) is not None


def _one_frame(a: str, b: str) -> bool:
    """True when two labels open alike and each then holds words of its own that the other lacks, at its end
    or not: one frame, two subjects (``Xã đạt tiêu chí giao thông``, ``Xã đạt tiêu chí trường học``; ``Xã đạt
    chuẩn nông thôn mới nâng cao``, ``Xã đạt chuẩn văn hóa nông thôn mới``): two facts."""
    words_a, words_b = _WORD.findall(a.lower()), _WORD.findall(b.lower())
    shared = 0
    for word_a, word_b in zip(words_a, words_b, strict=False):
        if word_a != word_b:
            break
        shared += 1
    if shared < FRAME_WORDS:
        return False
    tail_a, tail_b = set(words_a[shared:]), set(words_b[shared:])
    return len(tail_a - tail_b) >= OWN_WORDS and len(tail_b - tail_a) >= OWN_WORDS


def _one_list(a: Record, b: Record, text: str) -> bool:
    """True when ``b`` follows ``a`` closely in the same sentence of ``text``, as the items of a list do: with
    a separator between (``, ``, ``; ``, ``và``, ``nhưng``); one clause that tells a value twice (``tăng 9,01% trong 9
    tháng đạt 9,01%``) tells one fact."""
    gap = b.start - a.end
    return (
        0 <= gap <= LIST_GAP
        and bool(text)
        and _SENTENCE_BREAK.search(text, a.end, b.start) is None
        and _LIST_SEPARATOR.search(text, a.end, b.start) is not None
    )


def _distinctive(value: Decimal, base_value: Decimal) -> bool:
    """An amount of 100 or more, one with decimals, or one of 10 or more with a scale word (``40 vạn người``,
    ``60 tỷ đồng``: hundreds of thousands, billions)."""
    if value >= DISTINCTIVE or value != value.to_integral_value():
        return True
    return value >= SCALED_DISTINCTIVE and base_value != value


def _drop_rounded(kept: list[Candidate]) -> list[Candidate]:
    """``kept`` without the furniture figures that restate a body figure: the same amount counted in
    other words (``1.000 cơ sở hạ tầng`` in the title, ``1.000 công trình`` in the body; ``121 nghìn lượt
    khách`` over ``121 nghìn lượt``), a hedged or round amount, or a
    percentage that the body gives as a comparison (``Kim ngạch tăng 14%`` over ``đạt 2,7 tỷ USD, tăng
    14%``) or, hedged, rounds (``giảm trên 11%`` over ``giảm 11,06%``)."""
    body: dict[str, list[Decimal]] = {}
    of_class: set[tuple[str, Decimal]] = set()
    changes: set[Decimal] = set()
    for candidate in kept:
        if not candidate.furniture:
            record = candidate.record
            body.setdefault(_told_in(record.base_unit), []).append(record.base_value)
            of_class.add((unit_class(record.base_unit), record.base_value))
            changes.update(abs(c.percent) for c in record.comparisons)
    return [
        c
        for c in kept
        if not (
            c.furniture
            and (
                (unit_class(c.record.base_unit), c.record.base_value) in of_class
                or _restates(c.record, body.get(_told_in(c.record.base_unit), ()))
                or _restates_percent(c.record, changes, body.get("%", ()))
            )
        )
    ]


def _told_in(base_unit: str) -> str:
    """The unit a furniture figure and the body figure it rounds share: a count's classifier, whatever it
    names after it (``hơn 200 ngàn lượt du khách`` over ``211.834 lượt``), else the whole unit."""
    if unit_class(base_unit) != "count":
        return base_unit
    return base_unit.split(None, 1)[0] if base_unit else base_unit


def _restates_percent(record: Record, changes: set[Decimal], values: list[Decimal] | tuple[()]) -> bool:
    """True when a furniture percentage is a body comparison told again, or rounds a body figure behind a
    hedge (``trên 11%``, ``gần 12%`` for ``11,06%``, ``11,8%``)."""
    if record.unit != "%" or record.value_max is not None:
        return False
    if record.value in changes:
        return True
    if record.qualifier == "exact":
        return False
    return any(abs(v - record.value) < 1 for v in (*changes, *values[:MAX_ROUNDED]))


def _restates(record: Record, values: list[Decimal] | tuple[()]) -> bool:
    if record.unit == "%" or not (record.qualifier != "exact" or _round(record.value)):
        return False
    return any(
        abs(v - record.base_value) <= ROUNDING * max(abs(v), abs(record.base_value))
        for v in values[:MAX_ROUNDED]
    )


def _round(value: Decimal) -> bool:
    """``6.000``, ``2 triệu``: at most one significant digit."""
    digits = value.normalize().as_tuple().digits
    return len(digits) <= 1 and value == value.to_integral_value()


def _words(label: str) -> set[str]:
    """The words of a label that say what is measured: not the basis that tells two changes apart
    (``Doanh thu giảm so với năm 2015``), which says nothing of whether two records are one fact."""
    low = label.lower()
    basis = low.find(" so với ")
    return set(_WORD.findall(low if basis < 0 else low[:basis])) - _RATE_WORDS
