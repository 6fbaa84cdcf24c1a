"""The review window: article list | article text | records and editor.

The window reads from the store and writes through :class:`ReviewSession`.
Every write returns the rows it changed and the article's counters
(:class:`~desktop.store.Decision`), and the window shows exactly those: one
table row and one highlight change, and nothing is read back, so a decision
costs the same at 50 articles as at 50,000.  When a record changed elsewhere
since it was shown (another window, a re-extraction), the store refuses the
write; the window shows the record as it now is and asks before deciding again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.numbers import format_number
from desktop.core.records import KINDS, Record, lacks_label, may_decide
from desktop.core.taxonomy import Taxonomy
from desktop.gui import team_tabs
from desktop.gui.accept_all import AcceptAll
from desktop.gui.actions import create_actions, toolbar_table
from desktop.gui.article_header import ArticleHeader
from desktop.gui.article_list import ArticleListView
from desktop.gui.article_model import ArticleListModel
from desktop.gui.article_view import ArticleTextView
from desktop.gui.article_year import ArticleYear, has_year_question
from desktop.gui.attach import can_attach, figure_before, guessed_comparison
from desktop.gui.check_notes import CheckStrip
from desktop.gui.corpus_check import CorpusCheck
from desktop.gui.database_label import DatabaseLabel, readonly_state, why_unavailable
from desktop.gui.dialogs import HelpDialog, choose_database
from desktop.gui.filters import FilterBar, Filters
from desktop.gui.history import ArticleHistory, HistoryModel
from desktop.gui.keys import on_keys
from desktop.gui.language import fill_language_menu
from desktop.gui.placement import place_window
from desktop.gui.prefill import record_from_selection
from desktop.gui.problem_text import problem_text
from desktop.gui.reading_warnings import ReadingWarnings
from desktop.gui.record_delegate import RecordDelegate, row_height
from desktop.gui.record_editor import MULTI_FIELDS, RecordEditor
from desktop.gui.record_model import COLUMNS, RecordTableModel, column_title, comparison_text, findings_of
from desktop.gui.review_order import RiskQueue, riskiest_first, set_riskiest_first
from desktop.gui.review_session import ReviewSession
from desktop.gui.steady_label import SteadyLabel
from desktop.gui.transfers import Transfers
from desktop.store import Changed, Decision, ReviewRow, Store, StoredArticle
from desktop.store.checking import changes_verdicts

#: Where the right pane's sizes are kept: a new key since it holds three panes (records, editor,
#: history), so that sizes saved for the two of earlier versions do not collapse the history.
RIGHT_SPLITTER_KEY = "window/right_splitter_3"
#: The window's size on first open, or its screen's free area when that is smaller.
FIRST_SIZE = (1440, 860)
#: The history pane's height on a first start (a few events; it scrolls).
HISTORY_HEIGHT = 110
#: Rows measured to size the value column (Qt's default is 1,000: slow for a delegate written in Python).
SIZING_ROWS = 200
#: Actions that decide or edit, disabled while the editor is open.
DECISION_ACTIONS = (
    "action_confirm",
    "action_reject",
    "action_edit",
    "action_add_from_selection",
    "action_confirm_all",
    "action_article_year",
    "action_next_record",
    "action_prev_record",
    "action_next_article",
    "action_prev_article",
    "action_undo",
    "action_redo",
    "action_extend_next",
    "action_extend_prev",
    "action_kind_actual",
    "action_kind_estimate",
    "action_kind_target",
    "action_attach_comparison",
    "action_accept_passing",
    "action_open_checked",
)
#: The fields with a key of their own (Alt+letter), which opens the editor there.
FIELD_ACTIONS = ("indicator", "value", "unit", "qualifier", "kind", "period", "locality", "comparisons")
#: Actions on the review tab's record or article, off while another tab is shown: in the dataset
#: tab, Enter, Y or N decided a record of the hidden article, one the reviewer could not see.
REVIEW_TAB_ACTIONS = (
    *(
        name
        for name in DECISION_ACTIONS
        if name not in ("action_undo", "action_redo", "action_accept_passing")
    ),
    *(f"action_field_{name}" for name in FIELD_ACTIONS),
    "action_add_comparison",
)
#: Actions that write into the database: disabled, with the reason in their tips, while it is read-only.
WRITE_ACTIONS = (
    "action_confirm",
    "action_reject",
    "action_edit",
    "action_add_from_selection",
    "action_confirm_all",
    "action_article_year",
    "action_undo",
    "action_redo",
    "action_kind_actual",
    "action_kind_estimate",
    "action_kind_target",
    "action_attach_comparison",
    *(f"action_field_{name}" for name in FIELD_ACTIONS),
    "action_add_comparison",
    "action_accept_passing",
    "action_import",
    "action_import_folder",
)


class MainWindow(QMainWindow):
    """One window on one database, for one reviewer."""

    #: The reviewer asked to open another database (the application replaces the window).
    database_requested = Signal(Path)
    #: The store may have turned read-only: views that write re-read its state.
    store_state_changed = Signal()

    def __init__(self, store: Store, reviewer: str, taxonomy: Taxonomy) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.store = store
        self.session = ReviewSession(store, reviewer, self)
        self.article: StoredArticle | None = None
        self._article_counts = (0, 0)  # (records, pending) of the article shown
        self._corpus = (0, 0)  # (decided, total) records of the corpus, kept up to date by each decision
        self._correcting: ReviewRow | None = None  # the record the open editor corrects; None: it adds one
        self._editing_all: list[ReviewRow] = []  # the records the open editor edits at once
        self._holding = 0  # keys being handled: the actions and status wait for the last (_updates_held)
        self._held = False  # an update of the actions and status waits
        self._why_unavailable = ""  # what the writing actions' tips say (empty: the store can be written)
        self._build_views(taxonomy)
        self.risk_queue = RiskQueue(store)
        self.accept_all = AcceptAll(self, store, reviewer, taxonomy, self.session.undo_stack)
        self.article_year = ArticleYear(self, store, reviewer, self.session.undo_stack)
        self.corpus_check = CorpusCheck(self, store)
        self.actions_by_name = create_actions(self, self._handlers())
        self._set_up_order()
        self.transfers = Transfers(self, store.path)
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.team = team_tabs.install(self, taxonomy)
        self._restore_layout()
        self.filter_bar.load_choices(store)
        self.record_editor.offer_labels(store.reviewed_labels())
        self.articles.load(self.filter_bar.filters())
        self.open_first_pending()
        self.record_table.setFocus()
        QTimer.singleShot(0, self.corpus_check.start_if_needed)  # an upgraded file gets its checks

    # ---- construction ---------------------------------------------------------

    def _build_views(self, taxonomy: Taxonomy) -> None:
        self.filter_bar = FilterBar()
        self.articles = ArticleListModel(self.store, self)
        self.article_list = ArticleListView()
        self.article_list.setModel(self.articles)
        self.article_text = ArticleTextView()
        self.article_header = ArticleHeader()
        self.records = RecordTableModel(self)
        self.record_table = QTableView(objectName="record_table")
        self.record_table.setModel(self.records)
        self.record_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.record_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.record_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.record_table.setWordWrap(False)
        self.record_table.verticalHeader().hide()
        self.record_table.setItemDelegate(RecordDelegate(self.record_table))
        # The header repainted whole at every move between records: it follows the table's selection
        # to highlight (in bold) the sections it spans, and a selected row spans them all.  It gets a
        # selection of its own, never used, and its titles are bold as highlighted ones were.
        titles = self.record_table.horizontalHeader()
        titles.setHighlightSections(False)
        titles.setSelectionModel(QItemSelectionModel(self.records, titles))
        bold = titles.font()
        bold.setBold(True)
        titles.setFont(bold)
        rows = self.record_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(self.record_table))
        self._size_columns()
        self.record_editor = RecordEditor(taxonomy)
        self.history = HistoryModel(self)
        self.article_history = ArticleHistory(self.store)
        # A decision changes the current record's history, but the window usually moves on to the
        # next record at once: reading the history of the one just decided would be a query for
        # nothing.  It is read when the event loop comes back, unless another record was chosen.
        self._history_refresh = QTimer(self, singleShot=True, interval=0)
        self._history_refresh.timeout.connect(lambda: self._show_history(self.current_row()))
        self.history_view = QTableView(objectName="record_history")
        self.history_view.setModel(self.history)
        self.history_view.verticalHeader().hide()
        self.history_view.setWordWrap(False)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        history_header = self.history_view.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history_header.setStretchLastSection(True)
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
        self.check_strip = CheckStrip()
        self.check_notes = self.check_strip.notes
        records_column.addWidget(self.check_strip)
        records_column.addWidget(self.record_table)
        self.right = QSplitter(Qt.Orientation.Vertical, objectName="right_splitter")
        self.right.addWidget(records)
        self.right.addWidget(self.record_editor)
        self.right.addWidget(self.history_view)
        for pane, stretch in enumerate((1, 0, 0)):  # the records take what the editor and history leave
            self.right.setStretchFactor(pane, stretch)
        self.right.setSizes([1000, self.record_editor.sizeHint().height(), HISTORY_HEIGHT])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="main_splitter")
        middle = QWidget(objectName="article_pane")
        middle_column = QVBoxLayout(middle)
        middle_column.setContentsMargins(0, 4, 0, 0)
        middle_column.setSpacing(0)
        middle_column.addWidget(self.article_header)
        middle_column.addWidget(self.article_text)
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.right)
        self.splitter.setSizes([250, 480, 710])
        for pane, stretch in enumerate((2, 4, 5)):
            self.splitter.setStretchFactor(pane, stretch)
        self.setCentralWidget(self.splitter)
        # Each pane paints its own background: what changes inside one (a row, a field, the text's
        # highlights) is then repainted from that pane down, not from the window down through every
        # splitter and tab above it.
        for filled in (left, middle, records, self.record_editor):
            filled.setAutoFillBackground(True)

    def _handlers(self) -> dict[str, Callable[[], object]]:
        return {name: self._updating_once(handler) for name, handler in self._key_handlers().items()}

    def _updating_once(self, handler: Callable[[], object]) -> Callable[[], object]:
        def run() -> object:
            with self._updates_held():
                return handler()

        return run

    @contextmanager
    def _updates_held(self) -> Iterator[None]:
        """Enable the actions and write the status bar once, when a key's work is done.

        A confirm disables Y on the record it decided and the move to the next
        record enables it again: each toggle re-styles the toolbar's button and
        lays the window out, twice per key for nothing.
        """
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1
            if not self._holding and self._held:
                self._held = False
                self.update_status()
                self.update_actions()

    def _key_handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "action_confirm": self.confirm,
            "action_reject": self.reject,
            "action_edit": self.edit,
            "action_add_from_selection": self.add_from_selection,
            "action_next_record": lambda: self.step_record(1),
            "action_prev_record": lambda: self.step_record(-1),
            "action_next_article": lambda: self.step_article(1),
            "action_prev_article": lambda: self.step_article(-1),
            "action_confirm_all": self.confirm_all,
            "action_article_year": lambda: self.article_year.open(self.article),
            "action_undo": self.session.undo_stack.undo,
            "action_redo": self.session.undo_stack.redo,
            "action_find": self.filter_bar.focus_search,
            "action_import": lambda: self.transfers.import_files(),
            "action_import_folder": lambda: self.transfers.import_folder(),
            "action_export": lambda: self.transfers.export(),
            "action_open_database": self.open_database,
            "action_help": self.show_help,
            "action_quit": self.close,
            "action_extend_next": lambda: self.extend_selection(1),
            "action_extend_prev": lambda: self.extend_selection(-1),
            "action_kind_actual": lambda: self.set_kind("actual"),
            "action_kind_estimate": lambda: self.set_kind("estimate"),
            "action_kind_target": lambda: self.set_kind("target"),
            "action_attach_comparison": self.attach_comparison,
            "action_add_comparison": self.add_comparison,
            **{f"action_field_{name}": self._field_handler(name) for name in FIELD_ACTIONS},
            "action_accept_passing": self.accept_passing,
            "action_riskiest_first": self._toggle_order,
            "action_open_checked": self._open_checked,
        }

    def _field_handler(self, name: str) -> Callable[[], object]:
        return lambda: self.edit_field(name)

    def _build_menus(self) -> None:
        menus = (
            (
                self.tr("&File"),
                (
                    "action_import",
                    "action_import_folder",
                    "action_export",
                    None,
                    "action_open_database",
                    None,
                    "action_quit",
                ),
            ),
            (
                self.tr("&Review"),
                (
                    "action_confirm",
                    "action_reject",
                    "action_edit",
                    "action_add_from_selection",
                    "action_confirm_all",
                    "action_article_year",
                    "action_attach_comparison",
                    None,
                    "action_next_record",
                    "action_prev_record",
                    "action_extend_next",
                    "action_extend_prev",
                    "action_next_article",
                    "action_prev_article",
                    None,
                    "action_accept_passing",
                    "action_riskiest_first",
                    "action_open_checked",
                ),
            ),
            (
                self.tr("&Edit"),
                (
                    "action_undo",
                    "action_redo",
                    None,
                    *(f"action_field_{name}" for name in FIELD_ACTIONS),
                    "action_add_comparison",
                    None,
                    "action_kind_actual",
                    "action_kind_estimate",
                    "action_kind_target",
                    None,
                    "action_find",
                ),
            ),
            (self.tr("&Help"), ("action_help",)),
        )
        for title, names in menus:
            menu = self.menuBar().addMenu(title)
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.actions_by_name[name])
        fill_language_menu(self.menuBar().addMenu(self.tr("Lan&guage")), self.statusBar())
        toolbar = QToolBar(self.tr("Review"), objectName="review_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name, short in toolbar_table():
            action = self.actions_by_name[name]
            action.setIconText(short)
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        self.reviewer_label = QLabel(objectName="status_reviewer")
        self.article_progress = SteadyLabel(objectName="status_article")
        self.corpus_progress = SteadyLabel(objectName="status_corpus")
        self.database_label = DatabaseLabel()
        self.reading_warnings = ReadingWarnings()
        bar = self.statusBar()
        for label in (
            self.reviewer_label,
            self.article_progress,
            self.corpus_progress,
            self.reading_warnings,
        ):
            bar.addWidget(label)
        bar.addPermanentWidget(self.database_label)
        self.show_store_state()
        self.reviewer_label.setText(self.tr("Reviewer: %s") % self.session.reviewer)

    def _connect(self) -> None:
        self.article_list.selectionModel().currentChanged.connect(self._article_chosen)
        self.record_table.selectionModel().currentRowChanged.connect(self._record_chosen)
        self.article_text.record_clicked.connect(self.select_record)
        self.article_text.selectionChanged.connect(self.update_actions)
        self.filter_bar.changed.connect(self.apply_filters)
        self.articles.completed.connect(self._filters_applied)
        self.filter_bar.left.connect(self._leave_search)
        to_records = self.record_table.setFocus
        on_keys(self.article_list, {Qt.Key.Key_Return: to_records, Qt.Key.Key_Enter: to_records})
        self.record_editor.accepted.connect(self._editor_accepted)
        self.record_editor.accepted_for_all.connect(self._editor_accepted_for_all)
        self.record_table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.record_editor.cancelled.connect(self._editor_closed)
        self.session.applied.connect(self._apply)
        self.session.restored.connect(self._apply_and_show)
        self.session.refused.connect(self._reload)
        self.session.failed.connect(self.show_problem)
        self.session.failed.connect(lambda _message: self.show_store_state())  # it may have turned read-only
        self.session.undo_stack.indexChanged.connect(self.update_actions)
        self.transfers.imported.connect(self._after_import)
        self.transfers.busy_changed.connect(self.update_actions)
        self.check_notes.record_requested.connect(self.open_record)
        self.accept_all.changed.connect(self._after_bulk_change)
        self.accept_all.busy_changed.connect(self.update_actions)
        self.corpus_check.done.connect(self._after_corpus_check)
        self.corpus_check.failed.connect(self.show_problem)
        self.accept_all.problem.connect(self.show_problem)
        self.accept_all.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.article_year.changed.connect(self._after_year_set)
        self.article_year.problem.connect(self.show_problem)
        self.article_year.message.connect(lambda text: self.statusBar().showMessage(text, 10000))

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
        self._article_counts = (0, 0)
        self._corpus = self.store.progress()
        self.records.set_records([])
        self.check_strip.hold_place([])
        self.article_history.load(None)
        self.article_text.show_article("", [])
        self.article_header.show_article(None)
        self.reading_warnings.hide()
        filters = self.filter_bar.filters()
        if self._corpus[1] == 0 and not self.articles.rowCount() and filters == Filters():
            message = self.tr(
                "No articles yet. Import files with Ctrl+O, or a whole folder with Ctrl+Shift+O."
            )
        elif filters.search:
            message = self.tr(
                "No article matches “%1” with these filters. Ctrl+F changes the search."
            ).replace("%1", filters.search)
        else:
            message = self.tr(
                "No article matches these filters. Choose “All articles”, all places and "
                "all years to see every article."
            )
        self.article_text.setPlaceholderText(message)
        self._record_chosen(QModelIndex())
        self.setWindowTitle("Chitieu")

    def show_article(self, article_id: int, record_id: int | None = None) -> None:
        """Show an article and select ``record_id`` (default: its first pending record)."""
        self.article = self.store.article(article_id)
        self._article_counts = (self.article.n_records, self.article.n_pending)
        self._corpus = self.store.progress()
        records = self.store.review_rows(article_id)
        checks = self.store.checks(article_id)
        self.records.set_records(records, self.store.confidence(article_id), checks)
        self.check_strip.hold_place([findings_of(each) for each in checks.values()])
        self.article_history.load(article_id)
        self.article_text.show_article(self.article.text, records)
        self.article_header.show_article(self.article)
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
        self._page_to(row)
        self.record_table.selectionModel().setCurrentIndex(
            self.records.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _page_to(self, row: int) -> None:
        """Bring a record into view a page at a time, with the record beside it for context.

        The table scrolled a row at a time as J or Y went down the records, and
        each scroll repaints every row: now the view moves once a page.
        """
        table = self.record_table
        rect = table.visualRect(self.records.index(row, 0))
        if rect.top() >= 0 and rect.bottom() < table.viewport().height():
            return
        if rect.top() < 0:  # above: it goes to the bottom, the record after it below
            neighbour, hint = (
                min(row + 1, self.records.rowCount() - 1),
                QAbstractItemView.ScrollHint.PositionAtBottom,
            )
        else:
            neighbour, hint = max(row - 1, 0), QAbstractItemView.ScrollHint.PositionAtTop
        table.scrollTo(self.records.index(neighbour, 0), hint)
        table.scrollTo(self.records.index(row, 0))  # a page shorter than two rows still shows the record

    def current_row(self) -> ReviewRow | None:
        """The current record as the reviewer sees it."""
        index = self.record_table.selectionModel().currentIndex()
        return self.records.stored(index.row()) if index.isValid() else None

    def selected_rows(self) -> list[ReviewRow]:
        """The selected records in text order, or the current one alone."""
        rows = sorted({index.row() for index in self.record_table.selectionModel().selectedRows()})
        if len(rows) > 1:
            return [self.records.stored(row) for row in rows]
        current = self.current_row()
        return [current] if current is not None else []

    def extend_selection(self, step: int) -> None:
        """Shift+J/K: grow (or shrink) the selection from its anchor to the next or previous record."""
        selection = self.record_table.selectionModel()
        current = selection.currentIndex()
        target = current.row() + step if current.isValid() else -1
        if not 0 <= target < self.records.rowCount():
            return
        rows = sorted({index.row() for index in selection.selectedRows()}) or [current.row()]
        anchor = rows[0] if current.row() == rows[-1] else rows[-1]
        low, high = sorted((anchor, target))
        span = QItemSelection(self.records.index(low, 0), self.records.index(high, len(COLUMNS) - 1))
        selection.select(span, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.setCurrentIndex(self.records.index(target, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.record_table.scrollTo(self.records.index(target, 0))

    def _selection_changed(self) -> None:
        self._hint_selection()
        self.update_actions()

    def _hint_selection(self) -> None:
        """With several records selected, the editor's title says what applies to all of them."""
        count = len(self.selected_rows())
        if count > 1 and not self.record_editor.editing:
            self.record_editor.title.setText(
                self.tr(
                    "%n records selected: Y or N decides all of them; A, E, T, Alt+K, Alt+P or Alt+A sets their "
                    "kind, period or place",
                    "",
                    count,
                )
            )

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
        self.check_strip.show_findings(findings_of(self.records.checks(row.id)) if row else [])
        percents = [format_number(abs(c.percent)) for c in row.parsed_comparisons()] if row else []
        self.article_text.set_current(row.id if row else None, percents=percents)
        length = len(self.article.text) if self.article else 0
        self.record_editor.show_record(row.record() if row else None, row.note if row else None, length)
        self._show_history(row)
        self._hint_selection()
        self.update_status()
        self.update_actions()

    def _show_history(self, row: ReviewRow | None) -> None:
        self._history_refresh.stop()
        self.history.load(row, self.article_history.of(row.id) if row is not None else [])

    def apply_filters(self, filters: Filters) -> None:
        """Re-run the list (in a worker on a big corpus): :meth:`_filters_applied` follows."""
        self.articles.request(filters)

    def _filters_applied(self) -> None:
        """The current article stays when it still passes the filters, else the first listed comes up."""
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
        """Decide the current record, or every selected one (one step) when several are selected."""
        selected = self.selected_rows()
        if len(selected) > 1:
            rows = [row for row in selected if self._allowed(row, status)]
            texts = {
                "confirmed": self.tr("Confirm the selected records"),
                "rejected": self.tr("Reject the selected records"),
            }
            if rows and self._write_all(lambda: self.session.decide_many(rows, status, texts[status])):
                self._go_to_next_pending(rows[-1].id)
            return
        row = self.current_row()
        if row is not None and self._allowed(row, status) and self._decide_on(row, status):
            self._go_to_next_pending(row.id)

    def _write_all(self, write: Callable[[], Decision | None]) -> bool:
        """A step over several records; when any changed elsewhere, show them as they are now and say so."""
        try:
            return write() is not None
        except Changed as changed:
            self._reload(changed)
            self.show_problem(problem_text(changed))
            return False

    def set_kind(self, kind: str) -> None:
        """Give the selected records (or the current one) a kind, as one correction step; then move on."""
        rows = [row for row in self.selected_rows() if may_decide(row.status, "corrected")]
        steps = [(row, "corrected", row.record().with_changes(kind=kind)) for row in rows if row.kind != kind]
        if steps and self._write_all(lambda: self.session.decide_each(steps, self.tr("Set the kind"))):
            self._go_to_next_pending(rows[-1].id)

    def attach_comparison(self) -> None:
        """Move the current percentage into the comparisons of the figure before it, as one step:
        the figure is corrected, the percentage rejected."""
        index = self.record_table.selectionModel().currentIndex()
        if not index.isValid() or self.article is None or not can_attach(self.records.records, index.row()):
            return
        row = self.records.stored(index.row())
        figure = figure_before(self.records.records, index.row())
        assert figure is not None
        comparison = guessed_comparison(self.article.text, figure, row)
        record = figure.record()
        steps = [
            (figure, "corrected", record.with_changes(comparisons=(*record.comparisons, comparison))),
            (row, "rejected", None),
        ]
        if self._write_all(lambda: self.session.decide_each(steps, self.tr("Attach as a comparison"))):
            self._go_to_next_pending(row.id)
            self.statusBar().showMessage(
                self.tr("Attached %1 to “%2”: select it and press Alt+C to change it.")
                .replace("%1", comparison_text(comparison))
                .replace("%2", figure.indicator),
                15000,
            )

    def edit_field(self, name: str) -> None:
        """Open the editor at one field; with several records selected, their kind, period or place at once."""
        editor = self.record_editor
        if not editor.editing:
            selected = [row for row in self.selected_rows() if may_decide(row.status, "corrected")]
            if len(selected) > 1 and name in MULTI_FIELDS:
                self._edit_all(selected)
            else:
                self._edit_current()
        if editor.editing:
            editor.focus_field(name)

    def add_comparison(self) -> None:
        if not self.record_editor.editing:
            self._edit_current()
        if self.record_editor.editing:
            self.record_editor.focus_comparisons(add=True)

    def _edit_current(self) -> None:
        """The editor on the current record alone (a selection of several collapses to it)."""
        current = self.current_row()
        self.select_record(current.id if current else None)
        self.edit()

    def _edit_all(self, rows: list[ReviewRow]) -> None:
        shared = {name: _shared(getattr(row, name) for row in rows) for name in MULTI_FIELDS}
        self._editing_all = rows
        self.record_editor.begin_edit_all(len(rows), shared)
        self.update_actions()

    def _editor_accepted_for_all(self, changes: dict[str, str | None]) -> None:
        rows, self._editing_all = self._editing_all, []
        self._editor_closed()
        steps = [
            (row, "corrected", row.record().with_changes(**changes))
            for row in rows
            if any(getattr(row, name) != value for name, value in changes.items())
        ]
        if steps and self._write_all(
            lambda: self.session.decide_each(steps, self.tr("Edit the selected records"))
        ):
            self._go_to_next_pending(rows[-1].id)

    def _decide_on(
        self, seen: ReviewRow, status: str, record: Record | None = None, note: str | None = None
    ) -> bool:
        """Write a decision on the record as the reviewer saw it; if it changed since, show it and ask."""
        try:
            return self.session.decide(seen, status, record, note) is not None
        except Changed as changed:
            self._reload(changed)
            current = changed.current.get(seen.id)
            if (
                current is None
                or current["article_id"] != seen.article_id
                or not may_decide(current["status"], status)
            ):
                self.show_problem(problem_text(changed))
                return False
            questions = {
                "confirmed": self.tr("Confirm it anyway?"),
                "rejected": self.tr("Reject it anyway?"),
                "corrected": self.tr("Save your correction over it?"),
            }
            shown = self.tr("It is shown as it is now.")
            if not self.ask(f"{changed}\n\n{shown} {questions[status]}"):
                return False
            return self._decide_on(ReviewRow.of_row(current), status, record, note)

    def _go_to_next_pending(self, record_id: int) -> None:
        if self.actions_by_name["action_riskiest_first"].isChecked():
            self._step_queue(record_id, 1)
            return
        row = self.records.row_of(record_id)
        following = self.records.pending_row(row if row is not None else -1)
        if following is not None:
            self.select_record(self.records.stored(following).id)

    def edit(self) -> None:
        row = self.current_row()
        if row is None or self.record_editor.editing or self.article is None:
            return
        self._correcting = row
        self.record_editor.begin_edit(row.record(), row.note, len(self.article.text))
        self.update_actions()

    def add_from_selection(self) -> None:
        selected = self.article_text.selected_range()
        if selected is None or self.article is None or self.record_editor.editing:
            return
        draft = record_from_selection(self.article, *selected)
        self._correcting = None
        self.record_editor.begin_edit(draft, None, len(self.article.text), adding=True)
        self.update_actions()

    def _editor_accepted(self, record: Record, note: str | None) -> None:
        seen = self._correcting
        if seen is None:
            added = self.session.add(self.article.id, record, note) if self.article is not None else None
            if added is not None:
                self.select_record(added.changes[0].record_id)
            self._editor_closed()
            return
        changed = record != seen.record() or note != seen.note
        self._editor_closed()
        if changed and self._decide_on(seen, "corrected", record, note):
            self._go_to_next_pending(seen.id)

    def _editor_closed(self) -> None:
        self._editing_all = []
        self._record_chosen(self.record_table.selectionModel().currentIndex())
        self.record_table.setFocus()

    def confirm_all(self) -> None:
        """Confirm every pending record of the article that has a label: one transaction, one undo step.

        A record without a label stays pending until it gets one, and is selected.
        """
        pending = [row for row in self.records.records if row.status == "pending"]
        ready = [row for row in pending if self._allowed(row, "confirmed")]
        if not ready:
            return
        try:
            self.session.decide_many(ready, "confirmed")
        except Changed as changed:
            self._reload(changed)
            still = [
                row
                for row in self.records.records
                if row.status == "pending" and self._allowed(row, "confirmed")
            ]
            shown = self.tr("They are shown as they are now.")
            question = self.tr("Confirm the %n records still pending?", "", len(still))
            if still and self.ask(f"{changed}\n\n{shown} {question}"):
                self.confirm_all()
            elif not still:
                self.show_problem(problem_text(changed))
            return
        unlabelled = [row for row in pending if row not in ready]
        self.select_record((unlabelled or ready)[0].id)
        if unlabelled:
            self.statusBar().showMessage(
                self.tr(
                    "%n record(s) without a label stay pending: F2 gives one a label.", "", len(unlabelled)
                ),
                10000,
            )

    def _apply(self, decision: Decision) -> None:
        """Show what a write changed: its rows, the counters and the events it returned; nothing is read
        back (but the article's checks, when the write changed what they depend on)."""
        self.article_history.add(decision)
        for article_id, (n_records, n_pending) in decision.counts.items():
            self.articles.set_counts(article_id, n_records, n_pending)
        shown = self.article.id if self.article is not None else None
        if shown is not None and shown in decision.counts:
            self._article_counts = decision.counts[shown]
        decided, total = self._corpus
        for change in decision.changes:
            decided += _decided(change.after) - _decided(change.before)
            total += (change.after is not None) - (change.before is not None)
            if change.after is not None and change.after["article_id"] == shown:
                row = ReviewRow.of_row(change.after)
                self.records.put(row)
                self.article_text.put(row)
            else:
                self.records.remove(change.record_id)
                self.article_text.drop(change.record_id)
        self._corpus = (decided, total)
        if shown is not None and any(changes_verdicts(c.before, c.after) for c in decision.changes):
            self.records.set_checks(self.store.checks(shown))  # a decision re-checks its neighbours too
            current = self.current_row()
            if current is not None:
                self.check_strip.show_findings(findings_of(self.records.checks(current.id)))
        current = self.current_row()
        if current is not None and any(change.record_id == current.id for change in decision.changes):
            self._history_refresh.start()
        self.record_editor.offer_labels(
            [
                change.after["indicator"]
                for change in decision.changes
                if change.after is not None and change.after["status"] in ("corrected", "added")
            ]
        )
        self.update_status()
        self.update_actions()

    def _apply_and_show(self, decision: Decision) -> None:
        """After an undo or a redo: show the record it put back, in its article.

        When the record is gone (an addition undone), the record now in its row is selected, or the
        nearest pending one, so the keys go on working.
        """
        change = decision.changes[-1]
        article_id = (change.after or change.before or {})["article_id"]
        old_row = self.records.row_of(change.record_id)
        if self.article is not None and self.article.id == article_id:
            self._apply(decision)
        else:
            for changed_article, (n_records, n_pending) in decision.counts.items():
                self.articles.set_counts(changed_article, n_records, n_pending)
            self.show_article(article_id, change.record_id)  # reads the article as the undo left it
        record_id: int | None = change.record_id
        if self.records.row_of(change.record_id) is None and self.records.rowCount():
            row = min(old_row or 0, self.records.rowCount() - 1)
            pending = self.records.pending_row(row - 1)
            record_id = self.records.stored(pending if pending is not None else row).id
        self.select_record(record_id)
        self._record_chosen(self.record_table.selectionModel().currentIndex())  # the editor shows it anew

    def _reload(self, _changed: Changed | None = None) -> None:
        """Read the article shown again: records changed elsewhere (the store refused a write over them)."""
        if self.article is not None:
            current = self.current_row()
            self.show_article(self.article.id, current.id if current else None)
            self.articles.set_counts(self.article.id, *self._article_counts)

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
        action.setToolTip(
            self.tr(
                "Riskiest first: after a decision, and with Ctrl+Down/Ctrl+Up, go to the "
                "pending record of the corpus most likely to be wrong"
            )
        )

    def _toggle_order(self) -> None:
        on = self.actions_by_name["action_riskiest_first"].isChecked()
        set_riskiest_first(on)
        self.statusBar().showMessage(
            self.tr("Riskiest first: Ctrl+Down goes to the pending record most likely to be wrong.")
            if on
            else self.tr("Article order: Ctrl+Down goes to the next article with pending records."),
            10000,
        )
        if on:
            self._step_queue(None, 1)  # the head of the queue
        self.update_actions()

    def _step_queue(self, record_id: int | None, step: int) -> None:
        found = self.risk_queue.step(record_id, step)
        if found is None and step > 0:
            found = self.risk_queue.step(None, 1)  # past the end: back to the riskiest
        if found is not None and found[1] != record_id:
            self.open_record(found[1], found[0])

    def _can_step(self, step: int) -> bool:
        """Ctrl+Down/Ctrl+Up apply: an article with pending records that way, or in riskiest-first order
        a pending record that way in the queue (the head of the queue is always "next")."""
        if not self.actions_by_name["action_riskiest_first"].isChecked():
            return self._pending_article_row(step) is not None
        current = self.current_row()
        if step < 0:
            return current is not None and self.risk_queue.step(current.id, -1) is not None
        return self.risk_queue.step(None, 1) is not None

    def open_record(self, record_id: int, article_id: int | None = None) -> None:
        """Show any record of the corpus (a check's link, the queue), its article opened around it."""
        if self.record_editor.editing:
            return
        if article_id is None:
            row = self.store.conn.execute(
                "SELECT article_id FROM records WHERE id = ?", (record_id,)
            ).fetchone()
            if row is None:
                self.statusBar().showMessage(
                    self.tr("Record %1 no longer exists.").replace("%1", str(record_id)), 10000
                )
                return
            article_id = row[0]
        if self.article is not None and self.article.id == article_id:
            self.select_record(record_id)
        else:
            self.show_article(article_id, record_id)
        self.record_table.setFocus()

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
        self._reload()
        self.update_status()
        self.update_actions()
        self.record_table.setFocus()

    def _after_year_set(self, article_id: int) -> None:
        """An article's year was set, undone or redone: its records, checks, year and warning changed, and
        what the list holds of it (its year, its counters).  The article is shown with them.  The year
        filter is filled again first: the article may be the first of its new year, or the last of its old
        one (a filter on a year no article has any more falls back to all years)."""
        self.filter_bar.load_choices(self.store)
        self.articles.load(self.filter_bar.filters())
        current = self.current_row()
        keep = current.id if current is not None and current.article_id == article_id else None
        self.show_article(article_id, keep)
        self.update_status()
        self.update_actions()
        self.record_table.setFocus()

    def _after_corpus_check(self) -> None:
        """The corpus was checked (a file from before the checks, or older rules): only the checks
        changed, so the article is not read again -- the reviewer may be typing in the editor."""
        if self.article is not None:
            self.records.set_checks(self.store.checks(self.article.id))
        current = self.current_row()
        self.check_strip.show_findings(findings_of(self.records.checks(current.id)) if current else [])
        self.update_actions()

    # ---- enabling -------------------------------------------------------------

    @staticmethod
    def _allowed(row: ReviewRow, status: str) -> bool:
        """The store's rules: the transition, and a label for a confirmation (the editor title says so)."""
        return may_decide(row.status, status) and not lacks_label(status, row.indicator)

    def update_actions(self) -> None:
        """Enable exactly the actions that apply to what is on screen."""
        if self._holding:
            self._held = True
            return
        editing = self.record_editor.editing
        stored = self.current_row()
        index = self.record_table.selectionModel().currentIndex()
        row = index.row() if index.isValid() else -1
        stack = self.session.undo_stack
        selected = self.selected_rows()
        correctable = stored is not None and may_decide(stored.status, "corrected")
        enabled = {
            "action_confirm": any(self._allowed(r, "confirmed") for r in selected),
            "action_reject": any(self._allowed(r, "rejected") for r in selected),
            "action_edit": stored is not None and may_decide(stored.status, "corrected"),
            "action_add_from_selection": self.article is not None
            and self.article_text.selected_range() is not None,
            "action_next_record": row + 1 < self.records.rowCount(),
            "action_prev_record": row > 0,
            "action_next_article": self._can_step(1),
            "action_prev_article": self._can_step(-1),
            "action_confirm_all": any(
                r.status == "pending" and self._allowed(r, "confirmed") for r in self.records.records
            ),
            "action_article_year": has_year_question(self.article),
            "action_undo": stack.canUndo(),
            "action_redo": stack.canRedo(),
            "action_extend_next": row >= 0 and row + 1 < self.records.rowCount(),
            "action_extend_prev": row > 0,
            **{
                f"action_kind_{kind}": any(
                    may_decide(r.status, "corrected") and r.kind != kind for r in selected
                )
                for kind in KINDS
            },
            "action_attach_comparison": row >= 0 and can_attach(self.records.records, row),
            **{f"action_field_{name}": correctable or editing for name in FIELD_ACTIONS},
            "action_add_comparison": correctable or editing,
            "action_export": not self.transfers.busy(),
            "action_import": not self.transfers.busy(),
            "action_import_folder": not self.transfers.busy(),
            "action_accept_passing": not self.accept_all.busy(),
            "action_open_checked": self.check_notes.first_linked() is not None,
        }
        readonly = self.store.readonly
        elsewhere = getattr(self, "team", None) is not None and not self.team.reviewing()
        for name, on in enabled.items():
            self.actions_by_name[name].setEnabled(
                on
                and not (editing and name in DECISION_ACTIONS)
                and not (readonly and name in WRITE_ACTIONS)
                and not (elsewhere and name in REVIEW_TAB_ACTIONS)
            )
        if not readonly:  # read-only, their tips say why they are disabled (_explain_readonly)
            self.actions_by_name["action_undo"].setToolTip(stack.undoText())
            self.actions_by_name["action_redo"].setToolTip(stack.redoText())
        self._explain_readonly()

    def _explain_readonly(self) -> None:
        """While the store is read-only, each writing action's tips say why it is disabled.

        Done when the state changes, not at every key.
        """
        why = why_unavailable(self.store)
        if why == self._why_unavailable:
            return
        self._why_unavailable = why
        for name in WRITE_ACTIONS:
            action = self.actions_by_name[name]
            action.setStatusTip(why)
            action.setToolTip(f"{action.text()}\n{why}" if why else "")  # "": Qt's default, the action's text

    def show_store_state(self) -> None:
        """Show whether the store can be written, and offer only what it allows.

        The store turns read-only by itself when the check beside the window
        finds damage; the window then re-reads its state here.
        """
        self.database_label.show_database(self.store.path, readonly_state(self.store))
        if self.record_editor.readonly != self.store.readonly:
            self.record_editor.readonly = self.store.readonly
            self._record_chosen(self.record_table.selectionModel().currentIndex())  # its title
        self.update_actions()
        self.store_state_changed.emit()

    def update_status(self) -> None:
        """Progress from the counters the last read or write returned (no query per keystroke)."""
        if self._holding:
            self._held = True
            return
        decided, total = self._corpus
        self._update_notice(queue_done=decided == total)
        if self.article is not None:
            n_records, n_pending = self._article_counts
            self.article_progress.setText(
                self.tr("This article: %1/%2 decided")
                .replace("%1", str(n_records - n_pending))
                .replace("%2", str(n_records))
            )
        else:
            self.article_progress.setText("")
        self.corpus_progress.setText(
            self.tr("Corpus: %1/%2 decided")
            .replace("%1", f"{decided:,}".replace(",", "."))
            .replace("%2", f"{total:,}".replace(",", "."))
        )

    def _update_notice(self, *, queue_done: bool) -> None:
        """Say where the review stands once the article on screen has nothing left to decide."""
        if self.article is None or self._article_counts[1] > 0:
            self.notice.hide()
            return
        if queue_done:
            text = self.tr(
                "The queue is done: every record of every article is decided. Ctrl+E exports the dataset."
            )
        elif self._pending_article_row(1) is not None or self._pending_article_row(-1) is not None:
            text = self.tr(
                "Every record of this article is decided. Ctrl+Down: next article with pending records."
            )
        else:
            text = self.tr("Every listed article is decided; the filters hide the articles still pending.")
        self.notice.setText(text)
        self.notice.show()

    # ---- other commands -------------------------------------------------------

    def show_help(self) -> None:
        HelpDialog(self.help_actions(), self).exec()

    def help_actions(self) -> list[QAction]:
        return list(self.actions_by_name.values())

    def ask(self, question: str) -> bool:
        """A yes/no question about a record changed elsewhere; No is the default."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Chitieu"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("conflict_question")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_problem(self, message: str) -> None:
        """Tell the reviewer why a write failed, without blocking the window."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Chitieu"),
            self.tr("This change was not saved."),
            QMessageBox.StandardButton.Ok,
            self,
        )
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
        self.articles.load(self.filter_bar.filters())  # here and now: the corpus it measures has grown
        self._filters_applied()
        self._corpus = self.store.progress()
        self.update_status()
        if self.article is None:
            self.open_first_pending()
        self.update_actions()

    # ---- settings -------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = QSettings()
        place_window(self, settings.value("window/geometry"), *FIRST_SIZE)
        self.fit_history()
        for key, splitter in (("window/splitter", self.splitter), (RIGHT_SPLITTER_KEY, self.right)):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)

    def fit_history(self) -> None:
        """On a first start in a window shorter than it is made for, the history gives up its room first.

        The editor keeps its height (its fields never move): on a 768 px laptop the history's 110 px
        left the record table two rows.  The history folds away there; its handle drags it back.
        A layout the reviewer saved is left as it is.
        """
        if QSettings().value(RIGHT_SPLITTER_KEY) is not None:
            return
        history = max(0, HISTORY_HEIGHT - (FIRST_SIZE[1] - self.height()))
        self.right.setSizes([1000, self.record_editor.sizeHint().height(), history])

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
        fixed = {
            "state": 26,
            "checks": 26,
            "confidence": max(
                metrics.horizontalAdvance("100%"), metrics.horizontalAdvance(column_title("confidence"))
            )
            + 24,
        }
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
        self.corpus_check.wait()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue(RIGHT_SPLITTER_KEY, self.right.saveState())
        self.transfers.wait()
        self.articles.stop()
        self.store.close()
        super().closeEvent(event)


def _decided(row: dict[str, object] | None) -> int:
    """1 when a row exists and carries a decision (the corpus progress counts those)."""
    return int(row is not None and row["status"] != "pending")


def _shared(values: Iterable[str | None]) -> str | None:
    """The value every record has, or None when they differ."""
    found = set(values)
    return found.pop() if len(found) == 1 else None
