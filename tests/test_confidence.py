"""The extractor's confidence (``desktop/core/extract/confidence.py``): a logistic regression over the
hand-made prior and the record's signs, fitted offline by ``benchmarks/fit_confidence.py``."""

from __future__ import annotations

import itertools
import json
import math

import pytest

from benchmarks.fit_confidence import (
    Model,
    Row,
    accepted,
    balanced,
    fit,
    kept_sets,
    noting_signs,
    weights_json,
    wrong_among,
)
from desktop.core.bundled import resource
from desktop.core.extract import extract
from desktop.core.extract.confidence import (
    CONTRADICTED,
    NO_PERIOD,
    QUOTED,
    SHAPE_PRIOR,
    WEIGHTS_FILE,
    _model,
    confidence_of,
    prior,
    probability,
    signs_of,
    text_signs,
)
from desktop.core.extract.doubts import AGAIN, NO_PLACE, PLANNED, SHORT, UNCODED

GUESSES = (PLANNED, SHORT, NO_PLACE, UNCODED, AGAIN)


def signs(shape: str = "money", guesses: tuple[str, ...] = (), named: bool = True, furniture: bool = False):
    return signs_of(shape, "actual", guesses, named, furniture, True)


def test_the_shipped_weights_load_and_keep_the_priors_order():
    data = json.loads(resource(WEIGHTS_FILE).read_text(encoding="utf-8"))
    assert data["sets"] and data["fitted"] and data["records"] > 0  # what it was fitted on, and when
    bias, slope, weights = _model()
    assert slope > 0 and math.isfinite(bias)
    assert all(math.isfinite(weight) for weight in weights.values())


def test_the_prior_is_the_hand_made_score():
    assert prior(signs()) == 0.9
    assert prior(signs(guesses=(UNCODED,))) == 0.75
    assert prior(signs("count", (PLANNED, SHORT), named=False)) == 0.2
    assert prior(signs("percent", furniture=True)) == 0.7
    assert prior(signs("count", GUESSES, named=False, furniture=True)) == 0.05  # never certain to be wrong


def test_identity_weights_give_the_prior_back():
    for record in (signs(), signs("count", (SHORT,)), signs("scaled", named=False)):
        assert probability(0.0, 1.0, {}, record) == pytest.approx(prior(record))


@pytest.mark.parametrize("guess", GUESSES)
def test_each_guess_lowers_the_confidence(guess: str) -> None:
    assert confidence_of(signs(guesses=(guess,))) < confidence_of(signs())


def test_more_guesses_are_less_sure():
    for shape in SHAPE_PRIOR:
        values = [confidence_of(signs(shape, GUESSES[:n])) for n in range(len(GUESSES) + 1)]
        assert values == sorted(values, reverse=True)
        assert values[0] > values[-1]


def test_confidences_stay_inside_zero_and_one():
    for shape, named, furniture in itertools.product([*SHAPE_PRIOR, "unknown"], (True, False), (True, False)):
        for n in range(len(GUESSES) + 1):
            for guesses in itertools.combinations(GUESSES, n):
                assert 0.0 < confidence_of(signs(shape, guesses, named, furniture)) < 1.0


def test_records_of_an_article_carry_the_confidence_of_their_signs():
    text = "Năm 2023, thu ngân sách nhà nước của huyện đạt 500 tỷ đồng, vốn đầu tư giải ngân 300 tỷ đồng."
    records = extract(text, published="2024-01-05", locality="Tuy An").records
    assert records and all(0.0 < r.confidence < 1.0 for r in records)
    with noting_signs() as noted:
        indexed = extract(text, published="2024-01-05", locality="Tuy An").records
    assert [confidence_of(noted[int(r.confidence)]) for r in indexed] == [r.confidence for r in records]
    assert extract(text, published="2024-01-05", locality="Tuy An").records == records  # the hook is gone


def fixture_rows(bias: float, slope: float) -> list[tuple[tuple[str, ...], bool, float]]:
    """Rows whose rate of right records is exactly the logistic of the prior's log-odds, by 1,000s."""
    rows = []
    for shape, guesses in itertools.product(("money", "percent", "count"), ((), (SHORT,), (SHORT, UNCODED))):
        record = signs(shape, guesses)
        base = prior(record)
        right = round(1000 / (1 + math.exp(-(bias + slope * math.log(base / (1 - base))))))
        rows += [(record, True, 1.0)] * right + [(record, False, 1.0)] * (1000 - right)
    return rows


def test_the_fit_finds_the_bias_and_slope_its_rows_were_made_with():
    model = fit(fixture_rows(0.3, 0.5))
    assert model.bias == pytest.approx(0.3, abs=0.01)
    assert model.slope == pytest.approx(0.5, abs=0.01)
    assert model.weights == {}
    assert fit(fixture_rows(0.3, 0.5)) == model  # deterministic


def test_the_weights_file_the_fit_writes_is_what_the_core_reads():
    model = fit(fixture_rows(-0.2, 0.8), signs=True)
    assert set(model.weights) >= {"shape:money", SHORT}  # each sign seen gets a weight
    data = json.loads(weights_json(model, ["a", "b"], ["b"], ["c"], 9000, "2026-12-03"))
    assert (
        data["sets"] == ["a", "b"]
        and data["fresh"] == ["b"]
        and data["held_out"] == ["c"]
        and data["fitted"] == "2026-12-03"
    )
    record = signs("percent", (SHORT,))
    read = round(probability(data["bias"], data["slope"], data["weights"], record), 3)
    assert read == model.confidence(record)


def test_fresh_sets_weigh_as_much_as_the_read_ones_together():
    rows = [Row("read", signs(), True, (), 0.9)] * 6 + [Row("fresh", signs(), False, (), 0.9, fresh=True)] * 2
    weights = [weight for _, _, weight in balanced(rows)]
    assert sum(weights[:6]) == sum(weights[6:]) == 6
    assert Model(0.0, 1.0, {}).confidence(signs()) == 0.9


def test_the_shipped_file_is_as_the_fit_script_writes_it():
    text = resource(WEIGHTS_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    model = Model(data["bias"], data["slope"], data["weights"])
    held_out = data["held_out"]
    assert weights_json(model, data["sets"], data["fresh"], held_out, data["records"], data["fitted"]) == text


def said(text: str, figure: str, period: str | None = "2023", stated: bool = False) -> tuple[str, ...]:
    """The text signs of ``figure`` (its first occurrence) in a one-sentence-per-line ``text``."""
    low = text.lower()
    start = low.index(figure.lower())
    line_start = low.rfind("\n", 0, start) + 1
    line_end = low.find("\n", start)
    line_end = len(low) if line_end < 0 else line_end
    return text_signs(low, (line_start, line_end), (start, start + len(figure)), period, stated)


def test_a_record_with_no_period_says_so():
    assert said("Hợp tác xã có tổng vốn 12 tỷ đồng.", "12 tỷ đồng", period=None) == (NO_PERIOD,)
    assert said("Hợp tác xã có tổng vốn 12 tỷ đồng.", "12 tỷ đồng") == ()


def test_a_year_in_brackets_after_the_figure_is_its_own():
    text = "Tỷ lệ hộ nghèo giảm từ 58,4% (2021) xuống còn 47,9% (hết năm 2023)."
    assert said(text, "58,4%") == (CONTRADICTED,)
    assert said(text, "47,9%") == ()  # (hết năm 2023): the year it has
    assert said(text, "58,4%", period="2021") == ()
    assert said("Thu nhập đạt 42 triệu đồng (năm 2022: 39 triệu đồng).", "42 triệu đồng") == ()  # a gloss


def test_a_figure_is_never_of_the_year_it_is_compared_with():
    text = "Thu ngân sách đạt 12.500 tỷ đồng, tăng 5% so với cùng kỳ năm 2022, trong đó thu nội địa 9.100 tỷ đồng."
    assert said(text, "12.500 tỷ đồng", period="2022") == (CONTRADICTED,)
    assert said(text, "9.100 tỷ đồng", period="2022") == (CONTRADICTED,)
    assert said(text, "12.500 tỷ đồng", period="2023") == ()
    assert said(text, "12.500 tỷ đồng", period="2022", stated=True) == ()  # written near it: read there
    # the base written right after the comparison is of that year
    base = "Thu nhập năm 2020 đạt 59 triệu đồng, gấp 3 lần so với năm 2010 (19 triệu đồng)."
    assert said(base, "19 triệu đồng", period="2010") == ()


def test_a_speakers_figure_is_quoted():
    text = (
        "Ông Lê Văn Bình cho biết: “Hợp tác xã có vốn 12 tỷ đồng, tăng 4 tỷ đồng so với trước”. "
        "Thu ngân sách của huyện đạt 300 tỷ đồng.\n"
        'Bà Hoa nói: "Mỗi sào thu 2 tạ thóc". Giá lúa 7.000 đồng/kg.'
    )
    assert said(text, "12 tỷ đồng") == (QUOTED,)
    assert said(text, "300 tỷ đồng") == ()  # the quotation closed before it
    assert said(text, "2 tạ") == (QUOTED,)
    assert said(text, "7.000 đồng/kg") == ()
    assert said("“Năm 2023\nThu ngân sách đạt 300 tỷ đồng.", "300 tỷ đồng") == ()  # another paragraph's


def test_a_period_that_cannot_be_right_costs_more_than_a_guess():
    assert prior((*signs(), NO_PERIOD)) == prior((*signs(), CONTRADICTED)) == 0.45
    assert prior((*signs(), QUOTED)) == prior(signs(guesses=(UNCODED,))) == 0.75
    assert confidence_of((*signs(), NO_PERIOD)) < confidence_of(signs("count", (SHORT,))) < 0.68


def test_records_carry_the_signs_of_their_text():
    text = (
        "Ông Bình cho biết: “Hợp tác xã có tổng vốn 12 tỷ đồng”. Năm 2023, huyện thu ngân sách 300 tỷ đồng."
    )
    with noting_signs() as noted:
        records = extract(text, published="2024-01-05", locality="Tuy An").records
    by_value = {record.value: noted[int(record.confidence)] for record in records}
    assert QUOTED in by_value[12] and QUOTED not in by_value[300]


def test_the_accept_holds_back_an_article_with_an_open_year():
    rows = [
        Row("a", signs(), False, (), 0.9, held=True),
        Row("a", signs(), True, (), 0.9),
        Row("a", signs(), False, ("label_opening",), 0.9),
    ]
    assert accepted(rows, lambda row: row.today, 0.68) == (1, 0)
    assert wrong_among(rows, lambda row: row.today, 2) == 0


def test_the_fit_reads_the_sets_score_sets_keeps(tmp_path):
    for name in ("dev", "v"):
        for part in ("gold.jsonl", "pred.jsonl", "db"):
            (tmp_path / f"{name}.{part}").write_text("", encoding="utf-8")
    assert kept_sets(tmp_path) == ["dev", "v"]
