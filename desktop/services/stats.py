"""What a corpus holds, as data: the CLI prints it as tables, the GUI may chart it.

Every figure is one aggregate query, so ``chitieu stats`` stays fast on
hundreds of thousands of records (the article counters ``n_records`` /
``n_pending`` are kept by the store, so decided counts need no record scan).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from desktop.store import Store
from desktop.store.check_columns import flagged_count, rule_counts

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
    flagged: int  # records failing at least one check (issue 13)
    by_check: Rows  # (rule, records failing it)


#: Records per status: the decided from the decisions' status index, the rest pending (schema v10: a
#: pending record has no decision, or one put back to pending).
_BY_STATUS = """SELECT status, n FROM (
    SELECT status, COUNT(*) AS n FROM decisions WHERE status <> 'pending' GROUP BY status
    UNION ALL
    SELECT 'pending', (SELECT COUNT(*) FROM record_rows) - (SELECT COUNT(*) FROM decisions WHERE status <> 'pending')
) WHERE n > 0 ORDER BY n DESC, status"""


def corpus_stats(db_path: Path, *, top_units: int = 15) -> Stats:
    """Counts over the whole database at ``db_path`` (opened read-only)."""
    with Store(db_path, readonly=True) as store, store.reading() as conn:
        decided, records = store.progress()
        kinds, units, versions = _record_counts(conn)
        return Stats(
            articles=conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
            records=records,
            decided=decided,
            by_status=_pairs(conn.execute(_BY_STATUS)),
            by_kind=_ranked(kinds),
            by_unit=_ranked(units)[:top_units],
            # "+locality", "+year": group over the covering index articles_summary; grouping through
            # articles_locality / articles_year fetched each row, text and all, for n_records
            # (10 s from a cold cache at 50,000 articles).
            by_locality=_triples(
                conn.execute(
                    "SELECT COALESCE(locality, '(unknown)'), COUNT(*), SUM(n_records) FROM articles "
                    "GROUP BY +locality ORDER BY COUNT(*) DESC, locality"
                )
            ),
            by_year=_triples(
                conn.execute(
                    "SELECT COALESCE(CAST(year AS TEXT), '(unknown)'), COUNT(*), SUM(n_records) FROM articles "
                    "GROUP BY +year ORDER BY year"
                )
            ),
            extractor_versions=[
                (version or "(added by hand)", n)
                for version, n in sorted(
                    versions.items(), key=lambda item: (item[0] is not None, item[0] or "")
                )
            ],
            flagged=flagged_count(conn),
            by_check=rule_counts(conn),
        )


def _record_counts(conn: sqlite3.Connection) -> tuple[Counter[str], Counter[str], Counter[str | None]]:
    """Records by kind, by unit and by extractor version, in one pass over the records table.

    Three GROUP BY queries read the million-row table three times (~1 s each).
    """
    kinds: Counter[str] = Counter()
    units: Counter[str] = Counter()
    versions: Counter[str | None] = Counter()
    for kind, unit, version, n in conn.execute(
        # record_rows: through the view ``records`` each row would also look up its decision (2x the CPU)
        "SELECT kind, unit, extractor_version, COUNT(*) FROM record_rows GROUP BY kind, unit, extractor_version"
    ):
        kinds[kind] += n
        units[unit] += n
        versions[version] += n
    return kinds, units, versions


def _ranked(counts: Counter[str]) -> Rows:
    """Most frequent first, ties by label: the order the SQL used to give."""
    return sorted(((str(label), n) for label, n in counts.items()), key=lambda item: (-item[1], item[0]))


def _pairs(cursor: sqlite3.Cursor) -> Rows:
    return [(str(label), int(n)) for label, n in cursor.fetchall()]


def _triples(cursor: sqlite3.Cursor) -> list[tuple[str, int, int]]:
    return [(str(label), int(a), int(r or 0)) for label, a, r in cursor.fetchall()]
