"""How a record looks in the table: two lines per row, so every field shows without scrolling sideways.

The label's cell says under it the kind, period and place; the value's cell
(qualifier sign, number, unit) says under it the comparisons.  The other
cells (the state's sign, the checks' warning, the confidence) are one line.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.gui.record_model import DETAIL_ROLE, RecordTableModel
from desktop.gui.static_lines import StaticLines

PADDING = 6
#: The second line's colour on an unselected row: quieter than the first, still readable.
DETAIL_COLOUR = QColor("#5c6370")

Index = QModelIndex | QPersistentModelIndex


def _paint_focus(painter: QPainter, option: QStyleOptionViewItem, style: QStyle, selected: bool) -> None:
    """The current cell's focus frame, as Qt's delegate draws it."""
    frame = QStyleOptionFocusRect()
    frame.initFrom(option.widget) if option.widget is not None else None
    frame.state = option.state | QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_Item
    frame.rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemFocusRect, option, option.widget)
    frame.palette = option.palette
    frame.backgroundColor = (
        option.palette.highlight().color() if selected else option.palette.window().color()
    )
    style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, option.widget)


def row_height(widget: QWidget) -> int:
    return 2 * QFontMetrics(widget.font()).height() + 8


class RecordDelegate(QStyledItemDelegate):
    """Paints every cell of the record table from one answer of the model (:meth:`RecordTableModel.look`):
    a label or value cell as its text over its detail line, the others as their sign, percentage or
    warning icon; each line elided to the cell's width and laid out once (see
    :mod:`desktop.gui.static_lines`).

    Qt's own delegate, which painted the one-line cells, asked the model for a dozen roles per cell
    and laid its text out again at every paint: the state, checks and confidence cells cost as much
    to repaint as the two-line cells beside them.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines = StaticLines()
        self._margin: int | None = None  # the style's text margin in a cell
        #: Where the style puts an icon in a cell of a size (relative to the cell): asked once per size.
        self._icon_rects: dict[tuple[int, int], QRect] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The cell's background (the selection's colour when selected, else its own), then its lines."""
        model = cast(RecordTableModel, index.model())
        look = model.look(index.row(), index.column())
        widget = option.widget
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        style = widget.style() if widget is not None else QApplication.style()
        if selected:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        elif look.background is not None:  # what the style does for an unselected cell; without, nothing
            painter.fillRect(option.rect, look.background)
        if look.icon is not None:
            self._paint_icon(painter, option, look.icon, style, selected)
        painter.save()
        painter.setFont(option.font)
        painter.setPen(
            option.palette.highlightedText().color()
            if selected
            else look.foreground or option.palette.text().color()
        )
        if look.detail is None:
            if look.text:
                if self._margin is None:
                    self._margin = (
                        style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
                    )
                margin = self._margin
                # Where Qt's delegate puts the line: a pixel higher than centred in the whole cell.
                area = option.rect.adjusted(margin, 0, -margin, -2)
                self._lines.draw(painter, area, look.text, centred=look.centred)
        else:
            area = option.rect.adjusted(PADDING, 3, -PADDING, -3)
            line = area.height() // 2
            self._lines.draw(painter, QRect(area.left(), area.top(), area.width(), line), look.text)
            painter.setPen(option.palette.highlightedText().color() if selected else DETAIL_COLOUR)
            self._lines.draw(painter, QRect(area.left(), area.top() + line, area.width(), line), look.detail)
        painter.restore()
        if option.state & QStyle.StateFlag.State_HasFocus:
            _paint_focus(painter, option, style, selected)

    def _paint_icon(
        self, painter: QPainter, option: QStyleOptionViewItem, icon: QIcon, style: QStyle, selected: bool
    ) -> None:
        """The icon where, and as, Qt's delegate draws an item's decoration."""
        cell = option.rect
        placed = self._icon_rects.get((cell.width(), cell.height()))
        if placed is None:
            decorated = QStyleOptionViewItem(option)
            decorated.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            decorated.icon = icon
            rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, decorated, option.widget)
            placed = self._icon_rects[(cell.width(), cell.height())] = rect.translated(-cell.topLeft())
        mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
        if not option.state & QStyle.StateFlag.State_Enabled:
            mode = QIcon.Mode.Disabled
        icon.paint(
            painter, placed.translated(cell.topLeft()), option.decorationAlignment, mode, QIcon.State.Off
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Measured from the two texts only: Qt asks once per row when sizing a column to its contents."""
        detail = index.data(DETAIL_ROLE)
        if detail is None:
            return super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        width = max(metrics.horizontalAdvance(str(index.data() or "")), metrics.horizontalAdvance(detail))
        return QSize(width + 2 * PADDING + 2, 2 * metrics.height() + 8)
