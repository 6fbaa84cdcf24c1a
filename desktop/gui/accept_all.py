"""Accept all that pass, from the window (issue 13).

The reviewer chooses the scope (this article, or the corpus narrowed by
place, year and indicator) and the lowest extractor confidence accepted
(kept in QSettings); the dialog counts the records that would be confirmed,
and the button that confirms says how many.  The accept runs in a worker
thread on its own connection, as one transaction, behind a progress dialog
that can cancel it (a cancel changes nothing); then it is one step on the
undo stack.  Undoing or redoing a large accept runs in a worker too.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import InputError
from desktop.core.taxonomy import Taxonomy
from desktop.gui.actions import action_hint
from desktop.gui.dataset_model import reading_order
from desktop.gui.filters import Filters
from desktop.gui.language import interface_language
from desktop.gui.problem_text import problem_text
from desktop.gui.workers import TaskRunner
from desktop.store import Accepted, Selection, Store
from desktop.store.accepting import Cancelled

#: The confidence is a probability since extractor 2026.12.03.1 (:mod:`desktop.core.extract.confidence`): a
#: threshold kept from the hand-made score before (0.8 by default) would leave every record pending, so the
#: setting has a new name.
THRESHOLD_KEY = "checks/accept_probability"
#: On gold sets nobody had read when the rules were written, it confirms about half the records the old
#: 0.8 did, 27-35% of them wrong instead of 34-41% (README "Checks").
DEFAULT_THRESHOLD = 0.68
#: Undoing or redoing more records than this runs in a worker, behind a progress dialog.
IN_WORKER = 5000


def threshold_setting() -> float:
    try:
        return min(max(float(str(QSettings().value(THRESHOLD_KEY, DEFAULT_THRESHOLD))), 0.0), 1.0)
    except (TypeError, ValueError):
        return DEFAULT_THRESHOLD


class AcceptDialog(QDialog):
    """Scope, filters and threshold, with the live count of what would be accepted."""

    def __init__(
        self,
        store: Store,
        taxonomy: Taxonomy,
        article: tuple[int, str] | None,
        filters: Filters,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accept_dialog")
        self.setWindowTitle(self.tr("Accept all that pass"))
        self._store = store
        self._article_id = article[0] if article else None
        self.article_scope = QRadioButton(
            self.tr("This article: %1").replace("%1", article[1] if article else ""),
            objectName="accept_article",
        )
        self.corpus_scope = QRadioButton(self.tr("The whole corpus"), objectName="accept_corpus")
        scopes = QButtonGroup(self)
        for button in (self.article_scope, self.corpus_scope):
            scopes.addButton(button)
        self.article_scope.setEnabled(article is not None)
        (self.article_scope if article else self.corpus_scope).setChecked(True)
        self.place = self._combo(
            "accept_place", self.tr("All places"), [(p, p) for p in store.localities()], filters.locality
        )
        self.year = self._combo(
            "accept_year", self.tr("All years"), [(str(y), y) for y in store.years()], filters.year
        )
        lang = interface_language()
        codes = sorted(
            ((taxonomy.name(code, lang) or code, code) for code in taxonomy.indicators),
            key=lambda c: reading_order(c[0]),  # Đ with D, as in the dataset tab
        )
        self.code = self._combo("accept_code", self.tr("All indicators"), codes, None)
        self.threshold = QDoubleSpinBox(
            objectName="accept_threshold",
            decimals=2,
            minimum=0.0,
            maximum=1.0,
            singleStep=0.05,
            value=threshold_setting(),
        )
        self.threshold.setToolTip(self.tr("Records the machine was less sure of than this stay pending"))
        self.count_label = QLabel(objectName="accept_count")
        self.count_label.setWordWrap(True)
        self.held_label = QLabel(objectName="accept_held")
        self.held_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = QPushButton(objectName="accept_button")
        self.accept_button.setDefault(True)
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Indicator"), self.code)
        form.addRow(self.tr("Lowest confidence"), self.threshold)
        explain = QLabel(
            self.tr(
                "Confirms every pending record that fails no check and that the machine was at "
                "least this sure of, in one step that Ctrl+Z undoes."
            )
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (explain, self.article_scope, self.corpus_scope):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.held_label)
        layout.addWidget(buttons)
        for signal in (
            self.place.currentIndexChanged,
            self.year.currentIndexChanged,
            self.code.currentIndexChanged,
            self.threshold.valueChanged,
            scopes.buttonToggled,
        ):
            signal.connect(self.recount)
        self.recount()

    def _combo(
        self, name: str, everything: str, choices: Sequence[tuple[str, object]], current: object
    ) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.addItem(everything, None)
        for text, value in choices:
            combo.addItem(text, value)
        found = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(found, 0))
        return combo

    def selection(self) -> Selection:
        if self.article_scope.isChecked():
            return Selection(threshold=self.threshold.value(), article_id=self._article_id)
        return Selection(
            threshold=self.threshold.value(),
            locality=self.place.currentData(),
            year=self.year.currentData(),
            code=self.code.currentData(),
        )

    def recount(self) -> None:
        corpus = self.corpus_scope.isChecked()
        for combo in (self.place, self.year, self.code):
            combo.setEnabled(corpus)
        selection = self.selection()
        self.count = self._store.count_passing(selection)
        self.count_label.setText(
            self.tr(
                "%Ln pending records fail no check and have a confidence of at least %1.", "", self.count
            ).replace("%1", self.threshold.textFromValue(self.threshold.value()))  # as the box writes it
        )
        self.accept_button.setText(self.tr("Accept %Ln records", "", self.count))
        self.accept_button.setEnabled(self.count > 0)
        self._say_held_back(selection)

    def _say_held_back(self, selection: Selection) -> None:
        """Say what the accept leaves pending for want of an article's year, and how to release it: the
        records would pass, but their article's year was only guessed at import (HELD in the store)."""
        self.held_articles, self.held_records = self._store.count_held_back(selection)
        self.held_label.setVisible(self.held_articles > 0)
        if selection.article_id is not None:
            text = self.tr(
                "This article's year was only guessed at import: it is held back (records that would pass: "
                "%1). Set its year to release it: %2."
            )
        else:
            text = self.tr(
                "%Ln articles whose year was only guessed at import are held back (records that would pass: "
                "%1). To release one, open it and set its year: %2.",
                "",
                self.held_articles,
            )
        self.held_label.setText(
            text.replace("%1", str(self.held_records)).replace("%2", action_hint("action_article_year"))
        )

    def accept(self) -> None:
        QSettings().setValue(THRESHOLD_KEY, self.threshold.value())
        super().accept()


# ---- the work ------------------------------------------------------------------------------


def accept_work(db_path: Path, selection: Selection, reviewer: str, **steps: object) -> Accepted | None:
    """Accept through a connection of the worker's own; None when cancelled (nothing changed)."""
    store = Store(db_path, secondary=True)  # the window's own open took the backup and made the check
    try:
        return store.accept_passing(selection, reviewer, **steps)
    except Cancelled:
        return None
    finally:
        store.close()


def reopen(store: Store, accepted: Accepted, reviewer: str) -> Accepted:
    store.reopen_accepted(accepted, reviewer)
    return accepted


def confirm_again(store: Store, accepted: Accepted, reviewer: str) -> Accepted:
    return store.confirm_accepted(accepted, reviewer)


def in_worker(db_path: Path, work, accepted: Accepted, reviewer: str, **_steps: object) -> Accepted:
    """An undo or redo through a connection of the worker's own; it runs to its end (a cancel would leave
    the undo stack saying otherwise), so the progress dialog's Cancel is not honoured."""
    store = Store(db_path, secondary=True)
    try:
        return work(store, accepted, reviewer)
    finally:
        store.close()


class AcceptCommand(QUndoCommand):
    """One accept as one undo step: undo puts exactly its records back, redo confirms them again."""

    def __init__(self, controller: AcceptAll, accepted: Accepted, text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self.accepted = accepted
        self._skip_redo = True  # pushed after the accept ran

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._controller.run(confirm_again, self.accepted, self._redone)

    def undo(self) -> None:
        self._controller.run(reopen, self.accepted, None)

    def _redone(self, accepted: Accepted) -> None:
        self.accepted = accepted


class AcceptAll(QObject):
    """Opens the dialog, runs the accept and its undo/redo, and tells the window what changed."""

    changed = Signal()  # many records changed: the window re-reads its lists
    busy_changed = Signal()
    message = Signal(str)  # for the status bar
    problem = Signal(str)  # an accept, undo or redo failed: the window says why

    def __init__(self, window: QWidget, store: Store, reviewer: str, taxonomy: Taxonomy, undo_stack) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._reviewer = reviewer
        self._taxonomy = taxonomy
        self._undo_stack = undo_stack
        self._runner: TaskRunner | None = None
        self._closing = False

    def busy(self) -> bool:
        return self._runner is not None

    def open(self, article: tuple[int, str] | None, filters: Filters) -> AcceptDialog | None:
        """Show the dialog; on its confirmation start the accept.  Returns the dialog (tests drive it)."""
        if self.busy() or self._store.readonly:
            return None
        dialog = AcceptDialog(self._store, self._taxonomy, article, filters, self._window)
        dialog.accepted.connect(lambda: self._start(dialog.selection(), dialog.count))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _start(self, selection: Selection, count: int) -> None:
        work = partial(accept_work, self._store.path, selection, self._reviewer)
        label = self.tr("Accepting %Ln records…", "", count)
        self._launch(work, label, self._accepted)

    def _accepted(self, accepted: Accepted | None) -> None:
        if self._closing:
            return
        if accepted is None:
            self.message.emit(self.tr("Accept cancelled: nothing changed."))
            return
        if len(accepted):
            text = self.tr("Accept %Ln records that pass", "", len(accepted))
            self._undo_stack.push(AcceptCommand(self, accepted, text))
        self.message.emit(self.tr("%Ln records accepted. Ctrl+Z undoes it.", "", len(accepted)))
        self.changed.emit()

    def run(self, work, accepted: Accepted, done) -> None:
        """Undo or redo an accept: at once for a few records, in a worker for many."""
        if len(accepted) <= IN_WORKER:
            try:
                result = work(self._store, accepted, self._reviewer)
            except InputError as exc:
                self.problem.emit(problem_text(exc))
                return
            self._finish(done, result)
            return
        label = self.tr("Updating %Ln records…", "", len(accepted))
        bound = partial(in_worker, self._store.path, work, accepted, self._reviewer)
        self._launch(bound, label, partial(self._finish, done))

    def _finish(self, done, result: Accepted) -> None:
        if done is not None:
            done(result)
        if not self._closing:
            self.changed.emit()

    def _launch(self, work, label: str, finished) -> None:
        runner = TaskRunner(self._window, work, label)
        runner.finished.connect(finished)
        runner.failed.connect(self.problem)
        runner.ended.connect(self._ended)
        self._runner = runner
        self.busy_changed.emit()
        runner.start()

    def _ended(self) -> None:
        self._runner = None
        self.busy_changed.emit()

    def wait(self) -> None:
        """The window closes: let a running accept finish its transaction, then tell no one."""
        self._closing = True
        if self._runner is not None:
            self._runner.worker.quit()
            self._runner.worker.wait()
