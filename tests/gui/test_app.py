"""The application entry points: reviewer kept in the settings, help, screenshots, language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTableView

from desktop.app import create_main_window, screenshot
from desktop.gui.actions import action_table
from desktop.gui.dialogs import HelpDialog
from desktop.gui.team_tabs import team_actions


def test_saved_reviewer_is_used_without_a_prompt(qtbot, qapp, db):
    QSettings().setValue("reviewer", "Trần Văn Bình")
    window = create_main_window(db)
    qtbot.addWidget(window)
    assert window.session.reviewer == "Trần Văn Bình"
    window.close()


def test_help_lists_every_action_and_its_keys(window, qtbot):
    dialog = HelpDialog(window.help_actions(), window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableView, "help_table")
    rows = table.model().rowCount()
    assert rows == len(action_table()) + len(team_actions())
    keys = [table.model().index(row, 1).data() for row in range(rows)]
    assert "F2" in keys and any("Ctrl+Z" in k for k in keys)


def test_interface_is_vietnamese_by_default(window):
    assert QCoreApplication.translate("Actions", "Confirm record") == "Xác nhận bản ghi"
    assert window.findChild(object, "action_confirm").text() == "Xác nhận bản ghi"


def test_screenshot_renders_the_window(qapp, db, tmp_path):
    out = tmp_path / "shot.png"
    screenshot(out, db, None)
    image = QImage(str(out))
    assert image.width() >= 1200 and image.height() >= 700
