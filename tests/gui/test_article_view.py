"""The article text: literal, clickable highlights, the current figure framed, its title above it, quick on huge
articles; and the current record's history."""

from __future__ import annotations

from conftest import HOSTILE, article
from gui_helpers import current_indicator, press
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from desktop.gui.article_view import MAX_SELECTIONS
from desktop.store import Store


def anchors(document) -> list[str]:
    found, block = [], document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isAnchor():
                found.append(fragment.text())
            iterator += 1
        block = block.next()
    return found


def test_markup_in_an_article_is_shown_literally(window, qtbot):
    rice = next(s.id for s in window.store.article_summaries() if s.doc == "rice")
    window.show_article(rice)
    view = window.article_text
    assert view.toPlainText() == window.store.article(rice).text
    assert view.toPlainText().startswith(HOSTILE)
    assert anchors(view.document()) == []
    assert "<img" not in view.document().toHtml().replace("&lt;img", "")


def test_clicking_a_highlight_selects_its_record(window, qtbot):
    view = window.article_text
    start = view.stored_text().index("700 tỷ đồng")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.position_of(start + 2))
    assert current_indicator(window) == "Doanh thu du lịch"


def test_selecting_a_record_underlines_its_clause_and_scrolls_to_it(window, qtbot):
    qtbot.keyClick(window.record_table, Qt.Key.Key_J)
    view = window.article_text
    selections = view.extraSelections()
    underlined = [s for s in selections if s.format.fontUnderline()]
    assert len(underlined) == 1
    clause = underlined[0].cursor.selectedText()
    assert "1 triệu lượt" in clause and "700" not in clause
    assert view.textCursor().position() == view.stored_text().index("1 triệu lượt")


def huge_article(tmp_path, sentences: int, figures_per_sentence: int) -> tuple[Store, int]:
    """One single-line article of ``sentences`` sentences; its records are inserted in bulk by SQL
    (building 100,000 Record objects would make the test slow without testing the window)."""
    sentence = "Doanh thu ước đạt 20.268 tỷ đồng, bằng 117,69% so với cùng kỳ. "
    text = sentence * sentences  # one line, no newline at all
    store = Store(tmp_path / "huge.db")
    store.add_articles([(article("huge", text, "huge", "Cẩm Phả", "2020-01-01"), [], "test", False)])
    article_id = store.article_summaries()[0].id
    offset = sentence.index("20.268")
    rows = [
        (article_id, n * len(sentence) + offset + k, n * len(sentence) + offset + 16)
        for n in range(sentences)
        for k in range(figures_per_sentence)
    ]
    with store.transaction() as conn:
        conn.executemany(
            """INSERT INTO records (article_id, indicator, value, unit, base_value, base_unit, start, "end",
                   created_at) VALUES (?, 'Doanh thu', '20268', 'tỷ đồng', '20268000000000', 'đồng', ?, ?, 'now')""",
            rows,
        )
        conn.execute("UPDATE articles SET n_records = ?, n_pending = ?", (len(rows), len(rows)))
    return store, article_id


def test_five_megabyte_single_line_article_scrolls_to_any_place(qtbot, qapp, tmp_path):
    from desktop.app import create_main_window

    store, _ = huge_article(tmp_path, 80_000, 0)
    store.close()
    win = create_main_window(tmp_path / "huge.db", reviewer="tester")
    qtbot.addWidget(win)
    win.show()
    view = win.article_text
    assert len(view.stored_text()) > 5_000_000
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    cursor = view.textCursor()
    cursor.setPosition(4_000_000)
    view.setTextCursor(cursor)
    qapp.processEvents()
    assert view.textCursor().position() == 4_000_000
    win.close()


def test_hundred_thousand_highlights_build_only_the_visible_ones(qtbot, qapp, tmp_path):
    from desktop.app import create_main_window

    store, article_id = huge_article(tmp_path, 50_000, 2)
    assert store.article_summary(article_id).n_records == 100_000
    store.close()
    win = create_main_window(tmp_path / "huge.db", reviewer="tester")
    qtbot.addWidget(win)
    win.show()
    qapp.processEvents()
    for _ in range(20):
        qtbot.keyClick(win.record_table, Qt.Key.Key_J)
    win.article_text.verticalScrollBar().setValue(win.article_text.verticalScrollBar().maximum())
    qapp.processEvents()
    assert 0 < len(win.article_text.extraSelections()) <= MAX_SELECTIONS + 2
    assert win.article_text.textCursor().position() != QTextCursor().position()
    win.close()


def dark_share(image, points) -> float:
    """How many of ``points`` are dark pixels (a frame line), as a share."""
    dark = [image.pixelColor(x, y).lightnessF() < 0.35 for x, y in points]
    return sum(dark) / len(dark)


def test_the_current_figure_is_framed_and_its_comparisons_marked(window, qtbot):
    view = window.article_text
    text = view.stored_text()
    start = text.index("11.428,6 tỷ đồng")
    marked = [
        s.cursor.selectedText()
        for s in view.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    ]
    assert marked == ["103,72%"]
    rects = view.figure_rects(start, start + len("11.428,6 tỷ đồng"))  # one per line the figure is on
    top_edge = [(x, rect.top()) for rect in rects for x in range(rect.left() + 3, rect.right() - 3)]
    assert dark_share(view.viewport().grab().toImage(), top_edge) > 0.8
    qtbot.keyClick(window.record_table, Qt.Key.Key_J)  # the figure is no longer current: no frame, no marks
    assert dark_share(view.viewport().grab().toImage(), top_edge) < 0.2
    assert not [
        s
        for s in view.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    ]


def test_the_title_place_and_date_are_above_the_text(window):
    header = window.article_header
    assert header.isVisible() and header.title.text() == "Cẩm Phả: kết quả năm 2019"
    assert header.details.text().startswith("Cẩm Phả · 10/01/2020")
    assert header.title.textFormat() == Qt.TextFormat.PlainText  # a title is data, never markup


def test_a_records_history_says_who_did_what_and_when(window, check):
    history = window.history
    assert history.rowCount() == 1 and history.index(0, 1).data() == "máy"
    press(window, Qt.Key.Key_T, text="t")
    press(window, Qt.Key.Key_K, text="k")
    assert history.rowCount() == 2
    who, what, change = (history.index(1, column).data() for column in (1, 2, 3))
    assert (who, what) == ("tester", "sửa")
    assert "loại: ước tính → mục tiêu" in change and "trạng thái: chờ duyệt → đã sửa" in change
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [history.index(row, 2).data() for row in range(history.rowCount())] == [
        "máy đề xuất",
        "sửa",
        "hoàn tác",
    ]
    assert [e["action"] for e in check().events(window.current_row().id)] == ["correct", "undo"]
