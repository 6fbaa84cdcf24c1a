"""The curated dataset as a table: indicator x place x unit rows, one column per period.

The dataset holds every reviewed record (confirmed, corrected, added),
grouped by what it measures (the taxonomy code, else the label), where, in
which base unit, for which period and of which kind.  Grouping a million
records takes SQLite seconds, so the rows and the columns come from two
small tables of counts that triggers keep (``dataset_groups``,
``dataset_periods``), and the cells of a row are read only when the row is on
screen, through the index of what the dataset groups by: a few hundred
records per row, of which the reviewed ones count (a decision never writes
that index: since schema v10 it is a row of ``decisions``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from desktop.core.records import KINDS
from desktop.store.schema import DATASET_COUNTS, DATASET_TRIGGERS, dataset_triggers, statements

#: Statuses a curated dataset holds: what a human accepted as a record.
REVIEWED = ("confirmed", "corrected", "added")
KEY = "coalesce(indicator_code, indicator)"
_REVIEWED_SQL = "d.status IN ('confirmed', 'corrected', 'added')"
#: The records of a row, through the index of what the dataset groups by, each with its decision (CROSS:
#: the index first; with one status chosen SQLite would otherwise read every decision of that status).
_BY_ROW = "record_rows r INDEXED BY records_dataset CROSS JOIN decisions d ON d.record_id = r.id"


@dataclass(frozen=True)
class DatasetFilter:
    """What the view shows; None means everything."""

    code: str | None = None  # an indicator code, or the label of records without one
    place: str | None = None
    kind: str | None = None
    statuses: tuple[str, ...] = REVIEWED

    def chosen_statuses(self) -> tuple[str, ...]:
        return tuple(s for s in self.statuses if s in REVIEWED) or REVIEWED


@dataclass(frozen=True, slots=True)
class DatasetRow:
    """One indicator at one place (None: no place) in one base unit."""

    key: str
    place: str | None
    base_unit: str
    records: int


@dataclass(frozen=True, slots=True)
class Cell:
    """The records of one row for one period and kind."""

    kind: str
    records: int
    values: int  # distinct base values: more than one is a conflict
    first_id: int
    value: str  # the first record's value as written, its unit and its value in the base unit
    unit: str
    base_value: str

    @property
    def conflict(self) -> bool:
        return self.values > 1


def _filters(
    chosen: DatasetFilter, *, place_column: str, period_table: bool = False
) -> tuple[str, list[object]]:
    where: list[str] = ["records > 0"]
    params: list[object] = []
    statuses = chosen.chosen_statuses()
    if statuses != REVIEWED:
        where.append(f"status IN ({', '.join('?' * len(statuses))})")
        params += statuses
    if chosen.kind:
        where.append("kind = ?")
        params.append(chosen.kind)
    if not period_table:
        for column, value in (("key", chosen.code), (place_column, chosen.place)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
    return " AND ".join(where), params


def has_dataset_tables(conn: sqlite3.Connection) -> bool:
    """False on a file from before the dataset view, opened read-only (so not migrated)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'dataset_groups'").fetchone() is not None


def dataset_rows(conn: sqlite3.Connection, chosen: DatasetFilter = DatasetFilter()) -> list[DatasetRow]:
    """The rows the filter keeps, in key, place and unit order (records without a label last)."""
    where, params = _filters(chosen, place_column="place")
    cursor = conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(
        f"SELECT key, place, base_unit, SUM(records) FROM dataset_groups WHERE {where} "
        "GROUP BY key, place, base_unit ORDER BY key = '', key, place, base_unit",
        params,
    )
    return [DatasetRow(key, place or None, unit, n) for key, place, unit, n in rows]


def dataset_periods(conn: sqlite3.Connection, chosen: DatasetFilter = DatasetFilter()) -> list[str | None]:
    """The periods (columns) in :func:`period_order`."""
    return list(period_counts(conn, chosen))


def period_counts(conn: sqlite3.Connection, chosen: DatasetFilter = DatasetFilter()) -> dict[str | None, int]:
    """The records per period, in :func:`period_order`: what the view needs to show the years that hold data.

    With an indicator chosen, the periods of its records (read through the
    dataset's index, whose first column it is); otherwise every period of the
    dataset, from the counts table.
    """
    if chosen.code:
        statuses = chosen.chosen_statuses()
        where = "".join(f" AND {c} = ?" for c, v in (("locality", chosen.place), ("kind", chosen.kind)) if v)
        params: list[object] = [chosen.code, *statuses, *(v for v in (chosen.place, chosen.kind) if v)]
        rows = conn.execute(
            f"""SELECT period, COUNT(*) FROM {_BY_ROW} WHERE {_REVIEWED_SQL} AND {KEY} = ?
                AND d.status IN ({", ".join("?" * len(statuses))}){where} GROUP BY period""",
            params,
        )
    else:
        where, params = _filters(chosen, place_column="place", period_table=True)
        rows = conn.execute(
            f"SELECT period, SUM(records) FROM dataset_periods WHERE {where} GROUP BY period", params
        )
    counts: dict[str | None, int] = {}
    for period, records in rows:
        counts[period or None] = counts.get(period or None, 0) + records
    return dict(sorted(counts.items(), key=lambda item: period_order(item[0])))


def period_order(period: str | None) -> tuple[int, str]:
    """Years first in numeric order, then terms by their first year (``2016-2020``), then no period."""
    if period is None:
        return (10**6, "")
    head = period[:4]
    return (int(head) if head.isdigit() else 10**5, period)


def row_cells(
    conn: sqlite3.Connection, row: DatasetRow, chosen: DatasetFilter = DatasetFilter()
) -> dict[str | None, list[Cell]]:
    """The cells of one row, per period, a cell per kind (actual, estimate, target).

    Each cell carries its first record's value, unit and base value, read in one more query for the
    row: the counts come from the dataset's index alone, and a row may hold thousands of records.
    """
    statuses = chosen.chosen_statuses()
    where = " AND kind = ?" if chosen.kind else ""
    groups = conn.execute(
        f"""SELECT period, kind, COUNT(*), COUNT(DISTINCT base_value), MIN(id) FROM {_BY_ROW}
                WHERE {_REVIEWED_SQL} AND {KEY} = ? AND locality IS ? AND base_unit = ?
                  AND d.status IN ({", ".join("?" * len(statuses))}){where}
                GROUP BY period, kind""",
        (row.key, row.place, row.base_unit, *statuses, *([chosen.kind] if chosen.kind else [])),
    ).fetchall()
    firsts = {
        i: (value, unit, base)
        for i, value, unit, base in conn.execute(
            f"SELECT id, value, unit, base_value FROM record_rows WHERE id IN ({', '.join('?' * len(groups))})",
            [g[4] for g in groups],
        )
    }
    found: dict[str | None, list[Cell]] = {}
    for period, cell_kind, records, values, first in groups:
        found.setdefault(period, []).append(Cell(cell_kind, records, values, first, *firsts[first]))
    for cells in found.values():
        cells.sort(key=lambda c: KINDS.index(c.kind) if c.kind in KINDS else len(KINDS))
    return found


def cell_records(
    conn: sqlite3.Connection, row: DatasetRow, period: str | None, chosen: DatasetFilter = DatasetFilter()
) -> list[sqlite3.Row]:
    """The records behind one cell with their article's doc and title, for the view's menu."""
    statuses = chosen.chosen_statuses()
    where = " AND r.kind = ?" if chosen.kind else ""
    return conn.execute(
        f"""SELECT r.id, r.article_id, r.kind, r.indicator, r.value, r.unit, r.base_value, d.status, a.doc, a.title
            FROM {_BY_ROW} JOIN articles a ON a.id = r.article_id
            WHERE {_REVIEWED_SQL} AND coalesce(r.indicator_code, r.indicator) = ? AND r.locality IS ?
              AND r.base_unit = ? AND r.period IS ? AND d.status IN ({", ".join("?" * len(statuses))}){where}
            ORDER BY r.kind, CAST(r.base_value AS REAL), r.id""",
        (row.key, row.place, row.base_unit, period, *statuses, *([chosen.kind] if chosen.kind else [])),
    ).fetchall()


def series_points(
    conn: sqlite3.Connection,
    key: str,
    base_unit: str,
    place: str | None,
    chosen: DatasetFilter = DatasetFilter(),
) -> list[tuple[str | None, str, str]]:
    """(period, kind, base value) of one indicator's reviewed records at one place, for the chart."""
    statuses = chosen.chosen_statuses()
    return [
        tuple(r)
        for r in conn.execute(
            f"""SELECT period, kind, base_value FROM {_BY_ROW}
            WHERE {_REVIEWED_SQL} AND {KEY} = ? AND locality IS ? AND base_unit = ?
              AND d.status IN ({", ".join("?" * len(statuses))}) ORDER BY period, kind, id""",
            (key, place, base_unit, *statuses),
        )
    ]


def filter_choices(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """(indicator keys, places) that have reviewed records, for the filters."""
    keys = [
        k for (k,) in conn.execute("SELECT DISTINCT key FROM dataset_groups WHERE records > 0 ORDER BY key")
    ]
    places = [
        p
        for (p,) in conn.execute(
            "SELECT DISTINCT place FROM dataset_groups WHERE records > 0 AND place != '' ORDER BY place"
        )
    ]
    return keys, places


def places_of(conn: sqlite3.Connection, key: str, base_unit: str) -> list[tuple[str | None, int]]:
    """The places one indicator has reviewed records for in ``base_unit``, with their counts, most first."""
    return [
        (p or None, n)
        for p, n in conn.execute(
            "SELECT place, SUM(records) FROM dataset_groups WHERE key = ? AND base_unit = ? AND records > 0 "
            "GROUP BY place ORDER BY 2 DESC, 1",
            (key, base_unit),
        )
    ]


@contextmanager
def counts_suspended(conn: sqlite3.Connection) -> Iterator[None]:
    """A bulk write inside the caller's transaction: no count triggers per row, one recount at the end.

    The triggers cost two upserts per record written; merging a million
    records spends less time recounting once.  Should the write fail, the
    caller's rollback brings the triggers back with everything else.
    """
    for trigger in DATASET_TRIGGERS:
        conn.execute(f"DROP TRIGGER {trigger}")
    yield
    conn.execute("DELETE FROM dataset_groups")
    conn.execute("DELETE FROM dataset_periods")
    for statement in statements(DATASET_COUNTS + dataset_triggers()):
        conn.execute(statement)
