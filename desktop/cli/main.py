"""The ``chitieu`` command: the review window, and headless import / extract / export / stats.

Exit codes: 0 success; 1 bad input (an :class:`InputError`, or files that
could not be imported), always with one-line messages and never a traceback;
2 a mistyped command line (argparse); 3 a broken installation (a file Chitieu
ships with is missing); 130 stopped by Ctrl+C after a clean stop; 141 the
reader of the output left early (``chitieu stats | head -1``), which is no
error worth a message, as for any Unix tool.

``--db`` and ``-q`` are accepted before the subcommand as well as after it,
and ``$CHITIEU_DB`` names the database when ``--db`` does not.  Qt is
imported only by the commands that open a window, so the headless commands
run on servers without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from desktop import __version__
from desktop.cli import backups, check, docs, exporting, importing, stats, streaming, team, window
from desktop.cli.args import given_db, global_options
from desktop.cli.output import EXIT_BROKEN, EXIT_BROKEN_PIPE, EXIT_INPUT, EXIT_INTERRUPTED, Interrupt, error
from desktop.core.errors import BrokenInstallation, InputError

DESCRIPTION = """\
Chitieu turns Vietnamese local-government news articles into a reviewed dataset of
socio-economic indicator records. Without a command it opens the review window.

examples:
  chitieu                                        open the review window
  chitieu --db corpus.db                         open it on another database
  chitieu import seeds/ --db corpus.db           read articles and extract their records
  chitieu stats --db corpus.db                   what the database holds
  chitieu extract --db corpus.db                 re-run extraction, keeping human decisions
  chitieu check --db corpus.db                   check every record, print what fails by rule
  chitieu export --db corpus.db --format csv --status confirmed -o records.csv
  chitieu extract-jsonl < articles.jsonl > records.jsonl
  chitieu restore --db corpus.db                 put back the newest good backup
  chitieu split corpus.db --reviewers 3 --overlap 10% -o team/
  chitieu merge team/*.db -o merged.db           then: chitieu agreement merged.db

--db may also come before the command (chitieu --db corpus.db stats), and the
CHITIEU_DB environment variable names the database when --db is not given.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chitieu", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show program's version number and exit")
    global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    importing.add_import(commands)
    importing.add_extract(commands)
    streaming.add_extract_jsonl(commands)
    exporting.add_export(commands)
    stats.add_stats(commands)
    check.add_check(commands)
    window.add_gui(commands)
    window.add_screenshot(commands)
    window.add_desktop_entry(commands)
    backups.add_parser(commands)
    docs.add_docs(commands)
    team.add_parsers(commands)
    return parser


class _Version(argparse.Action):
    """``--version``: says whether the core is compiled, which needs the extractor imported -- so only
    when asked, not each time the parser is built (``chitieu --help`` would pay for the extractor)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from desktop.core.compiled import core_is_compiled

        compiled = "yes" if core_is_compiled() else "no"
        print(f"chitieu {__version__} (compiled core: {compiled})")  # to stdout, as argparse's own does
        parser.exit()


# ---- entry point --------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (the console script exits with it)."""
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv)
    if args.command is None:  # ``chitieu`` alone, or with only --db / -q: the review window
        from desktop.cli.window import open_window

        return open_window(given_db(args))
    run: Callable[[argparse.Namespace, Interrupt], int] = args.run
    with Interrupt() as interrupt:
        try:
            code = run(args, interrupt)
            sys.stdout.flush()  # here, where a closed pipe can still be handled, not at exit
            return code
        except InputError as exc:
            error(str(exc))
            return EXIT_INPUT
        except BrokenInstallation as exc:
            error(str(exc))
            return EXIT_BROKEN
        except KeyboardInterrupt:
            error("stopped by Ctrl+C; the database was left consistent")
            return EXIT_INTERRUPTED
        except BrokenPipeError:
            _silence_stdout()
            return EXIT_BROKEN_PIPE


def _silence_stdout() -> None:
    """Point stdout at the null device, so that the flush at exit does not fail on the closed pipe again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
