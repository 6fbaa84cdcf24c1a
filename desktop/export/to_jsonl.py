"""JSON Lines in the exchange format of ANNOTATION.md, plus review fields and provenance.

SQLite writes most of each line with ``json_object``: numbers stored as
exact decimal text go out verbatim through ``json()``, so ``80637.7`` is
never ``80637.69999``, and non-ASCII text stays as it is.  The failed checks,
stored minified since schema v11, are pasted after it as they are (by one
``printf``), where ``json_object`` would have parsed them again to write them
(:func:`line_parts`).  The lines cross into Python as bytes and leave in
blocks, one write per few thousand records.

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
:data:`~desktop.export.query.COLUMNS` order (``benchmarks/check_export_same.py``,
``tests/test_stored_json.py``).  Tried and not kept (callgrind, 20,002
records): a ``json_quote`` per cell joined by ``printf`` (45,000
instructions a record in SQL, ``json_object`` 38,900), and ``json_object``
runs between the numbers and JSON pasted raw, with marks cut by
``bytes.replace`` (32,300 in SQL, but the whole export 16,000 more: the
cutting scanned every byte twice).
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
    Articles,
    Column,
    blocks,
    exported_articles,
)


def _object_value(column: Column) -> str:
    """SQL of ``column`` as a ``json_object`` argument: an exact number or JSON through ``json()`` (as JSON,
    not a string), any other as it is."""
    if column.kind == "number":
        return f"json({column.sql})"
    if column.kind == "json":
        if column.json_object_sql is None:
            raise ValueError(f"the JSON column {column.name} has no SQL for json_object")
        return column.json_object_sql
    return column.sql


def _object(columns: tuple[Column, ...]) -> str:
    return f"json_object({', '.join(f'{chr(39)}{c.name}{chr(39)}, {_object_value(c)}' for c in columns)})"


def line_parts() -> tuple[str, str]:
    """The SQL of a record's part of its line and of its article's part, as BLOBs.

    The record's part is ``{"doc": ..., <record fields>`` (no ``}``): one
    ``json_object`` up to the checks, its ``}`` cut, then the checks as
    stored (:attr:`~desktop.export.query.Column.json_sql`: minified since
    schema v11, pasted without ``json()`` parsing them again) and the last
    cells, joined by one ``printf``.  The article's part is
    ``,<provenance fields>,"text":``, ready for the span.  Cutting braces
    with ``rtrim``/``ltrim`` is exact because no part ends with a JSON value
    that can itself end with ``}`` (the last cell before a cut is text).
    """
    names = [c.name for c in RECORD_COLUMNS]
    checks = names.index("checks")
    in_order = (COLUMNS[0], *RECORD_COLUMNS, *ARTICLE_COLUMNS, SPAN) == COLUMNS
    if (
        not in_order
        or names[checks:] != ["checks", "risk", "record_id"]
        or RECORD_COLUMNS[checks - 1].kind != "text"
    ):
        raise ValueError("the JSON Lines parts no longer match the export's columns")
    _, risk, record_id = RECORD_COLUMNS[checks:]
    record = (
        f'CAST(printf(\'%s,"checks":%s,"risk":%s,"record_id":%d\', '
        f"rtrim({_object((COLUMNS[0], *RECORD_COLUMNS[:checks]))}, '}}'), {RECORD_COLUMNS[checks].json_sql}, "
        f"json_quote({risk.sql}), {record_id.sql}) AS BLOB)"
    )
    article = (
        f"CAST(',' || ltrim(rtrim({_object(ARTICLE_COLUMNS)}, '}}'), '{{') || ',\"{SPAN.name}\":' AS BLOB)"
    )
    return record, article


_RECORD_PART, _ARTICLE_PART = line_parts()
#: A span Python would not cut as SQLite's ``substr`` does (a negative start, counted from the end): SQLite cuts it.
_ODD_SPAN = "SELECT json_quote(substr(?1, ?2 + 1, max(?3 - ?2, 0)))"


#: What the file holds before the first record: nothing.
HEAD = b""


def write_jsonl(conn: sqlite3.Connection, status: str, path: Path, tick: Callable[[int], None]) -> None:
    done = 0
    with path.open("wb") as fh:
        for lines, records in line_blocks(conn, status):
            tick(done)
            fh.write(lines)
            done += records


def line_blocks(
    conn: sqlite3.Connection, status: str, articles: Articles | None = None
) -> Iterator[tuple[bytes, int]]:
    """The lines of the ``articles`` (every one if ``None``), a block of records at a time, and how many."""
    texts = exported_articles(conn, status, f"a.text, {_ARTICLE_PART}", articles)
    current, text, tail = None, "", b""
    for block in blocks(conn, status, f'{_RECORD_PART}, r.article_id, r.start, r."end"', articles):
        pieces: list[bytes] = []
        for line, article, start, end in block:
            while article != current:
                current, text, tail = next(texts)
            if start >= 0:
                span = encode_basestring(text[start:end])
            else:
                (span,) = conn.execute(_ODD_SPAN, (text, start, end)).fetchone()
            pieces += (line, tail, (span + "}\n").encode())
        yield b"".join(pieces), len(block)
