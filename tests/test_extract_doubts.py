"""The extractor's confidence: what it had to guess about a record's meaning lowers it
(``desktop/core/extract/doubts.py``), so that the riskiest-first queue and the accept threshold see it."""

from __future__ import annotations

import pytest

from desktop.core.extract import extract
from desktop.core.extract.doubts import SHORT, Rewrites, _numbers_written, doubts, speaks_of_plan

#: The default threshold of "accept all that pass" (``desktop/gui/accept_all.py``).
ACCEPT = 0.68


def confidences(text: str, **kwargs: object) -> dict[str, float]:
    return {text[r.start : r.end]: r.confidence for r in extract(text, **kwargs).records}


def guesses(
    kind: str,
    label: str,
    sentence: str,
    locality: str | None = "Phú Yên",
    code: str | None = "budget_revenue",
    repeated: bool = False,
) -> int:
    return len(
        doubts(kind, label, locality, speaks_of_plan(sentence.lower(), 0, len(sentence)), code, repeated)
    )


def test_a_plain_result_in_a_named_place_has_no_doubt():
    assert guesses("actual", "Thu ngân sách nhà nước", "Thu ngân sách nhà nước đạt 5.000 tỷ đồng.") == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Thu ngân sách đạt 5.000 tỷ đồng, bằng 105% kế hoạch.",
        "Thu ngân sách đạt 5.000 tỷ đồng, bằng 105% so với dự toán.",
        "Theo Sở KH&ĐT, vốn đăng ký đạt 300 tỷ đồng.",
    ],
)
def test_a_plan_as_a_percentages_basis_or_a_departments_name_is_no_doubt(sentence: str) -> None:
    assert guesses("actual", "Thu ngân sách nhà nước", sentence) == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Vốn đầu tư công giải ngân 300 tỷ đồng, kế hoạch giao 400 tỷ đồng.",
        "Sản lượng lúa đạt 50 nghìn tấn (KH 52 nghìn tấn).",
        "Thu ngân sách đạt 5.000 tỷ đồng, vượt chỉ tiêu nghị quyết đề ra.",
    ],
)
def test_a_result_beside_a_plan_is_a_doubt(sentence: str) -> None:
    assert guesses("actual", "Vốn đầu tư công giải ngân", sentence) == 1


def test_each_guess_counts_once():
    sentence = "Phấn đấu có 12 xã đạt chuẩn."
    # a target, a one-word label, no place, no code
    assert guesses("target", "Xã", sentence, locality=None, code=None) == 4
    assert (
        guesses("estimate", "Xã đạt chuẩn nông thôn mới", sentence) == 0
    )  # an estimate is read from its cue


def test_guesses_lower_the_confidence_of_the_records_of_an_article():
    text = (
        "Năm 2023, thu ngân sách của huyện đạt 500 tỷ đồng, bằng 105% kế hoạch. "
        "Vốn đầu tư công giải ngân 300 tỷ đồng, kế hoạch giao 400 tỷ đồng."
    )
    found = confidences(text, published="2024-01-05", locality="Tuy An")
    assert found["500 tỷ đồng"] > found["300 tỷ đồng"]
    assert found["500 tỷ đồng"] >= ACCEPT > found["300 tỷ đồng"]


def test_a_record_without_a_place_is_less_sure_than_the_same_with_one():
    text = "Năm 2023, thu ngân sách đạt 500 tỷ đồng."
    assert (
        confidences(text, published="2024-01-05")["500 tỷ đồng"]
        < confidences(text, published="2024-01-05", locality="Tuy An")["500 tỷ đồng"]
    )


def test_a_label_the_lookup_cannot_code_is_a_doubt():
    sentence = "Tổng kinh phí tổ chức lễ hội đạt 500 triệu đồng."
    assert guesses("actual", "Tổng kinh phí tổ chức lễ hội", sentence, code=None) == 1
    assert guesses("actual", "Tổng kinh phí tổ chức lễ hội", sentence, code="culture_spending") == 0


def test_an_uncoded_label_lowers_the_confidence_a_coded_one_keeps():
    coded = "Năm 2023, thu ngân sách nhà nước của huyện đạt 500 tỷ đồng."
    uncoded = "Năm 2023, tổng kinh phí tổ chức lễ hội của huyện đạt 500 tỷ đồng."
    options = {"published": "2024-01-05", "locality": "Tuy An"}
    assert confidences(coded, **options)["500 tỷ đồng"] >= ACCEPT  # accepted with the rest
    assert confidences(uncoded, **options)["500 tỷ đồng"] < ACCEPT


def written_at(text: str, figure: str, nth: int = 0) -> bool:
    """:meth:`Rewrites.written_again` of the ``nth`` occurrence of ``figure`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(figure, start + 1)
    return Rewrites(text).written_again(start, start + len(figure))


def test_a_figure_written_twice_is_written_again_both_times():
    text = "Doanh thu du lịch đạt 320 tỷ đồng.\nNăm nay, tổng doanh thu từ du lịch đạt 320 tỷ đồng, tăng 8%."
    assert written_at(text, "320 tỷ đồng")
    assert written_at(text, "320 tỷ đồng", nth=1)
    assert guesses("actual", "Doanh thu du lịch", text, repeated=True) == 1


@pytest.mark.parametrize(
    ("text", "figure", "nth"),
    [
        ("Giá trị sản xuất tăng 12,5%, riêng nông nghiệp tăng 2,5%.", "2,5%", 1),
        ("Giá trị sản xuất tăng 5%, riêng công nghiệp tăng 15%.", "5%", 0),
        ("Năng suất lúa đạt 62,5 tạ/ha, cao hơn vụ trước 62,55 tạ/ha.", "62,5", 0),
        ("Tỷ lệ hộ nghèo giảm còn 3,2%.", "3,2%", 0),
    ],
)
def test_a_figure_inside_a_longer_one_or_written_once_is_not_written_again(
    text: str, figure: str, nth: int
) -> None:
    assert not written_at(text, figure, nth)


def test_a_figure_written_twice_lowers_the_confidence_of_its_records():
    once = "Năm 2023, thu ngân sách nhà nước của huyện đạt 500 tỷ đồng, chi ngân sách đạt 420 tỷ đồng."
    twice = "Năm 2023, thu ngân sách nhà nước của huyện đạt 500 tỷ đồng, chi ngân sách đạt 500 tỷ đồng."
    options = {"published": "2024-01-05", "locality": "Tuy An"}
    assert confidences(once, **options)["500 tỷ đồng"] >= ACCEPT
    assert confidences(twice, **options)["500 tỷ đồng"] < ACCEPT


def test_the_numbers_of_an_article_are_runs_that_open_on_a_digit():
    """Every number as :data:`_NUMBER` reads it, by where it starts: a run of marks (``,5``, the commas and
    full stops of the prose) holds none, and a number ends on its last digit."""
    text = "Thu 1.234, tăng 12,5% so với ,5 và 12,5 (năm 2023). Chi 1.234 tỷ đồng."
    assert _numbers_written(text) == {
        "1.234": [text.index("1.234"), text.rindex("1.234")],
        "12,5": [text.index("12,5"), text.rindex("12,5")],
        "2023": [text.index("2023")],
    }


@pytest.mark.parametrize(("label", "short"), [("Doanh thu", True), ("Số hộ nghèo", False), ("GRDP", True)])
def test_a_label_of_fewer_than_three_words_is_short(label: str, short: bool) -> None:
    assert (SHORT in doubts("actual", label, "Huyện A", False, "x", False)) is short
