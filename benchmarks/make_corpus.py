"""Generate a synthetic corpus of Vietnamese local-government articles with exact answers.

Usage: make_corpus.py N OUTDIR [--seed S] [--jsonl]

Writes N articles to OUTDIR (``NNNNNN_<hex>.txt`` files, or one
``corpus.jsonl`` with ``--jsonl``) and their answer records to
``OUTDIR/answers.jsonl`` in the exchange format of ANNOTATION.md, so that
``score_extraction.py OUTDIR/answers.jsonl EXPORT.jsonl`` scores an
extraction of the corpus.  The same N and seed give byte-identical output.
The generator itself lives in :mod:`benchmarks.corpus`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import write_corpus
from desktop.core.errors import InputError


def positive_int(text: str) -> int:
    """argparse type: a count of articles, at least one."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("the number of articles must be at least 1")
    return value


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="make_corpus.py",
        description="Generate N synthetic Vietnamese local-government articles and their exact answers.",
    )
    parser.add_argument("n", metavar="N", type=positive_int, help="number of articles")
    parser.add_argument("outdir", metavar="OUTDIR", type=Path, help="new or empty directory to write into")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0); same seed, same bytes")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="write one OUTDIR/corpus.jsonl (id, title, published, text per line) "
        "instead of one .txt file per article",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    try:
        stats = write_corpus(args.n, args.outdir, seed=args.seed, jsonl=args.jsonl)
    except InputError as error:
        print(f"make_corpus.py: {error}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - started
    print(
        f"{stats.articles} articles, {stats.figures} figures ({stats.figures / stats.articles:.1f} per article), "
        f"{stats.text_bytes / 1e6:.1f} MB of text in {seconds:.1f} s -> {args.outdir}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
