"""The XLSX an analyst opens (frozen header, filters, widths, dates, comparisons) and the tidy table."""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from factories import article, budget_records
from openpyxl import load_workbook

from desktop.core.errors import InputError
from desktop.core.records import Comparison
from desktop.export import export
from desktop.export.tidy import TIDY_HEADER
from desktop.export.to_xlsx import XLSX_HEADER, comparison_cells, date_cell, timestamp_cell
from desktop.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """The budget article, published 2020-01-15: revenue confirmed with two comparisons, tourism pending."""
    path = tmp_path / "c.db"
    budget, visitors, revenue = budget_records()
    budget = budget.with_changes(
        indicator_code="budget_revenue",
        comparisons=(
            Comparison(Decimal("103.72"), "ratio", "plan"),
            Comparison(Decimal("6.97"), "change", "same_period"),
        ),
    )
    with Store(path) as store:
        store.add_articles(
            [
                (
                    article("cam_pha", published="2020-01-15", url="https://example.vn/a"),
                    [budget, visitors, revenue.with_changes(period="2016-2020")],
                    "v1",
                    False,
                )
            ]
        )
        first, _, third = store.records(1)
        store.decide(first.id, "confirmed", "lan")
        store.decide(third.id, "confirmed", "lan")
    return path


def sheet_rows(path: Path, name: str) -> list[dict]:
    book = load_workbook(path)
    rows = list(book[name].values)
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_every_sheet_has_a_frozen_header_filters_and_widths(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export(db, out, "xlsx", "all", tidy=True)
    book = load_workbook(out)
    assert book.sheetnames == ["records", "articles", "tidy"]
    expected = {"records": (XLSX_HEADER, 3), "articles": (None, 1), "tidy": (TIDY_HEADER, 3)}
    for name, (header, rows) in expected.items():
        sheet = book[name]
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{rows + 1}"
        assert sheet.max_row == rows + 1
        assert sheet["A1"].font.bold
        if header:
            assert tuple(c.value for c in sheet[1]) == header
    records = book["records"]
    widths = {
        records.cell(1, i).value: records.column_dimensions[records.cell(1, i).column_letter].width
        for i in range(1, records.max_column + 1)
    }
    assert widths["indicator"] == 40 and widths["start"] == 12 and widths["pct_of_same_period"] == 22


def test_dates_are_dates_and_comparisons_read_and_sort(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export(db, out, "xlsx", "confirmed")
    budget, revenue = sheet_rows(out, "records")
    assert isinstance(budget["decided_at"], datetime) and budget["decided_at"].year >= 2025
    assert budget["published"] == datetime(2020, 1, 15)  # openpyxl reads every date cell back as a datetime
    assert budget["comparisons"] == "103.72% of plan; +6.97% vs same period"
    assert (budget["pct_of_plan"], budget["pct_of_same_period"]) == (103.72, 106.97)
    assert budget["pct_of_target"] is None and budget["pct_of_other"] is None
    assert revenue["comparisons"] is None  # an empty string is no cell at all
    (article_row,) = sheet_rows(out, "articles")
    assert article_row["published"] == datetime(2020, 1, 15) and article_row["exported"] == 2


def test_comparison_cells_keep_exact_percentages() -> None:
    text, by_basis = comparison_cells(
        '[{"percent": -2.5, "relation": "change", "basis": "plan"}, '
        '{"percent": 99.9, "relation": "ratio", "basis": "plan"}]'
    )
    assert text == "-2.5% vs plan; 99.9% of plan"
    assert by_basis == [None, Decimal("97.5"), None, None]
    assert comparison_cells("[]") == ("", [None, None, None, None])


def test_the_tidy_csv_has_one_row_per_figure_in_base_units(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tidy.csv"
    report = export(db, out, "csv", "confirmed", tidy=True)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert report.records == len(rows) == 2
    assert tuple(rows[0]) == TIDY_HEADER
    assert rows[0] == {
        "indicator_code": "budget_revenue",
        "indicator_name": "Thu ngân sách nhà nước",
        "place": "Cẩm Phả",
        "year": "2019",
        "kind": "estimate",
        "value": "11428600000000",
        "base_unit": "đồng",
        "source_article": "cam_pha",
        "source_url": "https://example.vn/a",
        "record_id": "1",
    }
    assert (rows[1]["indicator_name"], rows[1]["year"], rows[1]["value"]) == (
        "Doanh thu du lịch",
        "2016-2020",
        "700000000000",
    )


def test_the_tidy_sheet_has_numbers(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export(db, out, "xlsx", "confirmed", tidy=True)
    first, second = sheet_rows(out, "tidy")
    assert (first["year"], first["value"]) == (2019, 11428600000000)
    assert second["year"] == "2016-2020"


def test_tidy_json_lines_is_refused_with_advice(db: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--tidy is for csv and xlsx"):
        export(db, tmp_path / "o.jsonl", "jsonl", "all", tidy=True)
    assert not (tmp_path / "o.jsonl").exists()


def test_a_date_that_is_not_iso_stays_text() -> None:
    assert date_cell("2020-02-30") == "2020-02-30" and date_cell("2020-02-28") == date(2020, 2, 28)
    assert timestamp_cell("yesterday") == "yesterday"
