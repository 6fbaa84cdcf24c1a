"""Run a snippet in a process that file permissions really stop.

CI runs as root, and root ignores ``chmod 444`` through its DAC override
capabilities.  Instead of faking the permission check, the snippet runs in
a child process that, when we are root, drops ``CAP_DAC_OVERRIDE`` and
``CAP_DAC_READ_SEARCH`` from its capability bounding set before ``exec``:
it is still root and can still run the project's Python, but a read-only
file or folder now binds it like any owner.  No mount, no second user.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys

import pytest

from .procs import REPO

PR_CAPBSET_DROP = 24
DAC_CAPABILITIES = (1, 2)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
CANNOT_DROP = 99


def _drop_dac_capabilities() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in DAC_CAPABILITIES:
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            os._exit(CANNOT_DROP)


def run_unprivileged(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    root = sys.platform == "linux" and os.geteuid() == 0
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        preexec_fn=_drop_dac_capabilities if root else None,
        timeout=60,
    )
    if proc.returncode == CANNOT_DROP:
        pytest.skip("cannot drop root's file-permission override here (no CAP_SETPCAP)")
    return proc
