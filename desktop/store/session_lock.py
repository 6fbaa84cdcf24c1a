"""Did the last session close cleanly?  A marker in ``meta`` plus a lock file.

SQLite in WAL mode survives a killed process, so a crash normally leaves a
sound database.  Still, a crash is the moment when a lying disk or a bug in
a file system shows up, and the one time a full ``PRAGMA quick_check`` on a
big file is worth its cost.  To know that a crash happened we keep
``meta.session = 'open'`` while any session is open and set it back to
``'closed'`` when the last one closes.

"The last one" needs to know who else is alive, which a marker alone cannot
tell (two windows on one file would clear each other's marker).  Every
session therefore holds a shared ``flock`` on ``<db>.lock``; the kernel drops
it when a process dies, however it dies.  Whoever can take the lock
exclusively is alone: on open it may trust the marker, on close it may
clear it.  Where ``fcntl`` does not exist (Windows) every session counts as
alone, which degrades to the plain marker: a crash may then go unnoticed
when two windows were open, never the reverse.

The lock file is named after the *resolved* database path, so that a
session through a symlink and one through the real name see each other.
Whoever removes a database (a failed first import) removes its lock file
while holding it exclusively; a session that was waiting for it then holds
a lock on a file no longer in the folder, so :meth:`SessionLock.acquire`
checks, once it has the lock, that the file it locked is still the one at
the path, and starts again otherwise.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import IO

from desktop.core.problems import problem

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

MARKER_KEY = "session"


class SessionLock:
    """The shared lock a session holds on ``<db>.lock`` for its whole life."""

    def __init__(self, db_path: Path) -> None:
        real = db_path.resolve()
        self.path = real.with_name(real.name + ".lock")
        self._fh: IO[bytes] | None = None

    def acquire(self) -> bool:
        """Take the lock; True when no other session holds it (we are alone).

        The exclusive lock is kept until :meth:`share`, so that a session
        opening at the same time waits until our marker is written.
        """
        while True:
            try:
                self._fh = self.path.open("a+b")
            except OSError as exc:
                raise problem("lock_file", path=self.path, reason=exc.strerror) from exc
            if fcntl is None:
                return True
            try:
                fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                alone = True
            except BlockingIOError:
                fcntl.flock(self._fh, fcntl.LOCK_SH)
                alone = False
            if self._still_in_place():
                return alone
            self.release()

    def _still_in_place(self) -> bool:
        """True when the file we locked is still the lock file at our path (nobody removed it)."""
        assert self._fh is not None
        try:
            return os.path.samestat(os.fstat(self._fh.fileno()), os.stat(self.path))
        except FileNotFoundError:
            return False

    def share(self) -> None:
        """Let other sessions in, once this one has finished opening."""
        if fcntl is not None and self._fh is not None:
            fcntl.flock(self._fh, fcntl.LOCK_SH)

    def last_out(self) -> bool:
        """True when no other session holds the lock, so the marker may be cleared."""
        if fcntl is None or self._fh is None:
            return True
        try:
            fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing drops the flock
            self._fh = None


def previous_session_crashed(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (MARKER_KEY,)).fetchone()
    return row is not None and row[0] == "open"


def mark(conn: sqlite3.Connection, state: str) -> None:
    """Write the marker in its own short transaction (``open`` or ``closed``)."""
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (MARKER_KEY, state))
    conn.execute("COMMIT")
