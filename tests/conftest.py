"""Fixtures every test folder shares: no backups, no user settings, one application, real windows.

Qt runs offscreen, set before any QApplication exists, on two screens
(``screens.json``): a 1920 x 1080 desktop, the first and primary, where the
windows open at the size they are made for, and a 1366 x 768 laptop to the
right of it, for what must fit a small screen (Qt's offscreen default is one
800 x 800 screen, smaller than any the window is made for).  QSettings points at
each test's own folder, so no test reads or writes the user's preferences.
Backups are off unless a test turns them on (the robustness tests do):
copying the database on every open would only slow the suite down.  A
``CHITIEU_DB`` in the environment running the suite is ignored, and imports compile their
patterns without the user's cache of them.

Property tests (Hypothesis) try the same examples on every run, with no time
limit per example: a run on a busy machine must fail only where the code is
wrong (speed is measured by the benchmarks), and never because of examples an
earlier run saved.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('screens.json')}"

import pytest
from factories import article, budget_records
from hypothesis import settings
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.store import Store

settings.register_profile("chitieu", deadline=None, derandomize=True, database=None)
settings.load_profile("chitieu")


@pytest.fixture(autouse=True)
def quiet_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No backups, no database named by the user's environment (the CLI honours CHITIEU_DB), and no
    file of compiled patterns written into the user's cache (tests/test_pattern_cache.py names its own)."""
    monkeypatch.setenv("CHITIEU_BACKUPS", "0")
    monkeypatch.setenv("CHITIEU_PATTERN_CACHE", "")
    monkeypatch.delenv("CHITIEU_DB", raising=False)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    """Keep QSettings in the test's folder: never the real user's preferences."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture(scope="session")
def qapp() -> QApplication:
    """The application as Chitieu sets it up (names, translations, style), shared by all Qt tests."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    from desktop.app import application

    return application()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A store holding one article (:data:`factories.BUDGET`) and its three pending records."""
    with Store(tmp_path / "c.db") as opened:
        opened.add_articles([(article("a"), budget_records(), "v1", False)])
        yield opened


@pytest.fixture
def open_window(qtbot, qapp) -> Iterator[Callable[..., object]]:
    """``open_window(db, reviewer="tester")``: the real main window, shown and active so its keys work.

    The focus is left where the window puts it on open (the record table), as a reviewer finds it.
    """
    from desktop.app import create_main_window

    windows = []

    def open_one(db: Path, reviewer: str = "tester"):
        window = create_main_window(db, reviewer=reviewer)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitActive(window):  # activation is asynchronous: keys sent before it reach no shortcut
            window.activateWindow()
        windows.append(window)
        return window

    yield open_one
    for window in windows:
        window.close()


@pytest.fixture
def open_reader() -> Iterator[Callable[[Path], Store]]:
    """``open_reader(db)``: a separate read-only connection, what is really in the database."""
    readers: list[Store] = []

    def open_one(db: Path) -> Store:
        reader = Store(db, readonly=True)
        readers.append(reader)
        return reader

    yield open_one
    for reader in readers:
        reader.close()
