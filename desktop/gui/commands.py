"""Undoable review steps.  Every redo and undo is a call to the store, logged there as a new event.

A command is pushed *after* its first store call succeeded (a failed write
must not leave an undo entry behind), so its first ``redo`` — the one
``QUndoStack.push`` makes — does nothing.  Later redos and undos put the
record back to the snapshot taken after or before the step, and then show
that record, even when it belongs to another article than the one on screen.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand


class Restorer(Protocol):
    """What a command needs from the review session."""

    def restore(self, record_id: int, snapshot: dict[str, Any] | None, action: str) -> None: ...


class RecordCommand(QUndoCommand):
    """One decision, correction or addition on one record, as before/after snapshots."""

    def __init__(self, session: Restorer, record_id: int, before: dict[str, Any] | None,
                 after: dict[str, Any] | None, text: str) -> None:
        super().__init__(text)
        self._session = session
        self.record_id = record_id
        self._before = before
        self._after = after
        self._skip_redo = True

    def skip_first_redo(self, skip: bool) -> None:
        """Inside a macro, the macro skips the first redo for all its steps."""
        self._skip_redo = skip

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._session.restore(self.record_id, self._after, "redo")

    def undo(self) -> None:
        self._session.restore(self.record_id, self._before, "undo")


class MacroCommand(QUndoCommand):
    """Several record commands undone and redone as one step (confirm all of an article).

    The macro holds its steps in a Python list rather than as Qt child
    commands, so that Python keeps every step's ``undo``/``redo`` alive.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.steps: list[RecordCommand] = []
        self._skip_redo = True

    def add(self, step: RecordCommand) -> None:
        step.skip_first_redo(False)
        self.steps.append(step)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        for step in self.steps:
            step.redo()

    def undo(self) -> None:
        for step in reversed(self.steps):
            step.undo()
