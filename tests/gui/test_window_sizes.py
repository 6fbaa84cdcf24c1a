"""The window at the smallest size it is made for (1200 x 800): nothing the reviewer needs is cut off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QToolBar

from desktop.gui.actions import toolbar_table
from desktop.gui.main_window import FIRST_SIZE
from desktop.store import Store
from tests.factories import article, budget_records
from tests.gui.gui_helpers import action


def test_every_toolbar_button_shows_at_1200_px(window, qtbot):
    window.resize(1200, 800)
    toolbar = window.findChild(QToolBar, "review_toolbar")
    qtbot.waitUntil(lambda: toolbar.width() <= 1200)
    hidden = [
        name for name, _ in toolbar_table() if not toolbar.widgetForAction(action(window, name)).isVisible()
    ]
    assert not hidden, "in the toolbar's overflow menu"


def test_the_toolbar_is_short_and_the_menus_and_tips_say_it_all(window):
    confirm_all = action(window, "action_confirm_all")
    assert confirm_all.iconText() == "Xác nhận cả bài"
    assert confirm_all.text() == confirm_all.toolTip() == "Xác nhận mọi bản ghi chờ duyệt của bài"


def test_the_conflict_list_shows_every_column_at_1200_px(open_window, budget_conflict, qtbot):
    window = open_window(budget_conflict[0], reviewer="lead")
    window.resize(1200, 800)
    qtbot.keyClick(window.record_table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    table = window.team.conflicts.conflict_table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() == 1)
    assert table.horizontalScrollBar().maximum() == 0, "a column is scrolled out of sight"
    label = table.model().index(0, 2)
    assert (
        label.data(Qt.ItemDataRole.ToolTipRole) == label.data() == "Thu ngân sách nhà nước"
    )  # elided, whole here


def test_the_dataset_shows_long_indicator_names_whole_when_there_is_room(open_window, qtbot, tmp_path):
    path = tmp_path / "long.db"
    long_name = "Giá trị sản xuất nông, lâm nghiệp và thủy sản theo giá so sánh năm 2010 của toàn tỉnh"
    with Store(path) as store:
        store.add_articles(
            [(article("a"), [budget_records()[0].with_changes(indicator=long_name)], "v1", False)]
        )
        store.decide(1, "confirmed", "an")
    window = open_window(path)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    qtbot.keyClick(window.record_table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    table = window.team.dataset.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.horizontalHeader().sectionSize(0) >= table.sizeHintForColumn(0), "the name is cut"


def test_the_help_fits_its_screen(open_window, db, on_the_laptop, qtbot):
    """820 px tall, it ran past the bottom of a 768 px screen, its Close button with it."""
    window = open_window(db)
    seen = {}

    def read() -> None:  # the help is modal: read it while F1 has it open
        dialog = window.findChild(QDialog, "help_dialog")
        seen["height"] = dialog.height()
        seen["room"] = dialog.screen().availableGeometry().height()
        dialog.reject()

    QTimer.singleShot(0, read)
    qtbot.keyClick(window.record_table, Qt.Key.Key_F1)
    assert seen["height"] < seen["room"]


@pytest.fixture
def on_the_laptop() -> Iterator[QScreen]:
    """The mouse pointer on the 1366 x 768 screen (see tests/conftest.py), as when Chitieu starts there."""
    laptop = next(s for s in QGuiApplication.screens() if s.name() == "laptop")
    before = QCursor.pos()
    QCursor.setPos(laptop.geometry().center())
    yield laptop
    QCursor.setPos(before)


def test_a_first_start_on_a_laptop_fits_its_screen(open_window, db, on_the_laptop):
    """1440 x 860 whatever the screen: on a 1366 x 768 laptop the status bar and the last columns
    were off-screen."""
    window = open_window(db)
    assert window.screen() is on_the_laptop
    assert on_the_laptop.availableGeometry().contains(window.frameGeometry())
    assert window.width() > 1200  # as wide as the laptop allows, not a small window


def test_a_first_start_on_a_big_screen_opens_at_the_size_the_window_is_made_for(window):
    assert (window.width(), window.height()) == FIRST_SIZE
    assert window.screen().availableGeometry().contains(window.frameGeometry())


def test_a_window_saved_on_a_monitor_that_is_gone_opens_on_the_screen_there_is(
    open_window, db, on_the_laptop
):
    """Qt refuses a geometry saved on a monitor that is no longer there: the window opened at a few
    hundred pixels."""
    window = open_window(db)
    window.setGeometry(QRect(on_the_laptop.geometry().topLeft() + QPoint(2000, 100), QSize(1800, 1000)))
    window.close()  # saves the geometry: on no screen at all now
    again = open_window(db)
    assert on_the_laptop.availableGeometry().contains(again.frameGeometry())
    assert again.width() > 1200


def test_a_window_saved_where_it_still_fits_opens_there(open_window, db):
    window = open_window(db)
    window.setGeometry(QRect(QPoint(200, 150), QSize(1300, 780)))
    window.close()
    again = open_window(db)
    assert again.geometry() == QRect(QPoint(200, 150), QSize(1300, 780))


def test_a_maximized_window_opens_maximized(open_window, db, qtbot):
    window = open_window(db)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    assert open_window(db).isMaximized()


def test_a_first_start_on_a_laptop_leaves_the_records_room(open_window, db, on_the_laptop, qtbot):
    """The editor keeps its height and the history took 110 px: on a 768 px screen two records showed."""
    window = open_window(db)
    table = window.record_table
    qtbot.waitUntil(lambda: table.model().rowCount() == 3)
    assert table.viewport().height() >= 4 * table.rowHeight(0)


def test_the_history_is_kept_where_there_is_room(window):
    assert window.history_view.height() >= 100
