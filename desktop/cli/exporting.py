"""``chitieu export``: the curated dataset as JSON Lines, CSV or XLSX."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from desktop.cli.args import command, db_option, resolve_db
from desktop.cli.output import EXIT_INTERRUPTED, Interrupt, progress_bar, seconds


def add_export(commands: argparse._SubParsersAction) -> None:
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


def run_export(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.export import export

    started = time.perf_counter()
    with progress_bar("exporting", "record") as progress:
        report = export(resolve_db(args), args.output, args.format, args.status, progress=progress,
                        should_cancel=interrupt.requested)
    if report.cancelled:
        print(f"stopped after Ctrl+C: nothing written to {args.output}")
        return EXIT_INTERRUPTED
    print(f"exported {report.records} records ({args.status}) from {report.articles} articles "
          f"to {report.path} in {seconds(started)}")
    return 0
