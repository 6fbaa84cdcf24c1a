"""Label rules of stop 31, fourth wave (issue 8), each on invented sentences of the genre: ones it must
change and ones it must leave alone.

* The percentage rise of the economy's output is its growth however the output is named: in words
  (``tổng sản phẩm trên địa bàn``), by its short name with the words in brackets (``GRDP (tổng sản
  phẩm ...)``), without oil and gas (``... trừ dầu khí``), or its product taxes (``thuế sản phẩm``).
* The part of the year a report's lead names goes on past the span's own year (``Quý I năm 2024``,
  ``9 tháng năm 2024``) and past a year it is compared with (``cao nhất kể từ năm 2019``).
* What there is at a cut-off day (``Tính đến hết tháng 9, toàn tỉnh có 520 dự án còn hiệu lực``) is a
  stock at that day, not the flow of the months up to it: its labels take no ``9 tháng``.
* A growth named only by its level (``mức tăng``, ``mức tăng trưởng``) is the growth of the sector that
  reached it (``ngành dệt may với mức tăng 12%``, ``có mức tăng trưởng âm``), and a bare level is no
  subject for the items of a list after it (``vào mức tăng trưởng; trong đó: ngành du lịch tăng``).
"""

import pytest
from extracted import labels

# --- the growth of the economy's output, however it is named --------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tổng sản phẩm trên địa bàn tăng 6,4% so với cùng kỳ.", ["Tăng trưởng tổng sản phẩm trên địa bàn"]),
        ("GRDP (tổng sản phẩm trên địa bàn) của thành phố tăng 7,9% so với cùng kỳ.", ["Tăng trưởng GRDP"]),
        (
            "Tổng sản phẩm trên địa bàn (GRDP) trừ dầu khí tăng 3,6% so với cùng kỳ.",
            ["Tăng trưởng tổng sản phẩm trên địa bàn (GRDP) trừ dầu khí"],
        ),
        ("Thuế sản phẩm tăng 5,3% so với cùng kỳ.", ["Tăng trưởng thuế sản phẩm"]),
    ],
)
def test_a_rise_of_the_economys_output_is_its_growth(text, want):
    assert labels(text, published="2024-07-05") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a fall is no growth
        ("Thuế sản phẩm giảm 1,8% so với cùng kỳ.", ["Thuế sản phẩm giảm"]),
        # a branch's output value keeps its rise, as before
        ("Giá trị sản xuất công nghiệp tăng 11,2% so với cùng kỳ.", ["Giá trị sản xuất công nghiệp tăng"]),
        # the output's amount is no growth
        ("Tổng sản phẩm trên địa bàn đạt 25.400 tỷ đồng.", ["Tổng sản phẩm trên địa bàn"]),
        # a product that is not the economy's output
        ("Sản phẩm OCOP tăng 12% so với cùng kỳ.", ["Sản phẩm OCOP tăng"]),
    ],
)
def test_what_is_not_the_economys_output_keeps_its_rise(text, want):
    assert labels(text, published="2024-07-05") == want


# --- the lead's span goes on past its own year and past a year it is compared with ----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Quý I năm 2024 tổng sản phẩm trên địa bàn đạt 15.200 tỷ đồng, tăng 6,1% so cùng kỳ.\n"
            "Tổng thu nội địa ước đạt 2.300 tỷ đồng.",
            ["Tổng sản phẩm trên địa bàn quý I", "Tổng thu nội địa quý I"],
        ),
        (
            "Huyện Kim Sơn: 9 tháng năm 2024 kinh tế tăng khá\nTổng thu nội địa ước đạt 2.300 tỷ đồng, tăng 11%.",
            ["Tổng thu nội địa 9 tháng"],
        ),
        (
            "Kinh tế quý I\nTổng sản phẩm trên địa bàn quý I/2024 tăng 7,2%, là mức tăng cao nhất kể từ năm "
            "2019 trở lại đây.\nTổng thu nội địa ước đạt 2.300 tỷ đồng.",
            ["Tăng trưởng tổng sản phẩm trên địa bàn quý I", "Tổng thu nội địa quý I"],
        ),
    ],
)
def test_the_leads_span_goes_on_past_years_that_are_not_the_reports(text, want):
    assert labels(text, published="2024-10-05") == want


def test_the_leads_span_stops_at_a_year_of_its_own():
    text = (
        "Quý I năm 2024 tổng sản phẩm trên địa bàn đạt 15.200 tỷ đồng, tăng 6,1% so cùng kỳ.\n"
        "Năm 2023, tổng thu nội địa đạt 9.300 tỷ đồng."
    )
    assert labels(text, published="2024-04-05") == ["Tổng sản phẩm trên địa bàn quý I", "Tổng thu nội địa"]


# --- a stock at a cut-off day takes no span of the months up to it --------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tính đến hết tháng 9/2024, toàn tỉnh có 520 dự án đầu tư còn hiệu lực, tổng vốn đăng ký 84.000 "
            "tỷ đồng.",
            ["Dự án đầu tư còn hiệu lực", "Tổng vốn đăng ký dự án đầu tư còn hiệu lực"],
        ),
        (
            "Đến cuối tháng 6, huyện có khoảng 1.240 doanh nghiệp đang hoạt động.",
            ["Doanh nghiệp đang hoạt động"],
        ),
        (
            "Đến hết tháng 5/2024, tỉnh có 410/520 trường học đạt chuẩn quốc gia, đạt tỷ lệ 78,8%.",
            ["Trường học đạt chuẩn quốc gia", "Tỷ lệ trường học đạt chuẩn quốc gia"],
        ),
    ],
)
def test_what_there_is_at_a_cut_off_day_takes_no_span(text, want):
    assert labels(text, published="2024-10-05") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # what was done up to the day is the flow of those months
        (
            "Tính đến hết tháng 8, thu ngân sách trên địa bàn đạt 5.400 tỷ đồng.",
            ["Thu ngân sách trên địa bàn 8 tháng"],
        ),
        ("Đến cuối tháng 6, huyện đã cấp phép cho 310 doanh nghiệp.", ["Doanh nghiệp được cấp phép 6 tháng"]),
    ],
)
def test_a_flow_up_to_a_cut_off_day_keeps_its_span(text, want):
    assert labels(text, published="2024-10-05") == want


# --- a growth named only by its level -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Trong đó, ngành dệt may nổi bật với mức tăng 12,4%.", ["Tăng trưởng ngành dệt may nổi bật"]),
        (
            "Riêng ngành kinh doanh bất động sản có mức tăng trưởng âm 4,1%.",
            ["Tăng trưởng âm ngành kinh doanh bất động sản"],
        ),
        (
            "Khu vực dịch vụ tăng 9%, đóng góp 2 điểm phần trăm vào mức tăng trưởng; trong đó: ngành du lịch "
            "tăng 16,1%, ngành vận tải tăng 8%.",
            [
                "Tăng trưởng khu vực dịch vụ",
                "Đóng góp của khu vực dịch vụ vào mức tăng trưởng",  # as the sentence words it
                "Tăng trưởng ngành du lịch",
                "Tăng trưởng ngành vận tải",
            ],
        ),
    ],
)
def test_a_growth_named_by_its_level_is_the_sectors(text, want):
    assert labels(text, published="2024-07-05") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a rise of what is no sector is no growth
        ("Lương tối thiểu vùng có mức tăng 6%.", ["Lương tối thiểu vùng có mức tăng"]),
        # a growth reached, as before
        ("Tuy nhiên, ngành nông nghiệp vẫn đạt mức tăng trưởng 2,45%.", ["Tăng trưởng ngành nông nghiệp"]),
        # a list's subject that names a measure stays
        (
            "Kim ngạch xuất khẩu sang các thị trường chính: Hoa Kỳ 412 triệu USD, EU 208 triệu USD.",
            ["Kim ngạch xuất khẩu sang Hoa Kỳ", "Kim ngạch xuất khẩu sang EU"],
        ),
    ],
)
def test_what_is_no_sectors_growth_keeps_its_label(text, want):
    assert labels(text, published="2024-07-05") == want
