"""How often the checks are right against hand-made answers (``benchmarks/check_precision.py``): what
makes a record wrong, and the report end to end on a tiny scored pair when the shared scorer is there."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.check_precision import asks_year, faults
from benchmarks.label_errors import SCORER, load_scorer

ROOT = Path(__file__).resolve().parents[1]
ROW = {
    "doc": "a",
    "indicator": "Thu ngân sách nhà nước",
    "value": 5,
    "unit": "tỷ đồng",
    "base_value": 5e9,
    "base_unit": "đồng",
    "kind": "actual",
    "period": "2023",
    "locality": "Phú Yên",
    "comparisons": [{"percent": 105, "relation": "ratio", "basis": "plan"}],
}
needs_scorer = pytest.mark.skipif(
    not SCORER.exists(), reason="the shared scorer is not next to the repository"
)


@needs_scorer
def test_a_record_is_wrong_for_each_field_a_reviewer_retypes():
    scorer = load_scorer(SCORER)
    assert faults(scorer, ROW, dict(ROW)) == []
    assert faults(scorer, None, dict(ROW)) == ["false record"]
    changed = {**ROW, "kind": "estimate", "period": "2024", "comparisons": [], "indicator": "Chi ngân sách"}
    assert faults(scorer, ROW, changed) == [
        "kind",
        "period",
        "comparisons",
    ]  # "ngân sách" shared: label F1 0.5
    assert faults(scorer, ROW, {**ROW, "indicator": "Vốn đầu tư"}) == ["label"]


@needs_scorer
def test_the_report_counts_flags_the_queue_and_the_accept(tmp_path):
    gold, export = tmp_path / "gold.jsonl", tmp_path / "export.jsonl"
    gold.write_text(json.dumps(ROW), encoding="utf-8")
    flagged = {
        **ROW,
        "period": "2030",
        "risk": 0.7,
        "confidence": 0.9,
        "checks": [{"rule": "actual_after_article"}],
    }
    false = {**ROW, "value": 7, "base_value": 7e9, "risk": 0.1, "confidence": 0.9, "checks": []}
    export.write_text("\n".join(json.dumps(r) for r in (flagged, false)), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "benchmarks/check_precision.py", "--threshold", "0.8", f"all/x={gold}:{export}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "== all: 2 records, 2 wrong (100.0%)" in out
    assert "actual_after_article           1       1       1.00" in out
    assert "accept all that pass (confidence >= 0.8): 1 of 2 records, 1 wrong (100.0%)" in out


def test_the_accept_holds_an_article_whose_assumed_year_is_not_confirmed():
    asking = {**ROW, "checks": [{"rule": "period_assumed"}], "status": "pending"}
    assert asks_year(asking)
    assert not asks_year({**asking, "status": "confirmed"})  # answered
    assert not asks_year({**ROW, "checks": [{"rule": "label_opening"}], "status": "pending"})
