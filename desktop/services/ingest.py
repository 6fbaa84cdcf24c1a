"""The import pipeline: article files → cleaned articles with machine records in SQLite.

Reading, cleaning and extraction are pure CPU work on independent files, so
they run in a process pool; SQLite wants exactly one writer, so the calling
process alone writes, a batch of articles per transaction.  Workers receive
lists of paths and send back ``(Article, records)``: small payloads both ways,
no database handle ever crosses a process boundary.

Cancelling (``should_cancel`` returning True, e.g. after Ctrl+C in the CLI)
stops between batches: every committed batch is whole, nothing after the
cancel point is written, and the report says how much was imported.  A
worker whose importer dies (SIGKILL, a crash) stops at once rather than
finish its task for nobody.

An article with no date and no year of its own is dated, once every batch is written, with the year
most of the other articles of the import are from, or the one the user gives (:func:`_assume_years`).

A JSON Lines file travels in pieces of lines (:func:`~desktop.core.readers.jsonl_chunks`),
so a big one is spread over the workers and never held whole in memory.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.assumed_year import BATCH as FROM_BATCH
from desktop.core.assumed_year import FIRST_YEAR, GIVEN, LAST_YEAR, usual_year, warning
from desktop.core.bundled import seeds_folder
from desktop.core.errors import BrokenInstallation, InputError
from desktop.core.extract import EXTRACTOR_VERSION, Extraction, extract
from desktop.core.metadata import dating_date, dating_title
from desktop.core.problems import problem
from desktop.core.readers import FORMATS, Chunk, Problem, jsonl_chunks, make_article, read_chunk, read_path
from desktop.core.records import Article
from desktop.core.webpage import LIBRARIES as PAGE_LIBRARIES
from desktop.core.webpage import load_libraries as load_page_libraries
from desktop.services.reextract import assume_year
from desktop.services.sources import estimate_articles, expand_paths
from desktop.store import Store
from desktop.store.bulk import PreparedArticle, insert_prepared, prepare
from desktop.store.bulk_load import full_text_at_end
from desktop.store.checking import mark_checked, recheck_all_facts, recheck_facts
from desktop.store.db import remove_if_unused

#: Articles written per transaction: big enough to amortise the commit, small
#: enough that a cancel or a crash loses little and the progress bar moves.
BATCH = 200
#: Below this many articles a process pool costs more to start than it saves.
SMALL_IMPORT = 200
#: Files handed to a worker at once (a .jsonl file always travels alone).
TASK_FILES = 16
#: Tasks queued per worker, so that memory stays flat on a huge import.
TASKS_IN_FLIGHT = 4
#: How often a worker looks whether its importer is still alive.
ORPHAN_CHECK_S = 0.2

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]
#: What a worker reads: a whole file (its path), or a piece of a JSON Lines file.
Source = str | Chunk


@dataclass(frozen=True)
class Extracted:
    """One article as a worker hands it to the writer: rows ready to insert, and what to tell the user."""

    prepared: PreparedArticle
    truncated: bool
    source: str
    warnings: tuple[str, ...] = ()
    year: int | None = None  # the year it is from, by its date or its text (None: neither tells)


@dataclass
class ImportReport:
    """What an import did, for the one-line summary and the problem list."""

    new: int = 0
    unchanged: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (doc, existing doc)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # imported, but changed or left out on purpose
    records: int = 0
    truncated: list[str] = field(default_factory=list)
    cancelled: bool = False
    facts: set[int] = field(
        default_factory=set, repr=False
    )  # facts of the new records, to check across articles
    years: Counter[int] = field(default_factory=Counter, repr=False)  # how many articles are from each year
    undated: list[tuple[int, str]] = field(
        default_factory=list, repr=False
    )  # new, with no year: (id, source)

    @property
    def articles(self) -> int:
        """Articles read without a problem, whatever became of them."""
        return self.new + self.unchanged + len(self.duplicates)


def import_paths(
    db_path: Path,
    paths: list[Path],
    *,
    workers: int | None = None,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    year: int | None = None,
) -> ImportReport:
    """Import files and folders (.txt, .md, .html/.htm, .jsonl) into the database at ``db_path``.

    ``workers`` defaults to the number of CPUs; 1 (or a small import) works
    in this process.  ``year`` is the year of the articles that name none
    (default: the one most of the others are from).  Raises :class:`InputError`
    before writing anything when a path does not exist or holds no article files.
    """
    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputError(f"--year must be a year from {FIRST_YEAR} to {LAST_YEAR} (got {year}).")
    files, skipped = expand_paths(paths)
    total = estimate_articles(files)
    workers = _worker_count(workers, total)
    report = ImportReport(warnings=list(skipped))
    created = _create_new(db_path)
    try:
        store = Store(db_path)
        try:
            _prepare_bulk_writes(store)
            was_empty = store.conn.execute("SELECT 1 FROM records LIMIT 1").fetchone() is None
            results = _extract_in_process(files) if workers == 1 else _extract_in_pool(files, workers)
            with closing(results):  # on cancel, stop the pool now rather than when garbage-collected
                _write_all(store, results, report, total, progress, should_cancel or _never)
            if not report.cancelled:
                _assume_years(store, report, year)
            _check_across_articles(store, report, was_empty)
        finally:
            store.close()
    finally:
        if created and report.new == 0:
            remove_if_unused(db_path)
    return report


def _create_new(db_path: Path) -> bool:
    """Create ``db_path`` empty when it does not exist; True when this call created it.

    ``O_EXCL`` makes "created by us" exact: of two imports starting at once
    into a missing file, only one created it, and only that one may remove it
    again (when it stays empty).  A folder we cannot write is left for
    :class:`Store` to explain.
    """
    try:
        os.close(os.open(db_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    except OSError:
        return False
    return True


def _never() -> bool:
    return False


def _worker_count(workers: int | None, total: int) -> int:
    if workers is not None and workers < 1:
        raise InputError(f"--workers must be 1 or more (got {workers}).")
    if total < SMALL_IMPORT:
        return 1
    return workers or os.cpu_count() or 1


def _prepare_bulk_writes(store: Store) -> None:
    """Trade the per-commit fsync for speed: WAL with NORMAL still never corrupts the file.

    A power cut may lose the last batches of an import (they can be imported
    again; importing is idempotent), never a reviewer's decision: decisions
    are written through their own connection with ``synchronous = FULL``.
    """
    store.conn.execute("PRAGMA synchronous = NORMAL")
    store.conn.execute("PRAGMA cache_size = -65536")


# ---- extraction (runs in workers) --------------------------------------------------


def extract_files(sources: list[Source]) -> list[Extracted | Problem]:
    """Read, clean and extract every article of ``sources``: the unit of work of a worker."""
    out: list[Extracted | Problem] = []
    for source in sources:
        items = read_chunk(source) if isinstance(source, Chunk) else read_path(Path(source))
        for item in items:
            out.append(item if isinstance(item, Problem) else _extract_article(item))
    return out


def extract_article(article: Article) -> Extraction | Problem:
    """The article's records, as import extracts them; a bug on one article is that article's problem."""
    try:
        return extract(
            article.text,
            published=dating_date(article.published, article.url),
            locality=article.locality,
            title=dating_title(article.title, article.url),
        )
    except BrokenInstallation:
        raise  # the installation's fault, not this article's
    except Exception as exc:  # one article's bug must not lose the rest of a long import
        return Problem.of(
            article.source or article.doc, problem("extractor_failed", detail=f"{type(exc).__name__}: {exc}")
        )


def _extract_article(article: Article) -> Extracted | Problem:
    extraction = extract_article(article)
    if isinstance(extraction, Problem):
        return extraction
    records = list(extraction.records)
    return Extracted(
        prepare(article, records, EXTRACTOR_VERSION, extraction.truncated),
        extraction.truncated,
        article.source or article.doc,
        tuple(article.extra.get("warnings", ())),
        extraction.year,
    )


def _tasks(files: list[Path]) -> Iterator[list[Source]]:
    """Group files into tasks; a .jsonl file may hold thousands of articles, so it goes in pieces, alone."""
    group: list[Source] = []
    for path in files:
        if path.suffix.lower() == ".jsonl":
            yield from ([chunk] for chunk in _chunks_or_whole(path))
            continue
        group.append(str(path))
        if len(group) == TASK_FILES:
            yield group
            group = []
    if group:
        yield group


def _chunks_or_whole(path: Path) -> Iterator[Source]:
    """The pieces of a .jsonl file; the file whole when it cannot be read (its reader says why)."""
    try:
        yield from jsonl_chunks(path)
    except OSError:
        yield str(path)


def _extract_in_process(files: list[Path]) -> Generator[list[Extracted | Problem], None, None]:
    for task in _tasks(files):
        yield extract_files(task)


def _extract_in_pool(files: list[Path], workers: int) -> Generator[list[Extracted | Problem], None, None]:
    """Results in the order of ``files`` (so article ids follow the input), a bounded queue ahead."""
    web_pages = any(FORMATS.get(path.suffix.lower()) == "html" for path in files)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_pool_context(web_pages),
        initializer=_start_worker,
        initargs=(os.getpid(),),
    )
    pending: deque[Future[list[Extracted | Problem]]] = deque()
    tasks = _tasks(files)
    try:
        for task in tasks:
            pending.append(pool.submit(extract_files, task))
            gc.unfreeze()  # the first submit forked the workers (see _pool_context); this process collects again
            if len(pending) >= workers * TASKS_IN_FLIGHT:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _pool_context(web_pages: bool) -> multiprocessing.context.BaseContext:
    """fork where it is safe, else forkserver where it exists; spawn is slow to start.

    A forked worker has everything the importer imported and warmed up: nothing is done twice.
    Fork is safe on Linux in a process with no thread but this one (the command line's import);
    in a threaded process (the GUI: Qt's threads are invisible to :mod:`threading`) a lock held by
    another thread at the fork would stay held in the worker for ever.  There the fork server
    imports this module and warms it up (:mod:`desktop.services.pool_warmup`) before it forks
    the workers, so they share that work; it costs a second interpreter's start and imports
    (about 0.5 s of CPU an import).  ``web_pages``: some files are web pages, so the libraries that read
    them (imported on first use, 0.25 s of CPU) are imported before the fork too, not once per worker.
    """
    if _fork_is_safe():
        warm_up()  # once here, inherited by every worker, instead of once in each
        if web_pages:
            load_page_libraries()
        gc.freeze()  # a worker's collections then skip what it inherited, rather than copy its pages
        return multiprocessing.get_context("fork")
    if sys.platform != "win32" and "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(
            [__name__, "desktop.services.pool_warmup", *(PAGE_LIBRARIES if web_pages else ())]
        )
        return context
    return multiprocessing.get_context("spawn")


def _fork_is_safe() -> bool:
    """Linux (macOS's system libraries refuse a fork), one thread, and no Qt, whose threads Python does not see."""
    return (
        sys.platform.startswith("linux")
        and threading.active_count() == 1
        and not any(name.startswith("PySide6") for name in sys.modules)
    )


#: What :func:`warm_up` reads: a line with a place, a year and figures, as articles have.
_WARM_UP_TEXT = (
    "Năm 2023, tỉnh Đắk Nông có thêm 22 xã đạt chuẩn nông thôn mới; thu ngân sách nhà nước ước đạt "
    "3.012,5 tỷ đồng, đạt 101,6% dự toán, tăng 7,2% so với cùng kỳ năm trước."
)


def warm_up() -> Extracted | Problem:
    """Do what a worker's first article would do once: load the gazetteer, compile the rules' patterns,
    read the check tables (about 0.1 s of CPU, then shared by every worker the fork server forks)."""
    return _extract_article(make_article("warm-up", _WARM_UP_TEXT, _WARM_UP_TEXT, "txt", "warm-up"))


def _start_worker(importer: int) -> None:
    """Ignore Ctrl+C (it reaches the whole process group; only the writer decides how to stop); die with the importer.

    A worker busy with its task notices a dead importer only when it asks
    for the next one (a big file's task ran on for 45 s).  Its parent is no
    sign: under forkserver it is the server, which every worker keeps alive.
    So a thread looks a few times a second whether the importer still exists.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform == "win32":  # os.kill(pid, 0) would send Ctrl+C there
        return

    def exit_when_orphaned() -> None:
        while _exists(importer):
            time.sleep(ORPHAN_CHECK_S)
        os._exit(1)

    threading.Thread(target=exit_when_orphaned, name="chitieu-orphan-check", daemon=True).start()


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but another user's: the pid was reused, so the importer is gone
        return False
    return True


# ---- writing (the calling process) -------------------------------------------------


def _write_all(
    store: Store,
    results: Iterable[list[Extracted | Problem]],
    report: ImportReport,
    total: int,
    progress: Progress | None,
    should_cancel: ShouldCancel,
) -> None:
    batch: list[Extracted] = []
    done = 0
    for items in results:
        if should_cancel():
            report.cancelled = True
            return
        for item in items:
            if isinstance(item, Problem):
                report.problems.append(item)
                done += 1
            else:
                batch.append(item)
        if len(batch) >= BATCH:
            done += _write_batch(store, batch, report)
            batch = []
        if progress:
            progress(done, max(total, done))
    if batch and not should_cancel():
        done += _write_batch(store, batch, report)
    report.cancelled = should_cancel()
    if progress:
        progress(done, max(total, done))


def _check_across_articles(store: Store, report: ImportReport, was_empty: bool) -> None:
    """Compare the new records with the corpus, once, after all batches: a fact reported by many
    articles is then read once rather than once per batch.  Each record's own checks were made in
    the workers; a database that held nothing before is now checked throughout.

    Into an empty database every fact is new, and the whole corpus is read in table order
    (:func:`recheck_all_facts`), the same rows and verdicts as asking for the new facts by the
    fact index, whose random reads across the file took 167 s of CPU at 50,000 articles.
    """
    with store.transaction() as conn:
        if was_empty:
            recheck_all_facts(conn)
        else:
            recheck_facts(conn, report.facts)
        if was_empty and report.new:
            mark_checked(conn)


def _assume_years(store: Store, report: ImportReport, given: int | None) -> None:
    """Date the new articles that name no year of their own: with ``given``, else with the year most of
    the other articles of this import are from when one is more common than any other, or than the others
    as common once the years next to them are counted (one article alone, a tie those years leave
    standing, or no article dated: they stay undated).  O(articles): the years were counted as the
    batches were written, and only these articles are extracted again."""
    if not report.undated:
        return
    year, source = (given, GIVEN) if given is not None else (usual_year(report.years), FROM_BATCH)
    if year is None:
        return
    done = assume_year(store, [article_id for article_id, _ in report.undated], year, source)
    report.records += done.added - done.removed
    report.facts |= done.facts
    report.warnings.extend(Problem(source_name, warning(year, source)) for _, source_name in report.undated)


def _write_batch(store: Store, batch: list[Extracted], report: ImportReport) -> int:
    """One transaction for the whole batch; returns how many articles it settled."""
    with store.transaction() as conn, full_text_at_end(conn):
        results = insert_prepared(conn, [e.prepared for e in batch])
    for extracted, result in zip(batch, results, strict=True):
        report.warnings.extend(Problem(extracted.source, said) for said in extracted.warnings)
        if extracted.year is not None:
            report.years[extracted.year] += 1
        elif result.status == "new":
            report.undated.append((result.article_id, extracted.source))
        if result.status == "new":
            report.new += 1
            report.records += len(extracted.prepared.record_rows)
            report.facts |= extracted.prepared.facts
            if extracted.truncated:
                report.truncated.append(result.doc)
        elif result.status == "unchanged":
            report.unchanged += 1
        else:
            report.duplicates.append((result.doc, result.existing_doc or ""))
    return len(batch)


# ---- the bundled seeds -------------------------------------------------------------


def ensure_seeded(db_path: Path) -> ImportReport | None:
    """Import the bundled ``seeds/`` into a database that does not exist yet.

    A first start of the GUI then shows real articles instead of an empty
    window.  An existing database is never touched (the user may have removed
    the seeds on purpose).
    """
    if db_path.exists():
        return None
    return import_paths(db_path, [seeds_folder()], workers=1)
