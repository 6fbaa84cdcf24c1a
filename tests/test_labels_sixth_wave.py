"""Label rules of stop 31, sixth wave (issue 8), each on invented sentences of the genre: ones it must
change and ones it must leave alone.

* A month said with its year right after what is measured, before its verb (``Kim ngạch xuất khẩu
  tháng 4/2022 ước đạt ...``), is the part of the year the figure is of: the label ends with it, as
  it does for ``tháng 4`` said without the year.  A month with its year after ``so với``, ``đến``,
  ``từ`` or opening the sentence (the day of an event) is not.
* The economy's own name keeps where its product is reckoned (``tổng sản phẩm trên địa bàn``,
  ``tổng sản phẩm trong tỉnh``): those words name the indicator (GRDP), not the record's place, which
  other labels still drop (``trên địa bàn tỉnh``); the sectors of a list after it stay without them,
  and carry the economy by its short name (``trong đó: khu vực dịch vụ ...`` → ``GRDP khu vực dịch
  vụ``), as a share of it already does.
* A contribution in percentage points says what it is to as the article words it right after its
  figure (``vào mức tăng trưởng chung``, ``vào tăng trưởng GRDP``), and the next ones of its
  paragraph, which say it no more, too; one that never says it is to ``tăng trưởng``.
* Targets met are named by the result, with the plan they were met against when it comes between the
  verb and the count (``đạt và vượt kế hoạch 20/22 chỉ tiêu``), not by the light verb before it
  (``thực hiện đạt và vượt``); a count that says a result of its own (``chưa đạt kế hoạch``) takes
  no deed of the sentence before.
* No label opens with the light verb ``thực hiện`` (``thực hiện khối lượng hàng hóa ...``,
  ``thực hiện giải ngân ...``): what is done or measured after it is the name; inside a label it stays.
* A percentage named only by what is got or done to it (``được hưởng 50% khoản thu``) is a rate:
  ``Tỷ lệ được hưởng ...``, as the hand-made labels name it.
* A label does not end with ``đề ra`` / ``đưa ra``: that a plan was set names nothing measured.
* Nor with a demonstrative (``vụ mùa này``, ``giai đoạn này``): the thing or time meant is what the
  other words or the period say; a bare ``tỷ lệ này`` is then the rate named before.  ``dịp này``
  (a holiday) and ``kịch bản này`` (a scenario) are read as before.
* A share's part does not open with ``tổng (số)``: the part is a share of the total, no total itself
  (``Tỷ trọng vốn đầu tư của Singapore trong tổng vốn đầu tư ...``); ``tổng sản phẩm`` is a name and
  stays.
* ``góp phần`` (helping towards) is no word of a label: one that opens with it names what is helped
  (``góp phần tăng trưởng kinh tế chung ... đạt 10,6%``), one that runs into it ends before it.
"""

import pytest
from extracted import labels


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


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tổng sản phẩm trong tỉnh (GRDP) năm 2023 ước tăng 7,2% so với năm 2022.",
            ["Tăng trưởng tổng sản phẩm trong tỉnh (GRDP)"],
        ),
        (
            "Tổng sản phẩm trên địa bàn toàn tỉnh (GRDP) năm 2022 đạt 45.000 tỷ đồng.",
            ["Tổng sản phẩm trên địa bàn (GRDP)"],
        ),
    ],
)
def test_the_economy_keeps_where_its_product_is_reckoned(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tỷ lệ bao phủ bảo hiểm y tế trên địa bàn tỉnh đạt 92%.", ["Tỷ lệ bao phủ bảo hiểm y tế"]),
        (
            "Giá trị sản xuất công nghiệp trên địa bàn tỉnh năm 2023 đạt 12.000 tỷ đồng.",
            ["Giá trị sản xuất công nghiệp"],
        ),
        (
            "Tổng sản phẩm trong tỉnh (GRDP) năm 2021 ước đạt 24.042 tỷ đồng, trong đó: khu vực dịch vụ ước đạt 9.689 tỷ đồng.",
            ["Tổng sản phẩm trong tỉnh (GRDP)", "GRDP khu vực dịch vụ"],
        ),
    ],
)
def test_other_places_and_the_sectors_stay_without_it(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2023, khu vực dịch vụ tăng 7,1%, đóng góp 2,4 điểm phần trăm vào mức tăng trưởng chung; "
            "khu vực công nghiệp và xây dựng tăng 9,5%, đóng góp 3,6 điểm phần trăm.",
            [
                "Tăng trưởng khu vực dịch vụ",
                "Đóng góp của khu vực dịch vụ vào mức tăng trưởng chung",
                "Tăng trưởng khu vực công nghiệp và xây dựng",
                "Đóng góp của khu vực công nghiệp và xây dựng vào mức tăng trưởng chung",
            ],
        ),
        (
            "Năm 2023, khu vực nông nghiệp giảm 1,2%, làm giảm 0,3 điểm phần trăm vào mức tăng trưởng chung.",
            ["Khu vực nông nghiệp giảm", "Khu vực nông nghiệp làm giảm mức tăng trưởng chung"],
        ),
    ],
)
def test_a_contribution_says_what_it_is_to(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2023, khu vực dịch vụ tăng 7,1%, đóng góp 2,4 điểm phần trăm.",
            ["Tăng trưởng khu vực dịch vụ", "Đóng góp của khu vực dịch vụ vào tăng trưởng"],
        ),
        (
            "Năm 2023, khu vực dịch vụ tăng 7,1%, đóng góp 2,4 điểm phần trăm vào tăng trưởng GRDP.\n"
            "Năm 2022, khu vực công nghiệp tăng 9,5%, đóng góp 3,6 điểm phần trăm.",
            [
                "Tăng trưởng khu vực dịch vụ",
                "Đóng góp của khu vực dịch vụ vào tăng trưởng GRDP",
                "Tăng trưởng khu vực công nghiệp",
                "Đóng góp của khu vực công nghiệp vào tăng trưởng",
            ],
        ),
    ],
)
def test_a_contribution_that_says_nothing_of_it_is_to_growth(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2023, tỉnh đã đạt và vượt kế hoạch 20/22 chỉ tiêu kinh tế - xã hội.",
            ["Chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch"],
        ),
        ("Năm 2023, huyện thực hiện đạt và vượt 16/17 chỉ tiêu chủ yếu.", ["Chỉ tiêu chủ yếu đạt và vượt"]),
    ],
)
def test_targets_met_are_named_by_the_result(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Năm 2023, huyện có 15/16 chỉ tiêu đạt và vượt kế hoạch.", ["Chỉ tiêu đạt và vượt kế hoạch"]),
        (
            "Năm 2023, huyện đã đạt và vượt kế hoạch 24/25 chỉ tiêu. Cụ thể, có 15/16 chỉ tiêu kinh tế đạt và "
            "vượt kế hoạch, 1 chỉ tiêu chưa đạt kế hoạch.",
            [
                "Chỉ tiêu đạt và vượt kế hoạch",
                "Chỉ tiêu kinh tế đạt và vượt kế hoạch",
                "Chỉ tiêu chưa đạt kế hoạch",
            ],
        ),
    ],
)
def test_targets_that_say_their_own_result_keep_it(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Trong 7 tháng, thực hiện khối lượng hàng hóa thông qua cảng biển đạt 12 triệu tấn.",
            ["Khối lượng hàng hóa thông qua cảng biển 7 tháng"],
        ),
        ("Năm 2023, thực hiện giải ngân vốn đầu tư công đạt 1.200 tỷ đồng.", ["Giải ngân vốn đầu tư công"]),
        # inside the label, the same words stay
        (
            "Năm 2023, vốn đầu tư thực hiện trên địa bàn đạt 500 tỷ đồng.",
            ["Vốn đầu tư thực hiện trên địa bàn"],
        ),
        (
            "Năm 2023, tỷ lệ thực hiện thủ tục hành chính trực tuyến đạt 85%.",
            ["Tỷ lệ thực hiện thủ tục hành chính trực tuyến"],
        ),
    ],
)
def test_no_label_opens_with_the_light_verb(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Theo nghị quyết, thành phố được hưởng 50% khoản thu tiền thuê đất.",
            ["Tỷ lệ được hưởng khoản thu tiền thuê đất"],
        ),
        # a rate already named keeps its name
        ("Năm 2023, tỷ lệ hộ được sử dụng nước sạch đạt 95%.", ["Tỷ lệ hộ được sử dụng nước sạch"]),
    ],
)
def test_a_percentage_of_what_is_got_is_a_rate(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Năm 2023, chỉ tiêu thu ngân sách tỉnh đề ra là 5.000 tỷ đồng.", ["Chỉ tiêu thu ngân sách tỉnh"]),
        # another verb with ``ra`` stays
        ("Năm 2023, lượng hàng hóa bán ra đạt 300 tấn.", ["Lượng hàng hóa bán ra"]),
    ],
)
def test_a_label_does_not_end_with_a_plan_set_out(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Năm 2023, năng suất lúa vụ mùa này đạt 6 tấn/ha.", ["Năng suất lúa vụ mùa"]),
        (
            "Giai đoạn 2016-2020, tốc độ tăng trưởng kinh tế bình quân giai đoạn này đạt 7,5%.",
            ["Tốc độ tăng trưởng kinh tế bình quân"],
        ),
        (
            "Năm 2023, tỷ lệ hộ nghèo còn 4,2%; năm 2025, tỷ lệ này còn khoảng 3%.",
            ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo"],
        ),
    ],
)
def test_a_label_does_not_end_with_a_demonstrative(text, want):
    assert labels(text, published="2024-05-02") == want


def test_a_holiday_said_again_by_a_demonstrative_is_named():
    text = (
        "Dịp Tết Nguyên đán 2024, toàn tỉnh đón 50.000 lượt khách. Doanh thu du lịch dịp này đạt 80 tỷ đồng."
    )
    assert labels(text, published="2024-05-02") == [
        "Lượt khách dịp Tết Nguyên đán",
        "Doanh thu du lịch dịp Tết Nguyên đán",
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tổng vốn đầu tư của Singapore chiếm 14% tổng vốn đầu tư nước ngoài.",
            ["Tỷ trọng vốn đầu tư của Singapore trong tổng vốn đầu tư nước ngoài"],
        ),
        # the economy's product is a name, not a total
        (
            "Năm 2023, tổng sản phẩm khu vực dịch vụ chiếm 40% GRDP.",
            ["Tỷ trọng tổng sản phẩm khu vực dịch vụ trong GRDP"],
        ),
    ],
)
def test_a_shares_part_is_no_total(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tổng sản phẩm trên địa bàn (GRDP) năm 2019 tăng 6,50% so với năm 2018, trong đó: khu vực dịch vụ "
            "tăng 6,34%.",
            ["Tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", "GRDP khu vực dịch vụ tăng"],
        ),
        # no short name said: the list's subject as written
        (
            "Tổng sản phẩm năm 2019 đạt 45.000 tỷ đồng, trong đó: khu vực dịch vụ đạt 20.000 tỷ đồng.",
            ["Tổng sản phẩm", "Tổng sản phẩm khu vực dịch vụ"],
        ),
    ],
)
def test_the_sectors_of_the_economy_carry_its_short_name(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Từ năm 2015 đến nay, huyện trồng được 2.900 ha rừng các loại góp phần nâng độ che phủ.",
            ["Diện tích trồng rừng các loại"],
        ),
        (
            "Ngành nông nghiệp tăng 5,1%, góp phần tăng trưởng kinh tế chung của tỉnh năm 2019 đạt 10,6%.",
            ["Tăng trưởng ngành nông nghiệp", "Tăng trưởng kinh tế chung"],
        ),
        # a contribution said as a noun stays
        ("Năm 2023, tỷ lệ đóng góp của doanh nghiệp đạt 25%.", ["Tỷ lệ đóng góp của doanh nghiệp"]),
    ],
)
def test_helping_towards_is_no_word_of_a_label(text, want):
    assert labels(text, published="2024-05-02") == want
