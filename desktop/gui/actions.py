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


def action_table() -> list[tuple[str, str, Keys]]:
    """(object name, text, default keys) of every action, in the order the help lists them."""
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return [
        ("action_confirm", QCoreApplication.translate("Actions", "Confirm record"), ("Return", "Enter", "Y")),
        ("action_reject", QCoreApplication.translate("Actions", "Reject record"), ("Delete", "N")),
        ("action_edit", QCoreApplication.translate("Actions", "Edit record"), ("F2",)),
        (
            "action_add_from_selection",
            QCoreApplication.translate("Actions", "Add record from selected text"),
            ("Ctrl+N",),
        ),
        ("action_next_record", QCoreApplication.translate("Actions", "Next record"), ("J",)),
        ("action_prev_record", QCoreApplication.translate("Actions", "Previous record"), ("K",)),
        (
            "action_next_article",
            QCoreApplication.translate("Actions", "Next article with pending records"),
            ("Ctrl+Down",),
        ),
        (
            "action_prev_article",
            QCoreApplication.translate("Actions", "Previous article with pending records"),
            ("Ctrl+Up",),
        ),
        (
            "action_confirm_all",
            QCoreApplication.translate("Actions", "Confirm all pending records of this article"),
            (QKeySequence(ctrl_shift | Qt.Key.Key_Return), QKeySequence(ctrl_shift | Qt.Key.Key_Enter)),
        ),
        (
            "action_article_year",
            QCoreApplication.translate("Actions", "Set the article's year…"),
            ("Alt+Y",),
        ),
        (
            "action_extend_next",
            QCoreApplication.translate("Actions", "Select the next record too"),
            ("Shift+J",),
        ),
        (
            "action_extend_prev",
            QCoreApplication.translate("Actions", "Select the previous record too"),
            ("Shift+K",),
        ),
        (
            "action_kind_actual",
            QCoreApplication.translate("Actions", "Kind: actual (selected records)"),
            ("A",),
        ),
        (
            "action_kind_estimate",
            QCoreApplication.translate("Actions", "Kind: estimate (selected records)"),
            ("E",),
        ),
        (
            "action_kind_target",
            QCoreApplication.translate("Actions", "Kind: target (selected records)"),
            ("T",),
        ),
        (
            "action_attach_comparison",
            QCoreApplication.translate("Actions", "Attach as a comparison of the figure before"),
            ("C",),
        ),
        ("action_field_indicator", QCoreApplication.translate("Actions", "Edit the label"), ("Alt+L",)),
        ("action_field_value", QCoreApplication.translate("Actions", "Edit the value"), ("Alt+V",)),
        ("action_field_unit", QCoreApplication.translate("Actions", "Edit the unit"), ("Alt+U",)),
        ("action_field_qualifier", QCoreApplication.translate("Actions", "Edit the qualifier"), ("Alt+Q",)),
        (
            "action_field_kind",
            QCoreApplication.translate("Actions", "Edit the kind (of every selected record)"),
            ("Alt+K",),
        ),
        (
            "action_field_period",
            QCoreApplication.translate("Actions", "Edit the period (of every selected record)"),
            ("Alt+P",),
        ),
        (
            "action_field_locality",
            QCoreApplication.translate("Actions", "Edit the place (of every selected record)"),
            ("Alt+A",),
        ),
        (
            "action_field_comparisons",
            QCoreApplication.translate(
                "Actions", "Edit the comparisons (the last one, or a new one if none)"
            ),
            ("Alt+C",),
        ),
        (
            "action_add_comparison",
            QCoreApplication.translate("Actions", "Add a comparison"),
            ("Alt+Shift+C",),
        ),
        (
            "action_accept_passing",
            QCoreApplication.translate("Actions", "Accept all that pass…"),
            ("Ctrl+Shift+Y",),
        ),
        (
            "action_riskiest_first",
            QCoreApplication.translate("Actions", "Riskiest first across the corpus"),
            ("Ctrl+R",),
        ),
        (
            "action_open_checked",
            QCoreApplication.translate("Actions", "Open the record a failed check names"),
            ("Ctrl+L",),
        ),
        ("action_undo", QCoreApplication.translate("Actions", "Undo"), ("Ctrl+Z",)),
        ("action_redo", QCoreApplication.translate("Actions", "Redo"), ("Ctrl+Shift+Z", "Ctrl+Y")),
        ("action_find", QCoreApplication.translate("Actions", "Find in corpus"), ("Ctrl+F",)),
        ("action_import", QCoreApplication.translate("Actions", "Import files…"), ("Ctrl+O",)),
        (
            "action_import_folder",
            QCoreApplication.translate("Actions", "Import a folder…"),
            ("Ctrl+Shift+O",),
        ),
        ("action_export", QCoreApplication.translate("Actions", "Export dataset…"), ("Ctrl+E",)),
        ("action_open_database", QCoreApplication.translate("Actions", "Open database…"), ()),
        ("action_help", QCoreApplication.translate("Actions", "Keyboard help"), ("F1",)),
        ("action_quit", QCoreApplication.translate("Actions", "Quit"), ("Ctrl+Q",)),
    ]


def toolbar_table() -> list[tuple[str, str]]:
    """(object name, short text) of the toolbar's actions, in its order.

    The full texts did not fit a 1200 px window in Vietnamese: the last
    buttons went into an overflow menu.  The toolbar shows these short texts;
    the menus and the help keep the full ones, the tooltip too.
    """
    return [
        ("action_confirm", QCoreApplication.translate("Toolbar", "Confirm")),
        ("action_reject", QCoreApplication.translate("Toolbar", "Reject")),
        ("action_edit", QCoreApplication.translate("Toolbar", "Edit")),
        ("action_add_from_selection", QCoreApplication.translate("Toolbar", "Add from selection")),
        ("action_confirm_all", QCoreApplication.translate("Toolbar", "Confirm the article")),
        ("action_undo", QCoreApplication.translate("Toolbar", "Undo")),
        ("action_redo", QCoreApplication.translate("Toolbar", "Redo")),
        ("action_help", QCoreApplication.translate("Toolbar", "Keys")),
    ]


def action_hint(name: str) -> str:
    """An action as another text names it: its text and first key, ``Set the article's year… (Alt+Y)``."""
    for found, text, keys in action_table():
        if found == name:
            key = key_sequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
            return f"{text} ({key})" if key else text
    raise KeyError(name)


def key_sequence(key: QKeySequence | QKeySequence.StandardKey | str) -> QKeySequence:
    """``key`` as a key sequence; a name is read as Qt's portable (English) name.

    ``QKeySequence("Enter")`` reads translated names first: with the Vietnamese key names (see
    :mod:`desktop.gui.qt_strings`), where Return is written "Enter", it would have been Return,
    and the keypad's Enter would have confirmed nothing.
    """
    if isinstance(key, str):
        return QKeySequence(key, QKeySequence.SequenceFormat.PortableText)
    return QKeySequence(key)


def create_actions(window: QWidget, handlers: dict[str, Callable[[], object]]) -> dict[str, QAction]:
    """Create every action on ``window`` (so its keys work wherever the focus is) and connect its handler."""
    actions = {}
    for name, text, keys in action_table():
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcuts([key_sequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(handlers[name])
        window.addAction(action)
        actions[name] = action
    return actions
