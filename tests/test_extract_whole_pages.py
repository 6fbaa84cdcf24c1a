"""Counts that whole scraped pages carry and no statistics officer records, each next to the counts of the
same nouns the genre does report; and count nouns of the genre that a scale word alone used to stand for
(sentences written for these tests)."""

import pytest

from desktop.core.extract import extract


def spans(text):
    return [text[r.start : r.end] for r in extract(text).records]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom a congress elects; the members of the party organisation are a figure
        (
            "Đại hội đã bầu 17 đồng chí vào Ban Chấp hành khóa mới. Đảng bộ có 38 chi bộ với 960 đảng viên.",
            ["38 chi bộ", "960 đảng viên"],
        ),
        ("Tham dự có 130 đảng viên tiêu biểu đại diện cho 742 đảng viên của Đảng bộ.", ["742 đảng viên"]),
        ("Trong năm, Đảng bộ kết nạp 64 đảng viên mới.", ["64 đảng viên"]),
        # a ceremony's honoured; people counted by what they did are a figure
        ("Dịp này, UBND huyện tặng Giấy khen cho 31 tập thể và 58 cá nhân có thành tích xuất sắc.", []),
        ("Năm qua có 2.400 cá nhân tham gia bảo hiểm xã hội tự nguyện.", ["2.400 cá nhân"]),
        # a page's view counter
        ("Kinh tế quý I tăng trưởng khá\n\n3 lượt xem\n\nGRDP quý I tăng 6,8%.", ["6,8%"]),
        ("08/05/2024 09:12 Số lượt xem: 415\n\nToàn xã có 14 thôn.", ["14 thôn"]),
        ("Lễ hội đón 12.000 lượt khách.", ["12.000 lượt khách"]),
        # farming seasons are no cases; cases are
        ("Bà con đã nuôi 2 vụ tôm trong năm; bình quân cả 2 vụ đạt 6 tấn/ha.", ["6 tấn/ha"]),
        ("Đất bãi có thể trồng 2 - 3 vụ/năm.", []),
        ("Lực lượng chức năng phát hiện 214 vụ vi phạm, khởi tố 6 vụ.", ["214 vụ", "6 vụ"]),
        # the named communes another was merged from; a count of merged units is a figure
        ("Xã Tân Phú được thành lập trên cơ sở sáp nhập 3 xã Tân An, Phú Lợi và Phú Thạnh.", []),
        ("Năm 2020, huyện sáp nhập 52 thôn thành 24 thôn.", ["52 thôn", "24 thôn"]),
        # a vehicle's seats; the seats a transport service offers
        ("Đoàn đi bằng xe 29 chỗ.", []),
        ("Các hãng bay mở bán thêm 80.000 chỗ dịp Tết.", ["80.000 chỗ"]),
        # count nouns of the genre
        (
            "Thành phố giao 12 chủ đầu tư cải tạo 12 khu chung cư cũ.",
            ["12 chủ đầu tư", "12 khu chung cư"],
        ),
        ("Tuyến metro dài 9,5 km, gồm 7 ga ngầm.", ["9,5 km", "7 ga"]),
        (
            "Gạch nung ước đạt 22,4 triệu viên, tăng 3,1%; quần áo may sẵn 41,2 nghìn cái.",
            ["22,4 triệu viên", "41,2 nghìn cái"],
        ),
        ("Huyện tuyển dụng 18 viên chức.", ["18 viên chức"]),
    ],
)
def test_whole_page_counts(text, expected):
    assert spans(text) == expected


def test_scale_word_wrapped_to_the_next_line():
    text = "Lượng khách cả năm ước đạt 2.310\nnghìn lượt khách."
    (record,) = extract(text).records
    assert record.base_value == 2_310_000


def test_line_opening_on_a_scale_word_of_a_rate_stays_apart():
    text = "Số hộ nghèo cuối năm còn 87\nTỷ lệ hộ nghèo còn 1,9%."
    assert spans(text) == ["87", "1,9%"]


def test_vehicle_classes_by_seats_are_no_counts():
    text = "Thuế tăng với xe có từ 5 chỗ ngồi trở xuống và ôtô con dưới 9 chỗ; nhập khẩu 1.200 xe."
    assert spans(text) == ["1.200 xe"]


def test_one_cooperative_that_opens_a_list_of_counts_is_no_example():
    text = "Trên địa bàn huyện hiện có 1 hợp tác xã và 3 tổ hợp tác chuyên trồng rau."
    assert spans(text) == ["1 hợp tác xã", "3 tổ hợp tác"]


def test_one_farm_is_still_an_example():
    text = "Toàn huyện có 1 trang trại nuôi 500 con bò."
    assert spans(text) == []


def test_base_of_a_rate_is_no_count():
    text = "Toàn tỉnh còn 42 hộ chưa có nhà ở; trung bình cứ 10.000 hộ dân cư thì có 3 hộ chưa có nhà."
    assert spans(text)[0] == "42 hộ"
    assert "10.000 hộ" not in spans(text)


def test_one_small_count_told_of_two_criteria_is_two_facts():
    text = (
        "Kết quả xây dựng nông thôn mới của huyện\n"
        "Huyện Phú Lộc lúc đầu có 7 xã đạt và cơ bản đạt tiêu chí cơ cấu lao động.\n"
        "Đến nay, đã có 7 xã đạt tiêu chí thu nhập, 15 xã đạt tiêu chí hộ nghèo."
    )
    records = extract(text, locality="Phú Lộc").records
    assert [text[r.start : r.end] for r in records] == ["7 xã", "7 xã", "15 xã"]


def test_a_count_told_again_per_day_is_one_fact():
    text = (
        "Sân bay đông khách dịp lễ\n"
        "Lượng khách qua sân bay Cam Ranh dịp nghỉ lễ sẽ đạt 42.000 lượt khách.\n"
        "Theo cảng, lượng khách qua cảng dịp nghỉ lễ đạt khoảng 42.000 lượt khách/ngày."
    )
    assert len(extract(text, locality="Khánh Hòa").records) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Từ chỗ bình quân mỗi xã chỉ đạt 4 tiêu chí năm 2012, đến nay mỗi xã đạt bình quân trên 17 tiêu chí.",
            ["4 tiêu chí", "17 tiêu chí"],
        ),
        ("Toàn huyện bình quân đạt 15,3 tiêu chí trên một xã.", ["15,3 tiêu chí"]),
        # criteria named or defining a group stay rhetoric
        ("Huyện tập trung thực hiện 5 tiêu chí khó; 9 xã đạt 15 tiêu chí.", ["9 xã"]),
    ],
)
def test_criteria_reached_on_average_are_a_figure(text, expected):
    assert spans(text) == expected


def test_a_figure_after_a_word_ending_in_hinh_is_read():
    text = "Nguồn thu từ tài trợ 12 tỉ đồng và từ bản quyền truyền hình 3,5 tỉ đồng; xem hình 2."
    assert spans(text) == ["12 tỉ đồng", "3,5 tỉ đồng"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thu ngân sách lần đầu vượt mốc 15.000 tỷ đồng, đạt 15.420 tỷ đồng.", ["15.420 tỷ đồng"]),
        ("Dân số của tỉnh đang tiến gần tới mốc 2 triệu người.", []),
        # a milestone forecast or reached is the figure
        ("Kim ngạch có thể cán mốc 3 tỷ USD trong năm nay.", ["3 tỷ USD"]),
        ("Tổng vốn đăng ký đạt mốc 6.000 tỷ đồng.", ["6.000 tỷ đồng"]),
    ],
)
def test_milestones_passed_or_neared_frame_the_figure(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of labels (a size grade) names, as its first number does
        ("Tôm thẻ loại 40 - 50 con/kg có giá 120.000 đồng/kg.", ["120.000 đồng/kg"]),
        # a year, then a figure, is no range
        ("Năm 2024 - 640 doanh nghiệp thành lập mới.", ["640 doanh nghiệp"]),
        # a range of rates after a calendar word is a figure
        ("Phấn đấu doanh thu dịch vụ tăng bình quân hằng năm 9-11%.", ["9-11%"]),
        # count nouns of the genre
        (
            "Sản phẩm xuất khẩu sang 48 nước và vùng lãnh thổ; thành phố phê duyệt 512 quy trình nội bộ.",
            ["48 nước và vùng lãnh thổ", "512 quy trình"],
        ),
        (
            "Dịp Tết, tỉnh tổ chức 65 hoạt động văn hóa; có 210 doanh nghiệp hoạt động.",
            ["65 hoạt động", "210 doanh nghiệp"],
        ),
    ],
)
def test_label_ranges_and_more_count_nouns(text, expected):
    assert spans(text) == expected
