"""``chitieu export --format tidy``: the dataset view's table in long form, as CSV or a one-sheet workbook."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.export.tidy import TIDY_HEADER
from desktop.store import Store
from desktop.store.dataset import cell_records, dataset_periods, dataset_rows
from tests.factories import BUDGET, article, budget_records


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Two reports of Cẩm Phả 2019 (one budget figure differs); one record rejected, one pending."""
    path = tmp_path / "c.db"
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
        for record_id in (1, 2, 3, 4, 5):
            store.decide(record_id, "confirmed", "an")
        store.decide(5, "rejected", "an")
    return path


def dataset_facts(path: Path) -> set[tuple]:
    """(key, place, year, kind, base value, record id) of every record behind every cell of the dataset view."""
    facts = set()
    with Store(path, readonly=True) as store:
        for row in dataset_rows(store.conn):
            for period in dataset_periods(store.conn):
                for r in cell_records(store.conn, row, period):
                    facts.add((row.key, row.place, period, r["kind"], Decimal(r["base_value"]), r["id"]))
    return facts


def test_tidy_csv_is_the_dataset_view_in_long_form(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tidy.csv"
    assert main(["export", "--db", str(db), "--format", "tidy", "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == TIDY_HEADER
    tidy = {
        (
            r["indicator_code"] or r["indicator_name"],
            r["place"],
            r["year"],
            r["kind"],
            Decimal(r["value"]),
            int(r["record_id"]),
        )
        for r in rows
    }
    assert tidy == dataset_facts(db)
    assert len(rows) == 4  # confirmed records only: the rejected and the pending one are not in the dataset
    budget = [r for r in rows if r["indicator_name"] == "Thu ngân sách nhà nước"]
    assert {r["value"] for r in budget} == {"11428600000000", "11500000000000"}
    assert {r["base_unit"] for r in budget} == {"đồng"} and {r["source_article"] for r in budget} == {
        "a",
        "b",
    }


def test_tidy_xlsx_is_one_sheet_of_the_same_rows(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tidy.xlsx"
    assert main(["export", "--db", str(db), "--format", "tidy", "-o", str(out)]) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["tidy"]
    sheet = book["tidy"]
    assert tuple(c.value for c in sheet[1]) == TIDY_HEADER and sheet.freeze_panes == "A2"
    values = sorted(row[TIDY_HEADER.index("value")] for row in sheet.iter_rows(min_row=2, values_only=True))
    assert values == [1000000, 700000000000, 11428600000000, 11500000000000]


def test_tidy_to_standard_output_is_csv(db: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["export", "--db", str(db), "--format", "tidy", "-o", "-"]) == 0
    lines = capfdbinary.readouterr().out.decode("utf-8-sig").splitlines()
    assert lines[0] == ",".join(TIDY_HEADER) and len(lines) == 5
