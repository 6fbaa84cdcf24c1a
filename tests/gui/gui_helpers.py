"""Small helpers shared by the GUI tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from desktop.store import Store, StoredRecord
from desktop.store import db as store_db
from desktop.store.backup import DatabaseDamaged


def action(window: QMainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def records_of(store: Store, doc: str) -> list[StoredRecord]:
    article_id = next(s.id for s in store.article_summaries() if s.doc == doc)
    return store.records(article_id)


def statuses(store: Store, doc: str) -> list[str]:
    return [r.status for r in records_of(store, doc)]


def current_indicator(window: QMainWindow) -> str:
    row = window.current_row()
    return row.indicator if row else ""


def press(
    window: QMainWindow,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    text: str = "",
) -> None:
    """A key as the keyboard sends it: to the window, reaching whatever has the focus (or a pop-up)."""
    QTest.sendKeyEvent(QTest.KeyAction.Click, window.windowHandle(), key, text, modifiers)
    QApplication.processEvents()


def type_text(window: QMainWindow, text: str) -> None:
    """Type ``text`` one key per character, Vietnamese letters included, into the focused widget."""
    for char in text:
        code = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        press(window, Qt.Key.Key_Space if char == " " else code, text=char)


def focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def wait_for_damage(qtbot, window: QMainWindow) -> QMessageBox:
    """Wait until the window says its file is damaged (the check beside it found it); the warning."""
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "damage_message") is not None, timeout=10000)
    return window.findChild(QMessageBox, "damage_message")


def damage_found_later(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on, the check that runs beside a window finds its file damaged (as a page of garbage would).

    The store then turns read-only by itself, on its thread, as it does for real damage.
    """

    def damaged(self: store_db.Database, *_args: object) -> None:
        raise DatabaseDamaged(f"{self.path} is damaged (test). Restore it from a backup.")

    monkeypatch.setattr(store_db.Database, "_backup_and_check", damaged)
