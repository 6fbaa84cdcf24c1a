"""JSON Lines in the exchange format of ANNOTATION.md, plus review fields and provenance.

SQLite writes most of each line with ``json_object``: numbers stored as
exact decimal text go out verbatim through ``json()``, so ``80637.7`` is
never ``80637.69999``, and non-ASCII text stays as it is.  The failed checks,
stored minified since schema v11, are pasted after it as they are (by one
``printf``), where ``json_object`` would have parsed them again to write them
(:func:`line_parts`).  The lines cross into Python as bytes and leave in
blocks, one write per few thousand records.  The two reals (``confidence``,
``risk``) cross as floats and are written once per distinct value, with
SQLite's own ``json_quote`` (:func:`_real_cell`): its ``%!.15g`` was the
dearest cell of the line, about 0.7 µs each.

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
    """The SQL of a record's pieces of its line and of its article's part, the pieces as BLOBs.

    The record's pieces (a row of :func:`line_blocks`): ``{"doc": ..., <record
    fields up to rule>`` (one ``json_object``, its ``}`` cut); ``confidence``
    as a value; ``,"extractor_version":...,"checks":...`` (the checks as
    stored, :attr:`~desktop.export.query.Column.json_sql`: minified since
    schema v11, pasted without ``json()`` parsing them again); ``risk`` as a
    value; ``,"record_id":N``.  The two reals are written by Python, once per
    distinct value (:func:`_real_cell`): SQLite's ``%!.15g`` cost more than
    any other cell.  The article's part is ``,<provenance fields>,"text":``,
    ready for the span.  Cutting braces with ``rtrim``/``ltrim`` is exact
    because no part ends with a JSON value that can itself end with ``}``
    (the last cell before a cut is text).
    """
    names = [c.name for c in RECORD_COLUMNS]
    confidence = names.index("confidence")
    in_order = (COLUMNS[0], *RECORD_COLUMNS, *ARTICLE_COLUMNS, SPAN) == COLUMNS
    if (
        not in_order
        or names[confidence:] != ["confidence", "extractor_version", "checks", "risk", "record_id"]
        or RECORD_COLUMNS[confidence - 1].kind != "text"
        or RECORD_COLUMNS[confidence].kind != "real"
        or RECORD_COLUMNS[confidence + 3].kind != "real"
    ):
        raise ValueError("the JSON Lines parts no longer match the export's columns")
    conf, version, checks, risk, record_id = RECORD_COLUMNS[confidence:]
    record = (
        f"CAST(rtrim({_object((COLUMNS[0], *RECORD_COLUMNS[:confidence]))}, '}}') AS BLOB), {conf.sql}, "
        f'CAST(printf(\',"{version.name}":%s,"{checks.name}":%s\', json_quote({version.sql}), {checks.json_sql}) '
        f"AS BLOB), {risk.sql}, CAST(printf(',\"{record_id.name}\":%d', {record_id.sql}) AS BLOB)"
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
    confidence_cells: dict[object, bytes] = {}
    risk_cells: dict[object, bytes] = {}
    for block in blocks(conn, status, f'{_RECORD_PART}, r.article_id, r.start, r."end"', articles):
        if len(confidence_cells) + len(risk_cells) > _REMEMBERED:
            confidence_cells, risk_cells = {}, {}
        pieces: list[bytes] = []
        for head, confidence, middle, risk, record_id, article, start, end in block:
            while article != current:
                current, text, tail = next(texts)
            if (confidence_cell := confidence_cells.get(confidence)) is None:
                confidence_cell = confidence_cells[confidence] = _real_cell(conn, "confidence", confidence)
            if (risk_cell := risk_cells.get(risk)) is None:
                risk_cell = risk_cells[risk] = _real_cell(conn, "risk", risk)
            if start >= 0:
                span = encode_basestring(text[start:end])
            else:
                (span,) = conn.execute(_ODD_SPAN, (text, start, end)).fetchone()
            pieces += (head, confidence_cell, middle, risk_cell, record_id, tail, (span + "}\n").encode())
        yield b"".join(pieces), len(block)


#: Reals written once per distinct value (:func:`_real_cell`): so many kept at most, then forgotten.
_REMEMBERED = 4096


def _real_cell(conn: sqlite3.Connection, name: str, value: object) -> bytes:
    """``,"name":value`` as ``json_object`` writes a REAL column's value (SQLite's ``%!.15g``, not ``repr``).

    Remembered by value: the columns have REAL affinity, so an integral value is read as a float
    (``1`` never stands beside ``1.0``) and ``-0.0`` is stored as ``0``.
    """
    (quoted,) = conn.execute("SELECT json_quote(?)", (value,)).fetchone()
    return f',"{name}":{quoted}'.encode()
