"""Running the real ``chitieu`` command in a subprocess, as a user does."""

from __future__ import annotations

import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from .procs import REPO


def chitieu(*args: str | Path, file_size_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m desktop ARGS``; ``file_size_limit`` makes the kernel refuse bigger files (a full disk)."""
    preexec: Callable[[], None] | None = None
    if file_size_limit is not None:

        def preexec() -> None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        preexec_fn=preexec,
        timeout=120,
    )


def one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    """The message of a failed command, after checking it failed the way the CLI promises."""
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("chitieu: error: ")
    return lines[0].removeprefix("chitieu: error: ")
