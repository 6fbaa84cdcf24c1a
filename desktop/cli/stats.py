"""``chitieu stats``: what a database holds, as tables."""

from __future__ import annotations

import argparse

from desktop.cli.args import command, db_option, resolve_db
from desktop.cli.output import Interrupt, table


def add_stats(commands: argparse._SubParsersAction) -> None:
    parser = command(commands, "stats", "Show what the database holds.",
                      "Show what the database holds: articles, records by status, kind and unit,\n"
                      "per locality and year, extractor versions, review progress and failed checks.",
                      "  chitieu stats --db corpus.db")
    db_option(parser)
    parser.set_defaults(run=run_stats)


def run_stats(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.services.stats import corpus_stats

    stats = corpus_stats(resolve_db(args))
    share = f" ({100 * stats.decided / stats.records:.1f}%)" if stats.records else ""
    print(f"{stats.articles} articles, {stats.records} records, {stats.decided} decided{share}, "
          f"{stats.flagged} failing a check")
    sections: list[tuple[str, tuple[str, ...], list]] = [
        ("records by status", ("status", "records"), stats.by_status),
        ("records by kind", ("kind", "records"), stats.by_kind),
        ("records by unit (most used)", ("unit", "records"), stats.by_unit),
        ("articles by locality", ("locality", "articles", "records"), stats.by_locality),
        ("articles by year", ("year", "articles", "records"), stats.by_year),
        ("records by extractor version", ("version", "records"), stats.extractor_versions),
        ("records by failed check (chitieu check lists them)", ("check", "records"), stats.by_check),
    ]
    for title, header, rows in sections:
        if rows:
            print(f"\n{title}")
            print(table(header, rows))
    return 0
