"""Confirm, reject, confirm-all, undo and redo, driven by keys; checked in the database."""

from __future__ import annotations

from gui_helpers import action, current_indicator, records_of, statuses
from PySide6.QtCore import Qt


def test_opens_on_first_pending_record(window):
    assert window.article.doc == "budget"
    assert current_indicator(window) == "Thu ngân sách nhà nước"
    assert window.findChild(type(window.article_text), "article_text") is window.article_text


def test_enter_and_y_confirm_and_move_on(window, qtbot, check):
    qtbot.keyClick(window.record_table, Qt.Key.Key_Return)
    assert current_indicator(window) == "Khách du lịch"
    qtbot.keyClick(window.article_text, Qt.Key.Key_Y)
    store = check()
    assert statuses(store, "budget") == ["confirmed", "confirmed", "pending"]
    first = records_of(store, "budget")[0]
    assert first.reviewer == "tester" and first.decided_at
    assert current_indicator(window) == "Doanh thu du lịch"


def test_delete_and_n_reject(window, qtbot, check):
    qtbot.keyClick(window.record_table, Qt.Key.Key_Delete)
    qtbot.keyClick(window.record_table, Qt.Key.Key_N)
    assert statuses(check(), "budget") == ["rejected", "rejected", "pending"]


def test_confirm_all_is_one_undo_step(window, qtbot, check):
    qtbot.keyClick(window.record_table, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert statuses(check(), "budget") == ["confirmed"] * 3
    assert not action(window, "action_confirm").isEnabled()
    assert not action(window, "action_confirm_all").isEnabled()
    qtbot.keyClick(window.record_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert statuses(check(), "budget") == ["pending"] * 3
    assert action(window, "action_confirm").isEnabled()


def test_undo_and_redo_across_articles(window, qtbot, check):
    qtbot.keyClick(window.record_table, Qt.Key.Key_Y)
    qtbot.keyClick(window.record_table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.article.doc == "investment"
    qtbot.keyClick(window.record_table, Qt.Key.Key_N)
    assert statuses(check(), "investment") == ["rejected", "pending"]

    qtbot.keyClick(window.record_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.record_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.article.doc == "budget"
    assert current_indicator(window) == "Thu ngân sách nhà nước"
    store = check()
    assert statuses(store, "budget")[0] == "pending"
    assert statuses(store, "investment")[0] == "pending"

    qtbot.keyClick(window.record_table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert statuses(check(), "budget")[0] == "confirmed"
    qtbot.keyClick(window.record_table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.article.doc == "investment"
    store = check()
    assert statuses(store, "investment")[0] == "rejected"
    actions = [e["action"] for e in store.events(records_of(store, "budget")[0].id)]
    assert actions[-3:] == ["confirm", "undo", "redo"]


def test_next_and_previous_record_and_article(window, qtbot):
    assert not action(window, "action_prev_record").isEnabled()
    assert not action(window, "action_prev_article").isEnabled()
    qtbot.keyClick(window.record_table, Qt.Key.Key_J)
    assert current_indicator(window) == "Khách du lịch"
    qtbot.keyClick(window.record_table, Qt.Key.Key_K)
    assert current_indicator(window) == "Thu ngân sách nhà nước"
    qtbot.keyClick(window.record_table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.record_table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.article.doc == "rice"
    assert not action(window, "action_next_article").isEnabled()
    qtbot.keyClick(window.record_table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.article.doc == "investment"


def test_actions_enabled_only_when_they_apply(window, qtbot):
    assert not action(window, "action_undo").isEnabled()
    assert not action(window, "action_redo").isEnabled()
    assert not action(window, "action_add_from_selection").isEnabled()
    qtbot.keyClick(window.record_table, Qt.Key.Key_Y)
    assert action(window, "action_undo").isEnabled()
    qtbot.keyClick(window.record_table, Qt.Key.Key_K)
    assert not action(window, "action_confirm").isEnabled()  # already confirmed
    assert action(window, "action_reject").isEnabled()
    qtbot.keyClick(window.record_table, Qt.Key.Key_F2)
    for name in ("action_confirm", "action_reject", "action_next_record", "action_undo"):
        assert not action(window, name).isEnabled(), name
    qtbot.keyClick(window.record_editor.indicator, Qt.Key.Key_Escape)
    assert action(window, "action_reject").isEnabled()


def test_reopening_shows_every_decision(window, qtbot, db):
    from desktop.app import create_main_window

    qtbot.keyClick(window.record_table, Qt.Key.Key_Y)
    qtbot.keyClick(window.record_table, Qt.Key.Key_N)
    window.close()
    again = create_main_window(db, reviewer="tester")
    qtbot.addWidget(again)
    again.show_article(window.article.id)
    shown = [stored.status for stored in again.records.records]
    assert shown == ["confirmed", "rejected", "pending"]
    assert again.current_row().indicator == "Doanh thu du lịch"
    again.close()
