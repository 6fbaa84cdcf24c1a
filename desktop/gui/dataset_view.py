"""The dataset tab: the reviewed records as a table with filters, and a chart of the current row.

Clicking (or Enter on) a cell opens its source record in its article in the
review tab; a cell of several records -- a conflict, or an actual beside a
target -- first asks which one.  The chart follows the current row: that
indicator, in that unit, over the years, for the places ticked beside it
(the row's own place to begin with).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import InputError
from desktop.core.numbers import format_number
from desktop.core.taxonomy import Taxonomy
from desktop.gui.chart import ChartWidget, build_chart_data
from desktop.gui.dataset_model import DatasetModel, indicator_tip, indicator_title, kind_mark, reading_order
from desktop.gui.problem_text import problem_text
from desktop.gui.states import kind_label, state_label
from desktop.store import Store
from desktop.store.dataset import (
    REVIEWED,
    DatasetFilter,
    cell_records,
    filter_choices,
    has_dataset_tables,
    places_of,
    series_points,
)

#: A cell of more records than this lists the first ones in its menu.
MENU_RECORDS = 25
#: Places the chart draws at most (colours stay distinct, the legend stays readable).
MAX_PLACES = 8
#: Widths of the indicator (at least), place and base unit columns, then of each period's.
COLUMN_WIDTHS = (340, 140, 90)
PERIOD_WIDTH = 190
#: Rows measured for the indicator column's width (Qt's default, 1,000, is slow on a big dataset).
SIZING_ROWS = 200


class DatasetFilterBar(QWidget):
    """Indicator, place, kind and status; emits :attr:`changed` with a :class:`DatasetFilter`."""

    changed = Signal(object)

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.code = QComboBox(objectName="dataset_filter_code")
        self.place = QComboBox(objectName="dataset_filter_place")
        self.kind = QComboBox(objectName="dataset_filter_kind")
        self.status = QComboBox(objectName="dataset_filter_status")
        for combo in (self.code, self.place):
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.addItem(self.tr("Every kind"), None)
        for kind in ("actual", "estimate", "target"):
            self.kind.addItem(kind_label(kind), kind)
        self.status.addItem(self.tr("Every reviewed record"), "")
        for status in REVIEWED:
            self.status.addItem(state_label(status), status)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, combo in (
            (self.tr("Indicator"), self.code),
            (self.tr("Place"), self.place),
            (self.tr("Kind"), self.kind),
            (self.tr("Status"), self.status),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            row.addWidget(caption)
            row.addWidget(combo, 1 if combo in (self.code, self.place) else 0)
        for combo in (self.code, self.place, self.kind, self.status):
            combo.currentIndexChanged.connect(lambda _=0: self.changed.emit(self.filter()))

    def load_choices(self, store: Store) -> None:
        keys, places = filter_choices(store.conn)
        for combo, everything, items in (
            (
                self.code,
                self.tr("Every indicator"),
                sorted(
                    ((indicator_title(self.taxonomy, k), k) for k in keys), key=lambda c: reading_order(c[0])
                ),
            ),
            (self.place, self.tr("Every place"), [(p, p) for p in places]),
        ):
            current = combo.currentData()
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(everything, None)
                for text, value in items:
                    combo.addItem(text, value)
                    if combo is self.code:
                        combo.setItemData(
                            combo.count() - 1,
                            indicator_tip(self.taxonomy, value),
                            Qt.ItemDataRole.ToolTipRole,
                        )
                found = combo.findData(current)
                combo.setCurrentIndex(max(found, 0))

    def filter(self) -> DatasetFilter:
        return DatasetFilter(
            code=self.code.currentData(),
            place=self.place.currentData(),
            kind=self.kind.currentData(),
            statuses=(self.status.currentData(),) if self.status.currentData() else REVIEWED,
        )


class ChartPanel(QWidget):
    """The chart of the current row's indicator, the places to draw and the export button."""

    def __init__(self, store: Store, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.taxonomy = taxonomy
        self.key: str | None = None
        self.base_unit = ""
        self.filter = DatasetFilter()
        self._filling = False
        self.chart = ChartWidget()
        self.places = QStandardItemModel(self)
        self.place_list = QListView(objectName="chart_places")
        self.place_list.setModel(self.places)
        self.place_list.setMaximumWidth(240)
        self.mode = QComboBox(objectName="chart_mode")
        self.mode.addItem(self.tr("Lines"), "line")
        self.mode.addItem(self.tr("Bars"), "bars")
        self.save = QPushButton(self.tr("Save chart…"), objectName="chart_save")
        self.note = QLabel(objectName="chart_note")
        self.note.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Places (up to %n)", "", MAX_PLACES)))
        side.addWidget(self.place_list, 1)
        side.addWidget(self.mode)
        side.addWidget(self.save)
        side.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.chart, 1)
        layout.addLayout(side)
        self.places.itemChanged.connect(self._place_ticked)
        self.mode.currentIndexChanged.connect(lambda _=0: self.chart.set_mode(self.mode.currentData()))
        self.save.clicked.connect(self.save_as)

    def show_indicator(self, key: str, base_unit: str, place: str | None, chosen: DatasetFilter) -> None:
        """Draw ``key`` in ``base_unit``; keep the ticked places when the indicator stays the same."""
        same = (key, base_unit) == (self.key, self.base_unit)
        ticked = self.ticked() if same else []
        if place not in ticked:
            ticked = [*ticked, place][-MAX_PLACES:]
        self.key, self.base_unit, self.filter = key, base_unit, chosen
        self._filling = True
        try:
            self.places.clear()
            for name, count in places_of(self.store.conn, key, base_unit):
                item = QStandardItem(f"{name or self.tr('(no place)')} ({count})")
                item.setData(name, Qt.ItemDataRole.UserRole)
                item.setCheckable(True)
                item.setEditable(False)
                item.setCheckState(Qt.CheckState.Checked if name in ticked else Qt.CheckState.Unchecked)
                self.places.appendRow(item)
        finally:
            self._filling = False
        self.redraw()

    def ticked(self) -> list[str | None]:
        return [
            self.places.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.places.rowCount())
            if self.places.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _place_ticked(self, item: QStandardItem) -> None:
        if self._filling:
            return
        if item.checkState() == Qt.CheckState.Checked and len(self.ticked()) > MAX_PLACES:
            self._filling = True
            item.setCheckState(Qt.CheckState.Unchecked)
            self._filling = False
            self.note.setText(self.tr("At most %n places in one chart.", "", MAX_PLACES))
            return
        self.redraw()

    def redraw(self) -> None:
        if self.key is None:
            return
        points = {
            place or self.tr("(no place)"): series_points(
                self.store.conn, self.key, self.base_unit, place, self.filter
            )
            for place in self.ticked()
        }
        data = build_chart_data(indicator_title(self.taxonomy, self.key), self.base_unit, points)
        self.chart.show_data(data, self.mode.currentData())
        self.note.setText(
            self.tr("%n records with a term or no year are not drawn.", "", data.skipped)
            if data.skipped
            else ""
        )

    def save_as(self) -> None:
        settings = QSettings()
        start = str(settings.value("chart/folder", str(Path.home())))
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart"),
            str(Path(start) / "chart.png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        try:
            self.chart.export(Path(path))
        except InputError as exc:
            QMessageBox.warning(self, "Chitieu", problem_text(exc))
            return
        settings.setValue("chart/folder", str(Path(path).parent))
        self.note.setText(self.tr("Saved %1").replace("%1", path))


class DatasetView(QWidget):
    """Filters, the dataset table and the chart; emits :attr:`record_requested` (article id, record id)."""

    record_requested = Signal(int, int)

    def __init__(self, store: Store, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataset_view")
        self.store = store
        self.filter_bar = DatasetFilterBar(taxonomy)
        self.model = DatasetModel(store, taxonomy, self)
        self.table = QTableView(objectName="dataset_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.summary = QLabel(objectName="dataset_summary")
        self.chart_panel = ChartPanel(store, taxonomy)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="dataset_splitter")
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(4, 4, 4, 0)
        column.addWidget(self.filter_bar)
        column.addWidget(self.table, 1)
        column.addWidget(self.summary)
        splitter.addWidget(top)
        splitter.addWidget(self.chart_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.filter_bar.changed.connect(self.apply_filter)
        self.table.clicked.connect(self.open_cell)
        self.table.activated.connect(self.open_cell)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.loaded = False

    def load(self) -> None:
        """(Re)read the dataset: on first showing the tab, and after decisions elsewhere."""
        if not has_dataset_tables(self.store.conn):
            self.summary.setText(
                self.tr(
                    "This database was written by an older Chitieu and is open read-only, "
                    "so it has no dataset table yet. Open a writable copy to see it."
                )
            )
            return
        self.filter_bar.load_choices(self.store)
        self.apply_filter(self.filter_bar.filter())
        self.loaded = True

    def apply_filter(self, chosen: DatasetFilter) -> None:
        self.model.load(chosen)
        self.summary.setText(  # one count per text, so that English says "1 period", "2 periods"
            ", ".join(
                (
                    self.tr("%Ln rows", "", len(self.model.rows)),
                    self.tr("%Ln reviewed records", "", sum(r.records for r in self.model.rows)),
                    self.tr("%Ln periods", "", len(self.model.periods)),
                )
            )
        )
        self._fit_columns()
        if self.model.rows:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _fit_columns(self) -> None:
        """Fixed widths, and the indicator as wide as its longest name when the table has the room.

        At 1920 px the names were cut at 340 px beside an empty half of the table.
        """
        header = self.table.horizontalHeader()
        widths = [
            COLUMN_WIDTHS[column] if column < len(COLUMN_WIDTHS) else PERIOD_WIDTH
            for column in range(self.model.columnCount())
        ]
        if widths:
            room = self.table.viewport().width() - sum(widths[1:])
            widths[0] = max(widths[0], min(room, self.table.sizeHintForColumn(0)))
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row = self.model.rows[current.row()]
            self.chart_panel.show_indicator(row.key, row.base_unit, row.place, self.model.filter)

    def open_cell(self, index: QModelIndex) -> None:
        """Open the cell's record; ask which one when the cell holds several."""
        if not index.isValid() or not self.model.is_period_column(index.column()):
            return
        row = self.model.rows[index.row()]
        records = cell_records(self.store.conn, row, self.model.period_of(index.column()), self.model.filter)
        if len(records) == 1:
            self.record_requested.emit(records[0]["article_id"], records[0]["id"])
        elif records:
            self._choose(
                records, self.table.viewport().mapToGlobal(self.table.visualRect(index).bottomLeft())
            )

    def _choose(self, records: list, where) -> None:
        menu = QMenu(self)
        menu.setObjectName("dataset_cell_menu")
        for record in records[:MENU_RECORDS]:
            value = f"{format_number(Decimal(record['value']))} {record['unit']}".strip()
            action = menu.addAction(
                f"{value} ({kind_mark(record['kind'])}) — {record['title'] or record['doc']}"
            )
            action.triggered.connect(
                lambda _=False, r=record: self.record_requested.emit(r["article_id"], r["id"])
            )
        if len(records) > MENU_RECORDS:
            menu.addAction(self.tr("… and %n more", "", len(records) - MENU_RECORDS)).setEnabled(False)
        menu.popup(where)
