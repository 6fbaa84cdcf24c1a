"""Review in the real window, offscreen, acknowledging each decision: the GUI process the crash tests kill.

``python gui_driver.py DB SEED REVIEWER`` builds the window with
``create_main_window`` and, until killed, triggers the reviewer's actions
(confirm, reject, undo, redo, next record, next article) in a seeded random
order.  It prints, flushed:

* ``ACK <record_id> <status>`` after a confirm or reject the window shows as
  saved: the record's row in the table has the new status, this reviewer and
  a new decision time (the table shows the row the store wrote);
* ``TOLD <record_id>`` when the window asked about, or said why it refused,
  a record another window or process changed: the window's questions are
  answered yes or no at random, its messages closed;
* ``SEEN <record_id>`` when the reviewer decided on a record the window
  showed as another reviewer's decision: overwriting that is an informed
  choice, not a lost decision.

Settings go to a temporary folder.
"""

from __future__ import annotations

import os
import random
import re
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import application, create_main_window

ACTIONS = (
    "action_confirm",
    "action_confirm",
    "action_reject",
    "action_undo",
    "action_redo",
    "action_next_record",
    "action_next_article",
    "action_prev_article",
)
#: The decision each action makes, as the event log names it.
DECISIONS = {"action_confirm": "confirmed", "action_reject": "rejected"}
RECORD = re.compile(r"Record (\d+)")


def main(db: str, seed: int, reviewer: str) -> None:
    settings = tempfile.mkdtemp(prefix="chitieu-gui-driver-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    app = application()
    window = create_main_window(Path(db), reviewer=reviewer)
    window.show()
    app.processEvents()
    rng = random.Random(seed)
    answers = QTimer()
    answers.timeout.connect(lambda: answer(window, rng))
    answers.start(5)
    print("READY", flush=True)
    sys.stdin.readline()
    while True:
        name = rng.choice(ACTIONS)
        action = window.findChild(QAction, name)
        if not action.isEnabled():
            continue
        shown = window.current_row()
        if name in DECISIONS and shown is not None and shown.reviewer not in (None, reviewer):
            print(f"SEEN {shown.id}", flush=True)
        action.trigger()
        app.processEvents()
        answer(window, rng)
        if name in DECISIONS and shown is not None:
            acknowledge(window, shown, DECISIONS[name], reviewer)


def answer(window, rng: random.Random) -> None:
    """Answer the window's question about a changed record at random; close its messages."""
    question = QApplication.activeModalWidget()
    if isinstance(question, QMessageBox) and question.objectName() == "conflict_question":
        told(question.text())
        question.button(rng.choice([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])).click()
    for box in window.findChildren(QMessageBox, "problem_message"):
        if box.isVisible():
            told(box.informativeText())  # the why, naming the record; the text only says nothing was saved
            box.close()


def told(text: str) -> None:
    for record_id in RECORD.findall(text):
        print(f"TOLD {record_id}", flush=True)


def acknowledge(window, shown, status: str, reviewer: str) -> None:
    """Print ``ACK`` when the window shows this reviewer's new decision on the record it was on."""
    row = window.records.row_of(shown.id)
    now = window.records.stored(row) if row is not None else None
    if now is None or now.decided_at == shown.decided_at:
        return
    if (now.status, now.reviewer) == (status, reviewer):
        print(f"ACK {shown.id} {status}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
