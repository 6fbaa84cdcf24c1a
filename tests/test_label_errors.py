"""The aggregate label-error report (``benchmarks/label_errors.py``): its word classes, where the extra
and missing words sit, and the run end to end on a tiny scored pair when the shared scorer is there."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.label_errors import SCORER, runs_around, word_classes

ROOT = Path(__file__).resolve().parents[1]


def test_words_get_the_class_of_the_phrase_they_are_in():
    assert word_classes("Thu ngân sách trên địa bàn 6 tháng đầu năm") == [
        ("thu", "object"),
        ("ngân", "object"),
        ("sách", "object"),
        ("trên", "place"),
        ("địa", "place"),
        ("bàn", "place"),
        ("6", "number"),
        ("tháng", "time"),
        ("đầu", "time"),
        ("năm", "time"),
    ]


def test_a_capitalised_word_inside_a_label_is_a_name_but_not_the_first():
    assert word_classes("Khách đến Đà Nẵng") == [
        ("khách", "object"),
        ("đến", "function"),
        ("đà", "name"),
        ("nẵng", "name"),
    ]


def test_the_words_one_label_lacks_around_the_other():
    assert runs_around(["tổng", "mức", "đầu", "tư"], ["tổng", "mức", "đầu", "tư", "khu", "đô", "thị"]) == [
        ("tail", ["khu", "đô", "thị"])
    ]
    assert runs_around(["khách", "quốc", "tế"], ["lượt", "khách", "quốc", "tế", "quý", "1"]) == [
        ("head", ["lượt"]),
        ("tail", ["quý", "1"]),
    ]
    assert runs_around(["giá", "cam"], ["giá", "bán", "cam"]) == []  # not one stretch of it


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not next to the repository")
def test_the_report_runs_on_a_scored_pair(tmp_path):
    row = {"doc": "a", "value": 5, "unit": "tỷ đồng", "base_value": 5e9, "base_unit": "đồng"}
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps({**row, "indicator": "Thu ngân sách nhà nước"}), encoding="utf-8")
    pred.write_text(json.dumps({**row, "indicator": "Thu ngân sách"}), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "benchmarks/label_errors.py", f"all/x={gold}:{pred}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "== all: 1 matched pairs, label word F1 0.750" in out
    assert "missing tail 1 pairs (2 words)" in out
