"""Percentages that qualify an amount rather than stand as records (ANNOTATION.md, "Percentages"),
on sentences written for these tests."""

from decimal import Decimal

from desktop.core.extract import extract


def records(text, **kwargs):
    return extract(text, **kwargs).records


def spans(text, **kwargs):
    return [text[r.start : r.end] for r in records(text, **kwargs)]


def comparisons(record):
    return [(float(c.percent), c.relation, c.basis) for c in record.comparisons]


def test_a_change_after_an_amount_qualifies_it_even_with_an_adverb():
    text = (
        "Kim ngạch xuất khẩu đạt 31,2 triệu USD, tăng trưởng 9,5%; thu tiền sử dụng đất 2.150 tỷ đồng, "
        "giảm đến 41% so với cùng kỳ; doanh thu 640 tỷ đồng, tăng mạnh 27%."
    )
    exports, land, revenue = records(text)
    assert comparisons(exports) == [(9.5, "change", "same_period")]
    assert comparisons(land) == [(-41.0, "change", "same_period")]
    assert comparisons(revenue) == [(27.0, "change", "same_period")]


def test_an_average_change_after_an_amount_is_its_comparison_against_no_one_period():
    text = (
        "Giá trị sản xuất công nghiệp đạt 18.400 tỷ đồng, tăng bình quân 12,5%/năm; "
        "thu nhập bình quân đạt 48 triệu đồng/người, tăng trung bình 9% (giai đoạn 2016-2020)."
    )
    output, income = records(text)
    assert comparisons(output) == [(12.5, "change", "other")]
    assert comparisons(income) == [(9.0, "change", "other")]


def test_an_average_growth_rate_of_its_own_stays_a_record():
    text = "Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2016-2020 đạt 7,2%; GRDP tăng bình quân 6,8%."
    assert spans(text) == ["7,2%", "6,8%"]


def test_a_hedged_or_continued_change_after_an_amount_is_its_comparison():
    text = (
        "Tổng mức bán lẻ hàng hóa đạt 42.300 tỷ đồng, ước tăng 11,2%; doanh thu du lịch đạt 3.150 tỷ đồng, "
        "tiếp tục tăng 9%."
    )
    retail, tourism = records(text)
    assert comparisons(retail) == [(11.2, "change", "same_period")]
    assert comparisons(tourism) == [(9.0, "change", "same_period")]
    # a hedge word is no subject: a percentage with a subject of its own stays a record
    assert spans("Doanh thu đạt 3.150 tỷ đồng; lợi nhuận ước 12%.") == ["3.150 tỷ đồng", "12%"]


def test_a_change_may_come_first_in_the_clause():
    (record,) = records("Doanh thu du lịch tăng 15% so với cùng kỳ, ước đạt 2.300 tỷ đồng.")
    assert comparisons(record) == [(15.0, "change", "same_period")]
    assert record.kind == "estimate"
    assert record.indicator.lower().startswith("doanh thu du lịch")


def test_a_ratio_to_a_plan_may_come_first_in_the_clause():
    text = (
        "Thu ngân sách đạt 104% dự toán, với 5.870 tỷ đồng; kim ngạch xuất khẩu vượt 6% kế hoạch, đạt 930 "
        "triệu USD."
    )
    budget, exports = records(text)
    assert comparisons(budget) == [(104.0, "ratio", "plan")]
    assert comparisons(exports) == [(6.0, "change", "plan")]
    assert budget.indicator.lower().startswith("thu ngân sách")
    # a ratio that names no plan, or of a rate, stays a record
    assert spans("Doanh thu đạt 96%, với 870 tỷ đồng.") == ["96%", "870 tỷ đồng"]
    assert spans("Tỷ lệ giải ngân đạt 85% kế hoạch, đạt 2.100 tỷ đồng.") == ["85%", "2.100 tỷ đồng"]
    # what is left of the plan is no amount reached
    assert spans("Giải ngân đạt 60% kế hoạch, còn 1.200 tỷ đồng chưa giải ngân.") == ["60%", "1.200 tỷ đồng"]
    # the amount in brackets after a ratio to a plan is the plan's
    ratio, plan = records("Thu ngân sách đạt 66,7% chỉ tiêu Bộ Tài chính giao (67.000 tỷ đồng).")
    assert (float(ratio.value), plan.kind, comparisons(plan)) == (66.7, "target", [])


def test_an_amount_that_restates_a_leading_change_is_a_record_of_its_own():
    change, amount = records("Thu ngân sách tăng 12%, tương đương 610 tỷ đồng.")
    assert (float(change.value), float(amount.value), comparisons(amount)) == (12.0, 610.0, [])


def test_a_change_that_opens_the_sentence_qualifies_the_amount_whose_subject_follows():
    (record,) = records("Tăng 9% so với năm trước, doanh thu du lịch đạt 5.340 tỷ đồng.")
    assert comparisons(record) == [(9.0, "change", "same_period")]
    assert record.indicator.lower().startswith("doanh thu du lịch")
    # a change with a subject of its own stays a record beside the amount of another subject
    assert spans("GRDP tăng 8,1%, quy mô kinh tế đạt 75.000 tỷ đồng.") == ["8,1%", "75.000 tỷ đồng"]
    # after a figure of the sentence a bare change is that figure's (a rate's too), not the next amount's
    text = "Tỷ lệ hộ nghèo còn 2,5%, giảm 1%, thu nhập bình quân đạt 61 triệu đồng/người."
    assert [comparisons(r) for r in records(text)] == [[(-1.0, "change", "same_period")], []]


def test_a_leading_change_told_again_after_the_amount_is_one_comparison():
    (record,) = records("Giá trị sản xuất thủy sản tăng 4,5%, đạt 3.120 tỷ đồng, tăng 4,5%.")
    assert comparisons(record) == [(4.5, "change", "same_period")]


def test_a_leading_change_of_another_subject_or_of_a_rate_stays_a_record():
    assert spans("GRDP tăng 8,1%, thu ngân sách đạt 4.200 tỷ đồng.") == ["8,1%", "4.200 tỷ đồng"]
    text = "Tỷ lệ ra hoa giảm khoảng 35% so với năm trước, ước đạt khoảng 60 nghìn tấn."
    rate, output = records(text)
    assert (text[rate.start : rate.end], comparisons(output)) == ("35%", [])


def test_a_share_and_a_change_after_an_amount_split():
    amount, share = records("Cần Thơ 356 tỷ đồng, chiếm 21% và tăng 9%.")
    assert comparisons(amount) == [(9.0, "change", "same_period")]
    assert (float(share.value), share.unit, comparisons(share)) == (21.0, "%", [])


def test_a_change_after_a_share_that_names_its_whole_still_qualifies_the_amount():
    text = (
        "Giá trị sản xuất công nghiệp đạt 52.600 tỷ đồng, chiếm 43% GRDP, tăng 12,4%; xuất khẩu nông sản "
        "đạt 1,3 tỷ USD, chiếm 31,5% tổng kim ngạch xuất khẩu, giảm 2% so với cùng kỳ."
    )
    industry, industry_share, farm, farm_share = records(text)
    assert comparisons(industry) == [(12.4, "change", "same_period")]
    assert comparisons(farm) == [(-2.0, "change", "same_period")]
    assert [float(industry_share.value), float(farm_share.value)] == [43.0, 31.5]
    # a share whose phrase runs on to the next figure lends that figure its label, not its own whole
    text = (
        "Vốn FDI đạt 420 triệu USD; chế biến chiếm 33% với 140 triệu USD; bán lẻ chiếm 20% với 84 triệu USD."
    )
    assert [r.indicator for r in records(text)][-1] == "Bán lẻ"


def test_a_change_after_a_share_said_without_chiem_still_qualifies_the_amount():
    amount, share = records("Công nghiệp đạt 47.300 tỷ đồng, tỷ trọng 41%, tăng 12,6%.")
    assert comparisons(amount) == [(12.6, "change", "same_period")]
    assert (float(share.value), comparisons(share)) == (41.0, [])
    # a share with no amount before it is a rate: the change is the rate's
    (share,) = records("Tỷ trọng công nghiệp 41%, tăng 2%.")
    assert comparisons(share) == [(2.0, "change", "same_period")]


def test_changes_about_quantity_and_value_go_to_their_figures():
    text = (
        "Xuất khẩu cà phê đạt 210 nghìn tấn và 480 triệu USD, giảm 6% về lượng và tăng 15% về giá trị "
        "so với cùng kỳ."
    )
    tonnes, dollars = records(text)
    assert comparisons(tonnes) == [(-6.0, "change", "same_period")]
    assert comparisons(dollars) == [(15.0, "change", "same_period")]


def test_changes_about_a_count_and_its_capital_go_to_their_figures():
    text = "Thành phố cấp phép 2.140 doanh nghiệp với vốn đăng ký 31.000 tỷ đồng, tăng 12% về số lượng và tăng 20% về vốn."
    firms, capital = records(text)
    assert comparisons(firms) == [(12.0, "change", "same_period")]
    assert comparisons(capital) == [(20.0, "change", "same_period")]


def test_the_previous_year_as_basis_is_the_same_period():
    text = (
        "Năm 2021, sản lượng thủy sản đạt 45.000 tấn, tăng 3% so với 2020 và tăng 12% so với năm 2015. "
        "Quý III/2021, doanh thu đạt 900 tỷ đồng, tăng 7% so với quý III/2020 và tăng 2% so với quý II/2021."
    )
    fish, revenue = records(text)
    assert comparisons(fish) == [(3.0, "change", "same_period"), (12.0, "change", "other")]
    assert comparisons(revenue) == [(7.0, "change", "same_period"), (2.0, "change", "other")]


def test_a_cut_off_in_brackets_stands_between_an_amount_and_its_change():
    (record,) = records("Tổng kim ngạch đạt 48,6 tỷ USD (tính đến hết tháng 10) tăng 9,1% so với cùng kỳ.")
    assert comparisons(record) == [(9.1, "change", "same_period")]


def test_a_change_after_a_counts_label_qualifies_the_count():
    text = "Quý I, có 1.350 doanh nghiệp thành lập mới, tăng 15%; trong đó có 81.000 lượt khách quốc tế, giảm gần 4%."
    firms, visitors = records(text)
    assert comparisons(firms) == [(15.0, "change", "same_period")]
    assert comparisons(visitors) == [(-4.0, "change", "same_period")]


def test_a_change_after_a_counts_label_with_its_span_or_in_brackets_qualifies_the_count():
    text = (
        "Có 1.420 doanh nghiệp thành lập mới trong năm 2023, tăng 11% so với năm 2022; 380 hợp tác xã được "
        "hỗ trợ (giảm 6%)."
    )
    firms, cooperatives = records(text)
    assert comparisons(firms) == [(11.0, "change", "same_period")]
    assert comparisons(cooperatives) == [(-6.0, "change", "same_period")]
    # a share in brackets after a count's label stays a record of its own
    assert spans("Có 45 xã đạt chuẩn nông thôn mới (đạt 75%).") == ["45 xã", "75%"]


def test_the_percentage_after_an_absolute_change_is_the_amounts_relative_change():
    text = (
        "Năm 2023, các bệnh viện đã tiếp nhận 412.500 lượt bệnh nhân nội trú, tăng 20.100 lượt (tăng 5,1%) "
        "so với năm trước, với chi phí 95.300 triệu đồng, so với năm trước tăng 8.200 triệu đồng (tăng 9,4%)."
    )
    patients, more_patients, cost, more_cost = records(text)
    assert comparisons(patients) == [(5.1, "change", "same_period")]
    assert comparisons(cost) == [(9.4, "change", "same_period")]
    assert comparisons(more_patients) == comparisons(more_cost) == []


def test_after_a_bracket_of_parts_a_ratio_qualifies_the_whole_before_it():
    text = (
        "Năm 2021, tỉnh huy động 640 tỷ đồng (vay ngân hàng 500 tỷ đồng, vay kho bạc 140 tỷ đồng) "
        "bằng 38,5% tổng chi đầu tư phát triển."
    )
    whole, bank, treasury = records(text)
    assert comparisons(whole) == [(38.5, "ratio", "other")]
    assert comparisons(bank) == comparisons(treasury) == []


def test_a_change_may_name_its_basis_before_the_percentage():
    text = (
        "Năm 2023, doanh nghiệp mua lúa giống với giá 11.000 đồng/kg, cao hơn giá lúa trên thị trường 25%. "
        "Giá thuê đất 40.000 đồng/m2, thấp hơn năm trước 5%; giá nước 9.000 đồng/m3, cao hơn năm 2021 khoảng 8%."
    )
    price, rent, water = records(text)
    assert comparisons(price) == [(25.0, "change", "other")]
    assert comparisons(rent) == [(-5.0, "change", "same_period")]
    assert comparisons(water) == [(8.0, "change", "other")]


def test_changes_contrasted_by_but_both_qualify_the_amount():
    (record,) = records("Sản lượng chè đạt 82.000 tấn, giảm 3% về sản lượng nhưng tăng 6% về giá trị.")
    assert comparisons(record) == [(-3.0, "change", "same_period"), (6.0, "change", "same_period")]


def test_an_equivalent_share_of_the_plan_is_a_ratio():
    (record,) = records("Năm 2023, sản lượng cá đạt 12.000 tấn, tương đương 98% kế hoạch.")
    assert comparisons(record) == [(98.0, "ratio", "plan")]


def test_the_basis_said_once_at_the_end_of_a_series_of_changes_is_each_ones():
    text = (
        "Quý III/2020, Cục Hải quan giải quyết thủ tục cho 18.000 tờ khai, kim ngạch đạt 2,7 tỷ USD, "
        "tăng 7% về số tờ khai, tăng 14% về kim ngạch so với quý II."
    )
    declarations, value = records(text)
    assert comparisons(declarations) == [(7.0, "change", "other")]
    assert comparisons(value) == [(14.0, "change", "other")]


def test_a_change_with_its_own_basis_or_none_in_the_series_keeps_it():
    own = (
        "Năm 2020, cảng đón 18.000 lượt tàu, doanh thu đạt 270 tỷ đồng, tăng 7% về số lượt tàu so với "
        "cùng kỳ, tăng 14% về giá trị so với tháng trước."
    )
    ships, revenue = records(own)
    assert comparisons(ships) == [(7.0, "change", "same_period")]
    assert comparisons(revenue) == [(14.0, "change", "other")]
    none = (
        "Năm 2020, cảng đón 18.000 lượt tàu, doanh thu đạt 270 tỷ đồng, tăng 7% về số lượt tàu, "
        "tăng 14% về giá trị."
    )
    ships, revenue = records(none)
    assert comparisons(ships) == [(7.0, "change", "same_period")]
    assert comparisons(revenue) == [(14.0, "change", "same_period")]


def test_a_plan_named_between_the_verb_and_the_percentage_is_the_basis():
    (record,) = records(
        "Năm 2022, thu ngân sách đạt 12.000 tỷ đồng, vượt kế hoạch 8%.", published="2023-01-10"
    )
    assert comparisons(record) == [(8.0, "change", "plan")]
    (record,) = records("Năm 2022, sản lượng lúa đạt 500.000 tấn, vượt 8%.", published="2023-01-10")
    assert comparisons(record) == [(8.0, "change", "same_period")]


def test_a_multiple_between_an_amount_and_its_change_is_glue_not_a_new_subject():
    text = "Doanh thu du lịch đạt 2.000 tỷ đồng, gấp 2,5 lần so với năm 2021 và tăng 15% so với năm 2019."
    (record,) = records(text, published="2022-12-15")
    assert comparisons(record) == [(15.0, "change", "other")]


def test_exceeding_a_resolutions_target_after_a_counts_label_qualifies_the_count():
    text = "Năm 2020, toàn tỉnh kết nạp 12.000 đảng viên mới, vượt 20% chỉ tiêu Nghị quyết."
    (record,) = records(text, published="2020-09-15")
    assert comparisons(record) == [(20.0, "change", "target")]


def test_a_lone_elided_comparison_takes_the_basis_its_relation_named_earlier_in_the_sentence():
    text = (
        "Thu nội địa ước thực hiện 7.000 tỷ đồng, đạt 95% dự toán; trong đó thu từ doanh nghiệp nhà nước "
        "1.200 tỷ đồng, đạt 90%."
    )
    whole, part = records(text, published="2022-11-25")
    assert comparisons(whole) == [(95.0, "ratio", "plan")]
    assert comparisons(part) == [(90.0, "ratio", "plan")]
    apart = (
        "Thu nội địa đạt 7.000 tỷ đồng, đạt 95% dự toán. Thu từ doanh nghiệp nhà nước 1.200 tỷ đồng, đạt 90%."
    )
    _, part = records(apart, published="2022-11-25")
    assert comparisons(part) == [(90.0, "ratio", "other")]


def test_a_bare_change_of_a_part_is_on_the_same_period_whatever_basis_the_whole_named():
    text = (
        "Thu ngân sách ước đạt 9.000 tỷ đồng, vượt 10% so với dự toán; trong đó, thu nội địa 7.000 tỷ đồng, "
        "tăng 12%."
    )
    whole, part = records(text, published="2023-12-25")
    assert comparisons(whole) == [(10.0, "change", "plan")]
    assert comparisons(part) == [(12.0, "change", "same_period")]


def test_a_bare_ratio_after_a_plan_named_in_its_sentence_is_measured_against_that_plan():
    text = (
        "Năm 2022, tỉnh được giao kế hoạch vốn đầu tư công 5.000 tỷ đồng; đến 30/6 đã giải ngân 2.000 tỷ "
        "đồng, đạt 40%."
    )
    _, disbursed = records(text, published="2022-07-05")
    assert comparisons(disbursed) == [(40.0, "ratio", "plan")]
    resolution = "Nghị quyết HĐND giao thu 600 tỷ đồng; đến nay đã thu 720 tỷ đồng, đạt 120%."
    _, revenue = records(resolution, published="2022-12-05")
    assert comparisons(revenue) == [(120.0, "ratio", "target")]
    plain = "Năm 2022, tỉnh giải ngân 2.000 tỷ đồng, đạt 40%."
    (disbursed,) = records(plain, published="2022-12-05")
    assert comparisons(disbursed) == [(40.0, "ratio", "other")]


def test_a_basis_that_opens_the_sentence_is_that_of_its_comparisons_without_one():
    (record,) = records(
        "So với năm 2019, doanh thu du lịch tăng 15%, đạt 2.300 tỷ đồng.", published="2022-12-20"
    )
    assert comparisons(record) == [(15.0, "change", "other")]
    (record,) = records("So với kế hoạch, thu ngân sách đạt 1.900 tỷ đồng, đạt 95%.", published="2022-12-20")
    assert comparisons(record) == [(95.0, "ratio", "plan")]
    (record,) = records(
        "So với cùng kỳ, thu ngân sách giảm 8%, chỉ đạt 1.900 tỷ đồng.", published="2022-10-20"
    )
    assert comparisons(record) == [(-8.0, "change", "same_period")]
    (record,) = records("Doanh thu du lịch tăng 15%, đạt 2.300 tỷ đồng.", published="2022-12-20")
    assert comparisons(record) == [(15.0, "change", "same_period")]


def test_a_change_after_a_connective_that_restates_the_amount_still_qualifies_it():
    for connective in ("như vậy", "tức là", "qua đó", "tăng gần gấp đôi, tức"):
        text = f"Kim ngạch xuất khẩu đạt 500 triệu USD, {connective} tăng 12% so với năm trước."
        (record,) = records(text, published="2022-12-20")
        assert comparisons(record) == [(12.0, "change", "same_period")], connective
    new_subject = "Tổng vốn đầu tư đạt 3.000 tỷ đồng, trong đó vốn ngân sách tăng 12%."
    assert spans(new_subject, published="2022-12-20") == ["3.000 tỷ đồng", "12%"]


def test_a_quota_assigned_or_bare_is_a_plan_a_resolutions_target_is_a_target():
    revenue, budget, exports, tourism = records(
        "Cục Hải quan thu ngân sách được 44.698 tỷ đồng, đạt 66,7% chỉ tiêu Bộ Tài chính giao. "
        "Thu ngân sách đạt 5.000 tỷ đồng, bằng 105% chỉ tiêu Nghị quyết. "
        "Xuất khẩu đạt 200 triệu USD, đạt 98% chỉ tiêu được giao. Du lịch thu 300 tỷ đồng, bằng 90% chỉ tiêu."
    )
    assert comparisons(revenue) == [(66.7, "ratio", "plan")]
    assert comparisons(budget) == [(105.0, "ratio", "target")]
    assert comparisons(exports) == [(98.0, "ratio", "plan")]
    assert comparisons(tourism) == [(90.0, "ratio", "plan")]


def test_a_change_opening_the_clause_after_a_semicolon_is_the_amounts():
    text = "Kim ngạch xuất khẩu đạt 2,4 tỷ USD; tăng 11,2% so cùng kỳ. Sản lượng cá đạt 8.300 tấn; giảm 4%."
    exports, fish = records(text)
    assert comparisons(exports) == [(11.2, "change", "same_period")]
    assert comparisons(fish) == [(-4.0, "change", "same_period")]


def test_a_clause_after_a_semicolon_with_its_own_subject_keeps_its_percentage():
    text = (
        "Xuất khẩu đạt 2,4 tỷ USD; nhập khẩu tăng 9%; tăng trưởng GRDP đạt 7,1%. "
        "Thu ngân sách 900 tỷ đồng; giảm tỷ lệ hộ nghèo còn 2,5%."
    )
    assert spans(text) == ["2,4 tỷ USD", "9%", "7,1%", "900 tỷ đồng", "2,5%"]
    assert all(not r.comparisons for r in records(text))


def test_a_conditional_comparison_qualifies_the_amount():
    (record,) = records("Thu ngân sách 9 tháng đạt 6.789 tỷ đồng, nếu so với cùng kỳ thì tăng 5,6%.")
    assert comparisons(record) == [(5.6, "change", "same_period")]


def test_a_basis_may_open_the_subjectless_clause_after_a_semicolon():
    (record,) = records("Doanh thu du lịch đạt 860 tỷ đồng; so với cùng kỳ tăng 14%.")
    assert comparisons(record) == [(14.0, "change", "same_period")]
    assert spans("Doanh thu đạt 860 tỷ đồng; so với cùng kỳ, nhập khẩu tăng 14%.") == ["860 tỷ đồng", "14%"]


def test_a_fuller_basis_or_a_ratio_may_open_the_subjectless_clause_after_a_semicolon():
    (record,) = records(
        "Thu nội địa đạt 7.400 tỷ đồng; so với cùng kỳ năm trước tăng 9%; so với dự toán đạt 104%."
    )
    assert comparisons(record) == [(9.0, "change", "same_period"), (104.0, "ratio", "plan")]
    (record,) = records("Kim ngạch nhập khẩu đạt 640 triệu USD; đạt 96% kế hoạch năm.")
    assert comparisons(record) == [(96.0, "ratio", "plan")]
    assert spans("Vốn được giao 3.000 tỷ đồng; tỷ lệ giải ngân đạt 61%.") == ["3.000 tỷ đồng", "61%"]


def test_a_cut_off_date_in_brackets_does_not_part_an_amount_from_its_change():
    (record,) = records("Doanh thu du lịch đạt 860 tỷ đồng (tính đến ngày 20/12), tăng 14%.")
    assert comparisons(record) == [(14.0, "change", "same_period")]


def test_a_sentence_opening_on_a_change_with_no_subject_qualifies_the_amount_before():
    text = "Thu ngân sách đạt 5.300 tỷ đồng, bằng 97% dự toán. Giảm 4% so với năm trước. Thu nội địa 4.100 tỷ đồng."
    revenue, domestic = records(text)
    assert comparisons(revenue) == [(97.0, "ratio", "plan"), (-4.0, "change", "same_period")]
    assert comparisons(domestic) == []


def test_a_new_sentence_with_its_own_subject_or_paragraph_keeps_its_percentage():
    assert spans("Thu ngân sách đạt 5.300 tỷ đồng. Tăng trưởng GRDP đạt 7,2%.") == ["5.300 tỷ đồng", "7,2%"]
    assert spans("Thu ngân sách đạt 5.300 tỷ đồng.\nTăng 12% là mức cao nhất.") == ["5.300 tỷ đồng", "12%"]


def test_respective_changes_go_to_their_figures_in_order():
    text = "Có 1.400 doanh nghiệp thành lập mới với số vốn 9.500 tỷ đồng, lần lượt tăng 12% và 20% so với cùng kỳ."
    firms, capital = records(text)
    assert comparisons(firms) == [(12.0, "change", "same_period")]
    assert comparisons(capital) == [(20.0, "change", "same_period")]


def test_respective_changes_that_do_not_add_up_stay_with_the_last_figure():
    text = "Lượng khách đạt 2,4 triệu lượt, tăng lần lượt 10%, 12% và 15%."
    (visits,) = records(text)
    assert comparisons(visits) == [
        (10.0, "change", "same_period"),
        (12.0, "change", "same_period"),
        (15.0, "change", "same_period"),
    ]


def test_an_amount_out_of_its_plan_after_a_slash_keeps_its_change():
    text = "Tổng thu ngân sách đạt 5.200 tỷ đồng/kế hoạch 4.600 tỷ đồng, tăng 12%."
    reached, plan = records(text)
    assert (reached.unit, comparisons(reached)) == ("tỷ đồng", [(12.0, "change", "same_period")])
    assert (float(plan.value), plan.kind, comparisons(plan)) == (4600.0, "target", [])
    assert spans("Thu nhập đạt 45 triệu đồng/người/năm.") == ["45 triệu đồng/người/năm"]


def test_a_sign_in_place_of_a_verb_is_a_change():
    text = "Xuất khẩu đạt 1,6 tỷ USD (+9%); nhập khẩu 820 triệu USD (-3,2%)."
    exports, imports = records(text)
    assert comparisons(exports) == [(9.0, "change", "same_period")]
    assert comparisons(imports) == [(-3.2, "change", "same_period")]
    (revenue,) = records("Thu ngân sách đạt 5.100 tỷ đồng, bằng 98% dự toán.")
    assert comparisons(revenue) == [(98.0, "ratio", "plan")]


def test_a_percentage_of_all_the_units_or_people_is_a_share_of_its_own():
    text = "Năm 2016, hiện có 90/97 xã (bằng 92,8% tổng số xã) đạt tiêu chí chợ nông thôn."
    communes, share = records(text)
    assert comparisons(communes) == [] and share.value == Decimal("92.8")
    text = "Năm 2016, nước sạch đã đến 59/97 xã và 50,7% dân số nông thôn."
    assert [r.value for r in records(text)] == [59, Decimal("50.7")]


def test_a_percentage_of_a_budget_total_still_qualifies_the_amount():
    text = "Năm 2021, chi đầu tư phát triển 640 tỷ đồng, bằng 38,5% tổng chi ngân sách; 90 xã, tăng 5% so với cùng kỳ."
    amount, communes = records(text)
    assert comparisons(amount) == [(38.5, "ratio", "other")]
    assert comparisons(communes) == [(5.0, "change", "same_period")]


def test_a_bare_bracketed_percentage_in_a_list_of_shares_is_a_share():
    text = (
        "Năm 2017, tổng vốn là 2.932 triệu đồng, trong đó vốn Nhà nước 1.409 triệu đồng (chiếm 48,05%); "
        "vốn doanh nghiệp là 708 triệu đồng (24,14%); vốn hộ nông dân là 237 triệu đồng (8,08%)."
    )
    values = [(r.value, comparisons(r)) for r in records(text)]
    assert values == [
        (2932, []),
        (1409, []),
        (Decimal("48.05"), []),
        (708, []),
        (Decimal("24.14"), []),
        (237, []),
        (Decimal("8.08"), []),
    ]


def test_a_bare_bracketed_percentage_without_a_share_before_it_qualifies_its_amount():
    text = "Năm 2017, doanh thu đạt 708 tỷ đồng (102% kế hoạch), lợi nhuận 50 tỷ đồng (tăng 5%)."
    assert [comparisons(r) for r in records(text)] == [
        [(102.0, "ratio", "plan")],
        [(5.0, "change", "same_period")],
    ]


def test_a_ratio_after_an_amount_out_of_a_smaller_one_is_the_amount_s():
    text = "Năm 2023, số tiền thu từ đấu giá là 2.480 tỷ đồng/1.900 tỷ đồng được giao, đạt 130,5% kế hoạch."
    first, second = extract(text).records
    assert [(c.percent, c.relation, c.basis) for c in first.comparisons] == [
        (Decimal("130.5"), "ratio", "plan")
    ]
    assert (second.value, list(second.comparisons)) == (Decimal(1900), [])


def test_a_ratio_after_two_amounts_of_other_units_stays_the_last_s():
    text = "Năm 2023, tỉnh trồng 1.200 ha/3.000 tấn giống, đạt 95% kế hoạch."
    records = extract(text).records
    assert [bool(r.comparisons) for r in records] == [False, True]


def test_a_bracket_about_another_period_or_the_country_is_a_record_of_its_own():
    text = (
        "Thu ngân sách đạt 6.150 tỷ đồng, tăng 11% (cùng kỳ năm trước tăng 3,9%); kim ngạch xuất khẩu đạt "
        "720 triệu USD, tăng 7,5% (cả nước tăng 4,2%); doanh thu du lịch đạt 940 tỷ đồng, tăng 16% (cùng kỳ "
        "giảm 2,5%)."
    )
    budget, budget_before, exports, country, tourism, tourism_before = records(text, published="2023-12-28")
    assert [comparisons(budget), comparisons(exports), comparisons(tourism)] == [
        [(11.0, "change", "same_period")],
        [(7.5, "change", "same_period")],
        [(16.0, "change", "same_period")],
    ]
    assert [float(r.value) for r in (budget_before, country, tourism_before)] == [3.9, 4.2, 2.5]
    assert budget_before.period == "2022"
    # a bare ``cùng kỳ`` right after the amount names the basis of its change
    (record,) = records("Doanh thu du lịch đạt 940 tỷ đồng (cùng kỳ tăng 16%).")
    assert comparisons(record) == [(16.0, "change", "same_period")]


def test_the_span_an_amount_is_of_stands_between_it_and_its_change():
    text = (
        "Thu ngân sách đạt 3.870 tỷ đồng trong 9 tháng đầu năm, tăng 8,4%; xuất khẩu đạt 415 triệu USD "
        "trong năm 2023, giảm 3% so với năm 2022."
    )
    budget, exports = records(text)
    assert comparisons(budget) == [(8.4, "change", "same_period")]
    assert comparisons(exports) == [(-3.0, "change", "same_period")]
    # ``trong đó`` opens the parts of the amount: the share after it is a record of its own
    assert spans("Tổng vốn đạt 3.870 tỷ đồng, trong đó 62% là vốn ngoài nhà nước.") == [
        "3.870 tỷ đồng",
        "62%",
    ]


def test_a_contrast_before_a_change_still_links_it_to_the_amount():
    text = (
        "Vốn đầu tư toàn xã hội đạt 41.300 tỷ đồng, song chỉ tăng 2,8%; kim ngạch nhập khẩu đạt 930 triệu USD, "
        "tuy nhiên giảm 4% so với cùng kỳ."
    )
    investment, imports = records(text)
    assert comparisons(investment) == [(2.8, "change", "same_period")]
    assert comparisons(imports) == [(-4.0, "change", "same_period")]
    # a contrast that brings a new subject keeps its percentage
    assert spans("Thu ngân sách đạt 930 tỷ đồng, tuy nhiên tỷ lệ giải ngân chỉ đạt 41%.") == [
        "930 tỷ đồng",
        "41%",
    ]


def test_the_prices_an_amount_is_measured_at_stand_between_it_and_its_change():
    (record,) = records("Giá trị sản xuất công nghiệp đạt 36.200 tỷ đồng (giá so sánh 2010), tăng 9,7%.")
    assert comparisons(record) == [(9.7, "change", "same_period")]
    assert spans("Doanh thu đạt 520 tỷ đồng, giá bán tăng 6%.") == ["520 tỷ đồng", "6%"]


def test_ck_is_the_short_form_of_cung_ky_as_kh_is_of_ke_hoach():
    (record,) = records("Sản lượng thủy sản ước đạt 52.400 tấn, bằng 103,2% KH, bằng 98,7% CK.")
    assert comparisons(record) == [(103.2, "ratio", "plan"), (98.7, "ratio", "same_period")]
    (record,) = records("Thu ngân sách đạt 1.200 tỷ đồng, tăng 8% so với CK.")
    assert comparisons(record) == [(8.0, "change", "same_period")]
    # another word (a place named CK) leaves the basis as it was
    (record,) = records("Doanh thu đạt 640 tỷ đồng, bằng 91% của cụm CKX.")
    assert comparisons(record) == [(91.0, "ratio", "other")]


def test_a_rate_followed_by_its_ratio_to_the_plan_takes_it_and_the_changes_after_it():
    text = (
        "Năm 2024, tỷ lệ lao động qua đào tạo là 72%, đạt 100% so với kế hoạch (tăng 1,2% so với năm 2023); "
        "tỷ lệ thất nghiệp là 2,9%, bằng 98% KH."
    )
    trained, jobless = records(text, published="2024-12-20")
    assert comparisons(trained) == [(100.0, "ratio", "plan"), (1.2, "change", "same_period")]
    assert comparisons(jobless) == [(98.0, "ratio", "plan")]
    (covered,) = records(
        "Tỷ lệ tham gia bảo hiểm y tế đạt 94,5% (đạt trên 100% chỉ tiêu Nghị quyết của HĐND tỉnh)."
    )
    assert comparisons(covered) == [(100.0, "ratio", "target")]


def test_a_percentage_that_names_its_own_basis_or_another_subject_keeps_the_next_one_a_record():
    # a ratio to a plan already: the next ratio is a second record (two plans, two figures)
    assert spans("Thu ngân sách đã đạt 94,5% dự toán Bộ Tài chính giao và đạt 81% dự toán HĐND tỉnh.") == [
        "94,5%",
        "81%",
    ]
    # another rate stays a record of its own
    assert spans("Tỷ lệ đô thị hóa đạt 45%, tỷ lệ che phủ rừng đạt 60% kế hoạch.") == ["45%", "60%"]


def test_an_amount_in_bare_billions_is_money_and_takes_its_ratio():
    (record,) = records("Thu ngân sách dự kiến đến hết năm đạt 400 tỷ, bằng 101% KH thị xã giao.")
    assert (record.unit, record.base_unit) == ("tỷ", "đồng")
    assert comparisons(record) == [(101.0, "ratio", "plan")]


def test_a_change_with_its_momentum_before_the_verb_still_qualifies_the_amount():
    text = (
        "Khối lượng hàng hóa qua cảng ước đạt 310 triệu tấn, bật tăng 4% so với cùng kỳ. Hàng nhập khẩu đạt "
        "92 triệu tấn, tiếp tục nối đà giảm 6%. Hàng nội địa đạt 150 triệu tấn, giữ đà tăng 8% so với cùng kỳ; "
        "hàng container đạt 12 triệu TEU, nhích tăng 1%."
    )
    assert [comparisons(r) for r in records(text)] == [
        [(4.0, "change", "same_period")],
        [(-6.0, "change", "same_period")],
        [(8.0, "change", "same_period")],
        [(1.0, "change", "same_period")],
    ]
    # momentum as a noun, or a verb that is no change, opens a subject of its own
    assert spans("Doanh thu đạt 500 tỷ đồng, đà tăng trưởng 9% là nhờ du lịch.") == ["500 tỷ đồng", "9%"]
    assert spans("Doanh thu đạt 500 tỷ đồng, giữ 30% thị phần.") == ["500 tỷ đồng", "30%"]


def test_a_change_before_a_ratio_to_the_plan_still_leads_the_amount_after_it():
    text = "Thu ngân sách tăng 12%, đạt 105% dự toán, ước đạt 5.210 tỷ đồng."
    change, amount = records(text)
    assert text[change.start : change.end] == "12%" and not change.comparisons
    assert comparisons(amount) == [(105.0, "ratio", "plan")]
    assert spans("Vốn đầu tư tăng 10%, bằng 95% kế hoạch.") == ["10%", "95%"]


def test_a_change_after_a_note_in_brackets_still_qualifies_the_amount():
    text = (
        "Sản lượng thủy sản 9 tháng đạt 52.400 tấn (chưa tính sản lượng nuôi lồng bè) tăng 4,2% so với cùng kỳ; "
        "hàng hóa qua cảng đạt 18 triệu tấn (không kể hàng trung chuyển), giảm 3% so với cùng kỳ."
    )
    catch, cargo = records(text)
    assert comparisons(catch) == [(4.2, "change", "same_period")]
    assert comparisons(cargo) == [(-3.0, "change", "same_period")]
    # a bracket with a figure of its own, or another subject after the bracket, is no note
    assert spans("Doanh thu đạt 500 tỷ đồng (năm 2022 là 420 tỷ đồng), tăng 19%.")[:2] == [
        "500 tỷ đồng",
        "420 tỷ đồng",
    ]
    assert spans("Doanh thu đạt 500 tỷ đồng (ước tính), lợi nhuận tăng 19%.") == ["500 tỷ đồng", "19%"]


def test_comparisons_after_a_bracket_with_a_figure_are_the_amount_before_it():
    text = (
        "Vốn đầu tư toàn xã hội ước 9.850 tỷ đồng, đạt 101,5% KH (KH 9.700 tỷ đồng), tăng 12,4% so cùng kỳ. "
        "Toàn tỉnh có 412 hợp tác xã thành lập mới (trong đó có 35 hợp tác xã nông nghiệp), đạt 103% so với "
        "kế hoạch năm, tăng 8% so cùng kỳ."
    )
    investment, plan, cooperatives, farming = records(text)
    assert comparisons(investment) == [(101.5, "ratio", "plan"), (12.4, "change", "same_period")]
    assert not plan.comparisons and not farming.comparisons
    assert comparisons(cooperatives) == [(103.0, "ratio", "plan"), (8.0, "change", "same_period")]


def test_a_bracket_after_another_subject_keeps_its_percentage_apart():
    # a comma and another subject before the bracket: the percentage after it is not the first amount's
    text = "Thu ngân sách đạt 640 tỷ đồng, chi đầu tư phát triển (gồm 120 tỷ đồng vốn tỉnh) tăng 6%."
    first = records(text)[0]
    assert text[first.start : first.end] == "640 tỷ đồng" and not first.comparisons
    # so does a conjunction
    text = "Doanh thu đạt 720 tỷ đồng và lợi nhuận (trước thuế 64 tỷ đồng) tăng 5%."
    assert spans(text) == ["720 tỷ đồng", "64 tỷ đồng", "5%"]


def test_a_ratio_to_the_funds_allotted_is_a_ratio_to_the_plan():
    text = (
        "Đến cuối tháng 6, tỉnh đã giải ngân 1.250 tỷ đồng, đạt 41% tổng nguồn vốn được bố trí; huyện giải "
        "ngân 86 tỷ đồng, đạt tỷ lệ 52% so với số vốn được giao."
    )
    province, district = records(text)
    assert comparisons(province) == [(41.0, "ratio", "plan")]
    assert comparisons(district) == [(52.0, "ratio", "plan")]


def test_a_rate_named_with_no_basis_after_a_count_stays_a_record():
    # ``đạt tỷ lệ`` with nothing after it measures the score's share, a record of its own
    text = "Cấp Mầm non có 120/150 trường đạt chuẩn, đạt tỷ lệ 80%; nguồn vốn được bố trí tăng 12%."
    assert spans(text)[-2:] == ["80%", "12%"]


def test_the_parts_after_trong_do_with_a_colon_are_records_not_comparisons():
    text = (
        "Thu ngân sách đạt 812 tỷ đồng, tăng 14% so cùng kỳ năm trước trong đó: thu từ doanh nghiệp đạt 45%; "
        "thu từ đất đạt 60%."
    )
    amount, business, land = records(text)
    assert comparisons(amount) == [(14.0, "change", "same_period")]
    assert [text[r.start : r.end] for r in (business, land)] == ["45%", "60%"]
    # a basis with a year in it still reads on to its stop
    (record,) = records(
        "Doanh thu đạt 640 tỷ đồng, tăng 9% so với năm 2022 của toàn ngành.", published="2023-12-20"
    )
    assert comparisons(record) == [(9.0, "change", "same_period")]


def test_higher_or_lower_than_with_the_basis_after_the_percentage_is_a_change():
    text = (
        "Giá trị giải ngân đạt 1.320 tỷ đồng, đạt 18,5% kế hoạch, thấp hơn 2,4% so với cùng kỳ; doanh thu đạt "
        "96 tỷ đồng, cao hơn 7% so với năm trước."
    )
    disbursed, revenue = records(text)
    assert comparisons(disbursed) == [(18.5, "ratio", "plan"), (-2.4, "change", "same_period")]
    assert comparisons(revenue) == [(7.0, "change", "same_period")]
    # after a rate with no amount before it, the gap is the rate's
    (rate,) = records("Tỷ lệ hộ nghèo còn 3,2%, thấp hơn 1,5% so với bình quân cả nước.")
    assert comparisons(rate) == [(-1.5, "change", "other")]


def test_a_bracket_about_the_same_quarter_of_another_year_keeps_its_change_apart():
    text = (
        "Quý II năm 2023, giá trị sản xuất công nghiệp đạt 8.450 tỷ đồng, tăng 9,2% so cùng kỳ "
        "(quý II năm 2022 tăng 6,4% so với cùng kỳ năm trước)."
    )
    amount, earlier = records(text)
    assert comparisons(amount) == [(9.2, "change", "same_period")]
    assert text[earlier.start : earlier.end] == "6,4%"
    # a bracket giving the amount's own change is still its comparison
    (record,) = records("Doanh thu quý II đạt 610 tỷ đồng (tăng 11% so với cùng kỳ).")
    assert comparisons(record) == [(11.0, "change", "same_period")]


def test_a_change_right_after_a_rate_in_its_clause_is_a_comparison_of_the_rate():
    text = (
        "Năm 2024, tỷ lệ che phủ rừng của huyện đạt 58,2%, tăng 1,4% so với năm 2023; chỉ số phát triển "
        "công nghiệp ước đạt 91,3%, giảm 8,7% so với cùng kỳ; tỷ lệ hộ nghèo còn 4,6%, giảm 2,1%."
    )
    forest, industry, poor = records(text)
    assert comparisons(forest) == [(1.4, "change", "same_period")]
    assert comparisons(industry) == [(-8.7, "change", "same_period")]
    assert comparisons(poor) == [(-2.1, "change", "same_period")]
    # the rate may run on with what it is of, and take a gap to the quota told with ``thấp hơn``
    text = (
        "Số người tham gia bảo hiểm y tế 812.400 người, đạt tỷ lệ bao phủ 90,2% dân số, thấp hơn 1,3% so với "
        "chỉ tiêu tỉnh giao."
    )
    assert [comparisons(r) for r in records(text)] == [[], [(-1.3, "change", "plan")]]


def test_a_rate_told_as_a_change_keeps_a_second_change_a_record_of_its_own():
    # two changes of one thing against two bases: two records
    text = "Chỉ số giá tiêu dùng tháng 5 tăng 0,4% so với tháng trước, tăng 3,1% so với cùng kỳ."
    assert [comparisons(r) for r in records(text)] == [[], []]
    text = "Doanh thu du lịch giảm 21% so với năm 2022 và giảm 35% so với kế hoạch năm 2023."
    assert spans(text) == ["21%", "35%"]
    # ... but the gap to the target in a bracket, or told with ``cao hơn``, is the rate's
    (growth,) = records("GRDP năm 2024 ước tăng 8,12% (vượt mục tiêu Nghị quyết 0,62%).")
    assert comparisons(growth) == [(0.62, "change", "target")]
    (growth,) = records("Kinh tế năm 2024 tăng trưởng 7,9%, cao hơn 1,2% so với năm 2023.")
    assert comparisons(growth) == [(1.2, "change", "same_period")]
    text = "Thu ngân sách vượt dự toán năm là 3,2% và tăng 14% so với cùng kỳ."
    assert spans(text) == ["3,2%", "14%"]


def test_a_rate_that_names_its_basis_or_a_share_of_a_subject_keeps_the_change_apart():
    # a ratio to a plan is no rate: the change after it leads the amount
    (amount,) = records("Thu ngân sách đạt 104% dự toán, tăng 9% so với cùng kỳ, ước đạt 3.120 tỷ đồng.")[-1:]
    assert (float(amount.value), comparisons(amount)) == (3120.0, [(9.0, "change", "same_period")])
    # what a share counts is what grows: ``tăng`` after ``chiếm`` is no change of the share
    text = "Nhóm ngành chế biến chiếm gần 65% số doanh nghiệp thành lập mới, tăng gần 40%."
    assert spans(text) == ["65%", "40%"]
    # ... unless the share is said of a rate
    (share,) = records("Tỷ trọng khu vực dịch vụ chiếm 38,5%, tăng 0,9% so với năm trước.")
    assert comparisons(share) == [(0.9, "change", "same_period")]
    # a range is no rate a change is told of
    assert spans("Tỷ lệ lao động qua đào tạo đạt 68-70%, tăng 2%.") == ["68-70%", "2%"]


def test_a_change_restated_in_absolute_terms_names_no_basis():
    (record, absolute) = records(
        "Thu nhập bình quân đạt 52,6 triệu đồng (tăng 6,3% tương đương 3,1 triệu đồng)."
    )
    assert comparisons(record) == [(6.3, "change", "same_period")]
    assert float(absolute.value) == 3.1


def test_the_parts_of_a_span_in_a_bracket_are_records_of_their_own():
    text = (
        "GRDP 9 tháng năm 2024 đạt 21.300 tỷ đồng, tăng 8,4% so với cùng kỳ (6 tháng tăng 8,9%, quý III tăng "
        "7,6%)."
    )
    amount, half, quarter = records(text)
    assert comparisons(amount) == [(8.4, "change", "same_period")]
    assert (text[half.start : half.end], text[quarter.start : quarter.end]) == ("8,9%", "7,6%")


def test_a_scenario_is_a_target_and_a_share_of_the_workforce_a_record():
    (record,) = records("Kim ngạch nhập khẩu 9 tháng ước đạt 18 tỷ USD, bằng 76,5% kịch bản tăng trưởng năm.")
    assert comparisons(record) == [(76.5, "ratio", "target")]
    text = "Người tham gia bảo hiểm xã hội là 210.300 người, đạt 31,4% lực lượng lao động trong độ tuổi."
    assert [comparisons(r) for r in records(text)] == [[], []]


def test_a_bare_change_beside_a_multiple_of_the_same_period_is_on_the_period_before():
    text = (
        "Doanh thu dịch vụ lưu trú tháng 4 đạt 2,4 nghìn tỷ đồng, tăng 3,2% và gấp 2,1 lần cùng kỳ; doanh thu "
        "lữ hành đạt 310 tỷ đồng, tăng 5%."
    )
    lodging, travel = records(text)
    assert comparisons(lodging) == [(3.2, "change", "other")]
    assert comparisons(travel) == [(5.0, "change", "same_period")]


def test_a_part_whose_whole_went_two_ways_takes_the_basis_of_its_own_way():
    text = (
        "Sản lượng điện thương phẩm tháng 7 đạt 820 triệu kWh, giảm 2,1% so với tháng trước và tăng 6,4% so với "
        "cùng kỳ. Trong đó, điện cho công nghiệp đạt 510 triệu kWh, giảm 3,3%; điện sinh hoạt đạt 240 triệu "
        "kWh, tăng 0,8%."
    )
    whole, industry, homes = records(text)
    assert comparisons(whole) == [(-2.1, "change", "other"), (6.4, "change", "same_period")]
    assert comparisons(industry) == [(-3.3, "change", "other")]
    assert comparisons(homes) == [(0.8, "change", "same_period")]
    # a whole that went one way on both bases says nothing of a part's bare change: the same period
    text = (
        "Doanh thu tháng 7 đạt 900 tỷ đồng, tăng 1,5% so với tháng trước và tăng 9% so với cùng kỳ. Trong đó, "
        "doanh thu bán lẻ đạt 600 tỷ đồng, giảm 0,5%."
    )
    assert comparisons(records(text)[1]) == [(-0.5, "change", "same_period")]


def test_an_ellipsis_closing_a_list_names_no_basis():
    text = (
        "Một số mặt hàng xuất khẩu tăng khá: cà phê đạt 84,3 triệu USD, tăng 11,2%; hạt tiêu đạt 21,7 triệu USD, "
        "tăng 6,4%...\n\nThị trường chính: Đức 56 triệu USD, tăng 3,1%; Hà Lan 42 triệu USD, tăng 5,5%…"
    )
    assert [comparisons(record) for record in records(text)] == [
        [(11.2, "change", "same_period")],
        [(6.4, "change", "same_period")],
        [(3.1, "change", "same_period")],
        [(5.5, "change", "same_period")],
    ]


def test_a_comparison_written_with_no_comma_ends_the_basis_before_it():
    (record,) = records(
        "Giá trị sản xuất toàn huyện đạt 8.420 tỷ đồng, bằng 101,5% kế hoạch tăng 12,8% so CK."
    )
    assert comparisons(record) == [(101.5, "ratio", "plan"), (12.8, "change", "same_period")]
    # a share written with no comma is a record of its own, not a change of the amount
    amount, share = records(
        "Khu vực ngoài nhà nước đạt 526,4 tỷ đồng, tăng 17,2% so với cùng kỳ chiếm tỷ lệ 9% trong tổng giá trị "
        "sản xuất công nghiệp."
    )
    assert comparisons(amount) == [(17.2, "change", "same_period")]
    assert share.value == Decimal(9) and not share.comparisons


def test_a_share_of_the_plan_said_with_hoan_thanh_is_a_ratio_of_the_amount():
    (record,) = records(
        "9 tháng, thu ngân sách trên địa bàn ước đạt 7.615 tỷ đồng, hoàn thành 71% so dự toán và bằng 104% "
        "so với cùng kỳ."
    )
    assert comparisons(record) == [(71.0, "ratio", "plan"), (104.0, "ratio", "same_period")]


def test_what_a_council_assigns_and_a_budget_estimate_are_plans():
    text = (
        "Thu ngân sách của huyện đạt 52,6 tỷ đồng, bằng 63,2% kế hoạch tỉnh giao, đạt 58,9% so với HĐND huyện "
        "giao. Chi ngân sách địa phương đạt 2.930 tỷ đồng, bằng 87% dự toán HĐND tỉnh giao tại Nghị quyết số "
        "18/NQ-HĐND. Tổng vốn đầu tư đạt 12.400 tỷ đồng, bằng 102% kế hoạch thành phố phấn đấu."
    )
    revenue, spending, investment = records(text)
    assert comparisons(revenue) == [(63.2, "ratio", "plan"), (58.9, "ratio", "plan")]
    assert comparisons(spending) == [(87.0, "ratio", "plan")]
    assert comparisons(investment) == [(102.0, "ratio", "target")]


def test_a_stock_compared_with_the_end_of_last_year_is_on_another_period():
    deposits, loans = records(
        "Đến cuối tháng 6, vốn huy động đạt 4.210 tỷ đồng, tăng 7,3% so với cuối năm 2022; "
        "dư nợ cho vay 3.880 tỷ đồng, tăng 5,1% so với năm 2022."
    )
    assert comparisons(deposits) == [(7.3, "change", "other")]
    assert comparisons(loans) == [(5.1, "change", "same_period")]


def test_comparisons_after_the_plan_amount_in_brackets_are_the_amount_reached():
    reached, plan = records(
        "Hết quý III, Cục Thuế thu được 18.240 tỷ đồng, đạt 72,4% so với chỉ tiêu của Bộ Tài chính giao "
        "(25.200 tỷ đồng), đạt 69,1% so với chỉ tiêu của Tổng cục Thuế giao, tăng 6,2% so với cùng kỳ năm 2022.",
        published="2023-10-05",
    )
    assert comparisons(reached) == [
        (72.4, "ratio", "plan"),
        (69.1, "ratio", "plan"),
        (6.2, "change", "same_period"),
    ]
    assert plan.kind == "target" and not plan.comparisons


def test_a_list_item_after_a_name_ending_in_a_guard_word_keeps_its_figure():
    text = (
        "Xuất khẩu sang các thị trường: Nhật Bản 128 triệu USD, tăng 4,6%; Ấn Độ 76 triệu USD, tăng 9,3%. "
        "Sản phẩm công nghiệp: xi măng 41 nghìn tấn, tăng 2,2%; sản phẩm cơ khí kim loại 8.450 tấn, tăng 15,7%."
    )
    assert spans(text) == ["128 triệu USD", "76 triệu USD", "41 nghìn tấn", "8.450 tấn"]


def test_a_quota_is_a_plan_unless_a_resolution_or_a_congress_set_it():
    text = (
        "Thu nội địa đạt 3.460 tỷ đồng, bằng 96,2% chỉ tiêu năm; vốn đầu tư phát triển đạt 8.900 tỷ đồng, đạt "
        "101,3% chỉ tiêu Nghị quyết; sản lượng lương thực đạt 61.200 tấn, bằng 100,4% chỉ tiêu Đại hội Đảng bộ "
        "huyện đề ra."
    )
    revenue, investment, grain = records(text)
    assert comparisons(revenue) == [(96.2, "ratio", "plan")]
    assert comparisons(investment) == [(101.3, "ratio", "target")]
    assert comparisons(grain) == [(100.4, "ratio", "target")]


def test_how_far_a_figure_has_come_does_not_open_a_new_subject():
    text = (
        "Giải ngân vốn đầu tư công đạt 2.140 tỷ đồng, mới đạt 38,5% kế hoạch vốn giao. Kim ngạch nhập khẩu ước "
        "đạt 1,7 tỷ USD, dự kiến đạt 103% kế hoạch năm. Thu nội địa đạt 6.150 tỷ đồng, tăng 4% so với cùng kỳ, "
        "thực hiện 57% dự toán, đồng thời giảm 2% so với quý trước."
    )
    investment, imports, revenue = records(text)
    assert comparisons(investment) == [(38.5, "ratio", "plan")]
    assert comparisons(imports) == [(103.0, "ratio", "plan")]
    assert comparisons(revenue) == [
        (4.0, "change", "same_period"),
        (57.0, "ratio", "plan"),
        (-2.0, "change", "other"),
    ]


def test_a_share_past_a_semicolon_opens_a_rate_whose_change_is_a_record():
    text = (
        "Năm 2023, thu nhập bình quân đầu người đạt 52 triệu đồng/năm; tỷ lệ hộ nghèo chiếm 3,1%, giảm 1,2% "
        "so với năm 2022."
    )
    income, poor, fall = records(text, published="2024-01-10")
    assert comparisons(income) == []
    assert (float(poor.value), float(fall.value)) == (3.1, 1.2)
    # in the amount's own clause a change after the share is still the amount's
    amount, share = records(
        "Năm 2023, Đà Nẵng thu 412 tỷ đồng, chiếm 18% và tăng 6%.", published="2024-01-10"
    )
    assert comparisons(amount) == [(6.0, "change", "same_period")]
    assert float(share.value) == 18.0


def test_a_change_in_the_capital_a_count_raised_is_the_amounts():
    text = (
        "Sáu tháng đầu năm có 420 doanh nghiệp thành lập mới, tổng số vốn đăng ký 3.500 tỷ đồng, tăng 15% về "
        "số doanh nghiệp, tăng 72% về số vốn đăng ký so với cùng kỳ."
    )
    found = extract(text, published="2024-07-05").records
    assert [[float(c.percent) for c in r.comparisons] for r in found] == [[15.0], [72.0]]


def test_a_fact_told_again_keeps_the_comparison_its_more_exact_telling_gives():
    text = (
        "Vốn ủy thác cho vay chính sách tăng mạnh\n"
        "Năm 2022, vốn ngân sách huyện ủy thác sang Ngân hàng Chính sách xã hội tăng 1.642 tỷ đồng, tăng 27% so "
        "với năm 2021, góp phần giảm nghèo bền vững.\n"
        "Tính riêng năm 2022, vốn ủy thác tăng 1.642 tỷ đồng, tăng 27,6% so với năm 2021."
    )
    (record,) = records(text, published="2023-01-10")
    assert comparisons(record) == [(27.6, "change", "same_period")]
    # told exactly first, rounded after: the exact one stays
    exact_first = text.replace("tăng 27% so", "tăng 27,6% so", 1).replace(
        "tăng 27,6% so với năm 2021.", "tăng 27%."
    )
    (record,) = records(exact_first, published="2023-01-10")
    assert comparisons(record) == [(27.6, "change", "same_period")]
    # more than a rounding apart: two comparisons that disagree, the first telling's kept
    apart = text.replace("tăng 27,6% so", "tăng 29,6% so")
    (record,) = records(apart, published="2023-01-10")
    assert comparisons(record) == [(27.0, "change", "same_period")]


def test_the_excess_over_the_plan_is_a_record_and_the_ratio_after_it_the_amounts():
    text = "Năm 2024, số hộ nghèo của huyện giảm 512 hộ so với năm 2023, vượt 212 hộ và đạt 170,7% so với tỉnh giao."
    amount, excess = extract(text).records
    assert [(float(c.percent), c.relation, c.basis) for c in amount.comparisons] == [(170.7, "ratio", "plan")]
    assert (float(excess.value), excess.comparisons) == (212.0, ())


def test_what_the_level_above_assigns_is_the_plan():
    (record,) = extract("Năm 2024, thu ngân sách đạt 300 tỷ đồng, bằng 110% so với huyện giao.").records
    assert [(float(c.percent), c.relation, c.basis) for c in record.comparisons] == [(110.0, "ratio", "plan")]


def test_a_grade_in_a_counts_label_is_no_figure_between_it_and_its_comparison():
    for text in (
        "Năm 2024, huyện có 12 sản phẩm OCOP được xếp hạng 3 sao, đạt 120% kế hoạch.",
        "Năm 2024, huyện có 12 trường đạt chuẩn quốc gia mức độ 2, đạt 120% kế hoạch.",
    ):
        (record,) = extract(text).records
        assert [(float(c.percent), c.relation, c.basis) for c in record.comparisons] == [
            (120.0, "ratio", "plan")
        ]
