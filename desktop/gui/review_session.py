"""The review session: the store, the reviewer and the undo stack, and nothing else.

Every decision goes to the store at once (one transaction, safe from a
crash of the process on return, on the disk a moment later); the session
keeps no decision of its own, so closing the window at any moment loses
nothing.  Each write passes the row the reviewer decided on,
so the store refuses to overwrite what another window or a re-extraction
changed meanwhile (:class:`~desktop.store.Changed`, which :meth:`decide`
and :meth:`decide_many` let through for the window to show and ask about).
After each write the session emits the store's :class:`~desktop.store.Decision`,
and the views show exactly the rows it holds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.core.errors import InputError
from desktop.core.records import Record
from desktop.gui.commands import DecisionCommand
from desktop.gui.problem_text import problem_text
from desktop.store import Changed, Decision, RecordChange, ReviewRow, Store

#: Undo history kept in memory; older steps stay in the store's event log.
UNDO_LIMIT = 1000


class ReviewSession(QObject):
    """Writes decisions through the store and records them for undo."""

    applied = Signal(object)  # the Decision of a decision or an addition
    restored = Signal(object)  # the Decision of an undo or a redo
    refused = Signal(object)  # Changed: an undo or redo found records changed elsewhere
    failed = Signal(str)

    def __init__(self, store: Store, reviewer: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.reviewer = reviewer
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)

    def decide(
        self, seen: ReviewRow, status: str, record: Record | None = None, note: str | None = None
    ) -> Decision | None:
        """Confirm, reject or correct the record the reviewer saw; None (and :attr:`failed`) if refused.

        Raises :class:`~desktop.store.Changed` when the record changed since it was shown.
        """
        texts = {
            "confirmed": self.tr("Confirm record"),
            "rejected": self.tr("Reject record"),
            "corrected": self.tr("Correct record"),
        }
        return self._write(
            texts[status],
            lambda: self.store.decide(seen.id, status, self.reviewer, record=record, note=note, seen=seen),
        )

    def decide_many(self, seen: Sequence[ReviewRow], status: str, text: str | None = None) -> Decision | None:
        """One decision on many records as one transaction and one undoable step (confirm all).

        Raises :class:`~desktop.store.Changed` when any of them changed since it was shown.
        """
        return self._write(
            text or self.tr("Confirm all records of the article"),
            lambda: self.store.decide_many([row.id for row in seen], status, self.reviewer, seen=seen),
        )

    def decide_each(
        self, steps: Sequence[tuple[ReviewRow, str, Record | None]], text: str
    ) -> Decision | None:
        """A decision per record (a field set on several, a comparison moved), one transaction, one undo step.

        Raises :class:`~desktop.store.Changed` when any of them changed since it was shown.
        """
        return self._write(text, lambda: self.store.decide_each(steps, self.reviewer))

    def add(self, article_id: int, record: Record, note: str | None) -> Decision | None:
        """Add a record the machine missed; None if the store refused."""
        return self._write(
            self.tr("Add record"), lambda: self.store.add_record(article_id, record, self.reviewer, note)
        )

    def undo(self, steps: Sequence[RecordChange]) -> bool:
        return self._restore(lambda: self.store.undo(steps, self.reviewer))

    def redo(self, steps: Sequence[RecordChange]) -> bool:
        return self._restore(lambda: self.store.redo(steps, self.reviewer))

    def _write(self, text: str, write: Callable[[], Decision]) -> Decision | None:
        try:
            decision = write()
        except Changed:
            raise
        except InputError as exc:
            self.failed.emit(problem_text(exc))
            return None
        if decision.changes:
            self.undo_stack.push(DecisionCommand(self, decision.changes, text))
            self.applied.emit(decision)
        return decision

    def _restore(self, restore: Callable[[], Decision]) -> bool:
        try:
            decision = restore()
        except Changed as changed:
            self.refused.emit(changed)
            self.failed.emit(problem_text(changed))
            return False
        except InputError as exc:
            self.failed.emit(problem_text(exc))
            return False
        self.restored.emit(decision)
        return True
