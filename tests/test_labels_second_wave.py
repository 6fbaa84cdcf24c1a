"""Label rules of stop 30, second wave (issue 8), each on invented sentences of the genre: ones it must
change and ones it must leave alone.

* A branch's percentage in a sentence that gives the economy's structure (``cơ cấu kinh tế``) is its
  share in that structure, said so; a share moved from one level to another keeps its label.
* A plan in brackets with its verb (``(KH đạt 65-66%)``, ``(KH giảm 1,5-2%)``, ``(KH tăng 9-10%)``) is
  the plan of the figure before, as one without (``(KH 65%)``); a growth's plan keeps the growth's
  whole name. Said by its abbreviation alone, ``(KH 65%)`` is the plan column of a compact table: the
  same label as the figure before (its kind says it is a plan); ``kế hoạch`` or ``mục tiêu`` in full,
  or a plan for the whole year (``(KH cả năm 9,5%)``), is labelled so.
* A length of time said of what is counted (``đào tạo nghề dưới 3 tháng``, ``trẻ dưới 6 tháng tuổi``)
  is no part of the year: it stays in the label and frames no figure after it.
* A growth said after a cue (``khu vực dịch vụ dự ước tăng trưởng 6,1%``) is the growth of the branch,
  the GRDP or the economy before the cue, as one said without it.
* ``việc làm mới`` (new jobs) is one term: its ``mới`` is no adverb to drop before a figure.
* A value at current prices (``theo giá hiện hành``) keeps its measure and ends with its price base: its
  ``giá`` no longer starts the label (``Giá hiện hành``).
* In a list of shares, the part after ``và`` (``công nghiệp chiếm 25% và dịch vụ chiếm 38%``) is the next
  part, not the whole of the share before it; a whole that gives the economy its short name
  (``tổng sản phẩm trên địa bàn (GRDP)``) is said by it.
* The parts of a total detailed over several sentences of a paragraph (``Trong đó, hàng xuất khẩu ...
  Hàng nhập khẩu ...``) all carry the span of the total, up to a year of their own.
"""

import pytest
from extracted import labels

# --- the shares of the economy's structure --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the comma inside the first branch's name does not cut it
            "Năm 2024, cơ cấu kinh tế chuyển dịch tích cực, khu vực nông, lâm nghiệp và thủy sản chiếm "
            "tỷ trọng 20,1%; khu vực công nghiệp - xây dựng chiếm 35,2%; khu vực dịch vụ chiếm 44,7%.",
            [
                "Tỷ trọng khu vực nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế",
                "Tỷ trọng khu vực công nghiệp - xây dựng trong cơ cấu kinh tế",
                "Tỷ trọng khu vực dịch vụ trong cơ cấu kinh tế",
            ],
        ),
        (  # the heading's items, named by their branch alone
            "Năm 2024, cơ cấu kinh tế của huyện: nông nghiệp chiếm 40%, công nghiệp - xây dựng 25%, "
            "thương mại - dịch vụ 35%.",
            [
                "Tỷ trọng nông nghiệp trong cơ cấu kinh tế",
                "Tỷ trọng công nghiệp - xây dựng trong cơ cấu kinh tế",
                "Tỷ trọng thương mại - dịch vụ trong cơ cấu kinh tế",
            ],
        ),
    ],
)
def test_a_branch_percentage_of_the_economy_structure_is_its_share_in_it(text, want):
    assert labels(text) == want


def test_the_measure_of_the_item_before_the_heading_is_not_carried_to_its_branches():
    text = (
        "Chỉ tiêu năm 2024: Tốc độ tăng trưởng GRDP 7,5%; Cơ cấu kinh tế: Nông, lâm nghiệp và thủy sản "
        "25,5% (KH 25%), công nghiệp - xây dựng 30,2%, dịch vụ 44,3%."
    )
    assert labels(text)[1:] == [
        "Tỷ trọng nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế",
        "Tỷ trọng nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế",
        "Tỷ trọng công nghiệp - xây dựng trong cơ cấu kinh tế",
        "Tỷ trọng dịch vụ trong cơ cấu kinh tế",
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a share moved from one level to another
            "Năm 2024, cơ cấu kinh tế chuyển dịch theo hướng giảm tỷ trọng khu vực nông nghiệp (từ 40% "
            "xuống 35%).",
            ["Tỷ trọng khu vực nông nghiệp", "Tỷ trọng khu vực nông nghiệp"],
        ),
        (  # a growth, not a share
            "Năm 2024, cơ cấu kinh tế chuyển dịch tích cực; tốc độ tăng trưởng GRDP đạt 7%.",
            ["Tốc độ tăng trưởng GRDP"],
        ),
        (  # no structure said: the share of the whole it names
            "Năm 2024, công nghiệp chiếm 40% tổng vốn đầu tư.",
            ["Tỷ trọng công nghiệp trong tổng vốn đầu tư"],
        ),
    ],
)
def test_other_percentages_of_a_structure_sentence_keep_their_label(text, want):
    assert labels(text) == want


# --- a plan in brackets, with its verb ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2024, tỷ lệ lao động qua đào tạo đạt 66,5% (KH đạt 65-66%).",
            ["Tỷ lệ lao động qua đào tạo", "Tỷ lệ lao động qua đào tạo"],
        ),
        (
            "Năm 2024, tỷ lệ che phủ rừng là 45,2% (KH là 45%).",
            ["Tỷ lệ che phủ rừng", "Tỷ lệ che phủ rừng"],
        ),
        (  # the plan's change, when the figure before said none
            "Năm 2024, tỷ lệ hộ nghèo còn 3,1% (KH giảm 1%).",
            ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo giảm"],
        ),
        (
            "Năm 2024, tỷ lệ hộ nghèo giảm 1,7% (KH giảm 1,5-2%).",
            ["Tỷ lệ hộ nghèo giảm", "Tỷ lệ hộ nghèo giảm"],
        ),
        (  # a growth's plan keeps its whole name
            "Năm 2024, tốc độ tăng trưởng GRDP đạt 8,2% (KH tăng 9-10%).",
            ["Tốc độ tăng trưởng GRDP", "Tốc độ tăng trưởng GRDP"],
        ),
        (
            "Năm 2024, kinh tế tăng trưởng 7,2% (mục tiêu tăng 7%).",
            ["Kinh tế tăng trưởng", "Mục tiêu kinh tế tăng trưởng"],
        ),
    ],
)
def test_a_plan_in_brackets_with_its_verb_is_the_plan_of_the_figure_before(text, want):
    assert labels(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Năm 2024, GRDP tăng 7,2% (kế hoạch tăng 7%).", ["Tăng trưởng GRDP", "Kế hoạch tăng trưởng GRDP"]),
        (
            "Năm 2024, thu ngân sách tăng 12% (KH năm tăng 10%).",
            ["Thu ngân sách tăng", "Thu ngân sách tăng"],
        ),
        # a plan of another measure than the figure before's is no plan of it
        ("Năm 2024, thu ngân sách đạt 5.000 tỷ đồng (KH tăng 10%).", ["Thu ngân sách"]),
    ],
)
def test_a_plan_of_a_change_is_the_plan_of_the_figure_before(text, want):
    assert labels(text) == want


# --- a length of time is no span ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2024, đã đào tạo nghề sơ cấp và dưới 3 tháng cho 4.200 người.",
            ["Người được đào tạo nghề sơ cấp và dưới 3 tháng"],
        ),
        (
            "Năm 2024, tỷ lệ trẻ em dưới 6 tháng tuổi được bú mẹ hoàn toàn đạt 45%.",
            ["Tỷ lệ trẻ em dưới 6 tháng tuổi được bú mẹ hoàn toàn"],
        ),
        (  # said in the lead, it frames none of the figures after it
            "Đến tháng 10/2024, tỉnh đã hoàn thành chỉ tiêu đào tạo nghề dưới 3 tháng cho người lao động.\n\n"
            "Cụ thể, tỉnh tạo việc làm mới cho 25.000 lao động.",
            ["Lao động được tạo việc làm mới"],
        ),
        # a part of the year still is one
        ("Sáu tháng đầu năm 2024, thu ngân sách đạt 5.000 tỷ đồng.", ["Thu ngân sách 6 tháng"]),
        ("Thu ngân sách trong 6 tháng đạt 5.000 tỷ đồng.", ["Thu ngân sách 6 tháng"]),
    ],
)
def test_a_length_of_time_said_of_what_is_counted_is_no_span(text, want):
    assert labels(text) == want


# --- a growth said after a cue --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2024, tổng sản phẩm trên địa bàn tỉnh ước đạt 9.000 tỷ đồng. Trong đó, khu vực nông, lâm "
            "nghiệp, thủy sản dự ước tăng trưởng 3,2%; khu vực công nghiệp - xây dựng dự ước tăng trưởng "
            "8,1%; khu vực dịch vụ ước tăng trưởng 5,7%.",
            [
                "Tổng sản phẩm",
                "Tăng trưởng khu vực nông, lâm nghiệp, thủy sản",
                "Tăng trưởng khu vực công nghiệp - xây dựng",
                "Tăng trưởng khu vực dịch vụ",
            ],
        ),
        ("Năm 2024, GRDP ước tăng trưởng 7%.", ["Tăng trưởng GRDP"]),
        ("Năm 2024, ngành du lịch dự kiến tăng trưởng 12%.", ["Tăng trưởng ngành du lịch"]),
    ],
)
def test_a_growth_said_after_a_cue_is_that_of_what_grew(text, want):
    assert labels(text) == want


def test_a_cued_growth_of_no_branch_keeps_its_label():
    assert labels("Năm 2024, tỉnh ước tăng trưởng 7%.") == ["Tăng trưởng"]


# --- new jobs -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Năm 2024, tỉnh đã tạo việc làm mới cho 10.300 người.", ["Người được tạo việc làm mới"]),
        ("Năm 2024, giải quyết việc làm mới cho 27.000 lao động.", ["Giải quyết việc làm mới"]),
        # ``mới`` the adverb (only) still goes
        ("Năm 2024, tỷ lệ giải ngân mới đạt 40%.", ["Tỷ lệ giải ngân"]),
    ],
)
def test_new_jobs_keep_their_new(text, want):
    assert labels(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a plan for the whole year, after a part of it
            "Sáu tháng đầu năm 2024, chỉ số sản xuất công nghiệp tăng 10,9% (KH cả năm 9,5%).",
            ["Chỉ số sản xuất công nghiệp tăng 6 tháng", "Kế hoạch chỉ số sản xuất công nghiệp tăng cả năm"],
        ),
        (  # the plan in full words
            "Năm 2024, thu nhập bình quân đầu người đạt 69,8 triệu đồng (kế hoạch 67,5 triệu đồng).",
            ["Thu nhập bình quân đầu người", "Kế hoạch thu nhập bình quân đầu người"],
        ),
    ],
)
def test_a_plan_for_the_whole_year_or_in_full_words_is_named(text, want):
    assert labels(text) == want


# --- current prices -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2024, tổng sản phẩm trên địa bàn tỉnh theo giá hiện hành đạt 120 nghìn tỷ đồng.",
            ["Tổng sản phẩm theo giá hiện hành"],
        ),
        ("Năm 2024, GRDP (giá hiện hành) đạt 120 nghìn tỷ đồng.", ["GRDP theo giá hiện hành"]),
        (  # the value at constant prices after it is the measure alone
            "Năm 2024, tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành ước đạt 120 nghìn tỷ đồng, theo "
            "giá so sánh đạt 90 nghìn tỷ đồng.",
            ["Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành", "Tổng sản phẩm trên địa bàn (GRDP)"],
        ),
        ("Năm 2024, giá trị sản xuất công nghiệp đạt 5.000 tỷ đồng.", ["Giá trị sản xuất công nghiệp"]),
    ],
)
def test_a_value_at_current_prices_keeps_its_measure(text, want):
    assert labels(text) == want


# --- a list of shares -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2024, nông nghiệp chiếm 30,5%, công nghiệp chiếm 25,1% và dịch vụ chiếm 38,2%.",
            ["Tỷ trọng nông nghiệp", "Tỷ trọng công nghiệp", "Tỷ trọng dịch vụ"],
        ),
        (
            "Năm 2024, vốn nhà nước chiếm 30% và vốn ngoài nhà nước chiếm 70%.",
            ["Tỷ trọng vốn nhà nước", "Tỷ trọng vốn ngoài nhà nước"],
        ),
        (
            "Năm 2024, tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành đạt 120 nghìn tỷ đồng, trong đó: "
            "khu vực nông, lâm nghiệp và thủy sản chiếm 30,5%, công nghiệp - xây dựng chiếm 25,1% và dịch vụ "
            "chiếm 38,2%.",
            [
                "Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành",
                "Tỷ trọng khu vực nông, lâm nghiệp và thủy sản trong GRDP",
                "Tỷ trọng công nghiệp - xây dựng trong GRDP",
                "Tỷ trọng dịch vụ trong GRDP",
            ],
        ),
        # a whole said after the share stays
        (
            "Năm 2024, vốn nhà nước chiếm 30% tổng vốn đầu tư.",
            ["Tỷ trọng vốn nhà nước trong tổng vốn đầu tư"],
        ),
    ],
)
def test_the_part_after_và_in_a_list_of_shares_is_no_whole(text, want):
    assert labels(text) == want


# --- the parts of a total over several sentences --------------------------------------------------


def test_the_next_parts_of_a_detailed_total_carry_its_span():
    text = (
        "Năm 2024, ngành hàng hải tiếp tục phát triển, đón 50 tàu mới.\n\n"
        "Tổng khối lượng hàng hóa thông qua cảng trong 9 tháng ước đạt 300 triệu tấn.\n\n"
        "Trong đó, hàng xuất khẩu ước đạt 80 triệu tấn. Hàng nhập khẩu ước đạt 90 triệu tấn. Còn hàng nội "
        "địa ước đạt 130 triệu tấn."
    )
    assert labels(text)[2:] == ["Hàng xuất khẩu 9 tháng", "Hàng nhập khẩu 9 tháng", "Hàng nội địa 9 tháng"]


def test_a_year_of_its_own_ends_the_detailed_span():
    text = (
        "Trong 6 tháng, thu ngân sách đạt 500 tỷ đồng. Trong đó, thu nội địa đạt 400 tỷ đồng. Năm 2023, "
        "thu ngân sách đạt 900 tỷ đồng."
    )
    assert labels(text) == ["Thu ngân sách 6 tháng", "Thu nội địa 6 tháng", "Thu ngân sách"]
