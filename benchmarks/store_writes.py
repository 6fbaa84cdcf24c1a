"""The import's single writer, as Chitieu writes (``executemany``) and as sqlite-utils' ``insert_all`` would.

Usage: ``python benchmarks/store_writes.py CORPUS_DIR [--repeat 3]``.  Reads and
extracts the corpus once, then inserts the same prepared rows into fresh
databases both ways, alternating, one transaction per 200 articles as the
import does, and prints the median seconds (wall and CPU) and articles/s of
each.  sqlite-utils earns its place where it costs nothing measurable; this
says whether the import's inserts are such a place.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlite_utils

from desktop.services.ingest import BATCH, Extracted, extract_files
from desktop.store import Store
from desktop.store.bulk import _ARTICLE_COLUMNS, PREPARED_COLUMNS, PreparedArticle, insert_prepared
from desktop.store.clock import now
from desktop.store.schema import DETAIL_COLUMNS


def with_executemany(store: Store, batch: list[PreparedArticle]) -> None:
    with store.transaction() as conn:
        insert_prepared(conn, batch)


def with_sqlite_utils(store: Store, batch: list[PreparedArticle]) -> None:
    """The same rows through sqlite-utils: one ``insert`` per article, ``insert_all`` for its records and
    for their details (schema v8), under the ids the records got, as the store finds them."""
    db = sqlite_utils.Database(store.conn, recursive_triggers=False, execute_plugins=False)
    with store.transaction():
        stamp = now()
        for item in batch:
            if db.execute("SELECT 1 FROM articles WHERE content_hash = ?", (item.content_hash,)).fetchone():
                continue
            article = dict(zip(_ARTICLE_COLUMNS, item.article_row, strict=True)) | {"imported_at": stamp}
            article_id = db["articles"].insert(article).last_rowid
            rows = [dict(zip(PREPARED_COLUMNS, row, strict=True)) for row in item.record_rows]
            wide = [{c: row.pop(c) for c in DETAIL_COLUMNS} for row in rows]
            db["records"].insert_all({**row, "article_id": article_id, "created_at": stamp} for row in rows)
            last = db.execute("SELECT last_insert_rowid()").fetchone()[0]
            db["record_details"].insert_all(
                {"record_id": last - len(rows) + 1 + n, **w} for n, w in enumerate(wide)
            )
            db["events"].insert({"at": stamp, "action": "import", "article_id": article_id})


def measure(write, batches: list[list[PreparedArticle]], folder: Path, name: str) -> tuple[float, float]:
    store = Store(folder / f"{name}.db", backups=0)
    store.conn.execute("PRAGMA synchronous = NORMAL")
    started, cpu = time.perf_counter(), time.process_time()
    for batch in batches:
        write(store, batch)
    result = time.perf_counter() - started, time.process_time() - cpu
    store.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="store_writes.py", description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    files = sorted(str(p) for p in args.corpus.glob("*.txt"))
    prepared = [item.prepared for item in extract_files(files) if isinstance(item, Extracted)]
    batches = [prepared[i : i + BATCH] for i in range(0, len(prepared), BATCH)]
    records = sum(len(p.record_rows) for p in prepared)
    results: dict[str, list[tuple[float, float]]] = {"executemany": [], "sqlite-utils": []}
    for run in range(args.repeat):
        with tempfile.TemporaryDirectory() as folder:
            results["executemany"].append(measure(with_executemany, batches, Path(folder), f"a{run}"))
            results["sqlite-utils"].append(measure(with_sqlite_utils, batches, Path(folder), f"b{run}"))
    print(f"{len(prepared)} articles, {records} records, median of {args.repeat}:")
    for name, samples in results.items():
        wall, cpu = median(s[0] for s in samples), median(s[1] for s in samples)
        print(
            f"  {name:13} {wall:.3f} s wall, {cpu:.3f} s CPU: {len(prepared) / wall:,.0f} articles/s, "
            f"{records / wall:,.0f} records/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
