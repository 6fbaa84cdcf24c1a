"""Checking a corpus the window opens whose checks are missing or stale (issue 13).

A file from before the checks existed, or checked by older rules, gets its
checks on open, in a worker with a progress dialog (a large corpus takes a
while); the window stays usable and re-reads what it shows when it is done.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.gui.workers import TaskRunner
from desktop.store import Store
from desktop.store.checking import needs_check


class CorpusCheck(QObject):
    """Starts the check when the store needs one; :attr:`done` when the checks are in."""

    done = Signal()
    failed = Signal(str)  # the check failed: the window says why

    def __init__(self, window: QWidget, store: Store) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._runner: TaskRunner | None = None
        self._closing = False

    def start_if_needed(self) -> bool:
        """Start the check if the corpus needs one (called once the window shows, so never after it closed)."""
        if self._closing or self._store.readonly or self._runner is not None or not needs_check(self._store.conn):
            return False
        from desktop.services.checks import check_corpus

        self._runner = TaskRunner(self._window, partial(check_corpus, self._store.path, backups=0),
                                  self.tr("Checking every record of this corpus…"))
        self._runner.finished.connect(self._finished)
        self._runner.failed.connect(self.failed)
        self._runner.ended.connect(self._ended)
        self._runner.start()
        return True

    def _finished(self, _report: object) -> None:
        if not self._closing:
            self.done.emit()

    def _ended(self) -> None:
        self._runner = None

    def wait(self) -> None:
        """The window closes: stop the check (what is written is whole) and start none."""
        self._closing = True
        if self._runner is not None:
            self._runner.task.cancel()
            self._runner.worker.quit()
            self._runner.worker.wait()
