"""CSV that Excel opens correctly with Vietnamese text.

Excel reads a CSV as the system's legacy code page unless it starts with a
UTF-8 byte order mark, so the file is UTF-8 *with* BOM and ``\\r\\n`` line
ends.  One row per record; ``comparisons`` stays one column of JSON text
(``[{"percent": 117.69, "relation": "ratio", "basis": "same_period"}]``):
a record has any number of comparisons, and flattening them into numbered
columns would make the column set depend on the data.  Numbers are the
exact decimals as stored, with ``.`` as the decimal mark.

Article text is untrusted: a label or span starting with ``=``, ``+``, ``-``
or ``@`` would run as a formula when the file is opened in Excel, so such
text cells get a leading apostrophe (Excel's "this is text" mark); numbers
are left alone.

``--tidy`` writes the tidy table of :mod:`desktop.export.tidy` instead, under
the same rules.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop.export.query import HEADER, plain_select, records
from desktop.export.tidy import TIDY_HEADER, tidy_rows

FORMULA_STARTS = frozenset("=+-@\t\r")
#: Columns whose text comes from an article or a person; the others are numbers or fixed words.
FREE_TEXT = ("doc", "indicator", "unit", "base_unit", "period", "locality", "reviewer", "note", "flag",
             "indicator_code", "title", "url", "source", "text")
_FREE_TEXT_INDEXES = tuple(i for i, name in enumerate(HEADER) if name in FREE_TEXT)
_TIDY_TEXT_INDEXES = tuple(i for i, name in enumerate(TIDY_HEADER) if name not in ("year", "value", "record_id"))


def defuse(cells: list[object], indexes: tuple[int, ...] = _FREE_TEXT_INDEXES) -> list[object]:
    """The row with every text cell (at ``indexes``) Excel would run as a formula made inert (in place)."""
    for i in indexes:
        cell = cells[i]
        if isinstance(cell, str) and cell[:1] in FORMULA_STARTS and not is_number(cell):
            cells[i] = "'" + cell
    return cells


def is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def write_csv(conn: sqlite3.Connection, status: str, path: Path, tick: Callable[[int], None]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, dialect="excel")  # "\r\n", quotes only where needed
        writer.writerow(HEADER)
        writerow = writer.writerow
        for n, (row, article, span) in enumerate(records(conn, status, plain_select())):
            if not n & 4095:
                tick(n)
            writerow(defuse([article.doc, *row, *article.provenance, span]))


def write_tidy_csv(conn: sqlite3.Connection, status: str, path: Path, tick: Callable[[int], None]) -> None:
    """The tidy table (:mod:`desktop.export.tidy`) as CSV, with the same encoding and formula guard."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, dialect="excel")
        writer.writerow(TIDY_HEADER)
        for n, row in enumerate(tidy_rows(conn, status)):
            if not n & 4095:
                tick(n)
            writer.writerow(defuse(list(row), _TIDY_TEXT_INDEXES))
