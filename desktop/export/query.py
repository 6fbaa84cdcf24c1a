"""The rows of an export: records in article and text order, each with its article.

Every format writes the same columns in the same order (:data:`COLUMNS`), so
they are defined once here, each with its SQL.  One query reads them all:
articles in id order as the outer loop (``CROSS JOIN`` fixes the order), each
article's records through the ``records_article`` index inside it, so
neither side is sorted and an article's short fields are read from the row
the loop stands on (:func:`blocks`).  The span text costs SQLite a load of
the article text per record, which is still no slower than doing it in
Python when SQLite writes the whole line.  JSON Lines and CSV read each
article's fields and text once, walking :func:`exported_articles` beside
the records; XLSX, which needs every cell as a Python value, gets whole
rows from :func:`record_blocks`, which shares each article's values among
its rows: turning SQLite values into Python objects is most of its cost.
Rows come in blocks (:data:`BLOCK`), which the writers turn into one write
each.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from desktop.core.errors import InputError
from desktop.store.details import JOINED

#: Which records each ``--status`` choice exports.
STATUS_FILTERS: dict[str, tuple[str, ...]] = {
    "confirmed": ("confirmed", "corrected", "added"),  # what a human accepted as a record
    "reviewed": ("confirmed", "corrected", "added", "rejected"),  # every decision, with its status
    "all": ("pending", "confirmed", "corrected", "added", "rejected"),
}


@dataclass(frozen=True)
class Column:
    """One field of a record: its name, its SQL, and how a typed format should read it."""

    name: str
    sql: str
    kind: str = "text"  # text | number (exact decimal as text) | int | real | json
    #: For a JSON column, SQL giving its minified JSON text, never NULL (``null``), without parsing
    #: what is stored minified already (schema v11): what JSON Lines pastes into its lines.
    json_sql: str | None = None
    #: For a JSON column, SQL giving it as ``json_object`` writes JSON (``json()``'s, or another JSON
    #: function's, result), where that is cheaper than :attr:`json_sql` pasted.
    json_object_sql: str | None = None


#: The failed checks as JSON Lines writes them: the record's own, then its cross-article finding, one
#: minified list, exactly as ``json_insert(checks, '$[#]', json(conflicts))`` wrote it from the same
#: stored JSON (``rtrim`` cuts the list's one ``]``: its last item is an object, ending in ``}``).
_CHECKS_JSON = (
    "CASE WHEN d.conflicts IS NULL THEN coalesce(d.checks, 'null') "
    "WHEN d.checks IS NULL OR d.checks = '[]' THEN '[' || d.conflicts || ']' "
    "ELSE rtrim(d.checks, ']') || ',' || d.conflicts || ']' END"
)
#: The failed checks as CSV and XLSX read them (:func:`checks_cell`): a record's own alone as stored, a
#: list with its cross-article finding as a BLOB, so that Python tells the two apart.
_CHECKS_VALUE = f"CASE WHEN d.conflicts IS NULL THEN d.checks ELSE CAST({_CHECKS_JSON} AS BLOB) END"


#: The exchange format of ANNOTATION.md, then review fields, then provenance of the record.
RECORD_COLUMNS: tuple[Column, ...] = (
    Column("indicator", "r.indicator"),
    Column("value", "r.value", "number"),
    Column("unit", "r.unit"),
    Column("base_value", "r.base_value", "number"),
    Column("base_unit", "r.base_unit"),
    Column("of", 'r."of"', "number"),
    Column("value_max", "r.value_max", "number"),
    Column("qualifier", "r.qualifier"),
    Column("kind", "r.kind"),
    Column("period", "r.period"),
    Column("locality", "r.locality"),
    # Stored as ``json.dumps`` spaces it (the CSV writes it so); most records hold ``[]``, which
    # ``json_array()`` gives as JSON without parsing anything.
    Column(
        "comparisons",
        "r.comparisons",
        "json",
        json_object_sql="CASE r.comparisons WHEN '[]' THEN json_array() ELSE json(r.comparisons) END",
    ),
    Column("start", "r.start", "int"),
    Column("end", 'r."end"', "int"),
    Column("status", "r.status"),
    Column("reviewer", "r.reviewer"),
    Column("decided_at", "r.decided_at"),
    Column("note", "r.note"),
    Column("flag", "r.flag"),
    Column("indicator_code", "r.indicator_code"),
    Column("rule", "r.rule"),
    Column("confidence", "r.confidence", "real"),
    Column("extractor_version", "r.extractor_version"),
    # Failed checks (issue 13): [{rule, en, vi, records?}].
    Column("checks", _CHECKS_VALUE, "json", _CHECKS_JSON),
    Column("risk", "r.risk", "real"),
    Column("record_id", "r.id", "int"),
)
#: Provenance from the article, written after the record's fields.
ARTICLE_COLUMNS: tuple[Column, ...] = (
    Column("article_id", "a.id", "int"),
    Column("title", "a.title"),
    Column("url", "a.url"),
    Column("source", "a.source"),
    Column("published", "a.published"),
)
ARTICLE_FIELDS = tuple(c.name for c in ARTICLE_COLUMNS)
#: The characters the record was read from (Python's ``text[start:end]``, never a negative length).
SPAN = Column("text", 'substr(a.text, r.start + 1, max(r."end" - r.start, 0))')
#: Every column, in file order: ``doc`` first (the exchange format's key), the span text last.
COLUMNS: tuple[Column, ...] = (Column("doc", "a.doc"), *RECORD_COLUMNS, *ARTICLE_COLUMNS, SPAN)
HEADER = tuple(c.name for c in COLUMNS)
#: Rows fetched, and written, at a time; progress and cancel are checked once per block.
BLOCK = 4096


#: Own checks as stored (minified) → as the CSV and XLSX write them; so many kept at most, then forgotten.
_SPACED: dict[str, str] = {}
_SPACED_KEPT = 4096


def checks_cell(value: str | bytes | None) -> str | None:
    """The checks of :data:`_CHECKS_VALUE` as the CSV and XLSX have always written them.

    A record's own checks alone were written as stored, which was ``json.dumps``' spacing
    before schema v11 stored them minified: they are spaced again here, once per distinct
    text (a few hundred in a corpus).  With a cross-article finding they were, and are,
    SQLite's minified list.
    """
    if value is None or isinstance(value, bytes):
        return None if value is None else value.decode()
    if (spaced := _SPACED.get(value)) is None:
        if len(_SPACED) >= _SPACED_KEPT:
            _SPACED.clear()
        try:
            spaced = json.dumps(json.loads(value), ensure_ascii=False)
        except ValueError:  # not JSON (a hand edit): as stored
            spaced = value
        _SPACED[value] = spaced
    return spaced


def statuses(status: str) -> tuple[str, ...]:
    try:
        return STATUS_FILTERS[status]
    except KeyError:
        raise InputError(f"Unknown status {status!r}: choose one of {', '.join(STATUS_FILTERS)}.") from None


#: Articles ``(after, up to)`` by id: the part of an export one process writes (:mod:`desktop.export.parallel`).
Articles = tuple[int, int]


def _where(status: str) -> tuple[str, tuple[str, ...]]:
    """The status filter; ``+`` keeps SQLite on the article-order index instead of sorting."""
    chosen = statuses(status)
    if chosen == STATUS_FILTERS["all"]:
        return "", ()
    return f"WHERE +r.status IN ({', '.join('?' * len(chosen))})", chosen


def _within(where: str, params: tuple, articles: Articles | None) -> tuple[str, tuple]:
    """The condition ``where`` (``WHERE ...`` or nothing) narrowed to ``articles``: a range of the
    rowid, which the article loop walks alone."""
    if articles is None:
        return where, params
    return f"{where} {'AND' if where else 'WHERE'} a.id > ? AND a.id <= ?", (*params, *articles)


def count(conn: sqlite3.Connection, status: str) -> tuple[int, int]:
    """(records, articles) the export will write."""
    where, params = _where(status)
    row = conn.execute(
        f"SELECT COUNT(*), COUNT(DISTINCT r.article_id) FROM records r {where}", params
    ).fetchone()
    return row[0], row[1]


def _tuples(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """A cursor giving plain tuples, whatever the connection's row factory: the writers unpack rows by
    position, and a ``sqlite3.Row`` per record is work they never use."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return cursor


def select(columns: Iterable[Column]) -> str:
    return ", ".join(c.sql for c in columns)


def blocks(
    conn: sqlite3.Connection, status: str, columns: str, articles: Articles | None = None
) -> Iterator[list[tuple]]:
    """Blocks of rows of the SQL ``columns`` over ``a`` (article), ``r`` (record) and ``d`` (its details,
    :mod:`desktop.store.details`), in file order; of the ``articles`` only, if given."""
    where, params = _within(*_where(status), articles)
    cursor = _tuples(conn).execute(
        f"SELECT {columns} FROM articles a CROSS JOIN records r ON r.article_id = a.id "
        f"LEFT JOIN record_details d ON d.record_id = r.id {where} "
        "ORDER BY a.id, r.start, r.id",
        params,
    )
    while block := cursor.fetchmany(BLOCK):
        yield block


def record_row(conn: sqlite3.Connection, record_id: int, columns: str) -> tuple:
    """The SQL ``columns`` over ``a``, ``r`` and ``d`` (as in :func:`blocks`) for one record."""
    row: tuple = conn.execute(
        f"SELECT {columns} FROM records r JOIN articles a ON a.id = r.article_id "
        f"LEFT JOIN record_details d ON d.record_id = r.id WHERE r.id = ?",
        (record_id,),
    ).fetchone()
    return row


def exported_articles(
    conn: sqlite3.Connection, status: str, columns: str, articles: Articles | None = None
) -> Iterator[tuple]:
    """``a.id`` and the SQL ``columns`` of each article with exported records, in id order.

    Walked beside the records of :func:`blocks` (same order, the same ``articles``), so that
    what is the same for all of an article's records is read and converted once.
    """
    chosen, params = _where(status)
    exported = f"WHERE EXISTS (SELECT 1 FROM records r WHERE r.article_id = a.id {chosen.replace('WHERE', 'AND', 1)})"
    where, params = _within(exported, params, articles)
    return _tuples(conn).execute(f"SELECT a.id, {columns} FROM articles a {where} ORDER BY a.id", params)


def parts(conn: sqlite3.Connection, records: int) -> list[Articles]:
    """Ranges of articles by id, each holding about ``records`` records, the last open-ended.

    Counted by the articles' ``n_records`` (every status, read from the
    ``articles_summary`` index alone): a filtered export's parts are less
    even, never wrong.
    """
    ranges: list[Articles] = []
    after, held = 0, 0
    for article_id, n in conn.execute("SELECT id, n_records FROM articles ORDER BY id"):
        held += n or 0
        if held >= records:
            ranges.append((after, article_id))
            after, held = article_id, 0
    ranges.append((after, LAST_ID))
    return ranges


#: The largest rowid SQLite gives.
LAST_ID = 2**63 - 1
_RECORD_FIELDS = select(RECORD_COLUMNS)
_ARTICLE_ROW = f"SELECT doc, {select(ARTICLE_COLUMNS)}, text FROM articles a WHERE id = ?"


def record_blocks(conn: sqlite3.Connection, status: str) -> Iterator[list[tuple]]:
    """Blocks of rows of :data:`HEADER` as Python values, for formats that handle every cell.

    SQLite reads the records alone; each article's fields and text are
    fetched once, when its first record passes, shared by its rows, and the
    span text is cut from the text in Python (see the module docstring).
    """
    where, params = _where(status)
    cursor = conn.execute(
        f"SELECT r.article_id, {_RECORD_FIELDS} FROM {JOINED} {where} ORDER BY r.article_id, r.start, r.id",
        params,
    )
    names = [c.name for c in RECORD_COLUMNS]
    start, end, checks = (1 + names.index(name) for name in ("start", "end", "checks"))
    current, doc, provenance, text = None, "", (), ""
    while block := cursor.fetchmany(BLOCK):
        rows = []
        for row in block:
            if row[0] != current:
                current = row[0]
                doc, *fields, text = conn.execute(_ARTICLE_ROW, (current,)).fetchone()
                provenance = tuple(fields)
            rows.append(
                (
                    doc,
                    *row[1:checks],
                    checks_cell(row[checks]),
                    *row[checks + 1 :],
                    *provenance,
                    text[row[start] : row[end]],
                )
            )
        yield rows


ARTICLE_HEADER = (
    "article_id",
    "doc",
    "title",
    "url",
    "source",
    "published",
    "year",
    "locality",
    "extractor_version",
    "records",
    "pending",
    "exported",
)


def articles(conn: sqlite3.Connection, status: str) -> Iterator[sqlite3.Row]:
    """The articles that have exported records (:data:`ARTICLE_HEADER`)."""
    where, params = _where(status)
    sql = (
        "SELECT a.id, a.doc, a.title, a.url, a.source, a.published, a.year, a.locality, "
        "a.extractor_version, a.n_records, a.n_pending, x.exported "
        f"FROM (SELECT r.article_id, COUNT(*) AS exported FROM records r {where} "
        "GROUP BY r.article_id) x JOIN articles a ON a.id = x.article_id ORDER BY a.id"
    )
    return conn.execute(sql, params)
