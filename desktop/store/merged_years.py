"""A reviewer's answer to an article's year, brought by a merge into the team's file (issue 13).

Merging copies an article, and its records, from the first file that holds it; of the other files it
copies only the records their reviewers decided (:mod:`desktop.store.merging`).  An article's year a
reviewer set (:mod:`desktop.store.article_year`) is none of those: it is the article's own row.  Without
this module a file merged after another that held the same article lost the answer silently.

For every article of a file dated by a guess or an answer (no date and no year of its own) the merged
file keeps the year that file had, the split's, and whether the file's reviewer answered it
(``year_versions``).  A file *answered* an article when its log after the split holds the article's year
events (``set_year``, or their ``undo`` and ``redo``) and its article no longer says what it said at the
split (an answer undone before the merge is none).  The team's file then takes the answer when its
article still says what the split said: the year and the warning saying a reviewer set it, logged as the
reviewer's event, with the reviewer's time.  When the team's file holds another answer (a file merged
before answered otherwise), nothing is taken: the later answer does not overwrite the earlier one, and the
article's year is a *conflict* (``year_outcomes``) for the adjudicator to settle in the window
(:mod:`desktop.store.team_years`), reported by the merge too.  An answer the team's file already holds
changes nothing, so merging a file twice stays idempotent.

Once every record is settled, :func:`follow` moves the periods that follow an article's year to the team's
file's year: a record decided in a file under another year (the guess, while another file answered), one
put back as the split had it (a conflict), one still pending from the file merged first -- each by the
difference between the year it was read under and the team's, as an answer moves them (pending ones stay
pending, decided ones become corrected, logged as ``set_year`` events of whoever set the team's year).  A
period the text writes, or one a reviewer typed (:mod:`desktop.store.typed_periods`), never moves.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop.core.assumed_year import BATCH, warning
from desktop.store.article_year import ACTION, ArticleYear, dated_records, said, shifted, with_year
from desktop.store.changes import Snapshot, read, set_each
from desktop.store.clock import now

#: What the warning of an article dated by a guess or an answer begins with (the year follows).
_DATED_BY = warning(1000, BATCH).split("1000")[0]
#: The articles of ``{schema}`` dated by a guess or an answer: those a year is asked of.
_UNDATED = f"SELECT id, year, warnings FROM {{schema}}.articles WHERE instr(warnings, '{_DATED_BY}') > 0"
#: The team's file's year of each such article, kept before any file's answer is carried (:func:`follow`).
_NOTE_TEAM_YEARS = (
    f"INSERT INTO temp.team_years (article_id, year) SELECT id, year FROM ({_UNDATED.format(schema='main')})"
)
#: An article's year events (a record's events carry a ``record_id``).
_ANSWERS = """SELECT article_id, at, reviewer, before FROM {schema}.events
              WHERE id > ? AND record_id IS NULL AND article_id IS NOT NULL
                AND action IN ('set_year', 'undo', 'redo')
                AND json_valid(after) AND json_type(after, '$.from') IS NOT NULL
              ORDER BY article_id, id"""
#: Who set the team's file's year of an article, and when: the reviewer file's answer that gave it, else the
#: team's file's last year event (an answer set there, or before the split).
_LAST_ANSWER = """SELECT answered_at, reviewer FROM year_versions y JOIN articles a ON a.id = y.article_id
                  WHERE y.article_id = :id AND y.answered AND y.year = a.year
                  UNION ALL
                  SELECT * FROM (SELECT at, reviewer FROM main.events
                                 WHERE article_id = :id AND record_id IS NULL
                                   AND action IN ('set_year', 'undo', 'redo', 'adjudicate')
                                   AND json_valid(after) AND json_type(after, '$.from') IS NOT NULL
                                 ORDER BY id DESC LIMIT 1)"""


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


def note_team_years(conn: sqlite3.Connection) -> None:
    """Keep the team's file's year of each article a year is asked of, before any file's answer is carried:
    the year its records' periods follow until then (:func:`follow`).  Run once the new articles are in."""
    conn.execute("DROP TABLE IF EXISTS temp.team_years")
    conn.execute("CREATE TEMP TABLE team_years (article_id INTEGER PRIMARY KEY, year INTEGER)")
    conn.execute(_NOTE_TEAM_YEARS)


def carry(conn: sqlite3.Connection, schema: str, mark: int, source_id: int) -> YearsBrought:
    """Bring the years of the file attached as ``schema`` (its events after ``mark`` are its own), merged as
    ``source_id``: its year of each article, and its answers."""
    answers = _answered(conn, schema, mark)
    carried: list[int] = []
    conflicts: list[YearConflict] = []
    for article_id, year, warnings in conn.execute(_UNDATED.format(schema=schema)).fetchall():
        theirs = ArticleYear(year, warnings)
        answer = answers.get(article_id)
        answered = answer is not None and said(theirs) != answer.base
        conn.execute(
            "INSERT OR REPLACE INTO year_versions (article_id, source_id, year, split_year, answered, reviewer, "
            "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                source_id,
                year,
                answer.base.get("year") if answer is not None else year,
                answered,
                answer.reviewer if answer is not None and answered else None,
                answer.at if answer is not None and answered else None,
            ),
        )
        ours = _article(conn, "main", article_id)
        if answer is None or not answered or ours is None or said(ours) == said(theirs):
            continue  # no answer, one undone before the merge, or the team's file holds the same already
        if said(ours) != answer.base:
            conflicts.append(YearConflict(article_id, ours.year, theirs.year))
            conn.execute(  # an adjudicated year stays adjudicated, as an adjudicated record does
                "INSERT OR IGNORE INTO year_outcomes (article_id, state) VALUES (?, 'conflict')",
                (article_id,),
            )
            continue
        _take(conn, article_id, (ours, theirs), answer)
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
    conn: sqlite3.Connection, article_id: int, years: tuple[ArticleYear, ArticleYear], answer: _Answer
) -> None:
    """The file's answer onto the team's article, logged as the reviewer's; its records follow it once
    every file is in (:func:`follow`)."""
    ours, theirs = years
    dated = theirs.dated_by()
    target = ArticleYear(theirs.year, with_year(ours.warnings, dated[0]) if dated else theirs.warnings)
    conn.execute(
        "UPDATE main.articles SET year = ?, warnings = ? WHERE id = ?",
        (target.year, target.warnings, article_id),
    )
    conn.execute(
        "INSERT INTO main.events (at, reviewer, action, article_id, record_id, before, after) "
        "VALUES (?, ?, ?, ?, NULL, ?, ?)",
        (answer.at, answer.reviewer, ACTION, article_id, json.dumps(said(ours)), json.dumps(said(target))),
    )


# ---- the periods that follow the year ----------------------------------------------------------


def follow(conn: sqlite3.Connection) -> list[int]:
    """Move the periods that follow an article's year to the team's file's year, once every record is
    settled (inside :func:`desktop.store.merging.settle`, which lists the records it settled in
    ``temp.shared``); returns the articles whose records moved, for their checks to be run again."""
    if conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'team_years'").fetchone() is None:
        return []  # no file was entered: nothing was carried or settled
    articles = conn.execute(
        "SELECT t.article_id, t.year, a.year, a.text FROM temp.team_years t JOIN main.articles a "
        "ON a.id = t.article_id"
    ).fetchall()
    settled = {a for (a,) in conn.execute("SELECT DISTINCT article_id FROM temp.shared")}
    moved = []
    for article_id, before, year, text in articles:
        if year is None or (year == before and article_id not in settled):
            continue  # every period still follows the year it followed
        ids = [
            i
            for (i,) in conn.execute("SELECT id FROM records WHERE article_id = ? ORDER BY id", (article_id,))
        ]
        rows = read(conn, ids)
        live = [rows[i] for i in ids if rows[i]["status"] != "rejected"]
        steps = {
            row["id"]: year - under
            for row in dated_records(conn, live, text)
            if (under := _read_under(conn, row["id"], article_id, before)) is not None and under != year
        }
        if steps:
            _move(conn, article_id, [row for row in live if row["id"] in steps], steps)
            moved.append(article_id)
    conn.execute("DROP TABLE temp.team_years")
    return moved


def _read_under(conn: sqlite3.Connection, record_id: int, article_id: int, before: int | None) -> int | None:
    """The year a record's period was read under: the team's file's year before this merge, unless this
    merge settled the record (``temp.shared``) -- from its reviewers' versions, agreed (the year of the
    files they came from, when they agree on one), or put back as the split had it (the split's year)."""
    state = conn.execute(
        "SELECT o.state FROM temp.shared s JOIN team_outcomes o ON o.record_id = s.id WHERE s.id = ?",
        (record_id,),
    ).fetchone()
    if state is None or state[0] == "adjudicated":
        return before
    if state[0] == "conflict":
        found = conn.execute(
            "SELECT DISTINCT split_year FROM year_versions WHERE article_id = ?", (article_id,)
        ).fetchall()
    else:
        found = conn.execute(
            """SELECT DISTINCT y.year FROM review_versions v
               LEFT JOIN year_versions y ON y.article_id = ? AND y.source_id = v.source_id
               WHERE v.record_id = ?""",
            (article_id, record_id),
        ).fetchall()
    return found[0][0] if len(found) == 1 else None  # files of several years, or merged before they were kept


def version_period(
    conn: sqlite3.Connection, article_id: int, record_id: int, source_id: int, fields: dict[str, Any]
) -> dict[str, Any]:
    """A reviewer's version of a record (``fields``: status and fields) as it reads under the team's file's
    year: its period moved by the difference when it follows from the year that file had (an adjudicator
    choosing a version decided under the guess, while another file answered), and then corrected."""
    row = conn.execute(
        """SELECT y.year, a.year, a.text FROM year_versions y JOIN articles a ON a.id = y.article_id
           WHERE y.article_id = ? AND y.source_id = ?""",
        (article_id, source_id),
    ).fetchone()
    if (
        row is None
        or None in row[:2]
        or row[0] == row[1]
        or fields.get("status") not in ("confirmed", "corrected")
    ):
        return fields
    under, year, text = row
    if not dated_records(conn, [{**fields, "id": record_id}], text):
        return fields
    return {**fields, "period": shifted(fields["period"], year - under), "status": "corrected"}


def _move(conn: sqlite3.Connection, article_id: int, rows: list[Snapshot], steps: dict[int, int]) -> None:
    """Each record's period moved by its step, logged as the events of whoever set the team's year; a
    statement for the pending records and one for the decided, each run once per record."""
    found = conn.execute(_LAST_ANSWER, {"id": article_id}).fetchone()
    at, reviewer = (found[0], found[1]) if found is not None else (now(), None)
    periods = {row["id"]: shifted(row["period"], steps[row["id"]]) for row in rows}
    pending = {row["id"]: {"period": periods[row["id"]]} for row in rows if row["status"] == "pending"}
    decided = {
        row["id"]: {
            "period": periods[row["id"]],
            "status": "corrected",
            "reviewer": reviewer,
            "decided_at": at,
        }
        for row in rows
        if row["status"] != "pending"
    }
    set_each(conn, ("period",), pending)
    set_each(conn, ("period", "status", "reviewer", "decided_at"), decided)
    after = read(conn, periods)
    conn.executemany(
        "INSERT INTO main.events (at, reviewer, action, article_id, record_id, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(at, reviewer, ACTION, article_id, row["id"], _json(row), _json(after[row["id"]])) for row in rows],
    )


def _json(snapshot: Snapshot) -> str:
    return json.dumps(snapshot, ensure_ascii=False)
