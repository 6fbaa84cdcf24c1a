"""Writing a re-extraction plan (:mod:`desktop.services.reconcile`) into the store.

Every change to a record is an event with its before/after snapshot, so the
log tells what the new extractor did to each record; a pending record whose
fields did not change only gets the new version and no event of its own (the
article's ``reextract`` event covers it).  The caller wraps a batch of
articles in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field

from desktop.core.records import Record
from desktop.store import changes
from desktop.store.clock import now
from desktop.store.rows import StoredRecord, machine_json, record_to_row

SYSTEM = "extractor"  # the ``reviewer`` of events the machine causes


@dataclass
class Plan:
    """What to do with one article's records; counts follow ``ReextractReport``."""

    add: list[Record] = field(default_factory=list)
    update: list[tuple[StoredRecord, Record]] = field(default_factory=list)
    refresh: list[tuple[StoredRecord, Record]] = field(default_factory=list)  # same fields, new version
    remove: list[StoredRecord] = field(default_factory=list)
    flag: list[tuple[StoredRecord, str]] = field(default_factory=list)
    unflag: list[StoredRecord] = field(default_factory=list)
    new: int = 0
    unchanged: int = 0
    changed: int = 0
    unmatched: int = 0


def article_batches(conn: sqlite3.Connection, size: int) -> Iterator[list[sqlite3.Row]]:
    """Articles in id order, ``size`` at a time, keyset-paged so memory stays flat."""
    last = 0
    while True:
        rows = conn.execute(
            "SELECT id, text, published, locality, title, url, warnings FROM articles WHERE id > ? ORDER BY id LIMIT ?",
            (last, size),
        ).fetchall()
        if not rows:
            return
        yield rows
        last = rows[-1]["id"]


def apply_plan(conn: sqlite3.Connection, article_id: int, plan: Plan, version: str, truncated: bool) -> None:
    """Carry out one article's plan inside the caller's transaction."""
    stamp = now()
    for stored, candidate in plan.update:
        _change(conn, stored.id, "reextract_update", _machine_columns(candidate, version))
    for stored, candidate in plan.refresh:
        changes.restamp(conn, stored.id, *_provenance(candidate, version))
    removed = changes.read(conn, [stored.id for stored in plan.remove])
    for record_id in removed:
        changes.delete(conn, record_id)
    changes.log(conn, (("reextract_remove", SYSTEM, before, None) for before in removed.values()))
    for stored, text in plan.flag:
        if stored.flag != text:
            _change(conn, stored.id, "reextract_flag", {"flag": text})
    for stored in plan.unflag:
        _change(conn, stored.id, "reextract_unflag", {"flag": None})
    for candidate in plan.add:
        added = changes.insert(
            conn, {**_machine_columns(candidate, version), "article_id": article_id, "created_at": stamp}
        )
        changes.log(conn, [("reextract_add", SYSTEM, None, added)])
    conn.execute(
        "UPDATE articles SET extractor_version = ?, truncated = ? WHERE id = ?",
        (version, int(truncated), article_id),
    )
    changes.recount(conn, article_id)
    conn.execute(
        "INSERT INTO events (at, reviewer, action, article_id, after) VALUES (?, ?, 'reextract', ?, ?)",
        (stamp, SYSTEM, article_id, json.dumps(_summary(plan, version))),
    )


def _machine_columns(record: Record, version: str) -> dict[str, object]:
    """A pending record's current fields are the machine's: both move together."""
    machine, confidence, rule, version = _provenance(record, version)
    return {
        **record_to_row(record),
        "machine": machine,
        "confidence": confidence,
        "rule": rule,
        "extractor_version": version,
    }


def _provenance(record: Record, version: str) -> tuple[str, float, str, str]:
    return machine_json(record), record.confidence, record.rule, version


def _change(conn: sqlite3.Connection, record_id: int, action: str, columns: dict[str, object]) -> None:
    (before,) = changes.read(conn, [record_id]).values()
    changes.log(conn, [(action, SYSTEM, before, changes.update_one(conn, record_id, columns))])


def _summary(plan: Plan, version: str) -> dict[str, object]:
    return {
        "extractor_version": version,
        "new": plan.new,
        "unchanged": plan.unchanged,
        "changed": plan.changed,
        "unmatched": plan.unmatched,
        "removed": len(plan.remove),
        "flagged": len(plan.flag),
    }
