"""What reading an article's file changed or doubted, shown in the status bar while the article is shown.

An import replaces bytes it cannot decode and keeps going, and says so
(:mod:`desktop.core.readers`); the reviewer, who reads the text, must see it
too: a "\ufffd" in a figure is a figure to check against the source.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.gui.problem_text import warning_text
from desktop.store.rows import StoredArticle


class ReadingWarnings(QLabel):
    """A status-bar label, hidden unless the article shown has warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_reading_warnings")
        self.setTextFormat(Qt.TextFormat.PlainText)  # file names and messages are data, never markup
        self.hide()

    def show_for(self, article: StoredArticle) -> None:
        if not article.warnings:
            self.hide()
            return
        warnings = [warning_text(warning) for warning in article.warnings]
        label = QCoreApplication.translate("ReadingWarnings", "⚠ Read with changes: %1")
        self.setText(label.replace("%1", "; ".join(warnings)))
        self.setToolTip(f"<p style='white-space:pre-wrap'>{html.escape(chr(10).join(warnings))}</p>")
        self.show()
