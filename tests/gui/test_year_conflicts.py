"""An article's year two reviewers answered differently, adjudicated in the conflicts tab with the keyboard.

The corpus is tests/test_assumed_year.py's (invented): an undated article ``u`` whose three figures the
import dated 2017 (2016 for "năm trước").  ``an`` set its year to 2018 and confirmed its first figure,
``binh`` set 2019 and rejected that figure; ``an``'s file is merged first.  The adjudicator works as in
the window: Ctrl+3, a number, F2, Ctrl+Z; everything is checked in the database afterwards.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.core.assumed_year import REVIEWED
from desktop.gui.adjudication_model import FIELDS
from desktop.services.merge import merge_files
from desktop.services.split import split_corpus
from desktop.store import Store
from desktop.store.team import outcome
from desktop.store.team_years import year_outcome
from tests.test_assumed_year import article_of, batch_with_a_guess, periods, record_ids
from tests.test_merged_years import set_year, statuses_of, year_of

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def merged(tmp_path: Path) -> Path:
    an, binh = split_corpus(
        batch_with_a_guess(tmp_path), 2, 100, tmp_path / "team", names=["an", "binh"]
    ).files
    set_year(an, 2018, "an")
    with Store(an, backups=0) as store:
        store.decide(record_ids(store, "u")[0], "confirmed", "an")
    set_year(binh, 2019, "binh")
    with Store(binh, backups=0) as store:
        store.decide(record_ids(store, "u")[0], "rejected", "binh")
    path = tmp_path / "merged.db"
    merge_files([an, binh], path)
    return path


def ids(path: Path) -> tuple[int, int]:
    """The undated article and its first figure (the disputed record)."""
    with Store(path, readonly=True) as store:
        return article_of(store, "u"), record_ids(store, "u")[0]


def conflicts_tab(open_window, path: Path, qtbot):
    window = open_window(path, reviewer="lead")
    qtbot.keyClick(window.record_table, Qt.Key.Key_3, CTRL)
    view = window.team.conflicts
    assert window.team.tabs.currentWidget() is view
    view.conflict_table.setFocus()
    return window, view


def test_the_year_comes_first_with_each_answer_side_by_side(open_window, merged, qtbot):
    u, first = ids(merged)
    _window, view = conflicts_tab(open_window, merged, qtbot)
    assert (view.conflicts.years, view.conflicts.ids) == ([u], [first])
    assert view.year_article == u and view.version_table.model() is view.year_model
    model = view.year_model
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)] == [
        "1: an",
        "2: binh",
        "Bài hiện nay",
    ]
    assert [model.text(0, column) for column in range(3)] == ["2018", "2019", "2018"]
    assert [model.text(1, column) for column in range(2)] == ["an", "binh"]
    assert model.differs(0)
    assert [b.text() for b in view.choice_buttons] == [
        "1: lấy năm của an (2018)",
        "2: lấy năm của binh (2019)",
    ]
    assert (
        view.conflicts.index(0, 2).data() == "Năm của bài"
        and view.conflicts.index(0, 3).data() == "2018 · 2019"
    )
    assert view.counts.text().startswith("1 năm của bài · 1 bản ghi")


def test_a_number_key_settles_the_year_and_ctrl_z_reopens_it(open_window, merged, qtbot):
    u, first = ids(merged)
    window, view = conflicts_tab(open_window, merged, qtbot)
    qtbot.keyClick(view.conflict_table, Qt.Key.Key_2)  # binh's answer: 2019
    assert year_of(merged) == (2019, (2019, REVIEWED))
    assert periods(merged, "u") == ["2019", "2018", "2019"]
    with Store(merged, readonly=True) as store:
        settled = year_outcome(store.conn, u)
        assert settled is not None and (settled.state, settled.year, settled.adjudicator) == (
            "adjudicated",
            2019,
            "lead",
        )
        assert settled.adjudicated_at
        (action, reviewer) = store.conn.execute(
            "SELECT action, reviewer FROM events WHERE article_id = ? AND record_id IS NULL ORDER BY id DESC",
            (u,),
        ).fetchone()
        assert (action, reviewer) == ("adjudicate", "lead")
    assert (view.conflicts.years, view.conflicts.ids) == ([], [first])  # on to the record
    assert view.record_id == first and view.version_table.model() is view.version_model
    assert window.article.doc == "u" and window.article.year == 2019  # the review tab follows
    assert QApplication.focusWidget() is view.conflict_table  # the keys stay in the conflicts tab
    qtbot.keyClick(view.conflict_table, Qt.Key.Key_Z, CTRL)
    assert year_of(merged) == (2018, (2018, REVIEWED))
    assert periods(merged, "u") == ["2018", "2017", "2018"]
    with Store(merged, readonly=True) as store:
        assert year_outcome(store.conn, u).state == "conflict"  # type: ignore[union-attr]
    assert view.conflicts.years == [u] and view.year_article == u
    qtbot.keyClick(view.conflict_table, Qt.Key.Key_Z, CTRL_SHIFT)  # redo
    assert year_of(merged) == (2019, (2019, REVIEWED))


def test_then_the_record_chosen_from_the_other_year_follows_the_settled_one(open_window, merged, qtbot):
    _u, first = ids(merged)
    _window, view = conflicts_tab(open_window, merged, qtbot)
    qtbot.keyClick(view.conflict_table, Qt.Key.Key_2)  # the year: binh's 2019
    assert view.record_id == first
    period = FIELDS.index("period")
    model = view.version_model
    assert [model.text(period, column) for column in range(3)] == ["2018 → 2019", "2019", "2019"]
    assert not model.differs(period)  # an's period, chosen, is binh's: what differs is the decision
    qtbot.keyClick(view.conflict_table, Qt.Key.Key_1)  # the record: an's confirmation, made under 2018
    with Store(merged, readonly=True) as store:
        record = store.record(first)
        assert (record.status, record.record.period, record.reviewer) == ("corrected", "2019", "lead")
        assert outcome(store.conn, first).state == "adjudicated"  # type: ignore[union-attr]
    assert statuses_of(merged) == ["corrected", "pending", "pending"]
    assert view.empty.isVisible() and view.conflicts.rowCount() == 0


def test_f2_sets_another_year(open_window, merged, qtbot):
    u, _ = ids(merged)
    _window, view = conflicts_tab(open_window, merged, qtbot)
    qtbot.keyClick(view.conflict_table, Qt.Key.Key_F2)
    [dialog] = [d for d in view.findChildren(QDialog, "year_dialog") if d.isVisible()]
    qtbot.waitExposed(dialog)
    assert dialog.year_box.value() == 2018  # the year the merged file holds
    qtbot.keyClicks(dialog.year_box, "2020")
    qtbot.keyClick(dialog.year_box, Qt.Key.Key_Return)
    assert year_of(merged) == (2020, (2020, REVIEWED))
    with Store(merged, readonly=True) as store:
        settled = year_outcome(store.conn, u)
        assert settled is not None and (settled.year, settled.chosen_source) == (2020, None)
    assert periods(merged, "u") == ["2020", "2019", "2020"]


def test_show_the_article_opens_it_in_the_review_tab(open_window, merged, qtbot):
    u, _ = ids(merged)
    window, view = conflicts_tab(open_window, merged, qtbot)
    qtbot.mouseClick(view.open_article, Qt.MouseButton.LeftButton)
    assert window.team.tabs.currentIndex() == 0 and window.article.id == u
