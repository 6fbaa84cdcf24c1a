"""Issue 4.1 through the real window: SIGKILL a reviewing GUI process; every acknowledged decision is kept."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import decisions_logged, integrity, log_disagreements
from .procs import REPO, go, kill, parse_acks, read_until_acks, wait_ready

DRIVER = Path(__file__).with_name("gui_driver.py")
ROUNDS = 3


def review_then_kill(
    db: Path, seed: int, reviewer: str, wanted: int, rng: random.Random
) -> list[tuple[int, str]]:
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), str(db), str(seed), reviewer],
        cwd=REPO,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    wait_ready(proc)
    go(proc)
    lines = read_until_acks(proc, wanted)
    time.sleep(rng.uniform(0, 0.05))
    rest = kill(proc)
    assert proc.returncode == -signal.SIGKILL, "the window's process ended before it was killed"
    return parse_acks(lines + rest)


@pytest.mark.slow
def test_killing_the_window_loses_no_acknowledged_decision(seeded: tuple[Path, list[int]]) -> None:
    db, _ = seeded
    rng = random.Random(7)
    for round_no in range(ROUNDS):
        reviewer = f"window-{round_no}"
        acked = review_then_kill(db, rng.randrange(10**6), reviewer, rng.randint(1, 25), rng)
        logged = decisions_logged(db, reviewer, ("confirm", "reject"))  # undo events are the window's own
        assert acked, "the window made no decision before it was killed"
        assert logged[: len(acked)] == acked, f"round {round_no}: an acknowledged decision is missing"
        assert len(logged) <= len(acked) + 1
    assert integrity(db) == "ok"
    assert log_disagreements(db) == []
