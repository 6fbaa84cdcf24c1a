"""Issue 4.4 at the store: every bad file gets a one-line InputError and is left byte for byte."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.core.errors import InputError
from desktop.store import Store, db
from desktop.store.backup import list_backups
from desktop.store.schema import SCHEMA_VERSION

from .damage import garbage_page, page_size
from .unprivileged import run_unprivileged


def refuse(path: Path, pattern: str) -> str:
    """Opening ``path`` must fail with a one-line message matching ``pattern``, touching nothing."""
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(InputError, match=pattern) as caught:
        Store(path)
    message = str(caught.value)
    assert "\n" not in message
    if before is not None:
        assert path.read_bytes() == before, "a refused database was modified"
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return message


def test_not_sqlite(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("Báo cáo kinh tế năm 2020\n" * 50, encoding="utf-8")
    refuse(notes, r"is not a Chitieu database \(it is not an SQLite file\)\. Choose another file")


def test_an_sqlite_file_of_another_program_is_not_taken_over(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE records (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    refuse(other, rf"written by a newer Chitieu \(schema {SCHEMA_VERSION + 1}")


@pytest.mark.parametrize("extra", [0, 123], ids=["at-a-page-boundary", "mid-page"])
def test_truncated_copy(seeded: tuple[Path, list[int]], extra: int) -> None:
    path, _ = seeded
    copy = path.with_name("copy.db")
    shutil.copy(path, copy)
    data = copy.read_bytes()
    copy.write_bytes(data[: (len(data) // page_size(copy) // 2) * page_size(copy) + extra])
    refuse(
        copy,
        r"is damaged: the file is shorter than its header says \(truncated\)\. "
        r"Restore it from a backup with 'chitieu restore'",
    )


def test_truncated_inside_the_header(seeded: tuple[Path, list[int]]) -> None:
    path, _ = seeded
    path.write_bytes(path.read_bytes()[:60])
    refuse(path, r"truncated")


@pytest.mark.parametrize("where", ["records", "schema", "middle"])
def test_a_page_overwritten_with_garbage(seeded: tuple[Path, list[int]], where: str) -> None:
    path, _ = seeded
    if where == "schema":
        with path.open("r+b") as fh:  # page 1 after the 100-byte file header: the schema itself
            fh.seek(100)
            fh.write(b"\xa5" * (page_size(path) - 100))
    else:
        pages = path.stat().st_size // page_size(path)
        garbage_page(path, None if where == "records" else pages // 2)
    refuse(
        path,
        r"is damaged \(.+\)\. Restore it from a backup with 'chitieu restore' "
        r"\(see README, 'Backups and restore'\)\.$",
    )


def test_big_file_is_checked_after_a_crash(
    seeded: tuple[Path, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the size limit the quick check runs only when the last session died."""
    path, _ = seeded
    monkeypatch.setattr(db, "QUICK_CHECK_ALWAYS_BELOW", 0)
    crashed = Store(path)
    crashed.conn.close()  # no clean close: the marker stays "open", like after SIGKILL
    crashed._release_session()
    garbage_page(path)
    refuse(path, r"is damaged")


def test_newer_schema_is_refused_before_switching_to_wal(seeded: tuple[Path, list[int]]) -> None:
    path, _ = seeded
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    message = refuse(
        path,
        rf"was written by a newer Chitieu \(schema 99, this one knows {SCHEMA_VERSION}\)\. "
        r"Update Chitieu to open it; the file was left untouched\.",
    )
    assert "99" in message
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_missing_folder_and_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"The folder .*nowhere does not exist\. Create it"):
        Store(tmp_path / "nowhere" / "corpus.db")
    assert not (tmp_path / "nowhere").exists()
    with pytest.raises(InputError, match=r"is a folder, not a database file"):
        Store(tmp_path)


def test_read_only_on_request_reads_but_refuses_changes(seeded: tuple[Path, list[int]]) -> None:
    path, ids = seeded
    before = path.read_bytes()
    with Store(path, readonly=True) as store:
        assert store.readonly
        assert len(store.article_summaries()) == 3
        with pytest.raises(
            InputError,
            match=r"is open read-only \(opened read-only on request\); "
            r"this change was not saved\.",
        ):
            store.decide(ids[0], "confirmed", "me")
    assert path.read_bytes() == before
    assert list_backups(path) == []


READ_ONLY_PROBE = """
import sys
from desktop.core.errors import InputError
from desktop.store import Store
store = Store(sys.argv[1])
print(store.readonly, store.readonly_reason, len(store.article_summaries()), sep="|")
try:
    store.decide(1, "confirmed", "me")
except InputError as exc:
    print(exc)
store.close()
"""


@pytest.mark.parametrize(
    ("file_mode", "reason"), [(0o444, "the file is read-only"), (0o666, "its folder is read-only")]
)
def test_unwritable_file_or_folder_opens_read_only(
    seeded: tuple[Path, list[int]], file_mode: int, reason: str
) -> None:
    """chmod for real, probed by a user it binds (root would ignore it)."""
    path, _ = seeded
    path.chmod(file_mode)
    path.parent.chmod(0o555)
    before = path.read_bytes()
    try:
        probe = run_unprivileged(READ_ONLY_PROBE, str(path))
    finally:
        path.parent.chmod(0o755)
    assert probe.returncode == 0, probe.stderr
    status, message = probe.stdout.splitlines()
    assert status == f"True|{reason}|3"
    assert message == f"{path} is open read-only ({reason}); this change was not saved."
    assert path.read_bytes() == before
    assert not Path(f"{path}-shm").exists(), "a read-only folder got a WAL index"
