"""The Vietnamese window is Vietnamese: every text it shows, and the catalogue behind them.

The damage warning and the read-only note reached the Vietnamese window in
English although the catalogue had no untranslated entry: their texts went
to ``translate`` through a helper of the module, where lupdate (which reads
literal arguments only) never saw them, and the one test of translations
looked at Qt's own button texts.  These tests close each gap: translate
takes literals only, the catalogue is complete and compiled, and what the
window really shows (menus, tips, dialogs, the damage warning) has no
English left in it.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QTableView

from desktop.gui.dialogs import HelpDialog
from tests.gui.gui_helpers import action, press, statuses, wait_for_damage
from tests.gui.visible_text import english_words, untranslated

REPO = Path(__file__).resolve().parents[2]
SOURCES = [REPO / "desktop" / "app.py", *sorted((REPO / "desktop" / "gui").glob("*.py"))]
CATALOGUES = REPO / "resources" / "translations"
#: What the test corpus and reviewer put on screen in English: data, not interface.
DATA = ("tester", "budget", "investment", "rice")
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def qt_tool(name: str) -> str:
    tool = Path(sys.executable).with_name(name)
    if not tool.exists():
        pytest.skip(f"{name} is not installed beside this Python")
    return str(tool)


def test_english_is_told_from_vietnamese():
    assert english_words("/tmp/a b/c.db (read-only: the file is damaged)") == [
        "read",
        "only",
        "file",
        "is",
        "damaged",
    ]
    assert english_words("Không dùng được: cơ sở dữ liệu (chỉ đọc: tệp bị hỏng).") == []
    assert english_words("Ctrl+Shift+Y · F2 · 000_dd35f2.txt — Chitieu · 'chitieu restore'") == []
    assert english_words("Người duyệt: tester · budget", data=DATA) == []


def test_translate_gets_its_texts_as_literals():
    """lupdate finds a text only where it is written in the call: a variable or a helper hides it."""
    hidden = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            arguments = {"translate": node.args[:2], "tr": node.args[:1]}.get(node.func.attr)
            if arguments is not None and not all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in arguments
            ):
                hidden.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    assert not hidden


@pytest.mark.parametrize(("language", "options"), [("vi", ()), ("en", ("-pluralonly",))])
def test_the_catalogue_has_every_marked_text_translated_and_compiled(tmp_path: Path, language, options):
    """What scripts/update_translations.sh would make of the sources is what is committed."""
    committed = CATALOGUES / f"chitieu_{language}.ts"
    catalogue = Path(shutil.copy(committed, tmp_path / committed.name))
    subprocess.run(
        [qt_tool("pyside6-lupdate"), *map(str, SOURCES), "-ts", str(catalogue), "-no-obsolete", *options],
        check=True,
        capture_output=True,
        cwd=REPO,
    )
    text = catalogue.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "run scripts/update_translations.sh and translate the new texts"
    compiled = tmp_path / f"chitieu_{language}.qm"
    subprocess.run(
        [qt_tool("pyside6-lrelease"), str(committed), "-qm", str(compiled)], check=True, capture_output=True
    )
    assert compiled.read_bytes() == committed.with_suffix(".qm").read_bytes(), "the .qm is older than the .ts"


def test_english_says_one_record_and_two_records():
    """English is the source language, but '%n record(s)' read 'record(s)' in an English window."""
    english = QTranslator()
    assert english.load("chitieu_en", str(CATALOGUES))
    assert english.translate("AdjudicationView", "%n record(s)", "", 1) == "%n record"
    assert english.translate("AdjudicationView", "%n record(s)", "", 2) == "%n records"
    assert english.translate("DatasetView", "%Ln periods", "", 1) == "%Ln period"
    assert english.translate("Transfers", "Imported %Ln new articles", "", 1) == "Imported %Ln new article"


def dialog_texts(window, qtbot, keys: tuple[Qt.Key, Qt.KeyboardModifier], name: str) -> list[tuple[str, str]]:
    """Open a dialog with its keys, read what it shows, close it."""
    press(window, *keys)
    qtbot.waitUntil(
        lambda: window.findChild(QDialog, name) is not None and window.findChild(QDialog, name).isVisible()
    )
    dialog = window.findChild(QDialog, name)
    found = untranslated(dialog, DATA)
    dialog.reject()
    window.activateWindow()  # as the window manager does once the dialog is gone
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return found


def test_every_text_the_vietnamese_window_shows_is_vietnamese(window, qtbot):
    for tab in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_1):  # each tab fills its views when first shown
        press(window, tab, CTRL)
    press(window, Qt.Key.Key_F2)  # the editor's buttons and fields
    found = untranslated(window, DATA)
    press(window, Qt.Key.Key_Escape)
    assert not window.record_editor.editing
    found += dialog_texts(window, qtbot, (Qt.Key.Key_Y, CTRL | SHIFT), "accept_dialog")
    found += dialog_texts(window, qtbot, (Qt.Key.Key_E, CTRL), "export_dialog")
    help_dialog = HelpDialog(window.help_actions(), window)
    qtbot.addWidget(help_dialog)
    found += untranslated(help_dialog, DATA)
    assert not found


def test_a_damaged_file_is_told_in_vietnamese(open_window, db, damaged_later, qtbot):
    window = open_window(db)
    wait_for_damage(qtbot, window)
    assert not untranslated(window, DATA)  # the warning, the status bar, the disabled actions' tips


@pytest.mark.parametrize(("language", "written"), [("vi", "0,68"), ("en", "0.68")])
def test_the_accept_dialog_writes_its_threshold_one_way(window, qtbot, language, written):
    """The count below the box wrote 0,68 under an English box showing 0.68."""
    vietnamese = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        press(window, Qt.Key.Key_Y, CTRL | SHIFT)
        qtbot.waitUntil(lambda: window.findChild(QDialog, "accept_dialog") is not None)
        dialog = window.findChild(QDialog, "accept_dialog")
        assert dialog.threshold.text() == written
        assert written in dialog.count_label.text()
        dialog.reject()
    finally:
        QLocale.setDefault(vietnamese)


def help_keys(window, qtbot) -> dict[str, str]:
    """Action → keys, as the help that F1 opens lists them."""
    seen: dict[str, str] = {}

    def read() -> None:  # the help is modal: read it while F1 has it open
        dialog = window.findChild(QDialog, "help_dialog")
        model = dialog.findChild(QTableView, "help_table").model()
        seen.update(
            {model.index(row, 0).data(): model.index(row, 1).data() for row in range(model.rowCount())}
        )
        dialog.reject()

    QTimer.singleShot(0, read)
    qtbot.keyClick(window.record_table, Qt.Key.Key_F1)
    return seen


def test_the_help_names_the_keys_in_vietnamese(window, qtbot):
    """Qt wrote Return, Del and Down (it ships no Vietnamese of its own): English to a reviewer, and
    Return and Del are not what the keys say on a PC keyboard."""
    keys = help_keys(window, qtbot)
    assert keys["Xác nhận bản ghi"] == "Enter / Enter (phím số) / Y"
    assert keys["Loại bỏ bản ghi"] == "Delete / N"
    assert keys["Bài sau còn bản ghi chờ duyệt"] == "Ctrl+Mũi tên xuống"
    assert not [
        k for k in keys.values() if {"Return", "Del", "Up", "Down", "Space"} & set(re.split(r"[ +/]", k))
    ]


def test_the_keypad_enter_still_confirms_with_the_keys_named_in_vietnamese(window, qtbot, check):
    """Read as a translated name, "Enter" (the keypad's) would have become Return, which Qt now writes
    "Enter": the keypad confirmed nothing."""
    qtbot.keyClick(window.record_table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert "confirmed" in statuses(check(), "budget")


def test_choosing_english_changes_nothing_until_the_next_start(window, qtbot):
    """The catalogue loaded at start stays, but the check notes, the dataset's names and the accept
    dialog asked the setting: English names and notes appeared in the Vietnamese window at once."""
    action(window, "action_language_en").trigger()  # Ngôn ngữ → English
    found = dialog_texts(window, qtbot, (Qt.Key.Key_Y, CTRL | SHIFT), "accept_dialog")
    assert not found, found
