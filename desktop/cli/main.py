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
from collections.abc import Callable

from desktop import __version__
from desktop.cli import backups, check, exporting, importing, stats, window
from desktop.cli.output import EXIT_INPUT, EXIT_INTERRUPTED, Interrupt, error
from desktop.core.errors import InputError

DESCRIPTION = """\
Chitieu turns Vietnamese local-government news articles into a reviewed dataset of
socio-economic indicator records. Without a command it opens the review window.

examples:
  chitieu                                        open the review window
  chitieu import seeds/ --db corpus.db           read articles and extract their records
  chitieu stats --db corpus.db                   what the database holds
  chitieu extract --db corpus.db                 re-run extraction, keeping human decisions
  chitieu check --db corpus.db                   check every record, print what fails by rule
  chitieu export --db corpus.db --format csv --status confirmed -o records.csv
  chitieu restore --db corpus.db                 put back the newest good backup
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="chitieu", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"chitieu {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    importing.add_import(commands)
    importing.add_extract(commands)
    exporting.add_export(commands)
    stats.add_stats(commands)
    check.add_check(commands)
    window.add_gui(commands)
    window.add_screenshot(commands)
    backups.add_parser(commands)
    return parser


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
