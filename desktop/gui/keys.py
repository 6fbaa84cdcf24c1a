"""Keys that belong to a widget, not to the window: Enter in a text field, Esc and Down in the search box.

A line edit claims the letter keys and Delete before window shortcuts see
them, but not Enter; without these filters, Enter in the search box would
confirm a record.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterKeeper(QObject):
    """Event filter: the watched widget receives plain Enter as a key press, never as a shortcut.

    Qt offers a key to the focus widget and then to its parents before it may trigger a
    shortcut, so one filter on a form keeps Enter in every field of it, those added later too.
    A filter on each field instead sees every event of every field (each paint, each move),
    through Python: a tenth of what a confirm cost.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            event.accept()
            return True
        return False


def keep_enter(*widgets: QObject) -> None:
    """Install one shared :class:`EnterKeeper` on ``widgets`` (owned by the first) and their children."""
    if not widgets:
        return
    keeper = EnterKeeper(widgets[0])
    for widget in widgets:
        widget.installEventFilter(keeper)


class KeyHandler(QObject):
    """Event filter: the given plain keys call their handler instead of reaching the widget or a shortcut."""

    def __init__(self, parent: QObject, handlers: dict[Qt.Key, Callable[[], object]]) -> None:
        super().__init__(parent)
        self._handlers = handlers

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        handler = self._handlers.get(Qt.Key(event.key()))
        if handler is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            handler()
            return True
        return False


def on_keys(widget: QObject, handlers: dict[Qt.Key, Callable[[], object]]) -> None:
    """Give ``widget``'s plain ``handlers`` keys to the callables (Enter included, before the window sees it)."""
    widget.installEventFilter(KeyHandler(widget, handlers))
