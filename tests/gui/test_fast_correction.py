"""Faster correction: a key per field, single keys for the kind, several records at once, and
'attach as comparison'; every step driven by keys and checked in the database."""

from __future__ import annotations

from decimal import Decimal

import pytest
from gui_helpers import action, current_indicator, focused, press, records_of, statuses, type_text
from PySide6.QtCore import Qt

from desktop.core.records import Comparison
from desktop.store import Store
from tests.factories import figure
from tests.gui.conftest import article

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def records(check, doc: str = "budget"):
    return [stored.record for stored in records_of(check(), doc)]


def test_alt_p_opens_the_editor_at_the_period_and_enter_saves_and_moves_on(window, check):
    press(window, Qt.Key.Key_P, ALT)
    editor = window.record_editor
    assert editor.editing and focused() == "edit_period" and editor.period.selectedText() == "2019"
    type_text(window, "2018")
    press(window, Qt.Key.Key_Return)
    assert records(check)[0].period == "2018" and statuses(check(), "budget")[0] == "corrected"
    assert current_indicator(window) == "Khách du lịch"


def test_each_field_has_its_key_also_inside_the_editor(window, check):
    press(window, Qt.Key.Key_L, ALT)
    assert focused() == "edit_indicator"
    type_text(window, "Thu ngân sách")
    press(window, Qt.Key.Key_Escape)  # the completer's pop-up
    for key, name in (
        (Qt.Key.Key_V, "edit_value"),
        (Qt.Key.Key_U, "edit_unit"),
        (Qt.Key.Key_Q, "edit_qualifier"),
        (Qt.Key.Key_K, "edit_kind"),
        (Qt.Key.Key_P, "edit_period"),
        (Qt.Key.Key_A, "edit_locality"),
    ):
        press(window, key, ALT)
        assert focused() == name
    type_text(window, "Quảng Ninh")
    press(window, Qt.Key.Key_K, ALT)
    press(window, Qt.Key.Key_Down)  # estimate -> target
    press(window, Qt.Key.Key_C, ALT)  # the last comparison
    type_text(window, "104")
    press(window, Qt.Key.Key_C, ALT | SHIFT)  # a new one
    type_text(window, "5")
    press(window, Qt.Key.Key_Return)
    first = records(check)[0]
    assert (first.indicator, first.locality, first.kind) == ("Thu ngân sách", "Quảng Ninh", "target")
    assert first.comparisons == (
        Comparison(Decimal(104), "ratio", "plan"),
        Comparison(Decimal(5), "ratio", "same_period"),
    )


def test_a_single_key_sets_the_kind_and_moves_on(window, check):
    press(window, Qt.Key.Key_T, text="t")
    press(window, Qt.Key.Key_E, text="e")
    assert [r.kind for r in records(check)] == ["target", "estimate", "estimate"]
    assert statuses(check(), "budget") == ["corrected", "corrected", "pending"]
    assert current_indicator(window) == "Doanh thu du lịch"
    assert not action(window, "action_kind_estimate").isEnabled()  # it already is one


def test_several_records_get_a_period_in_one_step_and_one_undo(window, check):
    press(window, Qt.Key.Key_J, SHIFT, "J")
    press(window, Qt.Key.Key_J, SHIFT, "J")
    assert len(window.selected_rows()) == 3
    press(window, Qt.Key.Key_P, ALT)
    editor = window.record_editor
    assert editor.editing and editor.period.text() == "2019" and not editor.value.isEnabled()
    type_text(window, "2020")
    press(window, Qt.Key.Key_Return)
    assert [r.period for r in records(check)] == ["2020"] * 3
    assert statuses(check(), "budget") == ["corrected"] * 3
    assert [r.kind for r in records(check)] == ["estimate", "actual", "estimate"]  # untouched fields stay
    press(window, Qt.Key.Key_Z, CTRL)
    assert [r.period for r in records(check)] == ["2019"] * 3
    assert statuses(check(), "budget") == ["pending"] * 3


def test_a_place_for_records_picked_with_the_mouse_and_kinds_by_key(window, qtbot, check):
    table = window.record_table
    first, third = (table.visualRect(window.records.index(row, 1)).center() for row in (0, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, CTRL, pos=third)
    assert [row.indicator for row in window.selected_rows()] == [
        "Thu ngân sách nhà nước",
        "Doanh thu du lịch",
    ]
    press(window, Qt.Key.Key_A, ALT)
    type_text(window, "Hạ Long")
    press(window, Qt.Key.Key_Return)
    assert [r.locality for r in records(check)] == ["Hạ Long", "Cẩm Phả", "Hạ Long"]
    assert current_indicator(window) == "Khách du lịch"  # the next pending record
    press(window, Qt.Key.Key_K, text="k")
    press(window, Qt.Key.Key_J, SHIFT, "J")
    press(window, Qt.Key.Key_J, SHIFT, "J")
    press(window, Qt.Key.Key_A, text="a")  # every selected record becomes 'actual'
    assert [r.kind for r in records(check)] == ["actual", "actual", "actual"]


def test_y_and_n_decide_every_selected_record_as_one_step(window, check):
    press(window, Qt.Key.Key_J, SHIFT, "J")
    press(window, Qt.Key.Key_N, text="n")
    assert statuses(check(), "budget") == ["rejected", "rejected", "pending"]
    press(window, Qt.Key.Key_Z, CTRL)
    assert statuses(check(), "budget") == ["pending"] * 3


GRDP = "Năm 2020, GRDP bình quân đầu người đạt 94.450.000 đồng, đạt 97,17% kế hoạch, tăng 6,97%; xuất khẩu giảm 2,1%."


@pytest.fixture
def stray(db):
    """An article whose machine made two of a figure's comparisons records of their own."""
    records = [
        figure(
            GRDP,
            "94.450.000 đồng",
            "GRDP bình quân đầu người",
            "94450000",
            "đồng",
            period="2020",
            locality="Hà Nam",
            comparisons=(Comparison(Decimal("97.17"), "ratio", "plan"),),
        ),
        figure(GRDP, "6,97%", "Tăng", "6.97", "%", period="2020", locality="Hà Nam"),
        figure(GRDP, "2,1%", "Xuất khẩu giảm", "2.1", "%", period="2020", locality="Hà Nam"),
    ]
    with Store(db) as store:
        store.add_articles(
            [(article("grdp", GRDP, "Hà Nam: GRDP", "Hà Nam", "2021-01-02"), records, "test", False)]
        )
    return db


def test_c_attaches_a_percentage_to_the_figure_before_it_in_one_undo_step(stray, window, check):
    window.show_article(next(s.id for s in window.store.article_summaries() if s.doc == "grdp"))
    assert not action(window, "action_attach_comparison").isEnabled()  # the figure itself
    press(window, Qt.Key.Key_J, text="j")
    press(window, Qt.Key.Key_C, text="c")
    figure_, growth, exports = records_of(check(), "grdp")
    assert (figure_.status, growth.status, exports.status) == ("corrected", "rejected", "pending")
    assert figure_.record.comparisons == (
        Comparison(Decimal("97.17"), "ratio", "plan"),
        Comparison(Decimal("6.97"), "change", "same_period"),
    )
    assert current_indicator(window) == "Xuất khẩu giảm"
    press(window, Qt.Key.Key_Z, CTRL)
    figure_, growth, _ = records_of(check(), "grdp")
    assert (figure_.status, growth.status) == ("pending", "pending")
    assert len(figure_.record.comparisons) == 1
    assert [e["action"] for e in check().events(growth.id)][-2:] == ["reject", "undo"]
