"""CPU milliseconds per real article of clean + place + extract, compared across source trees.

Usage: extract_ab.py TREE [TREE...] [--rounds N] [--repeat R] [--generated N] [--corpus DIR ...]

A TREE is a source checkout (``git worktree add /tmp/old a711503``) or an
unpacked wheel (``python -m zipfile -e chitieu-*.whl DIR``, whose core is
compiled by mypyc).  The articles are read once, here, with this checkout's
readers: the seeds and the dev and dev2 corpora (``--corpus`` to choose other
folders), plus ``--generated`` synthetic articles (``benchmarks.corpus``).
Each round then runs one fresh interpreter per tree, in alternating order
(a busy machine's load falls on every tree alike), with ``PYTHONPATH=TREE`` and TREE's shipped files (``benchmarks/trees.py``);
it times ``R`` passes over the articles in CPU seconds of its own process,
after one warm-up article (the gazetteer), doing per article what
``benchmarks/extract_speed.py`` calls ``clean+places+extract``: clean the text,
find the article's place, extract.  The median pass of each round counts.

Printed per tree: where its ``desktop`` came from, how many of its modules
are C extensions, the median and the minimum over the rounds of the CPU
milliseconds per article, and the ratio of the medians to the first tree's;
and the load average before and after.  Only the text of no article is ever
printed.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "seeds", Path("/work/shared/corpus/dev"), Path("/work/shared/corpus/dev2")]

#: (title, text, published) of one article: plain values, so that any tree's interpreter unpickles them.
Item = tuple[str | None, str, str | None]


def read_articles(folders: list[Path]) -> list[Item]:
    """The articles of ``folders`` as this checkout's readers read them."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from desktop.core.readers import FORMATS, read_file
    from desktop.core.records import Article

    items: list[Item] = []
    for folder in folders:
        for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in FORMATS):
            items.extend((a.title, a.text, a.published) for a in read_file(path) if isinstance(a, Article))
    return items


def generated_articles(n: int) -> list[Item]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import generate_articles

    return [(a.title, a.text, a.published) for a in generate_articles(n)] if n > 0 else []


def child(pickled: Path, repeat: int) -> dict[str, Any]:
    """One tree's timing, in a process whose ``desktop`` is that tree's (``PYTHONPATH``)."""
    import desktop
    from desktop.core.clean import clean_text
    from desktop.core.extract import extract
    from desktop.core.places import article_locality

    items: list[Item] = pickle.loads(pickled.read_bytes())

    def step(title: str | None, text: str, published: str | None) -> int:
        # benchmarks/extract_speed.py's clean_places_extract, on plain values (that module imports what
        # the older trees lack)
        text = clean_text(text)
        locality = article_locality(title, text)
        return len(extract(text, published=published, locality=locality, title=title).records)

    step(*items[0])  # loads the gazetteer
    passes = []
    for _ in range(repeat):
        began = time.process_time()
        for item in items:
            step(*item)
        passes.append(time.process_time() - began)
    compiled = sorted(
        name
        for name, module in sys.modules.items()
        if name.startswith("desktop.") and (getattr(module, "__file__", None) or "").endswith((".so", ".pyd"))
    )
    return {"desktop": str(Path(desktop.__file__).parent), "compiled": len(compiled), "passes": passes}


def run_child(tree: Path, pickled: Path, repeat: int) -> dict[str, Any]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.trees import tree_env  # here, not at the top: an older tree's child lacks it

    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(pickled), "--repeat", str(repeat)],
        env=tree_env(tree),
        cwd=tempfile.gettempdir(),  # no checkout on the path but the tree
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"extract_ab.py: the run failed in {tree}:\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    if not Path(result["desktop"]).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"extract_ab.py: {tree} ran the desktop package of {result['desktop']}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="extract_ab.py", description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="*", type=Path, help="source checkouts or unpacked wheels")
    parser.add_argument("--rounds", type=int, default=5, help="processes per tree (default 5)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per process (default 3)")
    parser.add_argument("--generated", type=int, default=0, help="synthetic articles to add (default 0)")
    parser.add_argument(
        "--corpus", type=Path, action="append", help="a folder of articles (default: seeds, dev, dev2)"
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(child(args.child, args.repeat)))
        return 0
    if not args.trees:
        parser.error("give at least one tree")
    items = read_articles(args.corpus or CORPORA) + generated_articles(args.generated)
    load_before = os.getloadavg()
    per_tree: dict[Path, list[float]] = {tree: [] for tree in args.trees}
    seen: dict[Path, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        pickled = Path(scratch) / "articles.pickle"
        pickled.write_bytes(pickle.dumps(items))
        for round_ in range(args.rounds):
            order = args.trees if round_ % 2 == 0 else args.trees[::-1]
            for tree in order:
                result = run_child(tree, pickled, args.repeat)
                seen[tree] = result
                per_tree[tree].append(statistics.median(result["passes"]) / len(items) * 1000)
    load_after = os.getloadavg()
    print(
        f"{len(items)} articles ({args.generated} generated), {args.rounds} rounds x {args.repeat} passes; "
        f"load {load_before[0]:.2f} before, {load_after[0]:.2f} after"
    )
    first = statistics.median(per_tree[args.trees[0]])
    for tree in args.trees:
        ms = per_tree[tree]
        print(
            f"{tree!s:>40}: median {statistics.median(ms):.3f} ms/article, min {min(ms):.3f}, "
            f"ratio {statistics.median(ms) / first:.3f}  ({seen[tree]['compiled']} compiled modules, "
            f"desktop from {seen[tree]['desktop']})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
