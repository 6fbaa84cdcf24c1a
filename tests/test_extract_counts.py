"""Counts of what the genre reports, ranges and totals whose ends both carry the unit (sentences written
for these tests), each next to the out-of-scope numbers the new nouns must not bring back."""

from decimal import Decimal

import pytest

from desktop.core.extract import extract


def spans(text, **kwargs):
    return [text[r.start : r.end] for r in extract(text, **kwargs).records]


def only(text, **kwargs):
    (record,) = extract(text, **kwargs).records
    return record


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # administrative units and places
        (
            "Đã có 6 địa phương hoàn thành, 2 huyện và 1 thị xã đạt chuẩn.",
            ["6 địa phương", "2 huyện", "1 thị xã"],
        ),
        (
            "Vốn FDI đổ vào 41 tỉnh, thành phố, từ 27 quốc gia và vùng lãnh thổ.",
            ["41 tỉnh, thành phố", "27 quốc gia và vùng lãnh thổ"],
        ),
        ("Sau sắp xếp, giảm từ 212 đầu mối xuống còn 170 đầu mối.", ["212 đầu mối", "170 đầu mối"]),
        # enterprises and zones, with the abbreviations of the press
        (
            "Năm nay có thêm 1,2 nghìn DN, 3 KCN và 9 CCN; 14 HTX mới.",
            ["1,2 nghìn DN", "3 KCN", "9 CCN", "14 HTX"],
        ),
        (
            "Toàn huyện có 12 khách sạn, 40 nhà hàng và 85 cơ sở lưu trú.",
            ["12 khách sạn", "40 nhà hàng", "85 cơ sở lưu trú"],
        ),
        # projects, plots, procedures
        (
            "Đấu giá 7 lô đất và 15 thửa đất; cấp phép 9 dự án; xử lý 3.200 tờ khai.",
            ["7 lô đất", "15 thửa đất", "9 dự án", "3.200 tờ khai"],
        ),
        # the loan agreements of an ODA project
        (
            "Đến nay, thành phố đã ký 2 hiệp định vay với tổng vốn 900 triệu USD.",
            ["2 hiệp định", "900 triệu USD"],
        ),
        # members, medals, people honoured
        (
            "Hội có 420 thành viên; đoàn thể thao giành 18 huy chương vàng; xã có 95 liệt sĩ.",
            ["420 thành viên", "18 huy chương vàng", "95 liệt sĩ"],
        ),
        # goods, crops, species
        (
            "Xuất khẩu 9.000 cành lan, 1.300 tấm da và 400 bộ sản phẩm; vườn có 35 loài cây.",
            ["9.000 cành", "1.300 tấm", "400 bộ", "35 loài"],
        ),
        # infrastructure
        (
            "Ngành điện xây 26 trạm biến áp, 4 trạm bơm và 2 hồ chứa.",
            ["26 trạm biến áp", "4 trạm bơm", "2 hồ chứa"],
        ),
        # farming organised in fields and zones, fruit counted by the piece, seedlings
        (
            "Huyện xây dựng 12 cánh đồng mẫu lớn, 5 vùng nguyên liệu; cấp 30.000 cây giống, 2.000 con giống; "
            "sản lượng dừa 450 triệu trái.",
            [
                "12 cánh đồng mẫu lớn",
                "5 vùng nguyên liệu",
                "30.000 cây giống",
                "2.000 con giống",
                "450 triệu trái",
            ],
        ),
        # trading sessions, lanes, groups of goods, clusters of a zone
        (
            "Ngân hàng mở 6 phiên giao dịch; đường rộng 6 làn xe; 3 nhóm hàng giảm giá; khu kinh tế chia thành 5 cụm.",
            ["6 phiên giao dịch", "6 làn xe", "3 nhóm hàng", "5 cụm"],
        ),
        # people served, petitions, clubs, agreements of a promotion conference, tickets, cages
        (
            "Đón 2,1 triệu hành khách; tiếp nhận 86 kiến nghị của 4.200 cử tri; thành lập 14 câu lạc bộ.",
            ["2,1 triệu hành khách", "86 kiến nghị", "4.200 cử tri", "14 câu lạc bộ"],
        ),
        (
            "Hội nghị trao 12 biên bản ghi nhớ và 5 thỏa thuận đầu tư; bán 30.000 vé; có 1.500 lồng nuôi.",
            ["12 biên bản ghi nhớ", "5 thỏa thuận", "30.000 vé", "1.500 lồng nuôi"],
        ),
        # outbreaks, business entities, market stalls, online public services, staff positions, ponds
        (
            "Phát hiện 15 ổ dịch; có 8.500 chủ thể kinh doanh, 300 ki-ốt, 40 sạp; cung cấp 1.200 dịch vụ công "
            "trực tuyến; giảm 350 biên chế; 210 ao nuôi; 95 cấp ủy viên.",
            [
                "15 ổ dịch",
                "8.500 chủ thể kinh doanh",
                "300 ki-ốt",
                "40 sạp",
                "1.200 dịch vụ công",
                "350 biên chế",
                "210 ao nuôi",
                "95 cấp ủy viên",
            ],
        ),
        # branches of mass organisations, teams, security cameras, car parks
        (
            "Hội có 18 chi hội, 7 tổ hội nghề nghiệp; Đoàn có 15 chi đoàn; 45 tổ đội khai thác hải sản; "
            "lắp 150 camera; xây 12 bãi đỗ xe.",
            ["18 chi hội", "7 tổ hội", "15 chi đoàn", "45 tổ đội", "150 camera", "12 bãi đỗ xe"],
        ),
        # citizens called up and received, the groups a mass organisation or a health service counts, staff
        (
            "Giao 1.150 công dân nhập ngũ; tiếp 900 lượt công dân; hỗ trợ 2.300 phụ nữ, 640 cựu chiến binh; "
            "khám cho 1.800 thai phụ; trường có 85 giảng viên, 12 tiến sĩ.",
            [
                "1.150 công dân",
                "900 lượt công dân",
                "2.300 phụ nữ",
                "640 cựu chiến binh",
                "1.800 thai phụ",
                "85 giảng viên",
                "12 tiến sĩ",
            ],
        ),
        # associations and funds, urban and resettlement areas, border gates, sub-projects
        (
            "Thành lập 4 hiệp hội, 2 quỹ; xây 3 khu tái định cư, 6 khu đô thị, 2 chung cư; tỉnh có 3 cửa khẩu; "
            "dự án gồm 5 tiểu dự án.",
            [
                "4 hiệp hội",
                "2 quỹ",
                "3 khu tái định cư",
                "6 khu đô thị",
                "2 chung cư",
                "3 cửa khẩu",
                "5 tiểu dự án",
            ],
        ),
        # medals and prizes as the press abbreviates them, land titles, events and publications
        (
            "Đoàn giành 5 HC vàng, 7 HC bạc, 9 HC đồng và 3 giải nhất; cấp 2.100 GCN; tổ chức 14 hội thảo; "
            "đăng 320 bài viết.",
            ["5 HC vàng", "7 HC bạc", "9 HC đồng", "3 giải nhất", "2.100 GCN", "14 hội thảo", "320 bài viết"],
        ),
        # trade and farming: transactions, outlets, air routes, growing-area codes, small farms, equipment
        (
            "Có 1,2 triệu giao dịch; 450 điểm bán; mở 4 đường bay; cấp 36 mã số vùng trồng; 120 gia trại; "
            "trang bị 80 thiết bị.",
            [
                "1,2 triệu giao dịch",
                "450 điểm bán",
                "4 đường bay",
                "36 mã số vùng trồng",
                "120 gia trại",
                "80 thiết bị",
            ],
        ),
        # party and mass-organisation reports: badges, scholarships, savings books, findings of inspections
        (
            "Trao 350 huy hiệu Đảng, 420 học bổng và 60 sổ tiết kiệm; ban hành 45 kết luận thanh tra.",
            ["350 huy hiệu", "420 học bổng", "60 sổ tiết kiệm", "45 kết luận"],
        ),
        # trade, tourism, industry, farming, health, sport, jobs
        (
            "Tổ chức 12 hội chợ, 30 phiên chợ; có 2 TTTM, 2.400 buồng, 85 homestay; lắp 4 dây chuyền; xây 25 "
            "chuỗi liên kết; có 140 nhà thuốc, 60 sân thể thao, 45 đội văn nghệ; tạo 1.800 chỗ làm việc.",
            [
                "12 hội chợ",
                "30 phiên chợ",
                "2 TTTM",
                "2.400 buồng",
                "85 homestay",
                "4 dây chuyền",
                "25 chuỗi liên kết",
                "140 nhà thuốc",
                "60 sân thể thao",
                "45 đội",
                "1.800 chỗ làm việc",
            ],
        ),
        # abbreviations: economic zones, administrative procedures
        ("Tỉnh có 2 KKT; đã cắt giảm 120 TTHC.", ["2 KKT", "120 TTHC"]),
        (
            "Có 1 KCX, 320 DNNVV, 15 TDP, 8 KDC; giảm 12 ĐVHC.",
            ["1 KCX", "320 DNNVV", "15 TDP", "8 KDC", "12 ĐVHC"],
        ),
        ("Hỗ trợ 12.000 NLĐ; tinh giản 45 CBCCVC, 12 CBCC.", ["12.000 NLĐ", "45 CBCCVC", "12 CBCC"]),
        # "trong số" opens a count ("among the 5"), unlike "số 5", which names a thing
        (
            "Trong số 60 HTX trên địa bàn, có 18 HTX khá; số 5 Trần Phú có 3 phòng.",
            ["60 HTX", "18 HTX", "3 phòng"],
        ),
    ],
)
def test_counts_of_the_genre(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank and its denominator stay out, with the new admin nouns
        ("Tỉnh xếp 9/63 tỉnh, thành; lọt tốp 10 địa phương; có 40 xã.", ["40 xã"]),
        ("Tỉnh xếp thứ 12 trên 63 tỉnh, thành; đứng thứ 3 trong 10 huyện; có 40 xã.", ["40 xã"]),
        ("Huyện là 1 trong 6 huyện nghèo của tỉnh, có 12 xã.", ["12 xã"]),
        ("Trong 63 tỉnh, thành phố, chỉ 4 tỉnh xuất siêu.", ["4 tỉnh"]),
        # the field of a ranking after "trong số" or "so với"
        ("Huyện đứng đầu trong số 9 huyện; là một trong số 4 huyện nghèo; có 12 xã.", ["12 xã"]),
        ("Tỉnh đứng thứ 3 so với 14 tỉnh trong vùng, có 40 xã.", ["40 xã"]),
        # a selection for a ranking is not a count
        ("Kim ngạch của 3 địa phương dẫn đầu đạt 90 tỷ USD.", ["90 tỷ USD"]),
        # ... nor the top of a ranking by the quantity it names; a group a floor defines still counts
        (
            "Năm 2023, 05 địa phương có kim ngạch xuất khẩu cao nhất là A, B; 10 doanh nghiệp có doanh thu "
            "lớn nhất được khen; 12 doanh nghiệp có vốn lớn; 35 xã có tỷ lệ hộ nghèo thấp.",
            ["12 doanh nghiệp", "35 xã"],
        ),
        # a number after a place word names the place
        ("Ông A ở khu vực 4, phường 5 thành phố B cho biết, thành phố có 80 dự án.", ["80 dự án"]),
        # a title is not a count
        ("Hội nghị có 21 Bộ trưởng tham dự; tỉnh thu hút 5 dự án.", ["5 dự án"]),
        # rhetorical counts of ideas stay out even though "giải" and "bộ" look like nouns
        ("Đề ra 3 giải pháp và 26 nhóm giải pháp; đạt 12 tỷ đồng.", ["12 tỷ đồng"]),
        # ratings and types are no counts
        ("Có 30 sản phẩm OCOP 3 sao; chợ hạng 1 và đô thị loại 2.", ["30 sản phẩm"]),
        # a group, a cluster or a session named by its number is no count
        ("Nhóm 3 có giá giảm; cụm 2 và phiên 4 của hội nghị; có 9 cụm.", ["9 cụm"]),
        # who attends a meeting and the free-trade agreements of the country are no figures of the place
        ("Hội nghị có hơn 300 đại biểu dự; cắt giảm thuế theo 15 hiệp định thương mại; có 9 cụm.", ["9 cụm"]),
    ],
)
def test_new_count_nouns_keep_the_out_of_scope_rules(text, expected):
    assert spans(text) == expected


def test_a_range_whose_ends_both_carry_the_unit():
    text = "Mỗi hộ thu từ 120 triệu đến 180 triệu đồng/hộ; năng suất 5 tấn/ha - 6 tấn/ha."
    income, yield_ = extract(text).records
    assert (income.value, income.value_max, income.unit, income.base_value) == (
        Decimal(120),
        Decimal(180),
        "triệu đồng/hộ",
        Decimal(120_000_000),
    )
    assert (yield_.value, yield_.value_max, yield_.unit) == (Decimal(5), Decimal(6), "tấn/ha")


def test_a_per_capita_range():
    r = only("Phấn đấu thu nhập bình quân đầu người từ 4.500 USD đến 5.000 USD/người.")
    assert (r.value, r.value_max, r.unit, r.base_unit) == (
        Decimal(4500),
        Decimal(5000),
        "usd/người",
        "usd/người",
    )


def test_a_word_range_from_a_bare_number_takes_the_unit_after_its_bound():
    r = only("Phấn đấu GRDP bình quân đầu người đạt 6.800 đến 7.200 USD/người.")
    assert (r.value, r.value_max, r.unit) == (Decimal(6800), Decimal(7200), "usd/người")
    # after a percentage the word may reach a date
    assert spans("Tỷ lệ giải ngân đạt 12% đến 30/6.") == ["12%"]


def test_a_word_range_needs_tu_before_it():
    assert spans("Doanh thu đạt 5 tỷ đồng đến 31/12 và 3 tỷ đồng.") == ["5 tỷ đồng", "3 tỷ đồng"]


def test_an_amount_out_of_a_total_is_one_record_with_of():
    r = only("Đến nay đã giải ngân 812,5 tỷ đồng/1.050 tỷ đồng (đạt 77,38%).")
    assert (r.value, r.of, r.unit) == (Decimal("812.5"), Decimal(1050), "tỷ đồng")
    assert [(float(c.percent), c.relation) for c in r.comparisons] == [(77.38, "ratio")]


def test_per_units_of_several_words_or_with_digits():
    assert spans("Hỗ trợ 80 nghìn đồng/m2 nhà lưới và 2 tỷ đồng/dự án.") == [
        "80 nghìn đồng/m2",
        "2 tỷ đồng/dự án",
    ]


def test_usd_glued_to_the_scale_word():
    r = only("Nhập khẩu xăng dầu đạt 1,2 tỷUSD.")
    assert (r.unit, r.base_value) == ("tỷ usd", Decimal(1_200_000_000))


def test_a_slash_typed_between_the_scale_word_and_the_currency():
    usd, vnd = extract("Vốn FDI đạt 457,7 triệu/USD; vốn trong nước 12 tỷ/ đồng.").records
    assert (usd.unit, usd.base_value) == ("triệu usd", Decimal(457_700_000))
    assert (vnd.unit, vnd.base_value) == ("tỷ đồng", Decimal(12_000_000_000))


def test_foreign_currencies_of_loans_and_border_trade():
    yen, yuan = extract("Tổng giá trị vay gần 35.700 triệu Yên; thu 2,5 tỷ nhân dân tệ.").records
    assert (yen.unit, yen.base_unit, yen.base_value) == ("triệu yên", "yên", Decimal(35_700_000_000))
    assert (yuan.unit, yuan.base_value) == ("tỷ nhân dân tệ", Decimal(2_500_000_000))


def test_a_scale_word_with_no_unit_counts_what_its_label_opens_with():
    visits = only("Đến nay, lượt khách du lịch đến tỉnh trong quý I đạt khoảng 3,3 triệu.")
    assert (visits.unit, visits.base_unit, visits.base_value) == ("triệu lượt", "lượt", Decimal("3300000"))
    poor = only("Số hộ nghèo toàn tỉnh còn 1,2 nghìn.")
    assert (poor.unit, poor.base_unit, poor.base_value) == ("nghìn hộ", "hộ", Decimal("1200"))
    total = only("Năm qua, tổng lượt khách đến các điểm du lịch của huyện 2,4 triệu.")
    assert (total.unit, total.base_unit, total.base_value) == ("triệu lượt", "lượt", Decimal("2400000"))
    # a total of an amount names no counted noun: the scale word stays bare
    value = only("Năm qua, tổng giá trị hàng hóa qua cửa khẩu 2,4 triệu.")
    assert (value.unit, value.base_unit) == ("triệu", "")
    # a label that opens with a counted noun but measures money: the scale word stays bare
    field = only("Năm nay, cánh đồng lúa hữu cơ của xã cho doanh thu 480 triệu.")
    assert (field.unit, field.base_unit) == ("triệu", "")


def test_a_scale_word_with_no_unit_and_no_counted_noun_stays_bare():
    record = only("Doanh thu của hợp tác xã đạt 340 triệu.")
    assert (record.unit, record.base_unit) == ("triệu", "")


def test_a_score_written_in_words():
    text = "Đến nay có 14 trên tổng số 19 xã đạt chuẩn nông thôn mới; 6 trong 8 HTX có lãi."
    assert [(text[r.start : r.end], r.value, r.of, r.unit) for r in extract(text).records] == [
        ("14 trên tổng số 19 xã", 14, 19, "xã"),
        ("6 trong 8 HTX", 6, 8, "htx"),
    ]
    # one of several is a membership, no count; a year before ``trên`` leaves the count after it
    assert spans("Huyện là 1 trong 6 huyện nghèo; năm 2023 trên 12 xã đã hoàn thành.") == ["12 xã"]
    # more than the total is spread over the units, no score: the units stay a count
    assert spans("Hỗ trợ 300 trên 5 xã.") == ["5 xã"]


def test_a_bare_number_that_a_counting_subject_counts():
    text = "Số doanh nghiệp thành lập mới đạt 1.234; tổng số hộ nghèo toàn tỉnh là 5.678; số lao động có việc làm tăng thêm 3.200."
    found = extract(text).records
    assert [(text[r.start : r.end], r.unit) for r in found] == [
        ("1.234", "doanh nghiệp"),
        ("5.678", "hộ"),
        ("3.200", "lao động"),
    ]


def test_a_bare_number_after_a_counting_subject_and_a_colon():
    text = "Số HTX thành lập mới: 48; số doanh nghiệp giải thể: 215."
    assert [(text[r.start : r.end], r.unit) for r in extract(text).records] == [
        ("48", "htx"),
        ("215", "doanh nghiệp"),
    ]


def test_a_bare_number_without_a_counting_subject_stays_out():
    text = "Số vốn đạt 5.000; số doanh nghiệp đạt 2021; vào số 1.234 phố Huế; năm 2020 có 2.000; số vốn: 700."
    assert spans(text) == []


def test_a_range_in_words_after_a_hedge_or_thêm_is_one_record():
    text = "Năm 2017, tỉnh phấn đấu có thêm 9 đến 10 xã đạt chuẩn nông thôn mới; khoảng 20 đến 25 hộ tái định cư."
    assert [(r.value, r.value_max) for r in extract(text).records] == [(9, 10), (20, 25)]


def test_two_counts_joined_by_đến_without_a_hedge_stay_apart():
    text = "Năm 2017, xã có 9 thôn, đến 10 hộ vẫn nghèo."
    assert [(r.value, r.value_max) for r in extract(text).records] == [(9, None), (10, None)]


def test_criteria_per_commune_are_an_average_but_criteria_alone_are_rhetoric():
    text = (
        "Năm 2016, bình quân số tiêu chí đạt chuẩn là 12,5 tiêu chí/xã, tăng 1 tiêu chí/xã so với năm 2015."
    )
    assert [(r.value, r.unit) for r in extract(text).records] == [
        (Decimal("12.5"), "tiêu chí/xã"),
        (1, "tiêu chí/xã"),
    ]
    text = "Năm 2016, xã đạt 4 tiêu chí, 15/19 tiêu chí; bộ tiêu chí có 19 tiêu chí."
    assert [(r.value, r.of) for r in extract(text).records] == [(15, 19)]


def test_indicators_counted_with_how_far_they_got_are_the_rest_of_a_score():
    text = (
        "Năm 2023, huyện đạt và vượt 20/22 chỉ tiêu, 02 chỉ tiêu gần đạt kế hoạch. Về xã hội, có 8/9 chỉ "
        "tiêu đạt, 1 chỉ tiêu chưa đạt; 3 nhiệm vụ không hoàn thành."
    )
    assert spans(text) == ["20/22 chỉ tiêu", "02 chỉ tiêu", "8/9 chỉ tiêu", "1 chỉ tiêu", "3 nhiệm vụ"]
    # the targets set and the criteria a commune reaches are no result
    text = "Nghị quyết đề ra 24 chỉ tiêu và 4 nhiệm vụ trọng tâm; xã đạt 4 tiêu chí."
    assert spans(text) == []


def test_indicators_counted_after_the_verb_that_reached_them_are_a_result():
    text = (
        "Năm 2023, thị xã đạt và vượt toàn bộ 18 chỉ tiêu chủ yếu; huyện hoàn thành 14 chỉ tiêu kinh tế - xã "
        "hội."
    )
    assert spans(text) == ["18 chỉ tiêu", "14 chỉ tiêu"]
    # criteria a commune reaches, tasks done and the indicators set stay out
    assert spans("Năm 2023, xã đạt 6 tiêu chí, hoàn thành 3 nhiệm vụ; Nghị quyết đề ra 18 chỉ tiêu.") == []


def test_criteria_a_place_reached_and_groups_of_indicators_scored_are_results():
    text = (
        "Năm 2023, huyện Yên Thành đạt chuẩn 8 tiêu chí theo Bộ tiêu chí huyện nông thôn mới. Toàn huyện đạt "
        "512 tiêu chí, tăng 11 tiêu chí so với năm 2020. Tỉnh hoàn thành và vượt 15/16 nhóm chỉ tiêu chủ yếu; thị xã vượt 4 nhóm chỉ tiêu."
    )
    assert spans(text) == [
        "8 tiêu chí",
        "512 tiêu chí",
        "11 tiêu chí",
        "15/16 nhóm chỉ tiêu",
        "4 nhóm chỉ tiêu",
    ]
    # the criteria that define a counted group, criteria only named, and their change stay out
    text = "Năm 2023, có 12 xã đạt chuẩn 15 tiêu chí; xã đạt 6 tiêu chí, tăng 2 tiêu chí; Bộ có 4 tiêu chí, đề ra 5 nhóm chỉ tiêu."
    assert spans(text) == ["12 xã"]


def test_an_abbreviation_the_article_defines_for_a_count_noun_counts_like_the_noun():
    text = (
        "Năm 2023, tỉnh cấp mới 10 dự án (DA); đến nay có 1.111 DA FDI, trong đó 588 DA hoạt động. "
        "Kết nạp 12 đảng viên (ĐV) mới, 5 ĐV bị kỷ luật."
    )
    assert [(text[r.start : r.end], r.unit) for r in extract(text).records] == [
        ("10 dự án", "dự án"),
        ("1.111 DA", "da"),
        ("588 DA", "da"),
        ("12 đảng viên", "đảng viên"),
        ("5 ĐV", "đv"),
    ]
    # undefined, or defined for no count noun, an abbreviation after a number counts nothing
    text = "Năm 2023, tỉnh tổ chức hội nghị Ban Chỉ đạo (BCĐ) với 30 BCĐ cơ sở; có 40 DA và 12 UBND xã."
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the villages of the highlands and the south, as the commune reports count them
        ("Toàn xã có 12 xóm, 4 buôn, 3 sóc và 6 khóm.", ["12 xóm", "4 buôn", "3 sóc", "6 khóm"]),
        # the health staff of the national indicator list
        (
            "Trạm y tế có 2 y sĩ, 3 điều dưỡng, 1 nữ hộ sinh và 1 dược sĩ; bệnh viện có 40 y tá.",
            ["2 y sĩ", "3 điều dưỡng", "1 nữ hộ sinh", "1 dược sĩ", "40 y tá"],
        ),
        # the venues of culture, sport and the post
        (
            "Huyện có 5 thư viện, 2 nhà thi đấu, 1 sân vận động, 3 bưu cục và 14 điểm bưu điện văn hóa xã.",
            ["5 thư viện", "2 nhà thi đấu", "1 sân vận động", "3 bưu cục", "14 điểm bưu điện"],
        ),
        # the same words as a verb or after a place word are no count
        ("Gia đình chuyên buôn bán; năm 2023 xóm 5 có 30 hộ nghèo.", ["30 hộ"]),
    ],
)
def test_villages_health_staff_and_venues_are_counted(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm nay, du lịch đóng góp khoảng 1/5 tổng thu ngân sách của huyện.", [("1/5", 1, 5)]),
        ("Diện tích cà phê của huyện chiếm 2/3 diện tích cây công nghiệp toàn tỉnh.", [("2/3", 2, 3)]),
        (
            "Lũ làm mất 5.000 tấn thóc (1/4 sản lượng cả vụ) của xã.",
            [("5.000 tấn", 5000, None), ("1/4", 1, 4)],
        ),
    ],
)
def test_a_common_fraction_of_a_whole_is_a_share(text, expected):
    found = extract(text).records
    assert [(text[r.start : r.end], r.value, r.of) for r in found] == expected
    assert found[-1].unit == ""


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 1/3, huyện tổ chức lễ ra quân; từ 1/4 đến 2/5 tổng kết các phong trào.",
        "Nhân ngày Thương binh liệt sĩ 27/7 Thăm hỏi các gia đình chính sách.",
        "Học sinh lớp 1/3 và lớp 2/5 của trường được khen thưởng.",
    ],
)
def test_dates_and_bare_fractions_without_a_share_word_stay_out(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sau sắp xếp, các phòng chuyên môn giảm từ 120 đầu mối xuống còn 95.",
            [("120 đầu mối", "đầu mối"), ("95", "đầu mối")],
        ),
        (
            "Số đơn vị hành chính cấp xã giảm từ 210 xuống còn 168 đơn vị.",
            [("210", "đơn vị"), ("168 đơn vị", "đơn vị")],
        ),
        (
            "Mức lương cơ sở tăng từ 1,49 triệu lên 1,8 triệu đồng/tháng.",
            [("1,49 triệu", "triệu đồng/tháng"), ("1,8 triệu đồng/tháng", "triệu đồng/tháng")],
        ),
        (
            "Lượng khách tăng từ 2,1 triệu lượt lên 2,6 triệu.",
            [("2,1 triệu lượt", "triệu lượt"), ("2,6 triệu", "triệu lượt")],
        ),
    ],
)
def test_a_change_writes_its_unit_once_for_both_ends(text, expected):
    assert [(text[r.start : r.end], r.unit) for r in extract(text).records] == expected


def test_a_change_lends_no_unit_to_a_year_an_age_or_another_scale():
    text = (
        "Kéo dài từ 15 xã lên 2025; độ tuổi từ 15 lên 18 tuổi; lượng khách từ 900 nghìn lên 1,2 triệu lượt."
    )
    assert [(text[r.start : r.end], r.unit) for r in extract(text).records] == [
        ("15 xã", "xã"),
        ("900 nghìn", "nghìn"),
        ("1,2 triệu lượt", "triệu lượt"),
    ]


# Stop 28: kinds of unit counted as one group, households, population, provinces sharing a property.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Toàn tỉnh hiện có 140 xã, phường, thị trấn; trong đó 62 thôn, bản đã có điện lưới.",
            [("140 xã, phường, thị trấn", "xã, phường, thị trấn"), ("62 thôn, bản", "thôn, bản")],
        ),
        (
            "Sau sắp xếp, thành phố giảm 34 phòng, ban và 12 cơ quan, đơn vị trực thuộc.",
            [("34 phòng, ban", "phòng, ban"), ("12 cơ quan, đơn vị", "cơ quan, đơn vị")],
        ),
        (
            "Nhà đầu tư nước ngoài đã rót vốn vào 45 tỉnh thành phố, riêng 8 tỉnh, thành có dự án mới.",
            [("45 tỉnh thành phố", "tỉnh thành phố"), ("8 tỉnh, thành", "tỉnh, thành")],
        ),
        ("Đã có 310/420 thôn, xóm xây nhà văn hóa.", [("310/420 thôn, xóm", "thôn, xóm")]),
    ],
)
def test_a_count_of_kinds_of_unit_listed_together_is_one_unit(text, expected):
    assert [(text[r.start : r.end], r.unit) for r in extract(text).records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next noun starts the next count, a verb, or names a unit
        (
            "Khi mới thành lập, huyện có 07 xã, 52 thôn, buôn.",
            [("07 xã", "xã"), ("52 thôn, buôn", "thôn, buôn")],
        ),
        ("Năm nay 9 xã, thành lập thêm 4 HTX.", [("9 xã", "xã"), ("4 HTX", "htx")]),
        ("Tỉnh hỗ trợ 3 xã và 2 phường.", [("3 xã", "xã"), ("2 phường", "phường")]),
        # a thing counted is not a kind of unit
        ("Xây mới 15 phòng học, nhà văn hóa.", [("15 phòng học", "phòng học")]),
    ],
)
def test_other_words_after_a_count_noun_stay_out_of_its_unit(text, expected):
    assert [(text[r.start : r.end], r.unit) for r in extract(text).records] == expected


def test_households_are_counted_in_ho_whoever_they_are():
    text = "Năm 2023, xã có 245 hộ dân được dùng nước sạch."
    record = only(text)
    assert (text[record.start : record.end], record.unit) == ("245 hộ", "hộ")
    assert record.indicator.startswith("Hộ dân")


def test_population_and_ethnic_groups_are_counts():
    text = "Huyện có dân số 1,3 triệu người, với 19 dân tộc cùng sinh sống; mã số 12 người."
    assert [(text[r.start : r.end], r.unit) for r in extract(text).records] == [
        ("1,3 triệu người", "triệu người"),
        ("19 dân tộc", "dân tộc"),
    ]


def test_one_of_the_provinces_sharing_a_property_counts_the_country_s_provinces():
    text = "Năm 2022, Bình Dương là một trong 15 tỉnh, thành phố tự cân đối được ngân sách."
    record = only(text, locality="Bình Dương")
    assert (text[record.start : record.end], record.locality) == ("15 tỉnh, thành phố", "cả nước")


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh là một trong 10 tỉnh có chỉ số năng lực cạnh tranh cao nhất.",
        "Là 1 trong 3 tỉnh đầu tiên đạt chuẩn phổ cập giáo dục.",
        "Huyện là một trong 5 địa phương dẫn đầu về thu ngân sách.",
        "Đây là một trong 4 dự án trọng điểm của tỉnh.",
    ],
)
def test_one_of_a_ranking_s_selection_is_no_count(text):
    assert extract(text).records == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2023, cửa khẩu đón 64.200 lượt phương tiện; ngân hàng giải ngân cho 12.400 lượt khách hàng.",
            [("64.200 lượt phương tiện", "lượt phương tiện"), ("12.400 lượt khách hàng", "lượt khách hàng")],
        ),
        (
            "Toàn tỉnh có 52 nhà văn hóa xã và 960 nhà văn hóa thôn; 2.140 tuyến đường dây được cải tạo.",
            [
                ("52 nhà văn hóa xã", "nhà văn hóa xã"),
                ("960 nhà văn hóa thôn", "nhà văn hóa thôn"),
                ("2.140 tuyến đường dây", "tuyến đường dây"),
            ],
        ),
        # ``lượt`` alone, and a noun after it that is not what the visits are of
        (
            "Khu du lịch đón 9.000 lượt, tăng 12%; 3.000 lượt khách quốc tế.",
            [("9.000 lượt", "lượt"), ("3.000 lượt khách", "lượt khách")],
        ),
    ],
)
def test_visits_count_whom_they_name(text, expected):
    assert [(text[r.start : r.end], r.unit) for r in extract(text).records] == expected


def test_a_yield_that_names_its_crop_is_per_area():
    text = "Năm 2023, vườn dừa cho 2,1 tấn cơm dừa/ha; ruộng lúa đạt 64 tạ thóc/ha; cả xã thu 5.000 tấn lúa."
    assert [(text[r.start : r.end], r.unit) for r in extract(text).records] == [
        ("2,1 tấn cơm dừa/ha", "tấn/ha"),
        ("64 tạ thóc/ha", "tạ/ha"),
        ("5.000 tấn", "tấn"),
    ]


def test_an_amount_out_of_a_total_is_no_rate_per_the_total():
    text = "Năm 2023, sản lượng giảm trên 9 vạn tấn/tổng sản lượng lương thực cả năm là 310 vạn tấn."
    assert [(text[r.start : r.end], r.unit) for r in extract(text).records] == [
        ("9 vạn tấn", "vạn tấn"),
        ("310 vạn tấn", "vạn tấn"),
    ]


def test_measures_of_energy_ports_and_area_as_the_press_writes_them():
    text = "Có 1.200 hécta lúa; điện mặt trời 450 MWp; sản lượng 2.500 GWh; cảng đạt 1,2 triệu TEU; thu 50 triệu đôla."
    assert [r.unit for r in extract(text).records] == ["hécta", "mwp", "gwh", "triệu teu", "triệu đôla"]


def test_containers_in_the_plural_and_transport_turnover_keep_their_whole_unit():
    text = (
        "Cảng biển đón 2,4 triệu TEUs, tăng 5% so với cùng kỳ; hàng hóa luân chuyển đạt 12.350 nghìn tấn.km, "
        "hành khách luân chuyển 6.120 nghìn người.km và 820 nghìn hành khách.km."
    )
    assert [(text[r.start : r.end], r.unit, r.base_unit) for r in extract(text).records] == [
        ("2,4 triệu TEUs", "triệu teus", "teus"),
        ("12.350 nghìn tấn.km", "nghìn tấn.km", "tấn.km"),
        ("6.120 nghìn người.km", "nghìn người.km", "người.km"),
        ("820 nghìn hành khách.km", "nghìn hành khách.km", "hành khách.km"),
    ]
    # the plain measure is unchanged: a full stop after ``tấn`` ends the sentence, it opens no unit
    assert [r.unit for r in extract("Sản lượng đạt 2.300 tấn. Km đường mới làm 12 km.").records] == [
        "tấn",
        "km",
    ]


@pytest.mark.parametrize(
    ("text", "span", "value", "of"),
    [
        ("Năm qua, huyện giải quyết việc làm cho 6.150/7.500 lao động.", "6.150/7.500 lao động", 6150, 7500),
        ("Cả nước đã có 6.001/8.211 xã đạt chuẩn nông thôn mới.", "6.001/8.211 xã", 6001, 8211),
        ("Toàn tỉnh có 95/120 xã đạt chuẩn nông thôn mới.", "95/120 xã", 95, 120),
    ],
)
def test_a_score_whose_total_groups_its_thousands(text, span, value, of):
    record = only(text, published="2023-12-20")
    assert (text[record.start : record.end], record.value, record.of) == (span, value, of)


def test_the_year_of_a_date_starts_no_figure():
    text = "Ngày 4/12/2021 tỉnh có 12/15 huyện đạt chuẩn; từ 1/1/2023 đến 30/6/2023 thu 500 tỷ đồng."
    assert spans(text, published="2023-12-20") == ["12/15 huyện", "500 tỷ đồng"]


def test_labour_abbreviated_is_counted_and_a_two_digit_growth_is_no_count():
    assert spans("Mỗi năm có 38.000 LĐ được đào tạo nghề; Sở LĐTBXH hỗ trợ 1.200 hộ.") == [
        "38.000 LĐ",
        "1.200 hộ",
    ]
    assert spans("Thành phố tăng trưởng 2 con số 11 năm liên tiếp; đàn lợn có 500 con.") == ["500 con"]


def test_three_percentages_joined_by_dashes_are_a_list_not_a_range():
    shares = extract("Cơ cấu kinh tế đạt 12,5% - 40,3% - 47,2%.", published="2023-12-20").records
    assert [(r.value, r.value_max) for r in shares] == [
        (Decimal("12.5"), None),
        (Decimal("40.3"), None),
        (Decimal("47.2"), None),
    ]
    (growth,) = extract("Tăng trưởng đạt 6,5% - 7%.", published="2023-12-20").records
    assert (growth.value, growth.value_max) == (Decimal("6.5"), Decimal("7"))


def test_an_amount_out_of_its_plan_with_the_unit_once_is_the_amount_reached():
    text = (
        "Tỉnh giải ngân được 1.245,5/9.870,25 tỷ đồng vốn đầu tư công, đạt 12,6% kế hoạch; "
        "huyện giải ngân hơn 35/120 tỷ đồng."
    )
    found = extract(text).records
    assert [(text[r.start : r.end], r.value, r.of) for r in found] == [
        ("1.245,5/9.870,25 tỷ đồng", Decimal("1245.5"), Decimal("9870.25")),
        ("35/120 tỷ đồng", 35, 120),
    ]
    assert found[0].base_value == Decimal("1245500000000")
    assert [(float(c.percent), c.basis) for c in found[0].comparisons] == [(12.6, "plan")]
    # a date, or more reached than planned, is no such amount
    text = "Ngày 20/11 tỉnh chi 5 tỷ đồng; đạt 130/120 tỷ đồng."
    assert [text[r.start : r.end] for r in extract(text).records] == ["5 tỷ đồng"]


def test_a_change_that_lost_its_percent_sign_in_a_list_of_percentage_changes_is_a_percentage():
    text = (
        "Cơ cấu kinh tế: tỷ trọng nông nghiệp giảm 2,14; công nghiệp tăng 1,05%; dịch vụ tăng 1,09%. "
        "Sản lượng thép tăng hơn 31, xi măng tăng 4,6%."
    )
    assert [(text[r.start : r.end], r.unit) for r in extract(text).records] == [
        ("2,14", "%"),
        ("1,05%", "%"),
        ("1,09%", "%"),
        ("31", "%"),
        ("4,6%", "%"),
    ]
    # a bare number whose list is not of percentages, or a year, keeps no percent
    text = "Năm 2023, số hộ nghèo giảm 215; số hộ cận nghèo giảm 140 hộ. Doanh thu tăng 2022, giảm 5%."
    assert all(r.unit != "%" or text[r.start : r.end].endswith("%") for r in extract(text).records)
