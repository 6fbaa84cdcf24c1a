"""The editor of the current record: every field of ANNOTATION.md, Enter saves, Esc cancels.

Outside editing it shows the current record read-only, so the reviewer sees
every field (base value, comparisons, note) without opening anything.  F2 (or
Ctrl+N for a new record) makes it editable; the window writes the result to
the store and the editor never keeps a record of its own.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRegularExpression, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.numbers import format_number, normalise_unit, parse_quantity
from desktop.core.records import KINDS, QUALIFIERS, Record
from desktop.core.taxonomy import Taxonomy, unit_class
from desktop.gui.fields import ComparisonsEditor, NumberField, choice_combo, select_data
from desktop.gui.keys import keep_enter, on_keys
from desktop.gui.states import kind_label, qualifier_label
from desktop.gui.steady_label import SteadyLabel

PERIOD_PATTERN = r"(\d{4}(\s*-\s*\d{4})?)?"
#: The fields one step can set on several records at once.
MULTI_FIELDS = ("kind", "period", "locality")


def base_of(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """``value`` in the unit without its scale word: (11428.6, ``tỷ đồng``) → (11428600000000, ``đồng``)."""
    unit = normalise_unit(unit)
    scale = parse_quantity(f"1 {unit}") if unit else None
    if scale is None:
        return value, unit
    return value * scale.base_value, scale.base_unit


class RecordEditor(QWidget):
    """Form over one :class:`Record`; emits :attr:`accepted` with the edited record and note."""

    accepted = Signal(object, object)  # Record, note (str | None)
    #: Several records edited at once: the fields to give all of them, by name (``kind``, ``period``,
    #: ``locality``; None clears the period or the place).
    accepted_for_all = Signal(object)
    cancelled = Signal()

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_editor")
        self._taxonomy = taxonomy
        self._original: Record | None = None
        self._editing = False
        #: The database cannot be written: the title does not offer F2.
        self.readonly = False
        self._shared: dict[str, str | None] | None = None  # what the records edited at once share; None: one
        self._filling = False  # _fill is at work: the base value waits for the last field
        self._build_fields(taxonomy.labels())
        self._build_layout()
        self._set_editable(False)
        keep_enter(self._form)  # its fields pass the Enter key's shortcut check up to it
        for field in (self.value, self.value_max, self.of):
            field.textChanged.connect(self._update_base)
        self.unit.textChanged.connect(self._update_base)

    # ---- construction ---------------------------------------------------------

    def _build_fields(self, labels: list[str]) -> None:
        self.indicator = QLineEdit(objectName="edit_indicator")
        completer = QCompleter(labels, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.indicator.setCompleter(completer)
        popup = completer.popup()
        assert popup is not None  # a completer makes its pop-up when it is made
        on_keys(
            popup, {Qt.Key.Key_Return: self._enter_in_completer, Qt.Key.Key_Enter: self._enter_in_completer}
        )
        self.value = NumberField(required=True)
        self.value.setObjectName("edit_value")
        self.value_max = NumberField()
        self.value_max.setObjectName("edit_value_max")
        self.value_max.setPlaceholderText(self.tr("to (range)"))
        self.of = NumberField()
        self.of.setObjectName("edit_of")
        self.of.setPlaceholderText(self.tr("of (X/Y)"))
        self.unit = QLineEdit(objectName="edit_unit")
        self.base = SteadyLabel(objectName="edit_base")
        self.base.reserve("= 999.999.999.999 đồng/người/năm")
        self.base.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qualifier = choice_combo(QUALIFIERS, qualifier_label)
        self.qualifier.setObjectName("edit_qualifier")
        self.kind = choice_combo(KINDS, kind_label)
        self.kind.setObjectName("edit_kind")
        self.period = QLineEdit(objectName="edit_period")
        self.period.setValidator(QRegularExpressionValidator(QRegularExpression(PERIOD_PATTERN), self))
        self.period.setPlaceholderText("2020 / 2015-2020")
        self.locality = QLineEdit(objectName="edit_locality")
        self.comparisons = ComparisonsEditor()
        self.comparisons.setObjectName("edit_comparisons")
        self.start = QSpinBox(objectName="edit_start")
        self.end = QSpinBox(objectName="edit_end")
        self.note = QLineEdit(objectName="edit_note")
        self.note.setPlaceholderText(self.tr("Why this decision (optional)"))
        self.title = QLabel(objectName="edit_title")
        self.problem = QLabel(objectName="edit_problem")
        self.problem.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save (Enter)"), objectName="edit_save")
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), objectName="edit_cancel")
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Indicator"), self.indicator)
        form.addRow(self.tr("Value"), _row(self.value, self.value_max, self.of))
        form.addRow(self.tr("Unit"), _row(self.unit, self.base))
        form.addRow(self.tr("Qualifier"), _row(self.qualifier, QLabel(self.tr("Kind")), self.kind))
        form.addRow(self.tr("Period"), _row(self.period, QLabel(self.tr("Place")), self.locality))
        form.addRow(self.tr("Comparisons"), self.comparisons)
        form.addRow(self.tr("Position"), _row(self.start, QLabel("–"), self.end))
        form.addRow(self.tr("Note"), self.note)
        self._form = QWidget()
        self._form.setLayout(form)
        buttons = _row(self.problem, self.cancel_button, self.save_button, stretches=(1, 0, 0))
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.title)
        column.addWidget(self._form)
        column.addWidget(buttons)
        column.addStretch(1)

    # ---- showing and editing --------------------------------------------------

    @property
    def editing(self) -> bool:
        return self._editing

    def show_record(self, record: Record | None, note: str | None, text_length: int) -> None:
        """Display a record read-only (None clears the form)."""
        if self._editing:
            return
        self._fill(record, note, text_length)
        if self.readonly:
            self.title.setText(self.tr("Current record — the database is read-only: nothing can be changed"))
        elif record is not None and not record.indicator.strip():
            self.title.setText(
                self.tr("This record has no label: F2 gives it one (it cannot be confirmed without).")
            )
        else:
            self.title.setText(self.tr("Current record — F2 to correct it"))

    def begin_edit(self, record: Record, note: str | None, text_length: int, *, adding: bool = False) -> None:
        """Make the form editable on ``record`` and put the cursor in the indicator field."""
        self._fill(record, note, text_length)
        self._original = record
        self._set_editable(True)
        self.title.setText(
            self.tr("New record — Enter adds it, Esc cancels")
            if adding
            else self.tr("Correcting the record — Enter saves, Esc cancels")
        )
        self.indicator.setFocus()
        self.indicator.selectAll()

    def begin_edit_all(self, count: int, shared: dict[str, str | None]) -> None:
        """Edit the kind, period and place of ``count`` records at once; ``shared``: the values all of them
        have (None where they differ).  A field left as it was is left alone on every record."""
        self._fill(None, None, 0)
        self.period.setText(shared.get("period") or "")
        self.locality.setText(shared.get("locality") or "")
        if shared.get("kind") is None:
            self.kind.insertItem(0, self.tr("(as they are)"), None)
        select_data(self.kind, shared.get("kind"))
        self._shared = {
            "kind": shared.get("kind"),
            "period": self.period.text(),
            "locality": self.locality.text(),
        }
        self._set_editable(True, only=MULTI_FIELDS)
        self.title.setText(
            self.tr(
                "Editing %n records at once — Enter saves the fields you changed on all of them, Esc cancels",
                "",
                count,
            )
        )

    def offer_labels(self, labels: list[str]) -> None:
        """Put labels first among the label field's completions (those reviewers wrote, latest first)."""
        fresh = [label for label in dict.fromkeys(labels) if label]
        if not fresh:  # a confirm or a reject offers none: thousands of labels stay where they are
            return
        model = self.indicator.completer().model()
        assert isinstance(model, QStringListModel)
        known = model.stringList()
        if known[: len(fresh)] == fresh:
            return
        model.setStringList(fresh + [label for label in known if label not in set(fresh)])

    def focus_field(self, name: str) -> bool:
        """Put the cursor in a field (its text selected, ready to be typed over); False if it is not editable."""
        if name == "comparisons":
            return self.focus_comparisons(add=False)
        widget = self.findChild(QWidget, f"edit_{name}")
        if widget is None or not widget.isEnabled():
            return False
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    def focus_comparisons(self, *, add: bool) -> bool:
        """The last comparison's percentage, or a new comparison (``add``, or when there is none)."""
        if not self.comparisons.isEnabled():
            return False
        rows = self.comparisons.rows()
        row = self.comparisons.add(None) if add or not rows else rows[-1]
        row.percent.setFocus(Qt.FocusReason.ShortcutFocusReason)
        row.percent.selectAll()
        return True

    def save(self) -> None:
        if not self._editing:
            return
        if self._shared is not None:
            changes = self._changed_for_all()
            self._set_editable(False)
            self.accepted_for_all.emit(changes)
            return
        try:
            record = self.record()
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        self._set_editable(False)
        self.accepted.emit(record, self.note.text().strip() or None)

    def _changed_for_all(self) -> dict[str, str | None]:
        assert self._shared is not None
        changes: dict[str, str | None] = {}
        if self.kind.currentData() is not None and self.kind.currentData() != self._shared["kind"]:
            changes["kind"] = self.kind.currentData()
        if self.period.text() != self._shared["period"]:
            changes["period"] = self.period.text().replace(" ", "") or None
        if self.locality.text() != self._shared["locality"]:
            changes["locality"] = self.locality.text().strip() or None
        return changes

    def cancel(self) -> None:
        if not self._editing:
            return
        self._set_editable(False)
        self.cancelled.emit()

    def record(self) -> Record:
        """The record as the form stands; raises ValueError, translated for the reviewer, if it is not one."""
        assert self._original is not None
        indicator = self.indicator.text().strip()
        if not indicator:
            raise ValueError(self.tr("The indicator needs a label."))
        try:
            value = self.value.value()
            value_max, of = self.value_max.value(), self.of.value()
        except ValueError:
            raise ValueError(
                self.tr("The value, range end and denominator must be numbers such as 11.428,6.")
            ) from None
        try:
            comparisons = self.comparisons.comparisons()
        except ValueError:
            raise ValueError(self.tr("Every comparison needs a percentage.")) from None
        if self.start.value() >= self.end.value():
            raise ValueError(self.tr("The figure must end after it starts."))
        assert value is not None  # required field
        unit = normalise_unit(self.unit.text())
        base_value, base_unit = base_of(value, unit)
        code = self._original.indicator_code
        if indicator != self._original.indicator or code is None:
            code = self._taxonomy.code_for(indicator, unit_class(base_unit))
        return self._original.with_changes(
            indicator=indicator,
            indicator_code=code,
            value=value,
            value_max=value_max,
            of=of,
            unit=unit,
            base_value=base_value,
            base_unit=base_unit,
            qualifier=self.qualifier.currentData(),
            kind=self.kind.currentData(),
            period=self.period.text().replace(" ", "") or None,
            locality=self.locality.text().strip() or None,
            comparisons=comparisons,
            start=self.start.value(),
            end=self.end.value(),
        )

    def _enter_in_completer(self) -> None:
        """Enter in the label's pop-up takes the highlighted label, if any, and saves: one Enter, never two."""
        completer = self.indicator.completer()
        index = completer.popup().currentIndex()
        if index.isValid():
            self.indicator.setText(str(index.data(completer.completionRole())))
        completer.popup().hide()
        self.save()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves and Esc cancels from any field (fields pass these keys up to here)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._editing:
            self.save()
        elif event.key() == Qt.Key.Key_Escape and self._editing:
            self.cancel()
        else:
            super().keyPressEvent(event)

    # ---- helpers --------------------------------------------------------------

    def _fill(self, record: Record | None, note: str | None, text_length: int) -> None:
        """Show ``record``, touching only what differs: every change of a label's text or a spin box's
        range makes Qt lay out the window again, and this runs on each move between records."""
        self._clear_problem()
        top = max(text_length, record.end if record else 0)
        for spin in (self.start, self.end):
            if spin.maximum() != top:
                spin.setRange(0, top)
        if record is None:
            for line in (
                self.indicator,
                self.value,
                self.value_max,
                self.of,
                self.unit,
                self.period,
                self.locality,
                self.note,
            ):
                line.clear()
            for combo in (self.qualifier, self.kind):
                combo.setCurrentIndex(0)
            self.comparisons.set_comparisons(())
            self.start.setValue(0)
            self.end.setValue(0)
            return
        self._filling = True  # the base value is worked out once, below, not for each field it reads
        for line, text in (
            (self.indicator, record.indicator),
            (self.unit, record.unit),
            (self.period, record.period or ""),
            (self.locality, record.locality or ""),
            (self.note, note or ""),
        ):
            if line.text() != text:
                line.setText(text)
        self.value.set_value(record.value)
        self.value_max.set_value(record.value_max)
        self.of.set_value(record.of)
        self._filling = False
        self._update_base()
        select_data(self.qualifier, record.qualifier)
        select_data(self.kind, record.kind)
        self.comparisons.set_comparisons(record.comparisons)
        self.start.setValue(record.start)
        self.end.setValue(record.end)

    def _set_editable(self, editable: bool, *, only: tuple[str, ...] | None = None) -> None:
        """Open or close the form; ``only`` names the fields open when several records are edited at once."""
        self._editing = editable
        self._form.setEnabled(editable)
        for widget in self._form.findChildren(QWidget):
            if widget.objectName().startswith("edit_"):
                widget.setEnabled(only is None or widget.objectName().removeprefix("edit_") in only)
        self.save_button.setVisible(editable)
        self.cancel_button.setVisible(editable)
        self._clear_problem()
        if not editable:
            self._original = None
            if self._shared is not None and self.kind.itemData(0) is None:
                self.kind.removeItem(0)
            self._shared = None

    def _clear_problem(self) -> None:
        if self.problem.text():  # QLabel.clear lays the window out again even when it was empty
            self.problem.clear()

    def _update_base(self) -> None:
        if self._filling:
            return
        try:
            value = self.value.value()
        except ValueError:
            self.base.setText(self.tr("= ?"))
            return
        if value is None:
            self.base.setText("")
            return
        base_value, base_unit = base_of(value, self.unit.text())
        self.base.setText(f"= {format_number(base_value)} {base_unit}".rstrip())


def _row(*widgets: QWidget, stretches: tuple[int, ...] | None = None) -> QWidget:
    """Widgets side by side; fields stretch, labels and buttons keep their size unless told otherwise."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        default = 0 if isinstance(widget, QLabel | QPushButton) else 1
        layout.addWidget(widget, stretches[index] if stretches else default)
    return holder
