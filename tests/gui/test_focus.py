"""Where the keyboard is: every key a reviewer presses is sent to the window, as a keyboard would."""

from __future__ import annotations

import pytest
from gui_helpers import action, current_indicator, focused, press, statuses, type_text
from PySide6.QtCore import Qt

from desktop.app import create_main_window
from desktop.store import Store
from tests.gui.conftest import article

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_docs(window) -> list[str]:
    return [window.articles.summary(row).doc for row in range(window.articles.rowCount())]


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_the_record_table_has_the_keys_on_open(window, check):
    assert focused() == "record_table"
    press(window, Qt.Key.Key_Y, text="y")
    assert window.filter_bar.search.text() == ""
    assert statuses(check(), "budget") == ["confirmed", "pending", "pending"]


def test_keys_keep_working_after_a_record_with_comparisons(window, check):
    # The first record has a comparison, the second none: clearing the comparison rows must not take the
    # focus away from the window (a removed row once became a window of its own for a moment).
    press(window, Qt.Key.Key_Y, text="y")
    assert focused() == "record_table"
    press(window, Qt.Key.Key_Y, text="y")
    assert statuses(check(), "budget") == ["confirmed", "confirmed", "pending"]


def test_enter_runs_the_search_and_gives_the_keys_back(window, check):
    press(window, Qt.Key.Key_F, CTRL)
    assert focused() == "search_box"
    type_text(window, "hộ nghèo")
    press(window, Qt.Key.Key_Return)
    assert shown_docs(window) == ["investment"] and window.article.doc == "investment"
    assert focused() == "record_table"
    press(window, Qt.Key.Key_J, text="j")
    press(window, Qt.Key.Key_Y, text="y")
    assert window.filter_bar.search.text() == "hộ nghèo"
    assert statuses(check(), "investment") == ["pending", "confirmed"]


def test_escape_leaves_the_search_box_and_down_goes_to_the_article_list(window, check):
    press(window, Qt.Key.Key_F, CTRL)
    type_text(window, "lúa")
    press(window, Qt.Key.Key_Escape)
    assert focused() == "record_table" and shown_docs(window) == ["rice"]
    press(window, Qt.Key.Key_F, CTRL)
    press(window, Qt.Key.Key_Down)
    assert focused() == "article_list"
    press(window, Qt.Key.Key_Return)
    assert focused() == "record_table"
    press(window, Qt.Key.Key_N, text="n")
    assert statuses(check(), "rice") == ["rejected"]


def test_article_moves_follow_the_list_after_a_filter_change(window):
    bar = window.filter_bar
    choose(bar.locality, "Cẩm Phả")
    assert not action(window, "action_next_article").isEnabled()
    choose(bar.locality, None)
    assert action(window, "action_next_article").isEnabled()
    press(window, Qt.Key.Key_Down, CTRL)
    assert window.article.doc == "investment"


def test_a_search_without_hits_says_so_instead_of_showing_the_last_article(window):
    press(window, Qt.Key.Key_F, CTRL)
    type_text(window, "xyzzy")
    press(window, Qt.Key.Key_Return)
    assert window.article is None and window.records.rowCount() == 0
    assert window.article_text.toPlainText() == "" and "xyzzy" in window.article_text.placeholderText()
    assert not action(window, "action_confirm").isEnabled()
    press(window, Qt.Key.Key_F, CTRL)
    press(window, Qt.Key.Key_Backspace)
    press(window, Qt.Key.Key_Return)
    assert window.article.doc == "budget" and current_indicator(window) == "Thu ngân sách nhà nước"


def test_a_new_database_says_how_to_import(qtbot, qapp, tmp_path):
    path = tmp_path / "new.db"
    window = create_main_window(path, reviewer="tester")
    qtbot.addWidget(window)
    window.show()
    assert window.article is None
    assert "Ctrl+O" in window.article_text.placeholderText()
    assert action(window, "action_import").isEnabled() and not action(window, "action_confirm").isEnabled()
    window.close()
    store = Store(path, readonly=True)
    assert store.progress() == (0, 0)
    store.close()


def test_after_the_last_article_the_queue_is_done(window, check):
    for _ in range(3):
        press(window, Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert window.notice.isVisible()
        press(window, Qt.Key.Key_Down, CTRL)
    assert "Ctrl+E" in window.notice.text() and "Ctrl+Down" not in window.notice.text()
    store = check()
    assert store.progress() == (6, 6)


@pytest.fixture
def dak_lak(db):
    """Two articles that write the province with and without its đ."""
    with Store(db) as store:
        store.add_articles(
            [
                (
                    article(
                        "dak",
                        "Năm 2021, tỉnh Đắk Lắk trồng 120 ha cà phê.",
                        "Đắk Lắk",
                        "Đắk Lắk",
                        "2022-01-01",
                    ),
                    [],
                    "test",
                    False,
                ),
                (
                    article("dak_plain", "Dak Lak co 5 xa dat chuan.", "Dak Lak", "Đắk Lắk", "2022-01-02"),
                    [],
                    "test",
                    False,
                ),
            ]
        )
    return db


@pytest.mark.parametrize("query", ["Dak Lak", "dak", "Đắk Lắk", "ĐẮK"])
def test_d_and_đ_find_each_other_in_a_search(dak_lak, window, query):
    press(window, Qt.Key.Key_F, CTRL)
    type_text(window, query)
    press(window, Qt.Key.Key_Return)
    assert shown_docs(window) == ["dak", "dak_plain"]
