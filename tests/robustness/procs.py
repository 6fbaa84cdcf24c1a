"""Starting and reading the driver subprocesses of the crash and concurrency tests."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

DRIVER = Path(__file__).with_name("driver.py")
REPO = Path(__file__).resolve().parents[2]


def start_driver(
    db: Path, seed: int, reviewer: str, limit: int | None = None, pause_ms: float = 0, peer: str | None = None
) -> subprocess.Popen[str]:
    """A driver deciding as ``reviewer``; with ``peer``, it waits after its first decision for the peer's."""
    args = [sys.executable, str(DRIVER), str(db), str(seed), reviewer]
    if limit is not None:
        args += [str(limit), str(pause_ms)]
        if peer is not None:
            args.append(peer)
    return subprocess.Popen(
        args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO
    )


def wait_ready(proc: subprocess.Popen[str]) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "READY", f"the driver did not start: {line!r}"


def go(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write("GO\n")
    proc.stdin.flush()


def parse_acks(lines: list[str]) -> list[tuple[int, str]]:
    acks = []
    for line in lines:
        if line.startswith("ACK "):
            _, record_id, status = line.split()
            acks.append((int(record_id), status))
    return acks


def read_until_acks(proc: subprocess.Popen[str], wanted: int) -> list[str]:
    """Lines from the driver until ``wanted`` acknowledgements were seen (or it ended)."""
    assert proc.stdout is not None
    lines: list[str] = []
    while len(parse_acks(lines)) < wanted:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
    return lines


def kill(proc: subprocess.Popen[str]) -> list[str]:
    """SIGKILL a driver; the lines it printed that were not read yet.

    They are read through the same buffered pipe :func:`read_until_acks`
    reads from: ``communicate()`` reads the file descriptor itself and would
    lose lines the buffer had already taken in (and with them acknowledgements).
    """
    assert proc.stdout is not None
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read().splitlines()
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()
    proc.wait(timeout=30)
    return rest
