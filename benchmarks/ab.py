"""Compare one measured step between two checkouts, run alternately: is a speed change real?

Usage: ab.py BEFORE_DIR [--runs N] -- STEP ARGS...

``STEP ARGS`` are those of ``benchmarks/steps.py`` (``export DB OUT --format
jsonl``, ``import DB CORPUS --workers 1``, ``search DB QUERY...``).  Each run
starts a fresh interpreter in BEFORE_DIR (a checkout of the old code, e.g.
``git worktree add`` or ``git archive | tar -x``) and then one in this
checkout, so that a busy machine's load falls on both alike; the medians of
wall and CPU seconds are printed, with the rate per second of each when the
step reports a count.  On a shared machine only the CPU figures are worth
comparing, and only when their spread is smaller than the change.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from statistics import median
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def run_step(checkout: Path, step: list[str]) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "benchmarks/steps.py", *step],
        cwd=checkout,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "CHITIEU_BACKUPS": "0"},
    )
    if proc.returncode != 0:
        raise SystemExit(f"ab.py: the step failed in {checkout}:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def count_of(result: dict[str, Any]) -> int | None:
    return (
        result.get("records") if "records" in result and "articles" not in result else result.get("articles")
    )


def summary(label: str, results: list[dict[str, Any]]) -> str:
    wall = median(r["seconds"] for r in results)
    cpu = median(r["cpu_seconds"] for r in results)
    spread = max(r["cpu_seconds"] for r in results) - min(r["cpu_seconds"] for r in results)
    line = f"{label:>6}: wall {wall:8.3f} s   CPU {cpu:8.3f} s (spread {spread:.3f})"
    count = count_of(results[0])
    if count:
        line += f"   {count / wall:12,.0f}/s wall   {count / max(cpu, 1e-6):12,.0f}/s CPU"
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ab.py", description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="a checkout of the code to compare with")
    parser.add_argument("--runs", type=int, default=5, help="runs of each side (default 5)")
    argv = sys.argv[1:] if argv is None else argv
    if "--" not in argv or argv.index("--") == len(argv) - 1:
        parser.error("give the step after --, e.g. -- export DB OUT --format jsonl")
    split = argv.index("--")
    args = parser.parse_args(argv[:split])
    step = argv[split + 1 :]
    results: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
    for _ in range(args.runs):
        results["before"].append(run_step(args.before, step))
        results["after"].append(run_step(ROOT, step))
    print(f"{' '.join(step)}: median of {args.runs} alternating runs, load average {os.getloadavg()[0]:.1f}")
    for label, found in results.items():
        print(summary(label, found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
