"""The article list as a Qt model over the store's article summaries.

One query returns the summaries of every article that passes the filters (no
text, so 50,000 rows take a fraction of a second); the view is fed in batches
through ``fetchMore`` so it never creates more rows than it shows.  On a big
corpus a filter change runs in a worker (:mod:`desktop.gui.article_search`):
the first screenful shows as soon as SQLite finds it, the rest follows, and
:attr:`ArticleListModel.completed` says when the list is whole.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.gui.article_search import ArticleSearch
from desktop.gui.filters import Filters
from desktop.store import ArticleSummary, Store

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
BATCH = 1000
#: Up to this many articles a filter runs on the GUI thread: it answers in a few milliseconds, and
#: what the window does next (keep or change the article shown) needs no waiting.
SYNC_ARTICLES = 5000

Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractListModel):
    """Filtered article summaries in import order."""

    #: The list holds every article passing the filters of the last :meth:`request`.
    completed = Signal()

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._all: list[ArticleSummary] = []
        self._rows: dict[int, int] = {}
        #: The rows of the articles with pending records, in order: the next one is a bisection away,
        #: where a scan from a reviewer half-way through 50,000 decided articles took milliseconds.
        self._pending: list[int] = []
        self._shown = 0
        self._articles = 0  # in the whole corpus, as of the last load
        self._search: ArticleSearch | None = None
        self.complete = True

    def load(self, filters: Filters) -> None:
        """Run the filters against the store, here and now, and show the first batch."""
        self._articles = self._store.article_count()
        self._reset(self._store.article_summaries(**filters.as_query()))
        self.complete = True

    def request(self, filters: Filters) -> None:
        """Run the filters: at once on a small corpus, in the worker on a big one; :attr:`completed` follows."""
        if self._articles <= SYNC_ARTICLES:
            self.load(filters)
            self.completed.emit()
            return
        if self._search is None:
            self._search = ArticleSearch(self._store.path, self)
            self._search.found.connect(self._found)
            self._search.failed.connect(self._failed)
        self.complete = False
        self._search.request(filters.as_query())

    def stop(self) -> None:
        """End the worker, if one was started (the window is closing)."""
        if self._search is not None:
            self._search.stop()
            self._search = None

    def _found(self, summaries: list[ArticleSummary], complete: bool) -> None:
        """The first screenful (replaces the list), or the whole list (extends it when it begins alike)."""
        if complete and not self.complete and summaries[: len(self._all)] == self._all:
            self._all = summaries
            self._index()
        else:
            self._reset(summaries)
        self.complete = complete
        if complete:
            self.completed.emit()

    def _failed(self, _message: str) -> None:
        self._reset([])
        self.complete = True
        self.completed.emit()

    def _reset(self, summaries: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self._all = summaries
        self._index()
        self._shown = min(BATCH, len(summaries))
        self.endResetModel()

    def _index(self) -> None:
        self._rows = {summary.id: row for row, summary in enumerate(self._all)}
        self._pending = [row for row, summary in enumerate(self._all) if summary.n_pending]

    # ---- Qt model -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index) -> None:
        self._show_up_to(self._shown + BATCH - 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        summary = self._all[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.title or summary.doc
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{summary.title or ''}\n{summary.doc}"
        if role == SUMMARY_ROLE:
            return summary
        return None

    # ---- lookups --------------------------------------------------------------

    def summary(self, row: int) -> ArticleSummary:
        return self._all[row]

    def row_of(self, article_id: int) -> int | None:
        """The row of an article, fetching rows up to it; None when the filters hide it."""
        row = self._rows.get(article_id)
        if row is not None:
            self._show_up_to(row)
        return row

    def pending_row(self, from_row: int, step: int) -> int | None:
        """The nearest row after (step 1) or before (step -1) ``from_row`` with pending records."""
        if step > 0:
            at = bisect_right(self._pending, from_row)
            row = self._pending[at] if at < len(self._pending) else None
        else:
            at = bisect_left(self._pending, from_row) - 1
            row = self._pending[at] if at >= 0 else None
        if row is not None:
            self._show_up_to(row)
        return row

    def set_counts(self, article_id: int, n_records: int, n_pending: int) -> None:
        """An article's counters after a decision (the store returns them with it)."""
        row = self._rows.get(article_id)
        if row is None:
            return
        if bool(self._all[row].n_pending) != bool(n_pending):
            if n_pending:
                insort(self._pending, row)
            else:
                del self._pending[bisect_left(self._pending, row)]
        self._all[row] = self._all[row]._replace(n_records=n_records, n_pending=n_pending)
        if row < self._shown:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def _show_up_to(self, row: int) -> None:
        last = min(row, len(self._all) - 1)
        if last < self._shown:
            return
        self.beginInsertRows(QModelIndex(), self._shown, last)
        self._shown = last + 1
        self.endInsertRows()
