"""Across articles: the records of one fact whose values disagree, and what their finding says.

:mod:`desktop.core.checks.conflicts` says which records state one fact (the fact key the store keeps);
this module compares the values of a fact's records.  Apart, because they change apart and cost apart:
a change here re-runs only the fact pass over the stored keys (:mod:`desktop.core.check_groups`), while
a change to the key re-checks every article.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from operator import itemgetter

from desktop.core.check_rules import CROSS_ARTICLE, Finding
from desktop.core.checks.conflicts import Fact

#: Relative gap from which two values of one fact disagree.
TOLERANCE = 0.01
#: Other records a finding lists (and the window opens) at most.
MAX_LISTED = 20
#: Values a message quotes at most.
MAX_QUOTED = 3
#: The kinds as the Vietnamese message says them (as the window does).
KINDS_VI = {"actual": "thực tế", "estimate": "ước tính", "target": "mục tiêu"}


def find_conflicts(facts: Iterable[Fact]) -> dict[int, Finding]:
    """A finding for every fact that another article states with a value more than 1% away."""
    groups: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[fact.group].append(fact)
    findings: dict[int, Finding] = {}
    for members in groups.values():
        findings.update(conflicts_in(members))
    return findings


def conflicts_in(members: list[Fact]) -> Iterable[tuple[int, Finding]]:
    """Findings among the records of one fact group (each record's key and its finding)."""
    shown: dict[int, str] = {}  # a value is quoted in many findings of its group: written once
    for fact, count, others in conflicting(members):
        yield fact.key, _finding(fact, count, others, shown)


def conflicting(members: list[Fact]) -> Iterator[tuple[Fact, int, list[Fact]]]:
    """The records of one fact group that others disagree with: each with how many records of other
    articles lie outside its window, and the nearest of them (what its finding says).

    Sorted by value, the records that agree with one form a window around it, found by bisection;
    the disagreeing ones are counted, not listed, so a group of thousands (one city's budget in every
    article of a synthetic corpus) stays fast."""
    if len(members) < 2:
        return
    members.sort(key=_BY_VALUE)  # ties by record id: the same findings on every pass
    values = [f.value for f in members]
    if values[0] >= _window(values[-1])[0] and values[-1] <= _window(values[0])[1]:
        return  # every value within 1% of every other: nothing to report (most facts of a real corpus)
    own_values: dict[int, list[float]] = defaultdict(list)
    for fact in members:
        own_values[fact.article].append(fact.value)  # sorted, as members are
    for fact in members:
        low, high = _window(fact.value)
        first, stop = bisect_left(values, low), bisect_right(values, high)
        own = own_values[fact.article]
        own_outside = len(own) - (bisect_right(own, high) - bisect_left(own, low))
        count = len(members) - (stop - first) - own_outside
        if count > 0:
            yield fact, count, _nearest(members, first, stop, fact.article)


#: A fact's value, then its record id: the order :func:`conflicting` reads a group in.
_BY_VALUE = itemgetter(Fact._fields.index("value"), Fact._fields.index("key"))


def _nearest(members: list[Fact], first: int, stop: int, article: int) -> list[Fact]:
    """Up to :data:`MAX_LISTED` records of other articles just outside the window, nearest first."""
    size = len(members)
    below, above = first - 1, stop
    found: list[Fact] = []
    while len(found) < MAX_LISTED and (below >= 0 or above < size):
        if below >= 0 and members[below].article != article:
            found.append(members[below])
        if above < size and members[above].article != article:
            found.append(members[above])
        below -= 1
        above += 1
    return found[:MAX_LISTED]


def _window(value: float) -> tuple[float, float]:
    """Values within 1% of ``value`` (relative to the larger of the two)."""
    low, high = value * (1 - TOLERANCE), value / (1 - TOLERANCE)
    return (low, high) if value >= 0 else (high, low)


def quoted(fact: Fact, others: list[Fact], shown: dict[int, str]) -> tuple[str, str]:
    """The other values a finding quotes (up to :data:`MAX_QUOTED` distinct ones), and the record's own;
    ``shown``: the values of the group written so far, by record."""
    found: list[str] = []
    for other in others:
        text = shown.get(other.key) or shown.setdefault(other.key, other.shown)
        if text not in found:
            found.append(text)
            if len(found) == MAX_QUOTED:
                break
    return "; ".join(found), shown.get(fact.key) or shown.setdefault(fact.key, fact.shown)


def _finding(fact: Fact, count: int, others: list[Fact], shown: dict[int, str]) -> Finding:
    values, value = quoted(fact, others, shown)
    code, place, period, kind = fact.about
    return CROSS_ARTICLE.finding(
        count=count,
        code=code,
        place=place,
        period=period,
        kind=kind,
        kind_vi=KINDS_VI.get(kind, kind),
        values=values,
        value=value,
        others=[m.key for m in others[:MAX_LISTED]],
    )
