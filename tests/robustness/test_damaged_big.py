"""Issue 11.10: a damaged database above the always-check size, through the real commands.

Opening a big file skips the quick check after a clean close, so the damage
is met later: by a query (``stats``, ``export``), by the backup's copy or by
the check a writer runs.  Every command must then end in one line saying the
file is damaged and how to restore it, and none may write into it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.store import Store
from desktop.store.backup import DatabaseDamaged
from desktop.store.db import QUICK_CHECK_ALWAYS_BELOW

from .cli import chitieu, one_line_error
from .conftest import seed
from .damage import garbage_page
from .procs import REPO


@pytest.fixture
def damaged_big(tmp_path: Path) -> Path:
    """A cleanly closed database past the size limit, whose records table's root page is garbage."""
    path = tmp_path / "big.db"
    seed(path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO meta (key, value) VALUES ('padding', zeroblob(?))", (QUICK_CHECK_ALWAYS_BELOW,))
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert path.stat().st_size > QUICK_CHECK_ALWAYS_BELOW
    garbage_page(path)
    return path


@pytest.mark.slow
@pytest.mark.parametrize(
    "command",
    [
        ["stats"],
        ["extract"],
        ["import", REPO / "seeds"],
        ["export", "--format", "csv", "--status", "all", "-o", "out.csv"],
    ],
)
def test_every_command_on_a_damaged_big_database_says_so_and_writes_nothing(
    damaged_big: Path, command: list[str | Path]
) -> None:
    before = damaged_big.read_bytes()
    args = [damaged_big.parent / a if a == "out.csv" else a for a in command]
    message = one_line_error(chitieu(*args, "--db", damaged_big))
    assert "is damaged" in message and "chitieu restore" in message, message
    assert damaged_big.read_bytes() == before, f"{command[0]} wrote into a damaged database"
    assert not (damaged_big.parent / "out.csv").exists()


@pytest.mark.slow
def test_chitieu_check_on_a_damaged_big_database_says_so_and_the_next_open_checks_it(
    damaged_big: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A check run does not read a big file whole before it starts (no backup copy is due here): the
    damaged page it meets ends it in one line, and it leaves the crash marker set, so the next writable
    session checks the file and refuses it."""
    monkeypatch.setenv("CHITIEU_BACKUPS", "0")
    message = one_line_error(chitieu("check", "--full", "--db", damaged_big))
    assert "is damaged" in message and "chitieu restore" in message, message
    with pytest.raises(DatabaseDamaged):
        Store(damaged_big, backups=0)
