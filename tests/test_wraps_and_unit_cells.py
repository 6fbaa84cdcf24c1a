"""Hard-wrapped lines read as one sentence, and table rows whose unit has a cell of its own.

Whole scraped files often break a sentence over several lines at the page's width; the extractor reads
such a break as a space (the stored text keeps it, and the record spans point into it).  Tables flattened to ``|`` cells
may give the unit in a column of its own, or once above the table (``Đơn vị: tỷ đồng``).  The texts are
invented, of the genre.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.core.extract import extract
from desktop.core.extract.clauses import Layout, read_through_wraps

WRAPPED = (
    "Du lịch huyện khởi sắc trong mùa lễ hội\n"
    "Tổng lượt khách đến các khu điểm du lịch 9 tháng năm 2031 ước đạt 1.250\n"
    "nghìn lượt khách, tăng 12,4% so với cùng kỳ năm trước, doanh thu đạt 415,2 tỷ đồng,\n"
    "tăng 9,6%.\n"
    "\n"
    "Minh Anh"
)


def test_a_figure_keeps_its_scale_unit_and_comparison_across_a_wrap() -> None:
    records = extract(WRAPPED).records
    assert [(r.value, r.unit) for r in records] == [
        (Decimal("1250"), "nghìn lượt khách"),
        (Decimal("415.2"), "tỷ đồng"),
    ]
    assert [[c.percent for c in r.comparisons] for r in records] == [[Decimal("12.4")], [Decimal("9.6")]]


def test_the_wrapped_sentence_is_one_sentence_and_the_offsets_are_unchanged() -> None:
    read = read_through_wraps(WRAPPED)
    assert len(read) == len(WRAPPED)
    assert [i for i, (a, b) in enumerate(zip(read, WRAPPED, strict=True)) if a != b] == [
        WRAPPED.index("1.250") + 5,
        WRAPPED.index("415,2 tỷ đồng,") + 14,
    ]
    layout = Layout(read)
    first = WRAPPED.index("Tổng lượt")
    sentence = layout.sentence_at(first)
    assert WRAPPED[sentence.start : sentence.end].rstrip().endswith("tăng 9,6%.")
    assert layout.paragraph_end(first) == WRAPPED.index("tăng 9,6%.") + len("tăng 9,6%.")
    assert not layout.crosses_hard_boundary(first, WRAPPED.index("415,2"))
    assert not layout.is_furniture(WRAPPED.index("1.250"))  # a wrapped line is no sub-heading


def _joined(text: str, before: str) -> bool:
    """True when the line break right after ``before`` is read through."""
    at = text.index(before) + len(before)
    return Layout(read_through_wraps(text)).sentence_at(at - 1).end > at + 1


def test_a_title_line_above_the_lead_is_not_joined() -> None:
    text = "Xã vùng cao đổi thay nhờ cây chè và cây quế của đồng bào\n70% hộ dân trồng chè, thu 3 tỷ đồng."
    assert not _joined(text, "của đồng bào")


def test_headings_list_items_captions_bylines_and_menus_are_not_joined() -> None:
    heading = "KINH TẾ HUYỆN TĂNG TRƯỞNG KHÁ TRONG SÁU THÁNG ĐẦU NĂM 2031\nsáu tháng, thu 12 tỷ đồng."
    assert not _joined("Mở đầu.\n" + heading, "NĂM 2031")
    over_paragraph = (
        "Mở đầu.\nKết quả sản xuất nông nghiệp sáu tháng đầu năm của huyện\n"
        "6 tháng đầu năm, tổng diện tích gieo trồng đạt 12.500 ha, bằng 101% kế hoạch, tăng 2% so với cùng kỳ; "
        "sản lượng lương thực ước đạt 58.000 tấn, giá trị sản xuất trên một ha đất canh tác đạt 120 triệu đồng."
    )
    assert not _joined(over_paragraph, "của huyện")
    listed = "Mở đầu.\n- Thu ngân sách trên địa bàn huyện đạt 120 tỷ đồng trong năm\n- chi 80 tỷ đồng."
    assert not _joined(listed, "trong năm")
    caption = "Mở đầu.\nẢnh: Người dân thu hoạch lúa trên cánh đồng mẫu lớn của xã Tân Phú\nnăm nay được mùa."
    assert not _joined(caption, "xã Tân Phú")
    byline = "Mở đầu, doanh thu đạt 12 tỷ đồng trên toàn địa bàn của huyện miền núi\nHồng Nhung"
    assert not _joined(byline, "miền núi")
    menu = "Mở đầu.\nTrang chủ Tin tức\nxã hội"
    assert not _joined(menu, "Tin tức")


def test_a_line_that_ends_a_sentence_or_a_clause_is_not_joined() -> None:
    for mark in ".:;":
        text = f"Mở đầu.\nThu ngân sách trên địa bàn huyện năm 2031 đạt 120 tỷ đồng{mark}\ntăng 8%."
        assert not _joined(text, f"tỷ đồng{mark}")


def test_a_paragraph_that_lost_its_stop_is_not_joined_to_the_next() -> None:
    paragraph = (
        "Mở đầu.\nNăm 2031, tổng thu ngân sách trên địa bàn huyện đạt 1.250 tỷ đồng, tăng 8% so với năm trước, "
        "chi ngân sách đạt 980 tỷ đồng, bằng 104% dự toán, trong đó chi đầu tư phát triển 410 tỷ đồng, "
        "chi thường xuyên 520 tỷ đồng, tăng 12%\n"
        "6 tháng đầu năm 2032, thu ngân sách ước đạt 700 tỷ đồng."
    )
    assert not _joined(paragraph, "tăng 12%")


def test_a_table_row_is_not_joined() -> None:
    text = "Mở đầu.\nThu ngân sách trên địa bàn | tỷ đồng | 1.830 | 1.700 | 1.650\ntăng 8% so với năm trước."
    assert not _joined(text, "1.650")


TABLE = (
    "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2031 của huyện:\n\n"
    "Chỉ tiêu | Đơn vị tính | Thực hiện\n\n"
    "Thu ngân sách trên địa bàn | tỷ đồng | 1.830\n\n"
    "Diện tích lúa gieo cấy | ha | 12.450\n\n"
    "Tỷ lệ hộ nghèo | % | 3,1"
)


def test_a_row_takes_its_unit_cell() -> None:
    records = extract(TABLE).records
    assert [(r.value, r.unit, r.indicator) for r in records] == [
        (Decimal("1830"), "tỷ đồng", "Thu ngân sách trên địa bàn"),
        (Decimal("12450"), "ha", "Diện tích lúa gieo cấy"),
        (Decimal("3.1"), "%", "Tỷ lệ hộ nghèo"),
    ]
    assert [TABLE[r.start : r.end] for r in records] == ["1.830", "12.450", "3,1"]  # the number's own span


STATED = (
    "Vốn đầu tư phát triển trên địa bàn tỉnh\n\n"
    "(Đơn vị: tỷ đồng)\n\n"
    "Chỉ tiêu | 2030 | 2031\n\n"
    "1 | Vốn ngân sách nhà nước | 2.500 | 2.700\n\n"
    "2 | Vốn ngoài nhà nước | 4.100 | 4.650"
)


def test_rows_take_the_unit_the_table_states_above_them_but_its_header_years_do_not() -> None:
    records = extract(STATED).records
    assert [(r.value, r.unit) for r in records] == [
        (Decimal("2500"), "tỷ đồng"),
        (Decimal("2700"), "tỷ đồng"),
        (Decimal("4100"), "tỷ đồng"),
        (Decimal("4650"), "tỷ đồng"),
    ]


def test_a_row_with_no_unit_anywhere_gives_nothing() -> None:
    text = "Tình hình chung của xã\n\nChỉ tiêu | Năm trước | Năm nay\n\nSố hộ | 1.200 | 1.260"
    assert extract(text).records == []
