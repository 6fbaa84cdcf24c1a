"""Issue 11.2 in the window: the check that runs beside it finds the file damaged, and the reviewer is told.

The window opens a big file at once and checks it on a thread (with the
backup).  When that check fails, the window must say so and stop writing
into the damaged file; the decisions the reviewer then tries are refused
with a message, never written.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop.store import db

from .conftest import seed
from .damage import garbage_page


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


def damage(path: Path, name: str) -> None:
    """Garbage over the root page of table or index ``name``."""
    conn = sqlite3.connect(path)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    conn.close()
    garbage_page(path, page)


def confirmed(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM records WHERE status = 'confirmed'").fetchone()[0]
    finally:
        conn.close()


def test_the_window_says_when_the_check_beside_it_finds_damage(qtbot, qapp, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.app import create_main_window

    monkeypatch.setattr(db, "QUICK_CHECK_ALWAYS_BELOW", 0)  # a big file: not checked before the window opens
    path = tmp_path / "corpus.db"
    seed(path)
    damage(path, "articles_fts_data")  # what showing the first article does not read

    window = create_main_window(path, reviewer="me")
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "damage_message") is not None, timeout=10_000)
        box = window.findChild(QMessageBox, "damage_message")
        assert "is damaged" in box.text() + box.informativeText()
        assert window.store.readonly
        assert window.database_label.text() != str(path), "the status bar does not mark the file read-only"

        window.findChild(QAction, "action_confirm").trigger()
        qtbot.wait(50)
        assert confirmed(path) == 0, "a decision was written into the damaged file"
    finally:
        window.close()


def test_damage_the_window_meets_while_opening_is_a_message(qapp, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.app import create_main_window
    from desktop.core.errors import InputError

    monkeypatch.setattr(db, "QUICK_CHECK_ALWAYS_BELOW", 0)
    path = tmp_path / "corpus.db"
    seed(path)
    damage(path, "articles_locality")  # read by the filter bar as the window is built
    with pytest.raises(InputError, match=r"is damaged .*chitieu restore"):
        create_main_window(path, reviewer="me")
