"""The conflicts tab: each disputed record with every reviewer's version side by side, and the choice.

Keys 1-9 make that reviewer's version the final record; F2 opens the
editor for a new correction instead.  Either is written at once through
:func:`desktop.store.team.adjudicate` (event ``adjudicate``, every version
kept), pushed on the window's undo stack, and the next unresolved conflict
comes up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QShortcut, QTextCharFormat, QTextCursor, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import InputError
from desktop.core.records import Record
from desktop.core.taxonomy import Taxonomy
from desktop.gui.actions import key_sequence
from desktop.gui.adjudication_model import LIST_COLUMNS, ConflictListModel, VersionTableModel
from desktop.gui.database_label import why_unavailable
from desktop.gui.problem_text import problem_text
from desktop.gui.record_editor import RecordEditor
from desktop.gui.review_session import ReviewSession
from desktop.store.changes import Snapshot
from desktop.store.decisions import Decision
from desktop.store.team import adjudicate, outcome, reopen_conflict, sources, versions

#: Characters of article text shown either side of the figure.
CONTEXT = 220
HIGHLIGHT = QColor("#ffe08a")
#: The conflict list's fixed columns, wide enough for their titles and a typical cell.
LIST_WIDTHS = {"record": 70, "article": 80, "value": 110, "state": 110}


class AdjudicationCommand(QUndoCommand):
    """One adjudication on the window's undo stack: undo reopens the conflict, redo decides again."""

    def __init__(
        self, view: AdjudicationView, record_id: int, before: Snapshot, choice: dict[str, Any], text: str
    ) -> None:
        super().__init__(text)
        self.view, self.record_id, self.before, self.choice = view, record_id, before, choice
        self._first = True

    def redo(self) -> None:
        if self._first:  # the adjudication was written before the command was pushed
            self._first = False
            return
        self.view.write(self.record_id, self.choice)

    def undo(self) -> None:
        session = self.view.session
        try:
            decision = reopen_conflict(session.store, self.record_id, self.before, session.reviewer)
        except InputError as exc:
            session.failed.emit(problem_text(exc))
            return
        self.view.after_change(self.record_id, decision)


class AdjudicationView(QWidget):
    """The conflict list, the article around the figure, the versions, and the buttons that decide."""

    record_requested = Signal(int, int)  # article id, record id: open it in the review tab
    agreement_requested = Signal()

    def __init__(self, session: ReviewSession, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjudication_view")
        self.session = session
        self.taxonomy = taxonomy
        self.record_id: int | None = None
        self.state = QComboBox(objectName="conflict_filter")
        for label, value in (
            (self.tr("Conflicts to adjudicate"), "conflict"),
            (self.tr("Adjudicated"), "adjudicated"),
            (self.tr("Every record decided differently"), "disputed"),
        ):
            self.state.addItem(label, value)
        self.counts = QLabel(objectName="conflict_counts")
        self.agreement = QPushButton(self.tr("Agreement report…"), objectName="agreement_button")
        self.conflicts = ConflictListModel(session.store, self)
        self.conflict_table = _table("conflict_table", self.conflicts)
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._size_list_columns()
        self.context = QPlainTextEdit(objectName="conflict_context", readOnly=True)
        self.context.setMaximumHeight(130)
        self.version_model = VersionTableModel(taxonomy, self)
        self.version_table = _table("version_table", self.version_model)
        self.version_table.verticalHeader().show()
        self.version_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.buttons = QHBoxLayout()
        self.correct = QPushButton(self.tr("New correction… (F2)"), objectName="adjudicate_correct")
        self.open_article = QPushButton(self.tr("Show in article"), objectName="adjudicate_open")
        self.choice_buttons: list[QPushButton] = []
        self.empty = QLabel(objectName="conflict_empty", wordWrap=True)
        self._layout()
        self._connect()

    def _size_list_columns(self) -> None:
        """The label takes what the other columns leave: at 1200 px the state column was scrolled out of sight."""
        header = self.conflict_table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, name in enumerate(LIST_COLUMNS):
            if name == "indicator":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.resizeSection(column, LIST_WIDTHS[name])

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.state)
        bar.addWidget(self.counts, 1)
        bar.addWidget(self.agreement)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(4, 0, 0, 0)
        column.addWidget(self.empty)
        column.addWidget(self.context)
        column.addWidget(self.version_table, 1)
        choices = QHBoxLayout()
        choices.addLayout(self.buttons)
        choices.addStretch(1)
        choices.addWidget(self.correct)
        choices.addWidget(self.open_article)
        column.addLayout(choices)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="adjudication_splitter")
        splitter.addWidget(self.conflict_table)
        splitter.addWidget(right)
        splitter.setSizes([560, 880])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.state.currentIndexChanged.connect(lambda _=0: self.load())
        self.conflict_table.selectionModel().currentRowChanged.connect(self._conflict_chosen)
        self.correct.clicked.connect(self.new_correction)
        self.open_article.clicked.connect(self._open_article)
        self.agreement.clicked.connect(self.agreement_requested)
        self._keys: list[QShortcut] = []  # 1-9 and F2: they write, so a read-only store turns them off
        for key in range(1, 10):
            shortcut = QShortcut(
                key_sequence(str(key)), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            shortcut.activated.connect(lambda k=key: self.choose(k - 1))
            self._keys.append(shortcut)
        self._keys.append(
            QShortcut(
                key_sequence("F2"),
                self,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
                activated=self.new_correction,
            )
        )

    # ---- showing ----------------------------------------------------------------

    def load(self, select: int | None = None) -> None:
        """Re-read the list; select ``select``, else the row the previous current record held."""
        previous = self.conflict_table.currentIndex().row()
        self.conflicts.load(self.state.currentData())
        merged = sources(self.session.store.conn)
        total = len(self.conflicts.ids)
        self.counts.setText(
            self.tr("%n record(s)", "", total)
            + " · "
            + self.tr("%n reviewer file(s) merged", "", len(merged))
        )
        self.empty.setVisible(total == 0)
        self.empty.setText(
            self.tr("Nothing to adjudicate here.")
            if merged
            else self.tr(
                "This database is not a merge of reviewer files. Split a corpus with 'chitieu split', review the "
                "files, merge them with 'chitieu merge', then open the merged file to adjudicate."
            )
        )
        row = self.conflicts.row_of(select) if select is not None else None
        if row is None and total:
            row = min(max(previous, 0), total - 1)
        if row is not None:
            self.conflict_table.setCurrentIndex(self.conflicts.index(row, 0))
        else:
            self.show_record(None)

    def _conflict_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_record(self.conflicts.ids[current.row()] if current.isValid() else None)

    def show_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        store = self.session.store
        found = versions(store.conn, record_id) if record_id is not None else []
        stored = store.record(record_id) if record_id is not None else None
        self.version_model.set_versions(
            found, stored.record if stored else None, stored.status if stored else ""
        )
        self._show_context(stored.article_id if stored else None, stored.record if stored else None)
        self._make_buttons(found)
        for widget in (self.correct, self.open_article, self.context, self.version_table):
            widget.setVisible(record_id is not None)
        self.show_store_state()

    def show_store_state(self) -> None:
        """Offer the adjudications only while the store can be written; say why not in the tips."""
        why = why_unavailable(self.session.store)
        for key in self._keys:
            key.setEnabled(not why)
        for button, version in zip(self.choice_buttons, self.version_model.versions, strict=False):
            button.setEnabled(not why and version.status != "undecided")
            button.setToolTip(why)
        self.correct.setEnabled(not why)
        self.correct.setToolTip(why)

    def _show_context(self, article_id: int | None, record: Record | None) -> None:
        if article_id is None or record is None:
            self.context.setPlainText("")
            return
        text = self.session.store.article(article_id).text
        start = max(0, record.start - CONTEXT)
        snippet = text[start : record.end + CONTEXT]
        prefix = "…" if start else ""
        self.context.setPlainText(prefix + snippet)
        cursor = QTextCursor(self.context.document())
        cursor.setPosition(len(prefix) + record.start - start)
        cursor.setPosition(len(prefix) + record.end - start, QTextCursor.MoveMode.KeepAnchor)
        highlight = QTextCharFormat()
        highlight.setBackground(HIGHLIGHT)
        highlight.setFontWeight(700)
        cursor.mergeCharFormat(highlight)

    def _make_buttons(self, found: list) -> None:
        for button in self.choice_buttons:
            self.buttons.removeWidget(button)
            button.deleteLater()
        self.choice_buttons = []
        for i, version in enumerate(found):
            button = QPushButton(
                self.tr("%1: use %2's version").replace("%1", str(i + 1)).replace("%2", version.source.name),
                objectName=f"adjudicate_choose_{i + 1}",
            )
            button.clicked.connect(lambda _=False, k=i: self.choose(k))
            self.buttons.addWidget(button)
            self.choice_buttons.append(button)

    # ---- deciding ---------------------------------------------------------------

    def choose(self, index: int) -> None:
        """Make the ``index``-th reviewer's version the final record."""
        found = self.version_model.versions
        if self.record_id is None or not 0 <= index < len(found) or found[index].status == "undecided":
            return
        version = found[index]
        self.decide(
            {"source_id": version.source.id},
            self.tr("Adjudicate: %1's version").replace("%1", version.source.name),
        )

    def new_correction(self) -> None:
        """Open the editor on the first decided version (else the record) and adjudicate what is saved."""
        if self.record_id is None:
            return
        store = self.session.store
        stored = store.record(self.record_id)
        start = next((v.record for v in self.version_model.versions if v.record is not None), stored.record)
        dialog = QDialog(self, objectName="adjudication_editor")
        dialog.setWindowTitle(self.tr("New correction"))
        editor = RecordEditor(self.taxonomy)
        layout = QVBoxLayout(dialog)
        layout.addWidget(editor)
        chosen: list[tuple[Record, str | None]] = []

        def accept(record: Record, note: str | None) -> None:
            chosen.append((record, note))
            dialog.accept()

        editor.accepted.connect(accept)
        editor.cancelled.connect(dialog.reject)
        editor.begin_edit(start, stored.note, len(store.article(stored.article_id).text))
        if dialog.exec() == QDialog.DialogCode.Accepted and chosen:
            record, note = chosen[0]
            self.decide({"record": record, "note": note}, self.tr("Adjudicate: new correction"))

    def decide(self, choice: dict[str, Any], text: str) -> None:
        record_id = self.record_id
        if record_id is None:
            return
        decision = self.write(record_id, choice)
        before = decision.changes[0].before if decision is not None else None
        if before is not None:  # an adjudicated record existed before
            self.session.undo_stack.push(AdjudicationCommand(self, record_id, before, choice, text))

    def write(self, record_id: int, choice: dict[str, Any]) -> Decision | None:
        """Adjudicate in the store, then show what changed; None (with a message) if the store refused."""
        try:
            decision = adjudicate(self.session.store, record_id, self.session.reviewer, **choice)
        except InputError as exc:
            QMessageBox.warning(self, "Chitieu", problem_text(exc))
            return None
        self.after_change(record_id, decision)
        return decision

    def after_change(self, record_id: int, decision: Decision) -> None:
        """Re-read the list (an adjudicated record leaves 'conflicts') and let the window show the change."""
        state = outcome(self.session.store.conn, record_id)
        self.load(select=record_id if state is not None and state.state == self.conflicts.state else None)
        self.session.applied.emit(decision)

    def _open_article(self) -> None:
        if self.record_id is not None:
            self.record_requested.emit(self.session.store.record(self.record_id).article_id, self.record_id)


def _table(name: str, model: Any) -> QTableView:
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table
