"""The record table at a laptop's width: every field of every record readable, nothing to scroll sideways."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics

from desktop.gui.record_delegate import PADDING
from desktop.gui.record_model import COLUMNS, DETAIL_ROLE


def cell_lines(window, row: int, column: str) -> list[str]:
    index = window.records.index(row, COLUMNS.index(column))
    return [text for text in (index.data(), index.data(DETAIL_ROLE)) if text]


@pytest.mark.parametrize("width", [1280, 1440])
def test_values_kinds_periods_places_and_comparisons_fit(window, qtbot, width):
    window.resize(width, 800)
    qtbot.waitUntil(lambda: window.width() == width)
    table = window.record_table
    assert table.horizontalScrollBar().maximum() == 0
    metrics = QFontMetrics(table.font())
    header = table.horizontalHeader()
    for row in range(window.records.rowCount()):
        for column in ("value", "confidence"):
            room = header.sectionSize(COLUMNS.index(column)) - 2 * PADDING
            assert all(metrics.horizontalAdvance(line) <= room for line in cell_lines(window, row, column))
        details = window.records.index(row, COLUMNS.index("indicator")).data(DETAIL_ROLE)
        assert (
            metrics.horizontalAdvance(details) <= header.sectionSize(COLUMNS.index("indicator")) - 2 * PADDING
        )


def test_qualifier_comparisons_and_confidence_are_shown(window):
    budget, visitors = window.records.stored(0), window.records.stored(1)
    assert cell_lines(window, 0, "value") == ["11.428,6 tỷ đồng", "103,72% kế hoạch"]
    assert cell_lines(window, 1, "value") == ["≈ 1 triệu lượt"]
    assert cell_lines(window, 0, "indicator") == ["Thu ngân sách nhà nước", "ước tính · 2019 · Cẩm Phả"]
    assert cell_lines(window, 0, "confidence") == ["90%"]
    assert budget.qualifier == "exact" and visitors.qualifier == "approx"
