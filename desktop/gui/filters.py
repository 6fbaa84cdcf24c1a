"""The article list's filter bar: review state, locality, year and full-text search."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.gui.keys import on_keys
from desktop.store import Store

#: How long typing must pause before the search runs, so each key does not query the corpus.
SEARCH_DELAY_MS = 250


@dataclass(frozen=True)
class Filters:
    """What the article list shows; empty fields do not filter."""

    state: str | None = None
    locality: str | None = None
    year: int | None = None
    search: str = ""

    def as_query(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "locality": self.locality,
            "year": self.year,
            "search": self.search or None,
        }


class FilterBar(QWidget):
    """Combos and a search box above the article list; emits :attr:`changed` with new :class:`Filters`."""

    changed = Signal(object)
    #: The reviewer left the search box for the records (Enter, Esc) or the article list (Down).
    left = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_bar")
        self.state = QComboBox(objectName="filter_state")
        for label, value in (
            (self.tr("All articles"), None),
            (self.tr("To do"), "todo"),
            (self.tr("In progress"), "progress"),
            (self.tr("Done"), "done"),
        ):
            self.state.addItem(label, value)
        self.locality = QComboBox(objectName="filter_locality")
        self.year = QComboBox(objectName="filter_year")
        self.search = QLineEdit(objectName="search_box")
        self.search.setPlaceholderText(self.tr("Search article text…"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self._layout()
        for combo in (self.state, self.locality, self.year):
            # As narrow as a few letters: a long place name must not widen the whole left pane.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
            combo.currentIndexChanged.connect(self._emit)
        self.search.textChanged.connect(self._timer.start)
        on_keys(
            self.search,
            {
                Qt.Key.Key_Return: lambda: self._leave("records", run=True),
                Qt.Key.Key_Enter: lambda: self._leave("records", run=True),
                Qt.Key.Key_Escape: lambda: self._leave("records"),
                Qt.Key.Key_Down: lambda: self._leave("articles"),
            },
        )

    def _layout(self) -> None:
        combos = QHBoxLayout()
        combos.setContentsMargins(0, 0, 0, 0)
        combos.addWidget(self.state, 3)
        combos.addWidget(self.year, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addLayout(combos)
        column.addWidget(self.locality)

    def load_choices(self, store: Store) -> None:
        """Fill the locality and year combos from the corpus, keeping the current choice."""
        self._refill(self.locality, self.tr("All places"), [(name, name) for name in store.localities()])
        self._refill(self.year, self.tr("All years"), [(str(y), y) for y in store.years()])

    def _refill(self, combo: QComboBox, everything: str, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def filters(self) -> Filters:
        return Filters(
            self.state.currentData(),
            self.locality.currentData(),
            self.year.currentData(),
            self.search.text().strip(),
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _leave(self, where: str, *, run: bool = False) -> None:
        """Run the search (Enter) or one still waiting for its typing pause, then hand the keyboard back."""
        if run or self._timer.isActive():
            self._emit()
        self.left.emit(where)

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.filters())
