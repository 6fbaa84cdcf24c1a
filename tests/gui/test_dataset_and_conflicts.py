"""The dataset tab, the chart and the conflicts tab, driven through the real window; checked in the database."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QImage
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit

from desktop.app import create_main_window
from desktop.core.errors import InputError
from desktop.gui.adjudication_model import FIELDS
from desktop.gui.chart import EXPORT_SIZE
from desktop.gui.dataset_model import CONFLICT_COLOUR, kind_mark
from desktop.services.merge import merge_files
from desktop.services.split import split_corpus
from desktop.store import Store
from desktop.store.team import outcome, versions
from tests.factories import BUDGET, article, budget_records
from tests.gui.visible_text import english_words
from tests.test_team import C, R, decide, make_corpus, shared_records


def open_window(qtbot, path: Path):
    window = create_main_window(path, reviewer="lead")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.record_table.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture
def dataset_db(tmp_path: Path) -> Path:
    """Cẩm Phả 2019 reported twice: the same tourists, two different budget figures (a conflict)."""
    path = tmp_path / "dataset.db"
    again = [
        r.with_changes(value=Decimal("11500"), base_value=Decimal("11500000000000")) if i == 0 else r
        for i, r in enumerate(budget_records())
    ]
    with Store(path) as store:
        store.add_articles(
            [
                (article("a", BUDGET), budget_records(), "test", False),
                (article("b", BUDGET + " Tin cũ."), again, "test", False),
            ]
        )
        for record_id in range(1, 7):
            store.decide(record_id, "confirmed", "an")
    return path


#: The dataset table's unit column and its first period's.
UNIT, PERIOD = 2, 4


def row_of(model, key: str) -> int:
    return next(i for i, row in enumerate(model.rows) if row.key == key)


def test_dataset_shows_values_kinds_and_conflicts(qtbot, qapp, dataset_db):
    window = open_window(qtbot, dataset_db)
    qtbot.keyClick(window.record_table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.team.dataset
    assert window.team.tabs.currentWidget() is view
    model = view.model
    assert [r.key for r in model.rows] == ["Doanh thu du lịch", "Khách du lịch", "Thu ngân sách nhà nước"]
    assert model.periods == ["2019"]
    budget = row_of(model, "Thu ngân sách nhà nước")
    cell = model.index(budget, PERIOD)
    assert model.index(budget, UNIT).data() == "tỷ đồng"  # the row's unit, once, beside the values
    assert model.data(cell) == f"⚠ 11.428,6 {kind_mark('estimate')} (+1)"  # two values: a conflict, both kept
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) == CONFLICT_COLOUR
    assert "11.500" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    tourists = model.index(row_of(model, "Khách du lịch"), PERIOD)
    assert model.index(tourists.row(), UNIT).data() == "triệu lượt"
    assert model.data(tourists) == f"1 {kind_mark('actual')}"  # the same value twice: no conflict
    assert model.data(tourists, Qt.ItemDataRole.BackgroundRole) is None
    view.filter_bar.kind.setCurrentIndex(view.filter_bar.kind.findData("estimate"))
    assert [r.key for r in model.rows] == ["Doanh thu du lịch", "Thu ngân sách nhà nước"]


def test_clicking_a_cell_opens_its_record_in_its_article(qtbot, qapp, dataset_db):
    window = open_window(qtbot, dataset_db)
    window.team.tabs.setCurrentIndex(1)
    view = window.team.dataset
    index = view.model.index(row_of(view.model, "Doanh thu du lịch"), PERIOD)
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # two records (articles a and b): a menu asks which
    menu = view.findChild(QMenu, "dataset_cell_menu")
    menu.actions()[1].trigger()
    assert window.team.tabs.currentIndex() == 0
    assert window.article.doc == "b"
    assert window.current_row().indicator == "Doanh thu du lịch"
    window.team.tabs.setCurrentIndex(1)
    view.filter_bar.place.setCurrentIndex(1)
    view.filter_bar.status.setCurrentIndex(view.filter_bar.status.findData("confirmed"))
    single = view.model.index(row_of(view.model, "Doanh thu du lịch"), PERIOD)
    assert view.model.data(single).endswith(kind_mark("estimate"))


def test_chart_follows_the_row_and_exports_png_and_svg(qtbot, qapp, dataset_db, tmp_path):
    window = open_window(qtbot, dataset_db)
    window.team.tabs.setCurrentIndex(1)
    view = window.team.dataset
    view.table.setCurrentIndex(view.model.index(row_of(view.model, "Thu ngân sách nhà nước"), PERIOD))
    chart = view.chart_panel.chart
    assert chart.data.title == "“Thu ngân sách nhà nước”"  # a label without a code, quoted as in the table
    (series,) = chart.data.series
    assert (series.place, series.kind, sorted(series.values[2019])) == (
        "Cẩm Phả",
        "estimate",
        [11428.6e9, 11500e9],
    )
    view.chart_panel.mode.setCurrentIndex(1)
    assert chart.mode == "bars"
    chart.export(tmp_path / "chart.svg")
    chart.export(tmp_path / "chart.png")
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert "Thu ngân sách nhà nước" in svg and "nghìn tỷ đồng" in svg and "Cẩm Phả" in svg
    image = QImage(str(tmp_path / "chart.png"))
    assert (image.width(), image.height()) == (EXPORT_SIZE.width() * 2, EXPORT_SIZE.height() * 2)
    with pytest.raises(InputError, match="Biểu đồ được lưu dạng"):
        chart.export(tmp_path / "chart.pdf")


@pytest.fixture
def merged(tmp_path: Path) -> tuple[Path, list[int]]:
    corpus = make_corpus(tmp_path / "corpus.db", 2)
    a, b = split_corpus(corpus, 2, 100, tmp_path / "team", names=["an", "binh"]).files
    shared = shared_records([a, b])
    decide(a, "an", dict.fromkeys(shared, C))
    decide(b, "binh", {**dict.fromkeys(shared, C), shared[1]: R, shared[4]: {"period": "2020"}})
    merge_files([a, b], tmp_path / "merged.db")
    return tmp_path / "merged.db", shared


def test_conflicts_tab_adjudicates_by_key_and_undoes(qtbot, qapp, merged):
    path, shared = merged
    window = open_window(qtbot, path)
    qtbot.keyClick(window.record_table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.team.conflicts
    assert view.conflicts.ids == [shared[1], shared[4]]
    assert view.record_id == shared[1]
    assert [view.version_model.headerData(i, Qt.Orientation.Horizontal) for i in range(2)] == [
        "1: an",
        "2: binh",
    ]
    assert view.version_model.columnCount() == 3  # and the record as it is now
    assert view.version_model.differs(0)  # the decision row: confirmed against rejected
    view.conflict_table.setFocus()
    qtbot.keyClick(view.conflict_table, Qt.Key.Key_2)  # binh's version: rejected
    with Store(path, readonly=True) as store:
        assert store.record(shared[1]).status == R and store.record(shared[1]).reviewer == "lead"
        assert outcome(store.conn, shared[1]).state == "adjudicated"
        assert len(versions(store.conn, shared[1])) == 2
        assert store.events(shared[1])[-1]["action"] == "adjudicate"
    assert view.conflicts.ids == [shared[4]] and view.record_id == shared[4]
    qtbot.keyClick(view.conflict_table, Qt.Key.Key_1)  # an's version of the other: confirmed as it was
    assert view.conflicts.ids == []
    qtbot.keyClick(view.conflict_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with Store(path, readonly=True) as store:
        assert (
            outcome(store.conn, shared[4]).state == "conflict" and store.record(shared[4]).status == "pending"
        )
        assert outcome(store.conn, shared[1]).state == "adjudicated"
    assert view.conflicts.ids == [shared[4]]
    view.state.setCurrentIndex(view.state.findData("adjudicated"))
    assert view.conflicts.ids == [shared[1]]


def test_agreement_report_in_the_window(qtbot, qapp, merged):
    path, _ = merged
    window = open_window(qtbot, path)
    window.actions_by_name["action_agreement"].trigger()
    shown = window.team.agreement_dialog.findChild(QPlainTextEdit, "agreement_text")
    report = shown.toPlainText()
    assert "Kappa của Cohen" in report and "2 bản ghi được quyết định khác nhau" in report
    assert not english_words(report, data=("an", "binh", "kappa", "Kappa", "Cohen"))  # the window's language
    assert QFontInfo(shown.font()).fixedPitch(), "the report's columns do not line up"


def test_versions_read_as_the_rest_of_the_window(qtbot, qapp, budget_conflict):
    """Comparisons in words (they were stored codes: 'ratio plan'), times local as in the history."""
    window = open_window(qtbot, budget_conflict[0])
    qtbot.keyClick(window.record_table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    model = window.team.conflicts.version_model
    comparisons = [model.text(FIELDS.index("comparisons"), column) for column in range(3)]
    assert all("103,72%" in text and not english_words(text) for text in comparisons), comparisons
    for column in range(2):
        assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d:\d\d", model.text(FIELDS.index("decided_at"), column))


@pytest.fixture
def coded_db(tmp_path: Path) -> Path:
    """The three Cẩm Phả figures confirmed, two with their taxonomy code (as the extractor gives them)."""
    codes = {"Thu ngân sách nhà nước": "budget_revenue", "Khách du lịch": "tourist_arrivals"}
    path = tmp_path / "coded.db"
    with Store(path) as store:
        records = [r.with_changes(indicator_code=codes.get(r.indicator)) for r in budget_records()]
        store.add_articles([(article("a", BUDGET), records, "test", False)])
        for record_id in range(1, 4):
            store.decide(record_id, "confirmed", "an")
    return path


def test_the_dataset_names_indicators_as_the_reviewer_reads_them(qtbot, qapp, coded_db):
    """'budget_revenue — Thu ngân sách nhà nước': a code in English led each row, the filter and the
    chart's title, and the rows were in the codes' order.  The name now, the code in the tooltip."""
    window = open_window(qtbot, coded_db)
    qtbot.keyClick(window.record_table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.team.dataset
    model = view.model
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == ["Khách du lịch", "Thu ngân sách nhà nước", "“Doanh thu du lịch”"]  # a label last, quoted
    budget = model.index(names.index("Thu ngân sách nhà nước"), 0)
    assert "budget_revenue" in budget.data(Qt.ItemDataRole.ToolTipRole)
    label = model.index(2, 0)
    assert label.data(Qt.ItemDataRole.FontRole).italic() and not budget.data(Qt.ItemDataRole.FontRole)
    assert "Chưa có mã chỉ tiêu" in label.data(Qt.ItemDataRole.ToolTipRole)
    assert "hàng chỉ tiêu không mã" in view.summary.text()
    combo = view.filter_bar.code
    assert [combo.itemText(i) for i in range(1, combo.count())] == names
    view.table.setCurrentIndex(budget)  # the chart follows the row
    qtbot.waitUntil(lambda: view.chart_panel.key == "budget_revenue")
    assert view.chart_panel.chart.data.title == "Thu ngân sách nhà nước"


def test_the_conflict_names_the_indicator_each_reviewer_chose(qtbot, qapp, tmp_path):
    """The taxonomy's code (``budget_revenue``) was the row's text, under the title "Code"."""
    corpus = make_corpus(tmp_path / "corpus.db", 1)
    a, b = split_corpus(corpus, 2, 100, tmp_path / "team", names=["an", "binh"]).files
    budget = shared_records([a, b])[0]
    decide(a, "an", {budget: {"indicator_code": "budget_revenue"}})
    decide(b, "binh", {budget: R})
    merge_files([a, b], tmp_path / "merged.db")
    window = open_window(qtbot, tmp_path / "merged.db")
    qtbot.keyClick(window.record_table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    model = window.team.conflicts.version_model
    qtbot.waitUntil(lambda: model.columnCount() == 3)
    row = FIELDS.index("indicator_code")
    assert model.headerData(row, Qt.Orientation.Vertical) == "Chỉ tiêu chuẩn"
    assert model.text(row, 0) == "Thu ngân sách nhà nước"
    assert (
        model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "Thu ngân sách nhà nước\nMã: budget_revenue"
    )
