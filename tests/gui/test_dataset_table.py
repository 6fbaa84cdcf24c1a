"""The dataset table as a researcher reads it: one unit a row, the years with data, a click, a copy.

Driven through the real window with keys and the mouse; what the table shows is checked against
the records in the database.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QSplitter

from desktop.gui.chart import build_chart_data
from desktop.gui.dataset_model import kind_mark
from desktop.gui.dataset_view import first_shown
from desktop.store import Store
from tests.factories import BUDGET, article, budget_records, figure
from tests.gui.test_dataset_and_conflicts import UNIT, open_window

BUDGET_2021 = "Năm 2021, thu ngân sách nhà nước trên địa bàn đạt 13.922.662 triệu đồng."


@pytest.fixture
def years_db(tmp_path: Path) -> Path:
    """Cẩm Phả's budget in 2019 (tỷ đồng) and 2021 (triệu đồng), and one figure of 1999 among many later."""
    path = tmp_path / "years.db"
    first, tourists, revenue = budget_records()
    later = [r.with_changes(period=str(year)) for year in range(2010, 2022) for r in (tourists, revenue)]
    budget_2021 = figure(
        BUDGET_2021,
        "13.922.662 triệu đồng",
        "Thu ngân sách nhà nước trên địa bàn",
        "13922662",
        "triệu đồng",
        10**6,
        kind="estimate",
        period="2021",
        locality="Cẩm Phả",
    )
    with Store(path) as store:
        store.add_articles(
            [
                (article("a", BUDGET), [first, *later], "test", False),
                (
                    article("b", BUDGET_2021),
                    [budget_2021, revenue.with_changes(period="1999", indicator="Doanh thu lữ hành")],
                    "test",
                    False,
                ),
            ]
        )
        store.conn.execute(
            "UPDATE record_rows SET indicator_code = 'budget_revenue' WHERE indicator LIKE 'Thu%'"
        )
        ids = [r for (r,) in store.conn.execute("SELECT id FROM record_rows ORDER BY id")]
        store.decide_many(ids, "confirmed", "an")
    return path


def dataset(qtbot, path: Path):
    window = open_window(qtbot, path)
    qtbot.keyClick(window.record_table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.team.dataset
    qtbot.waitUntil(lambda: view.loaded)
    return window, view


def row_named(model, title: str) -> int:
    return next(row for row in range(model.rowCount()) if model.index(row, 0).data() == title)


def column_of(model, period: str) -> int:
    return next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == period
    )


def test_a_row_writes_its_values_in_one_unit(qtbot, qapp, years_db):
    """'11.428,6 tỷ đồng' beside '13.922.662 triệu đồng': two units in one row, read as a thousandfold rise."""
    _, view = dataset(qtbot, years_db)
    model = view.model
    row = row_named(model, "Thu ngân sách nhà nước")
    assert model.index(row, UNIT).data() == "tỷ đồng"
    assert model.index(row, column_of(model, "2019")).data() == f"11.428,6 {kind_mark('estimate')}"
    assert model.index(row, column_of(model, "2021")).data() == f"13.922,662 {kind_mark('estimate')}"
    with Store(years_db, readonly=True) as store:
        base = {
            p: Decimal(v)
            for p, v in store.conn.execute(
                "SELECT period, base_value FROM record_rows WHERE indicator_code = 'budget_revenue'"
            )
        }
    assert base == {"2019": Decimal("11428600000000"), "2021": Decimal("13922662000000")}
    tip = model.index(row, column_of(model, "2021")).data(Qt.ItemDataRole.ToolTipRole)
    assert "13.922.662 triệu đồng" in tip  # the record as the article wrote it


def test_a_click_selects_and_a_double_click_opens_the_record(qtbot, qapp, years_db):
    window, view = dataset(qtbot, years_db)
    model = view.model
    row = row_named(model, "Thu ngân sách nhà nước")
    index = model.index(row, column_of(model, "2021"))
    view.table.scrollTo(index)
    where = view.table.visualRect(index).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.team.tabs.currentWidget() is view  # a click only selects: the chart follows the row
    assert view.table.currentIndex() == index
    assert view.chart_panel.chart.data.title == "Thu ngân sách nhà nước"
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.team.tabs.currentIndex() == 0
    with Store(years_db, readonly=True) as store:
        (wanted,) = store.conn.execute(
            "SELECT id FROM record_rows WHERE period = '2021' AND unit = 'triệu đồng'"
        )
    assert window.current_row().id == wanted[0]


def test_enter_on_a_rows_name_goes_to_its_first_value(qtbot, qapp, years_db):
    _, view = dataset(qtbot, years_db)
    model = view.model
    row = row_named(model, "Thu ngân sách nhà nước")
    view.table.setFocus()
    view.table.setCurrentIndex(model.index(row, 0))
    assert model.index(row, UNIT + 1).data() == "2019–2021"  # the years of the row, without scrolling
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.table.currentIndex() == model.index(row, column_of(model, "2019"))


def test_ctrl_c_copies_the_selected_cells_as_a_table(qtbot, qapp, years_db):
    _, view = dataset(qtbot, years_db)
    model = view.model
    row = row_named(model, "Thu ngân sách nhà nước")
    view.table.setFocus()
    view.table.setCurrentIndex(model.index(row, 0))
    for _ in range(UNIT):
        qtbot.keyClick(view.table, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert (
        QApplication.clipboard().text()
        == "Chỉ tiêu\tĐịa phương\tĐơn vị\nThu ngân sách nhà nước\tCẩm Phả\ttỷ đồng\n"
    )


def test_ctrl_c_copies_values_as_numbers_a_spreadsheet_reads(qtbot, qapp, years_db):
    """Not the cell's display (``13.922,662 ước``): the number alone, in the system's decimal style."""
    system = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    try:
        _, view = dataset(qtbot, years_db)
        model = view.model
        row = row_named(model, "Thu ngân sách nhà nước")
        view.table.setFocus()
        view.table.setCurrentIndex(model.index(row, column_of(model, "2019")))
        for _ in range(2):
            qtbot.keyClick(view.table, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    finally:
        QLocale.setDefault(system)
    assert model.index(row, column_of(model, "2021")).data() == f"13.922,662 {kind_mark('estimate')}"
    assert QApplication.clipboard().text() == "2019\t2020\t2021\n11428,6\t\t13922,662\n"


def test_a_lone_early_year_is_hidden_and_a_button_shows_it(qtbot, qapp, years_db):
    """1999 holds one record of 26, eleven years before the rest: its column started the table."""
    _, view = dataset(qtbot, years_db)
    model = view.model
    assert model.periods[0] == "1999"
    early = column_of(model, "1999")
    assert view.table.isColumnHidden(early) and not view.table.isColumnHidden(column_of(model, "2010"))
    button = view.every_year
    assert button.isVisible() and button.text() == "Hiện 1 kỳ trước đó (1 bản ghi)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not view.table.isColumnHidden(early)
    assert QSettings().value("dataset/every_year", type=bool)  # the next start shows every year too
    row = row_named(model, "“Doanh thu lữ hành”")  # the 1999 record's row: its value is there
    assert model.index(row, early).data() == f"700 {kind_mark('estimate')}"


def test_enter_on_a_row_whose_values_are_all_early_shows_them(qtbot, qapp, years_db):
    _, view = dataset(qtbot, years_db)
    model = view.model
    row = row_named(model, "“Doanh thu lữ hành”")
    assert model.index(row, UNIT + 1).data() == "1999"
    view.table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.table.currentIndex() == model.index(row, column_of(model, "1999"))
    assert not view.table.isColumnHidden(column_of(model, "1999")) and view.every_year.isChecked()


def test_the_keys_go_to_the_table_when_the_tab_opens(qtbot, qapp, years_db):
    """Focus fell on the indicator filter, where Down chose another indicator and filtered the table."""
    _, view = dataset(qtbot, years_db)
    assert QApplication.focusWidget() is view.table
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert view.filter_bar.code.currentData() is None
    assert view.table.currentIndex().row() == 1
    assert view.chart_panel.key == view.model.rows[1].key  # the chart follows the row


@pytest.mark.parametrize(
    ("counts", "start"),
    [
        ({"1999": 4, "2000": 6, "2010": 3, "2011": 16, "2016": 70, "2017": 114, "2020": 172}, 2),
        ({"2015": 3, "2016": 3, "2017": 44, "2020": 78}, 0),  # a series that runs on is never cut
        ({"2001": 40, "2015": 60}, 0),  # an early year with much data stays
        ({"2010": 1, "2011-2015": 5, "2020": 50, None: 3}, 0),
        ({None: 3}, 0),
    ],
)
def test_the_table_starts_where_the_data_does(counts, start):
    assert first_shown(counts) == start


def test_a_click_on_the_place_header_sorts_by_place_keeping_the_row(qtbot, qapp, tmp_path):
    path = tmp_path / "places.db"
    with Store(path) as store:
        store.add_articles(
            [
                (article(doc, f"{BUDGET} {doc}", locality=place), budget_records()[:1], "test", False)
                for doc, place in (("a", "Đà Nẵng"), ("b", "Cẩm Phả"), ("c", "Bắc Ninh"))
            ]
        )
        store.conn.execute(
            "UPDATE record_rows SET locality = (SELECT locality FROM articles WHERE id = article_id)"
        )
        store.decide_many([1, 2, 3], "confirmed", "an")
    _, view = dataset(qtbot, path)
    model, header = view.model, view.table.frozen.horizontalHeader()  # the names' header, over the table's
    view.table.setCurrentIndex(model.index([r.place for r in model.rows].index("Cẩm Phả"), 1))
    place = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(place, header.height() // 2))
    assert [r.place for r in model.rows] == ["Bắc Ninh", "Cẩm Phả", "Đà Nẵng"]  # Đ after D, as a reader sorts
    assert model.rows[view.table.currentIndex().row()].place == "Cẩm Phả"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(place, header.height() // 2))
    assert [r.place for r in model.rows] == ["Đà Nẵng", "Cẩm Phả", "Bắc Ninh"]
    with Store(path, readonly=True) as store:
        stored = sorted(p for (p,) in store.conn.execute("SELECT locality FROM record_rows"))
    assert sorted(r.place for r in model.rows) == stored
    years = header.sectionViewportPosition(UNIT + 1) + 5  # the years: no sort, the order stays
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(years, header.height() // 2))
    assert [r.place for r in model.rows] == ["Đà Nẵng", "Cẩm Phả", "Bắc Ninh"]
    assert header.sortIndicatorSection() == 1 == view.table.horizontalHeader().sortIndicatorSection()
    periods = view.table.horizontalHeader()  # a period's header does not sort either
    first = periods.sectionViewportPosition(column_of(model, "2019")) + 5
    qtbot.mouseClick(periods.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(first, periods.height() // 2))
    assert [r.place for r in model.rows] == ["Đà Nẵng", "Cẩm Phả", "Bắc Ninh"]
    assert periods.sortIndicatorSection() == 1


def test_the_dataset_model_keeps_qt_rules_through_a_sort(qtbot, qapp, years_db, qtmodeltester):
    _, view = dataset(qtbot, years_db)
    qtmodeltester.check(view.model)
    view.model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(view.model)


def test_an_empty_table_says_why_and_the_chart_has_nothing_to_save(qtbot, qapp, years_db, tmp_path):
    _, view = dataset(qtbot, years_db)
    assert view.chart_panel.save.isEnabled()
    view.filter_bar.kind.setCurrentIndex(view.filter_bar.kind.findData("target"))  # no target was reviewed
    with Store(years_db, readonly=True) as store:
        assert not store.conn.execute("SELECT 1 FROM record_rows WHERE kind = 'target'").fetchall()
    assert view.model.rowCount() == 0
    assert "Không có bản ghi đã duyệt nào khớp với các bộ lọc này" in view.summary.text()
    assert view.chart_panel.key is None and not view.chart_panel.chart.data.series  # not the last row's chart
    assert not view.chart_panel.save.isEnabled()
    path = tmp_path / "new.db"
    with Store(path) as store:
        store.add_articles([(article("a", BUDGET), budget_records(), "test", False)])
    _, fresh = dataset(qtbot, path)
    assert fresh.summary.text().startswith("Chưa có bản ghi nào được duyệt")


def test_the_headers_explain_themselves(qtbot, qapp, years_db):
    _, view = dataset(qtbot, years_db)
    model = view.model
    tip = model.headerData(column_of(model, "2019"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    with Store(years_db, readonly=True) as store:
        (count,) = store.conn.execute("SELECT COUNT(*) FROM record_rows WHERE period = '2019'").fetchone()
    assert tip == f"{count} bản ghi đã duyệt trong kỳ này"
    assert "Nhấp để sắp xếp" in model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_the_chart_mode_and_the_split_are_kept_for_the_next_start(qtbot, qapp, years_db):
    window, view = dataset(qtbot, years_db)
    view.chart_panel.mode.setFocus()
    qtbot.keyClick(view.chart_panel.mode, Qt.Key.Key_Down)  # lines -> bars
    assert view.chart_panel.chart.mode == "bars"
    splitter = view.findChild(QSplitter, "dataset_splitter")
    total = sum(splitter.sizes())
    splitter.setSizes([total - 280, 280])
    splitter.splitterMoved.emit(total - 280, 1)  # what a drag of the handle ends with
    sizes = splitter.sizes()
    window.close()
    _, again = dataset(qtbot, years_db)
    assert again.chart_panel.mode.currentData() == "bars" and again.chart_panel.chart.mode == "bars"
    assert again.findChild(QSplitter, "dataset_splitter").sizes() == sizes


def test_a_chart_of_few_points_writes_their_values(qtbot, qapp, years_db, tmp_path):
    _, view = dataset(qtbot, years_db)
    row = row_named(view.model, "Thu ngân sách nhà nước")
    view.table.setCurrentIndex(view.model.index(row, 0))
    chart = view.chart_panel.chart
    chart.export(tmp_path / "budget.svg")
    svg = (tmp_path / "budget.svg").read_text(encoding="utf-8")
    assert "nghìn tỷ đồng" in svg and ">11,43<" in svg and ">13,92<" in svg  # 11.428,6 and 13.922,662 tỷ
    many = build_chart_data(
        "x", "ha", {"A": [(str(year), "actual", str(year)) for year in range(2000, 2020)]}
    )
    chart.show_data(many)
    chart.export(tmp_path / "many.svg")
    assert ">2.019<" not in (tmp_path / "many.svg").read_text(
        encoding="utf-8"
    )  # twenty points: the axis only


def test_the_review_keys_do_not_decide_unseen_records_from_the_dataset_tab(qtbot, qapp, tmp_path):
    """Enter, Y and N in the dataset tab confirmed and rejected records of the article hidden behind it."""
    path = tmp_path / "pending.db"
    first, *others = budget_records()
    with Store(path) as store:
        store.add_articles([(article("a", BUDGET), [first, *others], "test", False)])
        store.decide(1, "confirmed", "an")  # one row in the dataset, two records pending
    window, view = dataset(qtbot, path)
    view.table.setCurrentIndex(view.model.index(0, 0))
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Y, Qt.Key.Key_N, Qt.Key.Key_Delete, Qt.Key.Key_J, Qt.Key.Key_A):
        qtbot.keyClick(view.table, key)
    assert window.team.tabs.currentWidget() is view
    with Store(path, readonly=True) as store:
        assert [s for (s,) in store.conn.execute("SELECT status FROM decisions ORDER BY record_id")] == [
            "confirmed"
        ]
    qtbot.keyClick(view.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # back to the review
    assert window.team.tabs.currentIndex() == 0
    window.record_table.setFocus()
    qtbot.keyClick(window.record_table, Qt.Key.Key_Y)  # where the keys decide again
    with Store(path, readonly=True) as store:
        assert (
            store.conn.execute("SELECT COUNT(*) FROM decisions WHERE status = 'confirmed'").fetchone()[0] == 2
        )


def test_the_names_stay_in_sight_while_the_years_scroll(qtbot, qapp, years_db):
    """The indicator, place, unit and years took half the table: scrolling to the data took them away."""
    window, view = dataset(qtbot, years_db)
    window.resize(900, 700)
    model, table = view.model, view.table
    row = row_named(model, "Thu ngân sách nhà nước")
    table.setCurrentIndex(model.index(row, 0))
    table.setCurrentIndex(model.index(row, column_of(model, "2021")))  # the last year, far to the right
    assert table.horizontalScrollBar().value() > 0
    names = table.frozen
    assert names.isVisible() and names.width() == sum(table.columnWidth(c) for c in range(UNIT + 2))
    name = names.visualRect(model.index(row, 0))
    assert (
        names.rect().contains(name.center())
        and names.indexAt(name.center()).data() == "Thu ngân sách nhà nước"
    )
    assert table.visualRect(table.currentIndex()).left() >= names.width()  # the value is not under the names
    qtbot.keyClick(table, Qt.Key.Key_Left)  # Left walks back through the years, out from under the names
    for _ in range(len(model.periods) - 2):
        qtbot.keyClick(table, Qt.Key.Key_Left)
        assert (
            table.visualRect(table.currentIndex()).left() >= names.width()
            or table.currentIndex().column() < 4
        )
    qtbot.mouseClick(names.viewport(), Qt.MouseButton.LeftButton, pos=name.center())  # a double-click's press
    qtbot.mouseDClick(
        names.viewport(), Qt.MouseButton.LeftButton, pos=name.center()
    )  # on a name: its first value
    assert table.currentIndex() == model.index(row, column_of(model, "2019"))


def test_the_table_opens_on_the_years_that_hold_the_records(qtbot, qapp, years_db):
    """2010 to 2015 held 22 of 385 records of the dev corpus and filled the screen; 2016-2020 held 323."""
    _, view = dataset(qtbot, years_db)
    table, model = view.table, view.model

    def records_in_sight() -> int:
        return sum(
            model.counts[model.period_of(c)]
            for c in range(UNIT + 2, model.columnCount())
            if not table.isColumnHidden(c)
            and table.visualRect(model.index(0, c)).left() >= table.frozen_width()
            and table.visualRect(model.index(0, c)).right() <= table.viewport().width()
        )

    bar = table.horizontalScrollBar()
    assert bar.maximum() > 0, "the test needs more years than the table shows at once"
    opened, at = records_in_sight(), bar.value()
    assert at > 0  # not the first years: the earlier ones are a scroll to the left
    for value in range(0, bar.maximum() + 1, 10):
        bar.setValue(value)
        assert records_in_sight() <= opened, value
