"""Correcting every field with F2 / Enter, cancelling with Esc, and adding a record from a text selection."""

from __future__ import annotations

from decimal import Decimal

from gui_helpers import action, current_indicator, records_of
from PySide6.QtCore import Qt

from desktop.core.records import Comparison


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
    assert (record.unit, record.base_unit, record.base_value) == ("triệu đồng", "đồng", Decimal("11500250000"))
    assert (record.qualifier, record.kind, record.period, record.locality) == ("over", "target", "2016-2020",
                                                                               "Quảng Ninh")
    assert record.comparisons == (Comparison(Decimal("104.5"), "ratio", "target"),
                                  Comparison(Decimal("-2.5"), "change", "same_period"))
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
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     pos=view.position_of(end))
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
