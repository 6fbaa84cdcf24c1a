"""The article list view: uniform rows painted by :class:`ArticleDelegate`, one row repainted per decision."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from desktop.gui.article_delegate import ArticleDelegate

Index = QModelIndex | QPersistentModelIndex


class ArticleListView(QListView):
    """The list on the left; every row has the same height so 50,000 rows scroll smoothly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article_list")
        self.setItemDelegate(ArticleDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def dataChanged(self, top_left: Index, bottom_right: Index, roles: Sequence[int] = ()) -> None:
        """One article's counters changed (a decision): repaint that row only.

        Qt 6's list view repaints its whole viewport on any change of data,
        and the rows are painted in Python: at one decision per key press
        that cost more than the decision itself.  Assistive technology is
        told through the base class, as before.
        """
        if top_left == bottom_right and top_left.isValid() and not QAccessible.isActive():
            self.viewport().update(self.visualRect(self.model().index(top_left.row(), 0)))
            return
        super().dataChanged(top_left, bottom_right, list(roles))
