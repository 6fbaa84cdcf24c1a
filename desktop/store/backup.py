"""Rotating backups on open, and restoring one.

Each writable open copies the database into ``backups/`` beside it with
SQLite's online backup API, which takes a consistent snapshot even while
another window writes.  The last N copies are kept.  A copy is skipped when
nothing changed since the newest one: ten ``chitieu stats`` in a row must
not push a week-old good copy out of the rotation.

Restoring validates the copy fully first, refuses while another session has
the file open, and moves the file it replaces aside instead of deleting it:
a "damaged" file sometimes holds the only trace of the last hour's work.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.errors import InputError
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.session_lock import SessionLock
from desktop.store.text import one_line

DEFAULT_KEEP = 5
KEEP_ENV = "CHITIEU_BACKUPS"
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what it holds, for listing and for the restore message."""

    path: Path
    taken: datetime
    size: int
    records: int
    decided: int


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    kept_aside: Path | None  # where the replaced database went; None if there was none


def keep_count(keep: int | None = None) -> int:
    """How many backups to keep: the argument, else ``$CHITIEU_BACKUPS``, else 5."""
    if keep is None:
        raw = os.environ.get(KEEP_ENV, "").strip()
        if not raw:
            return DEFAULT_KEEP
        if not raw.isdigit():
            raise InputError(f"{KEEP_ENV} must be a whole number of backups to keep (0 turns them off), "
                             f"not {raw!r}.")
        keep = int(raw)
    if keep < 0:
        raise InputError(f"The number of backups to keep cannot be negative ({keep}).")
    return keep


def backup_folder(db_path: Path, folder: Path | None = None) -> Path:
    return folder if folder is not None else db_path.parent / "backups"


def list_backups(db_path: Path, folder: Path | None = None) -> list[Path]:
    """This database's backups, newest first (other databases in the folder are ignored)."""
    where = backup_folder(db_path, folder)
    if not where.is_dir():
        return []
    pattern = re.compile(rf"{re.escape(db_path.stem)}-(\d{{8}}-\d{{6}}-\d{{6}})\.db")
    found = [p for p in where.iterdir() if pattern.fullmatch(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def take_backup(conn: sqlite3.Connection, db_path: Path, *, keep: int = DEFAULT_KEEP,
                folder: Path | None = None) -> Path | None:
    """Copy the open database into the backup folder and prune to ``keep``; the new path or None.

    None when backups are off, the database is empty, or it has not changed
    since the newest backup.
    """
    if keep == 0:
        return None
    state = fingerprint(conn)
    existing = list_backups(db_path, folder)
    if state == (0, 0, 0) or (existing and _fingerprint_of(existing[0]) == state):
        _prune(existing, keep)
        return None
    where = backup_folder(db_path, folder)
    target = where / f"{db_path.stem}-{datetime.now().strftime(STAMP_FORMAT)}.db"
    try:
        where.mkdir(parents=True, exist_ok=True)
        _copy(conn, target)
    except (OSError, sqlite3.Error) as exc:
        raise InputError(f"Could not back up {db_path} into {where} ({exc}). "
                         "Your work is safe but this session has no new backup; free space or "
                         "check the folder's permissions.") from exc
    _prune([target, *existing], keep)
    return target


def fingerprint(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """A cheap summary that changes whenever the data does.

    Every change goes through the append-only event log, so its last id moves
    with each decision; the record and article counts cover anything written
    around it (an import, a re-extraction).
    """
    row = conn.execute(
        "SELECT (SELECT COALESCE(MAX(id), 0) FROM events), (SELECT COUNT(*) FROM records), "
        "(SELECT COUNT(*) FROM articles)").fetchone()
    return (row[0], row[1], row[2])


def _fingerprint_of(path: Path) -> tuple[int, int, int] | None:
    try:
        conn = _open_copy(path)
    except sqlite3.Error:
        return None
    try:
        return fingerprint(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _open_copy(path: Path) -> sqlite3.Connection:
    """A backup, opened without any chance of writing to it (no -wal/-shm beside it either)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Back up ``source`` into ``target`` via a ``.partial`` name, so a crash never leaves half a copy."""
    partial = target.with_name(target.name + ".partial")
    dest = sqlite3.connect(partial)
    try:
        source.backup(dest)
        # A copy of a WAL database is in WAL mode too; a backup must be one self-contained file.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    os.replace(partial, target)


def _prune(backups: list[Path], keep: int) -> None:
    for old in backups[keep:]:
        old.unlink(missing_ok=True)


def describe(path: Path) -> BackupInfo:
    """What a backup holds, without the full check (for listing)."""
    try:
        conn = _open_copy(path)
        try:
            records, decided = conn.execute(
                "SELECT COUNT(*), COUNT(*) FILTER (WHERE status != 'pending') FROM records").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise InputError(f"The backup {path} is unreadable ({exc}). Choose another backup.") from exc
    return BackupInfo(path, _taken(path), path.stat().st_size, records, decided)


def _taken(path: Path) -> datetime:
    """The time in a backup's name (the file's mtime for a backup given by hand under another name)."""
    match = re.search(r"(\d{8}-\d{6}-\d{6})$", path.stem)
    if match:
        return datetime.strptime(match.group(1), STAMP_FORMAT)
    return datetime.fromtimestamp(path.stat().st_mtime)


def validate_backup(path: Path) -> BackupInfo:
    """Everything a backup must pass before it may replace a database; its description."""
    if not path.is_file():
        raise InputError(f"The backup {path} does not exist. List the backups with 'chitieu backups'.")
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise InputError(f"{path} is not a Chitieu backup (not an SQLite file). Choose another backup.")
    try:
        conn = _open_copy(path)
        try:
            verdict = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise InputError(f"The backup {path} is damaged too ({exc}). Choose an older backup.") from exc
    if verdict != "ok":
        raise InputError(f"The backup {path} is damaged too ({one_line(verdict)}). Choose an older backup.")
    if version > SCHEMA_VERSION:
        raise InputError(f"The backup {path} was written by a newer Chitieu (schema {version}). "
                         "Update Chitieu to restore it.")
    if not {"articles", "records", "events"} <= tables:
        raise InputError(f"{path} is an SQLite file but not a Chitieu backup. Choose another backup.")
    return describe(path)


def newest_valid_backup(db_path: Path, folder: Path | None = None) -> Path:
    """The newest backup that passes :func:`validate_backup` (damaged ones are skipped)."""
    problems = []
    for candidate in list_backups(db_path, folder):
        try:
            validate_backup(candidate)
        except InputError as exc:
            problems.append(str(exc))
            continue
        return candidate
    where = backup_folder(db_path, folder)
    detail = f" ({len(problems)} found, none usable)" if problems else ""
    raise InputError(f"There is no usable backup of {db_path} in {where}{detail}. "
                     "Give a backup file to restore from.")


def restore_backup(backup_path: Path | str, db_path: Path | str) -> RestoreResult:
    """Replace ``db_path`` by a validated copy of ``backup_path``, keeping the old file aside.

    The copy is written beside the database first and swapped in with one
    rename, so an interruption leaves either the old file or the restored one.
    The old file's ``-wal``/``-shm`` go aside with it: replayed over the
    restored copy they would corrupt it.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    info = validate_backup(backup_path)
    if db_path.is_dir() or not db_path.parent.is_dir():
        raise InputError(f"Cannot restore to {db_path}: give a database file in an existing folder.")
    lock = SessionLock(db_path)
    try:
        if not lock.acquire():
            raise InputError(f"{db_path} is open in another Chitieu window or command. "
                             "Close it, then restore again.")
        incoming = db_path.with_name(db_path.name + ".restoring")
        source = _open_copy(backup_path)
        try:
            _copy(source, incoming)
        finally:
            source.close()
        kept = _move_aside(db_path)
        os.replace(incoming, db_path)
    except OSError as exc:
        raise InputError(f"Could not restore {db_path} ({exc}); the database was not replaced. "
                         "Check free space and permissions.") from exc
    finally:
        lock.release()
    return RestoreResult(info, kept)


def _move_aside(db_path: Path) -> Path | None:
    if not db_path.exists():
        return None
    aside = db_path.with_name(f"{db_path.name}.before-restore-{datetime.now().strftime(STAMP_FORMAT)}")
    for suffix in SIDE_FILES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    os.replace(db_path, aside)
    return aside
