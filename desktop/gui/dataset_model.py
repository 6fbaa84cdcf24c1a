"""The curated dataset as a Qt table model: indicator x place x unit rows, one column per period.

Rows and columns come from the store at once (a few thousand rows for a
million records); the cells of a row are read from the store when the view
first asks for them, which is when the row scrolls into sight, and kept.
A cell shows the value of its first record in that record's unit with the
kind marked (TH actual, ƯTH estimate, KH target in Vietnamese); a cell whose
records hold two or more different values is a conflict: marked, tinted and
explained in its tooltip, never hidden behind one of the values.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.core.numbers import format_number
from desktop.core.taxonomy import Taxonomy
from desktop.gui.language import interface_language
from desktop.store import Store
from desktop.store.dataset import (
    Cell,
    DatasetFilter,
    DatasetRow,
    cell_records,
    dataset_periods,
    dataset_rows,
    record_value,
    row_cells,
)

Index = QModelIndex | QPersistentModelIndex

#: Columns before the periods.
FIXED = ("indicator", "place", "unit")
CONFLICT_COLOUR = QColor("#f8c9c4")
#: The role that gives a cell's list of :class:`Cell` (empty outside the period columns).
CELLS_ROLE = Qt.ItemDataRole.UserRole + 1
#: How many records a conflict's tooltip lists.
TOOLTIP_RECORDS = 8


def kind_mark(kind: str) -> str:
    """The short mark of a kind as statistical tables write it."""
    marks = {
        "actual": QCoreApplication.translate("Dataset", "act."),
        "estimate": QCoreApplication.translate("Dataset", "est."),
        "target": QCoreApplication.translate("Dataset", "target"),
    }
    return marks.get(kind, kind)


def indicator_title(taxonomy: Taxonomy, key: str) -> str:
    """A taxonomy code's name in the window's language; the label itself for records without one.

    The code led the name (``budget_revenue — Thu ngân sách nhà nước``): English to a Vietnamese
    reviewer, who reads the record table by its labels.  The code is in :func:`indicator_tip`.
    """
    name = taxonomy.name(key, interface_language()) if key in taxonomy.indicators else None
    return name or key or QCoreApplication.translate("Dataset", "(no label)")


def indicator_tip(taxonomy: Taxonomy, key: str) -> str:
    """The title, and the taxonomy code under it (what exports and the command line use)."""
    title = indicator_title(taxonomy, key)
    if key not in taxonomy.indicators:
        return title
    return f"{title}\n" + QCoreApplication.translate("Dataset", "Code: %1").replace("%1", key)


def reading_order(title: str) -> tuple[str, str]:
    """A sort key that reads Vietnamese as a reader alphabetises it: Đ with D, accents after the letter."""
    bare = "".join(c for c in unicodedata.normalize("NFD", title) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D").casefold(), title


class DatasetModel(QAbstractTableModel):
    """Read-only; :meth:`load` re-reads rows and columns for a filter, cells follow on demand."""

    def __init__(self, store: Store, taxonomy: Taxonomy, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.taxonomy = taxonomy
        self.filter = DatasetFilter()
        self.rows: list[DatasetRow] = []
        self.periods: list[str | None] = []
        self._cells: dict[int, dict[str | None, list[Cell]]] = {}
        self._values: dict[int, tuple[str, str] | None] = {}

    def load(self, chosen: DatasetFilter | None = None) -> None:
        self.beginResetModel()
        if chosen is not None:
            self.filter = chosen
        rows = dataset_rows(self.store.conn, self.filter)
        order = {key: reading_order(indicator_title(self.taxonomy, key)) for key in {r.key for r in rows}}
        self.rows = sorted(rows, key=lambda r: (not r.key, order[r.key], r.place or "", r.base_unit))
        self.periods = dataset_periods(self.store.conn, self.filter)
        self._cells.clear()
        self._values.clear()
        self.endResetModel()

    # ---- shape -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(FIXED) + len(self.periods)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(FIXED):
            return {
                "indicator": self.tr("Indicator"),
                "place": self.tr("Place"),
                "unit": self.tr("Base unit"),
            }[FIXED[section]]
        period = self.periods[section - len(FIXED)]
        return period if period is not None else self.tr("no year")

    def period_of(self, column: int) -> str | None:
        return self.periods[column - len(FIXED)]

    def is_period_column(self, column: int) -> bool:
        return column >= len(FIXED)

    # ---- cells -----------------------------------------------------------------

    def cells(self, row: int, column: int) -> list[Cell]:
        if not self.is_period_column(column):
            return []
        if row not in self._cells:
            self._cells[row] = row_cells(self.store.conn, self.rows[row], self.filter)
        return self._cells[row].get(self.period_of(column), [])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == CELLS_ROLE:
            return self.cells(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return CONFLICT_COLOUR if any(c.conflict for c in self.cells(row, column)) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                indicator_tip(self.taxonomy, self.rows[row].key)
                if column == 0
                else self._tooltip(row, column)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and self.is_period_column(column):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: int, column: int) -> str:
        dataset_row = self.rows[row]
        if column == 0:
            return indicator_title(self.taxonomy, dataset_row.key)
        if column == 1:
            return dataset_row.place or self.tr("(no place)")
        if column == 2:
            return dataset_row.base_unit
        return " · ".join(self._cell_text(cell) for cell in self.cells(row, column))

    def _cell_text(self, cell: Cell) -> str:
        if cell.first_id not in self._values:
            self._values[cell.first_id] = record_value(self.store.conn, cell.first_id)
        found = self._values[cell.first_id]
        shown = "?" if found is None else f"{format_number(Decimal(found[0]))} {found[1]}".strip()
        text = f"{shown} {kind_mark(cell.kind)}"
        if cell.conflict:
            text = "⚠ " + text + " " + self.tr("(+%n other values)", "", cell.values - 1)
        return text

    def _tooltip(self, row: int, column: int) -> str | None:
        cells = self.cells(row, column)
        if not cells:
            return None
        lines = []
        if any(c.conflict for c in cells):
            lines.append(self.tr("Conflict: the records of this cell give different values."))
        records = cell_records(self.store.conn, self.rows[row], self.period_of(column), self.filter)
        for record in records[:TOOLTIP_RECORDS]:
            lines.append(
                f"{format_number(Decimal(record['value']))} {record['unit']} "
                f"({kind_mark(record['kind'])}) — {record['title'] or record['doc']}"
            )
        if len(records) > TOOLTIP_RECORDS:
            lines.append(self.tr("… and %n more", "", len(records) - TOOLTIP_RECORDS))
        lines.append(self.tr("Click to open the source record."))
        return "\n".join(lines)
