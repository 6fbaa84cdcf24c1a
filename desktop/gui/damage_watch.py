"""Telling the reviewer when the check that runs beside the window finds the database damaged.

The window opens a big database at once and leaves the backup, and with it
the file's check, to a thread (:class:`~desktop.store.db.Database`).  When
that check fails the store turns read-only by itself; this module makes it
visible: a warning that says what to do, and the status bar's read-only mark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

#: How often the window looks whether the check is over (it reads the whole file: seconds on a big one).
POLL_MS = 250


def watch_background_check(window: MainWindow) -> None:
    """Poll the window's store until its background check is over; warn if it found damage."""
    timer = QTimer(window)
    timer.setInterval(POLL_MS)

    def poll() -> None:
        if not window.store.backup_finished():
            return
        timer.stop()
        timer.deleteLater()
        if window.store.damage:
            _warn(window, window.store.damage)

    timer.timeout.connect(poll)
    timer.start()


def _tr(text: str) -> str:
    return QCoreApplication.translate("DamageWatch", text)


def _warn(window: MainWindow, damage: str) -> None:
    window.database_label.setText(f"{window.store.path} " + _tr("(read-only: the file is damaged)"))
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Chitieu",
        _tr("The database is damaged. Your decisions can no longer be saved in it."),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("damage_message")
    box.setInformativeText(damage + " " + _tr("Close this window before you restore."))
    box.finished.connect(box.deleteLater)
    box.open()
