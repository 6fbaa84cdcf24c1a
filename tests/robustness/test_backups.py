"""Issue 4.3: rotating backups on open (SQLite backup API), last N kept, and restore after damage."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from desktop.core.errors import InputError
from desktop.store import Store
from desktop.store.backup import list_backups, newest_valid_backup, restore_backup, validate_backup

from .conftest import integrity, seed
from .damage import garbage_page


def open_and_decide(db: Path, record_id: int, status: str, **kwargs: object) -> None:
    with Store(db, **kwargs) as store:  # type: ignore[arg-type]
        store.decide(record_id, status, "me")


def test_each_changed_open_takes_one_backup_and_unchanged_ones_none(seeded: tuple[Path, list[int]]) -> None:
    db, ids = seeded
    open_and_decide(db, ids[0], "confirmed")
    assert len(list_backups(db)) == 1  # of the seeded state, before the decision
    Store(db).close()
    assert len(list_backups(db)) == 2  # now holding the decision
    Store(db).close()
    Store(db).close()
    assert len(list_backups(db)) == 2, "opening an unchanged database must not rotate a good backup out"


def test_backup_is_a_consistent_standalone_copy(seeded: tuple[Path, list[int]]) -> None:
    db, ids = seeded
    open_and_decide(db, ids[0], "rejected")
    with Store(db):
        newest = list_backups(db)[0]
        assert not Path(f"{newest}-wal").exists()
        conn = sqlite3.connect(newest)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT status FROM records WHERE id = ?", (ids[0],)).fetchone()[0] == "rejected"
        conn.close()
    assert integrity(newest) == "ok"


@pytest.mark.parametrize(("configure", "kept"), [("argument", 2), ("env", 3), ("off", 0)])
def test_only_the_last_n_are_kept(
    seeded: tuple[Path, list[int]], monkeypatch: pytest.MonkeyPatch, configure: str, kept: int
) -> None:
    db, ids = seeded
    kwargs: dict[str, object] = {}
    if configure == "argument":
        kwargs["backups"] = kept
    else:
        monkeypatch.setenv("CHITIEU_BACKUPS", str(kept))
    for i in range(6):
        open_and_decide(db, ids[i], "confirmed", **kwargs)
    backups = list_backups(db)
    assert len(backups) == kept
    if kept:
        newest = sqlite3.connect(backups[0])
        assert newest.execute("SELECT COUNT(*) FROM records WHERE status = 'confirmed'").fetchone()[0] == 5
        newest.close()


def test_a_bad_backup_setting_is_reported_and_the_database_still_opens(
    seeded: tuple[Path, list[int]], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    db, ids = seeded
    monkeypatch.setenv("CHITIEU_BACKUPS", "many")
    with caplog.at_level(logging.WARNING):
        open_and_decide(db, ids[0], "confirmed")
    assert "CHITIEU_BACKUPS must be a whole number" in caplog.text
    assert list_backups(db) == []


def test_a_backup_folder_that_cannot_be_written_does_not_stop_work(
    seeded: tuple[Path, list[int]], caplog: pytest.LogCaptureFixture
) -> None:
    db, ids = seeded
    (db.parent / "backups").write_text("a file where the folder should be")
    with caplog.at_level(logging.WARNING):
        open_and_decide(db, ids[0], "confirmed")
    assert "this session has no new backup" in caplog.text


def test_restore_after_damage_brings_the_decisions_back(seeded: tuple[Path, list[int]]) -> None:
    db, ids = seeded
    for record_id in ids[:5]:
        open_and_decide(db, record_id, "confirmed")
    Store(db).close()  # the backup now holds all five decisions
    garbage_page(db)
    damaged_bytes = db.read_bytes()
    with pytest.raises(InputError, match=r"is damaged.*chitieu restore"):
        Store(db)
    assert db.read_bytes() == damaged_bytes, "a refused database must be left untouched"

    result = restore_backup(newest_valid_backup(db), db)

    assert result.kept_aside is not None and result.kept_aside.read_bytes() == damaged_bytes
    assert result.backup.decided == 5
    with Store(db) as store:
        assert [store.record(i).status for i in ids[:5]] == ["confirmed"] * 5
    assert integrity(db) == "ok"


def test_restore_moves_the_old_wal_aside_with_the_file(seeded: tuple[Path, list[int]]) -> None:
    """A -wal replayed over the restored copy would corrupt it."""
    db, ids = seeded
    open_and_decide(db, ids[0], "confirmed")
    Path(f"{db}-wal").write_bytes(b"left over from the damaged file" * 100)
    result = restore_backup(list_backups(db)[0], db)
    assert not Path(f"{db}-wal").exists()
    assert result.kept_aside is not None and Path(f"{result.kept_aside}-wal").exists()
    assert integrity(db) == "ok"


def test_restore_skips_a_damaged_backup_and_refuses_one_given_by_hand(seeded: tuple[Path, list[int]]) -> None:
    db, ids = seeded
    open_and_decide(db, ids[0], "confirmed")
    Store(db).close()
    newest, older = list_backups(db)
    garbage_page(newest)
    with pytest.raises(InputError, match="is damaged too"):
        validate_backup(newest)
    assert newest_valid_backup(db) == older
    not_sqlite = db.parent / "notes.db"
    not_sqlite.write_text("hello")
    with pytest.raises(InputError, match="is not a Chitieu backup"):
        restore_backup(not_sqlite, db)
    assert integrity(db) == "ok"


def test_restore_refuses_while_the_database_is_open(seeded: tuple[Path, list[int]]) -> None:
    db, ids = seeded
    open_and_decide(db, ids[0], "confirmed")
    with Store(db) as store:
        with pytest.raises(InputError, match="is open in another Chitieu window"):
            restore_backup(list_backups(db)[0], db)
        assert store.record(ids[0]).status == "confirmed"


def test_no_usable_backup_says_so(tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    seed(db)
    with pytest.raises(InputError, match="There is no usable backup"):
        newest_valid_backup(db)
