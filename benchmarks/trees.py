"""Run a child process on another checkout's code and shipped files (to compare two trees)."""

from __future__ import annotations

import os
from pathlib import Path

SITE = Path(__file__).resolve().parent / "tree_site"


def tree_env(tree: Path) -> dict[str, str]:
    """The environment of a child process whose ``desktop`` package, taxonomy, gazetteer and seeds are all
    ``tree``'s: its code first on ``PYTHONPATH``, and ``tree_site/sitecustomize.py`` for the shipped files."""
    return {**os.environ, "PYTHONPATH": f"{tree}{os.pathsep}{SITE}", "CHITIEU_TREE": str(tree)}
