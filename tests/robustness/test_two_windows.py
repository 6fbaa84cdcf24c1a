"""Issue 11, the crash suite extended: two reviewers in two real windows, an import beside them, then SIGKILL.

Two ``gui_driver.py`` processes review the same article (so they keep
deciding on the same records) while ``chitieu import`` adds a corpus to the
same file; then both windows are killed.  Afterwards:

* every decision a window acknowledged is in the event log, in order;
* no decision of one reviewer was overwritten by the other unless the
  overwriting window had told its reviewer (a question or a message) or
  showed the record as the other's decision; an undo never overwrites the
  other reviewer's decision;
* the import finished, the file passes ``PRAGMA integrity_check``, and
  every record's status is the ``after`` of its latest event.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus

from .conftest import decisions_logged, integrity, log_disagreements, seed
from .procs import REPO, go, kill, parse_acks, read_until_acks, wait_ready

DRIVER = Path(__file__).with_name("gui_driver.py")
REVIEWERS = ("alice", "bob")
ACKS = 25
IMPORTED = 60


def start_window(db: Path, seed_value: int, reviewer: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(DRIVER), str(db), str(seed_value), reviewer],
        cwd=REPO,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )


def marked(lines: list[str], *kinds: str) -> set[int]:
    """Record ids of the driver's ``TOLD``/``SEEN`` lines."""
    return {int(line.split()[1]) for line in lines if line.split()[:1] and line.split()[0] in kinds}


def overwrites(db: Path) -> list[tuple[str, str, int, str]]:
    """``(reviewer, action, record, other reviewer)`` of each event replacing another reviewer's decision."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT reviewer, action, record_id, before FROM events "
            "WHERE reviewer IN (?, ?) AND before IS NOT NULL ORDER BY id",
            REVIEWERS,
        ).fetchall()
    finally:
        conn.close()
    found = []
    for reviewer, action, record_id, before in rows:
        previous = json.loads(before)
        if previous["reviewer"] not in (None, reviewer) and previous["status"] != "pending":
            found.append((reviewer, action, record_id, previous["reviewer"]))
    return found


@pytest.mark.slow
def test_two_windows_and_an_import_lose_and_overwrite_nothing_silently(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    seed(db, articles=1, per_article=12)
    corpus = tmp_path / "incoming"
    write_corpus(IMPORTED, corpus, seed=5)
    (corpus / "answers.jsonl").unlink()
    same_steps = random.Random(11).randrange(10**6)  # both start on the same record and take the same steps
    windows = {name: start_window(db, same_steps, name) for name in REVIEWERS}
    for proc in windows.values():
        wait_ready(proc)
    importing = subprocess.Popen(
        [sys.executable, "-m", "desktop", "import", str(corpus), "--db", str(db), "--workers", "1"],
        cwd=REPO,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    for proc in windows.values():
        go(proc)
    lines = {name: read_until_acks(proc, ACKS) for name, proc in windows.items()}
    imported_out, imported_err = importing.communicate(timeout=300)
    for name, proc in windows.items():
        lines[name] += kill(proc)
        assert proc.returncode == -signal.SIGKILL, f"{name}'s window ended before it was killed"

    silent = [
        (reviewer, action, record_id, other)
        for reviewer, action, record_id, other in overwrites(db)
        if action == "undo" or record_id not in marked(lines[reviewer], "TOLD", "SEEN")
    ]
    assert silent == [], "a decision was overwritten without its overwriter being told"
    for name in REVIEWERS:
        acked = parse_acks(lines[name])
        logged = decisions_logged(db, name, ("confirm", "reject"))
        assert len(acked) >= ACKS, f"{name}'s window stopped deciding"
        assert logged[: len(acked)] == acked, f"an acknowledged decision of {name} is missing"
        assert len(logged) <= len(acked) + 1
    assert importing.returncode == 0, imported_err
    assert f"{IMPORTED} new" in imported_out
    met = overwrites(db) or any(marked(lines[name], "TOLD") for name in REVIEWERS)
    assert met, "the windows never decided on each other's records: this proved nothing"
    assert integrity(db) == "ok"
    assert log_disagreements(db) == []
