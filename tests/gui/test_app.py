"""The application entry points: reviewer kept in the settings, help, screenshots, language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView

import desktop.app
from desktop.app import create_main_window, main_gui, screenshot
from desktop.core.bundled import resource
from desktop.gui.actions import action_table
from desktop.gui.dialogs import HelpDialog
from desktop.gui.qt_strings import QT_STRINGS
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
    assert rows == len(action_table()) + len(team_actions()) + 1  # and the dataset table's Copy
    keys = [table.model().index(row, 1).data() for row in range(rows)]
    assert "F2" in keys and any("Ctrl+Z" in k for k in keys) and "Ctrl+C" in keys


def test_interface_is_vietnamese_by_default(window):
    assert QCoreApplication.translate("Actions", "Confirm record") == "Xác nhận bản ghi"
    assert window.findChild(object, "action_confirm").text() == "Xác nhận bản ghi"


def test_screenshot_renders_the_window(qapp, db, tmp_path):
    out = tmp_path / "shot.png"
    screenshot(out, db, None)
    image = QImage(str(out))
    assert image.width() >= 1200 and image.height() >= 700


def test_qt_standard_buttons_are_vietnamese(window):
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Chitieu", "?", buttons.Ok | buttons.Cancel | buttons.Close, window
    )
    assert sorted(button.text() for button in box.buttons()) == sorted(["Đồng ý", "Huỷ", "Đóng"])


def test_declining_to_give_a_name_explains_why_in_vietnamese_and_quits(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr("desktop.app.ask_reviewer", lambda parent: None)
    monkeypatch.setattr("desktop.app.choose_database", lambda *a: pytest.fail("a database dialog opened"))
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        seen.append((box.text(), [button.text() for button in box.buttons()]))
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole).click()

    QTimer.singleShot(0, answer)
    assert main_gui(tmp_path / "corpus.db") == 1
    text, buttons = seen[0]
    assert text.startswith("Chitieu ghi lại người đưa ra từng quyết định") and "Thoát" in buttons
    assert not (tmp_path / "corpus.db").exists()


def test_every_qt_text_the_window_shows_is_translated(window):
    untranslated = [
        (context, text) for context, text in QT_STRINGS if QCoreApplication.translate(context, text) == text
    ]
    assert not untranslated


def luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(widget) -> float:
    """Contrast ratio (WCAG) between the darkest and lightest pixels of a widget: text against background."""
    image = widget.grab().toImage()
    values = sorted(
        luminance(image.pixelColor(x, y))
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )
    dark, light = values[len(values) // 100], values[-1 - len(values) // 100]
    return (light + 0.05) / (dark + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize("system", ["light", "dark"])
def test_menus_and_buttons_are_readable_under_any_system_palette(qapp, qtbot, db, system):
    original = (qapp.palette(), qapp.styleSheet())
    try:
        qapp.setPalette(dark_palette() if system == "dark" else QPalette())  # what the desktop hands over
        desktop.app.apply_look(qapp, resource("styles", "app.qss").read_text(encoding="utf-8"))
        window = create_main_window(db, reviewer="tester")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.edit()
        assert contrast(window.menuBar()) > 4.5
        assert contrast(window.record_editor.comparisons.add_button) > 4.5
        window.close()
    finally:
        qapp.setPalette(original[0])
        qapp.setStyleSheet(original[1])
