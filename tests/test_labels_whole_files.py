"""Label rules for figures as whole files set them out (stop 35): items named before a colon, table rows
flattened to ``|`` cells, a site or project a lone measure is given of, and the object a farming or
fishing deed was named with once for several figures.  Each rule on invented text of the genre: what it
must change and what it must leave alone."""

import pytest
from extracted import label, labels

# --- ``Tên: số``: the name before the colon names the figure ---------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tổng đàn gia súc:\n- Trâu: 4.800 con\n- Bò: 11.200 con\n- Lợn: 39.500 con", ["Trâu", "Bò", "Lợn"]),
        ("- Đàn dê: 2.150 con\n- Đàn gia cầm: 610.000 con", ["Đàn dê", "Đàn gia cầm"]),
        ("Doanh nghiệp giải thể: 37 doanh nghiệp.", ["Doanh nghiệp giải thể"]),
        ("Các chỉ tiêu chủ yếu:\n- Tốc độ tăng trưởng kinh tế: 7,9%\n- Tỷ lệ hộ nghèo: 1,8%", None),
    ],
)
def test_an_item_is_named_by_the_words_before_its_colon(text, want):
    got = labels(text)
    if want is None:  # a rate named in full stays as named, no ``Tỷ lệ`` before a growth rate
        assert got == ["Tốc độ tăng trưởng kinh tế", "Tỷ lệ hộ nghèo"]
    else:
        assert got == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the list's head names the measure, the item after the colon names what it is of
        (
            "Diện tích gieo trồng: lúa 9.400 ha; ngô 2.700 ha.",
            ["Diện tích gieo trồng lúa", "Diện tích gieo trồng ngô"],
        ),
        # words between the colon and the figure name it themselves
        ("Kết quả thu ngân sách: tổng thu đạt 1.150 tỷ đồng.", ["Tổng thu"]),
        # a quotation's speaker, a connector or a year before the colon is no name
        ("Trong đó: thu nội địa 870 tỷ đồng.", ["Thu nội địa"]),
    ],
)
def test_what_is_no_item_name_is_left_alone(text, want):
    assert labels(text) == want


def test_a_place_before_a_colon_is_no_name():
    text = "Số trạm y tế đạt chuẩn quốc gia theo từng huyện như sau: Krông Nô: 11 trạm; Cư Jút: 8 trạm."
    assert labels(text) == ["Trạm y tế đạt chuẩn quốc gia", "Trạm y tế đạt chuẩn quốc gia"]


def test_the_items_of_a_bulleted_list_take_the_measure_its_head_line_names():
    text = "Diện tích gieo trồng:\n- Lúa: 9.400 ha\n- Ngô: 2.700 ha"
    assert labels(text) == ["Diện tích gieo trồng lúa", "Diện tích gieo trồng ngô"]


# --- a table row: its name cell names each of its figures ------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "| Chỉ tiêu | Thực hiện |\n|---|---|\n| Thu ngân sách trên địa bàn | 1.640 tỷ đồng |\n"
            "| Tỷ lệ trường đạt chuẩn quốc gia | 72,5% |",
            ["Thu ngân sách trên địa bàn", "Tỷ lệ trường đạt chuẩn quốc gia"],
        ),
        (
            "| 2 | Giá trị sản xuất công nghiệp | 8.930 tỷ đồng | 9.870 tỷ đồng |",
            ["Giá trị sản xuất công nghiệp", "Giá trị sản xuất công nghiệp"],
        ),
        ("Tổng vốn đầu tư toàn xã hội | 6.210 tỷ đồng", ["Tổng vốn đầu tư toàn xã hội"]),
    ],
)
def test_a_table_row_is_named_by_its_name_cell(text, want):
    assert labels(text) == want


# --- a lone measure given ``với`` or after a comma of a site or project named before it ---------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Các khu vực được điều chỉnh gồm khu vực Bãi Sao - thị trấn Hòa Lạc với quy mô khoảng 12,5 ha; "
            "khu vực cảng Đá Trắng, quy mô khoảng 20,4 ha.",
            ["Quy mô khu vực Bãi Sao", "Quy mô khu vực cảng Đá Trắng"],
        ),
        (
            "Tỉnh khởi công dự án mở rộng nhà máy chế biến gỗ Tân Phú của Công ty TNHH Hòa Bình với tổng vốn "
            "đầu tư 320 tỷ đồng.",
            ["Tổng vốn đầu tư dự án mở rộng nhà máy chế biến gỗ Tân Phú"],
        ),
        (
            "Các khu vực gồm khu vực Đồng Cỏ, xã Tân Hiệp, quy mô khoảng 150 ha và khu vực bãi Cát Vàng, xã Tân "
            "Hiệp với quy mô khoảng 40 ha.",
            ["Quy mô khu vực Đồng Cỏ", "Quy mô khu vực bãi Cát Vàng"],
        ),
    ],
)
def test_a_lone_measure_is_of_the_site_named_with_it(text, want):
    assert labels(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a place is no site: its own area stays ``Diện tích``
        ("Tỉnh nằm trong vùng kinh tế trọng điểm phía Nam, với diện tích 5.900 km2.", "Diện tích"),
        ("Tổng vốn đầu tư toàn xã hội đạt 12.000 tỷ đồng.", "Tổng vốn đầu tư toàn xã hội"),
    ],
)
def test_a_measure_with_no_site_before_it_stays(text, want):
    assert label(text) == want


def test_a_measure_of_the_sites_just_counted_is_theirs_not_their_place():
    text = "Năm 2023, thành phố thu hút 1 dự án dệt nhuộm vào khu công nghiệp Hải Hà, với số vốn đầu tư 12 triệu USD."
    assert labels(text)[1] == "Vốn đầu tư dự án dệt nhuộm"


# --- a farming or fishing deed named once with its object, then alone -------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Theo thống kê, diện tích nuôi tôm nước lợ đạt 650.000 ha, sản lượng nuôi đạt 480.000 tấn.",
            ["Diện tích nuôi tôm nước lợ", "Sản lượng nuôi tôm nước lợ"],
        ),
        (
            "Sản lượng khai thác và nuôi trồng thủy sản của huyện đạt 21.000 tấn; trong đó, sản lượng nuôi trồng "
            "đạt 12.000 tấn, sản lượng khai thác đạt 9.000 tấn.",
            [
                "Sản lượng khai thác và nuôi trồng thủy sản",
                "Sản lượng nuôi trồng thủy sản",
                "Sản lượng khai thác thủy sản",
            ],
        ),
        (
            "Huyện đang vào vụ nuôi tôm chính vụ, hiện diện tích thả nuôi hơn 8.000 ha.",
            ["Diện tích thả nuôi tôm"],
        ),
        (
            "Diện tích nuôi cá lồng của xã là 15 ha với 42 hộ nuôi.",
            ["Diện tích nuôi cá lồng", "Hộ nuôi cá lồng"],
        ),
    ],
)
def test_a_deed_named_alone_takes_the_object_its_sentence_gave_it(text, want):
    assert labels(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Diện tích nuôi đạt 1.200 ha.", "Diện tích nuôi"),  # no object said: none invented
        ("Sản lượng thủy sản nuôi trồng đạt 5.000 tấn.", "Sản lượng thủy sản nuôi trồng"),  # named already
    ],
)
def test_a_deed_with_no_object_said_stays(text, want):
    assert label(text) == want


# --- a seizure said once at the head of a list names each item seized ------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lực lượng hải quan đã phát hiện, thu giữ: 2.500 gam ma túy tổng hợp; 800 gam heroin; 120 gam ketamine.",
            ["Ma túy tổng hợp thu giữ", "Heroin thu giữ", "Ketamine thu giữ"],
        ),
        # an aside on an item, or an item with its own deed, takes no seizure from the head
        (
            "Đơn vị đã thu giữ: 2.500 gam ma túy tổng hợp (khoảng 9 nghìn viên); 800 gam heroin; trong đó có 12 vụ "
            "phối hợp bắt và tạm giữ 17 đối tượng.",
            ["Ma túy tổng hợp thu giữ", "Viên", "Heroin thu giữ", "Vụ phối hợp bắt", "Đối tượng tạm giữ"],
        ),
    ],
)
def test_the_items_of_a_seizure_list_are_what_was_seized(text, want):
    assert labels(text) == want


def test_a_list_after_another_head_takes_no_seizure():
    assert labels("Kết quả kiểm tra: 45 cơ sở vi phạm; 120 triệu đồng tiền phạt.") == [
        "Cơ sở vi phạm",
        "Tiền phạt",
    ]


# --- a stock at a cut-off month: no span of the months up to it (stop 35, second round) -------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lũy kế đến giữa tháng 9, số dự án FDI trên địa bàn tỉnh còn hiệu lực là 212 dự án, với tổng vốn "
            "đăng ký đạt 6,4 tỷ USD.",
            ["Dự án FDI còn hiệu lực", "Tổng vốn đăng ký dự án FDI còn hiệu lực"],
        ),
        ("Lũy kế đến cuối tháng 6, tổng đàn lợn của huyện đạt 48.000 con.", ["Tổng đàn lợn"]),
        # a flow up to a month's end keeps its months
        ("Tính đến hết tháng 10, thu nội địa đạt 2.450 tỷ đồng.", ["Thu nội địa 10 tháng"]),
    ],
)
def test_a_stock_at_a_cut_off_month_takes_no_span(text, want):
    assert labels(text) == want


# --- a heading line without a colon names the bare measures of its section ---------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Báo cáo kinh tế - xã hội năm 2024 của huyện.\nVề thu ngân sách\nTổng thu đạt 1.200 tỷ đồng, tăng 8%.",
            "Tổng thu ngân sách",
        ),
        (
            "Báo cáo năm 2024 của huyện.\n2. Xuất khẩu\nKim ngạch đạt 320 triệu USD, tăng 8%.",
            "Kim ngạch xuất khẩu",
        ),
        (
            "Báo cáo năm 2024 của huyện.\nII. LĨNH VỰC THỦY SẢN\nSản lượng đạt 4.300 tấn.",
            "Sản lượng thủy sản",
        ),
    ],
)
def test_a_heading_line_names_a_bare_measure_below_it(text, want):
    assert labels(text)[0] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a figure that says what it measures keeps its own words
        (
            "Báo cáo năm 2024 của huyện.\n2. Xuất khẩu\nKim ngạch nhập khẩu đạt 210 triệu USD.",
            "Kim ngạch nhập khẩu",
        ),
        # a line with a name in it (a byline, a caption) is no heading
        ("Báo cáo năm 2024 của huyện.\nẢnh Minh Anh\nSản lượng đạt 4.300 tấn.", "Sản lượng"),
        # a line with no numbering, opener or capitals may be a page's menu
        ("Báo cáo năm 2024 của huyện.\nKinh tế\nSản lượng đạt 4.300 tấn.", "Sản lượng"),
        # a sentence, not a heading: it ends with a full stop
        ("Báo cáo năm 2024 của huyện.\nHuyện đẩy mạnh xuất khẩu.\nSản lượng đạt 4.300 tấn.", "Sản lượng"),
    ],
)
def test_what_is_no_heading_is_left_alone(text, want):
    assert labels(text)[0] == want
