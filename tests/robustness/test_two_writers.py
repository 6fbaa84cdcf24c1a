"""Issue 4.2: two processes deciding on one database while a reader reads.

WAL lets them work side by side; ``busy_timeout`` makes a writer wait for
the other's transaction; a lock held longer than that is reported as "in
use", never as a traceback or a lost decision.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from itertools import pairwise
from pathlib import Path

import pytest

from desktop.core.errors import InputError
from desktop.store import Store, db

from .conftest import decisions_logged, integrity, log_disagreements
from .procs import go, parse_acks, start_driver, wait_ready

DECISIONS = 120
HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE meta SET value = value WHERE key = 'session'")
print("LOCKED", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def read_meanwhile(db_path: Path, stop: threading.Event, problems: list[str]) -> None:
    """What a second window or an export does: read everything, repeatedly, read-only."""
    with Store(db_path, readonly=True) as reader:
        while not stop.is_set():
            decided, total = reader.progress()
            if not 0 <= decided <= total:
                problems.append(f"progress {decided}/{total}")
            for summary in reader.article_summaries():
                if len(reader.records(summary.id)) != summary.n_records:
                    problems.append(f"article {summary.id}: counts disagree with its records")


@pytest.mark.slow
def test_two_writers_and_a_reader_lose_nothing(seeded: tuple[Path, list[int]]) -> None:
    db_path, _ = seeded
    stop, problems = threading.Event(), []
    reader = threading.Thread(target=read_meanwhile, args=(db_path, stop, problems))
    reader.start()
    # each waits after its first decision for the other's: the two logs then interleave however the
    # machine schedules them (a loaded CI runner once let one finish before the other began)
    procs = {
        name: start_driver(db_path, seed, name, DECISIONS, pause_ms=1, peer=peer)
        for seed, (name, peer) in enumerate((("alice", "bob"), ("bob", "alice")))
    }
    for proc in procs.values():
        wait_ready(proc)
    for proc in procs.values():
        go(proc)
    outputs = {name: proc.communicate(timeout=120) for name, proc in procs.items()}
    stop.set()
    reader.join()
    for name, (out, err) in outputs.items():
        assert procs[name].returncode == 0, err
        assert decisions_logged(db_path, name) == parse_acks(out.splitlines())
        assert len(parse_acks(out.splitlines())) == DECISIONS
    assert interleavings(db_path) >= 2, "the two writers never overlapped; the test proved nothing"
    assert problems == []
    assert integrity(db_path) == "ok"
    assert log_disagreements(db_path) == []


def hold_write_lock(db_path: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "LOCKED"
    return proc


def test_a_writer_waits_for_the_other_process(store: Store, seeded: tuple[Path, list[int]]) -> None:
    db_path, ids = seeded
    with hold_write_lock(db_path, 0.5) as holder:
        assert store.decide(ids[0], "confirmed", "me").after["status"] == "confirmed"
        holder.wait(timeout=30)
    assert store.record(ids[0]).status == "confirmed"


def test_a_lock_held_too_long_is_reported_as_in_use(
    seeded: tuple[Path, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path, ids = seeded
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    with Store(db_path) as store:
        with hold_write_lock(db_path, 3) as holder:
            try:
                with pytest.raises(InputError, match=r"is in use: another Chitieu window or command"):
                    store.decide(ids[0], "confirmed", "me")
            finally:
                holder.kill()
        assert store.record(ids[0]).status == "pending"
        assert store.events(ids[0]) == []


def interleavings(db_path: Path) -> int:
    """How often the event log switches from one writer to the other."""
    conn = sqlite3.connect(db_path)
    try:
        reviewers = [
            r[0] for r in conn.execute("SELECT reviewer FROM events WHERE reviewer IS NOT NULL ORDER BY id")
        ]
    finally:
        conn.close()
    return sum(a != b for a, b in pairwise(reviewers))
