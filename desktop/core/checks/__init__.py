"""Checks on every record: what a number can mean, tested rule by rule (issue 13).

A check is a named :class:`~desktop.core.check_rules.Rule` with a message in
English and Vietnamese; a record that fails it carries a
:class:`~desktop.core.check_rules.Finding`.  Three scopes:

* one record, against its own span and the article's year (:func:`check_record`);
* the records of one article together: repeats, comparisons counted twice,
  shares past 100% (:func:`check_article`, which runs the record checks too);
* the records of the whole corpus: one fact with two values in two articles
  (:mod:`desktop.core.checks.conflicts`).

No Qt, no SQLite: the store runs these after every edit, the services over
the corpus, the import workers on each new article.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.check_rules import BY_NAME, RULES, Finding, Rule
from desktop.core.checks.article import check_article_records
from desktop.core.checks.conflicts import Fact, fact_group, fact_of
from desktop.core.checks.cross import find_conflicts
from desktop.core.checks.labels import check_label
from desktop.core.checks.magnitudes import check_growth, check_per_capita, check_rate, per_capita_currency
from desktop.core.checks.periods import check_assumed_year, check_period
from desktop.core.checks.risk import risk_of
from desktop.core.checks.span import check_span
from desktop.core.checks.subject import ArticleFacts, Subject, lowered
from desktop.core.checks.units import check_unit


def check_record(record: Subject, article: ArticleFacts, low: str | None = None) -> list[Finding]:
    """The findings of one record on its own, in rule order (``low``: the text as :func:`lowered` gives it).

    A full re-check runs this on every record of the corpus (a million at 50,000 articles): the rules
    whose own first test rules the record out (a rate or a growth needs a percentage or a comparison,
    a per-capita amount a money unit) are not called for it.  An assumed year is the article's, asked
    once (:func:`check_article`)."""
    found = [check_span(record, article.text, low), check_label(record.indicator, record.unit)]
    if record.period:
        found.append(check_period(record, article))
    percent = record.unit == "%"
    if percent:
        found.append(check_rate(record))
    if percent or record.comparisons:
        found.append(check_growth(record))
    if record.indicator_code:
        found.append(check_unit(record))
    if per_capita_currency(record.base_unit) is not None:
        found.append(check_per_capita(record))
    return [finding for finding in found if finding is not None]


def check_article(
    article: ArticleFacts, records: Sequence[tuple[int, Subject]], low: str | None = None
) -> dict[int, list[Finding]]:
    """Every finding of an article's live records (rejected ones are left out by the caller), by key;
    ``low``: the text as :func:`lowered` gives it, when the caller has it (lower-cased here otherwise)."""
    if low is None:
        low = lowered(article.text)
    between = check_article_records(records, article.text)
    for key, finding in check_assumed_year(records, article).items():
        between.setdefault(key, []).insert(0, finding)
    return {key: check_record(record, article, low) + between.get(key, []) for key, record in records}


__all__ = [
    "BY_NAME",
    "RULES",
    "ArticleFacts",
    "Fact",
    "Finding",
    "Rule",
    "Subject",
    "check_article",
    "check_record",
    "fact_group",
    "fact_of",
    "find_conflicts",
    "lowered",
    "risk_of",
]
