"""Check that exports still write exactly the bytes of a saved baseline.

Usage: check_export_same.py DB [--save] [--baseline FILE] [--prepare]

Speed work on the exporters must not change a byte of a correct file; the
export tests only sample the output, so this compares all of it: JSON Lines,
CSV and the tidy CSV, for each ``--status``, as SHA-256 digests (the files
themselves go to a temp folder and are deleted).  ``--prepare`` first gives
a copy of an imported database (``benchmarks/run.py --workdir``) what a
generated corpus lacks: decisions of every kind, and notes, reviewers and
titles holding quotes, commas, line breaks, control characters, formula
starts and characters beyond the BMP; prepare once, then ``--save`` with the
old code and compare with the new, on the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.digests import save_or_compare
from desktop.export import export

#: What reviewers and scrapers type that an encoder can get wrong.
HOSTILE = (
    'say "hi", then\nleave',
    "=SUM(A1:A9)",
    "+84 912",
    "-5",
    "-x",
    "@home",
    "\ttab",
    "\rcr",
    "tab\tinside",
    "a\\b",
    "ctrl\x01\x1f\x7f",
    "emoji 🇻🇳 𝔘",
    "Ðồng",
    "",
    " lead",
    "trail ",
    "u2028\u2028u2029\u2029",
    '""',
    ",",
    "'quoted'",
)
EXPORTS = (("jsonl", False), ("csv", False), ("csv", True))
STATUSES = ("all", "reviewed", "confirmed")


def prepare(db: Path) -> None:
    """Decide every third record (confirm, correct, reject in turn) with hostile notes; hostile titles."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("BEGIN")
        ids = [row[0] for row in conn.execute("SELECT id FROM records ORDER BY id")]
        for n, record_id in enumerate(ids[::3]):
            status = ("confirmed", "corrected", "rejected")[n % 3]
            text = HOSTILE[n % len(HOSTILE)]
            conn.execute(
                "UPDATE records SET status = ?, reviewer = ?, decided_at = ?, note = ?, flag = ?, "
                "indicator = CASE WHEN ? = 'corrected' THEN ? ELSE indicator END WHERE id = ?",
                (
                    status,
                    text or None,
                    f"2024-01-{n % 28 + 1:02d}T08:00:00.000Z",
                    text,
                    HOSTILE[(n + 7) % len(HOSTILE)] or None,
                    status,
                    text,
                    record_id,
                ),
            )
        for n, (article_id,) in enumerate(
            conn.execute("SELECT id FROM articles ORDER BY id").fetchall()[::5]
        ):
            conn.execute(
                "UPDATE articles SET title = ?, url = ? WHERE id = ?",
                (HOSTILE[n % len(HOSTILE)], HOSTILE[(n + 3) % len(HOSTILE)] or None, article_id),
            )
        conn.execute("COMMIT")
    finally:
        conn.close()


def digests(db: Path) -> dict[str, str]:
    out = {}
    with tempfile.TemporaryDirectory(prefix="chitieu-export-same-") as folder:
        for fmt, tidy in EXPORTS:
            for status in STATUSES:
                name = f"{status}{'-tidy' if tidy else ''}.{fmt}"
                path = Path(folder) / name
                report = export(db, path, fmt, status, tidy=tidy)
                data = path.read_bytes()
                out[name] = (
                    f"{report.records} records, {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}"
                )
                path.unlink()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="check_export_same.py", description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--save", action="store_true", help="write the baseline instead of comparing")
    parser.add_argument("--baseline", type=Path, default=Path("/tmp/export_baseline.json"))
    parser.add_argument("--prepare", action="store_true", help="first add decisions and hostile text to DB")
    args = parser.parse_args(argv)
    if args.prepare:
        prepare(args.db)
    return save_or_compare(digests(args.db), args.baseline, args.save, "exports")


if __name__ == "__main__":
    sys.exit(main())
