"""Label rules of stop 32 (issue 8, labels B), each on invented sentences of the genre: no label is a
fragment of its clause (``Bình quân``, ``Tương đương``, ``Mức tăng``, the bare unit), and shares,
rates, averages and growths are named as readers name them. Each rule has sentences it must change
and sentences it must leave alone.

* An average said of no noun (``bình quân giai đoạn 2021-2023 đạt 6,5%``, ``bình quân 3 năm``) is the
  average of the growth or the change the rate before it in its sentence measured; after a level (a
  rate that is no change) it is left alone.
* An amount a percentage change comes to (``tăng 6,1% tương đương 3 triệu đồng``) is that change of
  the amount before it, of the same class of unit; the same amount in another unit is left alone.
* A growth said of no noun (``mức tăng là 8,1%``) is of the amount before it in its sentence.
* A rate a subject reaches (``Số học sinh tham gia bảo hiểm y tế đạt tỷ lệ 95%``) is the rate of that
  subject.
* A count's change said past what the count is against (``là 45 xã, gấp 1,5 lần kế hoạch, tăng 12
  xã``) is the change of what the count counted.
* An amount in brackets opened by a horizon, after a goal said of no measure (``vượt mục tiêu Nghị
  quyết Đại hội (đến năm 2025 đạt 1,5 tỷ USD)``), is that goal for the amount before it; one opened
  by a year alone (``vượt kế hoạch (năm 2022 đạt ...)``) is the amount's measure in that year.
* The product or the income reckoned per person (``GRDP đạt 80 triệu đồng/người``) is ``bình quân
  đầu người``, as readers always name it.
* A branch's share in the structure of the economy named ``cơ cấu GRDP`` / ``cơ cấu tổng sản phẩm``
  is said in it, as one in ``cơ cấu kinh tế`` is.
* Visitors counted after ``(tổng) số khách ... phục vụ là`` are named by that subject, not by the
  bare unit after the figure.
"""

import pytest
from extracted import labels


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2023, tốc độ tăng trưởng GRDP của tỉnh đạt 7,1%; bình quân giai đoạn 2021-2023 đạt 6,5%/năm.",
            ["Tốc độ tăng trưởng GRDP", "Tốc độ tăng trưởng GRDP bình quân"],
        ),
        (
            "Tốc độ tăng trưởng kinh tế năm 2024 đạt 6,8%; bình quân 3 năm đạt 6,2%.",
            ["Tốc độ tăng trưởng kinh tế", "Tốc độ tăng trưởng kinh tế bình quân 3 năm"],
        ),
        (
            "Tổng sản phẩm trên địa bàn tăng 7,2%, bình quân giai đoạn tăng 6,9%.",
            [
                "Tăng trưởng tổng sản phẩm trên địa bàn",
                "Tăng trưởng tổng sản phẩm trên địa bàn bình quân giai đoạn",
            ],
        ),
    ],
)
def test_an_average_said_of_no_noun_is_of_the_growth_before(text, want):
    assert labels(text) == want


def test_an_average_after_a_level_is_of_that_level_not_of_a_growth():
    got = labels("Tỷ lệ che phủ rừng đạt 42%; bình quân cả nước đạt 41,9%.")
    assert got[1] == "Tỷ lệ che phủ rừng bình quân"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Thu nhập bình quân đầu người đạt 52 triệu đồng (tăng 6,1% tương đương 3 triệu đồng).",
            ["Thu nhập bình quân đầu người", "Thu nhập bình quân đầu người tăng"],
        ),
        (
            "Thu ngân sách đạt 8.000 tỷ đồng, giảm 5% tương đương 420 tỷ đồng.",
            ["Thu ngân sách", "Thu ngân sách giảm"],
        ),
    ],
)
def test_the_amount_a_change_comes_to_is_that_change_of_the_amount_before(text, want):
    assert labels(text) == want


def test_the_same_amount_in_another_unit_keeps_the_amounts_name():
    got = labels("Kim ngạch xuất khẩu đạt 2,1 tỷ USD (tương đương 50.000 tỷ đồng).")
    assert got == ["Kim ngạch xuất khẩu", "Kim ngạch xuất khẩu"]


def test_a_growth_said_of_no_noun_is_of_the_amount_before():
    got = labels(
        "Tổng mức bán lẻ hàng hóa đạt 12 nghìn tỷ đồng, tăng 10,4% so với cùng kỳ "
        "(nếu loại trừ yếu tố giá thì mức tăng là 8,1%)."
    )
    assert got == ["Tổng mức bán lẻ hàng hóa", "Mức tăng tổng mức bán lẻ hàng hóa"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Số học sinh tham gia bảo hiểm y tế đạt tỷ lệ 95,2%.", "Tỷ lệ học sinh tham gia bảo hiểm y tế"),
        (
            "Năm 2023, lao động có việc làm thường xuyên đạt tỉ lệ 64%.",
            "Tỉ lệ lao động có việc làm thường xuyên",
        ),
    ],
)
def test_a_rate_a_subject_reaches_is_the_rate_of_that_subject(text, want):
    assert labels(text) == [want]


def test_a_rate_that_names_what_it_is_of_is_left_alone():
    assert labels("Tỷ lệ lao động qua đào tạo đạt 70%.") == ["Tỷ lệ lao động qua đào tạo"]


def test_a_count_change_past_what_the_count_is_against_is_of_what_it_counted():
    got = labels(
        "Đến nay số xã đạt chuẩn nông thôn mới là 45 xã, gấp 1,5 lần so kế hoạch, tăng 12 xã so năm 2020."
    )
    assert got == ["Xã đạt chuẩn nông thôn mới", "Xã đạt chuẩn nông thôn mới tăng"]


def test_an_amount_after_a_goal_said_of_no_measure_is_that_goal_of_the_amount_before():
    got = labels(
        "Năm 2022, tổng kim ngạch xuất khẩu đạt 1,8 tỷ USD, vượt mục tiêu Nghị quyết Đại hội "
        "Đảng bộ tỉnh (đến năm 2025 đạt 1,5 tỷ USD)."
    )
    assert got == ["Tổng kim ngạch xuất khẩu", "Mục tiêu tổng kim ngạch xuất khẩu"]


def test_an_amount_of_a_year_alone_after_a_plan_is_the_amount_in_that_year():
    got = labels("Thu ngân sách đạt 500 tỷ đồng, vượt kế hoạch (năm 2022 đạt 450 tỷ đồng).")
    assert got == ["Thu ngân sách", "Thu ngân sách"]


def test_an_amount_of_another_year_in_brackets_is_left_alone():
    assert labels("Doanh thu đạt 500 tỷ đồng (năm 2022 đạt 450 tỷ đồng).") == ["Doanh thu", "Doanh thu"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("GRDP đạt 80,5 triệu đồng/người, tăng 7% so với năm trước.", "GRDP bình quân đầu người"),
        ("Thu nhập đạt 60 triệu đồng/người/năm.", "Thu nhập bình quân đầu người"),
    ],
)
def test_the_product_or_income_per_person_is_per_head(text, want):
    assert labels(text) == [want]


def test_an_amount_per_person_of_something_else_is_left_alone():
    assert labels("GRDP đạt 9.610 tỷ đồng.") == ["GRDP"]
    assert labels("Thu nhập của người lao động đạt 8 triệu đồng/người/tháng.") == [
        "Thu nhập của người lao động"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Cơ cấu GRDP năm 2023: công nghiệp - xây dựng chiếm 45%, dịch vụ chiếm 40%, nông nghiệp chiếm 15%.",
            [
                "Tỷ trọng công nghiệp - xây dựng trong cơ cấu GRDP",
                "Tỷ trọng dịch vụ trong cơ cấu GRDP",
                "Tỷ trọng nông nghiệp trong cơ cấu GRDP",
            ],
        ),
        (
            "Trong cơ cấu tổng sản phẩm, khu vực dịch vụ chiếm 42,1%.",
            ["Tỷ trọng khu vực dịch vụ trong cơ cấu tổng sản phẩm"],
        ),
        (
            "Cơ cấu kinh tế chuyển dịch đúng hướng, tỷ trọng dịch vụ chiếm 40%.",
            ["Tỷ trọng dịch vụ trong cơ cấu kinh tế"],
        ),
    ],
)
def test_a_branch_share_is_said_in_the_structure_by_its_name(text, want):
    assert labels(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tổng số khách do các cơ sở lưu trú phục vụ là 415,2 nghìn lượt.",
            "Tổng số khách do các cơ sở lưu trú phục vụ",
        ),
        ("Số khách do các cơ sở lữ hành phục vụ đạt 96 nghìn lượt.", "Số khách do các cơ sở lữ hành phục vụ"),
    ],
)
def test_visitors_served_are_named_by_the_subject_counted(text, want):
    assert labels(text) == [want]


def test_visitors_served_named_after_the_figure_keep_those_words():
    assert labels("Các cơ sở lưu trú phục vụ 415,2 nghìn lượt khách quốc tế.") == ["Lượt khách quốc tế"]
