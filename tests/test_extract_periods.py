"""Which year or term a figure is for (ANNOTATION.md, ``period``), on sentences written for these tests."""

from desktop.core.extract import extract


def records(text, **kwargs):
    return extract(text, **kwargs).records


def periods(text, **kwargs):
    return [r.period for r in records(text, **kwargs)]


def test_a_january_article_reports_the_year_just_ended_even_after_naming_next_years_tasks():
    text = (
        "Sáng 12/1, UBND huyện tổng kết công tác và triển khai nhiệm vụ năm 2022. "
        "Tổng thu ngân sách đạt 640 tỷ đồng. Phấn đấu thu ngân sách đạt 700 tỷ đồng."
    )
    assert periods(text, published="2022-01-13") == ["2021", "2022"]


def test_a_comparison_basis_names_the_comparisons_year_never_the_figures():
    text = (
        "Quý III/2023, doanh thu dịch vụ đạt 520 tỷ đồng, tăng 8% so với cùng kỳ quý III/2022. "
        "Lợi nhuận đạt 61 tỷ đồng. Vốn điều lệ 300 tỷ đồng, gấp 2 lần so với năm 2017."
    )
    assert periods(text, published="2023-10-20") == ["2023", "2023", "2023"]


def test_a_season_is_a_basis_after_so():
    text = "Vụ Đông Xuân 2022 - 2023, huyện gieo cấy 11.500 ha, tăng 300 ha so vụ Đông Xuân 2021 - 2022."
    assert periods(text) == ["2022-2023", "2022-2023"]


def test_a_term_opening_a_sentence_covers_its_paragraph_but_not_the_next():
    text = (
        "Giai đoạn 2016-2020, tỉnh đạt nhiều kết quả. GRDP tăng bình quân 7,2%/năm. Thu ngân sách đạt "
        "25.000 tỷ đồng.\nNăm 2021, tổng vốn đầu tư đạt 9.000 tỷ đồng. Doanh thu du lịch đạt 800 tỷ đồng."
    )
    assert periods(text, published="2021-12-20") == ["2016-2020", "2016-2020", "2021", "2021"]


def test_a_term_that_names_a_plan_mid_sentence_sets_no_context():
    text = (
        "Tỉnh triển khai đề án phát triển du lịch giai đoạn 2016 - 2020. Doanh thu du lịch đạt 800 tỷ đồng."
    )
    assert periods(text, published="2018-08-01") == ["2018"]


def test_the_past_term_covers_the_list_it_introduces():
    text = (
        "Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025 khai mạc sáng nay.\n"
        "Trong nhiệm kỳ qua, huyện đạt các kết quả sau:\n"
        "- Thu ngân sách đạt 1.300 tỷ đồng;\n"
        "- Có 12 xã đạt chuẩn nông thôn mới."
    )
    assert periods(text, published="2020-08-10") == ["2015-2020", "2015-2020"]


def test_each_item_of_a_plan_has_its_own_year():
    text = (
        "Phấn đấu tỷ lệ đô thị hóa đạt 40% vào năm 2025 và 55% vào năm 2030; "
        "tỷ lệ hộ nghèo còn 3% đến năm 2025, 1% đến năm 2030."
    )
    assert periods(text, published="2021-03-01") == ["2025", "2030", "2025", "2030"]
    assert {r.kind for r in records(text, published="2021-03-01")} == {"target"}


def test_so_far_and_now_are_the_articles_year():
    text = (
        "Năm 2019, huyện thu hút 6 dự án. Tính đến nay, toàn huyện có 15 xã đạt chuẩn nông thôn mới. "
        "Từ năm 2016 đến nay, huyện xây mới 40 phòng học. Từ đầu năm 2021 đến nay, đón 90.000 lượt khách. "
        "Thành phố hiện có 320 khách sạn."
    )
    assert periods(text, published="2021-07-05") == ["2019", "2021", "2016-2021", "2021", "2021"]


def test_the_coming_years_follow_the_articles_year():
    assert periods("Trong 5 năm tới, tỉnh sẽ xây mới 30 trường học.", published="2020-05-04") == ["2021-2025"]


def test_a_founding_span_in_the_title_is_no_period():
    text = "Thu ngân sách đạt 300 tỷ đồng, tăng 10% so với cùng kỳ năm 2020."
    assert periods(text, title="Huyện Đông Sơn: 25 năm thành lập 1996-2021") == ["2021"]


def test_a_birth_year_in_brackets_sets_no_context():
    text = "Năm 2016, xã tặng quà cho hộ ông A (sinh năm 1978). Bệnh viện có quy mô 500 giường bệnh."
    assert periods(text) == ["2016"]


def test_without_a_date_a_season_or_any_year_named_is_what_the_article_reports():
    text = (
        "Nông dân gieo cấy vụ lúa Đông Xuân 2019 - 2020 sớm. Đến nay, đã thu hoạch 8.000 ha, "
        "năng suất bình quân đạt 6,5 tấn/ha."
    )
    assert periods(text) == ["2019-2020", "2019-2020"]
    assert periods("Dịp Tết Kỷ Hợi 2019, giá cam lên đến 60.000 đồng/quả.") == ["2019"]


def test_without_a_date_a_horizon_beyond_the_reported_year_is_a_plan():
    text = (
        "Năm 2019, thu ngân sách đạt 500 tỷ đồng. Tính đến năm 2018, toàn tỉnh có 300 doanh nghiệp. "
        "Đến năm 2025, tỷ lệ che phủ rừng đạt 45%."
    )
    assert [(r.period, r.kind) for r in records(text)] == [
        ("2019", "actual"),
        ("2018", "actual"),
        ("2025", "target"),
    ]


def test_the_year_of_a_quarter_or_a_season_is_not_a_count():
    text = "Trong quý I/2019 nhà máy sản xuất được 162.000 tấn; vụ Xuân 2017 xã có 240 ha lúa."
    assert [text[r.start : r.end] for r in records(text)] == ["162.000 tấn", "240 ha"]


def test_without_a_date_the_year_of_a_full_date_is_the_articles():
    assert periods("Từ ngày 1/1 đến ngày 20/2/2019, thành phố cấp phép 4.800 doanh nghiệp.") == ["2019"]


def test_an_undated_article_takes_its_year_from_the_lunar_new_year_it_names():
    text = "Trong dịp Tết Nguyên đán Mậu Tuất, lượng khách đến thành phố tăng 12%, doanh thu du lịch đạt 95 tỷ đồng."
    assert set(periods(text)) == {"2018"}


def test_an_undated_article_of_plans_only_is_from_before_its_nearest_horizon():
    text = (
        "Đến năm 2021, tỉnh bảo đảm 100% trường học có nhà vệ sinh đạt chuẩn; đến năm 2025, 90% hộ dân dùng "
        "nước sạch. Mỗi ngày toàn tỉnh thải ra khoảng 1.200 tấn rác thải sinh hoạt."
    )
    assert periods(text) == ["2021", "2025", "2020"]


def test_a_school_year_that_opens_a_plan_is_no_year_reported():
    text = (
        "Từ năm học 2024 - 2025, bảo đảm 100% học sinh được học bơi. Đến năm 2026, phấn đấu 80% xã có sân "
        "thể thao. Tỷ lệ học sinh biết bơi của huyện đạt 35%."
    )
    # the last figure, a target of this plans-only text, is framed by the horizon set off before the goals
    assert periods(text) == ["2024-2025", "2026", "2026"]
    assert periods(text.replace("phấn đấu", "có")) == ["2024-2025", "2026", "2025"]


def test_an_older_year_inside_a_sentence_of_an_undated_article_looks_back_for_that_sentence_only():
    text = (
        "Sáng 9/3, hội nghị xúc tiến du lịch năm 2019 được tổ chức tại thành phố. Lượng khách năm 2018 đạt "
        "2,1 triệu lượt. Hiện mỗi năm thành phố đón thêm 120 cơ sở lưu trú mới."
    )
    assert periods(text) == ["2018", "2019"]


def test_the_date_of_one_event_inside_a_sentence_sets_no_context():
    text = (
        "Huyện sẽ khởi công cầu Bến Đá vào năm 2026 và đưa vào sử dụng vào năm 2028. "
        "Trong 9 tháng đầu năm 2024, huyện thu ngân sách 310 tỷ đồng. Tổng vốn đầu tư đạt 1.250 tỷ đồng."
    )
    assert periods(text) == ["2024", "2024"]


def test_a_laws_year_is_part_of_its_name():
    text = (
        "Năm 2019, tỉnh huy động 420 tỷ đồng, vượt mức Luật Ngân sách năm 2002 cho phép. "
        "Trong khi đó, theo Luật Đầu tư công năm 2014 tỉnh chi 85 tỷ đồng không đúng quy định."
    )
    assert periods(text) == ["2019", "2019"]


def test_a_cut_off_date_is_the_period_of_the_stock_it_counts():
    text = (
        "Tại thời điểm 31/12/2018, dư nợ tín dụng toàn tỉnh là 2.400 tỷ đồng. "
        "Tính đến ngày 30/9/2019, dư nợ là 2.650 tỷ đồng."
    )
    assert periods(text) == ["2018", "2019"]


def test_a_lunar_new_year_named_in_a_sentence_is_its_period_and_a_year_in_brackets_only_a_basis():
    text = (
        "Dịp Tết Nguyên đán Canh Tý, thành phố đón 95.000 lượt khách (Tết Kỷ Hợi năm 2019 có 81.000 lượt).\n"
        "Công suất phòng các khách sạn đạt 85%."
    )
    assert periods(text) == ["2020", "2019", "2020"]


def test_a_term_in_brackets_speaks_of_the_document_before_it_not_of_the_figure_after():
    text = (
        "Năm 2022, do Quyết định 861 (giai đoạn 2021 - 2025) đưa 30 xã ra khỏi vùng khó khăn, "
        "tỷ lệ bao phủ bảo hiểm y tế giảm còn 88%."
    )
    assert periods(text)[-1] == "2022"


def test_an_undated_article_looking_back_from_a_span_up_to_now_is_from_that_span():
    text = (
        "Năm 2015, hợp tác xã bắt đầu liên kết với doanh nghiệp.\n"
        "Từ năm 2019 đến nay, mỗi năm hợp tác xã có doanh thu hơn 8 tỷ đồng.\n"
        "Năm 2022, có 420 xã viên tham gia liên kết. Hiện toàn tỉnh có 65 hợp tác xã liên kết."
    )
    assert periods(text) == ["2019-2022", "2022", "2022"]


def test_a_term_in_brackets_that_glosses_a_relative_period_names_it():
    text = "Trong 5 năm qua (giai đoạn 2016 - 2020), tỉnh thu hút 85 dự án đầu tư."
    assert periods(text, published="2022-03-01") == ["2016-2020"]


def test_last_year_is_the_year_before_the_publication_unless_it_is_a_basis():
    text = (
        "Cuối vụ muối năm ngoái, giá muối dao động 700 - 900 đồng/kg. "
        "Năm nay sản lượng muối đạt 13.000 tấn, gấp 2 lần năm ngoái; giá muối 1.500 đồng/kg, tăng 60% so với năm ngoái."
    )
    assert periods(text, published="2023-05-10") == ["2022", "2023", "2023"]
    undated = "Năm 2019, sản lượng muối đạt 13.000 tấn. Cuối vụ năm ngoái, giá muối chỉ 800 đồng/kg."
    assert periods(undated) == ["2019", "2018"]


def test_the_year_just_ended_is_the_one_before_the_publication_but_in_december():
    text = "Hiện toàn tỉnh có 25.000 ha cà phê, riêng năm vừa qua đã trồng mới 4.000 ha."
    assert periods(text, published="2023-05-10") == ["2023", "2022"]
    assert periods(text, published="2023-12-20") == ["2023", "2023"]
    # many years (``những năm vừa qua``) are no year, and a basis is no period
    many = (
        "Những năm vừa qua, tỉnh có 300 hợp tác xã. Năng suất đạt 2,3 tấn/ha, giảm 1 tạ so với năm vừa qua."
    )
    assert periods(many, published="2023-05-10") == ["2023", "2023", "2023"]
    assert periods("Riêng năm vừa qua, huyện trồng mới 4.000 ha.") == [None]  # undated: which year is unsaid


def test_the_year_just_ended_opening_a_sentence_frames_its_paragraph():
    # a review of the year published in spring: the sentences after its opening are of that year too
    text = (
        "Năm qua, tổng thu ngân sách trên địa bàn xã đạt 45 tỷ đồng. Toàn xã có thêm 2 thôn đạt chuẩn văn hóa. "
        "Tỷ lệ hộ nghèo còn 3,2%.\nHiện xã có 12 hợp tác xã."
    )
    assert periods(text, published="2024-04-02") == ["2023", "2023", "2023", "2024"]
    # mid-sentence it names the year of what follows it only
    inside = "Xã có 300 ha lúa, riêng năm vừa qua trồng mới 20 ha. Toàn xã có thêm 2 thôn đạt chuẩn văn hóa."
    assert periods(inside, published="2024-04-02") == ["2024", "2023", "2024"]


def test_a_bracket_naming_the_years_counted_is_a_term():
    text = "Sau 5 năm thực hiện Nghị quyết (2017-2022), toàn tỉnh phát triển 1.200 cơ sở công nghiệp."
    assert periods(text) == ["2017-2022"]  # (a stock, "có 1.200 cơ sở", is the span's last year)


def test_founding_and_completion_years_are_events_not_the_articles_year():
    text = (
        "Công ty thành lập năm 1999. Năm 2019, doanh thu đạt 500 tỷ đồng. Nhà máy khởi công năm 2020, "
        "hoàn thành năm 2022. Hiện nay, công ty có 1.200 lao động."
    )
    assert periods(text) == ["2019", "2019"]


def test_the_year_so_far_dates_an_undated_article_whatever_horizon_it_names():
    text = (
        "Tỉnh công bố danh mục dự án kêu gọi đầu tư, định hướng đến năm 2025.\n"
        "Từ đầu năm 2023 đến nay, các khu công nghiệp thu hút thêm 5 dự án. "
        "Hiện các khu công nghiệp có 62 dự án còn hiệu lực."
    )
    assert periods(text) == ["2023", "2023"]
    since = "Từ năm 2020 đến nay, huyện xây mới 40 phòng học. Đến năm 2025, có 20 trường đạt chuẩn."
    assert periods(since)[0] == "2020-2024"


def test_a_year_set_off_by_commas_opens_its_clause_and_covers_what_follows():
    text = (
        "Được tỉnh hỗ trợ, năm 2017, hợp tác xã bắt đầu liên kết với doanh nghiệp.\n"
        "Ngay năm đầu tiên, hợp tác xã bán cho doanh nghiệp 600 tấn lúa giống.\n"
        "Năm 2024, có 616 nông dân tham gia liên kết."
    )
    assert periods(text) == ["2017", "2024"]
    event = (
        "Tiếp đó, cuối tháng 8/2014, tuyến đường được khởi công. Tuyến đường dài 65 km. "
        "Năm 2016, huyện thu hút 25 dự án."
    )
    assert periods(event) == ["2014", "2016"]


def test_an_older_year_named_inside_a_clause_without_commas_still_looks_back_for_its_sentence_only():
    text = (
        "Năm 2019, tỉnh đón 3 triệu lượt khách. Lượng khách năm 2017 chỉ 1,9 triệu lượt. "
        "Doanh thu du lịch đạt 4.200 tỷ đồng."
    )
    assert periods(text) == ["2019", "2017", "2019"]


def test_the_vision_a_plans_name_adds_after_its_period_is_no_period_of_the_figures():
    text = (
        "Tỉnh có 90 dự án kêu gọi đầu tư giai đoạn 2021 - 2022 và định hướng đến năm 2025, trong đó, "
        "30 dự án thuộc lĩnh vực công nghiệp; 25 dự án thuộc lĩnh vực du lịch."
    )
    assert periods(text, published="2021-05-10") == ["2021-2022"] * 3
    plan = (
        "Theo quy hoạch đến năm 2025, tầm nhìn đến năm 2030, tỉnh đầu tư khoảng 9.000 tỷ đồng cho thương mại."
    )
    assert periods(plan, published="2019-06-01") == ["2025"]
    alone = "Định hướng đến năm 2030, tỷ lệ đô thị hóa đạt 60%."
    assert periods(alone, published="2021-06-01") == ["2030"]


def test_the_years_after_that_or_of_late_are_the_articles_year_not_the_one_carried():
    text = (
        "Năm 2015, hợp tác xã có 120 xã viên. "
        "Những năm sau đó, hợp tác xã liên kết thêm với 3 doanh nghiệp. "
        "Những năm gần đây, mỗi năm xuất khẩu 500 tấn gạo."
    )
    assert periods(text, published="2022-08-15") == ["2015", "2022", "2022"]


def test_a_term_on_the_line_that_introduces_a_list_covers_the_list():
    text = (
        "Kết quả thực hiện giai đoạn 2016 - 2020:\n- Thu ngân sách đạt 5.000 tỷ đồng;\n- Thu hút 50 dự án.\n"
        "Năm 2021, thu ngân sách đạt 1.200 tỷ đồng."
    )
    assert periods(text, published="2021-12-01") == ["2016-2020", "2016-2020", "2021"]
    named = "Tỉnh triển khai đề án giai đoạn 2016 - 2020.\n- Thu ngân sách đạt 5.000 tỷ đồng."
    assert periods(named, published="2018-12-01") == ["2018"]


def test_the_same_period_named_as_a_subject_is_the_period_of_its_own_figure():
    text = (
        "Thu ngân sách đạt 25.000 tỷ đồng (cùng kỳ năm 2021 đạt 20.000 tỷ đồng). "
        "Doanh thu du lịch đạt 900 tỷ đồng, trong khi cùng kỳ năm trước chỉ đạt 600 tỷ đồng. "
        "Cùng kỳ năm 2021, kim ngạch xuất khẩu đạt 400 triệu USD."
    )
    assert periods(text, published="2022-12-20") == ["2022", "2021", "2022", "2021", "2021"]
    basis = (
        "Thu ngân sách đạt 25.000 tỷ đồng, tăng 25% so với cùng kỳ năm 2021, bằng 125% cùng kỳ năm 2021. "
        "Doanh thu du lịch đạt 900 tỷ đồng."
    )
    assert periods(basis, published="2022-12-20") == ["2022", "2022"]


def test_an_events_date_after_a_figure_does_not_date_it():
    text = (
        "Dự án có tổng vốn đầu tư 1.200 tỷ đồng, dự kiến hoàn thành năm 2024. Năm 2021, huyện thu 90 tỷ đồng."
    )
    assert periods(text, published="2022-06-01") == ["2022", "2021"]
    attached = "Tỉnh phấn đấu thu hút 3 triệu lượt khách vào năm 2025."
    assert periods(attached, published="2022-06-01") == ["2025"]


def test_in_a_january_or_february_article_the_parts_of_the_new_year_are_of_the_new_year():
    text = (
        "Trong tháng 1, doanh thu bán lẻ ước đạt 5.000 tỷ đồng. 2 tháng đầu năm, kim ngạch xuất khẩu đạt 800 "
        "triệu USD. Dịp Tết Nguyên đán, thành phố đón 120.000 lượt khách. Tính đến ngày 15/2, tỉnh giải ngân "
        "300 tỷ đồng. Riêng tháng 12, thu ngân sách đạt 1.000 tỷ đồng. Quý IV, thu ngân sách đạt 3.000 tỷ đồng. "
        "Cả năm, thu ngân sách đạt 12.000 tỷ đồng."
    )
    assert periods(text, published="2023-02-20") == ["2023", "2023", "2023", "2023", "2022", "2022", "2022"]
    later = "Trong tháng 1, doanh thu bán lẻ ước đạt 5.000 tỷ đồng."
    assert periods(later, published="2023-01-05") == ["2023"]
    named = "Năm 2022, riêng tháng 1 doanh thu bán lẻ đạt 4.000 tỷ đồng."
    assert periods(named, published="2023-01-05") == ["2022"]


def test_an_anniversary_dates_an_undated_article_that_names_no_other_year():
    assert periods("Thu ngân sách đạt 9.000 tỷ đồng.", title="Huyện A: 20 năm thành lập 1999-2019") == [
        "2019"
    ]
    text = "Sau 20 năm tái lập (1997-2017), tỉnh có 1.200 doanh nghiệp. Hiện tỉnh có 45 xã đạt chuẩn."
    assert periods(text)[-1] == "2017"
    other = "Năm 2018, thu ngân sách đạt 9.000 tỷ đồng."
    assert periods(other, title="Huyện A: 20 năm thành lập 1999-2019") == ["2018"]
    no_match = "Thu ngân sách đạt 9.000 tỷ đồng."
    assert periods(no_match, title="Huyện A: 10 năm thành lập 1999-2019") == [None]


def test_the_past_years_are_the_term_up_to_the_articles_year():
    text = "Trong 5 năm qua, huyện đã xây dựng 120 km đường giao thông nông thôn. Năm 2020, huyện thu 90 tỷ đồng."
    assert periods(text, published="2020-09-15") == ["2016-2020", "2020"]
    assert periods("Trong 5 năm qua, tỉnh thu hút 85 dự án.", published="2021-01-10") == ["2016-2020"]
    assert periods("Một năm qua, tỉnh thu hút 85 dự án.", published="2021-06-10") == ["2021"]


def test_a_cut_off_date_after_den_het_is_the_period_of_the_stock():
    text = (
        "Đến hết 31/12/2019, có hơn 600 doanh nghiệp tham gia xuất nhập khẩu. "
        "Đến ngày 30/6/2020, dư nợ đạt 2.650 tỷ đồng.\nNăm nay thu 50 tỷ đồng."
    )
    assert periods(text, published="2020-11-02") == ["2019", "2020", "2020"]


def test_a_span_between_two_dates_is_the_period_of_its_sentence():
    text = (
        "Từ 19/3/2019 đến 31/10/2020, kim ngạch qua cầu đạt 2,2 tỷ USD, thu ngân sách trên 1.325 tỷ đồng. "
        "Từ ngày 1/3/2020 đến ngày 30/6/2020, tỉnh đón 20.000 lượt khách. Tỉnh có 40 doanh nghiệp."
    )
    assert periods(text, published="2020-11-02") == ["2019-2020", "2019-2020", "2020", "2020"]
    # a span with no year at its start names no period: the article's year stays
    assert periods("Từ 1/3 đến 30/6/2019, tỉnh đón 20.000 lượt khách.", published="2019-08-02") == ["2019"]


def test_the_two_ends_of_a_change_over_a_term_are_its_first_and_last_years():
    text = (
        "Giai đoạn 2011-2015, tỷ trọng nông nghiệp giảm (từ 47,66% xuống còn 44,61%); "
        "số hộ nghèo giảm từ 5.000 hộ xuống 2.000 hộ, thu ngân sách đạt 900 tỷ đồng. "
        "Năm 2020, số xã đạt chuẩn tăng từ 10 xã lên 15 xã."
    )
    assert periods(text) == ["2011", "2015", "2011", "2015", "2011-2015", "2020", "2020"]


def test_the_parts_after_trong_do_are_of_the_wholes_period_and_plan():
    text = (
        "HĐND thông qua Nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2016-2020 cho 153 dự án. "
        "Trong đó, tăng vốn cho 127 dự án, với hơn 1.185 tỷ đồng; giảm vốn 26 dự án.\n"
        "Năm 2019, tổng thu ngân sách đạt 5.000 tỷ đồng. Trong đó, thu nội địa 4.000 tỷ đồng.\n"
        "Năm 2019, chi ngân sách đạt 5.200 tỷ đồng. Trong đó, năm 2018 chi 3.000 tỷ đồng."
    )
    found = [(r.kind, r.period) for r in records(text, published="2020-09-01")]
    assert found == [("target", "2016-2020")] * 4 + [("actual", "2019")] * 3 + [("actual", "2018")]


def test_an_undated_article_reports_the_year_its_title_names_before_the_years_its_text_looks_back_on():
    text = (
        "Thu ngân sách năm 2021 đạt 600 tỷ đồng, tổng vốn đầu tư năm 2021 đạt 2.000 tỷ đồng. "
        "Tổng sản lượng lương thực đạt 45.000 tấn."
    )
    assert periods(text, title="Kết quả năm 2022 của ngành nông nghiệp huyện") == ["2021", "2021", "2022"]
    assert periods(text) == ["2021", "2021", "2021"]
    half = "Thu ngân sách ước đạt 1.200 tỷ đồng. Tính đến nay, có 5 dự án mới."
    assert periods(half, title="6 tháng đầu năm 2023: thu ngân sách tăng khá") == ["2023", "2023"]


def test_a_title_that_only_compares_or_sets_a_horizon_dates_no_figure_by_itself():
    text = "Kim ngạch xuất khẩu đạt 300 triệu USD. Nhập khẩu đạt 200 triệu USD."
    assert periods(text, title="Xuất khẩu tăng 10% so với năm 2021") == ["2022", "2022"]
    assert periods(text, title="Đến năm 2030, xuất khẩu đạt 1 tỷ USD") == [None, None]
    assert periods(text, title="Giai đoạn 2021-2025: xuất khẩu tăng mạnh") == [None, None]


def test_an_undated_article_with_no_year_reported_leaves_the_period_empty():
    assert periods("Huyện có 400 ha cây ăn trái. Giá bán 30.000 đồng/kg.") == [None, None]
    founded = "Nhà máy khởi công năm 2015, theo kế hoạch đến năm 2030. Công suất 500 MW."
    assert periods(founded) == [None]
    two_dates = "Hội nghị ngày 3/5/2019 bàn về Quyết định ngày 12/8/2020. Toàn tỉnh có 120 hợp tác xã."
    assert periods(two_dates) == [None]
    one_date = "Hội nghị ngày 3/5/2019 bàn về hợp tác xã. Toàn tỉnh có 120 hợp tác xã."
    assert periods(one_date) == ["2019"]


def test_a_year_opening_a_sentence_of_goals_is_the_plans_year_not_the_year_reported():
    text = (
        "Thu ngân sách đạt 750 tỷ đồng, tăng 10% so với năm 2021. Tổng vốn đầu tư 2.000 tỷ đồng.\n"
        "Năm 2023, huyện phấn đấu thu ngân sách 800 tỷ đồng."
    )
    assert [(r.period, r.kind) for r in records(text)] == [
        ("2022", "actual"),
        ("2022", "actual"),
        ("2023", "target"),
    ]
    after = "Năm 2022, thu ngân sách đạt 750 tỷ đồng.\nNăm 2023, huyện phấn đấu thu 800 tỷ đồng.\nHiện có 12 xã đạt chuẩn."
    for published in (None, "2022-12-20", "2023-01-10"):
        assert [(r.period, r.kind) for r in records(after, published=published)] == [
            ("2022", "actual"),
            ("2023", "target"),
            ("2022", "actual"),
        ]
    results = "Năm 2022, huyện đã thu ngân sách 750 tỷ đồng. Toàn huyện có 12 xã đạt chuẩn."
    assert periods(results) == ["2022", "2022"]


def test_a_bracket_naming_the_year_of_the_same_period_last_year_is_a_basis():
    text = (
        "Thu ngân sách đạt 900 tỷ đồng, tăng 10% so với cùng kỳ năm trước (năm 2021 đạt 818 tỷ đồng). "
        "Xuất khẩu đạt 90 triệu USD."
    )
    assert periods(text) == ["2022", "2021", "2022"]
    assert periods(text, published="2022-12-25") == ["2022", "2021", "2022"]


def test_a_mid_year_report_and_what_it_counts_up_to_now_are_of_the_publication_year():
    text = (
        "6 tháng đầu năm, thu ngân sách ước đạt 350 tỷ đồng, bằng 52% dự toán. Tính đến nay, có 5 dự án mới."
    )
    assert [(r.period, r.kind) for r in records(text, published="2023-07-05")] == [
        ("2023", "estimate"),
        ("2023", "actual"),
    ]
    summing_up = "Năm qua, huyện thu ngân sách 700 tỷ đồng. Tính đến nay, toàn huyện có 12 xã đạt chuẩn."
    assert periods(summing_up, published="2023-01-10") == ["2022", "2022"]


def test_an_anniversary_in_the_title_dates_the_article_before_a_founding_year_in_its_text():
    text = "Năm 1999, huyện có 30 xã.\nHiện nay, thu ngân sách đạt 200 tỷ đồng."
    assert periods(text, title="Huyện A: 20 năm thành lập (1999-2019)") == ["1999", "2019"]


def test_an_undated_article_is_no_older_than_the_date_it_counts_a_stock_at():
    text = (
        "Dự toán thu ngân sách năm 2015 là 300 tỷ đồng, thu ngân sách năm 2015 đạt 280 tỷ đồng.\n"
        "Tại thời điểm 31/10/2016, nợ thuế là 107 tỷ đồng.\nĐoàn kiểm tra 32 gói thầu."
    )
    assert periods(text) == ["2015", "2015", "2016", "2016"]
    deadline = (
        "Thu ngân sách năm 2015 đạt 280 tỷ đồng. Đến ngày 30/6/2016, hoàn thành 32 gói thầu.\nCó 12 xã."
    )
    assert periods(deadline) == ["2015", "2016", "2015"]
    assert periods("Thu ngân sách năm 2015 đạt 280 tỷ đồng. Đoàn kiểm tra 32 gói thầu.") == ["2015", "2015"]


def test_a_title_summing_up_the_year_before_the_publication_dates_the_figures_that_name_none():
    text = "Thu ngân sách đạt 700 tỷ đồng. Năm 2023, huyện phấn đấu thu 800 tỷ đồng."
    title = "Huyện A: kết quả năm 2022"
    for published in ("2023-03-15", "2023-07-01"):
        assert periods(text, title=title, published=published) == ["2022", "2023"]
    assert periods(text, title="Huyện A: kết quả năm 2023", published="2023-07-01") == ["2023", "2023"]
    assert periods(text, title="Huyện A: kết quả năm 2021", published="2023-07-01") == ["2023", "2023"]
    assert periods(text, title="Tăng 10% so với năm 2022", published="2023-07-01") == ["2023", "2023"]


def test_a_basis_before_a_span_up_to_now_starts_is_its_baseline_not_the_year_before_the_article():
    text = (
        "Từ năm 2011 đến nay, huyện xây mới 9 chợ. Toàn huyện có 20 xã đạt tiêu chí chợ, tăng 12 xã so với "
        "năm 2010. Dự kiến đến năm 2018, 100% số thôn có nước sạch."
    )
    assert periods(text) == ["2011-2017", "2017", "2017", "2018"]
    # a basis after the span starts still dates the article the year after it
    later = (
        "Từ năm 2015 đến nay, huyện xây 9 chợ. Doanh thu đạt 500 tỷ đồng, tăng 7% so cùng kỳ năm 2016. "
        "Đến năm 2020, phấn đấu đạt 900 tỷ đồng."
    )
    assert periods(later) == ["2015-2017", "2017", "2020"]
    assert periods(
        "Doanh thu đạt 500 tỷ đồng, tăng 7% so cùng kỳ năm 2016. Đến năm 2020, đạt 900 tỷ đồng."
    ) == [
        "2017",
        "2020",
    ]


def test_an_undated_article_whose_title_sets_a_years_goals_reports_the_year_before():
    body = (
        "Nhóm xã đăng ký đạt chuẩn trong năm 2017 được hỗ trợ.\nToàn tỉnh có thêm 9 xã đạt chuẩn nông thôn "
        "mới, nâng tổng số lên 62 xã. Tỉnh phấn đấu có thêm 10 xã đạt chuẩn."
    )
    goal = "Quảng Nam phấn đấu có thêm 10 xã đạt chuẩn nông thôn mới năm 2017"
    assert [(r.period, r.kind) for r in records(goal + "\n" + body, title=goal)] == [
        ("2016", "actual"),
        ("2016", "actual"),
        ("2017", "target"),
    ]
    # left alone: a title that reports, a dated article, and a text that names its results' year itself
    said = "Quảng Nam có thêm 10 xã đạt chuẩn nông thôn mới năm 2017"
    assert set(periods(said + "\n" + body, title=said)) == {"2017"}
    assert set(periods(body, title=goal, published="2017-09-01")) == {"2017"}
    scenario = "Năm 2016, toàn tỉnh có thêm 9 xã đạt chuẩn.\nTrong năm 2017, số xã đạt chuẩn ước đạt 70 xã."
    assert periods(scenario, title=goal) == ["2016", "2017"]


def test_an_anniversary_the_text_marks_dates_an_undated_article_before_the_years_it_looks_back_on():
    text = (
        "Nhân kỷ niệm 70 năm Ngày Thương binh - Liệt sỹ (27/7/1947-27/7/2017), đoàn công tác đến thăm huyện. "
        "Sản lượng lương thực năm 2016 đạt 1.160 tấn. Hiện toàn huyện có 85% hộ dùng nước sạch."
    )
    assert periods(text) == ["2016", "2017"]
    founding = (
        "Kỷ niệm 20 năm thành lập huyện (1999-2019), huyện có 12 xã. Năm 2018, thu ngân sách đạt 90 tỷ đồng."
    )
    assert periods(founding)[-1] == "2018"  # a year it names itself still dates its own figures
    # a span that is no anniversary (the years do not add up), or one not marked, dates nothing before the years
    unmarked = (
        "Huyện được tái lập (1997-2017). Năm 2016, thu ngân sách đạt 80 tỷ đồng. Hiện có 12 xã đạt chuẩn."
    )
    assert periods(unmarked) == ["2016", "2016"]
    wrong_sum = (
        "Nhân kỷ niệm 50 năm Ngày truyền thống (1947-2017), đoàn đến thăm huyện. "
        "Năm 2016, thu ngân sách đạt 80 tỷ đồng. Hiện có 12 xã đạt chuẩn."
    )
    assert periods(wrong_sum) == ["2016", "2016"]


def test_an_undated_article_that_glosses_a_result_with_a_past_term_is_from_the_year_after_it():
    text = (
        "Thu nhập bình quân khu vực nông thôn đạt 34 triệu đồng/năm, tăng bình quân 15,8% (giai đoạn 2011-2015). "
        "Toàn tỉnh có 97 xã thực hiện chương trình."
    )
    assert periods(text)[-1] == "2016"
    plan = "Phấn đấu thu nhập tăng bình quân 8% (giai đoạn 2021-2025). Toàn tỉnh có 97 xã thực hiện chương trình."
    assert periods(plan)[-1] is None  # a plan's term: the article is from before it, but how long before?
    named = (
        "Năm 2017, thu nhập đạt 36 triệu đồng/năm, tăng bình quân 15,8% (giai đoạn 2011-2015). "
        "Toàn tỉnh có 97 xã thực hiện chương trình."
    )
    assert periods(named)[-1] == "2017"  # a year the text reports on comes first


def test_a_year_that_goes_on_with_a_plans_horizons_in_its_sentence_is_one_more_horizon():
    text = (
        "Cụ thể, đến năm 2025, ngành thương mại đóng góp 12% GDP của tỉnh; kim ngạch xuất khẩu năm 2020 đạt "
        "1,25 tỷ USD, năm 2025 là 2,6 tỷ USD. Gần đây, chợ Đông Ba đã đầu tư 3 tỷ đồng."
    )
    found = records(text)
    assert [r.kind for r in found[:3]] == ["target", "target", "target"]
    assert [r.period for r in found] == ["2025", "2020", "2025", "2019"]  # no horizon carries on


def test_a_year_after_a_plans_horizon_in_another_sentence_is_a_year_reported_on():
    text = (
        "Phấn đấu đến năm 2025 có 60 xã đạt chuẩn. Thu ngân sách năm 2020 đạt 900 tỷ đồng. "
        "Chi ngân sách đạt 700 tỷ đồng."
    )
    found = records(text)
    assert [(r.kind, r.period) for r in found] == [("target", "2025"), ("actual", "2020"), ("actual", "2020")]
    heading = (
        "Năm 2019, tỉnh có 40 xã đạt chuẩn, phấn đấu đến năm 2025 có 60 xã. Thu ngân sách đạt 900 tỷ đồng."
    )
    assert [r.period for r in records(heading)] == ["2019", "2025", "2019"]


def test_years_ago_count_back_from_the_articles_year_in_their_own_sentence():
    text = (
        "Thu nhập bình quân đầu người tăng lên hơn 26 triệu đồng/người/năm (cách đây 5 năm mới chỉ đạt "
        "13 triệu đồng/người/năm). Tỷ lệ che phủ rừng đạt 70%."
    )
    assert periods(text, published="2017-07-28") == ["2017", "2012", "2017"]
    basis = "Thu nhập đạt 26 triệu đồng/người/năm, gấp đôi so với cách đây 5 năm."
    assert periods(basis, published="2017-07-28") == ["2017"]  # a basis: the comparison's year


def test_the_term_of_a_programme_named_inside_a_sentence_frames_that_programmes_targets():
    text = (
        "Năm 2018, tỉnh trồng mới 400 ha quế. Tỉnh đã triển khai Đề án phát triển cây quế giai đoạn 2018 - 2025 "
        "tại các huyện phía Tây. Đề án được phê duyệt với quy mô 8.000 ha, trong đó trồng mới 3.500 ha. "
        "Tổng vốn thực hiện Đề án là 420 tỷ đồng."
    )
    found = records(text)
    assert [(r.value, r.kind, r.period) for r in found] == [
        (400, "actual", "2018"),  # a result before the programme is named keeps its year
        (8000, "target", "2018-2025"),
        (3500, "target", "2018-2025"),
        (420, "target", "2018-2025"),
    ]
    dated = text.replace("Tổng vốn thực hiện Đề án là", "Đề án phấn đấu thu hút vốn")
    assert records(dated, published="2018-11-20")[-1].period == "2018-2025"


def test_the_term_of_a_programme_frames_no_goal_that_does_not_name_a_programme():
    text = (
        "Nghị quyết đề ra các mục tiêu trong nhiệm kỳ 2020-2025. Thành phố triển khai Chương trình phát triển du lịch "
        "giai đoạn 2020-2030 với ý tưởng mới. Mục tiêu, trên 80% số xã có nhà văn hóa đạt chuẩn."
    )
    assert periods(text, published="2020-10-05") == ["2020-2025"]
    party = (
        "Thành phố triển khai Chương trình phát triển du lịch giai đoạn 2020-2030. "
        "Chương trình phấn đấu đón 5 triệu lượt khách."
    )
    assert periods(party, published="2020-10-05") == ["2020-2030"]


def test_an_undated_article_that_judges_a_whole_year_is_from_the_year_after_it():
    text = (
        "Năm 2018 được ghi nhận là năm thành công của huyện trong thu hút đầu tư với 30 hồ sơ xin chủ trương. "
        "Đến nay, 12 dự án đã được chấp thuận với tổng vốn đăng ký 900 tỷ đồng."
    )
    assert periods(text) == ["2018", "2019", "2019"]
    # a year told without judging it whole: the present may be that year
    plain = "Năm 2018, huyện có 30 hồ sơ xin chủ trương. Đến nay, 12 dự án đã được chấp thuận."
    assert periods(plain) == ["2018", "2018"]
    estimated = "Năm 2018 được đánh giá là năm thành công, ước thu hút 30 dự án. Đến nay, 12 dự án đã được chấp thuận."
    assert periods(estimated) == ["2018", "2018"]  # an estimate: the year is not over


def test_a_year_a_figure_is_so_many_times_or_so_many_percent_of_is_a_basis():
    text = (
        "Tổng vốn đầu tư toàn xã hội đạt 12.000 tỷ đồng, gấp 1,5 lần năm 2015. Thu ngân sách đạt 900 tỷ đồng, "
        "bằng 120% năm 2018. Số doanh nghiệp thành lập mới là 320 doanh nghiệp, gấp đôi năm 2016."
    )
    assert periods(text, published="2019-07-05") == ["2019", "2019", "2019"]
    undated = "Tổng vốn đầu tư đạt 12.000 tỷ đồng, gấp 1,5 lần năm 2015. Thu ngân sách đạt 900 tỷ đồng."
    assert periods(undated) == ["2016", "2016"]  # the year after its basis, not the basis


def test_a_plans_year_without_nam_frames_the_targets_after_it():
    text = "Theo kế hoạch 2021, tỉnh phấn đấu thu hút 40 dự án. Năm 2020, tỉnh thu hút 35 dự án."
    found = records(text, published="2020-12-28")
    assert [(r.kind, r.period) for r in found] == [("target", "2021"), ("actual", "2020")]
    term = "Chỉ tiêu 2021-2025, tỉnh phấn đấu tăng trưởng bình quân 7%/năm."
    assert periods(term, published="2021-03-15") == ["2021-2025"]


def test_an_undated_article_that_names_only_the_year_of_its_goals_reports_the_year_before():
    text = (
        "Năm 2020, tỉnh phấn đấu tăng trưởng kinh tế 7,8%, thu ngân sách đạt 10.500 tỷ đồng. "
        "Hiện nay, toàn tỉnh có 3.200 doanh nghiệp đang hoạt động."
    )
    assert periods(text) == ["2020", "2020", "2019"]
    progress = (
        "Năm 2019, huyện phấn đấu thu ngân sách 450 tỷ đồng. 6 tháng đầu năm, huyện đã thu được 230 tỷ đồng, "
        "đạt 51% kế hoạch."
    )
    assert periods(progress) == ["2019", "2019"]  # the half year gone by is of the goals' year


def test_a_date_a_change_is_measured_from_is_no_cut_off_of_the_figure():
    text = (
        "Tổng dư nợ tín dụng đạt 45.000 tỷ đồng, tăng 6% so với thời điểm 31/12/2018. "
        "Tổng vốn huy động đạt 50.000 tỷ đồng."
    )
    found = records(text, published="2019-07-10")
    assert [r.period for r in found] == ["2019", "2019"]
    # a stock against a point of the year before (its end), not against the same period of it
    assert [c.basis for c in found[0].comparisons] == ["other"]
    counted = "Tại thời điểm 31/12/2018, tổng dư nợ tín dụng đạt 45.000 tỷ đồng."
    assert periods(counted, published="2019-07-10") == ["2018"]  # a cut-off still counts its stock


def test_a_bracket_giving_another_years_figure_dates_that_figure_only():
    text = "Doanh thu đạt 1.500 tỷ đồng (năm 2018: 1.300 tỷ đồng). Lợi nhuận đạt 120 tỷ đồng."
    assert periods(text, published="2019-07-10") == ["2019", "2018", "2019"]
    said = "Doanh thu đạt 1.500 tỷ đồng (năm 2018 là 1.300 tỷ đồng)."
    assert periods(said, published="2019-07-10") == ["2019", "2018"]


def test_a_year_a_figure_equals_is_a_basis():
    text = "Thu nhập bình quân đạt 52 triệu đồng, tương đương năm 2018. Tỷ lệ hộ nghèo còn 2%."
    assert periods(text, published="2019-07-10") == ["2019", "2019"]


def test_now_in_an_undated_article_reporting_a_term_is_the_terms_last_year_not_the_term():
    text = (
        "Giai đoạn 2011-2015, thu nhập bình quân tăng từ 18 triệu đồng lên 32 triệu đồng/người/năm. "
        "Hiện nay, thu nhập bình quân đạt 38 triệu đồng."
    )
    assert periods(text) == ["2011", "2015", "2015"]


def test_an_undated_article_naming_its_years_once_each_is_from_the_latest():
    text = (
        "Năm 2016, giá trị xuất khẩu đạt 80 triệu USD. Năm 2017, giá trị xuất khẩu đạt 95 triệu USD. "
        "Năm 2018, ước đạt 110 triệu USD. Hiện nay tỉnh có 40 doanh nghiệp xuất khẩu."
    )
    assert periods(text) == ["2016", "2017", "2018", "2018"]
    most = "Năm 2017, xuất khẩu đạt 95 triệu USD. Năm 2017, nhập khẩu đạt 60 triệu USD. Năm 2018, dự kiến thu 5 triệu USD."
    assert periods(most)[:2] == ["2017", "2017"]  # a year named more often still wins


def test_an_undated_article_whose_title_sums_up_a_term_reports_that_term():
    text = "Nhiệm kỳ qua, tỉnh thu hút 200 dự án đầu tư."
    assert periods(text, title="Tổng kết nhiệm kỳ 2015-2020 của Đảng bộ tỉnh") == ["2015-2020"]
    plan = "Nhiệm kỳ qua, tỉnh thu hút 200 dự án đầu tư."
    assert periods(plan, title="Tỉnh phấn đấu thu hút 300 dự án nhiệm kỳ 2020-2025") == [
        None
    ]  # a plan's term


def test_the_year_a_longer_basis_names_is_still_a_basis():
    text = "Tổng đàn lợn đạt 200.000 con, chỉ bằng 70% so với thời điểm trước dịch năm 2018. Đàn bò có 50.000 con."
    assert periods(text, published="2019-12-20") == ["2019", "2019"]


def test_a_year_said_to_be_the_first_of_a_plan_is_not_judged_whole():
    text = (
        "Năm 2021 là năm đầu tiên thực hiện Nghị quyết Đại hội Đảng bộ tỉnh. "
        "Đến nay, toàn tỉnh có 50 xã đạt chuẩn nông thôn mới."
    )
    assert periods(text) == ["2021"]


def test_next_year_is_the_year_after_the_one_the_article_reports():
    text = (
        "Năm 2019, thu ngân sách ước đạt 4.800 tỷ đồng. Năm tới, tỉnh phấn đấu thu ngân sách 5.000 tỷ đồng."
    )
    assert periods(text, published="2019-12-20") == ["2019", "2020"]
    assert periods(text) == ["2019", "2020"]
    january = "Năm qua, tỉnh thu ngân sách 4.800 tỷ đồng. Năm tới, tỉnh phấn đấu thu 5.000 tỷ đồng."
    assert periods(january, published="2020-01-05") == ["2019", "2020"]
    years = "Trong những năm tới, tỉnh phấn đấu thu hút 40 dự án."
    assert periods(years, published="2019-12-20") == ["2019"]  # coming years, no one year


def test_last_year_is_the_year_of_the_figures_after_it_and_counts_back_once():
    text = "Năm ngoái, tỉnh thu hút 30 dự án. Năm nay, tỉnh phấn đấu thu hút 40 dự án."
    assert periods(text, published="2019-07-20") == ["2018", "2019"]
    bracket = "Doanh thu đạt 25 tỷ đồng (năm ngoái đạt 20 tỷ đồng). Lợi nhuận đạt 3 tỷ đồng."
    assert periods(bracket, published="2019-07-20") == ["2019", "2018", "2019"]
    before = "Năm trước, tỉnh thu hút 30 dự án. Cùng kỳ năm ngoái, tỉnh thu hút 14 dự án."
    assert periods(before, published="2019-07-20") == ["2018", "2018"]


def test_the_coming_party_term_follows_the_one_ending():
    text = "Trong nhiệm kỳ qua, tỉnh thu hút 200 dự án. Nhiệm kỳ tới, tỉnh phấn đấu thu hút 300 dự án."
    assert periods(text, published="2020-10-02") == ["2015-2020", "2020-2025"]


def test_an_undated_article_glossing_a_count_of_years_with_its_span_is_from_the_spans_last_year():
    text = (
        "Sau 5 năm thực hiện Nghị quyết (2016-2020), tỉnh đã xây dựng 1.200 km đường. "
        "Hiện toàn tỉnh có 95 xã đạt chuẩn nông thôn mới."
    )
    assert periods(text) == ["2016-2020", "2020"]


def test_recent_years_are_the_span_up_to_now_the_article_names():
    text = (
        "Từ năm 2015 đến nay, huyện đã đầu tư xây mới 9 chợ. Trong những năm qua, huyện xây mới được 12 trạm y tế "
        "và cải tạo 8 trường học."
    )
    assert periods(text, published="2019-08-01") == ["2015-2019", "2015-2019", "2015-2019"]
    alone = "Trong những năm qua, huyện xây mới được 12 trạm y tế."
    assert periods(alone, published="2019-08-01") == ["2019"]  # no span named: the article's year


def test_the_month_of_an_event_named_after_a_figure_is_not_the_figures_period():
    text = (
        "Năm 2022, huyện thu ngân sách 420 tỷ đồng. Trung tâm y tế huyện được xây dựng với quy mô "
        "250 giường bệnh, đưa vào sử dụng từ tháng 11/2020."
    )
    assert periods(text, published="2022-12-15") == ["2022", "2022"]
    reached = "Năm 2022, huyện thu ngân sách 420 tỷ đồng. Dư nợ tín dụng đạt 900 tỷ đồng vào tháng 11/2021."
    assert periods(reached, published="2022-12-15") == ["2022", "2021"]  # no event: the month is the figure's


def test_a_result_weighed_against_a_years_plan_is_of_that_year():
    text = (
        "Du lịch gặp nhiều khó khăn. Doanh thu du lịch đạt 1.500 tỷ đồng, giảm 18% so với năm 2018 "
        "và bằng 70% so với kế hoạch năm 2019."
    )
    assert periods(text, published="2020-04-02") == ["2019"]
    bare = "Thu ngân sách đạt 850 tỷ đồng, đạt 104% kế hoạch 2021. Lợi nhuận đạt 40 tỷ đồng."
    assert periods(bare, published="2022-03-01") == ["2021", "2022"]
    named = "Thu ngân sách đạt 850 tỷ đồng, giảm 5% so với năm 2020, theo kế hoạch năm 2021 của tỉnh."
    assert periods(named, published="2022-03-01") == ["2022"]  # a plan named, not the result's measure


def test_a_level_said_before_the_average_change_over_a_term_is_the_terms_last_year():
    text = (
        "Sau 5 năm, thu nhập bình quân đầu người khu vực nông thôn đạt 48 triệu đồng/năm, "
        "tăng bình quân 11,2% (giai đoạn 2016-2020)."
    )
    # the average change after the level is its comparison, not a record of the term (ANNOTATION.md)
    assert periods(text) == ["2020"]
    head = (
        "Giai đoạn 2016-2020, GRDP bình quân đầu người đạt 61 triệu đồng, bình quân giai đoạn tăng 7,5%/năm."
    )
    assert periods(head, published="2021-02-10") == ["2020", "2016-2020"]
    change = "Giai đoạn 2016-2020, GRDP tăng 40 nghìn tỷ đồng, tăng bình quân 7,5%/năm."
    # a change, no level: the term's span (its average change after it is its comparison)
    assert periods(change, published="2021-02-10") == ["2016-2020"]


def test_a_stock_or_share_after_a_count_of_years_glossed_with_its_span_is_the_spans_last_year():
    text = (
        "Sau 20 năm tái lập (2002-2022), tỉnh có bước phát triển vượt bậc, GRDP tăng bình quân 8,6%/năm, "
        "tỷ trọng công nghiệp và dịch vụ chiếm trên 80%, toàn tỉnh có 120 xã đạt chuẩn nông thôn mới."
    )
    assert periods(text) == ["2002-2022", "2022", "2022"]


def test_what_a_review_article_says_was_built_or_invested_is_the_span_it_reviews():
    text = (
        "Từ năm 2016 đến nay, phong trào xây dựng nông thôn mới của huyện có nhiều chuyển biến. "
        "Hiện huyện đã xây mới 25 trường học, cải tạo, nâng cấp 12 trạm y tế; bê tông hóa 40 km đường xã, "
        "65 km đường thôn. Toàn huyện có 30 xã đạt tiêu chí trường học. Ngành điện đã đầu tư trên 300 tỷ đồng "
        "cải tạo lưới điện."
    )
    assert periods(text, published="2021-05-10") == ["2016-2021"] * 4 + ["2021", "2016-2021"]
    counted = "Sau 5 năm, tỉnh có bước phát triển. Tỉnh đã đầu tư 1.200 tỷ đồng cho giao thông nông thôn."
    assert periods(counted, published="2020-10-10") == ["2015-2020"]
    plain = "Tỉnh đã đầu tư 1.200 tỷ đồng cho giao thông nông thôn. Hiện có 46 công trình cấp nước."
    assert periods(plain, published="2020-10-10") == ["2020", "2020"]  # no review: the article's year


def test_up_to_now_opening_a_sentence_ends_the_year_carried_before_it():
    text = (
        "Năm 2017, huyện có 8 xã đạt chuẩn nông thôn mới. Đến nay, toàn huyện đã có 14 xã đạt chuẩn. "
        "Tỷ lệ hộ nghèo còn 2,9%."
    )
    assert periods(text, published="2021-09-01") == ["2017", "2021", "2021"]
    inside = "Năm 2017, huyện có 8 xã đạt chuẩn, đến nay có 14 xã. Tỷ lệ hộ nghèo còn 2,9%."
    assert periods(inside, published="2021-09-01") == ["2017", "2021", "2017"]  # said in passing: no reset


def test_the_year_a_plan_was_issued_is_not_the_period_of_its_figures():
    text = "Kế hoạch ban hành năm 2017 đặt mục tiêu 85% số trường đạt chuẩn quốc gia đến năm 2021."
    assert periods(text, published="2019-06-01") == ["2021"]
    event = "Nhà máy khởi công năm 2017 với tổng vốn đầu tư 600 tỷ đồng."
    assert periods(event, published="2019-06-01") == ["2017"]  # an event's year still dates what follows it


def test_an_undated_article_counting_the_nth_year_of_what_began_in_a_named_year_is_from_that_year():
    text = (
        "Chương trình mỗi xã một sản phẩm được tỉnh triển khai từ năm 2019. Năm nay là năm thứ 3 thực hiện, "
        "toàn tỉnh có 120 sản phẩm đạt 3 sao."
    )
    assert periods(text) == ["2021"]
    assert periods(text, published="2022-08-01") == ["2022"]  # a date decides
    uncounted = "Chương trình được tỉnh triển khai từ năm 2019. Toàn tỉnh có 120 sản phẩm đạt 3 sao."
    assert periods(uncounted) == [None]  # a first year alone dates nothing


def test_a_deadline_after_hon_or_truoc_is_no_date_a_stock_was_counted_at():
    # the undated article proposes a date ahead of it: it is not from that date's year
    text = (
        "Tỉnh kiến nghị áp dụng mức phí mới sớm hơn thời điểm 1/1/2024, có thể từ ngày 1/9/2023. "
        "Thu ngân sách 6 tháng đạt 4.100 tỷ đồng."
    )
    assert periods(text) == ["2023"]
    # a cut-off with no such word still dates the stock it counts
    counted = "Tại thời điểm 31/12/2022, toàn tỉnh có 1.240 hợp tác xã."
    assert periods(counted) == ["2022"]


def test_the_date_a_cited_document_was_issued_does_not_date_the_article():
    text = (
        "Theo Quyết định số 2210/QĐ-UBND ngày 14/6/2019 của UBND tỉnh, huyện làm mới 12 km đường "
        "với kinh phí 30 tỷ đồng."
    )
    assert periods(text) == [None, None]
    assert periods(text, published="2021-05-04") == ["2021", "2021"]
    # a date that is not a document's still dates an undated article
    dated = "Ngày 14/6/2019, huyện khánh thành 12 km đường với kinh phí 30 tỷ đồng."
    assert periods(dated) == ["2019", "2019"]


def test_the_end_of_a_year_opening_a_sentence_is_the_year_of_what_it_counts():
    text = (
        "Ước đến hết năm 2022, tỉnh thu hút được 640 dự án đầu tư với tổng vốn 7,2 tỷ USD.\n"
        "Trong đó, Nhật Bản có 85 dự án.\n"
        "Tỉnh còn khoảng 300 ha đất công nghiệp sẵn sàng giao cho nhà đầu tư. Thu ngân sách năm 2021 đạt "
        "32.000 tỷ đồng."
    )
    assert periods(text) == ["2022", "2022", "2022", "2022", "2021"]


def test_the_end_of_a_year_that_a_plan_aims_at_stays_a_horizon():
    text = "Năm 2021, huyện có 14 xã đạt chuẩn nông thôn mới. Đến hết năm 2025, phấn đấu có 20 xã đạt chuẩn."
    assert periods(text) == ["2021", "2025"]
    inside = (
        "Năm 2021, huyện có 14 xã đạt chuẩn, dự kiến đến cuối năm 2022 có thêm 3 xã. "
        "Thu ngân sách đạt 300 tỷ đồng."
    )
    assert periods(inside) == ["2021", "2022", "2021"]


def test_an_article_counting_years_since_a_founding_it_dates_is_from_that_count():
    text = (
        "Huyện được thành lập theo Nghị định số 31/NĐ-CP ngày 12/3/2008. Sau 10 năm hình thành và phát "
        "triển, đến nay toàn huyện có 24 trường học, thu nhập bình quân đạt 38 triệu đồng/người/năm."
    )
    # the page is dated two years later (a list of documents beside it, an archive): the text says 2018
    assert periods(text, published="2020-04-02") == ["2018", "2018"]
    assert periods(text) == ["2018", "2018"]
    # a later year reported in the text wins over the count
    later = text + " Năm 2019, huyện thu ngân sách 210 tỷ đồng."
    assert periods(later, published="2020-04-02") == ["2020", "2020", "2019"]
    # without the founding's year the count dates nothing
    assert periods(text.replace("ngày 12/3/2008", ""), published="2020-04-02") == ["2020", "2020"]


def test_a_term_in_brackets_after_a_measure_is_the_period_of_its_figures():
    text = (
        "Tốc độ tăng trưởng kinh tế (giai đoạn 2016 - 2020) bình quân đạt 8,4%, trong đó nông nghiệp "
        "tăng 3,1%."
    )
    assert periods(text, published="2021-02-10") == ["2016-2020", "2016-2020"]
    # ... but after the name of a document or a programme the bracket is the document's
    named = "Theo Chương trình 135 (giai đoạn 2017 - 2020), tỷ lệ hộ nghèo còn 21%."
    assert periods(named, published="2019-06-10") == ["2019"]


def test_the_level_a_span_raises_a_figure_to_is_of_its_last_year():
    text = "Từ năm 2012 đến nay, huyện trồng được 3.100 ha rừng, nâng độ che phủ của rừng lên 52%."
    assert periods(text, published="2018-05-02") == ["2012-2018", "2018"]


def test_what_a_place_had_when_it_was_founded_is_of_the_founding_year():
    text = (
        "Thị xã được thành lập theo Nghị định số 45/NĐ-CP ngày 2/4/2009. Khi mới thành lập, thị xã có 8 "
        "phường, xã; tỷ lệ hộ nghèo chiếm 31,2%.\n"
        "Sau 10 năm xây dựng và phát triển, đến nay thị xã có 12 phường, xã; tỷ lệ hộ nghèo còn 3,4%."
    )
    assert periods(text) == ["2009", "2009", "2019", "2019"]
    # the founding itself, told once, dates no figure
    once = "Xã được thành lập năm 1998. Năm 2021, xã có 1.200 hộ dân."
    assert periods(once) == ["2021"]


def test_an_undated_articles_year_comes_from_its_evidence_in_order():
    """The ordering in the module docstring, one step against the next, on figures that name no year."""
    school = " Toàn huyện có 24 trường học."
    # the title's year over the years the text reports
    assert periods(
        "Thu ngân sách năm 2019 đạt 210 tỷ đồng." + school, title="Kết quả năm 2020 của huyện"
    ) == [
        "2019",
        "2020",
    ]
    # the present counted from a dated founding over the years the text reports
    founded = "Huyện được thành lập năm 2008. Sau 10 năm hình thành, thu ngân sách năm 2016 đạt 210 tỷ đồng."
    assert periods(founded + school) == ["2016", "2018"]
    # a year the text reports over the year after its bases
    reported = "Thu ngân sách năm 2019 đạt 210 tỷ đồng, tăng 8% so với năm 2015."
    assert periods(reported + school) == ["2019", "2019"]
    # the year after a basis over the dates the text names
    basis = "Thu ngân sách tăng 8% so với năm 2018. Ngày 3/5/2021, huyện tổ chức hội nghị."
    assert periods(basis + school) == ["2019", "2019"]
    # a date over a plan's horizon; a horizon alone dates the article the year before it
    horizon = "Đến năm 2025, tỷ lệ trường đạt chuẩn đạt 80%."
    assert periods("Ngày 3/5/2021, huyện tổ chức hội nghị. " + horizon + school) == ["2025", "2021"]
    assert periods(horizon + school) == ["2025", "2024"]
    # an event's year dates nothing
    assert periods("Cầu Đông được khởi công năm 2015." + school) == [None]


def test_the_year_ending_the_name_of_a_plan_being_made_frames_targets_not_the_article():
    text = (
        "Tính đến cuối năm 2016, toàn tỉnh trồng 9.000 ha cây dược liệu. Hiện tỉnh có 1.100 loài cây quý. "
        "Sở đang xây dựng kế hoạch phát triển cây dược liệu năm 2017, trồng mới 500 ha."
    )
    assert periods(text) == ["2016", "2016", "2017"]
    # a plan a result is weighed against still names the result's year
    weighed = "Thu ngân sách đạt 105% kế hoạch giao năm 2021. Toàn tỉnh có 24 trường học."
    assert periods(weighed) == ["2021", "2021"]


def test_an_average_yearly_change_in_a_review_article_is_of_the_span_it_reviews():
    text = (
        "Sau 10 năm thành lập, kinh tế huyện tăng trưởng khá. Giá trị sản xuất tăng bình quân 12%/năm, "
        "năm 2020 giá trị sản xuất đạt 4.100 tỷ đồng. Tỷ lệ hộ nghèo giảm trung bình từ 3 - 4%/năm."
    )
    assert periods(text, published="2020-11-02") == ["2010-2020", "2020", "2010-2020"]
    plain = "Giá trị sản xuất tăng bình quân 12%/năm. Thu nhập bình quân đầu người tăng 9%."
    assert periods(plain, published="2020-11-02") == ["2020", "2020"]  # no review: the article's year


def test_a_period_in_a_bracket_that_breaks_a_figure_down_is_its_parts_not_the_figures():
    text = (
        "Năm 2020, kinh tế tăng trưởng khá. Tổng vốn đầu tư toàn xã hội đạt 9.100 tỷ đồng (giai đoạn 2011 - "
        "2015 là 2.300 tỷ đồng, giai đoạn 2016 - 2020 là 6.800 tỷ đồng). Doanh thu đạt 500 tỷ đồng (năm 2019)."
    )
    assert periods(text, published="2021-03-02") == ["2020", "2011-2015", "2016-2020", "2019"]


def test_a_year_that_opens_the_next_figures_phrase_is_not_the_figures_before_it():
    text = "Tỷ lệ hộ nghèo còn 4,2%, năm 2025 phấn đấu còn 2%."
    assert periods(text, published="2021-12-20") == ["2021", "2025"]


def test_the_year_of_the_level_a_change_starts_from_carries_to_nothing_after_it():
    text = (
        "Cơ cấu kinh tế chuyển dịch tích cực. Tỷ trọng dịch vụ từ 14,4% năm 2010, đến nay đã tăng lên 27,7%.\n"
        "Thu ngân sách đạt 300 tỷ đồng."
    )
    assert periods(text, published="2020-12-02") == ["2010", "2020", "2020"]


def test_the_level_a_change_starts_from_in_a_review_article_is_of_the_first_year_reviewed():
    text = (
        "Sau 10 năm thành lập, kinh tế huyện tăng trưởng khá. Tỷ lệ hộ nghèo giảm nhanh, từ 38,5% đến nay còn "
        "6,2%. Tỷ trọng dịch vụ từ 20% lên 35%. Toàn huyện có 12 trường."
    )
    assert periods(text, published="2020-11-02") == ["2010", "2020", "2010", "2020", "2020"]
    plain = "Tỉnh sắp xếp bộ máy, giảm từ 349 đầu mối xuống còn 268."  # no review: the article's year
    assert periods(plain, published="2020-11-02") == ["2020", "2020"]


def test_hien_opening_a_sentence_says_the_present_not_the_year_carried():
    text = (
        "Từ đầu năm 2018 đến nay, tỉnh đã thu hút 30 dự án. Năm 2017, tỉnh thu hút 45 dự án. "
        "Hiện toàn tỉnh có 400 dự án còn hiệu lực. Theo Sở Kế hoạch và Đầu tư, hiện 120 dự án đang triển khai."
    )
    assert periods(text) == ["2018", "2017", "2018", "2018"]
    # ``hiện đại`` is no present
    modern = "Năm 2017, tỉnh thu hút 45 dự án. Hiện đại hóa nông nghiệp giúp tăng năng suất 20%."
    assert periods(modern) == ["2017", "2017"]


def test_a_year_in_brackets_right_after_a_figure_is_its_year():
    text = "Tỷ lệ hộ nghèo giảm từ 5,2% (năm 2020) xuống còn 2,1% (năm 2023)."
    assert periods(text, published="2023-12-20") == ["2020", "2023"]
    # a bracket giving another year's figure is no gloss of the figure before it
    other = "Doanh thu đạt 2.000 tỷ đồng (năm 2022: 1.500 tỷ đồng)."
    assert periods(other, published="2023-12-20") == ["2023", "2022"]


def test_a_bracket_after_a_comparison_basis_gives_the_bases_figure_and_year():
    text = (
        "9 tháng đầu năm 2023, doanh thu du lịch tăng 8,4%, gấp 1,2 lần mức tăng cùng kỳ năm 2022 (7,0%); "
        "trong đó, doanh thu lưu trú tăng 9,1%, cao hơn cùng kỳ (6,5%), doanh thu ăn uống tăng 5,2% "
        "(cùng kỳ tăng 4,8%). Giá trị xuất khẩu đạt 910 triệu USD, tăng 6% so với năm 2021 (860 triệu USD)."
    )
    assert [(float(r.value), r.period) for r in records(text, published="2023-10-04")] == [
        (8.4, "2023"),
        (7.0, "2022"),
        (9.1, "2023"),
        (6.5, "2022"),
        (5.2, "2023"),
        (4.8, "2022"),
        (910.0, "2023"),
        (860.0, "2021"),
    ]


def test_a_span_from_a_year_to_a_later_one_is_a_term():
    text = (
        "Trong 3 năm qua (năm 2015 đến tháng 6.2018), tỉnh đã đào tạo nghề cho 12.000 lượt người. "
        "Năm 2016 đến năm 2018, huyện làm mới 45 km đường."
    )
    assert periods(text, published="2018-08-10") == ["2015-2018", "2016-2018"]


def test_an_average_yearly_change_said_at_a_terms_last_year_is_over_the_term():
    text = (
        "Giai đoạn 2016-2020, tỉnh huy động hơn 500 tỷ đồng cho giảm nghèo. Đến cuối năm 2020, tỷ lệ hộ "
        "nghèo toàn tỉnh còn 4,8%, bình quân giảm 1,5%/năm."
    )
    assert periods(text, published="2021-03-02") == ["2016-2020", "2020", "2016-2020"]


def test_a_term_glossing_a_count_of_years_that_opens_a_sentence_covers_its_paragraph():
    text = (
        "Trong 3 năm qua (năm 2015 đến tháng 6.2018), tỉnh đào tạo nghề cho 12.000 lượt người. "
        "Lao động nữ học nghề hằng năm trên 1.500 người.\nNăm 2017, tỷ lệ lao động qua đào tạo đạt 45%."
    )
    assert periods(text, published="2018-08-10") == ["2015-2018", "2015-2018", "2017"]


def test_a_plan_named_as_a_document_frames_its_targets_not_the_results_after_it():
    text = (
        "Huyện ủy họp cho ý kiến vào báo cáo tình hình kinh tế - xã hội năm 2022, kế hoạch phát triển kinh "
        "tế-xã hội năm 2023.\nTrong năm, tổng thu ngân sách đạt 312 tỷ đồng. Có thêm 2 xã đạt chuẩn nông thôn mới."
    )
    assert periods(text, published="2022-11-28") == ["2022", "2022"]
    assert periods(text) == ["2022", "2022"]


def test_the_tasks_set_out_for_a_year_frame_its_targets():
    text = (
        "Tổng kết năm 2023, phương hướng, nhiệm vụ phát triển năm 2024. Năm qua, huyện trồng mới 420 ha rừng; "
        "phấn đấu trồng mới 450 ha rừng."
    )
    assert periods(text, published="2023-12-22") == ["2023", "2024"]


def test_a_plan_carried_out_or_a_ministry_named_before_a_year_stays_the_year_reported():
    text = (
        "Kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm 2021: thu ngân sách đạt 450 tỷ đồng. "
        "Theo Sở Kế hoạch và Đầu tư năm 2021, toàn tỉnh có 1.250 doanh nghiệp mới."
    )
    assert periods(text, published="2022-03-15") == ["2021", "2021"]


def test_this_term_is_the_term_named_before_it():
    text = (
        "Tổng vốn đầu tư toàn xã hội giai đoạn 2021 - 2023 đạt 6.100 tỷ đồng. Tốc độ tăng trưởng bình quân "
        "giai đoạn này đạt 7,2%; thu nhập bình quân đầu người năm 2023 đạt 52 triệu đồng."
    )
    assert periods(text, published="2023-11-02") == ["2021-2023", "2021-2023", "2023"]


def test_this_term_with_no_term_before_it_names_no_period():
    text = "Giai đoạn này, huyện thu hút 12 dự án đầu tư. Năm 2019, thu ngân sách đạt 300 tỷ đồng."
    assert periods(text, published="2019-12-10") == ["2019", "2019"]


def test_an_undated_article_reporting_a_span_of_results_is_from_its_last_year():
    text = (
        "Huyện có 14 xã, thị trấn. Hiện nay, thương mại - dịch vụ chiếm 35% cơ cấu kinh tế. Tổng vốn đầu tư "
        "toàn xã hội giai đoạn 2021 - 2023 đạt 5.900 tỷ đồng."
    )
    assert periods(text) == ["2023", "2023", "2021-2023"]


def test_an_undated_article_naming_only_a_term_of_plans_is_not_dated_by_it():
    text = "Huyện có 14 xã, thị trấn. Huyện phấn đấu tăng trưởng bình quân 8% giai đoạn 2021 - 2025."
    assert periods(text)[0] is None


def test_tasks_completed_in_a_year_are_that_years_results():
    text = "Huyện hoàn thành nhiệm vụ chính trị năm 2022, thu ngân sách đạt 312 tỷ đồng."
    assert periods(text, published="2023-03-20") == ["2022"]


def test_the_plan_in_brackets_after_a_result_is_of_the_results_year_not_of_a_plan_named_before():
    text = (
        "Hội nghị đánh giá kết quả năm 2022 và kế hoạch phát triển năm 2023.\nTỷ lệ lao động qua đào tạo đạt 71% "
        "(KH 70%), tạo việc làm cho 2.400 người (kế hoạch 2.000 người)."
    )
    found = [(r.kind, r.period) for r in records(text, published="2022-12-10")]
    assert found == [("actual", "2022"), ("target", "2022"), ("actual", "2022"), ("target", "2022")]


def test_a_bracket_after_a_basis_said_with_hon_or_lan_gives_the_basis_years_figure():
    text = (
        "Doanh thu năm 2017 đạt 1.400 tỷ đồng, cao hơn năm 2016 (1.200 tỷ đồng). Lợi nhuận năm 2017 đạt "
        "300 tỷ đồng, gấp 1,5 lần năm 2015 (200 tỷ đồng). Năm 2017, nộp ngân sách 90 tỷ đồng (tăng 10%)."
    )
    assert periods(text, published="2017-12-20") == ["2017", "2016", "2017", "2015", "2017"]


def test_the_budget_and_investment_plans_a_session_names_frame_targets_and_its_report_the_results():
    text = (
        "Kỳ họp thảo luận báo cáo kết quả thực hiện nhiệm vụ năm 2023, dự toán ngân sách năm 2024 và kế hoạch "
        "đầu tư công năm 2024.\nNăm qua, thu ngân sách đạt 1.150 tỷ đồng. Vốn đầu tư công giải ngân 620 tỷ đồng."
    )
    assert periods(text) == ["2023", "2023"]
    assert periods(text, published="2023-12-12") == ["2023", "2023"]


def test_the_allocation_plan_of_a_year_is_not_the_year_of_the_results_after_it():
    text = (
        "Hội nghị thông qua phương án phân bổ ngân sách năm 2024. Thu ngân sách năm 2023 ước đạt 1.150 tỷ đồng. "
        "Tổng chi ngân sách 1.400 tỷ đồng."
    )
    assert periods(text) == ["2023", "2023"]


def test_this_term_is_no_term_named_in_an_earlier_paragraph():
    text = "Giai đoạn 2016 - 2020, tỉnh thu hút 120 dự án.\nNăm 2023, giai đoạn này tỉnh thu ngân sách 900 tỷ đồng."
    assert periods(text, published="2023-12-01") == ["2016-2020", "2023"]


def test_the_tasks_of_a_year_are_no_crop_season():
    text = (
        "Sáng 10/1, huyện tổ chức hội nghị triển khai nhiệm vụ năm 2023. Thu ngân sách đạt 500 tỷ đồng. "
        "Tổng vốn đầu tư đạt 2.000 tỷ đồng."
    )
    assert periods(text) == ["2022", "2022"]


def test_services_of_a_year_name_that_year_for_the_sentences_after_it():
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ năm 2023 đạt 50.000 tỷ đồng. Kim ngạch xuất khẩu đạt "
        "1,2 tỷ USD.\nVụ Hè Thu 2023, toàn huyện gieo sạ 12.000 ha lúa."
    )
    assert periods(text, published="2024-03-05") == ["2023", "2023", "2023"]


def test_the_base_year_of_constant_prices_is_no_period():
    text = "Năm 2024, giá trị sản xuất công nghiệp theo giá so sánh năm 2010 đạt 9.100 tỷ đồng."
    assert periods(text) == ["2024"]
    text = "Giá trị sản xuất nông nghiệp (giá so sánh năm 2010) đạt 3.100 tỷ đồng."
    assert periods(text, published="2024-12-25") == ["2024"]
    # an estimate for the year keeps its cue: the base year is not a year gone by
    text = "Tổng sản phẩm trên địa bàn huyện ước năm 2024 theo giá so sánh năm 2010 đạt 5.200 tỷ đồng."
    assert [(r.kind, r.period) for r in records(text, published="2024-12-25")] == [("estimate", "2024")]
    # a comparison with the year itself still names it
    text = (
        "Giá trị sản xuất nông nghiệp năm 2024 đạt 3.100 tỷ đồng, gấp 2 lần so với năm 2010 (1.550 tỷ đồng)."
    )
    assert periods(text, published="2024-12-25") == ["2024", "2010"]


def test_a_year_end_right_after_a_figure_is_its_own():
    text = "Tỷ lệ hộ nghèo của huyện giảm từ 12,5% vào cuối năm 2022 xuống còn 9,8% vào cuối năm 2023."
    assert periods(text) == ["2022", "2023"]
    text = "Huyện phấn đấu giảm tỷ lệ hộ nghèo xuống còn 3% vào cuối năm 2026."
    assert periods(text, published="2024-12-25") == ["2026"]
    # a year end set off by a comma starts the next clause
    text = "Năm 2024, thu ngân sách đạt 820 tỷ đồng, cuối năm 2025 dự kiến đạt 900 tỷ đồng."
    assert periods(text, published="2024-12-25") == ["2024", "2025"]


def test_a_heading_ending_on_a_plan_word_names_no_plan_year_for_the_paragraph_below():
    text = (
        "Năm 2022, tình hình kinh tế - xã hội của huyện chuyển biến tích cực. Đây là tiền đề để huyện tiếp tục "
        "phấn đấu hoàn thành các chỉ tiêu trong năm 2023.\n\nThu ngân sách vượt kế hoạch\n\n"
        "Năm 2022, kinh tế của huyện tiếp tục tăng trưởng khá. Giá trị sản xuất đạt 5.200 tỷ đồng."
    )
    assert periods(text) == ["2022"]
    # the plan's year in the same line is still the year of a plan
    same_line = "Huyện triển khai kế hoạch năm 2023, thu ngân sách 450 tỷ đồng."
    assert [(r.period, r.kind) for r in records(same_line, published="2022-12-20")] == [("2023", "target")]


def test_a_sum_or_a_change_over_a_count_of_years_is_of_the_term_of_that_length():
    text = (
        "Huyện được thành lập năm 2008. Tốc độ tăng trưởng (giai đoạn 2008 - 2018) đạt 11%. "
        "Tổng vốn đầu tư phát triển 10 năm đạt 5.400 tỷ đồng. Năm 2018, thu ngân sách đạt 320 tỷ đồng."
    )
    assert periods(text, published="2018-11-02") == ["2008-2018", "2008-2018", "2018"]
    # five years counted both ends in, and a change inside the clause that counts them
    text = (
        "Giai đoạn 2016 - 2020, ngành thủy sản phát triển ổn định.\n"
        "Trong đó, sản lượng tôm 5 năm đạt 1,2 triệu tấn. Tỷ lệ hộ nghèo trong 5 năm ở vùng ven biển giảm 6,4%."
    )
    assert periods(text, published="2021-03-10") == ["2016-2020", "2016-2020"]


def test_a_count_of_years_that_opens_a_review_or_ends_a_change_or_names_no_term_keeps_its_year():
    # the two ends of a change over the years stand at their own years
    text = (
        "Từ năm 2016 - 2019, ở vùng cao, tỷ lệ hộ nghèo trong 4 năm giảm từ 60% (đầu năm 2016) "
        "xuống còn 31% (cuối năm 2019)."
    )
    assert periods(text, published="2020-01-20") == ["2016", "2019"]
    # no term of that length named: the count dates nothing
    text = "Giai đoạn 2016 - 2020, tỉnh phát triển. Năm 2020, tổng vốn đầu tư 3 năm đạt 900 tỷ đồng."
    assert periods(text, published="2020-12-10") == ["2020"]
    # "Sau 10 năm ..." opens a review: a level after it stands at the article's year
    text = "Tốc độ tăng trưởng (giai đoạn 2008 - 2018) đạt 11%.\nSau 10 năm thành lập, tỷ lệ trẻ đến lớp đạt 97%."
    assert periods(text, published="2018-11-02")[1:] == ["2018"]


def test_an_average_yearly_change_in_an_article_naming_the_term_just_ended_is_of_that_term():
    text = (
        "Báo cáo cho biết, trong giai đoạn 2016 - 2020, kinh tế huyện phát triển khá.\n"
        "Ngành chăn nuôi tăng trưởng bình quân 4,2%/năm. Thu ngân sách năm 2020 đạt 410 tỷ đồng."
    )
    assert periods(text, published="2021-03-05") == ["2016-2020", "2020"]
    # the past term is that term, not five years up to the article's year
    text = (
        "Trong giai đoạn 2016 - 2020, tỉnh phát triển khá. Kết thúc nhiệm kỳ vừa qua, tỉnh có 11/13 chỉ tiêu "
        "đạt Nghị quyết."
    )
    assert periods(text, published="2021-03-05") == ["2016-2020"]


def test_an_average_yearly_change_keeps_its_year_when_the_article_names_no_term_just_ended_or_several():
    text = "Giai đoạn 2011 - 2015 đã qua.\nNgành chăn nuôi tăng trưởng bình quân 4,2%/năm."
    assert periods(text, published="2021-03-05") == ["2021"]
    text = (
        "Trong kế hoạch giai đoạn 2016 - 2020 và Nghị quyết nhiệm kỳ 2015 - 2020, tỉnh phát triển.\n"
        "Ngành chăn nuôi tăng trưởng bình quân 4,2%/năm."
    )
    assert periods(text, published="2021-03-05") == ["2021"]


def test_an_average_yearly_change_set_as_a_goal_is_of_the_plans_term():
    congress = (
        "Sáng 20/9, Đại hội Đảng bộ huyện lần thứ XV, nhiệm kỳ 2025-2030 khai mạc. Đại hội đặt mục tiêu mới: "
        "tổng giá trị sản xuất tăng từ 12% trở lên mỗi năm, thu nhập bình quân đầu người đạt 90 triệu đồng "
        "vào năm 2030."
    )
    assert [(r.period, r.kind) for r in records(congress, published="2025-09-20")] == [
        ("2025-2030", "target"),
        ("2030", "target"),
    ]
    plan = (
        "HĐND tỉnh thông qua kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030. Các chỉ tiêu chủ yếu: tốc "
        "độ tăng trưởng kinh tế bình quân từ 9% trở lên; thu nhập bình quân đầu người đến năm 2030 đạt 120 "
        "triệu đồng."
    )
    assert periods(plan, published="2025-12-15") == ["2026-2030", "2030"]


def test_a_change_said_per_year_in_a_review_is_of_the_term_reviewed():
    text = (
        "Báo cáo chính trị đánh giá kết quả giai đoạn 2020-2025. Trong nhiệm kỳ vừa qua, huyện duy trì tốc "
        "độ tăng trưởng bình quân 7,5%/năm.\n\nDịch vụ phát triển nhanh, tăng trưởng gần 9%/năm. Nông nghiệp "
        "tăng trưởng hơn 3%/năm."
    )
    assert periods(text, published="2025-08-12") == ["2020-2025", "2020-2025", "2020-2025"]


def test_a_rate_per_year_that_is_no_change_stays_of_its_year():
    text = (
        "Năm 2025, ngân hàng chính sách huyện cho vay 320 tỷ đồng với lãi suất 6,6%/năm. Tỉnh triển khai kế "
        "hoạch giai đoạn 2026-2030."
    )
    assert periods(text, published="2025-08-12") == ["2025", "2025"]


def test_a_bracket_giving_another_years_figure_speaks_of_that_figure_alone():
    text = (
        "Năm 2023, tỷ trọng công nghiệp chiếm 37,8% (năm 2022 là 40,8%), dịch vụ chiếm 50,1% (năm 2022 là "
        "48,2%).\nCơ cấu 9 tháng năm 2024: nông nghiệp 12,1% (9 tháng năm 2023 là 13,4%); công nghiệp 40,2%."
    )
    assert periods(text, published="2024-10-05") == ["2023", "2022", "2023", "2022", "2024", "2023", "2024"]


def test_a_term_broken_over_two_lines_still_opens_its_sentence():
    text = (
        "Ngành du lịch có nhiều khởi sắc. Giai đoạn 2015 -\n2019, huyện đón 2,1 triệu lượt khách; tổng doanh "
        "thu đạt 860 tỷ đồng. Riêng năm 2020, doanh thu đạt 150 tỷ đồng."
    )
    assert periods(text, published="2020-11-10") == ["2015-2019", "2015-2019", "2020"]


def test_an_undated_article_is_of_a_year_after_the_same_period_it_compares_with():
    text = (
        "Năm 2022, huyện thu ngân sách đạt 500 tỷ đồng. Năm 2022, huyện có 3 xã đạt chuẩn nông thôn mới. "
        "6 tháng đầu năm nay, thu ngân sách đạt 300 tỷ đồng, tăng 12% so với cùng kỳ năm 2022."
    )
    found = extract(text)
    assert [r.period for r in found.records] == ["2022", "2022", "2023"]
    assert found.year == 2023
    said_often = (
        "Năm 2022, huyện thu ngân sách đạt 500 tỷ đồng. Năm 2022, huyện có 3 xã đạt chuẩn nông thôn mới."
    )
    assert extract(said_often).year == 2022


def test_of_years_an_undated_article_names_as_often_it_is_of_the_one_after_its_comparison_basis():
    text = (
        "Huyện tiếp tục thực hiện chính sách hỗ trợ sản xuất năm 2019. Tổng sản lượng lương thực đạt 41.200 "
        "tấn. Huyện tập trung hoàn thiện tiêu chí của 2 xã trong năm 2020. Đến nay có 17 xã đạt chuẩn, tăng "
        "4 xã so năm 2018."
    )
    assert extract(text).year == 2019
    assert extract(text.replace(" so năm 2018", "")).year == 2020  # no basis: the latest of them


def test_an_undated_review_of_years_counted_in_words_is_of_the_year_they_end_after_its_basis():
    text = (
        "Đại hội đại biểu Đảng bộ huyện lần thứ XX khai mạc sáng nay. Năm năm qua, kinh tế của huyện tăng "
        "trưởng bình quân 9,1%/năm. Thu nhập bình quân đạt 32 triệu đồng/người/năm, tăng 14 triệu đồng so "
        "với năm 2015."
    )
    found = extract(text)
    assert found.year == 2020
    assert [r.period for r in found.records] == ["2016-2020", "2020", "2020"]


def test_an_average_yearly_change_after_an_estimate_of_the_terms_last_year_is_of_the_term():
    text = (
        "Kết quả thực hiện nhiệm kỳ 2016 - 2020 của huyện. Thu ngân sách năm 2020 ước đạt 410 tỷ đồng, bình "
        "quân tăng 18,5%/năm."
    )
    assert periods(text) == ["2020", "2016-2020"]


def test_nam_qua_alone_is_the_year_just_ended():
    text = (
        "Năm qua, huyện thu hút 14 dự án đầu tư. Trong 5 năm qua, huyện làm mới 96 km đường. "
        "Những năm qua, toàn huyện có 9 xã đạt chuẩn nông thôn mới.\nMột năm qua, huyện trồng 310 ha rừng."
    )  # (the last in a paragraph of its own: "Năm qua, ..." opening a paragraph frames it, as a year does)
    assert periods(text, published="2024-03-05") == ["2023", "2020-2024", "2024", "2024"]


def test_an_undated_title_year_the_text_never_names_while_reporting_the_year_before_is_looked_ahead_to():
    text = (
        "Năm 2021 được xem là năm khởi sắc của ngành du lịch tỉnh. Tổng lượt khách đạt 3,4 triệu lượt, "
        "tăng 20% so với năm 2020. Toàn tỉnh hiện có 210 cơ sở lưu trú."
    )
    assert periods(text, title="Du lịch tỉnh đặt mục tiêu đón 4 triệu lượt khách năm 2022") == ["2021"] * 2
    assert periods(text, title="năm 2022") == ["2021", "2021"]
    assert periods(text + " Năm 2022, du lịch tỉnh đón 4 triệu lượt khách.", title="năm 2022")[0] == "2021"


def test_an_undated_title_foretelling_a_year_reports_the_year_before():
    text = "Kinh tế năm 2022 của tỉnh tăng 7,1%. Tỉnh có thêm 1.200 doanh nghiệp thành lập mới."
    assert periods(text, title="Kinh tế tỉnh sẽ tăng tốc trong năm 2023") == ["2022", "2022"]


def test_the_term_of_the_poverty_line_is_no_period():
    text = (
        "Năm 2023, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 còn 2,8%. Mục tiêu đến năm "
        "2025 giảm tỷ lệ hộ nghèo 1%/năm (theo chuẩn nghèo giai đoạn 2022 - 2025); thu nhập bình quân đạt "
        "70 triệu đồng/người/năm."
    )
    assert periods(text, published="2024-01-20")[0] == "2023"
    assert periods(text, published="2024-01-20")[2] == "2025"


def test_the_parts_after_trong_do_split_the_whole_not_the_bracket_of_another_year():
    text = (
        "Năm 2023, doanh thu dịch vụ ước đạt 5.200 tỷ đồng, tăng 9% so với cùng kỳ (cùng kỳ năm 2022 tăng "
        "6,1%). Trong đó, doanh thu lưu trú đạt 1.100 tỷ đồng, doanh thu lữ hành 640 tỷ đồng."
    )
    assert periods(text, published="2024-06-10") == ["2023", "2022", "2023", "2023"]


def test_a_horizon_set_off_before_goals_frames_the_targets_after_it():
    text = (
        "Năm 2023, huyện thu ngân sách 420 tỷ đồng. Huyện phấn đấu đến năm 2026, tỷ lệ hộ dùng nước sạch đạt "
        "98%. Phấn đấu 90% số trường học đạt chuẩn quốc gia.\nĐến năm 2026, tỷ lệ che phủ rừng đạt 45%."
    )
    assert periods(text, published="2024-02-10") == ["2023", "2026", "2026", "2026"]


def test_a_span_from_a_year_or_up_to_a_year_given_with_a_dash_is_a_term():
    text = (
        "Từ năm 2018 - 2022, huyện đón trên 1,2 triệu lượt khách. Doanh thu du lịch giai đoạn 2018 - 2022 "
        "đạt 900 tỷ đồng; dự kiến đến hết năm 2018 - 2023 đạt 1.150 tỷ đồng."
    )
    assert periods(text, published="2023-09-12") == ["2018-2022", "2018-2022", "2018-2023"]


def test_an_undated_congress_article_is_from_the_first_year_of_the_congress_term():
    text = (
        "Đảng bộ xã Tân Hòa vừa tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2020-2025.\n"
        "Trong nhiệm kỳ qua, xã kết nạp 45 đảng viên mới.\n"
        "Nhiệm kỳ mới, xã phấn đấu mỗi năm kết nạp 10 đảng viên."
    )
    assert periods(text) == ["2015-2020", "2020-2025"]
    titled = "Nhiệm kỳ qua, xã kết nạp 45 đảng viên mới."
    title = "Đại hội Đảng bộ xã Tân Hòa lần thứ XII, nhiệm kỳ 2020-2025"
    assert periods(titled, title=title) == ["2015-2020"]


def test_a_congress_whose_resolution_is_carried_out_does_not_date_the_article():
    text = (
        "Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025, năm 2023 huyện "
        "thu ngân sách 420 tỷ đồng."
    )
    assert periods(text) == ["2023"]


def test_a_level_in_the_review_of_a_term_is_of_the_terms_last_year():
    text = (
        "Nhiệm kỳ 2015-2020, xã hoàn thành 18/20 chỉ tiêu; thu nhập bình quân đầu người đạt 45 triệu đồng/năm, "
        "tăng 12 triệu đồng so với đầu nhiệm kỳ; tỷ lệ hộ nghèo giảm xuống còn 3,1%."
    )
    assert periods(text, published="2020-06-10") == ["2015-2020", "2020", "2015-2020", "2020"]


def test_an_undated_article_reporting_part_of_its_titles_goal_year_is_from_that_year():
    text = (
        "Trong 6 tháng đầu năm 2024, kim ngạch xuất khẩu gạo đạt 2,6 tỷ USD.\n"
        "Giá gạo xuất khẩu bình quân đạt 650 USD/tấn."
    )
    title = "Xuất khẩu gạo hướng tới mục tiêu 5 tỷ USD năm 2024"
    assert periods(text, title=title) == ["2024", "2024"]


def test_a_level_of_another_year_weighed_against_carries_no_further():
    text = (
        "Số chuyến bay nội địa đã phục hồi, tương đương với mức đỉnh cao của năm 2019.\n"
        "Công suất nhà ga là 1.500 khách/giờ."
    )
    assert periods(text, published="2021-04-20") == ["2021"]


def test_the_resolutions_a_session_adopts_are_counted_in_the_sessions_year():
    text = (
        "Năm 2021, thu ngân sách huyện đạt 500 tỷ đồng. Kỳ họp đặt chỉ tiêu năm 2022 thu ngân sách 550 tỷ đồng "
        "và thông qua 12 nghị quyết."
    )
    assert periods(text, published="2021-12-21") == ["2021", "2022", "2021"]


def test_a_portals_clock_does_not_date_the_article():
    text = (
        "Hôm nay, Thứ ba ngày 12/05/2020\n"
        "Chiều 5/6/2019, UBND huyện họp cho ý kiến vào báo cáo 6 tháng đầu năm.\n"
        "Tổng giá trị sản xuất ước đạt 3.500 tỷ đồng."
    )
    assert periods(text) == ["2019"]


def test_an_undated_congress_report_is_written_as_the_new_term_begins():
    text = (
        "Đảng bộ xã Tân Hòa tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2020-2025.\n"
        "Nhiệm kỳ qua, Đảng bộ xã hoàn thành 18/20 chỉ tiêu; thu ngân sách đạt 3,5 tỷ đồng; kết nạp 42 đảng viên."
    )
    assert periods(text) == ["2015-2020", "2015-2020", "2015-2020"]


def test_a_councils_term_does_not_date_the_article_to_its_first_year():
    text = (
        "HĐND huyện (khóa X, nhiệm kỳ 2016 - 2021) tổ chức kỳ họp thứ 5. Tổng thu ngân sách 6 tháng ước đạt "
        "210 tỷ đồng, tăng 9% so với cùng kỳ năm 2018."
    )
    assert periods(text) == ["2019"]


def test_a_level_a_term_reaches_is_its_last_years():
    text = (
        "Đại hội Đảng bộ phường lần thứ VIII, nhiệm kỳ 2020-2025 khai mạc sáng nay.\n"
        "Nhiệm kỳ qua, giá trị sản xuất tăng bình quân 12%/năm; thu nhập bình quân đầu người đạt 52 triệu "
        "đồng/năm; tỷ lệ hộ nghèo chiếm 1,8%; kết nạp 35 đảng viên."
    )
    assert periods(text) == ["2015-2020", "2020", "2020", "2015-2020"]


def test_the_new_terms_resolution_sets_goals_for_the_term():
    text = (
        "Ngày 12-5, Đảng bộ thị trấn tiến hành Đại hội lần thứ IX, nhiệm kỳ 2020-2025. Đại hội thông qua nghị "
        "quyết nhiệm kỳ mới với các chỉ tiêu: doanh thu dịch vụ tăng bình quân hằng năm 11%; thu ngân sách "
        "tăng bình quân hằng năm 8%."
    )
    assert periods(text) == ["2020-2025", "2020-2025"]


def test_a_portals_clock_is_not_the_articles_date():
    text = (
        "Hôm nay, Thứ ba ngày 14/09/2021\n\nTin hoạt động\n\n"
        "Ngày 5/7/2018, UBND huyện họp đánh giá 6 tháng đầu năm. Thu ngân sách 6 tháng ước đạt 95 tỷ đồng."
    )
    assert periods(text) == ["2018"]


def test_a_level_likened_to_a_years_is_a_basis():
    text = (
        "Lượng khách qua cảng hàng không 4 tháng đạt 1,2 triệu lượt, tương đương với mức cao nhất của năm 2019. "
        "Doanh thu vận tải ước đạt 900 tỷ đồng."
    )
    assert periods(text, published="2022-05-03") == ["2022", "2022"]


def test_an_event_due_at_a_years_end_sets_no_context():
    text = (
        "Nhà máy mới dự kiến sẽ hoàn thành vào cuối năm 2024. Trong những tháng đầu năm, "
        "vốn đầu tư đăng ký tăng thêm đạt 320 triệu USD."
    )
    assert periods(text, published="2022-08-15") == ["2022"]


def test_a_title_aiming_at_a_years_goal_over_a_text_reporting_that_years_first_half():
    text = (
        "Trong 6 tháng đầu năm 2024, kim ngạch xuất khẩu hạt điều đạt 2,1 tỷ USD. "
        "Với đà này, cả năm có thể đạt 4 tỷ USD."
    )
    title = "Xuất khẩu hạt điều hướng tới mục tiêu 4 tỷ USD năm 2024"
    assert periods(text, title=title) == ["2024", "2024"]


def test_a_start_late_in_a_year_is_no_period():
    text = (
        "Từ những tháng cuối năm 2020, giá tôm nguyên liệu phục hồi, nhiều hộ nuôi trở lại.\n\n"
        "Diện tích nuôi tôm của tỉnh đạt 3.200 ha, sản lượng đạt 9.500 tấn."
    )
    assert periods(text, published="2021-04-10") == ["2021", "2021"]


def test_a_congress_resolution_cited_later_in_its_term_does_not_date_the_article():
    text = (
        "Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025, 6 tháng đầu năm nay thu "
        "ngân sách ước đạt 180 tỷ đồng, tăng 12% so với cùng kỳ năm 2022."
    )
    assert periods(text) == ["2023"]


def test_a_documents_date_written_in_words_is_no_period():
    text = (
        "Thực hiện Quyết định số 1234/QĐ-UBND ngày 15 tháng 3 năm 2012 của UBND tỉnh về đề án phát triển "
        "chăn nuôi, tổng đàn bò của huyện đạt 12.500 con."
    )
    assert periods(text, published="2024-06-20") == ["2024"]


def test_a_month_written_with_a_full_stop_names_its_year():
    text = (
        "Trong tháng 7.2019, tổng lượt khách đến tỉnh ước đạt 215.000 lượt, tăng 9% so với cùng kỳ năm trước. "
        "Doanh thu du lịch tháng 7.2019 ước đạt 160 tỷ đồng."
    )
    assert periods(text) == ["2019", "2019"]
    # a full stop that groups the thousands of a figure names no month's year
    assert periods("Trong tháng 3.500 hộ được hỗ trợ, tổng kinh phí 12 tỷ đồng.", published="2021-06-01") == [
        "2021",
        "2021",
    ]


def test_a_year_long_before_the_date_tells_the_past_of_its_own_paragraph_only():
    text = (
        "Năm 2014, xã được công nhận đạt chuẩn nông thôn mới, thu nhập bình quân đầu người đạt 24 triệu đồng.\n"
        "Thu nhập bình quân đầu người đạt 56 triệu đồng. Toàn xã có 1.350 hộ, tỷ lệ hộ nghèo còn 1,2%."
    )
    assert periods(text, published="2021-05-10") == ["2014", "2021", "2021", "2021"]
    # ... but the year before the date goes on covering what follows, as a year-end review reports it
    last_year = text.replace("2014", "2020")
    assert periods(last_year, published="2021-03-10") == ["2020"] * 4
    # ... and an undated article is still of the year it names
    assert periods(text) == ["2014"] * 4


def test_an_average_below_a_rate_set_for_a_term_is_of_the_term():
    text = (
        "Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2025-2030 đề ra chỉ tiêu: "
        "tốc độ tăng dân số bình quân hằng năm dưới 1,1%; thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng."
    )
    assert periods(text, published="2025-07-20") == ["2025-2030", "2030"]


def test_a_january_or_february_article_of_its_own_days_news_reports_the_year_it_is_published_in():
    text = (
        "Sáng 20/2, huyện tổ chức lễ phát động trồng cây đầu xuân. Dịp này, toàn huyện trồng mới 15.000 cây "
        "phân tán. Huyện có 1.200 ha rừng trồng, tỷ lệ che phủ rừng đạt 45%."
    )
    assert periods(text, published="2021-02-20") == ["2021"] * 3
    # ... not a review of the year just ended, by its words, its December or a year it names
    review = "Sáng 8/1, huyện tổng kết công tác. Tổng thu ngân sách đạt 640 tỷ đồng, giá trị sản xuất đạt 5.100 tỷ đồng."
    assert periods(review, published="2022-01-08") == ["2021", "2021"]
    december = "Tính đến ngày 31/12, Cục Hải quan tỉnh thu ngân sách đạt 5.200 tỷ đồng, vượt 8% chỉ tiêu."
    assert periods(december, published="2021-01-05") == ["2020"]
    named = "Sáng 5/1, huyện đón nhận bằng công nhận. Từ năm 2011, huyện huy động 2.300 tỷ đồng; có 18 xã đạt chuẩn."
    assert periods(named, published="2021-01-06")[1:] == ["2020"]


def test_a_laws_name_or_a_foundings_day_dates_no_undated_article():
    law = "Thực hiện Luật Đất đai 2013, huyện đã cấp 1.250 giấy chứng nhận, đạt 95% kế hoạch."
    assert periods(law) == [None]
    founded = "Xã được thành lập ngày 15/3/1963. Hiện xã có 2.300 hộ, thu nhập bình quân đạt 48 triệu đồng."
    assert periods(founded) == [None, None]
    # ... while a day the article reports on still does
    assert periods("Ngày 15/3/2019, xã tổ chức hội nghị. Hiện xã có 2.300 hộ.") == ["2019"]


def test_a_term_opening_a_sentence_of_goals_is_no_term_the_undated_article_reports():
    text = (
        "Sáng 15/8, Đảng bộ huyện tổ chức Đại hội đại biểu lần thứ XX, nhiệm kỳ 2020-2025.\n"
        "Nhiệm kỳ qua, tổng vốn đầu tư toàn xã hội đạt 12.000 tỷ đồng. Tỷ lệ hộ nghèo giảm còn 2,3%.\n"
        "Nhiệm kỳ 2020-2025, huyện phấn đấu thu nhập bình quân đầu người đạt 75 triệu đồng."
    )
    assert periods(text) == ["2015-2020", "2015-2020", "2025"]
    # ... while a term opening a sentence of results covers its paragraph
    results = "Giai đoạn 2016-2020, tổng vốn đầu tư đạt 9.000 tỷ đồng. Thu ngân sách đạt 2.100 tỷ đồng."
    assert periods(results) == ["2016-2020", "2016-2020"]


def test_a_basis_said_with_other_words_names_no_period_and_carries_none():
    article = "2023-06-15"
    for basis in (
        "tăng 12% khi so sánh với năm 2021",
        "kém năm 2021 khoảng 50 tỷ đồng",
        "vượt mức năm 2021",
        "ngang với năm 2021",
        "tăng 12% so với thời kỳ trước năm 2020",
        "tăng 12% so với trước dịch (năm 2019)",
    ):
        text = f"Doanh thu dịch vụ đạt 820 tỷ đồng, {basis}. Lợi nhuận đạt 90 tỷ đồng."
        assert set(periods(text, published=article)) == {"2023"}, basis
    # ... while a result weighed against a year's plan is still of that year
    plan = "Thu ngân sách đạt 700 tỷ đồng, vượt kế hoạch năm 2022 là 5%."
    assert periods(plan, published="2023-01-10")[0] == "2022"


def test_a_year_set_against_the_figure_is_its_clauses_period_only():
    text = (
        "Doanh thu dịch vụ đạt 820 tỷ đồng, còn năm 2022 chỉ đạt 700 tỷ đồng.\n"
        "Số lượt khách đạt 1,2 triệu lượt, trong khi năm 2022 là 900 nghìn lượt.\nLợi nhuận đạt 90 tỷ đồng."
    )
    assert periods(text, published="2023-07-20") == ["2023", "2022", "2023", "2022", "2023"]
    # ... but a contrast opening its sentence frames it as a year opening a sentence does
    opening = "Nếu như năm 2020 toàn huyện có 30 hợp tác xã, thì đến nay đã có 85 hợp tác xã."
    assert periods(opening, published="2023-07-20") == ["2020", "2023"]


def test_the_span_a_record_is_set_over_is_no_period():
    text = "Kim ngạch xuất khẩu đạt 450 triệu USD, mức cao nhất từ năm 2015 đến nay. Nhập khẩu đạt 210 triệu USD."
    assert periods(text, published="2023-06-15") == ["2023", "2023"]
    assert periods(text.replace("cao nhất từ", "cao nhất kể từ"), published="2023-06-15") == ["2023", "2023"]


def test_a_span_in_a_bracket_or_after_a_count_of_years_opening_a_sentence_covers_its_paragraph():
    bracket = (
        "5 năm qua (2016-2020), toàn tỉnh giải quyết việc làm cho 120.000 lao động. Tổng vốn đầu tư đạt "
        "45.000 tỷ đồng.\nNăm 2021, tỉnh thu ngân sách 9.000 tỷ đồng."
    )
    assert periods(bracket, published="2021-03-10") == ["2016-2020", "2016-2020", "2021"]
    after = "Trong 5 năm 2016-2020, tỉnh đã thu hút 320 dự án. Tổng vốn đăng ký đạt 45.000 tỷ đồng."
    assert periods(after, published="2021-03-10") == ["2016-2020", "2016-2020"]
    # ... not the span of an anniversary: what follows is of its year
    anniversary = "Sau 25 năm tái lập (1997-2022), tỉnh có 135 dự án FDI. Tổng vốn đăng ký đạt 2 tỷ USD."
    assert periods(anniversary, published="2022-08-10") == ["2022", "2022"]


def test_a_basis_at_a_level_or_time_of_a_year_names_no_period():
    for basis in (
        "chỉ bằng 85% mức năm 2022",
        "bằng 1/3 năm 2022",
        "tăng 12% so cùng thời điểm năm 2022",
        "nhiều hơn cả năm 2022",
    ):
        text = f"Doanh thu dịch vụ đạt 820 tỷ đồng, {basis}. Lợi nhuận đạt 90 tỷ đồng."
        assert set(periods(text, published="2023-06-15")) == {"2023"}, basis


def test_an_earlier_year_after_a_figure_and_a_comma_is_set_against_it():
    text = "Doanh thu dịch vụ đạt 820 tỷ đồng, năm 2022 là 700 tỷ đồng. Lợi nhuận đạt 90 tỷ đồng."
    assert periods(text, published="2023-06-15") == ["2023", "2022", "2023"]
    summed_up = "Năm 2022, doanh thu đạt 820 tỷ đồng, năm 2021 là 700 tỷ đồng. Lợi nhuận đạt 90 tỷ đồng."
    assert periods(summed_up, published="2023-01-15") == ["2022", "2021", "2022"]
    # ... while years going on in order carry as before
    in_order = (
        "Thu ngân sách năm 2020 đạt 400 tỷ đồng, năm 2021 đạt 450 tỷ đồng, năm 2022 đạt 520 tỷ đồng. "
        "Thu nhập bình quân đạt 60 triệu đồng."
    )
    assert periods(in_order, published="2023-06-15") == ["2020", "2021", "2022", "2022"]
