"""Issue 4.4 through the real command: bad databases, full disks and missing folders.

Each case must end with exit code 1, one line on stderr, no traceback, and
the database exactly as it was.
"""

from __future__ import annotations

import errno
import re
import resource
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import pytest

from desktop.core.errors import InputError
from desktop.export import export
from desktop.store import Store
from desktop.store.schema import SCHEMA_VERSION

from .cli import chitieu, one_line_error
from .conftest import integrity, seed
from .damage import garbage_page, truncate_half
from .procs import REPO

SEEDS = REPO / "seeds"


def not_sqlite(path: Path) -> None:
    path.write_text("Tổng thu ngân sách 11.428,6 tỷ đồng\n" * 100, encoding="utf-8")


def newer_schema(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 42")
    conn.close()


BAD: dict[str, tuple[Callable[[Path], None], str]] = {
    "not-sqlite": (not_sqlite, r"is not a Chitieu database \(it is not an SQLite file\)"),
    "truncated": (truncate_half, r"is damaged: the file is shorter than its header says \(truncated\)"),
    "garbage-page": (garbage_page, r"is damaged \(.*\)\. Restore it from a backup with 'chitieu restore'"),
    "newer-schema": (
        newer_schema,
        rf"was written by a newer Chitieu \(schema 42, this one knows {SCHEMA_VERSION}\)",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", list(BAD))
def test_every_command_refuses_a_bad_database_in_one_line(seeded: tuple[Path, list[int]], kind: str) -> None:
    path, _ = seeded
    damage, pattern = BAD[kind]
    damage(path)
    before = path.read_bytes()
    out = path.with_name("out.jsonl")
    for command in (["stats"], ["export", "--format", "jsonl", "-o", out], ["import", SEEDS], ["extract"]):
        message = one_line_error(chitieu(*command, "--db", path))
        assert re.search(pattern, message), (command, message)
        assert path.read_bytes() == before, f"{command[0]} modified a refused database"
    assert not out.exists()


def test_export_into_a_missing_folder(seeded: tuple[Path, list[int]]) -> None:
    path, _ = seeded
    before = path.read_bytes()
    target = path.parent / "no such folder" / "records.jsonl"
    message = one_line_error(chitieu("export", "--db", path, "--format", "csv", "-o", target))
    assert message == (
        f"The folder {target.parent} does not exist. Create it first or choose another place "
        "for the export; nothing was written."
    )
    assert path.read_bytes() == before
    assert not target.parent.exists()


@pytest.fixture
def big(tmp_path: Path) -> Path:
    """A database whose export is far bigger than the file-size limit the tests impose."""
    path = tmp_path / "big.db"
    seed(path, articles=3, per_article=150)
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "xlsx"])
def test_export_on_a_full_disk_leaves_the_old_file_and_no_partial_one(big: Path, fmt: str) -> None:
    """The kernel refuses to grow any file past 64 KB (RLIMIT_FSIZE): a real failing write."""
    target = big.parent / f"records.{fmt}"
    target.write_bytes(b"last week's good export")
    message = one_line_error(
        chitieu(
            "export", "--db", big, "--format", fmt, "--status", "all", "-o", target, file_size_limit=64 * 1024
        )
    )
    assert message == (
        f"Could not write {target} (File too large). Nothing was written and any existing file is unchanged."
    )
    assert target.read_bytes() == b"last week's good export"
    assert sorted(p.name for p in big.parent.iterdir() if p.name.startswith(".")) == []
    assert integrity(big) == "ok"


class _FullDisk:
    """A text file whose writes fail with ENOSPC after a few kilobytes, like a disk filling up."""

    def __init__(self, real: IO[str]) -> None:
        self._real, self._written = real, 0

    def write(self, text: str) -> int:
        self._written += len(text)
        if self._written > 4096:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self._real.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


def test_export_on_a_full_disk_says_so(big: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = Path.open

    def full_disk_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, mode, *args, **kwargs)
        return _FullDisk(handle) if "w" in mode else handle

    monkeypatch.setattr(Path, "open", full_disk_open)
    target = big.parent / "records.jsonl"
    with pytest.raises(InputError) as caught:
        export(big, target, "jsonl", "all")
    assert str(caught.value) == (
        f"Could not write {target} (No space left on device). "
        "Nothing was written and any existing file is unchanged."
    )
    assert not target.exists()
    assert [p.name for p in big.parent.iterdir() if p.suffix == ".part"] == []


DECIDE_ON_FULL_DISK = """
import sys
from desktop.core.errors import InputError
from desktop.store import Store
with Store(sys.argv[1], backups=0) as store:
    try:
        for record_id in range(1, 451):
            store.decide(record_id, "corrected", "me", note="x" * 2000,
                         record=store.record(record_id).record.with_changes(indicator="y" * 2000))
    except InputError as exc:
        print(record_id, exc)
"""


def test_deciding_on_a_full_disk_keeps_every_earlier_decision(big: Path) -> None:
    limit = big.stat().st_size + 256 * 1024

    def preexec() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run(
        [sys.executable, "-c", DECIDE_ON_FULL_DISK, str(big)],
        capture_output=True,
        text=True,
        cwd=REPO,
        preexec_fn=preexec,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    failed_at, message = proc.stdout.split(" ", 1)
    assert message.strip() == (
        f"{big} could not be read or written (disk I/O error). Check the disk and the file's permissions."
    )
    assert integrity(big) == "ok"
    with Store(big) as store:
        decided = [store.record(i).status for i in range(1, int(failed_at) + 1)]
    assert decided == ["corrected"] * (int(failed_at) - 1) + ["pending"]


def test_restore_through_the_command_line(seeded: tuple[Path, list[int]]) -> None:
    path, ids = seeded
    with Store(path) as store:
        for record_id in ids[:4]:
            store.decide(record_id, "confirmed", "me")
    Store(path).close()
    garbage_page(path)
    assert "is damaged" in one_line_error(chitieu("stats", "--db", path))

    listing = chitieu("backups", "--db", path)
    assert listing.returncode == 0 and listing.stdout.startswith("2 backups of")
    newest = listing.stdout.splitlines()[2].split()  # #, date, time, size, KB, records, decided, file
    assert newest[0] == "1" and newest[6] == "4"  # the newest backup holds the four decisions

    restored = chitieu("restore", "--db", path)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"restored {path} from ")
    assert "90 records, 4 decided); the replaced file is kept as" in restored.stdout
    stats = chitieu("stats", "--db", path)
    assert stats.returncode == 0 and stats.stdout.startswith("3 articles, 90 records, 4 decided")


def test_restore_refusals_on_the_command_line(seeded: tuple[Path, list[int]]) -> None:
    path, ids = seeded
    with Store(path) as store:
        store.decide(ids[0], "confirmed", "me")
    before = path.read_bytes()
    assert one_line_error(chitieu("restore", "9", "--db", path)) == (
        f"There is no backup number 9 of {path} (1 found). List them with 'chitieu backups'."
    )
    nothing = path.parent / "nothing.db"
    assert one_line_error(chitieu("restore", "--db", path, nothing)) == (
        f"The backup {nothing} does not exist. List the backups with 'chitieu backups'."
    )
    assert path.read_bytes() == before
    with Store(path) as store:
        assert one_line_error(chitieu("restore", "--db", path)) == (
            f"{path} is open in another Chitieu window or command. Close it, then restore again."
        )
        assert store.record(ids[0]).status == "confirmed"
