"""One group of rules re-run alone over stored records, its findings spliced among the others' (issue 13).

When only one group's rules changed (:mod:`desktop.core.check_groups`), a
record's stored findings of every other group are still what a full check
would write: only the changed group's need running.  A record's new findings
are its stored ones less the group's, plus the group's new ones, in the order
:func:`desktop.core.checks.check_article` writes them (:data:`ORDER`); its
rules and risk follow from them as in a full check (:func:`stored`).  Its
fact key and cross-article finding are not the group's to change.

Over plain rows, like :mod:`desktop.core.checks.verdicts`, so that it runs
compiled: no SQLite.
"""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any

from desktop.core.check_groups import BY_GROUP
from desktop.core.check_rules import Finding
from desktop.core.checks.article import check_article_records
from desktop.core.checks.labels import check_label
from desktop.core.checks.magnitudes import check_growth, check_per_capita, check_rate, per_capita_currency
from desktop.core.checks.periods import check_assumed_year, check_period
from desktop.core.checks.span import check_span
from desktop.core.checks.subject import ArticleFacts, Subject, lowered
from desktop.core.checks.units import check_unit
from desktop.core.checks.verdicts import stored
from desktop.core.records import Comparison

#: The rules in the order a full check lists a record's findings: its own rules as
#: :func:`~desktop.core.checks.check_record` runs them, then the assumed year, then the rules between an
#: article's records as :func:`~desktop.core.checks.article.check_article_records` runs them.  A rule
#: may find more than once on a record (between records): a stable sort keeps such findings as found.
ORDER: dict[str, int] = {
    name: position
    for position, name in enumerate(
        (
            "span_mismatch",
            "label_empty",
            "label_one_word",
            "label_opening",
            "period_before_1945",
            "actual_after_article",
            "target_too_far",
            "rate_over_100",
            "growth_out_of_range",
            "unit_class",
            "per_capita_range",
            "period_assumed",
            "duplicate_value",
            "inside_comparison",
            "shares_over_100",
        )
    )
}

Keyed = Sequence[tuple[int, Subject]]
#: A group's rules over an article's live records (None for a group that reads no article), by key.
GroupRun = Callable[[ArticleFacts | None, Keyed, str | None], dict[int, list[Finding]]]


def _span(article: ArticleFacts | None, records: Keyed, low: str | None) -> dict[int, list[Finding]]:
    assert article is not None
    return _each(records, lambda record: [check_span(record, article.text, low)])


def _labels(article: ArticleFacts | None, records: Keyed, low: str | None) -> dict[int, list[Finding]]:
    return _each(records, lambda record: [check_label(record.indicator, record.unit)])


def _periods(article: ArticleFacts | None, records: Keyed, low: str | None) -> dict[int, list[Finding]]:
    assert article is not None
    found = _each(records, lambda record: [check_period(record, article)] if record.period else [])
    for key, finding in check_assumed_year(records, article).items():
        found.setdefault(key, []).append(finding)
    return found


def _magnitudes(article: ArticleFacts | None, records: Keyed, low: str | None) -> dict[int, list[Finding]]:
    """The rules of :mod:`desktop.core.checks.magnitudes`, each called on the records
    :func:`~desktop.core.checks.check_record` calls it on."""

    def run(record: Subject) -> list[Finding | None]:
        found: list[Finding | None] = []
        percent = record.unit == "%"
        if percent:
            found.append(check_rate(record))
        if percent or record.comparisons:
            found.append(check_growth(record))
        if per_capita_currency(record.base_unit) is not None:
            found.append(check_per_capita(record))
        return found

    return _each(records, run)


def _units(article: ArticleFacts | None, records: Keyed, low: str | None) -> dict[int, list[Finding]]:
    return _each(records, lambda record: [check_unit(record)] if record.indicator_code else [])


def _between(article: ArticleFacts | None, records: Keyed, low: str | None) -> dict[int, list[Finding]]:
    assert article is not None
    return dict(check_article_records(records, article.text))


def _each(records: Keyed, run: Callable[[Subject], list[Finding | None]]) -> dict[int, list[Finding]]:
    found: dict[int, list[Finding]] = {}
    for key, record in records:
        findings = [finding for finding in run(record) if finding is not None]
        if findings:
            found[key] = findings
    return found


#: How each group that can be re-run alone over the stored records is run.
RUNS: dict[str, GroupRun] = {
    "span": _span,
    "labels": _labels,
    "periods": _periods,
    "magnitudes": _magnitudes,
    "units": _units,
    "between": _between,
}


#: The fields of a record the splice itself reads, besides those its groups' rules read.
OWN_FIELDS = ("id", "article_id", "confidence", "checks", "conflicts", "rules", "risk", "fact")
_DECIMALS = frozenset({"value", "value_max", "of", "base_value"})


def light_rows(fields: Sequence[str], rows: Iterable[Sequence]) -> Iterator[tuple]:
    """Live rows of :data:`OWN_FIELDS` then ``fields`` (as SQLite gives them, ``conflicts`` as
    :data:`~desktop.core.checks.verdicts.CROSSED` or None) as named tuples of those fields only (and a
    live ``status``), typed as :func:`~desktop.core.checks.verdicts.check_row` types them: what a group of
    records re-run alone reads of a million rows, instead of every field of a :class:`~desktop.core.checks.verdicts.CheckRow` read
    article by article.  A rule that reads another field fails loudly, never on a made-up value."""
    make = _row_type(tuple(fields))._make
    own = len(OWN_FIELDS)
    typed = [(at, name) for at, name in enumerate(fields, own) if name in _DECIMALS or name == "comparisons"]
    for row in rows:
        values = [*row[:own], "", *row[own:]]
        for at, name in typed:
            values[at + 1] = _typed(name, row[at])
        yield make(values)


@lru_cache(maxsize=16)
def _row_type(fields: tuple[str, ...]) -> Any:
    """A named tuple of :data:`OWN_FIELDS`, ``status`` and ``fields``: made with ``_make``, a tuple's cost."""
    return namedtuple("LightRow", (*OWN_FIELDS, "status", *fields))


def _typed(name: str, value: object) -> object:
    if name in _DECIMALS:
        return None if value is None else Decimal(value)  # type: ignore[arg-type]
    if name == "comparisons":
        if value in ("[]", "", None):
            return ()
        return tuple(Comparison.from_dict(c) for c in json.loads(value))  # type: ignore[arg-type]
    return value


def group_changes(article: ArticleFacts | None, rows: Sequence[Any], groups: Sequence[str]) -> list[tuple]:
    """``(checks, rules, risk, record id)`` of each live row of one article whose stored findings change
    when ``groups`` are re-run (``article``: None when every group reads records alone; ``rows``:
    :class:`~desktop.core.checks.verdicts.CheckRow` s, or :func:`light_rows` of any articles then).

    A row that held none of the groups' findings and gains none is unchanged, and is passed over without
    its stored findings parsed (most rows)."""
    live = [(row.id, row) for row in rows if row.status != "rejected"]
    if not live:
        return []
    low = lowered(article.text) if article is not None else None
    found: dict[int, list[Finding]] = {}
    for group in groups:
        for key, findings in RUNS[group](article, live, low).items():
            found.setdefault(key, []).extend(findings)
    names = frozenset(rule for group in groups for rule in BY_GROUP[group].rules)
    marks = tuple(f'"rule":"{name}"' for name in names)
    changes: list[tuple] = []
    for key, row in live:
        new = found.get(key)
        checks = row.checks
        if not new and (checks is None or not any(mark in checks for mark in marks)):
            continue
        kept = (
            []
            if checks is None
            else [f for f in map(Finding.from_dict, json.loads(checks)) if f.rule not in names]
        )
        findings = sorted(kept + (new or []), key=_position)
        result = stored(findings, row.conflicts, row.confidence, row.fact)
        if (result.checks, result.rules, result.risk) != (checks, row.rules, row.risk):
            changes.append((result.checks, result.rules, result.risk, row.id))
    return changes


def _position(finding: Finding) -> int:
    return ORDER[finding.rule]
