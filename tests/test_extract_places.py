"""The place of each record (ANNOTATION.md, locality): rules of the genre on sentences written for these tests."""

from desktop.core.extract import extract


def localities(text: str, locality: str) -> list[tuple[str, str | None]]:
    """Each figure as written with its locality."""
    return [(text[r.start : r.end], r.locality) for r in extract(text, locality=locality).records]


def test_a_place_set_apart_with_rieng_holds_for_its_clause_only():
    text = (
        "Năm 2022, toàn tỉnh có 120 chợ, riêng thành phố Vinh 18 chợ; 9 siêu thị và 3 trung tâm thương mại."
    )
    assert localities(text, "Nghệ An") == [
        ("120 chợ", "Nghệ An"),
        ("18 chợ", "Vinh"),
        ("9 siêu thị", "Nghệ An"),
        ("3 trung tâm thương mại", "Nghệ An"),
    ]


def test_a_connector_makes_the_place_after_it_the_subject():
    text = "Tháng 10, Hải Phòng xuất siêu 3 tỷ USD, trong khi Hà Nội nhập siêu gần 5 tỷ USD."
    assert localities(text, "cả nước") == [("3 tỷ USD", "Hải Phòng"), ("5 tỷ USD", "Hà Nội")]


def test_an_example_place_heads_its_sentence():
    text = "Điển hình như Lai Châu, trong 9 tháng cả tỉnh chỉ thu hút 12 dự án."
    assert localities(text, "cả nước") == [("12 dự án", "Lai Châu")]


def test_the_articles_own_place_after_the_country_is_the_subject():
    text = "Nếu tăng trưởng của cả nước là 6,5% thì Bắc Ninh phải đạt 12% trong năm 2023."
    assert localities(text, "Bắc Ninh") == [("6,5%", "cả nước"), ("12%", "Bắc Ninh")]


def test_a_place_inside_a_clause_after_a_connector_word_is_left_alone():
    text = "Năm 2023, doanh nghiệp chở hàng trong khi qua Lạng Sơn đạt 104 tỷ đồng."
    assert localities(text, "Bắc Giang") == [("104 tỷ đồng", "Bắc Giang")]


def test_a_commune_the_gazetteer_no_longer_holds_is_still_a_commune():
    # communes merged since the article was written: the press names the ones of its day
    text = "Năm 2017, xã Thạch Diên có 45 hộ trồng cam. Cam Xã Đoài có 20 hộ trồng."
    assert localities(text, "Nghi Lộc") == [("45 hộ", "Thạch Diên"), ("20 hộ", "Nghi Lộc")]


def test_a_bare_commune_word_finds_a_commune_the_gazetteer_no_longer_holds():
    text = "Bí thư xã Thạch Diên cho biết tháng trước xã đã làm được 3 km đường."
    assert localities(text, "Nghi Lộc") == [("3 km", "Thạch Diên")]


def test_a_run_of_capitalised_words_after_xa_is_a_name_and_a_person():
    text = "Chủ tịch UBND xã Lâm Khánh Nguyễn Văn An có 45 hộ nuôi bò."
    assert localities(text, "Nghi Lộc") == [("45 hộ", "Nghi Lộc")]


def test_a_parent_named_after_a_commune_is_its_address():
    text = "Đến nay, toàn xã Thạch Diên, huyện Nghi Lộc có hơn 40 hộ trồng cam."
    assert localities(text, "Nghệ An") == [("40 hộ", "Thạch Diên")]


def test_places_of_one_level_in_a_list_are_no_address():
    text = "Trong đó, huyện Nghi Lộc có 40 hộ, huyện Hưng Nguyên có 25 hộ trồng cam."
    assert localities(text, "Nghệ An") == [("40 hộ", "Nghi Lộc"), ("25 hộ", "Hưng Nguyên")]


def test_a_list_items_site_after_the_figure_is_its_place():
    text = (
        "Năm 2024, thành phố xây trường 30 phòng học tại phường Trường Thi, trường 24 phòng học "
        "(xã Nghi Phú); 2 dự án nhà máy may tại xã Hưng Lộc."
    )
    assert localities(text, "Vinh") == [
        ("30 phòng học", "Trường Thi"),
        ("24 phòng học", "Nghi Phú"),
        ("2 dự án", "Hưng Lộc"),
    ]


def test_a_site_over_two_places_or_after_a_named_place_is_left_alone():
    text = (
        "Năm 2024, khu đô thị quy mô 1.200 ha tại xã Hưng Lộc và xã Nghi Phú được duyệt. "
        "Khu đô thị lấn biển Nghệ An quy mô 300 ha tại xã Hưng Lộc được duyệt."
    )
    assert localities(text, "Vinh") == [("1.200 ha", "Vinh"), ("300 ha", "Vinh")]


def test_a_place_without_its_word_after_the_figure_is_no_site():
    text = "Năm 2024, doanh nghiệp xuất 500 tấn gạo tại Hải Phòng."
    assert localities(text, "Nghệ An") == [("500 tấn", "Nghệ An")]


def test_a_figure_in_brackets_after_a_place_is_that_places():
    text = "Năm 2023, lúa nhiễm mặn 9.000 ha, nhiều nhất là các huyện Cẩm Xuyên (hơn 3.679ha); Thạch Hà (3.382ha)."
    assert localities(text, "Hà Tĩnh") == [
        ("9.000 ha", "Hà Tĩnh"),
        ("3.679ha", "Cẩm Xuyên"),
        ("3.382ha", "Thạch Hà"),
    ]


def test_a_bare_name_before_a_bracket_counts_only_inside_the_articles_place():
    text = "Năm 2023, giống lúa Thạch Hà (3.382ha) và giống Bắc Thơm (1.200 ha) được gieo cấy."
    assert localities(text, "Quảng Bình") == [("3.382ha", "Quảng Bình"), ("1.200 ha", "Quảng Bình")]


def test_an_officials_quoted_figures_are_the_officials_units():
    text = (
        "Bí thư Đảng ủy xã Nghi Hưng - ông Nguyễn Văn An cho biết: trước đây 1 km đường hết 1,2 tỷ đồng, "
        "xã mới làm được 3 km. Năm 2023, người dân thu 7 tỷ đồng từ cam, ông Bình, Chủ tịch UBND xã "
        "Nghi Thạch cho biết. Năm 2024 huyện có 30 hộ nuôi tôm."
    )
    assert localities(text, "Nghi Lộc") == [
        ("1,2 tỷ đồng", "Nghi Hưng"),
        ("3 km", "Nghi Hưng"),
        ("7 tỷ đồng", "Nghi Thạch"),
        ("30 hộ", "Nghi Lộc"),
    ]


def test_an_official_of_a_larger_unit_or_one_who_does_not_speak_leaves_the_place_alone():
    text = (
        "Chủ tịch UBND tỉnh Nghệ An cho biết: quy hoạch khu đô thị rộng 2.870 ha được duyệt. "
        "Chủ tịch UBND xã Nghi Hưng dự lễ khởi công cầu dài 120 m."
    )
    assert localities(text, "Nghi Lộc") == [("2.870 ha", "Nghi Lộc"), ("120 m", "Nghi Lộc")]


def test_what_a_paragraph_reports_after_a_visit_is_the_visited_units():
    text = (
        "Sáng 7/7, Thủ tướng đã đến thăm và làm việc tại xã Cẩm Hưng, huyện Cẩm Xuyên. Thủ tướng hoan "
        "nghênh nhân dân đã đạt sản lượng lương thực hơn 1.160 tấn năm 2016. Thủ tướng vui mừng nhận thấy "
        "70% đường trục xã được bê tông hóa.\nNăm 2016, ngân sách thu 5.000 tỷ đồng."
    )
    assert localities(text, "Hà Tĩnh") == [
        ("1.160 tấn", "Cẩm Hưng"),
        ("70%", "Cẩm Hưng"),
        ("5.000 tỷ đồng", "Hà Tĩnh"),
    ]


def test_a_visit_to_a_unit_larger_than_the_articles_changes_nothing():
    text = "Bộ trưởng đến thăm tỉnh Hà Tĩnh. Bộ trưởng ghi nhận năm 2016 sản lượng đạt 1.160 tấn."
    assert localities(text, "Cẩm Xuyên") == [("1.160 tấn", "Cẩm Xuyên")]


def test_a_count_of_provinces_and_cities_is_the_countrys():
    text = (
        "Trong quý I, nhà đầu tư nước ngoài rót vốn vào 42 tỉnh, thành phố với tổng vốn 2,1 tỷ USD. "
        "Năm 2023, tỉnh kết nghĩa với 5 tỉnh bạn."
    )
    assert localities(text, "Bắc Ninh") == [
        ("42 tỉnh, thành phố", "cả nước"),
        ("2,1 tỷ USD", "cả nước"),
        ("5 tỉnh", "Bắc Ninh"),
    ]
    # a score of the provinces too, after ``trong`` (among them), which before a bare number is a time frame
    text = "Năm 2023, trong 48/63 tỉnh thành có xuất khẩu tăng, tỉnh tăng cao nhất. Trong 10 ngày, tỉnh đón 900 lượt khách."
    assert localities(text, "Bắc Ninh") == [("48/63 tỉnh thành", "cả nước"), ("900 lượt khách", "Bắc Ninh")]


def test_a_bare_count_of_provinces_in_a_round_up_is_the_countrys():
    text = (
        "Theo Bộ Tài chính, đến hết tháng 9, 12 tỉnh đã giải ngân trên 70% vốn đầu tư công, "
        "trong đó 4 tỉnh đạt trên 90%. Toàn tỉnh có 15 tỉnh lộ với 300 km."
    )
    assert localities(text, "Thái Bình") == [
        ("12 tỉnh", "cả nước"),
        ("70%", "cả nước"),
        ("4 tỉnh", "cả nước"),
        ("15 tỉnh", "Thái Bình"),  # provincial roads, the province's own
        ("300 km", "Thái Bình"),
    ]


def test_the_examples_of_a_round_up_after_nhu_are_each_their_own():
    text = (
        "Năm 2024, cả nước xuất khẩu 400 tỷ USD. Một số địa phương có xuất khẩu tăng mạnh, "
        "như Bắc Giang tăng 35%, Thái Nguyên tăng 12%."
    )
    assert localities(text, "cả nước") == [
        ("400 tỷ USD", "cả nước"),
        ("35%", "Bắc Giang"),
        ("12%", "Thái Nguyên"),
    ]


def test_the_last_pair_of_a_round_up_after_va_is_its_own_place():
    text = "Tiếp theo là Long An với 18.000 tỷ đồng, Nghệ An với 16.500 tỷ đồng và Kiên Giang với 12.300 tỷ đồng."
    assert localities(text, "cả nước") == [
        ("18.000 tỷ đồng", "Long An"),
        ("16.500 tỷ đồng", "Nghệ An"),
        ("12.300 tỷ đồng", "Kiên Giang"),
    ]
    text = "Năm 2022, Cần Thơ thu hút 9 dự án và Vĩnh Long tăng 14%."
    assert localities(text, "cả nước") == [("9 dự án", "Cần Thơ"), ("14%", "Vĩnh Long")]


def test_a_paragraph_opening_with_a_region_is_the_regions():
    text = (
        "Năm 2024, GDP cả nước tăng 7,1%.\n"
        "Vùng Tây Nguyên tăng trưởng GRDP đạt 6,2%, đóng góp 4,5% vào tăng trưởng chung.\n"
        "Đồng bằng sông Cửu Long tăng 6,8%, trong đó Cần Thơ tăng 7,3%.\n"
        "Xuất khẩu đạt 400 tỷ USD."
    )
    assert localities(text, "cả nước") == [
        ("7,1%", "cả nước"),
        ("6,2%", "Tây Nguyên"),
        ("4,5%", "Tây Nguyên"),
        ("6,8%", "Đồng bằng sông Cửu Long"),
        ("7,3%", "Cần Thơ"),
        ("400 tỷ USD", "cả nước"),
    ]
    # a direction in lower case is no region
    text = "Năm 2024, vùng đông bắc của huyện có 300 ha rừng.\nHuyện thu ngân sách 80 tỷ đồng."
    assert [place for _, place in localities(text, "Sơn Động")] == ["Sơn Động", "Sơn Động"]


def test_a_rank_among_the_provinces_lends_the_country_to_no_figure():
    text = "Năm 2022, GRDP tăng 8,5%, xếp thứ 5/14 tỉnh trong vùng và 20/63 tỉnh, thành phố. Thu ngân sách đạt 500 tỷ đồng."
    assert localities(text, "Lào Cai") == [("8,5%", "Lào Cai"), ("500 tỷ đồng", "Lào Cai")]


def test_a_name_with_any_apostrophe_is_the_place_and_reads_with_the_typographic_one():
    for apostrophe in ("ʼ", "‘", "`"):
        text = f"Năm 2024, huyện Đắk R{apostrophe}Lấp có 12 trường học. Đắk R{apostrophe}Lấp thu 95 tỷ đồng."
        assert localities(text, "Đắk Nông") == [("12 trường học", "Đắk R’Lấp"), ("95 tỷ đồng", "Đắk R’Lấp")]


def test_a_name_written_with_the_plain_apostrophe_keeps_it():
    text = "Năm 2024, huyện Đắk R'Lấp có 12 trường học."
    assert localities(text, "Đắk Nông") == [("12 trường học", "Đắk R'Lấp")]


def test_a_level_that_gives_the_money_is_not_the_place_it_is_for():
    text = (
        "Năm 2024, huyện Yên Thành có 38 xã. Tổng kinh phí làm đường là 15 tỷ đồng, trong đó ngân sách "
        "tỉnh 9 tỷ đồng, huyện 4 tỷ đồng, xã 2 tỷ đồng."
    )
    assert localities(text, "Nghệ An") == [
        ("38 xã", "Yên Thành"),
        ("15 tỷ đồng", "Nghệ An"),
        ("9 tỷ đồng", "Nghệ An"),
        ("4 tỷ đồng", "Nghệ An"),
        ("2 tỷ đồng", "Nghệ An"),
    ]


def test_support_from_a_level_stays_with_the_commune_it_goes_to():
    text = "Xã Diễn Hồng cần 30 tấn giống lúa, nguồn hỗ trợ từ tỉnh là 6 tấn, huyện là 2 tấn."
    assert localities(text, "Nghệ An") == [
        ("30 tấn", "Diễn Hồng"),
        ("6 tấn", "Diễn Hồng"),
        ("2 tấn", "Diễn Hồng"),
    ]


def test_a_district_named_after_a_figure_is_still_the_place_of_its_own():
    text = "Năm 2024, huyện Yên Thành có 38 xã, huyện Quỳnh Lưu 33 xã."
    assert localities(text, "Nghệ An") == [("38 xã", "Yên Thành"), ("33 xã", "Quỳnh Lưu")]


def test_a_bare_commune_word_before_a_modal_verb_is_the_commune_named_before():
    text = "Vụ Xuân năm nay, xã Diễn Hồng mất trắng 150 ha lúa. Để gieo cấy lại, xã phải cần 12 tấn giống."
    assert localities(text, "Nghệ An") == [("150 ha", "Diễn Hồng"), ("12 tấn", "Diễn Hồng")]


def test_the_xa_of_a_cooperative_is_no_commune():
    text = "Năm 2024, xã Diễn Hồng có 3 hợp tác xã. Toàn tỉnh hiện có 600 hợp tác xã, hợp tác xã có 20.000 thành viên."
    assert localities(text, "Nghệ An") == [
        ("3 hợp tác xã", "Diễn Hồng"),
        ("600 hợp tác xã", "Nghệ An"),
        ("20.000 thành viên", "Nghệ An"),
    ]


def test_a_list_of_places_heading_its_clause_is_one_subject():
    text = "Riêng tại các huyện Quỳnh Lưu, Diễn Châu, Yên Thành, năng suất lạc đạt 32 tạ/ha."
    assert localities(text, "Nghệ An") == [("32 tạ/ha", "Quỳnh Lưu, Diễn Châu, Yên Thành")]


def test_the_last_place_of_a_list_is_not_the_subject_of_what_follows_it():
    text = (
        "Năm 2024, vùng lạc tập trung tại các huyện Quỳnh Lưu, Diễn Châu, Nghi Lộc, sản lượng lạc "
        "của tỉnh đạt 45.000 tấn."
    )
    assert localities(text, "Nghệ An") == [("45.000 tấn", "Nghệ An")]


def test_a_list_of_places_where_something_is_leaves_the_figure_to_the_article():
    text = "Năm 2024, mô hình nuôi tôm ở xã Quỳnh Lập, Quỳnh Dị, Quỳnh Phương, với tổng diện tích 25 ha."
    assert localities(text, "Hoàng Mai") == [("25 ha", "Hoàng Mai")]


def test_a_list_cut_by_the_clause_before_the_figure_is_still_no_subject():
    text = (
        "Năm 2024, tỉnh đo đạc bản đồ địa chính tại 3 địa phương của huyện Tân Kỳ là xã Nghĩa Đồng, "
        "Nghĩa Bình và thị trấn Tân Kỳ, với tổng kinh phí 9 tỷ đồng."
    )
    assert localities(text, "Nghệ An") == [("3 địa phương", "Tân Kỳ"), ("9 tỷ đồng", "Tân Kỳ")]


def test_a_unit_named_with_cua_right_after_a_figure_owns_it():
    text = "Năm 2023, thu ngân sách đạt 210 tỷ đồng của huyện Con Cuông, tăng 5%."
    assert localities(text, "Nghệ An") == [("210 tỷ đồng", "Con Cuông")]


def test_the_whole_a_share_is_taken_from_is_not_its_place():
    for text in (
        "Năm 2023, ngành công nghiệp đóng góp 30% GRDP của tỉnh Nghệ An.",
        "Năm 2023, ngành công nghiệp đóng góp 30% GRDP của tỉnh.",
    ):
        assert localities(text, "Quỳnh Lưu") == [("30%", "Quỳnh Lưu")]


def test_the_countrys_own_name_as_the_subject_of_a_clause_is_the_country():
    text = (
        "Năm 2023, kim ngạch xuất khẩu của Việt Nam đạt 355 tỷ USD, riêng tỉnh đạt 2,1 tỷ USD. "
        "Theo Tổng cục Thống kê, trong quý IV, Việt Nam xuất khẩu 95 tỷ USD."
    )
    assert localities(text, "Bến Tre") == [
        ("355 tỷ USD", "cả nước"),
        ("2,1 tỷ USD", "Bến Tre"),
        ("95 tỷ USD", "cả nước"),
    ]


def test_a_national_body_named_after_the_country_and_a_condition_about_it_leave_the_place_alone():
    text = (
        "Năm 2023, Ngân hàng Chính sách xã hội Việt Nam chi nhánh tỉnh cho vay 1.200 tỷ đồng. "
        "Tập đoàn Điện lực Việt Nam đầu tư 500 tỷ đồng. "
        "Nếu Việt Nam mở lại các đường bay quốc tế, lượng khách đến tỉnh đạt 2 triệu lượt."
    )
    assert localities(text, "Bến Tre") == [
        ("1.200 tỷ đồng", "Bến Tre"),
        ("500 tỷ đồng", "Bến Tre"),
        ("2 triệu lượt", "Bến Tre"),
    ]


def test_a_paragraph_that_opens_with_the_country_is_the_countrys_to_its_end():
    text = (
        "Năm 2024, tỉnh thu ngân sách 19.000 tỷ đồng.\n"
        "Tính chung cả nước, kim ngạch xuất khẩu đạt 400 tỷ USD. Vốn FDI giải ngân đạt 25 tỷ USD, "
        "riêng tỉnh Nghệ An 1,5 tỷ USD.\n"
        "Năm 2024, vốn FDI đăng ký đạt 2 tỷ USD."
    )
    assert localities(text, "Nghệ An") == [
        ("19.000 tỷ đồng", "Nghệ An"),
        ("400 tỷ USD", "cả nước"),
        ("25 tỷ USD", "cả nước"),
        ("1,5 tỷ USD", "Nghệ An"),
        ("2 tỷ USD", "Nghệ An"),
    ]


def test_the_country_named_in_passing_leaves_the_paragraph_to_the_article():
    text = "Năm 2024, tỉnh xếp thứ 5 cả nước về thu hút FDI. Vốn FDI đăng ký đạt 2 tỷ USD."
    assert localities(text, "Nghệ An") == [("2 tỷ USD", "Nghệ An")]


def test_a_bare_district_word_after_a_figure_is_the_district_named_before():
    text = (
        "Huyện Cầu Kè là địa phương nuôi cá nhiều nhất tỉnh. Hiện, đã có 250 hộ nuôi trong huyện bán lỗ, "
        "với tổng diện tích gần 40 ha."
    )
    assert localities(text, "Trà Vinh") == [("250 hộ", "Cầu Kè"), ("40 ha", "Cầu Kè")]


def test_society_after_a_figure_is_no_commune():
    text = "Năm 2024, xã Tam Ngãi có 12 ấp. Tỉnh có 1.500 hộ nghèo trong xã hội hiện nay."
    assert localities(text, "Trà Vinh") == [("12 ấp", "Tam Ngãi"), ("1.500 hộ", "Trà Vinh")]


def test_a_commune_named_before_its_officials_name_is_still_the_commune():
    text = "Tuy nhiên, nguồn hỗ trợ giống từ tỉnh là 5 tấn, huyện là 9 tạ - Phó Chủ tịch xã Diễn Hồng Nguyễn Văn Tâm cho hay."
    assert localities(text, "Nghệ An") == [("5 tấn", "Diễn Hồng"), ("9 tạ", "Diễn Hồng")]


def test_the_figures_of_a_quote_are_those_of_the_speakers_unit_to_its_end():
    text = (
        "Anh Lê Văn Bình - Chủ tịch Hội Nông dân xã Diễn Hồng cho biết: “Hiện chúng tôi có 6 HTX, tăng 2 HTX. "
        "Tổng số vốn của các HTX là 9 tỷ đồng”. Năm 2024, toàn tỉnh có 1.200 HTX."
    )
    assert localities(text, "Nghệ An") == [
        ("6 HTX", "Diễn Hồng"),
        ("2 HTX", "Diễn Hồng"),
        ("9 tỷ đồng", "Diễn Hồng"),
        ("1.200 HTX", "Nghệ An"),
    ]


def test_the_official_of_a_neighbouring_commune_speaks_for_theirs():
    text = (
        "Năm 2024, xã Diễn Kim có 4 HTX.\n"
        "Ông Lê Văn Bình, Chủ tịch UBND xã Diễn Hồng cho biết: “Xã có 6 HTX nuôi tôm”.\n"
        "Năm 2024, xã Diễn Kim thu 3 tỷ đồng."
    )
    assert localities(text, "Diễn Kim") == [
        ("4 HTX", "Diễn Kim"),
        ("6 HTX", "Diễn Hồng"),
        ("3 tỷ đồng", "Diễn Kim"),
    ]


def test_a_district_a_communes_figure_is_ranked_in_is_not_its_place():
    text = "Xã Tam Ngãi thuộc huyện Cầu Kè. Năm nay, có 250 hộ nuôi cá nhiều nhất trong huyện."
    assert localities(text, "Tam Ngãi") == [("250 hộ", "Tam Ngãi")]


def test_here_is_the_place_of_the_figure_before():
    text = (
        "Đến nay, toàn xã Diễn Hồng có 40 hộ trồng cam. Dịp Tết, các hộ dân nơi đây thu 120 triệu đồng mỗi hộ. "
        "Năm 2024, giá trị sản xuất nông nghiệp đạt 900 tỷ đồng."
    )
    assert localities(text, "Diễn Châu") == [
        ("40 hộ", "Diễn Hồng"),
        ("120 triệu đồng", "Diễn Hồng"),
        ("900 tỷ đồng", "Diễn Châu"),
    ]


def test_a_site_heading_its_clause_is_in_the_place_its_bracket_names():
    text = (
        "Tại khu công nghiệp Phú Bài (thị xã Hương Thủy), năm 2023 có 40 doanh nghiệp hoạt động. "
        "Tại các điểm du lịch như Thiên Mụ, Lăng Cô (huyện Phú Lộc), mỗi ngày đón 15.000 lượt khách. "
        "Toàn tỉnh có 120 doanh nghiệp."
    )
    assert localities(text, "Thừa Thiên Huế") == [
        ("40 doanh nghiệp", "Hương Thủy"),
        ("15.000 lượt khách", "Phú Lộc"),
        ("120 doanh nghiệp", "Thừa Thiên Huế"),
    ]


def test_the_parent_in_brackets_of_a_place_named_at_the_site_is_its_address():
    text = "Tại huyện Phú Vang (tỉnh Thừa Thiên Huế), năm 2023 có 40 doanh nghiệp hoạt động."
    assert localities(text, "Quảng Trị") == [("40 doanh nghiệp", "Phú Vang")]


def test_a_count_of_communes_is_the_district_s_not_one_commune_s():
    # the article is about one commune; a figure counted over the district's communes is the district's
    text = (
        "Xã Nghi Diên, huyện Nghi Lộc có 45 hộ trồng cam. "
        "Năm nay có 62 HTX trên địa bàn 18 xã. Mỗi HTX có 40 thành viên."
    )
    assert localities(text, "Nghi Diên") == [
        ("45 hộ", "Nghi Diên"),
        ("62 HTX", "Nghi Lộc"),
        ("18 xã", "Nghi Lộc"),
        ("40 thành viên", "Nghi Diên"),
    ]


def test_a_district_the_gazetteer_misses_still_holds_its_communes():
    text = "Kinh tế trên địa bàn huyện Lộc Hà khởi sắc. Năm nay có 80 HTX trên địa bàn 13 xã."
    assert localities(text, "Bình Lộc") == [("80 HTX", "Lộc Hà"), ("13 xã", "Lộc Hà")]


def test_figures_of_one_commune_and_members_of_a_cooperative_keep_the_commune():
    # not a count of communes: ``xã viên`` are members, and a commune's own figures stay its own
    text = "Năm 2023, xã Nghi Diên có 45 hộ trồng cam và 120 xã viên HTX, trên 30 ha của xã."
    assert localities(text, "Nghi Lộc") == [
        ("45 hộ", "Nghi Diên"),
        ("120 xã viên", "Nghi Diên"),
        ("30 ha", "Nghi Diên"),
    ]


def test_the_sentence_after_a_figure_of_the_whole_country_goes_on_with_the_country():
    text = (
        "Bình Dương thu hút 700 triệu USD vốn FDI trong tháng 1. "
        "Cả tháng, các nhà đầu tư nước ngoài rót vốn vào 40 tỉnh thành phố với tổng vốn 2 tỷ USD. "
        "Vốn giải ngân ước đạt 900 triệu USD. "
        "TPHCM đứng thứ hai với 300 triệu USD. Vốn cấp mới đạt 120 triệu USD.\n"
        "Vốn điều chỉnh đạt 80 triệu USD."
    )
    assert localities(text, "Bình Dương") == [
        ("700 triệu USD", "Bình Dương"),
        ("40 tỉnh thành phố", "cả nước"),
        ("2 tỷ USD", "cả nước"),
        ("900 triệu USD", "cả nước"),
        ("300 triệu USD", "Hồ Chí Minh"),
        # another province ranked with its figure: the country's panorama goes on
        ("120 triệu USD", "cả nước"),
        # but not in the next paragraph
        ("80 triệu USD", "Bình Dương"),
    ]


def test_a_district_of_the_article_s_province_named_bare_is_that_district():
    text = (
        "Dịp tết, các điểm di tích đón 20 nghìn lượt khách. "
        "Riêng tại khu tưởng niệm (Tam Kỳ), lượng khách đạt 6 nghìn lượt. "
        "Ở những vùng trồng tiêu như Thăng Bình, Phú Ninh, thì năng suất chỉ 2 tấn/ha."
    )
    assert localities(text, "Quảng Nam") == [
        ("20 nghìn lượt khách", "Quảng Nam"),
        ("6 nghìn lượt", "Tam Kỳ"),
        ("2 tấn/ha", "Thăng Bình, Phú Ninh"),
    ]


def test_a_bare_district_name_inside_a_longer_name_or_of_another_province_is_no_place():
    text = (
        "Công ty Tam Kỳ Tourist có 40 xe. Khách sạn Phú Ninh Xanh có 60 phòng. "
        "Riêng tại khu tưởng niệm (Thuận An), lượng khách đạt 6 nghìn lượt."
    )
    assert localities(text, "Quảng Nam") == [
        ("40 xe", "Quảng Nam"),
        ("60 phòng", "Quảng Nam"),
        ("6 nghìn lượt", "Quảng Nam"),
    ]


def test_an_island_or_border_commune_word_alone_is_the_commune_named_before():
    text = (
        "Hội đồng đề nghị công nhận xã Long Sơn, huyện Cần Giờ là xã đảo. "
        "Xã đảo hiện có 900 hộ dân với hơn 3.000 nhân khẩu."
    )
    assert localities(text, "Hồ Chí Minh") == [("900 hộ", "Long Sơn"), ("3.000 nhân khẩu", "Long Sơn")]


def test_the_communes_in_the_plural_are_not_the_commune_named_before():
    text = "Năm 2023, xã Tân Thanh có 40 hộ nghèo. Các xã biên giới có 3.000 hộ nghèo."
    assert localities(text, "Lạng Sơn") == [("40 hộ", "Tân Thanh"), ("3.000 hộ", "Lạng Sơn")]


def test_a_figure_at_a_list_of_sites_keeps_the_article_s_place():
    text = "Năm nay có 7 mô hình trồng rau hữu cơ tại huyện Củ Chi và Bình Chánh."
    assert localities(text, "Hồ Chí Minh") == [("7 mô hình", "Hồ Chí Minh")]


def test_a_figure_at_one_site_with_a_company_after_it_is_the_site_s():
    text = "Năm nay có 7 mô hình trồng rau tại huyện Củ Chi và Công ty Sài Gòn Xanh góp vốn."
    assert localities(text, "Hồ Chí Minh") == [("7 mô hình", "Củ Chi")]


def test_a_list_of_sites_closed_with_an_ellipsis_goes_on_to_its_figure():
    text = (
        "Tại các bãi biển như Thuận An, Lăng Cô, Cảnh Dương (huyện Phú Lộc)… mỗi ngày đón khoảng 8.000 lượt "
        "khách. Các làng nghề… Toàn tỉnh có 120 doanh nghiệp."
    )
    assert localities(text, "Thừa Thiên Huế") == [
        ("8.000 lượt khách", "Phú Lộc"),
        ("120 doanh nghiệp", "Thừa Thiên Huế"),
    ]


def test_a_figure_after_a_list_of_places_with_their_figures_in_brackets_is_not_the_last_item_s():
    text = (
        "Lúa bị hạn nặng ở Hương Thủy (1.200 ha); Phú Vang (hơn 950 ha); Quảng Điền (800 ha), làm giảm sản "
        "lượng khoảng 12.000 tấn."
    )
    assert localities(text, "Thừa Thiên Huế") == [
        ("1.200 ha", "Hương Thủy"),
        ("950 ha", "Phú Vang"),
        ("800 ha", "Quảng Điền"),
        ("12.000 tấn", "Thừa Thiên Huế"),
    ]


def test_the_province_word_alone_in_an_article_about_a_smaller_unit_is_the_province_holding_it():
    text = (
        "Năm 2023, HTX Nông nghiệp Phước Hưng (xã Phước Hưng, huyện Tuy Phước) có 300 xã viên. "
        "Theo Liên minh HTX tỉnh, toàn tỉnh có 62 HTX liên kết với doanh nghiệp."
    )
    assert localities(text, "Phước Hưng") == [("300 xã viên", "Phước Hưng"), ("62 HTX", "Bình Định")]
    text = "Năm 2023, huyện Tánh Linh có 1.200 ha thanh long, toàn tỉnh có 30.000 ha."
    assert localities(text, "Tánh Linh") == [("1.200 ha", "Tánh Linh"), ("30.000 ha", "Bình Thuận")]


def test_the_province_word_alone_stays_the_article_s_place_when_the_gazetteer_cannot_tell_which():
    # communes of this name lie in several provinces, and the text names none of them
    text = "Năm 2023, xã Phước Hưng có 300 hộ trồng lúa, toàn tỉnh có 62 HTX."
    assert localities(text, "Phước Hưng") == [("300 hộ", "Phước Hưng"), ("62 HTX", "Phước Hưng")]


def test_a_paragraph_opened_by_an_organisation_with_its_address_in_brackets_gives_that_unit_s_figures():
    text = (
        "Năm 2023, xã Cát Tiến có 1.200 hộ trồng lúa.\n"
        "Cũng theo hướng đi này, HTX Nông nghiệp Cát Hải (xã Cát Hải, huyện Phù Cát) đã liên kết với doanh "
        "nghiệp. Năm 2023, có 400 nông dân tham gia, doanh thu đạt 5 tỷ đồng.\n"
        "Toàn xã có 30 trang trại."
    )
    assert localities(text, "Cát Tiến") == [
        ("1.200 hộ", "Cát Tiến"),
        ("400 nông dân", "Cát Hải"),
        ("5 tỷ đồng", "Cát Hải"),
        ("30 trang trại", "Cát Tiến"),
    ]


def test_an_organisation_addressed_later_in_its_paragraph_does_not_take_it_over():
    text = (
        "Năm 2023, huyện Phù Cát có 1.200 hộ trồng lúa. Nhiều nông dân bán lúa cho HTX Nông nghiệp Cát Hải "
        "(xã Cát Hải). Năm 2023, doanh thu đạt 5 tỷ đồng."
    )
    assert localities(text, "Phù Cát") == [("1.200 hộ", "Phù Cát"), ("5 tỷ đồng", "Phù Cát")]


def test_a_sentence_singling_out_part_of_the_one_before_goes_on_with_its_place():
    text = (
        "Dịp Tết, toàn tỉnh đón 90.000 lượt khách. Riêng tại khu di tích Kim Liên (huyện Nam Đàn), lượng "
        "khách đạt 20.000 lượt. Cá biệt ngày mùng 3 đã có 6.000 lượt khách. Ngày mùng 4 có 5.000 lượt khách."
    )
    assert localities(text, "Nghệ An") == [
        ("90.000 lượt khách", "Nghệ An"),
        ("20.000 lượt", "Nam Đàn"),
        ("6.000 lượt khách", "Nam Đàn"),
        ("5.000 lượt khách", "Nghệ An"),
    ]


def test_the_country_goes_on_past_figures_of_other_provinces_but_not_past_the_article_s_own():
    text = (
        "Quý I, Long An thu hút 400 triệu USD vốn FDI, cả nước thu hút 5,2 tỷ USD. Hà Nội đứng thứ hai "
        "với 950 triệu USD, Đồng Nai đứng thứ ba với 600 triệu USD. Về đối tác, Hàn Quốc dẫn đầu với "
        "1,3 tỷ USD.\n"
        "Long An đón nhiều nhà đầu tư. Cả nước có 3.000 dự án mới. Long An có 120 dự án. Nhật Bản đầu tư 200 "
        "triệu USD. Cả nước có 900 dự án FDI. Hà Nội thu hút nhiều dự án. Nhiều dự án đã khởi công. "
        "Vốn giải ngân đạt 1 tỷ USD."
    )
    assert localities(text, "Long An") == [
        ("400 triệu USD", "Long An"),
        ("5,2 tỷ USD", "cả nước"),
        ("950 triệu USD", "Hà Nội"),
        ("600 triệu USD", "Đồng Nai"),
        ("1,3 tỷ USD", "cả nước"),
        ("3.000 dự án", "cả nước"),
        ("120 dự án", "Long An"),
        ("200 triệu USD", "Long An"),
        ("900 dự án", "cả nước"),
        # a place named since the country's figure, with no figure of its own: the country does not come back
        ("1 tỷ USD", "Long An"),
    ]


def test_the_places_before_a_contrast_are_the_subject_of_the_other_clause():
    text = (
        "Trong 10 tháng, Hải Phòng và Đà Nẵng giảm lượng khách, trong khi 8 địa phương còn lại tăng trưởng. "
        "Thanh Hóa giải ngân chậm, trong khi đó các tỉnh khác đã giải ngân 52.000 tỷ đồng. "
        "Nghệ An đã giảm nghèo nhanh, còn 3.000 hộ nghèo. "
        "Thanh Hóa có nhiều dự án lớn, nhưng vốn giải ngân chỉ đạt 40%."
    )
    assert localities(text, "cả nước") == [
        ("8 địa phương", "cả nước"),
        ("52.000 tỷ đồng", "cả nước"),
        # but not what goes on with the same subject
        ("3.000 hộ", "Nghệ An"),
        ("40%", "Thanh Hóa"),
    ]


def test_a_quotation_whose_speakers_call_their_unit_xa_toi_is_that_commune_s():
    text = (
        "Năm 2023, xã Nghi Diên mở rộng vùng cam. “Năm nay diện tích cam tăng thêm 15 ha. Người dân xã tôi "
        "thu hơn 7 tỷ đồng”, cán bộ khuyến nông cho biết. Năm 2023, toàn huyện có 300 ha cam.\n"
        'Theo thương lái, "năm nay diện tích cam tăng thêm 40 ha".'
    )
    assert localities(text, "Nghi Lộc") == [
        ("15 ha", "Nghi Diên"),
        ("7 tỷ đồng", "Nghi Diên"),
        ("300 ha", "Nghi Lộc"),
        # a quotation that does not name its unit
        ("40 ha", "Nghi Lộc"),
    ]


def test_the_whole_country_written_after_the_quantity_heading_the_clause_owns_it():
    text = (
        "Theo Tổng cục Thống kê, GDP cả nước năm 2023 tăng 5,05%. Nghệ An tăng 8,5%, đứng đầu cả nước với "
        "tốc độ này. Hàng hóa xuất khẩu qua cửa khẩu cả nước đạt 3 tỷ USD. Lúa chiếm 40% diện tích lúa cả "
        "nước với 900.000 hộ."
    )
    assert localities(text, "Nghệ An") == [
        ("5,05%", "cả nước"),
        ("8,5%", "Nghệ An"),
        ("3 tỷ USD", "Nghệ An"),
        ("40%", "Nghệ An"),
        ("900.000 hộ", "Nghệ An"),
    ]


def test_a_place_named_with_its_word_at_the_end_of_a_site_heading_its_clause_holds_the_sites():
    text = (
        "Giá phòng khách sạn cao cấp tăng 10%. Còn tại các làng chài ở Nhơn Lý, Nhơn Hải hay trung tâm "
        "thành phố Quy Nhơn giá dịch vụ tăng 20-30%. Tại hội nghị với thành phố Quy Nhơn, lãnh đạo tỉnh "
        "cho biết năm nay đón 5 triệu lượt khách."
    )
    assert localities(text, "Bình Định") == [
        ("10%", "Bình Định"),
        ("20-30%", "Quy Nhơn"),
        ("5 triệu lượt khách", "Bình Định"),
    ]


def test_an_article_that_names_no_place_but_the_country_is_about_the_country():
    text = (
        "Theo Cục Đường thủy nội địa Việt Nam, khối lượng hàng hóa qua các cảng thủy nội địa 9 tháng ước đạt "
        "210 triệu tấn, tăng 4% so với cùng kỳ."
    )
    assert [r.locality for r in extract(text).records] == ["cả nước"]
    # a place named, or the article's own place, still decides
    named = "Tỉnh Nghệ An có khối lượng hàng hóa qua cảng ước đạt 21 triệu tấn."
    assert [r.locality for r in extract(named).records] == ["Nghệ An"]
    assert [r.locality for r in extract(text, locality="Hải Phòng").records] == ["Hải Phòng"]
    # an article that names no place at all stays without one: a doubt, not the country
    assert [r.locality for r in extract("Năm 2023, thu ngân sách đạt 500 tỷ đồng.").records] == [None]


def test_the_country_goes_on_past_a_sentence_on_investment_of_the_whole_society():
    # ``toàn xã hội`` (of the whole society) names no commune: the sentence still goes on with the country
    text = (
        "Quý III, xuất khẩu cả nước đạt 98 tỷ USD. Vốn đầu tư toàn xã hội đạt 900 nghìn tỷ đồng. "
        "Vốn của hợp tác xã đạt 12 nghìn tỷ đồng.\nTrong quý, Long An thu hút 300 triệu USD vốn FDI."
    )
    assert localities(text, "Long An") == [
        ("98 tỷ USD", "cả nước"),
        ("900 nghìn tỷ đồng", "cả nước"),
        ("12 nghìn tỷ đồng", "cả nước"),
        ("300 triệu USD", "Long An"),
    ]
    # a unit word still names the article's own unit: the country stops there
    own = "Quý III, xuất khẩu cả nước đạt 98 tỷ USD. Vốn đầu tư toàn tỉnh đạt 9 nghìn tỷ đồng."
    assert localities(own, "Long An") == [("98 tỷ USD", "cả nước"), ("9 nghìn tỷ đồng", "Long An")]


def test_a_dash_written_with_a_space_on_one_side_gets_both():
    for written in ("Bà Rịa -Vũng Tàu", "Bà Rịa- Vũng Tàu"):
        text = (
            f"Năm 2023, tại Ninh Thuận thu ngân sách đạt 4 nghìn tỷ đồng; tại {written} đạt 60 nghìn tỷ đồng."
        )
        assert localities(text, "Ninh Thuận")[1] == ("60 nghìn tỷ đồng", "Bà Rịa - Vũng Tàu")
    # a dash the text writes alike on both sides keeps its shape
    for written in ("Thừa Thiên - Huế", "Thừa Thiên-Huế"):
        text = (
            f"Năm 2023, tại Ninh Thuận thu ngân sách đạt 4 nghìn tỷ đồng; tại {written} đạt 9 nghìn tỷ đồng."
        )
        assert localities(text, "Ninh Thuận")[1] == ("9 nghìn tỷ đồng", written)


def test_the_next_of_a_ranking_after_tiep_den_la_is_the_subject():
    text = (
        "Năm 2023, Hà Nội dẫn đầu về thu hút FDI với 3 tỷ USD; tiếp đến là Bắc Giang với 2 tỷ USD; "
        "sau đó là Hải Phòng với 1,5 tỷ USD. Tỉnh Nghệ An đạt 900 triệu USD, tiếp theo là thu ngân sách "
        "đạt 500 tỷ đồng."
    )
    assert localities(text, "Nghệ An") == [
        ("3 tỷ USD", "Hà Nội"),
        ("2 tỷ USD", "Bắc Giang"),
        ("1,5 tỷ USD", "Hải Phòng"),
        ("900 triệu USD", "Nghệ An"),
        # what comes next is no place: the sentence's own
        ("500 tỷ đồng", "Nghệ An"),
    ]


def test_the_country_a_province_is_ranked_in_before_the_figure_s_clause_is_not_its_place():
    # the country is the frame of a standing (a title, a rank) the place or the figure before was given
    text = (
        "Hiện nay Đắk Lắk được gọi là vựa cà phê của cả nước, chiếm 35% diện tích cà phê. "
        "Năm 2022, GRDP của Quảng Ngãi tăng 7,1%, đứng trong nhóm đầu của cả nước, thu ngân sách đạt 900 tỷ đồng."
    )
    assert localities(text, "Đắk Lắk") == [
        ("35%", "Đắk Lắk"),
        ("7,1%", "Quảng Ngãi"),
        ("900 tỷ đồng", "Quảng Ngãi"),
    ]


def test_the_country_that_opens_the_clause_or_is_in_the_figure_s_own_clause_stays_its_place():
    text = (
        "Trên phạm vi cả nước, theo Tổng cục Thống kê, chỉ số sản xuất công nghiệp tăng 8,2%. "
        "Năm 2022, Bình Định tăng 6%, cả nước tăng 8%. "
        "Kim ngạch của Bình Định chiếm 2% kim ngạch của cả nước."
    )
    assert localities(text, "Bình Định") == [
        ("8,2%", "cả nước"),
        ("6%", "Bình Định"),
        ("8%", "cả nước"),
        ("2%", "Bình Định"),
    ]


def test_a_place_after_dia_ban_is_where_the_country_s_goods_are_counted():
    text = (
        "Tháng 5, hàng nông sản của Việt Nam xuất khẩu qua địa bàn tỉnh Lào Cai tăng 12%. "
        "Số doanh nghiệp trên địa bàn cả nước tăng 3%."
    )
    assert localities(text, "Lào Cai") == [("12%", "Lào Cai"), ("3%", "cả nước")]


def test_a_count_of_the_communes_meeting_a_bar_is_no_one_communes():
    text = (
        "Năm 2022, xã Tuy Lộc đã hoàn thành 19 tiêu chí nông thôn mới. "
        "Đến nay, số xã đạt từ 15 tiêu chí trở lên là 20 xã."
    )
    assert localities(text, "Yên Bái")[-1] == ("20 xã", "Yên Bái")


def test_a_bare_tinh_setting_a_target_is_the_province_holding_a_city():
    text = (
        "Năm 2024, thành phố Sầm Sơn đón 8 triệu lượt khách. "
        "Ngành du lịch của tỉnh hoàn thành mục tiêu đón 15 triệu lượt khách trong năm 2025."
    )
    assert localities(text, "Sầm Sơn") == [
        ("8 triệu lượt khách", "Sầm Sơn"),
        ("15 triệu lượt khách", "Thanh Hóa"),
    ]


def test_a_bare_tinh_is_never_a_centrally_run_city_but_the_province_named_before():
    text = (
        "Hải Phòng đặt mục tiêu thu nhập bình quân 250 triệu đồng. "
        "Xếp thứ hai là tỉnh Quảng Ninh. Đến năm 2025, tỉnh đặt mục tiêu thu nhập bình quân 220 triệu đồng."
    )
    assert localities(text, "Hải Phòng") == [
        ("250 triệu đồng", "Hải Phòng"),
        ("220 triệu đồng", "Quảng Ninh"),
    ]


def test_a_bare_tinh_setting_a_target_in_a_provinces_article_is_its_own():
    text = "Năm 2023, Quảng Ninh thu 50.000 tỷ đồng. Năm 2024, tỉnh phấn đấu thu 55.000 tỷ đồng."
    assert localities(text, "Quảng Ninh") == [
        ("50.000 tỷ đồng", "Quảng Ninh"),
        ("55.000 tỷ đồng", "Quảng Ninh"),
    ]


def test_a_province_ranked_next_in_brackets_has_its_own_figure_as_an_aside():
    text = (
        "Năm 2024, tăng trưởng của Nghệ An đạt 9,1%, đứng thứ 3 cả nước (chỉ sau tỉnh Hải Dương tăng 10,2%). "
        "Đặc biệt, thu ngân sách đạt 24.000 tỷ đồng."
    )
    assert localities(text, "Nghệ An") == [
        ("9,1%", "Nghệ An"),
        ("10,2%", "Hải Dương"),
        ("24.000 tỷ đồng", "Nghệ An"),
    ]


def test_a_place_after_sau_outside_brackets_is_left_alone():
    text = "Năm 2023, chỉ sau Hà Nội, Đà Nẵng đạt tăng trưởng 12%."
    assert localities(text, "Đà Nẵng") == [("12%", "Đà Nẵng")]


def test_a_district_placed_by_its_province_in_brackets_is_the_district():
    text = (
        "Sân bay Nội Bài đón 70.000 lượt khách mỗi ngày. "
        "Còn tại Cô Tô (Quảng Ninh), lượng du khách dự kiến trên 8.000 người."
    )
    assert localities(text, "Hà Nội") == [("70.000 lượt khách", "Hà Nội"), ("8.000 người", "Cô Tô")]


def test_an_area_a_plan_measures_is_of_the_unit_it_names():
    text = (
        "Các khu vực điều chỉnh quy hoạch gồm: khu vực xã Gành Dầu, quy mô khoảng 120,5 ha; "
        "khu vực Bãi Sao - xã Hàm Ninh có quy mô khoảng 48,2 ha."
    )
    assert localities(text, "Phú Quốc") == [("120,5 ha", "Gành Dầu"), ("48,2 ha", "Hàm Ninh")]


def test_each_item_of_a_list_of_districts_with_colons_is_its_districts():
    text = (
        "Số hợp tác xã kiểu mới phân theo huyện như sau: Chư Sê: 14 hợp tác xã; Đak Đoa: 11 hợp tác xã; "
        "Mang Yang: 6 hợp tác xã và Kông Chro: 3 hợp tác xã."
    )
    assert localities(text, "Gia Lai") == [
        ("14 hợp tác xã", "Chư Sê"),
        ("11 hợp tác xã", "Đak Đoa"),
        ("6 hợp tác xã", "Mang Yang"),
        ("3 hợp tác xã", "Kông Chro"),
    ]


def test_a_label_ending_in_a_place_before_a_colon_is_no_list_item():
    text = "Năm 2023, dân số trung bình Hải Dương: 1,9 triệu người."
    assert localities(text, "cả nước") == [("1,9 triệu người", "cả nước")]


def test_a_provincial_offices_figures_are_its_provinces():
    text = (
        "Năm 2023, thu ngân sách từ hoạt động xuất nhập khẩu cả nước đạt 380.000 tỷ đồng. "
        "Trong đó, Cục Hải quan Bình Dương thu 15.200 tỷ đồng; Sở Công Thương Long An cho biết "
        "kim ngạch xuất khẩu của tỉnh đạt 7 tỷ USD."
    )
    assert localities(text, "cả nước") == [
        ("380.000 tỷ đồng", "cả nước"),
        ("15.200 tỷ đồng", "Bình Dương"),
        ("7 tỷ USD", "Long An"),
    ]


def test_the_city_of_a_dateline_is_not_what_the_story_is_about():
    text = (
        "[Cần Thơ, 14/5, AFP] - Tổng cục Thống kê cho biết kim ngạch nhập khẩu tháng 4 giảm 2,4% "
        "so với tháng trước và xuất khẩu giảm 1,1%."
    )
    assert localities(text, "cả nước") == [("2,4%", "cả nước"), ("1,1%", "cả nước")]


def test_a_place_with_a_date_in_its_sentence_still_heads_it():
    text = "Cần Thơ, tính đến ngày 14/5 đã giải ngân 2.300 tỷ đồng vốn đầu tư công."
    assert localities(text, "cả nước") == [("2.300 tỷ đồng", "Cần Thơ")]


def test_a_bare_district_is_found_with_another_apostrophe_and_case():
    text = "Năm 2023, huyện Krông Nô có 12 xã nông thôn mới; Đắk R’lấp có 9 xã nông thôn mới."
    assert localities(text, "Đắk Nông") == [("12 xã", "Krông Nô"), ("9 xã", "Đắk R'Lấp")]


def test_a_sentence_naming_no_place_goes_on_with_the_place_heading_the_one_before():
    text = (
        "Còn tại Cần Giờ (TP.HCM), lượng du khách đăng ký tăng mạnh, dự kiến trên 8.000 người. "
        "Có 120 cơ sở lưu trú đã kín phòng.\nCả năm thu 300 tỷ đồng."
    )
    assert localities(text, "Vũng Tàu") == [
        ("8.000 người", "Cần Giờ"),
        ("120 cơ sở lưu trú", "Cần Giờ"),
        ("300 tỷ đồng", "Vũng Tàu"),
    ]


def test_the_place_heading_the_sentence_before_reaches_one_sentence_only():
    text = (
        "Đà Nẵng dự kiến dùng nguồn xã hội hóa để tổ chức lễ hội. Tổng nguồn thu dự tính khoảng 500 tỉ đồng. "
        "Tổng chi dự kiến 200 tỉ đồng."
    )
    assert localities(text, "Hà Nội") == [("500 tỉ đồng", "Đà Nẵng"), ("200 tỉ đồng", "Hà Nội")]


def test_a_sentence_naming_a_unit_by_its_word_does_not_go_on_with_the_place_before():
    text = "Riêng huyện Cư Jút đạt 20 tỷ đồng. Toàn tỉnh thu 900 tỷ đồng. Năm nay thành phố chi 50 tỷ đồng."
    assert localities(text, "Đắk Nông") == [
        ("20 tỷ đồng", "Cư Jút"),
        ("900 tỷ đồng", "Đắk Nông"),
        ("50 tỷ đồng", "Đắk Nông"),
    ]


def test_the_articles_own_place_heading_a_sentence_is_no_other_place_to_go_on_with():
    text = "UBND TP. Hà Nội yêu cầu báo cáo trước tháng 6. Tổng mức đầu tư dự kiến 1.200 tỷ đồng."
    assert localities(text, "Hà Nội") == [("1.200 tỷ đồng", "Hà Nội")]


def test_a_province_is_spelled_with_the_texts_own_dash():
    text = "Năm 2023, tỉnh Bà Rịa – Vũng Tàu thu hút 1,2 tỷ USD vốn đầu tư."
    assert localities(text, "cả nước") == [("1,2 tỷ USD", "Bà Rịa – Vũng Tàu")]


def test_a_province_named_alone_after_tai_past_the_figure_is_its_site():
    text = (
        "Một số dự án tiêu biểu như: nhà máy điện tử của một công ty Hàn Quốc với tổng vốn 150 triệu USD "
        "tại Phú Thọ; khu nghỉ dưỡng ven biển có vốn 200 triệu USD tại xã Phước Thuận."
    )
    assert localities(text, "cả nước") == [("150 triệu USD", "Phú Thọ"), ("200 triệu USD", "Phước Thuận")]


def test_a_district_named_alone_after_tai_past_the_figure_stays_a_route():
    # a district or commune by its name alone is as often a street, a market or a company
    text = "Năm 2023, doanh thu đạt 20 tỷ đồng tại Tân Phú nhờ mở thêm cửa hàng."
    assert localities(text, "Đồng Nai") == [("20 tỷ đồng", "Đồng Nai")]


def test_a_site_of_a_plan_with_its_place_after_a_dash_is_that_places():
    text = (
        "Các khu vực được điều chỉnh gồm khu vực Bãi Sao - thị trấn Dương Đông với quy mô khoảng 15,2 ha; "
        "khu vực cảng Bãi Vòng - xã Hàm Ninh, quy mô khoảng 17 ha."
    )
    assert localities(text, "Phú Quốc") == [("15,2 ha", "Dương Đông"), ("17 ha", "Hàm Ninh")]


def test_a_sector_called_khu_vuc_is_no_site():
    text = "Năm 2023, khu vực doanh nghiệp đạt 300 tỷ đồng; khu vực cá thể đạt 20 tỷ đồng."
    assert localities(text, "Thuận Nam") == [("300 tỷ đồng", "Thuận Nam"), ("20 tỷ đồng", "Thuận Nam")]


def test_a_list_of_places_is_joined_as_the_text_joins_it():
    text = (
        "Riêng tại các huyện Quế Sơn, Nông Sơn và Hiệp Đức, tỷ lệ che phủ rừng đạt 60%. "
        "Tại Tiên Phước, Phước Sơn, lượng khách đạt 9.000 lượt."
    )
    assert localities(text, "Quảng Nam") == [
        ("60%", "Quế Sơn, Nông Sơn và Hiệp Đức"),
        ("9.000 lượt", "Tiên Phước, Phước Sơn"),
    ]


def test_the_venue_of_a_meeting_in_the_sentence_before_is_not_what_the_next_one_is_about():
    text = (
        "Tại TP Sầm Sơn, UBND tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm. "
        "Tổng thu ngân sách đạt 14.000 tỷ đồng."
    )
    assert localities(text, "Thanh Hóa") == [("14.000 tỷ đồng", "Thanh Hóa")]


def test_a_region_of_the_country_after_tai_is_the_figures_site():
    text = "Cụ thể, giá cà phê nhân tại Tây Nguyên dao động quanh mức 120.000 đồng/kg trong tháng 3."
    assert localities(text, "cả nước") == [("120.000 đồng/kg", "Tây Nguyên")]


def test_a_region_the_goods_go_to_is_no_site():
    text = "Năm 2023, doanh nghiệp của tỉnh bán 20.000 tấn phân bón cho Tây Nguyên."
    assert localities(text, "Bình Định") == [("20.000 tấn", "Bình Định")]
