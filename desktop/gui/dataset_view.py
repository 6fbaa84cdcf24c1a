"""The dataset tab: the reviewed records as a table with filters, and a chart of the current row.

Double-clicking (or Enter on) a cell opens its source record in its article
in the review tab; a cell of several records -- a conflict, or an actual
beside a target -- first asks which one.  A click only selects: it jumped to
the review tab, so a reviewer could not pick a row for the chart with the
mouse.  Ctrl+C copies the selected cells as tab-separated text, for a
spreadsheet.  The chart follows the current row: that indicator, in that
unit, over the years, for the places ticked beside it (the row's own place
to begin with).

A few early years hold a handful of records (a date quoted in passing), and
their columns pushed the years of the data off the right of the table: the
table starts where the data does (:func:`first_shown`), and a button beside
the counts shows the earlier years, as many as it names.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QStandardItem, QStandardItemModel
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
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import InputError
from desktop.core.taxonomy import Taxonomy
from desktop.gui.chart import ChartData, ChartWidget, build_chart_data
from desktop.gui.dataset_model import (
    COPY_ROLE,
    FIXED,
    SORTABLE,
    DatasetModel,
    indicator_tip,
    indicator_title,
    reading_order,
    record_line,
    row_title,
)
from desktop.gui.frozen_table import FrozenColumnsTable
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
#: Widths of the indicator and unit (at least), place and years columns; a period's column fits its
#: values between the two bounds (190 px each showed four years at 1366 px).
COLUMN_WIDTHS = (340, 140, 100, 90)
PERIOD_WIDTHS = (80, 220)
UNIT_WIDTH = 160
#: Early periods are hidden when they hold at most this share of the records, this many years before the rest.
EARLY_SHARE = 0.05
EARLY_GAP = 3
EVERY_YEAR_KEY = "dataset/every_year"
#: The table's share of the tab against the chart's, as the reviewer last dragged it.
SPLITTER_KEY = "dataset/splitter"
CHART_MODE_KEY = "chart/mode"
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
                sorted(  # as the table: the indicators, then the labels of records without a code
                    ((row_title(self.taxonomy, k), k) for k in keys),
                    key=lambda c: (
                        c[1] not in self.taxonomy.indicators,
                        reading_order(indicator_title(self.taxonomy, c[1])),
                    ),
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
        self.mode.setCurrentIndex(max(self.mode.findData(QSettings().value(CHART_MODE_KEY, "line")), 0))
        self.chart.set_mode(self.mode.currentData())
        self.mode.currentIndexChanged.connect(self._mode_chosen)
        self.save.clicked.connect(self.save_as)

    def _mode_chosen(self) -> None:
        QSettings().setValue(CHART_MODE_KEY, self.mode.currentData())
        self.chart.set_mode(self.mode.currentData())

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

    def clear(self) -> None:
        """No row to draw (no reviewed records, or none the filters keep)."""
        self.key, self.base_unit = None, ""
        self.places.clear()
        self.note.clear()
        self.chart.show_data(ChartData("", "", []))
        self.save.setEnabled(False)

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
        data = build_chart_data(row_title(self.taxonomy, self.key), self.base_unit, points)
        self.chart.show_data(data, self.mode.currentData())
        self.save.setEnabled(bool(data.years()))
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
        self.table = FrozenColumnsTable(len(FIXED))
        self.table.setObjectName("dataset_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the model sorts by indicator, place or unit
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sorted)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.summary = QLabel(objectName="dataset_summary")
        self.every_year = QPushButton(objectName="dataset_every_year", checkable=True)
        self.every_year.setChecked(QSettings().value(EVERY_YEAR_KEY, False, type=bool))
        self.every_year.toggled.connect(self._every_year_toggled)
        self.copy_action = QAction(
            self.tr("Copy the selected dataset cells"), self, objectName="action_copy_cells"
        )
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_cells)
        self.table.addAction(self.copy_action)
        self.chart_panel = ChartPanel(store, taxonomy)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="dataset_splitter")
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(4, 4, 4, 0)
        column.addWidget(self.filter_bar)
        column.addWidget(self.table, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.summary, 1)
        foot.addWidget(self.every_year)
        column.addLayout(foot)
        splitter.addWidget(top)
        splitter.addWidget(self.chart_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        state = QSettings().value(SPLITTER_KEY)
        if state is not None:
            splitter.restoreState(state)
        splitter.splitterMoved.connect(lambda *_: QSettings().setValue(SPLITTER_KEY, splitter.saveState()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.filter_bar.changed.connect(self.apply_filter)
        self.table.activated.connect(self.open_cell)  # double-click or Enter
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
        self._show_periods()
        if self.model.rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.chart_panel.clear()
        self._scroll_to_data()

    def _scroll_to_data(self) -> None:
        """Scroll the periods so that those in sight hold the most records: the years of the data.

        On the dev corpus the table opened on 2010 to 2015, 22 of 385 records, with 2016 to 2020
        (323) off to the right; the names stay in place, the earlier years are a scroll away.
        """
        room = self.table.viewport().width() - self.table.frozen_width()
        columns = [c for c in range(len(FIXED), self.model.columnCount()) if not self.table.isColumnHidden(c)]
        counts = [self.model.counts[self.model.period_of(c)] for c in columns]
        widths = [self.table.columnWidth(c) for c in columns]
        best, most = 0, -1
        for first in range(len(columns)):
            width, held, last = 0, 0, first
            while last < len(columns) and width + widths[last] <= room:
                width, held, last = width + widths[last], held + counts[last], last + 1
            if held > most:
                best, most = first, held
        if columns:
            header = self.table.horizontalHeader()
            self.table.horizontalScrollBar().setValue(
                header.sectionPosition(columns[best]) - self.table.frozen_width()
            )

    def _every_year_toggled(self, checked: bool) -> None:
        QSettings().setValue(EVERY_YEAR_KEY, checked)
        self._show_periods()

    def _show_periods(self) -> None:
        """Hide the sparse early periods unless every year is asked for; say what is hidden and how to see it."""
        counts = list(self.model.counts.values())
        start = first_shown(self.model.counts)
        every = self.every_year.isChecked()
        for i in range(len(counts)):
            self.table.setColumnHidden(len(FIXED) + i, i < start and not every)
        hidden = sum(counts[:start])
        self.every_year.setVisible(start > 0)
        self.every_year.setText(
            self.tr("Hide the early years")
            if every
            else self.tr("Show %n earlier periods", "", start) + " " + self.tr("(%n records)", "", hidden)
        )
        parts = [
            self.tr("%Ln rows", "", len(self.model.rows)),  # one count per text: "1 period", "2 periods"
            self.tr("%Ln reviewed records", "", sum(r.records for r in self.model.rows)),
            self.tr("%Ln periods", "", len(counts)),
        ]
        uncoded = sum(not self.model.coded(r.key) for r in self.model.rows)
        if uncoded:
            parts.append(self.tr("%Ln rows named by a label without a code (last, in italics)", "", uncoded))
        self.summary.setText(", ".join(parts) if self.model.rows else self._why_empty())
        self._fit_columns()

    def _why_empty(self) -> str:
        """What an empty table means, and what to do: a new reviewer met a blank table and '0 rows'."""
        if self.model.filter != DatasetFilter():
            return self.tr(
                "No reviewed record matches these filters. Choose “Every …” in a filter to see more."
            )
        return self.tr(
            "No reviewed records yet: the dataset holds the records confirmed, corrected or added in the "
            "review tab (Ctrl+1)."
        )

    def _fit_columns(self) -> None:
        """Fixed widths, a period as wide as its values, the indicator as wide as its names when there is room.

        At 1920 px the names were cut at 340 px beside an empty half of the table.
        """
        header = self.table.horizontalHeader()
        widths = list(COLUMN_WIDTHS)
        widths[2] = min(max(self.table.sizeHintForColumn(2), widths[2]), UNIT_WIDTH)  # "nghìn công nhân"
        for column in range(len(FIXED), self.model.columnCount()):
            fit = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            widths.append(min(max(fit, PERIOD_WIDTHS[0]), PERIOD_WIDTHS[1]))
        shown = [w for column, w in enumerate(widths) if not self.table.isColumnHidden(column)]
        room = self.table.viewport().width() - sum(shown[1:])
        widths[0] = max(widths[0], min(room, self.table.sizeHintForColumn(0)))
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def _sorted(self, column: int, _order: Qt.SortOrder) -> None:
        """A period's or the years' header does not sort: its arrow goes back to the column that did."""
        if column >= SORTABLE:  # back to the column that sorted: the model's order stands, so no sort
            self.table.horizontalHeader().setSortIndicator(*self.model.order)

    def copy_cells(self) -> None:
        """The selected cells as tab-separated lines, headers first, values as numbers: a spreadsheet pastes a table."""
        indexes = [i for i in self.table.selectedIndexes() if not self.table.isColumnHidden(i.column())]
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        header = [str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
        lines = ["\t".join(header)]
        lines += ["\t".join(str(self.model.index(r, c).data(COPY_ROLE) or "") for c in columns) for r in rows]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row = self.model.rows[current.row()]
            self.chart_panel.show_indicator(row.key, row.base_unit, row.place, self.model.filter)

    def open_cell(self, index: QModelIndex) -> None:
        """Open the cell's record; ask which one when the cell holds several.

        On the indicator, place, unit or years of a row: go to its first value, which may lie far
        to the right.
        """
        if not index.isValid():
            return
        if not self.model.is_period_column(index.column()):
            self.go_to_values(index.row())
            return
        row = self.model.rows[index.row()]
        records = cell_records(self.store.conn, row, self.model.period_of(index.column()), self.model.filter)
        if len(records) == 1:
            self.record_requested.emit(records[0]["article_id"], records[0]["id"])
        elif records:
            self._choose(
                records, self.table.viewport().mapToGlobal(self.table.visualRect(index).bottomLeft())
            )

    def go_to_values(self, row: int) -> None:
        """Make the row's first value current and scroll to it; show the early years if it is among them."""
        columns = [c for c in range(len(FIXED), self.model.columnCount()) if self.model.cells(row, c)]
        if not columns:
            return
        if all(self.table.isColumnHidden(c) for c in columns):
            self.every_year.setChecked(True)
        column = next(c for c in columns if not self.table.isColumnHidden(c))
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _choose(self, records: list, where) -> None:
        menu = QMenu(self)
        menu.setObjectName("dataset_cell_menu")
        for record in records[:MENU_RECORDS]:
            action = menu.addAction(record_line(record))
            action.triggered.connect(
                lambda _=False, r=record: self.record_requested.emit(r["article_id"], r["id"])
            )
        if len(records) > MENU_RECORDS:
            menu.addAction(self.tr("… and %n more", "", len(records) - MENU_RECORDS)).setEnabled(False)
        menu.popup(where)


def first_shown(counts: dict[str | None, int]) -> int:
    """The first period to show: none before it, when the earlier ones are few and far before the rest.

    On a dev corpus, 1999 and 2000 held 10 of 385 records, nine years before the next, and filled
    the first columns.  A gap of :data:`EARLY_GAP` years or more, and at most :data:`EARLY_SHARE` of
    the records before it: a series that runs on (Lào Cai's fees, 2015 to 2020) is never cut.
    """
    periods = list(counts)
    total = sum(counts.values())
    start, seen, last = 0, 0, None
    for i, period in enumerate(periods):
        years = [int(y) for y in (period or "").split("-") if y.isdigit()]
        if not years:
            break  # no year: the columns at the end
        if last is not None and years[0] - last >= EARLY_GAP and seen <= total * EARLY_SHARE:
            start = i
        seen += counts[period]
        last = max(years[-1], last or years[-1])
    return start
