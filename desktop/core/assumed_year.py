"""The year of an article that names none: the usual year of the articles imported with it.

An article with no publication date and no year in its text or title (a scraped page whose date
was lost) still reports on some year, and its figures' periods are read relative to it (``6
tháng`` of that year, ``năm nay``, ``năm trước``).  The articles of one import most often come from
one scrape, so the year most of the others are from is the best guess -- unless the user gives it
(``chitieu import --year``).  A guess must say so: the article keeps a warning (on stderr at import,
in the window's status bar) that names the year and where it came from, which re-extraction reads
back, and the records whose period came from it fail a check until a reviewer looks at them.

A reviewer answers the question in the window ("Set the article's year", :mod:`desktop.store.article_year`):
the warning then says the year a reviewer set (:data:`REVIEWED`), which is no guess, so :func:`assumed` no
longer reads it and the check asks nothing; re-extraction still dates the article by it (:func:`dated_by`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

#: Where the year came from: the other articles of the import, or the user (``--year``).
BATCH = "batch"
GIVEN = "given"
#: ... or a reviewer, who answered the question: the year is then the article's, not a guess.
REVIEWED = "reviewed"
#: The day an article is taken to be from: mid-year, so that neither the rule for January and February
#: (such an article sums up the year before) nor the one for plans made in the first half applies.
ASSUMED_DAY = "07-01"
#: The years an assumed year may be (as the periods the extractor reads).
FIRST_YEAR, LAST_YEAR = 1945, 2100

#: What the article says, in English as the other reading warnings are.  Re-extraction reads the year back
#: from the stored text (no schema change was needed for it): reword a message only with its pattern, and
#: keep reading the old wording, or the databases that hold it lose their articles' years.
_WARNINGS = {
    BATCH: "no date and no year in the article: its figures are dated {year}, the year most of the other "
    "articles imported with it are from (chitieu import --year sets another)",
    GIVEN: "no date and no year in the article: its figures are dated {year}, the year given with --year",
    REVIEWED: "no date and no year in the article: its figures are dated {year}, the year a reviewer set",
}
_WARNING = re.compile(
    r"no date and no year in the article: its figures are dated (\d{4}), the year (most|given|a reviewer)"
)
_SOURCES = {"most": BATCH, "given": GIVEN, "a reviewer": REVIEWED}


def usual_year(years: Counter[int]) -> int | None:
    """The year most of ``years`` name, when one is named more often than any other; else None.

    A tie is broken by the years next to them: a scrape spans a stretch of time, so of the years the
    articles are from, the one with the most articles from it or a year either side is the batch's.  Of {2016, 2016, 2017, 2018, 2020,
    2020} that is 2017, in the middle of the run from 2016 to 2018, not the stray pair of 2020 (a tie
    the neighbours leave standing still names no year).  Articles spread over many years name none."""
    if not years:
        return None
    most = max(years.values())
    tied = [year for year, count in years.items() if count == most]
    near = {year: years[year - 1] + count + years[year + 1] for year, count in years.items()}
    if len(tied) == 1:
        return tied[0] if _gathered(near[tied[0]], years) else None
    closest = max(near.values())
    best = [year for year, count in near.items() if count == closest]
    if len(best) > 1:  # the one more articles are from, if any
        own = max(years[year] for year in best)
        best = [year for year in best if years[year] == own]
    return best[0] if len(best) == 1 and _gathered(closest, years) else None


def _gathered(near: int, years: Counter[int]) -> bool:
    """True when ``near`` articles -- those of a year and the years either side of it -- are more than half
    of all dated in ``years``: a scrape's stretch of time.  A collection of pages from a decade (each
    year a few) is no scrape of one stretch: the year most of them are from is still unlikely to be an
    undated article's, so none is assumed."""
    return 2 * near > sum(years.values())


def assumed_date(year: int) -> str:
    """The publication date an article assumed to be from ``year`` is extracted with."""
    return f"{year:04d}-{ASSUMED_DAY}"


def warning(year: int, source: str) -> str:
    """What the article says of its year (``source``: :data:`BATCH`, :data:`GIVEN` or :data:`REVIEWED`)."""
    return _WARNINGS[source].format(year=year)


def assumed(warnings: Iterable[str]) -> tuple[int, str] | None:
    """The year an article was assumed to be from and where it came from, read from its warnings; None when
    it names its own or a reviewer set it (no guess is left to ask about)."""
    found = dated_by(warnings)
    return found if found is not None and found[1] != REVIEWED else None


def dated_by(warnings: Iterable[str]) -> tuple[int, str] | None:
    """The year an article with none of its own is dated by, guessed or set by a reviewer, and where it came
    from: what re-extraction dates it by again."""
    for text in warnings:
        found = _WARNING.match(text)
        if found is not None:
            return int(found.group(1)), _SOURCES[found.group(2)]
    return None


def is_year_warning(text: str) -> bool:
    """Whether ``text`` is one of the warnings above (the one a new year replaces)."""
    return _WARNING.match(text) is not None
