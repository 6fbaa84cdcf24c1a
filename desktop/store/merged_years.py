"""A reviewer's answer to an article's year, brought by a merge into the team's file (issue 13).

Merging copies an article, and its records, from the first file that holds it; of the other files it
copies only the records their reviewers decided (:mod:`desktop.store.merging`).  An article's year a
reviewer set (:mod:`desktop.store.article_year`) is none of those: it is the article's own row, and the
periods of its records still pending.  Without this module a file merged after another that held the same
article lost the answer, the year warning's and the pending records' new periods alike, silently.

A file *answered* an article when its log after the split holds the article's year events (``set_year``,
or their ``undo`` and ``redo``) and its article no longer says what it said at the split (an answer
undone before the merge is none).  The team's file then takes the answer when its article still says what
the split said: the year, the warning saying a reviewer set it, and the period of each record both files
leave pending and the team's file still has as the split had it (a decided record's period comes with its
version, as any decision's).  It is logged as the reviewer's events, with the reviewer's time.  When the
team's file holds another answer (a file merged before answered otherwise), nothing is taken: the later
answer is not allowed to overwrite the earlier one silently, and the merge reports it instead, for
someone to set the year in the team's file (Alt+Y).  An answer the team's file already holds changes
nothing, so merging a file twice stays idempotent.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop.store.article_year import ACTION, ArticleYear, said, with_year
from desktop.store.changes import Snapshot, read, update

#: An article's year events (a record's events carry a ``record_id``).
_ANSWERS = """SELECT article_id, at, reviewer, before FROM {schema}.events
              WHERE id > ? AND record_id IS NULL AND article_id IS NOT NULL
                AND action IN ('set_year', 'undo', 'redo')
                AND json_valid(after) AND json_type(after, '$.from') IS NOT NULL
              ORDER BY article_id, id"""
#: A file's pending records of one article, and the period each had before this file's first change.
_PENDING = """SELECT r.id, r.period,
                     (SELECT json_extract(e.before, '$.period') FROM {schema}.events e
                      WHERE e.record_id = r.id AND e.id > ? AND e.before IS NOT NULL
                      ORDER BY e.id LIMIT 1) AS was
              FROM {schema}.records r WHERE r.article_id = ? AND r.status = 'pending'"""


@dataclass(frozen=True)
class YearConflict:
    """Two answers to one article's year: the team's file kept its own (``kept``), not the file's."""

    article_id: int
    kept: int | None
    theirs: int | None


@dataclass(frozen=True)
class YearsBrought:
    """What one file's answers did to the team's file: the articles it took, those it refused."""

    carried: tuple[int, ...] = ()
    conflicts: tuple[YearConflict, ...] = ()


@dataclass(frozen=True)
class _Answer:
    """The last of a file's year events of an article (who answered, when) and the split's year."""

    at: str
    reviewer: str | None
    base: dict[str, Any]


def carry(conn: sqlite3.Connection, schema: str, mark: int) -> YearsBrought:
    """Bring the answers of the file attached as ``schema`` (its events after ``mark`` are its own)."""
    carried: list[int] = []
    conflicts: list[YearConflict] = []
    for article_id, answer in _answered(conn, schema, mark).items():
        theirs = _article(conn, schema, article_id)
        ours = _article(conn, "main", article_id)
        if theirs is None or ours is None or said(theirs) == answer.base or said(ours) == said(theirs):
            continue  # undone before the merge, or the team's file holds the same answer already
        if said(ours) != answer.base:
            conflicts.append(YearConflict(article_id, ours.year, theirs.year))
            continue
        _take(conn, schema, mark, article_id, (ours, theirs), answer)
        carried.append(article_id)
    return YearsBrought(tuple(carried), tuple(conflicts))


def _answered(conn: sqlite3.Connection, schema: str, mark: int) -> dict[int, _Answer]:
    """Each article the file has year events of: its last event, and the year before the first."""
    found: dict[int, _Answer] = {}
    for article_id, at, reviewer, before in conn.execute(_ANSWERS.format(schema=schema), (mark,)):
        first = found.get(article_id)
        found[article_id] = _Answer(at, reviewer, first.base if first else json.loads(before or "{}"))
    return found


def _article(conn: sqlite3.Connection, schema: str, article_id: int) -> ArticleYear | None:
    row = conn.execute(f"SELECT year, warnings FROM {schema}.articles WHERE id = ?", (article_id,)).fetchone()
    return ArticleYear(row[0], row[1]) if row is not None else None


def _take(
    conn: sqlite3.Connection,
    schema: str,
    mark: int,
    article_id: int,
    years: tuple[ArticleYear, ArticleYear],
    answer: _Answer,
) -> None:
    """The file's answer onto the team's article and its pending records, logged as the reviewer's."""
    ours, theirs = years
    dated = theirs.dated_by()
    target = ArticleYear(theirs.year, with_year(ours.warnings, dated[0]) if dated else theirs.warnings)
    conn.execute(
        "UPDATE main.articles SET year = ?, warnings = ? WHERE id = ?",
        (target.year, target.warnings, article_id),
    )
    events: list[tuple[Any, ...]] = [(None, json.dumps(said(ours)), json.dumps(said(target)))]
    for before, after in _move_pending(conn, schema, mark, article_id):
        events.append((before["id"], _json(before), _json(after)))
    conn.executemany(
        "INSERT INTO main.events (at, reviewer, action, article_id, record_id, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(answer.at, answer.reviewer, ACTION, article_id, *event) for event in events],
    )


def _move_pending(
    conn: sqlite3.Connection, schema: str, mark: int, article_id: int
) -> list[tuple[Snapshot, Snapshot]]:
    """The period of each record the file left pending with a new one, where the team's file has it
    pending too and with the period the split gave it (else someone there changed it: theirs stays)."""
    moved = {
        record_id: (period, was)
        for record_id, period, was in conn.execute(_PENDING.format(schema=schema), (mark, article_id))
        if was is not None and was != period
    }
    ours = read(conn, moved)
    done = []
    for record_id, (period, was) in moved.items():
        row = ours.get(record_id)
        if row is not None and _as_split(row, article_id, was):
            done.append((row, update(conn, (record_id,), {"period": period})[record_id]))
    return done


def _as_split(row: Snapshot, article_id: int, period: str) -> bool:
    """Whether the team's record is the article's, pending, with the period the split gave it."""
    return row["article_id"] == article_id and row["status"] == "pending" and row["period"] == period


def _json(snapshot: Snapshot) -> str:
    return json.dumps(snapshot, ensure_ascii=False)
