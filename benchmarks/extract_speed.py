"""Articles per second of the extraction engine, on one core.

Usage: extract_speed.py [N] [--seed S] [--repeat R] [--installed]

Generates N synthetic articles in memory (``benchmarks.corpus``, ~4 KB each)
and times two loops over them in CPU seconds of this process (one core; other
work on a busy machine then inflates the figure less than wall time would),
reporting the median of R runs:

* ``extract``: :func:`desktop.core.extract.extract` alone, given the
  article's date and place;
* ``clean+places+extract``: what an import worker does per article after
  reading it -- clean the text, find the article's place with the gazetteer,
  extract -- so that the gazetteer's share of the cost shows.

Storing is left out: it runs in the writer process, in parallel with the
workers, and ``benchmarks/run.py`` measures the whole import.

``--installed`` times the ``desktop`` package the running Python has
installed (a wheel's compiled core, say) instead of this checkout's source;
the first line says whether the core is compiled.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    root = str(Path(__file__).resolve().parents[1])
    if "--installed" in sys.argv:  # the installed desktop package first, this checkout only for benchmarks/
        sys.path.append(root)
    else:
        sys.path.insert(0, root)

from benchmarks.corpus import SyntheticArticle, generate_articles
from desktop.core.clean import clean_text
from desktop.core.compiled import core_is_compiled
from desktop.core.extract import extract
from desktop.core.places import article_locality


def extract_only(article: SyntheticArticle) -> int:
    return len(extract(article.text, published=article.published, title=article.title).records)


def clean_places_extract(article: SyntheticArticle) -> int:
    text = clean_text(article.text)
    locality = article_locality(article.title, text)
    return len(extract(text, published=article.published, locality=locality, title=article.title).records)


def articles_per_second(
    step: Callable[[SyntheticArticle], int], articles: list[SyntheticArticle], repeat: int
) -> float:
    """The median rate of ``repeat`` timed loops, after one warm-up article (loads the gazetteer)."""
    step(articles[0])
    rates = []
    for _ in range(repeat):
        began = time.process_time()
        for article in articles:
            step(article)
        rates.append(len(articles) / (time.process_time() - began))
    return statistics.median(rates)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="extract_speed.py", description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the median is printed (default 3)")
    parser.add_argument(
        "--installed", action="store_true", help="time the installed desktop package, not this checkout"
    )
    args = parser.parse_args(argv)
    articles = list(generate_articles(max(args.n, 1), args.seed))
    kb = sum(len(a.text.encode("utf-8")) for a in articles) / len(articles) / 1024
    print(f"{len(articles)} articles, {kb:.1f} KB on average, median of {args.repeat} runs")
    print(f"compiled core: {'yes' if core_is_compiled() else 'no'}")
    for name, step in (("extract", extract_only), ("clean+places+extract", clean_places_extract)):
        print(f"{name:>22}: {articles_per_second(step, articles, args.repeat):7.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
