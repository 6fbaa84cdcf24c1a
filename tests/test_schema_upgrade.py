"""Older files: v2 added the article-list index, v3 the checks columns; both migrate on a writable open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop import SEEDS
from desktop.core.errors import InputError
from desktop.services.ingest import import_paths
from desktop.store import Store
from desktop.store.schema import SCHEMA_VERSION


def make_old(tmp_path: Path, version: int) -> Path:
    """The seeds in a database as schema ``version`` (1 or 2) left it."""
    db = tmp_path / "old.db"
    import_paths(db, [SEEDS], workers=1)
    conn = sqlite3.connect(db)
    for index in ("records_fact", "records_risk", "records_rules", "records_passing"):
        conn.execute(f"DROP INDEX {index}")
    for column in ("checks", "conflicts", "rules", "risk", "fact"):
        conn.execute(f"ALTER TABLE records DROP COLUMN {column}")
    if version < 2:
        conn.execute("DROP INDEX articles_summary")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return db


def test_a_file_without_the_checks_columns_asks_for_a_writable_open(tmp_path: Path) -> None:
    db = make_old(tmp_path, 2)
    with pytest.raises(InputError, match="needs a schema upgrade"):
        Store(db, readonly=True)


def test_a_writable_open_adds_the_index(tmp_path: Path) -> None:
    db = make_old(tmp_path, 1)
    Store(db, backups=0).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    plan = " ".join(str(row) for row in conn.execute(
        "EXPLAIN QUERY PLAN SELECT id, doc, title, locality, published, year, n_records, n_pending "
        "FROM articles ORDER BY id"))
    conn.close()
    assert "COVERING INDEX articles_summary" in plan


def test_a_writable_open_adds_the_checks_columns_unfilled(tmp_path: Path) -> None:
    db = make_old(tmp_path, 2)
    store = Store(db, backups=0)
    try:
        columns = {row[1] for row in store.conn.execute("PRAGMA table_info(records)")}
        assert {"checks", "conflicts", "rules", "risk", "fact"} <= columns
        assert store.conn.execute("SELECT COUNT(*) FROM records WHERE risk IS NOT NULL").fetchone()[0] == 0
    finally:
        store.close()
