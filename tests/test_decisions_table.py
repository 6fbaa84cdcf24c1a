"""Schema v10: the decision in ``decisions``, the record in ``record_rows``, ``records`` a view of both.

Whatever writes (the view's triggers one row at a time, or the tables), the view reads the record as
one row, a pending record with no reviewer and time has no decision, and the dataset's counts are
what a recount finds."""

from __future__ import annotations

import sqlite3

from desktop.store import Store
from desktop.store.schema import DATASET_COUNTS, statements


def counts(conn: sqlite3.Connection) -> tuple[list[tuple], list[tuple]]:
    groups = [
        tuple(r)
        for r in conn.execute("SELECT * FROM dataset_groups WHERE records != 0 ORDER BY 1, 2, 3, 4, 5")
    ]
    periods = [
        tuple(r) for r in conn.execute("SELECT * FROM dataset_periods WHERE records != 0 ORDER BY 1, 2, 3")
    ]
    return groups, periods


def recounted(conn: sqlite3.Connection) -> tuple[list[tuple], list[tuple]]:
    conn.execute("SAVEPOINT recount")
    conn.execute("DELETE FROM dataset_groups")
    conn.execute("DELETE FROM dataset_periods")
    for statement in statements(DATASET_COUNTS):
        conn.execute(statement)
    found = counts(conn)
    conn.execute("ROLLBACK TO recount")
    conn.execute("RELEASE recount")
    return found


def test_writes_through_the_view_reach_both_tables_and_keep_the_counts(store: Store) -> None:
    conn = store.conn
    first, second, third = (r.id for r in store.records(1))
    with store.transaction():
        conn.execute(
            "UPDATE records SET status = 'confirmed', reviewer = 'lan', decided_at = 't1' WHERE id = ?",
            (first,),
        )
        conn.execute(
            "UPDATE records SET status = 'corrected', indicator = 'Thu ngân sách' WHERE id = ?", (second,)
        )
        conn.execute(
            "UPDATE records SET period = '2019' WHERE id = ?", (first,)
        )  # a counted record moves group
        conn.execute(
            'INSERT INTO records (article_id, status, value, base_value, start, "end", reviewer, created_at) '
            "VALUES (1, 'added', '5', '5', 0, 1, 'minh', 'now')"
        )
        conn.execute(
            "UPDATE records SET status = 'pending', reviewer = NULL, decided_at = NULL WHERE id = ?", (third,)
        )
    decided = dict(conn.execute("SELECT record_id, status FROM decisions").fetchall())
    added = max(decided)
    assert decided == {first: "confirmed", second: "corrected", added: "added"}
    row = conn.execute(
        "SELECT status, reviewer, decided_at, period FROM records WHERE id = ?", (first,)
    ).fetchone()
    assert tuple(row) == ("confirmed", "lan", "t1", "2019")
    assert conn.execute("SELECT status FROM records WHERE id = ?", (third,)).fetchone()[0] == "pending"
    assert counts(conn) == recounted(conn) and counts(conn)[0]

    with store.transaction():
        conn.execute("DELETE FROM records WHERE id = ?", (first,))  # through the view
        conn.execute("DELETE FROM record_rows WHERE id = ?", (added,))  # the table: its decision goes too
    assert dict(conn.execute("SELECT record_id, status FROM decisions").fetchall()) == {second: "corrected"}
    assert counts(conn) == recounted(conn)


def test_deleting_an_article_takes_its_records_decisions_and_counts(store: Store) -> None:
    conn = store.conn
    for record in store.records(1):
        store.decide(record.id, "confirmed", "lan")
    assert counts(conn)[0]
    with store.transaction():
        conn.execute("DELETE FROM articles WHERE id = 1")
    assert conn.execute("SELECT COUNT(*) FROM decisions").fetchone()[0] == 0
    assert counts(conn) == ([], [])
