"""``chitieu docs``: the documents shipped with Chitieu, readable wherever it was installed."""

from __future__ import annotations

import argparse

from desktop.cli.args import command
from desktop.cli.output import Interrupt

#: Shipped documents, by the name the command takes.
DOCUMENTS = {
    "data-dictionary": (
        "data-dictionary.md",
        "every table, view and column of the database and of the exports",
    ),
    "review-window": ("review-window.md", "the review window: panes, keys, fields and filters"),
}


def add_docs(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands,
        "docs",
        "Print a document shipped with Chitieu (the data dictionary, ...).",
        "Without a name, list the shipped documents and where they are installed;\n"
        "with one, print it (Markdown).",
        "  chitieu docs\n  chitieu docs data-dictionary | less",
    )
    parser.add_argument(
        "name", nargs="?", choices=tuple(DOCUMENTS), metavar="NAME", help=f"one of: {', '.join(DOCUMENTS)}"
    )
    parser.set_defaults(run=run_docs)


def run_docs(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.core.bundled import document  # importlib.resources: here, not in every command's start

    if args.name is None:
        for name, (file, about) in DOCUMENTS.items():
            print(f"{name}: {about}\n  {document(file)}")
        return 0
    print(document(DOCUMENTS[args.name][0]).read_text(encoding="utf-8"), end="")
    return 0
