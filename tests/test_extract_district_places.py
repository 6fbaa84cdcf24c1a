"""A district's or commune's figures in a province's article (ANNOTATION.md, locality): the rows, items
and sentences that name a district are its, while the province's totals, venues and comparisons stay the
article's.  Sentences written for these tests."""

from desktop.core.extract import extract


def localities(text: str, locality: str) -> list[tuple[str, str | None]]:
    """Each figure as written with its locality."""
    return [(text[r.start : r.end], r.locality) for r in extract(text, locality=locality).records]


def labels(text: str, locality: str) -> list[str]:
    return [r.indicator for r in extract(text, locality=locality).records]


def test_a_bare_district_of_a_province_that_shares_its_name_with_a_commune_elsewhere():
    # ``Ninh Bình`` and ``Hòa Bình`` also name smaller units in other provinces: the article's is the province
    text = "Năm 2023, Kim Sơn thu ngân sách 250 tỷ đồng, Yên Khánh thu 180 tỷ đồng."
    assert localities(text, "Ninh Bình") == [("250 tỷ đồng", "Kim Sơn"), ("180 tỷ đồng", "Yên Khánh")]
    text = "Các huyện có tỷ lệ hộ nghèo cao: Lạc Sơn 4,5%, Mai Châu 5,2%."
    assert localities(text, "Hòa Bình") == [("4,5%", "Lạc Sơn"), ("5,2%", "Mai Châu")]


def test_a_district_name_numbered_in_a_series_is_a_projects_name():
    text = "Các khu công nghiệp thu hút vốn: Sông Công 1 đạt 300 triệu USD, Sông Công 2 đạt 120 triệu USD."
    assert localities(text, "Thái Nguyên") == [
        ("300 triệu USD", "Thái Nguyên"),
        ("120 triệu USD", "Thái Nguyên"),
    ]
    assert (
        "Sông Công 1"
        in labels("Năm 2023, dự án Sông Công 1 đã hoàn thiện hơn 80% khối lượng.", "Thái Nguyên")[0]
    )


def test_the_ends_of_a_road_are_no_places_of_its_figures():
    text = "Tỉnh nghiên cứu đầu tư đoạn cao tốc từ Vân Đồn đi Móng Cái với số vốn 16.000 tỷ đồng."
    assert localities(text, "Quảng Ninh") == [("16.000 tỷ đồng", "Quảng Ninh")]
    assert "Móng Cái" in labels(text, "Quảng Ninh")[0]
