"""Where an import's CPU time goes, stage by stage, in milliseconds per article.

Usage: import_stages.py FOLDER [--limit N]

Runs each stage of ``chitieu import`` over the article files of FOLDER, in
this process, timing each with the process's CPU clock: decoding the bytes,
cleaning the text, finding the article's place (the gazetteer), the rest of
reading (title, date, hash), extraction, turning records into rows (with
the checks of issue 13, also timed alone), the
SQLite insert into a fresh database, in an import's batches (the full-text index's share found by
inserting again without it), and the cross-article check at the end.  Not here: the
interpreter's start and imports, the backup, and a pool's workers' start and traffic
(``cpu_tree.py -- chitieu import`` counts them all).  Stages are
timed separately on the same inputs, so their sum is close to, not exactly,
an import's cost.  The first article is run once untimed (it loads the
gazetteer and compiles the patterns).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.clean import clean_text
from desktop.core.decode import decode_bytes
from desktop.core.extract import EXTRACTOR_VERSION, extract
from desktop.core.places import article_locality
from desktop.core.readers import read_file
from desktop.services.ingest import BATCH
from desktop.store import Store
from desktop.store.bulk import PreparedArticle, article_year, insert_prepared, prepare
from desktop.store.bulk_load import full_text_at_end
from desktop.store.checking import facts_of, machine_verdicts, mark_checked, recheck_all_facts


def timed(step: Callable[[Any], Any], items: list[Any]) -> tuple[float, list[Any]]:
    """CPU seconds of ``step`` over ``items``, and its results."""
    started = time.process_time()
    results = [step(item) for item in items]
    return time.process_time() - started, results


def insert_seconds(prepared: list[PreparedArticle], *, full_text: bool) -> tuple[float, float]:
    """CPU seconds of the writer's insert into a fresh database, with or without the full-text trigger,
    in batches as an import writes them; and of the cross-article check an import makes at its end."""
    with tempfile.TemporaryDirectory(prefix="chitieu-stages-") as folder:
        store = Store(Path(folder) / "stages.db", backups=0)
        try:
            if not full_text:
                store.conn.execute("DROP TRIGGER articles_ai")
            started = time.process_time()
            for first in range(0, len(prepared), BATCH):
                with store.transaction() as conn, full_text_at_end(conn) if full_text else nullcontext():
                    insert_prepared(conn, prepared[first : first + BATCH])
            inserted = time.process_time()
            with store.transaction() as conn:
                recheck_all_facts(conn)
                mark_checked(conn)
            return inserted - started, time.process_time() - inserted
        finally:
            store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="import_stages.py", description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=500, help="articles to time (default 500)")
    args = parser.parse_args(argv)
    paths = sorted(p for p in args.folder.iterdir() if p.suffix == ".txt")[: args.limit + 1]
    warm = read_file(paths[0]).__next__()
    extract(warm.text, published=warm.published, locality=warm.locality, title=warm.title)
    paths = paths[1:]
    raw = [p.read_bytes() for p in paths]
    stages: dict[str, float] = {}
    stages["decode"], texts = timed(lambda b: decode_bytes(b, "x").text, raw)
    stages["clean"], _ = timed(clean_text, texts)
    stages["read (whole: decode, clean, place, title, date, hash)"], articles = timed(
        lambda p: next(iter(read_file(p))), paths
    )
    stages["  of which the article's place"], _ = timed(lambda a: article_locality(a.title, a.text), articles)
    stages["extract"], extractions = timed(
        lambda a: extract(a.text, published=a.published, locality=a.locality, title=a.title), articles
    )
    pairs = list(zip(articles, extractions, strict=True))
    stages["records to rows (checks included)"], prepared = timed(
        lambda pair: prepare(pair[0], list(pair[1].records), EXTRACTOR_VERSION, pair[1].truncated), pairs
    )
    stages["  of which the checks (issue 13)"], _ = timed(
        lambda pair: machine_verdicts(
            facts_of(pair[0].text, pair[0].published, article_year(pair[0], pair[1].records)), pair[1].records
        ),
        pairs,
    )
    stages["SQLite insert (full-text index included)"], across = insert_seconds(prepared, full_text=True)
    stages["  of which the full-text index"] = (
        stages["SQLite insert (full-text index included)"] - insert_seconds(prepared, full_text=False)[0]
    )
    stages["cross-article check at the end (into an empty database)"] = across
    n = len(paths)
    records = sum(len(e.records) for e in extractions)
    print(f"{n} articles, {records} records; CPU ms per article")
    for name, seconds in stages.items():
        print(f"  {name:<55} {seconds / n * 1000:7.3f}")
    total = sum(v for k, v in stages.items() if not k.startswith(("decode", "clean", "  of which")))
    print(
        f"  {'read + extract + rows + insert + check across':<55} {total / n * 1000:7.3f}  ({n / total:,.0f} articles per CPU-second)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
