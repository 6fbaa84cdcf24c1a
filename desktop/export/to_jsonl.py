"""JSON Lines in the exchange format of ANNOTATION.md, plus review fields and provenance.

SQLite writes most of each line with ``json_object``: numbers stored as
exact decimal text go out verbatim through ``json()``, so ``80637.7`` is
never ``80637.69999``, and non-ASCII text stays as it is.  The lines cross
into Python as bytes and leave in blocks, one write per few thousand records.

Two parts are left to Python, because SQLite does them once per record where
once per article is enough (:func:`line_parts`):

* the span: ``substr`` walks the article's UTF-8 text from its start for
  every record (about 3 µs each, a third of the export), while a Python
  string is indexed by character directly.  The text is read once per
  article and each span quoted by ``json``'s own C quoting, which escapes
  exactly what ``json_object`` escapes (``"``, ``\\``, control characters
  as ``\\b \\t \\n \\f \\r`` or ``\\u00xx``) and keeps the rest as it is;
* the article's provenance fields, the same for all of its records, written
  once per article by SQLite and appended to each of its lines.

The bytes are those of one ``json_object`` over every column in
:data:`~desktop.export.query.COLUMNS` order (``benchmarks/check_export_same.py``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from json.encoder import encode_basestring
from pathlib import Path

from desktop.export.query import (
    ARTICLE_COLUMNS,
    COLUMNS,
    RECORD_COLUMNS,
    SPAN,
    Column,
    blocks,
    exported_articles,
)


def _json_text(column: Column) -> str:
    """SQL of ``column``'s value as JSON text, as ``json_object`` writes it, never NULL.

    ``json_quote`` writes text, reals (SQLite's ``%!.15g``) and NULL exactly
    as ``json_object`` does; an integer's text is its JSON, and an exact
    number is stored as its JSON text (``80637.7``), so both go out as they
    are; JSON columns as
    :attr:`~desktop.export.query.Column.json_sql` gives them.
    """
    if column.kind == "json":
        if column.json_sql is None:
            raise ValueError(f"the JSON column {column.name} has no JSON text")
        return column.json_sql
    if column.kind in ("number", "int"):
        return f"coalesce({column.sql}, 'null')"
    return f"json_quote({column.sql})"


def _members(columns: tuple[Column, ...], lead: str) -> str:
    """SQL joining ``lead``, then ``"name":value`` of each column, by commas: one ``printf`` pass."""
    pattern = lead + ",".join(f"{json.dumps(c.name)}:%s" for c in columns)
    return f"printf('{pattern}', {', '.join(map(_json_text, columns))})"


def line_parts() -> tuple[str, str]:
    """The SQL of a record's part of its line and of its article's part, as BLOBs.

    The record's part is ``{"doc": ..., <record fields>`` (no ``}``); the
    article's is ``,<provenance fields>,"text":``, ready for the span.
    """
    if (COLUMNS[0], *RECORD_COLUMNS, *ARTICLE_COLUMNS, SPAN) != COLUMNS:
        raise ValueError("the JSON Lines parts no longer match the export's columns")
    record = f"CAST({_members((COLUMNS[0], *RECORD_COLUMNS), '{')} AS BLOB)"
    article = f"CAST({_members(ARTICLE_COLUMNS, ',')} || ',\"{SPAN.name}\":' AS BLOB)"
    return record, article


_RECORD_PART, _ARTICLE_PART = line_parts()
#: A span Python would not cut as SQLite's ``substr`` does (a negative start, counted from the end): SQLite cuts it.
_ODD_SPAN = "SELECT json_quote(substr(?1, ?2 + 1, max(?3 - ?2, 0)))"


def write_jsonl(conn: sqlite3.Connection, status: str, path: Path, tick: Callable[[int], None]) -> None:
    done = 0
    with path.open("wb") as fh:
        for block in _line_blocks(conn, status):
            tick(done)
            fh.write(b"".join(block))
            done += len(block) // 3


def _line_blocks(conn: sqlite3.Connection, status: str) -> Iterator[list[bytes]]:
    """Lines as three pieces each (record part, article part, span and line end), a block at a time."""
    articles = exported_articles(conn, status, f"a.text, {_ARTICLE_PART}")
    current, text, tail = None, "", b""
    for block in blocks(conn, status, f'{_RECORD_PART}, r.article_id, r.start, r."end"'):
        pieces: list[bytes] = []
        for line, article, start, end in block:
            while article != current:
                current, text, tail = next(articles)
            if start >= 0:
                span = encode_basestring(text[start:end])
            else:
                (span,) = conn.execute(_ODD_SPAN, (text, start, end)).fetchone()
            pieces += (line, tail, (span + "}\n").encode())
        yield pieces
