"""Schema v2 (the article-list index): v1 files still read without migrating, and migrate on a writable open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from factories import SEEDS

from desktop.services.ingest import import_paths
from desktop.store import Store
from desktop.store.schema import MIGRATIONS, SCHEMA_VERSION


def make_v1(tmp_path: Path) -> Path:
    """The seeds in a file of schema v1: every object a later migration made is dropped."""
    db = tmp_path / "old.db"
    import_paths(db, [SEEDS], workers=1)
    v1 = sqlite3.connect(":memory:")
    MIGRATIONS[0](v1)
    known = {name for (name,) in v1.execute("SELECT name FROM sqlite_master")}
    conn = sqlite3.connect(db)
    later = conn.execute("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') "
                         "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table'").fetchall()
    for kind, name in later:
        if name not in known:
            conn.execute(f"DROP {kind.upper()} IF EXISTS {name}")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return db


def test_a_v1_file_reads_read_only_as_it_is(tmp_path: Path) -> None:
    db = make_v1(tmp_path)
    store = Store(db, readonly=True)
    try:
        assert len(store.article_summaries()) > 0
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        store.close()


def test_a_writable_open_adds_the_index(tmp_path: Path) -> None:
    db = make_v1(tmp_path)
    Store(db, backups=0).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    plan = " ".join(str(row) for row in conn.execute(
        "EXPLAIN QUERY PLAN SELECT id, doc, title, locality, published, year, n_records, n_pending "
        "FROM articles ORDER BY id"))
    conn.close()
    assert "COVERING INDEX articles_summary" in plan
