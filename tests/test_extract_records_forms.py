"""Figures the genre writes in forms the extractor used to miss or to count twice (stop 32; sentences
written for these tests), each next to the look-alike that must stay out."""

from decimal import Decimal

from desktop.core.extract import extract
from desktop.core.numbers import join_compound, parse_quantity


def spans(text, **kwargs):
    return [text[r.start : r.end] for r in extract(text, **kwargs).records]


def test_a_rate_per_year_after_a_calendar_word_is_a_percentage_not_a_year():
    text = "Giai đoạn 2016-2020, thu ngân sách huyện tăng trung bình hằng năm 18%; mỗi năm 7,5% số hộ thoát nghèo."
    assert spans(text) == ["18%", "7,5%"]
    # a month or a year after its calendar word stays a date
    assert spans("Ngày 12 tháng 9 năm 2023, tỉnh họp tổng kết.") == []


def test_indicators_named_between_their_count_and_how_far_they_got_are_a_result():
    text = (
        "Năm 2023, toàn bộ 28 chỉ tiêu chủ yếu đều hoàn thành. Tỉnh còn 2 chỉ tiêu kinh tế chủ yếu chưa đạt "
        "kịch bản tăng trưởng."
    )
    assert spans(text) == ["28 chỉ tiêu", "2 chỉ tiêu"]
    # a count of indicators that are to be reached is a plan's list, no result
    assert spans("Nghị quyết đề ra 22 chỉ tiêu chủ yếu cần đạt trong nhiệm kỳ 2020-2025.") == []


def test_the_criteria_a_named_commune_has_completed_are_its_result():
    assert spans("Đến nay, xã Phú Lộc đã hoàn thành 17 tiêu chí nông thôn mới.") == ["17 tiêu chí"]
    # criteria that define a counted group, and criteria only required, stay out
    assert spans("Năm 2023, có 12 xã đã đạt 15 tiêu chí; mỗi xã phải đạt 19 tiêu chí.") == ["12 xã"]


def test_sessions_count_once_named():
    text = "Năm 2023 tổ chức 30 phiên giao dịch việc làm, trong đó 20 phiên trực tuyến và 6 phiên lưu động."
    assert [(text[r.start : r.end], r.unit) for r in extract(text).records] == [
        ("30 phiên giao dịch", "phiên giao dịch"),
        ("20 phiên", "phiên"),
        ("6 phiên", "phiên"),
    ]


def test_a_large_amount_that_names_its_larger_scale_at_the_end_is_one_amount():
    text = "Năm 2023, tổng mức bán lẻ hàng hóa ước đạt 61 nghìn 275 tỷ đồng; thu ngân sách 825 tỷ 776 triệu đồng."
    assert [(text[r.start : r.end], r.value, r.unit) for r in extract(text).records] == [
        ("61 nghìn 275 tỷ đồng", Decimal("61.275"), "nghìn tỷ đồng"),
        ("825 tỷ 776 triệu đồng", Decimal("825.776"), "tỷ đồng"),
    ]
    assert join_compound(Decimal(61), "nghìn", Decimal(275), "tỷ") == (Decimal("61.275"), "nghìn tỷ")
    quantity = parse_quantity("61 nghìn 275 tỷ đồng")
    assert quantity is not None and quantity.base_value == Decimal("61275000000000")


def test_two_figures_a_bracket_sets_side_by_side_share_the_unit_written_after_the_second():
    text = (
        "Giai đoạn 2016-2020, tăng trưởng của huyện cao hơn bình quân của tỉnh (12,4/8,7%); quy mô kinh tế "
        "tăng gấp 2,1 lần năm 2015 (18.250/8.690 tỷ đồng)."
    )
    assert [(text[r.start : r.end], r.value, r.unit) for r in extract(text).records] == [
        ("12,4", Decimal("12.4"), "%"),
        ("8,7%", Decimal("8.7"), "%"),
        ("18.250", Decimal("18250"), "tỷ đồng"),
        ("8.690 tỷ đồng", Decimal("8690"), "tỷ đồng"),
    ]
    # a count in a bracket is a score, an amount out of a larger plan keeps its plan, a date stays a date
    text = "Năm 2023 có 12 xã đạt chuẩn (12/15 xã); giải ngân (350/900 tỷ đồng); họp (20/11)."
    assert [(text[r.start : r.end], r.of) for r in extract(text).records] == [
        ("12 xã", None),
        ("12/15 xã", 15),
        ("350/900 tỷ đồng", 900),
    ]


def test_a_first_line_that_points_back_is_body_not_a_title():
    body = "\nSau 10 tháng, thành phố giải ngân vốn đầu tư công được 23.150 tỷ đồng, đạt 51% kế hoạch."
    text = "Trong đó, thu từ dầu thô gần 24.000 tỷ đồng, vượt 28% dự toán." + body
    assert spans(text) == ["24.000 tỷ đồng", "23.150 tỷ đồng"]
    # a title that rounds the body's figure is still that figure told again
    assert spans("Gần 24.000 tỷ đồng vốn đầu tư công" + body) == ["23.150 tỷ đồng"]


def test_a_count_told_again_naming_whom_it_counts_is_one_fact():
    text = (
        "Du lịch khởi sắc\nNăm 2024, tỉnh đón khoảng 315.000 lượt khách đến tham quan.\n"
        "Theo Sở Du lịch, năm 2024 tỉnh đã thu hút khoảng 315.000 lượt du khách, tăng 10%."
    )
    assert len(extract(text).records) == 1
    # one classifier counting two things is two facts
    text = "Năm 2024, tỉnh có 150 cơ sở sản xuất được kiểm tra; 150 cơ quan được kiểm tra."
    assert spans(text) == ["150 cơ sở", "150 cơ quan"]


def test_an_income_bound_that_says_who_belongs_to_a_group_is_no_figure():
    text = "Năm 2023, tỷ lệ hộ nghèo (thu nhập dưới 18 triệu đồng/người/năm) còn khoảng 2,4%."
    (record,) = extract(text).records
    assert (text[record.start : record.end], record.indicator) == ("2,4%", "Tỷ lệ hộ nghèo")
    text = "Năm 2023, huyện có 150 ha cho thu nhập trên 120 triệu đồng/ha/năm."
    assert spans(text) == ["150 ha"]
    # an income reached is a figure
    text = "Năm 2023, thu nhập bình quân đầu người đạt trên 65 triệu đồng/năm."
    assert spans(text) == ["65 triệu đồng/năm"]


def test_a_share_of_the_labour_force_after_a_count_is_a_record_of_its_own():
    text = (
        "Đến hết năm 2023, bảo hiểm xã hội có 182.400 người tham gia, tăng 5.100 người so với cùng kỳ, đạt "
        "31,2% lực lượng lao động; bảo hiểm thất nghiệp 150.300 người, đạt 25,6% LLLĐ."
    )
    found = extract(text).records
    assert [text[r.start : r.end] for r in found] == [
        "182.400 người",
        "5.100 người",
        "31,2%",
        "150.300 người",
        "25,6%",
    ]
    assert not found[0].comparisons


def test_the_changes_a_bracket_gives_for_other_parts_of_the_year_are_records_of_their_own():
    text = (
        "GRDP 9 tháng năm 2024 ước đạt 9.870 tỷ đồng, tăng 7,2% so với cùng kỳ (6 tháng tăng 6,8%, quý III "
        "tăng 8,1%)."
    )
    found = extract(text).records
    assert [text[r.start : r.end] for r in found] == ["9.870 tỷ đồng", "6,8%", "8,1%"]
    assert [float(c.percent) for c in found[0].comparisons] == [7.2]
    # a bracket that says the change's basis is still the amount's comparison
    text = "Năm 2024, thu ngân sách đạt 2.150 tỷ đồng (tăng 12% so với cùng kỳ)."
    assert spans(text) == ["2.150 tỷ đồng"]


def test_guest_nights_and_adjusted_projects_are_counts_of_their_own_unit():
    text = (
        "Năm 2023, các cơ sở lưu trú phục vụ 3,2 triệu ngày khách, thời gian lưu trú bình quân 2,1 ngày; tỉnh "
        "cấp mới 40 dự án, điều chỉnh vốn 18 lượt dự án."
    )
    assert [(text[r.start : r.end], r.unit) for r in extract(text).records] == [
        ("3,2 triệu ngày khách", "triệu ngày khách"),
        ("2,1 ngày", "ngày"),
        ("40 dự án", "dự án"),
        ("18 lượt dự án", "lượt dự án"),
    ]


def test_a_count_per_so_many_inhabitants_keeps_the_population_in_its_unit():
    text = "Năm 2023, tỉnh có 28,5 giường bệnh trên một vạn dân, 9,2 bác sĩ/vạn dân và 30 giường/10.000 dân."
    assert [(text[r.start : r.end], r.unit) for r in extract(text).records] == [
        ("28,5 giường bệnh trên một vạn dân", "giường bệnh trên một vạn dân"),
        ("9,2 bác sĩ/vạn dân", "bác sĩ/vạn dân"),
        ("30 giường/10.000 dân", "giường/10.000 dân"),
    ]
    # a count of people followed by other words keeps its own unit
    text = "Năm 2023, có 500 người dân tham gia và 20 hộ dân được hỗ trợ."
    assert [(r.value, r.unit) for r in extract(text).records] == [(500, "người"), (20, "hộ")]


def test_numbers_given_respectively_share_the_unit_written_after_the_last():
    text = (
        "Thu ngân sách năm 2022 và 2023 lần lượt đạt 1.250 và 1.430 tỷ đồng; tỷ lệ hộ nghèo và cận nghèo lần "
        "lượt là 2,1 và 3,4%; chỉ tiêu tương ứng 20.000/1.700 người."
    )
    assert [(text[r.start : r.end], r.unit) for r in extract(text).records] == [
        ("1.250", "tỷ đồng"),
        ("1.430 tỷ đồng", "tỷ đồng"),
        ("2,1", "%"),
        ("3,4%", "%"),
        ("20.000", "người"),
        ("1.700 người", "người"),
    ]
    # without the word that makes it respective, a bare number before another stays out
    text = "Ngày 20 và 21/11, tỉnh tổ chức hội nghị; năm 2022 và 2023 có 7 xã đạt chuẩn."
    assert spans(text) == ["7 xã"]
