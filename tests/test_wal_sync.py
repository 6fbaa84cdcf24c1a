"""The review window's commits do not wait for the disk: the WAL is flushed by a thread of its own after each."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from factories import article, budget_records

from desktop.store import Store, wal_sync

FULL, NORMAL = 2, 1


@pytest.fixture
def flushed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The inodes of the files the WAL thread flushed, in order."""
    inodes: list[int] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        inodes.append(os.fstat(fd).st_ino)
        real(fd)

    monkeypatch.setattr(wal_sync.os, "fsync", fsync)
    return inodes


def seeded(path: Path) -> int:
    """A file with one article; the id of one of its pending records."""
    with Store(path) as store:
        store.add_articles([(article("a"), budget_records(), "v1", False)])
        return store.records(1)[0].id


def test_a_decision_is_flushed_to_the_disk_after_its_commit(tmp_path: Path, flushed: list[int]) -> None:
    db = tmp_path / "c.db"
    record_id = seeded(db)
    store = Store(db, sync_in_background=True)
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == NORMAL
    store.decide(record_id, "confirmed", "lan")
    wal = Path(f"{db}-wal").stat().st_ino
    store.close()  # waits for the flush the decision asked for
    assert flushed and set(flushed) == {wal}
    reader = sqlite3.connect(db)
    assert (
        reader.execute("SELECT status FROM records WHERE id = ?", (record_id,)).fetchone()[0] == "confirmed"
    )
    reader.close()


def test_other_sessions_wait_for_the_disk_at_each_commit(tmp_path: Path, flushed: list[int]) -> None:
    db = tmp_path / "c.db"
    record_id = seeded(db)
    with Store(db) as store:
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == FULL
        store.decide(record_id, "confirmed", "lan")
    assert flushed == []


def test_a_read_only_session_starts_no_flushing(tmp_path: Path, flushed: list[int]) -> None:
    db = tmp_path / "c.db"
    seeded(db)
    with Store(db, readonly=True, sync_in_background=True) as store:
        assert store.article(1).n_records == 3
    assert flushed == []


def test_a_wal_already_gone_is_nothing_to_flush(tmp_path: Path, flushed: list[int]) -> None:
    syncer = wal_sync.WalSync(tmp_path / "gone.db")
    syncer.request()
    syncer.close()
    assert flushed == []
