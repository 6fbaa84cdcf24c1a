"""The extractor on hand-annotated dev-corpus articles (``tests/data/gold_dev.jsonl``).

Eight articles of the shared dev corpus (99 records), annotated by reading them against
ANNOTATION.md: ranges and targets (d01), tourism against plan with bracketed
comparisons (d05), markdown copies with teaser, captions and recap (d06, d12),
USD and six-month FDI figures (d10), per-capita incomes (d31), a quarter
(d35) and five-month trade in USD (d36).  Articles are given no publication
date, only their locality, as a fresh import without metadata would be.

Measured when this test was written: records F1 0.980 (precision 0.961,
recall 1.000; spurious: a tour group of 52 people, a repeated project area,
a rounded sub-heading), kind 0.990, period 0.949, comparisons F1 1.000.
These articles were read while the rules were written, so the figure is
optimistic for unseen text; the thresholds leave room below it.
"""

import importlib.util
import json
import re
import unicodedata

import pytest
from factories import ROOT

from desktop.core.extract import extract

DEV = ROOT.parent / "shared" / "corpus" / "dev"
SCORER = ROOT.parent / "shared" / "tools" / "score_extraction.py"
GOLD = ROOT / "tests" / "data" / "gold_dev.jsonl"

LOCALITY = {
    "d01": "Hà Nội",
    "d05": "Quảng Trị",
    "d06": "Hồ Chí Minh",
    "d10": "Hồ Chí Minh",
    "d12": "Bình Dương",
    "d31": "Cần Giờ",
    "d35": "Hà Nam",
    "d36": "Hà Nội",
}
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")


def plain_text(path) -> str:
    """A stand-in for the cleaner: HTML through trafilatura, markdown without image links."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        trafilatura = pytest.importorskip("trafilatura")
        raw = trafilatura.extract(raw) or ""
    elif path.suffix == ".md":
        raw = _IMAGE.sub("", raw)
    return unicodedata.normalize("NFC", raw).replace("\u00d0", "\u0110")


def load_scorer():
    if not SCORER.exists() or not DEV.exists():
        pytest.skip("the shared scorer and dev corpus are not next to the repository")
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not DEV.is_dir(), reason="the shared dev corpus is not next to the repository")
def test_gold_spans_are_in_the_articles():
    for row in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines()):
        (path,) = DEV.glob(f"{row['doc']}.*")
        assert row["text"] in plain_text(path), row


def test_dev_gold_score(tmp_path):
    scorer = load_scorer()
    predicted = tmp_path / "dev.jsonl"
    with predicted.open("w", encoding="utf-8") as out:
        for doc, locality in LOCALITY.items():
            (path,) = DEV.glob(f"{doc}.*")
            text = plain_text(path)
            for record in extract(text, locality=locality).records:
                row = {"doc": doc, **record.to_dict(), "text": text[record.start : record.end]}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    result = scorer.score(scorer.load(GOLD), scorer.load(predicted))
    assert result["records"]["f1"] >= 0.93, result["per_doc"]
    assert result["attributes"]["kind"] >= 0.93
    assert result["attributes"]["period"] >= 0.90
    assert result["comparisons"]["f1"] >= 0.93
