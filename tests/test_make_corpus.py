"""The synthetic benchmark corpus: deterministic, and its answers exactly right.

Benchmarks score extraction against ``answers.jsonl``; a wrong answer there
would be blamed on the extractor.  So these tests re-derive every answer's
numbers from the text it points at, independently of the generator.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from statistics import mean

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # ``pytest`` run without ``python -m``: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks import make_corpus  # noqa: E402
from benchmarks.corpus import generate, generate_articles, write_corpus  # noqa: E402
from desktop.core.errors import InputError  # noqa: E402
from desktop.core.records import BASES, KINDS, QUALIFIERS, RELATIONS, Record  # noqa: E402

SCORER = ROOT.parent / "shared" / "tools" / "score_extraction.py"
SCALES = {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9}
FIELDS = {
    "doc",
    "indicator",
    "value",
    "unit",
    "base_value",
    "base_unit",
    "of",
    "value_max",
    "qualifier",
    "kind",
    "period",
    "locality",
    "comparisons",
    "text",
    "start",
    "end",
    "core",
}
NUMBER = r"\d{1,3}(?:\.\d{3})*(?:,\d+)?"


def vn(text: str) -> Decimal:
    """Parse Vietnamese notation, independently of the generator."""
    return Decimal(text.replace(".", "").replace(",", "."))


def scale_of(unit: str, base_unit: str) -> int:
    """Power of ten of the scale words in front of the base unit (``nghìn tỷ đồng`` → 12)."""
    assert unit.endswith(base_unit), (unit, base_unit)
    return sum(SCALES[word] for word in unit[: len(unit) - len(base_unit)].split())


def numbers_in(text: str) -> dict[str, Decimal | None]:
    """value, value_max and of as the figure's text writes them."""
    if m := re.fullmatch(rf"({NUMBER})%?(?:-| – )({NUMBER})%", text):
        return {"value": vn(m[1]), "value_max": vn(m[2]), "of": None}
    if m := re.fullmatch(r"(\d+)/(\d+) chỉ tiêu", text):
        return {"value": Decimal(m[1]), "value_max": None, "of": Decimal(m[2])}
    if m := re.fullmatch(rf"({NUMBER}) tỷ (\d{{1,3}}) triệu đồng", text):
        return {"value": vn(m[1]) + Decimal(m[2]) / 1000, "value_max": None, "of": None}
    m = re.match(NUMBER, text)
    assert m, text
    return {"value": vn(m[0]), "value_max": None, "of": None}


def decimal_lines(path: Path) -> list[dict]:
    """JSON Lines with every number parsed exactly."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line, parse_float=Decimal) for line in f]


@pytest.fixture(scope="module")
def sample() -> list:
    return list(generate_articles(200, seed=7))


def test_same_seed_writes_the_same_bytes(tmp_path: Path) -> None:
    write_corpus(20, tmp_path / "a", seed=3)
    write_corpus(20, tmp_path / "b", seed=3)
    write_corpus(20, tmp_path / "c", seed=4)
    a = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()}
    b = {p.name: p.read_bytes() for p in (tmp_path / "b").iterdir()}
    c = {p.name: p.read_bytes() for p in (tmp_path / "c").iterdir()}
    assert a == b
    assert a["answers.jsonl"] != c["answers.jsonl"]


def test_an_article_does_not_depend_on_n() -> None:
    assert list(generate(5, seed=1)) == list(generate(20, seed=1))[:5]


def test_files_and_answers_written(tmp_path: Path) -> None:
    stats = write_corpus(20, tmp_path, seed=0)
    texts = sorted(tmp_path.glob("*.txt"))
    assert len(texts) == stats.articles == 20
    assert all(re.fullmatch(r"\d{6}_[0-9a-f]{16}\.txt", p.name) for p in texts)
    answers = decimal_lines(tmp_path / "answers.jsonl")
    assert len(answers) == stats.figures
    assert {a["doc"] for a in answers} <= {p.stem for p in texts}
    for answer in answers:
        text = (tmp_path / f"{answer['doc']}.txt").read_text(encoding="utf-8")
        assert text[answer["start"] : answer["end"]] == answer["text"]


def test_jsonl_layout_holds_the_same_articles(tmp_path: Path) -> None:
    write_corpus(20, tmp_path, seed=0, jsonl=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.jsonl", "corpus.jsonl"]
    rows = decimal_lines(tmp_path / "corpus.jsonl")
    expected = list(generate_articles(20, seed=0))
    assert [r["id"] for r in rows] == [a.doc for a in expected]
    assert [r["text"] for r in rows] == [a.text for a in expected]
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"]) and r["title"] for r in rows)
    assert all(r["title"] in r["text"] for r in rows)


def test_every_answer_points_at_its_text(sample: list) -> None:
    for article in sample:
        spans = sorted((a["start"], a["end"]) for a in article.answers)
        assert all(end <= start for (_, end), (start, _) in pairwise(spans)), "overlap"
        for answer in article.answers:
            assert article.text[answer["start"] : answer["end"]] == answer["text"]
            assert answer["doc"] == article.doc


def test_every_answer_validates_against_the_record_fields(sample: list) -> None:
    for article in sample:
        for answer in article.answers:
            assert set(answer) == FIELDS
            assert answer["kind"] in KINDS
            assert answer["qualifier"] in QUALIFIERS
            assert answer["indicator"] and answer["locality"]
            assert re.fullmatch(r"\d{4}(-\d{4})?", answer["period"])
            assert answer["unit"] == answer["unit"].lower()
            for c in answer["comparisons"]:
                assert c["relation"] in RELATIONS and c["basis"] in BASES
                assert c["relation"] == "change" or c["percent"] > 0
            record = Record.from_dict(answer)  # the project's own reader accepts it
            assert record.end - record.start == len(answer["text"])


def test_values_are_what_the_text_says_and_base_is_value_times_scale(tmp_path: Path) -> None:
    write_corpus(100, tmp_path, seed=11, jsonl=True)
    for answer in decimal_lines(tmp_path / "answers.jsonl"):
        written = numbers_in(answer["text"])
        assert answer["value"] == written["value"], answer["text"]
        assert answer["value_max"] == written["value_max"]
        assert answer["of"] == written["of"]
        scale = scale_of(answer["unit"], answer["base_unit"])
        assert answer["base_value"] == answer["value"] * Decimal(10) ** scale, answer["text"]
        if answer["unit"] == "%":
            assert answer["base_value"] == answer["value"]


def test_corpus_covers_the_annotation_vocabulary(sample: list) -> None:
    answers = [a for article in sample for a in article.answers]
    assert {a["kind"] for a in answers} == set(KINDS)
    assert {a["qualifier"] for a in answers} == set(QUALIFIERS)
    comparisons = {(c["relation"], c["basis"]) for a in answers for c in a["comparisons"]}
    assert {r for r, _ in comparisons} == set(RELATIONS)
    assert {b for _, b in comparisons} == {"same_period", "plan", "target"}
    assert any(c["percent"] < 0 for a in answers for c in a["comparisons"])
    units = {a["unit"] for a in answers}
    assert {
        "%",
        "tỷ đồng",
        "triệu đồng",
        "nghìn tỷ đồng",
        "triệu usd",
        "ha",
        "triệu tấn",
        "triệu đồng/người/năm",
        "chỉ tiêu",
    } <= units
    assert any(a["value_max"] is not None for a in answers)
    assert any(a["locality"] == "cả nước" for a in answers)
    assert any(re.fullmatch(r"\d+\.\d{3}ha", a["text"]) for a in answers)
    assert any(" tỷ " in a["text"] and " triệu " in a["text"] for a in answers)


def test_articles_carry_the_furniture_and_out_of_scope_numbers(sample: list) -> None:
    text = "\n".join(a.text for a in sample)
    for marker in (
        "► Dành cho người dân",
        "leftcenterrightdel",
        "\n.\n",
        "Tin liên quan",
        "Ngày xuất bản: ",
        "[GMT+7]",
        "Lượt xem: ",
        "/NQ-HĐND",
        "nhiệm kỳ 2020-2025",
        "lần thứ X",
        "ba đột phá",
        " […]",
    ):
        assert marker in text, marker


def test_size_and_density_match_the_genre(sample: list) -> None:
    assert 17 <= mean(len(a.answers) for a in sample) <= 23
    assert 3000 <= mean(len(a.text.encode("utf-8")) for a in sample) <= 6000


def test_writes_one_file_per_article_and_the_answers(tmp_path: Path) -> None:
    write_corpus(20, tmp_path, seed=0)
    assert len(list(tmp_path.glob("*.txt"))) == 20
    answers = (tmp_path / "answers.jsonl").read_text(encoding="utf-8").splitlines()
    assert len({json.loads(line)["doc"] for line in answers}) == 20


def test_refuses_a_directory_with_files(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="not an empty directory"):
        write_corpus(1, tmp_path)


def test_cli_writes_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert make_corpus.main(["3", str(tmp_path / "out"), "--seed", "2", "--jsonl"]) == 0
    assert "3 articles" in capsys.readouterr().out
    assert make_corpus.main(["3", str(tmp_path / "out")]) == 2
    assert "not an empty directory" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        make_corpus.main(["0", str(tmp_path / "other")])


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not next to this checkout")
def test_the_shared_scorer_reads_the_answers(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    assert spec and spec.loader
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    write_corpus(20, tmp_path, seed=5, jsonl=True)
    answers = scorer.load(tmp_path / "answers.jsonl")
    assert all(scorer.unit_class(a) != "other" for a in answers)
    result = scorer.score(answers, answers)
    assert result["records"]["f1"] == 1.0 and result["comparisons"]["f1"] == 1.0
