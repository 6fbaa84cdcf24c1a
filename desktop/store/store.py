"""The store: articles, their records and every decision, in one SQLite file.

Each public method that changes data is one transaction and appends to the
event log in that same transaction, so the log always agrees with the
records.  A decision is durable when the method returns: the GUI calls it
at the moment the reviewer decides and keeps no copy of its own.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from desktop.core.errors import InputError
from desktop.core.records import DECIDED, Article, Record
from desktop.store import accepting, checking
from desktop.store.accepting import Accepted, Selection
from desktop.store.bulk import AddResult, insert_prepared, prepare
from desktop.store.clock import now
from desktop.store.db import Database
from desktop.store.rows import (
    ArticleSummary,
    StoredArticle,
    StoredRecord,
    record_to_row,
)

SUMMARY_COLUMNS = "id, doc, title, locality, published, year, n_records, n_pending"
REVIEW_STATES = ("todo", "progress", "done")
#: Columns computed from the others (issue 13's checks): never put back from an old snapshot.
_DERIVED = ("id", "checks", "rules", "risk", "fact")


def fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word quoted, all required.

    Users type quotes, ``%``, ``-`` and ``*``; FTS5 would read those as syntax and
    fail on an unbalanced ``"``.  Quoting each word makes any input a valid query.
    A NUL (pasted from a binary file) would end SQLite's string early, so it goes too.
    """
    words = [w.replace('"', "").replace("\x00", "") for w in text.split()]
    return " ".join(f'"{w}"' for w in words if w)


class Store(Database):
    """Queries and changes over one Chitieu database."""

    # ---- articles -------------------------------------------------------------

    def add_articles(self, items: Iterable[tuple[Article, list[Record], str, bool]]) -> list[AddResult]:
        """Store articles with their machine records: ``(article, records, extractor_version, truncated)``.

        Re-importing the same content is a no-op; the same content under another
        doc name is reported as a duplicate and not stored twice.
        """
        prepared = [prepare(article, records, version, truncated) for article, records, version, truncated in items]
        with self.transaction() as conn:
            return insert_prepared(conn, prepared)

    def article(self, article_id: int) -> StoredArticle:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise InputError(f"There is no article {article_id} in {self.path}.")
        return StoredArticle.from_row(row)

    def article_summaries(self, *, state: str | None = None, locality: str | None = None,
                          year: int | None = None, search: str | None = None) -> list[ArticleSummary]:
        """Articles matching every given filter, in import order."""
        where, params = [], []
        if state == "todo":
            where.append("n_pending > 0 AND n_pending = n_records")
        elif state == "progress":
            where.append("n_pending > 0 AND n_pending < n_records")
        elif state == "done":
            where.append("n_pending = 0")
        if locality:
            where.append("locality = ?")
            params.append(locality)
        if year:
            where.append("year = ?")
            params.append(year)
        if search and fts_query(search):
            # "+id": walk the covering index and test membership, rather than look up every hit by
            # rowid, which reads each hit's whole row (text included) for its counters: a query
            # matching 40,000 of 50,000 articles took 0.3-0.5 s that way, ~0.1 s this way.
            where.append("+id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(fts_query(search))
        sql = f"SELECT {SUMMARY_COLUMNS} FROM articles"
        if where:
            sql += " WHERE " + " AND ".join(where)
        cursor = self.conn.cursor()
        cursor.row_factory = None  # plain tuples: sqlite3.Row objects cost a sixth of the time at 50,000 rows
        rows = cursor.execute(sql + " ORDER BY id", params).fetchall()
        return list(map(ArticleSummary._make, rows))

    def article_summary(self, article_id: int) -> ArticleSummary:
        row = self.conn.execute(f"SELECT {SUMMARY_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise InputError(f"There is no article {article_id} in {self.path}.")
        return ArticleSummary(*row)

    def localities(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT locality FROM articles WHERE locality IS NOT NULL ORDER BY locality")
        return [r[0] for r in rows]

    def years(self) -> list[int]:
        rows = self.conn.execute("SELECT DISTINCT year FROM articles WHERE year IS NOT NULL ORDER BY year")
        return [r[0] for r in rows]

    def progress(self) -> tuple[int, int]:
        """(decided, total) records over the whole corpus."""
        total, pending = self.conn.execute(
            "SELECT COALESCE(SUM(n_records), 0), COALESCE(SUM(n_pending), 0) FROM articles").fetchone()
        return total - pending, total

    # ---- records --------------------------------------------------------------

    def records(self, article_id: int) -> list[StoredRecord]:
        rows = self.conn.execute("SELECT * FROM records WHERE article_id = ? ORDER BY start, id",
                                 (article_id,)).fetchall()
        return [StoredRecord.from_row(r) for r in rows]

    def record(self, record_id: int) -> StoredRecord:
        row = self.conn.execute("SELECT * FROM records WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise InputError(f"There is no record {record_id} in {self.path}.")
        return StoredRecord.from_row(row)

    def decide(self, record_id: int, status: str, reviewer: str, *, record: Record | None = None,
               note: str | None = None) -> StoredRecord:
        """Confirm, reject or correct a record; ``record`` holds the corrected fields."""
        if status not in ("confirmed", "rejected", "corrected", "pending"):
            raise ValueError(f"not a decision: {status}")
        if status == "corrected" and record is None:
            raise ValueError("a correction needs the corrected record")
        with self.transaction() as conn:
            before = self._snapshot(conn, record_id)
            if before is None:
                raise InputError(f"Record {record_id} no longer exists; reload the article.")
            changes: dict[str, Any] = {"status": status, "reviewer": reviewer, "decided_at": now()}
            if note is not None:
                changes["note"] = note
            if record is not None:
                changes.update(record_to_row(record))
            self._update(conn, record_id, changes)
            self._recheck(conn, before["article_id"], before, self._snapshot(conn, record_id))
            self._log(conn, status_action(status), reviewer, before, self._snapshot(conn, record_id))
            self._refresh_counts(conn, before["article_id"])
        return self.record(record_id)

    def add_record(self, article_id: int, record: Record, reviewer: str, note: str | None = None) -> StoredRecord:
        """A record the machine missed, added by a reviewer."""
        with self.transaction() as conn:
            row = record_to_row(record)
            columns = ", ".join(f'"{c}"' for c in row)
            cursor = conn.execute(
                f"""INSERT INTO records (article_id, status, {columns}, reviewer, decided_at, note, created_at)
                    VALUES (?, 'added', {", ".join("?" * len(row))}, ?, ?, ?, ?)""",
                (article_id, *row.values(), reviewer, now(), note, now()),
            )
            record_id = cursor.lastrowid
            checking.recheck(conn, [article_id])
            self._log(conn, "add", reviewer, None, self._snapshot(conn, record_id))
            self._refresh_counts(conn, article_id)
        return self.record(record_id)

    # ---- checks: accept all that pass, riskiest first (issue 13) ----------------------------

    def count_passing(self, selection: Selection) -> int:
        """How many pending records :meth:`accept_passing` would confirm now."""
        return accepting.count_passing(self.conn, selection)

    def accept_passing(self, selection: Selection, reviewer: str, **steps: Any) -> Accepted:
        """Confirm every pending record that fails no check and is confident enough, as one transaction.

        ``progress`` and ``should_cancel`` (keywords) follow its steps; a cancel raises
        :class:`~desktop.store.accepting.Cancelled` and changes nothing.
        """
        with self.transaction() as conn:
            return accepting.accept_passing(conn, selection, reviewer, **steps)

    def confirm_accepted(self, accepted: Accepted, reviewer: str, **steps: Any) -> Accepted:
        """Redo an accept: confirm the same records again (those still pending)."""
        with self.transaction() as conn:
            return accepting.confirm_ids(conn, accepted.ids, reviewer, action="redo", **steps)

    def reopen_accepted(self, accepted: Accepted, reviewer: str, **steps: Any) -> None:
        """Undo an accept: its records pending again, as they were."""
        with self.transaction() as conn:
            accepting.reopen(conn, accepted, reviewer, **steps)

    def riskiest(self, after: tuple[float, int] | None = None, limit: int = 1, *,
                 backwards: bool = False) -> list[tuple[int, int, float]]:
        """Pending records riskiest first, as ``(record id, article id, risk)``, after ``(risk, id)``."""
        return accepting.riskiest(self.conn, after, limit, backwards=backwards)

    def risk(self, record_id: int) -> float | None:
        row = self.conn.execute("SELECT risk FROM records WHERE id = ?", (record_id,)).fetchone()
        return row[0] if row else None

    def snapshot(self, record_id: int) -> dict[str, Any] | None:
        """Everything stored about a record, for undo; None when it does not exist."""
        return self._snapshot(self.conn, record_id)

    def restore(self, record_id: int, snapshot: dict[str, Any] | None, reviewer: str, action: str) -> None:
        """Put a record back as it was in ``snapshot`` (None: remove it), logged as ``action``.

        Undo and redo are new events; nothing is erased from the log.
        """
        with self.transaction() as conn:
            before = self._snapshot(conn, record_id)
            article_id = (snapshot or before or {}).get("article_id")
            if snapshot is None:
                conn.execute("DELETE FROM records WHERE id = ?", (record_id,))
            elif before is None:
                columns = ", ".join(f'"{c}"' for c in snapshot)
                conn.execute(f"INSERT INTO records ({columns}) VALUES ({', '.join('?' * len(snapshot))})",
                             tuple(snapshot.values()))
            else:
                self._update(conn, record_id, {k: v for k, v in snapshot.items() if k not in _DERIVED})
            if article_id is not None:
                self._recheck(conn, article_id, before, snapshot)
            self._log(conn, action, reviewer, before, snapshot, record_id=record_id)
            if article_id is not None:
                self._refresh_counts(conn, article_id)

    def events(self, record_id: int | None = None) -> list[dict[str, Any]]:
        sql, params = "SELECT * FROM events", ()
        if record_id is not None:
            sql, params = sql + " WHERE record_id = ?", (record_id,)
        return [dict(r) for r in self.conn.execute(sql + " ORDER BY id", params)]

    # ---- helpers --------------------------------------------------------------

    @staticmethod
    def _snapshot(conn: sqlite3.Connection, record_id: int) -> dict[str, Any] | None:
        row = conn.execute("SELECT * FROM records WHERE id = ?", (record_id,)).fetchone()
        return dict(row) if row else None

    @staticmethod
    def _update(conn: sqlite3.Connection, record_id: int, changes: dict[str, Any]) -> None:
        assignments = ", ".join(f'"{c}" = ?' for c in changes)
        conn.execute(f"UPDATE records SET {assignments} WHERE id = ?", (*changes.values(), record_id))

    @staticmethod
    def _log(conn: sqlite3.Connection, action: str, reviewer: str | None, before: dict[str, Any] | None,
             after: dict[str, Any] | None, *, record_id: int | None = None) -> None:
        ref = after or before or {}
        conn.execute(
            "INSERT INTO events (at, reviewer, action, article_id, record_id, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (now(), reviewer, action, ref.get("article_id"), record_id or ref.get("id"),
             json.dumps(before, ensure_ascii=False) if before else None,
             json.dumps(after, ensure_ascii=False) if after else None),
        )

    @staticmethod
    def _recheck(conn: sqlite3.Connection, article_id: int, before: dict[str, Any] | None,
                 after: dict[str, Any] | None) -> None:
        """Keep the checks current (issue 13) when a change can alter them."""
        if checking.changes_verdicts(before, after):
            checking.recheck(conn, [article_id])

    @staticmethod
    def _refresh_counts(conn: sqlite3.Connection, article_id: int) -> None:
        """Recount one article's records.

        One pass over the article's records through ``records_article``: with
        ``status = 'pending'`` in the WHERE clause SQLite chose the status index
        and read every pending record of the corpus (0.5 s per decision at a
        million records).
        """
        conn.execute(
            """UPDATE articles SET (n_records, n_pending) =
                   (SELECT COUNT(*), COALESCE(SUM(status = 'pending'), 0) FROM records WHERE article_id = :id)
               WHERE id = :id""",
            {"id": article_id},
        )


def status_action(status: str) -> str:
    """The event name of a decision: confirmed → confirm."""
    return {"confirmed": "confirm", "rejected": "reject", "corrected": "correct", "pending": "reopen"}[status]



__all__ = ["DECIDED", "REVIEW_STATES", "Accepted", "AddResult", "Selection", "Store", "fts_query", "now"]
