"""read_path / read_file: every format, and problems reported without stopping a folder."""

import codecs
import json
import unicodedata
from pathlib import Path

import pytest
from factories import DEV_CORPUS, SEEDS

from desktop.core.errors import InputError
from desktop.core.metadata import content_hash
from desktop.core.readers import MAX_BYTES, Problem, read_file, read_path
from desktop.core.records import Article

DEV = DEV_CORPUS
BODY = (
    "Năm 2020, tổng thu ngân sách nhà nước trên địa bàn tỉnh Quảng Ninh ước đạt 40.000 tỷ đồng, "
    "đạt 105% dự toán, tăng 8% so với cùng kỳ."
)


def articles(path: Path) -> list[Article]:
    return [item for item in read_path(path) if isinstance(item, Article)]


def problems(path: Path) -> list[Problem]:
    return [item for item in read_path(path) if isinstance(item, Problem)]


def test_seed_articles_are_read_whole():
    found = articles(SEEDS)
    assert [a.doc for a in found] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for article in found:
        assert article.format == "txt" and article.source.endswith(".txt")
        assert article.raw_text == (SEEDS / f"{article.doc}.txt").read_text(encoding="utf-8")
        assert article.content_hash == content_hash(article.text)
    by_doc = {a.doc[:3]: a for a in found}
    assert by_doc["001"].title == "Thành phố Cẩm Phả: Tự tin bước vào năm mới"
    assert by_doc["004"].published == "2020-02-19"


def test_text_file_in_utf16_and_windows_1258(tmp_path):
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF16_LE + f"Tiêu đề bài báo\n{BODY}".encode("utf-16-le"))
    (article,) = articles(tmp_path)
    assert article.text.endswith(BODY) and article.locality == "Quảng Ninh"


def test_problems_do_not_stop_the_folder(tmp_path):
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "table.xlsx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "nested.md").write_text(f"Tiêu đề\n======\n\n**{BODY}**\n", encoding="utf-8")
    assert sorted(a.doc for a in articles(tmp_path)) == ["good", "nested"]
    reported = {Path(p.source).name: p.message for p in problems(tmp_path)}
    assert set(reported) == {"empty.txt", "photo.txt", "table.xlsx"}
    assert "is empty" in reported["empty.txt"]
    assert "not a text file" in reported["photo.txt"]
    assert "'.xlsx' is not an article format" in reported["table.xlsx"]


def test_markdown_setext_title(tmp_path):
    path = tmp_path / "tin.md"
    path.write_text(
        f'Quảng Ninh: **thu** ngân sách\n=============\n\n![a](http://x/y.jpg "t")\n\n{BODY}\n',
        encoding="utf-8",
    )
    (article,) = articles(path)
    assert article.title == "Quảng Ninh: thu ngân sách" and article.format == "md"
    assert article.text == f"Quảng Ninh: thu ngân sách\n\n{BODY}"


def test_html_page(tmp_path):
    page = f"""<html><head><title>Trang chủ</title></head><body>
      <div id="wm-ipp-base">The Wayback Machine - http://example.vn</div>
      <table><tr><td><ul><li><a href="/">Trang chủ</a></li><li><a href="/a">Giới thiệu</a></li></ul></td></tr></table>
      <table><tr><td><p class="Title">Quảng Ninh thu ngân sách vượt dự toán</p>
        <p>{BODY}</p><p>{BODY.replace("40.000", "41.000")}</p><p>{BODY.replace("40.000", "42.000")}</p></td></tr></table>
      <div>SỐ LƯỢT TRUY CẬP</div></body></html>"""
    path = tmp_path / "tin.html"
    path.write_text(page, encoding="utf-8")
    (article,) = articles(path)
    assert article.format == "html" and article.title == "Quảng Ninh thu ngân sách vượt dự toán"
    assert BODY in article.text and "Wayback" not in article.text and "| " not in article.text
    assert article.raw_text == page and article.locality == "Quảng Ninh"


def _saved_page() -> str:
    return f"""<!DOCTYPE html>
<html><head><title>Trang chủ</title><script>var luotxem = 12345;</script></head><body>
      <table><tr><td><ul><li><a href="/">Trang chủ</a></li><li><a href="/a">Giới thiệu</a></li></ul></td></tr></table>
      <table><tr><td><p class="Title">Quảng Ninh thu ngân sách vượt dự toán</p>
        <p>{BODY}</p><p>{BODY.replace("40.000", "41.000")}</p></td></tr></table>
      <div>SỐ LƯỢT TRUY CẬP</div></body></html>"""


def test_a_web_page_saved_as_text_or_in_json_lines_is_read_as_a_page(tmp_path):
    text_file = tmp_path / "tin.txt"
    text_file.write_text(_saved_page(), encoding="utf-8")
    lines_file = tmp_path / "tin.jsonl"
    lines_file.write_text(json.dumps({"id": "p", "text": _saved_page()}), encoding="utf-8")
    for article in (*articles(text_file), *[a for a in read_path(lines_file) if isinstance(a, Article)]):
        assert BODY in article.text and "<" not in article.text and "12345" not in article.text
        assert article.title == "Quảng Ninh thu ngân sách vượt dự toán"


def test_a_page_in_json_lines_gives_its_address_unless_the_line_has_one(tmp_path):
    canonical = "https://www.baoquangninh.vn/kinh-te/thu-ngan-sach-2023.html"
    page = _saved_page().replace("<title>", f'<link rel="canonical" href="{canonical}"><title>')
    path = tmp_path / "crawl.jsonl"
    lines = [{"id": "a", "text": page}, {"id": "b", "text": page, "url": "https://quangninh.gov.vn/tin/1"}]
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    found = {a.doc: a.url for a in read_path(path) if isinstance(a, Article)}
    assert found == {"a": canonical, "b": "https://quangninh.gov.vn/tin/1"}


@pytest.mark.skipif(not DEV.is_dir(), reason="shared dev corpus not present")
def test_dev_html_pages_lose_portal_furniture():
    for name in ("d03.html", "d09.html", "d15.html", "d21.html", "d33.html"):
        (article,) = articles(DEV / name)
        for furniture in ("Xem chi tiết tại đây", "TIN ĐÃ ĐƯA", "SỐ LƯỢT", "VĂN BẢN MỚI", "Wayback", "|"):
            assert furniture not in article.text, (name, furniture)
        assert article.title and len(article.text) > 1000


def test_jsonl_reads_good_lines_and_reports_bad_ones(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {"id": "a1", "text": BODY, "title": "T", "url": "http://x", "published": "2020-02-19T10:00"}
        ),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": BODY}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_path(path))
    found = [i for i in items if isinstance(i, Article)]
    assert [(a.doc, a.title, a.url, a.published) for a in found] == [
        ("a1", "T", "http://x", "2020-02-19"),
        ("batch-5", None, None, None),
    ]
    reported = [i for i in items if isinstance(i, Problem)]
    assert [p.source.rsplit(":", 1)[1] for p in reported] == ["2", "3"]
    assert "batch.jsonl line 2: not valid JSON" in reported[0].message
    assert 'batch.jsonl line 3: has no "text"' in reported[1].message


def test_jsonl_title_gets_the_text_s_character_fixes(tmp_path):
    path = tmp_path / "titled.jsonl"
    title = unicodedata.normalize("NFD", "Kinh t&ecirc;́ huyện\u00a0 Ðông Anh\nnăm 2023 ")
    path.write_text(json.dumps({"id": "a", "text": BODY, "title": title}), encoding="utf-8")
    (article,) = [a for a in read_path(path) if isinstance(a, Article)]
    assert article.title == "Kinh tế huyện Đông Anh năm 2023"


def test_jsonl_takes_the_publication_date_from_the_fields_crawlers_use(tmp_path):
    path = tmp_path / "crawl.jsonl"
    lines = [
        json.dumps({"id": "a", "text": BODY, "datePublished": "2020-01-06T08:00:00+07:00"}),
        json.dumps({"id": "b", "text": BODY, "date": "06/01/2020"}),
        json.dumps({"id": "c", "text": BODY, "published": "2019-12-30", "date": "2020-01-06"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    found = [a for a in read_path(path) if isinstance(a, Article)]
    assert [(a.doc, a.published) for a in found] == [
        ("a", "2020-01-06"),
        ("b", "2020-01-06"),
        ("c", "2019-12-30"),
    ]


def test_missing_path_raises_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        list(read_path(tmp_path / "nowhere"))


def test_oversized_file_is_a_problem(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(MAX_BYTES + 1)
    (problem,) = problems(path)
    assert "more than the 50 MB" in problem.message


def test_twenty_megabyte_text_file(tmp_path):
    paragraph = (
        "Giá trị sản xuất công nghiệp tỉnh Quảng Ninh ước đạt {} tỷ đồng, tăng 7,5% so với cùng kỳ năm trước."
    )
    text = "\n".join(paragraph.format(i) for i in range(20_000_000 // 110))
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size >= 20_000_000
    (article,) = read_file(path)
    assert article.text == text and article.locality == "Quảng Ninh"


def test_read_file_rejects_unknown_extension(tmp_path):
    path = tmp_path / "x.docx"
    path.write_bytes(b"PK")
    with pytest.raises(InputError, match="not an article format"):
        list(read_file(path))
