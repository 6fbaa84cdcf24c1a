"""The year of an article that names none, set from the window as a reviewer does: Alt+Y, a year, Enter.

The corpus is tests/test_assumed_year.py's: two dated articles, whose year 2017 the import gives to an
undated one with three figures (2017, 2016 for "năm trước", 2017); the first of them asks the question.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import action
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QTableView

from desktop.store import Store
from tests.test_assumed_year import batch_with_a_guess, periods, stored

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def guessed(tmp_path: Path) -> Path:
    return batch_with_a_guess(tmp_path)


@pytest.fixture
def win(open_window, guessed: Path, qtbot):
    """The window on the undated article, chosen in the article list."""
    window = open_window(guessed)
    with Store(guessed, readonly=True) as store:
        u = store.conn.execute("SELECT id FROM articles WHERE doc = 'u'").fetchone()[0]
    window.article_list.setCurrentIndex(window.articles.index(window.articles.row_of(u)))
    assert window.article.doc == "u"
    window.record_table.setFocus()
    return window


def shown_dialog(win, qtbot, name: str) -> QDialog:
    """The dialog open now (one closed before may wait for its deletion)."""
    [dialog] = [d for d in win.findChildren(QDialog, name) if d.isVisible()]
    qtbot.waitExposed(dialog)
    return dialog


def year_dialog(win, qtbot) -> QDialog:
    qtbot.keyClick(win.record_table, Qt.Key.Key_Y, ALT)
    return shown_dialog(win, qtbot, "year_dialog")


def back_to(win, qtbot) -> None:
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


def rules(db: Path) -> list[list[str]]:
    return [found for _, _, _, found in stored(db, "u")]


def whole_records(db: Path) -> list[dict]:
    with Store(db, readonly=True) as store:
        return [dict(row) for row in store.conn.execute("SELECT * FROM records ORDER BY id")]


def test_setting_the_year_moves_its_records_and_undo_puts_all_back(win, qtbot, guessed):
    before = whole_records(guessed)
    dialog = year_dialog(win, qtbot)
    assert dialog.year_box.value() == 2017
    assert (
        "năm 2017, năm của phần lớn các bài được nhập cùng" in dialog.findChild(QLabel, "year_explain").text()
    )
    qtbot.keyClicks(dialog.year_box, "2019")  # over the selected guess
    assert "3 bản ghi" in dialog.effect.text() and dialog.ok_button.text() == "Đặt năm 2019"
    qtbot.keyClick(dialog.year_box, Qt.Key.Key_Return)
    back_to(win, qtbot)
    assert periods(guessed, "u") == ["2019", "2018", "2019"]
    assert rules(guessed) == [[], [], []]  # the question is answered
    with Store(guessed, readonly=True) as store:
        events = store.conn.execute(
            "SELECT reviewer, record_id FROM events WHERE action = 'set_year' ORDER BY id"
        ).fetchall()
        assert [reviewer for reviewer, _ in events] == ["tester"] * 4
        assert events[0][1] is None  # the article's event, then each record's
        assert [r.status for r in store.records(win.article.id)] == ["pending"] * 3
    assert [r.period for r in win.records.records] == ["2019", "2018", "2019"]  # shown as stored
    assert "2019" in win.reading_warnings.text()
    qtbot.keyClick(win.record_table, Qt.Key.Key_Z, CTRL)
    assert whole_records(guessed) == before
    assert rules(guessed) == [["period_assumed"], [], []]
    assert [r.period for r in win.records.records] == ["2017", "2016", "2017"]
    qtbot.keyClick(win.record_table, Qt.Key.Key_Z, CTRL_SHIFT)
    assert periods(guessed, "u") == ["2019", "2018", "2019"] and rules(guessed) == [[], [], []]


def test_confirming_the_guess_answers_without_changing_a_record(win, qtbot, guessed):
    dialog = year_dialog(win, qtbot)
    assert dialog.ok_button.text() == "Xác nhận năm 2017"
    qtbot.keyClick(dialog.year_box, Qt.Key.Key_Return)
    back_to(win, qtbot)
    assert periods(guessed, "u") == ["2017", "2016", "2017"] and rules(guessed) == [[], [], []]
    assert "năm" not in win.check_notes.text()  # the question no longer shows on the first record


def test_the_question_names_the_key_that_answers_it(win):
    assert "Hoặc đặt năm của bài: Năm của bài… (Alt+Y)." in win.check_notes.text()


def test_accept_all_says_what_it_holds_back_and_how_to_release_it(win, qtbot, guessed):
    qtbot.keyClick(win.record_table, Qt.Key.Key_Y, CTRL_SHIFT)
    dialog = shown_dialog(win, qtbot, "accept_dialog")
    dialog.threshold.setValue(0.0)
    assert dialog.held_label.isVisible()
    assert (dialog.held_articles, dialog.held_records) == (1, 2)
    text = dialog.held_label.text()
    assert text.startswith("Năm của bài này") and "lẽ ra đạt: 2" in text and "Năm của bài… (Alt+Y)" in text
    radio = dialog.corpus_scope
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    assert dialog.held_articles == 1 and dialog.held_label.text().startswith("1 bài viết")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    back_to(win, qtbot)
    qtbot.keyClick(year_dialog(win, qtbot).year_box, Qt.Key.Key_Return)  # confirm 2017
    back_to(win, qtbot)
    qtbot.keyClick(win.record_table, Qt.Key.Key_Y, CTRL_SHIFT)
    dialog = shown_dialog(win, qtbot, "accept_dialog")
    assert dialog.held_articles == 0 and not dialog.held_label.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_an_article_with_its_own_year_offers_no_year_to_set(win, qtbot):
    with Store(win.store.path, readonly=True) as store:
        d1 = store.conn.execute("SELECT id FROM articles WHERE doc = 'd1'").fetchone()[0]
    win.article_list.setCurrentIndex(win.articles.index(win.articles.row_of(d1)))
    win.record_table.setFocus()
    assert not action(win, "action_article_year").isEnabled()
    qtbot.keyClick(win.record_table, Qt.Key.Key_Y, ALT)
    assert win.findChild(QDialog, "year_dialog") is None
    win.article_year.open(win.article)  # asked anyway (a stale window): a message, no dialog
    assert "không có năm nào cần đặt" in win.statusBar().currentMessage()
    win.article_year.open(None)
    assert win.statusBar().currentMessage() == "Hãy chọn một bài viết trước."


def test_a_year_set_meanwhile_elsewhere_is_told_not_overwritten(win, qtbot, guessed):
    dialog = year_dialog(win, qtbot)
    with Store(guessed) as other:
        other.set_article_year(win.article.id, 2015, "binh")
    qtbot.keyClicks(dialog.year_box, "2019")
    qtbot.keyClick(dialog.year_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "problem_message") is not None)
    box = win.findChild(QMessageBox, "problem_message")
    assert "đã được đổi ở nơi khác" in box.informativeText() and "2015" in box.informativeText()
    box.close()
    assert periods(guessed, "u") == ["2015", "2014", "2015"]
    assert [r.period for r in win.records.records] == ["2015", "2014", "2015"]  # shown as it now is


def test_the_help_lists_the_key(win, qtbot, monkeypatch):
    from desktop.gui import dialogs

    shown = {}
    monkeypatch.setattr(dialogs.HelpDialog, "exec", lambda self: shown.setdefault("dialog", self))
    qtbot.keyClick(win.record_table, Qt.Key.Key_F1)
    keys = shown["dialog"].findChild(QTableView, "help_table").model()
    listed = {keys.index(row, 0).data(): keys.index(row, 1).data() for row in range(keys.rowCount())}
    assert listed["Năm của bài…"] == "Alt+Y"


def year_choices(win) -> list[str]:
    combo = win.filter_bar.year
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_year_filter_lists_the_year_set_and_forgets_it_on_undo(win, qtbot):
    assert year_choices(win)[1:] == ["2017"]
    dialog = year_dialog(win, qtbot)
    qtbot.keyClicks(dialog.year_box, "2019")
    qtbot.keyClick(dialog.year_box, Qt.Key.Key_Return)
    back_to(win, qtbot)
    assert year_choices(win)[1:] == ["2017", "2019"]
    win.filter_bar.year.setCurrentIndex(win.filter_bar.year.findData(2019))
    assert win.articles.rowCount() == 1  # the article alone, under its new year
    assert win.articles.row_of(win.article.id) is not None
    qtbot.keyClick(win.record_table, Qt.Key.Key_Z, CTRL)
    assert year_choices(win)[1:] == ["2017"]
    assert win.filter_bar.year.currentData() is None  # no article is from 2019 any more: all years
    assert win.articles.row_of(win.article.id) is not None
