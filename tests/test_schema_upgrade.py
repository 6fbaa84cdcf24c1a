"""Older files: v1 migrates on a writable open (the article-list index, ..., the checks' columns);
a read-only session cannot use a file from before the checks, whose columns every reader reads."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from factories import SEEDS

from desktop.core.errors import InputError
from desktop.services.ingest import import_paths
from desktop.store import Store
from desktop.store.schema import _CHECK_COLUMNS, MIGRATIONS, SCHEMA_VERSION, _add_checks

CHECK_INDEXES = ("records_fact", "records_rules", "records_risk", "records_passing")


def make_v1(tmp_path: Path) -> Path:
    """The seeds in a file of schema v1: every object and column a later migration made is dropped."""
    db = tmp_path / "old.db"
    import_paths(db, [SEEDS], workers=1)
    v1 = sqlite3.connect(":memory:")
    MIGRATIONS[0](v1)
    known = {name for (name,) in v1.execute("SELECT name FROM sqlite_master")}
    conn = sqlite3.connect(db)
    later = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') "
        "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table'"
    ).fetchall()
    for kind, name in later:
        if name not in known:
            conn.execute(f"DROP {kind.upper()} IF EXISTS {name}")
    for table in ("articles", "records"):
        v1_columns = {row[1] for row in v1.execute(f"PRAGMA table_info({table})")}
        for (column,) in conn.execute(f"SELECT name FROM pragma_table_info('{table}')").fetchall():
            if column not in v1_columns:
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return db


def test_a_file_from_before_the_checks_asks_for_a_writable_open(tmp_path: Path) -> None:
    db = make_v1(tmp_path)
    with pytest.raises(InputError, match="needs a schema upgrade"):
        Store(db, readonly=True)


def test_a_writable_open_adds_the_index(tmp_path: Path) -> None:
    db = make_v1(tmp_path)
    Store(db, backups=0).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    plan = " ".join(
        str(row)
        for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id, doc, title, locality, published, year, n_records, n_pending "
            "FROM articles ORDER BY id"
        )
    )
    conn.close()
    assert "COVERING INDEX articles_summary" in plan


def test_a_writable_open_adds_the_checks_columns_unfilled(tmp_path: Path) -> None:
    db = make_v1(tmp_path)
    store = Store(db, backups=0)
    try:
        columns = {row[1] for row in store.conn.execute("PRAGMA table_info(records)")}
        assert set(_CHECK_COLUMNS) <= columns
        assert store.conn.execute("SELECT COUNT(*) FROM records WHERE risk IS NOT NULL").fetchone()[0] == 0
        _add_checks(store.conn)  # stands wherever the list puts it: a second run changes nothing
    finally:
        store.close()


def test_a_file_written_before_the_checks_upgrades_and_checks(tmp_path: Path) -> None:
    """A v5 file (main before the checks): the checks' migration comes last, adds its columns and
    indexes, and ``check_corpus`` then fills them."""
    from desktop.services.checks import check_corpus

    db = tmp_path / "v5.db"
    import_paths(db, [SEEDS], workers=1)
    conn = sqlite3.connect(db)
    for index in CHECK_INDEXES:
        conn.execute(f"DROP INDEX {index}")
    for column in _CHECK_COLUMNS:
        conn.execute(f"ALTER TABLE records DROP COLUMN {column}")
    conn.execute(f"PRAGMA user_version = {MIGRATIONS.index(_add_checks)}")
    conn.commit()
    conn.close()
    with Store(db, backups=0) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        indexes = {
            row[0] for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
    assert set(CHECK_INDEXES) <= indexes
    check_corpus(db)
    with Store(db, readonly=True) as store:
        unchecked = store.conn.execute("SELECT COUNT(*) FROM records WHERE risk IS NULL").fetchone()[0]
    assert unchecked == 0


def test_a_file_from_before_the_fingerprints_keeps_its_decisions_and_checks_everything_once(
    tmp_path: Path,
) -> None:
    """A v6 file (checks, no fingerprints): v7 adds the two tables empty, every decision stays, the
    next full check re-checks every article once and the one after it none."""
    from desktop.services.checks import check_corpus

    db = tmp_path / "v6.db"
    import_paths(db, [SEEDS], workers=1)
    with Store(db, backups=0) as store:
        first = store.records(1)[0]
        store.decide(first.id, "rejected", "lan")
    conn = sqlite3.connect(db)
    before = conn.execute("SELECT * FROM records ORDER BY id").fetchall()
    conn.execute("DROP TABLE checked_articles")
    conn.execute("DROP TABLE checked_facts")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    with Store(db, backups=0) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.conn.execute("SELECT COUNT(*) FROM checked_articles").fetchone()[0] == 0
        assert [tuple(r) for r in store.conn.execute("SELECT * FROM records ORDER BY id")] == before
    articles = check_corpus(db).articles
    assert articles > 1 and check_corpus(db).verified == articles
    with Store(db, readonly=True) as store:
        assert [tuple(r) for r in store.conn.execute("SELECT * FROM records ORDER BY id")] == before
