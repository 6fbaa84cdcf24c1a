"""Checks in the review window (issue 13): the warning in the table and above it, opening the record a
check names, the riskiest-first queue, and accept all that pass; driven by keys, checked in the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import action, press, statuses, type_text
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from desktop.gui.record_model import COLUMNS, warning_icon
from desktop.services.checks import check_corpus
from desktop.store import Store
from tests.factories import figure
from tests.gui.conftest import article
from tests.waiting import wait_while

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

FIRST = "Năm 2019, thu ngân sách nhà nước đạt 500 tỷ đồng. Diện tích lúa đạt 300 tỷ đồng."
SECOND = "Năm 2019, thu ngân sách nhà nước đạt 520 tỷ đồng. Khách du lịch đạt 20.000 lượt; có 40 dự án."


@pytest.fixture
def flagged(tmp_path: Path) -> Path:
    """Two articles of Cẩm Phả 2019: budget revenue 500 and 520 tỷ đồng (one fact, two values), rice area in
    money (a unit that does not fit), and two records that pass, one of them doubtful (confidence 0.6)."""
    path = tmp_path / "flagged.db"
    first = [
        figure(
            FIRST,
            "500 tỷ đồng",
            "Thu ngân sách nhà nước",
            "500",
            "tỷ đồng",
            10**9,
            period="2019",
            locality="Cẩm Phả",
            indicator_code="budget_revenue",
        ),
        figure(
            FIRST,
            "300 tỷ đồng",
            "Diện tích lúa",
            "300",
            "tỷ đồng",
            10**9,
            period="2019",
            locality="Cẩm Phả",
            indicator_code="rice_area",
        ),
    ]
    second = [
        figure(
            SECOND,
            "520 tỷ đồng",
            "Thu ngân sách nhà nước",
            "520",
            "tỷ đồng",
            10**9,
            period="2019",
            locality="Cẩm Phả",
            indicator_code="budget_revenue",
        ),
        figure(SECOND, "20.000 lượt", "Khách du lịch", "20000", "lượt", period="2019", locality="Cẩm Phả"),
        figure(
            SECOND,
            "40 dự án",
            "Dự án đầu tư",
            "40",
            "dự án",
            period="2019",
            locality="Cẩm Phả",
            confidence=0.6,
        ),
    ]
    with Store(path) as store:
        store.add_articles(
            [
                (
                    article("first", FIRST, "Cẩm Phả: ngân sách", "Cẩm Phả", "2020-01-10"),
                    first,
                    "test",
                    False,
                ),
                (
                    article("second", SECOND, "Cẩm Phả: tổng kết", "Cẩm Phả", "2020-01-12"),
                    second,
                    "test",
                    False,
                ),
            ]
        )
    check_corpus(path)
    return path


@pytest.fixture
def win(qtbot, qapp, flagged: Path):
    from desktop.app import create_main_window

    window = create_main_window(flagged, reviewer="tester")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    window.close()


def db_statuses(path: Path, doc: str) -> list[str]:
    with Store(path, readonly=True) as store:
        return statuses(store, doc)


def cell(window, column: str, row: int | None = None):
    index = window.record_table.selectionModel().currentIndex()
    return window.records.index(index.row() if row is None else row, COLUMNS.index(column))


def test_a_failing_record_shows_a_warning_with_its_messages(win):
    assert win.article.doc == "first"
    flagged = cell(win, "checks", 0)
    assert flagged.data(Qt.ItemDataRole.DecorationRole).cacheKey() == warning_icon().cacheKey()
    tip = flagged.data(Qt.ItemDataRole.ToolTipRole)
    assert "⚠" in tip and "520 tỷ đồng" in tip  # Vietnamese by default: the other article's value
    assert "bài khác" in tip
    rice = cell(win, "checks", 1)
    assert "không hợp với chỉ tiêu rice_area" in rice.data(Qt.ItemDataRole.ToolTipRole)
    assert win.check_notes.isVisible() and "520 tỷ đồng" in win.check_notes.text()


def test_a_record_that_passes_shows_no_warning(win, qtbot):
    qtbot.keyClick(win.record_table, Qt.Key.Key_Down, CTRL)  # the next article with pending records
    assert win.article.doc == "second"
    win.select_record(win.records.stored(1).id)
    assert cell(win, "checks").data(Qt.ItemDataRole.DecorationRole) is None
    assert "⚠" not in win.check_notes.text()  # its place is kept while the article has a record that fails


def test_the_table_stays_put_between_a_failing_record_and_one_that_passes(win, qtbot):
    qtbot.keyClick(win.record_table, Qt.Key.Key_Down, CTRL)
    assert win.article.doc == "second" and win.check_notes.text()  # its first record fails
    top = win.record_table.mapTo(win, QPoint(0, 0))
    for key, fails in (
        (Qt.Key.Key_J, False),
        (Qt.Key.Key_J, False),
        (Qt.Key.Key_K, False),
        (Qt.Key.Key_K, True),
    ):
        qtbot.keyClick(win.record_table, key)
        QApplication.processEvents()
        assert win.record_table.mapTo(win, QPoint(0, 0)) == top
        assert ("⚠" if fails else "✓") in win.check_notes.text()
        assert (win.check_notes.first_linked() is not None) == fails


def test_after_a_decision_the_strip_shows_the_next_records_findings_in_the_same_place(win, qtbot, flagged):
    strip = win.check_strip
    assert "520 tỷ đồng" in win.check_notes.text()
    top, height = win.record_table.mapTo(win, QPoint(0, 0)), strip.height()
    qtbot.keyClick(win.record_table, Qt.Key.Key_Y)
    QApplication.processEvents()
    assert db_statuses(flagged, "first") == ["confirmed", "pending"]
    assert win.current_row().indicator == "Diện tích lúa"
    assert "rice_area" in win.check_notes.text() and "520 tỷ đồng" not in win.check_notes.text()
    assert win.check_notes.isVisible() and win.check_notes.geometry() == strip.rect()
    assert (strip.height(), win.record_table.mapTo(win, QPoint(0, 0))) == (height, top)
    assert strip.height() >= win.check_notes.heightForWidth(strip.width())  # nothing cut off


def test_a_narrower_strip_grows_to_its_longest_findings(win, qtbot):
    strip = win.check_strip
    width, wide = strip.width(), strip.height()
    sizes = win.splitter.sizes()
    win.splitter.setSizes([sizes[0], sizes[1] + sizes[2] - 200, 200])  # the records pane made narrow
    QApplication.processEvents()
    assert strip.width() < width and strip.height() > wide
    for row in range(win.records.rowCount()):  # both records of the article fit, and the strip stays put
        qtbot.keyClick(win.record_table, Qt.Key.Key_J if row else Qt.Key.Key_K)
        QApplication.processEvents()
        assert strip.height() >= win.check_notes.heightForWidth(strip.width())


def test_ctrl_l_opens_the_record_in_the_other_article(win, qtbot):
    assert action(win, "action_open_checked").isEnabled()
    qtbot.keyClick(win.record_table, Qt.Key.Key_L, CTRL)
    assert win.article.doc == "second"
    assert win.current_row().indicator == "Thu ngân sách nhà nước" and win.current_row().value == "520"
    qtbot.keyClick(win.record_table, Qt.Key.Key_L, CTRL)
    assert win.article.doc == "first" and win.current_row().value == "500"


def test_a_link_in_the_notes_opens_its_record(win):
    other = win.check_notes.first_linked()
    win.check_notes.linkActivated.emit(f"record:{other}")
    assert win.article.doc == "second" and win.current_row().id == other


def test_riskiest_first_goes_across_articles_and_is_remembered(win, qtbot, flagged):
    assert not action(win, "action_riskiest_first").isChecked()
    qtbot.keyClick(win.record_table, Qt.Key.Key_R, CTRL)
    assert action(win, "action_riskiest_first").isChecked()
    assert QSettings().value("review/riskiest_first") == "true"
    with Store(flagged, readonly=True) as store:
        queue = [record_id for record_id, _, _ in store.riskiest(limit=10)]
    assert win.current_row().id == queue[0]
    qtbot.keyClick(win.record_table, Qt.Key.Key_Down, CTRL)
    assert win.current_row().id == queue[1]
    qtbot.keyClick(win.record_table, Qt.Key.Key_Up, CTRL)
    assert win.current_row().id == queue[0]
    qtbot.keyClick(win.record_table, Qt.Key.Key_Return)  # confirm: on to the riskiest still pending
    assert win.current_row().id == queue[1]
    assert win.current_row().status == "pending"


def accept_dialog(win, qtbot) -> QDialog:
    dialog = win.findChild(QDialog, "accept_dialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def back_to(win, qtbot) -> None:
    """The window active again once the dialogs are gone, as the window manager makes it."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


def test_accept_all_that_pass_counts_confirms_and_undoes_as_one_step(win, qtbot, flagged):
    qtbot.keyClick(win.record_table, Qt.Key.Key_Y, CTRL_SHIFT)
    dialog = accept_dialog(win, qtbot)
    assert dialog.article_scope.isChecked()  # the article on screen first: nothing in it passes
    assert dialog.count == 0 and not dialog.accept_button.isEnabled()
    radio = dialog.corpus_scope
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))  # on its circle
    assert dialog.count == 1  # the tourists; the 40 projects are below the 0.68 threshold
    dialog.threshold.setValue(0.5)
    assert dialog.count == 2 and dialog.accept_button.text() == "Chấp nhận 2 bản ghi"
    qtbot.mouseClick(dialog.findChild(QPushButton, "accept_button"), Qt.MouseButton.LeftButton)
    wait_while(qtbot, win.accept_all.busy, win.accept_all.busy_changed)
    back_to(win, qtbot)
    assert db_statuses(flagged, "second") == ["pending", "confirmed", "confirmed"]
    assert db_statuses(flagged, "first") == ["pending", "pending"]
    assert float(QSettings().value("checks/accept_probability")) == 0.5
    qtbot.keyClick(win.record_table, Qt.Key.Key_Z, CTRL)
    assert db_statuses(flagged, "second") == ["pending"] * 3
    qtbot.keyClick(win.record_table, Qt.Key.Key_Z, CTRL_SHIFT)
    assert db_statuses(flagged, "second") == ["pending", "confirmed", "confirmed"]


def test_accept_all_narrows_by_place_and_code(win, qtbot, flagged):
    qtbot.keyClick(win.record_table, Qt.Key.Key_Y, CTRL_SHIFT)
    dialog = accept_dialog(win, qtbot)
    dialog.corpus_scope.setChecked(True)
    dialog.threshold.setValue(0.0)
    assert dialog.count == 2
    dialog.code.setCurrentIndex(dialog.code.findData("tourist_arrivals"))
    assert dialog.count == 0  # the tourists have no code
    dialog.code.setCurrentIndex(0)
    dialog.place.setCurrentIndex(dialog.place.findData("Cẩm Phả"))
    assert dialog.count == 2
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert db_statuses(flagged, "second") == ["pending"] * 3


def test_a_corpus_without_checks_is_checked_when_the_window_opens(qtbot, qapp, flagged):
    from desktop.app import create_main_window

    with Store(flagged) as store:
        store.conn.execute("UPDATE records SET rules = NULL, risk = NULL")
        store.conn.execute("UPDATE record_details SET checks = NULL, conflicts = NULL")
        store.conn.execute("DELETE FROM meta WHERE key = 'checks_version'")
    window = create_main_window(flagged, reviewer="tester")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.records.checks(window.records.stored(0).id) is not None, timeout=20000)
    assert window.current_row().id == 1 and "520 tỷ đồng" in window.check_notes.text()
    with Store(flagged, readonly=True) as store:
        assert store.conn.execute("SELECT COUNT(*) FROM records WHERE risk IS NULL").fetchone()[0] == 0
    window.close()


def test_the_check_on_open_leaves_an_open_editor_alone(win, flagged):
    """A large corpus is checked in a worker; when the check ends the reviewer may be typing a label:
    the editor stays open with what was typed, and the checks show."""
    with Store(flagged) as store:  # the worker's writes, done while the reviewer types
        store.conn.execute("UPDATE records SET rules = NULL, risk = NULL")
        store.conn.execute("UPDATE record_details SET checks = NULL, conflicts = NULL")
    press(win, Qt.Key.Key_F2)
    assert win.record_editor.editing
    type_text(win, " mới")
    check_corpus(flagged, secondary=True)
    win.corpus_check.done.emit()
    assert win.record_editor.editing and "520 tỷ đồng" in win.check_notes.text()
    assert QApplication.focusWidget().text().endswith(" mới")


def test_a_small_corpus_is_checked_at_once_on_open(qtbot, qapp, flagged):
    """No progress dialog for a few records: it would take the keyboard from a reviewer starting to work."""
    from desktop.app import create_main_window

    with Store(flagged) as store:
        store.conn.execute("UPDATE records SET rules = NULL, risk = NULL")
        store.conn.execute("UPDATE record_details SET checks = NULL, conflicts = NULL")
        store.conn.execute("DELETE FROM meta WHERE key = 'checks_version'")
    window = create_main_window(flagged, reviewer="tester")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.records.checks(window.records.stored(0).id) is not None, timeout=5000)
    assert window.corpus_check._runner is None and window.findChild(QDialog, "progress_dialog") is None
    window.close()


def test_no_two_actions_share_a_shortcut(win):
    """Two actions on one key both stay silent (Qt calls it ambiguous): accept all that pass once did so."""
    from PySide6.QtGui import QAction

    owners: dict[str, list[str]] = {}
    for act in win.findChildren(QAction):
        for shortcut in act.shortcuts():
            owners.setdefault(shortcut.toString(), []).append(act.objectName() or act.text())
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}


def test_the_accept_dialog_lists_indicators_in_vietnamese_order(win, qtbot):
    """Sorted by code point, every name starting with Đ came after those starting with Z."""
    qtbot.keyClick(win.record_table, Qt.Key.Key_Y, CTRL_SHIFT)
    combo = accept_dialog(win, qtbot).code
    names = [combo.itemText(i) for i in range(1, combo.count())]
    first = {name[0] for name in names}
    assert "Đ" in first and "G" in first
    assert names.index(next(n for n in names if n.startswith("Đ"))) < names.index(
        next(n for n in names if n.startswith("G"))
    )
