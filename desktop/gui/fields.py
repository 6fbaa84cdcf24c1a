"""Input widgets that understand Vietnamese numbers and the record's closed choices."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from desktop.core.numbers import format_number, parse_number
from desktop.core.records import BASES, RELATIONS, Comparison
from desktop.gui.states import basis_label, relation_label


class NumberField(QLineEdit):
    """A number typed the Vietnamese way (``11.428,6``), checked on every keystroke.

    An unreadable entry is marked (QSS ``[invalid="true"]``) and its tooltip
    says why; an empty field means "no value" unless the field is required.
    """

    def __init__(self, *, required: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._required = required
        self.textChanged.connect(self._check)

    def set_value(self, value: Decimal | None) -> None:
        text = "" if value is None else format_number(value)
        if text != self.text():  # the same text again would be checked and repainted for nothing
            self.setText(text)

    def value(self) -> Decimal | None:
        """The parsed number; raises ValueError when the text is not one (or is empty but required)."""
        text = self.text().strip()
        if not text:
            if self._required:
                raise ValueError(self.tr("a value is required"))
            return None
        return parse_number(text)

    def _check(self) -> None:
        try:
            value = self.value()
        except ValueError:
            invalid, tip = True, self.tr("Not a number. Write it the Vietnamese way: 11.428,6")
        else:
            invalid, tip = False, "" if value is None else f"= {value}"
        if self.toolTip() != tip:
            self.setToolTip(tip)
        if bool(self.property("invalid")) != invalid:  # re-styling costs a millisecond: only on a change
            self.setProperty("invalid", invalid)
            self.style().unpolish(self)
            self.style().polish(self)


def choice_combo(
    values: Iterable[str], label: Callable[[str], str], parent: QWidget | None = None
) -> QComboBox:
    """A combo box showing translated labels and holding the record's code values as item data."""
    combo = QComboBox(parent)
    for value in values:
        combo.addItem(label(value), value)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


class ComparisonRow(QWidget):
    """One comparison: percent, relation and basis, with a button to remove it."""

    removed = Signal(QWidget)

    def __init__(self, comparison: Comparison | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.percent = NumberField(required=True)
        self.percent.setPlaceholderText("%")
        self.relation = choice_combo(RELATIONS, relation_label)
        self.basis = choice_combo(BASES, basis_label)
        remove = QToolButton(text="×", toolTip=self.tr("Remove this comparison"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.percent, 2)
        row.addWidget(self.relation, 3)
        row.addWidget(self.basis, 3)
        row.addWidget(remove)
        self.show_comparison(comparison)

    def show_comparison(self, comparison: Comparison | None) -> None:
        """Fill the row with ``comparison``; None leaves it blank for the reviewer to fill."""
        self.percent.set_value(comparison.percent if comparison else None)
        select_data(self.relation, comparison.relation if comparison else None)
        select_data(self.basis, comparison.basis if comparison else None)

    def comparison(self) -> Comparison:
        percent = self.percent.value()
        assert percent is not None  # required field
        return Comparison(percent, self.relation.currentData(), self.basis.currentData())


#: Comparison rows the editor always has room for: the form keeps its height from a figure with none
#: to one with two, so its fields stay in place and the table above is not resized (and repainted
#: whole) at each key.  More rows make it taller.
ROOM_FOR_ROWS = 2


class ComparisonsEditor(QWidget):
    """The handful of comparisons of one figure (``đạt 103,72% kế hoạch``, ``tăng 6,97%``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ComparisonRow] = []
        self._spare: list[ComparisonRow] = []
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(2)
        self.add_button = QToolButton(text=self.tr("+ Comparison"), objectName="add_comparison")
        self.add_button.clicked.connect(lambda: self.add(None))
        self._column.addWidget(self.add_button)
        self._column.addStretch(1)  # the room of the rows not shown, below the button
        self._room = 0  # the height of ROOM_FOR_ROWS rows and the button, once measured

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(0, self._room_height()))

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(0, self._room_height()))

    def _room_height(self) -> int:
        if not self._room:
            if not self._rows and not self._spare:
                self._spare.append(self._new_row())
            row = (self._rows or self._spare)[0].sizeHint().height()
            spacing = self._column.spacing()
            self._room = ROOM_FOR_ROWS * (row + spacing) + self.add_button.sizeHint().height()
        return self._room

    def set_comparisons(self, comparisons: Iterable[Comparison]) -> None:
        """Show these comparisons, reusing rows: the form changes with every move between records,
        and making a row's widgets costs more than the rest of the form.  The rows shown are refilled
        in place; only a change in their number adds or hides one (and lays the window out again)."""
        wanted = list(comparisons)
        for row in self._rows[len(wanted) :]:
            self._remove(row)
        for row, comparison in zip(self._rows, wanted, strict=False):
            row.show_comparison(comparison)
        for comparison in wanted[len(self._rows) :]:
            self.add(comparison)

    def add(self, comparison: Comparison | None) -> ComparisonRow:
        row = self._spare.pop() if self._spare else self._new_row()
        row.show_comparison(comparison)
        self._rows.append(row)
        self._column.insertWidget(len(self._rows) - 1, row)
        row.show()
        if comparison is None:
            row.percent.setFocus()
        return row

    def _new_row(self) -> ComparisonRow:
        row = ComparisonRow(None, self)
        row.hide()
        row.removed.connect(self._remove)
        return row

    def rows(self) -> list[ComparisonRow]:
        return list(self._rows)

    def comparisons(self) -> tuple[Comparison, ...]:
        return tuple(row.comparison() for row in self._rows)

    def _remove(self, row: QWidget) -> None:
        """Take a row out of the form and keep it, hidden, for the next comparison shown."""
        assert isinstance(row, ComparisonRow)
        self._rows.remove(row)
        self._column.removeWidget(row)
        row.hide()
        self._spare.append(row)
