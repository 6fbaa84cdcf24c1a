"""Adding articles with their machine records, split so that the slow half runs in parallel.

Turning records into table rows (exact decimal text, JSON of comparisons and
of the machine original) costs more than SQLite's inserts.  :func:`prepare`
does it where the article was extracted -- in an import worker -- and hands
over plain tuples, which also pickle far faster than dataclasses of
Decimals.  :func:`insert_prepared` is then all the single writer has to do.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from operator import itemgetter

from desktop.core.records import FIELDS, Article, Record
from desktop.store.clock import now
from desktop.store.rows import machine_row
from desktop.store.schema import DETAIL_COLUMNS

_ARTICLE_COLUMNS = (
    "doc",
    "source",
    "format",
    "title",
    "url",
    "published",
    "year",
    "locality",
    "content_hash",
    "raw_text",
    "text",
    "extractor_version",
    "truncated",
    "n_records",
    "n_pending",
    "warnings",
)
_INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}, imported_at) "
    f"VALUES ({', '.join('?' * (len(_ARTICLE_COLUMNS) + 1))})"
)
#: The columns of a prepared record row, in order (its article and time are added on insert).
PREPARED_COLUMNS = (
    *FIELDS,
    "machine",
    "confidence",
    "rule",
    "extractor_version",
    "checks",
    "conflicts",
    "rules",
    "risk",
    "fact",
)
#: Where a prepared row's columns go: ``record_rows`` or ``record_details`` (:mod:`desktop.store.details`).
_WIDE = [PREPARED_COLUMNS.index(c) for c in DETAIL_COLUMNS]
_OWN = [i for i in range(len(PREPARED_COLUMNS)) if i not in _WIDE]
_CHECKS = DETAIL_COLUMNS.index("checks")
#: A prepared row's ``records`` and ``record_details`` values, picked out in C.
_own, _wide = itemgetter(*_OWN), itemgetter(*_WIDE)
RECORD_COLUMNS = ("article_id", *(f'"{PREPARED_COLUMNS[i]}"' for i in _OWN), "created_at")
_INSERT_RECORD = (
    f"INSERT INTO record_rows ({', '.join(RECORD_COLUMNS)}) VALUES ({', '.join('?' * len(RECORD_COLUMNS))})"
)
_INSERT_DETAILS = (
    f"INSERT INTO record_details (record_id, {', '.join(DETAIL_COLUMNS)}) "
    f"VALUES ({', '.join('?' * (len(DETAIL_COLUMNS) + 1))})"
)


@dataclass(frozen=True)
class AddResult:
    """What happened to one imported article."""

    status: str  # "new", "unchanged" (same content, same doc) or "duplicate" (same content, other doc)
    article_id: int
    doc: str
    existing_doc: str | None = None


@dataclass(frozen=True)
class PreparedArticle:
    """An article and its records as the values of their rows (ids and timestamps added on insert)."""

    doc: str
    content_hash: str
    article_row: tuple
    record_rows: list[tuple]
    linked: list[int]  # records whose checks name other records, by position (see store.checking)

    @property
    def facts(self) -> set[int]:
        """The facts its records state, for the cross-article check (the last column of a row)."""
        return {row[-1] for row in self.record_rows if row[-1] is not None}


def prepare(article: Article, records: list[Record], version: str, truncated: bool) -> PreparedArticle:
    """The row values of an article and its machine records, checked (issue 13) where they are made."""
    # Imported here: the checks import the extractor, which opening a store for reading must not load.
    from desktop.store.checking import facts_of, machine_verdicts

    year = article_year(article, records)
    article_row = (
        article.doc,
        article.source,
        article.format,
        article.title,
        article.url,
        article.published,
        year,
        article.locality,
        article.content_hash,
        article.raw_text,
        article.text,
        version,
        int(truncated),
        len(records),
        len(records),
        warnings_json(article),
    )
    verdicts, linked = machine_verdicts(facts_of(article.text, article.published, year), records)
    record_rows = [
        (*machine_row(r), r.confidence, r.rule, version, *v) for r, v in zip(records, verdicts, strict=True)
    ]
    return PreparedArticle(article.doc, article.content_hash, article_row, record_rows, linked)


def warnings_json(article: Article) -> str | None:
    """What reading the article changed or doubted, as stored (a JSON list), or None."""
    warnings = article.extra.get("warnings")
    return json.dumps(list(warnings), ensure_ascii=False) if warnings else None


def article_year(article: Article, records: list[Record]) -> int | None:
    """The year an article is about: its records' most common single year, else its publication year."""
    years = [int(r.period) for r in records if r.period and r.period.isdecimal() and r.period.isascii()]
    if years:
        return max(set(years), key=years.count)
    if article.published and article.published[:4].isdigit():
        return int(article.published[:4])
    return None


def insert_prepared(conn: sqlite3.Connection, items: list[PreparedArticle]) -> list[AddResult]:
    """Insert inside the caller's transaction; same content again is ``unchanged`` or a ``duplicate``.

    One query finds the batch's articles already stored; of the others, the first with each content
    is new and the later ones are duplicates of it, as if each had looked after the one before was
    inserted.  Then the new articles, their records, details and events go in one statement each:
    the same rows under the same ids as article by article, with a few statements a batch instead
    of six an article.
    """
    stamp = now()
    found = _stored_articles(conn, [item.content_hash for item in items])
    new: dict[str, int] = {}  # content hash -> position in ``items`` of the article stored with it
    for position, item in enumerate(items):
        if item.content_hash not in found:
            new.setdefault(item.content_hash, position)
    inserted = [items[position] for position in new.values()]
    first = _insert_articles(conn, inserted, stamp)
    for article_id, item in enumerate(inserted, start=first):
        found[item.content_hash] = (article_id, item.doc)
    results: list[AddResult] = []
    for position, item in enumerate(items):
        article_id, doc = found[item.content_hash]
        if new.get(item.content_hash) == position:
            results.append(AddResult("new", article_id, item.doc))
        else:
            results.append(
                AddResult("unchanged" if doc == item.doc else "duplicate", article_id, item.doc, doc)
            )
    added = [(article_id, item) for article_id, item in enumerate(inserted, start=first)]
    _insert_records(conn, added, stamp)
    conn.executemany(
        "INSERT INTO events (at, action, article_id, after) VALUES (?, 'import', ?, ?)",
        [
            (stamp, article_id, json.dumps({"doc": item.doc, "records": len(item.record_rows)}))
            for article_id, item in added
        ],
    )
    return results


def _stored_articles(conn: sqlite3.Connection, hashes: list[str]) -> dict[str, tuple[int, str]]:
    """The stored articles with one of these contents: content hash -> (id, doc).

    The hashes travel as one JSON list, so that a batch of any size is one statement.
    """
    rows = conn.execute(
        "SELECT content_hash, id, doc FROM articles WHERE content_hash IN (SELECT value FROM json_each(?))",
        (json.dumps(hashes),),
    )
    return {content_hash: (article_id, doc) for content_hash, article_id, doc in rows}


def _insert_articles(conn: sqlite3.Connection, items: list[PreparedArticle], stamp: str) -> int:
    """Insert the articles' rows; the id of the first (the others follow it, as for the records below)."""
    if not items:
        return 0
    conn.executemany(_INSERT_ARTICLE, [(*item.article_row, stamp) for item in items])
    return int(conn.execute("SELECT last_insert_rowid()").fetchone()[0]) - len(items) + 1


def _insert_records(conn: sqlite3.Connection, added: list[tuple[int, PreparedArticle]], stamp: str) -> None:
    """The new articles' records, then their details under the ids the records got.

    The records are the last rows inserted, with consecutive ids (SQLite gives a row without one the
    largest id plus one, and the caller's transaction lets no one else insert meanwhile): the ids
    follow from the last, with no query through ``records_article``, which a bulk load defers.
    """
    from desktop.store.checking import resolve_positions  # here for the reason prepare() says

    rows = [(article_id, *_own(row), stamp) for article_id, item in added for row in item.record_rows]
    if not rows:
        return
    conn.executemany(_INSERT_RECORD, rows)
    last = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
    first = last - len(rows) + 1
    details: list[tuple] = []
    for _, item in added:
        ids = range(first, first + len(item.record_rows))
        first = ids.stop
        wide = [_wide(row) for row in item.record_rows]
        for position in item.linked:
            checked = list(wide[position])
            checked[_CHECKS] = resolve_positions(checked[_CHECKS], ids)
            wide[position] = tuple(checked)
        details.extend((record_id, *w) for record_id, w in zip(ids, wide, strict=True))
    conn.executemany(_INSERT_DETAILS, details)
