"""A holder that keeps a pane's layout requests to itself.

Qt answers a widget whose size hint may have changed by laying out every
parent up to the window, and the review tab's parent, a QTabWidget, answers
a layout request by repainting all it holds: a new text in the check strip,
or one more comparison row in the editor, repainted the whole window on a
key press (16 ms at 50,000 articles).  The review splitter sits in this
holder instead, which sizes it to itself and passes nothing up; the
splitters below still lay out their panes as before.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget


class LayoutStop(QWidget):
    """Shows one widget over its whole area; the widget's size hints are asked for, never pushed up."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        content.setParent(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.content.setGeometry(self.rect())

    def sizeHint(self) -> QSize:
        return self.content.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.content.minimumSizeHint()
