"""Review in the real window, offscreen, acknowledging each decision: the GUI process the crash test kills.

``python gui_driver.py DB SEED REVIEWER`` builds the window with
``create_main_window`` and, until killed, triggers the reviewer's actions
(confirm, reject, undo, next record, next article) in a seeded random order.
After a confirm or reject it prints ``ACK <record_id> <status>`` once the
store holds it: that line is what the reviewer saw as saved.  Settings go to a temporary folder.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction

from desktop.app import application, create_main_window

ACTIONS = ("action_confirm", "action_confirm", "action_reject", "action_undo", "action_next_record",
           "action_next_article", "action_prev_article")
#: The decision each action makes, as the event log names it.
DECISIONS = {"action_confirm": "confirmed", "action_reject": "rejected"}


def main(db: str, seed: int, reviewer: str) -> None:
    settings = tempfile.mkdtemp(prefix="chitieu-gui-driver-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    app = application()
    window = create_main_window(Path(db), reviewer=reviewer)
    window.show()
    app.processEvents()
    rng = random.Random(seed)
    print("READY", flush=True)
    sys.stdin.readline()
    while True:
        name = rng.choice(ACTIONS)
        action = window.findChild(QAction, name)
        before = window.current_row()
        if not action.isEnabled():
            continue
        action.trigger()
        app.processEvents()
        if name in DECISIONS and before is not None:
            acknowledge(window, before.id, DECISIONS[name])


def acknowledge(window, record_id: int, status: str) -> None:
    """Print ``ACK`` once the store says the record has the status the action gave it."""
    row = window.store.conn.execute("SELECT status FROM records WHERE id = ?", (record_id,)).fetchone()
    if row is not None and row[0] == status:
        print(f"ACK {record_id} {status}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
