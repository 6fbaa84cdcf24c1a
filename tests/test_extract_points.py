"""Percentage points, contributions to growth and shares in a bracket: figures of their own, never a comparison,
and their labels (sentences written for these tests)."""

import pytest

from desktop.core.extract import extract
from desktop.core.extract.contributions import contribution_label


def records(text):
    return [
        (r.indicator, text[r.start : r.end], r.unit) for r in extract(text, published="2023-07-05").records
    ]


def test_a_change_in_points_is_a_record_in_points_beside_the_rate():
    assert records("Tỷ lệ hộ nghèo còn 2,1%, giảm 1,2 điểm phần trăm so với năm trước.") == [
        ("Tỷ lệ hộ nghèo", "2,1%", "%"),
        ("Tỷ lệ hộ nghèo giảm", "1,2 điểm phần trăm", "điểm phần trăm"),
    ]


def test_each_sectors_contribution_is_named_after_the_sector():
    text = (
        "6 tháng đầu năm, khu vực dịch vụ tăng 6,5%, đóng góp 2,4 điểm phần trăm vào mức tăng chung; "
        "khu vực nông nghiệp giảm 1,2%, làm giảm 0,3 điểm phần trăm; ngành xây dựng đóng góp 0,8 điểm%."
    )
    assert records(text) == [
        ("Tăng trưởng khu vực dịch vụ 6 tháng", "6,5%", "%"),
        ("Đóng góp của khu vực dịch vụ vào mức tăng chung 6 tháng", "2,4 điểm phần trăm", "điểm phần trăm"),
        ("Khu vực nông nghiệp giảm 6 tháng", "1,2%", "%"),
        # the next ones of the list are to what the first said
        ("Khu vực nông nghiệp làm giảm mức tăng chung 6 tháng", "0,3 điểm phần trăm", "điểm phần trăm"),
        ("Đóng góp của ngành xây dựng vào mức tăng chung 6 tháng", "0,8 điểm%", "điểm%"),
    ]


@pytest.mark.parametrize(
    ("label", "before", "expected"),
    [
        ("Đóng góp", "Tăng trưởng khu vực dịch vụ", "Đóng góp của khu vực dịch vụ vào tăng trưởng"),
        ("Mức đóng góp", "Mức ngành công nghiệp tăng", "Đóng góp của ngành công nghiệp vào tăng trưởng"),
        ("Nhóm ngành NLTS đóng góp", None, "Đóng góp của nhóm ngành NLTS vào tăng trưởng"),
        ("Làm giảm", "Khu vực nông nghiệp", "Khu vực nông nghiệp làm giảm tăng trưởng"),
        ("Đóng góp", "GRDP bình quân đầu người", "Đóng góp của GRDP bình quân đầu người vào tăng trưởng"),
        (
            "Đóng góp quý II",
            "Tăng trưởng ngành dịch vụ quý II",
            "Đóng góp của ngành dịch vụ vào tăng trưởng quý II",
        ),
        ("Đóng góp", None, "Đóng góp"),  # nothing before it: left as it is
        ("Tỷ lệ hộ nghèo giảm", "Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo giảm"),  # not a contribution
    ],
)
def test_contribution_label(label, before, expected):
    assert contribution_label(label, before) == expected


def test_a_percentage_alone_in_the_bracket_after_an_amount_is_its_share():
    text = "Cả nước có 6.001/8.211 xã (73,08%) đạt chuẩn; vốn doanh nghiệp 708 triệu đồng (24,14%)."
    assert records(text) == [
        ("Xã đạt chuẩn", "6.001/8.211 xã", "xã"),
        ("Tỷ lệ xã đạt chuẩn", "73,08%", "%"),
        ("Vốn doanh nghiệp", "708 triệu đồng", "triệu đồng"),
        ("Tỷ trọng vốn doanh nghiệp", "24,14%", "%"),
    ]


def test_a_bracket_that_names_its_relation_or_exceeds_the_whole_stays_a_comparison():
    over, named = (
        extract(text, published="2023-07-05").records
        for text in (
            "Thu ngân sách đạt 5.200 tỷ đồng (105%).",
            "Thu ngân sách đạt 5.200 tỷ đồng (đạt 95% dự toán).",
        )
    )
    assert [len(over), len(named)] == [1, 1]
    assert [c.percent for c in over[0].comparisons + named[0].comparisons] == [105, 95]


def test_a_contribution_and_a_bare_share_are_coded_as_they_are_named_at_last():
    text = (
        "Năm 2023, khu vực nông, lâm nghiệp và thủy sản tăng 3,1%, đóng góp 0,87 điểm phần trăm vào mức tăng "
        "chung. Vốn ngân sách đạt 708 tỷ đồng (24,14%)."
    )
    coded = {text[r.start : r.end]: r.indicator_code for r in extract(text, published="2024-01-05").records}
    assert (
        coded["0,87 điểm phần trăm"] == "grdp_growth"
    )  # not the code of its first label, which named nothing
    assert coded["24,14%"] == coded["708 tỷ đồng"]  # the share of an amount is coded as that amount


def test_a_change_after_a_contribution_in_points_is_a_record_not_its_comparison():
    text = (
        "Khu vực công nghiệp đạt 9.200 tỷ đồng, tăng 7,5%, đóng góp 3,1 điểm phần trăm vào tăng trưởng, "
        "giảm 0,8% so với cùng kỳ năm trước."
    )
    found = extract(text, published="2023-07-05").records
    assert [text[r.start : r.end] for r in found] == ["9.200 tỷ đồng", "3,1 điểm phần trăm", "0,8%"]
    assert all(not r.comparisons for r in found[1:])
    assert [(float(c.percent), c.relation) for c in found[0].comparisons] == [(7.5, "change")]
