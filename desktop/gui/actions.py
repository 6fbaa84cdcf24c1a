"""The window's actions: object names, texts and default keys (the automation contract of issue 3).

Defined in one table so that the menus, the toolbar, the help dialog and
the tests all see the same actions and keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Keys = tuple[QKeySequence | QKeySequence.StandardKey | str, ...]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def action_table() -> list[tuple[str, str, Keys]]:
    """(object name, text, default keys) of every action, in the order the help lists them."""
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return [
        ("action_confirm", _tr("Confirm record"), ("Return", "Enter", "Y")),
        ("action_reject", _tr("Reject record"), ("Delete", "N")),
        ("action_edit", _tr("Edit record"), ("F2",)),
        ("action_add_from_selection", _tr("Add record from selected text"), ("Ctrl+N",)),
        ("action_next_record", _tr("Next record"), ("J",)),
        ("action_prev_record", _tr("Previous record"), ("K",)),
        ("action_next_article", _tr("Next article with pending records"), ("Ctrl+Down",)),
        ("action_prev_article", _tr("Previous article with pending records"), ("Ctrl+Up",)),
        ("action_confirm_all", _tr("Confirm all pending records of this article"),
         (QKeySequence(ctrl_shift | Qt.Key.Key_Return), QKeySequence(ctrl_shift | Qt.Key.Key_Enter))),
        ("action_undo", _tr("Undo"), ("Ctrl+Z",)),
        ("action_redo", _tr("Redo"), ("Ctrl+Shift+Z", "Ctrl+Y")),
        ("action_find", _tr("Find in corpus"), ("Ctrl+F",)),
        ("action_import", _tr("Import files…"), ("Ctrl+O",)),
        ("action_import_folder", _tr("Import a folder…"), ("Ctrl+Shift+O",)),
        ("action_export", _tr("Export dataset…"), ("Ctrl+E",)),
        ("action_open_database", _tr("Open database…"), ()),
        ("action_help", _tr("Keyboard help"), ("F1",)),
        ("action_quit", _tr("Quit"), ("Ctrl+Q",)),
    ]


def create_actions(window: QWidget, handlers: dict[str, Callable[[], object]]) -> dict[str, QAction]:
    """Create every action on ``window`` (so its keys work wherever the focus is) and connect its handler."""
    actions = {}
    for name, text, keys in action_table():
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(handlers[name])
        window.addAction(action)
        actions[name] = action
    return actions
