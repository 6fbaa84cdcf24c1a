"""Label rules of stop 36, seventh wave (issue 8), each on invented sentences of the genre: ones it
must change and ones it must leave alone.

* A sentence that opens by singling out a part with ``Riêng X,`` or ``Đối với X,`` gives that part's
  figures: their labels carry the part (``Kim ngạch xuất khẩu hàng hóa khu vực cảng biển``), without
  what the opener says of it after a place or a measure.  A place (the locality), a name, a time,
  a topic (``Riêng về ...``) or a part the label already names is not carried.
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
