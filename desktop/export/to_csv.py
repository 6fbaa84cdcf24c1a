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

Speed: the rows come a block at a time (:func:`record_blocks`), the csv
module's C writer formats a whole block into memory, and it is written at
once.  What is left is Python's own per-cell work: the csv writer (about a
third), turning SQLite values into Python objects (a third) and reading
each article's text for its spans (a third); a cheaper-looking formula test
over whole columns (``zip`` and ``str.startswith``) measured slower than
:func:`defuse`'s loop over each row's text cells.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from desktop.export.query import HEADER, record_blocks
from desktop.export.tidy import TIDY_HEADER, tidy_blocks

FORMULA_STARTS = frozenset("=+-@\t\r")
#: Columns whose text comes from an article or a person; the others are numbers or fixed words.
FREE_TEXT = (
    "doc",
    "indicator",
    "unit",
    "base_unit",
    "period",
    "locality",
    "reviewer",
    "note",
    "flag",
    "indicator_code",
    "title",
    "url",
    "source",
    "text",
)
_FREE_TEXT_INDEXES = tuple(i for i, name in enumerate(HEADER) if name in FREE_TEXT)
_TIDY_TEXT_INDEXES = tuple(
    i for i, name in enumerate(TIDY_HEADER) if name not in ("year", "value", "record_id")
)


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
    _write(path, HEADER, record_blocks(conn, status), _FREE_TEXT_INDEXES, tick)


def write_tidy_csv(conn: sqlite3.Connection, status: str, path: Path, tick: Callable[[int], None]) -> None:
    """The tidy table (:mod:`desktop.export.tidy`) as CSV, with the same encoding and formula guard."""
    _write(path, TIDY_HEADER, tidy_blocks(conn, status), _TIDY_TEXT_INDEXES, tick)


def _write(
    path: Path,
    header: tuple[str, ...],
    blocks: Iterable[list[tuple]],
    text_indexes: tuple[int, ...],
    tick: Callable[[int], None],
) -> None:
    """``header`` and the rows as Excel's CSV: BOM, ``\\r\\n``, quotes only where needed."""
    done = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        fh.write(_csv_text([header]))
        for block in blocks:
            tick(done)
            fh.write(_csv_text([defuse(list(row), text_indexes) for row in block]))
            done += len(block)


def _csv_text(rows: Iterable[Sequence[object]]) -> str:
    lines: list[str] = []
    csv.writer(_Appender(lines), dialect="excel").writerows(rows)
    return "".join(lines)


class _Appender:
    """A file-like target for csv.writer that keeps the lines it is given."""

    def __init__(self, lines: list[str]) -> None:
        self.write = lines.append
