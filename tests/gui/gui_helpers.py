"""Small helpers shared by the GUI tests."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from desktop.store import Store, StoredRecord


def action(window: QMainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def records_of(store: Store, doc: str) -> list[StoredRecord]:
    article_id = next(s.id for s in store.article_summaries() if s.doc == doc)
    return store.records(article_id)


def statuses(store: Store, doc: str) -> list[str]:
    return [r.status for r in records_of(store, doc)]


def current_indicator(window: QMainWindow) -> str:
    row = window.current_row()
    return row.indicator if row else ""
