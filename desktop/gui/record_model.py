"""The records of one article as a Qt table model, one row per stored record.

A decision changes one record: the window hands the model that record's new
row (:meth:`RecordTableModel.put`) and the view repaints that one row; only
showing another article resets the model.
"""

from __future__ import annotations

from bisect import bisect_left
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.numbers import format_number
from desktop.core.records import Comparison
from desktop.gui.states import basis_label, kind_label, state_colour, state_label
from desktop.store.review_rows import ReviewRow

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("state", "indicator", "value", "unit", "kind", "period", "locality", "comparisons")


def column_title(name: str) -> str:
    titles = {
        "indicator": QCoreApplication.translate("RecordTable", "Indicator"),
        "value": QCoreApplication.translate("RecordTable", "Value"),
        "unit": QCoreApplication.translate("RecordTable", "Unit"),
        "kind": QCoreApplication.translate("RecordTable", "Kind"),
        "period": QCoreApplication.translate("RecordTable", "Period"),
        "locality": QCoreApplication.translate("RecordTable", "Place"),
        "comparisons": QCoreApplication.translate("RecordTable", "Comparisons"),
        "state": QCoreApplication.translate("RecordTable", "State"),
    }
    return titles[name]


def value_text(row: ReviewRow) -> str:
    """The value as a Vietnamese reader writes it: ``11.428,6``, ``31–32``, ``24/26``."""
    text = format_number(Decimal(row.value))
    if row.value_max is not None:
        text += "–" + format_number(Decimal(row.value_max))
    if row.of is not None:
        text += "/" + format_number(Decimal(row.of))
    return text


def comparison_text(comparison: Comparison) -> str:
    sign = "+" if comparison.relation == "change" and comparison.percent > 0 else ""
    return f"{sign}{format_number(comparison.percent)}% {basis_label(comparison.basis)}"


def cell_text(row: ReviewRow, column: str) -> str:
    """One cell, formatted only when the view asks for it (an article may have 100,000 records)."""
    if column == "value":
        return value_text(row)
    if column == "kind":
        return kind_label(row.kind)
    if column == "comparisons":
        return "; ".join(comparison_text(c) for c in row.parsed_comparisons())
    if column == "state":
        return state_label(row.status)
    return getattr(row, column) or ""


class RecordTableModel(QAbstractTableModel):
    """Read-only table in text order; every change goes through the store and comes back as rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[ReviewRow] = []
        self._rows: dict[int, int] = {}

    def set_records(self, records: list[ReviewRow]) -> None:
        """Another article (or the same one read again)."""
        self.beginResetModel()
        self._records = records
        self._index()
        self.endResetModel()

    def put(self, record: ReviewRow) -> None:
        """Show a record's new row: in place when its position in the text is unchanged, else moved there."""
        row = self._rows.get(record.id)
        if row is not None and self._sort_key(self._records[row]) == self._sort_key(record):
            self._records[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return
        if row is not None:
            self.remove(record.id)
        row = bisect_left(self._records, self._sort_key(record), key=self._sort_key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.insert(row, record)
        self._index()
        self.endInsertRows()

    def remove(self, record_id: int) -> None:
        row = self._rows.get(record_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._records[row]
        self._index()
        self.endRemoveRows()

    @staticmethod
    def _sort_key(record: ReviewRow) -> tuple[int, int]:
        return record.start, record.id  # the order of Store.review_rows

    def _index(self) -> None:
        self._rows = {stored.id: row for row, stored in enumerate(self._records)}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_title(COLUMNS[section])
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        stored = self._records[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(stored, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return stored.note or cell_text(stored, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == "state":
            return state_colour(stored.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "value":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ---- lookups --------------------------------------------------------------

    @property
    def records(self) -> list[ReviewRow]:
        return self._records

    def stored(self, row: int) -> ReviewRow:
        return self._records[row]

    def row_of(self, record_id: int) -> int | None:
        return self._rows.get(record_id)

    def pending_row(self, after: int) -> int | None:
        """The first pending row after ``after``, wrapping round to the top; None if none is pending."""
        count = len(self._records)
        for step in range(1, count + 1):
            row = (after + step) % count
            if self._records[row].status == "pending":
                return row
        return None
