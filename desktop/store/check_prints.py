"""Fingerprints of what the checks read and wrote, so a full check re-checks only what changed (issue 13).

The checks are a pure function: an article's records' checks of the
article's text, year and warnings (an assumed year is one) and its records'
fields; a fact's cross-article findings of its members.  A full check that
runs to its end stores, for every article, a fingerprint of its text, year,
warnings and records, the checks
stored on them included, seeded with
:data:`~desktop.store.check_columns.CHECKS_VERSION`, and the facts its records
belong to.  The next full check computes the fingerprints again in SQL (one
read of the records, no Python per record) and re-checks only the articles
whose fingerprint differs (an edit, an import, a record deleted, a column
cleared by hand, other rules), then only the facts those articles had or
have.  Every record belongs to an article, so when no fingerprint differs
and no article is gone, every record and its checks are as the last full
check left them: an unchanged corpus of a million records is verified in
seconds instead of re-checked in minutes of Python.

Anything the fingerprint does not read the same way twice (another query
plan, another row order) makes it differ, which costs a re-check, never a
stale result.  Nothing but a full check writes the two narrow tables
(``checked_articles``, ``checked_facts``): nothing else need keep them current.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from desktop.store.check_columns import CHECKS_VERSION
from desktop.store.details import JOINED

#: What one record contributes: every column the article pass and the fact pass read or write.
_RECORD = (
    'json_array(r.id, r.status, r.indicator, r.indicator_code, r.value, r.value_max, r."of", r.unit, '
    "r.base_value, r.base_unit, r.qualifier, r.kind, r.period, r.locality, r.comparisons, r.start, "
    'r."end", r.confidence, d.checks, d.conflicts, r.rules, r.risk, r.fact)'
)
_ARTICLES = (
    "SELECT a.id, CAST(coalesce(a.published, '') || char(31) || coalesce(a.year, '') || char(31) "
    "|| coalesce(a.warnings, '') || char(31) || a.text "
    f"AS BLOB), (SELECT CAST(group_concat({_RECORD}, char(30)) AS BLOB) FROM {JOINED} WHERE r.article_id = a.id) "
    "FROM articles a WHERE {where} ORDER BY a.id"
)
#: Articles or facts per query when only some are asked for.
BATCH = 500


def _print(*parts: bytes | None) -> int:
    digest = hashlib.blake2b(CHECKS_VERSION.encode(), digest_size=8)
    for part in parts:
        digest.update(b"\x1d")
        digest.update(part or b"")
    return int.from_bytes(digest.digest(), "big", signed=True)


def article_prints(conn: sqlite3.Connection, ids: Sequence[int] | None = None) -> Iterator[tuple[int, int]]:
    """``(article id, fingerprint)`` of these articles (None: every article, in id order)."""
    for where, params in _batches("a.id", ids):
        for article_id, article, rows in conn.execute(_ARTICLES.format(where=where), params):
            yield article_id, _print(article, rows)


def _batches(column: str, keys: Sequence[int] | None) -> Iterator[tuple[str, tuple[int, ...]]]:
    if keys is None:
        yield "1", ()
        return
    keys = sorted(keys)
    for start in range(0, len(keys), BATCH):
        batch = tuple(keys[start : start + BATCH])
        yield f"{column} IN ({', '.join('?' * len(batch))})", batch


def stored_article_prints(conn: sqlite3.Connection) -> dict[int, int]:
    return dict(conn.execute("SELECT article_id, print FROM checked_articles"))


def stored_facts(conn: sqlite3.Connection, articles: Iterable[int]) -> set[int]:
    """The facts these articles' records had at the last full check (a record since deleted included)."""
    found: set[int] = set()
    for where, params in _batches("article_id", list(articles)):
        found.update(row[0] for row in conn.execute(f"SELECT fact FROM checked_facts WHERE {where}", params))
    return found


def remember(
    conn: sqlite3.Connection,
    articles: Sequence[int] | None = None,
    prints: Iterable[tuple[int, int]] | None = None,
) -> None:
    """Store the fingerprints of these articles (None: all), and the facts of their records, as they are now;
    ``prints``: their fingerprints, already computed (by :func:`article_prints`, in worker processes)."""
    if articles is None:
        remember_all_facts(conn)
        remember_all_prints(conn, article_prints(conn) if prints is None else prints)
        return
    conn.execute("DELETE FROM checked_articles WHERE article_id NOT IN (SELECT id FROM articles)")
    conn.execute("DELETE FROM checked_facts WHERE article_id NOT IN (SELECT id FROM articles)")
    for where, params in _batches("article_id", articles):
        conn.execute(f"DELETE FROM checked_facts WHERE {where}", params)
    conn.executemany(
        "INSERT OR REPLACE INTO checked_articles (article_id, print) VALUES (?, ?)",
        article_prints(conn, articles) if prints is None else prints,
    )
    for where, params in _batches("article_id", articles):
        conn.execute(
            f"INSERT INTO checked_facts SELECT DISTINCT article_id, fact FROM record_rows WHERE {where} "
            "AND fact IS NOT NULL",
            params,
        )


def reprint(conn: sqlite3.Connection, articles: Sequence[int]) -> None:
    """Store again the fingerprints of these articles, whose stored checks a group's re-run just changed
    (:mod:`desktop.core.checks.splice`): they matched before it, their facts are as they were, and left
    stale they would be re-checked whole by the next full check.  Unlike :func:`remember`, keeps what
    the last full check saw of deleted articles, which the rest of this check still needs."""
    conn.executemany(
        "INSERT OR REPLACE INTO checked_articles (article_id, print) VALUES (?, ?)",
        article_prints(conn, articles),
    )


def remember_all_facts(conn: sqlite3.Connection) -> None:
    """The half of :func:`remember` for every article that reads no fingerprint: the facts of every record.
    Split off so that the writing process stores them while worker processes compute the fingerprints."""
    conn.execute("DELETE FROM checked_facts")
    conn.execute(
        "INSERT INTO checked_facts SELECT DISTINCT article_id, fact FROM record_rows WHERE fact IS NOT NULL"
    )


def remember_all_prints(conn: sqlite3.Connection, prints: Iterable[tuple[int, int]]) -> None:
    """The other half: every article's fingerprint."""
    conn.execute("DELETE FROM checked_articles")
    conn.executemany("INSERT OR REPLACE INTO checked_articles (article_id, print) VALUES (?, ?)", prints)


def deleted_articles(conn: sqlite3.Connection) -> list[int]:
    """Articles the last full check saw that are gone."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT article_id FROM checked_articles WHERE article_id NOT IN (SELECT id FROM articles)"
        )
    ]


def current_facts(conn: sqlite3.Connection, articles: Sequence[int]) -> set[int]:
    """The facts of these articles' records now."""
    found: set[int] = set()
    for where, params in _batches("article_id", articles):
        found.update(
            row[0]
            for row in conn.execute(
                f"SELECT fact FROM record_rows WHERE {where} AND fact IS NOT NULL", params
            )
        )
    return found


def articles_of_facts(conn: sqlite3.Connection, keys: Sequence[int]) -> set[int]:
    """The articles with a record in one of these facts."""
    found: set[int] = set()
    for where, params in _batches("fact", keys):
        found.update(
            row[0] for row in conn.execute(f"SELECT article_id FROM record_rows WHERE {where}", params)
        )
    return found


def articles_of_records(conn: sqlite3.Connection, ids: Iterable[int]) -> set[int]:
    """The articles of these records."""
    found: set[int] = set()
    for where, params in _batches("id", list(ids)):
        found.update(
            row[0] for row in conn.execute(f"SELECT article_id FROM record_rows WHERE {where}", params)
        )
    return found
