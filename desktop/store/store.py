"""The store: articles, their records and every decision, in one SQLite file.

Each public method that changes data is one transaction and appends to the
event log in that same transaction, so the log always agrees with the
records.  A decision is durable when the method returns: the GUI calls it
at the moment the reviewer decides and keeps no copy of its own (the review
window's store is safe from a crash of the process on return, and on the disk a
moment later: :mod:`desktop.store.wal_sync`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from functools import cached_property, partial
from typing import Any, cast

from desktop.core.problems import problem
from desktop.core.records import DECIDED, Article, Record
from desktop.store import accepting, article_year, decisions, details
from desktop.store.accepting import Accepted, Selection
from desktop.store.article_year import ArticleYear, YearAnswer, YearQuestion
from desktop.store.bulk import AddResult, insert_prepared, prepare
from desktop.store.check_columns import ALL_CHECKS
from desktop.store.clock import now
from desktop.store.db import Database
from desktop.store.decisions import Decision, RecordChange
from desktop.store.review_rows import COLUMNS, ReviewRow
from desktop.store.rows import (
    ArticleSummary,
    StoredArticle,
    StoredRecord,
)
from desktop.store.summary_cache import KEY_COLUMNS, SummaryCache

SUMMARY_COLUMNS = "id, doc, title, locality, published, year, n_records, n_pending"
REVIEW_STATES = ("todo", "progress", "done")


#: Most spellings of one word :func:`fts_query` asks for (a word with more ``d``/``đ`` keeps the rest as typed).
MAX_SPELLINGS = 8
#: Summaries a search reads by id when the rest are remembered; with more missing, the whole list is read.
MAX_SUMMARIES_BY_ID = 2000
#: A record's failed checks as one JSON array: its own and its article's, and the cross-article one.
_RECORD_CHECKS = ALL_CHECKS.format(t="d.")


_summary = partial(tuple.__new__, ArticleSummary)


def fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word quoted, all required, ``d`` and ``đ`` alike.

    Users type quotes, ``%``, ``-`` and ``*``; FTS5 would read those as syntax and
    fail on an unbalanced ``"``.  Quoting each word makes any input a valid query.
    A NUL (pasted from a binary file) would end SQLite's string early, so it goes too.

    The index drops diacritics (``remove_diacritics 2``) but ``đ`` is a letter of its
    own to Unicode, not a ``d`` with a mark: ``Dak`` would not find ``Đắk``, nor the
    reverse.  Each word with a ``d`` or ``đ`` is asked for in both spellings
    (``("dak" OR "đak")``), which keeps the index as sqlite-utils and Datasette read it.
    """
    words = [w.replace('"', "").replace("\x00", "") for w in text.split()]
    return " AND ".join(_spellings(w) for w in words if w)


def _spellings(word: str) -> str:
    variants = [""]
    for char in word:
        if char in "dDđĐ" and len(variants) < MAX_SPELLINGS:
            variants = [v + c for v in variants for c in ("d", "đ")]
        else:
            variants = [v + char for v in variants]
    if len(variants) == 1:
        return f'"{word}"'
    return "(" + " OR ".join(f'"{v}"' for v in variants) + ")"


class Store(Database):
    """Queries and changes over one Chitieu database."""

    @cached_property
    def _summaries(self) -> SummaryCache:
        return SummaryCache()

    # ---- articles -------------------------------------------------------------

    def add_articles(self, items: Iterable[tuple[Article, list[Record], str, bool]]) -> list[AddResult]:
        """Store articles with their machine records: ``(article, records, extractor_version, truncated)``.

        Re-importing the same content is a no-op; the same content under another
        doc name is reported as a duplicate and not stored twice.
        """
        prepared = [
            prepare(article, records, version, truncated) for article, records, version, truncated in items
        ]
        with self.transaction() as conn:
            return insert_prepared(conn, prepared)

    def article(self, article_id: int) -> StoredArticle:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise problem("no_article", article=article_id, path=self.path)
        return StoredArticle.from_row(row)

    def article_summaries(
        self,
        *,
        state: str | None = None,
        locality: str | None = None,
        year: int | None = None,
        search: str | None = None,
        limit: int | None = None,
    ) -> list[ArticleSummary]:
        """Articles matching every given filter, in import order; the first ``limit`` of them if given."""
        where: list[str] = []
        params: list[object] = []
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
        sql = " FROM articles"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id LIMIT ?"
        params.append(-1 if limit is None else limit)
        cursor = self.conn.cursor()
        cursor.row_factory = None  # plain tuples: sqlite3.Row objects cost a sixth of the time at 50,000 rows
        # Only a read-only store remembers (the list's worker thread, which a big corpus uses): it reads the
        # matches' ids while nothing was written, their keys after a write, and then only the summaries it
        # does not hold (summary_cache.py).  unchanged() also notes the state before a first whole read.
        cache = self._summaries if self.readonly else None
        if cache is not None and cache.unchanged(self.conn) and cache:
            ids = [i for (i,) in cursor.execute("SELECT id" + sql, params)]
            if cache.unchanged(self.conn) and (remembered := cache.by_ids(ids)) is not None:
                return remembered
        if cache and (remembered := self._remembered(cache, cursor, sql, params, limit)) is not None:
            return remembered
        # tuple.__new__ through partial makes each row a summary in C; _make is a Python call per row.
        summaries = list(map(_summary, cursor.execute(f"SELECT {SUMMARY_COLUMNS}" + sql, params).fetchall()))
        if cache is not None:
            cache.remember(summaries, whole=limit is None)
        return summaries

    @staticmethod
    def _remembered(
        cache: SummaryCache, cursor: sqlite3.Cursor, sql: str, params: list[object], limit: int | None
    ) -> list[ArticleSummary] | None:
        """The summaries of the query ``sql`` from ``cache`` and those read by id; None when too many are missing.

        Only the keys cross into Python for every match; a decision since the last look leaves one
        summary to read, an import a few hundred.
        """
        keys = cursor.execute(f"SELECT {KEY_COLUMNS}" + sql, params).fetchall()
        found = cache.get(keys)
        if None not in found:
            summaries = cast(list[ArticleSummary], found)
            cache.remember(summaries, whole=limit is None, read=())
            return summaries
        missing = [k[0] for k, summary in zip(keys, found, strict=True) if summary is None]
        if len(missing) > MAX_SUMMARIES_BY_ID:
            return None
        read: dict[int, ArticleSummary] = {}
        for at in range(0, len(missing), 500):  # well under SQLite's oldest limit of 999 parameters
            batch = missing[at : at + 500]
            rows = cursor.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM articles WHERE id IN ({', '.join('?' * len(batch))})", batch
            )
            read.update((row[0], _summary(row)) for row in rows)
        if len(read) < len(missing):
            return None  # deleted since the keys were read: read the list again
        summaries = [summary or read[k[0]] for k, summary in zip(keys, found, strict=True)]
        cache.remember(summaries, whole=limit is None, read=list(read.values()))
        return summaries

    def article_count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def article_summary(self, article_id: int) -> ArticleSummary:
        row = self.conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise problem("no_article", article=article_id, path=self.path)
        return ArticleSummary(*row)

    def localities(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT locality FROM articles WHERE locality IS NOT NULL ORDER BY locality"
        )
        return [r[0] for r in rows]

    def years(self) -> list[int]:
        rows = self.conn.execute("SELECT DISTINCT year FROM articles WHERE year IS NOT NULL ORDER BY year")
        return [r[0] for r in rows]

    def progress(self) -> tuple[int, int]:
        """(decided, total) records over the whole corpus."""
        total, pending = self.conn.execute(
            "SELECT COALESCE(SUM(n_records), 0), COALESCE(SUM(n_pending), 0) FROM articles"
        ).fetchone()
        return total - pending, total

    # ---- records --------------------------------------------------------------

    def records(self, article_id: int) -> list[StoredRecord]:
        rows = self.conn.execute(
            f"SELECT {details.ROW} FROM {details.JOINED} WHERE r.article_id = ? ORDER BY r.start, r.id",
            (article_id,),
        ).fetchall()
        return [StoredRecord.from_row(r) for r in rows]

    def record(self, record_id: int) -> StoredRecord:
        row = self.conn.execute(
            f"SELECT {details.ROW} FROM {details.JOINED} WHERE r.id = ?", (record_id,)
        ).fetchone()
        if row is None:
            raise problem("no_record", record=record_id, path=self.path)
        return StoredRecord.from_row(row)

    def review_rows(self, article_id: int) -> list[ReviewRow]:
        """An article's records in text order, as the window shows them (:mod:`desktop.store.review_rows`)."""
        cursor = self.conn.cursor()
        cursor.row_factory = None  # plain tuples, made into named tuples below: fast at 100,000 records
        rows = cursor.execute(
            f"SELECT {COLUMNS} FROM records WHERE article_id = ? ORDER BY start, id", (article_id,)
        ).fetchall()
        return list(map(ReviewRow._make, rows))

    def confidence(self, article_id: int) -> dict[int, float]:
        """How sure the machine was of each record it proposed in an article, by record id.

        Apart from :meth:`review_rows`: the machine's provenance is no part of what a reviewer
        decides on (see :mod:`desktop.store.review_rows`).
        """
        cursor = self.conn.cursor()
        cursor.row_factory = None
        return dict(
            cursor.execute(
                "SELECT id, confidence FROM records WHERE article_id = ? AND confidence IS NOT NULL",
                (article_id,),
            ).fetchall()
        )

    def checks(self, article_id: int) -> dict[int, str]:
        """The failed checks (JSON) of each record of an article that fails one, by record id.

        Apart from :meth:`review_rows`, like :meth:`confidence`: checks are computed from the record
        and its neighbours, so they change when another record does, which is no change to what the
        reviewer decided on.
        """
        cursor = self.conn.cursor()
        cursor.row_factory = None
        return dict(
            cursor.execute(
                f"SELECT r.id, {_RECORD_CHECKS} FROM {details.JOINED} WHERE r.article_id = ? AND r.rules IS NOT NULL",
                (article_id,),
            ).fetchall()
        )

    def reviewed_labels(self, limit: int = 5000) -> list[str]:
        """The labels reviewers wrote (corrected and added records), most used first.

        The editor offers them as completions: a corpus repeats its indicators from
        article to article, so a label typed once is a few keys the next time.
        """
        rows = self.conn.execute(  # from the decisions' status index: a few rows of the records read
            "SELECT r.indicator FROM decisions d JOIN record_rows r ON r.id = d.record_id "
            "WHERE d.status IN ('corrected', 'added') AND r.indicator <> '' "
            "GROUP BY r.indicator ORDER BY COUNT(*) DESC, MAX(d.decided_at) DESC LIMIT ?",
            (limit,),
        )
        return [row[0] for row in rows]

    # ---- decisions (one transaction each; see desktop.store.decisions) --------

    def decide(
        self,
        record_id: int,
        status: str,
        reviewer: str,
        *,
        record: Record | None = None,
        note: str | None = None,
        seen: ReviewRow | None = None,
    ) -> Decision:
        """Confirm, reject, correct (``record`` holds the corrected fields) or reopen a record.

        With ``seen``, the row the reviewer decided on, a record changed since
        raises :class:`~desktop.store.decisions.Changed` and nothing is written.
        """
        with self.transaction() as conn:
            return decisions.decide(
                conn, [record_id], status, reviewer, record=record, note=note, seen=[seen] if seen else []
            )

    def decide_many(
        self, record_ids: Sequence[int], status: str, reviewer: str, *, seen: Iterable[ReviewRow] = ()
    ) -> Decision:
        """One decision on many records (confirm all of an article), in one transaction: all or none."""
        if not record_ids:
            return Decision((), {})
        with self.transaction() as conn:
            return decisions.decide(conn, record_ids, status, reviewer, seen=seen)

    def decide_each(self, steps: Sequence[tuple[ReviewRow, str, Record | None]], reviewer: str) -> Decision:
        """A decision per record, each on the row the reviewer saw, in one transaction: all or none.

        For the review window's steps that touch records differently: one field set on several records
        (each keeps its other fields), a percentage moved into the comparisons of the figure before it
        (that figure corrected, the percentage rejected).
        """
        with self.transaction() as conn:
            done = [
                decisions.decide(conn, [seen.id], status, reviewer, record=record, seen=[seen])
                for seen, status, record in steps
            ]
        counts: dict[int, tuple[int, int]] = {}
        for decision in done:
            counts.update(decision.counts)  # each recount sees the steps before it: the last one is final
        return Decision(
            tuple(change for decision in done for change in decision.changes),
            counts,
            tuple(event for decision in done for event in decision.events),
        )

    def add_record(self, article_id: int, record: Record, reviewer: str, note: str | None = None) -> Decision:
        """A record the machine missed, added by a reviewer."""
        with self.transaction() as conn:
            return decisions.add(conn, article_id, record, reviewer, note)

    def undo(self, steps: Sequence[RecordChange], reviewer: str) -> Decision:
        """Undo the steps of a decision, in one transaction, if no record changed since; logged as ``undo``.

        Undo and redo are new events; nothing is erased from the log.
        """
        with self.transaction() as conn:
            return decisions.undo(conn, steps, reviewer)

    def redo(self, steps: Sequence[RecordChange], reviewer: str) -> Decision:
        """Make the steps of an undone decision again, if no record changed since; logged as ``redo``."""
        with self.transaction() as conn:
            return decisions.redo(conn, steps, reviewer)

    # ---- checks: accept all that pass, riskiest first (issue 13) ----------------------------

    def count_passing(self, selection: Selection) -> int:
        """How many pending records :meth:`accept_passing` would confirm now."""
        return accepting.count_passing(self.conn, selection)

    def count_held_back(self, selection: Selection) -> tuple[int, int]:
        """``(articles, records)`` :meth:`accept_passing` leaves pending now only because the article's year
        is an open question (:data:`~desktop.store.accepting.HELD`)."""
        return accepting.count_held_back(self.conn, selection)

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

    # ---- the year of an article that names none (desktop.store.article_year) -----------------

    def year_question(self, article_id: int) -> YearQuestion | None:
        """The year an article with no date and no year is dated by, and whether it is still a guess."""
        return article_year.question(self.conn, article_id)

    def set_article_year(
        self, article_id: int, year: int, reviewer: str, *, seen: ArticleYear | None = None
    ) -> YearAnswer:
        """Answer an article's year question with ``year`` (the guess itself confirms it), in one transaction:
        the records it dated take the new year, their checks are re-run (:mod:`desktop.store.article_year`)."""
        with self.transaction() as conn:
            return article_year.answer(conn, article_id, year, reviewer, seen)

    def undo_article_year(self, done: YearAnswer, reviewer: str) -> Decision:
        """Undo an answer: the article's year and every record it changed as they were."""
        with self.transaction() as conn:
            return article_year.undo(conn, done, reviewer)

    def redo_article_year(self, done: YearAnswer, reviewer: str) -> Decision:
        with self.transaction() as conn:
            return article_year.redo(conn, done, reviewer)

    def riskiest(
        self, after: tuple[float, int] | None = None, limit: int = 1, *, backwards: bool = False
    ) -> list[tuple[int, int, float]]:
        """Pending records riskiest first, as ``(record id, article id, risk)``, after ``(risk, id)``."""
        return accepting.riskiest(self.conn, after, limit, backwards=backwards)

    def risk(self, record_id: int) -> float | None:
        row = self.conn.execute("SELECT risk FROM records WHERE id = ?", (record_id,)).fetchone()
        return row[0] if row else None

    def events(self, record_id: int | None = None) -> list[dict[str, Any]]:
        if record_id is None:
            rows = self.conn.execute("SELECT * FROM events ORDER BY id")
        else:
            rows = self.conn.execute("SELECT * FROM events WHERE record_id = ? ORDER BY id", (record_id,))
        return [dict(r) for r in rows]

    def article_events(self, article_id: int, limit: int) -> list[dict[str, Any]]:
        """The events of an article's records, oldest first, at most ``limit`` of them: one query
        through the records' article index and the events' record index."""
        rows = self.conn.execute(
            "SELECT * FROM events WHERE record_id IN (SELECT id FROM records WHERE article_id = ?) "
            "ORDER BY id LIMIT ?",
            (article_id, limit),
        )
        return [dict(r) for r in rows]


__all__ = ["DECIDED", "REVIEW_STATES", "Accepted", "AddResult", "Selection", "Store", "fts_query", "now"]
