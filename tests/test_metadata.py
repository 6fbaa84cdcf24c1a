"""Publication dates, datelines, titles and content hashes."""

import hashlib

import pytest
from factories import SEEDS

from desktop.core.metadata import (
    content_hash,
    dating_date,
    dating_title,
    is_dateline,
    normalise_date,
    published_date,
    title_of,
    url_date,
    url_month,
    url_year,
    web_title,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tiêu đề\nNgày xuất bản: 19/02/2020 10:55:00 SA\nThân bài", "2020-02-19"),
        ("Tiêu đề\n15:10 - 21/11/2020\n", "2020-11-21"),
        ("Thứ Năm, 23/07/2020, 11:09 [GMT+7]\n", "2020-07-23"),
        ("Thân bài dài.\n\n09:16:12 12-01-2022\n", "2022-01-12"),
        ("Cập nhật: 08:30 ngày 5/3/2021\n", "2021-03-05"),
        ("Bài viết. Cập nhật lúc 3.4.2019 về tình hình", "2019-04-03"),
        ("# doc_id = x\n# url = https://a.vn/b\n# date = 20210427\nNgày 27/4, ...", "2021-04-27"),
        ("thứ năm, 08 08 2019 08:51\n", "2019-08-08"),
        # front matter and metadata copied into the text
        ("---\ntitle: Tin\ndate: 2021-01-06T08:00:00+07:00\n---\nThân bài", "2021-01-06"),
        ("Tiêu đề\nPublished: 2019-12-30\nThân bài", "2019-12-30"),
        (
            '---json\n{\n  "title": "Tin",\n  "date": "2020-06-30",\n  "slug": "tin"\n}\n---\nThân bài',
            "2020-06-30",
        ),
        ('{"title": "Tin", \n"published_at": "2021-01-05T10:00:00Z"}', "2021-01-05"),
        ("Tiêu đề\nCập nhật ngày: 2022-03-04 09:00\n", "2022-03-04"),
        # a weekday and a date opening a line that goes on
        ("Tiêu đề\nThứ Hai, 06/01/2020 - 10:15 | Kinh tế\nThân bài", "2020-01-06"),
        ("Tiêu đề\nThứ hai, ngày 6 tháng 1 năm 2020\nThân bài", "2020-01-06"),
    ],
)
def test_published_date_shapes(raw, expected):
    assert published_date(raw) == expected


def test_dates_inside_sentences_are_not_the_publication_date():
    assert published_date("Ngày 30/12/2019, UBND ban hành Quyết định số 4699 về chỉ tiêu năm 2020.") is None
    assert published_date("Đến 31/02/2020 thì xong") is None  # not a calendar date either
    # a weekday inside a sentence dates an event, not the page
    assert published_date("Tiêu đề\nSáng thứ Hai, 6/1/2020, tỉnh tổ chức hội nghị tổng kết.") is None
    assert published_date("Tiêu đề\nMục tiêu: date of 2020 là năm bản lề.") is None


def test_the_dates_of_other_stories_listed_on_a_page_do_not_date_it():
    teasers = (
        "Tin mới\nHuyện Y tổng kết công tác năm 2014\n15/12/2014\nXã Z đón bằng nông thôn mới\n10/11/2014\n"
    )
    body = "Huyện A: kinh tế tăng trưởng khá\nNăm 2020, giá trị sản xuất ước đạt 12.500 tỷ đồng.\n"
    assert published_date(teasers + body) is None
    # ... but the page's own labelled date still does, and one date stamped twice is the page's
    assert published_date(teasers + "Cập nhật: 05/01/2021 08:30\n" + body) == "2021-01-05"
    assert (
        published_date("Huyện A: kinh tế tăng trưởng khá\n05/01/2021\n" + body + "05/01/2021\n")
        == "2021-01-05"
    )
    # ... and so do the days of one month (a page updated, news of its days listed beside it)
    assert published_date("Huyện A\n05/01/2021\n" + body + "Tin khác hôm sau\n06/01/2021\n") == "2021-01-05"


def test_dateline_recognition():
    assert is_dateline("Ngày xuất bản: 19/02/2020 10:55:00 SA")
    assert is_dateline("15:10 - 21/11/2020")
    assert not is_dateline("Chiều 20/11/2020, Ban Thường vụ Thành ủy họp")
    assert not is_dateline("Tổng thu 21/11/2020 đạt 5 tỷ đồng")


def test_seed_dates():
    dates = {p.name[:3]: published_date(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))}
    assert dates == {
        "000": None,
        "001": "2022-01-12",
        "002": "2020-07-23",
        "003": "2020-11-21",
        "004": "2020-02-19",
    }


def test_normalise_date_from_metadata():
    assert normalise_date("2020-02-19T10:55:00+07:00") == "2020-02-19"
    assert normalise_date("19/02/2020") == "2020-02-19"
    assert normalise_date(None) is None and normalise_date("soon") is None


def test_title_is_the_first_headline_like_line():
    assert (
        title_of("Sự kiện - chuyên đề:\n\nThành phố Cẩm Phả: Tự tin bước vào năm mới\n\nBody")
        == "Thành phố Cẩm Phả: Tự tin bước vào năm mới"
    )
    assert title_of("Năm 2019, " + "cấp ủy chính quyền thành phố " * 20) is None  # starts with the body


def test_web_title_prefers_the_headline_the_text_repeats():
    text = "TỔNG QUAN VỀ KINH TẾ HUYỆN ĐẮK GLONG\nHuyện Đắk Glong được thành lập năm 2005."
    assert web_title("Trang thông tin điện tử huyện Đắkglong", text) == "TỔNG QUAN VỀ KINH TẾ HUYỆN ĐẮK GLONG"
    assert web_title("Giá vải thiều tăng", "Giá vải thiều tăng\nThân bài.") == "Giá vải thiều tăng"
    assert (
        web_title("Giá vải thiều tăng", "Sapo dài của bài báo kết thúc bằng dấu chấm.")
        == "Giá vải thiều tăng"
    )


def test_content_hash_is_sha256_of_the_clean_text():
    assert content_hash("Cẩm Phả") == hashlib.sha256("Cẩm Phả".encode()).hexdigest()


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://thanhnien.vn/pages/20130812/kien-giang-dao-tao-nghe.aspx", "2013-08-12"),
        ("https://example.vn/xa-hoi/ky-vong-tang-truong-20210427123159970.htm", "2021-04-27"),
        ("https://example.vn/2023/07/05/bao-cao-6-thang/", "2023-07-05"),
        ("github:someone/blog/_posts/2024-03-09-xuat-khau-quy-1.md", "2024-03-09"),  # a post's file name
        ("https://example.vn/2024-03-09-xuat-khau-quy-1/", None),  # a folder, not the post's file
        ("https://example.vn/bai/2016-2020-ket-qua.html", None),  # a term, no date
        ("https://example.vn/bai/2024-13-09-tin.html", None),  # no such month
        ("github:someone/huyen-portal/content/05102020-01.md", "2020-10-05"),  # a daily post, day first
        ("github:someone/huyen-portal/content/0509202001.md", "2020-09-05"),
        ("github:someone/scraper/data/21469330.txt", None),  # an id: no 46th month
        ("github:someone/corpus/00094003.txt", None),  # an id: no day 0
        ("https://example.vn/tin/bai-05102020.html", None),  # headline words before it: an id, maybe
        ("http://example.vn/kinhte/202207/lam-ha-3124932/", None),  # a month is no date
        ("https://example.vn/hai-phong-188260106181642857.chn", None),  # an id, not a timestamp
        ("https://example.vn/2023/13/45/bai", None),  # no such day
        ("https://example.vn/bai?ngay=20230101", None),  # the query is not the address's date
        (None, None),
    ],
)
def test_the_date_a_web_address_carries(url, date):
    assert url_date(url) == date


@pytest.mark.parametrize(
    ("url", "year"),
    [
        ("https://example.gov.vn/vi/news/tin-tuc/ket-qua-9-thang-dau-nam-2017-4521.html", 2017),
        ("https://example.vn/tinh-hinh-kinh-te-quy-i_2019", 2019),
        ("https://example.vn/tong-ket-giai-doan-2016-2020-881.html", None),  # a term: the text tells
        ("https://example.vn/2019/bao-cao-so-lieu-882.html", None),  # a folder, not the headline
        ("https://example.vn/bao-cao-so-lieu-20190312.html", None),  # a date stamp, no year alone
        ("https://example.vn/ho-ngheo-2019-giam.html?nam=2020", 2019),  # the query is no part of it
        ("https://example.vn/thu-ngan-sach-12019.html", None),  # an id
        (None, None),
    ],
)
def test_the_year_the_headline_words_of_a_web_address_name(url, year):
    assert url_year(url) == year


@pytest.mark.parametrize(
    ("url", "month"),
    [
        ("http://example.vn/kinh-te/201810/chi-so-cong-nghiep-816746/", "2018-10"),
        ("https://example.vn/doi-song/202209/van-tai-3133587", "2022-09"),
        ("https://example.vn/tin/202213/bai-1/", None),  # no such month
        ("https://example.vn/tin/bai-201810", None),  # the headline's words, not a folder
        ("https://example.vn/tin/bai?thang=201810/", None),  # the query is no part of it
        (None, None),
    ],
)
def test_the_month_a_web_address_files_its_article_under(url, month):
    assert url_month(url) == month


def test_an_article_is_dated_by_its_own_date_before_its_web_address_month():
    assert dating_date("2018-11-02", "http://example.vn/kinh-te/201810/bai/") == "2018-11-02"
    assert dating_date(None, "http://example.vn/kinh-te/201810/bai/") == "2018-10-01"
    assert dating_date(None, "http://example.vn/kinh-te/bai-816746/") is None


def test_an_article_without_a_title_is_dated_by_its_web_address():
    address = "https://example.vn/thu-ngan-sach-6-thang-nam-2018-77.html"
    assert dating_title(None, address) == "năm 2018"
    assert dating_title("Thu ngân sách quý I", address) == "Thu ngân sách quý I"  # the title is read itself
    assert dating_title(None, "https://example.vn/thu-ngan-sach-77.html") is None
