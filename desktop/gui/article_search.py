"""The article list's queries in a worker thread: typing never waits for the corpus.

A search matching most of 50,000 articles takes SQLite and Python a few
hundred milliseconds; on the GUI thread that froze the window for as long.
Here each filter change becomes a numbered request to a worker thread with
its own read-only connection (a SQLite connection is never shared between
threads).  A newer request makes every older one stale: a stale request
still queued is skipped, and one already running is stopped with
``sqlite3_interrupt`` (:meth:`sqlite3.Connection.interrupt`, which is made
to be called from another thread).  The worker answers twice: the first
screenful (:data:`FIRST_PAGE` summaries, from a ``LIMIT`` query that stops
early) at once, then the whole list.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.core.errors import InputError
from desktop.gui.problem_text import problem_text
from desktop.store import Store

log = logging.getLogger(__name__)

#: Summaries in the first answer: more than a list shows on the tallest screen.
FIRST_PAGE = 100


class _Worker(QObject):
    """Runs the requests in the worker thread, on a connection opened there."""

    found = Signal(int, object, bool)  # request number, summaries, complete
    failed = Signal(int, str)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self._store: Store | None = None
        self.latest = 0  # written by the GUI thread: the number of the newest request

    @property
    def connection(self) -> sqlite3.Connection | None:
        return self._store.conn if self._store is not None else None

    @Slot(int, object)
    def run(self, number: int, query: dict[str, Any]) -> None:
        if number != self.latest:
            return  # a newer request is queued behind this one
        try:
            store = self._open()
            first = store.article_summaries(**query, limit=FIRST_PAGE)
            if number != self.latest:
                return
            complete = len(first) < FIRST_PAGE
            self.found.emit(number, first, complete)
            if not complete:
                self.found.emit(number, store.article_summaries(**query), True)
        except sqlite3.OperationalError as exc:
            if "interrupted" not in str(exc):
                self.failed.emit(number, str(exc))
        except InputError as exc:
            self.failed.emit(number, problem_text(exc))

    def _open(self) -> Store:
        if self._store is None:
            self._store = Store(self._path, readonly=True, backups=0)
        return self._store

    @Slot()
    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class ArticleSearch(QObject):
    """Sends filter queries to the worker; :attr:`found` carries the answers of the newest one only."""

    found = Signal(object, bool)  # summaries, complete
    failed = Signal(str)
    _request = Signal(int, object)
    _close = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._number = 0
        self._worker = _Worker(path)
        self._thread = QThread(self)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._close.connect(self._worker.close)
        self._worker.found.connect(self._answer)
        self._worker.failed.connect(self._fail)
        self._thread.start()

    def request(self, query: dict[str, Any]) -> None:
        """Ask for the summaries passing ``query`` (:meth:`Store.article_summaries`); stop any older request."""
        self._number += 1
        self._worker.latest = self._number
        connection = self._worker.connection
        if connection is not None:
            connection.interrupt()  # harmless when nothing runs
        self._request.emit(self._number, query)

    def stop(self) -> None:
        """Close the worker's connection and end its thread (the window is closing)."""
        self._worker.latest = -1
        connection = self._worker.connection
        if connection is not None:
            connection.interrupt()
        self._close.emit()
        self._thread.quit()
        self._thread.wait()

    def _answer(self, number: int, summaries: list, complete: bool) -> None:
        if number == self._number:
            self.found.emit(summaries, complete)

    def _fail(self, number: int, message: str) -> None:
        if number == self._number:
            log.warning("article list query failed: %s", message)
            self.failed.emit(message)
