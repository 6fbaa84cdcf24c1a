"""Milliseconds per article of each reading stage, and articles/s of ``read_file`` → Article, on one core.

Usage: read_speed.py [--corpus DIR] [--dev DIR] [--n N] [--repeat R] [--no-extract]

Reads the article files of a generated corpus (``make_corpus.py N DIR``,
written first when DIR does not exist) and of the dev corpus, and times
each stage a worker runs before extraction over all the files of a corpus:

* ``decode``: read the bytes and decode them (:func:`decode_bytes`);
* ``page``: trafilatura on HTML files (zero for text files);
* ``clean``: :func:`clean_text`;
* ``metadata``: title, publication date, content hash;
* ``locality``: :func:`article_locality` (the gazetteer);
* ``extract``: for reference only, the extraction engine;
* ``read_file``: the whole :func:`read_file` → Article, as an import runs it.

Times are CPU time (``time.process_time``): the machine is shared, and a
neighbour's job must not count as ours.  Each figure is the median of R
runs; the gazetteer is loaded before the first run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.clean import clean_text
from desktop.core.decode import decode_bytes
from desktop.core.metadata import content_hash, published_date, title_of, web_title
from desktop.core.places import article_locality, gazetteer
from desktop.core.readers import FORMATS, read_file
from desktop.core.webpage import read_page

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
#: Stages that make up reading, the part this benchmark's target covers (extraction is separate).
READING = ("decode", "page", "clean", "metadata", "locality")


@dataclass
class Item:
    """One article file and what each stage made of it (filled in stage by stage)."""

    path: Path
    html: bool
    raw: str = ""
    body: str = ""
    page_title: str | None = None
    clean: str = ""
    title: str | None = None
    published: str | None = None
    locality: str | None = None


def stage_decode(item: Item) -> None:
    item.raw = decode_bytes(item.path.read_bytes(), str(item.path)).text


def stage_page(item: Item) -> None:
    if item.html:
        page = read_page(item.raw)
        item.body, item.page_title = page.text, page.title
        # As the reader does: the page's own date is looked for only when its text names none.
        if published_date(page.text) is None:
            _ = page.published
    else:
        item.body = item.raw


def stage_clean(item: Item) -> None:
    item.clean = clean_text(item.body)


def stage_metadata(item: Item) -> None:
    item.title = web_title(item.page_title, item.clean) if item.html else title_of(item.clean)
    item.published = published_date(item.body)
    content_hash(item.clean)


def stage_locality(item: Item) -> None:
    item.locality = article_locality(item.title, item.clean)


def stage_extract(item: Item) -> None:
    from desktop.core.extract import extract

    extract(item.clean, published=item.published, locality=item.locality, title=item.title)


def stage_read_file(item: Item) -> None:
    for _ in read_file(item.path):
        pass


STAGES: dict[str, Callable[[Item], None]] = {
    "decode": stage_decode,
    "page": stage_page,
    "clean": stage_clean,
    "metadata": stage_metadata,
    "locality": stage_locality,
    "extract": stage_extract,
    "read_file": stage_read_file,
}


def median_seconds(stage: Callable[[Item], None], items: list[Item], repeat: int) -> float:
    """Median CPU seconds of ``repeat`` loops of one stage over every item."""
    samples = []
    for _ in range(repeat):
        began = time.process_time()
        for item in items:
            stage(item)
        samples.append(time.process_time() - began)
    return statistics.median(samples)


def article_files(folder: Path) -> list[Path]:
    """The single-article files of a folder (what the benchmark can time stage by stage)."""
    return sorted(p for p in folder.iterdir() if FORMATS.get(p.suffix.lower()) in ("txt", "md", "html"))


def measure(name: str, files: list[Path], repeat: int, with_extract: bool) -> None:
    """Print one corpus's per-stage figures."""
    items = [Item(path, FORMATS[path.suffix.lower()] == "html") for path in files]
    kb = sum(p.stat().st_size for p in files) / len(files) / 1024
    print(f"{name}: {len(files)} files, {kb:.1f} KB on average, CPU time, median of {repeat} runs")
    stages = [s for s in STAGES if with_extract or s != "extract"]
    ms = {stage: median_seconds(STAGES[stage], items, repeat) * 1000 / len(items) for stage in stages}
    for stage in stages:
        print(f"  {stage:>9}: {ms[stage]:8.3f} ms/article")
    reading = sum(ms[s] for s in READING)
    print(f"  {'reading':>9}: {reading:8.3f} ms/article (decode+page+clean+metadata+locality)")
    print(f"  read_file: {1000 / ms['read_file']:8.0f} articles/s")


def ensure_corpus(folder: Path, n: int) -> None:
    """Generate the synthetic corpus unless a previous run left it there."""
    if not folder.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(n), str(folder)], check=True
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="read_speed.py", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=Path("/tmp/c2k"), help="generated corpus (default /tmp/c2k)"
    )
    parser.add_argument("--n", type=int, default=2000, help="articles to generate when --corpus is missing")
    parser.add_argument("--dev", type=Path, default=DEV, help="dev corpus folder (skipped when missing)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the median is printed (default 3)")
    parser.add_argument(
        "--no-extract", dest="extract", action="store_false", help="leave the extract stage out"
    )
    args = parser.parse_args(argv)
    ensure_corpus(args.corpus, args.n)
    gazetteer()
    measure(f"generated {args.corpus}", article_files(args.corpus), args.repeat, args.extract)
    if args.dev.is_dir():
        measure(f"dev {args.dev}", article_files(args.dev), args.repeat, args.extract)
    return 0


if __name__ == "__main__":
    sys.exit(main())
