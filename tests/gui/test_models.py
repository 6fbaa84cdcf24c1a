"""Qt's model tester on the window's item models, watching them through the changes a reviewer makes.

``qtmodeltester.check`` checks the model once and then stays attached: every
row inserted, removed, changed or reset afterwards is checked too, and a
broken invariant is a Qt warning, which fails the test (``qt_log_level_fail``).
"""

from __future__ import annotations

from gui_helpers import action
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop.gui.dialogs import HelpDialog


def test_the_record_table_model(window, qtbot, qtmodeltester):
    qtmodeltester.check(window.records)
    qtbot.keyClick(window.record_table, Qt.Key.Key_Y)  # a decision replaces one row
    qtbot.keyClick(window.record_table, Qt.Key.Key_F2)  # a correction that moves the record in the text
    window.record_editor.start.setValue(window.record_editor.start.value() + 1)
    qtbot.keyClick(window.record_editor.indicator, Qt.Key.Key_Return)
    text = window.article_text.stored_text()  # a record added, then undone: a row inserted and removed
    start = text.index("250 doanh nghiệp")
    window.article_text.select_range(start, start + len("250 doanh nghiệp"))
    action(window, "action_add_from_selection").trigger()
    window.record_editor.indicator.setText("Doanh nghiệp thành lập mới")
    qtbot.keyClick(window.record_editor.indicator, Qt.Key.Key_Return)
    assert len(window.records.records) == 4
    qtbot.keyClick(window.record_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.records.records) == 3
    qtbot.keyClick(window.record_table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # a reset


def test_the_article_list_model(window, qtbot, qtmodeltester):
    qtmodeltester.check(window.articles)
    qtbot.keyClick(window.record_table, Qt.Key.Key_Y)  # the article's counters change
    window.filter_bar.state.setCurrentIndex(window.filter_bar.state.findData("todo"))
    window.filter_bar.state.setCurrentIndex(0)


def test_the_help_table_model(window, qtbot, qtmodeltester):
    dialog = HelpDialog(window.help_actions(), window)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.findChild(QTableView, "help_table").model())


def test_the_article_list_finds_pending_articles_as_a_scan_would(window):
    """The next and previous article with pending records, from every row, before and after counters
    change (an article decided, one opened again)."""
    model = window.articles

    def scanned(start: int, step: int) -> int | None:
        row = start + step
        while 0 <= row < model.rowCount():
            if model.summary(row).n_pending:
                return row
            row += step
        return None

    def agree() -> None:
        for start in range(-1, model.rowCount() + 1):
            for step in (1, -1):
                assert model.pending_row(start, step) == scanned(start, step), (start, step)

    assert model.rowCount() >= 3
    agree()
    first, last = model.summary(0), model.summary(model.rowCount() - 1)
    model.set_counts(first.id, first.n_records, 0)
    agree()
    model.set_counts(last.id, last.n_records + 1, last.n_pending + 1)
    agree()
    model.set_counts(first.id, first.n_records, 2)
    agree()
