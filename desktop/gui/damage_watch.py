"""Telling the reviewer when the check that runs beside the window finds the database damaged.

The window opens a big database at once and leaves the backup, and with it
the file's check, to a thread (:class:`~desktop.store.db.Database`).  When
that check fails the store turns read-only by itself; this module makes it
visible: a warning that says what to do, and the status bar's read-only mark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

#: How often the window looks whether the check is over (it reads the whole file: seconds on a big one).
POLL_MS = 250


class DamageWatch(QObject):
    """Polls the window's store until its background check is over; warns if it found damage.

    The check's thread may end before the window exists, so the watch polls
    rather than waits for a call from the thread: nothing can be missed.
    """

    #: The check is over, and its warning (if it found damage) is on screen.
    over = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("damage_watch")
        self._window = window
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        store = self._window.store
        if not store.backup_finished():
            return
        self._timer.stop()
        if store.damage:
            _warn(self._window, store.damage)
        self.over.emit()


def watch_background_check(window: MainWindow) -> DamageWatch:
    """Start watching the window's background check (the watch is the window's child)."""
    return DamageWatch(window)


def _warn(window: MainWindow, damage: str) -> None:
    # Literal texts in translate() itself: lupdate finds no text passed through a helper of ours.
    window.show_store_state()
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Chitieu",
        QCoreApplication.translate(
            "DamageWatch", "The database is damaged. Your decisions can no longer be saved in it."
        ),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("damage_message")
    box.setInformativeText(
        QCoreApplication.translate(
            "DamageWatch",
            "Close this window, then put a backup back with 'chitieu restore' (see README, "
            "'Backups and restore'). The details say what is damaged and which backups there are.",
        )
    )
    box.setDetailedText(damage)  # the store's own words, for the README and for support
    box.finished.connect(box.deleteLater)
    box.open()
