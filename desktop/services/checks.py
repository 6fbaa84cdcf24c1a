"""Checking the whole corpus, and reading what failed (issue 13).

Import checks each new article where it is extracted and compares its facts
with the corpus; every edit re-checks what it touched.  This module re-checks
everything: after the rules change, on a file from before the checks
existed, or when ``chitieu check`` is asked to.  Articles are checked a batch
at a time, each batch one transaction that writes only the rows whose checks
changed; then every fact is compared across articles in one pass.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import signal
import sqlite3
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

from desktop.core.check_groups import BY_GROUP, Scope
from desktop.core.checks import Finding
from desktop.store import Store, check_prints
from desktop.store.check_columns import ALL_CHECKS
from desktop.store.checking import (
    article_changes,
    fact_slice_changes,
    fact_slices,
    group_row_changes,
    mark_checked,
    plan,
    recheck_all_facts,
    recheck_facts,
    record_group_changes,
    write_article_changes,
    write_fact_changes,
    write_group_changes,
)
from desktop.store.details import JOINED

T = TypeVar("T")
#: Batches queued per worker.
IN_FLIGHT = 4
#: Articles re-checked per batch (and per transaction when checked in this process).
BATCH = 250
#: Below this many articles a process pool costs more to start than it saves.
SMALL_CORPUS = 2000
#: Articles fingerprinted per batch.
PRINTS_BATCH = 1000
#: The workers' garbage collector: a young collection every 50,000 new objects (Python's default: 700), the
#: older generations counted as by default.
WORKER_GC_THRESHOLD = (50_000, 10, 10)
#: Slices of the fact keys per worker when every fact is compared in the pool.  Each slice reads the
#: whole table (1.4 s of CPU at 50,000 articles), so one each.
FACT_SLICES = 1


@dataclass
class CheckReport:
    articles: int = 0  # articles re-checked
    verified: int = 0  # articles found unchanged since the last full check, by fingerprint
    records: int = 0
    changed: int = 0  # rows whose checks changed
    cancelled: bool = False


def check_corpus(
    db_path: Path,
    *,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    secondary: bool = False,
) -> CheckReport:
    """Re-check every record of the database at ``db_path`` (``secondary`` as :class:`Store` takes it: the
    window, whose session took the backup and made the check when it opened the file, passes True)."""
    store = Store(db_path, secondary=secondary)
    try:
        return check_store(store, workers=workers, progress=progress, should_cancel=should_cancel)
    finally:
        store.close()


def check_store(
    store: Store,
    *,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> CheckReport:
    """:func:`check_corpus` on an open store.

    Only what changed since the last full check is re-checked: each article's fingerprint
    (:mod:`desktop.store.check_prints`) is computed again and compared with the one the last full
    check left; the articles that differ go through the article pass, then the facts they had or have
    through the fact pass.  Progress counts articles: an unchanged one as its fingerprint is read, a
    changed one as it is re-checked.

    When only a group of rules changed since (:mod:`desktop.core.check_groups`), that group alone is
    re-run over the articles whose fingerprint matched and its findings spliced in (:func:`_splice`);
    when the comparison across articles changed, the fact pass runs over every fact.  What changed
    otherwise (:func:`desktop.store.checking.plan`): every article, as when nothing is stored.

    Both the fingerprints and the article pass are work over independent articles, so on a large
    corpus worker processes do them, each reading through a read-only connection of its own, and this
    process writes what they found changed.  The fact pass compares the facts concerned at once, here.
    """
    report = CheckReport()
    conn = store.conn
    rules = plan(conn)
    total = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    report.records = conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    if workers is None:
        workers = 1 if total < SMALL_CORPUS else os.cpu_count() or 1
    with _workers(store.path, workers) as pool:
        stale = _stale_articles(conn, pool, workers * IN_FLIGHT, total, progress, should_cancel, rules.whole)
        if stale is None:
            report.cancelled = True
            return report
        report.verified = total - len(stale)
        spliced = _splice(store, pool, rules.groups, stale, workers * IN_FLIGHT, should_cancel)
        if spliced is None:
            report.cancelled = True
            return report
        report.changed += spliced
        work = pool if len(stale) >= SMALL_CORPUS else None
        with closing(
            _run(conn, work, _worker_changes, _article_changes, _batches(stale, BATCH), workers * IN_FLIGHT)
        ) as found:
            for ids, changes in found:
                if should_cancel and should_cancel():
                    report.cancelled = True
                    return report
                with store.transaction() as writing:
                    write_article_changes(writing, changes)
                report.articles += len(ids)
                report.changed += len(changes)
                if progress:
                    progress(report.verified + report.articles, total)
        if work is not None and len(stale) > total // 4:
            report.changed += _settle_everything(store, work, workers)
            return report
    with store.transaction() as writing:
        report.changed += _settle_facts(
            writing, stale, everything=len(stale) > total // 4, all_facts=rules.facts
        )
        mark_checked(writing)
    return report


def _splice(
    store: Store,
    pool: ProcessPoolExecutor | None,
    groups: tuple[str, ...],
    stale: list[int],
    ahead: int,
    should_cancel: Callable[[], bool] | None,
) -> int | None:
    """Re-run these groups of rules alone over the articles not ``stale`` and splice their findings into
    the stored ones (:func:`desktop.store.checking.group_row_changes`); returns how many rows changed
    (None: cancelled).  The stale articles are left to the article pass, which checks them whole.

    Groups that read a record's own fields alone are re-run over one narrow read of the table, in this
    process (:func:`desktop.store.checking.record_group_changes`), what they change written at the end;
    the others article batch by article batch, in the pool on a large corpus.  Each write is one
    transaction that also stores again the fingerprints of the articles whose rows it changed (they
    matched before, so they hold what a full check leaves): a check stopped half-way leaves every
    article either spliced and fingerprinted, or as it was."""
    if not groups:
        return 0
    conn = store.conn
    left = set(stale)
    if all(BY_GROUP[name].scope is Scope.RECORD for name in groups):
        spliced = record_group_changes(conn, groups, left, should_cancel)
        if spliced is None:
            return None
        _write_spliced(store, spliced)
        return len(spliced)
    ids = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY id") if row[0] not in left]
    work = pool if len(ids) >= SMALL_CORPUS else None
    changed = 0
    run = partial(_group_changes, groups=groups)
    in_worker = partial(_worker_group_changes, groups=groups)
    with closing(_run(conn, work, in_worker, run, _batches(ids, BATCH), ahead)) as found:
        for _, changes in found:
            if should_cancel and should_cancel():
                return None
            _write_spliced(store, changes)
            changed += len(changes)
    return changed


def _write_spliced(store: Store, changes: list[tuple]) -> None:
    """Write a group's changed rows, and store again the fingerprints of their articles (they matched
    before the group was re-run), in one transaction."""
    if not changes:
        return
    with store.transaction() as writing:
        write_group_changes(writing, changes)
        check_prints.reprint(
            writing, sorted(check_prints.articles_of_records(writing, (c[-1] for c in changes)))
        )


def _settle_everything(store: Store, pool: ProcessPoolExecutor, workers: int) -> int:
    """Every fact compared across articles, then every article's fingerprint stored, the work done in the
    pool and written here: what :func:`_settle_facts` does for ``everything`` in one process.

    The fact pass goes slice by slice of the fact keys (:func:`fact_slices`: every record of a fact lies in
    one), the fingerprints batch by batch of the articles.  The workers read only what is committed, so
    the fact pass commits before the fingerprints are read, and they are stored with the checks version in
    a second transaction.  A file left between the two holds the fingerprints of before: every article
    whose records either pass changed no longer matches its own, and the next full check re-checks it.
    """
    conn = store.conn
    changed = 0
    slices = ([low, high] for low, high in fact_slices(workers * FACT_SLICES))
    with (
        store.transaction() as writing,
        closing(
            _run(conn, pool, _worker_fact_changes, _fact_changes, slices, workers * FACT_SLICES)
        ) as found,
    ):
        for _, changes in found:
            write_fact_changes(writing, changes)
            changed += len(changes)
    ids = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY id")]
    batches = list(_batches(ids, PRINTS_BATCH))
    # Every batch is queued at once (a batch's answer is a thousand pairs of numbers), so the workers are
    # busy with the fingerprints while this process stores the facts of every record, the one part of
    # what a full check leaves behind that needs no fingerprint (a scan of the records, about a second).
    printed = _run(conn, pool, _worker_prints, _article_prints, iter(batches), len(batches))
    with store.transaction() as writing, closing(printed):
        first = next(printed, None)  # every batch queued
        check_prints.remember_all_facts(writing)
        prints = list(first[1]) if first else []
        for _, batch in printed:
            prints.extend(batch)
        check_prints.remember_all_prints(writing, prints)
        mark_checked(writing)
    return changed


def _stale_articles(
    conn: sqlite3.Connection,
    pool: ProcessPoolExecutor | None,
    ahead: int,
    total: int,
    progress: Callable[[int, int], None] | None,
    should_cancel: Callable[[], bool] | None,
    whole: bool,
) -> list[int] | None:
    """The articles whose fingerprint is not the one the last full check left (None: cancelled); every
    article when the ``whole`` check is to run."""
    ids = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY id")]
    stored = check_prints.stored_article_prints(conn)
    if not stored or whole:  # nothing to compare with: every article
        return ids
    stale: list[int] = []
    read = 0
    with closing(
        _run(conn, pool, _worker_prints, _article_prints, _batches(ids, PRINTS_BATCH), ahead)
    ) as found:
        for batch, prints in found:
            stale.extend(key for key, value in prints if stored.get(key) != value)
            read += len(batch)
            if should_cancel and should_cancel():
                return None
            if progress:
                progress(read - len(stale), total)
    return stale


def _settle_facts(
    conn: sqlite3.Connection, stale: list[int], *, everything: bool, all_facts: bool = False
) -> int:
    """Re-check the facts the stale articles and the deleted ones had or have, then store what the next
    full check compares with; ``everything``: every fact, and every article's fingerprint; ``all_facts``:
    every fact (the comparison across articles changed), and the fingerprints of the articles of the
    stale articles and of the rows it changed."""
    if everything:
        changed = recheck_all_facts(conn)
        check_prints.remember(conn)
        return changed
    if all_facts:
        written: set[int] = set()
        changed = recheck_all_facts(conn, written)
        check_prints.remember(conn, sorted(set(stale) | check_prints.articles_of_records(conn, written)))
        return changed
    gone = check_prints.deleted_articles(conn)
    facts = check_prints.stored_facts(conn, [*stale, *gone]) | check_prints.current_facts(conn, stale)
    changed = recheck_facts(conn, facts)
    check_prints.remember(conn, sorted(set(stale) | check_prints.articles_of_facts(conn, sorted(facts))))
    return changed


def _batches(ids: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _article_changes(conn: sqlite3.Connection, ids: list[int]) -> list[tuple]:
    return article_changes(conn, ids)[0]


def _group_changes(conn: sqlite3.Connection, ids: list[int], *, groups: tuple[str, ...]) -> list[tuple]:
    return group_row_changes(conn, ids, groups)


def _article_prints(conn: sqlite3.Connection, ids: list[int]) -> list[tuple[int, int]]:
    return list(check_prints.article_prints(conn, ids))


def _fact_changes(conn: sqlite3.Connection, keys: list[int]) -> list[tuple]:
    low, high = keys
    return fact_slice_changes(conn, low, high)


@contextmanager
def _workers(db_path: Path, workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """Worker processes for the fingerprints and the article pass (None: one process does all)."""
    if workers == 1:
        yield None
        return
    context = multiprocessing.get_context(
        "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    )
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_open_reader, initargs=(str(db_path),)
    )
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run(
    conn: sqlite3.Connection,
    pool: ProcessPoolExecutor | None,
    in_worker: Callable[[list[int]], T],
    here: Callable[[sqlite3.Connection, list[int]], T],
    batches: Iterator[list[int]],
    ahead: int,
) -> Generator[tuple[list[int], T], None, None]:
    """Each batch with what ``here`` (or ``in_worker``, in the pool) makes of it, in order; in the pool a
    bounded queue of batches runs ahead."""
    if pool is None:
        for ids in batches:
            yield ids, here(conn, ids)
        return
    pending: deque[tuple[list[int], Future[T]]] = deque()
    for ids in batches:
        pending.append((ids, pool.submit(in_worker, ids)))
        if len(pending) >= ahead:
            ids, future = pending.popleft()
            yield ids, future.result()
    while pending:
        ids, future = pending.popleft()
        yield ids, future.result()


_reader: sqlite3.Connection | None = None


def _open_reader(db_path: str) -> None:
    """A worker's read-only connection, opened once per process; its garbage collector set for the checks.

    The article pass makes a few objects per record (a row, its findings) that live until the batch is
    written: each 700 of them started a young collection, and now and then one of everything, the imported
    modules included (7% of the pass's CPU, 0.32 s in 100,000 records).  What the worker imported is frozen
    out of the collections, and a young collection waits for :data:`WORKER_GC_THRESHOLD` objects.
    """
    global _reader
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the writer to handle
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLD)
    _reader = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)


def _worker_changes(ids: list[int]) -> list[tuple]:
    assert _reader is not None
    return _article_changes(_reader, ids)


def _worker_group_changes(ids: list[int], *, groups: tuple[str, ...]) -> list[tuple]:
    assert _reader is not None
    return _group_changes(_reader, ids, groups=groups)


def _worker_prints(ids: list[int]) -> list[tuple[int, int]]:
    assert _reader is not None
    return _article_prints(_reader, ids)


def _worker_fact_changes(keys: list[int]) -> list[tuple]:
    assert _reader is not None
    return _fact_changes(_reader, keys)


# ---- what failed -------------------------------------------------------------------------


@dataclass(frozen=True)
class Flag:
    """One failed check of one record, with what the reviewer needs to find it."""

    record_id: int
    doc: str
    indicator: str
    span: str
    finding: Finding

    def to_dict(self) -> dict[str, object]:
        return {
            "record_id": self.record_id,
            "doc": self.doc,
            "rule": self.finding.rule,
            "message": self.finding.en,
            "message_vi": self.finding.vi,
            "indicator": self.indicator,
            "text": self.span,
            "records": list(self.finding.others),
        }


_FLAG_COLUMNS = f'r.id, r.article_id, r.indicator, r.start, r."end", {ALL_CHECKS.format(t="d.")}'


def flags(conn: sqlite3.Connection) -> Iterator[Flag]:
    """Every failed check, in article and text order (each article's text read once)."""
    rows = conn.execute(
        f"SELECT {_FLAG_COLUMNS} FROM {JOINED} WHERE r.rules IS NOT NULL ORDER BY r.article_id, r.start, r.id"
    )
    return _flags_of(conn, rows)


def first_flags(conn: sqlite3.Connection, rule: str, limit: int) -> list[Flag]:
    """The first ``limit`` failures of ``rule``, in article and text order: what ``chitieu check`` shows of a
    rule that half a million records fail, without reading the findings of the other records."""
    rows = conn.execute(
        f"SELECT {_FLAG_COLUMNS} FROM {JOINED} WHERE r.rules IS NOT NULL "
        "AND instr(' ' || r.rules || ' ', ?) ORDER BY r.article_id, r.start, r.id LIMIT ?",
        (f" {rule} ", limit),
    )
    return [flag for flag in _flags_of(conn, rows) if flag.finding.rule == rule]


def _flags_of(conn: sqlite3.Connection, rows: Iterable[tuple]) -> Iterator[Flag]:
    article, doc, text = None, "", ""
    for record_id, article_id, indicator, start, end, checks in rows:
        if article_id != article:
            article = article_id
            doc, text = conn.execute("SELECT doc, text FROM articles WHERE id = ?", (article_id,)).fetchone()
        for data in json.loads(checks):
            yield Flag(record_id, doc, indicator, text[start:end], Finding.from_dict(data))
