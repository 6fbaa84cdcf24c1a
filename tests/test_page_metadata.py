"""A web page's title, site name, address and date: the reader's own steps give trafilatura's fields.

The pages below are invented, in the shapes portals write their heads in: Open Graph tags, plain meta
names, JSON-LD, a canonical link (absolute, relative, protocol-relative), a lone ``<h1>`` or several, a
``<title>`` with the site after a dash, a date only in the address or only in a ``<time>`` element, and
nothing at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

trafilatura = pytest.importorskip("trafilatura")

from desktop.core import page_metadata as module  # noqa: E402
from desktop.core.page_metadata import page_metadata  # noqa: E402
from desktop.core.webpage import _prepare, read_page  # noqa: E402

BODY = (
    "<p>Năm 2023, tổng thu ngân sách nhà nước trên địa bàn huyện ước đạt 412,5 tỷ đồng, đạt 108% dự toán "
    "tỉnh giao, tăng 6,3% so với cùng kỳ. Giá trị sản xuất nông nghiệp đạt 1.250 tỷ đồng.</p>"
    "<p>Toàn huyện có thêm 3 xã đạt chuẩn nông thôn mới, nâng tổng số lên 11 xã; tỷ lệ hộ nghèo giảm "
    "còn 4,2%. Năm 2024, huyện phấn đấu thu ngân sách đạt 450 tỷ đồng.</p>"
)


def page(head: str, body: str = BODY, before: str = "", after: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>{head}</head><body>"
        f"<nav><a href='/'>Trang chủ</a> | <a href='/tin-tuc'>Tin tức</a></nav>{before}"
        f"<article>{body}</article>{after}<footer>Cổng thông tin điện tử huyện</footer></body></html>"
    )


PAGES = {
    "open graph": page(
        "<title>Kết quả năm 2023 - Cổng TTĐT huyện</title>"
        "<meta property='og:title' content='Huyện hoàn thành vượt dự toán thu ngân sách năm 2023'>"
        "<meta property='og:site_name' content='Cổng thông tin điện tử huyện'>"
        "<meta property='og:url' content='https://huyen.example.gov.vn/tin-tuc/ket-qua-2023.html'>"
        "<meta property='article:published_time' content='2023-12-20T08:15:00+07:00'>"
        "<meta name='author' content='Minh Anh'>"
    ),
    "meta names": page(
        "<title>Tin tức</title><meta name='title' content='Sơ kết 6 tháng đầu năm 2022'>"
        "<meta name='description' content='Huyện sơ kết công tác 6 tháng'>"
        "<meta name='publisher' content='ubnd huyện'><meta name='date' content='2022-07-05'>"
        "<meta name='keywords' content='kinh tế, xã hội'>"
    ),
    "json-ld": page(
        "<title>Bài viết</title><script type='application/ld+json'>"
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Thu ngân sách đạt 108% dự toán",'
        ' "datePublished": "2023-12-21T09:00:00+07:00", "author": {"@type": "Person", "name": "Lê Văn Bình"},'
        ' "publisher": {"@type": "Organization", "name": "Báo Điện tử Tỉnh"}}</script>"'
    ),
    "broken json-ld": page(
        "<title>Tin kinh tế - baotinh.example.vn</title>"
        '<script type=\'application/ld+json\'>{"headline": "Giá trị sản xuất, "datePublished": 2021</script>'
    ),
    "relative canonical": page(
        "<title>Hội nghị tổng kết</title><link rel='canonical' href='/tin-tuc/2021/01/08/hoi-nghi.html'>"
        "<meta property='og:image' content='https://xa.example.vn/anh.jpg'>"
    ),
    "protocol-relative canonical": page(
        "<title>Giao ban tháng 6</title><link rel='canonical' href='//dakrlap.example.vn/giao-ban-thang-6'>"
    ),
    "one h1": page("<title>Trang chủ</title>", before="<h1>Đại hội Đảng bộ xã nhiệm kỳ 2020-2025</h1>"),
    "several h1": page(
        "<title>Kinh tế tăng trưởng khá | Cổng thông tin tỉnh</title>",
        before="<h1>Tin mới</h1><h1>Kinh tế tăng trưởng khá</h1>",
    ),
    "title with the site after a dash": page(
        "<title>Kết quả sản xuất vụ Đông Xuân - tinh.example.vn</title>"
    ),
    "h2 only": page("", before="<h2>Thông báo kết quả tuyển sinh</h2>"),
    "date in a time element": page(
        "<title>Tổng kết năm học</title>", before="<time datetime='2019-06-26'>26/06/2019</time>"
    ),
    "date in the text only": page("<title>Sơ kết quý I</title>", before="<p>Ngày đăng: 15/04/2020</p>"),
    "twitter and a lower-case site": page(
        "<meta name='twitter:site' content='@baoxa'><meta name='twitter:title' content='Tin nông nghiệp'>"
        "<meta property='og:site_name' content='baoxa'>"
    ),
    "nothing": page(""),
    "a fragment": "<div><p>Chỉ một đoạn văn, không có trang.</p></div>",
}


def fields(metadata: object) -> tuple[object, ...]:
    return tuple(getattr(metadata, name) for name in ("title", "sitename", "url", "date"))


@pytest.mark.parametrize("name", sorted(PAGES))
def test_fields_equal_trafilaturas(name: str) -> None:
    prepared = _prepare(PAGES[name])
    ours = page_metadata(prepared)
    theirs = trafilatura.extract_metadata(prepared)
    if ours is None:
        assert theirs is None or fields(theirs) == (None, None, None, None)
    else:
        assert fields(ours) == fields(theirs)


def test_fields_equal_trafilaturas_on_the_dev_pages() -> None:
    dev = [Path(__file__).resolve().parents[2] / "shared" / "corpus" / name for name in ("dev", "dev2")]
    pages = [path for folder in dev if folder.is_dir() for path in sorted(folder.glob("*.htm*"))]
    if not pages:
        pytest.skip("the dev corpus is not beside the checkout")
    for path in pages:
        prepared = _prepare(path.read_text(encoding="utf-8", errors="replace"))
        assert fields(page_metadata(prepared)) == fields(trafilatura.extract_metadata(prepared)), path.name


def test_without_the_helpers_trafilatura_itself_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "_loaded", [None])
    for html in (PAGES["open graph"], PAGES["json-ld"], PAGES["nothing"]):
        prepared = _prepare(html)
        assert fields(page_metadata(prepared)) == fields(trafilatura.extract_metadata(prepared))


def test_a_release_the_steps_were_not_checked_against_gets_trafilaturas_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(module, "_loaded", [])
    monkeypatch.setattr(module, "_CHECKED_RELEASES", ("0.0.",))
    assert module._helpers() is None
    prepared = _prepare(PAGES["json-ld"])
    assert fields(page_metadata(prepared)) == fields(trafilatura.extract_metadata(prepared))


def test_the_date_is_looked_for_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    helpers = module._helpers()
    if helpers is None:
        pytest.skip("this trafilatura is not a release the reader's steps were checked against")
    find_date = helpers.find_date

    def counting(*args: object, **kwargs: object) -> object:
        asked.append("date")
        return find_date(*args, **kwargs)

    monkeypatch.setattr(helpers, "find_date", counting)
    read = read_page(PAGES["open graph"])
    assert read.title and asked == []
    assert read.published == "2023-12-20" and read.published == "2023-12-20"
    assert asked == ["date"]  # found once, then remembered
