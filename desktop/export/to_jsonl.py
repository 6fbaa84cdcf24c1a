"""JSON Lines in the exchange format of ANNOTATION.md, plus review fields and provenance.

SQLite builds each object with ``json_object`` (numbers stored as exact
decimal text go out verbatim through ``json()``, so ``80637.7`` is never
``80637.69999``); Python only appends the span text.  That keeps the export
at hundreds of thousands of records per second.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop.export.query import COLUMNS, TEXT_COLUMN, rows_with_span

_encode = json.JSONEncoder(ensure_ascii=False).encode


def json_select() -> str:
    """``json_object(...)`` over every column; numbers and comparisons as JSON, not strings."""
    pairs = []
    for column in COLUMNS:
        expr = f"json({column.sql})" if column.kind in ("number", "json") else column.sql
        pairs.append(f"'{column.name}', {expr}")
    return f"json_object({', '.join(pairs)})"


def write_jsonl(conn: sqlite3.Connection, status: str, path: Path, tick: Callable[[int], None]) -> None:
    key = f',"{TEXT_COLUMN.name}":'
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        write = fh.write
        for n, ((obj,), span) in enumerate(rows_with_span(conn, status, json_select())):
            if not n & 4095:
                tick(n)
            write(f"{obj[:-1]}{key}{_encode(span)}}}\n")
