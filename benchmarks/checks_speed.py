"""How fast the record checks and "accept all that pass" run on a large corpus (issue 13).

Usage: checks_speed.py [--articles N] [--workdir DIR] [--db FILE] [--workers N] [--accept-only]

Without ``--db`` a synthetic corpus of N articles (default 50,000) is
generated with ``benchmarks/make_corpus.py`` and imported into DIR; with it,
an existing database is measured (it is changed and put back: the accept is
undone).  Prints, one line each:

* the import, whose workers now check every article (for the overhead);
* ``chitieu check --full`` on the corpus: once (leaving its fingerprints), again
  with nothing changed (the fingerprints alone), after 1% of the articles
  changed, after one group of rules changed (its version in the file older: the
  labels, the span; then the comparison across articles), and when every row
  must be written (a file upgraded from before the checks: every record
  re-checked, every fact compared across articles);
* counting and accepting every passing record of the corpus in one transaction,
  and undoing it; then the same on every pending record (the largest accept there can be);
* the first page of the riskiest-first queue.

Targets (issue 13): all checks under 10 s, accept-all under 5 s at 50,000 articles.
A script that prints figures, not a test: nothing here asserts a duration.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from array import array
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import write_corpus
from desktop.services.checks import CheckReport, check_store
from desktop.services.ingest import import_paths
from desktop.store import Accepted, Selection, Store, checking
from desktop.store.check_columns import flagged_count


def timed(label: str, work, *args, **kwargs):
    """Run ``work``; print its wall time, and the CPU time of this process and of the workers it waited
    for (the machine is shared: wall time says as much about the neighbours as about the code)."""
    started, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    result = work(*args, **kwargs)
    print(
        f"{label:<58} {time.perf_counter() - started:8.2f} s wall {time.process_time() - cpu:8.2f} s CPU"
        f" (+{_children_cpu() - children:.2f} s in workers), load {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    return result


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build(articles: int, workdir: Path, workers: int | None) -> Path:
    corpus, db = workdir / "corpus", workdir / "corpus.db"
    if not db.exists():
        if not corpus.exists():
            timed(f"generate {articles:,} articles", write_corpus, articles, corpus)
        files = sorted(corpus.glob("*.txt"))  # not answers.jsonl beside them
        report = timed(
            f"import {articles:,} articles (checks made in the workers)",
            import_paths,
            db,
            files,
            workers=workers,
        )
        print(f"  {report.new:,} articles, {report.records:,} records, {len(report.problems)} problems")
    return db


def measure(db: Path, checks: bool = True) -> None:
    store = Store(db, backups=0)
    try:
        conn = store.conn
        records = conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
        articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        print(f"corpus: {articles:,} articles, {records:,} records, {flagged_count(conn):,} failing a check")
        if checks:
            measure_checks(store)
        measure_accept(store)
    finally:
        store.close()


def measure_checks(store: Store) -> None:
    report = timed("chitieu check --full (fingerprints left for the next)", check_store, store)
    _print_report(report)
    report = timed("chitieu check --full, nothing changed since (fingerprints only)", check_store, store)
    _print_report(report)
    with store.transaction() as writing:  # as an edit would, but behind the store's back: 1% of the articles
        writing.execute("UPDATE record_rows SET risk = NULL WHERE article_id % 100 = 0")
    report = timed("chitieu check --full, 1% of the articles changed", check_store, store)
    _print_report(report)
    for group, what in (
        ("labels", "re-run alone and spliced"),
        ("span", "re-run alone over the texts, spliced"),
    ):
        _older(store, group)
        report = timed(
            f"chitieu check --full, the {group} group's rules changed ({what})", check_store, store
        )
        _print_report(report)
    _older(store, "cross")
    report = timed(
        "chitieu check --full, the comparison across articles changed (the fact pass alone)",
        check_store,
        store,
    )
    _print_report(report)
    with store.transaction() as writing:
        writing.execute("UPDATE record_rows SET rules = NULL, risk = NULL, fact = NULL")
        writing.execute("UPDATE record_details SET checks = NULL, conflicts = NULL")
    report = timed("chitieu check --full, every row written (an upgraded file)", check_store, store)
    _print_report(report)
    print(f"  {flagged_count(store.conn):,} records failing a check")


def _older(store: Store, group: str) -> None:
    """Mark the stored verdicts as made by an older version of a group of rules (``chitieu check`` after
    an upgrade that changed only that group)."""
    with store.transaction() as writing:
        writing.execute(
            "UPDATE meta SET value = json_set(value, ?, 0) WHERE key = ?", (f"$.{group}", checking.GROUPS_KEY)
        )


def _print_report(report: CheckReport) -> None:
    print(
        f"  {report.verified:,} articles unchanged, {report.articles:,} re-checked, {report.changed:,} rows written"
    )


def measure_accept(store: Store) -> None:
    selection = Selection(threshold=0.5)
    passing = timed("count the records that pass (confidence >= 0.5)", store.count_passing, selection)
    print(f"  {passing:,} records pass")
    accepted = timed(
        "accept all that pass, whole corpus, one transaction", store.accept_passing, selection, "bench"
    )
    print(f"  {len(accepted):,} records confirmed")
    timed("undo it (one transaction)", store.reopen_accepted, accepted, "bench")
    everything = Accepted(
        array(
            "q",
            (r[0] for r in store.conn.execute("SELECT id FROM records WHERE status = 'pending' ORDER BY id")),
        )
    )
    accepted = timed(
        f"the same statements on every pending record ({len(everything):,})",
        store.confirm_accepted,
        everything,
        "bench",
    )
    timed("undo it", store.reopen_accepted, accepted, "bench")
    timed("riskiest-first queue, first 50", store.riskiest, None, 50)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="checks_speed.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/chitieu-checks-bench"))
    parser.add_argument("--db", type=Path, help="measure this database instead of a generated one")
    parser.add_argument("--workers", type=int, help="import processes (default: one per CPU)")
    parser.add_argument("--accept-only", action="store_true", help="measure only accept-all and the queue")
    args = parser.parse_args(argv)
    if args.db is None:
        args.workdir.mkdir(parents=True, exist_ok=True)
        args.db = build(args.articles, args.workdir, args.workers)
    measure(args.db, checks=not args.accept_only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
