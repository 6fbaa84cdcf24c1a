"""Record decisions in a loop and acknowledge each one: the process the crash tests kill.

``python driver.py DB SEED REVIEWER [COUNT [PAUSE_MS]]`` decides random records of DB
(confirm, reject, correct, reopen) and prints ``ACK <record_id> <status>``
after each ``decide()`` returns, flushed: a line on stdout is a decision the
user was told is saved.  Without COUNT it runs until killed.  It prints
``READY`` once the store is open and starts on a line from stdin, so that
two drivers can be started together; PAUSE_MS between decisions (a
reviewer's think time) lets them take turns at the write lock.
"""

from __future__ import annotations

import random
import sys
import time
from itertools import count

from desktop.store import Store

STATUSES = ("confirmed", "rejected", "corrected", "pending")


def main(db: str, seed: int, reviewer: str, limit: int | None, pause_ms: float) -> None:
    rng = random.Random(seed)
    store = Store(db)
    ids = [r[0] for r in store.conn.execute("SELECT id FROM records ORDER BY id")]
    print("READY", flush=True)
    sys.stdin.readline()
    for step in count():
        if limit is not None and step >= limit:
            break
        record_id, status = rng.choice(ids), rng.choice(STATUSES)
        corrected = None
        if status == "corrected":
            corrected = store.record(record_id).record.with_changes(indicator=f"{reviewer} sửa {step}")
        store.decide(record_id, status, reviewer, record=corrected)
        print(f"ACK {record_id} {status}", flush=True)
        time.sleep(pause_ms / 1000)
    store.close()


if __name__ == "__main__":
    args = sys.argv[1:]
    main(args[0], int(args[1]), args[2], int(args[3]) if len(args) > 3 else None,
         float(args[4]) if len(args) > 4 else 0)
