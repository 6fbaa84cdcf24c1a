"""One measured operation per process: ``python -m benchmarks.steps OPERATION ...`` prints one JSON line.

Each measurement runs in a fresh interpreter so that one step's caches, heap
and imports never flatter the next, and so that the peak RSS reported is the
operation's own.  Times are taken inside the process around the operation
(interpreter start and imports excluded); ``benchmarks/run.py`` times whole
commands, such as ``chitieu stats``, from outside.
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

from benchmarks.memory import peak_rss_mb


def cpu_seconds() -> float:
    """User + system CPU time of this process and its waited-for children."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def database_mb(path: Path) -> float:
    """The database as it sits on disk: the file plus its WAL."""
    files = (path, path.with_name(path.name + "-wal"))
    return sum(f.stat().st_size for f in files if f.exists()) / 1e6


def run_import(db: Path, corpus: Path, workers: int) -> dict[str, Any]:
    from desktop.services.ingest import import_paths

    started, cpu = time.perf_counter(), cpu_seconds()
    report = import_paths(db, [corpus], workers=workers)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds() - cpu,
        "articles": report.new,
        "records": report.records,
        "problems": len(report.problems),
        "db_mb": database_mb(db),
        "rss_mb": peak_rss_mb(),
    }


def run_search(db: Path, queries: list[str], repeat: int) -> dict[str, Any]:
    """Each query's median time for the whole list, and for the first screenful the window shows first.

    As in the window, the store first lists every article (the list a window opens with); a search
    then finds the summaries it already made (desktop/store/summary_cache.py).  ``cold_seconds`` is
    the whole list from a fresh store, nothing remembered; ``after_decision_seconds`` (and its CPU)
    the whole list in a store that listed everything before a decision (:func:`_after_decision`).
    """
    from desktop.gui.article_search import FIRST_PAGE
    from desktop.store import Store

    cold: dict[str, float] = {}
    after_decision, after_decision_cpu = _after_decision(db, queries, repeat)
    for query in queries:
        runs = []
        for _ in range(repeat):
            with Store(db, readonly=True, backups=0) as fresh:
                started = time.perf_counter()
                fresh.article_summaries(search=query)
                runs.append(time.perf_counter() - started)
        cold[query] = median(runs)
    store = Store(db, readonly=True)
    try:
        store.article_summaries()
        timings: dict[str, float] = {}
        first: dict[str, float] = {}
        hits: dict[str, int] = {}
        for query in queries:
            whole, page = [], []
            for _ in range(repeat):
                started = time.perf_counter()
                store.article_summaries(search=query, limit=FIRST_PAGE)
                page.append(time.perf_counter() - started)
                started = time.perf_counter()
                hits[query] = len(store.article_summaries(search=query))
                whole.append(time.perf_counter() - started)
            timings[query], first[query] = median(whole), median(page)
    finally:
        store.close()
    return {
        "seconds": timings,
        "first_page_seconds": first,
        "cold_seconds": cold,
        "after_decision_seconds": after_decision,
        "after_decision_cpu_seconds": after_decision_cpu,
        "hits": hits,
        "rss_mb": peak_rss_mb(),
    }


def _after_decision(db: Path, queries: list[str], repeat: int) -> tuple[dict[str, float], dict[str, float]]:
    """Each query's median wall and CPU seconds as the window's list worker runs it after a decision.

    The worker's store has listed every article (the window opened); another connection, as the
    window's own does, confirms a record and undoes it before each search, so the store's memory
    is never of the database as it is now (desktop/store/summary_cache.py).  The database ends as
    it began.
    """
    from desktop.store import Store

    wall: dict[str, float] = {}
    cpu: dict[str, float] = {}
    with Store(db, backups=0) as writer, Store(db, readonly=True, backups=0) as worker:
        (record_id,) = writer.conn.execute("SELECT min(id) FROM records WHERE status = 'pending'").fetchone()
        worker.article_summaries()
        for query in queries:
            walls, cpus = [], []
            for _ in range(repeat):
                decision = writer.decide(record_id, "confirmed", "benchmark")
                writer.undo(decision.changes, "benchmark")
                started, began = time.perf_counter(), time.process_time()
                worker.article_summaries(search=query)
                walls.append(time.perf_counter() - started)
                cpus.append(time.process_time() - began)
            wall[query], cpu[query] = median(walls), median(cpus)
    return wall, cpu


def run_export(db: Path, out: Path, fmt: str) -> dict[str, Any]:
    from desktop.export import export

    out.unlink(missing_ok=True)
    started, cpu = time.perf_counter(), cpu_seconds()
    report = export(db, out, fmt, "all")
    seconds = time.perf_counter() - started
    size = out.stat().st_size / 1e6
    out.unlink()
    return {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds() - cpu,
        "records": report.records,
        "file_mb": size,
        "rss_mb": peak_rss_mb(),
    }


def run_subset(db: Path, out: Path, records: int) -> dict[str, Any]:
    """Copy the first articles holding at least ``records`` records into a new database.

    For a format too slow to export a million records several times (xlsx):
    the subset keeps the corpus's mix of articles and records, only fewer.
    """
    from desktop.store import Store

    out.unlink(missing_ok=True)
    Store(out, backups=0).close()  # the schema, through the store's own migrations
    conn = sqlite3.connect(out, isolation_level=None)
    try:
        conn.execute("ATTACH DATABASE ? AS src", (str(db),))
        last = conn.execute(
            "SELECT MIN(id) FROM (SELECT id, SUM(n_records) OVER (ORDER BY id) AS total FROM src.articles) "
            "WHERE total >= ?",
            (records,),
        ).fetchone()[0]
        last = last if last is not None else conn.execute("SELECT MAX(id) FROM src.articles").fetchone()[0]
        conn.execute("BEGIN")
        kept_by = (
            ("articles", "id <= ?", (last,)),
            ("records", "article_id <= ?", (last,)),
            ("record_details", "record_id IN (SELECT id FROM main.record_rows)", ()),  # their checks
        )
        for table, where, params in kept_by:
            # By name: a database imported by an older Chitieu lacks the columns added since.
            names = ", ".join(
                f'"{c}"' for c in _columns(conn, "src", table) if c in _columns(conn, "main", table)
            )
            conn.execute(
                f"INSERT INTO {table} ({names}) SELECT {names} FROM src.{table} WHERE {where}", params
            )
        conn.execute("COMMIT")
        kept = conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    finally:
        conn.close()
    return {"articles": last, "records": kept}


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="steps.py", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="operation", required=True)
    imp = commands.add_parser("import")
    imp.add_argument("db", type=Path)
    imp.add_argument("corpus", type=Path)
    imp.add_argument("--workers", type=int, required=True)
    search = commands.add_parser("search")
    search.add_argument("db", type=Path)
    search.add_argument("queries", nargs="+")
    search.add_argument("--repeat", type=int, default=5)
    exp = commands.add_parser("export")
    exp.add_argument("db", type=Path)
    exp.add_argument("out", type=Path)
    exp.add_argument("--format", required=True)
    subset = commands.add_parser("subset")
    subset.add_argument("db", type=Path)
    subset.add_argument("out", type=Path)
    subset.add_argument("--records", type=int, required=True)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.operation == "import":
        result = run_import(args.db, args.corpus, args.workers)
    elif args.operation == "search":
        result = run_search(args.db, args.queries, args.repeat)
    elif args.operation == "export":
        result = run_export(args.db, args.out, args.format)
    else:
        result = run_subset(args.db, args.out, args.records)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
