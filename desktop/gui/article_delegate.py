"""How one article looks in the list: title, place and date, and a decided/total badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.gui.article_model import SUMMARY_ROLE
from desktop.gui.states import STATE_COLOURS
from desktop.gui.static_lines import StaticLines
from desktop.store import ArticleSummary

PADDING = 6
#: Badge colours by review state of the article: all decided, some, none.
BADGE_COLOURS = {"done": STATE_COLOURS["confirmed"], "progress": STATE_COLOURS["pending"], "todo": "#e4e4e4"}


class ArticleDelegate(QStyledItemDelegate):
    """Paints two lines per article; every row has the same height so 50,000 rows scroll smoothly.

    A decision repaints its article's row: the lines are laid out once (see
    :mod:`desktop.gui.static_lines`), only the badge's count is new.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines = StaticLines()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, 2 * height + 3 * PADDING)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        summary: ArticleSummary | None = index.data(SUMMARY_ROLE)
        if summary is None:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        text_colour = option.palette.highlightedText().color() if selected else option.palette.text().color()
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        badge = self._paint_badge(painter, option, rect, summary)
        line_height = QFontMetrics(option.font).height()
        title_rect = QRect(rect.left(), rect.top(), badge.left() - rect.left() - PADDING, line_height)
        bold = option.font
        bold.setBold(summary.n_pending > 0)
        painter.setFont(bold)
        painter.setPen(text_colour)
        self._lines.draw(painter, title_rect, summary.title or summary.doc)
        painter.setFont(option.font)
        painter.setPen(text_colour if selected else QColor("#666666"))
        doc = summary.doc if summary.title else None  # an untitled article already shows its doc as title
        detail = " · ".join(part for part in (summary.locality, summary.published, doc) if part)
        detail_rect = QRect(rect.left(), rect.top() + line_height + PADDING, rect.width(), line_height)
        self._lines.draw(painter, detail_rect, detail)
        painter.restore()

    def _paint_badge(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, summary: ArticleSummary
    ) -> QRect:
        text = f"{summary.n_decided}/{summary.n_records}"
        metrics = QFontMetrics(option.font)
        width = metrics.horizontalAdvance(text) + 2 * PADDING
        badge = QRect(rect.right() - width, rect.top(), width, metrics.height())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BADGE_COLOURS[summary.state]))
        painter.drawRoundedRect(badge, 6, 6)
        painter.setPen(QColor("#222222"))
        self._lines.draw(painter, badge, text, centred=True)
        return badge
