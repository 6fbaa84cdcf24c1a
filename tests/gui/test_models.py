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
