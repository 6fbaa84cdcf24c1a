"""Streaming extraction run by Dask's local scheduler, against one process: the same records, how fast.

Usage: stream_dask.py [N] [--workers W] [--blocksize BYTES] [--seed S] [--workdir DIR]

Writes N generated articles as one JSON Lines file (``make_corpus.py
--jsonl``), then extracts it twice: in this process through
:func:`desktop.services.stream.extract_lines`, and as a Dask bag read in
blocks of ``--blocksize`` bytes and mapped over W worker processes, the way a
cluster would run ``chitieu extract-jsonl``'s function over a corpus in
object storage (swap the local scheduler for ``dask.distributed``'s
``Client``).  It checks that both give the same lines in the same order and
prints articles per second, wall and per CPU-second (this process and its
workers).  Dask is a benchmark-only dependency: ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import write_corpus
from desktop.core.readers import Problem
from desktop.services.stream import ArticleRecords, extract_lines


def record_lines(lines: Iterable[str]) -> list[str]:
    """A partition's records; a bad line is printed on the worker's stderr and left out."""
    out = []
    for item in extract_lines(lines, name="partition"):
        if isinstance(item, Problem):
            print(f"{item.source}: {item.message}", file=sys.stderr)
        else:
            out.extend(item.lines)
    return out


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the pool's workers, once shut down)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def run_serial(corpus: Path) -> tuple[list[str], float, float]:
    wall, cpu = time.perf_counter(), cpu_seconds()
    with corpus.open("rb") as fh:
        lines = [
            line
            for item in extract_lines(fh, name="corpus")
            if isinstance(item, ArticleRecords)
            for line in item.lines
        ]
    return lines, time.perf_counter() - wall, cpu_seconds() - cpu


def run_dask(corpus: Path, workers: int, blocksize: int) -> tuple[list[str], float, float, int]:
    import dask
    import dask.bag

    wall, cpu = time.perf_counter(), cpu_seconds()
    with ProcessPoolExecutor(workers) as pool, dask.config.set(scheduler="processes", pool=pool):
        bag = dask.bag.read_text(str(corpus), blocksize=blocksize, encoding="utf-8")
        lines = bag.map_partitions(record_lines).compute()
        partitions = bag.npartitions
    return lines, time.perf_counter() - wall, cpu_seconds() - cpu, partitions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="stream_dask.py", description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="Dask worker processes")
    parser.add_argument(
        "--blocksize", type=int, default=1 << 20, help="bytes of input per partition (default 1 MiB)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--workdir", type=Path, help="keep the generated corpus here (default: a temp folder)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="chitieu-dask-") as scratch:
        folder = args.workdir or Path(scratch)
        corpus = folder / f"stream-{args.n}-seed{args.seed}" / "corpus.jsonl"
        if not corpus.exists():
            write_corpus(args.n, corpus.parent, seed=args.seed, jsonl=True)
        serial, serial_wall, serial_cpu = run_serial(corpus)
        dasked, dask_wall, dask_cpu, partitions = run_dask(corpus, args.workers, args.blocksize)
    same = "identical" if dasked == serial else "DIFFERENT"
    print(f"{args.n} articles, {len(serial)} records; load average {os.getloadavg()[0]:.1f}")
    print(
        f"  one process       : {args.n / serial_wall:7.0f} articles/s wall, {args.n / serial_cpu:7.0f} per CPU-second"
    )
    print(
        f"  dask, {args.workers} processes: {args.n / dask_wall:7.0f} articles/s wall, {args.n / dask_cpu:7.0f} per "
        f"CPU-second ({partitions} partitions)"
    )
    print(f"  records: {same} in content and order")
    return 0 if dasked == serial else 1


if __name__ == "__main__":
    sys.exit(main())
