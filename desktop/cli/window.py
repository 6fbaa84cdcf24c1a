"""``chitieu gui`` and ``chitieu screenshot``: the commands that open Qt.

Qt is imported inside the commands, so the headless ones run without a display.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.args import command, db_option
from desktop.cli.output import Interrupt


def add_gui(commands: argparse._SubParsersAction) -> None:
    parser = command(commands, "gui", "Open the review window.",
                      "Open the review window (the same as chitieu with no command).",
                      "  chitieu gui --db corpus.db")
    db_option(parser)
    parser.set_defaults(run=run_gui)


def add_screenshot(commands: argparse._SubParsersAction) -> None:
    parser = command(commands, "screenshot", "Save a picture of the review window.",
                      "Render the review window offscreen to a PNG file (without --db: on the bundled seeds).",
                      "  chitieu screenshot window.png --db corpus.db --article 3")
    parser.add_argument("out", type=Path, metavar="OUT.png")
    parser.add_argument("--db", type=Path, metavar="FILE", help="the database to show (default: the seeds)")
    parser.add_argument("--article", type=int, metavar="N", help="the article id to show")
    parser.set_defaults(run=run_screenshot)


def run_gui(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.app import main_gui

    return main_gui(args.db)


def run_screenshot(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.app import screenshot

    screenshot(args.out, args.db, args.article)
    print(f"wrote {args.out}")
    return 0
