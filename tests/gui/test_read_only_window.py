"""A window on a database it cannot write: it says so where the reviewer looks, and offers no writes.

The store is read-only when opened so (a read-only file or folder) or when
the check beside the window finds damage; the window then showed a path too
long for the status bar, and every decision key still answered with a
refusal after the fact.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.gui.main_window import WRITE_ACTIONS
from desktop.store import Store
from desktop.store import db as store_db
from tests.gui.gui_helpers import action, damage_found_later, statuses, wait_for_damage

LONG_FOLDER = "a long folder name for the reviewers' shared projects/tỉnh Quảng Ninh/báo cáo kinh tế xã hội"


@pytest.fixture
def far_db(db: Path, tmp_path: Path) -> Path:
    """The test corpus at a path longer than a 1200 px status bar."""
    folder = tmp_path / LONG_FOLDER
    folder.mkdir(parents=True)
    return Path(shutil.copy(db, folder / "corpus_with_a_long_name.db"))


def state_is_readable(window) -> None:
    label = window.database_label
    text = label.text()
    assert text.endswith(f"({label.state()})"), text
    assert label.fontMetrics().horizontalAdvance(text) <= label.contentsRect().width(), "the note is cut off"
    assert label.geometry().right() <= window.statusBar().width()
    assert str(window.store.path) in label.toolTip()


def test_damage_found_beside_the_window_is_read_in_a_1200_px_status_bar(
    open_window, far_db, damaged_later, qtbot
):
    window = open_window(far_db)
    window.resize(1200, 800)
    wait_for_damage(qtbot, window)
    assert window.store.readonly
    assert window.database_label.state()
    qtbot.waitUntil(lambda: window.statusBar().width() <= 1200)
    state_is_readable(window)


def test_a_file_opened_read_only_says_why_at_1200_px(open_window, far_db, monkeypatch, qtbot):
    monkeypatch.setattr(store_db, "writable_problem", lambda path: "the file is read-only")
    window = open_window(far_db)
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: window.statusBar().width() <= 1200)
    state_is_readable(window)


def test_decision_keys_are_disabled_and_say_why_once_the_file_turns_read_only(
    open_window, db, damaged_later, qtbot, check
):
    window = open_window(db)
    wait_for_damage(qtbot, window).close()
    for name in WRITE_ACTIONS:
        shown = action(window, name)
        assert not shown.isEnabled(), name
        assert window.database_label.state() in shown.toolTip(), name
        assert window.database_label.state() in shown.statusTip(), name
    for key in (Qt.Key.Key_Y, Qt.Key.Key_N, Qt.Key.Key_F2, Qt.Key.Key_A):
        qtbot.keyClick(window.record_table, key)
    qtbot.keyClick(
        window.record_table,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.findChild(QMessageBox, "problem_message") is None, "a key was offered, then refused"
    assert not window.record_editor.editing
    assert set(statuses(check(), "budget")) == {"pending"}
    assert "F2" not in window.record_editor.title.text()  # it offered F2 while F2 did nothing
    assert action(window, "action_next_record").isEnabled()  # reading goes on
    assert action(window, "action_export").isEnabled()


def test_a_writable_window_offers_its_decisions_with_plain_tips(window):
    confirm = action(window, "action_confirm")
    assert confirm.isEnabled()
    assert confirm.statusTip() == ""
    assert confirm.toolTip() == confirm.text()
    assert not window.database_label.state()
    assert window.database_label.toolTip() == str(window.store.path)
    assert window.database_label.text() == str(window.store.path)  # room enough: the path whole


def test_adjudication_is_not_offered_once_the_merged_file_turns_read_only(
    open_window, budget_conflict, monkeypatch, qtbot
):
    path, budget = budget_conflict
    damage_found_later(monkeypatch)
    window = open_window(path, reviewer="lead")
    # The damage is found first, as on a loaded machine: its message, modal, would otherwise take the
    # Ctrl+3 meant for the window whenever the check beside it finished before the key (CI, load 10).
    wait_for_damage(qtbot, window).close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.record_table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.team.conflicts
    qtbot.waitUntil(lambda: view.conflicts.ids == [budget], timeout=20000)
    assert not any(button.isEnabled() for button in view.choice_buttons)
    assert not view.correct.isEnabled() and window.database_label.state() in view.correct.toolTip()
    view.conflict_table.setFocus()
    qtbot.keyClick(view.conflict_table, Qt.Key.Key_1)  # an's version, were it offered
    assert window.findChild(QMessageBox, "problem_message") is None
    with Store(path, readonly=True) as store:
        assert store.record(budget).status == "pending"
