"""One-line texts elided to a width, laid out once and drawn again from that layout.

A decision repaints the rows it touches (the decided record, the next one
selected, the article's row in the list) with the very texts they had.
``QPainter.drawText`` elides and shapes a string anew at every call, which
was most of the cost of painting a row; a :class:`QStaticText` keeps the
shaped line, so drawing it again only copies glyphs.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QStaticText

#: Lines kept; the rows of an article and a page of the list need a few hundred, more only cost memory.
KEPT = 4000


class StaticLines:
    """Draws elided lines from a cache keyed by text, width and font."""

    def __init__(self) -> None:
        self._lines: dict[tuple[str, int, str], QStaticText] = {}

    def draw(self, painter: QPainter, rect: QRect, text: str, *, centred: bool = False) -> None:
        """``text`` on one line in the painter's font and pen, elided to ``rect``, centred in its height
        (and in its width when ``centred``)."""
        font = painter.font()
        key = (text, rect.width(), font.key())
        line = self._lines.get(key)
        metrics = QFontMetrics(font)
        if line is None:
            if len(self._lines) >= KEPT:
                self._lines.clear()
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            line = self._lines[key] = QStaticText(elided)
            line.setTextFormat(Qt.TextFormat.PlainText)
        left = rect.left() + (rect.width() - line.size().width()) / 2 if centred else rect.left()
        painter.drawStaticText(QPointF(left, rect.top() + (rect.height() - metrics.height()) / 2), line)
