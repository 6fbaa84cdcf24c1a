"""``chitieu import`` and ``chitieu extract``: articles in, records out."""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.cli.args import command, db_option, plural, resolve_db
from desktop.cli.output import EXIT_INPUT, EXIT_INTERRUPTED, Interrupt, progress_bar, seconds, summary
from desktop.core.pattern_cache import patterns_cached

#: A folder of thousands of duplicates must not bury the summary line.
MAX_NOTICES = 50


def add_import(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands,
        "import",
        "Import article files and folders; extract their records.",
        "Read article files and folders (.txt, .md, .html/.htm, .jsonl), clean them, extract their\n"
        "records and store them. Importing again is a no-op; the same text under another name is\n"
        "reported as a duplicate. Ctrl+C stops cleanly: what was imported stays.\n"
        "An article with no date and no year in its text is dated with the year most of the other\n"
        "articles imported with it are from (or --year), and says so: a warning, and a check on the\n"
        "records whose period comes from that year.",
        "  chitieu import seeds/ --db corpus.db\n  chitieu import a.txt b.html news.jsonl --db corpus.db --workers 2\n"
        "  chitieu import scraped-2017/ --db corpus.db --year 2017",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files or folders")
    db_option(parser)
    parser.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="processes that read and extract (default: one per CPU; 1 = this process)",
    )
    parser.add_argument(
        "--year",
        type=int,
        metavar="YYYY",
        help="the year of the articles with no date and no year in their text "
        "(default: the year most of the others imported with them are from)",
    )
    parser.set_defaults(run=run_import)


def add_extract(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands,
        "extract",
        "Re-run extraction; human decisions are kept.",
        "Re-run extraction over the stored text (after the extractor improved). Pending records\n"
        "follow the new extractor; confirmed, corrected, rejected and added records are never\n"
        "changed: where the extractor now disagrees with them they get a flag for the reviewer.",
        "  chitieu extract --db corpus.db",
    )
    db_option(parser)
    parser.set_defaults(run=run_extract)


def print_capped(notices: list[str]) -> None:
    """One line per notice on stderr, at most MAX_NOTICES, then how many more there were."""
    for line in notices[:MAX_NOTICES]:
        print(f"chitieu: {line}", file=sys.stderr)
    if len(notices) > MAX_NOTICES:
        print(f"chitieu: ... and {len(notices) - MAX_NOTICES} more", file=sys.stderr)


def _warning(source: str, message: str) -> str:
    """``source: message`` on one line, without naming the source twice."""
    text = " ".join(message.split())
    return text if text.startswith(source) else f"{source}: {text}"


#: The import's garbage collector: a young collection every 50,000 new objects (Python's default: 700).
IMPORT_GC_THRESHOLD = (50_000, 10, 10)


@contextmanager
def few_collections() -> Iterator[None]:
    """The garbage collector of a command-line import, put back as it was after it.

    An article makes thousands of short-lived objects (figures, candidates, records, rows) and hardly a
    cycle: at Python's default a young collection ran every 700 of them (260 over 1,000 generated
    articles) and two full ones walked every object imported.  What the command imported is frozen out
    of the collections, and a young one waits for :data:`IMPORT_GC_THRESHOLD` objects: 72 young
    collections and no full one, 0.02 s of the collector's CPU instead of 0.08-0.10 s (``gc.callbacks``).
    A pool's workers, forked from this process, inherit the setting.  The window keeps Python's defaults.
    """
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*IMPORT_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def run_import(args: argparse.Namespace, interrupt: Interrupt) -> int:
    started = time.perf_counter()
    with patterns_cached():  # the rules' patterns, compiled at import, from the last command's
        from desktop.services.ingest import import_paths
    with few_collections(), progress_bar("importing", "article", quiet=args.quiet) as progress:
        report = import_paths(
            resolve_db(args),
            args.paths,
            workers=args.workers,
            progress=progress,
            should_cancel=interrupt.requested,
            year=args.year,
        )
    notices = (
        []
        if args.quiet
        else [
            *(
                f"duplicate: {doc} has the same text as {existing}, already imported; not stored again"
                for doc, existing in report.duplicates
            ),
            *(
                f"warning: {doc}: too many figures, only the first records were kept"
                for doc in report.truncated
            ),
            *(f"warning: {_warning(w.source, w.message)}" for w in report.warnings),
        ]
    )
    notices += [f"error: {' '.join(problem.message.split())}" for problem in report.problems]
    print_capped(notices)
    stopped = "stopped after Ctrl+C: " if report.cancelled else ""
    warned = f", {plural(len(report.warnings), 'warning')}" if report.warnings else ""
    summary(
        args,
        f"{stopped}imported {plural(report.articles, 'article')} ({report.new} new, "
        f"{report.unchanged} unchanged, {len(report.duplicates)} duplicates), {report.records} records, "
        f"{plural(len(report.problems), 'problem')}{warned} in {seconds(started)}",
    )
    if report.cancelled:
        return EXIT_INTERRUPTED
    return EXIT_INPUT if report.problems else 0


def run_extract(args: argparse.Namespace, interrupt: Interrupt) -> int:
    started = time.perf_counter()
    with patterns_cached():  # as for an import
        from desktop.services.reextract import reextract
    with progress_bar("extracting", "article", quiet=args.quiet) as progress:
        report = reextract(resolve_db(args), progress=progress, should_cancel=interrupt.requested)
    stopped = "stopped after Ctrl+C: " if report.cancelled else ""
    summary(
        args,
        f"{stopped}re-extracted {plural(report.articles, 'article')}: {report.new} new, "
        f"{report.unchanged} unchanged, {report.changed} changed, {report.unmatched} unmatched, "
        f"{report.removed} removed, {report.flagged} flagged in {seconds(started)}",
    )
    return EXIT_INTERRUPTED if report.cancelled else 0
