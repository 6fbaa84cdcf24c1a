"""``chitieu gui``, ``chitieu screenshot`` and ``chitieu desktop-entry``: the window's commands.

Qt is imported inside the commands, so the headless ones run without a display.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.args import DB_VARIABLE, command, db_option, given_db
from desktop.cli.output import Interrupt, summary
from desktop.core.errors import InputError


def add_gui(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands,
        "gui",
        "Open the review window.",
        "Open the review window (the same as chitieu with no command).",
        "  chitieu gui --db corpus.db",
    )
    db_option(parser)
    parser.set_defaults(run=run_gui)


def add_screenshot(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands,
        "screenshot",
        "Save a picture of the review window.",
        "Render the review window offscreen to a PNG file (without --db: on the bundled seeds).",
        "  chitieu screenshot window.png --db corpus.db --article 3",
    )
    parser.add_argument("out", type=Path, metavar="OUT.png")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="FILE",
        default=argparse.SUPPRESS,
        help=f"the database to show (default: ${DB_VARIABLE}, else the bundled seeds)",
    )
    parser.add_argument("--article", type=int, metavar="N", help="the article id to show")
    parser.set_defaults(run=run_screenshot)


def add_desktop_entry(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands,
        "desktop-entry",
        "Add Chitieu to the desktop's application menu.",
        "Write chitieu.desktop and the icon into your user data folder\n"
        "($XDG_DATA_HOME, else ~/.local/share), starting this very chitieu.",
        "  chitieu desktop-entry",
    )
    parser.set_defaults(run=run_desktop_entry)


def run_gui(args: argparse.Namespace, interrupt: Interrupt) -> int:
    return open_window(given_db(args))


def open_window(db: Path | None) -> int:
    """The review window on ``db`` (``chitieu`` alone and ``chitieu gui``); the rules' patterns, compiled as
    the window's modules load, come from the last command's, as an import's do."""
    from desktop.core.pattern_cache import patterns_cached

    with patterns_cached():
        from desktop.app import main_gui

    return main_gui(db)


def run_screenshot(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.app import screenshot

    screenshot(args.out, given_db(args), args.article)
    summary(args, f"wrote {args.out}")
    return 0


def run_desktop_entry(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.services.desktop_entry import install_entry

    try:
        written = install_entry()
    except OSError as exc:
        raise InputError(
            f"Could not write the menu entry ({exc}). Check that your home folder is writable."
        ) from exc
    summary(args, f"added Chitieu to the application menu: {written[0]} (and {len(written) - 1} icon files)")
    return 0
