"""A district's or commune's figures in a province's article (ANNOTATION.md, locality): the rows, items
and sentences that name a district are its, while the province's totals, venues and comparisons stay the
article's.  Sentences written for these tests."""

from desktop.core.extract import extract


def localities(text: str, locality: str) -> list[tuple[str, str | None]]:
    """Each figure as written with its locality."""
    return [(text[r.start : r.end], r.locality) for r in extract(text, locality=locality).records]


def labels(text: str, locality: str) -> list[str]:
    return [r.indicator for r in extract(text, locality=locality).records]


def test_a_bare_district_of_a_province_that_shares_its_name_with_a_commune_elsewhere():
    # ``Ninh Bình`` and ``Hòa Bình`` also name smaller units in other provinces: the article's is the province
    text = "Năm 2023, Kim Sơn thu ngân sách 250 tỷ đồng, Yên Khánh thu 180 tỷ đồng."
    assert localities(text, "Ninh Bình") == [("250 tỷ đồng", "Kim Sơn"), ("180 tỷ đồng", "Yên Khánh")]
    text = "Các huyện có tỷ lệ hộ nghèo cao: Lạc Sơn 4,5%, Mai Châu 5,2%."
    assert localities(text, "Hòa Bình") == [("4,5%", "Lạc Sơn"), ("5,2%", "Mai Châu")]


def test_a_district_name_numbered_in_a_series_is_a_projects_name():
    text = "Các khu công nghiệp thu hút vốn: Sông Công 1 đạt 300 triệu USD, Sông Công 2 đạt 120 triệu USD."
    assert localities(text, "Thái Nguyên") == [
        ("300 triệu USD", "Thái Nguyên"),
        ("120 triệu USD", "Thái Nguyên"),
    ]
    assert (
        "Sông Công 1"
        in labels("Năm 2023, dự án Sông Công 1 đã hoàn thiện hơn 80% khối lượng.", "Thái Nguyên")[0]
    )


def test_the_ends_of_a_road_are_no_places_of_its_figures():
    text = "Tỉnh nghiên cứu đầu tư đoạn cao tốc từ Vân Đồn đi Móng Cái với số vốn 16.000 tỷ đồng."
    assert localities(text, "Quảng Ninh") == [("16.000 tỷ đồng", "Quảng Ninh")]
    assert "Móng Cái" in labels(text, "Quảng Ninh")[0]


def test_the_owner_of_a_quantity_before_its_verb_is_the_figures_place():
    text = "Sản lượng lúa huyện Yên Khánh năm 2023 ước đạt 120.000 tấn. Tỷ lệ hộ nghèo huyện Nho Quan giảm còn 5,2%."
    assert localities(text, "Ninh Bình") == [("120.000 tấn", "Yên Khánh"), ("5,2%", "Nho Quan")]


def test_a_district_compared_with_or_reached_by_a_road_stays_out():
    text = "Năm 2023, huyện Kim Sơn thu ngân sách 250 tỷ đồng, cao hơn huyện Yên Khánh là 70 tỷ đồng."
    assert localities(text, "Ninh Bình") == [("250 tỷ đồng", "Kim Sơn"), ("70 tỷ đồng", "Kim Sơn")]
    text = "Tuyến đường nối huyện Kim Sơn với huyện Yên Mô có tổng vốn 900 tỷ đồng."
    assert localities(text, "Ninh Bình") == [("900 tỷ đồng", "Ninh Bình")]


def test_the_first_of_a_ranking_is_its_figures_place():
    text = (
        "Về thu ngân sách, dẫn đầu là huyện Kim Sơn với 250 tỷ đồng; thấp nhất là huyện Yên Mô (90 tỷ đồng)."
    )
    assert localities(text, "Ninh Bình") == [("250 tỷ đồng", "Kim Sơn"), ("90 tỷ đồng", "Yên Mô")]


def test_a_sentence_turning_to_a_district_is_the_districts():
    assert localities("Về phía huyện Kim Sơn, năm 2023 thu ngân sách đạt 250 tỷ đồng.", "Ninh Bình") == [
        ("250 tỷ đồng", "Kim Sơn")
    ]
    assert localities("Với huyện Yên Khánh, thu ngân sách đạt 180 tỷ đồng.", "Ninh Bình") == [
        ("180 tỷ đồng", "Yên Khánh")
    ]


def test_a_figure_after_voi_is_the_place_the_clause_after_it_opens_with():
    text = "Với 250 tỷ đồng, huyện Kim Sơn dẫn đầu toàn tỉnh về thu ngân sách."
    assert localities(text, "Ninh Bình") == [("250 tỷ đồng", "Kim Sơn")]
    text = "Với tổng vốn 3.000 tỷ đồng, dự án được kỳ vọng tạo việc làm cho 2.000 lao động."
    assert localities(text, "Ninh Bình") == [("3.000 tỷ đồng", "Ninh Bình"), ("2.000 lao động", "Ninh Bình")]


def test_a_table_row_is_its_name_cells():
    text = (
        "Năm 2023, thu ngân sách các địa phương như sau:\n"
        "STT | Đơn vị | Thu ngân sách | Tỷ lệ\n"
        "1 | Huyện Kim Sơn | 250 tỷ đồng | 105%\n"
        "2 | Thành phố Tam Điệp | 320,5 tỷ đồng | 110%\n"
        "Toàn tỉnh | 20.000 tỷ đồng | 101%"
    )
    found = localities(text, "Ninh Bình")
    assert ("250 tỷ đồng", "Kim Sơn") in found
    assert ("320,5 tỷ đồng", "Tam Điệp") in found
    assert ("20.000 tỷ đồng", "Ninh Bình") in found


def test_a_paragraph_that_opens_as_a_districts_item_is_the_districts_to_its_end():
    text = (
        "- Huyện Kim Sơn: tổng giá trị sản xuất đạt 5.000 tỷ đồng. Thu ngân sách đạt 250 tỷ đồng. "
        "Tỷ lệ hộ nghèo còn 2,1%.\n"
        "Năm 2023, toàn tỉnh có 500 hợp tác xã.\n"
        "Thu nhập bình quân đạt 65 triệu đồng/người."
    )
    assert localities(text, "Ninh Bình") == [
        ("5.000 tỷ đồng", "Kim Sơn"),
        ("250 tỷ đồng", "Kim Sơn"),
        ("2,1%", "Kim Sơn"),
        ("500 hợp tác xã", "Ninh Bình"),
        ("65 triệu đồng/người", "Ninh Bình"),
    ]


def test_a_heading_that_names_a_district_alone_holds_the_paragraphs_under_it():
    text = (
        "1. Huyện Kim Sơn\n"
        "Tổng giá trị sản xuất đạt 5.000 tỷ đồng. Thu ngân sách đạt 250 tỷ đồng.\n"
        "Tỷ lệ hộ nghèo còn 2,1%.\n"
        "2. Thành phố Tam Điệp\n"
        "Tổng giá trị sản xuất đạt 4.000 tỷ đồng.\n"
        "3. Kết quả chung\n"
        "Thu ngân sách toàn tỉnh đạt 20.000 tỷ đồng, thu nhập bình quân 65 triệu đồng/người."
    )
    assert localities(text, "Ninh Bình") == [
        ("5.000 tỷ đồng", "Kim Sơn"),
        ("250 tỷ đồng", "Kim Sơn"),
        ("2,1%", "Kim Sơn"),
        ("4.000 tỷ đồng", "Tam Điệp"),
        ("20.000 tỷ đồng", "Ninh Bình"),
        ("65 triệu đồng/người", "Ninh Bình"),
    ]


def test_an_abbreviated_administrative_word_does_not_cut_its_place_off():
    text = "Trong đó, TX. Kỳ Anh đạt 500 tỷ đồng, TX Hồng Lĩnh 120 tỷ đồng."
    assert localities(text, "Hà Tĩnh") == [("500 tỷ đồng", "Kỳ Anh"), ("120 tỷ đồng", "Hồng Lĩnh")]


def test_an_official_of_the_province_speaks_for_it_in_a_communes_article():
    text = (
        "Xã Kim Chính (huyện Kim Sơn) có 1.200 hộ nuôi tôm. Bà Trần Thị C, Giám đốc Sở Công Thương tỉnh, "
        "cho biết năm nay sẽ nâng cấp thêm 12 chợ nông thôn; riêng xã có 2 chợ."
    )
    assert localities(text, "Kim Chính") == [
        ("1.200 hộ", "Kim Chính"),
        ("12 chợ", "Ninh Bình"),
        ("2 chợ", "Kim Chính"),
    ]
    # in the province's own article the official's figures are the province's anyway
    text = "Ông Lê Văn D, Giám đốc Sở Nông nghiệp và PTNT tỉnh cho hay, toàn tỉnh có 3.000 ha lúa hữu cơ."
    assert localities(text, "Ninh Bình") == [("3.000 ha", "Ninh Bình")]


def test_a_district_named_as_a_meetings_venue_stays_out():
    text = "Tại hội nghị ở huyện Kim Sơn, Sở Nông nghiệp cho biết sản lượng lúa năm 2023 đạt 450.000 tấn."
    assert localities(text, "Ninh Bình") == [("450.000 tấn", "Ninh Bình")]


def test_the_total_of_a_list_of_districts_is_the_wholes():
    text = "Huyện Kim Sơn thu 250 tỷ đồng, huyện Yên Khánh 180 tỷ đồng; tổng cộng 430 tỷ đồng."
    assert localities(text, "Ninh Bình") == [
        ("250 tỷ đồng", "Kim Sơn"),
        ("180 tỷ đồng", "Yên Khánh"),
        ("430 tỷ đồng", "Ninh Bình"),
    ]
    # a district's own sum of its communes is the district's
    text = (
        "Huyện Kim Sơn có 3 xã ven biển: xã Kim Đông 900 ha, xã Kim Hải 700 ha, tổng cộng 1.600 ha nuôi tôm."
    )
    assert localities(text, "Ninh Bình")[-1] == ("1.600 ha", "Kim Sơn")


def test_a_paragraph_that_opens_with_a_district_is_the_districts_to_its_end():
    text = (
        "Tại huyện Kim Sơn, tổng giá trị sản xuất đạt 5.000 tỷ đồng. Thu ngân sách đạt 250 tỷ đồng. "
        "Tỷ lệ hộ nghèo còn 2,1%. Toàn tỉnh thu 20.000 tỷ đồng.\n"
        "Thu nhập bình quân đạt 65 triệu đồng/người."
    )
    assert localities(text, "Ninh Bình") == [
        ("5.000 tỷ đồng", "Kim Sơn"),
        ("250 tỷ đồng", "Kim Sơn"),
        ("2,1%", "Kim Sơn"),
        ("20.000 tỷ đồng", "Ninh Bình"),
        ("65 triệu đồng/người", "Ninh Bình"),
    ]
    # ... unless it opens with a meeting held there
    text = (
        "Tại huyện Kim Sơn, UBND tỉnh tổ chức hội nghị sơ kết. Thu ngân sách đạt 9.000 tỷ đồng. Chi đạt 70%."
    )
    assert localities(text, "Ninh Bình") == [("9.000 tỷ đồng", "Ninh Bình"), ("70%", "Ninh Bình")]


def test_a_source_of_a_district_opening_the_sentence_gives_the_districts_figures():
    text = "Theo Phòng Nông nghiệp huyện Kim Sơn, năm 2023 có 300 trang trại, doanh thu 500 tỷ đồng."
    assert localities(text, "Ninh Bình") == [("300 trang trại", "Kim Sơn"), ("500 tỷ đồng", "Kim Sơn")]
    text = "Theo Sở Công Thương, năm 2023 kim ngạch xuất khẩu đạt 2 tỷ USD."
    assert localities(text, "Ninh Bình") == [("2 tỷ USD", "Ninh Bình")]


def test_the_head_of_a_districts_office_speaks_for_the_district():
    text = "Ông Trần Văn E, Trưởng phòng Nông nghiệp huyện Kim Sơn cho biết, năm 2023 có 300 trang trại."
    assert localities(text, "Ninh Bình") == [("300 trang trại", "Kim Sơn")]


def test_a_page_saved_as_one_paragraph_is_not_its_first_districts_to_the_end():
    text = "Tại huyện Kim Sơn, thu ngân sách đạt 250 tỷ đồng. " + "Công tác an sinh được quan tâm. " * 45
    text += "Tổng vốn đầu tư đạt 9.000 tỷ đồng."
    assert localities(text, "Ninh Bình") == [("250 tỷ đồng", "Kim Sơn"), ("9.000 tỷ đồng", "Ninh Bình")]
