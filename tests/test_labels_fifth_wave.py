"""Label rules of stop 31, fifth wave (issue 8), each on invented sentences of the genre: ones it must
change and ones it must leave alone.

* The words after a figure keep a word whole: a trailing ``năm`` or ``số`` is not taken off a word it
  ends (``cây lâu năm``, ``cấp mã số``), and ``vào`` before a use (``đi vào hoạt động``, ``đưa vào
  sử dụng``) is no place nor time that ends the phrase.
* An area or a weight summed over kinds keeps the ``các loại`` that ends its clause
  (``3.000 ha rau màu các loại``): the articles and the hand-made labels name the total so.
"""

import pytest
from extracted import labels


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hiện nay, xã có 1.200 ha cây lâu năm.", ["Diện tích cây lâu năm"]),
        ("Huyện có 95 ha cà phê được Nhật Bản cấp mã số.", ["Diện tích cà phê được Nhật Bản cấp mã số"]),
        (
            "Năm nay, toàn huyện đã có 120 dự án đi vào hoạt động với tổng vốn 500 tỷ đồng.",
            ["Dự án đi vào hoạt động", "Tổng vốn dự án đi vào hoạt động"],
        ),
        ("Trong năm, thị xã có 14 công trình đưa vào sử dụng.", ["Công trình đưa vào sử dụng"]),
    ],
)
def test_a_trailing_word_that_ends_a_word_stays(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a period after the phrase still goes, with its preposition
        ("Toàn huyện có 300 ha chè trong năm 2023.", ["Diện tích chè"]),
        # ``vào`` before a place or a time still ends the phrase
        ("Tỉnh thu hút 12 dự án vào khu công nghiệp.", ["Dự án thu hút"]),
    ],
)
def test_a_trailing_word_of_its_own_still_goes(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Mỗi năm, huyện gieo trồng khoảng 3.000 ha rau màu các loại.",
            ["Diện tích gieo trồng rau màu các loại"],
        ),
        (
            "Năm nay, huyện trồng 450 ha cây ăn quả các loại, tăng 20 ha so với năm trước.",
            ["Diện tích trồng cây ăn quả các loại", "Diện tích trồng cây ăn quả các loại tăng"],
        ),
    ],
)
def test_an_area_over_kinds_keeps_them(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a count's kinds still go (``văn bản các loại``)
        ("Năm qua, Ủy ban ban hành 1.300 văn bản các loại.", ["Văn bản ban hành"]),
        # kinds a stop word cuts from the clause's end still go
        ("Năm nay, huyện xuất bán 3.000 tấn rau quả các loại của nông dân.", ["Rau quả"]),
    ],
)
def test_kinds_of_a_count_or_in_mid_clause_still_go(text, want):
    assert labels(text, published="2024-05-02") == want


def test_an_item_with_its_own_change_takes_no_deed_from_the_sentence_before():
    text = (
        "Năm nay, tăng trưởng của huyện chủ yếu nhờ khu vực công nghiệp và xây dựng, đóng góp 58,2% tăng "
        "trưởng chung. Trong đó: Công nghiệp khai khoáng tăng 6,4%; sản xuất đồ gỗ tăng 3,3%."
    )
    got = labels(text, published="2024-05-02")
    assert got[1:] == ["Công nghiệp khai khoáng tăng", "Sản xuất đồ gỗ tăng"]


def test_an_item_without_a_verb_still_takes_the_deed_before():
    text = "Năm nay, huyện đã xuất khẩu 800 tấn hạt giống. Trong đó, lúa 300 tấn."
    assert labels(text, published="2024-05-02") == ["Hạt giống xuất khẩu", "Lúa xuất khẩu"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tính riêng tháng 3, tỉnh đã thu hút được 4 dự án FDI với tổng vốn đăng ký đạt 150 triệu USD.",
            ["Dự án FDI thu hút tháng 3", "Tổng vốn đăng ký dự án FDI tháng 3"],
        ),
        (
            "Năm nay, huyện thu hút 12 dự án với tổng vốn đầu tư 900 tỷ đồng.",
            ["Dự án thu hút", "Tổng vốn đầu tư dự án"],
        ),
    ],
)
def test_the_capital_of_projects_attracted_is_not_what_was_attracted(text, want):
    assert labels(text, published="2024-05-02") == want


def test_capital_said_to_be_attracted_keeps_the_deed():
    assert labels("Năm 2023, vốn FDI thu hút được đạt 2,1 tỷ USD.", published="2024-05-02") == [
        "Vốn FDI thu hút"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Khu vực dịch vụ đạt 9.210 tỷ đồng, tăng 5,4% (năm 2022 tăng 6,6%).",
            ["Khu vực dịch vụ", "Tăng trưởng khu vực dịch vụ"],
        ),
        (
            "Khu vực nông nghiệp đạt 2.100 tỷ đồng, tăng 1,1% (cùng kỳ năm trước giảm 0,8%).",
            ["Khu vực nông nghiệp", "Khu vực nông nghiệp giảm"],
        ),
    ],
)
def test_a_bracketed_change_of_another_year_is_the_amounts_change(text, want):
    assert labels(text, published="2024-05-02") == want


def test_a_bracketed_change_with_no_amount_before_is_left_alone():
    text = "Tăng trưởng kinh tế 6 tháng ước đạt 6,2% (cùng kỳ năm trước tăng 5,1%)."
    assert labels(text, published="2024-05-02") == [
        "Tăng trưởng kinh tế 6 tháng",
        "Tăng trưởng kinh tế 6 tháng",
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Đến nay, bình quân mỗi xã đạt 14,5/19 tiêu chí nông thôn mới.",
            ["Tiêu chí nông thôn mới bình quân mỗi xã"],
        ),
        (
            "Chương trình xây dựng nông thôn mới: các xã đạt bình quân 15,2 tiêu chí/xã, tăng 3,1 tiêu chí/xã.",
            ["Tiêu chí nông thôn mới bình quân", "Tiêu chí nông thôn mới bình quân tăng"],
        ),
    ],
)
def test_an_average_of_criteria_named_by_its_unit_is_the_criteria_average(text, want):
    assert labels(text, published="2024-05-02") == want


def test_criteria_named_by_more_than_their_unit_keep_their_name():
    text = "Bình quân chung số tiêu chí đạt chuẩn của huyện là 12,5 tiêu chí/xã."
    assert labels(text, published="2024-05-02") == ["Bình quân chung số tiêu chí đạt chuẩn"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tổng đàn bò đạt 12.400 con/KH 12.000-12.500 con, đàn lợn 40.100 con/KH 38.000 con.",
            ["Tổng đàn bò", "Tổng đàn bò", "Đàn lợn", "Đàn lợn"],
        ),
        (
            "Thu nhập bình quân đầu người ước đạt 48,2 triệu đồng/KH 47-48 triệu đồng.",
            ["Thu nhập bình quân đầu người", "Thu nhập bình quân đầu người"],
        ),
        # the bracketed plan, as before
        ("Tỷ lệ hộ nghèo đạt 3,07% (KH 3,2%).", ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo"]),
    ],
)
def test_a_plan_after_a_slash_is_the_plan_of_the_figure_before(text, want):
    assert labels(text, published="2024-05-02") == want


def test_a_slash_that_is_a_rate_is_no_plan():
    text = "Năng suất lúa đạt 58,2 tạ/ha, giá lúa 7.500 đồng/kg."
    assert labels(text, published="2024-05-02") == ["Năng suất lúa", "Giá lúa"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Huyện có diện tích, sản lượng chè lớn nhất tỉnh, với gần 3.400 ha, sản lượng mỗi năm đạt 25.000 tấn.",
            ["Diện tích chè lớn nhất tỉnh", "Sản lượng chè lớn nhất tỉnh mỗi năm"],
        ),
        ("Dù diện tích giảm hơn 20 ha song chè vẫn đạt hơn 900 tấn.", ["Diện tích giảm", "Sản lượng chè"]),
    ],
)
def test_the_measure_a_label_opens_with_is_the_one_its_unit_says(text, want):
    assert labels(text, published="2024-05-02") == want


def test_a_yield_per_area_keeps_its_measure():
    assert labels("Năm nay, năng suất lúa đạt 5,8 tấn/ha.", published="2024-05-02") == ["Năng suất lúa"]
