"""Record decisions in a loop and acknowledge each one: the process the crash tests kill.

``python driver.py DB SEED REVIEWER [COUNT [PAUSE_MS]]`` decides random records of DB
(confirm, reject, correct, reopen: whichever the record's status allows) and
prints ``ACK <record_id> <status>`` after each ``decide()`` returns, flushed:
a line on stdout is a decision the user was told is saved.  A record another
driver changed between reading and deciding is refused by the store
(``Changed``); the driver then picks another one, as a reviewer would.
Without COUNT it runs until killed.  It prints ``READY`` once the store is
open and starts on a line from stdin, so that two drivers can be started
together; PAUSE_MS between decisions (a reviewer's think time) lets them
take turns at the write lock.
"""

from __future__ import annotations

import random
import sys
import time
from itertools import count

from desktop.core.records import TRANSITIONS
from desktop.store import Changed, Store


def main(db: str, seed: int, reviewer: str, limit: int | None, pause_ms: float) -> None:
    rng = random.Random(seed)
    store = Store(db)
    articles = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY id")]
    print("READY", flush=True)
    sys.stdin.readline()
    made = 0
    for step in count():
        if limit is not None and made >= limit:
            break
        seen = rng.choice(store.review_rows(rng.choice(articles)))
        status = rng.choice(sorted(TRANSITIONS[seen.status]))
        corrected = None
        if status == "corrected":
            corrected = seen.record().with_changes(indicator=f"{reviewer} sửa {step}")
        try:
            store.decide(seen.id, status, reviewer, record=corrected, seen=seen)
        except Changed:
            continue
        made += 1
        print(f"ACK {seen.id} {status}", flush=True)
        time.sleep(pause_ms / 1000)
    store.close()


if __name__ == "__main__":
    args = sys.argv[1:]
    main(
        args[0],
        int(args[1]),
        args[2],
        int(args[3]) if len(args) > 3 else None,
        float(args[4]) if len(args) > 4 else 0,
    )
