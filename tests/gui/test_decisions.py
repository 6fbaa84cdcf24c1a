"""Confirm, reject, confirm-all, undo and redo, driven by keys; checked in the database."""

from __future__ import annotations

from gui_helpers import action, current_indicator, press, records_of, statuses
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.gui.record_model import COLUMNS
from desktop.store import Store
from tests.gui.conftest import article

TRANSACTION = ("BEGIN IMMEDIATE", "COMMIT")


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
    qtbot.keyClick(
        window.record_table,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
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

    qtbot.keyClick(
        window.record_table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert statuses(check(), "budget")[0] == "confirmed"
    qtbot.keyClick(
        window.record_table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
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


def sent(window, act) -> list[str]:
    """The statements the window's connection sends while ``act`` runs and its events are processed
    (SQLite traces a trigger's statements as the statement that fired them again: repeats are dropped)."""
    traced: list[str] = []
    window.store.conn.set_trace_callback(traced.append)
    act()
    QApplication.processEvents()
    window.store.conn.set_trace_callback(None)
    return [s for i, s in enumerate(traced) if s not in TRANSACTION and (i == 0 or s != traced[i - 1])]


def test_a_confirm_reads_nothing_back_and_shows_the_next_records_history(window, check):
    """The decision's five statements (read, decide, the row as it now is, log, recount), and nothing else:
    the history comes from the article's, read once."""
    before = sent(window, lambda: press(window, Qt.Key.Key_Y, text="y"))
    assert [s.split()[0] for s in before] == ["SELECT", "UPDATE", "SELECT", "INSERT", "UPDATE"]
    assert current_indicator(window) == "Khách du lịch"
    assert window.history.rowCount() == 1  # the machine's proposal
    assert sent(window, lambda: press(window, Qt.Key.Key_K, text="k")) == []
    assert [window.history.index(row, 2).data() for row in range(window.history.rowCount())] == [
        "máy đề xuất",
        "xác nhận",
    ]
    assert [e["action"] for e in check().events(window.current_row().id)] == ["confirm"]


def test_a_confirm_repaints_the_state_cell_alone(window):
    changed: list[tuple[int, int, int, int]] = []
    window.records.dataChanged.connect(
        lambda top, bottom, _roles=(): changed.append(
            (top.row(), top.column(), bottom.row(), bottom.column())
        )
    )
    press(window, Qt.Key.Key_Y, text="y")
    state = COLUMNS.index("state")
    assert changed == [(0, state, 0, state)]


def test_j_down_a_long_article_keeps_the_current_record_and_its_figure_in_view(tmp_path, open_window, qtbot):
    """The table turns pages and the text is centred only near an edge; the record is always seen."""
    line = "Doanh thu ước đạt 20.268 tỷ đồng.\n"
    store = Store(tmp_path / "long.db")
    store.add_articles([(article("long", line * 60, "Dài", "Cẩm Phả", "2020-01-01"), [], "test", False)])
    offset = line.index("20.268")
    with store.transaction() as conn:
        conn.executemany(
            """INSERT INTO records (article_id, indicator, value, unit, base_value, base_unit, start,
                                                "end", created_at)
                            VALUES (1, 'Doanh thu', '20268', 'tỷ đồng', '20268000000000', 'đồng', ?, ?, 'now')""",
            [(n * len(line) + offset, n * len(line) + offset + 16) for n in range(60)],
        )
        conn.execute("UPDATE articles SET n_records = 60, n_pending = 60")
    store.close()
    window = open_window(tmp_path / "long.db")
    table, text = window.record_table, window.article_text
    scrolled = 0
    for row in range(1, 60):
        value = table.verticalScrollBar().value()
        qtbot.keyClick(table, Qt.Key.Key_J)
        assert table.currentIndex().row() == row
        scrolled += table.verticalScrollBar().value() != value
        rect = table.visualRect(table.currentIndex())
        assert rect.top() >= 0 and rect.bottom() < table.viewport().height()
        assert text.viewport().rect().contains(text.cursorRect())
    assert 0 < scrolled < 59 / 2  # by pages, not a row at a time
