"""Argument-parser pieces every ``chitieu`` subcommand shares, so that help reads alike."""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def command(
    commands: argparse._SubParsersAction, name: str, brief: str, summary: str, examples: str
) -> argparse.ArgumentParser:
    """A subcommand whose ``--help`` gives a summary and worked examples, and which takes ``-q``."""
    parser = commands.add_parser(
        name,
        help=brief,
        description=f"{summary}\n\nexamples:\n{examples}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    quiet_option(parser)
    return parser


#: The database to use when ``--db`` is not given (before the user data folder's default).
DB_VARIABLE = "CHITIEU_DB"


def global_options(parser: argparse.ArgumentParser) -> None:
    """``--db`` and ``-q`` on the ``chitieu`` command itself, so they may come before the subcommand."""
    db_option(parser, default=None)
    quiet_option(parser, default=False)


def db_option(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    """``--db FILE``.  On a subcommand it defaults to SUPPRESS: a ``--db`` given before the
    subcommand then survives, where a default of None would overwrite it."""
    parser.add_argument(
        "--db",
        type=Path,
        metavar="FILE",
        default=default,
        help=f"the database file (default: ${DB_VARIABLE}, else chitieu.db in your user "
        "data folder, the one the review window uses)",
    )


def quiet_option(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=default,
        help="print errors only: no summary line, notices or progress bar",
    )


def given_db(args: argparse.Namespace) -> Path | None:
    """The database named by ``--db``, else by ``$CHITIEU_DB``; None when neither names one."""
    if getattr(args, "db", None) is not None:
        return args.db
    from_environment = os.environ.get(DB_VARIABLE, "").strip()
    return Path(from_environment) if from_environment else None


def resolve_db(args: argparse.Namespace) -> Path:
    """The database given (``--db``, ``$CHITIEU_DB``), else the one the review window uses."""
    given = given_db(args)
    if given is not None:
        return given
    from desktop.services.paths import default_db_path

    return default_db_path()


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
