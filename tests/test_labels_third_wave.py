"""Label rules of stop 30, third wave (issue 8), each on invented sentences of the genre: ones it must
change and ones it must leave alone.

* A percentage right before the group it is of (``100% hộ dân được dùng điện``, ``98% doanh nghiệp đã
  kê khai thuế``) is the rate of that group: ``Tỷ lệ hộ dân được dùng điện``, as the hand-made labels
  of every read set mostly name it (and as a group that opens its comma part was named already).
* An output value that names no branch (``giá trị sản xuất tăng 9,5%``) is the output of the branches
  that open its sentence (``Công nghiệp tuy gặp khó khăn nhưng ...``), or the sentence right before
  when its own opens with the output value (``Sản xuất nông nghiệp, thủy sản ... . Giá trị sản xuất
  ...``).
"""

import pytest
from extracted import labels

# --- the rate of a group named right after its percentage -----------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm nay, 100% hộ dân trong huyện được dùng điện lưới quốc gia.",
            ["Tỷ lệ hộ dân được dùng điện lưới quốc gia"],
        ),
        (
            "Đến cuối năm, 98% doanh nghiệp đã kê khai thuế qua mạng.",
            ["Tỷ lệ doanh nghiệp đã kê khai thuế qua mạng"],
        ),
        (
            "Phấn đấu đến năm 2030 có 85% thôn, bản có nhà văn hóa đạt chuẩn.",
            ["Tỷ lệ thôn, bản có nhà văn hóa đạt chuẩn"],
        ),
    ],
)
def test_a_percentage_before_its_group_is_the_groups_rate(text, want):
    assert labels(text, published="2024-05-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a count of the same group is no rate
        (
            "Năm nay, 1.200 hộ dân trong huyện được dùng điện lưới quốc gia.",
            ["Hộ dân được dùng điện lưới quốc gia"],
        ),
        # a percentage of an amount names what was done with it
        (
            "Tỉnh hỗ trợ 70% kinh phí làm đường cho các xã vùng cao.",
            ["Hỗ trợ kinh phí làm đường cho các xã vùng cao"],
        ),
        # a rate already named before its figure keeps its name, said once
        ("Tỷ lệ hộ nghèo giảm còn 3,2%.", ["Tỷ lệ hộ nghèo"]),
    ],
)
def test_what_is_no_group_after_a_percentage_keeps_its_label(text, want):
    assert labels(text, published="2024-05-02") == want


# --- an output value named by the branches its sentence opens with --------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2024, công nghiệp tuy gặp nhiều khó khăn nhưng giá trị sản xuất vẫn tăng 9,5% so với cùng kỳ.",
            ["Giá trị sản xuất công nghiệp tăng"],
        ),
        (
            "Sản xuất nông nghiệp, thủy sản được quan tâm đầu tư. Giá trị sản xuất tăng bình quân 6%/năm, "
            "năm 2024 giá trị sản xuất đạt 2.500 tỷ đồng.",
            [
                "Giá trị sản xuất nông nghiệp, thủy sản tăng bình quân",
                "Giá trị sản xuất nông nghiệp, thủy sản",
            ],
        ),
        (
            "Hoạt động sản xuất công nghiệp, tiểu thủ công nghiệp trên địa bàn phát triển khá với giá trị sản "
            "xuất hơn 300 tỷ đồng.",
            ["Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp"],
        ),
        (  # a list of branches headed by ``nông``
            "Nông, lâm nghiệp và thủy sản phát triển ổn định, giá trị sản xuất tăng 4%.",
            ["Giá trị sản xuất nông, lâm nghiệp và thủy sản tăng"],
        ),
    ],
)
def test_an_output_value_is_of_the_branches_its_sentence_opens_with(text, want):
    assert labels(text, published="2024-12-20") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # ``công`` alone is no branch (``công trình``)
        ("Công trình giao thông được đầu tư, giá trị sản xuất tăng 8%.", ["Giá trị sản xuất tăng"]),
        # ``nông`` alone heads a list of branches only: ``nông thôn`` is none
        ("Nông thôn mới được quan tâm, giá trị sản xuất tăng 8%.", ["Giá trị sản xuất tăng"]),
        # a branch said in another paragraph is not this sentence's
        ("Công nghiệp phát triển mạnh.\n\nGiá trị sản xuất tăng 8%.", ["Giá trị sản xuất tăng"]),
        # an output value that names its branch keeps it
        ("Nông nghiệp ổn định, giá trị sản xuất công nghiệp tăng 8%.", ["Giá trị sản xuất công nghiệp tăng"]),
    ],
)
def test_an_output_value_without_a_branch_opening_its_sentence_stays(text, want):
    assert labels(text, published="2024-12-20") == want
