"""The curated dataset as a Qt table model: indicator x place x unit rows, one column per period.

Rows and columns come from the store at once (a few thousand rows for a
million records); the cells of a row are read from the store when the view
first asks for them, which is when the row scrolls into sight, and kept.
A row's values are written in one unit, shown in its unit column: the unit
most of its cells were written in (``tỷ đồng``), the others converted through
their base value, so that ``11.428,6`` and ``13.922,662`` read side by side
where the articles wrote ``11.428,6 tỷ đồng`` and ``13.922.662 triệu đồng``.
A cell shows the value of its first record with the kind marked (TH actual,
ƯTH estimate, KH target in Vietnamese); a cell whose records hold two or more
different values is a conflict: marked, tinted and explained in its tooltip,
never hidden behind one of the values.

A row is named by its indicator code's name; a row of records without a code
is named by their label, in quotes and italics, after the coded rows: those
labels are the extractor's words (``Cách đây 5 năm``), not an indicator, and
the label checks pass most of them, so the table tells them apart rather
than judging them.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.core.numbers import format_number
from desktop.core.taxonomy import Taxonomy
from desktop.gui.language import interface_language
from desktop.store import Store
from desktop.store.dataset import (
    Cell,
    DatasetFilter,
    DatasetRow,
    cell_records,
    dataset_rows,
    period_counts,
    row_cells,
)

Index = QModelIndex | QPersistentModelIndex

#: Columns before the periods.
FIXED = ("indicator", "place", "unit", "years")
#: The columns the rows sort by (a click on their header): indicator, place, unit.
SORTABLE = 3
CONFLICT_COLOUR = QColor("#f8c9c4")
#: The role that gives a cell's list of :class:`Cell` (empty outside the period columns).
CELLS_ROLE = Qt.ItemDataRole.UserRole + 1
#: A cell as Ctrl+C copies it: the value alone, so that a spreadsheet pastes it as a number.
COPY_ROLE = Qt.ItemDataRole.UserRole + 2
#: A value converted to its row's unit is rounded to this.
CONVERTED_DECIMALS = Decimal("0.000001")
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


def row_title(taxonomy: Taxonomy, key: str) -> str:
    """:func:`indicator_title`, a label without a code in quotes: words quoted from the article."""
    if key in taxonomy.indicators or not key:
        return indicator_title(taxonomy, key)
    return f"“{key}”"


def indicator_tip(taxonomy: Taxonomy, key: str) -> str:
    """The title, and the taxonomy code under it (what exports and the command line use)."""
    title = indicator_title(taxonomy, key)
    if key not in taxonomy.indicators:
        return f"{row_title(taxonomy, key)}\n" + QCoreApplication.translate(
            "Dataset",
            "No indicator code: this row is named by its records' label as written. Give the records "
            "a code in the review tab (double-click a value) to join them to an indicator's row.",
        )
    return f"{title}\n" + QCoreApplication.translate("Dataset", "Code: %1").replace("%1", key)


def row_unit(cells: list[Cell], base_unit: str) -> tuple[str, Decimal]:
    """(unit, its size in the base unit) a row writes its values in: the unit most of its cells were
    written in, the larger on a tie; the base unit when no cell tells its unit's size."""
    sizes: dict[str, Decimal] = {}
    uses: dict[str, int] = {}
    for cell in cells:
        value = Decimal(cell.value)
        if value and cell.unit:
            sizes.setdefault(cell.unit, Decimal(cell.base_value) / value)
            uses[cell.unit] = uses.get(cell.unit, 0) + 1
    if not uses:
        return base_unit, Decimal(1)
    unit = max(uses, key=lambda u: (uses[u], sizes[u]))
    return unit, sizes[unit]


def in_unit(cell: Cell, unit: str, size: Decimal) -> Decimal:
    """The cell's first value in the row's ``unit`` (exact as written when the cell used that unit)."""
    if cell.unit == unit:
        return Decimal(cell.value)
    value = Decimal(cell.base_value) / size  # 1/3 of a unit would print 28 digits: six decimals at most
    return min(value.quantize(CONVERTED_DECIMALS), value, key=lambda v: len(v.as_tuple().digits))


def years_span(periods: list[str | None]) -> str:
    """``2015–2020`` for the periods a row has values in (terms by their years), ``2019`` for one."""
    years = sorted({int(y) for p in periods if p for y in p.split("-") if y.isdigit()})
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


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
        self.counts: dict[str | None, int] = {}  # records per period
        self._cells: dict[int, dict[str | None, list[Cell]]] = {}
        self._units: dict[int, tuple[str, Decimal]] = {}
        self.order: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def load(self, chosen: DatasetFilter | None = None) -> None:
        self.beginResetModel()
        if chosen is not None:
            self.filter = chosen
        self.rows = self._sorted(dataset_rows(self.store.conn, self.filter))
        self.counts = period_counts(self.store.conn, self.filter)
        self.periods = list(self.counts)
        self._cells.clear()
        self._units.clear()
        self.endResetModel()

    def coded(self, key: str) -> bool:
        return key in self.taxonomy.indicators

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By indicator (the coded ones first), place or base unit, each then by the others; other columns
        keep the order (a period's values would read every row's cells)."""
        if column >= SORTABLE or (column, order) == self.order:
            return
        self.layoutAboutToBeChanged.emit()
        self.order = (column, order)
        old = self.rows
        self.rows = self._sorted(old)
        new = {row: i for i, row in enumerate(self.rows)}
        moved = [new[row] for row in old]  # the current row and the selection move with their rows
        self._cells = {moved[i]: cells for i, cells in self._cells.items()}
        self._units = {moved[i]: unit for i, unit in self._units.items()}
        before = self.persistentIndexList()
        self.changePersistentIndexList(before, [self.index(moved[i.row()], i.column()) for i in before])
        self.layoutChanged.emit()

    def _sorted(self, rows: list[DatasetRow]) -> list[DatasetRow]:
        order = {key: reading_order(indicator_title(self.taxonomy, key)) for key in {r.key for r in rows}}

        def indicator(r: DatasetRow) -> tuple:
            return (not r.key, not self.coded(r.key), order[r.key])

        def place(r: DatasetRow) -> tuple:
            return (r.place is None, reading_order(r.place or ""))

        def unit(r: DatasetRow) -> tuple:
            return (reading_order(r.base_unit),)

        keys = (indicator, place, unit)
        column, direction = self.order
        first = keys[column]
        rest = [k for k in keys if k is not first]
        return sorted(
            rows,
            key=lambda r: (first(r), *(k(r) for k in rest)),
            reverse=direction == Qt.SortOrder.DescendingOrder,
        )

    # ---- shape -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(FIXED) + len(self.periods)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(FIXED):
            return {
                "indicator": self.tr("Indicator"),
                "place": self.tr("Place"),
                "unit": self.tr("Unit"),
                "years": self.tr("Years"),
            }[FIXED[section]]
        period = self.periods[section - len(FIXED)]
        return period if period is not None else self.tr("no year")

    def _header_tip(self, section: int) -> str:
        if section >= len(FIXED):
            return self.tr("%n reviewed records in this period", "", self.counts[self.period_of(section)])
        return {
            "indicator": self.tr(
                "The indicator's name; for records without an indicator code, their label in quotes and "
                "italics. Click to sort."
            ),
            "place": self.tr("Click to sort."),
            "unit": self.tr("The unit the row's values are written in. Click to sort."),
            "years": self.tr("The years of the row's values. Enter on a row's name goes to its first value."),
        }[FIXED[section]]

    def period_of(self, column: int) -> str | None:
        return self.periods[column - len(FIXED)]

    def is_period_column(self, column: int) -> bool:
        return column >= len(FIXED)

    # ---- cells -----------------------------------------------------------------

    def cells(self, row: int, column: int) -> list[Cell]:
        if not self.is_period_column(column):
            return []
        return self.row_cells(row).get(self.period_of(column), [])

    def row_cells(self, row: int) -> dict[str | None, list[Cell]]:
        if row not in self._cells:
            self._cells[row] = row_cells(self.store.conn, self.rows[row], self.filter)
        return self._cells[row]

    def unit(self, row: int) -> tuple[str, Decimal]:
        """(unit, size in the base unit) of the row's values: see :func:`row_unit`."""
        if row not in self._units:
            cells = [c for cells in self.row_cells(row).values() for c in cells]
            self._units[row] = row_unit(cells, self.rows[row].base_unit)
        return self._units[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == CELLS_ROLE:
            return self.cells(row, column)
        if role == COPY_ROLE:
            return self._copy_text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return CONFLICT_COLOUR if any(c.conflict for c in self.cells(row, column)) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and column == 0 and not self.coded(self.rows[row].key):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and self.is_period_column(column):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: int, column: int) -> str:
        dataset_row = self.rows[row]
        if column == 0:
            return row_title(self.taxonomy, dataset_row.key)
        if column == 1:
            return dataset_row.place or self.tr("(no place)")
        if column == 2:
            return self.unit(row)[0]
        if column == 3:
            return years_span(list(self.row_cells(row)))
        return " · ".join(self._cell_text(row, cell) for cell in self.cells(row, column))

    def _cell_text(self, row: int, cell: Cell) -> str:
        text = f"{format_number(in_unit(cell, *self.unit(row)))} {kind_mark(cell.kind)}"
        if cell.conflict:
            text = f"⚠ {text} (+{cell.values - 1})"  # the other values are in the tooltip
        return text

    def _copy_text(self, row: int, column: int) -> str:
        """A period's values as plain numbers in the system's decimal style, without thousands separators.

        What the cell shows (``11.428,6 ước ⚠ (+1)``) pastes into a spreadsheet as text. One kind
        copies as the number alone; several kinds keep their marks, since a lone number could not
        say which is which.
        """
        if not self.is_period_column(column):
            return self._text(row, column)
        cells = self.cells(row, column)
        point = QLocale().decimalPoint()
        numbers = [format(in_unit(cell, *self.unit(row)), "f").replace(".", point) for cell in cells]
        if len(cells) == 1:
            return numbers[0]
        return " · ".join(
            f"{number} {kind_mark(cell.kind)}" for number, cell in zip(numbers, cells, strict=True)
        )

    def _tooltip(self, row: int, column: int) -> str | None:
        dataset_row = self.rows[row]
        if column == 0:
            return indicator_tip(self.taxonomy, dataset_row.key)
        if column == 2 and self.unit(row)[0] == dataset_row.base_unit:
            return None
        if column == 2:
            return (
                self.tr("Values in %1; rows are grouped by the base unit, %2.")
                .replace("%1", self.unit(row)[0])
                .replace("%2", dataset_row.base_unit or "—")
            )
        if column == 3:
            return self.tr("%n records of this row", "", dataset_row.records)
        cells = self.cells(row, column)
        if not cells:
            return None
        lines = []
        if any(c.conflict for c in cells):
            lines.append(self.tr("Conflict: the records of this cell give different values."))
        records = cell_records(self.store.conn, dataset_row, self.period_of(column), self.filter)
        for record in records[:TOOLTIP_RECORDS]:
            lines.append(record_line(record))
        if len(records) > TOOLTIP_RECORDS:
            lines.append(self.tr("… and %n more", "", len(records) - TOOLTIP_RECORDS))
        lines.append(self.tr("Double-click or press Enter to open the source record."))
        return "\n".join(lines)


def record_line(record: Any) -> str:
    """One record of a cell as its tooltip and its menu list it: value as written, kind, label, article."""
    value = f"{format_number(Decimal(record['value']))} {record['unit']}".strip()
    return (
        f"{value} ({kind_mark(record['kind'])}) — {record['indicator']} — {record['title'] or record['doc']}"
    )
