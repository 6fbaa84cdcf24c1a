"""JSON Lines in the exchange format of ANNOTATION.md, plus review fields and provenance.

SQLite writes each line whole with ``json_object`` (:func:`line_sql`):
numbers stored as exact decimal text go out verbatim through ``json()``, so
``80637.7`` is never ``80637.69999``, and non-ASCII text stays as it is.
The lines cross into Python as bytes and leave in blocks, one write per few
thousand records, so Python does no work per record at all.  The time is
SQLite's: ``json_object`` over 31 fields is about half of it, and cutting
the span (which loads the article's text again for each record) most of the
rest.  Building the lines in Python instead, with each article's fields and
text fetched once, measured no faster.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop.export.query import COLUMNS, blocks


def line_sql() -> str:
    """One record's line as a BLOB: numbers and comparisons as JSON, not strings; a newline at the end."""
    pairs = []
    for column in COLUMNS:
        expr = f"json({column.sql})" if column.kind in ("number", "json") else column.sql
        pairs.append(f"'{column.name}', {expr}")
    return f"CAST(json_object({', '.join(pairs)}) || char(10) AS BLOB)"


def write_jsonl(conn: sqlite3.Connection, status: str, path: Path, tick: Callable[[int], None]) -> None:
    done = 0
    with path.open("wb") as fh:
        for block in blocks(conn, status, line_sql()):
            tick(done)
            fh.write(b"".join([line for (line,) in block]))
            done += len(block)
