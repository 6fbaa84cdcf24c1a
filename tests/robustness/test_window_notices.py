"""Issues 11.2 and 11.14 in the window: what the reviewer must be told about the file and the article.

The window opens a big file at once and checks it on a thread (with the
backup).  When that check fails, the window must say so and stop writing
into the damaged file; the decisions the reviewer then tries are refused
with a message, never written.  An article whose file had bytes the
decoder replaced shows that while it is shown.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop.gui.damage_watch import DamageWatch
from desktop.store import db
from tests.waiting import wait_for_transfer

from .conftest import seed
from .damage import garbage_root_page


def confirmed(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM records WHERE status = 'confirmed'").fetchone()[0]
    finally:
        conn.close()


def test_the_window_says_when_the_check_beside_it_finds_damage(
    qtbot, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.app import create_main_window

    monkeypatch.setattr(db, "QUICK_CHECK_ALWAYS_BELOW", 0)  # a big file: not checked before the window opens
    path = tmp_path / "corpus.db"
    seed(path)
    garbage_root_page(path, "articles_fts_data")  # what showing the first article does not read

    window = create_main_window(path, reviewer="me")
    qtbot.addWidget(window)
    try:
        # The watch polls only while the event loop runs, which starts inside this wait: its end is not missed.
        with qtbot.waitSignal(window.findChild(DamageWatch, "damage_watch").over, timeout=None):
            window.show()
        box = window.findChild(QMessageBox, "damage_message")
        assert box is not None, "the window did not say the file is damaged"
        assert "is damaged" in box.detailedText()
        assert window.store.readonly
        assert window.database_label.text() != str(path), "the status bar does not mark the file read-only"
        assert not window.findChild(QAction, "action_confirm").isEnabled(), "a decision is still offered"

        window.confirm()  # past the disabled key, the store itself refuses, before confirm returns
        assert confirmed(path) == 0, "a decision was written into the damaged file"
        refusal = window.findChild(QMessageBox, "problem_message")
        assert refusal is not None and "read-only" in refusal.informativeText()
    finally:
        window.close()


def test_damage_the_window_meets_while_opening_is_a_message(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.app import create_main_window
    from desktop.core.errors import InputError

    monkeypatch.setattr(db, "QUICK_CHECK_ALWAYS_BELOW", 0)
    path = tmp_path / "corpus.db"
    seed(path)
    garbage_root_page(path, "articles_locality")  # read by the filter bar as the window is built
    with pytest.raises(InputError, match=r"is damaged .*chitieu restore"):
        create_main_window(path, reviewer="me")


def test_an_article_read_with_replaced_bytes_says_so_while_it_is_shown(qtbot, qapp, tmp_path: Path) -> None:
    from desktop.app import create_main_window
    from desktop.services.ingest import import_paths

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a_clean.txt").write_text("Năm 2020, thu ngân sách đạt 1.250 tỷ đồng.", encoding="utf-8")
    (folder / "b_damaged.txt").write_bytes(
        "Năm 2020, thu ngân sách đạt 1.300 tỷ đồng.".encode().replace("tỷ".encode(), b"t\xff")
    )
    path = tmp_path / "corpus.db"
    import_paths(path, [folder], workers=1)

    window = create_main_window(path, reviewer="me")
    qtbot.addWidget(window)
    window.show()
    try:
        ids = {s.doc: s.id for s in window.store.article_summaries()}
        window.show_article(ids["b_damaged"])
        assert window.reading_warnings.isVisibleTo(window)
        assert "không hợp lệ theo utf-8" in window.reading_warnings.text()  # in the window's language
        window.show_article(ids["a_clean"])
        assert not window.reading_warnings.isVisibleTo(window)
    finally:
        window.close()


def test_importing_through_the_window_lists_the_warnings(
    qtbot, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop.app import create_main_window

    path = tmp_path / "corpus.db"
    seed(path, articles=1, per_article=1)
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "damaged.txt").write_bytes(
        "Năm 2020, thu ngân sách đạt 1.300 tỷ đồng.".encode().replace("tỷ".encode(), b"t\xff")
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window = create_main_window(path, reviewer="me")
    qtbot.addWidget(window)
    window.show()
    try:
        window.findChild(QAction, "action_import_folder").trigger()
        wait_for_transfer(qtbot, window)
        box = window.findChild(QMessageBox, "transfer_message")
        assert box is not None, "the import's warnings were not shown"
        text = box.informativeText()
        assert "damaged.txt" in text and "không hợp lệ theo utf-8" in text  # in the window's language
    finally:
        window.close()
