"""Issue 11.1: a failed first import removes only a file it created and that is still empty.

The first import of a new database creates the file; when it stores nothing
(cancelled, or every file bad) it removes it again, so a typo leaves no
stray database.  Another process may have opened that file meanwhile and
written into it: then the file is no longer "ours" and must stay.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.ingest import import_paths
from desktop.store import Store

from .conftest import article_with_records, integrity
from .procs import REPO

SEEDS = REPO / "seeds"


def articles_in(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def test_a_cancelled_first_import_keeps_what_another_process_wrote(tmp_path: Path) -> None:
    db = tmp_path / "new.db"

    def other_process_imports_and_decides_then_cancel() -> bool:
        with Store(db) as other:
            other.add_articles([(*article_with_records(7, 2), "test", False)])
            record_id = other.conn.execute("SELECT MIN(id) FROM records").fetchone()[0]
            other.decide(record_id, "confirmed", "alice")
        return True

    report = import_paths(db, [SEEDS], workers=1, should_cancel=other_process_imports_and_decides_then_cancel)

    assert report.cancelled and report.new == 0
    assert db.exists(), "the cancelled import deleted a database another process wrote into"
    with Store(db) as store:
        assert [r.status for r in store.records(1)] == ["confirmed", "pending"]
    assert integrity(db) == "ok"


def test_a_cancelled_first_import_keeps_a_file_another_session_has_open(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    opened: list[Store] = []

    def another_window_opens_it() -> bool:
        opened.append(Store(db))
        return True

    import_paths(db, [SEEDS], workers=1, should_cancel=another_window_opens_it)
    try:
        assert db.exists(), "the file was deleted under an open session"
        opened[0].add_articles([(*article_with_records(1, 1), "test", False)])
    finally:
        opened[0].close()
    assert articles_in(db) == 1


def test_a_cancelled_first_import_alone_still_leaves_no_file(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    report = import_paths(db, [SEEDS], workers=1, should_cancel=lambda: True)
    assert report.cancelled
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_an_import_into_an_existing_empty_file_never_deletes_it(tmp_path: Path) -> None:
    """A file this process did not create is not its to remove, even when nothing was stored."""
    db = tmp_path / "given.db"
    db.touch()
    import_paths(db, [SEEDS], workers=1, should_cancel=lambda: True)
    assert db.exists()


@pytest.mark.slow
def test_two_simultaneous_first_imports_leave_one_whole_file(tmp_path: Path) -> None:
    for trial in range(6):
        db = tmp_path / f"new{trial}.db"
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "desktop", "import", str(SEEDS), "--db", str(db)],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, (out, err)
            assert "Traceback" not in err
        assert db.exists(), f"trial {trial}: two first imports left no file"
        assert articles_in(db) == len(list(SEEDS.glob("*.txt")))
        assert integrity(db) == "ok"
