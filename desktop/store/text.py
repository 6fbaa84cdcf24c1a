"""Shaping SQLite's reports into the one-line messages the CLI and GUI show."""


def one_line(text: str) -> str:
    """SQLite's integrity reports span lines; a user's message is one line."""
    return " ".join(text.split())
