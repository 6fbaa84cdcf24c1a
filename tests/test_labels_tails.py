"""Label rules for whole noun phrases (stop 32): the words a label was losing at its end or its head,
though the article wrote them as part of the name: a threshold's ``trở lên``, capital ``cấp mới và tăng
thêm``, ``dịch vụ`` / ``phục vụ`` before a part-year span, visitors named before who received them.
Each rule on invented sentences of the genre: ones it must change and ones it must leave alone."""

import pytest
from extracted import label, labels

# --- a threshold ends in ``trở lên`` / ``trở xuống``, never in ``trở`` ---------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Toàn huyện có 120 bác sĩ đại học trở lên và 35 dược sĩ đại học trở lên.",
            ["Bác sĩ đại học trở lên", "Dược sĩ đại học trở lên"],
        ),
        ("Đến nay số thôn đạt từ 8 tiêu chí trở lên là 42 thôn.", ["Thôn đạt từ 8 tiêu chí trở lên"]),
        (
            "Số hộ có thu nhập từ 200 triệu đồng trở lên đạt 860 hộ.",
            ["Hộ có thu nhập từ 200 triệu đồng trở lên"],
        ),
    ],
)
def test_a_threshold_keeps_its_closing_words(text, want):
    assert labels(text) == want


def test_a_level_reached_still_goes():
    assert label("Tỷ lệ hộ cận nghèo giảm xuống còn 3,2%.") == "Tỷ lệ hộ cận nghèo"


# --- capital granted anew and added is one kind of capital ---------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tổng vốn cấp mới và tăng thêm là 3.120,5 tỷ đồng.", "Tổng vốn cấp mới và tăng thêm"),
        ("Vốn đăng ký cấp mới, tăng thêm đạt 215 triệu USD.", "Vốn đăng ký cấp mới, tăng thêm"),
        (
            "Năm 2023, tổng vốn đầu tư cấp mới và tăng thêm của các dự án đạt 9.870 tỷ đồng.",
            "Tổng vốn đầu tư cấp mới và tăng thêm của các dự án",
        ),
    ],
)
def test_new_and_added_capital_is_named_whole(text, want):
    assert label(text) == want


def test_an_adverb_mới_still_ends_the_name():
    assert label("Giá lúa mới tăng lên 8.200 đồng/kg.") == "Giá lúa"


# --- ``dịch vụ``, ``phục vụ`` before a part-year span are no crop season -------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Doanh thu dịch vụ 6 tháng đầu năm 2024 ước đạt 820 tỷ đồng.", "Doanh thu dịch vụ 6 tháng"),
        ("Sản lượng cà phê vụ 2023-2024 đạt 45.000 tấn.", "Sản lượng cà phê"),
    ],
)
def test_a_service_is_not_a_crop_season(text, want):
    assert label(text) == want


# --- visitors named before who received them ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tổng lượt khách do các cơ sở lưu trú phục vụ 9 tháng đầu năm 2024 ước đạt 1,2 triệu lượt khách.",
            "Tổng lượt khách do các cơ sở lưu trú phục vụ 9 tháng",
        ),
        (
            "Tổng số khách do các đơn vị lữ hành phục vụ trong năm là 210 nghìn lượt.",
            "Tổng số khách do các đơn vị lữ hành phục vụ",
        ),
    ],
)
def test_visitors_named_before_their_hosts_keep_the_name(text, want):
    assert label(text) == want


def test_a_host_that_received_visitors_still_gives_the_count_its_noun():
    assert label("Các khu du lịch của huyện đã đón 56.000 lượt khách.") == "Lượt khách"


# --- those that fell short: ``không đạt``, ``chưa đạt`` -------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Trong nhiệm kỳ, có 03 chỉ tiêu không đạt so với kế hoạch.", "Chỉ tiêu không đạt"),
        ("Đến cuối năm còn 4 trường chưa đạt.", "Trường chưa đạt"),
    ],
)
def test_a_count_that_fell_short_keeps_đạt(text, want):
    assert label(text) == want


def test_a_cue_đạt_still_goes():
    assert label("Dân số trung bình của huyện đạt 152.300 người.") == "Dân số trung bình"


# --- an enumeration closed by ``và`` after a quantity is one name ----------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Doanh thu dịch vụ lưu trú, ăn uống, lữ hành và vui chơi giải trí ước đạt 1.240 tỷ đồng.",
            "Doanh thu dịch vụ lưu trú, ăn uống, lữ hành và vui chơi giải trí",
        ),
        (
            "Kim ngạch xuất khẩu hàng dệt may, giày dép, đồ gỗ và thủy sản đạt 2,1 tỷ USD.",
            "Kim ngạch xuất khẩu hàng dệt may, giày dép, đồ gỗ và thủy sản",
        ),
    ],
)
def test_an_enumeration_after_a_quantity_is_named_whole(text, want):
    assert label(text) == want


def test_a_clause_before_the_figures_own_part_still_goes():
    assert (
        label(
            "Kinh tế của huyện tiếp tục phát triển ổn định, giá trị sản xuất nông nghiệp đạt 2.300 tỷ đồng."
        )
        == "Giá trị sản xuất nông nghiệp"
    )


# --- items after ``, gồm`` carry the subject said before, as after a colon -------------------------


def test_items_after_gồm_carry_the_subject_said_before():
    text = (
        "Năm 2024, kim ngạch xuất khẩu ước đạt 640 triệu USD. Nhiều mặt hàng có kim ngạch xuất khẩu tăng so "
        "với cùng kỳ, gồm cà phê ước đạt 41,2 triệu USD; hồ tiêu 18,5 triệu USD; gỗ và sản phẩm gỗ 27 triệu USD."
    )
    assert labels(text) == [
        "Kim ngạch xuất khẩu",
        "Kim ngạch xuất khẩu cà phê",
        "Kim ngạch xuất khẩu hồ tiêu",
        "Kim ngạch xuất khẩu gỗ và sản phẩm gỗ",
    ]


def test_the_first_item_after_gồm_drops_the_list_word():
    text = "Nhiều mặt hàng có kim ngạch xuất khẩu tăng so với cùng kỳ, gồm cà phê ước đạt 41,2 triệu USD."
    assert label(text) == "Kim ngạch xuất khẩu cà phê"


def test_items_after_gồm_that_name_their_own_quantity_keep_it():
    text = "Tổng vốn đầu tư đạt 520 tỷ đồng, gồm vốn ngân sách 210 tỷ đồng và vốn doanh nghiệp 310 tỷ đồng."
    assert labels(text) == ["Tổng vốn đầu tư", "Vốn ngân sách", "Vốn doanh nghiệp"]


# --- a sector whose name holds quantity words is still an item of its breakdown ---------------------


def test_the_foreign_invested_sector_takes_the_measure_broken_down():
    text = (
        "Doanh thu bán lẻ 9 tháng ở khu vực kinh tế nhà nước đạt 210 tỷ đồng; khu vực ngoài nhà nước đạt "
        "1.530 tỷ đồng và khu vực có vốn đầu tư nước ngoài đạt 95 tỷ đồng."
    )
    assert labels(text) == [
        "Doanh thu bán lẻ khu vực kinh tế nhà nước 9 tháng",
        "Doanh thu bán lẻ khu vực ngoài nhà nước 9 tháng",
        "Doanh thu bán lẻ khu vực có vốn đầu tư nước ngoài 9 tháng",
    ]


def test_services_and_import_taxes_are_an_item_of_the_structure():
    text = (
        "Cơ cấu GDP năm 2024 tính theo giá sản xuất như sau: khu vực nông, lâm, thủy sản 12,4%; khu vực "
        "công nghiệp, xây dựng 35,1% và khu vực dịch vụ và thuế nhập khẩu là 52,5%."
    )
    assert labels(text) == [
        "Cơ cấu GDP khu vực nông, lâm, thủy sản",
        "Cơ cấu GDP khu vực công nghiệp, xây dựng",
        "Cơ cấu GDP khu vực dịch vụ và thuế nhập khẩu",
    ]


def test_the_valuation_and_price_base_go():
    text = "Tổng sản phẩm trên địa bàn (GRDP) tính theo giá sản xuất (giá gốc so sánh 2010) ước đạt 9.120 tỷ đồng."
    assert label(text) == "Tổng sản phẩm trên địa bàn (GRDP)"


# --- an average said after its total names what it averages -----------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tốc độ tăng trưởng kinh tế năm 2024 ước đạt 8,1%; bình quân giai đoạn 2021-2024 đạt 7,2%/năm.",
            ["Tốc độ tăng trưởng kinh tế", "Tốc độ tăng trưởng kinh tế bình quân"],
        ),
        (
            "Tổng doanh thu du lịch đạt 940 tỷ đồng (bình quân 235 tỷ đồng/năm).",
            ["Tổng doanh thu du lịch", "Tổng doanh thu du lịch bình quân"],
        ),
    ],
)
def test_an_average_after_its_total_names_what_it_averages(text, want):
    assert labels(text) == want


def test_an_average_of_another_unit_is_left_alone():
    assert labels("Sản lượng lúa đạt 52.000 tấn, năng suất bình quân 6,1 tấn/ha.") == [
        "Sản lượng lúa",
        "Năng suất bình quân lúa",
    ]


# --- a bare growth figure is of what its sentence opens with ----------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Về kinh tế, tăng trưởng ước đạt 6,2%; thu ngân sách đạt 4.100 tỷ đồng.", "Tăng trưởng kinh tế"),
        ("Dịch vụ phục hồi rõ nét, tăng trưởng khoảng 9%/năm.", "Tăng trưởng dịch vụ"),
    ],
)
def test_a_bare_growth_is_of_the_topic_or_sector_its_sentence_opens_with(text, want):
    assert labels(text)[0] == want


def test_a_bare_growth_with_nothing_before_it_is_left_alone():
    assert label("Mức tăng trưởng năm 2025 phấn đấu đạt 8,5%.") == "Mức tăng trưởng"


# --- items of a list of counts are named by what the head says those counted did ---------------------


def test_items_of_a_list_of_counts_take_the_deed_of_the_head():
    text = (
        "Năm 2024, toàn huyện có 152.300 người tham gia bảo hiểm y tế, bảo hiểm xã hội, bảo hiểm thất "
        "nghiệp, trong đó: bảo hiểm y tế là 148.200 người; bảo hiểm thất nghiệp là 9.150 người."
    )
    assert labels(text) == [
        "Người tham gia bảo hiểm y tế, bảo hiểm xã hội, bảo hiểm thất nghiệp",
        "Người tham gia bảo hiểm y tế",
        "Người tham gia bảo hiểm thất nghiệp",
    ]


def test_items_whose_head_names_no_shared_deed_are_left_alone():
    text = "Toàn huyện có 1.500 hộ chăn nuôi, trong đó: nuôi lợn 800 hộ, nuôi bò 400 hộ."
    assert labels(text)[1:] == ["Hộ nuôi lợn", "Hộ nuôi bò"]


# --- a harm suffered keeps what caused it ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Trong đợt mưa lớn, có 420 hộ bị ảnh hưởng do lũ quét.", "Hộ bị ảnh hưởng do lũ quét"),
        ("Toàn huyện có 860 ha lúa bị thiệt hại do mưa đá.", "Diện tích lúa bị thiệt hại do mưa đá"),
    ],
)
def test_a_harm_suffered_keeps_its_cause(text, want):
    assert label(text) == want


def test_a_cause_of_a_result_still_goes():
    assert label("Năm nay có 40 hộ thoát nghèo do được hỗ trợ vốn.") == "Hộ thoát nghèo"


# --- the economy's own name keeps ``trên địa bàn`` when a named place follows ------------------------


def test_the_economys_name_keeps_trên_địa_bàn_before_a_named_place():
    text = "Tổng sản phẩm trên địa bàn tỉnh Lai Châu (GRDP) năm 2024 ước đạt 27.410 tỷ đồng."
    assert label(text) == "Tổng sản phẩm trên địa bàn (GRDP)"


def test_other_measures_still_lose_the_place():
    assert label("Thu ngân sách trên địa bàn tỉnh Lai Châu năm 2024 đạt 3.120 tỷ đồng.") == "Thu ngân sách"


# --- ``cả tỉnh``, ``cả huyện`` are the record's place, as ``toàn tỉnh`` ------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hiện nay, cả huyện có 86 trạm biến áp.", "Trạm biến áp"),
        ("Thu ngân sách cả tỉnh năm 2024 đạt 4.200 tỷ đồng.", "Thu ngân sách"),
    ],
)
def test_the_whole_place_is_no_word_of_the_label(text, want):
    assert label(text) == want


def test_a_part_said_anew_after_a_clause_is_no_item_of_an_enumeration():
    text = (
        "Năm 2024, cơ cấu kinh tế chuyển dịch tích cực, khu vực nông, lâm nghiệp và thủy sản chiếm "
        "tỷ trọng 19,6%."
    )
    assert label(text) == "Tỷ trọng khu vực nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế"


def test_a_conditional_breakdown_heading_is_no_word_of_the_label():
    text = "Nếu phân theo ngành kinh tế, nhóm ngành thương nghiệp đạt 1.450 tỷ đồng; nhóm du lịch đạt 96 tỷ đồng."
    assert labels(text)[0] == "Nhóm ngành thương nghiệp"


# --- ``hiện`` (now) before the figure is no word of the name -----------------------------------------


def test_now_before_the_figure_goes():
    assert label("Thu nhập bình quân đầu người của huyện hiện là 52,4 triệu đồng/người/năm.") == (
        "Thu nhập bình quân đầu người"
    )


def test_detected_stays():
    assert label("Số vụ vi phạm phát hiện là 38 vụ.") == "Vụ vi phạm phát hiện"


def test_a_count_change_after_how_the_count_compares_is_of_that_count():
    text = "Đến nay số thôn đạt từ 15 tiêu chí trở lên là 64 thôn, gấp 1,8 lần so kế hoạch, tăng 21 thôn so năm 2022."
    assert labels(text) == ["Thôn đạt từ 15 tiêu chí trở lên", "Thôn đạt từ 15 tiêu chí trở lên tăng"]
