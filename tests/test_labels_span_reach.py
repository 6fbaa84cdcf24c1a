"""Label rules for the missing tail (stop 33): a part-year span that a report names once, in its lead or
a paragraph's opening, reaches the figures after it more often; a holiday named by its days frames them
as ``dịp Tết`` does; a stock keeps no span said outside its sentence; a contribution says what it goes to.
Each rule on invented sentences of the genre: ones it must change and ones it must leave alone."""

from extracted import labels

from desktop.core.extract.label_trims import _without_rate_unit

# --- the lead's span goes on past the year its own sentence names and past the tasks ahead ---------


def test_the_leads_span_goes_on_past_the_year_of_its_own_sentence():
    text = (
        "Trong 09 tháng, UBND huyện đã chỉ đạo thực hiện các nhiệm vụ phát triển kinh tế - xã hội năm 2021.\n\n"
        "Tổng thu ngân sách trên địa bàn ước đạt 412,5 tỷ đồng, bằng 80,2% dự toán."
    )
    assert labels(text) == ["Tổng thu ngân sách trên địa bàn 9 tháng"]


def test_the_tasks_of_the_months_left_are_no_second_span():
    text = (
        "Hội nghị đánh giá kết quả 6 tháng đầu năm 2022 và triển khai nhiệm vụ 6 tháng cuối năm 2022.\n\n"
        "Kinh tế tiếp tục phát triển. Tổng thu ngân sách nhà nước ước đạt 215 tỷ đồng."
    )
    assert labels(text) == ["Tổng thu ngân sách nhà nước 6 tháng"]


def test_a_date_written_in_words_is_no_month():
    text = (
        "Công bố số liệu kinh tế - xã hội 6 tháng đầu năm 2021\n\nNgày 28 tháng 06 năm 2021\n\n"
        "Tổng sản phẩm trên địa bàn đạt 9.120 tỷ đồng, tăng 5,2% so với cùng kỳ."
    )
    assert labels(text) == ["Tổng sản phẩm trên địa bàn 6 tháng"]


# --- a basis year is no year of the figure's own: the paragraph's opening span reaches it --------


def test_a_basis_year_does_not_stop_the_paragraphs_span():
    text = (
        "Báo cáo tình hình kinh tế của huyện.\n\n"
        "Trong 6 tháng đầu năm 2023, tình hình kinh tế - xã hội trên địa bàn huyện ổn định. "
        "Sản lượng lương thực có hạt ước đạt 6.250 tấn, tăng 3,1% so với cùng kỳ năm 2022."
    )
    assert labels(text) == ["Sản lượng lương thực có hạt 6 tháng"]


def test_a_year_of_its_own_still_stops_it():
    text = (
        "Báo cáo tình hình kinh tế của huyện.\n\n"
        "Trong 6 tháng đầu năm 2023, tình hình kinh tế - xã hội trên địa bàn huyện ổn định. "
        "Năm 2022, sản lượng lương thực có hạt đạt 12.300 tấn."
    )
    assert labels(text) == ["Sản lượng lương thực có hạt"]


# --- a holiday named by its days frames the figures after it ------------------------------------


def test_a_holiday_by_its_days_frames_the_report():
    text = (
        "Dịp lễ 30/4-1/5: thành phố đón hơn 80.000 lượt khách\n\n"
        "Kỳ nghỉ lễ năm nay kéo dài 5 ngày nên lượng khách khá đông. "
        "Tổng doanh thu du lịch ước đạt 96 tỷ đồng. Công suất phòng bình quân đạt 75%."
    )
    assert labels(text)[-2:] == [
        "Tổng doanh thu du lịch dịp lễ 30/4-1/5",
        "Công suất phòng bình quân dịp lễ 30/4-1/5",
    ]


# --- a stock keeps no span said outside its sentence ---------------------------------------------


def test_a_stock_keeps_no_span_of_the_paragraph():
    text = (
        "Báo cáo của huyện.\n\n"
        "Trong 6 tháng đầu năm, kinh tế của huyện ổn định. Duy trì tổng đàn gia súc, gia cầm hơn 21 nghìn con. "
        "Hiện huyện có 8 xã đạt chuẩn nông thôn mới."
    )
    assert labels(text) == ["Tổng đàn gia súc, gia cầm", "Xã đạt chuẩn nông thôn mới"]


# --- a contribution says what it goes to ----------------------------------------------------------


def test_a_contribution_says_what_it_goes_to():
    text = "Vùng Tây Nguyên tăng trưởng GRDP ước đạt 7,1%, đóng góp 6,2% vào tăng trưởng chung của cả nước."
    assert labels(text)[-1] == "Đóng góp vào tăng trưởng chung của cả nước"


# --- the criteria a group of communes reached are said of those counted -------------------------


def test_the_criteria_reached_stay_in_the_label():
    text = "Toàn huyện có 14 xã đạt 15 tiêu chí; 6 xã đạt 12 tiêu chí."
    assert labels(text) == ["Xã đạt 15 tiêu chí", "Xã đạt 12 tiêu chí"]


def test_an_average_per_commune_is_a_figure_of_its_own():
    text = "Đến nay, 48 xã đạt bình quân 11 tiêu chí/xã, tăng 4,2 tiêu chí/xã so với năm 2015."
    got = labels(text)
    assert len(got) == 3 and "11" not in got[0]


# --- an amount led by its change keeps the span said before the change ------------------------------


def test_an_amount_after_its_change_keeps_the_span_before_it():
    text = (
        "Trong quý II, kim ngạch xuất khẩu tăng 9,3% so với cùng kỳ, đạt 1.250 triệu USD; "
        "nhập khẩu tăng 6%, đạt 980 triệu USD."
    )
    assert labels(text, published="2024-07-02") == ["Kim ngạch xuất khẩu quý II", "Nhập khẩu quý II"]
    text = "Doanh thu lữ hành 5 tháng đầu năm tăng 12,5%, đạt 350 tỷ đồng."
    assert labels(text, published="2024-06-01") == ["Doanh thu lữ hành 5 tháng"]


def test_a_month_to_compare_with_after_the_change_is_no_span():
    text = "Doanh thu dịch vụ lưu trú tăng 5% so với tháng 4, đạt 350 tỷ đồng."
    assert labels(text, published="2024-06-01") == ["Doanh thu dịch vụ lưu trú"]


# --- a rate's unit is no head of its label -------------------------------------------------------------


def test_a_rate_unit_does_not_open_the_label():
    text = "Công suất thông qua cửa soi chiếu lên tới 1.600 khách/giờ."
    assert labels(text, published="2024-06-01") == ["Công suất thông qua cửa soi chiếu"]


def test_a_rate_unit_stays_when_it_is_all_the_label_says():
    assert _without_rate_unit("Khách/giờ đón", "khách/giờ") == "Khách/giờ đón"
    assert _without_rate_unit("Con/kg", "con/kg") == "Con/kg"
    assert _without_rate_unit("Lượt/ngày qua cầu cảng", "lượt/ngày") == "Qua cầu cảng"
