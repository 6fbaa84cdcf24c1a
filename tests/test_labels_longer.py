"""Label rules from the blind sets' longer labels (stop 27): blind annotators keep what is counted and
what is said of it, the stage or rank that tells two groups apart, and the whole a rate is of.  Each
rule on invented sentences of the genre: ones it must change and ones it must leave alone."""

import pytest
from extracted import label, labels

# --- a percentage that opens its comma part is the rate of the group named after it -------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Trường học được đầu tư theo hướng hiện đại, 100% phòng học được kiên cố hóa, 85% trường đạt chuẩn.",
            ["Tỷ lệ phòng học được kiên cố hóa", "Tỷ lệ trường đạt chuẩn"],
        ),
        (
            "Năm 2023, 98% hộ dân sử dụng điện lưới quốc gia; 92% các hộ dùng nước hợp vệ sinh.",
            ["Tỷ lệ hộ dân sử dụng điện lưới quốc gia", "Tỷ lệ hộ dùng nước hợp vệ sinh"],
        ),
    ],
)
def test_a_percentage_opening_its_part_is_the_rate_of_the_group_after_it(text, want):
    assert labels(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Doanh thu du lịch tăng 12%, so với cùng kỳ.", "Doanh thu du lịch tăng"),
        ("Tỷ lệ hộ nghèo giảm còn 2,1%.", "Tỷ lệ hộ nghèo"),
        (
            "Huyện hỗ trợ 40% kinh phí làm đường giao thông nông thôn.",
            "Hỗ trợ kinh phí làm đường giao thông nông thôn",
        ),
    ],
)
def test_a_percentage_after_its_own_words_or_a_deed_is_left_alone(text, want):
    assert label(text) == want


def test_two_rates_of_one_value_about_different_groups_are_two_facts():
    text = (
        "Đến nay, 100% xã đạt chuẩn. Ngành y tế cũng có nhiều tiến bộ trong năm qua, công tác khám chữa "
        "bệnh được nâng lên rõ rệt, người dân hài lòng hơn. Hiện nay, 100% thôn có điện."
    )
    assert labels(text) == ["Tỷ lệ xã đạt chuẩn", "Tỷ lệ thôn có điện"]


# --- a grade or stage number names which group; a rank is no part of what is measured ----------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Toàn huyện có 45 xã đạt chuẩn y tế giai đoạn II và 12 chợ hạng 1.",
            ["Xã đạt chuẩn y tế giai đoạn II", "Chợ hạng 1"],
        ),
        (
            "Đến nay, 100% các xã trong huyện đạt chuẩn y tế giai đoạn I, 60% thôn có nhà văn hóa.",
            ["Tỷ lệ xã đạt chuẩn y tế giai đoạn I", "Tỷ lệ thôn có nhà văn hóa"],
        ),
    ],
)
def test_a_grade_or_stage_number_stays_in_the_label(text, want):
    assert labels(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Toàn tỉnh có 150 dự án trong giai đoạn 2021 - 2025.", ["Dự án"]),
        ("Huyện có 15 khách sạn đạt chuẩn 4 sao và 3 nhà hàng.", ["Khách sạn đạt chuẩn 4 sao", "Nhà hàng"]),
    ],
)
def test_a_term_still_goes_and_a_next_figure_still_ends_the_phrase(text, want):
    assert labels(text) == want


def test_a_rank_goes_and_an_item_named_by_its_rank_alone_measures_what_the_one_before_did():
    text = (
        "Về thu hút đầu tư, Đồng Nai đứng thứ hai với tổng vốn đăng ký là 520 triệu USD, "
        "Long An đứng thứ ba với 310 triệu USD. Nhật Bản đứng vị trí thứ nhất với tổng vốn đầu tư 230 triệu USD."
    )
    assert labels(text) == [
        "Tổng vốn đăng ký thu hút đầu tư",
        "Tổng vốn đăng ký thu hút đầu tư",
        "Tổng vốn đầu tư Nhật Bản",
    ]


# --- a count after ``đối với`` / ``cho`` is named by what was done for it ------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ủy ban kiểm tra các cấp đã tiến hành kiểm tra theo Điều 30 đối với 35 đảng viên và 4 tổ chức đảng.",
            ["Đảng viên được kiểm tra theo Điều 30", "Tổ chức đảng được kiểm tra theo Điều 30"],
        ),
        ("Phòng Lao động đã giải quyết việc làm cho 1.200 lao động.", ["Giải quyết việc làm"]),
    ],
)
def test_a_count_after_for_is_named_by_what_was_done_for_it_and_so_is_the_next_item(text, want):
    assert labels(text) == want


def test_who_a_counted_thing_is_for_leaves_no_word_behind():
    assert label("Trong năm, huyện đã giải quyết 12 hồ sơ chính sách đối với người có công.") == (
        "Hồ sơ chính sách giải quyết"
    )


def test_a_count_after_doi_voi_that_ends_a_clause_of_its_own_is_named_by_its_own_words():
    text = "Kết cấu kinh tế của thành phố chưa đáp ứng được tiêu chí đặt ra đối với 1 đô thị lớn, đô thị hiện đại."
    assert label(text) == "Đô thị lớn, đô thị hiện đại"


def test_a_count_after_for_with_nothing_done_before_it_is_left_alone():
    assert labels("Đối với 35 xã còn lại, tỉnh hỗ trợ 2 tỷ đồng.") == ["Xã còn lại", "Tỉnh hỗ trợ"]


# --- an amount named by how it was spent or raised is the funds -------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tổng số vốn huy động đạt 5.800 tỷ đồng, trong đó huy động từ doanh nghiệp đạt 574 tỷ đồng.",
            ["Tổng số vốn huy động", "Vốn huy động từ doanh nghiệp"],
        ),
        ("Ban quản lý chợ đã đầu tư 3 tỷ đồng cải tạo hệ thống điện.", ["Vốn đầu tư cải tạo hệ thống điện"]),
    ],
)
def test_an_amount_named_by_its_spending_is_the_funds(text, want):
    assert labels(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Giải ngân vốn đầu tư công đạt 900 tỷ đồng.", "Giải ngân vốn đầu tư công"),
        ("Kinh phí đầu tư trường học đạt 120 tỷ đồng.", "Kinh phí đầu tư trường học"),
        ("Huyện đã đầu tư 12 công trình thủy lợi.", "Công trình thủy lợi đầu tư"),
    ],
)
def test_an_amount_that_names_its_funds_and_a_count_are_left_alone(text, want):
    assert label(text) == want


# --- a percentage alone in brackets after an amount is its share ------------------------------


def test_a_bare_bracketed_percentage_after_an_amount_is_its_share():
    text = (
        "Tổng vốn dự án là 3.000 tỷ đồng, trong đó vốn ngân sách 1.200 tỷ đồng (chiếm 40%); "
        "vốn doanh nghiệp là 1.800 tỷ đồng (60%)."
    )
    assert labels(text)[-1] == "Tỷ trọng vốn doanh nghiệp"


def test_a_bracketed_change_after_an_amount_stays_its_comparison():
    assert labels("Doanh thu đạt 500 tỷ đồng (tăng 12%).") == ["Doanh thu"]


# --- ``như`` that brings examples: the figure is of the example, not of the kind ---------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ngân hàng đã tài trợ vốn cho một số công trình trọng điểm như Dự án Cầu Rồng với số tiền 2.000 tỷ đồng.",
            "Tài trợ vốn cho Dự án Cầu Rồng",
        ),
        ("Các ngành khác cũng có chỉ số dương như lâm sản, thủy sản tăng 3,11%.", "Lâm sản, thủy sản tăng"),
        ("Tốc độ tăng trưởng như dự báo ban đầu là 8,3%.", "Tốc độ tăng trưởng như dự báo ban đầu"),
    ],
)
def test_the_kind_examples_are_given_of_goes_but_a_likeness_stays(text, want):
    assert label(text) == want


# --- what an amount is for (``để ...``) names it; a count's purpose does not ------------------


def test_the_purpose_after_an_amount_names_it():
    assert label("Huyện hỗ trợ 5 triệu đồng/ha tiền thuê đất để sản xuất tập trung.") == (
        "Hỗ trợ tiền thuê đất để sản xuất tập trung"
    )


def test_the_purpose_after_a_count_still_goes():
    assert label("Tỉnh có 120 cơ sở chế biến dừa để tiêu thụ nội địa.") == "Cơ sở chế biến dừa"


# --- ``theo hướng`` / ``theo Bộ tiêu chí``: the way or standard is part of the name -------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Huyện có 7 mô hình sản xuất rau an toàn theo hướng hữu cơ tại xã An Phú.",
            "Mô hình sản xuất rau an toàn theo hướng hữu cơ",
        ),
        ("Năm 2023 có thêm 3 xã đạt chuẩn theo Bộ tiêu chí mới.", "Xã đạt chuẩn theo Bộ tiêu chí mới"),
        ("Thu ngân sách đạt 850 tỷ đồng theo mục tiêu nghị quyết.", "Thu ngân sách theo mục tiêu nghị quyết"),
    ],
)
def test_the_way_or_standard_after_theo_stays_and_a_plan_is_said_as_before(text, want):
    assert label(text) == want


# --- land names its own area: no ``Diện tích`` before ``đất ...`` -------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Đến năm 2030, đất đô thị có 38.000 ha, đất khu công nghiệp có 4.500 ha.",
            ["Đất đô thị", "Đất khu công nghiệp"],
        ),
        ("Huyện gieo cấy 12.000 ha lúa.", ["Diện tích gieo cấy lúa"]),
    ],
)
def test_land_names_its_area_and_a_crop_still_takes_its_measure(text, want):
    assert labels(text) == want


# --- a comment or a new clause after a comma is no piece of the name --------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Đến nay, 100% giáo viên đạt chuẩn, cao nhất vùng đồng bằng.", "Tỷ lệ giáo viên đạt chuẩn"),
        (
            "Hiện nay, 80% tuyến đường liên thôn được kiên cố hóa, đảm bảo thông suốt.",
            "Tỷ lệ tuyến đường liên thôn được kiên cố hóa",
        ),
        ("Huyện có 35 xã, thị trấn trồng lúa.", "Xã, thị trấn trồng lúa"),
    ],
)
def test_a_superlative_or_a_new_clause_after_a_comma_ends_the_name_but_a_list_goes_on(text, want):
    assert label(text) == want


def test_a_percentage_after_co_is_the_rate_of_the_group_after_it():
    text = "Tỉnh phấn đấu đến năm 2025 có 100% chợ hạng 1 được công nhận chợ văn minh."
    assert label(text) == "Tỷ lệ chợ hạng 1 được công nhận chợ văn minh"


def test_those_paid_an_amount_are_named_by_what_was_paid_when_it_was_said():
    text = (
        "Đến nay, huyện A đã chi trả tiền bồi thường cho người dân. Trong đó, xã B đã chi trả 76 tỷ đồng "
        "cho 3.421 hộ; xã C đã chi trả 10 tỷ đồng cho 500 hộ."
    )
    assert labels(text)[1::2] == ["Hộ được chi trả bồi thường", "Hộ được chi trả bồi thường"]
    assert labels("Quỹ đã giải ngân 40 tỷ đồng cho 1.200 hộ.")[1] == "Hộ được giải ngân"


# --- the next item of a breakdown is the same kind of sector as the one before ---------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Khu vực nông nghiệp có 24 doanh nghiệp, vốn đăng ký 1.022 tỷ đồng; dịch vụ có 300 doanh nghiệp, "
            "vốn đăng ký 900 tỷ đồng.",
            [
                "Doanh nghiệp khu vực nông nghiệp",
                "Vốn đăng ký khu vực nông nghiệp",
                "Doanh nghiệp khu vực dịch vụ",
                "Vốn đăng ký khu vực dịch vụ",
            ],
        ),
        (
            "Nông nghiệp có 24 doanh nghiệp; dịch vụ có 300 doanh nghiệp.",
            ["Doanh nghiệp nông nghiệp", "Doanh nghiệp dịch vụ"],
        ),
    ],
)
def test_the_next_item_of_a_breakdown_is_the_same_kind_of_sector(text, want):
    assert labels(text) == want


# --- ``khu vực`` + a place: the area a figure is counted over stays --------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Riêng khu vực Hải Phòng thu được 39.013 tỷ đồng.", "Thu ngân sách khu vực Hải Phòng"),
        ("Thu ngân sách tỉnh Hải Phòng đạt 39.013 tỷ đồng.", "Thu ngân sách"),
    ],
)
def test_an_area_said_with_khu_vuc_stays_but_the_place_itself_goes(text, want):
    assert label(text) == want


def test_bao_dam_said_of_something_else_in_the_sentence_leaves_a_rate_alone():
    text = "Tỉnh có 3.220 tuyến đường dây đảm bảo yêu cầu kỹ thuật, 100% số hộ sử dụng điện."
    assert labels(text)[-1] == "Tỷ lệ hộ sử dụng điện"
