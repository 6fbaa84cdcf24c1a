"""Keeping Enter for text fields: the window's Enter shortcut (confirm) must not steal it.

A line edit claims the letter keys and Delete before window shortcuts see
them, but not Enter; without this filter, Enter in the search box would
confirm a record.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterKeeper(QObject):
    """Event filter: the watched widget receives plain Enter as a key press, never as a shortcut."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in ENTER_KEYS and event.modifiers() in (
                    Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            return True
        return False


def keep_enter(*widgets: QObject) -> None:
    """Install one shared :class:`EnterKeeper` on ``widgets`` (owned by the first)."""
    if not widgets:
        return
    keeper = EnterKeeper(widgets[0])
    for widget in widgets:
        widget.installEventFilter(keeper)
