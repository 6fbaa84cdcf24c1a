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
        commands, "check", "Print what fails the checks, grouped by rule; re-check when needed.",
        "Print the failed checks of every record (its span, label, period, magnitudes, unit, repeats\n"
        "in its article, the same fact in other articles), grouped by rule. Import, every decision\n"
        "and 'chitieu extract' keep the checks current, so they are re-checked here only when the\n"
        "rules changed since (or the file predates them); --full re-checks every record anyway.\n"
        "--json prints one JSON object per line and failed check instead: record_id (as in the\n"
        "exports), doc, rule, message (English), message_vi, indicator, text (the span) and\n"
        "records (the other records a check names). A read-only database is never re-checked.",
        "  chitieu check --db corpus.db\n  chitieu check --db corpus.db --full --json > flags.jsonl")
    db_option(parser)
    parser.add_argument("--json", action="store_true", help="one JSON object per failed check, on stdout")
    parser.add_argument("--all", action="store_true",
                        help=f"list every flagged record (default: the first {SHOWN_PER_RULE} of each rule)")
    parser.add_argument("--lang", choices=("vi", "en"), default="en", help="language of the messages (default: en)")
    parser.add_argument("--full", action="store_true", help="re-check every record even if the checks are current")
    parser.set_defaults(run=run_check)


def run_check(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.services.checks import check_store, flagged_count, flags
    from desktop.store import Store
    from desktop.store.checking import needs_check

    started = time.perf_counter()
    store = Store(resolve_db(args))
    try:
        note = ""
        if store.readonly:
            note = f" (read-only: {store.readonly_reason}; the stored checks are shown)"
        elif not args.full and not needs_check(store.conn):
            note = " (the checks were current; --full re-checks every record)"
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
