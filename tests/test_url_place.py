"""The place a web address names, and how it joins the place the article's text gives."""

from __future__ import annotations

import json

import pytest

from desktop.core.readers import read_path
from desktop.core.records import Article
from desktop.core.url_place import url_place, with_url_place


@pytest.mark.parametrize(
    ("url", "place"),
    [
        ("https://tayninh.gov.vn/vi/news/tin-tuc/bao-cao", "Tây Ninh"),
        ("http://baolamdong.vn/kinhte/202207/bai-viet/", "Lâm Đồng"),
        ("https://cucthongke.quangtri.gov.vn/tin-tuc", "Quảng Trị"),
        ("https://hanam.gso.gov.vn/so-lieu", "Hà Nam"),
        ("https://thainguyentv.vn/cong-bo-so-lieu-123", "Thái Nguyên"),
        ("https://baobariavungtau.com.vn/kinh-te/", "Bà Rịa - Vũng Tàu"),
        ("https://www.baodaklak.vn/kinh-te/", "Đắk Lắk"),
        ("https://tphcm.gov.vn/x", "Hồ Chí Minh"),
        ("http://kimson.ninhbinh.gov.vn/tin-tuc", "Kim Sơn"),  # a district's portal under its province's
        ("https://huyenkimson.ninhbinh.gov.vn/tin-tuc", "Kim Sơn"),  # ... after its administrative word
        ("https://thixakyanh.hatinh.gov.vn/tin-tuc", "Kỳ Anh"),
        ("https://www.dalat.gov.vn/tin-tuc/1", "Đà Lạt"),  # a city's portal under no province
        ("HTTPS://WEB01.HAIDUONG.GOV.VN/Trang/ChiTiet.aspx?nid=1", "Hải Dương"),
        # a national portal's section of a province's news, as a host would name it
        ("https://news.example.vn/thaibinh/?p=12", "Thái Bình"),
        ("https://portal.example.vn/dia-phuong/tphcm/bai-viet-1", "Hồ Chí Minh"),
        # a provincial broadcaster known by its initials
        ("https://qrt.vn/kinh-te/doanh-thu-tang/", "Quảng Nam"),
        ("http://www.dnrtv.org.vn/tin-tuc/kinh-te", "Đồng Nai"),
        # a district's own agency, its initials before the district's name, under no province
        ("https://ttthlak.gov.vn/tin-tuc/tong-ket", "Lắk"),
        ("https://ttvhttkimson.gov.vn/tin-tuc", "Kim Sơn"),
        # a province's statistics office, its province's initials after its own
        ("http://www.cucthongkekg.gov.vn/news.php?id=12", "Kiên Giang"),
        # a portal whose host writes its province's name with a hyphen
        ("https://baria-vungtau.gov.vn/tin-tuc/1", "Bà Rịa - Vũng Tàu"),
        # a province's paper, party portal or broadcaster named for something else than the province
        ("https://www.sggp.org.vn/kinh-te-post1.html", "Hồ Chí Minh"),
        ("https://baodongkhoi.vn/kinh-te-123", "Bến Tre"),
        ("https://baoapbac.vn/kinh-te/202301/bai-1/", "Tiền Giang"),
        ("https://kinhtedothi.vn/thu-ngan-sach.html", "Hà Nội"),
        ("http://www.thtg.vn/tin-tuc/1", "Tiền Giang"),
        ("https://thdt.vn/tin-tuc/1", "Đồng Tháp"),
        ("http://m.btv.org.vn/tin-tuc/1.html", "Bình Dương"),
        ("http://atv.org.vn/tin-tuc/1.html", "An Giang"),
    ],
)
def test_a_provincial_host_names_its_place(url: str, place: str) -> None:
    unit = url_place(url)
    assert unit is not None and unit.name == place


@pytest.mark.parametrize(
    "url",
    [
        "https://vnexpress.net/ha-noi-thu-ngan-sach-123.html",  # the slug names a place: the title does
        "https://portal.example.vn/kinh-te/thai-binh-vuot-kho/",  # a slug, however short
        "https://portal.example.vn/kinh-te/thaibinhxanh/",  # a province's key inside a longer word
        "https://baochinhphu.vn/x",
        "https://thanhnien.vn/x",
        "https://tapchithue.vn/x",  # `hue` inside a word
        "https://duyenhai.nhanongxanh.vn/x",  # a district's name as a brand, under no province
        "https://ttthchauthanh.gov.vn/x",  # an agency's district whose name several provinces have
        "https://qrtx.vn/x",  # a broadcaster's initials inside a longer label
        "https://thtgx.vn/x",
        "https://tuoitre.vn/x",  # a city's paper read as the country's
        "https://dalat.example.vn/x",  # a district's name outside a government portal
        "https://mpi.gov.vn/x",  # a ministry's portal
        "https://cucthongkebd.gov.vn/x",  # initials of two provinces (Bình Dương, Bình Định)
        "not an address",
        "http://[::1",
        "",
        None,
    ],
)
def test_other_addresses_name_no_place(url: str | None) -> None:
    assert url_place(url) is None


@pytest.mark.parametrize(
    ("text_place", "url", "place"),
    [
        (None, "https://tayninh.gov.vn/a", "Tây Ninh"),  # the text never names its province
        ("cả nước", "https://baoninhthuan.com.vn/a", "Ninh Thuận"),  # a lead quoting the country
        ("Lâm Hà", "http://baolamdong.vn/a", "Lâm Hà"),  # a district of the host's province stays
        ("Ninh Bình", "http://kimson.ninhbinh.gov.vn/a", "Kim Sơn"),  # the district portal's own
        ("Đà Nẵng", "https://baoquangnam.vn/a", "Đà Nẵng"),  # a neighbour's report stays the neighbour's
        ("Cần Thơ", "https://vnexpress.net/a", "Cần Thơ"),
        (None, None, None),
    ],
)
def test_the_host_place_joins_the_texts(text_place: str | None, url: str | None, place: str | None) -> None:
    assert with_url_place(text_place, url) == place


def test_an_imported_portal_article_is_its_provinces_and_dated_by_its_address(tmp_path) -> None:
    line = {
        "id": "p1",
        "url": "https://tayninh.gov.vn/vi/news/2015/07/20/bao-cao-6-thang",
        "text": "Trong 6 tháng, toàn tỉnh giải quyết việc làm cho 12.000 lao động, đạt 55% kế hoạch năm.",
    }
    path = tmp_path / "portal.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = list(read_path(path))
    assert isinstance(article, Article)
    assert (article.locality, article.published) == ("Tây Ninh", "2015-07-20")


@pytest.mark.parametrize(
    ("text_place", "url", "place"),
    [
        # a page saved without its title, whose text says only ``tỉnh``: the slug is all that names it
        (None, "https://news.example.vn/tin-tuc/vinh-phuc-ban-le-tang-manh-123.html", "Vĩnh Phúc"),
        (None, "https://news.example.vn/dia-phuong/ba-ria-vung-tau-hom-nay/bai-1.html", "Bà Rịa - Vũng Tàu"),
        # a place the text names decides, whatever the slug
        ("Nghệ An", "https://news.example.vn/tin-tuc/vinh-phuc-ban-le-tang-manh-123.html", "Nghệ An"),
        # a slug that opens with no province's name, or with one word only, names none
        (None, "https://news.example.vn/tin-tuc/ban-le-vinh-phuc-tang-123.html", None),
        (None, "https://news.example.vn/hue-thuong-123.html", None),
    ],
)
def test_a_slug_opening_with_a_province_places_an_article_that_names_none(
    text_place: str | None, url: str, place: str | None
) -> None:
    assert with_url_place(text_place, url) == place


@pytest.mark.parametrize(
    ("text_place", "head", "place"),
    [
        # a commune the body names in passing, in a provincial portal's review of the year
        ("Tuy Lộc", "Kinh tế tiếp tục tăng trưởng\nNăm qua, kinh tế của tỉnh giữ được ổn định.", "Yên Bái"),
        # a report on a district of the host's province says so in its title or lead
        ("Trấn Yên", "Huyện Trấn Yên thu ngân sách vượt kế hoạch\nNăm 2023, ...", "Trấn Yên"),
        ("Trấn Yên", "Kinh tế phát triển\nNăm 2023, kinh tế huyện Trấn Yên tăng 8%.", "Trấn Yên"),
    ],
)
def test_a_unit_inside_the_hosts_province_that_the_head_never_names_is_the_hosts(
    text_place: str, head: str, place: str
) -> None:
    assert with_url_place(text_place, "https://yenbai.gov.vn/tin-tuc/a", head) == place


def test_an_imported_portal_review_naming_a_commune_far_down_is_its_provinces(tmp_path) -> None:
    lead = "Năm qua, kinh tế của tỉnh giữ được sự ổn định. " + "Sản xuất nông nghiệp phát triển khá. " * 14
    line = {
        "id": "p2",
        "title": "Kinh tế tiếp tục tăng trưởng",
        "url": "https://yenbai.gov.vn/tin-tuc/kinh-te",
        "text": lead + "Trong năm, xã Tuy Lộc hoàn thành 19 tiêu chí; hiện xã Tuy Lộc có 1.200 hộ.",
    }
    path = tmp_path / "review.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = list(read_path(path))
    assert isinstance(article, Article)
    assert article.locality == "Yên Bái"


@pytest.mark.parametrize(
    ("text_place", "url", "place"),
    [
        # a district report whose excerpt lost its title: the slug opens with the district's name
        (
            "Yên Bái",
            "https://yenbai.gov.vn/tin-tuc/-/bai-viet/tran-yen-thu-ngan-sach-vuot-123.html",
            "Trấn Yên",
        ),
        (None, "https://baoyenbai.com.vn/kinh-te/van-yen-tang-truong-kha-456", "Văn Yên"),
        # after its administrative word, as provincial papers write it
        ("cả nước", "https://baoyenbai.com.vn/huyen-luc-yen-dat-muc-tieu-789.htm", "Lục Yên"),
        # a commune only with its word: ``xa-...``
        ("Trấn Yên", "https://yenbai.gov.vn/xa-viet-cuong-xay-dung-nong-thon-moi-1.html", "Việt Cường"),
        # a commune of the district the text names is more precise than the district's slug
        ("Việt Cường", "https://yenbai.gov.vn/tran-yen-don-bang-nong-thon-moi-2.html", "Việt Cường"),
        # a ward after its word; the word must fit the unit's kind (``quan-...`` is no rural district's)
        ("Yên Bái", "https://yenbai.gov.vn/phuong-minh-tan-ra-quan-5.html", "Minh Tân"),
        ("Yên Bái", "https://yenbai.gov.vn/quan-luc-yen-thu-hut-dau-tu-6.html", "Yên Bái"),
        # a slug opening with no unit of the host's province, or with a word of no name, names none
        ("Yên Bái", "https://yenbai.gov.vn/tin-tuc/thu-ngan-sach-tran-yen-3.html", "Yên Bái"),
        ("Yên Bái", "https://yenbai.gov.vn/tin-tuc/dong-hoi-tang-truong-4.html", "Yên Bái"),
    ],
)
def test_an_untitled_article_is_the_unit_its_slug_opens_with(
    text_place: str | None, url: str, place: str
) -> None:
    assert with_url_place(text_place, url, untitled=True) == place


def test_a_titled_article_is_not_placed_by_its_slug() -> None:
    url = "https://yenbai.gov.vn/tin-tuc/-/bai-viet/tran-yen-thu-ngan-sach-vuot-123.html"
    assert with_url_place("Yên Bái", url, "Kinh tế của tỉnh tăng trưởng\nNăm 2023, ...") == "Yên Bái"
