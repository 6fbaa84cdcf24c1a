"""The window's second and third views: the dataset, and the conflicts of a team review.

:func:`install` puts the review splitter, the dataset view and the conflicts
view in tabs, adds their actions (listed in the help dialog like every
other) and a *Team* menu, so that the review window itself needs one call.
The dataset and conflicts views read the store when their tab is first
shown and after decisions, never while the reviewer works in the review tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QTabWidget, QVBoxLayout

from desktop.core.taxonomy import Taxonomy
from desktop.gui.actions import key_sequence
from desktop.gui.adjudication_view import AdjudicationView
from desktop.gui.dataset_view import DatasetView
from desktop.gui.layout_stop import LayoutStop

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow  # which installs the tabs: imported for types only

REVIEW_TAB, DATASET_TAB, CONFLICTS_TAB = 0, 1, 2


def team_actions() -> list[tuple[str, str, str]]:
    """(object name, text, key) of the actions this module adds."""
    return [
        ("action_show_review", QCoreApplication.translate("Actions", "Show the review"), "Ctrl+1"),
        (
            "action_show_dataset",
            QCoreApplication.translate("Actions", "Show the dataset table and chart"),
            "Ctrl+2",
        ),
        (
            "action_show_conflicts",
            QCoreApplication.translate("Actions", "Show the conflicts to adjudicate"),
            "Ctrl+3",
        ),
        ("action_agreement", QCoreApplication.translate("Actions", "Agreement report…"), "Ctrl+Shift+A"),
    ]


class TeamTabs:
    """Owns the tabs and the two views; the main window keeps a reference as ``window.team``."""

    def __init__(self, window: MainWindow, taxonomy: Taxonomy) -> None:
        self.window = window
        self.tabs = QTabWidget(objectName="main_tabs")
        self.tabs.setDocumentMode(True)
        window.takeCentralWidget()  # the review splitter becomes the first tab
        self.dataset = DatasetView(window.store, taxonomy)
        self.conflicts = AdjudicationView(window.session, taxonomy)
        self.tabs.addTab(LayoutStop(window.splitter), QCoreApplication.translate("Tabs", "Review"))
        self.tabs.addTab(self.dataset, QCoreApplication.translate("Tabs", "Dataset"))
        self.tabs.addTab(self.conflicts, QCoreApplication.translate("Tabs", "Conflicts"))
        window.setCentralWidget(self.tabs)
        self._stale = {DATASET_TAB: True, CONFLICTS_TAB: True}
        self.tabs.currentChanged.connect(self._shown)
        self.tabs.currentChanged.connect(self._focus)
        self.tabs.currentChanged.connect(lambda _index: window.update_actions())  # see reviewing()
        self.dataset.record_requested.connect(self.open_record)
        self.conflicts.record_requested.connect(self.open_record)
        self.conflicts.article_requested.connect(self.open_article)
        self.conflicts.year_changed.connect(self._year_adjudicated)
        self.conflicts.agreement_requested.connect(self.show_agreement)
        window.session.applied.connect(self._store_changed)
        window.session.restored.connect(self._store_changed)
        window.article_year.changed.connect(self._store_changed)  # Alt+Y moves periods, settles no conflict
        window.store_state_changed.connect(self.conflicts.show_store_state)
        self._add_actions()

    def _add_actions(self) -> None:
        handlers = {
            "action_show_review": lambda: self.tabs.setCurrentIndex(REVIEW_TAB),
            "action_show_dataset": lambda: self.tabs.setCurrentIndex(DATASET_TAB),
            "action_show_conflicts": lambda: self.tabs.setCurrentIndex(CONFLICTS_TAB),
            "action_agreement": self.show_agreement,
        }
        menu = self.window.menuBar().addMenu(QCoreApplication.translate("Menus", "&Team"))
        for name, text, key in team_actions():
            action = QAction(text, self.window, objectName=name)
            action.setShortcut(key_sequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handlers[name])
            self.window.addAction(action)
            self.window.actions_by_name[name] = action
            menu.addAction(action)
        copy = self.dataset.copy_action  # a key of the dataset table alone: Ctrl+C copies text elsewhere
        self.window.actions_by_name[copy.objectName()] = copy

    def _shown(self, index: int) -> None:
        if self._stale.get(index):
            self._stale[index] = False
            if index == DATASET_TAB:
                self.dataset.load()
            else:
                self.conflicts.load()

    def reviewing(self) -> bool:
        """Whether the review tab is shown: the actions on its record are off in the other tabs."""
        return self.tabs.currentIndex() == REVIEW_TAB

    def _focus(self, index: int) -> None:
        """The dataset's table takes the keys: Qt gave them to the indicator filter, where Down filtered."""
        if index == DATASET_TAB:
            self.dataset.table.setFocus()

    def _store_changed(self, _decision: object) -> None:
        """A decision anywhere makes the other views stale; the one on screen re-reads at once."""
        for index in self._stale:
            self._stale[index] = True
        current = self.tabs.currentIndex()
        if current == DATASET_TAB:
            self._shown(current)

    def _year_adjudicated(self, article_id: int) -> None:
        """An article's year was adjudicated (or undone): the review tab shows it with its new year and
        periods, as after Alt+Y, while the conflicts tab keeps the keys."""
        focused = self.window.focusWidget()
        self.window.article_year.changed.emit(article_id)
        if focused is not None and self.tabs.currentIndex() == CONFLICTS_TAB:
            focused.setFocus()

    def open_article(self, article_id: int) -> None:
        """Show an article in the review tab (one whose year is disputed)."""
        self.tabs.setCurrentIndex(REVIEW_TAB)
        self.window.show_article(article_id)
        self.window.record_table.setFocus()

    def open_record(self, article_id: int, record_id: int) -> None:
        """Show a record in its article in the review tab."""
        self.tabs.setCurrentIndex(REVIEW_TAB)
        self.window.show_article(article_id, record_id)
        self.window.record_table.setFocus()

    def show_agreement(self) -> None:
        from desktop.gui.agreement_text import agreement_text
        from desktop.services.agreement import compute

        dialog = QDialog(self.window, objectName="agreement_dialog")
        dialog.setWindowTitle(QCoreApplication.translate("Team", "Agreement between reviewers"))
        text = QPlainTextEdit(objectName="agreement_text", readOnly=True)
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        text.setPlainText(agreement_text(compute(self.window.store.conn)))  # monospaced by app.qss
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(820, 420)
        dialog.open()
        self.agreement_dialog = dialog


def install(window: MainWindow, taxonomy: Taxonomy) -> TeamTabs:
    return TeamTabs(window, taxonomy)
