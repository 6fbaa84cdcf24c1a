"""The status bar's database note: which file, and whether the window can still write into it.

A long path used to push the state words (``read-only: the file is damaged``)
out of a 1200 px window, so the reviewer saw a path and not why nothing is
saved.  The state is what matters: it is always shown whole, and the path
gives way, elided in the middle (its start says where, its end which file);
the tooltip holds the full path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.store import Store

#: The narrowest path still worth showing (a few characters each side of the ellipsis), in pixels.
MIN_PATH_WIDTH = 80


def readonly_state(store: Store) -> str:
    """Why the window cannot write, in the interface's language; empty when it can."""
    if not store.readonly:
        return ""
    reasons = {
        "it is damaged": QCoreApplication.translate("DatabaseLabel", "read-only: the file is damaged"),
        "the file is read-only": QCoreApplication.translate(
            "DatabaseLabel", "read-only: the file cannot be written"
        ),
        "its folder is read-only": QCoreApplication.translate(
            "DatabaseLabel", "read-only: its folder cannot be written"
        ),
    }
    return reasons.get(store.readonly_reason or "", QCoreApplication.translate("DatabaseLabel", "read-only"))


def why_unavailable(store: Store) -> str:
    """What a disabled writing action's tips say while the store is read-only; empty when it is not."""
    state = readonly_state(store)
    if not state:
        return ""
    return QCoreApplication.translate(
        "DatabaseLabel", "Unavailable: nothing can be saved in this database (%1)."
    ).replace("%1", state)


class DatabaseLabel(QLabel):
    """``PATH (STATE)``, the path elided in the middle to whatever width the status bar leaves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_database")
        self._path = ""
        self._state = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def show_database(self, path: Path, state: str) -> None:
        """Show ``path`` and its ``state`` (empty: writable)."""
        self._path, self._state = str(path), state
        full = self._full_text()
        self.setToolTip(full)
        self.setAccessibleName(full)
        self.updateGeometry()
        self._fit()

    def state(self) -> str:
        return self._state

    def _suffix(self) -> str:
        return f" ({self._state})" if self._state else ""

    def _full_text(self) -> str:
        return self._path + self._suffix()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self._chrome() + self._advance(self._full_text()), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self._chrome() + self._advance(self._suffix()) + MIN_PATH_WIDTH, hint.height())

    def _chrome(self) -> int:
        """The width the label adds around its text (the style sheet's padding, the frame, the margin)."""
        return super().sizeHint().width() - self._advance(self.text())

    def _advance(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The state whole, the path elided to what is left of the label's width."""
        suffix = self._suffix()
        room = self.width() - self._chrome() - self._advance(suffix)
        path = self._path
        if self._advance(path) > room:  # elidedText() may cut a text that just fits: only when it does not
            path = self.fontMetrics().elidedText(path, Qt.TextElideMode.ElideMiddle, max(room, 0))
        super().setText(path + suffix)
