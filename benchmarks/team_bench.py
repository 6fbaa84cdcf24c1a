"""Team review and the dataset view at corpus scale: split, merge of three files, agreement, dataset tab.

Usage: team_bench.py CORPUS.db [--workdir DIR] [--repeat 3] [--reviewers 3] [--overlap 10]

CORPUS.db is an imported corpus (``make_corpus.py 50000 DIR`` then
``chitieu import DIR --db CORPUS.db`` gives 50,000 articles and a million
records); it is copied, never changed.  The copy is split into reviewer files;
each reviewer "decides" every record of their file in bulk SQL, with an event
per decision carrying before/after snapshots as the window writes them, and
with reviewers disagreeing on a few per cent of the overlap.  Then, each in a
fresh process and ``--repeat`` times (median printed): ``chitieu merge`` of the
files into a new file, ``chitieu agreement --json`` on it, and the dataset tab
of the review window on it, offscreen: from the tab being chosen to the
table painted (and, separately, building the window).  Prints a table of
figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from statistics import median

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]
CHITIEU = [sys.executable, "-c", "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"]
NAMES = ("an", "binh", "chi", "dung", "giang", "hoa")


def log(message: str) -> None:
    print(f"[team-bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run(args: list[str]) -> tuple[float, float, str]:
    """Wall time and CPU time (user + system) of a command in a fresh process, and its stdout.

    On a shared machine the wall time also counts waiting for the CPU; the
    CPU time says what the command itself costs.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"team_bench.py: {' '.join(args[2:5])} failed:\n{proc.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, proc.stdout


def record_json(alias: str, status: str) -> str:
    """A record's snapshot as the store logs it, built in SQL."""
    from desktop.core.records import FIELDS

    fields = ", ".join(f"'{c}', {alias}.\"{c}\"" for c in FIELDS)
    return f"json_object('id', {alias}.id, 'article_id', {alias}.article_id, 'status', {status}, {fields})"


def decide_everything(path: Path, reviewer: int, name: str) -> int:
    """Every record of a reviewer file decided, as if in the window: status, fields, one event each.

    Reviewers differ on a few per cent of the records: a reject where others
    confirm, a correction of the period where others confirm.
    """
    status = (
        f"CASE WHEN (id * 7 + {reviewer}) % 31 = 0 THEN 'rejected' "
        f"WHEN (id * 11 + {reviewer}) % 37 = 0 THEN 'corrected' "
        "WHEN id % 29 = 0 THEN 'rejected' ELSE 'confirmed' END"
    )
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        mark = int(conn.execute("SELECT value FROM meta WHERE key = 'event_mark'").fetchone()[0])
        conn.execute("BEGIN")
        conn.execute("CREATE TEMP TABLE before AS SELECT * FROM records")
        conn.execute(
            f"""UPDATE records SET status = {status}, reviewer = ?, decided_at = '2026-01-05T09:00:00.000Z',
                         period = CASE WHEN {status} = 'corrected' THEN '2099' ELSE period END""",
            (name,),
        )
        conn.execute(
            f"""INSERT INTO events (id, at, reviewer, action, article_id, record_id, before, after)
                SELECT ? + r.id, strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-05 08:00:00', '+' || (r.id % 7200) || ' seconds'),
                       ?, CASE r.status WHEN 'confirmed' THEN 'confirm' WHEN 'rejected' THEN 'reject' ELSE 'correct' END,
                       r.article_id, r.id, {record_json("b", "'pending'")}, {record_json("r", "r.status")}
                FROM records r JOIN temp.before b ON b.id = r.id""",
            (mark, name),
        )
        conn.execute("UPDATE articles SET n_pending = 0")
        conn.execute("COMMIT")
        return conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    finally:
        conn.close()


DATASET_PROBE = """
import os, sys, time, json
started = time.perf_counter()
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from desktop.app import create_main_window
window = create_main_window(sys.argv[1], reviewer="bench")
window.resize(1440, 860)
window.show()
QApplication.processEvents()
built = time.perf_counter()
window.team.tabs.setCurrentIndex(1)
QApplication.processEvents()
window.team.dataset.table.viewport().grab()
shown = time.perf_counter()
view = window.team.dataset
print(json.dumps({"window_s": built - started, "dataset_tab_s": shown - built, "rows": len(view.model.rows),
                  "periods": len(view.model.periods)}))
window.close()
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path, metavar="CORPUS.db")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/chitieu-team-bench"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--reviewers", type=int, default=3)
    parser.add_argument("--overlap", type=float, default=10.0)
    args = parser.parse_args(argv)
    if args.workdir.exists():
        shutil.rmtree(args.workdir)
    args.workdir.mkdir(parents=True)
    corpus = args.workdir / "corpus.db"
    log(f"copying {args.corpus}")
    source = sqlite3.connect(f"file:{args.corpus}?mode=ro", uri=True)
    target = sqlite3.connect(corpus)
    source.backup(target)
    source.close()
    target.close()
    names = list(NAMES[: args.reviewers])
    log("splitting")
    split_s, _, split_out = run(
        [
            *CHITIEU,
            "split",
            str(corpus),
            "--reviewers",
            str(args.reviewers),
            "--overlap",
            str(args.overlap),
            "--names",
            ",".join(names),
            "-o",
            str(args.workdir / "team"),
        ]
    )
    files = [args.workdir / "team" / f"{name}.db" for name in names]
    records = 0
    for i, (path, name) in enumerate(zip(files, names, strict=True)):
        log(f"deciding every record of {path.name}")
        records += decide_everything(path, i, name)
    figures: dict[str, list[float]] = {
        "merge_s": [],
        "merge_cpu_s": [],
        "agreement_s": [],
        "window_s": [],
        "dataset_tab_s": [],
    }
    merged = args.workdir / "merged.db"
    summary = ""
    for n in range(args.repeat):
        for leftover in args.workdir.glob("merged.db*"):
            leftover.unlink()
        log(f"merge {n + 1}/{args.repeat}")
        seconds, cpu, summary = run([*CHITIEU, "merge", *map(str, files), "-o", str(merged)])
        figures["merge_s"].append(seconds)
        figures["merge_cpu_s"].append(cpu)
        log(f"agreement {n + 1}/{args.repeat}")
        seconds, _, report = run([*CHITIEU, "agreement", str(merged), "--json"])
        figures["agreement_s"].append(seconds)
        log(f"dataset tab {n + 1}/{args.repeat}")
        _, _, probe = run([sys.executable, "-c", DATASET_PROBE, str(merged)])
        shown = json.loads(probe.strip().splitlines()[-1])
        figures["window_s"].append(shown["window_s"])
        figures["dataset_tab_s"].append(shown["dataset_tab_s"])
    agreement = json.loads(report)
    articles = (
        sqlite3.connect(merged)
        .execute("SELECT COUNT(*), (SELECT COUNT(*) FROM records) FROM articles")
        .fetchone()
    )
    print(f"corpus: {args.corpus} ({articles[0]:,} articles, {articles[1]:,} records in the merged file)")
    print(f"split: {split_out.strip()} ({split_s:.1f} s)")
    print(
        f"reviewer files: {len(files)}, {records:,} records decided in all, "
        f"{', '.join(f'{p.name} {p.stat().st_size / 2**20:,.0f} MB' for p in files)}"
    )
    print(f"merge: {summary.strip()}")
    print(
        f"agreement: kappa {agreement['kappa']:.3f} ({agreement['kappa_kind']}), {agreement['items']:,} records "
        f"of the overlap, {agreement['conflicts']:,} conflicts"
    )
    print(f"dataset tab: {shown['rows']:,} rows x {shown['periods']} periods")
    print(
        f"\nmedian of {args.repeat} runs, each in a fresh process (load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} CPUs at the end):"
    )
    for name, values in figures.items():
        print(f"  {name:<15} {median(values):7.2f} s   (runs: {', '.join(f'{v:.2f}' for v in values)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
