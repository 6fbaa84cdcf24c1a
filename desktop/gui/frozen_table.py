"""A table view whose first columns stay in place while the others scroll sideways.

The dataset's indicator, place, unit and years took half of a 1366 px table;
scrolling to the years of the data took the names of the rows off screen.
This is Qt's "Frozen Column" example: a second view over the same model and
selection, laid over the left of the table, showing only the first columns.
The table keeps every column (the frozen ones lie under the overlay), so its
keys, selection and copy work on the whole row; the overlay takes no focus.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex


class FrozenColumnsTable(QTableView):
    """A :class:`QTableView` whose first ``frozen`` columns do not scroll sideways."""

    def __init__(self, frozen: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen_count = frozen
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozen_columns")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.setFrameShape(QFrame.Shape.NoFrame)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.frozen.setWordWrap(False)
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.horizontalHeader().sortIndicatorChanged.connect(self._show_sort)
        self.frozen.horizontalHeader().sortIndicatorChanged.connect(self._frozen_sorted)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.frozen.activated.connect(self.activated)  # a double-click on a name acts as on the table

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            model.modelReset.connect(self._fit)
            model.layoutChanged.connect(self._fit)
            model.columnsInserted.connect(self._fit)
        self._fit()

    def setSelectionBehavior(self, behavior: QAbstractItemView.SelectionBehavior) -> None:
        super().setSelectionBehavior(behavior)
        self.frozen.setSelectionBehavior(behavior)

    def setSelectionMode(self, mode: QAbstractItemView.SelectionMode) -> None:
        super().setSelectionMode(mode)
        self.frozen.setSelectionMode(mode)

    def _fit(self) -> None:
        """Show only the frozen columns in the overlay, as wide as the table's, and lay it out."""
        model = self.model()
        columns = model.columnCount() if model is not None else 0
        for column in range(columns):
            self.frozen.setColumnHidden(column, column >= self.frozen_count)
            if column < self.frozen_count:
                self.frozen.setColumnWidth(column, self.columnWidth(column))
        self.frozen.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        self._show_sort(
            self.horizontalHeader().sortIndicatorSection(), self.horizontalHeader().sortIndicatorOrder()
        )
        self._place()

    def _column_resized(self, column: int, _old: int, size: int) -> None:
        if column < self.frozen_count:
            self.frozen.setColumnWidth(column, size)
            self._place()

    def _show_sort(self, column: int, order: Qt.SortOrder) -> None:
        header = self.frozen.horizontalHeader()
        with QSignalBlocker(header):
            header.setSortIndicator(column, order)
        header.viewport().update()

    def _frozen_sorted(self, column: int, order: Qt.SortOrder) -> None:
        self.horizontalHeader().setSortIndicator(column, order)  # the table's header says it to its listeners

    def setSortingEnabled(self, enable: bool) -> None:
        """Sorting on both headers: a click on the overlay's sorts (and selects no column) as the table's."""
        self._show_sort(
            self.horizontalHeader().sortIndicatorSection(), self.horizontalHeader().sortIndicatorOrder()
        )
        super().setSortingEnabled(enable)
        self.frozen.setSortingEnabled(enable)

    def _place(self) -> None:
        width = sum(self.columnWidth(c) for c in range(self.frozen_count) if not self.isColumnHidden(c))
        frame = self.frameWidth()
        self.frozen.setGeometry(
            self.verticalHeader().width() + frame,
            frame,
            width,
            self.viewport().height() + self.horizontalHeader().height(),
        )
        self.frozen.show()

    def frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self.frozen_count))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Left into a column under the overlay scrolls it out from under it."""
        current = super().moveCursor(cursorAction, modifiers)
        if (
            cursorAction == QAbstractItemView.CursorAction.MoveLeft
            and current.column() >= self.frozen_count
            and self.visualRect(current).left() < self.frozen_width()
        ):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).left() - self.frozen_width())
        return current

    def scrollTo(
        self, index: Index, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible
    ) -> None:
        """A frozen column is always in sight: only up or down for it; a scrolling one comes out from under it."""
        if index.column() >= self.frozen_count:
            super().scrollTo(index, hint)
            rect = self.visualRect(index)
            if rect.left() < self.frozen_width():
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + rect.left() - self.frozen_width())
        else:
            bar = self.horizontalScrollBar()
            across = bar.value()
            super().scrollTo(index, hint)
            bar.setValue(across)
