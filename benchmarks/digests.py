"""Named digests saved as a baseline, or compared with one: the end of every ``*_same.py`` check."""

from __future__ import annotations

import json
from pathlib import Path


def save_or_compare(found: dict[str, str], baseline: Path, save: bool, what: str) -> int:
    """Write ``found`` to ``baseline`` (``save``), or print each digest against it; 1 when one differs."""
    if save:
        baseline.write_text(json.dumps(found, indent=1), encoding="utf-8")
        print(f"saved {len(found)} {what} to {baseline}")
        return 0
    saved = json.loads(baseline.read_text(encoding="utf-8"))
    different = [name for name in sorted(set(saved) | set(found)) if saved.get(name) != found.get(name)]
    for name in sorted(found):
        print(f"{'DIFFERENT' if name in different else 'same':>9}  {name}: {found[name]}")
    return 1 if different else 0
