"""The review window: article list | article text | records and editor.

The window reads from the store and writes through :class:`ReviewSession`;
after every write it re-reads what it shows, so what is on screen is always
what is in the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import Record
from desktop.core.taxonomy import Taxonomy
from desktop.gui.actions import create_actions
from desktop.gui.article_delegate import ArticleDelegate
from desktop.gui.article_model import ArticleListModel
from desktop.gui.article_view import ArticleTextView
from desktop.gui.dialogs import HelpDialog, choose_database
from desktop.gui.filters import FilterBar, Filters
from desktop.gui.language import fill_language_menu
from desktop.gui.prefill import record_from_selection
from desktop.gui.reading_warnings import ReadingWarnings
from desktop.gui.record_editor import RecordEditor
from desktop.gui.record_model import RecordTableModel
from desktop.gui.review_session import ReviewSession
from desktop.gui.transfers import Transfers
from desktop.store import Store, StoredArticle, StoredRecord
from desktop.store.review_rows import ReviewRow, review_rows

#: Actions that decide or edit, disabled while the editor is open.
DECISION_ACTIONS = ("action_confirm", "action_reject", "action_edit", "action_add_from_selection",
                    "action_confirm_all", "action_next_record", "action_prev_record", "action_next_article",
                    "action_prev_article", "action_undo", "action_redo")


class MainWindow(QMainWindow):
    """One window on one database, for one reviewer."""

    #: The reviewer asked to open another database (the application replaces the window).
    database_requested = Signal(Path)

    def __init__(self, store: Store, reviewer: str, taxonomy: Taxonomy) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.store = store
        self.session = ReviewSession(store, reviewer, self)
        self.article: StoredArticle | None = None
        self._editing: tuple[str, int] = ("correct", 0)  # what the open editor saves: (mode, record/article id)
        self._build_views(taxonomy)
        self.actions_by_name = create_actions(self, self._handlers())
        self.transfers = Transfers(self, store.path)
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self._restore_layout()
        self.filter_bar.load_choices(store)
        self.articles.load(self.filter_bar.filters())
        self.open_first_pending()

    # ---- construction ---------------------------------------------------------

    def _build_views(self, taxonomy: Taxonomy) -> None:
        self.filter_bar = FilterBar()
        self.articles = ArticleListModel(self.store, self)
        self.article_list = QListView(objectName="article_list")
        self.article_list.setModel(self.articles)
        self.article_list.setItemDelegate(ArticleDelegate(self.article_list))
        self.article_list.setUniformItemSizes(True)
        self.article_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_text = ArticleTextView()
        self.records = RecordTableModel(self)
        self.record_table = QTableView(objectName="record_table")
        self.record_table.setModel(self.records)
        self.record_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.record_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.record_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.record_table.setWordWrap(False)
        self.record_table.verticalHeader().hide()
        header = self.record_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.record_editor = RecordEditor(taxonomy)
        left = QWidget(objectName="left_pane")
        column = QVBoxLayout(left)
        column.setContentsMargins(4, 4, 0, 4)
        column.addWidget(self.filter_bar)
        column.addWidget(self.article_list)
        self.right = QSplitter(Qt.Orientation.Vertical, objectName="right_splitter")
        self.right.addWidget(self.record_table)
        self.right.addWidget(self.record_editor)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="main_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.article_text)
        self.splitter.addWidget(self.right)
        self.splitter.setSizes([290, 500, 650])
        self.setCentralWidget(self.splitter)

    def _handlers(self) -> dict[str, object]:
        return {
            "action_confirm": self.confirm, "action_reject": self.reject, "action_edit": self.edit,
            "action_add_from_selection": self.add_from_selection, "action_next_record": lambda: self.step_record(1),
            "action_prev_record": lambda: self.step_record(-1), "action_next_article": lambda: self.step_article(1),
            "action_prev_article": lambda: self.step_article(-1), "action_confirm_all": self.confirm_all,
            "action_undo": self.session.undo_stack.undo, "action_redo": self.session.undo_stack.redo,
            "action_find": self.filter_bar.focus_search, "action_import": lambda: self.transfers.import_files(),
            "action_import_folder": lambda: self.transfers.import_folder(),
            "action_export": lambda: self.transfers.export(), "action_open_database": self.open_database,
            "action_help": self.show_help, "action_quit": self.close,
        }

    def _build_menus(self) -> None:
        menus = (
            (self.tr("&File"), ("action_import", "action_import_folder", "action_export", None,
                                "action_open_database", None, "action_quit")),
            (self.tr("&Review"), ("action_confirm", "action_reject", "action_edit", "action_add_from_selection",
                                  "action_confirm_all", None, "action_next_record", "action_prev_record",
                                  "action_next_article", "action_prev_article")),
            (self.tr("&Edit"), ("action_undo", "action_redo", None, "action_find")),
            (self.tr("&Help"), ("action_help",)),
        )
        for title, names in menus:
            menu = self.menuBar().addMenu(title)
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.actions_by_name[name])
        fill_language_menu(self.menuBar().addMenu(self.tr("&Language")), self.statusBar())
        toolbar = QToolBar(self.tr("Review"), objectName="review_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in ("action_confirm", "action_reject", "action_edit", "action_add_from_selection",
                     "action_confirm_all", "action_undo", "action_redo", "action_help"):
            toolbar.addAction(self.actions_by_name[name])
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        self.reviewer_label = QLabel(objectName="status_reviewer")
        self.article_progress = QLabel(objectName="status_article")
        self.corpus_progress = QLabel(objectName="status_corpus")
        self.database_label = QLabel(objectName="status_database")
        self.reading_warnings = ReadingWarnings()
        bar = self.statusBar()
        for label in (self.reviewer_label, self.article_progress, self.corpus_progress, self.reading_warnings):
            bar.addWidget(label)
        bar.addPermanentWidget(self.database_label)
        readonly = " " + self.tr("(read-only)") if self.store.readonly else ""
        self.database_label.setText(str(self.store.path) + readonly)
        self.reviewer_label.setText(self.tr("Reviewer: %s") % self.session.reviewer)

    def _connect(self) -> None:
        self.article_list.selectionModel().currentChanged.connect(self._article_chosen)
        self.record_table.selectionModel().currentRowChanged.connect(self._record_chosen)
        self.article_text.record_clicked.connect(self.select_record)
        self.article_text.selectionChanged.connect(self.update_actions)
        self.filter_bar.changed.connect(self.apply_filters)
        self.record_editor.accepted.connect(self._editor_accepted)
        self.record_editor.cancelled.connect(self._editor_closed)
        self.session.changed.connect(self._store_changed)
        self.session.failed.connect(self.show_problem)
        self.session.undo_stack.indexChanged.connect(self.update_actions)
        self.transfers.imported.connect(self._after_import)
        self.transfers.busy_changed.connect(self.update_actions)

    # ---- what is shown --------------------------------------------------------

    def open_first_pending(self) -> None:
        """On open: the first article with pending records and its first pending record."""
        row = self.articles.pending_row(-1, 1)
        if row is None and self.articles.rowCount():
            row = 0
        if row is not None:
            self.show_article(self.articles.summary(row).id)
        else:
            self.update_actions()

    def show_article(self, article_id: int, record_id: int | None = None) -> None:
        """Show an article and select ``record_id`` (default: its first pending record)."""
        self.article = self.store.article(article_id)
        records = review_rows(self.store, article_id)
        self.records.set_records(records)
        self.article_text.show_article(self.article.text, records)
        self._select_in_list(article_id)
        if record_id is None or self.records.row_of(record_id) is None:
            row = self.records.pending_row(-1)
            record_id = self.records.stored(row if row is not None else 0).id if records else None
        self.select_record(record_id)
        self.setWindowTitle(f"{self.article.title or self.article.doc} — Chitieu")
        self.reading_warnings.show_for(self.article)

    def select_record(self, record_id: int | None) -> None:
        row = self.records.row_of(record_id) if record_id is not None else None
        if row is None:
            self.record_table.clearSelection()
            self._record_chosen(QModelIndex())
            return
        self.record_table.selectionModel().setCurrentIndex(
            self.records.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.record_table.scrollTo(self.records.index(row, 0))

    def current_row(self) -> ReviewRow | None:
        index = self.record_table.selectionModel().currentIndex()
        return self.records.stored(index.row()) if index.isValid() else None

    def current_record(self) -> StoredRecord | None:
        """The full current record, read from the store (the table holds only what it shows)."""
        row = self.current_row()
        return self.store.record(row.id) if row is not None else None

    def _select_in_list(self, article_id: int) -> None:
        row = self.articles.row_of(article_id)
        selection = self.article_list.selectionModel()
        selection.blockSignals(True)
        if row is None:
            selection.clear()
        else:
            index = self.articles.index(row)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.article_list.scrollTo(index)
        selection.blockSignals(False)
        self.article_list.viewport().update()

    def _article_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self.record_editor.editing:
            self.show_article(self.articles.summary(current.row()).id)

    def _record_chosen(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = self.records.stored(current.row()) if current.isValid() else None
        stored = self.store.record(row.id) if row is not None else None
        self.article_text.set_current(stored.id if stored else None)
        length = len(self.article.text) if self.article else 0
        self.record_editor.show_record(stored.record if stored else None, stored.note if stored else None,
                                       length)
        self.update_status()
        self.update_actions()

    def apply_filters(self, filters: Filters) -> None:
        """Re-run the list; the current article stays selected when it still passes the filters."""
        self.articles.load(filters)
        if self.article is not None:
            self._select_in_list(self.article.id)

    # ---- decisions ------------------------------------------------------------

    def confirm(self) -> None:
        self._decide("confirmed")

    def reject(self) -> None:
        self._decide("rejected")

    def _decide(self, status: str) -> None:
        stored = self.current_row()
        if stored is None or not self._allowed(status, stored):
            return
        if self.session.decide(stored.id, status):
            self._go_to_next_pending(stored.id)

    def _go_to_next_pending(self, record_id: int) -> None:
        row = self.records.row_of(record_id)
        following = self.records.pending_row(row if row is not None else -1)
        if following is not None:
            self.select_record(self.records.stored(following).id)
        else:
            self.statusBar().showMessage(
                self.tr("Every record of this article is decided. Ctrl+Down: next article."), 5000)

    def edit(self) -> None:
        stored = self.current_record()
        if stored is None or self.record_editor.editing or self.article is None:
            return
        self._editing = ("correct", stored.id)
        self.record_editor.begin_edit(stored.record, stored.note, len(self.article.text))
        self.update_actions()

    def add_from_selection(self) -> None:
        selected = self.article_text.selected_range()
        if selected is None or self.article is None or self.record_editor.editing:
            return
        draft = record_from_selection(self.article, *selected)
        self._editing = ("add", self.article.id)
        self.record_editor.begin_edit(draft, None, len(self.article.text), adding=True)
        self.update_actions()

    def _editor_accepted(self, record: Record, note: str | None) -> None:
        mode, target = self._editing
        if mode == "add":
            record_id = self.session.add(target, record, note)
            if record_id is not None:
                self.select_record(record_id)
        elif record != self.store.record(target).record or note != self.store.record(target).note:
            self.session.decide(target, "corrected", record=record, note=note)
        self._editor_closed()

    def _editor_closed(self) -> None:
        self._record_chosen(self.record_table.selectionModel().currentIndex())
        self.record_table.setFocus()

    def confirm_all(self) -> None:
        if self.article is None:
            return
        pending = [stored.id for stored in self.records.records if stored.status == "pending"]
        if pending:
            self.session.confirm_all(self.article.id, pending)

    def _store_changed(self, article_id: int, record_id: int) -> None:
        """Re-read what a write changed; an undo in another article brings that article back."""
        self.articles.refresh(article_id)
        if self.article is None or self.article.id != article_id:
            self.show_article(article_id, record_id)
            return
        records = review_rows(self.store, article_id)
        self.records.set_records(records)
        self.article_text.set_records(records)
        self.select_record(record_id if self.records.row_of(record_id) is not None else None)

    # ---- navigation -----------------------------------------------------------

    def step_record(self, step: int) -> None:
        index = self.record_table.selectionModel().currentIndex()
        row = (index.row() if index.isValid() else -1) + step
        if 0 <= row < self.records.rowCount():
            self.select_record(self.records.stored(row).id)

    def step_article(self, step: int) -> None:
        row = self._pending_article_row(step)
        if row is not None:
            self.show_article(self.articles.summary(row).id)

    def _pending_article_row(self, step: int) -> int | None:
        current = self.articles.row_of(self.article.id) if self.article else None
        start = current if current is not None else (-1 if step > 0 else self.articles.rowCount())
        return self.articles.pending_row(start, step)

    # ---- enabling -------------------------------------------------------------

    def _allowed(self, status: str, stored: ReviewRow) -> bool:
        if status == "confirmed":
            return stored.status == "pending"
        return stored.status != "rejected"

    def update_actions(self) -> None:
        """Enable exactly the actions that apply to what is on screen."""
        editing = self.record_editor.editing
        stored = self.current_row()
        index = self.record_table.selectionModel().currentIndex()
        row = index.row() if index.isValid() else -1
        has_pending = any(s.status == "pending" for s in self.records.records)
        stack = self.session.undo_stack
        enabled = {
            "action_confirm": stored is not None and self._allowed("confirmed", stored),
            "action_reject": stored is not None and self._allowed("rejected", stored),
            "action_edit": stored is not None,
            "action_add_from_selection": self.article is not None
            and self.article_text.selected_range() is not None,
            "action_next_record": row + 1 < self.records.rowCount(),
            "action_prev_record": row > 0,
            "action_next_article": self._pending_article_row(1) is not None,
            "action_prev_article": self._pending_article_row(-1) is not None,
            "action_confirm_all": has_pending,
            "action_undo": stack.canUndo(),
            "action_redo": stack.canRedo(),
            "action_export": not self.transfers.busy(),
            "action_import": not self.transfers.busy() and not self.store.readonly,
            "action_import_folder": not self.transfers.busy() and not self.store.readonly,
        }
        for name, on in enabled.items():
            self.actions_by_name[name].setEnabled(on and not (editing and name in DECISION_ACTIONS))
        self.actions_by_name["action_undo"].setToolTip(stack.undoText())
        self.actions_by_name["action_redo"].setToolTip(stack.redoText())

    def update_status(self) -> None:
        if self.article is not None:
            summary = self.store.article_summary(self.article.id)
            self.article_progress.setText(
                self.tr("This article: %1/%2 decided").replace("%1", str(summary.n_decided))
                .replace("%2", str(summary.n_records)))
        decided, total = self.store.progress()
        self.corpus_progress.setText(
            self.tr("Corpus: %1/%2 decided").replace("%1", f"{decided:,}".replace(",", "."))
            .replace("%2", f"{total:,}".replace(",", ".")))

    # ---- other commands -------------------------------------------------------

    def show_help(self) -> None:
        HelpDialog(self.help_actions(), self).exec()

    def help_actions(self) -> list[QAction]:
        return list(self.actions_by_name.values())

    def show_problem(self, message: str) -> None:
        """Tell the reviewer why a write failed, without blocking the window."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Chitieu"), message, QMessageBox.StandardButton.Ok,
                          self)
        box.setObjectName("problem_message")
        box.finished.connect(box.deleteLater)
        box.open()

    def open_database(self) -> None:
        path = choose_database(self, str(self.store.path.parent))
        if path is not None:
            self.database_requested.emit(path)

    def _after_import(self) -> None:
        self.filter_bar.load_choices(self.store)
        self.apply_filters(self.filter_bar.filters())
        self.update_status()
        if self.article is None:
            self.open_first_pending()
        self.update_actions()

    # ---- settings -------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 860)
        for key, splitter in (("window/splitter", self.splitter), ("window/right_splitter", self.right)):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)
        QTimer.singleShot(0, self._fit_columns)

    def _fit_columns(self) -> None:
        header = self.record_table.horizontalHeader()
        self.record_table.resizeColumnsToContents()
        header.resizeSection(1, min(max(header.sectionSize(1), 150), 190))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Every decision is already stored; closing only saves the layout and releases the database."""
        if self.transfers.busy():
            self.transfers.cancel()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/right_splitter", self.right.saveState())
        self.transfers.wait()
        self.store.close()
        super().closeEvent(event)
