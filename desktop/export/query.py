"""The rows of an export: one SQL query over records joined to their article.

Every format writes the same columns in the same order, so they are defined
once here.  The span text (``text``) is cut in Python from the article text,
fetched once per article: asking SQLite for ``substr(article.text, ...)``
would re-read the whole article (raw and clean text) for every record.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.core.errors import InputError

#: Which records each ``--status`` choice exports.
STATUS_FILTERS: dict[str, tuple[str, ...]] = {
    "confirmed": ("confirmed", "corrected", "added"),  # what a human accepted as a record
    "reviewed": ("confirmed", "corrected", "added", "rejected"),  # every decision, with its status
    "all": ("pending", "confirmed", "corrected", "added", "rejected"),
}


@dataclass(frozen=True)
class Column:
    """One exported field: its name, its SQL, and how a typed format should read it."""

    name: str
    sql: str
    kind: str = "text"  # text | number (exact decimal as text) | int | real | json


#: The exchange format of ANNOTATION.md, then review fields, then provenance.
COLUMNS: tuple[Column, ...] = (
    Column("doc", "a.doc"),
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
    Column("comparisons", "r.comparisons", "json"),
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
    Column("article_id", "r.article_id", "int"),
    Column("record_id", "r.id", "int"),
    Column("title", "a.title"),
    Column("url", "a.url"),
    Column("source", "a.source"),
    Column("published", "a.published"),
)
#: The span as written in the article, appended after :data:`COLUMNS`.
TEXT_COLUMN = Column("text", "", "text")
HEADER = (*(c.name for c in COLUMNS), TEXT_COLUMN.name)


def statuses(status: str) -> tuple[str, ...]:
    try:
        return STATUS_FILTERS[status]
    except KeyError:
        raise InputError(f"Unknown status {status!r}: choose one of {', '.join(STATUS_FILTERS)}.") from None


def _where(status: str) -> tuple[str, tuple[str, ...]]:
    chosen = statuses(status)
    return f"r.status IN ({', '.join('?' * len(chosen))})", chosen


def count(conn: sqlite3.Connection, status: str) -> tuple[int, int]:
    """(records, articles) the export will write."""
    where, params = _where(status)
    row = conn.execute(f"SELECT COUNT(*), COUNT(DISTINCT r.article_id) FROM records r WHERE {where}",
                       params).fetchone()
    return row[0], row[1]


def select_sql(status: str, select: str) -> tuple[str, tuple[str, ...]]:
    """The export query with ``select`` as its result columns, in article then text order."""
    where, params = _where(status)
    sql = (f"SELECT r.article_id, r.start, r.\"end\", {select} FROM records r "
           f"JOIN articles a ON a.id = r.article_id WHERE {where} ORDER BY r.article_id, r.start, r.id")
    return sql, params


def plain_select() -> str:
    return ", ".join(c.sql for c in COLUMNS)


def rows_with_span(conn: sqlite3.Connection, status: str, select: str) -> Iterator[tuple[tuple, str]]:
    """Yield ``(row, span text)``; ``row`` holds the columns of ``select``."""
    sql, params = select_sql(status, select)
    texts = ArticleTexts(conn)
    for row in conn.execute(sql, params):
        article_id, start, end = row[0], row[1], row[2]
        yield row[3:], texts.get(article_id)[start:end]


class ArticleTexts:
    """The clean text of the current article, fetched once while its records stream by."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.article_id: int | None = None
        self.text = ""

    def get(self, article_id: int) -> str:
        if article_id != self.article_id:
            row = self.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
            self.article_id, self.text = article_id, row[0]
        return self.text


def articles(conn: sqlite3.Connection, status: str) -> Iterator[sqlite3.Row]:
    """The articles that have exported records, with how many each has."""
    where, params = _where(status)
    sql = (f"SELECT a.id, a.doc, a.title, a.url, a.source, a.published, a.year, a.locality, "
           f"a.extractor_version, a.n_records, a.n_pending, x.exported "
           f"FROM (SELECT r.article_id, COUNT(*) AS exported FROM records r WHERE {where} "
           f"GROUP BY r.article_id) x JOIN articles a ON a.id = x.article_id ORDER BY a.id")
    return conn.execute(sql, params)


ARTICLE_HEADER = ("article_id", "doc", "title", "url", "source", "published", "year", "locality",
                  "extractor_version", "records", "pending", "exported")
