"""An article's year two reviewers answered differently: the conflict, and the adjudicator's choice (stop 36).

A merge keeps the year every reviewer file had for an article that names none (``year_versions``) and,
when two files answered it differently, leaves the team's file with the answer it held first and the
article's year a conflict (``year_outcomes``; :mod:`desktop.store.merged_years`).  The conflicts tab lists
it beside the records' conflicts, with every file's answer side by side; the adjudicator chooses one of
them, or another year, and :func:`adjudicate_year` sets it as an answer in the team's file
(:func:`desktop.store.article_year.answer`: the article's year and warning, the periods that follow it, the
checks) and records the outcome -- the year, whose answer it was, who adjudicated and when -- with an
``adjudicate`` event of the article naming the answer chosen, all in one transaction.  Undo
(:func:`reopen_year`) puts the year and its records back and opens the conflict again; redo makes the
choice again.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from desktop.core.problems import problem
from desktop.store import article_year
from desktop.store.article_year import ArticleYear, YearAnswer, said
from desktop.store.clock import now
from desktop.store.decisions import Decision
from desktop.store.store import Store
from desktop.store.team import Source, sources


@dataclass(frozen=True)
class YearVersion:
    """One reviewer file's year of an article: the year it had when merged, and whether its reviewer set it
    (else it is the split's), who and when."""

    source: Source
    year: int | None
    answered: bool
    reviewer: str | None
    answered_at: str | None


@dataclass(frozen=True)
class YearOutcome:
    """A conflict over an article's year (``state`` ``conflict``), or its adjudication: the year chosen,
    the file whose answer it was (None: another year), who adjudicated and when."""

    article_id: int
    state: str
    year: int | None = None
    chosen_source: int | None = None
    adjudicator: str | None = None
    adjudicated_at: str | None = None


@dataclass(frozen=True)
class YearAdjudication:
    """What one adjudication of a year did: the answer written, and the outcome it replaced and made."""

    answer: YearAnswer
    before: YearOutcome
    after: YearOutcome


def has_year_tables(conn: sqlite3.Connection) -> bool:
    """False on a database from before schema v12 (read-only sessions do not migrate)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'year_outcomes'").fetchone() is not None


def year_conflict_ids(conn: sqlite3.Connection, state: str = "conflict") -> list[int]:
    """Articles whose year reviewers answered differently: ``conflict`` (unresolved), ``adjudicated``, or
    ``disputed`` (both)."""
    if not has_year_tables(conn):
        return []
    where, params = ("", ()) if state == "disputed" else ("WHERE state = ?", (state,))
    return [
        a
        for (a,) in conn.execute(f"SELECT article_id FROM year_outcomes {where} ORDER BY article_id", params)
    ]


def year_disputed_count(conn: sqlite3.Connection) -> tuple[int, int]:
    """(articles whose year was answered differently, of them still unresolved)."""
    if not has_year_tables(conn):
        return 0, 0
    disputed, open_ = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(state = 'conflict'), 0) FROM year_outcomes"
    ).fetchone()
    return disputed, open_


def year_outcome(conn: sqlite3.Connection, article_id: int) -> YearOutcome | None:
    if not has_year_tables(conn):
        return None
    row = conn.execute(
        "SELECT article_id, state, year, chosen_source, adjudicator, adjudicated_at FROM year_outcomes "
        "WHERE article_id = ?",
        (article_id,),
    ).fetchone()
    return YearOutcome(*row) if row is not None else None


def year_versions(conn: sqlite3.Connection, article_id: int) -> list[YearVersion]:
    """Every reviewer file's year of the article, in file order."""
    if not has_year_tables(conn):
        return []
    by_id = {s.id: s for s in sources(conn)}
    rows = conn.execute(
        "SELECT source_id, year, answered, reviewer, answered_at FROM year_versions WHERE article_id = ? "
        "ORDER BY source_id",
        (article_id,),
    ).fetchall()
    return [YearVersion(by_id[row[0]], row[1], bool(row[2]), row[3], row[4]) for row in rows]


def adjudicate_year(
    store: Store,
    article_id: int,
    adjudicator: str,
    *,
    source_id: int | None = None,
    year: int | None = None,
    seen: ArticleYear | None = None,
) -> YearAdjudication:
    """Make a reviewer file's answer (``source_id``) or another ``year`` the article's year in the team's
    file, in one transaction; ``seen``: the article's year the adjudicator was shown (else :class:`Changed`)."""
    if (source_id is None) == (year is None):
        raise ValueError("adjudicate_year needs either a reviewer file's answer or a year")
    with store.transaction() as conn:
        before = year_outcome(conn, article_id)
        if before is None:
            raise problem("no_year_conflict", article=article_id)
        if source_id is not None:
            chosen = conn.execute(
                "SELECT year FROM year_versions WHERE article_id = ? AND source_id = ? AND answered",
                (article_id, source_id),
            ).fetchone()
            if chosen is None:
                raise problem("year_not_answered_by")
            year = chosen[0]
        assert year is not None
        answer = article_year.answer(conn, article_id, year, adjudicator, seen)
        after = YearOutcome(article_id, "adjudicated", year, source_id, adjudicator, now())
        _write(conn, after)
        conn.execute(
            "INSERT INTO events (at, reviewer, action, article_id, before, after) VALUES (?, ?, 'adjudicate', ?, ?, ?)",
            (
                after.adjudicated_at,
                adjudicator,
                article_id,
                json.dumps(said(answer.before)),
                json.dumps({**said(answer.after), "adjudication": {"source": source_id, "year": year}}),
            ),
        )
    return YearAdjudication(answer, before, after)


def reopen_year(store: Store, done: YearAdjudication, reviewer: str) -> Decision:
    """Undo an adjudication of a year: the article's year and records as they were, the conflict open again
    (or as it was); refused with :class:`Changed` when something changed since."""
    with store.transaction() as conn:
        restored = article_year.undo(conn, done.answer, reviewer)
        _write(conn, done.before)
    return restored


def readjudicate_year(store: Store, done: YearAdjudication, reviewer: str) -> Decision:
    """Redo an adjudication of a year undone, if the article and its records are as the undo left them."""
    with store.transaction() as conn:
        restored = article_year.redo(conn, done.answer, reviewer)
        _write(conn, done.after)
    return restored


def _write(conn: sqlite3.Connection, outcome: YearOutcome) -> None:
    conn.execute(
        "UPDATE year_outcomes SET state = ?, year = ?, chosen_source = ?, adjudicator = ?, adjudicated_at = ? "
        "WHERE article_id = ?",
        (
            outcome.state,
            outcome.year,
            outcome.chosen_source,
            outcome.adjudicator,
            outcome.adjudicated_at,
            outcome.article_id,
        ),
    )
