"""Waiting for the window's background work as a reviewer does: until it is over, however slow the machine.

A wait with a time limit (``qtbot.waitUntil(..., timeout=20000)``) fails a
test that is right whenever the machine is busy enough: on a shared 2-core
machine an import that takes a second of CPU can take half a minute.  These
waits end on the signal the window itself gives when the work is over, so
they have no limit: the work always ends (a worker reports its result or
its failure), and a test checks what it left behind.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SignalInstance


def wait_while(qtbot, busy: Callable[[], bool], changed: SignalInstance) -> None:
    """Return once ``busy()`` is False, looking again each time ``changed`` is emitted.

    No event is processed between the look and the wait, so the signal that
    ends the work cannot come in between and be missed.
    """
    while busy():
        with qtbot.waitSignal(changed, timeout=None):
            pass


def wait_for_transfer(qtbot, window) -> None:
    """Wait until the window's import or export is over, its report and messages shown."""
    wait_while(qtbot, window.transfers.busy, window.transfers.busy_changed)
