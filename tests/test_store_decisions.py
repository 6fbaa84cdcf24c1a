"""Decisions in the store: allowed transitions, what a decision returns and costs, all-or-none batches."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

import pytest
from factories import article, budget_records

from desktop.core.errors import InputError
from desktop.core.records import FIELDS, STATUSES, TRANSITIONS, may_decide
from desktop.store import Changed, ReviewRow, Store, details

DECISIONS = ("confirmed", "rejected", "corrected", "pending")


def put_in(store: Store, record_id: int, status: str) -> None:
    """Bring a pending record to ``status`` the way a reviewer would."""
    if status == "pending":
        return
    if status == "added":
        raise ValueError("use add_record")
    fields = store.record(record_id).record
    store.decide(record_id, status, "lan", record=fields if status == "corrected" else None)


def test_every_status_has_its_transitions() -> None:
    assert set(TRANSITIONS) == set(STATUSES)
    assert all(targets <= set(DECISIONS) for targets in TRANSITIONS.values())


@pytest.mark.parametrize("start", ["pending", "confirmed", "corrected", "rejected", "added"])
@pytest.mark.parametrize("decision", DECISIONS)
def test_the_store_enforces_the_transitions(store: Store, start: str, decision: str) -> None:
    if start == "added":
        record_id = store.add_record(1, budget_records()[0], "lan").after["id"]
    else:
        record_id = store.records(1)[0].id
        put_in(store, record_id, start)
    events = len(store.events(record_id))
    fields = store.record(record_id).record if decision == "corrected" else None
    if may_decide(start, decision):
        assert store.decide(record_id, decision, "minh", record=fields).after["status"] == decision
    else:
        with pytest.raises(InputError, match="cannot be given"):
            store.decide(record_id, decision, "minh", record=fields)
        assert store.record(record_id).status == start
        assert len(store.events(record_id)) == events


def test_a_decision_returns_its_before_and_after_and_the_counters(store: Store) -> None:
    record_id = store.records(1)[0].id
    decision = store.decide(record_id, "confirmed", "lan", note="khớp")
    (change,) = decision.changes
    assert (change.before["status"], change.after["status"]) == ("pending", "confirmed")
    assert (change.after["reviewer"], change.after["note"]) == ("lan", "khớp")
    assert change.after == dict(
        store.conn.execute(
            f"SELECT {details.ROW} FROM {details.JOINED} WHERE r.id = ?", (record_id,)
        ).fetchone()
    )
    assert decision.counts == {1: (3, 2)}


def test_a_decision_runs_five_statements_besides_its_transaction(store: Store) -> None:
    """Read the row, write its decision, read the row as it now is (schema v10: the decision is a row of its
    own, so no single statement returns the whole record), log it, recount the article."""
    seen = store.review_rows(1)[0]
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    store.decide(seen.id, "confirmed", "lan", seen=seen)
    store.conn.set_trace_callback(None)
    assert statements[0] == "BEGIN IMMEDIATE" and statements[-1] == "COMMIT"
    # SQLite traces each statement a trigger runs (the dataset counts) as the statement that fired it again.
    ours = [s.split()[0] for s, _ in groupby(statements[1:-1])]
    assert ours == ["SELECT", "UPDATE", "SELECT", "INSERT", "UPDATE"]


def test_a_record_changed_since_it_was_seen_is_not_overwritten(store: Store) -> None:
    seen = store.review_rows(1)[0]
    store.decide(seen.id, "confirmed", "minh")
    with pytest.raises(Changed, match="was confirmed by minh") as raised:
        store.decide(seen.id, "rejected", "lan", seen=seen)
    assert raised.value.current[seen.id]["status"] == "confirmed"
    assert store.record(seen.id).status == "confirmed"
    again = store.decide(seen.id, "rejected", "lan", seen=store.review_rows(1)[0])  # told, and still sure
    assert again.after["status"] == "rejected"


def test_a_removed_record_is_reported_not_raised_as_a_bug(store: Store) -> None:
    with pytest.raises(Changed, match="was removed") as raised:
        store.decide(999, "confirmed", "lan")
    assert raised.value.current == {999: None}


def test_decide_many_is_one_transaction(store: Store) -> None:
    ids = [r.id for r in store.records(1)]
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    decision = store.decide_many(ids, "confirmed", "lan", seen=store.review_rows(1))
    store.conn.set_trace_callback(None)
    assert statements.count("BEGIN IMMEDIATE") == 1
    assert [c.after["status"] for c in decision.changes] == ["confirmed"] * 3
    assert decision.counts == {1: (3, 0)}
    assert [e["action"] for e in store.events()[-3:]] == ["confirm"] * 3


def test_decide_many_is_all_or_none(store: Store) -> None:
    seen = store.review_rows(1)
    store.decide(seen[1].id, "rejected", "minh")
    with pytest.raises(Changed, match=r"Record .* was rejected by minh"):
        store.decide_many([r.id for r in seen], "confirmed", "lan", seen=seen)
    with pytest.raises(InputError, match="cannot be given 'confirm'"):
        store.decide_many([r.id for r in seen], "confirmed", "lan")
    assert [r.status for r in store.records(1)] == ["pending", "rejected", "pending"]


def unlabelled_store(tmp_path: Path, labels: tuple[str, ...]) -> Store:
    """The budget article with its records labelled ``labels`` (empty or blank: the machine found none)."""
    records = [
        record.with_changes(indicator=label) for record, label in zip(budget_records(), labels, strict=True)
    ]
    opened = Store(tmp_path / "unlabelled.db")
    opened.add_articles([(article("a"), records, "v1", False)])
    return opened


def test_a_record_without_a_label_cannot_be_confirmed_by_any_caller(tmp_path: Path) -> None:
    with unlabelled_store(tmp_path, ("", "Thu ngân sách", " ")) as store:
        blank, labelled, spaces = store.review_rows(1)
        events = len(store.events())
        with pytest.raises(InputError, match=f"Record {blank.id} has no label: it cannot be confirmed"):
            store.decide(blank.id, "confirmed", "lan", seen=blank)
        with pytest.raises(InputError, match=f"Records {blank.id}, {spaces.id} have no label"):
            store.decide_many([r.id for r in (blank, labelled, spaces)], "confirmed", "lan")
        assert [r.status for r in store.records(1)] == ["pending"] * 3  # all or none
        assert len(store.events()) == events
        assert store.decide(blank.id, "rejected", "lan").after["status"] == "rejected"
        fields = store.record(spaces.id).record.with_changes(indicator="Thu nội địa")
        assert store.decide(spaces.id, "corrected", "lan", record=fields).after["indicator"] == "Thu nội địa"
        assert store.decide(labelled.id, "confirmed", "lan").after["status"] == "confirmed"


def test_undo_refuses_when_the_record_changed_since(store: Store) -> None:
    record_id = store.records(1)[0].id
    steps = store.decide(record_id, "confirmed", "lan").changes
    store.decide(record_id, "rejected", "minh")
    with pytest.raises(Changed, match=r"Cannot undo: Record .* was rejected by minh"):
        store.undo(steps, "lan")
    assert store.record(record_id).status == "rejected"
    assert store.events(record_id)[-1]["action"] == "reject"


def test_redo_refuses_when_the_id_now_holds_another_record(store: Store) -> None:
    added = store.add_record(1, budget_records()[0].with_changes(indicator="Thu nội địa"), "lan")
    store.undo(added.changes, "lan")
    other = store.add_record(1, budget_records()[1].with_changes(indicator="Thu khác"), "minh")
    assert other.after["id"] == added.after["id"]  # SQLite reuses the highest id once it is free
    with pytest.raises(Changed, match="Cannot redo"):
        store.redo(added.changes, "lan")
    assert store.record(other.after["id"]).record.indicator == "Thu khác"


def test_the_review_row_holds_every_field_of_a_record() -> None:
    """ReviewRow types its columns for mypy; FIELDS stays the one list of a record's fields."""
    assert tuple(name for name in ReviewRow._fields if name in FIELDS) == FIELDS
