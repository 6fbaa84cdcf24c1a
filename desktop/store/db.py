"""Opening a Chitieu database: pragmas, migrations and friendly refusals.

One SQLite file holds everything.  WAL lets a reader (an export, a second
window) work beside the writer; ``busy_timeout`` makes a second writer wait
for the lock instead of failing; foreign keys keep records tied to articles.
Every problem with the file itself becomes an :class:`InputError` that says
what to do, never a traceback.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from desktop.core.errors import InputError
from desktop.store.schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 10_000
SQLITE_MAGIC = b"SQLite format 3\x00"


def connect(path: Path | str, *, readonly: bool = False) -> sqlite3.Connection:
    """Open ``path`` (created if missing, unless read-only) and bring its schema up to date."""
    path = Path(path)
    _check_file(path, readonly=readonly)
    try:
        if readonly:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                   isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise database_error(path, exc) from exc
    if version > SCHEMA_VERSION:
        conn.close()
        raise InputError(
            f"{path} was written by a newer Chitieu (schema {version}, this one knows {SCHEMA_VERSION}). "
            "Update Chitieu to open it; the file was left untouched."
        )
    if version < SCHEMA_VERSION:
        if readonly:
            conn.close()
            raise InputError(f"{path} needs a schema upgrade, which a read-only file cannot take. "
                             "Open a writable copy.")
        _migrate(conn, path, version)
    return conn


def _check_file(path: Path, *, readonly: bool) -> None:
    if path.is_dir():
        raise InputError(f"{path} is a folder, not a database file. Give a file name such as corpus.db.")
    if not path.exists():
        if readonly:
            raise InputError(f"{path} does not exist. Check the path.")
        if not path.parent.exists():
            raise InputError(f"The folder {path.parent} does not exist. Create it or choose another place.")
        return
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if head and head != SQLITE_MAGIC:
        raise InputError(f"{path} is not a Chitieu database (it is not an SQLite file). "
                         "Choose another file, or a new name to create a database.")


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    try:
        conn.execute("BEGIN IMMEDIATE")
        for step in MIGRATIONS[version:]:
            step(conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        conn.execute("ROLLBACK")
        conn.close()
        raise database_error(path, exc) from exc


def database_error(path: Path | str, exc: sqlite3.DatabaseError) -> InputError:
    """Translate SQLite's complaint about a file into advice for the user."""
    message = str(exc)
    if "not a database" in message:
        return InputError(f"{path} is not a Chitieu database (it is not an SQLite file). Choose another file.")
    if "malformed" in message or "corrupt" in message:
        return InputError(f"{path} is damaged ({message}). Restore it from a backup "
                          "(see README, 'Backups and restore').")
    if "readonly" in message or "read-only" in message:
        return InputError(f"{path} cannot be written (read-only file or folder). "
                          "Check its permissions, or open a copy.")
    if "locked" in message or "busy" in message:
        return InputError(f"{path} is busy: another Chitieu window or command is writing to it. "
                          "Try again in a moment.")
    if "disk" in message and "full" in message:
        return InputError(f"The disk holding {path} is full. Free some space and try again; "
                          "nothing was written.")
    return InputError(f"{path}: the database could not be used ({message}).")


class Database:
    """A connection plus a transaction helper; the base of :class:`~desktop.store.Store`."""

    def __init__(self, path: Path | str, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.conn = connect(self.path, readonly=readonly)
        self.db = sqlite_utils.Database(self.conn)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it lands, or none of it does."""
        if self.readonly:
            raise InputError(f"{self.path} is open read-only; this change was not saved.")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise database_error(self.path, exc) from exc
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            self.conn.execute("ROLLBACK")
            raise database_error(self.path, exc) from exc
