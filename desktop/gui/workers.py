"""Long work (import, export) in a worker thread, with a progress dialog that can cancel it.

The work functions (``import_paths``, ``export``) take a database *path* and
open their own connection in the worker thread: a SQLite connection is never
shared between threads, and the window keeps reading through its own.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.errors import InputError
from desktop.gui.problem_text import problem_text

log = logging.getLogger(__name__)

#: ``work(progress=..., should_cancel=...)`` as import_paths and export take them.
Work = Callable[..., Any]


class Task(QObject):
    """Runs one piece of work in its thread and reports back through signals (queued to the GUI)."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(progress=self._report, should_cancel=self._cancel.is_set)
        except InputError as exc:
            self.failed.emit(problem_text(exc))
        except Exception as exc:  # a bug: say so in the window rather than leave the dialog hanging
            log.exception("background task failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)
        self.done.emit()

    def cancel(self) -> None:
        self._cancel.set()

    def _report(self, done: int, total: int) -> None:
        self.progress.emit(done, total)


class TaskRunner(QObject):
    """Owns the thread, the task and the progress dialog of one background job."""

    finished = Signal(object)  # the work's result
    failed = Signal(str)
    ended = Signal()  # after finished or failed, when the thread is gone

    def __init__(self, parent: QWidget, work: Work, label: str) -> None:
        super().__init__(parent)
        self.task = Task(work)
        self.worker = QThread(self)  # not ``thread``: that would hide QObject.thread()
        self.task.moveToThread(self.worker)
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("progress_dialog")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.task.cancel)
        self.task.progress.connect(self._progress)
        self.task.succeeded.connect(self.finished)
        self.task.failed.connect(self.failed)
        self.task.done.connect(self._cleanup)
        self.worker.started.connect(self.task.run)

    def start(self) -> None:
        self.worker.start()

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _cleanup(self) -> None:
        self.dialog.close()
        self.worker.quit()
        self.worker.wait()
        self.ended.emit()
        self.task.deleteLater()
        self.deleteLater()
