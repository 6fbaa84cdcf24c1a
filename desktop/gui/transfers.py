"""Import and export from the window: choose, run in a worker thread, report.

Reports go to the status bar, and problems to a window-modal message box
opened without blocking, so the window keeps running its event loop.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop.gui.dialogs import ExportDialog, choose_import_files, choose_import_folder
from desktop.gui.problem_text import problem_line
from desktop.gui.workers import TaskRunner

if (
    TYPE_CHECKING
):  # the modules themselves load on first use: trafilatura and openpyxl cost ~0.4 s at start-up
    from desktop.core.readers import Problem
    from desktop.export import ExportReport
    from desktop.services.ingest import ImportReport

#: Problems listed in the import report box; the rest are counted.
LISTED_PROBLEMS = 20


class Transfers(QObject):
    """Owns the one background job the window allows at a time."""

    imported = Signal(object)  # ImportReport
    exported = Signal(object)  # ExportReport
    busy_changed = Signal()

    def __init__(self, window: QMainWindow, db_path: Path) -> None:
        super().__init__(window)
        self._window = window
        self._db_path = db_path
        self._runner: TaskRunner | None = None

    def busy(self) -> bool:
        return self._runner is not None

    def cancel(self) -> None:
        if self._runner is not None:
            self._runner.task.cancel()

    def wait(self) -> None:
        if self._runner is not None:
            self._runner.worker.quit()
            self._runner.worker.wait()

    # ---- import ---------------------------------------------------------------

    def import_files(self) -> None:
        self._import(choose_import_files(self._window))

    def import_folder(self) -> None:
        self._import(choose_import_folder(self._window))

    def _import(self, paths: list[Path]) -> None:
        if not paths or self.busy():
            return
        from desktop.services.ingest import import_paths

        work = partial(import_paths, self._db_path, paths)
        runner = self._start(work, self.tr("Importing articles…"))
        runner.finished.connect(self._imported)

    def _imported(self, report: ImportReport) -> None:
        # One count per text, so that English says "1 new article" and "2 new articles".
        summary = (
            self.tr("Imported %Ln new articles", "", report.new)
            + " "
            + self.tr("with %Ln records", "", report.records)
            + " ("
            + self.tr("%Ln unchanged", "", report.unchanged)
            + ", "
            + self.tr("%Ln duplicates", "", len(report.duplicates))
            + ")."
        )
        if report.cancelled:
            summary = self.tr("Import cancelled.") + " " + summary
        self._window.statusBar().showMessage(summary, 15000)
        notes = [
            self._listed(self.tr("Some files could not be imported:"), report.problems),
            self._listed(self.tr("Imported with warnings:"), report.warnings),
        ]
        if any(notes):
            self._inform(summary, "\n\n".join(note for note in notes if note))
        self.imported.emit(report)

    def _listed(self, heading: str, items: list[Problem]) -> str:
        """A heading and one line per item (the first LISTED_PROBLEMS); empty for no items."""
        if not items:
            return ""
        lines = [heading] + [problem_line(item) for item in items[:LISTED_PROBLEMS]]
        if len(items) > LISTED_PROBLEMS:
            lines.append(self.tr("… and %1 more.").replace("%1", str(len(items) - LISTED_PROBLEMS)))
        return "\n".join(lines)

    # ---- export ---------------------------------------------------------------

    def export(self) -> None:
        if self.busy():
            return
        formats = [
            ("jsonl", self.tr("JSON Lines (.jsonl)")),
            ("csv", self.tr("CSV (.csv)")),
            ("xlsx", self.tr("Excel (.xlsx)")),
        ]
        statuses = [
            ("confirmed", self.tr("Accepted records (confirmed, corrected, added)")),
            ("reviewed", self.tr("Every decided record, with its status")),
            ("all", self.tr("All records, pending included")),
        ]
        dialog = ExportDialog(formats, statuses, str(self._db_path.parent), self._window)
        dialog.accepted.connect(lambda: self._export(*dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _export(self, fmt: str, status: str, out_path: Path) -> None:
        from desktop.export import export

        work = partial(export, self._db_path, out_path, fmt, status)
        runner = self._start(work, self.tr("Exporting records…"))
        runner.finished.connect(self._exported)

    def _exported(self, report: ExportReport) -> None:
        if report.cancelled:
            message = self.tr("Export cancelled; nothing was written.")
        else:
            message = (
                self.tr("Exported %1 records from %2 articles to %3.")
                .replace("%1", str(report.records))
                .replace("%2", str(report.articles))
                .replace("%3", str(report.path))
            )
        self._window.statusBar().showMessage(message, 15000)
        self.exported.emit(report)

    # ---- running --------------------------------------------------------------

    def _start(self, work: partial, label: str) -> TaskRunner:
        runner = TaskRunner(self._window, work, label)
        runner.failed.connect(lambda message: self._inform(self.tr("Chitieu"), message))
        runner.ended.connect(self._finished)
        self._runner = runner
        self.busy_changed.emit()
        runner.start()
        return runner

    def _finished(self) -> None:
        self._runner = None
        self.busy_changed.emit()

    def _inform(self, title: str, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Chitieu"), title, QMessageBox.StandardButton.Ok, self._window
        )
        box.setObjectName("transfer_message")
        box.setInformativeText(message)
        box.finished.connect(box.deleteLater)
        box.open()
