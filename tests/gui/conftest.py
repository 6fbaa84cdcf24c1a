"""Fixtures for driving the real review window offscreen.

The platform is set before any QApplication exists, and QSettings is pointed
at a temporary folder so that tests never read or write the user's settings.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("CHITIEU_BACKUPS", "0")

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.core.records import Article, Comparison, Record
from desktop.store import Store
from tests.factories import figure

HOSTILE = '<b>x</b><a href="file:///etc/passwd">l</a><img src=x onerror=alert(1)>'

BUDGET = ("Năm 2019, thu ngân sách nhà nước ước đạt 11.428,6 tỷ đồng, đạt 103,72% kế hoạch tỉnh giao. "
          "Khách du lịch đến thành phố gần 1 triệu lượt; doanh thu du lịch ước đạt 700 tỷ đồng. "
          "Trong năm có 250 doanh nghiệp thành lập mới.")
INVESTMENT = ("Năm 2020, tổng vốn đầu tư toàn xã hội đạt 5.200 tỷ đồng, tăng 8,5% so với cùng kỳ. "
              "Tỷ lệ hộ nghèo còn 0,3%.")
RICE = f"{HOSTILE}\nNăm 2021, sản lượng lúa đạt 12.000 tấn."


def article(doc: str, text: str, title: str, locality: str, published: str) -> Article:
    return Article(doc=doc, text=text, raw_text=text, title=title, locality=locality, published=published,
                   content_hash=doc)


def corpus() -> list[tuple[Article, list[Record], str, bool]]:
    """Three hand-written articles: Cẩm Phả 2019 (3 figures), Cần Thơ 2020 (2), Yên Bái 2021 (1, hostile)."""
    budget = [
        figure(BUDGET, "11.428,6 tỷ đồng", "Thu ngân sách nhà nước", "11428.6", "tỷ đồng", 10**9,
               kind="estimate", period="2019", locality="Cẩm Phả",
               comparisons=(Comparison(Decimal("103.72"), "ratio", "plan"),)),
        figure(BUDGET, "1 triệu lượt", "Khách du lịch", "1", "triệu lượt", 10**6, qualifier="approx",
               period="2019", locality="Cẩm Phả"),
        figure(BUDGET, "700 tỷ đồng", "Doanh thu du lịch", "700", "tỷ đồng", 10**9, kind="estimate",
               period="2019", locality="Cẩm Phả"),
    ]
    investment = [
        figure(INVESTMENT, "5.200 tỷ đồng", "Vốn đầu tư toàn xã hội", "5200", "tỷ đồng", 10**9,
               period="2020", locality="Cần Thơ",
               comparisons=(Comparison(Decimal("8.5"), "change", "same_period"),)),
        figure(INVESTMENT, "0,3%", "Tỷ lệ hộ nghèo", "0.3", "%", period="2020", locality="Cần Thơ"),
    ]
    rice = [figure(RICE, "12.000 tấn", "Sản lượng lúa", "12000", "tấn", period="2021", locality="Yên Bái")]
    return [
        (article("budget", BUDGET, "Cẩm Phả: kết quả năm 2019", "Cẩm Phả", "2020-01-10"), budget, "test", False),
        (article("investment", INVESTMENT, "Cần Thơ: đầu tư năm 2020", "Cần Thơ", "2021-01-05"), investment,
         "test", False),
        (article("rice", RICE, "Yên Bái: sản lượng lúa", "Yên Bái", "2021-12-30"), rice, "test", False),
    ]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    """Keep QSettings in the test's folder: never the real user's preferences."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture(scope="session")
def qapp() -> QApplication:
    """The application as Chitieu sets it up (names, translations, style), shared by all GUI tests."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    from desktop.app import application

    return application()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "review.db"
    store = Store(path)
    store.add_articles(corpus())
    store.close()
    return path


@pytest.fixture
def window(qtbot, qapp, db: Path):
    """The real main window on the test corpus, shown and active so its shortcuts work (focus as it opens)."""
    from desktop.app import create_main_window

    win = create_main_window(db, reviewer="tester")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


@pytest.fixture
def check(db: Path) -> Iterator[Store]:
    """A separate, fresh connection: what is really in the database, not what the window holds."""
    stores: list[Store] = []

    def open_store() -> Store:
        store = Store(db, readonly=True)
        stores.append(store)
        return store

    yield open_store  # type: ignore[misc]
    for store in stores:
        store.close()
