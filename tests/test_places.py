"""Gazetteer matching and the place an article is about, on the seeds and the 39 dev articles."""

import re
import sys

import pytest
from factories import DEV_CORPUS, SEEDS

from desktop.core import places
from desktop.core.places import article_locality, find_places, gazetteer
from desktop.core.readers import read_path

DEV = DEV_CORPUS

#: The locality column of shared/corpus/SOURCES.md, as proper names (ANNOTATION.md): the lowest unit
#: the article is about (d19 a commune, d33 a township, d31 a district of Hồ Chí Minh city).
DEV_LOCALITIES = {
    "d01": "Hà Nội",
    "d03": "Đắk R'Lấp",
    "d04": "An Giang",
    "d05": "Quảng Trị",
    "d06": "Hồ Chí Minh",
    "d07": "Thừa Thiên Huế",
    "d08": "Thừa Thiên Huế",
    "d09": "Đắk R'Lấp",
    "d10": "Hồ Chí Minh",
    "d11": "Quảng Nam",
    "d12": "Bình Dương",
    "d13": "Quảng Nam",
    "d14": "Kiên Giang",
    "d15": "Đắk Nông",
    "d16": "Vĩnh Phúc",
    "d17": "Vĩnh Phúc",
    "d18": "Bình Dương",
    "d19": "Quế Long",
    "d20": "Bắc Ninh",
    "d21": "Đắk Glong",
    "d22": "Bắc Kạn",
    "d23": "Hồ Chí Minh",
    "d24": "Hà Nội",
    "d25": "Quảng Bình",
    "d26": "Quảng Ninh",
    "d27": "Bình Định",
    "d28": "Hà Nội",
    "d29": "Hồ Chí Minh",
    "d30": "Quảng Nam",
    "d31": "Cần Giờ",
    "d32": "Bắc Ninh",
    "d33": "Kiến Đức",
    "d34": "Hà Tĩnh",
    "d35": "Hà Nam",
    "d36": "Hà Nội",
    "d37": "Quảng Nam",
    "d38": "Bắc Giang",
    "d39": "Hà Giang",
    "d40": "Vĩnh Long",
}


def names(text: str) -> list[tuple[str, str, str]]:
    return [(text[m.start : m.end], m.name, m.level) for m in find_places(text)]


def test_gazetteer_has_the_63_provinces():
    gazetteer.cache_clear()
    gaz = gazetteer()
    assert sum(unit.level == "province" for unit in gaz.units) == 63
    assert sum(unit.level == "commune" for unit in gaz.units) > 10_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UBND TP Cẩm Phả họp", [("TP Cẩm Phả", "Cẩm Phả", "district")]),
        ("thành phố Cần Thơ", [("thành phố Cần Thơ", "Cần Thơ", "province")]),
        (
            "Tỉnh ủy Quảng Ninh và tỉnh Quảng Ninh",
            [("Tỉnh ủy Quảng Ninh", "Quảng Ninh", "province"), ("tỉnh Quảng Ninh", "Quảng Ninh", "province")],
        ),
        ("huyện Đắk R'Lấp", [("huyện Đắk R'Lấp", "Đắk R'Lấp", "district")]),
        ("Huyện ủy Đăk R’lấp", [("Huyện ủy Đăk R’lấp", "Đắk R'Lấp", "district")]),
        # the apostrophe as other keyboards type it: a modifier letter, an opening quote, a backtick
        ("huyện Đắk Rʼlấp", [("huyện Đắk Rʼlấp", "Đắk R'Lấp", "district")]),
        ("huyện Đắk R‘Lấp", [("huyện Đắk R‘Lấp", "Đắk R'Lấp", "district")]),
        ("huyện Đắk R`Lấp", [("huyện Đắk R`Lấp", "Đắk R'Lấp", "district")]),
        (
            "TPHCM, TP.HCM và Hà Nội",
            [
                ("TPHCM", "Hồ Chí Minh", "province"),
                ("TP.HCM", "Hồ Chí Minh", "province"),
                ("Hà Nội", "Hà Nội", "province"),
            ],
        ),
        ("đứng đầu cả nước", [("cả nước", "cả nước", "country")]),
        ("tỉnh Thừa Thiên - Huế", [("tỉnh Thừa Thiên - Huế", "Thừa Thiên Huế", "province")]),
        ("Quận 1 và quận Gò Vấp", [("Quận 1", "Quận 1", "district"), ("quận Gò Vấp", "Gò Vấp", "district")]),
        (
            "Có 3 xã là Âu Lâu, Minh Bảo, Tuy Lộc đạt chuẩn",
            [
                ("xã là Âu Lâu", "Âu Lâu", "commune"),
                ("Minh Bảo", "Minh Bảo", "commune"),
                ("Tuy Lộc", "Tuy Lộc", "commune"),
            ],
        ),
    ],
)
def test_find_places(text, expected):
    assert names(text) == expected


def test_units_the_package_tells_apart_by_their_kind_are_found_by_their_name():
    # two units of one parent may share a name (a district and a town, a commune and a township): the
    # press writes the name with its administrative word, never the package's bracketed kind
    assert names("Thị ủy, UBND thị xã Kỳ Anh và huyện Cai Lậy") == [
        ("thị xã Kỳ Anh", "Kỳ Anh", "district"),
        ("huyện Cai Lậy", "Cai Lậy", "district"),
    ]
    assert names("xã Yên Viên") == [("xã Yên Viên", "Yên Viên", "commune")]
    gaz = gazetteer()
    kinds = sorted(gaz.units[i].kind for i in gaz.lookup("Kỳ Anh"))
    assert kinds == ["Huyện", "Thị xã"]
    assert not any("(" in unit.name for unit in gaz.units)
    text = "Năm 2023, thị xã Cai Lậy có 12 xã đạt chuẩn. UBND thị xã Cai Lậy cho biết thu ngân sách tăng."
    assert article_locality("Kinh tế thị xã Cai Lậy", text) == "Cai Lậy"


def test_districts_merged_in_2025_are_still_found_as_the_reports_before_name_them():
    gaz = gazetteer()
    for name, province in (("Nông Sơn", "Quảng Nam"), ("Mỹ Lộc", "Nam Định"), ("Yên Dũng", "Bắc Giang")):
        (district,) = [i for i in gaz.lookup(name) if gaz.units[i].level == "district"]
        assert gaz.units[gaz.units[district].parent].name == province
    text = "Năm 2023, HĐND huyện Yên Dũng đánh giá kinh tế của huyện tăng 9%, thu ngân sách đạt 300 tỷ đồng."
    assert article_locality("Kinh tế Yên Dũng tăng trưởng khá", text) == "Yên Dũng"


def test_a_title_naming_a_region_and_no_province_makes_the_article_the_regions():
    text = (
        "Cà phê thu hoạch ở Gia Lai. Cà phê thu hoạch ở Gia Lai.\n"
        "Năm 2023, các tỉnh Tây Nguyên xuất khẩu 3 tỷ USD; Gia Lai đạt 800 triệu USD."
    )
    assert article_locality("Xuất khẩu của Tây Nguyên tăng mạnh", text) == "Tây Nguyên"
    assert article_locality("Xuất khẩu của Gia Lai và Tây Nguyên tăng mạnh", text) == "Gia Lai"


def test_no_false_places():
    assert names("phát triển kinh tế - xã hội, học tập tư tưởng Hồ Chí Minh, Hoa hậu vì Hòa bình") == []


def test_a_bare_name_heading_a_longer_capitalised_name_is_no_place():
    # the Pacific and a company; a family name after a place starts a person's, and a line in capitals
    # is no longer name
    text = (
        "Hiệp định xuyên Thái Bình Dương có hiệu lực; Tập đoàn Thái Bình Seed mua lúa. Giám đốc Sở Tài chính "
        "Long An Phạm Văn Hùng cho biết. ĐỒNG NAI TĂNG TRƯỞNG"
    )
    assert names(text) == [("Long An", "Long An", "province"), ("ĐỒNG NAI", "Đồng Nai", "province")]


def test_a_given_name_that_spells_a_place_is_a_person_s():
    text = (
        "Chánh án Nguyễn Hòa Bình phát biểu; ông Lê Thái Bình, Giám đốc Sở, cho biết. Ảnh: Trần Huế. "
        "Đoàn ĐBQH Thanh Hóa và tuyến Hồ Chí Minh - Hà Nội"
    )
    assert names(text) == [("Thanh Hóa", "Thanh Hóa", "province"), ("Hà Nội", "Hà Nội", "province")]


def test_a_name_introduced_with_its_admin_word_is_found_bare_later():
    found = names("TP Cẩm Phả phát triển. Cẩm Phả phấn đấu đạt đô thị loại I; Cẩm Thành là phường.")
    assert [n for _, n, _ in found] == ["Cẩm Phả", "Cẩm Phả"]


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("000", "Cẩm Phả"),
        ("001", "Cẩm Phả"),
        ("002", "Cẩm Phả"),
        ("003", "Cần Thơ"),
        ("004", "Yên Bái"),
    ],
)
def test_seed_localities(prefix, expected):
    article = next(read_path(next(SEEDS.glob(f"{prefix}_*.txt"))))
    assert article.locality == expected


def test_communes_map_to_their_city_when_the_city_is_not_named():
    text = "Ủy ban nhân dân thành phố giao chỉ tiêu. Có 3 xã là Âu Lâu, Minh Bảo, Tuy Lộc đạt chuẩn; thành phố đạt."
    assert article_locality(None, text) == "Yên Bái"


def test_a_district_block_belongs_to_its_province():
    text = "Huyện Hoài Ân đạt 41%, huyện Phù Cát 26%, huyện Tây Sơn 20%, huyện Tuy Phước 10%."
    assert article_locality(None, text) == "Bình Định"


def test_places_found_while_reading_are_reused_unchanged_for_the_same_text():
    text = "Huyện Hoài Ân đạt 41%, huyện Phù Cát 26%. Tỉnh Bình Định có 3 xã là Âu Lâu, Minh Bảo đạt chuẩn."
    fresh = names("".join(text))  # another object with the same content: found from scratch
    article_locality("Tin Bình Định", text)
    assert places.find_hits(text) is places.find_hits(text)
    assert names(text) == fresh
    assert names("Quận 1 và Hà Nội") == [("Quận 1", "Quận 1", "district"), ("Hà Nội", "Hà Nội", "province")]


def test_no_place_gives_none():
    assert article_locality(None, "Giá trị sản xuất tăng 5%.") is None


@pytest.mark.skipif(not DEV.is_dir(), reason="shared dev corpus not present")
def test_dev_corpus_localities_agree_with_sources():
    found = {a.doc: a.locality for a in read_path(DEV)}
    assert found == DEV_LOCALITIES


def test_administrative_word_letters_have_no_other_case_forms():
    """The start scans (places._finditer) search lower-cased text: no other character may match
    an administrative word's first letters case-insensitively, or a mention would be missed."""
    words = [*places._ADMIN_WORDS, *places._GENERIC_KINDS, "cả nước", "toàn quốc"]
    letters = {ch for word in words for ch in word.split()[0]}
    any_letter = re.compile("(?i)[" + "".join(sorted(letters)) + "]")
    for code in range(sys.maxunicode + 1):
        if any_letter.fullmatch(chr(code)):
            assert chr(code).lower() in letters, hex(code)


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh Quảng Ninh; TỈNH Quảng Ninh; tinh Quảng Ninh; THÀNH PHỐ Cẩm Phả, Thành ủy Cần Thơ, Thành uỷ Huế",
        "HUYỆN Đắk R'Lấp và huyện Tuy Đức; quận 1, Phường 3; thị xã Gia Nghĩa; TX Buôn Hồ; TP. Hồ Chí Minh",
        "xtỉnh Bắc Ninh, .huyện Gia Lâm, thị trấn Trâu Quỳ; xã Âu Lâu, Minh Bảo và Tuy Lộc; cả nước, CẢ NƯỚC, toàn quốc",
        "İstanbul tỉnh Hà Giang",  # a capital that lower-cases to two characters: the full scan
        "thành phố đạt; tỉnh, thành phố; huyện/thị xã; Thành ủy và tỉnh ủy; Toàn Quốc",
    ],
)
def test_start_scans_find_what_the_full_scans_find(text):
    lowered = text.lower()
    for pattern, starts in (
        (places._ADMIN, places._ADMIN_STARTS),
        (places._GENERIC, places._GENERIC_STARTS),
        (places._COUNTRY, places._COUNTRY_STARTS),
    ):
        fast = [m.span() for m in places._finditer(pattern, starts, text, lowered)]
        assert fast == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cầu Bắc Luân II, Móng Cái, Quảng Ninh thông quan 600 xe.", ["Móng Cái", "Quảng Ninh"]),
        ("Hội nghị họp tại Buôn Ma Thuột - Đắk Lắk.", ["Buôn Ma Thuột", "Đắk Lắk"]),
        ("Cao tốc từ Đồng Đăng (Lạng Sơn) đến Trà Lĩnh.", ["Lạng Sơn"]),  # a route's end, not an address
        # not a unit of the province after it: no address
        ("Tuyến Hà Nội - Quảng Ninh, Móng Cái, Lạng Sơn.", ["Hà Nội", "Quảng Ninh", "Lạng Sơn"]),
    ],
)
def test_a_name_before_its_province_is_an_address(text, expected):
    assert [m.name for m in find_places(text)] == expected


def test_the_province_closing_an_address_does_not_take_the_article_from_its_city():
    text = (
        "Từ đầu năm, 625 doanh nghiệp làm thủ tục qua cầu Bắc Luân II, Móng Cái, Quảng Ninh. "
        "Thu ngân sách qua cầu đạt 1.325 tỷ đồng. Cầu Bắc Luân II, Móng Cái, Quảng Ninh thông quan 150 xe."
    )
    assert article_locality("Thu hơn 1.300 tỷ đồng qua cầu Bắc Luân II", text) == "Móng Cái"


def test_the_province_that_sets_a_towns_targets_does_not_take_its_article():
    text = (
        "Năm 2024, TP. Móng Cái thu hút 3 dự án mới. Khách du lịch đến thành phố đạt 1,2 triệu lượt, "
        "vượt 15% so với kế hoạch tỉnh giao; thu ngân sách đạt 4.100 tỷ đồng, bằng 110% chỉ tiêu tỉnh giao."
    )
    assert article_locality("Quảng Ninh đưa Móng Cái thành trung tâm thương mại", text) == "Móng Cái"


def test_a_province_in_brackets_after_its_district_is_its_address():
    text = (
        "Huyện Cần Giờ (TP.HCM) có 7 xã đạt chuẩn nông thôn mới, cách trung tâm TP.HCM 50 km. "
        "Huyện Cần Giờ (TP.HCM) có 75.000 dân."
    )
    assert article_locality("Nông thôn mới ven biển", text) == "Cần Giờ"


def test_a_title_naming_the_country_makes_a_national_story_of_a_dateline_city():
    text = (
        "[Hà Nội, 5/3] - Tổng cục Thống kê cho biết kim ngạch xuất khẩu tháng 2 đạt 30 tỷ USD, "
        "hàng hóa qua cảng Hải Phòng tăng 8%."
    )
    assert article_locality("Xuất khẩu Việt Nam tháng 2 tăng mạnh", text) == "cả nước"
    assert (
        article_locality("Vốn FDI vào Việt Nam vượt 10 tỷ USD", "Vốn đăng ký mới đạt 10,2 tỷ USD.")
        == "cả nước"
    )


def test_a_body_named_after_the_country_in_a_title_is_no_national_story():
    text = "Nhà máy đặt tại Quảng Ninh, công suất 1.200 MW."
    assert article_locality("Tập đoàn Điện lực Việt Nam khởi công nhà máy", text) == "Quảng Ninh"


def test_the_places_an_article_weighs_its_own_against_are_not_what_it_is_about():
    text = (
        "Quý I, tăng trưởng kinh tế của Sơn La ước đạt 9,8%, so với toàn quốc chỉ đứng sau tỉnh Hải Phòng. "
        "Thu ngân sách của tỉnh Sơn La đạt 1.200 tỷ đồng."
    )
    assert article_locality("Một tỉnh miền núi tăng trưởng cao, chỉ xếp sau Hải Phòng", text) == "Sơn La"


def test_a_province_named_on_its_own_stays_the_article_place():
    text = "Quảng Ninh thu ngân sách 50.000 tỷ đồng. Tỉnh Quảng Ninh có nhiều cửa khẩu, như Móng Cái, Quảng Ninh."
    assert article_locality("Quảng Ninh thu ngân sách", text) == "Quảng Ninh"


def test_an_article_about_a_region_is_the_regions():
    text = (
        "Ban Chỉ đạo Tây Nguyên họp báo về Hội nghị Xúc tiến đầu tư vùng Tây Nguyên, tổ chức tại "
        "TP. Buôn Ma Thuột - Đắk Lắk. Năm 2016, vốn đầu tư vào Tây Nguyên đạt 76.373 tỷ đồng; "
        "cơ cấu kinh tế Tây Nguyên chuyển dịch tích cực."
    )
    assert article_locality("Kêu gọi đầu tư vào vùng Tây Nguyên", text) == "Tây Nguyên"


@pytest.mark.parametrize("region", re.search(r"\(\?:([^)]*)\)", places._REGION.pattern)[1].split("|"))
def test_every_region_holds_a_hint_so_the_quick_check_never_skips_it(region):
    # the hints skip the region regex over texts without them: a region without one would never be found
    assert places.names_region(f"Hội nghị vùng {region} năm 2023", 200)


def test_a_province_article_naming_its_region_in_passing_stays_the_provinces():
    text = (
        "Năm 2023, tỉnh Đắk Lắk thu ngân sách 8.000 tỷ đồng. Đắk Lắk là trung tâm của vùng Tây Nguyên. "
        "Sản lượng cà phê của Đắk Lắk đạt 500.000 tấn; gió tây bắc thổi mạnh."
    )
    assert article_locality("Đắk Lắk thu ngân sách vượt dự toán", text) == "Đắk Lắk"


def test_the_province_a_title_names_holds_an_article_whose_body_visits_one_commune():
    text = (
        "Mùa cam năm nay, Nghệ An có khoảng 6.000 ha cam cho thu hoạch, sản lượng của Nghệ An đạt 90.000 tấn.\n"
        "Về xã Diễn Hồng (Diễn Châu), vườn cam trĩu quả. Xã Diễn Hồng có 120 ha cam. Người dân xã Diễn Hồng "
        "thu 3 tỷ đồng. Cán bộ xã Diễn Hồng cho biết giá cam cao. Năm nay xã Diễn Hồng mở rộng 20 ha."
    )
    assert article_locality("Niềm vui mùa cam Nghệ An", text) == "Nghệ An"


def test_a_town_whose_body_speaks_as_the_town_is_the_article_place_under_a_title_of_its_province():
    text = (
        "Cảng biển và nhà máy nhiệt điện Nghệ An.\n"
        "Ban Chấp hành Đảng bộ thị xã Hoàng Mai họp bàn kế hoạch năm 2024. Theo báo cáo, thị xã Hoàng Mai "
        "đạt 12/15 chỉ tiêu Nghị quyết của Thị ủy, HĐND thị xã. Thu ngân sách đạt 300 tỷ đồng, bằng 110% "
        "kế hoạch thị xã giao."
    )
    assert article_locality("Vùng đất phía Bắc Nghệ An bứt phá", text) == "Hoàng Mai"
    # a body that visits a district but speaks as the province stays the title's province
    text = (
        "Mùa cam năm nay, Nghệ An có 6.000 ha cam.\nVề huyện Quỳ Hợp, vườn cam trĩu quả. Quỳ Hợp có 1.200 ha "
        "cam. Người dân Quỳ Hợp thu 30 tỷ đồng. Nông dân Quỳ Hợp phấn khởi, giá cam của tỉnh cao."
    )
    assert article_locality("Niềm vui mùa cam Nghệ An", text) == "Nghệ An"


def test_a_district_the_body_names_far_more_than_the_titles_province_stays_the_article_place():
    text = (
        "Huyện Diễn Châu có 6.000 ha lúa. Năm nay, huyện Diễn Châu đạt năng suất 65 tạ/ha. Diễn Châu có "
        "nhiều cánh đồng lớn. Nông dân Diễn Châu thu lãi cao. Diễn Châu mở rộng cánh đồng mẫu.\n"
        "Các xã Diễn Hồng, Diễn Kim của Diễn Châu đạt năng suất cao nhất tỉnh Nghệ An."
    )
    assert article_locality("Những cánh đồng vàng ở Nghệ An", text) == "Diễn Châu"
