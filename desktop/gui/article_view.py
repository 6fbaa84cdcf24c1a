"""The article text, read-only and plain, with every figure highlighted in its state's colour.

The text is data: it goes in with ``setPlainText`` only, so markup in an
article (``<a href=...>``, ``<img onerror=...>``) shows as the characters it
is.  Highlights are extra selections built for the visible part of the text
only, which keeps an article with 100,000 figures as quick to scroll as one
with ten.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from desktop.gui.states import state_colour
from desktop.gui.text_layout import OffsetMap, clause_bounds, display_text, percent_spans
from desktop.store.review_rows import ReviewRow

#: Never build more highlight selections than this at once (a screen shows far fewer).
MAX_SELECTIONS = 2000
#: How far past the visible text highlights are built, so a small scroll needs no rebuild to look right.
MARGIN_CHARS = 2000
CLAUSE_COLOUR = QColor("#1f4e8c")
#: The frame drawn round the current figure, so it stands out from every other highlight.
FRAME_COLOUR = QColor("#1d2330")
#: Lines of text kept above and below the current figure before the text is scrolled to centre it.
CONTEXT_LINES = 3
#: How far the frame reaches beyond the figure's rectangles (its overhang and pen), for repainting it.
FRAME_MARGIN = 4
#: How much darker the current figure is than the others of its state (a QColor.darker factor).
CURRENT_DARKER = 125


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    status: str
    record_id: int


def _span_order(span: Span) -> tuple[int, int, int]:
    return span.start, span.end, span.record_id


class ArticleTextView(QPlainTextEdit):
    """Shows one article; tells which record a click landed on; scrolls to the current record."""

    record_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article_text")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._text = ""
        self._offsets = OffsetMap("")
        self._spans: list[Span] = []
        self._starts: list[int] = []
        self._by_id: dict[int, Span] = {}
        self._longest = 0
        self._current: int | None = None
        self._percents: list[str] = []  # the current record's comparisons, as written (``97,17``)
        #: Where the current figure's frame was last drawn (viewport coordinates), and at which scroll
        #: and width: a repaint with neither changed draws it there without measuring it again.
        self._framed: list[QRect] = []
        self._framed_at: tuple[int, int, int] | None = None
        #: The highlight of each figure not current, made once per article: moving between records
        #: changes two highlights, and making the others again cost most of a move.
        self._made: dict[Span, QTextEdit.ExtraSelection] = {}
        self._rebuild = QTimer(self, singleShot=True, interval=0)
        self._rebuild.timeout.connect(self._apply_highlights)
        self.verticalScrollBar().valueChanged.connect(self._rebuild.start)

    # ---- content --------------------------------------------------------------

    def show_article(self, text: str, records: list[ReviewRow]) -> None:
        self._text = text
        self._offsets = OffsetMap(text)
        self._current = None
        self._made.clear()
        self.setPlainText(display_text(text))
        self.set_records(records)

    def set_records(self, records: list[ReviewRow]) -> None:
        spans = [Span(r.start, r.end, r.status, r.id) for r in records if self._fits(r.start, r.end)]
        self._spans = sorted(spans, key=_span_order)
        self._starts = [span.start for span in self._spans]
        self._by_id = {span.record_id: span for span in self._spans}
        self._longest = max((span.end - span.start for span in self._spans), default=0)
        self._rebuild.start()

    def put(self, record: ReviewRow) -> None:
        """Highlight one record as it now is (a decision changed its state, a correction its span)."""
        self.drop(record.id)
        if not self._fits(record.start, record.end):
            return
        span = Span(record.start, record.end, record.status, record.id)
        index = bisect_left(self._spans, _span_order(span), key=_span_order)
        self._spans.insert(index, span)
        self._starts.insert(index, span.start)
        self._by_id[span.record_id] = span
        self._longest = max(self._longest, span.end - span.start)
        self._rebuild.start()

    def drop(self, record_id: int) -> None:
        span = self._by_id.pop(record_id, None)
        if span is None:
            return
        index = self._spans.index(span, bisect_left(self._starts, span.start))
        del self._spans[index]
        del self._starts[index]
        self._rebuild.start()

    def _fits(self, start: int, end: int) -> bool:
        return 0 <= start < end <= len(self._text)

    def stored_text(self) -> str:
        """The article exactly as stored (the display may break very long lines at spaces)."""
        return self._text

    def set_current(
        self, record_id: int | None, *, scroll: bool = True, percents: list[str] | None = None
    ) -> None:
        """Frame a record's figure, underline its clause, mark its comparisons' ``percents`` (``97,17``)
        where the clause writes them, and, with ``scroll``, bring it into view."""
        self._current = record_id
        self._percents = percents or []
        span = self._span(record_id)
        if span is not None and scroll:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._offsets.to_qt(span.start))
            self.setTextCursor(cursor)
            if not self._well_in_view():
                self.centerCursor()
        self._apply_highlights()

    def _well_in_view(self) -> bool:
        """Whether the cursor has :data:`CONTEXT_LINES` of text above and below it on screen.

        The text is centred on a figure only when it is not: centring on every
        figure moved the text at each key, which repaints all of it.
        """
        caret = self.cursorRect()
        margin = CONTEXT_LINES * caret.height()
        return caret.top() >= margin and caret.bottom() <= self.viewport().height() - margin

    def selected_range(self) -> tuple[int, int] | None:
        """The selected text as offsets into the stored text; None without a selection."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._offsets.to_py(cursor.selectionStart()), self._offsets.to_py(cursor.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        """Select stored-text offsets ``start:end`` (what a mouse drag does; used by scripts and tests)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def position_of(self, offset: int) -> QPoint:
        """Where a stored-text offset is drawn, in viewport coordinates."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(offset))
        return self.cursorRect(cursor).center()

    # ---- events ---------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        offset = self._offsets.to_py(self.cursorForPosition(event.position().toPoint()).position())
        span = self._span_at(offset)
        if span is not None:
            self.record_clicked.emit(span.record_id)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rebuild.start()

    # ---- highlights -----------------------------------------------------------

    def _span(self, record_id: int | None) -> Span | None:
        return self._by_id.get(record_id) if record_id is not None else None

    def _span_at(self, offset: int) -> Span | None:
        index = bisect_left(self._starts, offset - self._longest)
        hits = [
            s for s in self._spans[index : bisect_left(self._starts, offset + 1)] if s.start <= offset < s.end
        ]
        return min(hits, key=lambda s: s.end - s.start) if hits else None

    def _visible_range(self) -> tuple[int, int]:
        first = self.firstVisibleBlock().position()
        corner = QPoint(self.viewport().width() - 1, self.viewport().height() - 1)
        last = self.cursorForPosition(corner).position()
        return (max(0, self._offsets.to_py(first) - MARGIN_CHARS), self._offsets.to_py(last) + MARGIN_CHARS)

    def _apply_highlights(self) -> None:
        low, high = self._visible_range()
        first = bisect_left(self._starts, low - self._longest)
        last = bisect_left(self._starts, high)
        selections = []
        for span in self._spans[first:last]:
            if span.end > low and span.record_id != self._current:
                selections.append(self._highlight(span))
            if len(selections) >= MAX_SELECTIONS:
                break
        current = self._span(self._current)
        if current is not None:
            clause = clause_bounds(self._text, current.start, current.end)
            selections.append(self._selection(*clause, _clause_format()))
            for start, end in percent_spans(self._text, clause, self._percents):
                selections.append(self._selection(start, end, _comparison_format(current.status)))
            figure = QTextCharFormat(_figure_format(current.status))
            figure.setFontWeight(QFont.Weight.Bold)
            figure.setBackground(state_colour(current.status).darker(CURRENT_DARKER))
            selections.append(self._selection(current.start, current.end, figure))
        self.setExtraSelections(selections)  # repaints the highlights that changed, and only those
        self._rebuild.stop()  # up to date: a rebuild a scroll or a put asked for would repaint for nothing
        self._reframe()

    def _reframe(self) -> None:
        """Repaint where the frame of the current figure was and where it now is, not the whole text."""
        current = self._span(self._current)
        framed = self.figure_rects(current.start, current.end) if current is not None else []
        for rect in (*self._framed, *framed):
            self.viewport().update(rect.adjusted(-FRAME_MARGIN, -FRAME_MARGIN, FRAME_MARGIN, FRAME_MARGIN))
        self._framed, self._framed_at = framed, self._frame_key()

    def _frame_key(self) -> tuple[int, int, int]:
        """What the frame's place on screen depends on besides the text: the scroll and the width."""
        return self.verticalScrollBar().value(), self.horizontalScrollBar().value(), self.viewport().width()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The text, then a frame round the current figure (one rectangle per line it spans)."""
        super().paintEvent(event)
        current = self._span(self._current)
        if current is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(FRAME_COLOUR, 2))
        framed = self._framed if self._framed_at == self._frame_key() else None
        for rect in framed if framed is not None else self.figure_rects(current.start, current.end):
            painter.drawRoundedRect(QRectF(rect).adjusted(-2, 0, 2, 0), 3, 3)  # within FRAME_MARGIN
        painter.end()

    def figure_rects(self, start: int, end: int) -> list[QRect]:
        """The rectangles a span of stored text covers on screen, one per line (a figure is a few words)."""
        first, last = self._caret(start), self._caret(end)
        if first.top() == last.top():  # on one line, as almost every figure is
            rect = first.united(last)
            return [rect] if rect.width() > 1 else []
        lines: dict[int, QRect] = {}
        cursor = QTextCursor(self.document())
        for offset in range(start, end + 1):
            cursor.setPosition(self._offsets.to_qt(offset))
            caret = self.cursorRect(cursor)
            line = lines.get(caret.top())
            lines[caret.top()] = caret if line is None else line.united(caret)
        return [rect for rect in lines.values() if rect.width() > 1]

    def _caret(self, offset: int) -> QRect:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(offset))
        return self.cursorRect(cursor)

    def _highlight(self, span: Span) -> QTextEdit.ExtraSelection:
        made = self._made.get(span)
        if made is None:
            made = self._made[span] = self._selection(span.start, span.end, _figure_format(span.status))
        return made

    def _selection(self, start: int, end: int, char_format: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = char_format
        return selection


@cache
def _figure_format(status: str) -> QTextCharFormat:
    """A figure's highlight in its state's colour (shared: copy it before changing it)."""
    char_format = QTextCharFormat()
    char_format.setBackground(state_colour(status))
    if status == "rejected":
        char_format.setFontStrikeOut(True)
    return char_format


@cache
def _comparison_format(status: str) -> QTextCharFormat:
    """A comparison of the current figure: its state's colour, lighter, and a dotted underline."""
    char_format = QTextCharFormat()
    char_format.setBackground(state_colour(status).lighter(108))
    char_format.setFontWeight(QFont.Weight.Bold)
    char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    char_format.setUnderlineColor(FRAME_COLOUR)
    return char_format


@cache
def _clause_format() -> QTextCharFormat:
    char_format = QTextCharFormat()
    char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    char_format.setUnderlineColor(CLAUSE_COLOUR)
    return char_format
