"""The conflicts tab: each disputed article year and record with every reviewer's version side by side.

Keys 1-9 make that reviewer's version the final record, or that reviewer's
answer the article's year; F2 opens the editor for a new correction
instead, or the year dialog for another year.  Either is written at once
through :func:`desktop.store.team.adjudicate` or
:func:`desktop.store.team_years.adjudicate_year` (event ``adjudicate``,
every version kept), pushed on the window's undo stack, and the next
unresolved conflict comes up.  An article's year comes before the records:
settling it moves the periods that follow from it.
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
from desktop.gui.adjudication_model import (
    LIST_COLUMNS,
    YEAR,
    ConflictListModel,
    VersionTableModel,
    YearVersionModel,
)
from desktop.gui.article_year import YearDialog
from desktop.gui.database_label import why_unavailable
from desktop.gui.problem_text import problem_text
from desktop.gui.record_editor import RecordEditor
from desktop.gui.review_session import ReviewSession
from desktop.store.article_year import ArticleYear
from desktop.store.changes import Snapshot
from desktop.store.decisions import Decision
from desktop.store.merged_years import version_period
from desktop.store.team import Version, adjudicate, outcome, reopen_conflict, sources, versions
from desktop.store.team_years import (
    YearAdjudication,
    adjudicate_year,
    readjudicate_year,
    reopen_year,
    year_outcome,
    year_versions,
)

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


class YearAdjudicationCommand(QUndoCommand):
    """One adjudication of an article's year on the window's undo stack: undo puts the year and its
    records back and reopens the conflict, redo settles it again."""

    def __init__(self, view: AdjudicationView, done: YearAdjudication, text: str) -> None:
        super().__init__(text)
        self.view, self.done = view, done
        self._first = True

    def redo(self) -> None:
        if self._first:  # the adjudication was written before the command was pushed
            self._first = False
            return
        self._restore(readjudicate_year)

    def undo(self) -> None:
        self._restore(reopen_year)

    def _restore(self, write: Any) -> None:
        session = self.view.session
        try:
            decision = write(session.store, self.done, session.reviewer)
        except InputError as exc:
            session.failed.emit(problem_text(exc))
            self.setObsolete(True)
            return
        self.view.after_year_change(self.done.answer.article_id, decision)


class AdjudicationView(QWidget):
    """The conflict list, the article around the figure, the versions, and the buttons that decide."""

    record_requested = Signal(int, int)  # article id, record id: open it in the review tab
    article_requested = Signal(int)  # an article whose year is disputed: open it in the review tab
    year_changed = Signal(int)  # an article's year was adjudicated, undone or redone: its records moved
    agreement_requested = Signal()

    def __init__(self, session: ReviewSession, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjudication_view")
        self.session = session
        self.taxonomy = taxonomy
        self.record_id: int | None = None
        self.year_article: int | None = None  # the article whose year is shown, when a year is
        self._year_seen: ArticleYear | None = None  # its year as shown: a choice is refused if it changed
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
        self.year_model = YearVersionModel(self)
        self.version_table = _table("version_table", self.version_model)
        self.version_table.verticalHeader().show()
        self.version_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.buttons = QHBoxLayout()
        self.correct = QPushButton(objectName="adjudicate_correct")
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

    def load(self, select: int | None = None, select_year: int | None = None) -> None:
        """Re-read the list; select the record ``select`` or the article year ``select_year``, else the row
        the previous current item held."""
        previous = self.conflict_table.currentIndex().row()
        self.conflicts.load(self.state.currentData())
        merged = sources(self.session.store.conn)
        years = len(self.conflicts.years)
        total = years + len(self.conflicts.ids)
        self.counts.setText(
            (self.tr("%n article year(s)", "", years) + " · " if years else "")
            + self.tr("%n record(s)", "", len(self.conflicts.ids))
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
        if select_year is not None:
            row = self.conflicts.row_of_year(select_year)
        if row is None and total:
            row = min(max(previous, 0), total - 1)
        if row is not None:
            self.conflict_table.setCurrentIndex(self.conflicts.index(row, 0))
        else:
            self.show_record(None)

    def _conflict_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.show_record(None)
            return
        kind, key = self.conflicts.item(current.row())
        if kind == YEAR:
            self.show_year(key)
        else:
            self.show_record(key)

    def show_year(self, article_id: int) -> None:
        """An article's year: each reviewer file's answer side by side, the article's start as context."""
        self.record_id, self.year_article = None, article_id
        store = self.session.store
        found = year_versions(store.conn, article_id)
        article = store.article(article_id)
        self.year_model.set_versions(found, article.year, year_outcome(store.conn, article_id))
        self._show_model(self.year_model)
        asked = store.year_question(article_id)
        self._year_seen = asked.seen if asked is not None else None
        named = ", ".join(str(y) for y in asked.named) if asked is not None else ""
        head = article.title or article.doc
        context = f"{head}\n" + (
            self.tr("Years the text names: %1").replace("%1", named) + "\n" if named else ""
        )
        if asked is not None:
            context += (
                self.tr(
                    "%Ln record(s) whose period follows from the year move with the year chosen; periods the text "
                    "writes or a reviewer typed stay.",
                    "",
                    asked.dated,
                )
                + "\n\n"
            )
        self.context.setPlainText(
            context + article.text[: 2 * CONTEXT] + ("…" if len(article.text) > 2 * CONTEXT else "")
        )
        self._make_buttons(
            [
                self.tr("%1: use %2's year (%3)")
                .replace("%1", str(i + 1))
                .replace("%2", v.source.name)
                .replace("%3", str(v.year))
                for i, v in enumerate(found)
            ]
        )
        self.correct.setText(self.tr("Another year… (F2)"))
        self.open_article.setText(self.tr("Show the article"))
        for widget in (self.correct, self.open_article, self.context, self.version_table):
            widget.setVisible(True)
        self.show_store_state()

    def show_record(self, record_id: int | None) -> None:
        self.record_id, self.year_article = record_id, None
        self._show_model(self.version_model)
        self.correct.setText(self.tr("New correction… (F2)"))
        self.open_article.setText(self.tr("Show in article"))
        store = self.session.store
        found = versions(store.conn, record_id) if record_id is not None else []
        stored = store.record(record_id) if record_id is not None else None
        self.version_model.set_versions(
            found,
            stored.record if stored else None,
            stored.status if stored else "",
            [_as_chosen(store, stored.article_id, stored.id, v) if stored else None for v in found],
        )
        self._show_context(stored.article_id if stored else None, stored.record if stored else None)
        self._make_buttons(
            [
                self.tr("%1: use %2's version").replace("%1", str(i + 1)).replace("%2", v.source.name)
                for i, v in enumerate(found)
            ]
        )
        for widget in (self.correct, self.open_article, self.context, self.version_table):
            widget.setVisible(record_id is not None)
        self.show_store_state()

    def _show_model(self, model: VersionTableModel | YearVersionModel) -> None:
        """The versions of a record, or of an article's year, in the one table; its columns share its width."""
        if self.version_table.model() is not model:
            self.version_table.setModel(model)
            self.version_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def show_store_state(self) -> None:
        """Offer the adjudications only while the store can be written; say why not in the tips."""
        why = why_unavailable(self.session.store)
        for key in self._keys:
            key.setEnabled(not why)
        for button, chosen in zip(self.choice_buttons, self._choosable(), strict=False):
            button.setEnabled(not why and chosen)
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

    def _make_buttons(self, labels: list[str]) -> None:
        for button in self.choice_buttons:
            self.buttons.removeWidget(button)
            button.hide()  # at once: it is deleted once the event loop runs again
            button.deleteLater()
        self.choice_buttons = []
        for i, label in enumerate(labels):
            button = QPushButton(label, objectName=f"adjudicate_choose_{i + 1}")
            button.clicked.connect(lambda _=False, k=i: self.choose(k))
            self.buttons.addWidget(button)
            self.choice_buttons.append(button)

    def _choosable(self) -> list[bool]:
        """Which versions shown may be chosen: those decided, or the years a reviewer set."""
        if self.year_article is not None:
            return [v.answered for v in self.year_model.versions]
        return [v.status != "undecided" for v in self.version_model.versions]

    # ---- deciding ---------------------------------------------------------------

    def choose(self, index: int) -> None:
        """Make the ``index``-th reviewer's version the final record, or answer the article's year."""
        if self.year_article is not None:
            self._choose_year(index)
            return
        found = self.version_model.versions
        if self.record_id is None or not 0 <= index < len(found) or found[index].status == "undecided":
            return
        version = found[index]
        self.decide(
            {"source_id": version.source.id},
            self.tr("Adjudicate: %1's version").replace("%1", version.source.name),
        )

    def _choose_year(self, index: int) -> None:
        found = self.year_model.versions
        if not 0 <= index < len(found) or not found[index].answered:
            return
        version = found[index]
        self.decide_year(
            {"source_id": version.source.id, "seen": self._year_seen},
            self.tr("Adjudicate the article's year: %1's, %2")
            .replace("%1", version.source.name)
            .replace("%2", str(version.year)),
        )

    def new_correction(self) -> None:
        """Open the editor on the first decided version (else the record) and adjudicate what is saved;
        on an article's year, the year dialog for another year."""
        if self.year_article is not None:
            self.another_year()
            return
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

    def another_year(self) -> YearDialog | None:
        """The year dialog on the article's year now; the year chosen settles the conflict.  Returns the
        dialog (tests drive it), or None when there is no question to ask."""
        article_id = self.year_article
        if article_id is None:
            return None
        store = self.session.store
        asked = store.year_question(article_id)
        if asked is None:
            return None
        article = store.article(article_id)
        dialog = YearDialog(asked, article.title or article.doc, self)
        dialog.accepted.connect(
            lambda: self.decide_year(
                {"year": dialog.year(), "seen": asked.seen},
                self.tr("Adjudicate the article's year: %1").replace("%1", str(dialog.year())),
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def decide_year(self, choice: dict[str, Any], text: str) -> None:
        """Adjudicate the year shown (a reviewer file's answer, or another year) and push it for undo."""
        article_id = self.year_article
        if article_id is None:
            return
        session = self.session
        try:
            done = adjudicate_year(session.store, article_id, session.reviewer, **choice)
        except InputError as exc:
            QMessageBox.warning(self, "Chitieu", problem_text(exc))
            return
        session.undo_stack.push(YearAdjudicationCommand(self, done, text))
        self.after_year_change(article_id, done.answer.decision)

    def after_year_change(self, article_id: int, decision: Decision) -> None:
        """Re-read the list (an adjudicated year leaves 'conflicts'), and let the window show the article's
        new year and its records' periods; the keys stay here."""
        state = year_outcome(self.session.store.conn, article_id)
        kept = state is not None and (
            state.state == self.conflicts.state or self.conflicts.state == "disputed"
        )
        self.load(select_year=article_id if kept else None)
        self.session.applied.emit(decision)
        self.year_changed.emit(article_id)

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
        if self.year_article is not None:
            self.article_requested.emit(self.year_article)
        elif self.record_id is not None:
            self.record_requested.emit(self.session.store.record(self.record_id).article_id, self.record_id)


def _as_chosen(store: Any, article_id: int, record_id: int, version: Version) -> str | None:
    """The period a version would have if chosen: its own, or the one that follows the article's year now
    when it was decided under another (:func:`~desktop.store.merged_years.version_period`)."""
    if version.record is None:
        return None
    fields = {"status": version.status, "period": version.record.period}
    return version_period(store.conn, article_id, record_id, version.source.id, fields)["period"]


def _table(name: str, model: Any) -> QTableView:
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table
