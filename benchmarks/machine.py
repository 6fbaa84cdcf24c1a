"""What the benchmark ran on: figures mean little without the CPU, the cores and the load beside them."""

from __future__ import annotations

import os
import platform
import sqlite3
from pathlib import Path
from typing import Any


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _memory_gb() -> float | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (AttributeError, ValueError, OSError):
        return None


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except (AttributeError, OSError):
        return "n/a"


def describe() -> dict[str, Any]:
    """CPU, cores, memory, OS, Python and SQLite versions, and the load average now."""
    memory = _memory_gb()
    cores = os.cpu_count() or 1
    summary = (
        f"{_cpu_model()}, {cores} cores, {memory:.0f} GB RAM" if memory else f"{_cpu_model()}, {cores} cores"
    )
    summary += (
        f", {platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
    )
    return {"summary": summary, "cores": cores, "load_before": _load()}
