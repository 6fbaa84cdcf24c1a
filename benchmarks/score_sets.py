"""Score the extractor on every hand-made answer set at once, as a user's import and export would.

Usage: score_sets.py [--tree DIR] [--sealed] [--only NAME ...] [--set NAME=DIR ...] [--keep DIR]
                     [--save FILE] [--compare FILE]

The sets are the repository's gold (``tests/data/gold_*.jsonl``, whose articles are
found by id in ``../shared/corpus/dev`` and ``dev2``), the seeds'
(``../shared/gold/seeds.jsonl``), with ``--sealed`` the sealed ones
(``tests/data/sealed/*.jsonl.gz``, decompressed into a temporary folder and never
printed; only the lead scores them, and only their totals), and any folder given with
``--set NAME=DIR`` holding ``articles.jsonl`` and ``gold.jsonl`` (a blind set made
from the search tool's pages, kept outside the repository).  For each set the
articles are imported into a fresh database with ``chitieu import`` and exported
with ``chitieu export --format jsonl --status all``, both run with TREE's code and
shipped files (``benchmarks/trees.py``; this checkout by default, so that two
checkouts can be compared), and the shared
scorer's totals are printed: records F1, comparisons F1, kind, period, place and
label word F1.  ``--save`` keeps them as JSON and ``--compare`` prints an earlier
file's beside them; ``--keep DIR`` keeps each set's database, export and gold
(``NAME.db``, ``NAME.pred.jsonl``, ``NAME.gold.jsonl``) for ``record_errors.py``
and ``label_errors.py`` (never for a sealed set).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
COLUMNS = ("records", "comparisons", "kind", "period", "place", "labels")
CLI = "import sys; from desktop.cli.main import main; sys.exit(main(sys.argv[1:]))"


@dataclass
class GoldSet:
    """One answer set: its gold file and the article files or JSON Lines it answers."""

    name: str
    gold: Path
    articles: list[Path]
    sealed: bool = False


def corpus_file(doc: str) -> Path | None:
    """The shared corpus file of a gold ``doc`` id (``d04`` → ``dev/d04.txt``), if there is one."""
    for folder in ("dev", "dev2"):
        found = sorted((SHARED / "corpus" / folder).glob(f"{doc}.*"))
        if found:
            return found[0]
    seed = SHARED / "seeds" / f"{doc}.txt"
    return seed if seed.exists() else None


def gold_docs(lines: list[str]) -> list[str]:
    return sorted({json.loads(line)["doc"] for line in lines if line.strip()})


def repository_sets(tmp: Path, sealed: bool) -> list[GoldSet]:
    """The seeds', the repository's and, if asked, the sealed sets, sealed gold decompressed into ``tmp``."""
    sets = []
    sources = [("seeds", SHARED / "gold" / "seeds.jsonl")]
    sources += [
        (p.stem.removeprefix("gold_"), p) for p in sorted((ROOT / "tests" / "data").glob("gold_*.jsonl"))
    ]
    if sealed:
        sealed_files = sorted((ROOT / "tests" / "data" / "sealed").glob("gold_*.jsonl.gz"))
        sources += [(p.name.removeprefix("gold_").removesuffix(".jsonl.gz"), p) for p in sealed_files]
    for name, path in sources:
        if not path.exists():
            continue
        is_sealed = path.suffix == ".gz"
        if is_sealed:
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
            path = tmp / f"{name}.gold.jsonl"
            path.write_text(text, encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        files = [corpus_file(doc) for doc in gold_docs(text.splitlines())]
        if None in files:
            print(f"{name}: skipped, some of its articles are not in {SHARED / 'corpus'}", file=sys.stderr)
            continue
        sets.append(GoldSet(name, path, [f for f in files if f], is_sealed))
    return sets


def folder_set(spec: str) -> GoldSet:
    name, _, folder = spec.partition("=")
    base = Path(folder)
    for needed in ("articles.jsonl", "gold.jsonl"):
        if not (base / needed).exists():
            sys.exit(
                f"--set {spec}: {base / needed} is missing (a set folder holds articles.jsonl and gold.jsonl)"
            )
    return GoldSet(name, base / "gold.jsonl", [base / "articles.jsonl"])


def predict(tree: Path, gold_set: GoldSet, work: Path) -> Path:
    """Import the set's articles into a fresh database from ``tree`` and export every record."""
    db, out = work / f"{gold_set.name}.db", work / f"{gold_set.name}.pred.jsonl"
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.trees import tree_env

    env = {**tree_env(tree), "QT_QPA_PLATFORM": "offscreen"}
    for args in (
        ["import", *map(str, gold_set.articles), "--db", str(db)],
        ["export", "--format", "jsonl", "--status", "all", "--db", str(db), "--output", str(out)],
    ):
        proc = subprocess.run(
            [sys.executable, "-c", CLI, *args], cwd=tree, env=env, capture_output=True, text=True
        )
        if proc.returncode:
            sys.exit(f"{gold_set.name}: chitieu {args[0]} failed:\n{proc.stderr[-2000:]}")
    return out


def keep(folder: Path, gold_set: GoldSet, work: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in (".db", ".pred.jsonl"):
        shutil.copy(work / f"{gold_set.name}{suffix}", folder / f"{gold_set.name}{suffix}")
    shutil.copy(gold_set.gold, folder / f"{gold_set.name}.gold.jsonl")


def load_scorer() -> Any:
    path = SHARED / "tools" / "score_extraction.py"
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    if spec is None or spec.loader is None:
        sys.exit(f"the shared scorer is missing: {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def totals(scorer: Any, gold: Path, pred: Path) -> dict[str, float]:
    result = scorer.score(scorer.load(str(gold)), scorer.load(str(pred)))
    attributes = result["attributes"]
    return {
        "gold": result["records"]["gold"],
        "records": result["records"]["f1"],
        "comparisons": result["comparisons"]["f1"] if result["comparisons"]["gold"] else float("nan"),
        "kind": attributes["kind"],
        "period": attributes["period"],
        "place": attributes["locality"],
        "labels": result["labels"]["f1"],
    }


def cell(now: float, before: float | None) -> str:
    if now != now:  # NaN: the set has no comparisons
        return "—"
    if before is None or before != before or abs(before - now) < 0.0005:
        return f"{now:.3f}"
    return f"{before:.3f}→{now:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout to score (default: this one)")
    parser.add_argument(
        "--set", action="append", default=[], metavar="NAME=DIR", help="a set folder outside the repository"
    )
    parser.add_argument("--sealed", action="store_true", help="score the sealed sets too (totals only)")
    parser.add_argument("--only", nargs="*", help="score only these sets")
    parser.add_argument("--keep", type=Path, help="keep each unsealed set's database, export and gold here")
    parser.add_argument("--no-repository", action="store_true", help="score only the --set folders")
    parser.add_argument("--save", type=Path, help="write the totals as JSON")
    parser.add_argument("--compare", type=Path, help="an earlier --save file to print beside these totals")
    args = parser.parse_args()
    scorer = load_scorer()
    before = json.loads(args.compare.read_text(encoding="utf-8")) if args.compare else {}
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="chitieu-score-") as tmp:
        work = Path(tmp)
        sets = [] if args.no_repository else repository_sets(work, args.sealed)
        sets += [folder_set(spec) for spec in args.set]
        if args.only:
            sets = [s for s in sets if s.name in args.only]
        print(f"{'set':<16} {'gold':>5}  " + "  ".join(f"{c:>11}" for c in COLUMNS))
        for gold_set in sets:
            results[gold_set.name] = totals(
                scorer, gold_set.gold, predict(args.tree.resolve(), gold_set, work)
            )
            old = before.get(gold_set.name, {})
            row = results[gold_set.name]
            if args.keep and not gold_set.sealed:
                keep(args.keep, gold_set, work)
            name = gold_set.name + (" (sealed)" if gold_set.sealed else "")
            print(
                f"{name:<16} {row['gold']:>5}  "
                + "  ".join(f"{cell(row[c], old.get(c)):>11}" for c in COLUMNS),
                flush=True,
            )
    if args.save:
        args.save.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
