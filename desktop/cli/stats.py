"""``chitieu stats``: what a database holds, as tables or as JSON."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from desktop.cli.args import command, db_option, resolve_db
from desktop.cli.output import Interrupt, table

if TYPE_CHECKING:
    from desktop.services.stats import Stats


def add_stats(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands,
        "stats",
        "Show what the database holds.",
        "Show what the database holds: articles, records by status, kind and unit,\n"
        "per locality and year, extractor versions, review progress and failed checks.\n"
        "--json prints the same figures as one JSON object, for scripts.",
        "  chitieu stats --db corpus.db\n  chitieu stats --db corpus.db --json",
    )
    db_option(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.set_defaults(run=run_stats)


def run_stats(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.services.stats import corpus_stats

    stats = corpus_stats(resolve_db(args))
    print(as_json(stats) if args.json else as_text(stats))
    return 0


def sections(stats: Stats) -> list[tuple[str, str, tuple[str, ...], list]]:
    """(JSON key, title, column names, rows) of each breakdown."""
    return [
        ("by_status", "records by status", ("status", "records"), stats.by_status),
        ("by_kind", "records by kind", ("kind", "records"), stats.by_kind),
        ("by_unit", "records by unit (most used)", ("unit", "records"), stats.by_unit),
        ("by_locality", "articles by locality", ("locality", "articles", "records"), stats.by_locality),
        ("by_year", "articles by year", ("year", "articles", "records"), stats.by_year),
        (
            "extractor_versions",
            "records by extractor version",
            ("version", "records"),
            stats.extractor_versions,
        ),
        (
            "by_check",
            "records by failed check (chitieu check lists them)",
            ("check", "records"),
            stats.by_check,
        ),
    ]


def as_text(stats: Stats) -> str:
    share = f" ({100 * stats.decided / stats.records:.1f}%)" if stats.records else ""
    lines = [
        f"{stats.articles} articles, {stats.records} records, {stats.decided} decided{share}, "
        f"{stats.flagged} failing a check"
    ]
    for _key, title, header, rows in sections(stats):
        if rows:
            lines += ["", title, table(header, rows)]
    return "\n".join(lines)


def as_json(stats: Stats) -> str:
    """One object: the totals, then each breakdown as a list of objects named like the table columns."""
    data: dict[str, Any] = {
        "articles": stats.articles,
        "records": stats.records,
        "decided": stats.decided,
        "flagged": stats.flagged,
    }
    for key, _title, header, rows in sections(stats):
        data[key] = [dict(zip(header, row, strict=True)) for row in rows]
    return json.dumps(data, ensure_ascii=False, indent=2)
