"""The record table at a laptop's width: every field of every record readable, nothing to scroll sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from desktop.gui.record_delegate import PADDING
from desktop.gui.record_model import COLUMNS, DETAIL_ROLE
from desktop.gui.states import state_colour


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


def test_the_delegate_paints_what_the_model_says(window):
    """One answer per cell (``look``) for the delegate, the same as the roles Qt and tooltips ask for."""
    records = window.records
    roles = {
        "text": Qt.ItemDataRole.DisplayRole,
        "detail": DETAIL_ROLE,
        "background": Qt.ItemDataRole.BackgroundRole,
        "foreground": Qt.ItemDataRole.ForegroundRole,
        "icon": Qt.ItemDataRole.DecorationRole,
    }
    for row in range(records.rowCount()):
        for column in range(len(COLUMNS)):
            look = records.look(row, column)
            index = records.index(row, column)
            for field, role in roles.items():
                assert (getattr(look, field) is None) == (index.data(role) is None), (row, column, field)
            assert look.text == index.data() and look.detail == index.data(DETAIL_ROLE)
            assert look.background == index.data(Qt.ItemDataRole.BackgroundRole)
            assert look.centred == (index.data(Qt.ItemDataRole.TextAlignmentRole) is not None)


def test_a_state_cell_shows_its_colour_a_selected_row_the_selection(window, qtbot):
    table = window.record_table
    current = table.currentIndex().row()
    other = next(row for row in range(window.records.rowCount()) if row != current)
    qtbot.waitExposed(table)
    image = table.viewport().grab().toImage()
    for row, column, expected in (
        (other, "state", state_colour(window.records.stored(other).status)),
        (current, "checks", table.palette().highlight().color()),  # the state cell has the focus frame
    ):
        rect = table.visualRect(window.records.index(row, COLUMNS.index(column)))
        assert image.pixelColor(rect.left() + 3, rect.top() + 3) == expected, (row, column)
