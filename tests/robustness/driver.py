"""Record decisions in a loop and acknowledge each one: the process the crash tests kill.

``python driver.py DB SEED REVIEWER [COUNT [PAUSE_MS [PEER]]]`` decides random records of DB
(confirm, reject, correct, reopen: whichever the record's status allows) and
prints ``ACK <record_id> <status>`` after each ``decide()`` returns, flushed:
a line on stdout is a decision the user was told is saved.  A record another
driver changed between reading and deciding is refused by the store
(``Changed``); the driver then picks another one, as a reviewer would.
Without COUNT it runs until killed.  It prints ``READY`` once the store is
open and starts on a line from stdin, so that two drivers can be started
together; PAUSE_MS between decisions (a reviewer's think time) lets them
take turns at the write lock.  With PEER, after its first decision it waits (up to a minute) until PEER
has decided once too: on a loaded machine one driver could otherwise finish before the other starts,
and the two would never write side by side.
"""

from __future__ import annotations

import random
import sys
import time
from itertools import count

from desktop.core.records import TRANSITIONS
from desktop.store import Changed, Store

#: How long a driver waits for its peer's first decision, and how often it looks.
PEER_WAIT_S, PEER_POLL_S = 60.0, 0.005


def wait_for(store: Store, peer: str) -> None:
    """Return once ``peer`` has logged a decision (or after :data:`PEER_WAIT_S`)."""
    deadline = time.monotonic() + PEER_WAIT_S
    while time.monotonic() < deadline:
        if store.conn.execute("SELECT 1 FROM events WHERE reviewer = ? LIMIT 1", (peer,)).fetchone():
            return
        time.sleep(PEER_POLL_S)


def main(db: str, seed: int, reviewer: str, limit: int | None, pause_ms: float, peer: str | None) -> None:
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
        if made == 1 and peer:
            wait_for(store, peer)
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
        args[5] if len(args) > 5 else None,
    )
