"""The year of an article that names none, answered by a reviewer (issues 13 and 8).

An article with no date and no year was dated at import by a guess (:mod:`desktop.core.assumed_year`),
and the check ``period_assumed`` asks a reviewer once whether that is its year; until the question is
answered "accept all that pass" holds the whole article back (:data:`desktop.store.accepting.HELD`).
Answering it record by record meant correcting every period the guess made.  Here the answer is one
write, in one transaction:

* the article's warning says the year a reviewer set (``REVIEWED``), which is no guess, so the check
  asks nothing any more, and ``articles.year`` is that year (the period checks and the year filter read
  it); re-extraction dates the article by it too (:func:`~desktop.core.assumed_year.dated_by});
* every live record whose period followed from the old year -- a period the text does not write (as the
  check tells them) and no reviewer typed (:mod:`desktop.store.typed_periods`) -- moves by the
  difference: ``2017`` becomes ``2019``, the ``năm trước`` read as ``2016`` becomes ``2018``.  A pending
  record stays pending (the year is one fact of the article; its figures are still the reviewer's to
  check), a confirmed or corrected one becomes corrected by the reviewer; one an earlier answer moved
  moves again.  A period the text writes, or one a reviewer typed, is left as it is;
* each change is an event with the reviewer and the time, the article's own too (``set_year``), and the
  article's records are checked again.

Confirming the guessed year is the same write with no record to move.  An undo puts the article's year
and warning back and undoes the records' changes as any decision's (:func:`desktop.store.decisions.undo`),
refused when something changed since.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.assumed_year import FIRST_YEAR, LAST_YEAR, REVIEWED, dated_by, is_year_warning, warning
from desktop.core.problems import problem
from desktop.store import decisions
from desktop.store.changes import Snapshot, log, read, recount, update
from desktop.store.clock import now
from desktop.store.decisions import Changed, Decision, RecordChange
from desktop.store.typed_periods import typed

#: The event of an article whose year a reviewer set (its records' events are ``set_year`` too).
ACTION = "set_year"
#: Statuses whose period follows the year unless a reviewer typed it (added records are a reviewer's own,
#: rejected ones are out of the dataset).
_MOVED = ("pending", "confirmed", "corrected")
#: A year the text names, to offer: four digits standing alone.
_NAMED = re.compile(r"(?<!\d)(\d{4})(?!\d)")
#: A year in a period, as the checks read one (``desktop.core.checks.subject.period_years``): moved by an answer.
_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True)
class ArticleYear:
    """An article's year as stored: ``articles.year`` and its warnings (JSON), what an answer changes."""

    year: int | None
    warnings: str | None

    def dated_by(self) -> tuple[int, str] | None:
        return dated_by(json.loads(self.warnings)) if self.warnings else None


@dataclass(frozen=True)
class YearQuestion:
    """What the window asks about: the year the article is dated by and where it came from (``batch``,
    ``given``, or ``reviewed`` once answered), the years its text names, and how many records it dates."""

    article_id: int
    year: int
    source: str
    named: tuple[int, ...]
    dated: int
    seen: ArticleYear

    @property
    def open(self) -> bool:
        """Whether the year is still a guess (the check asks about it)."""
        return self.source != REVIEWED


@dataclass(frozen=True)
class YearAnswer:
    """What one answer did: the article's year before and after, and its records' changes."""

    article_id: int
    before: ArticleYear
    after: ArticleYear
    decision: Decision


def question(conn: sqlite3.Connection, article_id: int) -> YearQuestion | None:
    """The year question of an article; None when it has a date or a year of its own."""
    row = conn.execute(
        "SELECT text, published, year, warnings FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None or _dated(row["published"]):
        return None
    seen = ArticleYear(row["year"], row["warnings"])
    found = seen.dated_by()
    if found is None:
        return None
    text = row["text"]
    named = tuple(sorted({int(y) for y in _NAMED.findall(text) if int(y) >= FIRST_YEAR}))
    dated = len(dated_records(conn, _live(conn, article_id), text))
    return YearQuestion(article_id, found[0], found[1], named, dated, seen)


def answer(
    conn: sqlite3.Connection, article_id: int, year: int, reviewer: str, seen: ArticleYear | None = None
) -> YearAnswer:
    """Set the article's year (inside the caller's transaction); ``seen``: the year the reviewer was shown,
    refused with :class:`Changed` when it changed since."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"not a year an article may be from: {year}")
    asked = question(conn, article_id)
    if asked is None:
        raise problem("year_not_assumed", article=article_id)
    if seen is not None and asked.seen != seen:
        raise problem("year_changed", Changed, article=article_id, year=asked.year)
    before = asked.seen
    after = ArticleYear(year, with_year(before.warnings, year))
    _write_year(conn, article_id, before, after, reviewer)
    text = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    moved = dated_records(conn, _live(conn, article_id), text)
    done = _move(conn, moved, year - asked.year, reviewer) if year != asked.year else []
    events = log(conn, ((ACTION, reviewer, change.before, change.after) for change in done))
    return YearAnswer(article_id, before, after, _settled(conn, article_id, done, events))


def undo(conn: sqlite3.Connection, done: YearAnswer, reviewer: str) -> Decision:
    """Put the article's year back as it was before ``done``, and its records; refused when changed since."""
    _write_year(conn, done.article_id, done.after, done.before, reviewer, "undo")
    restored = decisions.undo(conn, done.decision.changes, reviewer)
    return _settled(conn, done.article_id, list(restored.changes), restored.events)


def redo(conn: sqlite3.Connection, done: YearAnswer, reviewer: str) -> Decision:
    """Make ``done`` again, if the article and its records are still as its undo left them."""
    _write_year(conn, done.article_id, done.before, done.after, reviewer, "redo")
    restored = decisions.redo(conn, done.decision.changes, reviewer)
    return _settled(conn, done.article_id, list(restored.changes), restored.events)


# ---- the article ----------------------------------------------------------------------------


def _dated(published: str | None) -> bool:
    """Whether a publication date dates the article (as the checks read it)."""
    return bool(published) and str(published)[:4].isdigit()


def with_year(warnings: str | None, year: int) -> str:
    """The warnings with the year one (the guess, or a reviewer's earlier answer) saying ``year`` was set;
    a merge gives the team's file a reviewer's answer by it too (:mod:`desktop.store.merged_years`)."""
    kept = [text for text in json.loads(warnings or "[]") if not is_year_warning(text)]
    return json.dumps([*kept, warning(year, REVIEWED)], ensure_ascii=False)


def _write_year(
    conn: sqlite3.Connection,
    article_id: int,
    expected: ArticleYear,
    target: ArticleYear,
    reviewer: str,
    action: str = ACTION,
) -> None:
    """Give the article ``target`` if it is still ``expected``; log it as an event of the article."""
    row = conn.execute("SELECT year, warnings FROM articles WHERE id = ?", (article_id,)).fetchone()
    current = ArticleYear(row["year"], row["warnings"]) if row is not None else None
    if current != expected:
        found = current.dated_by() if current is not None else None
        raise problem("year_changed", Changed, article=article_id, year=found[0] if found else "—")
    conn.execute(
        "UPDATE articles SET year = ?, warnings = ? WHERE id = ?", (target.year, target.warnings, article_id)
    )
    conn.execute(
        "INSERT INTO events (at, reviewer, action, article_id, before, after) VALUES (?, ?, ?, ?, ?, ?)",
        (now(), reviewer, action, article_id, _year_json(expected), _year_json(target)),
    )


def said(year: ArticleYear) -> dict[str, Any]:
    """The year as an article's event holds it (its ``before`` and ``after``): the year and where it came
    from, which is what two files' answers are compared by when they are merged."""
    found = year.dated_by()
    return {"year": year.year, "from": found[1] if found else None}


def _year_json(year: ArticleYear) -> str:
    return json.dumps(said(year))


# ---- its records ----------------------------------------------------------------------------


def _live(conn: sqlite3.Connection, article_id: int) -> list[Snapshot]:
    ids = [
        r[0]
        for r in conn.execute("SELECT id FROM records WHERE article_id = ? ORDER BY start, id", (article_id,))
    ]
    rows = read(conn, ids)
    return [rows[i] for i in ids if rows[i]["status"] != "rejected"]


def dated_records(conn: sqlite3.Connection, rows: list[Snapshot], text: str) -> list[Snapshot]:
    """The records whose period follows from the article's year: one the text does not write (as the check
    ``period_assumed`` reads it), and no reviewer typed -- whether the machine wrote it, a confirmation kept
    it or an earlier answer moved it; a merge moves them too (:mod:`desktop.store.merged_years`)."""
    from desktop.core.checks.periods import follows_from_year  # here: the checks import the extractor

    kept = typed(conn, {row["id"]: row for row in rows})
    return [
        row
        for row in rows
        if row["status"] in _MOVED and row["id"] not in kept and follows_from_year(row["period"], text)
    ]


def shifted(period: str, step: int) -> str:
    """``period`` with each of its years moved by ``step``: ``2016-2020`` by 2 is ``2018-2022``."""
    return _YEAR.sub(lambda found: str(int(found.group()) + step), period)


def _move(conn: sqlite3.Connection, rows: list[Snapshot], step: int, reviewer: str) -> list[RecordChange]:
    """Move each record's period by ``step``: a pending one stays pending, a decided one is corrected."""
    stamp = now()
    done = []
    for row in rows:
        columns: dict[str, Any] = {"period": shifted(row["period"], step)}
        if row["status"] != "pending":
            columns.update(status="corrected", reviewer=reviewer, decided_at=stamp)
        after = update(conn, (row["id"],), columns)[row["id"]]
        done.append(RecordChange(row["id"], row, after))
    return done


def _settled(
    conn: sqlite3.Connection, article_id: int, done: list[RecordChange], events: Sequence[Snapshot]
) -> Decision:
    """The article's records checked again with its new year (its question gone or back), and recounted."""
    from desktop.store import checking  # here, as in decisions: the checks import the extractor

    checking.recheck(conn, [article_id])
    return Decision(tuple(done), {article_id: recount(conn, article_id)}, tuple(events))
