"""The real pipeline scored against an independent, blind gold set on eight dev articles.

``tests/data/gold_dev_blind.jsonl`` was annotated by hand from ANNOTATION.md
(calibrated on ``shared/gold/seeds.jsonl``) over the stored clean text of the
dev articles d01, d06, d09, d10, d26, d29, d31 and d35, before the extractor's
output on them was looked at.  114 records: .md and .html sources, quarter /
6-month / 10-month periods, USD amounts, per-capita units, ranges, compound
amounts (``394 tỷ 581triệu đồng``) and targets.

Measured when the gold was committed (extractor 2026.11.1, CLI import + export,
``score_extraction.py gold_dev_blind.jsonl blind.jsonl``)::

    records: gold 114  predicted 114  matched 107
    records: precision 0.939  recall 0.939  F1 0.939  core recall 1.000
    attributes over matched: kind 0.888  period 0.897  qualifier 1.000  of 1.000  unit 1.000  locality 0.841
    comparisons: gold 21  predicted 19  precision 1.000  recall 0.905  F1 0.950

and after the genre rules its findings led to (extractor 2026.11.7)::

    records: gold 114  predicted 112  matched 112
    records: precision 1.000  recall 0.982  F1 0.991  core recall 1.000
    attributes over matched: kind 0.973  period 0.964  qualifier 1.000  of 1.000  unit 1.000  locality 0.991
    comparisons: gold 21  predicted 21  precision 1.000  recall 1.000  F1 1.000

The two records still missed are the bare fractions ``1/10`` and ``1/3``,
left out by a scope decision (see ``test_extract_scope.py``).  The floors
below sit about 0.05 under the latest figures so that a regression shows
while ordinary rule work does not trip them.
"""

import importlib.util
import json
from pathlib import Path

import pytest

from desktop.core.extract import extract
from desktop.core.readers import read_path

REPO = Path(__file__).resolve().parents[1]
SCORER = REPO.parent / "shared" / "tools" / "score_extraction.py"
DEV = REPO.parent / "shared" / "corpus" / "dev"
GOLD = REPO / "tests" / "data" / "gold_dev_blind.jsonl"

RECORD_F1_FLOOR = 0.94
COMPARISON_F1_FLOOR = 0.95
KIND_FLOOR = 0.92
PERIOD_FLOOR = 0.91


def load_scorer():
    if not SCORER.exists():
        pytest.skip("the shared scorer is not next to the repository (../shared/tools/)")
    if not DEV.is_dir():
        pytest.skip("the shared dev corpus is not next to the repository (../shared/corpus/dev/)")
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_docs() -> list[str]:
    with GOLD.open(encoding="utf-8") as f:
        return sorted({json.loads(line)["doc"] for line in f if line.strip()})


def dev_file(doc: str) -> Path:
    matches = sorted(DEV.glob(f"{doc}.*"))
    if len(matches) != 1:
        pytest.skip(f"dev article {doc} is missing from {DEV}")
    return matches[0]


def export(path: Path) -> None:
    """What ``chitieu import`` + ``export --format jsonl`` produce: read, clean, extract."""
    with path.open("w", encoding="utf-8") as out:
        for doc in gold_docs():
            articles = [a for a in read_path(dev_file(doc)) if hasattr(a, "text")]
            assert len(articles) == 1, f"{doc}: expected one article"
            article = articles[0]
            extraction = extract(
                article.text, published=article.published, locality=article.locality, title=article.title
            )
            for record in extraction.records:
                row = {**record.to_dict(), "doc": doc, "text": article.text[record.start : record.end]}
                out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    scorer = load_scorer()
    predicted = tmp_path_factory.mktemp("blind") / "blind.jsonl"
    export(predicted)
    return scorer.score(scorer.load(GOLD), scorer.load(predicted))


def test_blind_gold_is_well_formed():
    with GOLD.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    assert len(rows) >= 100
    for row in rows:
        assert row["kind"] in ("actual", "estimate", "target")
        assert row["qualifier"] in ("exact", "approx", "over", "under")
        for c in row["comparisons"]:
            assert c["relation"] in ("ratio", "change") and c["basis"] in (
                "same_period",
                "plan",
                "target",
                "other",
            )


def test_blind_record_f1(result):
    records = result["records"]
    assert records["f1"] >= RECORD_F1_FLOOR, (records, result["per_doc"])


def test_blind_comparison_f1(result):
    assert result["comparisons"]["f1"] >= COMPARISON_F1_FLOOR, result["comparisons"]


def test_blind_kind_and_period(result):
    attributes = result["attributes"]
    assert attributes["kind"] >= KIND_FLOOR, attributes
    assert attributes["period"] >= PERIOD_FLOOR, attributes
