"""The review window's tests: three hand-written articles, and the window opened on them."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.records import Article, Comparison, Record
from desktop.services.merge import merge_files
from desktop.services.split import split_corpus
from desktop.store import Store
from tests.factories import budget_records, figure
from tests.gui.gui_helpers import damage_found_later
from tests.test_team import C, R, decide, make_corpus, shared_records

HOSTILE = '<b>x</b><a href="file:///etc/passwd">l</a><img src=x onerror=alert(1)>'

BUDGET = (
    "Năm 2019, thu ngân sách nhà nước ước đạt 11.428,6 tỷ đồng, đạt 103,72% kế hoạch tỉnh giao. "
    "Khách du lịch đến thành phố gần 1 triệu lượt; doanh thu du lịch ước đạt 700 tỷ đồng. "
    "Trong năm có 250 doanh nghiệp thành lập mới."
)
INVESTMENT = (
    "Năm 2020, tổng vốn đầu tư toàn xã hội đạt 5.200 tỷ đồng, tăng 8,5% so với cùng kỳ. "
    "Tỷ lệ hộ nghèo còn 0,3%."
)
RICE = f"{HOSTILE}\nNăm 2021, sản lượng lúa đạt 12.000 tấn."


def article(doc: str, text: str, title: str, locality: str, published: str) -> Article:
    return Article(
        doc=doc,
        text=text,
        raw_text=text,
        title=title,
        locality=locality,
        published=published,
        content_hash=doc,
    )


def corpus() -> list[tuple[Article, list[Record], str, bool]]:
    """Three hand-written articles: Cẩm Phả 2019 (3 figures), Cần Thơ 2020 (2), Yên Bái 2021 (1, hostile)."""
    budget = budget_records()  # BUDGET here only adds a sentence after these three figures
    investment = [
        figure(
            INVESTMENT,
            "5.200 tỷ đồng",
            "Vốn đầu tư toàn xã hội",
            "5200",
            "tỷ đồng",
            10**9,
            period="2020",
            locality="Cần Thơ",
            comparisons=(Comparison(Decimal("8.5"), "change", "same_period"),),
        ),
        figure(INVESTMENT, "0,3%", "Tỷ lệ hộ nghèo", "0.3", "%", period="2020", locality="Cần Thơ"),
    ]
    rice = [figure(RICE, "12.000 tấn", "Sản lượng lúa", "12000", "tấn", period="2021", locality="Yên Bái")]
    return [
        (
            article("budget", BUDGET, "Cẩm Phả: kết quả năm 2019", "Cẩm Phả", "2020-01-10"),
            budget,
            "test",
            False,
        ),
        (
            article("investment", INVESTMENT, "Cần Thơ: đầu tư năm 2020", "Cần Thơ", "2021-01-05"),
            investment,
            "test",
            False,
        ),
        (article("rice", RICE, "Yên Bái: sản lượng lúa", "Yên Bái", "2021-12-30"), rice, "test", False),
    ]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "review.db"
    store = Store(path)
    store.add_articles(corpus())
    store.close()
    return path


@pytest.fixture
def window(open_window, db: Path):
    """The real main window on the test corpus, shown and active so its shortcuts work."""
    return open_window(db)


@pytest.fixture
def check(open_reader, db: Path) -> Callable[[], Store]:
    """A separate, fresh connection: what is really in the database, not what the window holds."""
    return lambda: open_reader(db)


@pytest.fixture
def damaged_later(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check that runs beside the window finds the file damaged (see :func:`damage_found_later`)."""
    damage_found_later(monkeypatch)


@pytest.fixture
def budget_conflict(tmp_path: Path) -> tuple[Path, int]:
    """A merged file of two reviewers, one conflict: the budget figure (103,72% of the plan), an
    confirmed it, binh rejected it.  The file and the record's id."""
    corpus = make_corpus(tmp_path / "corpus.db", 1)
    a, b = split_corpus(corpus, 2, 100, tmp_path / "team", names=["an", "binh"]).files
    budget = shared_records([a, b])[0]
    decide(a, "an", {budget: C})
    decide(b, "binh", {budget: R})
    merge_files([a, b], tmp_path / "merged.db")
    return tmp_path / "merged.db", budget
