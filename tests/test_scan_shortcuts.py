"""Stop 34's shortcuts for the extraction's scans give what the patterns they replace give.

Each scan once searched a pattern over a whole article, a sentence or a label; it now finds the few
places a match can start with ``str.find`` (or looks at a last word first).  The old way is written out
here and compared on invented sentences of the genre, at every start and end where the results may differ.
"""

from __future__ import annotations

import re

from desktop.core.extract import (
    clauses,
    doubts,
    examples,
    kinds,
    label_patterns,
    period_spans,
    periods,
    pipeline,
)
from desktop.core.scan import matches_from

TEXT = (
    "Trong 6 tháng đầu năm 2024, thu ngân sách đạt 5.200 tỷ đồng; 12  tháng qua có 1 hộ ông A thu 2,5 tỷ đồng.\n"
    "Dịp Tết Nguyên đán, TP. Hà Nội đón 3.000 khách… bình quân 10 năm tăng 7%. Hết tháng 9, quý III đạt 40%!\n"
    "Lúc 7:30, 21 hộ anh B và một hộ chị C; gia đình ông D có 3 ha (ThS. E cho biết)? Cả năm ước 8.000 tỷ đồng.\n"
    "Từ ngày 1/1, mùng 4 tết, có hộ mới; trang trại của anh F lãi 1.131 hộ, sau 5\tnăm, ba tháng..."
)


def test_sentence_ends_and_clause_boundaries_are_those_of_the_patterns() -> None:
    sentence_end = clauses._SENTENCE_END
    hard = re.compile(r"[;:\n…](?<!\d:(?=\d))")
    for end in range(len(TEXT) + 1):
        text = TEXT[:end]
        assert clauses._sentence_ends(text) == [m.end() for m in sentence_end.finditer(text)]
        assert clauses._hard_boundaries(text) == [m.end() for m in hard.finditer(text)]
    assert TEXT.index("7:30") + 2 not in clauses._hard_boundaries(TEXT)  # a time's colon ends no clause


def test_years_after_a_digit_are_the_matches_of_the_pattern() -> None:
    pattern = re.compile(r"\d\s+năm")
    low = TEXT.lower() + " 3 \n năm, x năm, 4năm"
    for end in range(len(low) + 1):
        assert period_spans.years_after_digit(low[:end]) == [m.start() for m in pattern.finditer(low[:end])]


def _first_word_match(text: str, start: int, end: int) -> re.Match[str] | None:
    for match in examples._HOUSEHOLD.finditer(text, start, end):
        at = match.start()
        if at == 0 or not (
            text[at - 1].isalnum() or (text[at - 1] in ".," and text[at - 2 : at - 1].isdigit())
        ):
            return match
    return None


def test_first_household_is_the_first_word_match_of_the_pattern() -> None:
    low = TEXT.lower()
    for start in range(0, len(low), 7):
        for end in range(start, len(low) + 1, 5):
            found, expected = examples._first_household(low, start, end), _first_word_match(low, start, end)
            assert (found and found.span()) == (expected and expected.span())
    assert examples._first_household("21 hộ anh b", 0, 11) is None  # the last digit of a number: no household


def test_period_phrase_look_ahead_changes_no_match() -> None:
    second = r"(?=cá|từ|tr|củ|cả|tí|đế|th|cu|đầ|gi|nă|nh|vụ|qu|\d)"
    assert second in label_patterns._PERIOD_PHRASE.pattern
    old = re.compile(
        label_patterns._PERIOD_PHRASE.pattern.replace(second, ""), label_patterns._PERIOD_PHRASE.flags
    )
    for line in [
        *TEXT.splitlines(),
        "Giá trị sản xuất Năm 2023 từ năm 2015 đến nay",
        "vụ 2023-2024, Quý IV/2023",
    ]:
        assert label_patterns._PERIOD_PHRASE.sub("", line) == old.sub("", line)


def test_earnings_floor_is_searched_only_where_it_can_end() -> None:
    tails = [
        "hộ có thu nhập trên",
        "15 hộ có thu nhập bình quân từ ",
        "3 mô hình cho lợi nhuận hơn\n",
        "2 hộ có mức tăng trưởng đạt dưới",
        "thu nhập trên 50 triệu",
        "có thu nhập trên đây",
        "có thu nhập TRÊN",
    ]
    for tail in tails:
        assert pipeline._earnings_floor(tail) == (pipeline._EARNINGS_FLOOR.search(tail) is not None)
    assert pipeline._earnings_floor(tails[1]) and not pipeline._earnings_floor(tails[4])


def test_plan_words_from_their_starts_are_those_finditer_gives() -> None:
    low = (
        "kh 2024 đạt 5%, sở kh&đt, khu kế hoạch; 105% kế hoạch, phấn đấu chỉ tiêu, mục tiêu dự kiến "
        "nghị quyết dự toán kh. xkh, không kh"
    )
    starts = doubts._plan_word_starts(low)
    for start in range(len(low) + 1):
        for end in range(start, len(low) + 1, 3):
            found = [m.span() for m in matches_from(doubts._PLAN_WORD, low, starts, start, end)]
            assert found == [m.span() for m in doubts._PLAN_WORD.finditer(low, start, end)]


def test_cue_openings_change_no_cue_found() -> None:
    old = re.compile(kinds._CUE.pattern.replace(f"(?={kinds._CUE_OPENINGS})", ""), kinds._CUE.flags)
    assert old.pattern != kinds._CUE.pattern
    region = (
        "ước đạt 5.000 tỷ đồng, dự kiến tăng, kế hoạch giao, chỉ tiêu đề ra, phấn đấu thu, đã thực hiện được, "
        "sơ bộ đạt, ước mơ, bổ sung có mục tiêu, chương trình mục tiêu quốc gia, nhằm đạt, thống kê, kịch bản"
    )
    for start in range(len(region) + 1):
        found = [(m.span(), m.lastgroup) for m in kinds._CUE.finditer(region, start)]
        assert found == [(m.span(), m.lastgroup) for m in old.finditer(region, start)]


def test_basis_gloss_is_searched_only_where_it_can_end() -> None:
    for text in [
        "tăng 5,2% (cùng kỳ tăng ",
        "so với năm 2020 (",
        "cao hơn năm 2020 ( \n",
        "gấp 1,2 lần năm 2020 (x",
        "cùng kỳ năm 2022 (",
        "(cùng kỳ năm 2022 là",
        "đạt 40 tỷ đồng, tăng",
    ]:
        for start in range(len(text) + 1):
            found = periods._basis_gloss(text, start, len(text))
            expected = periods._BASIS_GLOSS.search(text, start, len(text))
            assert (found and found.span()) == (expected and expected.span())
    assert periods._basis_gloss("cùng kỳ (", 0, 9) is not None
