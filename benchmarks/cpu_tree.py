"""The CPU time of a command and of every process it starts, however deep: ``cpu_tree.py -- CMD ...``.

``/usr/bin/time`` and ``os.times()`` count only the children a process waited
for.  An import's workers are children of multiprocessing's fork server,
which nobody waits for once the importer exits, so their CPU time vanished
from both: a pooled import looked almost free.  Here this process makes
itself the *child subreaper* (Linux ``prctl``): orphaned descendants are
handed to it, it waits for each, and the kernel adds their time to its
children's.  Prints one JSON line: CPU seconds (user + system), wall
seconds, the load average before and after, and the command's exit code;
the command's own output goes to stderr.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> None:
    """Adopt orphaned descendants (Linux only; elsewhere their time is not counted, as before)."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _reap_all() -> None:
    """Wait for every adopted descendant, so that its time is counted."""
    while True:
        try:
            os.wait()
        except ChildProcessError:
            return


def measure(command: list[str], *, cwd: Path | None = None, capture: bool = False) -> dict[str, Any]:
    """Run ``command`` and count the CPU of its whole process tree.

    Its stdout goes to our stderr, or with ``capture`` into the result's ``stdout`` (and its stderr too).
    """
    become_subreaper()
    load_before = os.getloadavg()[0]
    cpu, started = _children_cpu(), time.perf_counter()
    output = subprocess.PIPE if capture else sys.stderr
    proc = subprocess.run(
        command, cwd=cwd, stdout=output, stderr=output if capture else None, text=True, check=False
    )
    _reap_all()
    result = {
        "cpu_seconds": round(_children_cpu() - cpu, 3),
        "seconds": round(time.perf_counter() - started, 3),
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
        "returncode": proc.returncode,
    }
    if capture:
        result.update(stdout=proc.stdout, stderr=proc.stderr)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cpu_tree.py", description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command, after --")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to measure after --")
    print(json.dumps(measure(command)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
