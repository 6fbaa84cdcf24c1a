"""extract() never raises and keeps its spans honest, on arbitrary and hostile input."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.hostile_input import HOSTILE
from desktop.core.extract import extract

_DIGIT = re.compile(r"\d")

genre_words = st.sampled_from(
    [
        "đạt",
        "ước đạt",
        "tăng",
        "giảm",
        "so với cùng kỳ",
        "kế hoạch",
        "năm 2020",
        "tỷ đồng",
        "triệu",
        "%",
        "ha",
        "lượt khách",
        "/",
        "-",
        "–",
        ",",
        ";",
        ".",
        "\n",
        "(",
        ")",
        "gần",
        "hơn",
        "phấn đấu",
        "quý I/2019",
        "nhiệm kỳ",
        "2015-2020",
        "cả nước",
        "Hà Nội",
        "\u200b",
        "\u202e",
        "![a](http://x/1.jpg)",
        "1.300",
        "1,39",
        "24/26 chỉ tiêu",
    ]
)
genre_text = st.lists(
    st.one_of(genre_words, st.integers(0, 10**7).map(str), st.text(max_size=5)), max_size=40
).map(" ".join)


def check(text, **kwargs):
    result = extract(text, **kwargs)
    for r in result.records:
        assert 0 <= r.start < r.end <= len(text)
        assert _DIGIT.search(text[r.start : r.end])
        assert 0 <= r.confidence <= 1
    return result


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_arbitrary_unicode(text):
    check(text)


@settings(max_examples=300, deadline=None)
@given(genre_text, st.sampled_from([None, "2020-02-01", "2021-11-30", "bad", "2020-13-45"]))
def test_never_raises_on_genre_like_text(text, published):
    check(text, published=published, locality="Cần Thơ")


@pytest.mark.parametrize("value", [None, 42, b"bytes", ""])
def test_non_text_gives_nothing(value):
    assert extract(value).records == []


def test_offsets_survive_letters_that_lower_to_two_characters():
    text = "İİİ Doanh thu đạt 500 tỷ đồng."
    (r,) = check(text).records
    assert text[r.start : r.end] == "500 tỷ đồng"


@pytest.mark.slow
@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_keeps_spans_honest(text):
    # How long each takes is printed by benchmarks/hostile_input.py: no test asserts a duration.
    check(text)
