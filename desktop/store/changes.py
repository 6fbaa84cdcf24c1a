"""Changing records inside the caller's transaction: the one place a record row is written.

Every change appends an event with the row before and after it, in the same
transaction, so the log always agrees with the records; the article's
counters are recounted before the transaction ends.  Decisions
(:mod:`desktop.store.decisions`) and re-extraction
(:mod:`desktop.store.reextraction`) both go through these functions, and
nothing else writes ``records`` but the import's bulk insert.

Writes return the row as it now is, so no caller reads a row back after
changing it.  Since schema v10 a record's own columns live in ``record_rows``
and its decision in ``decisions`` (the view ``records`` joins them): writes
go to each table, then the row is read once through the view.  A row here is the record's whole row, its details
(:mod:`desktop.store.details`) included: what events hold and undo puts back
is the same as before the details moved to a table of their own.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from desktop.store import details
from desktop.store.clock import now
from desktop.store.schema import DECISION_COLUMNS

#: A record's whole row as a dict: what events hold and what undo puts back.
Snapshot = dict[str, Any]


def read(conn: sqlite3.Connection, record_ids: Iterable[int]) -> dict[int, Snapshot]:
    """The rows of ``record_ids`` that exist, by id, in one statement whatever their number."""
    rows = conn.execute(
        f"SELECT {details.ROW} FROM {details.JOINED} WHERE r.id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(record_ids)),),
    ).fetchall()
    return {row["id"]: dict(row) for row in rows}


def update(
    conn: sqlite3.Connection, record_ids: Iterable[int], changes: Mapping[str, Any]
) -> dict[int, Snapshot]:
    """Set the same ``changes`` on every record of ``record_ids``; their new rows, by id."""
    own, wide = details.split(changes)
    ids = json.dumps(list(record_ids))
    rows_part, decision = _apart(own)
    if rows_part:
        assignments = ", ".join(f'"{c}" = ?' for c in rows_part)
        conn.execute(
            f"UPDATE record_rows SET {assignments} WHERE id IN (SELECT value FROM json_each(?))",
            (*rows_part.values(), ids),
        )
    if decision:  # through the view, whose trigger keeps the decision's other columns
        assignments = ", ".join(f'"{c}" = ?' for c in decision)
        conn.execute(
            f"UPDATE records SET {assignments} WHERE id IN (SELECT value FROM json_each(?))",
            (*decision.values(), ids),
        )
    if wide:  # a snapshot put back whole (undo of an adjudication): its details too
        found = conn.execute(
            "SELECT id FROM record_rows WHERE id IN (SELECT value FROM json_each(?))", (ids,)
        )
        details.write(conn, list(wide), [(*wide.values(), record_id) for (record_id,) in found])
    return read(conn, json.loads(ids))


def _apart(columns: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``columns`` as ``(the record row's, the decision's)`` (schema v10)."""
    decision = {name: value for name, value in columns.items() if name in DECISION_COLUMNS}
    return {name: value for name, value in columns.items() if name not in DECISION_COLUMNS}, decision


def set_each(conn: sqlite3.Connection, columns: Sequence[str], rows: Mapping[int, Mapping[str, Any]]) -> None:
    """Give each record of ``rows`` its own values of ``columns``: one statement, run once per record."""
    own, wide = details.split(dict.fromkeys(columns))
    for table, part in zip(("record_rows", "records"), _apart(own), strict=True):
        if part:
            assignments = ", ".join(f'"{c}" = ?' for c in part)
            conn.executemany(
                f"UPDATE {table} SET {assignments} WHERE id = ?",
                [(*(values[c] for c in part), record_id) for record_id, values in rows.items()],
            )
    if wide:
        details.write(conn, list(wide), [(*(v[c] for c in wide), i) for i, v in rows.items()])


def update_one(conn: sqlite3.Connection, record_id: int, changes: Mapping[str, Any]) -> Snapshot:
    """Set ``changes`` on one record; its new row."""
    return update(conn, (record_id,), changes)[record_id]


def restamp(
    conn: sqlite3.Connection, record_id: int, machine: str, confidence: float, rule: str, version: str
) -> None:
    """Give a pending record a new extractor's provenance; no event, since none of its fields changed."""
    conn.execute(
        "UPDATE record_rows SET confidence = ?, rule = ?, extractor_version = ? WHERE id = ?",
        (confidence, rule, version, record_id),
    )
    details.write(conn, ("machine",), [(machine, record_id)])


def insert(conn: sqlite3.Connection, columns: Mapping[str, Any]) -> Snapshot:
    """A new record row (``columns`` may include its id, its decision and its details); the row as stored."""
    own, wide = details.split(columns)
    row, decision = _apart(own)
    names = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join("?" * len(row))
    (record_id,) = conn.execute(
        f"INSERT INTO record_rows ({names}) VALUES ({marks}) RETURNING id", tuple(row.values())
    ).fetchone()
    if decision.get("status", "pending") != "pending" or any(
        decision.get(c) is not None for c in ("reviewer", "decided_at")
    ):
        conn.execute(
            "INSERT INTO decisions (record_id, status, reviewer, decided_at) VALUES (?, ?, ?, ?)",
            (
                record_id,
                decision.get("status", "pending"),
                decision.get("reviewer"),
                decision.get("decided_at"),
            ),
        )
    if any(value is not None for value in wide.values()):  # an undone deletion: the snapshot's details
        details.write(conn, list(wide), [(*wide.values(), record_id)])
    return read(conn, (record_id,))[record_id]


def delete(conn: sqlite3.Connection, record_id: int) -> None:
    """Delete a record; its details go with it (ON DELETE CASCADE), its decision too (a trigger)."""
    conn.execute("DELETE FROM record_rows WHERE id = ?", (record_id,))


#: One event: ``(action, reviewer, before, after)``.
Entry = tuple[str, str | None, Snapshot | None, Snapshot | None]


#: The columns of an event as :func:`log` writes them (all but its id).
EVENT_COLUMNS = ("at", "reviewer", "action", "article_id", "record_id", "before", "after")


def log(conn: sqlite3.Connection, entries: Iterable[Entry]) -> list[Snapshot]:
    """Append one event per entry; one statement for any number.  The events as written (without
    their ids), so that a window can show a record's history without reading it back."""
    stamp = now()
    rows = []
    for action, reviewer, before, after in entries:
        row = after or before or {}
        rows.append(
            (stamp, reviewer, action, row.get("article_id"), row.get("id"), _json(before), _json(after))
        )
    conn.executemany(
        "INSERT INTO events (at, reviewer, action, article_id, record_id, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return [dict(zip(EVENT_COLUMNS, row, strict=True)) for row in rows]


def _json(snapshot: Snapshot | None) -> str | None:
    return json.dumps(snapshot, ensure_ascii=False) if snapshot else None


def recount(conn: sqlite3.Connection, article_id: int) -> tuple[int, int]:
    """Recount one article's records; its ``(n_records, n_pending)``.

    One pass over the article's records through ``records_article``: with
    ``status = 'pending'`` in the WHERE clause SQLite chose the status index
    and read every pending record of the corpus (0.5 s per decision at a
    million records).
    """
    row = conn.execute(
        """UPDATE articles SET (n_records, n_pending) =
               (SELECT COUNT(*), COALESCE(SUM(status = 'pending'), 0) FROM records WHERE article_id = :id)
           WHERE id = :id RETURNING n_records, n_pending""",
        {"id": article_id},
    ).fetchall()
    return (row[0][0], row[0][1]) if row else (0, 0)
