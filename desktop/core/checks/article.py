"""Checks between the records of one article.

* One fact, one record: the same value and unit twice in an article is a
  figure repeated in a teaser, a caption or a recap, unless the value is so
  plain that two facts share it by chance (``2 xã``, ``5%``).  A value with
  three significant digits or more (``11.428,6``, ``1.250``, ``4,58``) is
  not plain; a plain one is a repeat only when both records are exact
  amounts (not percentages, not hedged) of one indicator code and period,
  in different sentences (``4 tập thể 10 cá nhân và ... 6 tập thể và 10 cá
  nhân`` lists two awards in one sentence), under the same label (``Toàn
  huyện có 28 xã`` and ``28 xã đạt tiêu chí giáo dục`` are two facts).
  Two items of a list that name one head and then each its own object
  (``59/97 xã (chiếm 60,8%) đạt tiêu chí giao thông`` ... ``đạt tiêu chí
  trường học``) are two facts whatever their value.  The first telling is
  the fact: only the later ones are flagged, each naming the tellings
  before it (flagging both flagged one correct record for every repeat).
* A percentage that repeats a comparison of the figure just before it, with
  nothing but comparison glue between them (``5.210 tỷ đồng, tăng 12%`` and
  a record ``12%``), is that comparison counted twice.
* Shares listed one after the other, between commas (``Hàn Quốc chiếm 26,9%
  trong tổng vốn đầu tư, Nhật Bản chiếm 14,1%, ...``), are parts of one
  whole and cannot add up past 100%.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal

from desktop.core.check_rules import DUPLICATE, INSIDE_COMPARISON, SHARES_OVER_100, Finding
from desktop.core.checks.subject import Subject
from desktop.core.extract.comparisons import is_glue
from desktop.core.numbers import format_number

#: Significant digits from which a value is too specific to recur by chance.
SPECIFIC_DIGITS = 3
#: Earlier records a repeat is compared with, and its finding names, at most.
LISTED = 10
#: Words two labels of one list share before each names its own object.
PARALLEL_HEAD = 2
#: What a label's tail may say of the time alone (``9 tháng đầu năm``, ``quý I``, ``năm nay``).
TIME_WORDS = frozenset(
    ("tháng", "năm", "quý", "đầu", "cuối", "nay", "qua", "i", "ii", "iii", "iv", "kỳ", "cùng", "trong")
)
#: Shares may round up: three parts of 33,4% are a whole.
SHARE_SLACK = Decimal("0.5")
HUNDRED = Decimal(100)

#: What ends a sentence.
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)|\n")
#: What ends a list of shares: a sentence, a semicolon, a bracket (``(chiếm 63,9%); ... (chiếm 76,8%``).
_LIST_END = re.compile(r"[.!?…](?:\s|$)|[\n;()]")
_SHARE = re.compile(r"(?<![^\W_])(?:t[ỷỉ]\s+trọng|chiếm)(?![^\W_])", re.IGNORECASE)
_WHOLE = re.compile(
    r"\s*\)?\s*(?:trong\s+|của\s+)?(?P<whole>(?:tổng|diện\s+tích|dân\s+số|số)(?:[^\W\d_]|\s)*)", re.IGNORECASE
)
_WHOLE_WORDS = 5

Keyed = Sequence[tuple[int, Subject]]


def check_article_records(records: Keyed, text: str) -> dict[int, list[Finding]]:
    """Findings between the live (not rejected) records of one article, keyed like ``records``."""
    ordered = sorted(records, key=lambda item: (item[1].start, item[0]))
    findings: dict[int, list[Finding]] = defaultdict(list)
    for key, finding in (
        *_duplicates(ordered, text),
        *_inside_comparisons(ordered, text),
        *_shares(ordered, text),
    ):
        findings[key].append(finding)
    return findings


# ---- one fact, one record -----------------------------------------------------------


def _duplicates(records: Keyed, text: str) -> Iterable[tuple[int, Finding]]:
    """The later tellings of a fact.  Linear in the records: an article may hold a table of a hundred
    thousand equal figures, and a record is compared with at most :data:`LISTED` earlier ones."""
    groups: dict[tuple, list[tuple[int, Subject]]] = defaultdict(list)
    for key, record in records:
        groups[_value_key(record)].append((key, record))
    for group in groups.values():
        if len(group) < 2:
            continue
        if significant_digits(group[0][1].value) >= SPECIFIC_DIGITS:
            yield from _repeats(group, text, plain=False)
            continue
        facts: dict[tuple, list[tuple[int, Subject]]] = defaultdict(list)
        for key, record in group:
            if _plain_fact(record):
                facts[(record.indicator_code, record.period)].append((key, record))
        for twins in facts.values():
            if len(twins) > 1:
                yield from _repeats(twins, text, plain=True)


def _repeats(group: list[tuple[int, Subject]], text: str, plain: bool) -> Iterable[tuple[int, Finding]]:
    """Each record of ``group`` (one value, in text order) that tells again a fact of the records
    before it, with a finding naming them; ``plain``: a value two facts may share by chance, a repeat
    only from another sentence and under the same label."""
    words = [record.indicator.lower().split() for _, record in group]
    for index in range(1, len(group)):
        key, record = group[index]
        first = max(0, index - LISTED)
        earlier = [
            before_key
            for at, (before_key, before) in enumerate(group[first:index], first)
            if _one_fact(words[at], words[index], plain)
            and not (plain and _SENTENCE_END.search(text, before.end, record.start) is None)
        ]
        if earlier:
            yield (
                key,
                DUPLICATE.finding(
                    value=format_number(record.value), unit=record.unit, count=len(earlier), others=earlier
                ),
            )


def _one_fact(first: list[str], second: list[str], plain: bool) -> bool:
    """Whether two tellings of one value may be one fact, by their labels: a plain value only under the
    same label (an article on new countryside criteria counts ``28 xã`` for the district's communes and
    again for those that meet one criterion), any other unless the labels are two items of a list."""
    return first == second if plain else not _parallel(first, second)


def _parallel(first: list[str], second: list[str]) -> bool:
    """Two labels that share a head of two words or more and then each name their own object: items
    of a list (``Xã đạt tiêu chí giao thông``, ``Xã đạt tiêu chí trường học``; ``Tỷ lệ hộ nghèo``,
    ``Tỷ lệ hộ cận nghèo``), two facts.  A label that only goes on from the other's end is no list,
    nor one that goes on with the part of the year only (``Thu ngân sách 9 tháng`` in a lead, ``Thu
    ngân sách nhà nước`` in the body)."""
    shared = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        shared += 1
    if shared < PARALLEL_HEAD:
        return False
    return _names_more(first[shared:]) and _names_more(second[shared:])


def _names_more(words: list[str]) -> bool:
    """Whether ``words`` name more than a time: a word that is no number and no time word."""
    return any(word not in TIME_WORDS and not any(c.isdigit() for c in word) for word in words)


def _value_key(record: Subject) -> tuple:
    return record.base_value, record.base_unit, record.value_max, record.of


def _plain_fact(record: Subject) -> bool:
    """A plain value is one fact twice only as exact amounts (not percentages, not hedged) of one code
    and period: ``trên 10.000 lượt khách`` at two festivals, or two targets of ``50%``, are two facts."""
    return (
        record.unit != "%"
        and record.qualifier == "exact"
        and bool(record.indicator_code)
        and bool(record.period)
    )


def significant_digits(value: Decimal) -> int:
    """``11428.6`` → 6, ``1250`` → 3, ``700`` → 1, ``0.3`` → 1."""
    digits = value.normalize().as_tuple().digits
    return len(digits) if any(digits) else 0


# ---- a comparison counted twice ------------------------------------------------------


def _inside_comparisons(records: Keyed, text: str) -> Iterable[tuple[int, Finding]]:
    anchor: tuple[int, Subject] | None = None
    for key, record in records:
        if record.unit != "%":
            anchor = (key, record)
            continue
        if anchor is None or not is_glue(text[anchor[1].end : record.start]):
            continue
        anchor_key, anchor_record = anchor
        if any(abs(c.percent) == record.value for c in anchor_record.comparisons):
            yield (
                key,
                INSIDE_COMPARISON.finding(
                    value=format_number(record.value), label=anchor_record.indicator, others=[anchor_key]
                ),
            )


# ---- parts of one whole ---------------------------------------------------------------


def _shares(records: Keyed, text: str) -> Iterable[tuple[int, Finding]]:
    for run, whole in _share_runs(records, text):
        total = sum((record.value for _, record in run), Decimal(0))
        if len(run) > 1 and total > HUNDRED + SHARE_SLACK:
            keys = [key for key, _ in run]
            for key in keys:
                yield (
                    key,
                    SHARES_OVER_100.finding(
                        whole=whole or "?", total=format_number(total), others=[k for k in keys if k != key]
                    ),
                )


def _share_runs(records: Keyed, text: str) -> Iterable[tuple[list[tuple[int, Subject]], str | None]]:
    """Runs of shares that follow each other in one sentence, with the whole the run names."""
    run: list[tuple[int, Subject]] = []
    whole: str | None = None
    for key, record in records:
        share = _is_share(record, text)
        own = whole_of(text, record.end) if share else None
        joins = (
            run
            and share
            and not _LIST_END.search(text, run[-1][1].end, record.start)
            and (own is None or whole is None or own == whole)
        )
        if joins:
            run.append((key, record))
            whole = whole or own
            continue
        if run:
            yield run, whole
        run, whole = ([(key, record)], own) if share else ([], None)
    if run:
        yield run, whole


def _is_share(record: Subject, text: str) -> bool:
    if record.unit != "%":
        return False
    return bool(
        _SHARE.search(record.indicator) or _SHARE.search(text, max(0, record.start - 16), record.start)
    )


def whole_of(text: str, end: int) -> str | None:
    """The whole a share names right after its figure: ``chiếm 18% tổng vốn đầu tư`` → ``tổng vốn đầu tư``."""
    match = _WHOLE.match(text, end, min(len(text), end + 80))
    if match is None:
        return None
    words = match.group("whole").lower().split()[:_WHOLE_WORDS]
    return " ".join(words) or None
