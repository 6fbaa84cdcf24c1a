"""A label for text that changes on every key press (counters, the current record's base value).

Qt lays out every parent of a widget whose size may change each time a
label's text is set, up to the window, even when nothing moves: at 50,000
articles that was a good part of a decision's time.  A widget whose minimum
and maximum sizes are equal stops that walk, so this label fixes its size to
the largest text it has shown; a longer text grows it once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


class SteadyLabel(QLabel):
    """A one-line label that only grows, so a new text repaints it without laying the window out."""

    def reserve(self, sample: str) -> None:
        """Make room for ``sample`` at once, so that the usual texts never grow the label."""
        self.setText(sample)
        self.setText("")

    def setText(self, text: str) -> None:
        super().setText(text)
        hint = self.sizeHint()
        width = max(hint.width(), self.minimumWidth())
        if (width, hint.height()) != (self.maximumWidth(), self.maximumHeight()):
            self.setFixedSize(width, hint.height())
