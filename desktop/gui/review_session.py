"""The review session: the store, the reviewer and the undo stack, and nothing else.

Every decision goes to the store at once (one transaction, durable on
return); the session keeps no decision of its own, so closing the window at
any moment loses nothing.  After each write it emits :attr:`changed` so the
views re-read what they show.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.core.errors import InputError
from desktop.core.records import Record
from desktop.gui.commands import MacroCommand, RecordCommand
from desktop.store import Store

#: Undo history kept in memory; older steps stay in the store's event log.
UNDO_LIMIT = 1000


class ReviewSession(QObject):
    """Writes decisions through the store and records them for undo."""

    changed = Signal(int, int)  # article id, record id
    failed = Signal(str)

    def __init__(self, store: Store, reviewer: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.reviewer = reviewer
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)

    def decide(self, record_id: int, status: str, record: Record | None = None, note: str | None = None) -> bool:
        """Confirm, reject or correct a record; False (and :attr:`failed`) if the store refused."""
        texts = {"confirmed": self.tr("Confirm record"), "rejected": self.tr("Reject record"),
                 "corrected": self.tr("Correct record")}
        try:
            before = self.store.snapshot(record_id)
            self.store.decide(record_id, status, self.reviewer, record=record, note=note)
        except InputError as exc:
            self.failed.emit(str(exc))
            return False
        after = self.store.snapshot(record_id)
        self.undo_stack.push(RecordCommand(self, record_id, before, after, texts[status]))
        self._announce(after or before)
        return True

    def add(self, article_id: int, record: Record, note: str | None) -> int | None:
        """Add a record the machine missed; its id, or None if the store refused."""
        try:
            stored = self.store.add_record(article_id, record, self.reviewer, note)
        except InputError as exc:
            self.failed.emit(str(exc))
            return None
        after = self.store.snapshot(stored.id)
        self.undo_stack.push(RecordCommand(self, stored.id, None, after, self.tr("Add record")))
        self._announce(after)
        return stored.id

    def confirm_all(self, article_id: int, record_ids: list[int]) -> None:
        """Confirm every given record as one undoable step."""
        macro = MacroCommand(self.tr("Confirm all records of the article"))
        try:
            for record_id in record_ids:
                before = self.store.snapshot(record_id)
                self.store.decide(record_id, "confirmed", self.reviewer)
                macro.add(RecordCommand(self, record_id, before, self.store.snapshot(record_id), ""))
        except InputError as exc:
            self.failed.emit(str(exc))
        if macro.steps:
            self.undo_stack.push(macro)
            self.changed.emit(article_id, record_ids[0])

    def restore(self, record_id: int, snapshot: dict[str, Any] | None, action: str) -> None:
        """Put a record back as a snapshot says (undo/redo), then show it."""
        try:
            current = self.store.snapshot(record_id)
            self.store.restore(record_id, snapshot, self.reviewer, action)
        except InputError as exc:
            self.failed.emit(str(exc))
            return
        self._announce(snapshot or current)

    def _announce(self, snapshot: dict[str, Any] | None) -> None:
        if snapshot is not None:
            self.changed.emit(snapshot["article_id"], snapshot["id"])
