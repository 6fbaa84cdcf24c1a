"""Check that the checks a database holds read the same as a saved baseline.

Usage: checks_same.py DB [--save] [--baseline FILE]

Speed work on the checks must not change a verdict: this digests, in full,
what a reviewer and an analyst see of them: every record's failed checks as
the record table's icon and the exports read them (with its rules and
risk), the lines of ``chitieu check --json``, the counts ``chitieu stats``
prints, and the JSON Lines export of every record.  ``--save`` with the old
code, then compare with the new on the same file (after ``chitieu check
--full``, say).  Prints one line per digest; exits 1 when one differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.digests import save_or_compare
from desktop.export import export
from desktop.services.checks import flags
from desktop.store.check_columns import ALL_CHECKS, flagged_count, rule_counts
from desktop.store.details import JOINED


def _digest(lines) -> str:
    digest, count = hashlib.sha256(), 0
    for line in lines:
        digest.update(line.encode())
        digest.update(b"\n")
        count += 1
    return f"{count} lines, sha256 {digest.hexdigest()}"


def digests(db: Path) -> dict[str, str]:
    out = {}
    with tempfile.TemporaryDirectory(prefix="chitieu-checks-same-") as folder:
        path = Path(folder) / "all.jsonl"
        report = export(db, path, "jsonl", "all")
        out["export jsonl --status all"] = f"{report.records} records, " + _digest(
            path.read_text(encoding="utf-8").splitlines()
        )
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            f"SELECT r.id, {ALL_CHECKS.format(t='d.')}, r.rules, r.risk FROM {JOINED} ORDER BY r.id"
        )
        out["stored checks, rules, risk"] = _digest(json.dumps(list(row), ensure_ascii=False) for row in rows)
        out["chitieu check --json"] = _digest(
            json.dumps(flag.to_dict(), ensure_ascii=False) for flag in flags(conn)
        )
        out["chitieu stats"] = json.dumps({"flagged": flagged_count(conn), "rules": rule_counts(conn)})
    finally:
        conn.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="checks_same.py", description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--save", action="store_true", help="write the baseline instead of comparing")
    parser.add_argument("--baseline", type=Path, default=Path("/tmp/checks_baseline.json"))
    args = parser.parse_args(argv)
    return save_or_compare(digests(args.db), args.baseline, args.save, "digests")


if __name__ == "__main__":
    sys.exit(main())
