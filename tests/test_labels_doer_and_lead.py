"""Label rules of stop 30 (issue 8), each on invented sentences of the genre: ones it must change and
ones it must leave alone.

* Firms that do the deed a figure counts stay in its label, as an acronym does (who runs the count is
  part of what it counts); a place or an authority does not (the locality says it).
* The part of the year a report's title or lead names (``Quý I/2024, ...``, ``... 4 tháng đầu năm``)
  ends the labels of the figures after it that name no span of their own, up to another span, a
  cut-off day or a year of the article's own.
"""

import pytest
from extracted import label, labels

# --- firms as the doers of a counted deed -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Từ đầu năm 2024 đến nay, các khu công nghiệp trong tỉnh thu hút thêm 5 dự án.",
            "Dự án các khu công nghiệp thu hút",
        ),
        (  # the aside in brackets and the firms' place go, the words that say which firms stay
            "Năm 2024, các doanh nghiệp (DN) chăn nuôi bò sữa của tỉnh đã nhập khẩu 4.000 con bò giống.",
            "Bò giống các doanh nghiệp chăn nuôi bò sữa nhập khẩu",
        ),
        ("Năm 2024, DN đã thu mua 300 tấn cà phê của nông dân.", "Cà phê DN thu mua"),
        # an acronym past an auxiliary, as without one
        ("Năm 2024, NHCSXH đã tổ chức 4 phiên giao dịch tại xã.", "Phiên giao dịch NHCSXH tổ chức"),
    ],
)
def test_firms_that_do_a_counted_deed_stay_in_its_label(text, want):
    assert label(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Năm 2024, tỉnh đã thu hút 12 dự án.", "Dự án thu hút"),  # a place
        ("Năm 2024, Sở Kế hoạch và Đầu tư đã thẩm định 30 dự án.", "Dự án thẩm định"),  # an authority
        ("Năm 2024, UBND tỉnh đã tổ chức 4 hội nghị xúc tiến đầu tư.", "Hội nghị xúc tiến đầu tư tổ chức"),
    ],
)
def test_a_place_or_an_authority_that_does_it_stays_out(text, want):
    assert label(text) == want


# --- the part of the year a report's lead names --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sở Công Thương: kết quả 9 tháng đầu năm\n"
            "Kim ngạch xuất khẩu đạt 1.200 triệu USD, tăng 8%. Thu ngân sách trên địa bàn đạt 4.100 tỷ đồng.",
            ["Kim ngạch xuất khẩu 9 tháng", "Thu ngân sách trên địa bàn 9 tháng"],
        ),
        (  # up to a cut-off day: what the article has by then is a stock, of no span
            "Quý II/2024, doanh thu du lịch của huyện đạt 320 tỷ đồng.\n"
            "Lượng khách lưu trú đạt 150.000 lượt. Đến nay, toàn huyện có 45 cơ sở lưu trú.",
            ["Doanh thu du lịch quý II", "Lượng khách lưu trú quý II", "Cơ sở lưu trú"],
        ),
        (  # up to a year of the article's own
            "Tỉnh đón 20.000 lượt khách trong tháng 5.\nDoanh thu du lịch đạt 90 tỷ đồng. "
            "Năm 2023, doanh thu đạt 800 tỷ đồng.",
            ["Lượt khách tháng 5", "Doanh thu du lịch tháng 5", "Doanh thu du lịch"],
        ),
        (  # a project's total investment is no flow of the part of the year
            "6 tháng đầu năm 2024, tỉnh thu hút 12 dự án FDI.\n"
            "Dự án Nhà máy điện mặt trời có tổng mức đầu tư 2.300 tỷ đồng. Kim ngạch xuất khẩu đạt 950 triệu USD.",
            [
                "Dự án FDI thu hút 6 tháng",
                "Dự án Nhà máy điện mặt trời có tổng mức đầu tư",
                "Kim ngạch xuất khẩu 6 tháng",
            ],
        ),
    ],
)
def test_the_span_a_report_lead_names_ends_the_labels_after_it(text, want):
    assert labels(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a year before the span: a year's report, where the span is one section's
        "Năm 2023, tỉnh đạt nhiều kết quả trong 9 tháng.\nThu ngân sách đạt 300 tỷ đồng.",
        # two spans in the lead: which one each figure is of, it does not say
        "Tình hình kinh tế tháng 8 và 8 tháng năm 2024\nThu ngân sách đạt 300 tỷ đồng.",
    ],
)
def test_a_lead_that_names_a_year_first_or_two_spans_frames_nothing(text):
    assert labels(text) == ["Thu ngân sách"]


# --- a sector's rise is its growth --------------------------------------------------------------


def test_a_sector_named_by_its_sector_word_grows():
    text = (
        "Năm 2024, giá trị sản xuất công nghiệp tăng 12%, trong đó ngành công nghiệp chế biến, chế tạo "
        "tăng 13,5%; ngành sản xuất, phân phối điện tăng 4%."
    )
    assert labels(text)[1:] == [
        "Tăng trưởng ngành công nghiệp chế biến, chế tạo",
        "Tăng trưởng ngành sản xuất, phân phối điện",
    ]
    text = "Năm 2024, GRDP tăng 8,5%; thuế sản phẩm trừ trợ cấp sản phẩm tăng 6,3%."
    assert labels(text)[1] == "Tăng trưởng thuế sản phẩm trừ trợ cấp sản phẩm"


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, chỉ số sản xuất công nghiệp tăng 9%, trong đó ngành khai khoáng tăng 3%.",
        "Năm 2024, chỉ số sản xuất công nghiệp tăng 9%. Trong đó, ngành khai khoáng tăng 3%.",
    ],
)
def test_a_sector_item_of_an_index_rises_with_it(text):
    assert labels(text)[1] == "Ngành khai khoáng tăng"


# --- a lead or a rank "về" what the figure measures -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2024, tỉnh dẫn đầu cả nước về thu hút vốn đầu tư nước ngoài với 3,2 tỷ USD.",
            "Thu hút vốn đầu tư nước ngoài",
        ),
        ("Năm 2024, tỉnh đứng thứ 3 cả nước về kim ngạch xuất khẩu với 28 tỷ USD.", "Kim ngạch xuất khẩu"),
        # no lead nor rank: ``về`` stays where it is not the label's head
        ("Năm 2024, tỉnh hoàn thành 81% về xuất khẩu.", "Hoàn thành về xuất khẩu"),
    ],
)
def test_the_topic_of_a_lead_or_a_rank_loses_its_ve(text, want):
    assert label(text) == want


# --- the price base of a value -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2024, giá trị sản xuất nông, lâm nghiệp và thủy sản theo giá so sánh 2010 tăng 2,5%.",
            "Giá trị sản xuất nông, lâm nghiệp và thủy sản tăng",
        ),
        (
            "Năm 2024, giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 12.000 tỷ đồng.",
            "Giá trị sản xuất công nghiệp",
        ),
        # a comparison is no price base
        ("Năm 2024, giá bán so sánh với năm trước tăng 5%.", "Giá bán so sánh với năm trước tăng"),
    ],
)
def test_the_constant_price_base_is_no_part_of_a_label(text, want):
    assert label(text) == want


# --- a list of places "lần lượt là" by a measure; months written with a zero ----------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2024, 03 địa phương có kim ngạch nhập khẩu cao nhất vùng lần lượt là Bắc Giang (12,5 tỷ USD), "
            "Thái Nguyên (10,2 tỷ USD) và Phú Thọ (4,1 tỷ USD).",
            ["Kim ngạch nhập khẩu"] * 3,
        ),
        (
            "Năm 2024, các tỉnh có sản lượng lúa lớn nhất lần lượt là An Giang (4 triệu tấn), Kiên Giang (3,8 triệu tấn).",
            ["Sản lượng lúa"] * 2,
        ),
    ],
)
def test_the_places_a_list_names_respectively_are_of_its_measure(text, want):
    assert labels(text)[-len(want) :] == want


def test_a_list_said_respectively_without_brackets_is_left_alone():
    assert labels("Năm 2024, hai huyện lần lượt đạt 120 tỷ đồng và 80 tỷ đồng.") == ["Hai huyện lần lượt"] * 2


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Lũy kế 09 tháng đầu năm 2024, thu ngân sách đạt 300 tỷ đồng.", "Thu ngân sách 9 tháng"),
        ("Trong tháng 09, thu ngân sách đạt 30 tỷ đồng.", "Thu ngân sách tháng 9"),
        ("Trong 10 tháng, thu ngân sách đạt 250 tỷ đồng.", "Thu ngân sách 10 tháng"),
    ],
)
def test_a_month_written_with_a_zero_is_said_in_figures(text, want):
    assert label(text) == want


def test_a_ranking_goes_on_of_the_measure_its_leader_was_ranked_by():
    text = (
        "Năm 2024, Đồng Nai dẫn đầu vùng về kim ngạch xuất khẩu với 25 tỷ USD; Long An xếp thứ hai với "
        "12 tỷ USD; tiếp đến là Tây Ninh với 8 tỷ USD; Bình Phước với 4 tỷ USD."
    )
    assert labels(text) == ["Kim ngạch xuất khẩu"] * 4
    # ``tiếp`` of a deed (``tiếp nhận``) or of ``tiếp tục`` is no ranking
    assert label("Năm 2024, tỉnh tiếp nhận 300 hồ sơ về đất đai.") == "Hồ sơ về đất đai tiếp nhận"
    assert label("Năm 2024, thu ngân sách đạt 300 tỷ đồng, tiếp tục tăng 5%.") == "Thu ngân sách"


def test_a_month_by_name_in_the_title_frames_the_report_as_the_same_month_in_figures():
    text = (
        "Tỉnh thu hút 300 triệu USD vốn FDI trong tháng Một\n"
        "Tổng số vốn đăng ký đạt 300 triệu USD. Trong tháng 1/2024, tỉnh cấp phép 12 dự án. "
        "Kim ngạch xuất khẩu đạt 900 triệu USD."
    )
    assert labels(text)[0] == "Tổng số vốn đăng ký tháng Một"
    assert labels(text)[2].endswith("tháng 1")


# --- a plan in brackets after a figure ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # (the abbreviation alone: the plan column of the same label, see tests/test_labels_second_wave.py)
        ("Năm 2024, tỷ lệ hộ nghèo đạt 3,07% (KH 3,2%).", ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo"]),
        (
            "Năm 2024, chỉ số sản xuất công nghiệp tăng 10,9% (KH cả năm 9,5%).",
            ["Chỉ số sản xuất công nghiệp tăng", "Kế hoạch chỉ số sản xuất công nghiệp tăng cả năm"],
        ),
        (
            "Năm 2024, thu nhập bình quân đầu người ước đạt 69,8 triệu đồng (kế hoạch 67,5 triệu đồng).",
            ["Thu nhập bình quân đầu người", "Kế hoạch thu nhập bình quân đầu người"],
        ),
    ],
)
def test_a_plan_in_brackets_is_the_plan_of_the_figure_before(text, want):
    assert labels(text) == want


def test_a_bracket_that_is_no_plan_or_of_another_measure_is_left_alone():
    assert labels("Năm 2024, thu ngân sách đạt 300 tỷ đồng (tăng 12%).") == ["Thu ngân sách"]
    # a share of the plan is a comparison of the figure, not a plan of its own
    assert labels("Năm 2024, tổng sản lượng lương thực đạt 7.596 tấn (KH 98%).") == [
        "Tổng sản lượng lương thực"
    ]


# --- the share a name has of a total ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2024, Hàn Quốc chiếm 26% tổng vốn đầu tư, Nhật Bản chiếm 14%, Singapore chiếm 11%.",
            [
                "Tỷ trọng vốn đầu tư của Hàn Quốc trong tổng vốn đầu tư",
                "Tỷ trọng vốn đầu tư của Nhật Bản trong tổng vốn đầu tư",
                "Tỷ trọng vốn đầu tư của Singapore trong tổng vốn đầu tư",
            ],
        ),
        (
            "Năm 2024, Hàn Quốc có vốn đầu tư chiếm tỷ trọng lớn nhất với 26% trong tổng vốn đầu tư, "
            "tiếp theo là Nhật Bản chiếm 14%.",
            ["Tỷ trọng vốn đầu tư của Hàn Quốc", "Tỷ trọng vốn đầu tư của Nhật Bản"],
        ),
    ],
)
def test_the_share_a_name_has_of_a_total_is_of_its_part_of_the_total(text, want):
    assert labels(text) == want


def test_the_share_of_a_sector_stays_as_it_was():
    text = "Năm 2024, công nghiệp chiếm 40% tổng vốn đầu tư, dịch vụ chiếm 35%."
    assert labels(text) == [
        "Tỷ trọng công nghiệp trong tổng vốn đầu tư",
        "Tỷ trọng dịch vụ trong tổng vốn đầu tư",
    ]
