"""Issue 11.8: the workers of an import die with it.

A SIGKILL-ed import cannot shut its process pool down; a worker in the middle
of a long task would finish it for nobody (45 s were seen), holding a core
and the file.  Workers watch their parent and leave when it is gone.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .procs import REPO

SEEDS = sorted((REPO / "seeds").glob("*.txt"))


def children_of() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return tree


def descendants(pid: int) -> set[int]:
    tree, found, todo = children_of(), set(), [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
def test_killing_an_import_ends_its_workers(tmp_path: Path) -> None:
    source = tmp_path / "many.jsonl"
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    with source.open("w", encoding="utf-8") as fh:
        for n in range(3000):  # minutes of extraction: far more than the test waits
            fh.write(
                json.dumps(
                    {"id": f"a{n}", "text": f"{texts[n % len(texts)]}\nBài số {n}."}, ensure_ascii=False
                )
                + "\n"
            )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop",
            "import",
            str(source),
            "--db",
            str(tmp_path / "c.db"),
            "--workers",
            "2",
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while len(workers := {p for p in descendants(proc.pid) if alive(p)}) < 2 and proc.poll() is None:
            time.sleep(0.1)  # two workers, forked by the import itself (a fork server's would be three)
        assert len(workers) >= 2, "the import did not start its workers"
        time.sleep(1)  # let them get into their tasks
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)

    deadline = time.monotonic() + 10
    while any(alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(p) for p in workers), "workers kept running after their import was killed"
