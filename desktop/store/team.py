"""Reading and settling a merged file: reviewer versions, conflicts, adjudication.

A merged file (``chitieu merge``) keeps every reviewer's version of a record
beside the record.  The agreement report reads the versions of the overlap,
the adjudication view reads one record's versions side by side, and
:func:`adjudicate` makes the adjudicator's choice the final record, logged
as such, with every version kept.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop.core.problems import problem
from desktop.core.records import FIELDS, Record
from desktop.store import changes
from desktop.store.changes import Snapshot
from desktop.store.clock import now
from desktop.store.decisions import Decision, RecordChange
from desktop.store.merged_years import version_period
from desktop.store.rows import record_to_row, row_to_record
from desktop.store.store import Store

_FIELDS = ", ".join(f'v."{c}"' for c in FIELDS)


@dataclass(frozen=True)
class Source:
    """One merged reviewer file."""

    id: int
    slot: str
    reviewers: str

    @property
    def name(self) -> str:
        """The reviewers' names, else the file's slot (a file nobody decided in)."""
        return self.reviewers or self.slot


@dataclass(frozen=True)
class Version:
    """One reviewer's decision on a record; ``record`` is None when they did not decide it."""

    source: Source
    status: str  # confirmed | corrected | rejected | added | undecided | not added
    record: Record | None
    decided_at: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Outcome:
    record_id: int
    state: str  # agreed | conflict | adjudicated
    disputed: bool
    chosen_source: int | None
    adjudicator: str | None


def has_team_tables(conn: sqlite3.Connection) -> bool:
    """False on a database from before team review (read-only sessions do not migrate)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'review_versions'").fetchone() is not None


def sources(conn: sqlite3.Connection) -> list[Source]:
    if not has_team_tables(conn):
        return []
    return [
        Source(*row) for row in conn.execute("SELECT id, slot, reviewers FROM review_sources ORDER BY id")
    ]


def overlap_versions(conn: sqlite3.Connection) -> dict[int, dict[int, sqlite3.Row | None]]:
    """For each record of the overlap the reviewers were given: source id -> its version (None: undecided).

    Records added after the split are left out: no reviewer was asked about them.
    """
    rows = conn.execute(
        f"""SELECT r.id AS record_id, sa.source_id, v.status, v.note, {_FIELDS}
            FROM source_articles sa
            JOIN records r ON r.article_id = sa.article_id
            LEFT JOIN review_versions v ON v.record_id = r.id AND v.source_id = sa.source_id
            WHERE sa.article_id IN (SELECT article_id FROM source_articles GROUP BY article_id HAVING COUNT(*) > 1)
              AND r.id NOT IN (SELECT record_id FROM review_versions WHERE added = 1)
            ORDER BY r.id, sa.source_id"""
    )
    items: dict[int, dict[int, sqlite3.Row | None]] = {}
    for row in rows:
        items.setdefault(row["record_id"], {})[row["source_id"]] = row if row["status"] is not None else None
    return items


def disputed_count(conn: sqlite3.Connection) -> tuple[int, int]:
    """(records decided differently, of them still unresolved)."""
    if not has_team_tables(conn):
        return 0, 0
    return conn.execute(
        "SELECT COALESCE(SUM(disputed), 0), COALESCE(SUM(state = 'conflict'), 0) FROM team_outcomes"
    ).fetchone()


def decision_times(conn: sqlite3.Connection, source_id: int) -> list[str]:
    """When the reviewer of a file decided (confirm, reject, correct, add), in order."""
    return [
        at
        for (at,) in conn.execute(
            "SELECT at FROM source_events WHERE source_id = ? AND action IN ('confirm', 'reject', 'correct', 'add') "
            "ORDER BY at",
            (source_id,),
        )
    ]


def version_counts(conn: sqlite3.Connection, source_id: int) -> dict[str, int]:
    return dict(
        conn.execute(
            "SELECT status, COUNT(*) FROM review_versions WHERE source_id = ? GROUP BY status", (source_id,)
        ).fetchall()
    )


def conflict_ids(conn: sqlite3.Connection, state: str = "conflict") -> list[int]:
    """Records whose reviewers disagree: ``conflict`` (unresolved), ``adjudicated``, or ``disputed`` (both)."""
    if not has_team_tables(conn):
        return []
    where = "disputed = 1" if state == "disputed" else "state = ?"
    params = () if state == "disputed" else (state,)
    return [
        r
        for (r,) in conn.execute(
            f"SELECT record_id FROM team_outcomes WHERE {where} ORDER BY record_id", params
        )
    ]


def outcome(conn: sqlite3.Connection, record_id: int) -> Outcome | None:
    row = conn.execute(
        "SELECT record_id, state, disputed, chosen_source, adjudicator FROM team_outcomes "
        "WHERE record_id = ?",
        (record_id,),
    ).fetchone()
    return Outcome(row[0], row[1], bool(row[2]), row[3], row[4]) if row else None


def versions(conn: sqlite3.Connection, record_id: int) -> list[Version]:
    """Every reviewer's version of a record, one per file that held its article, in file order."""
    by_id = {s.id: s for s in sources(conn)}
    added = conn.execute(
        "SELECT MAX(added) FROM review_versions WHERE record_id = ?", (record_id,)
    ).fetchone()[0]
    rows = conn.execute(
        f"""SELECT sa.source_id, sa.finished, v.status, v.decided_at, v.note, {_FIELDS}
            FROM records r JOIN source_articles sa ON sa.article_id = r.article_id
            LEFT JOIN review_versions v ON v.record_id = r.id AND v.source_id = sa.source_id
            WHERE r.id = ? ORDER BY sa.source_id""",
        (record_id,),
    ).fetchall()
    found = []
    for row in rows:
        source = by_id[row["source_id"]]
        if row["status"] is None:
            missing = "not added" if added and row["finished"] else "undecided"
            found.append(Version(source, missing, None))
        else:
            found.append(Version(source, row["status"], row_to_record(row), row["decided_at"], row["note"]))
    return found


def adjudicate(
    store: Store,
    record_id: int,
    adjudicator: str,
    *,
    source_id: int | None = None,
    record: Record | None = None,
    note: str | None = None,
) -> Decision:
    """Make a reviewer's version (``source_id``) or a new correction (``record``) the final record.

    Choosing a reviewer who did not add a disputed addition rejects it.  A
    version decided under another year of the article than the merged file's
    now takes the period that follows from it (:func:`~desktop.store.merged_years.version_period`).  The
    event is ``adjudicate``; its ``after`` names the version chosen.  The
    versions stay as they are.  Returns the change, as every decision of the store does.
    """
    if (source_id is None) == (record is None):
        raise ValueError("adjudicate needs either a reviewer's version or a new record")
    with store.transaction() as conn:
        before = changes.read(conn, (record_id,)).get(record_id)
        if before is None:
            raise problem("record_gone", record=record_id)
        chosen = _choice(conn, record_id, source_id, record)
        if source_id is not None:  # decided under another year than the article's now: its period follows
            chosen = version_period(conn, before["article_id"], record_id, source_id, chosen)
        chosen.update(reviewer=adjudicator, decided_at=now())
        if note is not None:
            chosen["note"] = note
        after = changes.update_one(conn, record_id, chosen)
        conn.execute(
            """INSERT OR REPLACE INTO team_outcomes (record_id, state, disputed, chosen_source, adjudicator,
                                                              adjudicated_at)
                        VALUES (?, 'adjudicated', COALESCE((SELECT disputed FROM team_outcomes WHERE record_id = ?), 1),
                                ?, ?, ?)""",
            (record_id, record_id, source_id, adjudicator, now()),
        )
        choice = {"adjudication": {"source": source_id, "new_correction": record is not None}}
        logged = changes.log(conn, [("adjudicate", adjudicator, before, {**after, **choice})])
        counts = changes.recount(conn, before["article_id"])
    return Decision((RecordChange(record_id, before, after),), {before["article_id"]: counts}, tuple(logged))


def reopen_conflict(store: Store, record_id: int, snapshot: Snapshot, reviewer: str) -> Decision:
    """Undo an adjudication: the record as it was, the conflict open again; logged as ``undo``."""
    with store.transaction() as conn:
        before = changes.read(conn, (record_id,)).get(record_id)
        after = changes.update_one(conn, record_id, {k: v for k, v in snapshot.items() if k != "id"})
        conn.execute(
            "UPDATE team_outcomes SET state = 'conflict', chosen_source = NULL, adjudicator = NULL, "
            "adjudicated_at = NULL WHERE record_id = ?",
            (record_id,),
        )
        logged = changes.log(conn, [("undo", reviewer, before, after)])
        counts = changes.recount(conn, snapshot["article_id"])
    return Decision(
        (RecordChange(record_id, before, after),), {snapshot["article_id"]: counts}, tuple(logged)
    )


def _choice(
    conn: sqlite3.Connection, record_id: int, source_id: int | None, record: Record | None
) -> dict[str, Any]:
    """The record's new columns: the chosen version's, or the new correction's."""
    added = conn.execute(
        "SELECT MAX(added) FROM review_versions WHERE record_id = ?", (record_id,)
    ).fetchone()[0]
    if record is not None:
        return {"status": "added" if added else "corrected", **record_to_row(record)}
    row = conn.execute(
        f"SELECT v.status, {_FIELDS} FROM review_versions v WHERE v.record_id = ? AND v.source_id = ?",
        (record_id, source_id),
    ).fetchone()
    if row is None:
        if not added:
            raise problem("not_decided_by")
        return {"status": "rejected"}  # the reviewer who did not add it: no such record
    return {"status": row["status"], **{c: row[c] for c in FIELDS}}
