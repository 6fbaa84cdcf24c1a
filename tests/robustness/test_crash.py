"""Issue 4.1: kill the process that records decisions at random points; nothing acknowledged is lost.

A line ``ACK`` is what the reviewer saw as saved.  After each SIGKILL the
database must hold every acknowledged decision (in order, in the event log),
pass ``PRAGMA integrity_check``, and its records must agree with the log.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from desktop.store import Store
from desktop.store.session_lock import previous_session_crashed

from .conftest import decisions_logged, integrity, log_disagreements
from .procs import go, kill, parse_acks, read_until_acks, start_driver, wait_ready

ROUNDS = 8


def marker_says_crashed(db: Path) -> bool:
    conn = sqlite3.connect(db)
    try:
        return previous_session_crashed(conn)
    finally:
        conn.close()


def kill_at_random(db: Path, rng: random.Random, reviewer: str) -> list[tuple[int, str]]:
    """Run a driver, SIGKILL it after a random number of acknowledgements plus a random delay."""
    proc = start_driver(db, rng.randrange(10**6), reviewer)
    wanted = rng.randint(-3, 40)  # below 0: kill while it is still opening the database
    lines = []
    if wanted >= 0:
        wait_ready(proc)
        go(proc)
        lines = read_until_acks(proc, wanted)
    time.sleep(rng.uniform(0, 0.02))
    rest = kill(proc)
    assert proc.returncode == -signal.SIGKILL, "the driver ended before it was killed"
    return parse_acks(lines + rest)


@pytest.mark.slow
def test_sigkill_loses_no_acknowledged_decision(seeded: tuple[Path, list[int]]) -> None:
    db, _ = seeded
    rng = random.Random(20240404)
    crashes_seen = 0
    for round_no in range(ROUNDS):
        reviewer = f"driver-{round_no}"
        acked = kill_at_random(db, rng, reviewer)
        logged = decisions_logged(db, reviewer)
        assert logged[: len(acked)] == acked, f"round {round_no}: an acknowledged decision is missing"
        assert len(logged) <= len(acked) + 1, "more than the one in-flight decision landed unacknowledged"
        crashes_seen += marker_says_crashed(db)
        with Store(db) as reopened:  # runs quick_check: the marker says the last session died
            assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert crashes_seen >= ROUNDS // 2, "the crash marker did not notice the kills"
    assert integrity(db) == "ok"
    assert log_disagreements(db) == []


def test_clean_close_clears_the_crash_marker(seeded: tuple[Path, list[int]]) -> None:
    db, ids = seeded
    with Store(db) as store:
        store.decide(ids[0], "confirmed", "me")
        assert marker_says_crashed(db), "an open session must leave the marker set"
    assert not marker_says_crashed(db)


def test_marker_survives_while_a_second_session_is_open(seeded: tuple[Path, list[int]]) -> None:
    """The first window closing must not clear the marker of the one still open."""
    db, _ = seeded
    first, second = Store(db), Store(db)
    first.close()
    assert marker_says_crashed(db)
    second.close()
    assert not marker_says_crashed(db)
