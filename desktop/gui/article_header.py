"""The line above the article's text: its title, then its place, date and source.

Plain text only: a title is data from the web, never markup.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.store import StoredArticle

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def date_text(published: str | None) -> str | None:
    """``2020-01-10`` as a Vietnamese reader writes it, ``10/01/2020``; anything else as it is."""
    if not published:
        return None
    match = _ISO_DATE.match(published)
    return f"{match[3]}/{match[2]}/{match[1]}" if match else published


class ArticleHeader(QWidget):
    """Title (bold, wrapped) over ``place · date · source``; hidden when no article is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article_header")
        self.title = QLabel()
        self.details = QLabel()
        for label, name in ((self.title, "article_title"), (self.details, "article_details")):
            label.setObjectName(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(2)
        column.addWidget(self.title)
        column.addWidget(self.details)
        self.hide()

    def show_article(self, article: StoredArticle | None) -> None:
        if article is None:
            self.hide()
            return
        self.title.setText(article.title or article.doc)
        source = article.url or PurePath(article.source).name or article.doc
        self.details.setText(
            " · ".join(p for p in (article.locality, date_text(article.published), source) if p)
        )
        self.show()
