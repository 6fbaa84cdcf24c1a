"""The window's full-text queries before and after merging the index's segments (FTS5 ``optimize`` or ``merge``).

Usage: fts_optimize.py DB [--repeat 15] [--command optimize|steps|none]

Times each query of ``benchmarks/run.py`` (the window's typical searches) as
the store runs it (``SELECT rowid ... MATCH``, every hit read; once untimed
first, so that the pages come from memory as in a window that has searched
before): wall and CPU milliseconds, median and slowest of ``--repeat`` runs.
Then runs the command on the index and times the queries again:
``optimize`` merges every segment into one, in one transaction; ``steps`` is
FTS5's ``merge`` a few megabytes a transaction, which would let a reviewer's
decisions land between steps.  Both rewrite the index, so DB must be a copy,
never the corpus itself.  The index's segments and size and the command's
own wall and CPU seconds are printed, so that its cost can be weighed against
the gain.  Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from statistics import median
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.run import QUERIES
from desktop.store import Store
from desktop.store.store import fts_query

COMMANDS = ("optimize", "steps")
#: Pages of 4 KB a ``steps`` transaction writes.
STEP_PAGES = 2000


def time_queries(conn: sqlite3.Connection, repeat: int) -> dict[str, dict[str, float]]:
    """Each query's hits and its median and slowest wall and CPU milliseconds."""
    out = {}
    for query in QUERIES:
        walls, cpus, hits = [], [], _hits(conn, query)
        for _ in range(repeat):
            started, began = time.perf_counter(), time.process_time()
            hits = _hits(conn, query)
            walls.append((time.perf_counter() - started) * 1000)
            cpus.append((time.process_time() - began) * 1000)
        out[query] = {
            "hits": hits,
            "wall_ms": median(walls),
            "wall_max_ms": max(walls),
            "cpu_ms": median(cpus),
            "cpu_max_ms": max(cpus),
        }
    return out


def _hits(conn: sqlite3.Connection, query: str) -> int:
    sql = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
    return len(conn.execute(sql, (fts_query(query),)).fetchall())


def index_shape(conn: sqlite3.Connection) -> dict[str, float]:
    """The index's segments (each has rows in ``_idx``) and its size."""
    segments = conn.execute("SELECT COUNT(DISTINCT segid) FROM articles_fts_idx").fetchone()[0]
    size = conn.execute("SELECT SUM(length(block)) FROM articles_fts_data").fetchone()[0]
    return {"segments": segments, "data_mb": (size or 0) / 1e6}


def run_command(db: Path, command: str) -> int:
    """``command`` on the index of ``db``; returns the transactions it took."""
    with Store(db, backups=0) as store:
        if command == "optimize":
            with store.transaction() as conn:
                conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")
            return 1
        steps = 0
        while True:
            with store.transaction() as conn:
                before = conn.total_changes
                conn.execute(
                    "INSERT INTO articles_fts (articles_fts, rank) VALUES ('merge', ?)", (-STEP_PAGES,)
                )
                if conn.total_changes - before < 2:  # FTS5's own test for a step that found nothing to merge
                    return steps
            steps += 1


def load() -> list[float] | None:
    try:
        return list(os.getloadavg())
    except OSError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fts_optimize.py", description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--command", choices=(*COMMANDS, "none"), default="optimize")
    args = parser.parse_args(argv)
    conn = sqlite3.connect(args.db)
    result: dict[str, Any] = {"load_before": load(), "before": time_queries(conn, args.repeat)}
    result["shape_before"] = index_shape(conn)
    if args.command != "none":
        started, began = time.perf_counter(), time.process_time()
        transactions = run_command(args.db, args.command)
        result["command"] = {
            "name": args.command,
            "transactions": transactions,
            "wall_s": time.perf_counter() - started,
            "cpu_s": time.process_time() - began,
        }
        result["shape_after"] = index_shape(conn)
        result["after"] = time_queries(conn, args.repeat)
    result["load_after"] = load()
    conn.close()
    print(json.dumps(result, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
