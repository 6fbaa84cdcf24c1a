"""The extractor's confidence (``desktop/core/extract/confidence.py``): a logistic regression over the
hand-made prior and the record's signs, fitted offline by ``benchmarks/fit_confidence.py``."""

from __future__ import annotations

import itertools
import json
import math

import pytest

from benchmarks.fit_confidence import Model, Row, balanced, fit, noting_signs, weights_json
from desktop.core.bundled import resource
from desktop.core.extract import extract
from desktop.core.extract.confidence import (
    SHAPE_PRIOR,
    WEIGHTS_FILE,
    _model,
    confidence_of,
    prior,
    probability,
    signs_of,
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
