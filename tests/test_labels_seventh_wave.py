"""Label rules of stop 36, seventh wave (issue 8), each on invented sentences of the genre: ones it
must change and ones it must leave alone.

* A sentence that opens by singling out a part with ``Riêng X,`` or ``Đối với X,`` gives that part's
  figures: their labels carry the part (``Kim ngạch xuất khẩu hàng hóa khu vực cảng biển``), without
  what the opener says of it after a place or a measure.  A place (the locality), a name, a time,
  a topic (``Riêng về ...``) or a part the label already names is not carried.
* A comma in the words after a count or a share that coordinates one more of the same kind of thing
  goes on, however long what is said of both after it: the same first word again (``liên thôn, liên
  xã``), two places (``các thôn, xã``), two deeds of making into (``nhựa hóa, bê tông hóa``).  A
  comma before a clause of its own or another figure still ends the name.
* An area or an output given with ``với`` after a count of those who farm, trade or make something
  (``40 hộ trồng cam với diện tích 20 ha``, ``124 đơn vị xuất khẩu rau quả với tổng sản lượng ...``)
  is the activity's, not its holders': ``Diện tích trồng cam``, without ``hộ``; and when the measure
  says the activity already, it takes nothing.  An amount of money keeps its holders (the projects'
  capital), and a count of things that are no holders keeps its noun (``Diện tích cánh đồng mẫu``).
* Two changes of one sentence against two bases say which, whether the article writes ``so với``
  or, as the statistics offices' reports mostly do, ``so`` alone (``giảm 0,5% so tháng trước và tăng
  2,1% so cùng kỳ``); a change against the only basis of its sentence says none.
* Budget revenue a customs office collects is named by the office (``Thu ngân sách Cục Hải quan
  A``), a stream of its own: when the sentence names the office before the amount, or the sentence
  before does and this one goes on with ``Đơn vị``; a plan given in brackets after it is the office's
  too.  Revenue reported by the tax office, or a customs word that is no office (``thủ tục hải
  quan``), names nobody.
* The speaker of a quoted interview (``chúng tôi``, ``tôi``, ``xã tôi``) and the ``thì`` that joins a
  topic to what is said of it are no words of what is measured: a label drops them, and keeps what
  is left (``Tái định cư đã thi công``).
* Nor is who said it after a dash right behind the figure (``huyện là 8 tạ - Phó Chủ tịch xã A cho
  hay``): a figure without words of its own takes the item's before it, not the speaker's; and the
  brackets of an aside whose words went (a period) leave the label.
"""

import pytest
from extracted import labels


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Riêng khu vực cảng biển, kim ngạch xuất khẩu hàng hóa đạt 12,5 tỷ USD, tăng 6% so với cùng kỳ.",
            ["Kim ngạch xuất khẩu hàng hóa khu vực cảng biển"],
        ),
        (
            "Riêng tại các khu nghỉ dưỡng ven biển huyện Phú Quý, công suất phòng bình quân đạt khoảng 70%.",
            ["Công suất phòng bình quân các khu nghỉ dưỡng ven biển"],
        ),
        (
            "Đối với chương trình 135, tỉnh đã xây dựng 120 công trình hạ tầng.",
            ["Công trình hạ tầng xây dựng chương trình 135"],
        ),
        (
            "Đối với vùng nuôi tôm có quy mô từ 10 ha/vùng trở lên, tỉnh hỗ trợ 40% kinh phí xây dựng hạ tầng.",
            ["Hỗ trợ kinh phí xây dựng hạ tầng vùng nuôi tôm"],
        ),
        (
            "Riêng đối với bờ biển phía Đông, hiện có 4.800 m bờ kè bị sạt lở.",
            ["Bờ kè bị sạt lở bờ biển phía Đông"],
        ),
        ("Riêng các xã vùng cao, tỷ lệ hộ nghèo còn 25%.", ["Tỷ lệ hộ nghèo các xã vùng cao"]),
        (
            "Riêng tại các khu nghỉ dưỡng huyện Phú Quý, công suất phòng bình quân đạt 70%.",
            ["Công suất phòng bình quân các khu nghỉ dưỡng"],
        ),
    ],
)
def test_a_part_singled_out_by_the_opener_is_carried(text, want):
    assert labels(text, published="2023-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Riêng huyện Tân Phú, toàn huyện có 1.200 hộ nuôi cá.", ["Hộ nuôi cá"]),
        ("Riêng Hà Nội, kim ngạch xuất khẩu đạt 4 tỷ USD.", ["Kim ngạch xuất khẩu"]),
        ("Riêng trong năm 2022, thu ngân sách đạt 5.000 tỷ đồng.", ["Thu ngân sách"]),
        ("Riêng về công nghệ xử lý rác, tỷ lệ chôn lấp tối đa là 50%.", ["Tỷ lệ chôn lấp"]),
        ("Đối với cây lúa, diện tích gieo cấy lúa đạt 12.000 ha.", ["Diện tích gieo cấy lúa"]),
        ("Đối với cá cảnh, diện tích nuôi cá cảnh đạt 88 ha.", ["Diện tích nuôi cá cảnh"]),
        # no comma: the part is the subject, named already
        ("Riêng khu vực cảng biển thu được 3.900 tỷ đồng.", ["Thu ngân sách khu vực cảng biển"]),
    ],
)
def test_a_place_a_time_a_topic_or_a_named_part_is_not_carried(text, want):
    assert labels(text, published="2023-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Đến nay, 70% các tuyến đường liên thôn, liên xã được nhựa hóa, bê tông hóa, tạo thuận lợi "
            "cho người dân đi lại.",
            ["Tỷ lệ tuyến đường liên thôn, liên xã được nhựa hóa, bê tông hóa"],
        ),
        (
            "Năm 2023, toàn tỉnh có 12.000 người thuộc các thôn, xã đặc biệt khó khăn vùng cao.",
            ["Người thuộc các thôn, xã đặc biệt khó khăn vùng cao"],
        ),
        (
            "Đến nay có 40 km đường giao thông nông thôn được cứng hóa, kiên cố hóa.",
            ["Đường giao thông nông thôn được cứng hóa, kiên cố hóa"],
        ),
    ],
)
def test_a_comma_that_coordinates_the_same_kind_of_thing_goes_on(text, want):
    assert labels(text, published="2023-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Toàn tỉnh có 35 dự án, tập trung vào lĩnh vực du lịch và dịch vụ.", ["Dự án"]),
        ("Năm 2023, huyện giảm 15 hộ nghèo, hộ cận nghèo giảm 9 hộ.", ["Hộ nghèo giảm", "Hộ cận nghèo giảm"]),
    ],
)
def test_a_comma_before_a_clause_or_the_next_item_still_ends_the_name(text, want):
    assert labels(text, published="2023-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Toàn xã có 40 hộ trồng cam với diện tích hơn 20 ha.", ["Hộ trồng cam", "Diện tích trồng cam"]),
        (
            "Hiện thành phố có 91 xã, phường sản xuất rau với diện tích canh tác trên 3.500 ha.",
            ["Xã, phường sản xuất rau", "Diện tích canh tác sản xuất rau"],
        ),
        (
            "Tỉnh có 124 đơn vị xuất khẩu rau, quả và nông sản các loại với tổng sản lượng trên 544 ngàn tấn.",
            ["Đơn vị xuất khẩu rau, quả và nông sản", "Tổng sản lượng xuất khẩu rau, quả và nông sản"],
        ),
        (
            "Năm 2016, có 20 đơn vị tổ chức đấu giá quyền sử dụng đất với diện tích đất tổ chức đấu giá là 23,8 ha.",
            ["Đơn vị tổ chức đấu giá quyền sử dụng đất", "Diện tích đất tổ chức đấu giá"],
        ),
    ],
)
def test_an_area_or_output_of_holders_is_their_activitys(text, want):
    assert labels(text, published="2019-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Huyện có 26 cánh đồng mẫu với diện tích 246 ha.", ["Cánh đồng mẫu", "Diện tích cánh đồng mẫu"]),
        (
            "Toàn tỉnh có 91 dự án điều chỉnh tăng vốn với tổng vốn đầu tư 346 triệu USD.",
            ["Dự án điều chỉnh tăng vốn", "Tổng vốn đầu tư dự án điều chỉnh tăng vốn"],
        ),
        (
            "Toàn tỉnh có 45 doanh nghiệp chế biến gỗ với tổng vốn đăng ký 1.200 tỷ đồng.",
            ["Doanh nghiệp chế biến gỗ", "Tổng vốn đăng ký doanh nghiệp chế biến gỗ"],
        ),
    ],
)
def test_money_of_holders_and_an_area_of_things_keep_their_noun(text, want):
    assert labels(text, published="2019-05-02") == want


def test_two_changes_against_two_bases_written_so_alone_say_which():
    text = "Chỉ số giá tiêu dùng tháng 5 giảm 0,5% so tháng trước và tăng 2,1% so cùng kỳ."
    assert labels(text, published="2023-06-02") == [
        "Chỉ số giá tiêu dùng giảm so tháng trước tháng 5",
        "Chỉ số giá tiêu dùng tăng so cùng kỳ tháng 5",
    ]


def test_a_change_against_the_only_basis_of_its_sentence_says_none():
    assert labels("Doanh thu du lịch tháng 5 tăng 5% so cùng kỳ.", published="2023-06-02") == [
        "Doanh thu du lịch tăng tháng 5"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ủy ban nhân dân tỉnh giao Cục Hải quan Bình Dương phấn đấu thu ngân sách năm 2022 đạt 9.500 tỷ đồng.",
            ["Thu ngân sách Cục Hải quan Bình Dương"],
        ),
        (
            "Cục Hải quan Bình Dương đang nỗ lực thu NSNN trong những tuần cuối năm. Đơn vị ước thực hiện đến "
            "31/12/2022 sẽ đạt kết quả thu NSNN trên 10.600 tỷ đồng.",
            ["Thu NSNN Cục Hải quan Bình Dương"],
        ),
        (
            "Theo báo cáo của Cục Hải quan Đồng Nai, đơn vị thu ngân sách được 4.698 tỷ đồng, đạt 66,7% chỉ "
            "tiêu Bộ Tài chính giao (7.000 tỷ đồng).",
            [
                "Thu ngân sách Cục Hải quan Đồng Nai",
                "Chỉ tiêu thu ngân sách Cục Hải quan Đồng Nai Bộ Tài chính giao",
            ],
        ),
    ],
)
def test_revenue_a_customs_office_collects_is_named_by_the_office(text, want):
    assert labels(text, published="2022-12-20") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Cục Thuế tỉnh cho biết, thu ngân sách tháng 12 ước đạt 2.977 tỷ đồng.", ["Thu ngân sách tháng 12"]),
        (
            "Công chức hải quan hướng dẫn thủ tục hải quan. Thu ngân sách năm 2022 đạt 500 tỷ đồng.",
            ["Thu ngân sách"],
        ),
    ],
)
def test_revenue_without_a_customs_office_names_nobody(text, want):
    assert labels(text, published="2022-12-20") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "“Trước đây chúng tôi làm đường nông thôn mới theo công nghệ truyền thống, 1 km hết 1,2 tỷ đồng”, "
            "ông Hùng nói.",
            ["Làm đường nông thôn mới theo công nghệ truyền thống, 1 km hết"],
        ),
        (
            "“Theo tôi ước tính, người nông dân xã tôi thu nhập từ trồng cam bán vào dịp Tết vừa qua được hơn "
            "7 tỷ đồng”, ông Sơn cho biết.",
            ["Người nông dân thu nhập từ trồng cam bán vào dịp Tết"],
        ),
        ("“Tái định cư thì chúng tôi đã thi công 100%”, ông Nam nói.", ["Tái định cư đã thi công"]),
    ],
)
def test_the_speaker_of_a_quote_is_no_word_of_the_label(text, want):
    assert labels(text, published="2020-05-02") == want


def test_a_label_without_a_speaker_is_left_alone():
    text = "Thu nhập bình quân của người dân thị trấn đạt 60 triệu đồng/người/năm."
    assert labels(text, published="2020-05-02") == ["Thu nhập bình quân của người dân thị trấn"]


def test_who_said_it_after_a_dash_is_no_name():
    text = "Tuy nhiên, nguồn hỗ trợ giống từ tỉnh là 4,5 tấn, huyện là 8 tạ - Phó Chủ tịch xã Phú Lộc Lê Văn A cho hay."
    found = labels(text, published="2017-05-02")
    assert found[0] == "Nguồn hỗ trợ giống từ tỉnh"
    assert all("Phó Chủ tịch" not in label for label in found)


def test_a_dash_inside_a_name_after_the_figure_stays():
    text = "Tuyến cao tốc dài 144 km, nối Đồng Đăng - Trà Lĩnh, có quy mô 4 làn xe."
    assert labels(text, published="2017-05-02")[0] == "Chiều dài tuyến cao tốc"


def test_the_brackets_of_a_period_taken_out_leave_the_label():
    text = "Tốc độ tăng trưởng kinh tế (giai đoạn 2005 - 2015) trung bình đạt 13,62%."
    assert labels(text, published="2017-05-02") == ["Tốc độ tăng trưởng kinh tế trung bình"]
