"""Is the period possible for the kind of figure?

Nothing in these articles is measured before 1945; a result (``actual``)
cannot be for a year after the article was written; a plan reaches at most a
generation ahead (``tầm nhìn 2050`` is a horizon, not a target's period).
A term (``2016-2020``) counts by its first year for results -- a term still
under way reports what it has reached so far -- and by its last for targets.

An article that names no date and no year was given one at import (the
year most of the articles imported with it are from, or ``--year``): a
period its text does not write follows from that guess, which a reviewer
must see before the article's figures are accepted.  The guess is one fact
of the article, asked once: its first record so dated carries the question
and names how many are (flagging each of them asked one question forty-six
times on the read sets, and never caught a wrong year).  Confirming that
record is the answer; until it is confirmed, "accept all that pass" leaves
the whole article pending (:mod:`desktop.store.accepting`), so a wrong guess
is never confirmed in bulk on the records that pass.

Without a publication date the article's year is the year most of its
figures are for, and a result is flagged only when it is more than a year
past it: an article about 2020 reports January 2021 too (on the dev corpora
a one-year slack took this rule from 13 real errors in 45 flags to 13 in 16).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.check_rules import PERIOD_ASSUMED, PERIOD_EARLY, PERIOD_FAR, PERIOD_FUTURE, Finding
from desktop.core.checks.subject import ArticleFacts, Subject, period_years

EARLIEST = 1945
#: Years ahead of the article a target may reach.
TARGET_REACH = 30
#: Years past the article's guessed year a result may be for, when the article has no date.
UNDATED_SLACK = 1
#: The other records an assumed year dates that its question names (the window links them), at most.
LISTED = 10


def check_period(record: Subject, article: ArticleFacts) -> Finding | None:
    years = period_years(record.period)
    if not years:
        return None
    if min(years) < EARLIEST:
        return PERIOD_EARLY.finding(period=record.period)
    year = article.year
    if year is None:
        return None
    if record.kind == "actual" and years[0] > year + (0 if article.dated else UNDATED_SLACK):
        return PERIOD_FUTURE.finding("" if article.dated else "undated", period=record.period, year=year)
    if record.kind == "target" and years[-1] > year + TARGET_REACH:
        return PERIOD_FAR.finding(period=record.period, year=year)
    return None


def check_assumed_year(records: Sequence[tuple[int, Subject]], article: ArticleFacts) -> dict[int, Finding]:
    """The question of an article whose year was assumed at import, on the first of its (live) records
    whose period the text does not write, keyed like ``records``; none when its year was not assumed."""
    if article.assumed is None:
        return {}
    dated = sorted(
        (
            (record.start, key, record)
            for key, record in records
            if follows_from_year(record.period, article.text)
        ),
        key=lambda item: item[:2],
    )
    if not dated:
        return {}
    _, key, first = dated[0]
    others = [other for _, other, _ in dated[1 : LISTED + 1]]
    finding = PERIOD_ASSUMED.finding(
        article.assumed, others, period=first.period, year=article.year, count=len(dated)
    )
    return {key: finding}


def follows_from_year(period: str | None, text: str) -> bool:
    """Whether a record's period follows from the article's year: it has one that the text does not
    write (``đến năm 2030`` is read in the text, not from the assumed year); a period with no year (a
    reviewer's typing) follows from nothing.  Setting an article's year moves these periods
    (:mod:`desktop.store.article_year`)."""
    years = period_years(period)
    return bool(years) and not any(str(year) in text for year in years)
