"""Labels that say too much (issue 8, stop 34): words of an aside or of a neighbour clause inside a
label, each rule on invented sentences of the genre: ones it must change and ones it must leave alone.

* A rank said of what is measured (``thị trường lớn nhất của tỉnh``, ``đạt cao nhất từ trước đến
  nay``, ``huyện có nhiều diện tích ... nhất``) tells where the figure ranks, not what it measures.
  A measure named by its rank (``Nhiệt độ cao nhất``) and a scenario (``kịch bản cao nhất``) keep it.
* A comma inside a label parts the items of a list; the opening words of the next clause after it
  (``..., thu hút``, ``..., tập trung vào``) and a connector left before it (``Nếu, ...``) go.
* Who did a passive deed (``được UBND huyện công nhận``, ``được các thương lái thu mua``) is no part
  of what is counted or priced; a plan's giver (``Trung ương giao``) and a fund's source stay.
"""

import pytest
from extracted import labels

from desktop.core.extract.label_trims import _without_doer, _without_next_clause, _without_superlative


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2023, kim ngạch xuất khẩu sang Hoa Kỳ, thị trường lớn nhất của tỉnh, đạt 520 triệu USD.",
            ["Kim ngạch xuất khẩu sang Hoa Kỳ"],
        ),
        (
            "Năm 2023, thu ngân sách nhà nước đạt cao nhất từ trước đến nay với 7.800 tỷ đồng.",
            ["Thu ngân sách nhà nước"],
        ),
        (
            "Năm 2023, huyện có nhiều diện tích trồng cam nhất là Hàm Yên với 5.200 ha.",
            ["Diện tích trồng cam"],
        ),
        ("Năm 2023, giá lúa thấp nhất là 6.500 đồng/kg.", ["Giá lúa"]),
    ],
)
def test_a_rank_said_of_the_figure_is_no_word_of_its_label(text, want):
    assert labels(text) == want


@pytest.mark.parametrize(
    ("label", "want"),
    [
        (
            "Xuất khẩu gạo sang Philippines, thị trường lớn nhất của Việt Nam giảm",
            "Xuất khẩu gạo sang Philippines giảm",
        ),
        ("Doanh thu du lịch - thành phố nhỏ nhất Việt Nam về diện tích", "Doanh thu du lịch"),
        (
            "Tỷ trọng dân số là thành phố đông dân nhất trong dân số cả nước",
            "Tỷ trọng dân số trong dân số cả nước",
        ),
        ("Nhiều hộ nghèo nhất trong", "Hộ nghèo"),
        ("Sản lượng xã có nhiều diện tích nuôi cá nhất", "Sản lượng"),
        # a measure named by its rank, a scenario, ``nhất là`` (``above all``): left alone
        ("Nhiệt độ cao nhất", "Nhiệt độ cao nhất"),
        ("Tăng trưởng GRDP kịch bản cao nhất", "Tăng trưởng GRDP kịch bản cao nhất"),
        ("Tỷ trọng nhất là khu vực dịch vụ", "Tỷ trọng nhất là khu vực dịch vụ"),
        ("Kim ngạch xuất khẩu sang Nhật Bản", "Kim ngạch xuất khẩu sang Nhật Bản"),
    ],
)
def test_a_rank_goes_whether_an_aside_or_inside_the_label(label, want):
    assert _without_superlative(label) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2023, tỉnh đón 3,2 triệu lượt khách du lịch, thu hút nhiều nhà đầu tư mới.",
            ["Lượt khách du lịch đón"],
        ),
        (
            "Năm 2023, tỉnh cấp mới 35 dự án đầu tư, tập trung vào lĩnh vực chế biến.",
            ["Dự án đầu tư cấp mới"],
        ),
        ("Năm 2023, diện tích lúa, ngô đạt 12.000 ha.", ["Diện tích lúa, ngô"]),
    ],
)
def test_the_next_clause_after_a_comma_is_no_item_of_the_label(text, want):
    assert labels(text) == want


@pytest.mark.parametrize(
    ("label", "want"),
    [
        ("Doanh thu dịch vụ lưu trú, dự tính vào", "Doanh thu dịch vụ lưu trú"),
        ("Hộ được vay vốn ưu đãi, đồng thời", "Hộ được vay vốn ưu đãi"),
        ("Nếu, số vụ vi phạm an toàn thực phẩm", "Số vụ vi phạm an toàn thực phẩm"),
        # the items of a list, a deed a comma joins, a clause whose subject is the label's: left alone
        ("Diện tích lúa, ngô, khoai", "Diện tích lúa, ngô, khoai"),
        ("Chi sửa chữa, nâng cấp trường học", "Chi sửa chữa, nâng cấp trường học"),
        ("Ngành dệt, may tiếp tục chiếm tỷ trọng lớn", "Ngành dệt, may tiếp tục chiếm tỷ trọng lớn"),
    ],
)
def test_a_neighbour_clause_across_a_comma_goes(label, want):
    assert _without_next_clause(label) == want


@pytest.mark.parametrize(
    ("label", "want"),
    [
        ("Thôn được UBND huyện công nhận đạt chuẩn văn hóa", "Thôn được công nhận đạt chuẩn văn hóa"),
        ("Giá tiêu được các thương lái thu mua", "Giá tiêu được thu mua"),
        ("Dự án được nhà đầu tư Hàn Quốc đầu tư", "Dự án được đầu tư"),
        # a plan's giver and a fund's source tell the figure apart: left alone
        ("Dự toán chi được tỉnh giao", "Dự toán chi được tỉnh giao"),
        ("Kinh phí được Trung ương hỗ trợ", "Kinh phí được Trung ương hỗ trợ"),
        ("Diện tích lúa bị thiệt hại", "Diện tích lúa bị thiệt hại"),
    ],
)
def test_who_did_a_passive_deed_is_no_word_of_the_label(label, want):
    assert _without_doer(label) == want


def test_a_count_done_by_an_authority_is_labelled_without_it():
    text = "Năm 2023, toàn huyện có 45 thôn được UBND huyện công nhận đạt chuẩn văn hóa."
    assert labels(text) == ["Thôn được công nhận đạt chuẩn văn hóa"]
