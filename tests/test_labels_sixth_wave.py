"""Label rules of stop 31, sixth wave (issue 8), each on invented sentences of the genre: ones it must
change and ones it must leave alone.

* A month said with its year right after what is measured, before its verb (``Kim ngạch xuất khẩu
  tháng 4/2022 ước đạt ...``), is the part of the year the figure is of: the label ends with it, as
  it does for ``tháng 4`` said without the year.  A month with its year after ``so với``, ``đến``,
  ``từ`` or opening the sentence (the day of an event) is not.
"""

import pytest

from desktop.core.extract import extract


def labels(text, **kwargs):
    return [r.indicator for r in extract(text, **kwargs).records]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kim ngạch xuất khẩu tháng 4/2022 ước đạt 350 triệu USD, tăng 3% so với tháng trước.",
            ["Kim ngạch xuất khẩu tháng 4"],
        ),
        ("Doanh thu du lịch tháng 3/2023 của tỉnh đạt 120 tỷ đồng.", ["Doanh thu du lịch tháng 3"]),
        (
            "Chỉ số sản xuất công nghiệp tháng 11/2021 tăng 5,2% so với cùng kỳ.",
            ["Chỉ số sản xuất công nghiệp tăng tháng 11"],
        ),
    ],
)
def test_a_month_with_its_year_after_the_measure_ends_the_label(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tháng 5/2019, tỉnh khởi công 3 dự án giao thông.", ["Dự án giao thông khởi công"]),
        ("Doanh thu tăng 12% so với tháng 3/2022, đạt 40 tỷ đồng.", ["Doanh thu"]),
        ("Tính đến tháng 6/2023 có 210 doanh nghiệp đang hoạt động.", ["Doanh nghiệp đang hoạt động"]),
    ],
)
def test_a_month_with_its_year_that_is_no_span_stays_out(text, want):
    assert labels(text, published="2024-05-02") == want
