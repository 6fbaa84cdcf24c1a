"""Issue 11.2, 11.5, 11.6 and 11.8: backups that keep a good copy, and restores that say what they lack.

A rotation that copies a damaged file pushes the last good copy out; a
backup that dies half-way must not fill the disk; a restore must find the
database it is asked for, whatever name it is given, and say which
decisions the copy it brings back does not hold.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.errors import InputError
from desktop.store import Store, db
from desktop.store.backup import list_backups, newest_valid_backup, restore_backup, validate_backup

from .cli import chitieu
from .conftest import integrity, seed
from .damage import garbage_page, garbage_root_page
from .procs import REPO


def open_and_decide(
    path: Path, record_id: int, status: str = "confirmed", reviewer: str = "me", **kwargs: object
) -> None:
    with Store(path, **kwargs) as store:  # type: ignore[arg-type]
        store.decide(record_id, status, reviewer)


@pytest.fixture
def big_file_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat every file as one above the always-check size: only a crash triggers the check on open."""
    monkeypatch.setattr(db, "QUICK_CHECK_ALWAYS_BELOW", 0)


# ---- 11.2: the rotation never replaces a good copy by a damaged one ---------------------------


@pytest.mark.usefixtures("big_file_check")
def test_a_damaged_big_database_is_refused_on_open_and_the_good_backups_stay(
    seeded: tuple[Path, list[int]],
) -> None:
    path, ids = seeded
    for record_id in ids[:3]:
        open_and_decide(path, record_id)
    garbage_root_page(path, "articles_locality")
    damaged = path.read_bytes()

    refusals = []
    for record_id in ids[3:9]:  # five sessions and more: the whole rotation on today's code
        try:
            open_and_decide(path, record_id)
        except InputError as exc:
            refusals.append(str(exc))

    assert refusals, "a damaged database was opened for writing without a word"
    assert "is damaged" in refusals[0] and "chitieu restore" in refusals[0]
    assert path.read_bytes() == damaged, "a refused database was written to"
    assert validate_backup(newest_valid_backup(path)).decided == 2  # the copy taken at the third open
    assert not any(p.name.endswith(".partial") for p in (path.parent / "backups").iterdir())


@pytest.mark.usefixtures("big_file_check")
def test_a_damaged_big_database_unchanged_since_its_backup_is_still_checked(
    seeded: tuple[Path, list[int]],
) -> None:
    """No copy is due, so the file itself is checked: a writer never works on a damaged file unawares."""
    path, ids = seeded
    open_and_decide(path, ids[0])
    Store(path).close()  # the newest backup now holds the decision: the next open copies nothing
    garbage_root_page(path, "articles_locality")
    with pytest.raises(InputError, match="is damaged"):
        Store(path)


def test_pruning_keeps_the_newest_backup_that_passes_its_check(seeded: tuple[Path, list[int]]) -> None:
    path, ids = seeded
    for record_id in ids[:3]:
        open_and_decide(path, record_id)
    Store(path).close()
    newest, second, third, oldest = list_backups(path)
    for copy in (newest, second, third):  # damaged where they lie (a disk, a sync tool)
        garbage_page(copy)

    Store(path, backups=1).close()  # unchanged since the newest backup: nothing to copy, only pruning

    assert oldest.exists(), "the only backup that passes its check was pruned"
    assert newest_valid_backup(path) == oldest


# ---- 11.8: a failed backup leaves nothing behind; leftovers of a killed one are cleaned ------------

BACKUP_UNDER_A_FILE_SIZE_LIMIT = """
import logging, resource, sys
from desktop.store import Store
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
logging.basicConfig(level=logging.WARNING)
with Store(sys.argv[1]) as store:
    store.decide(1, "confirmed", "me")
print("DECIDED")
"""


def test_a_backup_that_fails_half_way_leaves_no_partial_file(tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    seed(path, articles=3, per_article=300)
    limit = path.stat().st_size // 2
    proc = subprocess.run(
        [sys.executable, "-c", BACKUP_UNDER_A_FILE_SIZE_LIMIT, str(path), str(limit)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert proc.stdout.strip() == "DECIDED", proc.stderr
    assert "no new backup" in proc.stderr
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == []
    assert integrity(path) == "ok"


def test_leftovers_of_a_killed_backup_or_restore_are_removed_by_the_next_session_alone(
    seeded: tuple[Path, list[int]],
) -> None:
    path, ids = seeded
    open_and_decide(path, ids[0])
    folder = path.parent / "backups"
    partial = folder / "corpus-20240101-000000-000000.db.partial"
    restoring = path.with_name("corpus.db.restoring")
    other = folder / "notes-20240101-000000-000000.db.partial"  # another database's: not ours
    with Store(path):
        for leftover in (partial, restoring, other):
            leftover.write_bytes(b"\0" * 4096)
        Store(path).close()  # not alone: the first session may be writing one of them
        assert partial.exists() and restoring.exists()

    Store(path).close()

    assert not partial.exists() and not restoring.exists()
    assert other.exists()


# ---- 11.5: one database, whatever its name; two databases, never one rotation ------------------


def test_restore_through_a_symlink_refuses_while_the_database_is_open(seeded: tuple[Path, list[int]]) -> None:
    path, ids = seeded
    open_and_decide(path, ids[0])
    link = path.parent / "link.db"
    link.symlink_to(path)
    with Store(path) as store:
        with pytest.raises(InputError, match="is open in another Chitieu window"):
            restore_backup(list_backups(path)[0], link)
        assert store.record(ids[0]).status == "confirmed"


def test_restore_through_a_symlink_restores_the_file_and_keeps_the_link(
    seeded: tuple[Path, list[int]],
) -> None:
    path, ids = seeded
    elsewhere = path.parent / "elsewhere"
    elsewhere.mkdir()
    link = elsewhere / "corpus.db"
    link.symlink_to(path)
    open_and_decide(link, ids[0])
    assert list_backups(link) == list_backups(path) != []

    result = restore_backup(list_backups(link)[-1], link)

    assert link.is_symlink() and link.resolve() == path.resolve()
    assert result.kept_aside is not None and result.kept_aside.parent == path.parent
    with Store(path) as store:
        assert store.record(ids[0]).status == "pending"


def test_two_databases_with_one_stem_keep_apart_backups(tmp_path: Path) -> None:
    one, other = tmp_path / "corpus.db", tmp_path / "corpus.sqlite"
    seed(one, articles=2, per_article=3)
    seed(other, articles=4, per_article=3)
    for i in range(3):
        open_and_decide(one, i + 1, backups=2)
        open_and_decide(other, i + 1, backups=2)

    assert len(list_backups(one)) == len(list_backups(other)) == 2
    assert not set(list_backups(one)) & set(list_backups(other))
    garbage_page(one)
    restore_backup(newest_valid_backup(one), one)
    with Store(one) as store:
        assert len(store.article_summaries()) == 2, "restore brought back the other database"


# ---- 11.6: a restore says which decisions the restored copy lacks --------------------------------


def test_restore_names_the_decisions_the_backup_lacks(seeded: tuple[Path, list[int]]) -> None:
    path, ids = seeded
    open_and_decide(path, ids[0])
    with Store(path) as store:  # the backup taken on this open holds only the first decision
        store.decide(ids[1], "rejected", "alice")
        store.decide(ids[2], "confirmed", "bob")
        store.decide(ids[2], "pending", "bob")
    garbage_page(path)

    result = restore_backup(newest_valid_backup(path), path)

    assert [(d.record_id, d.status, d.reviewer) for d in result.missing] == [
        (ids[1], "rejected", "alice"),
        (ids[2], "confirmed", "bob"),
        (ids[2], "pending", "bob"),
    ]
    assert result.log_problem is None


def test_restore_says_when_the_damaged_log_cannot_be_read(seeded: tuple[Path, list[int]]) -> None:
    path, ids = seeded
    open_and_decide(path, ids[0])
    with Store(path) as store:
        store.decide(ids[1], "rejected", "alice")
    garbage_root_page(path, "events")

    result = restore_backup(newest_valid_backup(path), path)

    assert result.missing == []
    assert result.log_problem is not None and "could not be read" in result.log_problem


def test_the_restore_command_prints_what_the_backup_lacks(seeded: tuple[Path, list[int]]) -> None:
    path, ids = seeded
    open_and_decide(path, ids[0])
    with Store(path) as store:
        store.decide(ids[1], "rejected", "alice")
    garbage_page(path)

    proc = chitieu("restore", "--db", path)

    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "the backup lacks 1 decision made after it was taken" in proc.stdout
    assert f"record {ids[1]}: rejected by alice" in proc.stdout
    assert os.path.exists(path)
