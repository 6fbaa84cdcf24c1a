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
once, as UTF-8 bytes from end to end.  The csv module's C writer looks at
every character of every cell through a function call, so little goes
through it: the article's cells (``doc``, title, URL, source, date) are
written once per article; the record's cells up to ``rule`` come from
SQLite's ``printf`` as one run joined by commas, the comparisons' JSON
quoted in it by SQLite, with the count of commas and quotes the run holds
when no other cell needs quoting, and are used as they are when bytes
searches find just those, no line break and no formula start
(:func:`line_blocks`); the cross-article checks (long JSON) and the span are
quoted here, the reals, version and a record's own checks written once per
distinct value, all exactly as the writer would.  The test is made once
for a whole block of runs (:func:`_all_plain`), and record by record only
in a block that fails it; a record whose run fails goes through the writer
cell by cell.  Measured and not kept:
testing the runs in SQL (``length``/``replace``/``GLOB``, 4 µs a record
more); quoting the checks with SQLite's ``replace`` (its result grows once
per quote: 0.5 µs more than ``bytes.replace``); a regular expression over
the joined cells (slower than the writer it saved).  Text crossing into
Python as ``str`` (decoded, then the block encoded again) cost more than
bytes kept as they come.
"""

from __future__ import annotations

import codecs
import csv
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from desktop.export.query import (
    ARTICLE_COLUMNS,
    HEADER,
    RECORD_COLUMNS,
    Articles,
    blocks,
    checks_cell,
    exported_articles,
    record_row,
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
    with path.open("wb") as fh:
        fh.write(HEAD)
        for lines, records in line_blocks(conn, status):
            tick(done)
            fh.write(lines)
            done += records


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


#: What the file holds before the first record: the byte order mark and the header line.
HEAD = codecs.BOM_UTF8 + _csv_text([HEADER]).encode()


_RECORD_TEXT_INDEXES = tuple(i for i, c in enumerate(RECORD_COLUMNS) if c.name in FREE_TEXT)
#: The free-text cells among ``article_id``'s and the article's other cells.
_ARTICLE_TEXT_INDEXES = tuple(i for i, c in enumerate(ARTICLE_COLUMNS) if c.name in FREE_TEXT)
_CHECKS = [c.name for c in RECORD_COLUMNS].index("checks")
#: A formula start after the comma before a cell (``\r`` is tested as a line break).  The pattern
#: starts with a literal, so the matcher looks only at commas.
_FORMULA_CELL = re.compile(b",[=+\\-@\t]").search
_FORMULA_BYTES = frozenset(c.encode() for c in FORMULA_STARTS)
_RECORD_SQL = select(RECORD_COLUMNS)
#: The comparisons' cell as the csv writer writes JSON holding a quote (all of it but ``[]``): quoted,
#: its quotes doubled.  Other JSON (no quote) is written so too, and then fails the line's test.
_COMPARISONS_CELL = (
    "CASE r.comparisons WHEN '[]' THEN '[]' ELSE '\"' || replace(r.comparisons, '\"', '\"\"') || '\"' END"
)
#: A label holding a comma (``thương mại, dịch vụ``), quoted as the csv writer quotes it when it holds no
#: quote and starts like no formula (else left as it is, for the line's test to fail).
_QUOTED_LABEL = (
    "instr(r.indicator, ',') AND NOT instr(r.indicator, '\"') "
    "AND substr(r.indicator, 1, 1) NOT IN ('=', '+', '-', '@', char(9), char(13))"
)
_LABEL_CELL = f"CASE WHEN {_QUOTED_LABEL} THEN '\"' || r.indicator || '\"' ELSE r.indicator END"
#: What the commas and quotes of a plain line add up to (:func:`line_blocks`): its cells' commas, and
#: those the comparisons' and a quoted label's cells hold with their quotes, times 2**32; -1 (never) for
#: JSON without a quote.
_QUOTES = 1 << 32


def _held(column: str, char: str) -> str:
    """SQL: how many ``char`` the text ``column`` holds."""
    return f"(length({column}) - length(replace({column}, '{char}', '')))"


def _expected(commas: int) -> str:
    comparisons = "r.comparisons"
    return (
        f"CASE r.comparisons WHEN '[]' THEN {commas} WHEN '' THEN -1 "
        f"ELSE CASE WHEN instr({comparisons}, '\"') THEN {commas} + {_held(comparisons, ',')} "
        f"+ {_QUOTES} * (2 + 2 * {_held(comparisons, chr(34))}) ELSE -1 END END "
        f"+ CASE WHEN {_QUOTED_LABEL} THEN {_held('r.indicator', ',')} + 2 * {_QUOTES} ELSE 0 END"
    )


#: The failed checks (:data:`~desktop.export.query._CHECKS_VALUE`): a record's own alone as stored (text,
#: for :func:`checks_cell` to space), none as NULL, its cross-article finding alone as a BLOB (the list
#: is ``[finding]``, which Python quotes: SQLite's ``replace`` grows its result once per quote), both as 0
#: (rare: the record is written cell by cell).
_CHECKS_CELL = (
    "CASE WHEN d.conflicts IS NULL THEN d.checks WHEN d.checks IS NULL OR d.checks = '[]' "
    "THEN CAST(d.conflicts AS BLOB) ELSE 0 END"
)


def _runs() -> tuple[int, str]:
    """The commas of a plain record's cells up to ``rule``, and the SQL of a row.

    The row: the record's cells before ``confidence`` joined as the csv
    writer writes them when none needs quotes (``printf``: NULL as an empty
    cell; SQLite's text of an integer is Python's, an exact number is its
    text), with the comparisons' cell already quoted, as UTF-8; the
    :func:`_expected` count of its commas and quotes; ``confidence``,
    ``extractor_version``, the checks' cell (:data:`_CHECKS_CELL`), ``risk``
    as values; ``,record_id,article_id`` as UTF-8; then ``r.article_id``,
    ``r.start`` and ``r."end"``.
    """
    names = [c.name for c in RECORD_COLUMNS]
    comparisons, confidence = names.index("comparisons"), names.index("confidence")
    if tuple(names[confidence:]) != ("confidence", "extractor_version", "checks", "risk", "record_id"):
        raise ValueError("the CSV line pieces no longer match the export's columns")
    joined = RECORD_COLUMNS[:confidence]
    if any(c.kind in ("real", "json") for i, c in enumerate(joined) if i != comparisons):
        raise ValueError("only text, exact numbers and integers are joined in SQL")
    cells = [c.sql for c in joined]
    cells[comparisons] = _COMPARISONS_CELL
    if joined[0].name != "indicator":
        raise ValueError("the CSV line pieces no longer match the export's columns")
    cells[0] = _LABEL_CELL
    run = f"CAST(printf('{','.join(['%s'] * len(cells))}', {', '.join(cells)}) AS BLOB)"
    commas = len(cells) - 1
    return commas, (
        f"{run}, {_expected(commas)}, r.confidence, r.extractor_version, {_CHECKS_CELL}, r.risk, "
        "CAST(printf(',%d,%d', r.id, r.article_id) AS BLOB), r.article_id, r.start, r.\"end\""
    )


_COMMAS, _ROW_SQL = _runs()
#: Cells written once per distinct value (``confidence``, ``extractor_version``, ``risk``, a record's own
#: checks): so many kept at most, then forgotten.
_REMEMBERED = 4096


def line_blocks(
    conn: sqlite3.Connection, status: str, articles: Articles | None = None
) -> Iterator[tuple[bytes, int]]:
    """The records' CSV lines (of the ``articles``, every one if ``None``), a block at a time, as UTF-8 and
    their number.

    A line is the article's ``doc`` cell, the record's own cells and its
    ``article_id`` as the csv writer writes them, the article's other cells
    and the record's span.  What is the article's is read and written once
    per article (:func:`_article_cells`) instead of going through the csv
    writer with every record; the span is cut from the article's text and
    written as the writer would (:func:`_span_cell`).

    The record's cells up to ``rule`` come from SQLite as one UTF-8 run
    joined by commas (:func:`_runs`), the comparisons' cell quoted in it, and
    with the number of commas and quotes the run holds when no other cell
    needs quotes: when it holds just those, no line break and no cell
    starting like a formula, it is the writer's bytes (tested for the whole
    block at once by :func:`_all_plain`, else run by run).  So is the checks'
    cell, quoted by SQLite, when it holds a cross-article finding.  The few
    other cells are written once per distinct value and remembered.  A record
    whose run fails the test is read again and written cell by cell
    (:func:`_written_cells`).  The writer looks at every character of every
    cell through a function call, and text crossing into Python is decoded:
    they were most of the export's time.
    """
    if (HEADER[0], ARTICLE_COLUMNS[0].name, HEADER[-1]) != ("doc", "article_id", "text"):
        raise ValueError("the CSV line pieces no longer match the export's columns")
    texts = exported_articles(conn, status, f"a.doc, {select(ARTICLE_COLUMNS[1:])}, a.text", articles)
    current, doc, rest, text = None, b"", b"", ""
    confidence_cells: dict[object, bytes] = {}
    version_cells: dict[object, bytes] = {}
    risk_cells: dict[object, bytes] = {}
    checks_cells: dict[object, bytes | None] = {None: b","}
    formula, starts = _FORMULA_CELL, _FORMULA_BYTES
    for block in blocks(conn, status, _ROW_SQL, articles):
        if len(confidence_cells) + len(version_cells) + len(risk_cells) + len(checks_cells) > _REMEMBERED:
            confidence_cells, version_cells, risk_cells, checks_cells = {}, {}, {}, {None: b","}
        pieces: list[bytes] = []
        plain = _all_plain(block)
        for cells, expected, confidence, version, checks, risk, ids, article, start, end in block:
            while article != current:
                current, doc, rest, text = _article_cells(next(texts))
            if type(checks) is bytes:  # a cross-article finding: an object, holding quotes
                checks = b',"[' + checks.replace(b'"', b'""') + b']"' if b'"' in checks else None
            else:
                if (checks_cell := checks_cells.get(checks)) is None:
                    checks_cell = checks_cells[checks] = _checks_cell(checks)
                checks = checks_cell
            if checks is None or (
                not plain
                and (
                    cells.count(b",") + cells.count(b'"') * _QUOTES != expected
                    or b"\n" in cells
                    or b"\r" in cells
                    or cells[:1] in starts
                    or formula(cells)
                )
            ):
                cells = _written_cells(conn, int(ids[1 : ids.index(b",", 1)]))
                pieces += (doc, cells, rest, _span_cell(text[start:end]), b"\r\n")
                continue
            if (confidence_cell := confidence_cells.get(confidence)) is None:
                confidence_cell = confidence_cells[confidence] = _cell(confidence)
            if (version_cell := version_cells.get(version)) is None:
                version_cell = version_cells[version] = _cell(version)
            if (risk_cell := risk_cells.get(risk)) is None:
                risk_cell = risk_cells[risk] = _cell(risk)
            span = text[start:end]
            if span[:1] in FORMULA_STARTS or '"' in span or "," in span or "\n" in span or "\r" in span:
                span_cell = _span_cell(span)
            else:
                span_cell = span.encode()
            pieces += (
                doc,
                cells,
                confidence_cell,
                version_cell,
                checks,
                risk_cell,
                ids,
                rest,
                span_cell,
                b"\r\n",
            )
        yield b"".join(pieces), len(block)


def _all_plain(block: list[tuple]) -> bool:
    """Whether every record's run in ``block`` passes the test of :func:`line_blocks`, tested at once.

    The runs joined by commas hold a record's commas and quotes (counted as in :func:`_expected`)
    plus one comma between records, when each run holds just its own: a run never holds fewer than
    its count says (the count is of the same cells' text; -1, a run that cannot pass, is less than
    any), so the sums are equal only if every run's are.  Every run starts after a comma, so a formula
    start after a comma anywhere is the test of every cell's first character.  One pass of a few C
    searches over the block's bytes instead of a dozen Python operations per record; a block that
    fails (a note with a comma or a line break, a negative number) is tested record by record.
    """
    joined = b",".join([row[0] for row in block])
    if (
        joined.count(b",") - len(block) + 1 + joined.count(b'"') * _QUOTES != sum([row[1] for row in block])
        or b"\n" in joined
        or b"\r" in joined
        or joined[:1] in _FORMULA_BYTES
    ):
        return False
    if b"=" in joined or b"+" in joined or b"@" in joined or b"\t" in joined:
        return _FORMULA_CELL(joined) is None
    # Only ``-`` is left, common in labels ("nông - lâm"): look at what comes before each one.
    dash = joined.find(b"-")
    while dash > 0:
        if joined[dash - 1] == 44:  # ","
            return False
        dash = joined.find(b"-", dash + 1)
    return True


def _cell(value: object) -> bytes:
    """``,`` and one cell as the csv writer writes it in a row of several, as UTF-8."""
    return ("," + _csv_text([(value, None)])[:-3]).encode()


def _checks_cell(checks: object) -> bytes | None:
    """``,`` and the cell of a record's own checks (text) as the csv writer writes them; None for a
    finding SQLite did not quote (:data:`_CHECKS_CELL`)."""
    if not isinstance(checks, str):
        return None
    return _json_cell(checks_cell(checks))[:-1].encode()


def _written_cells(conn: sqlite3.Connection, record_id: int) -> bytes:
    """The record's cells and its ``article_id``, through the csv writer, the checks as :func:`_json_cell`."""
    row = record_row(conn, record_id, f"{_RECORD_SQL}, r.article_id")
    cells = defuse(list(row), _RECORD_TEXT_INDEXES)
    return (
        _csv_text([cells[:_CHECKS]])[:-2]
        + _json_cell(checks_cell(row[_CHECKS]))
        + _csv_text([cells[_CHECKS + 1 :]])[:-2]
    ).encode()


def _article_cells(article: tuple) -> tuple[int, bytes, bytes, str]:
    """The article's id, its ``doc`` cell and comma, its cells after ``article_id`` between commas (as
    UTF-8), its text."""
    article_id, doc, *fields, text = article
    doc_cell = _csv_text([defuse([doc, None], (0,))])[:-2]  # two cells: a lone empty cell is written ""
    rest = _csv_text([defuse([None, *fields], _ARTICLE_TEXT_INDEXES)])[:-2] + ","
    return article_id, doc_cell.encode(), rest.encode(), text


def _json_cell(json: object) -> str:
    """``,json,`` as the csv writer writes the cell between its commas (the checks, the comparisons).

    The checks are JSON, hundreds of characters, most of them in quotes: the
    writer doubles them one character at a time, ``str.replace`` at once.
    """
    if json is None:
        return ",,"
    if type(json) is not str:
        return "," + _csv_text([(json, None)])[:-2]
    if _needs_quotes(json):
        return ',"' + json.replace('"', '""') + '",'
    return "," + json + ","


def _needs_quotes(cell: str) -> bool:
    """Whether the csv writer quotes ``cell`` (str searches, faster than a character class)."""
    return '"' in cell or "," in cell or "\r" in cell or "\n" in cell


def _span_cell(span: str) -> bytes:
    """The span as the csv writer writes it after :func:`defuse`, as UTF-8."""
    if span[:1] in FORMULA_STARTS and not is_number(span):
        span = "'" + span
    if _needs_quotes(span):
        return ('"' + span.replace('"', '""') + '"').encode()
    return span.encode()
