"""``chitieu check``: re-check every record and print what fails, grouped by rule."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict

from desktop.cli.args import command, db_option, plural, resolve_db
from desktop.cli.output import EXIT_INTERRUPTED, Interrupt, progress_bar, seconds

#: Records listed under each rule unless ``--all``.
SHOWN_PER_RULE = 20


def add_check(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands, "check", "Check every record; print what fails, grouped by rule.",
        "Re-check every record (its span, label, period, magnitudes, unit, repeats in its article,\n"
        "and the same fact in other articles) and print the failed checks grouped by rule.\n"
        "--json prints one JSON object per line and failed check instead: record_id (as in the\n"
        "exports), doc, rule, message (English), message_vi, indicator, text (the span) and\n"
        "records (the other records a check names). A read-only database is not re-checked:\n"
        "what it stores is printed.",
        "  chitieu check --db corpus.db\n  chitieu check --db corpus.db --json > flags.jsonl")
    db_option(parser)
    parser.add_argument("--json", action="store_true", help="one JSON object per failed check, on stdout")
    parser.add_argument("--all", action="store_true",
                        help=f"list every flagged record (default: the first {SHOWN_PER_RULE} of each rule)")
    parser.add_argument("--lang", choices=("vi", "en"), default="en", help="language of the messages (default: en)")
    parser.set_defaults(run=run_check)


def run_check(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.services.checks import check_store, flagged_count, flags
    from desktop.store import Store

    started = time.perf_counter()
    store = Store(resolve_db(args))
    try:
        note = ""
        if store.readonly:
            note = f" (read-only: {store.readonly_reason}; the stored checks are shown)"
        else:
            with progress_bar("checking", "article") as progress:
                report = check_store(store, progress=progress, should_cancel=interrupt.requested)
            if report.cancelled:
                print(f"stopped after Ctrl+C: {report.articles} articles re-checked, the rest unchanged",
                      file=sys.stderr)
                return EXIT_INTERRUPTED
        found = list(flags(store.conn))
        try:
            if args.json:
                for flag in found:
                    print(json.dumps(flag.to_dict(), ensure_ascii=False))
            else:
                _print_grouped(found, args.lang, None if args.all else SHOWN_PER_RULE)
        except BrokenPipeError:  # `chitieu check | head`: the reader has seen enough
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python closes stdout at exit
            return 0
        total = store.conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
        summary = (f"{plural(flagged_count(store.conn), 'record')} of {total} fail a check "
                   f"({plural(len(found), 'failed check')}) in {seconds(started)}{note}")
    finally:
        store.close()
    print(summary, file=sys.stderr if args.json else sys.stdout)
    return 0


def _print_grouped(found: list, lang: str, shown: int | None) -> None:
    from desktop.core.checks import RULES

    by_rule = defaultdict(list)
    for flag in found:
        by_rule[flag.finding.rule].append(flag)
    for rule in RULES:
        group = by_rule.get(rule.name)
        if not group:
            continue
        print(f"{rule.name}: {rule.title(lang)} ({plural(len(group), 'record')})")
        for flag in group[:shown]:
            print(f"  record {flag.record_id} in {flag.doc}: {flag.finding.message(lang)}")
        if shown is not None and len(group) > shown:
            print(f"  ... and {len(group) - shown} more (--all lists them)")
        print()
