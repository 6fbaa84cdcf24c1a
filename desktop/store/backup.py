"""Rotating backups on open, and restoring one.

Each writable open copies the database into ``backups/`` beside it with
SQLite's online backup API, which takes a consistent snapshot even while
another window writes.  The last N copies are kept.  A copy is skipped when
nothing changed since the newest one: ten ``chitieu stats`` in a row must
not push a week-old good copy out of the rotation.

A copy replaces nothing until it passed ``PRAGMA quick_check``: the backup
API copies pages as they are, so a damaged database gives a damaged copy,
and five such sessions would push every good copy out.  A copy that fails
means the database itself is damaged, which :class:`DatabaseDamaged` says.
Pruning never removes the newest backup that passes its check.  A copy is
written under a ``.partial`` name that is removed when the copy fails, and
leftovers of a killed process are removed by the next session that has the
database to itself (:func:`remove_leftovers`).

Backups are named after the database's real file (a symlink leads to it)
with its stem and suffix, ``corpus-20250101-120000-000000.db`` for
``corpus.db``, so ``corpus.db`` and ``corpus.sqlite`` in one folder keep
apart rotations.

Restoring validates the copy fully first, refuses while another session has
the file open, and moves the file it replaces aside instead of deleting it:
a "damaged" file sometimes holds the only trace of the last hour's work.
Its event log, read where it can be, tells which decisions the restored
copy lacks.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.core.errors import InputError
from desktop.core.problems import problem
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.session_lock import SessionLock
from desktop.store.text import one_line

DEFAULT_KEEP = 5
KEEP_ENV = "CHITIEU_BACKUPS"
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
STAMP_PATTERN = r"\d{8}-\d{6}-\d{6}"
SIDE_FILES = ("-wal", "-shm")
#: What SQLite may leave beside a copy it was writing.
COPY_SIDE_FILES = (*SIDE_FILES, "-journal")
PARTIAL = ".partial"
#: Events that are no reviewer's decision: an import, a re-extraction (``reextract``, ``reextract_*``).
MACHINE_ACTIONS = "action = 'import' OR action LIKE 'reextract%'"


class DatabaseDamaged(InputError):
    """The database fails its check: opening for writing stops here, before anything is written."""


@dataclass(frozen=True)
class LostDecision:
    """A decision the damaged file logged after the restored backup was taken."""

    record_id: int | None
    status: str | None  # None when the record was removed (undoing an addition)
    reviewer: str | None
    at: str
    action: str


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
    missing: list[LostDecision] = field(default_factory=list)  # logged by the replaced file, not in the copy
    log_problem: str | None = None  # why the replaced file's log could not be read (in full)


def keep_count(keep: int | None = None) -> int:
    """How many backups to keep: the argument, else ``$CHITIEU_BACKUPS``, else 5."""
    if keep is None:
        raw = os.environ.get(KEEP_ENV, "").strip()
        if not raw:
            return DEFAULT_KEEP
        if not raw.isdigit():
            raise InputError(
                f"{KEEP_ENV} must be a whole number of backups to keep (0 turns them off), not {raw!r}."
            )
        keep = int(raw)
    if keep < 0:
        raise InputError(f"The number of backups to keep cannot be negative ({keep}).")
    return keep


def backup_folder(db_path: Path, folder: Path | None = None) -> Path:
    """``backups/`` beside the database's real file (through any symlink), unless told otherwise."""
    return folder if folder is not None else db_path.resolve().parent / "backups"


def _name_pattern(db_path: Path) -> re.Pattern[str]:
    """Backup names of this database: its real stem, a time stamp, its real suffix."""
    real = db_path.resolve()
    return re.compile(rf"{re.escape(real.stem)}-({STAMP_PATTERN}){re.escape(real.suffix)}")


def list_backups(db_path: Path, folder: Path | None = None) -> list[Path]:
    """This database's backups, newest first (other databases in the folder are ignored)."""
    where = backup_folder(db_path, folder)
    if not where.is_dir():
        return []
    pattern = _name_pattern(db_path)
    found = [p for p in where.iterdir() if pattern.fullmatch(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def remove_leftovers(db_path: Path, folder: Path | None = None) -> None:
    """Remove the half-written copies a killed backup or restore of this database left behind.

    Call it only while holding the database's session lock exclusively: then
    no other process can be writing one of them.
    """
    pattern = _name_pattern(db_path)
    where = backup_folder(db_path, folder)
    partials = (
        [
            p
            for p in where.iterdir()
            if p.name.endswith(PARTIAL) and pattern.fullmatch(p.name.removesuffix(PARTIAL))
        ]
        if where.is_dir()
        else []
    )
    incoming = db_path.resolve().with_name(db_path.resolve().name + ".restoring")
    for leftover in [*partials, incoming, incoming.with_name(incoming.name + PARTIAL)]:
        _remove_copy(leftover)


def take_backup(
    conn: sqlite3.Connection, db_path: Path, *, keep: int = DEFAULT_KEEP, folder: Path | None = None
) -> Path | None:
    """Copy the open database into the backup folder and prune to ``keep``; the new path or None.

    None when backups are off, the database is empty, or it has not changed
    since the newest backup.  Raises :class:`DatabaseDamaged` when the copy
    fails its check (nothing is replaced or pruned then), and
    :class:`InputError` when it could not be written.
    """
    if keep == 0:
        return None
    state = fingerprint(conn)
    existing = list_backups(db_path, folder)
    if state == (0, 0, 0) or (existing and _fingerprint_of(existing[0]) == state):
        _prune(existing, keep, newest_checked=False)
        return None
    where = backup_folder(db_path, folder)
    real = db_path.resolve()
    target = where / f"{real.stem}-{datetime.now().strftime(STAMP_FORMAT)}{real.suffix}"
    try:
        where.mkdir(parents=True, exist_ok=True)
        _copy(conn, target)
    except _CopyFailsCheck as exc:
        kind = "backup_damaged" if existing else "backup_damaged_first"
        raise problem(kind, DatabaseDamaged, path=db_path, detail=one_line(exc.verdict)) from exc
    except (OSError, sqlite3.Error) as exc:
        raise problem("backup_failed", path=db_path, folder=where, detail=exc) from exc
    _prune([target, *existing], keep, newest_checked=True)
    return target


def fingerprint(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """A cheap summary that changes whenever the data does.

    Every change goes through the append-only event log, so its last id moves
    with each decision; the record and article counts cover anything written
    around it (an import, a re-extraction).
    """
    row = conn.execute(
        "SELECT (SELECT COALESCE(MAX(id), 0) FROM events), (SELECT COUNT(*) FROM records), "
        "(SELECT COUNT(*) FROM articles)"
    ).fetchone()
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


class _CopyFailsCheck(Exception):
    def __init__(self, verdict: str) -> None:
        super().__init__(verdict)
        self.verdict = verdict


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Back up ``source`` into ``target`` via a ``.partial`` name, and only a copy that passes its check.

    Whatever fails (a full disk, a damaged source, an interrupt) removes the
    partial copy at once: left behind, it would hold the space the next
    decision needs.
    """
    partial = target.with_name(target.name + PARTIAL)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            # A copy of a WAL database is in WAL mode too; a backup must be one self-contained file.
            dest.execute("PRAGMA journal_mode = DELETE")
            verdict = check_verdict(dest)
        finally:
            dest.close()
        if verdict != "ok":
            raise _CopyFailsCheck(verdict)
        os.replace(partial, target)
    except BaseException:
        _remove_copy(partial)
        raise


def _remove_copy(path: Path) -> None:
    for suffix in ("", *COPY_SIDE_FILES):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def check_verdict(conn: sqlite3.Connection) -> str:
    """``PRAGMA quick_check``'s first line: ``ok``, or what is damaged (structure, not index contents)."""
    try:
        return str(conn.execute("PRAGMA quick_check(1)").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)


def _prune(backups: list[Path], keep: int, *, newest_checked: bool) -> None:
    """Keep the newest ``keep`` backups, and in any case the newest one that passes its check.

    ``newest_checked``: the first one was just copied and checked.  Otherwise,
    before removing anything, the backups are checked from the newest until
    one passes: damaged copies (a disk, an older Chitieu) must not push the
    last good one out.
    """
    doomed = backups[keep:]
    if doomed and not newest_checked:
        good = next((b for b in backups if _passes_check(b)), None)
        doomed = [b for b in doomed if b != good]
    for old in doomed:
        old.unlink(missing_ok=True)


def _passes_check(path: Path) -> bool:
    try:
        conn = _open_copy(path)
    except sqlite3.Error:
        return False
    try:
        return check_verdict(conn) == "ok"
    finally:
        conn.close()


def describe(path: Path) -> BackupInfo:
    """What a backup holds, without the full check (for listing)."""
    try:
        conn = _open_copy(path)
        try:
            records, decided = conn.execute(
                "SELECT COUNT(*), COUNT(*) FILTER (WHERE status != 'pending') FROM records"
            ).fetchone()
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
            # ``records`` is a view since schema v10, a table before
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise InputError(f"The backup {path} is damaged too ({exc}). Choose an older backup.") from exc
    if verdict != "ok":
        raise InputError(f"The backup {path} is damaged too ({one_line(verdict)}). Choose an older backup.")
    if version > SCHEMA_VERSION:
        raise InputError(
            f"The backup {path} was written by a newer Chitieu (schema {version}). "
            "Update Chitieu to restore it."
        )
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
    raise InputError(
        f"There is no usable backup of {db_path} in {where}{detail}. Give a backup file to restore from."
    )


def restore_backup(backup_path: Path | str, db_path: Path | str) -> RestoreResult:
    """Replace ``db_path`` by a validated copy of ``backup_path``, keeping the old file aside.

    A symlink is followed: the file it leads to is replaced (and locked), the
    link stays.  The copy is written beside the database first and swapped
    in with one rename, so an interruption leaves either the old file or the
    restored one.  The old file's ``-wal``/``-shm`` go aside with it:
    replayed over the restored copy they would corrupt it.  Before the swap
    the old file's event log is read for the decisions the copy lacks.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    info = validate_backup(backup_path)
    real = db_path.resolve()
    if real.is_dir() or not real.parent.is_dir():
        raise InputError(f"Cannot restore to {db_path}: give a database file in an existing folder.")
    lock = SessionLock(real)
    try:
        if not lock.acquire():
            raise InputError(
                f"{db_path} is open in another Chitieu window or command. Close it, then restore again."
            )
        missing, log_problem = lost_decisions(real, backup_path)
        incoming = real.with_name(real.name + ".restoring")
        source = _open_copy(backup_path)
        try:
            _copy(source, incoming)
        except _CopyFailsCheck as exc:
            raise InputError(
                f"The copy of {backup_path} written beside {db_path} fails its check "
                f"({one_line(exc.verdict)}); the database was not replaced. Check the disk."
            ) from exc
        finally:
            source.close()
        kept = _move_aside(real)
        os.replace(incoming, real)
    except (OSError, sqlite3.Error) as exc:
        raise InputError(
            f"Could not restore {db_path} ({exc}); the database was not replaced. "
            "Check free space and permissions."
        ) from exc
    finally:
        lock.release()
    return RestoreResult(info, kept, missing, log_problem)


def lost_decisions(damaged: Path, backup_path: Path) -> tuple[list[LostDecision], str | None]:
    """The decisions ``damaged`` logged after ``backup_path`` was taken, and why the list may be short.

    Events are append-only and numbered in order, so those numbered above the
    backup's last one came after it.  A damaged log is read as far as it
    goes; the reason it stopped is returned with what was found.
    """
    if not damaged.exists():
        return [], None
    conn = _open_copy(backup_path)
    try:
        last = conn.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0]
    finally:
        conn.close()
    found: list[LostDecision] = []
    try:
        conn = sqlite3.connect(f"{damaged.as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute(
                "SELECT record_id, after, reviewer, at, action FROM events "
                f"WHERE id > ? AND NOT ({MACHINE_ACTIONS}) ORDER BY id",
                (last,),
            )
            for record_id, after, reviewer, at, action in rows:
                status = json.loads(after).get("status") if after else None
                found.append(LostDecision(record_id, status, reviewer, at, action))
        finally:
            conn.close()
    except (sqlite3.Error, ValueError, AttributeError) as exc:
        where = f" past {len(found)} decisions" if found else ""
        return found, (
            f"the event log of the replaced file could not be read{where} ({one_line(str(exc))}); "
            "decisions made after the backup was taken may be missing from this list"
        )
    return found, None


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
