"""Filters and search over the article list; import and export through their dialogs and worker thread."""

from __future__ import annotations

import json

import pytest
from gui_helpers import action
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from desktop.gui.dialogs import ExportDialog
from tests.factories import SEEDS
from tests.waiting import wait_for_transfer


def shown_docs(window) -> list[str]:
    model = window.articles
    return [model.summary(row).doc for row in range(model.rowCount())]


def selected_doc(window) -> str | None:
    index = window.article_list.selectionModel().currentIndex()
    selected = window.article_list.selectionModel().isSelected(index)
    return window.articles.summary(index.row()).doc if index.isValid() and selected else None


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_state_locality_and_year_filters(window, qtbot):
    bar = window.filter_bar
    qtbot.keyClick(
        window.record_table,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    choose(bar.state, "done")
    assert shown_docs(window) == ["budget"]
    assert selected_doc(window) == "budget"  # the current article stays selected
    choose(bar.state, "todo")
    assert shown_docs(window) == ["investment", "rice"]
    assert selected_doc(window) == "investment" == window.article.doc  # the first listed article comes up
    choose(bar.state, None)
    choose(bar.locality, "Cần Thơ")
    assert shown_docs(window) == ["investment"]
    choose(bar.locality, None)
    choose(bar.year, 2021)
    assert shown_docs(window) == ["rice"]


def test_ctrl_f_searches_the_corpus(window, qtbot):
    qtbot.keyClick(window.record_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.filter_bar.search
    assert search.hasFocus()
    search.insert("hộ nghèo")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert shown_docs(window) == ["investment"]
    search.clear()
    search.insert("ho ngheo")  # the index ignores diacritics
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert shown_docs(window) == ["investment"]


@pytest.mark.parametrize("hostile", ['"', "%", "NEAR(", 'lúa" OR "', "*", "a AND (b"])
def test_hostile_search_strings_do_not_break_the_list(window, qtbot, hostile):
    search = window.filter_bar.search
    search.setFocus()
    search.insert(hostile)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert isinstance(shown_docs(window), list)
    assert window.isVisible()


def test_import_files_through_the_dialog(window, qtbot, monkeypatch, check):
    seed = sorted(SEEDS.glob("*.txt"))[0]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(seed)], ""))
    action(window, "action_import").trigger()
    wait_for_transfer(qtbot, window)
    assert seed.stem in [s.doc for s in check().article_summaries()]
    assert seed.stem in shown_docs(window)
    assert action(window, "action_import").isEnabled()


def test_import_folder_through_the_dialog(window, qtbot, monkeypatch, check, tmp_path):
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "extra.txt").write_text("Năm 2022, tổng thu ngân sách đạt 1.234 tỷ đồng.", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.keyClick(
        window.record_table,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_for_transfer(qtbot, window)
    assert "extra" in shown_docs(window)
    assert "extra" in [s.doc for s in check().article_summaries()]


def test_export_through_the_dialog(window, qtbot, monkeypatch, tmp_path):
    qtbot.keyClick(window.record_table, Qt.Key.Key_Y)
    out = tmp_path / "out" / "dataset.jsonl"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.keyClick(window.record_table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(
        dialog.findChild(type(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)), "export_browse"),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.path.text() == str(out)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_for_transfer(qtbot, window)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["indicator"] for line in lines] == ["Thu ngân sách nhà nước"]
    assert lines[0]["doc"] == "budget"


def test_the_export_dialog_opens_on_the_last_export(window, qtbot, tmp_path):
    """It opened on JSON Lines beside the database each time, whatever was chosen the week before."""
    out = tmp_path / "weekly" / "tuan.xlsx"
    out.parent.mkdir()
    qtbot.keyClick(window.record_table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ExportDialog)
    choose(dialog.format, "xlsx")
    choose(dialog.status, "reviewed")
    dialog.path.setText(str(out))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_for_transfer(qtbot, window)
    assert out.exists()
    window.activateWindow()  # as the window manager does once the dialog is gone
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.record_table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    again = next(d for d in window.findChildren(ExportDialog) if d.isVisible())
    assert again.choice() == ("xlsx", "reviewed", out)
