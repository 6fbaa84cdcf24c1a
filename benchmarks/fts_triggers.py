"""Decisions with the full-text index's update trigger as sqlite-utils writes it, and as Chitieu narrows it.

Usage: ``python benchmarks/fts_triggers.py DB [--decisions 200]``.  Copies DB
(a corpus imported with ``chitieu import``) twice, gives one copy
sqlite-utils' ``AFTER UPDATE ON articles`` trigger and keeps Chitieu's
``AFTER UPDATE OF title, text`` on the other, then times ``Store.decide`` on
the same records in both, alternating, and prints the medians in milliseconds
of wall time (an fsync per decision: noisy on a shared disk) and of CPU time.
Every decision updates its article's counters, so the broad trigger
re-indexes the article's text on every keypress of a reviewer.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.store import Store

BROAD = """CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END"""


def copy_with(source: Path, folder: Path, name: str, trigger: str | None) -> Path:
    target = folder / f"{name}.db"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    if trigger:
        conn = sqlite3.connect(target, isolation_level=None)
        conn.execute("DROP TRIGGER articles_au")
        conn.execute(trigger)
        conn.close()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fts_triggers.py", description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--decisions", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        stores = {
            name: Store(copy_with(args.db, Path(folder), name, trigger), backups=0)
            for name, trigger in (("chitieu", None), ("sqlite-utils", BROAD))
        }
        ids = [
            r[0]
            for r in stores["chitieu"].conn.execute(
                "SELECT id FROM records WHERE status = 'pending' ORDER BY random() LIMIT ?", (args.decisions,)
            )
        ]
        wall: dict[str, list[float]] = {name: [] for name in stores}
        cpu: dict[str, list[float]] = {name: [] for name in stores}
        for record_id in ids:
            for name, store in stores.items():
                started, started_cpu = time.perf_counter(), time.process_time()
                store.decide(record_id, "confirmed", "bench")
                wall[name].append(time.perf_counter() - started)
                cpu[name].append(time.process_time() - started_cpu)
        for store in stores.values():
            store.close()
        shutil.rmtree(folder, ignore_errors=True)
    for name in wall:
        print(
            f"{name:13} update trigger: decide median {1000 * median(wall[name]):.2f} ms wall, "
            f"{1000 * median(cpu[name]):.2f} ms CPU over {len(ids)} decisions"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
