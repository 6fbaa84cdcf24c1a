"""What a corpus holds, as data: the CLI prints it as tables, the GUI may chart it.

Every figure is one aggregate query, so ``chitieu stats`` stays fast on
hundreds of thousands of records (the article counters ``n_records`` /
``n_pending`` are kept by the store, so decided counts need no record scan).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.store import Store

Rows = list[tuple[str, int]]


@dataclass(frozen=True)
class Stats:
    articles: int
    records: int
    decided: int
    by_status: Rows
    by_kind: Rows
    by_unit: Rows
    by_locality: list[tuple[str, int, int]]  # (locality, articles, records)
    by_year: list[tuple[str, int, int]]  # (year, articles, records)
    extractor_versions: Rows  # (version, records)


def corpus_stats(db_path: Path, *, top_units: int = 15) -> Stats:
    """Counts over the whole database at ``db_path`` (opened read-only)."""
    store = Store(db_path, readonly=True)
    try:
        db = store.db
        decided, records = store.progress()
        return Stats(
            articles=db["articles"].count,
            records=records,
            decided=decided,
            by_status=_pairs(db.execute(
                "SELECT status, COUNT(*) FROM records GROUP BY status ORDER BY COUNT(*) DESC, status")),
            by_kind=_pairs(db.execute(
                "SELECT kind, COUNT(*) FROM records GROUP BY kind ORDER BY COUNT(*) DESC, kind")),
            by_unit=_pairs(db.execute(
                "SELECT unit, COUNT(*) FROM records GROUP BY unit ORDER BY COUNT(*) DESC, unit LIMIT ?",
                [top_units])),
            by_locality=_triples(db.execute(
                "SELECT COALESCE(locality, '(unknown)'), COUNT(*), SUM(n_records) FROM articles "
                "GROUP BY locality ORDER BY COUNT(*) DESC, locality")),
            by_year=_triples(db.execute(
                "SELECT COALESCE(CAST(year AS TEXT), '(unknown)'), COUNT(*), SUM(n_records) FROM articles "
                "GROUP BY year ORDER BY year")),
            extractor_versions=_pairs(db.execute(
                "SELECT COALESCE(extractor_version, '(added by hand)'), COUNT(*) FROM records "
                "GROUP BY extractor_version ORDER BY extractor_version")),
        )
    finally:
        store.close()


def _pairs(cursor: sqlite3.Cursor) -> Rows:
    return [(str(label), int(n)) for label, n in cursor.fetchall()]


def _triples(cursor: sqlite3.Cursor) -> list[tuple[str, int, int]]:
    return [(str(label), int(a), int(r or 0)) for label, a, r in cursor.fetchall()]
