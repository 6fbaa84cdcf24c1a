"""Actual, estimate or target (ANNOTATION.md, ``kind``), on sentences written for these tests."""

import pytest

from desktop.core.extract import extract


def records(text, **kwargs):
    return extract(text, **kwargs).records


def kinds(text, **kwargs):
    return [r.kind for r in records(text, **kwargs)]


def test_a_cue_carries_across_the_items_of_its_list():
    text = "Kim ngạch xuất khẩu sang các thị trường chính ước đạt: Hoa Kỳ 412 triệu USD; EU 208 triệu USD; Nhật Bản 95 triệu USD."
    assert kinds(text) == ["estimate", "estimate", "estimate"]


def test_a_cue_carries_to_the_bulleted_lines_of_its_list():
    text = "Kết quả quý III/2023 dự kiến như sau:\n- Doanh thu 120 tỷ đồng;\n- Lợi nhuận 15 tỷ đồng.\nNăm 2022, lãi 40 tỷ đồng."
    assert kinds(text, published="2023-10-02") == ["estimate", "estimate", "actual"]


def test_a_quotation_after_a_colon_is_not_a_list():
    text = "Chứng kiến các đội thi công làm việc khẩn trương, ông A cho biết: xã mới làm được 3 km đường."
    assert kinds(text) == ["actual"]


def test_exceeding_the_plan_is_a_result_measured_against_the_plan():
    text = (
        "Năm 2022, huyện hoàn thành vượt mức chỉ tiêu kế hoạch, thu ngân sách đạt 520 tỷ đồng, "
        "vượt 4% chỉ tiêu kế hoạch."
    )
    (record,) = records(text)
    assert record.kind == "actual"
    assert [(float(c.percent), c.relation, c.basis) for c in record.comparisons] == [(4.0, "change", "plan")]


def test_the_plans_own_amount_is_a_target():
    text = "Thu ngân sách đạt 216.000 tỷ đồng, đạt 53% so với kế hoạch cả năm là 405.000 tỷ đồng."
    assert kinds(text, published="2022-09-01") == ["actual", "target"]


def test_what_a_plan_sentence_says_must_be_raised_is_a_target():
    text = (
        "Giai đoạn 2021-2025, tỉnh cần huy động khoảng 1,5 triệu tỷ đồng, trong đó vốn nhà nước khoảng 25%."
    )
    assert kinds(text, published="2021-03-10") == ["target", "target"]
    text = "Để đạt được số thu trên, ngành thuế tập trung vào thu từ đất (3.200 tỷ đồng) và thu nợ đọng (800 tỷ đồng)."
    assert kinds(text, published="2021-10-10") == ["target", "target"]


def test_an_authoritys_instruction_is_a_target():
    text = "UBND tỉnh yêu cầu các sở, ngành cắt giảm 10% chi thường xuyên và khẩn trương hoàn thành 12 dự án."
    assert kinds(text, published="2021-10-10") == ["target", "target"]


def test_a_purpose_without_a_figure_to_reach_and_place_names_are_no_plan():
    text = "Để thu hút đầu tư, tỉnh hỗ trợ 40 triệu đồng/ha. Khu đô thị lấn biển Cần Giờ rộng 2.870 ha."
    assert kinds(text, published="2021-10-10") == ["actual", "actual"]
    assert kinds("Chỉ cần giá như vụ trước, mỗi hộ đã lãi 30 triệu đồng.", published="2021-10-10") == [
        "actual"
    ]


def test_forecast_about_a_quarter_just_ended_is_an_estimate():
    text = "Quý III/2023, dự kiến doanh thu đạt 120 tỷ đồng."
    assert kinds(text, published="2023-10-02") == ["estimate"]
    assert kinds(text) == ["estimate"]
    assert kinds("Năm 2024, dự kiến doanh thu đạt 500 tỷ đồng.", published="2023-12-20") == ["target"]


def test_an_estimate_of_what_will_be_reached_is_an_estimate():
    assert kinds("Thành phố dự tính số thu cả năm sẽ đạt 352.000 tỷ đồng.", published="2020-12-20") == [
        "estimate"
    ]


def test_a_bracket_restating_the_change_shares_the_figures_kind():
    text = "Tổng thu ước đạt 106.000 tỷ đồng, giảm 12% (giảm tuyệt đối 14.000 tỷ đồng) so với cùng kỳ."
    assert kinds(text, published="2020-12-20") == ["estimate", "estimate"]


def test_the_plans_amount_in_brackets_is_a_target_that_lends_its_kind_to_nothing():
    text = (
        "Cục Hải quan thu được 41.200 tỷ đồng, đạt 71,2% chỉ tiêu Bộ Tài chính giao (57.900 tỷ đồng) "
        "và cao hơn mức bình quân chung (12,4% so với 9,1%)."
    )
    assert kinds(text, published="2020-11-02") == ["actual", "target", "actual", "actual"]


def test_forecast_about_the_season_under_way_is_an_estimate():
    assert kinds("Dự kiến năng suất lúa vụ Hè Thu này giảm mạnh, chỉ đạt 5,2 tấn/ha.") == ["estimate"]
    assert kinds("Dự kiến năng suất lúa vụ Hè Thu năm sau đạt 6,1 tấn/ha.") == ["target"]


def test_the_biggest_ever_names_no_period_so_a_forecast_stays_a_plan():
    text = (
        "Tháng 4/2025 tỉnh tổ chức hội nghị xúc tiến đầu tư. Đây là hội nghị lớn nhất từ trước đến nay, "
        "dự kiến ký kết 45 dự án."
    )
    assert kinds(text) == ["target"]


def test_from_now_to_the_end_of_the_year_frames_a_plan():
    text = "Ông Lý cho biết: Từ nay đến cuối năm, liên minh tiếp tục vận động thành lập mới 12 hợp tác xã."
    assert kinds(text, published="2023-08-10") == ["target"]


def test_a_purpose_is_a_plan():
    text = "Thành phố kiến nghị cơ chế đặc thù nhằm được giữ lại 50% khoản thu tiền sử dụng đất."
    assert kinds(text, published="2023-08-10") == ["target"]


def test_spending_outside_the_budget_plan_is_a_result():
    assert kinds("Năm 2022, tỉnh đã chi ngoài dự toán 120 tỷ đồng.", published="2023-05-10") == ["actual"]


def test_a_consequence_is_a_result_whatever_plan_its_cause_names():
    text = "Năm 2022, tỉnh giao dự toán chi sai quy định, dẫn đến thiếu nguồn chi 300 tỷ đồng."
    assert kinds(text, published="2023-05-10") == ["actual"]


def test_a_target_frame_does_not_reach_a_later_clause_that_reports_what_was_done():
    text = "Tỉnh giao chỉ tiêu thu ngân sách 2.500 tỷ đồng; đến nay đã thu 2.100 tỷ đồng."
    assert kinds(text, published="2024-10-05") == ["target", "actual"]


def test_a_school_year_or_season_straddling_two_years_is_under_way_once_it_has_begun():
    assert kinds("Năm học 2023-2024, toàn tỉnh có 350.000 học sinh.", published="2023-09-05") == ["actual"]
    assert kinds("Năm học 2024-2025, toàn tỉnh có 360.000 học sinh.", published="2023-09-05") == ["target"]


def test_projects_offered_to_investors_are_a_plan_those_attracted_a_result():
    offered = "Toàn tỉnh có 104 dự án kêu gọi đầu tư trong năm 2024."
    assert kinds(offered, published="2024-03-01") == ["target"]
    attracted = (
        "Năm 2023, tỉnh đã kêu gọi được 12 dự án, tổng vốn 3.000 tỷ đồng. Có 8 dự án kêu gọi được vốn."
    )
    assert kinds(attracted, published="2024-03-01") == ["actual", "actual", "actual"]


def test_a_figure_for_the_time_to_come_is_a_plan():
    text = (
        "Năm 2023, công ty tuyển thêm 2.000 lao động (trên tổng số 10.000 lao động trong thời gian tới). "
        "Công ty có 48 xe tải chở hàng tới cảng."
    )
    assert kinds(text, published="2023-12-20") == ["actual", "target", "actual"]


def test_the_parts_listed_after_trong_do_share_the_kind_of_their_whole_across_semicolons():
    text = (
        "Doanh thu du lịch ước đạt 2.400 tỷ đồng, trong đó, lưu trú 900 tỷ đồng; ăn uống 800 tỷ đồng; "
        "lữ hành 300 tỷ đồng."
    )
    assert kinds(text, published="2023-12-20") == ["estimate"] * 4
    separate = "Doanh thu du lịch ước đạt 2.400 tỷ đồng; có 120 cơ sở lưu trú mới."
    assert kinds(separate, published="2023-12-20") == ["estimate", "actual"]


def test_a_paragraph_opened_by_trong_do_breaks_down_the_estimate_of_the_paragraph_before():
    text = (
        "Ước cả năm 2023, huyện có 160 doanh nghiệp mới thành lập với tổng vốn 1.200 tỷ đồng.\n\n"
        "Trong đó lĩnh vực thương mại nhiều nhất (70 doanh nghiệp với vốn 500 tỷ đồng).\n\n"
        "Huyện có 12 chợ nông thôn."
    )
    assert kinds(text, published="2023-12-20") == ["estimate"] * 4 + ["actual"]
    # a paragraph in between: the parts no longer follow their whole
    apart = text.replace("\n\nTrong đó", "\n\nHuyện có 3 cụm công nghiệp.\n\nTrong đó")
    assert kinds(apart, published="2023-12-20") == [
        "estimate",
        "estimate",
        "actual",
        "actual",
        "actual",
        "actual",
    ]


def test_the_parts_after_a_semicolon_and_trong_do_and_their_growth_are_estimates_of_an_estimate():
    text = (
        "Kim ngạch xuất khẩu ước đạt 500 triệu USD, tăng 12% so với năm trước; trong đó, dệt may 200 triệu "
        "USD; giày dép 150 triệu USD."
    )
    assert kinds(text, published="2022-12-25") == ["estimate"] * 3
    rates = "Lượng khách ước đạt 1,5 triệu lượt; trong đó, khách quốc tế tăng 29%, khách nội địa tăng 6%."
    assert kinds(rates, published="2022-12-25") == ["estimate"] * 3
    # a semicolon or a comma before "trong đó": the same parts
    comma = rates.replace("; trong đó", ", trong đó")
    assert kinds(comma, published="2022-12-25") == ["estimate"] * 3
    # parts listed after a colon, and the total's own growth told again in real terms
    listed = "Kim ngạch xuất khẩu ước đạt 1.250 triệu USD, tăng 6,5%; các mặt hàng chủ yếu: dệt may tăng 8%, giày dép tăng 5%."
    assert kinds(listed, published="2022-12-25") == ["estimate"] * 3
    real = "Tổng mức bán lẻ ước đạt 45.000 tỷ đồng, tăng 11% so với năm trước; nếu loại trừ yếu tố giá tăng 7,5%."
    assert kinds(real, published="2022-12-25") == ["estimate", "estimate"]


def test_the_growth_after_an_estimated_amount_that_is_no_part_of_it_stays_a_result():
    # another subject after the semicolon, no "trong đó"
    other = "Tổng vốn đầu tư toàn xã hội ước đạt 12.000 tỷ đồng; vốn tín dụng tăng 15%."
    assert kinds(other, published="2023-12-22") == ["estimate", "actual"]
    # a part with a verb of its own, and a part of a span of its own
    verb = (
        "Tổng mức bán lẻ ước đạt 45.600 tỷ đồng; trong đó, doanh thu dịch vụ đạt 9.000 tỷ đồng, tăng 10,5%."
    )
    assert kinds(verb, published="2023-12-22") == ["estimate", "actual"]
    span = "Tổng thu ngân sách ước đạt 5.200 tỷ đồng; trong đó thu nội địa quý IV tăng 12%."
    assert kinds(span, published="2023-12-22") == ["estimate", "actual"]
    # the parts told in the next sentence
    apart = "Tổng thu ngân sách ước đạt 5.200 tỷ đồng. Trong đó thu nội địa tăng 12%."
    assert kinds(apart, published="2023-12-22") == ["estimate", "actual"]
    # a plan of the next year after the estimate
    plan = "Thu ngân sách ước đạt 5.200 tỷ đồng; kế hoạch năm 2024, trong đó thu nội địa tăng 12%."
    assert kinds(plan, published="2023-12-22") == ["estimate", "target"]


def test_what_is_done_so_far_after_the_plan_is_a_result():
    text = "Kế hoạch năm 2023 giao 600 tỷ đồng; thực hiện đến nay đạt 450 tỷ đồng, bằng 75% kế hoạch."
    assert kinds(text, published="2023-10-28") == ["target", "actual"]
    plan = "Kế hoạch năm 2023 giao 600 tỷ đồng; thu nội địa 450 tỷ đồng."
    assert kinds(plan, published="2023-01-28") == ["target", "target"]


def test_a_bracket_that_gives_a_goals_amount_roughly_is_the_goal():
    text = "Tỉnh sẽ chiếm 1/10 chiều dài đường cao tốc cả nước mà Chính phủ đặt mục tiêu đến năm 2030 (ước tính 5.000 km)."
    assert kinds(text, published="2022-05-01")[-1] == "target"
    loss = "Doanh thu du lịch giảm 46% so với kế hoạch năm 2016 (doanh thu thiệt hại ước tính 1.800 tỷ đồng)."
    assert kinds(loss, published="2016-12-01")[-1] == "estimate"


def test_a_wish_or_a_proposal_is_a_plan_but_one_already_made_counts_as_done():
    text = (
        "UBND tỉnh muốn vay 300 triệu USD làm đường cao tốc. Sở đề xuất bố trí 500 tỷ đồng cho dự án. "
        "Năm qua, Sở đã đề xuất 12 dự án. Cử tri kiến nghị, huyện đã chi 20 tỷ đồng."
    )
    assert [r.kind for r in extract(text, published="2019-06-01").records] == [
        "target",
        "target",
        "actual",
        "actual",
    ]


def test_the_cost_and_size_of_a_project_still_to_come_are_its_plan():
    text = (
        "Tổng mức đầu tư của dự án là 2.659 tỷ đồng, trong đó vốn vay là 1.579 tỷ đồng (chiếm 59,4%). "
        "Thời gian thực hiện dự án đến năm 2031.\n"
        "Tuyến cao tốc dài 144km, quy mô 4 làn xe, kinh phí đầu tư khoảng 47.520 tỷ đồng. "
        "Mới đây, UBND tỉnh có văn bản kiến nghị bổ sung quy hoạch."
    )
    assert kinds(text, published="2019-10-01") == ["target"] * 6


def test_a_project_described_as_built_or_without_a_plan_to_come_stays_a_result():
    text = (
        "Năm 2019, nhà máy công suất 500 tấn/ngày đã đi vào hoạt động. Tỉnh đề xuất mở rộng.\n"
        "Dự án có tổng mức đầu tư 1.200 tỷ đồng, đã hoàn thành. Tỉnh kiến nghị bổ sung vốn.\n"
        "Khu công nghiệp có quy mô 400 ha, thu hút 20 dự án."
    )
    assert kinds(text, published="2019-10-01") == ["actual"] * 4


def test_a_sentence_pointing_back_at_an_estimate_derives_an_estimate():
    estimate = (
        "Thành phố dự tính số thu ngân sách sẽ đạt 352.000 tỷ đồng, đạt 86,7% dự toán được giao là 405.000 tỷ "
        "đồng. "
        "Đây là kết quả đáng ghi nhận, góp phần đóng góp 25% thu ngân sách quốc gia."
    )
    assert kinds(estimate, published="2020-12-01") == ["estimate", "target", "estimate"]
    actual = estimate.replace("dự tính số thu ngân sách sẽ đạt", "thu ngân sách đạt")
    assert kinds(actual, published="2020-12-01") == ["actual", "target", "actual"]
    between = (
        "Thu ngân sách ước đạt 352.000 tỷ đồng. Có 300 doanh nghiệp mới. "
        "Đây là kết quả tốt, đóng góp 25% thu ngân sách."
    )
    assert [r.kind for r in extract(between, published="2020-12-01").records] == [
        "estimate",
        "actual",
        "actual",
    ]


def test_a_project_whose_feasibility_study_is_under_way_is_still_to_come():
    text = (
        "Tỉnh đang đôn đốc công ty hoàn thiện việc lập báo cáo nghiên cứu khả thi Dự án đầu tư xây dựng "
        "Nhà máy nhiệt điện công suất 2.100 MW tại khu công nghiệp."
    )
    assert kinds(text, published="2017-07-01") == ["target"]
    running = "Nhà máy nhiệt điện công suất 2.100 MW đang hoạt động ổn định, tổng mức đầu tư 3 tỷ USD."
    assert kinds(running, published="2017-07-01") == ["actual", "actual"]


def test_what_a_project_still_to_come_is_expected_to_cost_is_its_plan():
    text = (
        "Tỉnh đề nghị công ty hoàn thiện việc lập báo cáo nghiên cứu khả thi Dự án nhà máy điện công suất "
        "1.200 MW với tổng mức đầu tư dự kiến khoảng 2 tỷ USD."
    )
    assert kinds(text, published="2018-07-01") == ["target", "target"]
    assert kinds(text) == ["target", "target"]
    # ``dự kiến`` about the quarter just ended, outside any plan, stays an estimate
    assert kinds("Quý II, dự kiến doanh thu đạt 120 tỷ đồng.", published="2018-07-01") == ["estimate"]


def test_a_plan_set_out_in_steps_has_its_nearer_horizon_in_the_plan():
    text = (
        "Năm 2020, tỉnh có 150 chợ. Cụ thể, đến năm 2020, ngành thương mại đóng góp vào GRDP đạt tỷ trọng "
        "9-11%, đến năm 2025 là 12-15% và đến năm 2030 là 13-18%."
    )
    assert kinds(text) == ["actual", "target", "target", "target"]
    text = "Năm 2020, tỉnh có 150 chợ. Về hạ tầng, đến năm 2020, toàn tỉnh có 159 chợ; đến năm 2030 có 26 siêu thị."
    assert kinds(text) == ["actual", "target", "target"]


def test_a_horizon_of_the_reported_year_alone_or_a_past_span_stays_a_result():
    text = "Năm 2020, tỉnh có 150 chợ. Đến năm 2020, toàn tỉnh có 159 chợ các loại, 26 siêu thị."
    assert kinds(text) == ["actual", "actual", "actual"]
    text = (
        "Năm 2020, tỉnh có 150 chợ. Từ năm 2015 đến năm 2020, tỉnh xây 12 chợ; đến năm 2030 có 26 siêu thị."
    )
    assert kinds(text) == ["actual", "actual", "target"]


def test_a_plan_named_as_approved_or_assigned_reports_nothing_done():
    text = (
        "Năm 2017, đất nông nghiệp có 400.000 ha. Về đất phi nông nghiệp, điều chỉnh đến năm 2020 có "
        "105.188 ha, tăng 4.613 ha so với quy hoạch được duyệt, chiếm 17,56% diện tích đất tự nhiên."
    )
    assert kinds(text) == ["actual", "target", "target", "target"]
    text = "Năm 2017, đất nông nghiệp có 400.000 ha. Đến năm 2020, đất ở có 5.000 ha, đã được duyệt 12 dự án."
    assert kinds(text) == ["actual", "target", "actual"]


def test_an_approved_projects_design_is_its_plan_in_an_undated_article():
    text = (
        "Năm 2017, tỉnh trồng 900 ha dược liệu. Dự án phát triển cây dược liệu đã được Chính phủ phê duyệt "
        "và đã được các bộ thẩm định với quy mô 12.581 ha, trong đó diện tích trồng mới là 5.180 ha."
    )
    assert kinds(text) == ["actual", "target", "target"]


def test_an_approved_project_that_reports_what_was_done_after_its_approval_stays_a_result():
    text = (
        "Năm 2017, tỉnh trồng 900 ha dược liệu. Dự án nhà máy nước được phê duyệt năm 2015 với công suất "
        "30.000 m3/ngày, đến nay đã giải ngân 300 tỷ đồng. Nhà máy có công suất 20.000 m3/ngày đã hoạt động."
    )
    assert kinds(text) == ["actual", "actual", "actual", "actual"]


def test_a_dated_articles_approval_is_an_event_of_its_year():
    text = (
        "Tháng 6/2020, Thủ tướng phê duyệt điều chỉnh dự án khu đô thị với quy mô 2.870 ha, "
        "tổng mức đầu tư hơn 217.000 tỷ đồng."
    )
    assert kinds(text, published="2021-04-27") == ["actual", "actual"]


def test_the_figure_a_planned_change_starts_from_is_where_things_stand():
    text = "Năm 2017, tỉnh xây dựng phương án sắp xếp, giảm các phòng từ 349 đầu mối xuống còn 268 đầu mối."
    assert kinds(text) == ["actual", "target"]
    text = "Năm 2017, tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 5% xuống 3%."
    assert kinds(text) == ["actual", "target"]


def test_a_range_of_a_plan_and_a_change_that_happened_keep_their_kinds():
    assert kinds("Năm 2017, tỉnh phấn đấu tốc độ tăng GRDP đạt từ 8,5 - 9%.") == ["target"]
    assert kinds("Năm 2017, tỷ lệ hộ nghèo giảm từ 5% xuống 3%.") == ["actual", "actual"]


def test_du_kien_heading_a_sentence_about_a_period_just_ended_estimates_every_figure_after_it():
    text = "Dự kiến quý I/2023, GRDP của tỉnh tăng 6,2%, thu ngân sách đạt 2.000 tỷ đồng."
    assert kinds(text, published="2023-04-05") == ["estimate", "estimate"]
    text = "Dự kiến 9 tháng, thu ngân sách đạt 2.000 tỷ đồng, kim ngạch xuất khẩu đạt 300 triệu USD."
    assert kinds(text, published="2023-09-25") == ["estimate", "estimate"]


def test_du_kien_heading_a_sentence_about_a_year_to_come_still_plans_every_figure_after_it():
    text = "Dự kiến năm 2024, thu ngân sách đạt 2.000 tỷ đồng, kim ngạch xuất khẩu đạt 300 triệu USD."
    assert kinds(text, published="2023-12-25") == ["target", "target"]
    text = "Phấn đấu năm 2023, dự kiến thu ngân sách 2.000 tỷ đồng, kim ngạch xuất khẩu đạt 300 triệu USD."
    assert kinds(text, published="2023-04-05") == ["target", "target"]  # another frame: a plan's


def test_an_estimate_cue_opening_a_sentence_estimates_every_figure_of_it():
    text = "Ước cả năm, thu ngân sách 5.000 tỷ đồng; chi ngân sách 4.200 tỷ đồng; vốn đầu tư 9.000 tỷ đồng."
    assert kinds(text, published="2023-12-20") == ["estimate", "estimate", "estimate"]
    text = (
        "Ước thực hiện 6 tháng đầu năm 2023, thu ngân sách 2.000 tỷ đồng; chi 1.500 tỷ đồng; "
        "năm 2024 phấn đấu thu 5.500 tỷ đồng."
    )
    assert kinds(text, published="2023-07-05") == ["estimate", "estimate", "target"]  # a cue of its own wins


def test_an_estimate_cue_inside_a_clause_estimates_that_clause_only():
    text = "Thu ngân sách ước đạt 5.000 tỷ đồng; chi ngân sách đạt 4.200 tỷ đồng."
    assert kinds(text, published="2023-12-20") == ["estimate", "actual"]


def test_a_term_ending_in_the_first_half_of_its_last_year_reports_results_not_a_plan():
    text = (
        "Giai đoạn 2016-2020, tỉnh thu hút 120 dự án đầu tư với tổng vốn đăng ký 45.000 tỷ đồng. "
        "Năm 2020, tỉnh tăng trưởng kinh tế 7%."
    )
    # the term has all but run its course: its figures are what was done; the year just begun is still a plan
    assert kinds(text, published="2020-03-10") == ["actual", "actual", "target"]
    assert kinds(text, published="2018-03-10")[:2] == ["target", "target"]  # half a term still to come


def test_a_plan_named_and_then_reached_is_a_result():
    text = (
        "Theo kế hoạch, năm 2022 xã làm mới 15 km đường bê tông, đến nay đã hoàn thành 12 km. "
        "Kế hoạch năm 2022 giao huyện trồng 400 ha rừng, huyện đã đạt 430 ha."
    )
    assert kinds(text, published="2022-11-20") == ["target", "actual", "target", "actual"]
    coming = "Kế hoạch năm 2022 giao trồng 400 ha rừng, đã đạt 250 ha và sẽ trồng thêm 150 ha."
    assert kinds(coming, published="2022-11-20") == ["target", "actual", "target"]
    goal = "Năm 2022, tỷ lệ bao phủ đã đạt 88% và phấn đấu đến năm 2025 đạt 95%."
    assert kinds(goal, published="2022-11-20") == ["actual", "target"]  # a goal after what was reached


def test_an_undated_forecast_about_the_year_the_article_reports_is_an_estimate():
    text = "Năm 2021, sản lượng thủy sản dự kiến đạt 95.000 tấn, tăng 4% so với năm 2020."
    assert kinds(text) == ["estimate"]
    ahead = "Năm 2021, sản lượng thủy sản đạt 90.000 tấn. Dự kiến đến năm 2025, sản lượng đạt 120.000 tấn."
    assert kinds(ahead) == ["actual", "target"]  # a later year's forecast stays a plan
    action = "Năm 2021, tỉnh tổ chức hội nghị xúc tiến, dự kiến trao chứng nhận cho 30 dự án."
    assert kinds(action) == ["target"]  # an action still to come in that year, not a level of it


def test_a_need_of_money_is_what_must_be_raised():
    text = "Để hoàn thành các mục tiêu trên, nhu cầu vốn đầu tư của huyện khoảng 3.500 tỷ đồng."
    assert kinds(text, published="2023-12-20") == ["target"]
    need = "Xã rà soát nhu cầu kinh phí để nâng cấp 4 trường học."
    assert kinds(need, published="2023-12-20") == ["target"]
    met = "Ngân hàng đã giải ngân 800 tỷ đồng, đáp ứng nhu cầu vốn cho 12.000 hộ."
    assert kinds(met, published="2023-12-20") == ["actual", "actual"]  # a need met is a result
    demand = "Nhu cầu tiêu dùng tăng, doanh thu bán lẻ đạt 9.000 tỷ đồng."
    assert kinds(demand, published="2023-12-20") == ["actual"]  # demand of goods is no plan


def test_a_deed_planned_with_du_kien_is_a_target_in_any_year():
    text = "Trong năm 2023, tỉnh dự kiến xây dựng 3 cụm công nghiệp với diện tích 150 ha."
    assert kinds(text, published="2023-10-20") == ["target", "target"]
    soon = "Tháng 12, huyện dự kiến sẽ trao 200 suất quà cho hộ nghèo."
    assert kinds(soon, published="2023-11-20") == ["target"]
    level = "Năm 2023, tổng vốn đầu tư dự kiến đạt 30.000 tỷ đồng."
    assert kinds(level, published="2023-11-05") == ["estimate"]  # a level of the year under way is estimated


def test_a_first_count_of_what_happened_is_a_result():
    text = "Theo thống kê sơ bộ, mưa lũ đã làm 4 người chết và 230 ngôi nhà bị ngập."
    assert kinds(text, published="2023-10-05") == ["actual", "actual"]
    guess = "Theo thống kê sơ bộ, thiệt hại ước tính 60 tỷ đồng."
    assert kinds(guess, published="2023-10-05") == ["estimate"]  # an estimate cue of its own wins
    preliminary = "Sơ bộ năm 2023, GRDP bình quân đầu người đạt 85 triệu đồng."
    assert kinds(preliminary, published="2024-01-10") == ["estimate"]


def test_a_plan_found_made_wrongly_gives_the_sum_found():
    text = "Qua thanh tra, chủ đầu tư phê duyệt dự toán công trình tăng không đúng 12 tỷ đồng."
    assert kinds(text, published="2023-10-05") == ["actual"]
    wrong = "Đoàn kiểm tra phát hiện 3 đơn vị lập kế hoạch vốn sai 800 triệu đồng."
    assert kinds(wrong, published="2023-10-05") == ["actual", "actual"]
    plan = "Dự toán thu ngân sách năm 2024 của tỉnh là 9.000 tỷ đồng."
    assert kinds(plan, published="2023-12-20") == ["target"]  # a plan's own amount stays a plan


def test_a_plan_goes_on_across_the_semicolon_items_of_its_sentence():
    text = "Huyện đã phê duyệt kế hoạch trồng mới 300 ha rừng; xây 12 km kênh mương; nâng cấp 5 trạm bơm."
    assert kinds(text) == ["target", "target", "target"]
    dated = "Huyện đã phê duyệt kế hoạch trồng mới 300 ha rừng; năm 2022 trồng 280 ha."
    assert kinds(dated)[1] == "actual"  # an item with a year of its own is left to the calendar
    done = "Huyện đã phê duyệt kế hoạch trồng mới 300 ha rừng; đến nay đã trồng 200 ha."
    assert kinds(done) == ["target", "actual"]
    estimated = "Thu ngân sách ước đạt 5.000 tỷ đồng; chi ngân sách 4.200 tỷ đồng."
    assert kinds(estimated) == ["estimate", "actual"]  # an estimate does not go on so


def test_an_approved_scheme_is_a_plan_and_what_was_done_under_it_a_result():
    text = "HĐND tỉnh thông qua Nghị quyết phê duyệt Đề án phát triển giao thông với tổng kinh phí là 900 tỷ đồng."
    assert kinds(text) == ["target"]
    named = "Thực hiện Đề án phát triển du lịch, năm 2023 tỉnh đón 2 triệu lượt khách."
    assert kinds(named) == ["actual"]  # a scheme named alone is no plan
    done = "Tỉnh đã phê duyệt Đề án giảm nghèo, đến nay đã hỗ trợ 500 hộ. Huyện ban hành kế hoạch trồng rừng, đã trồng 120 ha."
    assert kinds(done) == ["actual", "actual"]
    given = "Theo kế hoạch, huyện đã được giao trồng 300 ha rừng."
    assert kinds(given) == ["target"]  # a plan set is not a deed done


def test_what_a_deed_is_to_cost_is_a_target():
    text = "Năm 2023, huyện nâng cấp 4 tuyến đường, tổng kinh phí dự kiến là 45 tỷ đồng."
    assert kinds(text, published="2023-11-05") == ["actual", "target"]
    before = "Dự kiến tổng mức đầu tư khoảng 1.200 tỷ đồng."
    assert kinds(before, published="2023-11-05") == ["target"]
    level = "Năm 2023, chi phí sản xuất lúa dự kiến tăng 5%."
    assert kinds(level, published="2023-11-05") == ["estimate"]  # a level foreseen is left to the calendar


def test_what_a_plan_was_in_fact_gives_a_result():
    text = "Kế hoạch năm 2023 giao trồng 500 ha rừng, thực tế trồng 520 ha."
    assert kinds(text) == ["target", "actual"]
    aside = "Kế hoạch năm 2024, phù hợp với thực tế, huyện trồng 500 ha rừng."
    assert kinds(aside, published="2023-12-20") == ["target"]  # "thực tế" inside a phrase is no result
    need = "Kế hoạch năm 2024 giao 500 ha, thực tế cần trồng thêm 50 ha."
    assert kinds(need, published="2023-12-20") == ["target", "target"]  # a need stays a plan


def test_a_future_foreseen_not_planned_is_an_estimate():
    hoped = "Sản phẩm công nghệ cao được kỳ vọng sẽ đóng góp khoảng 25% kim ngạch xuất khẩu của tỉnh."
    assert kinds(hoped) == ["estimate"]
    loss = "Do sản lượng ô tô giảm, tỉnh sẽ hụt thu khoảng 900 tỷ đồng."
    assert kinds(loss) == ["estimate"]
    # a deed still to do stays a plan
    planned = "Trong năm tới, tỉnh sẽ xây thêm 12 trường học."
    assert kinds(planned) == ["target"]


def test_a_share_in_brackets_after_an_estimate_is_an_estimate():
    text = "Xuất khẩu năm nay ước đạt khoảng 60 nghìn tấn (chiếm 45% tổng sản lượng)."
    assert kinds(text, published="2023-06-01") == ["estimate", "estimate"]
    done = "Toàn tỉnh có 80 xã (chiếm 62% số xã) đạt chuẩn nông thôn mới."
    assert kinds(done, published="2023-06-01") == ["actual", "actual"]


def test_a_bracket_about_another_year_does_not_end_the_estimate_of_its_sentence():
    text = (
        "GRDP 6 tháng ước tăng 6,1% (cùng kỳ năm trước tăng 5,2%), trong đó khu vực dịch vụ tăng 7,4% "
        "(cùng kỳ năm trước tăng 6,8%)."
    )
    assert kinds(text, published="2023-07-05") == ["estimate", "actual", "estimate", "actual"]


def test_the_second_half_of_a_year_whose_first_half_was_reported_is_still_to_come():
    text = (
        "6 tháng đầu năm, tỉnh thu hút 3,1 triệu lượt khách du lịch. Trong 6 tháng cuối năm 2023, tỉnh tập "
        "trung cho sản xuất nông nghiệp, xuống giống 95.000 ha lúa vụ Thu Đông."
    )
    assert kinds(text) == ["actual", "target"]
    # ... not in an article that never reported the first half, nor when the half is told as done
    assert kinds(text.split(". ", 1)[1]) == ["actual"]
    done = "6 tháng đầu năm, thu ngân sách đạt 900 tỷ đồng. 6 tháng cuối năm, tỉnh đã thu thêm 1.100 tỷ đồng."
    assert kinds(done) == ["actual", "actual"]


def test_an_amount_said_to_be_assigned_is_a_plan():
    text = "Số tiền trúng đấu giá là 2.100 tỷ đồng/1.800 tỷ đồng được giao, đạt 117% kế hoạch."
    assert kinds(text, published="2018-01-10")[:2] == ["actual", "target"]
    given = "Năm 2017, huyện có 120 hộ được giao đất sản xuất."
    assert kinds(given) == ["actual"]


def test_a_loss_foreseen_right_after_a_figure_makes_it_an_estimate():
    text = "Mất 8 vạn tấn lúa đồng nghĩa hơn 20 vạn người sẽ thiếu đói."
    assert kinds(text)[-1] == "estimate"
    done = "Năm 2017, hơn 20 vạn người thiếu đói."
    assert kinds(done) == ["actual"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tính đến ngày 15/5/2023, toàn tỉnh có 1.200 doanh nghiệp.", "actual"),  # a day already passed
        ("Tổng thu ngân sách đến 15/6/2023 đạt 19.018 tỷ đồng.", "actual"),
        ("Tính đến ngày 15/5/2022, toàn tỉnh có 1.200 doanh nghiệp.", "actual"),
        ("Đến 30/9/2023, toàn tỉnh có 1.500 doanh nghiệp.", "target"),  # a day still to come
        ("Tính đến ngày 31/12/2023, toàn tỉnh có 1.200 doanh nghiệp.", "target"),  # the year's end, to come
    ],
)
def test_a_stock_at_a_day_of_the_publication_year_is_no_plan_for_the_year(text, kind):
    (record,) = extract(text, published="2023-06-30").records
    assert record.kind == kind


def test_the_abbreviated_plan_is_a_plan_but_the_planning_department_is_not():
    assert kinds("Tổng sản phẩm tăng 9,1% (KH năm tăng 8% trở lên).", published="2023-12-25") == [
        "actual",
        "target",
    ]
    assert kinds("Sở KH&ĐT cấp mới 120 dự án; Sở KH-ĐT và Sở KH&CN hỗ trợ 12 doanh nghiệp.") == [
        "actual",
        "actual",
    ]


def test_an_undated_forecast_for_the_whole_of_a_year_whose_first_months_were_reported_is_an_estimate():
    text = (
        "Theo Sở Công Thương, 9 tháng đầu năm, kim ngạch xuất khẩu đạt 800 triệu USD. Dự kiến cả năm 2022, "
        "kim ngạch xuất khẩu đạt 1,1 tỷ USD; dự kiến 3 tháng cuối năm đạt 300 triệu USD."
    )
    assert kinds(text) == ["actual", "estimate", "target"]
    # nothing of the year gone by reported: a forecast for a year to come is its plan
    ahead = "Năm 2022, kim ngạch xuất khẩu đạt 1 tỷ USD. Dự kiến cả năm 2023, kim ngạch đạt 1,2 tỷ USD."
    assert kinds(ahead) == ["actual", "target"]


def test_what_was_done_after_a_plan_named_in_the_sentence_is_a_result():
    text = "Chỉ tiêu trồng rừng năm 2023 là 500 ha, đến nay đã trồng 520 ha."
    assert kinds(text, published="2023-12-20") == ["target", "actual"]
    # a plan handed down is no deed done
    handed = "Chỉ tiêu thu ngân sách năm 2024 là 500 tỷ đồng, đã giao cho các xã 200 tỷ đồng."
    assert kinds(handed, published="2023-12-20") == ["target", "target"]


def test_plans_said_to_be_reached_frame_no_targets():
    reached = (
        "Các chỉ tiêu kinh tế - xã hội năm 2023 cơ bản đạt và vượt kế hoạch, thu nhập bình quân đạt "
        "60 triệu đồng/người."
    )
    assert kinds(reached, published="2023-12-20") == ["actual"]
    set_out = "Chỉ tiêu năm 2024: tăng trưởng kinh tế đạt 8%, thu ngân sách 500 tỷ đồng."
    assert kinds(set_out, published="2023-12-20") == ["target", "target"]
    to_be = "Mục tiêu năm 2024 là hoàn thành vượt kế hoạch, thu ngân sách 500 tỷ đồng."
    assert kinds(to_be, published="2023-12-20") == ["target"]


def test_a_share_of_the_plan_reached_in_the_clause_before_plans_nothing_after_it():
    text = (
        "Chi ngân sách huyện là 900 tỷ đồng, đạt 48% dự toán, trong đó: chi đầu tư là 300 tỷ đồng, "
        "bằng 35% kế hoạch; chi thường xuyên là 600 tỷ đồng."
    )
    assert kinds(text, published="2022-07-05") == ["actual", "actual", "actual"]


def test_a_national_programmes_name_is_no_goal():
    text = (
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, năm qua huyện có thêm 3 xã đạt "
        "chuẩn, nâng tổng số lên 15 xã. Năm 2024, huyện phấn đấu có thêm 2 xã đạt chuẩn."
    )
    assert [(r.kind, r.period) for r in records(text, published="2024-01-18")] == [
        ("actual", "2023"),
        ("actual", "2023"),
        ("target", "2024"),
    ]


def test_an_earlier_years_figure_beside_an_estimate_is_a_result():
    text = "Cơ cấu kinh tế năm 2023 ước đạt 11,5% - 41,2% - 47,3% (năm 2022 là 12,1% - 40,3% - 47,6%)."
    found = [(r.kind, r.period) for r in records(text, published="2023-12-20")]
    assert found[0] == ("estimate", "2023") and found[-1] == ("actual", "2022")
    own = "Năm 2023, thu nhập bình quân đạt 66 triệu đồng; sơ bộ năm 2022, thu nhập bình quân đạt 61 triệu đồng."
    assert [(r.kind, r.period) for r in records(own, published="2023-12-20")][-1] == ("estimate", "2022")


def test_a_growth_scenario_is_a_plan():
    text = (
        "Quý III, GRDP của tỉnh ước tăng 8,1%, cao hơn kịch bản đặt ra đầu năm (7,5%). Theo kịch bản "
        "tăng trưởng, quý IV tỉnh phải tăng 8,4%."
    )
    assert kinds(text, published="2022-10-02") == ["estimate", "target", "target"]


def test_carrying_out_the_plans_as_a_purpose_is_no_result_measured_against_them():
    text = (
        "Năm 2024, ngành y tế tập trung nhiều biện pháp để thực hiện các chỉ tiêu như: khám chữa bệnh cho "
        "300.000 lượt người, phấn đấu nâng tỷ lệ bao phủ bảo hiểm y tế lên 95%."
    )
    assert kinds(text) == ["target", "target"]


def test_earmarked_transfers_are_spent_not_planned():
    text = (
        "Chi ngân sách địa phương 9 tháng đạt 6.100 tỷ đồng, trong đó chi bổ sung có mục tiêu cho cấp huyện "
        "là 640 tỷ đồng."
    )
    assert kinds(text, published="2023-10-05") == ["actual", "actual"]


def test_a_goal_the_province_has_is_still_a_target():
    assert kinds("Năm 2024, tỉnh có mục tiêu thu hút 2.000 tỷ đồng vốn đầu tư.", published="2023-12-05") == [
        "target"
    ]


def test_the_second_plan_a_result_is_weighed_against_is_no_plan_of_the_figure_after_it():
    text = (
        "Thu ngân sách 10 tháng đã đạt 92,5% dự toán Trung ương giao và đạt 84% dự toán Hội đồng nhân dân "
        "tỉnh giao. Thu ngân sách đạt 900 tỷ đồng, kế hoạch giao 1.000 tỷ đồng."
    )
    assert kinds(text, published="2023-11-05") == ["actual", "actual", "actual", "target"]


def test_a_sentence_weighing_its_result_against_the_plan_before_it_is_no_part_of_that_plan():
    text = (
        "Theo kịch bản tăng trưởng, quý III/2024 huyện phấn đấu tăng 8,5%. Nhờ chủ động triển khai các giải "
        "pháp, tăng trưởng quý III/2024 đạt 9,1%, tăng 0,6% so với kịch bản."
    )
    # the 0,6% gap after the rate is its comparison, no record
    assert kinds(text, published="2024-10-08") == ["target", "actual"]


def test_plans_reached_are_results_after_a_sentence_of_goals():
    text = "Năm 2024, tỉnh phấn đấu tăng trưởng 8%. Tuy nhiên, tỉnh vẫn đạt và vượt kế hoạch 18/21 chỉ tiêu."
    assert kinds(text, published="2023-12-08") == ["target", "actual"]


def test_a_plan_goes_on_into_the_next_sentence_that_adds_a_figure_to_it():
    text = "Năm 2024, tỉnh phấn đấu tăng trưởng 8%. Thu ngân sách đạt 9.000 tỷ đồng."
    assert kinds(text, published="2023-12-08") == ["target", "target"]


def test_an_undated_forecast_of_the_reported_year_with_a_long_subject_is_an_estimate():
    text = (
        "Năm 2023 là năm khó khăn (dự kiến tăng trưởng kinh tế của tỉnh năm 2023 chỉ tăng khoảng 5,2% so với "
        "mục tiêu 7%)."
    )
    assert kinds(text) == ["estimate", "target"]


def test_a_floor_set_by_a_plan_is_a_target_not_where_a_change_starts():
    text = (
        "Tổng sản phẩm trong tỉnh ước tăng 6,8% (kế hoạch từ 6,5% trở lên). Số hộ nghèo giảm từ 1.200 hộ "
        "xuống còn 950 hộ."
    )
    assert kinds(text, published="2023-12-10") == ["estimate", "target", "actual", "actual"]


def test_the_items_singled_out_by_a_sentence_opening_on_trong_do_keep_their_own_cues():
    text = (
        "Tỉnh hoàn thành 20/22 chỉ tiêu. Trong đó, GRDP ước tăng 7,8%; thu nhập bình quân đầu người ước đạt "
        "70 triệu đồng; tổng vốn đầu tư toàn xã hội 24.000 tỷ đồng, đạt 100% kế hoạch."
    )
    assert kinds(text, published="2023-12-10") == ["actual", "estimate", "estimate", "actual"]


def test_the_parts_of_an_estimated_amount_are_estimated_in_its_sentence_or_after_an_estimate_head():
    for text in (
        "Tổng thu ngân sách ước đạt 5.000 tỷ đồng, trong đó thu nội địa 4.000 tỷ đồng; thu xuất nhập khẩu "
        "1.000 tỷ đồng.",
        "Ước cả năm 2023, tổng thu ngân sách 5.000 tỷ đồng. Trong đó, thu nội địa 4.000 tỷ đồng; thu xuất "
        "nhập khẩu 1.000 tỷ đồng.",
    ):
        assert kinds(text, published="2023-12-10") == ["estimate", "estimate", "estimate"]
    # told in the next sentence with no verb, the parts in the whole's unit are still its estimate ...
    text = (
        "Tổng thu ngân sách ước đạt 5.000 tỷ đồng. Trong đó, thu nội địa 4.000 tỷ đồng; thu xuất nhập khẩu "
        "1.000 tỷ đồng."
    )
    assert kinds(text, published="2023-12-10") == ["estimate", "estimate", "estimate"]
    # ... but the cue of the whole's own clause does not reach parts with a verb of their own, nor their growth
    for text in (
        "Tổng thu ngân sách ước đạt 5.000 tỷ đồng. Trong đó, thu nội địa đạt 4.000 tỷ đồng; thu xuất nhập "
        "khẩu đạt 1.000 tỷ đồng.",
        "Tổng thu ngân sách ước đạt 5.000 tỷ đồng. Trong đó, thu nội địa tăng 8%; thu xuất nhập khẩu tăng 3%.",
    ):
        assert kinds(text, published="2023-12-10") == ["estimate", "actual", "actual"]


def test_a_paragraph_opened_by_an_estimate_estimates_the_amounts_of_its_total():
    text = (
        "Ước tổng thu ngân sách tháng 11 được 640 tỷ đồng, lũy kế được 6.900 tỷ đồng. Trong đó, thu nội địa "
        "được 310 tỷ đồng. Thu bổ sung từ ngân sách cấp trên được 280 tỷ đồng, lũy kế được 3.100 tỷ đồng.\n"
        "Tổng chi ngân sách tháng 11 được 590 tỷ đồng."
    )
    assert kinds(text, published="2023-12-05") == ["estimate"] * 5 + ["actual"]
    # a paragraph whose first sentence estimates in its own clause does not reach the sentences after it
    text = text.replace("Ước tổng thu ngân sách tháng 11 được", "Tổng thu ngân sách tháng 11 ước đạt")
    assert kinds(text, published="2023-12-05")[3:] == ["actual"] * 3


def test_a_cue_word_inside_a_longer_word_hides_no_cue_after_it():
    text = "Tổng thu ngân sách ước đạt 5.000 tỷ đồng. Trong đó, khu vực kinh tế trong nước đạt 3.200 tỷ đồng."
    assert kinds(text, published="2023-12-10") == ["estimate", "actual"]


def test_the_effort_made_is_no_goal():
    for text in (
        "Với sự nỗ lực phấn đấu của cán bộ và nhân dân, năm 2023 thu ngân sách của huyện đạt 520 tỷ đồng.",
        "Nhờ nỗ lực phấn đấu, năm 2023 thu ngân sách của huyện đạt 520 tỷ đồng.",
    ):
        assert kinds(text, published="2024-01-10") == ["actual"]


def test_striving_for_a_figure_is_still_a_goal():
    text = "Năm 2024, huyện nỗ lực phấn đấu thu ngân sách đạt 600 tỷ đồng."
    assert kinds(text, published="2024-01-10") == ["target"]


def test_goals_exceeded_are_results():
    text = "Hoàn thành vượt mức các chỉ tiêu đề ra, năm 2023 huyện có 5 xã đạt chuẩn nông thôn mới nâng cao."
    assert kinds(text, published="2024-01-10") == ["actual"]


def test_the_items_under_a_heading_of_a_years_tasks_are_its_targets():
    text = (
        "1. Kết quả năm 2023:\n- Thu ngân sách đạt 600 tỷ đồng;\n- Tổng vốn đầu tư 2.000 tỷ đồng.\n"
        "2. Phương hướng, nhiệm vụ năm 2024:\n- Thu ngân sách 650 tỷ đồng;\n- Tổng vốn đầu tư 2.200 tỷ đồng."
    )
    found = [(r.kind, r.period) for r in records(text, published="2023-12-20")]
    assert found == [("actual", "2023"), ("actual", "2023"), ("target", "2024"), ("target", "2024")]


def test_the_items_under_a_heading_of_tasks_carried_out_are_results():
    text = (
        "Kết quả thực hiện nhiệm vụ năm 2023:\n- Thu ngân sách 600 tỷ đồng;\n- Tổng vốn đầu tư 2.000 tỷ đồng."
    )
    assert kinds(text, published="2023-12-20") == ["actual", "actual"]


def test_indicators_said_to_reach_or_miss_the_plan_head_no_plan():
    text = (
        "Năm 2024 có 8/10 chỉ tiêu đạt kế hoạch: tăng trưởng kinh tế 7,5% (KH 7%); thu ngân sách 4.300 tỷ "
        "đồng (KH 4.000 tỷ đồng). Có 2/10 chỉ tiêu không đạt kế hoạch: tỷ lệ đô thị hóa 31,5% (KH 33%)."
    )
    assert kinds(text, published="2025-01-10") == [
        "actual",
        "actual",
        "target",
        "actual",
        "target",
        "actual",
        "actual",
        "target",
    ]
    text = "Có 2/10 chỉ tiêu còn khó khăn, không đạt kế hoạch: tăng trưởng kinh tế 6,2% (KH 7%)."
    assert kinds(text, published="2025-01-10") == ["actual", "actual", "target"]
    # a level the indicators are to reach stays their plan
    text = "Các chỉ tiêu năm 2025: tăng trưởng kinh tế đạt 8%; thu ngân sách đạt 4.800 tỷ đồng."
    assert kinds(text, published="2025-01-10") == ["target", "target"]


def test_striving_to_reach_and_exceed_the_indicators_sets_them():
    text = (
        "Năm 2025, ngành phấn đấu đạt và vượt các chỉ tiêu được giao (tỷ lệ bao phủ bảo hiểm y tế đạt 95%; "
        "tỷ lệ tham gia bảo hiểm xã hội đạt 40%)."
    )
    assert kinds(text) == ["target", "target"]
    # the effort made, and the indicators said reached, set nothing
    text = "Nhờ sự nỗ lực phấn đấu, huyện đã đạt và vượt 12/15 chỉ tiêu, thu ngân sách đạt 620 tỷ đồng."
    assert kinds(text, published="2024-12-20") == ["actual", "actual"]


def test_a_forecast_weighed_against_its_plan_estimates_the_plans_year():
    text = (
        "Dự kiến năm 2024 có 8/10 chỉ tiêu đạt kế hoạch: tăng trưởng kinh tế 7,5% (KH 7%); thu ngân sách "
        "4.300 tỷ đồng (KH 4.000 tỷ đồng)."
    )
    assert kinds(text) == ["estimate", "estimate", "target", "estimate", "target"]
    text = "Dự kiến đến hết năm 2024, thu ngân sách đạt 4.300 tỷ đồng, bằng 107% kế hoạch."
    assert kinds(text) == ["estimate"]
    # without the plan, or for a year to come, dự kiến plans
    assert kinds("Dự kiến năm 2025, thu ngân sách đạt 4.800 tỷ đồng.") == ["target"]
    text = "Dự kiến năm 2026, thu ngân sách đạt 5.200 tỷ đồng, bằng 104% kế hoạch trung hạn."
    assert kinds(text, published="2025-03-01") == ["target"]


def test_a_list_heads_cue_outweighs_the_weak_verb_its_items_repeat():
    text = "Ước thực hiện năm 2024:\n- Tổng giá trị sản xuất đạt 12.500 tỷ đồng;\n- Thu ngân sách đạt 820 tỷ đồng."
    assert kinds(text) == ["estimate", "estimate"]
    text = "Kế hoạch năm 2026: thu ngân sách đạt 900 tỷ đồng; giá trị sản xuất đạt 14.000 tỷ đồng."
    assert kinds(text, published="2025-12-20") == ["target", "target"]
    # under a head of indicators (chỉ tiêu: indicators or targets) the items' own "đạt" tells results
    text = "Một số chỉ tiêu chủ yếu năm 2024:\n- Tổng thu ngân sách đạt 4.300 tỷ đồng;\n- Tỷ lệ trường đạt chuẩn đạt 70%."
    assert kinds(text, published="2024-12-25") == ["actual", "actual"]
    # a head that counts the indicators reached lends no plan
    text = "Năm 2024, huyện đạt và vượt 18/20 chỉ tiêu: GRDP tăng 7,5%; thu ngân sách đạt 4.200 tỷ đồng."
    assert kinds(text) == ["actual", "actual", "actual"]
    # an item that says what was done speaks for itself
    text = "Các chỉ tiêu ước đạt như sau: thu ngân sách 820 tỷ đồng; rừng trồng mới đến nay đã đạt 520 ha."
    assert kinds(text, published="2024-12-10") == ["estimate", "actual"]


def test_a_list_head_is_the_phrase_after_the_item_before_it_without_its_asides():
    text = (
        "Có 2/10 chỉ tiêu không đạt kế hoạch: tăng trưởng kinh tế 6,2% (KH 7%); Cơ cấu kinh tế: nông nghiệp "
        "20,5% (KH 20-21%), dịch vụ 40,1% (KH 41%)."
    )
    assert kinds(text, published="2025-01-10") == [
        "actual",
        "actual",
        "target",
        "actual",
        "target",
        "actual",
        "target",
    ]
    text = (
        "Tổng thu ngân sách ước đạt 3.600 tỷ đồng (KH 3.500 tỷ đồng) (trong đó: thu nội địa 3.550 tỷ đồng; "
        "thu xuất nhập khẩu 50 tỷ đồng)."
    )
    assert kinds(text, published="2024-12-20") == ["estimate", "target", "estimate", "estimate"]


def test_a_plan_in_brackets_after_a_result_neither_opens_a_plan_paragraph_nor_goes_on():
    text = (
        "Dự kiến năm 2024 có 3/4 chỉ tiêu đạt kế hoạch: tăng trưởng 7,5% (KH 7%); tỷ lệ đô thị hóa 35,2% "
        "(KH 35%). Tỷ lệ che phủ rừng 41,5% (KH 42%)."
    )
    assert kinds(text) == ["estimate", "estimate", "target", "estimate", "target", "actual", "target"]
    # a plan set out goes on to its next item
    text = "Năm 2026, tỉnh dự kiến trồng mới 300 ha rừng; xây 12 km kênh mương."
    assert kinds(text, published="2025-12-20") == ["target", "target"]


def test_a_count_in_brackets_after_a_plan_that_reached_it_is_no_plan_amount():
    text = (
        "Năm 2024, tổng thu bảo hiểm xã hội đạt 2.100 tỷ đồng, đạt 102% kế hoạch năm (12/12 đơn vị đều hoàn "
        "thành kế hoạch thu năm 2024)."
    )
    assert kinds(text) == ["actual", "actual"]
    # the plan's own amount in brackets stays a target
    text = "Thu ngân sách năm 2024 đạt 4.300 tỷ đồng, đạt 102% chỉ tiêu tỉnh giao (4.200 tỷ đồng)."
    assert kinds(text, published="2024-12-28") == ["actual", "target"]


def test_a_resolution_on_the_tasks_of_a_year_frames_its_figures_as_targets():
    text = (
        "Năm 2024, thu ngân sách đạt 4.200 tỷ đồng. HĐND tỉnh đã thông qua Nghị quyết về nhiệm vụ năm 2025, "
        "trong đó tổng thu ngân sách 5.600 tỷ đồng, tổng chi ngân sách 9.800 tỷ đồng."
    )
    assert kinds(text) == ["actual", "target", "target"]
    # carrying out the tasks of a year reports what was done
    text = "Thực hiện nhiệm vụ năm 2024, huyện đã thu ngân sách 4.200 tỷ đồng."
    assert kinds(text, published="2024-12-20") == ["actual"]


def test_the_parts_of_an_estimate_listed_after_a_colon_are_estimates_told_inline_results():
    text = (
        "GRDP của huyện ước năm 2024 đạt 5.200 tỷ đồng, tăng 6,5%, trong đó: khu vực nông nghiệp đạt 1.100 tỷ "
        "đồng; khu vực dịch vụ đạt 1.800 tỷ đồng."
    )
    assert kinds(text, published="2024-12-25") == ["estimate", "estimate", "estimate"]
    # the gold sets read parts told inline, each with its own verb, as results
    text = "Lượng khách du lịch ước đạt 1,2 triệu lượt; trong đó, khách quốc tế đạt 85.000 lượt."
    assert kinds(text, published="2024-12-25") == ["estimate", "actual"]


def test_an_undated_forecast_of_a_count_after_the_year_so_far_is_an_estimate():
    text = (
        "Từ đầu năm đến nay, huyện đã hỗ trợ 420 hộ làm nhà ở. Dự kiến có thêm 2 xã đạt chuẩn văn hóa, "
        "15 thôn đạt chuẩn văn hóa."
    )
    assert kinds(text) == ["actual", "estimate", "estimate"]
    # the year's end named in the sentence: the year under way
    named = (
        "Năm 2021, toàn huyện trồng mới 300 ha rừng. Đến nay, có 9 xã đạt chuẩn nông thôn mới và dự kiến đến "
        "cuối năm 2021 có thêm 4 xã đạt chuẩn."
    )
    assert kinds(named) == ["actual", "actual", "estimate"]


def test_an_undated_forecast_stays_a_plan_without_the_year_so_far_or_when_it_is_a_deed():
    assert kinds("Năm 2021, huyện có 800 hộ nghèo. Dự kiến có thêm 2 xã đạt chuẩn văn hóa.") == [
        "actual",
        "target",
    ]
    deed = "Từ đầu năm đến nay, huyện đã hỗ trợ 420 hộ. Dự kiến xây dựng thêm 6 trường học."
    assert kinds(deed) == ["actual", "target"]
    # the plan a forecast level is weighed against is no level foreseen
    weighed = (
        "Từ đầu năm đến nay, thu ngân sách đạt 300 tỷ đồng. Dự kiến chỉ tăng 5% so với mục tiêu tăng 7%."
    )
    assert kinds(weighed) == ["actual", "estimate", "target"]


def test_a_forecast_for_the_month_of_a_monthly_report_is_an_estimate():
    assert kinds("Doanh thu bán lẻ trong tháng dự kiến đạt 3.500 tỷ đồng.") == ["estimate"]
    assert kinds("Doanh thu bán lẻ trong tháng tới dự kiến đạt 3.500 tỷ đồng.") == ["target"]
    # a month named in words is a part of the year named, left to the calendar
    assert kinds("Doanh thu bán lẻ trong tháng Tám dự kiến đạt 3.500 tỷ đồng.") == ["target"]


def test_a_forecast_score_of_the_plans_indicators_is_an_estimate():
    assert kinds("Về văn hóa - xã hội: Dự kiến có 4/5 chỉ tiêu hoàn thành.") == ["estimate"]
    # ... unless its year is still to come
    ahead = "Năm 2025, dự kiến có 4/5 chỉ tiêu hoàn thành."
    assert kinds(ahead, published="2024-03-10") == ["target"]


def test_a_plan_after_a_slash_glosses_its_result_alone():
    text = (
        "Thu nhập bình quân đầu người ước đạt 52,1 triệu đồng/KH 52-53 triệu đồng, tăng 2,4 triệu đồng so với năm "
        "2020. Tổng đàn bò đạt 12.400 con/KH 12.500 con, đàn lợn 45.300 con/KH 40.000 con."
    )
    assert kinds(text) == ["estimate", "target", "estimate", "actual", "target", "actual", "target"]
    # without a slash a plan's items still carry the plan; a unit's own slash is no gloss
    plan = "Kế hoạch năm 2022: đàn bò 12.500 con, đàn lợn 40.000 con."
    assert kinds(plan, published="2021-12-20") == ["target", "target"]
    per_head = "Phấn đấu thu nhập bình quân đạt 60 triệu đồng/người/năm, thu ngân sách 500 tỷ đồng."
    assert kinds(per_head, published="2021-12-20") == ["target", "target"]


def test_reaching_all_the_indicators_is_a_result_not_a_plan():
    text = (
        "Năm 2021, huyện đạt và vượt toàn bộ 16 chỉ tiêu, trong đó 9 chỉ tiêu vượt kế hoạch; tăng trưởng kinh tế "
        "đạt 8,2%. Thu nhập bình quân đầu người đạt 48 triệu đồng."
    )
    # the two counts of indicators reached are records of their own (ANNOTATION.md: counts with a status)
    assert kinds(text, published="2021-12-28") == ["actual", "actual", "actual", "actual"]
    assert kinds("Huyện hoàn thành tất cả các chỉ tiêu, thu ngân sách đạt 320 tỷ đồng.") == ["actual"]
    # striving to reach them all still sets them
    strive = "Năm 2022, huyện phấn đấu hoàn thành toàn bộ chỉ tiêu, thu ngân sách đạt 350 tỷ đồng."
    assert kinds(strive, published="2021-12-28") == ["target"]


def test_a_share_of_the_plan_reached_frames_no_plan_for_the_list_after_it():
    text = (
        "Thu ngân sách đạt 520 tỷ đồng, bằng 45% dự toán tỉnh giao và 41% dự toán huyện giao, trong đó: thu thuế "
        "đạt 38%; thu phí 52%; thu khác 61%."
    )
    assert kinds(text, published="2022-07-10") == ["actual", "actual", "actual", "actual"]
    # a plan set for the list is still a plan
    planned = "Dự toán năm 2023 giao thu ngân sách 600 tỷ đồng, trong đó: thu thuế 400 tỷ đồng; thu khác 200 tỷ đồng."
    assert kinds(planned, published="2022-12-20") == ["target", "target", "target"]


def test_the_parts_of_a_result_glossed_with_its_plan_are_results_not_plans():
    text = (
        "Năm 2023, giá trị sản xuất công nghiệp ước tăng 9,1% (kế hoạch tăng 8%). Trong đó, công nghiệp chế "
        "biến tăng 10,2% (kế hoạch tăng 9%); sản xuất điện tăng 5,4% (kế hoạch tăng 6%)."
    )
    kinds = [r.kind for r in extract(text, published="2023-12-15").records]
    assert kinds == ["estimate", "target", "actual", "target", "actual", "target"]
    # a plan that is the whole still lends its parts its kind
    text = "Năm 2024, tỉnh phấn đấu thu ngân sách 5.000 tỷ đồng. Trong đó, thu nội địa 4.000 tỷ đồng."
    assert [r.kind for r in extract(text, published="2023-12-15").records] == ["target", "target"]


def test_the_parts_of_an_estimated_total_in_its_sentence_are_estimates():
    rates = (
        "Năm 2023, tăng trưởng kinh tế của huyện ước đạt 6,4%; trong đó: nông nghiệp tăng 2,1%, công nghiệp "
        "tăng 9,5%, dịch vụ tăng 7,2%."
    )
    assert kinds(rates, published="2023-12-18") == ["estimate"] * 4
    items = (
        "Lũy kế 10 tháng, doanh thu bán lẻ ước đạt 8.200 tỷ đồng, tăng 9%; doanh thu bán lẻ lương thực 2.100 "
        "tỷ đồng, tăng 7%; doanh thu bán lẻ may mặc 900 tỷ đồng, tăng 5%."
    )
    assert kinds(items, published="2023-11-05") == ["estimate"] * 3
    listed = (
        "Nhiều mặt hàng xuất khẩu tăng, gồm cà phê ước đạt 40 triệu USD (tăng 12%); gạo 25 triệu USD (tăng "
        "8%); hồ tiêu 9 triệu USD (tăng 3%)."
    )
    assert kinds(listed, published="2023-11-05") == ["estimate"] * 3


def test_an_estimate_does_not_reach_figures_set_apart_from_its_total():
    contrast = (
        "Thu ngân sách 6 tháng ước đạt 4.100 tỷ đồng, giảm 5% (trong khi tổng chi ngân sách lên đến 5.300 tỷ "
        "đồng)."
    )
    assert kinds(contrast, published="2023-07-04") == ["estimate", "actual"]
    term = "Thu ngân sách năm 2023 ước đạt 900 tỷ đồng; thu ngân sách giai đoạn 2021-2023 là 2.500 tỷ đồng."
    assert kinds(term, published="2023-12-10") == ["estimate", "actual"]
    other = "Tăng trưởng kinh tế ước đạt 7,1%; thu nhập bình quân đầu người 60 triệu đồng."
    assert kinds(other, published="2023-12-10") == ["estimate", "actual"]


def test_an_estimate_reaches_no_figure_of_the_next_sentence():
    text = (
        "Năm 2023, tổng mức bán lẻ hàng hóa ước đạt 12.000 tỷ đồng, tăng 10%. Trong đó, doanh thu lưu trú "
        "tăng 15%, doanh thu lữ hành tăng 30%."
    )
    assert kinds(text, published="2023-12-20") == ["estimate", "actual", "actual"]


def test_a_terms_total_or_average_after_an_estimated_year_is_a_result():
    text = (
        "Năm 2023, thu ngân sách ước đạt 1.200 tỷ đồng; tổng thu giai đoạn 2021-2023 là 3.300 tỷ đồng. "
        "Giá trị sản xuất năm 2023 dự kiến đạt 9.000 tỷ đồng, bình quân tăng 8,5%/năm."
    )
    assert kinds(text, published="2023-10-20") == ["estimate", "actual", "estimate", "actual"]
    # the term's own estimate cue still estimates it
    own = "Năm 2023, thu ngân sách ước đạt 1.200 tỷ đồng; tổng thu giai đoạn 2021-2023 ước đạt 3.300 tỷ đồng."
    assert kinds(own, published="2023-10-20") == ["estimate", "estimate"]


def test_the_level_a_goal_is_put_at_is_a_target_even_when_estimated():
    same_clause = (
        "Ngành du lịch tạo đà tăng trưởng trong năm nay với mục tiêu doanh thu du lịch ước đạt 2.500 tỷ đồng."
    )
    assert kinds(same_clause, published="2023-09-12") == ["target"]
    next_year = (
        "Năm 2023, huyện đón 1,2 triệu lượt khách. Huyện đặt mục tiêu năm 2024 đón 1,4 triệu lượt khách; "
        "doanh thu du lịch ước đạt 900 tỷ đồng."
    )
    assert kinds(next_year) == ["actual", "target", "target"]
    # the estimate of the year under way, told after the plan, stays an estimate
    under_way = "Năm 2023, tỉnh phấn đấu tăng trưởng 7%; ước cả năm tăng trưởng 6,8%."
    assert kinds(under_way, published="2023-12-12") == ["target", "estimate"]
    # and so does a loss foreseen
    loss = "Các nguồn thu khác dù phấn đấu tăng 200 tỷ đồng nhưng tỉnh sẽ hụt thu khoảng 600 tỷ đồng."
    assert kinds(loss, published="2023-07-12") == ["target", "estimate"]


def test_the_excess_over_a_plan_and_a_plan_weighed_with_bare_so_are_results():
    excess = "Sau 10 tháng, tỉnh đã vượt dự toán thu ngân sách cả năm là 3,2% và tăng 12% so cùng kỳ."
    assert kinds(excess, published="2023-11-02") == ["actual", "actual"]
    # the plan's own amount after "là" stays a target
    amount = "Thu ngân sách 10 tháng đạt 4.100 tỷ đồng, so với dự toán cả năm là 5.000 tỷ đồng."
    assert kinds(amount, published="2023-11-02") == ["actual", "target"]
    bare_so = "Đến nay có 40 xã đạt chuẩn, gấp 2 lần so kế hoạch, tăng 12 xã so năm 2020."
    assert kinds(bare_so, published="2023-11-02") == ["actual", "actual"]


def test_a_count_of_indicators_by_what_became_of_them_is_a_result():
    text = (
        "Trong 20 chỉ tiêu chủ yếu của Nghị quyết nhiệm kỳ 2020 - 2025, có 17/20 chỉ tiêu đạt và vượt kế "
        "hoạch; có 03 chỉ tiêu không đạt so với kế hoạch."
    )
    assert kinds(text, published="2025-09-20") == ["actual", "actual"]
    # a forecast of the score is an estimate still
    text = "Dự kiến năm 2025 có 18/20 chỉ tiêu đạt kế hoạch."
    assert kinds(text, published="2025-10-20") == ["estimate"]


def test_a_figure_for_a_year_before_the_plan_its_sentence_heads_with_reports_that_year():
    text = (
        "Tại hội nghị tổng kết năm 2023 và triển khai nhiệm vụ năm 2024, trong năm 2023, huyện đã đón 1,1 "
        "triệu lượt khách, bằng 105% kế hoạch; phục vụ 2,3 triệu ngày khách, bằng 104% kế hoạch."
    )
    assert kinds(text) == ["actual", "actual"]
    # a figure for the plan's own year is its target
    text = (
        "Triển khai nhiệm vụ năm 2024, huyện phấn đấu đón 1,3 triệu lượt khách; phục vụ 2,6 triệu ngày khách."
    )
    assert kinds(text) == ["target", "target"]


def test_a_goal_list_goes_on_through_sentences_that_add_goals_without_figures():
    text = (
        "Mục tiêu tổng quát năm 2024 phấn đấu tổng thu nhập trên địa bàn xã đạt 480 tỷ đồng. "
        "Thu nhập bình quân đạt 61 triệu đồng/người/năm. Hoàn thành kế hoạch thu ngân sách năm 2024. "
        "Tiếp tục giữ vững chuẩn quốc gia về y tế, duy trì tỷ lệ sinh con thứ ba ở mức dưới 2%. "
        "Số hộ nghèo dưới 0,8%."
    )
    assert kinds(text) == ["target"] * 4


def test_a_sentence_of_results_between_ends_the_goal_list():
    text = (
        "Mục tiêu năm 2024 thu ngân sách trên địa bàn đạt 300 tỷ đồng. "
        "Năm 2023, xã đã triển khai nhiều giải pháp. Thu ngân sách đạt 280 tỷ đồng."
    )
    assert kinds(text) == ["target", "actual"]


def test_the_wording_of_a_goal_is_no_report_of_what_was_done():
    text = (
        "Để phát huy thế mạnh của biển; góp phần cùng toàn tỉnh hoàn thành thắng lợi mục tiêu đón được "
        "7 triệu lượt khách, tổng thu du lịch đạt 9.000 tỷ đồng trong năm 2026."
    )
    assert kinds(text) == ["target", "target"]
    done = "Để phát huy thế mạnh; huyện đã hoàn thành mục tiêu, đón được 7 triệu lượt khách trong năm 2024."
    assert kinds(done) == ["actual"]


def test_an_aside_of_other_spans_does_not_end_the_estimated_total_its_parts_follow():
    text = (
        "Tổng sản phẩm trên địa bàn tỉnh (GRDP) ước 9 tháng đầu năm 2025 theo giá so sánh năm 2010 đạt 21.500 tỷ "
        "đồng, tăng 8,2% so với cùng kỳ năm trước (6 tháng tăng 8,9%, quý III tăng 7,1%), trong đó: khu vực nông "
        "nghiệp đạt 3.100 tỷ đồng, tăng 2,9%; khu vực dịch vụ đạt 12.400 tỷ đồng, tăng 10,1%."
    )
    by_value = {float(r.value): r.kind for r in records(text, published="2025-10-03")}
    assert by_value[8.9] == by_value[7.1] == "actual"  # each names its own span: the cue does not reach them
    assert by_value[3100] == by_value[12400] == "estimate"


def test_a_lead_that_repeats_the_bodys_estimate_is_an_estimate():
    text = (
        "Tỉnh đón hơn 6 triệu lượt khách\n\n"
        "BNA - Năm 2025, lượt khách du lịch đến tỉnh đạt trên 6 triệu lượt, mang về tổng thu gần 8.000 tỷ đồng.\n\n"
        "Tại hội nghị tổng kết, Sở cho biết năm 2025 tổng lượt khách du lịch đến tỉnh ước đạt trên 6 triệu "
        "lượt, tăng 14% so với năm 2024. Tổng thu từ du lịch năm qua ước đạt gần 8.000 tỷ đồng."
    )
    assert kinds(text, published="2026-01-12") == ["estimate", "estimate"]


def test_an_amount_an_authority_assigns_a_place_to_collect_is_its_plan():
    text = (
        "Năm nay, Trung ương giao TP. Cần Thơ thu ngân sách 14.200 tỷ đồng. "
        "Sau 9 tháng, thành phố đã thu 11.300 tỷ đồng."
    )
    assert kinds(text) == ["target", "actual"]
    assert kinds("Công ty đã bàn giao cho huyện 12 căn nhà.") == ["actual"]


def test_a_figure_only_so_far_reached_is_a_result_though_its_sentence_names_an_indicator():
    text = "Một trong hai chỉ tiêu đó là tỷ lệ giải ngân vốn đầu tư công của tỉnh 9 tháng mới đạt 48%."
    assert kinds(text) == ["actual"]
    assert kinds("Năm 2026, tỉnh phấn đấu tỷ lệ giải ngân vốn đầu tư công đạt 95%.") == ["target"]


def test_indicators_counted_as_short_of_the_scenario_are_a_result():
    text = (
        "Trong tổng số 15 chỉ tiêu phát triển kinh tế - xã hội, tỉnh còn 2 chỉ tiêu kinh tế chủ yếu "
        "chưa đạt kịch bản đề ra."
    )
    assert [r.kind for r in records(text) if r.value == 2] == ["actual"]


def test_an_estimated_total_does_not_reach_another_total_told_after_it():
    text = (
        "Tổng thu ngân sách nhà nước ước thực hiện lũy kế đến tháng 6 gần 210 tỷ đồng, đạt 105% dự toán năm; "
        "tổng chi ngân sách nhà nước gần 98 tỷ đồng, bằng 45% dự toán năm."
    )
    assert kinds(text) == ["estimate", "actual"]
    parts = "Tổng doanh thu vận tải ước đạt 3.084 tỷ đồng; doanh thu vận tải hành khách 942 tỷ đồng."
    assert kinds(parts) == ["estimate", "estimate"]


def test_an_estimate_verb_opening_a_sentence_reaches_its_weak_verbs():
    text = (
        "Ước tổng thu ngân sách nhà nước tháng 9 được 412 tỷ đồng, lũy kế được 3.150 tỷ đồng, "
        "đạt 81% dự toán."
    )
    assert kinds(text, published="2023-10-05") == ["estimate", "estimate"]
    assert kinds("Ước mơ của nhiều hộ là có 2 ha chè.", published="2023-10-05") == ["actual"]


def test_the_share_of_an_estimated_part_leaves_the_total_to_the_parts_after_it():
    text = (
        "Kim ngạch xuất khẩu sang Hoa Kỳ ước đạt 400 triệu USD, chiếm 33,3% và tăng 5%; "
        "kim ngạch xuất khẩu sang EU 210 triệu USD, chiếm 17,5%; "
        "kim ngạch xuất khẩu sang Nhật Bản 150 triệu USD, chiếm 12,5%."
    )
    assert kinds(text, published="2023-12-20") == ["estimate"] * 6


def test_the_passive_of_a_rates_name_reports_nothing_done_under_a_goal():
    text = (
        "Về hạ tầng, huyện phấn đấu đến năm 2027, tỷ lệ hộ được dùng nước sạch đạt 97%; "
        "tỷ lệ hộ được dùng điện lưới 99,2%; 100% số thôn có đường được bê tông hóa; "
        "tỷ lệ rác thải được thu gom đạt 90%."
    )
    assert kinds(text) == ["target"] * 4
    assert kinds("Phấn đấu thu ngân sách 500 tỷ đồng; đến nay đã thu được 320 tỷ đồng.") == [
        "target",
        "actual",
    ]


def test_the_parts_of_an_estimate_opening_its_sentence_repeat_its_weak_verb():
    text = (
        "Ước tổng chi ngân sách tháng 9 được 380 tỷ đồng, lũy kế được 2.900 tỷ đồng. "
        "Trong đó, chi đầu tư phát triển được 120 tỷ đồng. Chi thường xuyên tháng 8 đã đạt 230 tỷ đồng."
    )
    assert kinds(text, published="2023-10-05") == ["estimate", "estimate", "estimate", "actual"]


def test_the_result_told_after_the_plan_it_was_set_is_a_result():
    text = "Kế hoạch năm 2023 giao trồng 400 ha rừng, kết quả thực hiện đạt 452 ha, bằng 113% kế hoạch."
    assert kinds(text) == ["target", "actual"]
    assert kinds(text, published="2024-01-08") == ["target", "actual"]


def test_a_figure_weighed_against_its_plan_is_not_that_plan_early_in_the_year():
    text = "Năm 2024, huyện thu ngân sách đạt 610 tỷ đồng, bằng 103% kế hoạch."
    assert kinds(text, published="2024-05-18") == ["actual"]
    assert kinds("Năm 2024, huyện thu ngân sách 610 tỷ đồng.", published="2024-02-18") == ["target"]


def test_plans_counted_as_reached_past_the_first_figure_frame_no_targets():
    text = (
        "Năm 2023, trong 24 chỉ tiêu chủ yếu, có 21 chỉ tiêu đạt và vượt kế hoạch; "
        "giá trị sản xuất đạt 14.200 tỷ đồng; thu nhập bình quân 58 triệu đồng/người/năm."
    )
    assert kinds(text, published="2024-01-12") == ["actual", "actual", "actual"]
    plan = "Chỉ tiêu năm 2025: tăng trưởng đạt 8%; thu ngân sách 5.000 tỷ đồng."
    assert kinds(plan, published="2024-12-10") == ["target", "target"]


def test_a_directive_to_speed_work_up_sets_what_is_still_to_do():
    text = (
        "Huyện chỉ đạo đẩy nhanh tiến độ công nhận 4 xã đạt chuẩn nông thôn mới; "
        "đến nay đã có 12 xã đạt chuẩn."
    )
    assert kinds(text, published="2024-03-01") == ["target", "actual"]


def test_where_the_reported_year_is_foreseen_to_end_is_an_estimate_in_an_undated_article():
    text = (
        "Giai đoạn 2016 - 2019, tỉnh đã đón 6 triệu lượt khách; dự kiến đến hết năm 2020 tỉnh thu hút "
        "trên 8,2 triệu lượt khách. Năm 2020, doanh thu du lịch đạt 900 tỷ đồng."
    )
    assert kinds(text) == ["actual", "estimate", "actual"]
    later = (
        "Năm 2020, doanh thu du lịch đạt 900 tỷ đồng. Dự kiến đến hết năm 2025, tỉnh đón 12 triệu lượt khách."
    )
    assert kinds(later) == ["actual", "target"]


def test_a_heading_that_sets_out_plans_makes_the_numbered_goals_after_it_targets():
    text = (
        "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030 I. Về kinh tế 1. Tốc độ tăng trưởng giá trị sản xuất bình quân "
        "hằng năm đạt 12%. 2. Thu nhập bình quân đầu người đến năm 2030: 90 triệu đồng. 3. Tổng vốn đầu tư phát "
        "triển thời kỳ 2026-2030: 8.000 tỷ đồng."
    )
    assert kinds(text) == ["target", "target", "target"]
    # a first sentence that reports a move is no heading: its "chỉ tiêu" are the indicators reported
    text = (
        "Kinh tế của huyện tăng trưởng khá, một số chỉ tiêu tăng cao so với cùng kỳ. Tổng thu ngân sách đạt "
        "320 tỷ đồng. Giá trị sản xuất công nghiệp đạt 1.800 tỷ đồng."
    )
    assert kinds(text, published="2023-12-20") == ["actual", "actual"]


def test_an_item_weighed_against_its_plan_under_a_head_naming_indicators_is_a_result():
    text = (
        "Cụ thể, một số chỉ tiêu kinh tế - xã hội của huyện trong năm 2023: ngành nông nghiệp ước thực hiện "
        "2.100 tỷ đồng, đạt 101% kế hoạch; ngành công nghiệp đạt 1.640 tỷ đồng, đạt 100,4% kế hoạch."
    )
    assert kinds(text) == ["estimate", "actual"]


def test_indicators_counted_by_their_outcome_alone_are_results():
    text = "Trong 20 chỉ tiêu chủ yếu của Nghị quyết, huyện có 17 chỉ tiêu đạt và vượt, 3 chỉ tiêu không đạt."
    assert kinds(text, published="2024-01-05") == ["actual", "actual"]


def test_a_figure_its_own_words_put_in_the_present_is_a_result_in_a_forecast():
    text = (
        "Dự kiến, lượng khách qua sân bay dịp nghỉ lễ đạt khoảng 42.000 lượt khách/ngày, tăng khoảng 20% so với "
        "hiện nay trung bình mỗi ngày khoảng 35.000 lượt khách."
    )
    assert kinds(text, published="2023-04-20") == ["estimate", "actual"]


def test_a_heading_that_sets_goals_frames_its_section_and_dates_it():
    text = (
        "Tình hình năm 2024\nKết quả thực hiện kế hoạch năm 2024\n- Tăng trưởng kinh tế đạt 7%;\n- Thu ngân "
        "sách 4.800 tỷ đồng.\nPhương hướng, nhiệm vụ năm 2025\n- Tăng trưởng kinh tế 8%;\n- Thu ngân sách đạt "
        "5.000 tỷ đồng."
    )
    found = records(text, published="2024-12-20")
    assert [(r.kind, r.period) for r in found] == [("actual", "2024")] * 2 + [("target", "2025")] * 2


def test_a_heading_that_opens_on_an_estimate_estimates_its_section():
    text = (
        "Tình hình kinh tế - xã hội\n2. Ước thực hiện 6 tháng đầu năm 2024\n- Tổng sản phẩm tăng 6,5%.\n"
        "- Thu ngân sách đạt 320 tỷ đồng.\nPhương hướng 6 tháng cuối năm\n- Phấn đấu thu ngân sách 700 tỷ đồng."
    )
    assert kinds(text, published="2024-07-05") == ["estimate", "estimate", "target"]
    # prose without figures ends the section, and a title is no section heading
    prose = text.replace("\n- Thu ngân sách", "\nCác ngành đều phát triển khá.\n- Thu ngân sách")
    assert kinds(prose, published="2024-07-05")[:2] == ["estimate", "actual"]
    titled = "Ước thu ngân sách năm 2023 vượt kế hoạch\nNăm 2023, thu ngân sách đạt 520 tỷ đồng."
    assert kinds(titled, published="2024-01-05") == ["actual"]


def test_a_goal_lent_to_the_next_sentence_lends_its_year_too():
    text = "Phấn đấu đến năm 2025 có 100% xã đạt chuẩn nông thôn mới. Tỷ lệ lao động qua đào tạo đạt 70%."
    found = records(text, published="2024-12-20")
    assert [(r.kind, r.period) for r in found] == [("target", "2025"), ("target", "2025")]


def test_what_the_plan_or_the_scheme_says_a_thing_is_to_be_is_a_target():
    assert kinds("Theo quy hoạch, tuyến đường vành đai có chiều dài 112 km, gồm 3 đoạn.") == ["target"]
    text = (
        "Huyện đã huy động gần 900 tỷ đồng (tổng kinh phí theo Đề án được phê duyệt: 4.200 tỷ đồng), tổng "
        "kinh phí đã giải ngân: 760 tỷ đồng."
    )
    assert kinds(text) == ["actual", "target", "actual"]
    assert kinds("Theo đề án, đến nay huyện đã hoàn thành 18 km đường giao thông nông thôn.") == ["actual"]
    assert kinds("Diện tích nuôi cá không theo quy hoạch là 120 ha.") == ["actual"]


def test_a_prediction_is_an_estimate():
    text = "Ngân hàng Thế giới dự đoán tăng trưởng kinh tế của tỉnh khoảng 7,2% trong năm nay."
    assert kinds(text, published="2024-09-10") == ["estimate"]


def test_a_plan_head_reaches_the_unmarked_lines_of_its_list():
    text = (
        "Huyện Đông Hải tổng kết năm 2024\nNăm 2024, thu ngân sách đạt 850 tỷ đồng, tăng 5%.\nNăm 2025, huyện "
        "phấn đấu:\nTốc độ tăng trưởng kinh tế trên 7,5%.\nThu ngân sách trên 920 tỷ đồng.\nTỷ lệ hộ nghèo giảm 1,2%."
    )
    found = records(text, published="2025-01-08")
    assert [(r.kind, r.period) for r in found] == [("actual", "2024")] + [("target", "2025")] * 3
    # a paragraph of the report after the list ends it
    prose = text + "\nTrong năm 2024, huyện đã thu hút 12 dự án với tổng vốn đăng ký 3.000 tỷ đồng."
    assert kinds(prose, published="2025-01-08")[-2:] == ["actual", "actual"]
    # a heading with no colon heads its section too: every line of figures after it, up to the prose
    heading = prose.replace("Năm 2025, huyện phấn đấu:", "Mục tiêu năm 2025")
    assert kinds(heading, published="2025-01-08") == ["actual"] + ["target"] * 3 + ["actual", "actual"]


def test_a_sentence_that_opens_on_a_result_ends_the_reach_of_the_plan_before_it():
    plan = "Năm 2024, tỉnh phấn đấu thu ngân sách 1.100 tỷ đồng. "
    for report in ("Kết quả", "Thực tế", "Tính đến ngày 20/12", "Sau 11 tháng", "Lũy kế 11 tháng"):
        text = plan + f"{report}, thu ngân sách đạt 1.040 tỷ đồng."
        assert kinds(text, published="2024-12-22") == ["target", "actual"], report
    # the sentence right after the plan, adding a goal of its own, is still in its reach
    goes_on = plan + "Tổng vốn đầu tư toàn xã hội đạt 14.000 tỷ đồng."
    assert kinds(goes_on, published="2024-01-05") == ["target", "target"]
    # as is one about the rest of the year
    rest = "Năm 2024, tỉnh phấn đấu tăng trưởng 7%. 6 tháng cuối năm, thu ngân sách 600 tỷ đồng."
    assert kinds(rest, published="2024-07-05") == ["target", "target"]


def test_a_sentence_that_estimates_ends_the_reach_of_the_plan_before_it():
    text = (
        "Năm 2024, tỉnh đặt mục tiêu thu ngân sách 1.100 tỷ đồng. Thu ngân sách ước đạt 1.150 tỷ đồng, tăng 9% "
        "so với năm 2023; giá trị sản xuất công nghiệp tăng 11,2%."
    )
    assert kinds(text, published="2024-12-22") == ["target", "estimate", "actual"]


def test_an_estimate_after_the_goal_was_given_its_level_estimates_the_year():
    text = "Kế hoạch năm 2024 đặt ra tăng trưởng kinh tế 7,2%, ước thực hiện cả năm tăng 6,9%."
    assert kinds(text, published="2024-12-10") == ["target", "estimate"]
    # the level in the goal's own words stays the goal's
    own = "Tỉnh đặt mục tiêu năm nay giá trị xuất khẩu ước đạt 1.800 triệu USD."
    assert kinds(own, published="2024-03-10") == ["target"]
    # and so does a later year's, past the level of this one
    later = "Mục tiêu năm 2024 tăng trưởng 7%, năm 2025 ước đạt 7,5%."
    assert kinds(later, published="2024-03-10") == ["target", "target"]


def test_the_amount_named_as_assigned_is_a_target():
    text = "Tổng vốn đầu tư công năm 2025 được giao là 2.400 tỷ đồng, trong đó vốn Trung ương 900 tỷ đồng."
    assert kinds(text, published="2025-01-12") == ["target", "target"]
    budget = "Năm 2025, dự toán được giao: 980 tỷ đồng; đến nay đã thu 870 tỷ đồng."
    assert kinds(budget, published="2025-10-12") == ["target", "actual"]
    # land or forest a household is allotted is no plan
    allotted = "Năm 2024, mỗi hộ được giao 3 ha rừng để chăm sóc, bảo vệ."
    assert kinds(allotted, published="2025-01-12") == ["actual"]


def test_the_plan_named_at_length_before_its_amount_is_a_target():
    text = (
        "Ước cả năm 2024, kim ngạch xuất khẩu đạt hơn 2,1 tỷ USD, vượt xa mục tiêu theo Nghị quyết Đại hội "
        "Đảng bộ tỉnh lần thứ XVII đến năm 2025 là 1,8 tỷ USD."
    )
    assert kinds(text) == ["estimate", "target"]


def test_an_estimated_rate_reaches_the_rates_of_its_sentence():
    text = (
        "Năm 2024, tổng sản phẩm trên địa bàn ước tăng 6,8%; giá trị sản xuất công nghiệp tăng 9,4%; kim ngạch "
        "xuất khẩu tăng 12,5%."
    )
    assert kinds(text, published="2024-12-20") == ["estimate"] * 3
    # not an amount after it, nor the rates of the next sentence
    text = "Năm 2024, GRDP ước tăng 6,8%; GRDP bình quân đầu người 82 triệu đồng. Chỉ số giá tiêu dùng tăng 3,1%."
    assert kinds(text, published="2024-12-20") == ["estimate", "actual", "actual"]


def test_the_parts_an_estimate_lists_in_a_bracket_after_it_are_estimated():
    text = (
        "Trong tháng 5/2024, tổng lượt khách đến tỉnh ước đạt 350.000 lượt, tăng 11% so với cùng kỳ (khách quốc "
        "tế khoảng 200.000 lượt, tăng 7%; khách trong nước khoảng 150.000 lượt, tăng 17%)."
    )
    assert kinds(text) == ["estimate"] * 3
    # a bracket of another span is set apart
    other = "Tháng 5/2024, lượt khách ước đạt 350.000 lượt, tăng 11% (cùng kỳ năm 2023 đạt 315.000 lượt)."
    assert kinds(other) == ["estimate", "actual"]


def test_a_clause_opening_on_a_result_reports_past_the_goal_of_its_sentence():
    text = (
        "Để hoàn thành mục tiêu năm 2024, tỉnh tập trung chỉ đạo; kết quả, thu ngân sách đạt 1.050 tỷ đồng."
    )
    assert kinds(text, published="2024-12-20") == ["actual"]
    # a clause adding a goal stays in its reach
    goal = "Để hoàn thành mục tiêu năm 2025, tỉnh tập trung chỉ đạo; thu ngân sách đạt 1.200 tỷ đồng."
    assert kinds(goal, published="2025-01-20") == ["target"]


def test_indicators_said_to_do_well_and_striving_against_hardship_set_no_goal():
    text = (
        "Các chỉ tiêu kinh tế - xã hội năm 2024 đạt khá: thu ngân sách đạt 1.050 tỷ đồng; tổng vốn đầu tư đạt "
        "9.800 tỷ đồng."
    )
    assert kinds(text, published="2024-12-20") == ["actual", "actual"]
    effort = "Năm 2024, tỉnh phấn đấu vượt khó; tổng sản phẩm tăng 6,5%, thu ngân sách đạt 1.050 tỷ đồng."
    assert kinds(effort, published="2024-12-20") == ["actual", "actual"]
    # striving to exceed the plan sets it
    exceed = "Năm 2025, tỉnh phấn đấu vượt 5% kế hoạch thu ngân sách, đạt 1.200 tỷ đồng."
    assert kinds(exceed, published="2025-01-20") == ["target"]


def test_the_plans_amount_in_a_bracket_after_its_long_name_is_a_target():
    text = (
        "Tính đến ngày 15/12, số thu đã vượt chỉ tiêu phấn đấu mà Tổng cục giao thêm ngày 25/11 "
        "(3.600 tỷ đồng)."
    )
    assert kinds(text) == ["target"]


def test_the_quick_digit_test_of_an_unmarked_item_misses_no_digit():
    """The pattern that passes over lines without a figure takes every character ``str.isdigit`` does (a
    superscript ``m²`` too): the test after it, on the line without its years and months, decides alone."""
    from desktop.core.extract.kinds import _DIGIT, unmarked_item

    missed = [c for c in map(chr, range(0x110000)) if c.isdigit() and _DIGIT.match(c) is None]
    assert missed == []
    assert unmarked_item("diện tích sàn xây mới m²")
    assert not unmarked_item("thu ngân sách tăng mạnh")


def test_an_estimate_heading_with_no_colon_reaches_every_unmarked_line_of_its_section():
    text = (
        "Huyện Tân Phú tổng kết năm 2023\nƯớc thực hiện năm 2023\nTổng giá trị sản xuất tăng 8,5%.\n"
        "Thu ngân sách 1.200 tỷ đồng.\nTỷ lệ hộ nghèo giảm 1,2%.\n"
        "Trong năm, huyện đã tổ chức nhiều hoạt động thu hút đầu tư, kết quả có 15 doanh nghiệp mới đăng ký kinh "
        "doanh trên địa bàn với số vốn đăng ký lớn, phần lớn hoạt động trong lĩnh vực thương mại, dịch vụ."
    )
    assert kinds(text, published="2023-12-22") == ["estimate"] * 3 + ["actual"]


def test_the_indicators_an_estimate_head_gathers_are_estimated_not_planned():
    heading = "Huyện Tân Phú tổng kết năm 2023\nƯớc thực hiện năm 2023, các chỉ tiêu chủ yếu như sau:\n"
    items = "- Tổng giá trị sản xuất tăng 8,5%.\n- Thu ngân sách 1.200 tỷ đồng."
    assert kinds(heading + items, published="2023-12-22") == ["estimate", "estimate"]
    inline = "Ước thực hiện năm 2023, một số chỉ tiêu chủ yếu: giá trị sản xuất tăng 8,5%; thu ngân sách 1.200 tỷ đồng."
    assert kinds(inline, published="2023-12-22") == ["estimate", "estimate"]
    # the indicators of the next year's plan after the estimate stay its targets
    plan = "Thu ngân sách năm 2023 ước đạt 1.200 tỷ đồng; các chỉ tiêu năm 2024: thu ngân sách 1.300 tỷ đồng."
    assert kinds(plan, published="2023-12-22") == ["estimate", "target"]
    # a plan's own amount named after the estimate is no indicator gathered
    amount = "Thu ngân sách ước đạt 1.200 tỷ đồng, chỉ tiêu tỉnh giao là 1.100 tỷ đồng."
    assert kinds(amount, published="2023-12-22") == ["estimate", "target"]


def test_an_estimate_cue_right_after_the_span_a_sentence_opens_on_estimates_the_whole_sentence():
    text = "Năm 2023, ước tính GRDP tăng 7,5%, thu ngân sách đạt 2.000 tỷ đồng, tăng 8%."
    assert kinds(text, published="2023-12-22") == ["estimate", "estimate"]
    months = "6 tháng đầu năm 2023, ước thu ngân sách được 900 tỷ đồng, chi ngân sách được 700 tỷ đồng."
    assert kinds(months, published="2023-06-25") == ["estimate", "estimate"]
    # the estimate of one subject, in its own predicate, is that subject's alone
    own = "Năm 2023, GRDP ước tính tăng 7,5%, thu ngân sách đạt 2.000 tỷ đồng."
    assert kinds(own, published="2023-12-22") == ["estimate", "actual"]
    later = "Năm 2023, thu ngân sách đạt 2.000 tỷ đồng; ước tính GRDP tăng 7,5%."
    assert kinds(later, published="2023-12-22") == ["actual", "estimate"]


def test_a_sentence_citing_an_estimate_as_its_source_is_estimated_whole():
    source = "Theo báo cáo của UBND huyện, ước thực hiện năm 2023, giá trị sản xuất tăng 8,5%; thu ngân sách 1.200 tỷ đồng."
    assert kinds(source, published="2023-12-22") == ["estimate", "estimate"]
    data = "Theo số liệu ước tính của Cục Thống kê, GRDP năm 2023 tăng 7,5%, thu nhập bình quân đạt 60 triệu đồng."
    assert kinds(data, published="2023-12-22") == ["estimate", "estimate"]
    # a source that is no estimate, and a wish, leave the figures to their own cues
    plain = "Theo Cục Thống kê, GRDP năm 2023 tăng 7,5%, thu nhập bình quân ước đạt 60 triệu đồng."
    assert kinds(plain, published="2023-12-22") == ["actual", "estimate"]
    wish = "Theo ông A, ước mơ của người dân là thu nhập đạt 60 triệu đồng."
    assert kinds(wish, published="2023-12-22") == ["actual"]


def test_a_paragraph_opened_by_an_estimate_estimates_the_growth_it_goes_on_to_report():
    text = (
        "Ước thực hiện cả năm 2023, tổng thu ngân sách trên địa bàn được 1.500 tỷ đồng, tăng 10%. "
        "Thu nội địa được 1.200 tỷ đồng, tăng 12%. Chi ngân sách tăng 8%.\n"
        "Năm 2023, tỷ lệ hộ nghèo giảm 1,1%."
    )
    assert kinds(text, published="2023-12-22") == ["estimate", "estimate", "estimate", "actual"]
    # another year, a plan, or a cue of its own is no growth the opening estimates
    other = (
        "Ước thực hiện cả năm 2023, tổng thu ngân sách trên địa bàn được 1.500 tỷ đồng. "
        "Năm 2022, thu ngân sách tăng 5%. Kế hoạch năm 2024 tăng 10%. Dự toán chi thường xuyên đạt 95%."
    )
    assert kinds(other, published="2023-12-22") == ["estimate", "actual", "target", "target"]
    # an estimate in a sentence's own clause is that sentence's: the growth told after it stays a result
    clause = "Thu ngân sách ước đạt 1.500 tỷ đồng, tăng 10%. Chi ngân sách tăng 8%."
    assert kinds(clause, published="2023-12-22") == ["estimate", "actual"]


def test_the_contribution_of_a_part_is_no_total_the_parts_after_it_belong_to():
    text = (
        "GRDP năm 2023 ước tăng 7,5% so với năm 2022, trong đó khu vực công nghiệp - xây dựng tăng 9,2%, đóng góp "
        "3,8 điểm phần trăm; khu vực dịch vụ tăng 6,1%, đóng góp 2,5 điểm phần trăm; khu vực nông, lâm nghiệp và "
        "thủy sản tăng 2,8%, đóng góp 0,6 điểm phần trăm."
    )
    assert kinds(text, published="2023-12-28") == ["estimate"] * 7
    # the same sentence without the estimate: all results
    assert kinds(text.replace("ước tăng", "tăng"), published="2023-12-28") == ["actual"] * 7


def test_a_plan_told_after_an_estimate_stays_a_plan():
    inline = "Thu ngân sách ước đạt 5.200 tỷ đồng, tăng 8%; phấn đấu năm 2024: thu ngân sách 5.600 tỷ đồng, GRDP tăng 8%."
    assert kinds(inline, published="2023-12-28") == ["estimate", "target", "target"]
    paragraph = (
        "Ước thực hiện cả năm 2023, thu ngân sách được 1.200 tỷ đồng, tăng 10%. "
        "Chỉ tiêu năm 2024: thu ngân sách tăng 12%; tỷ lệ hộ nghèo giảm 1%. Năm 2022, GRDP tăng 6,1%."
    )
    assert kinds(paragraph, published="2023-12-28") == ["estimate", "target", "target", "actual"]
    sections = (
        "Huyện Tân Phú tổng kết năm 2023\nƯớc thực hiện năm 2023\nThu ngân sách 1.200 tỷ đồng.\nTăng trưởng 7,5%.\n"
        "Mục tiêu năm 2024\nTăng trưởng 8%.\nThu ngân sách 1.300 tỷ đồng."
    )
    assert kinds(sections, published="2023-12-28") == ["estimate", "estimate", "target", "target"]


def test_an_estimate_heading_reaches_past_its_subheadings_and_through_numbered_items():
    title = "Huyện Tân Phú tổng kết năm 2023\n"
    numbered = (
        "1. Ước thực hiện năm 2023:\n1.1. Tổng giá trị sản xuất tăng 8,5%.\n1.2. Thu ngân sách 1.200 tỷ đồng.\n"
        "1.3. Tỷ lệ hộ nghèo giảm 1,2%."
    )
    assert kinds(title + numbered, published="2023-12-28") == ["estimate"] * 3
    parts = "ƯỚC THỰC HIỆN NĂM 2023\nVề kinh tế\nTổng giá trị sản xuất tăng 8,5%.\nVề xã hội\nTỷ lệ hộ nghèo giảm 1,2%."
    assert kinds(title + parts, published="2023-12-28") == ["estimate", "estimate"]
    # a section numbered on its own is the next section, not a part of the estimate's
    section = "ƯỚC THỰC HIỆN NĂM 2023\n- Tổng giá trị sản xuất tăng 8,5%.\nII. Tồn tại, hạn chế\n- Nợ đọng thuế 12 tỷ đồng."
    assert kinds(title + section, published="2023-12-28") == ["estimate", "actual"]


def test_a_paragraph_opened_by_an_estimate_estimates_its_amounts_in_any_unit():
    text = "Ước thực hiện năm 2023: giá trị sản xuất tăng 8,5%. Thu ngân sách 1.200 tỷ đồng. Tỷ lệ hộ nghèo giảm 1,2%."
    assert kinds(text, published="2023-12-28") == ["estimate"] * 3
    # a deed done, or another year, stays a result
    done = "Ước thực hiện năm 2023, giá trị sản xuất tăng 8,5%. Huyện đã xây 12 km đường. Năm 2022, thu 900 tỷ đồng."
    assert kinds(done, published="2023-12-28") == ["estimate", "actual", "actual"]


def test_indicators_said_to_exceed_the_plan_head_a_list_of_results():
    text = (
        "Năm 2023, kinh tế của huyện cơ bản đạt kế hoạch đề ra, nhiều chỉ tiêu vượt so với kế hoạch như: diện tích "
        "gieo trồng đạt hơn 102% kế hoạch; đàn trâu bò có hơn 9.300 con; thu ngân sách đạt 110% kế hoạch."
    )
    assert kinds(text, published="2023-12-10") == ["actual", "actual", "actual"]


def test_a_noun_ending_in_chi_or_moi_is_no_only_reached():
    # "chứng chỉ đạt", "nông thôn mới đạt": the level set for the certificate share, not "only reached"
    text = (
        "Mục tiêu năm 2025, tỷ lệ lao động qua đào tạo đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 31%; "
        "tỷ lệ xã đạt chuẩn nông thôn mới đạt 80%."
    )
    assert kinds(text) == ["target", "target", "target"]
    assert kinds("Năm 2025, phấn đấu thu ngân sách 500 tỷ đồng; thu nội địa chỉ đạt 80%.") == [
        "target",
        "actual",
    ]


def test_du_kien_to_the_end_of_the_year_under_way_is_an_estimate_and_reaches_the_parts_it_holds():
    text = (
        "Về nông thôn mới, huyện có 3 xã đạt chuẩn nông thôn mới nâng cao, dự kiến đến hết năm có thêm 2 xã đạt "
        "chuẩn, nâng tổng số xã nông thôn mới nâng cao lên 5 xã, trong đó có 1 xã đạt chuẩn kiểu mẫu."
    )
    assert kinds(text) == ["actual", "estimate", "estimate", "estimate"]
    # the last months of the year are still to come: a plan
    assert kinds("Dự kiến 6 tháng cuối năm, sản lượng giảm khoảng 11%.") == ["target"]


def test_co_after_trong_do_names_a_part_of_the_estimated_total():
    text = "Thu ngân sách ước đạt 5.000 tỷ đồng, trong đó có 3.000 tỷ đồng thu nội địa."
    assert kinds(text) == ["estimate", "estimate"]


def test_a_first_review_of_criteria_reached_is_a_count_not_an_estimate():
    text = (
        "Năm 2023, đánh giá sơ bộ số tiêu chí đạt là 150/190 tiêu chí, bình quân mỗi xã đạt 15/19 tiêu chí."
    )
    assert kinds(text, published="2023-12-08") == ["actual", "actual"]
