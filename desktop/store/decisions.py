"""The rules of deciding, undoing and redoing, enforced where decisions are stored.

A reviewer decides on what they saw.  Two windows can be open on one
database, and ``import`` or ``extract`` can run beside them, so before any
write the store checks, inside the write's transaction:

* the record is still the one the reviewer saw (:class:`~desktop.store.review_rows.ReviewRow`
  equality) -- else :class:`Changed`, carrying the row as it now is, so the
  window can show it and ask;
* the decision is allowed from the record's status (:data:`~desktop.core.records.TRANSITIONS`),
  and a record confirmed has a label (:func:`~desktop.core.records.lacks_label`);
* an undo or a redo finds the row exactly as the step left it, and does not
  make a record pending again beside a proposal a re-extraction has since
  made for the same figure.

Each function here is the body of one transaction (the :class:`~desktop.store.Store`
opens it), and returns a :class:`Decision`: every record's row before and
after, and the counters of the articles it touched, so the caller can show
the change without reading anything back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import InputError
from desktop.core.problems import problem
from desktop.core.records import Record, lacks_label, may_decide
from desktop.store import changes
from desktop.store.changes import Snapshot
from desktop.store.clock import now
from desktop.store.review_rows import ReviewRow
from desktop.store.rows import record_to_row

#: The event name of each decision.
ACTIONS = {"confirmed": "confirm", "rejected": "reject", "corrected": "correct", "pending": "reopen"}
#: What undo and redo put back: the decision and the fields, never the machine's provenance or identity.
RESTORED = ("status", *ReviewRow._fields[4:])
#: Record ids a refusal names before it counts the rest.
NAMED = 5


@dataclass(frozen=True)
class RecordChange:
    """One record's row before and after a write (None: it did not exist)."""

    record_id: int
    before: Snapshot | None
    after: Snapshot | None


@dataclass(frozen=True)
class Decision:
    """What one write did: each record's change, ``(n_records, n_pending)`` of each article touched, and
    the events it logged (as :func:`~desktop.store.changes.log` returns them; empty when not told)."""

    changes: tuple[RecordChange, ...]
    counts: Mapping[int, tuple[int, int]]
    events: tuple[Snapshot, ...] = ()

    @property
    def after(self) -> Snapshot | None:
        """The new row of a one-record decision."""
        (change,) = self.changes
        return change.after


class Changed(InputError):
    """Records are no longer what the caller saw: nothing was written.

    ``current`` maps each such record id to its row as it now is, or None when
    it no longer exists.
    """

    def __init__(self, message: str, kind: str = "", params: Mapping[str, object] | None = None) -> None:
        super().__init__(message, kind, params)
        self.current: dict[int, Snapshot | None] = {}

    def on(self, current: Mapping[int, Snapshot | None]) -> Changed:
        """This error, about the records ``current``."""
        self.current = dict(current)
        return self


# ---- deciding -----------------------------------------------------------------------


def decide(
    conn: sqlite3.Connection,
    record_ids: Sequence[int],
    status: str,
    reviewer: str,
    *,
    record: Record | None = None,
    note: str | None = None,
    seen: Iterable[ReviewRow] = (),
) -> Decision:
    """Give every record of ``record_ids`` the decision ``status``; ``record`` holds corrected fields.

    ``seen`` holds the rows the reviewer decided on; any record that changed
    since raises :class:`Changed` and nothing is written.
    """
    if status not in ACTIONS:
        raise ValueError(f"not a decision: {status}")
    if (status == "corrected") != (record is not None) or (record is not None and len(record_ids) != 1):
        raise ValueError("a correction needs the corrected fields, of one record")
    before = changes.read(conn, record_ids)
    _check_seen(record_ids, before, {row.id: row for row in seen})
    refused = [before[i] for i in record_ids if not may_decide(before[i]["status"], status)]
    if refused:
        raise _refusal(refused, status)
    unlabelled = [i for i in record_ids if lacks_label(status, before[i]["indicator"])]
    if unlabelled:
        raise _no_label(unlabelled)
    columns: dict[str, Any] = {"status": status, "reviewer": reviewer, "decided_at": now()}
    if note is not None:
        columns["note"] = note
    if record is not None:
        columns.update(record_to_row(record))
    after = changes.update(conn, record_ids, columns)
    logged = changes.log(conn, ((ACTIONS[status], reviewer, before[i], after[i]) for i in record_ids))
    return _result(conn, [RecordChange(i, before[i], after[i]) for i in record_ids], logged)


def add(
    conn: sqlite3.Connection, article_id: int, record: Record, reviewer: str, note: str | None
) -> Decision:
    """A record the machine missed, added by a reviewer."""
    stamp = now()
    after = changes.insert(
        conn,
        {
            "article_id": article_id,
            "status": "added",
            **record_to_row(record),
            "reviewer": reviewer,
            "decided_at": stamp,
            "note": note,
            "created_at": stamp,
        },
    )
    logged = changes.log(conn, [("add", reviewer, None, after)])
    return _result(conn, [RecordChange(after["id"], None, after)], logged)


# ---- undo and redo ------------------------------------------------------------------


def undo(conn: sqlite3.Connection, steps: Sequence[RecordChange], reviewer: str) -> Decision:
    """Put every record of ``steps`` back as it was before its step, if it is still as the step left it."""
    return _restore(conn, [(s.record_id, s.after, s.before) for s in reversed(steps)], reviewer, "undo")


def redo(conn: sqlite3.Connection, steps: Sequence[RecordChange], reviewer: str) -> Decision:
    """Make every step of ``steps`` again, if each record is still as the step found it."""
    return _restore(conn, [(s.record_id, s.before, s.after) for s in steps], reviewer, "redo")


#: An undo or redo of one record: its id, the row it must have now, the row to give it.
Move = tuple[int, Snapshot | None, Snapshot | None]


def _restore(conn: sqlite3.Connection, moves: list[Move], reviewer: str, action: str) -> Decision:
    """``moves``: ``(record id, the row it must have now, the row to give it)``, all or none."""
    ids = [record_id for record_id, _, _ in moves]
    current = changes.read(conn, ids)
    stale = {i: current.get(i) for i, expected, _ in moves if _seen(current.get(i)) != _seen(expected)}
    if stale:
        raise problem("changed_step", Changed, action=action, what=_describe(stale)).on(stale)
    _check_no_rival_proposal(conn, moves, current, action)
    for record_id, _, target in moves:
        if target is None:
            changes.delete(conn, record_id)
        elif record_id not in current:
            changes.insert(conn, target)
    kept = {i: target for i, _, target in moves if target is not None and i in current}
    changes.set_each(conn, RESTORED, kept)
    after = changes.read(conn, ids)
    done = [RecordChange(i, current.get(i), after.get(i)) for i in ids]
    logged = changes.log(conn, ((action, reviewer, c.before, c.after) for c in done))
    return _result(conn, done, logged)


def _check_no_rival_proposal(
    conn: sqlite3.Connection, moves: list[Move], current: Mapping[int, Snapshot], action: str
) -> None:
    """Refuse to make a record pending again where a re-extraction has since proposed the same figure.

    Same figure as :mod:`desktop.services.reconcile` matches them: equal spans,
    or overlapping spans with the same value.  One query per article.
    """
    reopened = [
        t
        for i, _, t in moves
        if t is not None and t["status"] == "pending" and (current.get(i) or {}).get("status") != "pending"
    ]
    for article_id in {t["article_id"] for t in reopened}:
        pending = conn.execute(
            "SELECT id, start, \"end\", base_value FROM records WHERE article_id = ? AND +status = 'pending'",
            (article_id,),
        ).fetchall()
        for target in (t for t in reopened if t["article_id"] == article_id):
            for rival in pending:
                if rival["id"] != target["id"] and _same_figure(rival, target):
                    raise problem(
                        "rival_proposal", Changed, action=action, record=target["id"], rival=rival["id"]
                    ).on({target["id"]: current.get(target["id"])})


def _same_figure(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Equal spans, or overlapping spans with the same value."""
    overlap = a["start"] < b["end"] and b["start"] < a["end"]
    same_span = (a["start"], a["end"]) == (b["start"], b["end"])
    return same_span or (overlap and a["base_value"] == b["base_value"])


# ---- checks and messages --------------------------------------------------------------


def _seen(row: Mapping[str, Any] | None) -> ReviewRow | None:
    return ReviewRow.of_row(row) if row is not None else None


def _check_seen(
    record_ids: Sequence[int], current: Mapping[int, Snapshot], seen: Mapping[int, ReviewRow]
) -> None:
    stale = {
        i: current.get(i)
        for i in record_ids
        if i not in current or (i in seen and ReviewRow.of_row(current[i]) != seen[i])
    }
    if stale:
        raise problem("changed_seen", Changed, what=_describe(stale)).on(stale)


def _describe(stale: Mapping[int, Snapshot | None]) -> InputError:
    """What happened: ``Record 12 was confirmed by lan (2025-01-02T10:00:00.000Z)``, or a count for many."""
    if len(stale) > 1:
        return problem("changed_many", count=len(stale))
    ((record_id, row),) = stale.items()
    if row is None:
        return problem("changed_removed", record=record_id)
    if row["reviewer"] is None:
        if row["flag"]:
            return problem("changed_by_extractor_flagged", record=record_id, flag=row["flag"])
        return problem("changed_by_extractor", record=record_id)
    return problem(
        "changed_decided",
        record=record_id,
        status=row["status"],
        reviewer=row["reviewer"],
        at=row["decided_at"],
    )


def _refusal(rows: list[Snapshot], status: str) -> InputError:
    if len(rows) > 1:
        return problem("refused_many", count=len(rows), action=ACTIONS[status])
    return problem("refused_one", record=rows[0]["id"], status=rows[0]["status"], action=ACTIONS[status])


def _no_label(record_ids: list[int]) -> InputError:
    listed = ", ".join(map(str, record_ids[:NAMED]))
    if len(record_ids) > NAMED:
        return problem("no_label_more", records=listed, more=len(record_ids) - NAMED)
    if len(record_ids) > 1:
        return problem("no_label_many", records=listed)
    return problem("no_label_one", record=record_ids[0])


def _result(conn: sqlite3.Connection, done: list[RecordChange], logged: list[Snapshot]) -> Decision:
    # Imported here: the checks import the extractor, which only a decision needs, not opening the store.
    from desktop.store import checking

    checking.recheck_changed(conn, [(c.before, c.after) for c in done])
    articles = {(c.after or c.before or {})["article_id"] for c in done}
    return Decision(tuple(done), {a: changes.recount(conn, a) for a in sorted(articles)}, tuple(logged))
