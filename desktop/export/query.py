"""The rows of an export: records in article and text order, each with its article.

Every format writes the same columns in the same order, so they are defined
once here.  Records come from one query over ``records`` alone, in the order
of the ``records_article`` index (no sort); each article's fields and clean
text are fetched once, when its first record passes, and the span text
(``text``) is cut from it in Python.  Joining ``articles`` per record, or
``substr(article.text, ...)`` in SQL, would re-read the article row (raw and
clean text) for every record and halve the speed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.core.errors import InputError
from desktop.store.checking import ALL_CHECKS

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
    Column("checks", ALL_CHECKS.format(t="r."), "json"),  # failed checks (issue 13): [{rule, en, vi, records?}]
    Column("risk", "r.risk", "real"),
    Column("record_id", "r.id", "int"),
)
#: Provenance from the article, written after the record's fields.
ARTICLE_FIELDS = ("article_id", "title", "url", "source", "published")
#: Every column, in file order: ``doc`` first (the exchange format's key), the span text last.
HEADER = ("doc", *(c.name for c in RECORD_COLUMNS), *ARTICLE_FIELDS, "text")


@dataclass(frozen=True)
class ArticleInfo:
    id: int
    doc: str
    title: str | None
    url: str | None
    source: str
    published: str | None
    text: str

    @property
    def provenance(self) -> tuple:
        """The values of :data:`ARTICLE_FIELDS`."""
        return self.id, self.title, self.url, self.source, self.published


def statuses(status: str) -> tuple[str, ...]:
    try:
        return STATUS_FILTERS[status]
    except KeyError:
        raise InputError(f"Unknown status {status!r}: choose one of {', '.join(STATUS_FILTERS)}.") from None


def _where(status: str) -> tuple[str, tuple[str, ...]]:
    """The status filter; ``+`` keeps SQLite on the article-order index instead of sorting."""
    chosen = statuses(status)
    if chosen == STATUS_FILTERS["all"]:
        return "", ()
    return f"WHERE +r.status IN ({', '.join('?' * len(chosen))})", chosen


def count(conn: sqlite3.Connection, status: str) -> tuple[int, int]:
    """(records, articles) the export will write."""
    where, params = _where(status)
    row = conn.execute(f"SELECT COUNT(*), COUNT(DISTINCT r.article_id) FROM records r {where}", params).fetchone()
    return row[0], row[1]


def plain_select() -> str:
    return ", ".join(c.sql for c in RECORD_COLUMNS)


def records(conn: sqlite3.Connection, status: str, select: str) -> Iterator[tuple[tuple, ArticleInfo, str]]:
    """Yield ``(row, article, span text)``; ``row`` holds the columns of ``select``."""
    where, params = _where(status)
    sql = (f'SELECT r.article_id, r.start, r."end", {select} FROM records r {where} '
           "ORDER BY r.article_id, r.start, r.id")
    article: ArticleInfo | None = None
    for row in conn.execute(sql, params):
        if article is None or article.id != row[0]:
            article = _article(conn, row[0])
        yield row[3:], article, article.text[row[1]:row[2]]


def _article(conn: sqlite3.Connection, article_id: int) -> ArticleInfo:
    row = conn.execute("SELECT id, doc, title, url, source, published, text FROM articles WHERE id = ?",
                       (article_id,)).fetchone()
    return ArticleInfo(*row)


ARTICLE_HEADER = ("article_id", "doc", "title", "url", "source", "published", "year", "locality",
                  "extractor_version", "records", "pending", "exported")


def articles(conn: sqlite3.Connection, status: str) -> Iterator[sqlite3.Row]:
    """The articles that have exported records (:data:`ARTICLE_HEADER`)."""
    where, params = _where(status)
    sql = ("SELECT a.id, a.doc, a.title, a.url, a.source, a.published, a.year, a.locality, "
           "a.extractor_version, a.n_records, a.n_pending, x.exported "
           f"FROM (SELECT r.article_id, COUNT(*) AS exported FROM records r {where} "
           "GROUP BY r.article_id) x JOIN articles a ON a.id = x.article_id ORDER BY a.id")
    return conn.execute(sql, params)
