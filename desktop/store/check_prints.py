"""Fingerprints of what the checks read and wrote, so a full check recomputes only what changed (issue 13).

The checks are a pure function: an article's records' checks of the
article's text and year and its records' fields, a fact's cross-article
findings of its members' values.  A full check stores, for every article and
every fact, a fingerprint of those inputs *and* of the checks stored from
them, seeded with :data:`~desktop.store.checking.CHECKS_VERSION`.  The next
full check recomputes the fingerprints in SQL (one read of the records, no
Python per record) and re-checks only the articles and facts whose
fingerprint differs: an edit, an import, a record deleted, a column cleared
by hand, other rules.  An unchanged corpus of a million records is then
verified in seconds instead of re-checked in minutes of Python.

Anything the fingerprint does not see the same way twice (another query
plan, another row order) makes it differ, which costs a re-check and never
a stale result.  The fingerprints live in two narrow tables
(``checked_articles``, ``checked_facts``), written only by a full check that
ran to its end; nothing else needs to keep them current.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from desktop.store.checking import CHECKS_VERSION

#: What one article's records contribute: every column the article pass reads or writes.
_ARTICLE_ROW = (
    "json_array(id, status, indicator, indicator_code, value, value_max, \"of\", unit, base_value, base_unit, "
    'qualifier, kind, period, locality, comparisons, start, "end", confidence, checks, conflicts, rules, '
    "risk, fact)"
)
#: What one member of a fact contributes: every column the fact pass reads or writes.
_FACT_ROW = (
    "json_array(id, article_id, base_value, value, unit, indicator_code, locality, period, kind, confidence, "
    "conflicts, rules, risk)"
)
_ARTICLES = (
    "SELECT a.id, CAST(coalesce(a.published, '') || char(31) || coalesce(a.year, '') || char(31) || a.text "
    "AS BLOB), (SELECT CAST(group_concat({row}, char(30)) AS BLOB) FROM records r WHERE r.article_id = a.id) "
    "FROM articles a WHERE {where}"
).format(row=_ARTICLE_ROW, where="{where}")
#: Live members of facts, each fact's in id order (read in table order and sorted, as the fact pass reads).
_FACTS = (
    "SELECT fact, CAST(group_concat(member, char(30)) AS BLOB) FROM "
    f"(SELECT fact, {_FACT_ROW} AS member FROM records WHERE {{where}} AND status != 'rejected' "
    "ORDER BY +fact, id) GROUP BY fact"
)
#: Articles and facts fingerprinted per query when only some are asked for.
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


def fact_prints(conn: sqlite3.Connection, keys: Sequence[int] | None = None) -> Iterator[tuple[int, int]]:
    """``(fact key, fingerprint)`` of these facts that have a live member (None: every such fact)."""
    for where, params in _batches("fact", keys, everything="fact IS NOT NULL"):
        for fact, members in conn.execute(_FACTS.format(where=where), params):
            yield fact, _print(members)


def _batches(
    column: str, keys: Sequence[int] | None, everything: str = "1"
) -> Iterator[tuple[str, tuple[int, ...]]]:
    if keys is None:
        yield everything, ()
        return
    keys = sorted(keys)
    for start in range(0, len(keys), BATCH):
        batch = tuple(keys[start : start + BATCH])
        yield f"{column} IN ({', '.join('?' * len(batch))})", batch


def stored_article_prints(conn: sqlite3.Connection) -> dict[int, int]:
    return dict(conn.execute("SELECT article_id, print FROM checked_articles"))


def stored_fact_prints(conn: sqlite3.Connection) -> dict[int, int]:
    return dict(conn.execute("SELECT fact, print FROM checked_facts"))


def stale(current: Iterable[tuple[int, int]], stored: dict[int, int]) -> list[int]:
    """The keys whose fingerprint is not the stored one (or none is stored)."""
    return [key for key, value in current if stored.get(key) != value]


def store_article_prints(conn: sqlite3.Connection, prints: Iterable[tuple[int, int]]) -> None:
    conn.executemany("INSERT OR REPLACE INTO checked_articles (article_id, print) VALUES (?, ?)", prints)


def store_fact_prints(conn: sqlite3.Connection, prints: Iterable[tuple[int, int]]) -> None:
    conn.executemany("INSERT OR REPLACE INTO checked_facts (fact, print) VALUES (?, ?)", prints)


def articles_of_facts(conn: sqlite3.Connection, keys: Sequence[int]) -> set[int]:
    """The articles with a record in one of these facts."""
    found: set[int] = set()
    for where, params in _batches("fact", keys):
        found.update(row[0] for row in conn.execute(f"SELECT article_id FROM records WHERE {where}", params))
    return found


def forget(conn: sqlite3.Connection, facts: Iterable[int]) -> None:
    """Drop the fingerprints of deleted articles, and of these facts (which have no live member any more)."""
    conn.execute("DELETE FROM checked_articles WHERE article_id NOT IN (SELECT id FROM articles)")
    conn.executemany("DELETE FROM checked_facts WHERE fact = ?", ((key,) for key in facts))
