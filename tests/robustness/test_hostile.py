"""Issue 4.5: hostile article content through the real ``chitieu import`` and the real window.

Markup must stay text (no link, no image, no style), invisible and
right-to-left characters must not change what is stored or shown, and huge
articles must neither hang the import (the extractor caps and says so) nor
the window.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from desktop.core.extract import MAX_RECORDS
from desktop.store import Store

from .cli import chitieu

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the first window (pytest-qt makes it later)

MARKUP = (
    '<img src=x onerror=alert(1)> <a href="file:///etc/passwd">mật khẩu</a> <b>đậm</b> '
    '<font color="red">đỏ</font> <table><tr><td>ô</td></tr></table> <qt><h1>tiêu đề</h1></qt> '
    "<style>*{color:red}</style> &lt;i&gt; &amp;"
)
INVISIBLE = "\u202eđảo chiều\u202c \u200fעברית\u200e عربي \u200bzero\u200dwidth\ufeff\u2066iso\u2069"
FIGURE = "Thu ngân sách đạt 1.234 tỷ đồng."


def hostile_files(folder: Path) -> None:
    (folder / "markup.txt").write_text(f"Bài có thẻ\n{MARKUP}\n{FIGURE}\n", encoding="utf-8")
    (folder / "invisible.txt").write_text(f"Bài có ký tự ẩn\n{INVISIBLE}\n{FIGURE}\n", encoding="utf-8")
    escaped = MARKUP.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    (folder / "escaped.html").write_text(
        f"<html><head><title>Bài HTML</title><script>alert(1)</script></head><body><article>"
        f"<h1>Bài HTML</h1><p>{escaped}</p><p>{FIGURE} Kinh tế tăng trưởng khá.</p>"
        f"<p><img src=x onerror=alert(1)><a href='file:///etc/passwd'>liên kết</a></p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "titled.jsonl").write_text(
        json.dumps(
            {
                "id": "titled",
                "title": "<b>Tiêu đề</b><img src=x onerror=alert(1)>",
                "text": f"{MARKUP}\n{FIGURE}",
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    (folder / "long.txt").write_text(
        "Bài dài\n" + "Kinh tế tiếp tục phát triển ổn định và bền vững, " * 105_000 + FIGURE, encoding="utf-8"
    )
    (folder / "numbers.txt").write_text(
        "Số liệu năm 2020\n" + " ".join(f"{i} ha," for i in range(1, 100_001)), encoding="utf-8"
    )


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """The hostile files imported once through the real command: (database, stdout, stderr)."""
    folder = tmp_path_factory.mktemp("hostile")
    hostile_files(folder)
    db = folder / "hostile.db"
    proc = chitieu("import", folder, "--db", db, "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    return db, proc.stdout, proc.stderr


def article_ids(db: Path) -> dict[str, int]:
    with Store(db, readonly=True) as store:
        return {s.doc: s.id for s in store.article_summaries()}


def markup_in(document: QTextDocument) -> list[str]:
    """Anchors and images the document would render: none, when text is shown as text."""
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor() or fmt.isImageFormat() or fmt.fontWeight() > 400:
                found.append(fragment.text()[:40])
            iterator += 1
        block = block.next()
    return found


def assert_shown_literally(shown: str, stored: str) -> None:
    """Character for character, except that the view may wrap a 5 MB line at its spaces."""
    assert len(shown) == len(stored)
    wrapped = {(stored[i], shown[i]) for i in range(len(stored)) if stored[i] != shown[i]}
    assert wrapped <= {(" ", "\n")}


@pytest.mark.slow
def test_import_caps_a_hundred_thousand_figures_and_says_so(imported: tuple[Path, str, str]) -> None:
    db, stdout, stderr = imported
    assert stdout.startswith("imported 6 articles (6 new, 0 unchanged, 0 duplicates)")
    assert "chitieu: warning: numbers: too many figures, only the first records were kept" in stderr
    with Store(db, readonly=True) as store:
        numbers = store.article(article_ids(db)["numbers"])
        assert numbers.truncated and numbers.n_records == MAX_RECORDS
        long = store.article(article_ids(db)["long"])
        assert len(long.text) > 5_000_000 and "\n" not in long.text.split("\n", 1)[1]


@pytest.mark.slow
def test_markup_is_stored_as_text_and_shown_literally(imported: tuple[Path, str, str], qtbot) -> None:
    from desktop.app import create_main_window

    db, _, _ = imported
    ids = article_ids(db)
    window = create_main_window(db, reviewer="tester")
    qtbot.addWidget(window)
    window.show()
    for doc in ("markup", "escaped", "titled", "invisible"):
        window.show_article(ids[doc])
        stored = window.store.article(ids[doc])
        assert window.article_text.toPlainText() == stored.text, doc
        assert markup_in(window.article_text.document()) == [], doc
        if doc == "escaped":  # a page that shows markup as text keeps it as text
            assert "onerror=alert(1)" in stored.text and 'href="file:///etc/passwd"' in stored.text, doc
        elif doc != "invisible":  # tags saved with a text's words go, the words stay
            assert "<img" not in stored.text and "mật khẩu" in stored.text and "đậm" in stored.text, doc
        rich = [
            label.objectName()
            for label in window.findChildren(QLabel)
            if label.textFormat() != Qt.TextFormat.PlainText and QtGui.Qt.mightBeRichText(label.text())
        ]
        # the check strip is rich text by design (links to other records), its messages escaped: these
        # undated articles' records fail the check of a period assumed from the batch ("numbers", 2020)
        assert rich in ([], ["check_notes"]), f"labels that would render {doc}'s markup: {rich}"
        assert "<img" not in window.check_notes.text() and '<a href="file' not in window.check_notes.text()
    window.close()


@pytest.mark.slow
def test_invisible_and_right_to_left_characters_are_kept(imported: tuple[Path, str, str]) -> None:
    db, _, _ = imported
    with Store(db, readonly=True) as store:
        text = store.article(article_ids(db)["invisible"]).text
        records = store.records(article_ids(db)["invisible"])
    assert "עברית" in text and "عربي" in text and "đảo chiều" in text
    assert [text[r.record.start : r.record.end] for r in records] == ["1.234 tỷ đồng"]


@pytest.mark.slow
def test_window_moves_to_huge_articles_and_back(imported: tuple[Path, str, str], qtbot, qapp) -> None:
    from desktop.app import create_main_window

    db, _, _ = imported
    ids = article_ids(db)
    window = create_main_window(db, reviewer="tester")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for doc in ("long", "numbers"):
        window.show_article(ids[doc])
        qapp.processEvents()
        window.show_article(ids["markup"])
        qapp.processEvents()
        window.show_article(ids[doc])
        assert_shown_literally(window.article_text.toPlainText(), window.store.article(ids[doc]).text)
    window.close()
