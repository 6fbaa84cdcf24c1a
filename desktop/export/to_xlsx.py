"""An Excel workbook for analysts: ``records`` and ``articles`` sheets, and ``tidy`` on request.

openpyxl's write-only mode streams rows to the file instead of building the
whole workbook in memory.  Each sheet has a bold, frozen header row, an
autofilter over all its rows and set column widths.  Numbers are written as
numbers (exact decimals), so that Excel sums and filters them; ``decided_at``
and ``published`` are real date cells.  Comparisons are spelled out
(``103.72% of plan; +6.97% vs same period``) and given one numeric column per
basis (``pct_of_plan`` ...).  Article text is untrusted: openpyxl would store
a string starting with ``=`` as a formula, so such strings go into explicit
text cells.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from lxml.etree import SerialisationError
from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from desktop.core.records import BASES
from desktop.export.query import ARTICLE_HEADER, HEADER, RECORD_COLUMNS, articles, record_blocks
from desktop.export.tidy import TIDY_HEADER, tidy_rows

#: How the comparison text names each basis.
BASIS_WORDS = {"same_period": "same period", "plan": "plan", "target": "target", "other": "other basis"}
#: The records sheet: the CSV's columns, with ``comparisons`` spelled out and followed by one column per basis.
BASIS_COLUMNS = tuple(f"pct_of_{basis}" for basis in BASES)
_COMPARISONS = HEADER.index("comparisons")
XLSX_HEADER = (*HEADER[: _COMPARISONS + 1], *BASIS_COLUMNS, *HEADER[_COMPARISONS + 1 :])

#: Positions in a row of HEADER (``doc`` first, then the record's columns) and of ARTICLE_HEADER.
_NUMBER_CELLS = tuple(1 + i for i, c in enumerate(RECORD_COLUMNS) if c.kind == "number")
_DECIDED_AT = HEADER.index("decided_at")
_RECORD_PUBLISHED = HEADER.index("published")
_ARTICLE_PUBLISHED = ARTICLE_HEADER.index("published")
_TIDY_VALUE = TIDY_HEADER.index("value")

HEADER_FONT = Font(bold=True)
DEFAULT_WIDTH = 12
#: Column widths in characters: wide enough for typical content, narrow enough to see many columns.
WIDTHS = {
    "doc": 24,
    "indicator": 40,
    "unit": 14,
    "base_value": 20,
    "base_unit": 14,
    "value": 20,
    "period": 11,
    "locality": 16,
    "comparisons": 42,
    "status": 11,
    "decided_at": 20,
    "note": 30,
    "flag": 20,
    "indicator_code": 28,
    "rule": 16,
    "title": 40,
    "url": 40,
    "source": 30,
    "text": 30,
    "indicator_name": 40,
    "place": 16,
    "source_article": 24,
    "source_url": 40,
}


def write_xlsx(
    conn: sqlite3.Connection, status: str, path: Path, tick: Callable[[int], None], *, tidy: bool = False
) -> None:
    _build(path, lambda book: _write(book, conn, status, tick, tidy))


def write_tidy_xlsx(conn: sqlite3.Connection, status: str, path: Path, tick: Callable[[int], None]) -> None:
    """The tidy table alone, a workbook of one sheet (``chitieu export --format tidy -o FILE.xlsx``)."""
    _build(
        path, lambda book: _fill(book, "tidy", TIDY_HEADER, map(_tidy_cells, tidy_rows(conn, status)), tick)
    )


def _build(path: Path, fill: Callable[[Workbook], None]) -> None:
    """A write-only workbook filled by ``fill`` and saved; a failed write is an OSError, as for the other formats."""
    book = Workbook(write_only=True)
    try:
        fill(book)
        _save(book, path)
    except SerialisationError as exc:
        _discard(book)
        raise _as_os_error(exc) from exc
    except BaseException:
        _discard(book)
        raise


def _save(book: Workbook, path: Path) -> None:
    """``book.save(path)``, closing the zip archive when saving fails.

    Left open, the archive's ``__del__`` tries to finish the file again and
    Python prints that failure as an "Exception ignored" traceback.
    """
    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    book.properties.modified = datetime.now(UTC).replace(tzinfo=None)  # as openpyxl's save does
    try:
        ExcelWriter(book, archive).save()
    except BaseException:
        with suppress(OSError, ValueError):
            archive.close()
        raise


def _discard(book: Workbook) -> None:
    """Close the sheets' half-written streams now, so that their failure is not printed later.

    A write-only sheet streams through a generator; left to the garbage
    collector after a failed write, it raises again and Python prints that
    as an "Exception ignored" traceback on stderr.
    """
    for sheet in book.worksheets:
        # The rows' generator first: it ends its element in the writer's stream, which closes after it.
        # Whatever they raise now repeats the failure being reported, so it is dropped.
        for stream in (getattr(sheet, "_rows", None), getattr(getattr(sheet, "_writer", None), "xf", None)):
            with suppress(Exception):
                if stream is not None:
                    stream.close()


def _as_os_error(exc: SerialisationError) -> OSError:
    """lxml reports a failed write (full disk, file too big) as a serialisation error naming the errno."""
    text = str(exc)
    code = next((getattr(errno, name) for name in ("ENOSPC", "EFBIG", "EDQUOT") if name in text), errno.EIO)
    return OSError(code, os.strerror(code))


def _write(
    book: Workbook, conn: sqlite3.Connection, status: str, tick: Callable[[int], None], tidy: bool
) -> None:
    rows = (row for block in record_blocks(conn, status) for row in block)
    _fill(book, "records", XLSX_HEADER, map(_record_cells, rows), tick)
    _fill(book, "articles", ARTICLE_HEADER, map(_article_cells, articles(conn, status)))
    if tidy:
        _fill(book, "tidy", TIDY_HEADER, map(_tidy_cells, tidy_rows(conn, status)))


def _fill(
    book: Workbook,
    title: str,
    header: tuple[str, ...],
    rows: Iterable[list[Any]],
    tick: Callable[[int], None] | None = None,
) -> None:
    """A sheet of ``rows`` under ``header``, with an autofilter over them all."""
    sheet = _sheet(book, title, header)
    count = 0
    for cells in rows:
        if tick and not count & 1023:
            tick(count)
        sheet.append([_inert(sheet, c) for c in cells])
        count += 1
    # The filter is written with the sheet's tail, so it can be set once the rows are counted.
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{count + 1}"


def _sheet(book: Workbook, title: str, header: tuple[str, ...]) -> Any:
    """A sheet with its column widths and a frozen header row; both must be set before the first row."""
    sheet = book.create_sheet(title)
    for i, name in enumerate(header, start=1):
        # The header must fit beside its filter button.
        sheet.column_dimensions[get_column_letter(i)].width = max(
            WIDTHS.get(name, DEFAULT_WIDTH), len(name) + 4
        )
    sheet.freeze_panes = "A2"
    sheet.append([_bold(sheet, name) for name in header])
    return sheet


def _bold(sheet: Any, name: str) -> Cell:
    cell = WriteOnlyCell(sheet, name)
    cell.font = HEADER_FONT
    return cell


def _record_cells(row: tuple) -> list[Any]:
    """One records-sheet row: numbers as numbers, dates as dates, comparisons spelled out and by basis."""
    cells = [_text(v) for v in row]
    for i in _NUMBER_CELLS:
        cells[i] = _number(cells[i])
    cells[_DECIDED_AT] = timestamp_cell(cells[_DECIDED_AT])
    cells[_RECORD_PUBLISHED] = date_cell(cells[_RECORD_PUBLISHED])
    readable, by_basis = comparison_cells(cells[_COMPARISONS])
    cells[_COMPARISONS : _COMPARISONS + 1] = [readable, *by_basis]
    return cells


def _article_cells(row: Sequence[Any]) -> list[Any]:
    cells = [_text(v) for v in row]
    cells[_ARTICLE_PUBLISHED] = date_cell(cells[_ARTICLE_PUBLISHED])
    return cells


def _tidy_cells(row: tuple) -> list[Any]:
    cells = [_text(v) for v in row]
    cells[_TIDY_VALUE] = _number(cells[_TIDY_VALUE])
    return cells


def comparison_cells(comparisons_json: str | None) -> tuple[str, list[Decimal | None]]:
    """``"103.72% of plan; +6.97% vs same period"`` and the percent of each basis in :data:`BASES` order.

    The per-basis columns hold the figure as a percentage *of* the basis, the
    way statistical yearbooks print "so với cùng kỳ (%)": a ratio as written
    (103.72), a change turned into one (+6.97 is 106.97).  When a record has
    two comparisons on one basis, its column holds the first; the text has both.
    """
    parts: list[str] = []
    by_basis: dict[str, Decimal] = {}
    for item in json.loads(comparisons_json or "[]"):
        percent, relation, basis = Decimal(str(item["percent"])), item["relation"], item["basis"]
        if relation == "change":
            parts.append(f"{percent:+f}% vs {BASIS_WORDS.get(basis, basis)}")
            by_basis.setdefault(basis, 100 + percent)
        else:
            parts.append(f"{percent:f}% of {BASIS_WORDS.get(basis, basis)}")
            by_basis.setdefault(basis, percent)
    return "; ".join(parts), [by_basis.get(basis) for basis in BASES]


def _number(value: Any) -> Any:
    return Decimal(value) if isinstance(value, str) else value


def timestamp_cell(value: str | None) -> datetime | str | None:
    """``2025-01-01T12:00:00.000Z`` as a date-time cell (UTC; Excel has no time zones)."""
    if not value:
        return value
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return value


def date_cell(value: str | None) -> date | str | None:
    """``2020-12-31`` as a date cell; anything else as the text it is."""
    if not value:
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        return value


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
