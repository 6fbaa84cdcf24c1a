"""The Qt binding must keep Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``None`` on every call of a
void method and to ``True``/``False`` on every signal emission, so a long review
session ended in ``Fatal Python error: none_dealloc``.  This guards the pin in
pyproject.toml: the counts must not drift over a thousand calls.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

CALLS = 1000


class Emitter(QObject):
    fired = Signal()


def test_void_calls_keep_none_alive(qapp):
    label = QLabel("x")
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("y")
        qapp.processEvents()
    assert abs(sys.getrefcount(None) - before) < CALLS // 10


def test_signal_emission_keeps_booleans_alive(qapp):
    emitter, calls = Emitter(), []
    emitter.fired.connect(lambda: calls.append(1))
    before = sys.getrefcount(False), sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.fired.emit()
    after = sys.getrefcount(False), sys.getrefcount(True)
    assert len(calls) == CALLS
    assert all(abs(a - b) < CALLS // 10 for a, b in zip(after, before, strict=True))
