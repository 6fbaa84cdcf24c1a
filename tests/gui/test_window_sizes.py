"""The window at the smallest size it is made for (1200 x 800): nothing the reviewer needs is cut off."""

from __future__ import annotations

from PySide6.QtWidgets import QToolBar

from desktop.gui.actions import toolbar_table
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
