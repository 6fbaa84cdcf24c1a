"""How a record looks in the table: two lines per row, so every field shows without scrolling sideways.

The label's cell says under it the kind, period and place; the value's cell
(qualifier sign, number, unit) says under it the comparisons.  A cell whose
model gives no :data:`~desktop.gui.record_model.DETAIL_ROLE` is drawn by Qt
as usual, on one line.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.gui.record_model import DETAIL_ROLE
from desktop.gui.static_lines import StaticLines

PADDING = 6
#: The second line's colour on an unselected row: quieter than the first, still readable.
DETAIL_COLOUR = QColor("#5c6370")

Index = QModelIndex | QPersistentModelIndex


def row_height(widget: QWidget) -> int:
    return 2 * QFontMetrics(widget.font()).height() + 8


class RecordDelegate(QStyledItemDelegate):
    """Paints a cell's text over its detail line, each elided to the cell's width (laid out once:
    see :mod:`desktop.gui.static_lines`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines = StaticLines()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The cell's background (the selection's colour when selected), then its two lines.

        The two-line cells have no colour, icon or font of their own in the model, so the view's
        option is drawn as it comes: asking the model for every role of every cell painted
        (``initStyleOption``) cost a third of painting the row.
        """
        detail = index.data(DETAIL_ROLE)
        if detail is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        text = str(index.data() or "")
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        area = option.rect.adjusted(PADDING, 3, -PADDING, -3)
        line = area.height() // 2
        painter.save()
        painter.setFont(option.font)
        painter.setPen(
            option.palette.highlightedText().color() if selected else option.palette.text().color()
        )
        self._lines.draw(painter, QRect(area.left(), area.top(), area.width(), line), text)
        painter.setPen(option.palette.highlightedText().color() if selected else DETAIL_COLOUR)
        self._lines.draw(painter, QRect(area.left(), area.top() + line, area.width(), line), detail)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Measured from the two texts only: Qt asks once per row when sizing a column to its contents."""
        detail = index.data(DETAIL_ROLE)
        if detail is None:
            return super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        width = max(metrics.horizontalAdvance(str(index.data() or "")), metrics.horizontalAdvance(detail))
        return QSize(width + 2 * PADDING + 2, 2 * metrics.height() + 8)
