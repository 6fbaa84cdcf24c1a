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

Speed: the rows come a block at a time and a whole block is written at
once.  Only a record's short cells go through the csv module's C writer:
the article's cells (``doc``, title, URL, source, date) are written once
per article, and the record's checks (long JSON) and span are quoted
here, exactly as the writer would (:func:`_line_blocks`).  What is left
is mostly turning SQLite values into Python objects (a third of it the
checks expression's ``json()``), then the writer.  Building the lines in
SQL instead (each text cell quoted by ``CASE``/``instr``/``replace``, the
formula starts tested by ``substr``) measured no faster, SQLite's part
alone taking longer than the csv writer; a formula test over whole
columns (``zip`` and ``str.startswith``) measured slower than the loop
over a row's text cells.
"""

from __future__ import annotations

import csv
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from desktop.export.query import (
    ARTICLE_COLUMNS,
    HEADER,
    RECORD_COLUMNS,
    blocks,
    exported_articles,
    select,
)
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
    """The records as CSV: the csv module writes each record's own cells, the article's are written once."""
    done = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        fh.write(_csv_text([HEADER]))
        for text, lines in _line_blocks(conn, status):
            tick(done)
            fh.write(text)
            done += lines


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


_RECORD_TEXT_INDEXES = tuple(i for i, c in enumerate(RECORD_COLUMNS) if c.name in FREE_TEXT)
#: The free-text cells among ``article_id``'s and the article's other cells.
_ARTICLE_TEXT_INDEXES = tuple(i for i, c in enumerate(ARTICLE_COLUMNS) if c.name in FREE_TEXT)
_START, _END, _CHECKS = ([c.name for c in RECORD_COLUMNS].index(name) for name in ("start", "end", "checks"))
_NEEDS_QUOTES = re.compile('[,"\r\n]').search


def _line_blocks(conn: sqlite3.Connection, status: str) -> Iterator[tuple[str, int]]:
    """The records' CSV lines, a block at a time, as one string and its number of lines.

    A line is the article's ``doc`` cell, the record's own cells and its
    ``article_id`` as the csv writer writes them, the article's other cells
    and the record's span.  What is the article's is read and written once
    per article (:func:`_article_cells`) instead of going through the csv
    writer with every record; the span is cut from the article's text and
    written as the writer would (:func:`_span_cell`), and so are the checks
    (:func:`_checks_cell`), which the writer would copy character by character.
    """
    if (HEADER[0], ARTICLE_COLUMNS[0].name, HEADER[-1]) != ("doc", "article_id", "text"):
        raise ValueError("the CSV line pieces no longer match the export's columns")
    articles = exported_articles(conn, status, f"a.doc, {select(ARTICLE_COLUMNS[1:])}, a.text")
    current, doc, rest, text = None, "", "", ""
    for block in blocks(conn, status, f"{select(RECORD_COLUMNS)}, r.article_id"):
        written: list[str] = []
        writerow = csv.writer(_Appender(written), dialect="excel").writerow
        pieces: list[str] = []
        for row in block:
            while row[-1] != current:
                current, doc, rest, text = _article_cells(next(articles))
            cells: Sequence[object] = row
            for i in _RECORD_TEXT_INDEXES:  # inline: a call per record costs more than the test
                cell = row[i]
                if cell and cell[:1] in FORMULA_STARTS:
                    cells = defuse(list(row), _RECORD_TEXT_INDEXES)
                    break
            writerow(cells[:_CHECKS])
            writerow(cells[_CHECKS + 1 :])
            pieces += (
                doc,
                written[-2][:-2],
                _checks_cell(row[_CHECKS]),
                written[-1][:-2],
                rest,
                _span_cell(text[row[_START] : row[_END]]),
                "\r\n",
            )
        yield "".join(pieces), len(block)


def _article_cells(article: tuple) -> tuple[int, str, str, str]:
    """The article's id, its ``doc`` cell and comma, its cells after ``article_id`` between commas, its text."""
    article_id, doc, *fields, text = article
    doc_cell = _csv_text([defuse([doc, None], (0,))])[:-2]  # two cells: a lone empty cell is written ""
    rest = _csv_text([defuse([None, *fields], _ARTICLE_TEXT_INDEXES)])[:-2] + ","
    return article_id, doc_cell, rest, text


def _checks_cell(checks: object) -> str:
    """``,checks,`` as the csv writer writes the cell between its commas.

    The checks are JSON, hundreds of characters, most of them in quotes: the
    writer doubles them one character at a time, ``str.replace`` at once
    (more than half of the writer's time was this cell).
    """
    if checks is None:
        return ",,"
    if type(checks) is not str:
        return "," + _csv_text([(checks, None)])[:-2]
    if _NEEDS_QUOTES(checks):
        return ',"' + checks.replace('"', '""') + '",'
    return "," + checks + ","


def _span_cell(span: str) -> str:
    """The span as the csv writer writes it after :func:`defuse`."""
    if span[:1] in FORMULA_STARTS and not is_number(span):
        span = "'" + span
    if _NEEDS_QUOTES(span):
        return '"' + span.replace('"', '""') + '"'
    return span
