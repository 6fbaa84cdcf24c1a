"""An Excel workbook: a ``records`` sheet and an ``articles`` sheet.

openpyxl's write-only mode streams rows to the file instead of building the
whole workbook in memory.  Numbers are written as numbers (exact decimals),
so that Excel sums and filters them; comparisons are JSON text as in the CSV.
Article text is untrusted: openpyxl would store a string starting with ``=``
as a formula, so such strings go into explicit text cells.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from desktop.export.query import ARTICLE_HEADER, HEADER, RECORD_COLUMNS, articles, plain_select, records

_NUMBER_COLUMNS = frozenset(i for i, c in enumerate(RECORD_COLUMNS) if c.kind == "number")


def write_xlsx(conn: sqlite3.Connection, status: str, path: Path, tick: Callable[[int], None]) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("records")
    sheet.append(HEADER)
    for n, (row, article, span) in enumerate(records(conn, status, plain_select())):
        if not n & 1023:
            tick(n)
        cells = (_text(article.doc), *(_record_cell(i, v) for i, v in enumerate(row)),
                 *(_text(v) for v in article.provenance), _text(span))
        sheet.append([_inert(sheet, c) for c in cells])
    sheet = book.create_sheet("articles")
    sheet.append(ARTICLE_HEADER)
    for article in articles(conn, status):
        sheet.append([_inert(sheet, _text(v)) for v in article])
    book.save(path)


def _record_cell(index: int, value: Any) -> Any:
    if value is not None and index in _NUMBER_COLUMNS:
        return Decimal(value)
    return _text(value)


def _text(value: Any) -> Any:
    """Strings without the control characters the XLSX format cannot hold; other values as they are."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value




def _inert(sheet: Any, value: Any) -> Any:
    """A string openpyxl would write as a formula becomes a text cell; anything else is unchanged."""
    if isinstance(value, str) and value.startswith("="):
        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "s"
        return cell
    return value
