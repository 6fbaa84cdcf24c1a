"""The ``chitieu`` command: the review window, and headless import / extract / export / stats.

Exit codes: 0 success; 1 bad input (an :class:`InputError`, or files that
could not be imported), always with one-line messages and never a traceback;
2 a mistyped command line (argparse); 130 stopped by Ctrl+C after a clean
stop.  Qt is imported only by the commands that open a window, so the
headless commands run on servers without a display.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from desktop import __version__, restore_cli
from desktop.cli_args import command, db_option
from desktop.cli_output import Interrupt, error, progress_bar, seconds, table
from desktop.core.errors import InputError

EXIT_INPUT = 1
EXIT_INTERRUPTED = 130

DESCRIPTION = """\
Chitieu turns Vietnamese local-government news articles into a reviewed dataset of
socio-economic indicator records. Without a command it opens the review window.

examples:
  chitieu                                        open the review window
  chitieu import seeds/ --db corpus.db           read articles and extract their records
  chitieu stats --db corpus.db                   what the database holds
  chitieu extract --db corpus.db                 re-run extraction, keeping human decisions
  chitieu export --db corpus.db --format csv --status confirmed -o records.csv
  chitieu restore --db corpus.db                 put back the newest good backup
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="chitieu", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"chitieu {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_import(commands)
    _add_extract(commands)
    _add_export(commands)
    _add_stats(commands)
    _add_gui(commands)
    _add_screenshot(commands)
    restore_cli.add_parser(commands)
    return parser


def _add_import(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands, "import", "Import article files and folders; extract their records.",
        "Read article files and folders (.txt, .md, .html/.htm, .jsonl), clean them, extract their\n"
        "records and store them. Importing again is a no-op; the same text under another name is\n"
        "reported as a duplicate. Ctrl+C stops cleanly: what was imported stays.",
        "  chitieu import seeds/ --db corpus.db\n  chitieu import a.txt b.html news.jsonl --db corpus.db --workers 2")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files or folders")
    db_option(parser)
    parser.add_argument("--workers", type=int, metavar="N",
                        help="processes that read and extract (default: one per CPU; 1 = this process)")
    parser.set_defaults(run=run_import)


def _add_extract(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands, "extract", "Re-run extraction; human decisions are kept.",
        "Re-run extraction over the stored text (after the extractor improved). Pending records\n"
        "follow the new extractor; confirmed, corrected, rejected and added records are never\n"
        "changed: where the extractor now disagrees with them they get a flag for the reviewer.",
        "  chitieu extract --db corpus.db")
    db_option(parser)
    parser.set_defaults(run=run_extract)


def _add_export(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands, "export", "Write records to a JSON Lines, CSV or XLSX file.",
        "Write records to a dataset file, atomically (a failed export leaves no partial file).\n"
        "jsonl: the exchange format of ANNOTATION.md plus review fields and provenance;\n"
        "csv: UTF-8 with BOM for Excel, comparisons as JSON text; xlsx: records and articles sheets.\n"
        "--status confirmed: records a reviewer accepted (confirmed, corrected, added);\n"
        "reviewed: every decided record, rejected ones included; all: pending ones too.",
        "  chitieu export --db corpus.db --format jsonl --status all -o records.jsonl\n"
        "  chitieu export --db corpus.db --format xlsx --status confirmed -o dataset.xlsx")
    db_option(parser)
    parser.add_argument("--format", required=True, choices=("jsonl", "csv", "xlsx"))
    parser.add_argument("--status", default="confirmed", choices=("confirmed", "reviewed", "all"),
                        help="which records to export (default: confirmed)")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help="the file to write")
    parser.set_defaults(run=run_export)


def _add_stats(commands: argparse._SubParsersAction) -> None:
    parser = command(commands, "stats", "Show what the database holds.",
                      "Show what the database holds: articles, records by status, kind and unit,\n"
                      "per locality and year, extractor versions and review progress.",
                      "  chitieu stats --db corpus.db")
    db_option(parser)
    parser.set_defaults(run=run_stats)


def _add_gui(commands: argparse._SubParsersAction) -> None:
    parser = command(commands, "gui", "Open the review window.",
                      "Open the review window (the same as chitieu with no command).",
                      "  chitieu gui --db corpus.db")
    db_option(parser)
    parser.set_defaults(run=run_gui)


def _add_screenshot(commands: argparse._SubParsersAction) -> None:
    parser = command(commands, "screenshot", "Save a picture of the review window.",
                      "Render the review window offscreen to a PNG file (without --db: on the bundled seeds).",
                      "  chitieu screenshot window.png --db corpus.db --article 3")
    parser.add_argument("out", type=Path, metavar="OUT.png")
    parser.add_argument("--db", type=Path, metavar="FILE", help="the database to show (default: the seeds)")
    parser.add_argument("--article", type=int, metavar="N", help="the article id to show")
    parser.set_defaults(run=run_screenshot)


# ---- commands -----------------------------------------------------------------------


#: A folder of thousands of duplicates must not bury the summary line.
MAX_NOTICES = 50


def print_capped(notices: list[str]) -> None:
    """One line per notice on stderr, at most MAX_NOTICES, then how many more there were."""
    for line in notices[:MAX_NOTICES]:
        print(f"chitieu: {line}", file=sys.stderr)
    if len(notices) > MAX_NOTICES:
        print(f"chitieu: ... and {len(notices) - MAX_NOTICES} more", file=sys.stderr)


def run_import(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.ingest import import_paths

    started = time.perf_counter()
    with progress_bar("importing", "article") as progress:
        report = import_paths(_db(args), args.paths, workers=args.workers, progress=progress,
                              should_cancel=interrupt.requested)
    notices = [f"duplicate: {doc} has the same text as {existing}, already imported; not stored again"
               for doc, existing in report.duplicates]
    notices += [f"warning: {doc}: too many figures, only the first records were kept" for doc in report.truncated]
    notices += [f"error: {' '.join(problem.message.split())}" for problem in report.problems]
    print_capped(notices)
    stopped = "stopped after Ctrl+C: " if report.cancelled else ""
    print(f"{stopped}imported {_plural(report.articles, 'article')} ({report.new} new, {report.unchanged} unchanged, "
          f"{len(report.duplicates)} duplicates), {report.records} records, "
          f"{_plural(len(report.problems), 'problem')} in {seconds(started)}")
    if report.cancelled:
        return EXIT_INTERRUPTED
    return EXIT_INPUT if report.problems else 0


def run_extract(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.reextract import reextract

    started = time.perf_counter()
    with progress_bar("extracting", "article") as progress:
        report = reextract(_db(args), progress=progress, should_cancel=interrupt.requested)
    stopped = "stopped after Ctrl+C: " if report.cancelled else ""
    print(f"{stopped}re-extracted {_plural(report.articles, 'article')}: {report.new} new, {report.unchanged} unchanged, "
          f"{report.changed} changed, {report.unmatched} unmatched, {report.removed} removed, "
          f"{report.flagged} flagged in {seconds(started)}")
    return EXIT_INTERRUPTED if report.cancelled else 0


def run_export(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.export import export

    started = time.perf_counter()
    with progress_bar("exporting", "record") as progress:
        report = export(_db(args), args.output, args.format, args.status, progress=progress,
                        should_cancel=interrupt.requested)
    if report.cancelled:
        print(f"stopped after Ctrl+C: nothing written to {args.output}")
        return EXIT_INTERRUPTED
    print(f"exported {report.records} records ({args.status}) from {report.articles} articles "
          f"to {report.path} in {seconds(started)}")
    return 0


def run_stats(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.stats import corpus_stats

    stats = corpus_stats(_db(args))
    share = f" ({100 * stats.decided / stats.records:.1f}%)" if stats.records else ""
    print(f"{stats.articles} articles, {stats.records} records, {stats.decided} decided{share}")
    sections: list[tuple[str, tuple[str, ...], list]] = [
        ("records by status", ("status", "records"), stats.by_status),
        ("records by kind", ("kind", "records"), stats.by_kind),
        ("records by unit (most used)", ("unit", "records"), stats.by_unit),
        ("articles by locality", ("locality", "articles", "records"), stats.by_locality),
        ("articles by year", ("year", "articles", "records"), stats.by_year),
        ("records by extractor version", ("version", "records"), stats.extractor_versions),
    ]
    for title, header, rows in sections:
        if rows:
            print(f"\n{title}")
            print(table(header, rows))
    return 0


def run_gui(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.app import main_gui

    return main_gui(args.db)


def run_screenshot(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.app import screenshot

    screenshot(args.out, args.db, args.article)
    print(f"wrote {args.out}")
    return 0


def _db(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return args.db
    from desktop.paths import default_db_path

    return default_db_path()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# ---- entry point --------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (the console script exits with it)."""
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        from desktop.app import main_gui

        return main_gui(None)
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 0
    run: Callable[[argparse.Namespace, Interrupt], int] = args.run
    with Interrupt() as interrupt:
        try:
            return run(args, interrupt)
        except InputError as exc:
            error(str(exc))
            return EXIT_INPUT
        except KeyboardInterrupt:
            error("stopped by Ctrl+C; the database was left consistent")
            return EXIT_INTERRUPTED
