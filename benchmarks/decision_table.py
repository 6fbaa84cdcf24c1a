"""What "accept all that pass" would cost with the decisions in a narrow table of their own (issue 13).

Usage: decision_table.py DB [--threshold 0.5] [--workdir DIR]

The accept confirms a few hundred thousand records in one transaction.  In
``records`` each of them is a row of about 1.2 KB (the extractor's snapshot,
the checks' JSON in two languages), so confirming them rewrites nearly every
page of the table: over a gigabyte of WAL, then the same again checkpointed,
whatever the indexes and triggers do.  This measures the alternative before
anyone migrates to it: the same statements an accept runs (log an event per
record, confirm them, commit, checkpoint) against a table holding only
``(record id, article id, status, reviewer, time)`` with an index on the
status, built in a temporary file from the records of ``DB`` (read only,
never changed) and its passing records as :class:`~desktop.store.Selection`
chooses them.  ``benchmarks/checks_speed.py --accept-only`` measures the
accept as it is, for the comparison.  Prints one line per step; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.store import Selection

_NARROW = """
CREATE TABLE decisions (
    record_id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    reviewer TEXT,
    decided_at TEXT
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, reviewer TEXT, action TEXT NOT NULL,
    article_id INTEGER, record_id INTEGER, before TEXT, after TEXT
);
CREATE INDEX events_record ON events(record_id);
"""
_STAMP = "2026-11-30T00:00:00.000Z"


def timed(label: str, conn: sqlite3.Connection, *statements: str) -> None:
    started, cpu = time.perf_counter(), time.process_time()
    for statement in statements:
        conn.execute(statement)
    print(
        f"{label:<52} {time.perf_counter() - started:7.2f} s wall {time.process_time() - cpu:7.2f} s CPU,"
        f" load {os.getloadavg()[0]:.1f}",
        flush=True,
    )


def build(conn: sqlite3.Connection, db: Path, threshold: float) -> int:
    """The narrow table of every record of ``db``, and the passing ones chosen into ``temp.chosen``."""
    conn.executescript(_NARROW)
    conn.execute("ATTACH DATABASE ? AS src", (f"{db.resolve().as_uri()}?mode=ro",))
    selection = Selection(threshold=threshold)
    where, params = selection.where()
    with conn:
        conn.execute(
            "INSERT INTO decisions SELECT id, article_id, status, reviewer, decided_at FROM src.records"
        )
        conn.execute("CREATE INDEX decisions_status ON decisions(status)")
        conn.execute("CREATE TEMP TABLE chosen (id INTEGER PRIMARY KEY)")
        conn.execute(
            f"INSERT INTO chosen SELECT id FROM src.{selection.source()} WHERE {where} ORDER BY id", params
        )
    conn.execute("DETACH DATABASE src")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return conn.execute("SELECT COUNT(*) FROM temp.chosen").fetchone()[0]


def accept(conn: sqlite3.Connection) -> None:
    """The statements of :func:`desktop.store.accepting.accept_passing`, on the narrow table."""
    timed("BEGIN IMMEDIATE", conn, "BEGIN IMMEDIATE")
    timed(
        "log one event per record",
        conn,
        "INSERT INTO events (at, reviewer, action, article_id, record_id, before, after) "
        f"SELECT '{_STAMP}', 'bench', 'accept', article_id, record_id, "
        "json_object('status', status, 'reviewer', reviewer, 'decided_at', decided_at), "
        f"json_object('status', 'confirmed', 'reviewer', 'bench', 'decided_at', '{_STAMP}') "
        "FROM decisions WHERE record_id IN (SELECT id FROM temp.chosen)",
    )
    timed(
        "confirm them",
        conn,
        f"UPDATE decisions SET status = 'confirmed', reviewer = 'bench', decided_at = '{_STAMP}' "
        "WHERE record_id IN (SELECT id FROM temp.chosen)",
    )
    timed("commit", conn, "COMMIT")
    timed("checkpoint (SQLite's automatic one, run here)", conn, "PRAGMA wal_checkpoint(PASSIVE)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="decision_table.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument(
        "--workdir", type=Path, help="where the narrow copy is made (default: a temporary folder)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="chitieu-decisions-", dir=args.workdir) as folder:
        conn = sqlite3.connect(Path(folder) / "narrow.db", isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # as the store writes
            conn.execute("PRAGMA wal_autocheckpoint = 0")  # checkpointed by accept(), timed
            chosen = build(conn, args.db, args.threshold)
            size = Path(folder, "narrow.db").stat().st_size
            print(f"narrow table of {args.db}: {size / 2**20:.0f} MiB; {chosen:,} records pass", flush=True)
            accept(conn)
        finally:
            conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
