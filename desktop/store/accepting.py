"""Accept all that pass, and the riskiest-first queue (issue 13).

"Passing" means: pending, checked, failing no check, and at least as
confident as the reviewer's threshold, in an article with no open question
of its year (:data:`HELD`).  Accepting confirms every passing
record of an article, or of the corpus narrowed by place, year and code, in
one transaction, with one event per record as every decision has; undoing
puts exactly those records back as they were, and redoing confirms exactly
those again (not whatever passes by then).

The work is set-based: the chosen ids go into a temporary table and a few
statements log them, confirm them, shift the dataset's counts and recount
their articles.  Since schema v10 a decision is a row of the narrow
``decisions`` table, so confirming writes those rows alone: the records are
chosen, with what the dataset counts them under, from the index of passing
records, and their own rows are not read at all.  The dataset's count
triggers are suspended meanwhile: they would run two upserts per record, a
third of an accept's CPU at 300,000 records, where one upsert per group does
the same.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from desktop.core.check_rules import PERIOD_ASSUMED
from desktop.store.clock import now
from desktop.store.schema import DATASET_TRIGGERS, dataset_triggers, statements

_CHOSEN = "temp.chosen"
#: A record of ``record_rows r`` that is pending: no decision, or one put back to pending.
PENDING = "NOT EXISTS (SELECT 1 FROM decisions d WHERE d.record_id = r.id AND d.status <> 'pending')"
#: The articles whose year was assumed at import and is not yet confirmed: the question is asked once, on one
#: record (``period_assumed``, :mod:`desktop.core.checks.periods`), and the article's other figures share its
#: answer, so none of them passes until that record is confirmed (a correction of it leaves them to the
#: reviewer: a corrected period says the guess was wrong).  Read through the index of flagged records.
_OPEN_YEAR = (
    "(SELECT q.article_id FROM record_rows q INDEXED BY records_rules "
    f"WHERE q.rules IS NOT NULL AND q.rules LIKE '%{PERIOD_ASSUMED.name}%' AND NOT EXISTS "
    "(SELECT 1 FROM decisions x WHERE x.record_id = q.id AND x.status = 'confirmed'))"
)
HELD = f"r.article_id NOT IN {_OPEN_YEAR}"
#: The records :data:`HELD` keeps back: those that would pass but for their article's open year.
HELD_BACK = f"r.article_id IN {_OPEN_YEAR}"
#: What the dataset counts a record under (:func:`~desktop.store.schema.dataset_triggers`), but its status.
_GROUP = "coalesce(indicator_code, indicator), coalesce(locality, ''), base_unit, kind, coalesce(period, '')"
#: The steps of an accept, for a progress bar: choose, confirm, log, recount.
STEPS = 4

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


class Cancelled(Exception):
    """Raised between the steps of an accept when asked to stop: its transaction rolls back."""


def _step(done: int, progress: Progress | None, should_cancel: ShouldCancel | None) -> None:
    if should_cancel is not None and should_cancel():
        raise Cancelled
    if progress is not None:
        progress(done, STEPS)


@dataclass(frozen=True)
class Selection:
    """Which pending records an "accept all that pass" may confirm."""

    threshold: float = 0.0  # lowest extractor confidence accepted
    article_id: int | None = None
    locality: str | None = None
    year: int | None = None  # the record's period
    code: str | None = None

    def source(self) -> str:
        """The table as a query over it should read it: the partial index of passing records (which holds
        what the dataset groups by too, so the rows are not read), or an article's records, a few hundred
        thousand or a few dozen entries."""
        index = "records_article" if self.article_id is not None else "records_passing"
        return f"record_rows r INDEXED BY {index}"

    def where(self, *, held_back: bool = False) -> tuple[str, dict[str, object]]:
        """The records that pass; ``held_back``: those that would but for their article's open year."""
        clauses = [
            PENDING,
            "rules IS NULL",
            "risk IS NOT NULL",  # records_passing's own terms
            "(confidence >= :threshold OR confidence IS NULL)",
            HELD_BACK if held_back else HELD,
        ]
        params: dict[str, object] = {"threshold": self.threshold}
        year = None if self.year is None else str(self.year)
        for name, column, value in (
            ("article_id", "article_id", self.article_id),
            ("locality", "locality", self.locality),
            ("year", "period", year),
            ("code", "indicator_code", self.code),
        ):
            if value is not None:
                clauses.append(f"{column} = :{name}")
                params[name] = value
        return " AND ".join(clauses), params


@dataclass
class Accepted:
    """What one "accept all" confirmed: the ids, and the reviewer/time of those that had one before."""

    ids: array = field(default_factory=lambda: array("q"))
    prior: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)


def count_passing(conn: sqlite3.Connection, selection: Selection) -> int:
    where, params = selection.where()
    table = selection.source()
    return conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", params).fetchone()[0]


def count_held_back(conn: sqlite3.Connection, selection: Selection) -> tuple[int, int]:
    """``(articles, records)``: the pending records ``selection`` would confirm but for their article's open
    year (:data:`HELD`), and their articles, in one query -- what the accept dialog says it leaves."""
    where, params = selection.where(held_back=True)
    # From the few held articles' records, not through the index of every passing record of the corpus.
    articles, records = conn.execute(
        f"SELECT COUNT(DISTINCT article_id), COUNT(*) FROM record_rows r INDEXED BY records_article WHERE {where}",
        params,
    ).fetchone()
    return articles, records


def accept_passing(
    conn: sqlite3.Connection,
    selection: Selection,
    reviewer: str,
    *,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> Accepted:
    """Confirm every record ``selection`` passes, inside the caller's transaction.

    The records, their articles and what the dataset counts them under are chosen from the index of
    passing records alone (it holds them all), so no record row is read.
    """
    _step(0, progress, should_cancel)
    where, params = selection.where()
    table = selection.source()
    _choose(conn, ())
    conn.execute(  # in SQL: through Python, 320,000 rows of seven columns cost a second of CPU
        f"INSERT INTO {_CHOSEN} (id, article_id, key, place, base_unit, kind, period) "
        f"SELECT id, article_id, {_GROUP} FROM {table} WHERE {where} ORDER BY id",
        params,
    )
    accepted = Accepted(array("q", (row[0] for row in conn.execute(f"SELECT id FROM {_CHOSEN} ORDER BY id"))))
    accepted.prior = _prior(conn)
    groups = Counter(
        {
            (*row[:5], "confirmed"): row[5]
            for row in conn.execute(
                f"SELECT key, place, base_unit, kind, period, COUNT(*) FROM {_CHOSEN} GROUP BY 1, 2, 3, 4, 5"
            )
        }
    )
    _confirm_chosen(conn, reviewer, "accept", groups, progress, should_cancel)
    _count_pending(
        conn, Counter(dict(conn.execute(f"SELECT article_id, COUNT(*) FROM {_CHOSEN} GROUP BY 1"))), -1
    )
    if progress is not None:
        progress(STEPS, STEPS)
    return accepted


def confirm_ids(
    conn: sqlite3.Connection,
    ids: array,
    reviewer: str,
    action: str = "accept",
    *,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> Accepted:
    """Confirm those of ``ids`` still pending (a redo confirms the same records again)."""
    _step(0, progress, should_cancel)
    _choose(conn, ids)
    rows = conn.execute(
        f"SELECT id, article_id, {_GROUP} FROM record_rows r WHERE id IN (SELECT id FROM {_CHOSEN}) "
        f"AND {PENDING} ORDER BY id"
    ).fetchall()
    _choose(conn, (row[0] for row in rows), (row[1] for row in rows))
    accepted = Accepted(array("q", (row[0] for row in rows)))
    accepted.prior = _prior(conn)
    pending = Counter(row[1] for row in rows)
    groups = Counter((*row[2:], "confirmed") for row in rows)
    _confirm_chosen(conn, reviewer, action, groups, progress, should_cancel)
    _count_pending(conn, pending, -1)
    if progress is not None:
        progress(STEPS, STEPS)
    return accepted


def _confirm_chosen(
    conn: sqlite3.Connection,
    reviewer: str,
    action: str,
    groups: Counter[tuple],
    progress: Progress | None,
    should_cancel: ShouldCancel | None,
) -> None:
    """Log and confirm the chosen records, all pending, ``groups`` what the dataset counts them under
    (the articles' counters are the caller's).

    Each was pending, with the reviewer and time ``_prior`` put beside its id, so its event is
    written from the chosen alone, and its decision is a row of ``decisions`` written in id order.
    """
    _step(1, progress, should_cancel)
    stamp = now()
    conn.execute(
        "INSERT INTO events (at, reviewer, action, article_id, record_id, before, after) "
        "SELECT :at, :reviewer, :action, article_id, id, "
        "json_object('status', 'pending', 'reviewer', prior_reviewer, 'decided_at', prior_decided_at), "
        "json_object('status', 'confirmed', 'reviewer', :reviewer, 'decided_at', :at) "
        f"FROM {_CHOSEN} ORDER BY id",
        {"at": stamp, "reviewer": reviewer, "action": action},
    )
    _step(2, progress, should_cancel)
    with _counts_suspended(conn):  # the chosen are pending: in no count yet
        conn.execute(
            "INSERT INTO decisions (record_id, status, reviewer, decided_at) "
            f"SELECT id, 'confirmed', ?, ? FROM {_CHOSEN} WHERE true ORDER BY id "
            "ON CONFLICT (record_id) DO UPDATE SET "
            "status = excluded.status, reviewer = excluded.reviewer, decided_at = excluded.decided_at",
            (reviewer, stamp),
        )
        _add_counts(conn, groups, 1)
    _step(3, progress, should_cancel)


def reopen(
    conn: sqlite3.Connection,
    accepted: Accepted,
    reviewer: str,
    *,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> None:
    """Undo an accept: its records pending again, with the reviewer and time they had before."""
    _step(0, progress, should_cancel)
    _choose(conn, accepted.ids)
    _step(1, progress, should_cancel)
    stamp = now()
    # The chosen rows as they are, read once: the events, the articles' counters and the dataset's
    # counts come from this copy (reading the records for each cost a second of CPU apiece).
    conn.execute("DROP TABLE IF EXISTS temp.was")
    conn.execute(
        "CREATE TEMP TABLE was AS SELECT id, article_id, status, reviewer, decided_at, "
        "coalesce(indicator_code, indicator) AS key, coalesce(locality, '') AS place, base_unit, kind, "
        f"coalesce(period, '') AS period FROM records WHERE id IN (SELECT id FROM {_CHOSEN}) ORDER BY id"
    )
    conn.execute(
        "INSERT INTO events (at, reviewer, action, article_id, record_id, before, after) "
        "SELECT :at, :reviewer, 'undo', article_id, id, "
        "json_object('status', status, 'reviewer', reviewer, 'decided_at', decided_at), "
        "json_object('status', 'pending', 'reviewer', NULL, 'decided_at', NULL) "
        "FROM temp.was ORDER BY id",
        {"at": stamp, "reviewer": reviewer},
    )
    _step(2, progress, should_cancel)
    reopened = Counter(
        dict(conn.execute("SELECT article_id, COUNT(*) FROM temp.was WHERE status != 'pending' GROUP BY 1"))
    )
    counted = conn.execute(
        "SELECT key, place, base_unit, kind, period, status, COUNT(*) FROM temp.was "
        "WHERE status IN ('confirmed', 'corrected', 'added') GROUP BY 1, 2, 3, 4, 5, 6"
    ).fetchall()
    conn.execute("DROP TABLE temp.was")
    with _counts_suspended(conn):  # pending afterwards: in no count
        _add_counts(conn, Counter({tuple(row[:6]): row[6] for row in counted}), -1)
        conn.execute(f"DELETE FROM decisions WHERE record_id IN (SELECT id FROM {_CHOSEN})")
        conn.executemany(
            "INSERT INTO decisions (record_id, status, reviewer, decided_at) VALUES (?, 'pending', ?, ?)",
            [(record_id, r, at) for record_id, (r, at) in accepted.prior.items()],
        )
    _step(3, progress, should_cancel)
    _count_pending(conn, reopened, 1)
    if progress is not None:
        progress(STEPS, STEPS)


def _choose(conn: sqlite3.Connection, ids: Iterable[int], article_ids: Iterable[int] | None = None) -> None:
    """The records to change, with their articles when the caller knows them, and room for
    what :func:`_prior` finds and for what the dataset counts them under (an accept's own)."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS chosen (id INTEGER PRIMARY KEY, article_id INTEGER, "
        "prior_reviewer TEXT, prior_decided_at TEXT, key, place, base_unit, kind, period)"
    )
    conn.execute(f"DELETE FROM {_CHOSEN}")
    if article_ids is None:
        conn.executemany(f"INSERT INTO {_CHOSEN} (id) VALUES (?)", ((i,) for i in ids))
    else:
        conn.executemany(
            f"INSERT INTO {_CHOSEN} (id, article_id) VALUES (?, ?)", zip(ids, article_ids, strict=True)
        )


@contextmanager
def _counts_suspended(conn: sqlite3.Connection) -> Iterator[None]:
    """Change the status of the chosen records inside, the dataset's counts moved by the caller.

    What the triggers would do row by row, the caller does once per group (:func:`_add_counts`).
    Dropping the triggers is part of the caller's transaction, so no other connection ever writes
    without them, and a rollback brings them back.
    """
    for trigger in DATASET_TRIGGERS:
        conn.execute(f"DROP TRIGGER {trigger}")
    yield
    for statement in statements(dataset_triggers()):
        conn.execute(statement)


def _add_counts(conn: sqlite3.Connection, groups: Counter[tuple], step: int) -> None:
    """Add ``step`` times ``groups`` (records per key, place, base unit, kind, period and status) to
    both count tables."""
    conn.execute("DROP TABLE IF EXISTS temp.shift")
    conn.execute("CREATE TEMP TABLE shift (key, place, base_unit, kind, period, status, n)")
    conn.executemany(
        "INSERT INTO temp.shift VALUES (?, ?, ?, ?, ?, ?, ?)", ((*k, n) for k, n in groups.items())
    )
    conn.execute(
        "INSERT INTO dataset_groups SELECT key, place, base_unit, kind, status, ? * SUM(n) FROM temp.shift "
        "GROUP BY 1, 2, 3, 4, 5 ON CONFLICT DO UPDATE SET records = records + excluded.records",
        (step,),
    )
    conn.execute(
        "INSERT INTO dataset_periods SELECT period, kind, status, ? * SUM(n) FROM temp.shift "
        "GROUP BY 1, 2, 3 ON CONFLICT DO UPDATE SET records = records + excluded.records",
        (step,),
    )
    conn.execute("DROP TABLE temp.shift")


def _prior(conn: sqlite3.Connection) -> dict[int, tuple[str | None, str | None]]:
    """The reviewer and time of the chosen records that have one while pending (reopened ones), also
    put beside their ids for the events.  (The chosen are pending: read from the few pending decisions,
    not by looking up every chosen record.)"""
    prior = {
        r[0]: (r[1], r[2])
        for r in conn.execute(
            "SELECT record_id, reviewer, decided_at FROM decisions WHERE status = 'pending' "
            f"AND (reviewer IS NOT NULL OR decided_at IS NOT NULL) AND EXISTS (SELECT 1 FROM {_CHOSEN} c WHERE c.id = record_id)"
        )
    }
    conn.executemany(
        f"UPDATE {_CHOSEN} SET prior_reviewer = ?, prior_decided_at = ? WHERE id = ?",
        ((r, at, i) for i, (r, at) in prior.items()),
    )
    return prior


def _count_pending(conn: sqlite3.Connection, changed: Counter[int], step: int) -> None:
    """Move the articles' pending counters by ``step`` for each of their records that changed: a
    recount would read every record of every article touched, a million rows for a corpus-wide accept."""
    conn.executemany(
        "UPDATE articles SET n_pending = n_pending + ? WHERE id = ?",
        [(step * n, article_id) for article_id, n in changed.items()],
    )


# ---- the riskiest-first queue ----------------------------------------------------------


def riskiest(
    conn: sqlite3.Connection,
    after: tuple[float, int] | None = None,
    limit: int = 1,
    *,
    backwards: bool = False,
) -> list[tuple]:
    """Pending records, riskiest first: ``(record id, article id, risk)``, starting after ``(risk, id)``
    (``backwards``: before it, nearest first).

    Read through the index ``records_risk`` in its order, the decided records skipped: the first
    page of a million-record corpus costs as little as of a small one.
    """
    # INDEXED BY: with no statistics SQLite may read every record and sort them (4 s at a million
    # records) rather than walk the first few entries of this index.
    sql = f"SELECT id, article_id, risk FROM record_rows r INDEXED BY records_risk WHERE risk IS NOT NULL AND {PENDING}"
    params: tuple = ()
    if after is not None:
        sql += (
            " AND (risk > ? OR (risk = ? AND id < ?))"
            if backwards
            else " AND (risk < ? OR (risk = ? AND id > ?))"
        )
        params = (after[0], after[0], after[1])
    order = " ORDER BY risk, id DESC" if backwards else " ORDER BY risk DESC, id"
    return conn.execute(sql + order + " LIMIT ?", (*params, limit)).fetchall()
