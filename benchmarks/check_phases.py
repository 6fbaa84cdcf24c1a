"""Where a full check's CPU goes, phase by phase and process by process (issue 13).

Usage: check_phases.py DB [--workers N]

Runs :func:`desktop.services.checks.check_store` on DB (it is changed: run it on a
copy) and prints, for each phase (the article pass, the fact pass, the
fingerprints with the facts stored beside them, the rest), its wall time and the
CPU time of this process and of each worker.  The machine is shared, so wall
time says as much about the neighbours as about the code; what the CPU figures
show is how the work is split: a phase whose workers' CPU differ leaves a core
idle for the difference, whatever the load.  A script that prints figures, not
a test: nothing here asserts a duration.

The phases are told apart by wrapping two functions of the service (its batch
runner and the storing of the facts), so the figures are of the service's own code
path; the CPU of each process is read from ``/proc`` (Linux) every 0.2 s and at
each phase's edge.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.services import checks
from desktop.store import Store

_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as listed:
                found += [int(child) for child in listed.read().split()]
    except OSError:
        pass
    return found


def _cpu(pid: int) -> float | None:
    """User and system CPU seconds of a live process (None: gone or unreadable)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rpartition(")")[2].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _TICKS


class Clock:
    """The CPU of this process and its descendants, the last figure of each kept when it exits."""

    def __init__(self) -> None:
        self.seen: dict[int, float] = {}
        self.marks: list[tuple[str, float, dict[int, float]]] = []
        self._stop = threading.Event()

    def sample(self) -> dict[int, float]:
        todo, found = [os.getpid()], set()
        while todo:
            pid = todo.pop()
            found.add(pid)
            todo += _children(pid)
        for pid in found:
            cpu = _cpu(pid)
            if cpu is not None:
                self.seen[pid] = cpu
        return dict(self.seen)

    def mark(self, name: str) -> None:
        self.marks.append((name, time.monotonic(), self.sample()))

    def start(self) -> None:
        def poll() -> None:
            while not self._stop.wait(0.2):
                self.sample()

        threading.Thread(target=poll, daemon=True).start()

    def stop(self) -> None:
        self._stop.set()

    def phases(self) -> Iterator[tuple[str, float, list[float]]]:
        """``(phase, wall seconds, CPU seconds of each process, this one first)`` between marks."""
        me = os.getpid()
        for (name, began, before), (_, ended, after) in pairwise(self.marks):
            spent = {pid: after.get(pid, 0.0) - before.get(pid, 0.0) for pid in after}
            others = sorted(cpu for pid, cpu in spent.items() if pid != me and cpu >= 0.01)
            yield name, ended - began, [spent.get(me, 0.0), *others]


def instrument(clock: Clock) -> None:
    """Mark each phase of :func:`checks.check_store` by wrapping its batch runner and the facts' storing."""
    run = checks._run
    remember = checks.check_prints.remember_all_facts
    names = {
        checks._article_changes: "article pass",
        checks._fact_changes: "fact pass",
        checks._article_prints: "fingerprints",
    }

    def marked_run(*args: Any) -> Iterator[Any]:
        clock.mark(names.get(args[3], args[3].__name__))
        yield from run(*args)
        clock.mark("rest")

    def marked_remember(*args: Any) -> Any:
        clock.mark("fingerprints, the facts stored beside them")
        result = remember(*args)
        clock.mark("fingerprints")
        return result

    checks._run = marked_run  # type: ignore[assignment]
    checks.check_prints.remember_all_facts = marked_remember  # type: ignore[assignment]


def report(clock: Clock, workers: int, out: Callable[[str], None] = print) -> None:
    """Each phase, then the phases summed; a phase's idle core is the difference between its busiest and
    least busy worker (the ``workers`` processes that spent the most: the fork server spends little)."""
    totals: dict[str, list[float]] = {}
    for name, wall, cpus in clock.phases():
        total = totals.setdefault(name, [0.0, 0.0, 0.0])
        busiest = sorted(cpus[1:])[-workers:]
        total[0] += wall
        total[1] += sum(cpus)
        total[2] += busiest[-1] - busiest[0] if workers > 1 and len(busiest) == workers else 0.0
        shown = " ".join(f"{cpu:.2f}" for cpu in cpus)
        out(f"{name:<45} {wall:8.2f} s wall {sum(cpus):8.2f} s CPU (this process first: {shown})")
    out("by phase: wall, CPU, the workers' difference (a core idle for it)")
    for name, (wall, cpu, spread) in totals.items():
        out(f"  {name:<43} {wall:8.2f} {cpu:8.2f} {spread:8.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args(argv)
    clock = Clock()
    instrument(clock)
    clock.start()
    store = Store(args.db)
    try:
        clock.mark("start")
        found = checks.check_store(store, workers=args.workers)
        clock.mark("end")
    finally:
        store.close()
        clock.stop()
    report(clock, args.workers or os.cpu_count() or 1)
    print(found, f"load {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
