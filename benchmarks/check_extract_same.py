"""Check that reading and extraction still give exactly the output of a saved baseline.

Usage: check_extract_same.py [--save] [--baseline FILE] [--corpus DIR] [--dev DIR] [--installed] [--ignore FIELD]...

Speed work on the reader, the gazetteer and the extractor must not change a
single record; the rule tests only sample the output, so this compares all
of it.  Three sets of articles: the five seeds (read with
:func:`read_file`, and again with the metadata the seed test gives), the
dev corpus (beside the checkout by default, as in CI; ``--dev`` elsewhere) and
a generated corpus (``make_corpus.py``, ``/tmp/c2k`` by default).  For each article the reader's locality and every record's
``to_dict()`` are kept.  ``--save`` writes the baseline (do it before
changing anything); without it the current output is compared to it and the
first differences are printed.  ``--ignore confidence`` leaves a record field out of the comparison,
for a change that must move that field and nothing else (a refitted confidence).

``--installed`` runs the ``desktop`` package the running Python has installed
instead of this checkout's source: saved from the source and compared with
an installed wheel's compiled core, it proves that the compiled and the pure
Python paths give identical records (``scripts/check_install.sh`` does it).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

# Run as a script: make the repository root importable, unless the installed package is the one to check.
if __package__ in (None, "") and "--installed" not in sys.argv:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import desktop
from desktop.core.compiled import core_is_compiled
from desktop.core.extract import extract
from desktop.core.readers import FORMATS, read_file
from desktop.core.records import Article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
#: The seed test's metadata (tests/test_seeds_score.py): date and place per seed.
SEED_META = {
    "000_dd35f27683b1ebc3": (None, "Cẩm Phả"),
    "001_373e8257b9940f26": ("2022-01-12", "Cẩm Phả"),
    "002_8096e837b46a1eab": ("2020-07-23", "Cẩm Phả"),
    "003_c4cf083d17ec865e": ("2020-11-21", "Cần Thơ"),
    "004_6dda4105e35e9864": ("2020-02-19", "Yên Bái"),
}


def article_output(article: Article) -> dict[str, Any]:
    """What the reader and extractor made of one article."""
    extraction = extract(
        article.text, published=article.published, locality=article.locality, title=article.title
    )
    return {
        "locality": article.locality,
        "published": article.published,
        "truncated": extraction.truncated,
        "records": [record.to_dict() for record in extraction.records],
    }


def folder_output(folder: Path) -> dict[str, Any]:
    """Every article file of ``folder``, keyed by file name (and doc for multi-article files)."""
    out: dict[str, Any] = {}
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in FORMATS):
        for item in read_file(path):
            if isinstance(item, Article):
                out[f"{path.name}#{item.doc}"] = article_output(item)
    return out


def seed_output() -> dict[str, Any]:
    """The seeds as the seed test extracts them: stored text, given date and place, no title."""
    out = {}
    for seed in sorted(SEEDS.glob("*.txt")):
        text = unicodedata.normalize("NFC", seed.read_text(encoding="utf-8")).replace("\u00d0", "\u0110")
        published, locality = SEED_META.get(seed.stem, (None, None))
        out[seed.stem] = [r.to_dict() for r in extract(text, published=published, locality=locality).records]
    return out


def current_output(corpus: Path, dev: Path) -> dict[str, Any]:
    return {
        "seeds": seed_output(),
        "seed_files": folder_output(SEEDS),
        "dev": folder_output(dev),
        "generated": folder_output(corpus),
    }


def differences(old: dict[str, Any], new: dict[str, Any], limit: int = 10) -> list[str]:
    """The first ``limit`` articles whose output differs, as ``set/key`` lines."""
    found = []
    for group in sorted(set(old) | set(new)):
        before, after = old.get(group, {}), new.get(group, {})
        for key in sorted(set(before) | set(after)):
            if before.get(key) != after.get(key):
                found.append(f"{group}/{key}")
                if len(found) >= limit:
                    return found
    return found


def without(output: dict[str, Any], ignored: set[str]) -> dict[str, Any]:
    """``output`` with the ``ignored`` fields taken out of every record."""
    if not ignored:
        return output

    def records(value: Any) -> Any:
        if isinstance(value, list):
            return [records(item) for item in value]
        if isinstance(value, dict):
            if "indicator" in value and "start" in value:  # a record
                return {name: item for name, item in value.items() if name not in ignored}
            return {name: records(item) for name, item in value.items()}
        return value

    return records(output)  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="check_extract_same.py", description=__doc__.splitlines()[0])
    parser.add_argument("--save", action="store_true", help="write the baseline instead of comparing")
    parser.add_argument("--baseline", type=Path, default=Path("/tmp/extract_baseline.json"))
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/c2k"))
    parser.add_argument("--dev", type=Path, default=DEV, help=f"the dev corpus (default {DEV})")
    parser.add_argument(
        "--installed", action="store_true", help="check the installed desktop package, not this checkout"
    )
    parser.add_argument(
        "--ignore", action="append", default=[], metavar="FIELD", help="a record field not to compare"
    )
    args = parser.parse_args(argv)
    output = json.loads(
        json.dumps(current_output(args.corpus, args.dev), ensure_ascii=False)
    )  # tuples as lists, as saved
    articles = sum(len(group) for group in output.values())
    print(
        f"desktop from {Path(desktop.__file__).parent} (compiled core: {'yes' if core_is_compiled() else 'no'})"
    )
    if args.save:
        args.baseline.write_text(json.dumps(output, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"saved {articles} articles to {args.baseline}")
        return 0
    ignored = set(args.ignore)
    diff = differences(
        without(json.loads(args.baseline.read_text(encoding="utf-8")), ignored), without(output, ignored)
    )
    if diff:
        print("DIFFERENT:", *diff, sep="\n  ")
        return 1
    print(f"same output for all {articles} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
