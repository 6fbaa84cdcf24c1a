"""``chitieu check``: re-check every record and print what fails, grouped by rule."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from typing import TYPE_CHECKING

from desktop.cli.args import command, db_option, plural, resolve_db
from desktop.cli.output import EXIT_INTERRUPTED, Interrupt, progress_bar, seconds
from desktop.core.errors import InputError

if TYPE_CHECKING:  # sqlite3 and the store are imported when the command runs, not by --help
    import sqlite3

    from desktop.store import Store

#: Records listed under each rule unless ``--all``.
SHOWN_PER_RULE = 20


def add_check(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands,
        "check",
        "Print what fails the checks, grouped by rule; re-check when needed.",
        "Print the failed checks of every record (its span, label, period, magnitudes, unit, repeats\n"
        "in its article, the same fact in other articles), grouped by rule. Import, every decision\n"
        "and 'chitieu extract' keep the checks current, so they are re-checked here only when the\n"
        "rules changed since (or the file predates them); --full re-checks what changed since the\n"
        "last full check (each article's records and checks are fingerprinted) whatever wrote it.\n"
        "--json prints one JSON object per line and failed check instead: record_id (as in the\n"
        "exports), doc, rule, message (English), message_vi, indicator, text (the span) and\n"
        "records (the other records a check names). A read-only database is never re-checked.",
        "  chitieu check --db corpus.db\n  chitieu check --db corpus.db --full --json > flags.jsonl",
    )
    db_option(parser)
    parser.add_argument("--json", action="store_true", help="one JSON object per failed check, on stdout")
    parser.add_argument(
        "--all",
        action="store_true",
        help=f"list every flagged record (default: the first {SHOWN_PER_RULE} of each rule)",
    )
    parser.add_argument(
        "--lang", choices=("vi", "en"), default="en", help="language of the messages (default: en)"
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help="re-check whatever changed since the last full check, even behind the store's back",
    )
    parser.set_defaults(run=run_check)


def run_check(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.store import Store

    started = time.perf_counter()
    # The checks are derived data: the rotating backup (a copy of the whole file) is taken beside them,
    # and a big file is checked for damage only through that copy (Store's ``derived_only``).
    store = Store(resolve_db(args), backup_in_background=True, derived_only=True)
    try:
        with store.reading():
            summary = _check(store, args, interrupt, started)
    except InputError as exc:  # a damaged page met, a full disk: the next session checks the whole file
        store.damage = str(exc)
        raise
    finally:
        store.close()
    if summary is None:
        return EXIT_INTERRUPTED
    if summary:  # empty when the reader of stdout left early
        print(summary, file=sys.stderr if args.json else sys.stdout)
    return 0


def _check(store: Store, args: argparse.Namespace, interrupt: Interrupt, started: float) -> str | None:
    """Re-check when needed and print the failures; returns the summary line (None: stopped by Ctrl+C,
    empty: the reader of stdout left)."""
    from desktop.services.checks import check_store
    from desktop.store.check_columns import flagged_count
    from desktop.store.checking import needs_check

    note = ""
    if store.readonly:
        note = f" (read-only: {store.readonly_reason}; the stored checks are shown)"
    elif not args.full and not needs_check(store.conn):
        note = " (the checks were current; --full re-checks every record)"
    else:
        with progress_bar("checking", "article") as progress:
            report = check_store(store, progress=progress, should_cancel=interrupt.requested)
        if report.cancelled:
            print(
                f"stopped after Ctrl+C: {report.articles} articles re-checked, the rest unchanged",
                file=sys.stderr,
            )
            return None
    try:
        failed = _print(store.conn, args)
    except BrokenPipeError:  # `chitieu check | head`: the reader has seen enough
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python closes stdout at exit
        return ""
    total = store.conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    return (
        f"{plural(flagged_count(store.conn), 'record')} of {total} fail a check "
        f"({plural(failed, 'failed check')}) in {seconds(started)}{note}"
    )


def _print(conn: sqlite3.Connection, args: argparse.Namespace) -> int:
    """Print the failures as asked; returns how many failed checks there are."""
    from desktop.services.checks import first_flags, flags
    from desktop.store.check_columns import rule_counts

    if args.json:
        failed = 0
        for flag in flags(conn):
            print(json.dumps(flag.to_dict(), ensure_ascii=False))
            failed += 1
        return failed
    counts = rule_counts(conn)
    if args.all:
        by_rule = defaultdict(list)
        for flag in flags(conn):
            by_rule[flag.finding.rule].append(flag)
        for name, count in counts:
            _print_rule(name, count, by_rule[name], args.lang)
    else:  # the first few of each rule, read alone: listing every flag of a large corpus takes a minute
        for name, count in counts:
            _print_rule(name, count, first_flags(conn, name, SHOWN_PER_RULE), args.lang)
    return sum(count for _, count in counts)


def _print_rule(name: str, count: int, shown: list, lang: str) -> None:
    from desktop.core.checks import BY_NAME

    print(f"{name}: {BY_NAME[name].title(lang)} ({plural(count, 'record')})")
    for flag in shown:
        print(f"  record {flag.record_id} in {flag.doc}: {flag.finding.message(lang)}")
    if count > len(shown):
        print(f"  ... and {count - len(shown)} more (--all lists them)")
    print()
