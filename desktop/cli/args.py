"""Argument-parser pieces every ``chitieu`` subcommand shares, so that help reads alike."""

from __future__ import annotations

import argparse
from pathlib import Path


def command(commands: argparse._SubParsersAction, name: str, brief: str, summary: str,
            examples: str) -> argparse.ArgumentParser:
    """A subcommand whose ``--help`` gives a summary and worked examples."""
    return commands.add_parser(name, help=brief, description=f"{summary}\n\nexamples:\n{examples}",
                               formatter_class=argparse.RawDescriptionHelpFormatter)


def db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, metavar="FILE",
                        help="the database file (default: chitieu.db in your user data folder, "
                             "the one the review window uses)")


def resolve_db(args: argparse.Namespace) -> Path:
    """The ``--db`` given, else the database the review window uses."""
    if args.db is not None:
        return args.db
    from desktop.services.paths import default_db_path

    return default_db_path()


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
