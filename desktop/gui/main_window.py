"""The review window: article list | article text | records and editor.

The window reads from the store and writes through :class:`ReviewSession`;
after every write it re-reads what it shows, so what is on screen is always
what is in the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, Signal
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
from desktop.gui.accept_all import AcceptAll
from desktop.gui.actions import create_actions
from desktop.gui.article_delegate import ArticleDelegate
from desktop.gui.article_model import ArticleListModel
from desktop.gui.article_view import ArticleTextView
from desktop.gui.check_notes import CheckNotes
from desktop.gui.dialogs import HelpDialog, choose_database
from desktop.gui.filters import FilterBar, Filters
from desktop.gui.keys import on_keys
from desktop.gui.language import fill_language_menu
from desktop.gui.prefill import record_from_selection
from desktop.gui.record_delegate import RecordDelegate, row_height
from desktop.gui.record_editor import RecordEditor
from desktop.gui.record_model import COLUMNS, RecordTableModel, column_title
from desktop.gui.review_order import RiskQueue, riskiest_first, set_riskiest_first
from desktop.gui.review_session import ReviewSession
from desktop.gui.transfers import Transfers
from desktop.store import Store, StoredArticle, StoredRecord
from desktop.store.review_rows import ReviewRow, review_rows

#: Rows measured to size the value column (Qt's default is 1,000: slow for a delegate written in Python).
SIZING_ROWS = 200
#: Actions that decide or edit, disabled while the editor is open.
DECISION_ACTIONS = ("action_confirm", "action_reject", "action_edit", "action_add_from_selection",
                    "action_confirm_all", "action_next_record", "action_prev_record", "action_next_article",
                    "action_prev_article", "action_undo", "action_redo", "action_accept_passing",
                    "action_open_checked")


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
        self.risk_queue = RiskQueue(store)
        self.accept_all = AcceptAll(self, store, reviewer, taxonomy, self.session.undo_stack)
        self.actions_by_name = create_actions(self, self._handlers())
        self._set_up_order()
        self.transfers = Transfers(self, store.path)
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self._restore_layout()
        self.filter_bar.load_choices(store)
        self.articles.load(self.filter_bar.filters())
        self.open_first_pending()
        self.record_table.setFocus()

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
        self.record_table.setItemDelegate(RecordDelegate(self.record_table))
        rows = self.record_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(self.record_table))
        self._size_columns()
        self.record_editor = RecordEditor(taxonomy)
        left = QWidget(objectName="left_pane")
        column = QVBoxLayout(left)
        column.setContentsMargins(4, 4, 0, 4)
        column.addWidget(self.filter_bar)
        column.addWidget(self.article_list)
        self.notice = QLabel(objectName="notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        records = QWidget(objectName="records_pane")
        records_column = QVBoxLayout(records)
        records_column.setContentsMargins(0, 4, 0, 0)
        records_column.addWidget(self.notice)
        self.check_notes = CheckNotes()
        records_column.addWidget(self.check_notes)
        records_column.addWidget(self.record_table)
        self.right = QSplitter(Qt.Orientation.Vertical, objectName="right_splitter")
        self.right.addWidget(records)
        self.right.addWidget(self.record_editor)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="main_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.article_text)
        self.splitter.addWidget(self.right)
        self.splitter.setSizes([250, 480, 710])
        for pane, stretch in enumerate((2, 4, 5)):
            self.splitter.setStretchFactor(pane, stretch)
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
            "action_accept_passing": self.accept_passing, "action_riskiest_first": self._toggle_order,
            "action_open_checked": self._open_checked,
        }

    def _build_menus(self) -> None:
        menus = (
            (self.tr("&File"), ("action_import", "action_import_folder", "action_export", None,
                                "action_open_database", None, "action_quit")),
            (self.tr("&Review"), ("action_confirm", "action_reject", "action_edit", "action_add_from_selection",
                                  "action_confirm_all", "action_accept_passing", None, "action_next_record",
                                  "action_prev_record", "action_next_article", "action_prev_article", None,
                                  "action_riskiest_first", "action_open_checked")),
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
                     "action_confirm_all", "action_accept_passing", "action_riskiest_first", "action_undo",
                     "action_redo", "action_help"):
            toolbar.addAction(self.actions_by_name[name])
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        self.reviewer_label = QLabel(objectName="status_reviewer")
        self.article_progress = QLabel(objectName="status_article")
        self.corpus_progress = QLabel(objectName="status_corpus")
        self.database_label = QLabel(objectName="status_database")
        bar = self.statusBar()
        for label in (self.reviewer_label, self.article_progress, self.corpus_progress):
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
        self.filter_bar.left.connect(self._leave_search)
        to_records = self.record_table.setFocus
        on_keys(self.article_list, {Qt.Key.Key_Return: to_records, Qt.Key.Key_Enter: to_records})
        self.record_editor.accepted.connect(self._editor_accepted)
        self.record_editor.cancelled.connect(self._editor_closed)
        self.session.changed.connect(self._store_changed)
        self.session.failed.connect(self.show_problem)
        self.session.undo_stack.indexChanged.connect(self.update_actions)
        self.transfers.imported.connect(self._after_import)
        self.transfers.busy_changed.connect(self.update_actions)
        self.check_notes.record_requested.connect(self.open_record)
        self.accept_all.changed.connect(self._after_bulk_change)
        self.accept_all.busy_changed.connect(self.update_actions)

    # ---- what is shown --------------------------------------------------------

    def open_first_pending(self) -> None:
        """The first listed article with pending records and its first pending record; else the first article."""
        row = self.articles.pending_row(-1, 1)
        if row is None and self.articles.rowCount():
            row = 0
        if row is not None:
            self.show_article(self.articles.summary(row).id)
        else:
            self.show_nothing()

    def show_nothing(self) -> None:
        """Empty panes that say why they are empty and what to do: import, or change the filters."""
        self.article = None
        self.records.set_records([])
        self.article_text.show_article("", [])
        filters = self.filter_bar.filters()
        if self.store.progress()[1] == 0 and not self.articles.rowCount() and filters == Filters():
            message = self.tr("No articles yet. Import files with Ctrl+O, or a whole folder with Ctrl+Shift+O.")
        elif filters.search:
            message = self.tr("No article matches “%1” with these filters. Ctrl+F changes the search.") \
                .replace("%1", filters.search)
        else:
            message = self.tr("No article matches these filters. Choose “All articles”, all places and "
                              "all years to see every article.")
        self.article_text.setPlaceholderText(message)
        self._record_chosen(QModelIndex())
        self.setWindowTitle("Chitieu")

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
        self.check_notes.show_findings(row.findings() if row is not None else [])
        self.article_text.set_current(stored.id if stored else None)
        length = len(self.article.text) if self.article else 0
        self.record_editor.show_record(stored.record if stored else None, stored.note if stored else None,
                                       length)
        self.update_status()
        self.update_actions()

    def apply_filters(self, filters: Filters) -> None:
        """Re-run the list; the current article stays when it still passes the filters, else the first listed."""
        self.articles.load(filters)
        if self.article is not None and self.articles.row_of(self.article.id) is not None:
            self._select_in_list(self.article.id)
        elif not self.record_editor.editing:
            self.open_first_pending()
        self.update_actions()
        self.update_status()

    def _leave_search(self, where: str) -> None:
        (self.article_list if where == "articles" else self.record_table).setFocus()

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
        if self.actions_by_name["action_riskiest_first"].isChecked():
            self._step_queue(record_id, 1)
            return
        row = self.records.row_of(record_id)
        following = self.records.pending_row(row if row is not None else -1)
        if following is not None:
            self.select_record(self.records.stored(following).id)

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
            self._editor_closed()
            return
        stored = self.store.record(target)
        changed = record != stored.record or note != stored.note
        self._editor_closed()
        if changed and self.session.decide(target, "corrected", record=record, note=note):
            self._go_to_next_pending(target)

    def _editor_closed(self) -> None:
        self._record_chosen(self.record_table.selectionModel().currentIndex())
        self.record_table.setFocus()

    def confirm_all(self) -> None:
        """Confirm every pending record that has a label; one without stays pending until it gets one."""
        if self.article is None:
            return
        pending = [row for row in self.records.records if row.status == "pending"]
        ready = [row.id for row in pending if self._allowed("confirmed", row)]
        if ready:
            self.session.confirm_all(self.article.id, ready)
        if len(ready) < len(pending):
            self.select_record(self.records.stored(self.records.pending_row(-1)).id)
            self.statusBar().showMessage(self.tr(
                "%n record(s) without a label stay pending: F2 gives one a label.", "", len(pending) - len(ready)),
                10000)

    def _store_changed(self, article_id: int, record_id: int) -> None:
        """Re-read what a write changed; an undo in another article brings that article back.

        When the record is gone (an addition undone), the record now in its row is selected,
        or the nearest pending one, so the keys go on working.
        """
        self.articles.refresh(article_id)
        if self.article is None or self.article.id != article_id:
            self.show_article(article_id, record_id)
            return
        old_row = self.records.row_of(record_id)
        records = review_rows(self.store, article_id)
        self.records.set_records(records)
        self.article_text.set_records(records)
        if self.records.row_of(record_id) is None and records:
            row = min(old_row or 0, len(records) - 1)
            pending = self.records.pending_row(row - 1)
            record_id = self.records.stored(pending if pending is not None else row).id
        self.select_record(record_id if self.records.row_of(record_id) is not None else None)

    # ---- navigation -----------------------------------------------------------

    def step_record(self, step: int) -> None:
        index = self.record_table.selectionModel().currentIndex()
        row = (index.row() if index.isValid() else -1) + step
        if 0 <= row < self.records.rowCount():
            self.select_record(self.records.stored(row).id)

    def step_article(self, step: int) -> None:
        if self.actions_by_name["action_riskiest_first"].isChecked():
            current = self.current_row()
            self._step_queue(current.id if current else None, step)
            return
        row = self._pending_article_row(step)
        if row is not None:
            self.show_article(self.articles.summary(row).id)

    def _pending_article_row(self, step: int) -> int | None:
        current = self.articles.row_of(self.article.id) if self.article else None
        start = current if current is not None else (-1 if step > 0 else self.articles.rowCount())
        return self.articles.pending_row(start, step)

    # ---- checks: riskiest first, accept all that pass (issue 13) ---------------

    def _set_up_order(self) -> None:
        action = self.actions_by_name["action_riskiest_first"]
        action.setCheckable(True)
        action.setChecked(riskiest_first())
        action.setToolTip(self.tr("Riskiest first: after a decision, and with Ctrl+Down/Ctrl+Up, go to the "
                                  "pending record of the corpus most likely to be wrong"))

    def _toggle_order(self) -> None:
        on = self.actions_by_name["action_riskiest_first"].isChecked()
        set_riskiest_first(on)
        self.statusBar().showMessage(
            self.tr("Riskiest first: Ctrl+Down goes to the pending record most likely to be wrong.") if on
            else self.tr("Article order: Ctrl+Down goes to the next article with pending records."), 10000)
        if on:
            self._step_queue(None, 1)  # the head of the queue
        self.update_actions()

    def _step_queue(self, record_id: int | None, step: int) -> None:
        found = self.risk_queue.step(record_id, step)
        if found is None and step > 0:
            found = self.risk_queue.step(None, 1)  # past the end: back to the riskiest
        if found is not None and found[1] != record_id:
            self.open_record(found[1], found[0])

    def open_record(self, record_id: int, article_id: int | None = None) -> None:
        """Show any record of the corpus (a check's link, the queue), its article opened around it."""
        if self.record_editor.editing:
            return
        if article_id is None:
            row = self.store.conn.execute("SELECT article_id FROM records WHERE id = ?", (record_id,)).fetchone()
            if row is None:
                self.statusBar().showMessage(self.tr("Record %1 no longer exists.").replace("%1", str(record_id)),
                                             10000)
                return
            article_id = row[0]
        if self.article is not None and self.article.id == article_id:
            self.select_record(record_id)
        else:
            self.show_article(article_id, record_id)
        self.record_table.setFocus()

    def _can_step(self, step: int) -> bool:
        """Ctrl+Down/Ctrl+Up apply: an article with pending records that way, or in riskiest-first order
        a pending record that way in the queue (the head of the queue is always "next")."""
        if not self.actions_by_name["action_riskiest_first"].isChecked():
            return self._pending_article_row(step) is not None
        current = self.current_row()
        if step < 0:
            return current is not None and self.risk_queue.step(current.id, -1) is not None
        return self.risk_queue.step(None, 1) is not None

    def _open_checked(self) -> None:
        record_id = self.check_notes.first_linked()
        if record_id is not None:
            self.open_record(record_id)

    def accept_passing(self) -> None:
        article = (self.article.id, self.article.title or self.article.doc) if self.article else None
        self.accept_all.open(article, self.filter_bar.filters())

    def _after_bulk_change(self) -> None:
        """Many records changed (an accept, or its undo): re-read the list and the article on screen."""
        self.articles.load(self.filter_bar.filters())
        if self.article is not None:
            current = self.current_row()
            self.show_article(self.article.id, current.id if current else None)
        self.update_status()
        self.update_actions()
        self.record_table.setFocus()

    # ---- enabling -------------------------------------------------------------

    def _allowed(self, status: str, stored: ReviewRow) -> bool:
        """Confirm a pending record that has a label (an empty one cannot be saved either); reject any not rejected."""
        if status == "confirmed":
            return stored.status == "pending" and bool(stored.indicator.strip())
        return stored.status != "rejected"

    def update_actions(self) -> None:
        """Enable exactly the actions that apply to what is on screen."""
        editing = self.record_editor.editing
        stored = self.current_row()
        index = self.record_table.selectionModel().currentIndex()
        row = index.row() if index.isValid() else -1
        stack = self.session.undo_stack
        enabled = {
            "action_confirm": stored is not None and self._allowed("confirmed", stored),
            "action_reject": stored is not None and self._allowed("rejected", stored),
            "action_edit": stored is not None,
            "action_add_from_selection": self.article is not None
            and self.article_text.selected_range() is not None,
            "action_next_record": row + 1 < self.records.rowCount(),
            "action_prev_record": row > 0,
            "action_next_article": self._can_step(1),
            "action_prev_article": self._can_step(-1),
            "action_confirm_all": any(self._allowed("confirmed", r) for r in self.records.records),
            "action_undo": stack.canUndo(),
            "action_redo": stack.canRedo(),
            "action_export": not self.transfers.busy(),
            "action_import": not self.transfers.busy() and not self.store.readonly,
            "action_import_folder": not self.transfers.busy() and not self.store.readonly,
            "action_accept_passing": not self.accept_all.busy() and not self.store.readonly,
            "action_open_checked": self.check_notes.first_linked() is not None,
        }
        for name, on in enabled.items():
            self.actions_by_name[name].setEnabled(on and not (editing and name in DECISION_ACTIONS))
        self.actions_by_name["action_undo"].setToolTip(stack.undoText())
        self.actions_by_name["action_redo"].setToolTip(stack.redoText())

    def update_status(self) -> None:
        decided, total = self.store.progress()
        self._update_notice(queue_done=decided == total)
        if self.article is not None:
            summary = self.store.article_summary(self.article.id)
            self.article_progress.setText(
                self.tr("This article: %1/%2 decided").replace("%1", str(summary.n_decided))
                .replace("%2", str(summary.n_records)))
        else:
            self.article_progress.clear()
        self.corpus_progress.setText(
            self.tr("Corpus: %1/%2 decided").replace("%1", f"{decided:,}".replace(",", "."))
            .replace("%2", f"{total:,}".replace(",", ".")))

    def _update_notice(self, *, queue_done: bool) -> None:
        """Say where the review stands once the article on screen has nothing left to decide."""
        if self.article is None or any(r.status == "pending" for r in self.records.records):
            self.notice.hide()
            return
        if queue_done:
            text = self.tr("The queue is done: every record of every article is decided. "
                           "Ctrl+E exports the dataset.")
        elif self._pending_article_row(1) is not None or self._pending_article_row(-1) is not None:
            text = self.tr("Every record of this article is decided. Ctrl+Down: next article with pending "
                           "records.")
        else:
            text = self.tr("Every listed article is decided; the filters hide the articles still pending.")
        self.notice.setText(text)
        self.notice.show()

    # ---- other commands -------------------------------------------------------

    def show_help(self) -> None:
        HelpDialog(self.help_actions(), self).exec()

    def help_actions(self) -> list[QAction]:
        return list(self.actions_by_name.values())

    def show_problem(self, message: str) -> None:
        """Tell the reviewer why a write failed, without blocking the window."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Chitieu"), self.tr("This change was not saved."),
                          QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(message)
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

    def _size_columns(self) -> None:
        """The value column as wide as its longest cell (values and comparisons are never cut), the label
        takes what is left (elided, in full in its tooltip and the editor), so nothing scrolls sideways.

        Qt measures the value column on :data:`SIZING_ROWS` rows, so an article with 100,000 records
        costs no more than a short one; the state sign and the confidence have fixed widths.
        """
        header = self.record_table.horizontalHeader()
        header.setMinimumSectionSize(24)
        header.setResizeContentsPrecision(SIZING_ROWS)
        header.setStretchLastSection(False)
        metrics = self.record_table.fontMetrics()
        fixed = {"state": 26, "checks": 26, "confidence": max(metrics.horizontalAdvance("100%"),
                                                metrics.horizontalAdvance(column_title("confidence"))) + 24}
        for column, name in enumerate(COLUMNS):
            if name == "indicator":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif name in fixed:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, fixed[name])
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Every decision is already stored; closing only saves the layout and releases the database."""
        if self.transfers.busy():
            self.transfers.cancel()
        self.accept_all.wait()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/right_splitter", self.right.saveState())
        self.transfers.wait()
        self.store.close()
        super().closeEvent(event)
