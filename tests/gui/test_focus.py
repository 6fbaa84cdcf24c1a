"""Where the keyboard is: every key a reviewer presses is sent to the window, as a keyboard would."""

from __future__ import annotations

from gui_helpers import focused, press, statuses
from PySide6.QtCore import Qt


def test_keys_keep_working_after_a_record_with_comparisons(window, check):
    # The first record has a comparison, the second none: clearing the comparison rows must not take the
    # focus away from the window (a removed row once became a window of its own for a moment).
    press(window, Qt.Key.Key_Y, text="y")
    assert focused() == "record_table"
    press(window, Qt.Key.Key_Y, text="y")
    assert statuses(check(), "budget") == ["confirmed", "confirmed", "pending"]
