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


def _pairs(columns: tuple[Column, ...]) -> str:
    """``json_object`` arguments: numbers and comparisons as JSON, not strings."""
    return ", ".join(
        f"'{c.name}', " + ((c.json_sql or f"json({c.sql})") if c.kind in ("number", "json") else c.sql)
        for c in columns
    )


def line_parts() -> tuple[str, str]:
    """The SQL of a record's part of its line and of its article's part, as BLOBs.

    The record's part is ``{"doc": ..., <record fields>`` (its ``}`` cut);
    the article's is ``,<provenance fields>,"text":``, ready for the span.
    Cutting braces with ``rtrim``/``ltrim`` is exact because neither part
    ends with a JSON value that can itself end with ``}``.
    """
    in_order = (COLUMNS[0], *RECORD_COLUMNS, *ARTICLE_COLUMNS, SPAN) == COLUMNS
    if not in_order or "json" in (RECORD_COLUMNS[-1].kind, ARTICLE_COLUMNS[-1].kind):
        raise ValueError("the JSON Lines parts no longer match the export's columns")
    record = f"CAST(rtrim(json_object('{COLUMNS[0].name}', {COLUMNS[0].sql}, {_pairs(RECORD_COLUMNS)}), '}}') AS BLOB)"
    article = (
        f"CAST(',' || ltrim(rtrim(json_object({_pairs(ARTICLE_COLUMNS)}), '}}'), '{{') "
        f"|| ',\"{SPAN.name}\":' AS BLOB)"
    )
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
