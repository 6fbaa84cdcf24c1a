"""The store's problems reach the Vietnamese window in Vietnamese.

A damaged or locked file, a decision refused because another window changed
the record, a file an import skipped, an export that could not be written:
the store and the pipeline raised them in English, and the window showed that
English as it came.  They now carry a kind and parameters
(:mod:`desktop.core.problems`), which the window words in its own language
(:mod:`desktop.gui.problem_text`).  These tests drive each path as a reviewer
meets it and read the message box; the first two keep the two tables in step.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

import desktop.app
from desktop.core.problems import ENGLISH, problem
from desktop.gui import problem_text
from desktop.gui.dialogs import ExportDialog
from desktop.store import Store
from tests.gui.gui_helpers import action, press
from tests.gui.visible_text import english_words
from tests.test_decode import VIETNAMESE, _cp1258
from tests.waiting import wait_for_transfer

SOURCE = Path(problem_text.__file__)


def parameters(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def without_parameters(text: str) -> str:
    return re.sub(r"\{\w+\}", " ", text)


def test_the_window_words_every_kind_the_store_raises_from_its_english():
    """Each kind has a text marked for the catalogue, and its source is the English the CLI prints."""
    module = ast.parse(SOURCE.read_text(encoding="utf-8"))
    function = next(n for n in module.body if isinstance(n, ast.FunctionDef) and n.name == "texts")
    (texts,) = (n for n in ast.walk(function) if isinstance(n, ast.Dict))
    marked = {key.value: call.args[1].value for key, call in zip(texts.keys, texts.values, strict=True)}
    assert marked == ENGLISH


def test_every_kind_is_translated_with_the_same_parameters(qapp):
    vietnamese = problem_text.texts()
    for kind, english in ENGLISH.items():
        text = vietnamese[kind]
        assert text != english, f"{kind} is not translated"
        assert parameters(text) == parameters(english), kind
        assert not english_words(without_parameters(text)), (kind, text)


def test_a_problem_inside_a_problem_and_the_window_words_are_vietnamese(qapp):
    line = problem("line_problem", name="a.jsonl", number=3, problem=problem("line_no_text"))
    assert problem_text.problem_text(line).startswith("a.jsonl dòng 3: ")
    assert "line" not in problem_text.problem_text(line)
    refused = problem("refused_one", record=7, status="rejected", action="confirm")
    assert "đã loại" in problem_text.problem_text(refused) and "xác nhận" in problem_text.problem_text(
        refused
    )


def test_a_problem_without_a_kind_shows_its_english(qapp):
    from desktop.core.errors import InputError

    assert problem_text.problem_text(InputError("Something new.")) == "Something new."


def shown_problem(window, qtbot, name: str) -> str:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, name) is not None)
    box = window.findChild(QMessageBox, name)
    text = box.informativeText()
    box.close()
    return text


def test_a_record_changed_in_another_window_is_told_in_vietnamese(window, qtbot, db):
    with Store(db) as other:  # a second reviewer's window confirms the record first
        record_id = window.current_row().id
        other.decide(record_id, "rejected", "binh")
    press(window, Qt.Key.Key_Y, text="y")
    text = shown_problem(window, qtbot, "problem_message")
    assert text.startswith(f"Bản ghi {record_id} đã bị binh chuyển thành đã loại")
    assert not english_words(text, ["binh"])


def test_a_file_the_import_skipped_is_told_in_vietnamese(window, qtbot, monkeypatch, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"title": "không có nội dung"}\n', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(empty), str(lines)], ""))
    action(window, "action_import").trigger()
    wait_for_transfer(qtbot, window)
    text = shown_problem(window, qtbot, "transfer_message")
    assert f'{lines}:1: không có "text"' in text  # the line named once
    assert f"{empty} trống" in text
    assert not english_words(text), text


def test_an_export_that_cannot_be_written_is_told_in_vietnamese(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "gone" / "dataset.jsonl"), "")
    )
    qtbot.keyClick(window.record_table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ExportDialog)
    qtbot.mouseClick(
        dialog.findChild(type(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)), "export_browse"),
        Qt.MouseButton.LeftButton,
    )
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_for_transfer(qtbot, window)
    text = shown_problem(window, qtbot, "transfer_message")
    assert "không tồn tại" in text
    assert not english_words(text), text


def test_a_file_that_is_no_database_is_told_in_vietnamese(window, qtbot, monkeypatch, tmp_path):
    """File → Open database… on a file that is not one: the window says why, in Vietnamese."""
    notes = tmp_path / "notes.db"
    notes.write_text("ghi chú, không phải cơ sở dữ liệu", encoding="utf-8")
    monkeypatch.setattr(desktop.app, "choose_database", lambda *a: notes, raising=False)
    monkeypatch.setattr("desktop.gui.main_window.choose_database", lambda *a: notes)
    seen = {}

    def read(box: QMessageBox) -> int:
        seen["text"] = box.informativeText()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", read)
    desktop.app._show(window)  # as the application shows its window: File → Open database… is connected
    action(window, "action_open_database").trigger()
    assert "không phải cơ sở dữ liệu Chitieu" in seen["text"]
    assert not english_words(seen["text"]), seen["text"]


def test_an_article_read_with_changes_is_told_in_vietnamese(open_window, tmp_path):
    """The warnings kept with an article (a legacy encoding, bytes replaced) are English text in the
    database, older ones too: the status bar showed them as they are while the article was open."""
    from desktop.services.ingest import import_paths

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "cu.txt").write_bytes(_cp1258(VIETNAMESE))
    (folder / "hong.txt").write_bytes(
        "Năm 2020, thu ngân sách đạt 1.250 tỷ đồng.".encode().replace(b"\xe1\xbb\xb7", b"\xff")
    )
    import_paths(tmp_path / "corpus.db", [folder], workers=1)
    window = open_window(tmp_path / "corpus.db")
    shown = []
    for doc in ("cu", "hong"):
        window.show_article(next(s.id for s in window.store.article_summaries() if s.doc == doc))
        shown.append(window.reading_warnings.text())
    assert "bảng mã tiếng Việt cũ" in shown[0] and "byte không hợp lệ" in shown[1]
    assert not [english_words(text) for text in shown if english_words(text)], shown


def test_the_assumed_year_warnings_are_the_ones_the_extraction_writes():
    """desktop.core.assumed_year writes them and reads them back; the window recognises the same texts."""
    from desktop.core.assumed_year import BATCH, GIVEN, warning
    from desktop.core.problems import recognise

    assert recognise(warning(2019, BATCH)) == ("year_of_batch", {"year": "2019"})
    assert recognise(warning(2019, GIVEN)) == ("year_given", {"year": "2019"})


def test_an_assumed_year_is_told_in_vietnamese(qapp):
    from desktop.core.assumed_year import BATCH, warning

    text = problem_text.warning_text(warning(2019, BATCH))
    assert "2019" in text and not english_words(text), text
