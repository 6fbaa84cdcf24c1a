"""Checking a corpus the window opens whose checks are missing or stale (issue 13).

A file from before the checks existed, or checked by older rules, gets its
checks on open: a small one at once, a large one in a worker behind a
progress dialog that can cancel it (the window repaints meanwhile, and
refreshes the checks it shows when they are in).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.gui.workers import TaskRunner
from desktop.store import Store
from desktop.store.checking import needs_check

#: Records checked at once on the window's connection; a larger corpus is checked in a worker, behind a
#: progress dialog that holds the window's keys while it writes.
AT_ONCE = 5000


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
        if (
            self._closing
            or self._store.readonly
            or self._runner is not None
            or not needs_check(self._store.conn)
        ):
            return False
        from desktop.services.checks import check_corpus, check_store

        if self._store.conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] <= AT_ONCE:
            check_store(self._store)  # tens of milliseconds: no progress dialog to take the keyboard
            self.done.emit()
            return True

        self._runner = TaskRunner(
            self._window,
            partial(check_corpus, self._store.path, secondary=True),
            self.tr("Checking every record of this corpus…"),
        )
        self._runner.finished.connect(self._finished)
        self._runner.failed.connect(self.failed)
        self._runner.ended.connect(self._ended)
        self._runner.start()
        return True

    def busy(self) -> bool:
        """True while a check runs in its worker."""
        return self._runner is not None

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
