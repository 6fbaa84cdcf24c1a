"""Setting the year of an article that names none, from the window (issues 13 and 8).

The import dated such an article by a guess, and the check ``period_assumed`` asks about it once;
"accept all that pass" holds the article back until it is answered.  The reviewer answers in a small
dialog: the guessed year, prefilled, and the years the text names; the records the year dated follow
it.  The write is the store's (:mod:`desktop.store.article_year`), one transaction, and one step on the
undo stack that puts the year and every record back.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.assumed_year import BATCH, FIRST_YEAR, GIVEN, dated_by
from desktop.core.errors import InputError
from desktop.gui.problem_text import problem_text
from desktop.store import Store, StoredArticle
from desktop.store.article_year import YearAnswer, YearQuestion


def has_year_question(article: StoredArticle | None) -> bool:
    """Whether an article's year is one the import gave it (guessed, given or already set by a reviewer):
    read from what the window holds, so enabling the action costs no query."""
    if article is None or (article.published and article.published[:4].isdigit()):
        return False
    return dated_by(article.warnings) is not None


def last_year() -> int:
    """The latest year an article may be from: next year (a plan written in December)."""
    return date.today().year + 1


class YearDialog(QDialog):
    """The article's year: the guess prefilled, what changes with another, and a button that says it."""

    def __init__(self, asked: YearQuestion, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("year_dialog")
        self.setWindowTitle(self.tr("The article's year"))
        self.asked = asked
        explain = QLabel(self._explanation(title), objectName="year_explain")
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.RichText)  # the title is escaped: data, never markup
        self.year_box = QSpinBox(objectName="year_box")
        self.year_box.setRange(FIRST_YEAR, last_year())
        self.year_box.setValue(min(max(asked.year, FIRST_YEAR), last_year()))
        self.year_box.setGroupSeparatorShown(False)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # a year is four digits
        form.addRow(self.tr("Year"), self.year_box)
        named = [str(year) for year in asked.named if year <= last_year()]
        if named:
            form.addRow(self.tr("Years the text names"), QLabel(", ".join(named), objectName="year_named"))
        self.effect = QLabel(objectName="year_effect")
        self.effect.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton(objectName="year_ok")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.effect)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.year_box.valueChanged.connect(self._show_effect)
        self._show_effect()
        self.resize(520, self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        """The year selected in its box: the reviewer types another over it, or presses Enter to keep it."""
        super().showEvent(event)
        self.year_box.setFocus()
        self.year_box.selectAll()

    def _explanation(self, title: str) -> str:
        said = {
            BATCH: self.tr(
                "<b>%1</b> names no date and no year. Its figures were dated %2, the year most of the "
                "other articles imported with it are from. Which year is the article from?"
            ),
            GIVEN: self.tr(
                "<b>%1</b> names no date and no year. Its figures were dated %2, the year given at import "
                "(--year). Which year is the article from?"
            ),
        }.get(
            self.asked.source,
            self.tr(
                "<b>%1</b> names no date and no year. Its figures are dated %2, the year a reviewer set."
            ),
        )
        return said.replace("%1", html.escape(title)).replace("%2", str(self.asked.year))

    def year(self) -> int:
        return self.year_box.value()

    def _show_effect(self) -> None:
        old, new = self.asked.year, self.year()
        if new != old:
            text = (
                self.tr(
                    "%Ln records whose period came from %1 move with it (%1 → %2). Periods the text writes "
                    "stay as they are; pending records stay pending.",
                    "",
                    self.asked.dated,
                )
                .replace("%1", str(old))
                .replace("%2", str(new))
            )
            button = self.tr("Set %1").replace("%1", str(new))
        elif self.asked.open:
            text = self.tr(
                "Keeps %1 as the article's year: no record changes, and “Accept all that pass” no longer "
                "holds the article back."
            ).replace("%1", str(old))
            button = self.tr("Confirm %1").replace("%1", str(old))
        else:
            text = self.tr("%1 is already the article's year: nothing to change.").replace("%1", str(old))
            button = self.tr("Set %1").replace("%1", str(old))
        self.effect.setText(text)
        self.ok_button.setText(button)
        self.ok_button.setEnabled(new != old or self.asked.open)


class YearCommand(QUndoCommand):
    """One answer as one undo step: undo puts the year and every record back, redo sets them again."""

    def __init__(self, controller: ArticleYear, done: YearAnswer, text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self.done = done
        self._skip_redo = True  # pushed after the write ran

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if not self._controller.restore(self.done, undo=False):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._controller.restore(self.done, undo=True):
            self.setObsolete(True)


class ArticleYear(QObject):
    """Opens the dialog for the article shown, writes the answer, and undoes or redoes it."""

    changed = Signal(int)  # the article whose year, records and checks changed (or were found changed)
    message = Signal(str)  # for the status bar
    problem = Signal(str)  # a write was refused: the window says why

    def __init__(self, window: QWidget, store: Store, reviewer: str, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._reviewer = reviewer
        self._undo_stack = undo_stack

    def open(self, article: StoredArticle | None) -> YearDialog | None:
        """Show the dialog for ``article``; returns it (tests drive it), or None when there is nothing to ask."""
        if article is None:
            self.message.emit(self.tr("Choose an article first."))
            return None
        asked = self._store.year_question(article.id)
        if asked is None:
            self.message.emit(
                self.tr("This article has a date or a year of its own: there is no year to set.")
            )
            return None
        dialog = YearDialog(asked, article.title or article.doc, self._window)
        dialog.accepted.connect(lambda: self._answer(asked, dialog.year()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _answer(self, asked: YearQuestion, year: int) -> None:
        try:
            done = self._store.set_article_year(asked.article_id, year, self._reviewer, seen=asked.seen)
        except InputError as exc:
            self.problem.emit(problem_text(exc))
            self.changed.emit(asked.article_id)  # shown as it now is
            return
        text = self.tr("Set the article's year to %1").replace("%1", str(year))
        self._undo_stack.push(YearCommand(self, done, text))
        self.changed.emit(asked.article_id)
        self.message.emit(
            self.tr(
                "The article's year is %1: %Ln records changed. Ctrl+Z undoes it.",
                "",
                len(done.decision.changes),
            ).replace("%1", str(year))
        )

    def restore(self, done: YearAnswer, *, undo: bool) -> bool:
        """Undo or redo an answer; False (and :attr:`problem`) when the store refused it."""
        write = self._store.undo_article_year if undo else self._store.redo_article_year
        try:
            write(done, self._reviewer)
        except InputError as exc:
            self.problem.emit(problem_text(exc))
            return False
        finally:
            self.changed.emit(done.article_id)
        return True
