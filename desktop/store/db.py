"""Opening a Chitieu database: pragmas, migrations, checks and friendly refusals.

One SQLite file holds everything.  WAL lets a reader (an export, a second
window) work beside the writer; ``busy_timeout`` makes a second writer wait
for the lock instead of failing; foreign keys keep records tied to articles.
Every problem with the file itself becomes an :class:`InputError` that says
what to do, never a traceback.

Opening checks before it writes anything, so a file we refuse is left
byte for byte as it was: the magic header and the page count in the header
(a truncated copy), the schema version (a newer Chitieu), then
``PRAGMA quick_check``.  The quick check reads the whole file, which costs
about a second per gigabyte; on opening it runs on files under
:data:`QUICK_CHECK_ALWAYS_BELOW` (a few tens of milliseconds) and on bigger
ones when the previous session did not close cleanly
(:mod:`desktop.store.session_lock`), the case where damage is plausible.
A writable session on a bigger file is checked all the same before it
writes: through the copy its backup takes (which is checked before it may
replace an older one), or the file itself when no copy is due.  A
read-only session (``stats``, ``export``) is not: a damaged page it meets
is reported as damage, with the way to restore.

A file or folder we may not write is opened read-only rather than refused:
the reviewer can still read and export, and every change is refused with a
message.  On open a rotating backup is taken (:mod:`desktop.store.backup`).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

from desktop.core.errors import InputError
from desktop.core.problems import problem
from desktop.store import backup, session_lock
from desktop.store.backup import DatabaseDamaged
from desktop.store.schema import MIGRATIONS, READABLE_SINCE, SCHEMA_VERSION
from desktop.store.text import one_line
from desktop.store.wal_sync import WalSync

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 10_000
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
QUICK_CHECK_ALWAYS_BELOW = 64 * 1024 * 1024

log = logging.getLogger(__name__)


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open ``path`` (created if missing, unless read-only) and bring its schema up to date.

    Call :func:`check_file` first: SQLite would happily "open" a truncated file.
    """
    try:
        conn = _open(path, readonly=readonly)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise database_error(path, exc) from exc
    try:
        _check_version(conn, path, version, readonly=readonly)
        if not readonly:
            # After the version check: switching to WAL rewrites the header of a file we may refuse.
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            if version < SCHEMA_VERSION:
                _migrate(conn, path, version)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise database_error(path, exc) from exc
    except InputError:
        conn.close()
        raise
    return conn


def _open(path: Path, *, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = _open_readonly(path)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _open_readonly(path: Path) -> sqlite3.Connection:
    """``mode=ro``; in a folder where SQLite cannot create the WAL index, ``immutable=1``.

    A WAL database needs its ``-shm`` file even to be read.  When the folder is
    read-only and no writer left one behind, nobody can be writing, so reading
    the file as immutable (no locks, no index) is safe.
    """
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        if "unable to open" not in str(exc) and "readonly" not in str(exc):
            raise
        conn.close()
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None, check_same_thread=False)
    return conn


def _check_version(conn: sqlite3.Connection, path: Path, version: int, *, readonly: bool) -> None:
    if version > SCHEMA_VERSION:
        raise problem("db_newer", path=path, version=version, known=SCHEMA_VERSION)
    if version < READABLE_SINCE and readonly:
        if not _has_tables(conn):
            raise problem("db_empty_readonly", path=path)
        raise problem("db_needs_upgrade", path=path, version=version)


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def check_file(path: Path, *, readonly: bool) -> None:
    """Refuse, before SQLite touches it, what cannot be a healthy Chitieu database."""
    if path.is_dir():
        raise problem("db_folder", path=path)
    if not path.exists():
        if readonly:
            raise problem("db_missing", path=path)
        if not path.parent.exists():
            raise problem("no_folder", folder=path.parent)
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(HEADER_SIZE)
    except OSError as exc:
        raise problem("db_unreadable", path=path, reason=exc.strerror) from exc
    if header and not header.startswith(SQLITE_MAGIC):
        raise problem("db_not_sqlite", path=path)
    if header and _truncated(path, header):
        raise problem("db_truncated", path=path)


def _truncated(path: Path, header: bytes) -> bool:
    """True when the file is shorter than the page count its header vouches for.

    The count is only trustworthy when the change counter matches the
    version-valid-for number, and only without a WAL file: pages committed to
    the WAL but not yet checkpointed may legitimately be missing from the file.
    """
    if len(header) < HEADER_SIZE:
        return True
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages = header[24:28], int.from_bytes(header[28:32], "big")
    valid = pages > 0 and change_counter == header[92:96]
    return valid and path.stat().st_size < pages * page_size


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Raise :class:`DatabaseDamaged` when ``PRAGMA quick_check`` finds damage (structure, not index contents)."""
    verdict = backup.check_verdict(conn)
    if verdict != "ok":
        raise problem("db_damaged", DatabaseDamaged, path=path, detail=one_line(verdict))


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Run the missing migrations in one transaction, foreign keys off meanwhile (a migration that
    builds a table anew drops the old one, which would delete the rows referring to it; it keeps
    their ids, so nothing is left referring to nothing)."""
    if path.exists() and path.stat().st_size >= QUICK_CHECK_ALWAYS_BELOW:
        # Rewriting a big file's tables takes a minute or more, with nothing else to show meanwhile.
        log.warning(
            "%s: upgrading from schema version %d to %d, once (a minute or more for a big file)...",
            path,
            version,
            SCHEMA_VERSION,
        )
    conn.execute("PRAGMA foreign_keys = OFF")  # outside a transaction, or SQLite ignores it
    try:
        conn.execute("BEGIN IMMEDIATE")
        for step in MIGRATIONS[version:]:
            step(conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise database_error(path, exc) from exc
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


#: What SQLite's complaint says (words in it), and the problem of that kind (see desktop.core.problems).
_PROBLEMS: list[tuple[tuple[str, ...], str]] = [
    (("not a database",), "db_not_database"),
    (("malformed", "corrupt"), "db_damaged"),
    (("readonly", "read-only"), "db_readonly"),
    (("locked", "busy"), "db_locked"),
    (("full",), "disk_full"),
    (("disk i/o", "unable to open"), "db_io"),
]


def file_problem(path: Path | str, exc: sqlite3.Error) -> InputError | None:
    """The user-facing error for a problem with the file itself; None for anything else (a bug)."""
    message = str(exc)
    lowered = message.lower()
    for needles, kind in _PROBLEMS:
        if any(n in lowered for n in needles):
            return problem(kind, path=path, detail=one_line(message))
    return None


def database_error(path: Path | str, exc: sqlite3.Error) -> InputError:
    """Translate SQLite's complaint about a file into advice for the user."""
    return file_problem(path, exc) or problem("db_unusable", path=path, detail=exc)


def remove_if_unused(path: Path) -> bool:
    """Delete the database at ``path`` when no session has it open and it holds no data; True if deleted.

    A first import that stored nothing removes the file it created, so a typo
    leaves no stray database.  Another process may have opened that file
    meanwhile and written into it, and then it is no longer ours to remove:
    the check and the removal happen under the exclusive session lock, which
    no session can hold beside us.
    """
    lock = session_lock.SessionLock(path)
    try:
        if not lock.acquire() or _holds_data(path):
            return False
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        lock.path.unlink(missing_ok=True)
        return True
    except OSError as exc:  # Windows refuses to delete an open file: then it is in use
        log.warning("%s: left in place (%s)", path, exc)
        return False
    finally:
        lock.release()


def _holds_data(path: Path) -> bool:
    """True unless the file is a Chitieu database without a single article or event (or is gone)."""
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(path)
        try:
            return (
                conn.execute(
                    "SELECT EXISTS (SELECT 1 FROM articles) OR EXISTS (SELECT 1 FROM events)"
                ).fetchone()[0]
                == 1
            )
        finally:
            conn.close()
    except sqlite3.Error:
        return True  # not a database we can read: not ours to judge, so keep it


def writable_problem(path: Path) -> str | None:
    """Why the database at ``path`` cannot be written, or None.

    WAL writes ``-wal`` and ``-shm`` files beside the database, so the folder
    must be writable as well as the file.
    """
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return "its folder is read-only"
    return None


class Database:
    """A connection plus a transaction helper; the base of :class:`~desktop.store.Store`.

    ``readonly`` asks for a read-only session; one is also given, with
    :attr:`readonly_reason` saying why, when the file or folder cannot be
    written.  ``backups`` is how many rotating backups to keep (None: the
    ``CHITIEU_BACKUPS`` environment variable, else
    :data:`~desktop.store.backup.DEFAULT_KEEP`; 0 turns them off).
    ``backup_in_background`` takes that backup on a thread after opening
    instead of before: the review window shows its first article at once
    instead of after copying the file (seconds for a 50,000-article corpus).
    ``secondary`` is a worker's connection beside a session of the same
    process that has opened the file: that session took the backup and made
    the check, so this one does neither (a 3 GB file's quick check costs half
    a minute, before every accept-all the window runs in its worker).
    ``derived_only`` is a session that writes only what a full check derives from the rest
    (``chitieu check``): a big file that closed cleanly is not checked unless a backup copy is due (the
    copy is, before it joins the rotation).  That check ran on a thread beside the re-check, whose
    writes it could not hold back, for 3.9 s of CPU at 50,000 articles; a damaged page the re-check
    meets ends the command with the way to restore, and leaves the crash marker set, so the next
    session checks the whole file (``chitieu check`` sets :attr:`damage`).
    ``sync_in_background`` lets a commit return before its pages are on the disk (safe from a crash of
    the process at once, from a power cut a moment later: see :mod:`desktop.store.wal_sync`), for the
    review window, whose reviewer waits for each decision.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        readonly: bool = False,
        backups: int | None = None,
        backup_dir: Path | None = None,
        backup_in_background: bool = False,
        secondary: bool = False,
        derived_only: bool = False,
        sync_in_background: bool = False,
    ) -> None:
        self.path = Path(path)
        self._background_backup = backup_in_background
        self._secondary = secondary
        self._derived_only = derived_only
        self._backup_thread: threading.Thread | None = None
        self._wal_sync: WalSync | None = None
        #: What the check in the background found wrong with the file (None: nothing, or not done yet).
        self.damage: str | None = None
        check_file(self.path, readonly=readonly)
        reason = "opened read-only on request" if readonly else writable_problem(self.path)
        if reason and not self.path.exists():
            raise problem("db_cannot_create", path=self.path, reason=reason)
        self.readonly = reason is not None
        self.readonly_reason = reason
        self._session = None if self.readonly else session_lock.SessionLock(self.path)
        try:
            self.conn = self._open(backups, backup_dir)
        except BaseException:
            self._release_session()
            raise
        if sync_in_background and not self.readonly:
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._wal_sync = WalSync(self.path)

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, made on first use.

        Importing sqlite-utils (click, dateutil, pluggy) costs ~0.2 s of CPU,
        which the review window's start-up need not pay: only stats and
        re-extraction use it.
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def _open(self, backups: int | None, backup_dir: Path | None) -> sqlite3.Connection:
        alone = self._session.acquire() if self._session else True
        conn = connect(self.path, readonly=self.readonly)
        try:
            crashed = alone and session_lock.previous_session_crashed(conn)
            checked = crashed or self.path.stat().st_size < QUICK_CHECK_ALWAYS_BELOW
            if checked and not self._secondary:
                quick_check(conn, self.path)
            if self._session:
                first = not self._secondary  # a secondary connection leaves backup and check to its session
                if alone and first:  # nobody else can be writing a copy now
                    backup.remove_leftovers(self.path, backup_dir)
                if first and not self._background_backup:
                    self._backup_and_check(conn, backups, backup_dir, checked)
                session_lock.mark(conn, "open")
                self._session.share()
                if first and self._background_backup:
                    self._start_backup_thread(backups, backup_dir, checked)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise database_error(self.path, exc) from exc
        except BaseException:
            conn.close()
            raise
        return conn

    def _backup_and_check(
        self, conn: sqlite3.Connection, keep: int | None, folder: Path | None, checked: bool
    ) -> None:
        """Take the rotating backup, and make sure the file was checked: through the copy, or itself.

        A failure to write the backup is logged, not fatal: the reviewer can
        still work.  Damage is fatal (:class:`DatabaseDamaged`).
        """
        try:
            copied = backup.take_backup(conn, self.path, keep=backup.keep_count(keep), folder=folder)
        except DatabaseDamaged:
            raise
        except InputError as exc:
            log.warning("%s", exc)
            copied = None
        if not (checked or copied or self._derived_only):
            quick_check(conn, self.path)

    def _start_backup_thread(self, keep: int | None, folder: Path | None, checked: bool) -> None:
        """Take the backup (and the check) through a read-only connection of its own, beside this session.

        The copy reads one WAL snapshot, so decisions go on meanwhile; it
        therefore carries this session's 'open' marker, which costs one
        quick_check on the first open after restoring it.  :meth:`close`
        waits for the copy, so a backup is never left half-written.  Damage
        found here turns the session read-only and is kept in
        :attr:`damage` for the window to show.
        """

        def run() -> None:
            try:
                reader = connect(self.path, readonly=True)
            except InputError as exc:
                log.warning("%s", exc)
                return
            try:
                self._backup_and_check(reader, keep, folder, checked)
            except DatabaseDamaged as exc:
                self.damage = str(exc)
                self.readonly, self.readonly_reason = True, "it is damaged"
                log.error("%s", exc)
            except sqlite3.Error as exc:
                log.warning("%s: no backup was taken this session (%s)", self.path, exc)
            finally:
                reader.close()

        self._backup_thread = threading.Thread(target=run, name="chitieu-backup")
        self._backup_thread.start()

    def backup_finished(self) -> bool:
        """True once the background backup and check are over (or when there was none)."""
        return self._backup_thread is None or not self._backup_thread.is_alive()

    def close(self) -> None:
        """Close, clearing the crash marker when this is the last session on the file (and it is not damaged)."""
        if self._backup_thread is not None:
            self._backup_thread.join()
        if self._wal_sync is not None:
            self._wal_sync.close()
        if self._session is not None and self.damage is None and self._session.last_out():
            try:
                session_lock.mark(self.conn, "closed")
            except sqlite3.Error as exc:
                # The marker only decides whether the next open runs a check; leaving it
                # set costs one quick_check, so closing must not fail over it.
                log.warning("%s: could not record a clean close (%s)", self.path, exc)
        self._release_session()
        self.conn.close()

    def _release_session(self) -> None:
        if self._session is not None:
            self._session.release()
            self._session = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """Queries outside a transaction: SQLite errors about the file become :class:`InputError`.

        A big file is not checked when opened read-only, so a damaged page is
        first met by a query; the user then needs the way to restore, not a
        traceback.  Other errors are bugs and propagate as they are.
        """
        try:
            yield self.conn
        except sqlite3.Error as exc:
            problem = file_problem(self.path, exc)
            if problem is None:
                raise
            raise problem from exc

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it lands, or none of it does.

        SQLite errors about the file (disk full, damage, a lock held too long)
        become :class:`InputError`; other errors are bugs and propagate as they are.
        """
        if self.readonly:
            raise InputError(
                f"{self.path} is open read-only ({self.readonly_reason}); this change was not saved."
            )
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise database_error(self.path, exc) from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            problem = file_problem(self.path, exc)
            if problem is None:
                raise
            raise problem from exc
        except BaseException:
            self._rollback()
            raise
        if self._wal_sync is not None:
            self._wal_sync.request()

    def _rollback(self) -> None:
        """Roll back unless SQLite already did (it does on some I/O and disk-full errors)."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
