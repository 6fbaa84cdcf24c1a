"""The records of one article as a Qt table model, one row per stored record.

A decision changes one record: the window hands the model that record's new
row (:meth:`RecordTableModel.put`) and the view repaints that one row; only
showing another article resets the model.  Each row shows two lines (see
:mod:`desktop.gui.record_delegate`): the label over its kind, period and
place, the value over its comparisons.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop.core.checks import Finding
from desktop.core.numbers import format_number
from desktop.core.records import Comparison
from desktop.gui.language import interface_language
from desktop.gui.states import (
    QUALIFIER_SIGNS,
    STATE_SIGNS,
    basis_label,
    kind_label,
    qualifier_label,
    state_colour,
    state_label,
)
from desktop.store.review_rows import ReviewRow

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("state", "checks", "indicator", "value", "confidence")
#: The second line of a two-line cell (see :class:`~desktop.gui.record_delegate.RecordDelegate`):
#: kind, period and place under the label; the comparisons under the value.
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1


def column_title(name: str) -> str:
    titles = {
        "indicator": QCoreApplication.translate("RecordTable", "Indicator · kind · period · place"),
        "value": QCoreApplication.translate("RecordTable", "Value · comparisons"),
        "confidence": QCoreApplication.translate("RecordTable", "Conf."),
        "state": "",
        "checks": "",
    }
    return titles[name]


def column_tip(name: str) -> str | None:
    tips = {
        "state": QCoreApplication.translate("RecordTable", "Review state"),
        "confidence": QCoreApplication.translate("RecordTable", "How sure the machine was of this record"),
        "checks": QCoreApplication.translate("RecordTable", "Failed checks: hover for what is wrong"),
    }
    return tips.get(name)


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


def cell_text(row: ReviewRow, column: str, confidence: float | None = None) -> str:
    """One cell, formatted only when the view asks for it (an article may have 100,000 records)."""
    if column == "indicator":
        return row.indicator or QCoreApplication.translate("RecordTable", "(no label)")
    if column == "value":
        unit = row.unit if row.unit == "%" else f" {row.unit}"
        return f"{QUALIFIER_SIGNS.get(row.qualifier, '')}{value_text(row)}{unit}".rstrip()
    if column == "state":
        return STATE_SIGNS.get(row.status, "")
    if column == "confidence":
        return "" if confidence is None else f"{round(confidence * 100)}%"
    return ""


def cell_detail(row: ReviewRow, column: str) -> str | None:
    """The second line of the label and value cells; None for one-line cells."""
    if column == "indicator":
        return " · ".join(part for part in (kind_label(row.kind), row.period, row.locality) if part)
    if column == "value":
        return " · ".join(comparison_text(c) for c in row.parsed_comparisons())
    return None


def cell_tip(row: ReviewRow, column: str, confidence: float | None = None) -> str:
    """The tooltip: the cell in full words (state, qualifier, comparisons), and the reviewer's note."""
    if column == "state":
        text = state_label(row.status)
    elif column == "value":
        text = "\n".join(
            [
                f"{qualifier_label(row.qualifier)} {value_text(row)} {row.unit}",
                *(comparison_text(c) for c in row.parsed_comparisons()),
            ]
        )
    else:
        text = "\n".join(
            part for part in (cell_text(row, column, confidence), cell_detail(row, column)) if part
        )
    return f"{text}\n{row.note}" if row.note else text


@cache
def warning_icon() -> QIcon:
    """The style's warning sign: what a record that fails a check shows in the table."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def findings_of(checks: str | None) -> list[Finding]:
    """The findings of a record's stored checks (JSON; None when it passes them all)."""
    return [Finding.from_dict(data) for data in json.loads(checks)] if checks else []


def checks_tip(checks: str | None) -> str:
    """The failed checks of a record, one per line, in the interface language."""
    findings = findings_of(checks)
    if not findings:
        return QCoreApplication.translate("RecordTable", "Passes every check")
    lang = interface_language()
    return "\n".join(f"⚠ {finding.message(lang)}" for finding in findings)


#: What a decision alone changes of a row: of the cells, only the state's sign, colour and tooltip.
DECISION_FIELDS = ("status", "reviewer", "decided_at")


def _cell(row: ReviewRow, column: str) -> tuple[object, ...]:
    """What a cell shows, to compare before and after a change: one cell's repaint is a cell, not the row.

    Repainting only changed cells matters beyond the pixels: the value column sizes itself to its
    contents, so any change reported there makes Qt measure the column and repaint the whole table.
    """
    return (
        cell_text(row, column),
        cell_detail(row, column),
        cell_tip(row, column),
        column == "state" and row.status,
    )


@cache
def _state_colours(status: str) -> tuple[QColor, QColor]:
    """The state cell's background and text colours."""
    return state_colour(status), state_colour(status).darker(300)


#: The roles :meth:`RecordTableModel.data` answers; the view asks for a dozen per cell it paints.
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        DETAIL_ROLE,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.DecorationRole,
    }
)
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
#: The columns whose text is centred: a sign, a percentage.
CENTRED_COLUMNS = ("state", "confidence")


class CellLook(NamedTuple):
    """All a cell shows, in one answer: the table's delegate asks this once per cell it paints, where
    Qt's delegate asked the model for a dozen roles (each a call into Python)."""

    text: str
    detail: str | None  # the second line of a two-line cell
    background: QColor | None
    foreground: QColor | None
    centred: bool
    icon: QIcon | None


class RecordTableModel(QAbstractTableModel):
    """Read-only table in text order; every change goes through the store and comes back as rows.

    The texts of a row are formatted the first time it is painted and kept until the record
    changes: each repaint of a cell asks for them again, and a decision repaints its row and the next.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[ReviewRow] = []
        self._rows: dict[int, int] = {}
        self._confidence: Mapping[int, float] = {}
        self._checks: Mapping[int, str] = {}
        self._cells: dict[int, tuple[tuple[str, ...], tuple[str | None, ...]]] = {}

    def set_records(
        self,
        records: list[ReviewRow],
        confidence: Mapping[int, float] | None = None,
        checks: Mapping[int, str] | None = None,
    ) -> None:
        """Another article (or the same one read again), with the machine's confidence and the failed
        checks (JSON) per record id."""
        self.beginResetModel()
        self._records = records
        self._confidence = confidence or {}
        self._checks = checks or {}
        self._cells.clear()
        self._index()
        self.endResetModel()

    def set_checks(self, checks: Mapping[int, str]) -> None:
        """The article's checks after a change: one record's decision can change its neighbours' checks."""
        old, self._checks = self._checks, checks
        column = COLUMNS.index("checks")
        for record_id in old.keys() | checks.keys():
            row = self._rows.get(record_id)
            if row is not None and old.get(record_id) != checks.get(record_id):
                self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def checks(self, record_id: int) -> str | None:
        return self._checks.get(record_id)

    def put(self, record: ReviewRow) -> None:
        """Show a record's new row: in place when its position in the text is unchanged, else moved there."""
        row = self._rows.get(record.id)
        self._cells.pop(record.id, None)
        if row is not None and self._sort_key(self._records[row]) == self._sort_key(record):
            old, self._records[row] = self._records[row], record
            if old._replace(**{name: getattr(record, name) for name in DECISION_FIELDS}) == record:
                changed = ["state"] if old.status != record.status else []  # a confirm, a reject
            else:
                changed = [name for name in COLUMNS if _cell(old, name) != _cell(record, name)]
            for name in changed:
                column = COLUMNS.index(name)
                self.dataChanged.emit(self.index(row, column), self.index(row, column))
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
        self._cells.pop(record_id, None)
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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_tip(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        stored = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(stored)[0][index.column()]
        if role == DETAIL_ROLE:
            return self._texts(stored)[1][index.column()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "checks":
                return checks_tip(self._checks.get(stored.id))
            return cell_tip(stored, column, self._confidence.get(stored.id))
        if role == Qt.ItemDataRole.BackgroundRole and column == "state":
            return _state_colours(stored.status)[0]
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            return _state_colours(stored.status)[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in CENTRED_COLUMNS:
            return _CENTRED
        if role == Qt.ItemDataRole.DecorationRole and column == "checks" and stored.id in self._checks:
            return warning_icon()
        return None

    def look(self, row: int, column: int) -> CellLook:
        """What :meth:`data` answers for a cell's display, detail, colours, alignment and icon, at once."""
        stored = self._records[row]
        texts, details = self._texts(stored)
        name = COLUMNS[column]
        background, foreground = _state_colours(stored.status) if name == "state" else (None, None)
        icon = warning_icon() if name == "checks" and stored.id in self._checks else None
        return CellLook(texts[column], details[column], background, foreground, name in CENTRED_COLUMNS, icon)

    def _texts(self, stored: ReviewRow) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
        """The row's cell texts and second lines, formatted once."""
        texts = self._cells.get(stored.id)
        if texts is None:
            confidence = self._confidence.get(stored.id)
            texts = self._cells[stored.id] = (
                tuple(cell_text(stored, column, confidence) for column in COLUMNS),
                tuple(cell_detail(stored, column) for column in COLUMNS),
            )
        return texts

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
