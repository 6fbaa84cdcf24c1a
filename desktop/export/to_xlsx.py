"""An Excel workbook: a ``records`` sheet and an ``articles`` sheet.

openpyxl's write-only mode streams rows to the file instead of building the
whole workbook in memory.  Numbers are written as numbers (exact decimals),
so that Excel sums and filters them; comparisons are JSON text as in the CSV.
Article text is untrusted: openpyxl would store a string starting with ``=``
as a formula, so such strings go into explicit text cells.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from contextlib import suppress
from decimal import Decimal
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from lxml.etree import SerialisationError
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.writer.excel import ExcelWriter

from desktop.export.query import ARTICLE_HEADER, HEADER, RECORD_COLUMNS, articles, plain_select, records

_NUMBER_COLUMNS = frozenset(i for i, c in enumerate(RECORD_COLUMNS) if c.kind == "number")


def write_xlsx(conn: sqlite3.Connection, status: str, path: Path, tick: Callable[[int], None]) -> None:
    book = Workbook(write_only=True)
    try:
        _write(book, conn, status, path, tick)
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


def _write(book: Workbook, conn: sqlite3.Connection, status: str, path: Path, tick: Callable[[int], None]) -> None:
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
    _save(book, path)


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
