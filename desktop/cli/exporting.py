"""``chitieu export``: the curated dataset as JSON Lines, CSV or XLSX, to a file or standard output."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from desktop.cli.args import command, db_option, resolve_db
from desktop.cli.output import EXIT_INTERRUPTED, Interrupt, progress_bar, seconds, summary
from desktop.core.errors import InputError

#: ``-o -``: the file goes to standard output.
STDOUT = Path("-")


def add_export(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands,
        "export",
        "Write records to a JSON Lines, CSV or XLSX file.",
        "Write records to a dataset file, atomically (a failed export leaves no partial file).\n"
        "jsonl: the exchange format of ANNOTATION.md plus review fields and provenance;\n"
        "csv: UTF-8 with BOM for Excel, comparisons as JSON text; xlsx: records and articles sheets\n"
        "with frozen headers, filters, dates and one column per comparison basis.\n"
        "--tidy: one row per figure (indicator, place, year, kind, value in base unit, source):\n"
        "the whole CSV, or an extra 'tidy' sheet in the XLSX. --format tidy: that table alone, the\n"
        "long form of the window's dataset view: a workbook when FILE ends in .xlsx, else CSV.\n"
        "--status confirmed: records a reviewer accepted (confirmed, corrected, added);\n"
        "reviewed: every decided record, rejected ones included; all: pending ones too.\n"
        "Every column is described in the data dictionary: chitieu docs data-dictionary.",
        "  chitieu export --db corpus.db --format jsonl --status all -o records.jsonl\n"
        "  chitieu export --db corpus.db --format xlsx --status confirmed --tidy -o dataset.xlsx\n"
        "  chitieu export --db corpus.db --format csv --tidy -o - | head\n"
        "  chitieu export --db merged.db --format tidy -o dataset.xlsx",
    )
    db_option(parser)
    parser.add_argument("--format", required=True, choices=("jsonl", "csv", "xlsx", "tidy"))
    parser.add_argument(
        "--status",
        default="confirmed",
        choices=("confirmed", "reviewed", "all"),
        help="which records to export (default: confirmed)",
    )
    parser.add_argument(
        "--tidy",
        action="store_true",
        help="csv: write the tidy table instead of the records; xlsx: add a tidy sheet",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="FILE",
        help="the file to write; - for standard output",
    )
    parser.set_defaults(run=run_export)


def run_export(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.export import export

    to_stdout = args.output == STDOUT
    if to_stdout and args.format == "xlsx" and sys.stdout.isatty():
        raise InputError(
            "An XLSX file is binary and standard output is a terminal. "
            "Redirect it (> dataset.xlsx) or give a file name with -o."
        )
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="chitieu-export-") as folder:
        out = Path(folder) / f"export.{args.format}" if to_stdout else args.output
        with progress_bar("exporting", "record", quiet=args.quiet) as progress:
            report = export(
                resolve_db(args),
                out,
                args.format,
                args.status,
                tidy=args.tidy,
                progress=progress,
                should_cancel=interrupt.requested,
            )
        if not report.cancelled and to_stdout:
            _copy_to_stdout(out)
    where = "standard output" if to_stdout else report.path
    # With -o - standard output carries the data, so the summary goes to standard error.
    stream = sys.stderr if to_stdout else sys.stdout
    if report.cancelled:
        summary(args, f"stopped after Ctrl+C: nothing written to {where}", file=stream)
        return EXIT_INTERRUPTED
    summary(
        args,
        f"exported {report.records} records ({args.status}) from {report.articles} articles "
        f"to {where} in {seconds(started)}",
        file=stream,
    )
    return 0


def _copy_to_stdout(path: Path) -> None:
    """Send the finished file to standard output; a reader that stops early (``| head``) is no error."""
    sys.stdout.flush()
    try:
        with path.open("rb") as fh:
            shutil.copyfileobj(fh, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        # Python would report the pipe again when it flushes stdout at exit: point it at /dev/null.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
