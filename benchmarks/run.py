"""The Chitieu benchmark: import, search, stats, export and the review window at corpus scale.

Usage: run.py [--sizes 1000,50000] [--repeat 3] [--import-repeat K] [--out FILE] [--workdir DIR] [--reuse-db]
              [--quick]

For each N a synthetic corpus is generated (``benchmarks/make_corpus.py``),
imported with one process and with all cores, then searched, counted,
exported in every format and opened in the review window, offscreen.  Every
measurement runs in a fresh process (:mod:`benchmarks.steps`,
:mod:`benchmarks.gui_probe`); each figure of the table is the median of
``--repeat`` runs.  Progress goes to stderr, the table to stdout, and with
``--out`` every sample and the machine description to a JSON file.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from statistics import median
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import cpu_tree
from benchmarks.corpus import write_corpus
from benchmarks.machine import describe
from benchmarks.report import Samples, table

ROOT = Path(__file__).resolve().parents[1]

#: Typical searches of a reviewer: indicators, a place word, a phrase.
QUERIES = (
    "thu ngân sách",
    "tăng trưởng kinh tế",
    "xuất khẩu",
    "hộ nghèo",
    "doanh nghiệp thành lập mới",
    "huyện",
)
FORMATS = ("jsonl", "csv", "xlsx")
#: xlsx runs at a few tens of thousands of records per second; above this it is measured on a subset.
XLSX_RECORDS = 50_000
QUICK_SIZE = 200


def rate(count: float, seconds: float) -> float:
    """Items per second; a tiny smoke run can finish inside the CPU clock's tick, so never divide by 0."""
    return count / max(seconds, 1e-6)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def child(args: list[str]) -> dict[str, Any]:
    """Run a measuring script in a fresh interpreter; its last stdout line is the JSON result."""
    proc = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(
            f"run.py: {' '.join(args[:2])} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}"
        )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def child_tree(args: list[str]) -> dict[str, Any]:
    """:func:`child`, with the CPU time of every process it started (a pool's workers too: cpu_tree.py)
    as ``tree_cpu_seconds`` (interpreter start and imports included), and the load average meanwhile."""
    measured = cpu_tree.measure([sys.executable, *args], cwd=ROOT, capture=True)
    if measured["returncode"] != 0:
        raise SystemExit(
            f"run.py: {' '.join(args[:2])} failed (exit {measured['returncode']}):\n"
            f"{measured['stderr'][-3000:]}"
        )
    result = json.loads(measured["stdout"].strip().splitlines()[-1])
    return {
        **result,
        "tree_cpu_seconds": measured["cpu_seconds"],
        "load": (measured["load_before"] + measured["load_after"]) / 2,
    }


def ensure_corpus(n: int, seed: int, workdir: Path) -> Path:
    """The N-article corpus as .txt files, generated once per work folder.

    The answers go beside the folder, not in it: ``chitieu import`` would read
    ``answers.jsonl`` as articles.
    """
    articles = workdir / f"corpus-{n}-seed{seed}"
    answers = workdir / f"answers-{n}-seed{seed}.jsonl"
    if answers.exists():
        return articles
    shutil.rmtree(articles, ignore_errors=True)
    log(f"generating {n:,} articles")
    write_corpus(n, articles, seed=seed)
    (articles / "answers.jsonl").replace(answers)
    return articles


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def measure_import(samples: Samples, corpus: Path, workdir: Path, n: int, repeat: int) -> Path:
    """Import with one process and with all cores; returns the database the other steps use."""
    cores = os.cpu_count() or 1
    db = workdir / f"n{n}.db"
    for run in range(repeat):
        for tag, workers in (("1", 1), ("all", cores)):
            remove_database(db)
            log(f"N={n:,} import, {workers} worker(s), run {run + 1}/{repeat}")
            result = child_tree(
                ["benchmarks/steps.py", "import", str(db), str(corpus), "--workers", str(workers)]
            )
            samples[f"import_{tag}_articles_s"].append(rate(result["articles"], result["seconds"]))
            samples[f"import_{tag}_records_s"].append(rate(result["records"], result["seconds"]))
            if result["rss_mb"] is not None:
                samples[f"import_{tag}_rss_mb"].append(result["rss_mb"])
            samples[f"import_{tag}_articles_cpu_s"].append(
                rate(result["articles"], result["tree_cpu_seconds"])
            )
            samples[f"import_{tag}_load"].append(result["load"])
            samples["records"] = [result["records"]]
            samples["db_mb"] = [result["db_mb"]]
    return db


def count_records(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    finally:
        conn.close()


def measure_stats(samples: Samples, db: Path, repeat: int) -> None:
    """``chitieu stats`` as a user runs it: the whole command, interpreter start included."""
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "desktop", "stats", "--db", str(db)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        samples["stats_s"].append(time.perf_counter() - started)


def measure_search(samples: Samples, db: Path, repeat: int) -> None:
    for _ in range(repeat):
        result = child(["benchmarks/steps.py", "search", str(db), *QUERIES])
        for name, key in (
            ("search", "seconds"),
            ("search_first", "first_page_seconds"),
            ("search_cold", "cold_seconds"),
            ("search_decided", "after_decision_seconds"),
            ("search_decided_cpu", "after_decision_cpu_seconds"),
        ):
            per_query = [s * 1000 for s in result[key].values()]
            samples[f"{name}_ms"].append(median(per_query))
            samples[f"{name}_max_ms"].append(max(per_query))


def measure_exports(samples: Samples, db: Path, workdir: Path, repeat: int, xlsx_records: int) -> None:
    records = int(samples["records"][0])
    for fmt in FORMATS:
        source = db
        if fmt == "xlsx" and records > xlsx_records:
            source = workdir / f"{db.stem}-xlsx-subset.db"
            remove_database(source)
            child(["benchmarks/steps.py", "subset", str(db), str(source), "--records", str(xlsx_records)])
        for run in range(repeat):
            log(f"export {fmt}, run {run + 1}/{repeat}")
            result = child(
                [
                    "benchmarks/steps.py",
                    "export",
                    str(source),
                    str(workdir / f"export.{fmt}"),
                    "--format",
                    fmt,
                ]
            )
            samples[f"export_{fmt}_records_s"].append(rate(result["records"], result["seconds"]))
            samples[f"export_{fmt}_records_cpu_s"].append(rate(result["records"], result["cpu_seconds"]))
            samples[f"export_{fmt}_records"] = [result["records"]]
            if result["rss_mb"] is not None:
                samples["export_rss_mb"].append(result["rss_mb"])
    if samples["export_rss_mb"]:
        samples["export_rss_mb"] = [max(samples["export_rss_mb"])]


def measure_gui(samples: Samples, db: Path, repeat: int, moves: int, confirms: int) -> None:
    """Each run a fresh GUI process on a copy of the database (confirming writes decisions)."""
    copy = db.with_name(f"{db.stem}-gui.db")
    remove_database(copy)
    shutil.copyfile(db, copy)
    for run in range(repeat):
        log(f"GUI, run {run + 1}/{repeat}")
        result = child(
            [
                "benchmarks/gui_probe.py",
                str(copy),
                "--t0",
                repr(time.time()),
                "--moves",
                str(moves),
                "--confirms",
                str(confirms),
            ]
        )
        samples["gui_first_article_s"].append(result["first_article_s"])
        for name, value in result["medians_ms"].items():
            samples[f"gui_{name}_ms"].append(value)
        samples["gui_confirm_sql"].append(median(result["confirm_sql_work"]))
        if result["rss_mb"] is not None:
            samples["gui_rss_mb"].append(result["rss_mb"])
        samples["gui_phases_s"] = [result["phases_s"]]  # type: ignore[list-item]  # kept for the JSON file


def measure(n: int, args: argparse.Namespace, workdir: Path) -> Samples:
    samples: Samples = defaultdict(list)
    corpus = ensure_corpus(n, args.seed, workdir)
    db = workdir / f"n{n}.db"
    if args.reuse_db and db.exists():
        log(f"N={n:,}: reusing {db}, import not measured")
        samples["records"] = [count_records(db)]
        samples["db_mb"] = [db.stat().st_size / 1e6]
    else:
        db = measure_import(samples, corpus, workdir, n, args.import_repeat or args.repeat)
    log(f"N={n:,} stats, search, exports")
    measure_stats(samples, db, args.repeat)
    measure_search(samples, db, args.repeat)
    measure_exports(samples, db, workdir, args.repeat, args.xlsx_records)
    measure_gui(samples, db, args.repeat, args.moves, args.confirms)
    return samples


def sizes(text: str) -> list[int]:
    try:
        values = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a comma-separated list of numbers") from None
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError("sizes must be whole numbers of articles, at least 1")
    return values


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="run.py", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=sizes, help="corpus sizes, comma-separated (default 1000,50000)")
    parser.add_argument("--repeat", type=int, help="runs per figure; the table shows the median (default 3)")
    parser.add_argument(
        "--import-repeat",
        type=int,
        help="runs per import figure (default: --repeat); a 50,000-article import takes minutes",
    )
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument(
        "--xlsx-records",
        type=int,
        default=XLSX_RECORDS,
        help=f"export xlsx from a subset of about this many records (default {XLSX_RECORDS:,})",
    )
    parser.add_argument("--moves", type=int, help="next-article moves per GUI run (default 50)")
    parser.add_argument("--confirms", type=int, help="records confirmed per GUI run (default 20)")
    parser.add_argument(
        "--workdir",
        type=Path,
        help="keep corpora and databases here, to reuse across runs "
        "(default: a temporary folder, removed at the end)",
    )
    parser.add_argument(
        "--reuse-db",
        action="store_true",
        help="with --workdir: measure on the database an earlier run imported there (nN.db), "
        "without importing again (when only the other steps changed)",
    )
    parser.add_argument("--out", type=Path, help="also write every sample and the machine as JSON here")
    parser.add_argument(
        "--quick", action="store_true", help=f"a smoke run: N={QUICK_SIZE}, one run each, few GUI steps"
    )
    args = parser.parse_args(argv)
    quick = args.quick
    args.sizes = args.sizes or ([QUICK_SIZE] if quick else [1000, 50000])
    args.repeat = args.repeat or (1 if quick else 3)
    args.moves = args.moves or (5 if quick else 50)
    args.confirms = args.confirms or (3 if quick else 20)
    if min(args.repeat, args.import_repeat or 1, args.moves, args.confirms) < 1:
        parser.error("--repeat, --import-repeat, --moves and --confirms must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    machine = describe()
    with tempfile.TemporaryDirectory(prefix="chitieu-bench-") as scratch:
        workdir = args.workdir or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        results = {n: measure(n, args, workdir) for n in args.sizes}
    machine["load_after"] = describe()["load_before"]
    runs = {
        n: f"x{args.repeat}"
        if (args.import_repeat or args.repeat) == args.repeat
        else f"x{args.repeat} (import x{args.import_repeat})"
        for n in args.sizes
    }
    print(table(results, runs))
    print(
        f"\nmachine: {machine['summary']}; load average {machine['load_before']} before, "
        f"{machine['load_after']} after"
    )
    if args.out:
        args.out.write_text(
            json.dumps(
                {"machine": machine, "args": sys.argv[1:] if argv is None else argv, "samples": results},
                indent=1,
                default=str,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
