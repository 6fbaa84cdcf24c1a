"""Correcting every field with F2 / Enter, cancelling with Esc, and adding a record from a text selection."""

from __future__ import annotations

from decimal import Decimal

import pytest
from gui_helpers import action, current_indicator, press, records_of, statuses, type_text
from PySide6.QtCore import Qt

from desktop.core.records import Comparison, Record
from desktop.store import Store
from desktop.store.rows import record_to_row

CTRL = Qt.KeyboardModifier.ControlModifier


def set_text(qtbot, field, text: str) -> None:
    """Replace a field's text as typing would (QTest can only type ASCII keys, so Vietnamese is inserted)."""
    field.setFocus()
    field.selectAll()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)


def test_f2_edits_every_field_and_enter_saves(window, qtbot, check):
    qtbot.keyClick(window.record_table, Qt.Key.Key_F2)
    editor = window.record_editor
    assert editor.editing and editor.indicator.hasFocus()
    set_text(qtbot, editor.indicator, "Thu ngân sách trên địa bàn")
    set_text(qtbot, editor.value, "11.500,25")
    set_text(qtbot, editor.value_max, "12.000")
    set_text(qtbot, editor.of, "20")
    set_text(qtbot, editor.unit, "Triệu  đồng")
    editor.qualifier.setCurrentIndex(editor.qualifier.findData("over"))
    editor.kind.setCurrentIndex(editor.kind.findData("target"))
    set_text(qtbot, editor.period, "2016-2020")
    set_text(qtbot, editor.locality, "Quảng Ninh")
    first = editor.comparisons.rows()[0]
    set_text(qtbot, first.percent, "104,5")
    first.basis.setCurrentIndex(first.basis.findData("target"))
    qtbot.mouseClick(editor.comparisons.add_button, Qt.MouseButton.LeftButton)
    second = editor.comparisons.rows()[1]
    set_text(qtbot, second.percent, "-2,5")
    second.relation.setCurrentIndex(second.relation.findData("change"))
    second.basis.setCurrentIndex(second.basis.findData("same_period"))
    editor.start.setValue(editor.start.value() + 1)
    set_text(qtbot, editor.note, "sai đơn vị")
    assert "12.000.000" in editor.base.text() or "11.500.250.000" in editor.base.text()
    qtbot.keyClick(editor.note, Qt.Key.Key_Return)

    stored = records_of(check(), "budget")[0]
    record = stored.record
    assert stored.status == "corrected" and stored.note == "sai đơn vị" and stored.reviewer == "tester"
    assert record.indicator == "Thu ngân sách trên địa bàn"
    assert (record.value, record.value_max, record.of) == (Decimal("11500.25"), Decimal(12000), Decimal(20))
    assert (record.unit, record.base_unit, record.base_value) == (
        "triệu đồng",
        "đồng",
        Decimal("11500250000"),
    )
    assert (record.qualifier, record.kind, record.period, record.locality) == (
        "over",
        "target",
        "2016-2020",
        "Quảng Ninh",
    )
    assert record.comparisons == (
        Comparison(Decimal("104.5"), "ratio", "target"),
        Comparison(Decimal("-2.5"), "change", "same_period"),
    )
    assert record.start == stored.machine.start + 1 and record.end == stored.machine.end
    assert stored.machine.indicator == "Thu ngân sách nhà nước"  # the machine's original is kept
    assert not editor.editing


def test_escape_cancels_without_writing(window, qtbot, check):
    qtbot.keyClick(window.record_table, Qt.Key.Key_F2)
    set_text(qtbot, window.record_editor.indicator, "khác")
    qtbot.keyClick(window.record_editor.indicator, Qt.Key.Key_Escape)
    stored = records_of(check(), "budget")[0]
    assert stored.status == "pending" and stored.record.indicator == "Thu ngân sách nhà nước"
    assert window.record_editor.indicator.text() == "Thu ngân sách nhà nước"


def test_enter_in_a_comparison_added_while_editing_saves_the_correction(window, qtbot, check):
    """The comparison rows are made after the editor: Enter in one saves, it is not the confirm key."""
    qtbot.keyClick(window.record_table, Qt.Key.Key_F2)
    editor = window.record_editor
    qtbot.mouseClick(editor.comparisons.add_button, Qt.MouseButton.LeftButton)
    added = editor.comparisons.rows()[-1]
    set_text(qtbot, added.percent, "7,5")
    qtbot.keyClick(added.percent, Qt.Key.Key_Return)

    stored = records_of(check(), "budget")[0]
    assert not editor.editing
    assert stored.status == "corrected" and Decimal("7.5") in [c.percent for c in stored.record.comparisons]


def test_invalid_value_is_refused_with_feedback(window, qtbot, check):
    qtbot.keyClick(window.record_table, Qt.Key.Key_F2)
    editor = window.record_editor
    set_text(qtbot, editor.value, "12,3,4.5")
    assert editor.value.property("invalid") is True
    qtbot.keyClick(editor.value, Qt.Key.Key_Return)
    assert editor.editing and editor.problem.text()
    assert records_of(check(), "budget")[0].status == "pending"


def test_add_from_selected_text(window, qtbot, check):
    view = window.article_text
    text = view.stored_text()
    start = text.index("250 doanh nghiệp")
    end = start + len("250 doanh nghiệp")
    viewport = view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=view.position_of(start))
    qtbot.mouseClick(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, pos=view.position_of(end)
    )
    assert view.selected_range() == (start, end)
    assert action(window, "action_add_from_selection").isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.record_editor
    assert editor.editing
    assert editor.value.text() == "250" and editor.unit.text() == "doanh nghiệp"
    set_text(qtbot, editor.indicator, "Doanh nghiệp thành lập mới")
    qtbot.keyClick(editor.indicator, Qt.Key.Key_Return)

    added = [r for r in records_of(check(), "budget") if r.status == "added"]
    assert len(added) == 1
    record = added[0].record
    assert (record.start, record.end, record.value, record.unit) == (start, end, Decimal(250), "doanh nghiệp")
    assert record.indicator == "Doanh nghiệp thành lập mới" and record.locality == "Cẩm Phả"
    assert added[0].reviewer == "tester"
    assert current_indicator(window) == "Doanh nghiệp thành lập mới"
    qtbot.keyClick(window.record_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not [r for r in records_of(check(), "budget") if r.status == "added"]


def test_hedge_word_before_selection_sets_qualifier(window, qtbot):
    view = window.article_text
    text = view.stored_text()
    start = text.index("1 triệu lượt")
    view.select_range(start, start + len("1 triệu lượt"))
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.record_editor.qualifier.currentData() == "approx"
    assert window.record_editor.base.text() == "= 1.000.000 lượt"
    qtbot.keyClick(window.record_editor.indicator, Qt.Key.Key_Escape)


def test_one_enter_saves_a_label_typed_over_the_completer(window, check):
    press(window, Qt.Key.Key_F2)
    type_text(window, "Thu ng")
    assert window.record_editor.indicator.completer().popup().isVisible()
    press(window, Qt.Key.Key_Return)
    assert not window.record_editor.editing
    press(window, Qt.Key.Key_F2)
    type_text(window, "thu nh")
    press(window, Qt.Key.Key_Down)
    press(window, Qt.Key.Key_Return)  # takes the highlighted label and saves
    assert not window.record_editor.editing
    press(window, Qt.Key.Key_Y, text="y")  # a key after the save is no longer typed into the label
    first, second, third = records_of(check(), "budget")
    assert (first.status, first.record.indicator) == ("corrected", "Thu ng")
    assert (second.status, second.record.indicator) == ("corrected", "thu nhập")
    assert third.status == "confirmed" and third.record.indicator == "Doanh thu du lịch"


def test_a_correction_moves_on_to_the_next_pending_record(window, check):
    press(window, Qt.Key.Key_F2)
    type_text(window, "Thu ngân sách")
    press(window, Qt.Key.Key_Escape)  # closes the completer's pop-up
    press(window, Qt.Key.Key_Return)
    assert current_indicator(window) == "Khách du lịch"
    press(window, Qt.Key.Key_Y, text="y")
    assert statuses(check(), "budget") == ["corrected", "confirmed", "pending"]


def test_after_undoing_an_addition_a_record_is_selected_and_y_works(window, check):
    view = window.article_text
    start = view.stored_text().index("250 doanh nghiệp")
    view.select_range(start, start + len("250 doanh nghiệp"))
    press(window, Qt.Key.Key_N, CTRL)
    type_text(window, "Doanh nghiệp thành lập mới")
    press(window, Qt.Key.Key_Escape)
    press(window, Qt.Key.Key_Return)
    assert [r.status for r in records_of(check(), "budget")][-1] == "added"
    press(window, Qt.Key.Key_Z, CTRL)
    assert len(records_of(check(), "budget")) == 3
    assert window.current_row() is not None
    assert window.record_editor.qualifier.currentData() == window.current_row().qualifier
    press(window, Qt.Key.Key_Y, text="y")
    assert "confirmed" in statuses(check(), "budget")


@pytest.fixture
def unlabelled(db):
    """The budget article gets a fourth figure whose label the machine could not make."""
    store = Store(db)
    article = next(s for s in store.article_summaries() if s.doc == "budget")
    text = store.article(article.id).text
    start = text.index("250 doanh nghiệp")
    record = Record(
        indicator="",
        value=Decimal(250),
        unit="doanh nghiệp",
        base_value=Decimal(250),
        base_unit="doanh nghiệp",
        start=start,
        end=start + len("250 doanh nghiệp"),
    )
    store.conn.execute("BEGIN")
    row = record_to_row(record)
    columns = ", ".join(f'"{c}"' for c in row)
    store.conn.execute(
        f"INSERT INTO records (article_id, {columns}, created_at) "
        f"VALUES (?, {', '.join('?' * len(row))}, 'now')",
        (article.id, *row.values()),
    )
    store.conn.execute(
        "UPDATE articles SET n_records = n_records + 1, n_pending = n_pending + 1 WHERE id = ?", (article.id,)
    )
    store.conn.execute("COMMIT")
    store.close()
    return db


def test_a_record_without_a_label_cannot_be_confirmed_until_it_has_one(unlabelled, window, check, qtbot):
    qtbot.keyClick(window.record_table, Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert statuses(check(), "budget") == ["confirmed", "confirmed", "confirmed", "pending"]
    assert current_indicator(window) == ""
    assert not action(window, "action_confirm").isEnabled()
    told = window.record_editor.tr(
        "This record has no label: F2 gives it one (it cannot be confirmed without)."
    )
    assert window.record_editor.title.text() == told
    press(window, Qt.Key.Key_Y, text="y")
    assert statuses(check(), "budget")[-1] == "pending"
    press(window, Qt.Key.Key_F2)
    press(window, Qt.Key.Key_Return)  # the editor refuses an empty label too
    assert window.record_editor.editing and window.record_editor.problem.text()
    type_text(window, "Doanh nghiệp thành lập mới")
    press(window, Qt.Key.Key_Escape)
    press(window, Qt.Key.Key_Return)
    last = records_of(check(), "budget")[-1]
    assert (last.status, last.record.indicator) == ("corrected", "Doanh nghiệp thành lập mới")


def drag(qtbot, view, start: int, end: int) -> None:
    """Select from ``start`` to ``end`` with the mouse, as a reviewer does (click, then shift-click)."""
    viewport = view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=view.position_of(start))
    qtbot.mouseClick(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, pos=view.position_of(end)
    )


@pytest.mark.parametrize(
    "selected",
    [
        "250 doanh nghiệp th",  # two characters into the next word: dropped
        "50 doanh nghiệ",  # a number cut and a word mostly selected: taken whole
    ],
)
def test_adding_from_a_mouse_selection_snaps_to_words(window, qtbot, check, selected):
    view = window.article_text
    text = view.stored_text()
    start = text.index(selected)
    drag(qtbot, view, start, start + len(selected))
    press(window, Qt.Key.Key_N, CTRL)
    assert window.record_editor.unit.text() == "doanh nghiệp" and window.record_editor.value.text() == "250"
    type_text(window, "Doanh nghiệp thành lập mới")
    press(window, Qt.Key.Key_Escape)
    press(window, Qt.Key.Key_Return)
    added = next(r for r in records_of(check(), "budget") if r.status == "added").record
    assert text[added.start : added.end] == "250 doanh nghiệp" and added.unit == "doanh nghiệp"


def test_a_label_written_once_is_offered_again(window, check, open_window, db):
    press(window, Qt.Key.Key_F2)
    type_text(window, "Thu ngân sách toàn tỉnh")
    press(window, Qt.Key.Key_Return)  # moves on to "Khách du lịch"
    press(window, Qt.Key.Key_F2)
    type_text(window, "toàn t")
    popup = window.record_editor.indicator.completer().popup()
    assert popup.isVisible() and popup.model().index(0, 0).data() == "Thu ngân sách toàn tỉnh"
    press(window, Qt.Key.Key_Down)
    press(window, Qt.Key.Key_Return)
    assert [r.record.indicator for r in records_of(check(), "budget")][:2] == ["Thu ngân sách toàn tỉnh"] * 2
    window.close()
    reopened = open_window(db)  # the next session offers it too: it is read from the database
    completer = reopened.record_editor.indicator.completer()
    assert completer.model().index(0, 0).data() == "Thu ngân sách toàn tỉnh"
