"""Label rules written from the aggregate shape of the errors (``benchmarks/label_errors.py``), each
on invented sentences of the genre: ones the rule must change and ones it must leave alone."""

import pytest

from desktop.core.extract import extract


def labels(text, **kwargs):
    return [r.indicator for r in extract(text, **kwargs).records]


def label(text, **kwargs):
    (found,) = labels(text, **kwargs)
    return found


# --- ``mới`` that is a term's own word, not the adverb ``only`` before a figure -----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vốn huy động xây dựng nông thôn mới đạt hơn 5.800 tỷ đồng.", "Vốn huy động xây dựng nông thôn mới"),
        ("Kinh phí xây dựng nông thôn mới năm 2023 đạt 310 tỷ đồng.", "Kinh phí xây dựng nông thôn mới"),
        ("Vốn đầu tư các khu đô thị mới đạt 5.800 tỷ đồng.", "Vốn đầu tư các khu đô thị mới"),
    ],
)
def test_new_after_the_programme_s_noun_is_the_term_s(text, want):
    assert label(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Thu ngân sách mới đạt 300 tỷ đồng.", "Thu ngân sách"),  # only reached: the adverb goes
        ("Huyện có thêm 6 xã đạt chuẩn nông thôn mới.", "Xã đạt chuẩn nông thôn mới"),
    ],
)
def test_new_as_the_adverb_still_goes_and_counts_keep_their_term(text, want):
    assert label(text) == want
