"""Undoable review steps.  Every redo and undo is a call to the store, logged there as a new event.

A command is pushed *after* its store call succeeded (a failed write must
not leave an undo entry behind), so its first ``redo`` -- the one
``QUndoStack.push`` makes -- does nothing.  One command holds every record
one decision changed (confirm all of an article is one step), and undoing
it is one transaction.

The store refuses an undo or a redo when a record is no longer as the step
left it (another window decided it, a re-extraction changed it, an import
reused its id).  Such a step can never apply again, so it marks itself
obsolete and ``QUndoStack`` drops it; the steps below it stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from desktop.store import RecordChange


class Restorer(Protocol):
    """What a command needs from the review session: False when the store refused."""

    def undo(self, steps: Sequence[RecordChange]) -> bool: ...

    def redo(self, steps: Sequence[RecordChange]) -> bool: ...


class DecisionCommand(QUndoCommand):
    """One decision, correction or addition, on one record or many, as the store's before/after rows."""

    def __init__(self, session: Restorer, steps: Sequence[RecordChange], text: str) -> None:
        super().__init__(text)
        self._session = session
        self.steps = tuple(steps)
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if not self._session.redo(self.steps):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._session.undo(self.steps):
            self.setObsolete(True)
