"""The SQLite store: schema versioning, refusals, decisions with their events, undo, counters, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from factories import BUDGET, article, budget_records

from desktop.core.errors import InputError
from desktop.store import Store
from desktop.store.schema import MIGRATIONS, SCHEMA_VERSION


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_a_new_database_has_the_current_schema_version(tmp_path: Path) -> None:
    Store(tmp_path / "c.db").close()
    assert user_version(tmp_path / "c.db") == SCHEMA_VERSION == len(MIGRATIONS)


def test_reopening_runs_no_migration_twice(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with Store(path) as first:
        first.add_articles([(article("a"), budget_records(), "v1", False)])
    with Store(path) as again:
        assert again.progress() == (0, 3)
    assert user_version(path) == SCHEMA_VERSION


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(InputError, match="newer Chitieu"):
        Store(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Báo cáo năm 2020\n" * 20, encoding="utf-8")
    with pytest.raises(InputError, match="not an SQLite file"):
        Store(path)
    assert path.read_text(encoding="utf-8").startswith("Báo cáo")


def test_every_decision_is_an_event_that_agrees_with_the_record(store: Store) -> None:
    first, second, third = store.records(1)
    store.decide(first.id, "confirmed", "lan")
    corrected = second.record.with_changes(kind="estimate")
    store.decide(second.id, "corrected", "lan", record=corrected, note="ước")
    store.decide(third.id, "rejected", "minh")
    for stored in store.records(1):
        last = store.events(stored.id)[-1]
        assert last["reviewer"] == stored.reviewer
        assert f'"status": "{stored.status}"' in last["after"]
    assert store.record(second.id).record.kind == "estimate"
    assert store.record(second.id).machine.kind == "actual"  # the machine's original is kept beside


def test_the_event_log_cannot_be_rewritten(store: Store) -> None:
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.conn.execute("DELETE FROM events")


def test_undo_and_redo_restore_a_record_and_log_both(store: Store) -> None:
    record_id = store.records(1)[0].id
    steps = store.decide(record_id, "rejected", "lan").changes
    store.undo(steps, "lan")
    assert store.record(record_id).status == "pending"
    store.redo(steps, "lan")
    assert store.record(record_id).status == "rejected"
    assert [e["action"] for e in store.events(record_id)][-3:] == ["reject", "undo", "redo"]


def test_undo_of_an_added_record_removes_it(store: Store) -> None:
    added = store.add_record(1, budget_records()[0].with_changes(indicator="Thu nội địa"), "lan")
    store.undo(added.changes, "lan")
    assert added.after["id"] not in [r.id for r in store.records(1)]


def test_counters_follow_decisions(store: Store) -> None:
    ids = [r.id for r in store.records(1)]
    assert store.article_summary(1).state == "todo"
    store.decide(ids[0], "confirmed", "lan")
    assert (store.article_summary(1).state, store.progress()) == ("progress", (1, 3))
    for record_id in ids[1:]:
        store.decide(record_id, "rejected", "lan")
    assert (store.article_summary(1).state, store.progress()) == ("done", (3, 3))
    store.add_record(1, budget_records()[0], "lan")
    assert store.article_summary(1).n_records == 4 and store.article_summary(1).n_pending == 0


@pytest.mark.parametrize("typed", ['"', "%", "'", "*", "NEAR(", 'ngân "sách', "-", "AND OR NOT", "^", ":"])
def test_search_accepts_whatever_a_user_types(store: Store, typed: str) -> None:
    assert store.article_summaries(search=typed) == [] or store.article_summaries(search=typed)[0].id == 1


def test_search_finds_words_with_and_without_diacritics(store: Store) -> None:
    assert [a.id for a in store.article_summaries(search="ngân sách")] == [1]
    assert [a.id for a in store.article_summaries(search="ngan sach")] == [1]
    assert store.article_summaries(search="xi măng") == []


def test_the_same_content_is_stored_once(store: Store) -> None:
    again = store.add_articles(
        [(article("a"), budget_records(), "v1", False), (article("copy"), budget_records(), "v1", False)]
    )
    assert [r.status for r in again] == ["unchanged", "duplicate"]
    assert again[1].existing_doc == "a"
    assert store.db["articles"].count == 1
    assert BUDGET in store.article(1).text


def test_a_batch_finds_its_duplicates_among_the_stored_and_among_its_own(store: Store) -> None:
    """Stored content, new content twice under two names and once again under the first: one new article."""
    other = "Năm 2020, tổng vốn đầu tư toàn xã hội ước đạt 5.210 tỷ đồng, tăng 9% so với cùng kỳ."
    batch = [
        (article("b", other), [], "v1", False),
        (article("copy of a"), budget_records(), "v1", False),
        (article("copy of b", other), [], "v1", False),
        (article("b", other), [], "v1", False),
        (article("c", other + " Hết."), [], "v1", False),
    ]
    results = store.add_articles(batch)
    assert [(r.status, r.article_id, r.doc, r.existing_doc) for r in results] == [
        ("new", 2, "b", None),
        ("duplicate", 1, "copy of a", "a"),
        ("duplicate", 2, "copy of b", "b"),
        ("unchanged", 2, "b", "b"),
        ("new", 3, "c", None),
    ]
    assert [(row[0], row[1]) for row in store.conn.execute("SELECT id, doc FROM articles ORDER BY id")] == [
        (1, "a"),
        (2, "b"),
        (3, "c"),
    ]
    assert store.article(3).text == other + " Hết."
