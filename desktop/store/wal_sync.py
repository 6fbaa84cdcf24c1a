"""A decision safe from a crash at once, and on the disk a moment later, without the key waiting for the disk.

With ``synchronous = FULL`` each COMMIT waits until the WAL file is on the disk
(an fsync): 1.5 ms on a quiet machine, 10-20 ms while other programs use the
disk, the largest part of a decision's time from key to repaint at 50,000
articles.  With ``synchronous = NORMAL`` (WAL mode) the COMMIT returns once its
pages are written into the WAL file, which the kernel holds: a killed or
crashed Chitieu loses nothing (the next opener replays the WAL) and the file is
never corrupted; only a power cut or a kernel crash before the kernel writes the
pages out (up to half a minute) could lose the last decisions.

:class:`WalSync` closes most of that gap: after each commit a thread of its own
flushes the WAL file to the disk, so a decision reaches the disk a few
milliseconds after the window shows it, while the reviewer reads the next record.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

log = logging.getLogger(__name__)


class WalSync:
    """Flushes a database's WAL file to the disk in the background, once per :meth:`request` (coalesced)."""

    def __init__(self, db_path: Path) -> None:
        self.wal = Path(f"{db_path}-wal")
        self._changed = threading.Condition()
        self._wanted = False
        self._closing = False
        self._thread: threading.Thread | None = None

    def request(self) -> None:
        """A commit returned: flush what it wrote (requests made while a flush runs share the next one)."""
        with self._changed:
            if self._closing:
                return
            self._wanted = True
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="chitieu-wal-sync", daemon=True)
                self._thread.start()
            self._changed.notify()

    def close(self) -> None:
        """Flush what is still asked for and end the thread (before the connection closes)."""
        with self._changed:
            self._closing = True
            self._changed.notify()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        while True:
            with self._changed:
                while not (self._wanted or self._closing):
                    self._changed.wait()
                wanted, closing, self._wanted = self._wanted, self._closing, False
            if wanted:
                self._flush()
            if closing:
                return

    def _flush(self) -> None:
        # Opened anew each time: an fsync through any descriptor writes out the file's pages, and the
        # WAL may be gone (SQLite removes it when the last connection closes, after a checkpoint that
        # wrote the database file to the disk itself).
        try:
            fd = os.open(self.wal, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:
            return
        except OSError as exc:
            log.warning("%s: decisions not yet flushed to the disk (%s)", self.wal, exc)
            return
        try:
            os.fsync(fd)
        except OSError as exc:
            log.warning("%s: decisions not yet flushed to the disk (%s)", self.wal, exc)
        finally:
            os.close(fd)
