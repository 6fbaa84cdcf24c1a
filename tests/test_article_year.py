"""A reviewer sets the year of an article that names none (desktop.store.article_year).

The articles are invented (those of tests/test_assumed_year.py): two dated ones, whose year the import
gives to an undated one with three figures, 2017 for "6 tháng đầu năm" and "năm nay", 2016 for "năm trước".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.assumed_year import BATCH, REVIEWED, assumed, dated_by, warning
from desktop.core.errors import InputError
from desktop.services.reextract import reextract
from desktop.store import Changed, Selection, Store
from desktop.store.article_year import shifted
from tests.test_assumed_year import (
    HORIZON,
    article_of,
    article_row,
    batch_with_a_guess,
    dated,
    import_paths,
    periods,
    record_ids,
    statuses,
    stored,
    undated,
    write_jsonl,
)


def rules(db: Path, doc: str) -> list[list[str]]:
    return [found for _, _, _, found in stored(db, doc)]


def test_the_reviewer_answer_is_no_guess_but_dates_the_article_again() -> None:
    said = warning(2019, REVIEWED)
    assert assumed([said]) is None  # the check asks nothing
    assert dated_by([said]) == (2019, REVIEWED)  # re-extraction dates the article by it
    assert dated_by([warning(2017, BATCH)]) == assumed([warning(2017, BATCH)]) == (2017, BATCH)


def test_a_period_moves_year_by_year() -> None:
    assert shifted("2016", 2) == "2018"
    assert shifted("2016-2020", -1) == "2015-2019"


def test_setting_the_year_moves_the_periods_it_dated_and_answers_the_question(tmp_path: Path) -> None:
    db = batch_with_a_guess(tmp_path)
    with Store(db) as store:
        u = article_of(store, "u")
        asked = store.year_question(u)
        assert asked is not None and (asked.year, asked.source, asked.dated, asked.open) == (
            2017,
            BATCH,
            3,
            True,
        )
        done = store.set_article_year(u, 2019, "lan", seen=asked.seen)
        assert [c.after["period"] for c in done.decision.changes] == ["2019", "2018", "2019"]
        assert statuses(store, "u") == ["pending"] * 3  # the year is answered, not the figures
        events = store.conn.execute(
            "SELECT action, reviewer, record_id FROM events WHERE article_id = ? AND action = 'set_year'",
            (u,),
        ).fetchall()
        assert [tuple(e) for e in events] == [("set_year", "lan", None)] + [
            ("set_year", "lan", i) for i in record_ids(store, "u")
        ]
        answered = store.year_question(u)
        assert answered is not None and (answered.year, answered.open) == (2019, False)
        assert store.count_passing(Selection(article_id=u)) == 3  # no longer held back
    assert periods(db, "u") == ["2019", "2018", "2019"]
    assert rules(db, "u") == [[], [], []]
    assert article_row(db, "u") == (2019, [warning(2019, REVIEWED)])


def test_confirming_the_guess_changes_no_record_but_answers(tmp_path: Path) -> None:
    db = batch_with_a_guess(tmp_path)
    with Store(db) as store:
        done = store.set_article_year(article_of(store, "u"), 2017, "lan")
        assert done.decision.changes == ()
    assert periods(db, "u") == ["2017", "2016", "2017"] and rules(db, "u") == [[], [], []]


def test_undo_puts_back_the_year_the_records_and_the_question(tmp_path: Path) -> None:
    db = batch_with_a_guess(tmp_path)
    with Store(db) as store:
        u = article_of(store, "u")
        first = record_ids(store, "u")[0]
        store.decide(first, "confirmed", "binh")
        before = [store.record(i) for i in record_ids(store, "u")]
        done = store.set_article_year(u, 2020, "lan")
        assert statuses(store, "u") == ["corrected", "pending", "pending"]
        store.undo_article_year(done, "lan")
        assert [store.record(i) for i in record_ids(store, "u")] == before
        store.redo_article_year(done, "lan")
        assert periods(db, "u") == ["2020", "2019", "2020"]
        store.undo_article_year(done, "lan")
    assert article_row(db, "u") == (2017, [warning(2017, BATCH)])
    assert rules(db, "u") == [["period_assumed"], [], []]  # asked again (its confirmation answers it)


def test_what_the_text_writes_or_a_reviewer_wrote_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    source = write_jsonl(
        tmp_path / "news.jsonl", dated("d1", "2017-05-02"), dated("d2", "2017-08-02"), undated("h", HORIZON)
    )
    import_paths(db, [source], workers=1)
    with Store(db) as store:
        store.set_article_year(article_of(store, "h"), 2018, "lan")
    assert sorted(periods(db, "h")) == ["2018", "2030"]  # "đến năm 2030" is the text's


def test_a_period_a_reviewer_corrected_keeps_it(tmp_path: Path) -> None:
    db = batch_with_a_guess(tmp_path)
    with Store(db) as store:
        first = store.record(record_ids(store, "u")[0])
        store.decide(first.id, "corrected", "binh", record=first.record.with_changes(period="2015"))
        store.set_article_year(article_of(store, "u"), 2019, "lan")
    assert periods(db, "u") == ["2015", "2018", "2019"]


def test_re_extraction_keeps_the_year_a_reviewer_set(tmp_path: Path) -> None:
    db = batch_with_a_guess(tmp_path)
    with Store(db) as store:
        store.set_article_year(article_of(store, "u"), 2019, "lan")
    report = reextract(db, version="next")
    assert (report.changed, report.removed, report.new) == (0, 0, 0)
    assert periods(db, "u") == ["2019", "2018", "2019"] and rules(db, "u") == [[], [], []]


def test_a_dated_article_has_no_year_to_set(tmp_path: Path) -> None:
    db = batch_with_a_guess(tmp_path)
    with Store(db) as store:
        d1 = article_of(store, "d1")
        assert store.year_question(d1) is None
        with pytest.raises(InputError, match="has a date or a year of its own"):
            store.set_article_year(d1, 2019, "lan")
        with pytest.raises(ValueError, match="not a year"):
            store.set_article_year(article_of(store, "u"), 1900, "lan")


def test_a_year_changed_elsewhere_is_refused(tmp_path: Path) -> None:
    db = batch_with_a_guess(tmp_path)
    with Store(db) as store, Store(db) as other:
        u = article_of(store, "u")
        seen = store.year_question(u).seen  # type: ignore[union-attr]
        done = other.set_article_year(u, 2018, "binh")
        with pytest.raises(Changed, match="changed elsewhere"):
            store.set_article_year(u, 2019, "lan", seen=seen)
        other.undo_article_year(done, "binh")
        other.set_article_year(u, 2016, "binh")
        with pytest.raises(Changed):
            store.undo_article_year(done, "lan")
    assert periods(db, "u") == ["2016", "2015", "2016"]


def test_accept_all_counts_what_it_holds_back(tmp_path: Path) -> None:
    db = batch_with_a_guess(tmp_path)
    with Store(db) as store:
        assert store.count_held_back(Selection()) == (1, 2)  # the flagged record does not pass anyway
        assert store.count_held_back(Selection(article_id=article_of(store, "d1"))) == (0, 0)
        store.set_article_year(article_of(store, "u"), 2017, "lan")
        assert store.count_held_back(Selection()) == (0, 0)
        assert json.loads(
            store.conn.execute("SELECT warnings FROM articles WHERE doc = 'u'").fetchone()[0]
        ) == [warning(2017, REVIEWED)]


# ---- records decided before an answer follow the next one (stop 36) --------------------------------


def decide_three(store: Store, typed: str | None = None) -> list[int]:
    """Confirm the first figure, correct the second's label, and (``typed``) the third's period by hand."""
    first, second, third = record_ids(store, "u")
    store.decide(first, "confirmed", "an")
    value = store.record(second).record
    store.decide(second, "corrected", "an", record=value.with_changes(indicator=value.indicator + " cả năm"))
    if typed is not None:
        store.decide(third, "corrected", "an", record=store.record(third).record.with_changes(period=typed))
    return [first, second, third]


def test_a_record_decided_before_one_answer_follows_the_next(tmp_path: Path) -> None:
    """The first answer made the decided records corrected by the reviewer; the second left them at the
    first answer's year, as if someone had typed it (it read the machine's period to tell)."""
    db = batch_with_a_guess(tmp_path)
    with Store(db) as store:
        u = article_of(store, "u")
        decide_three(store)
        store.set_article_year(u, 2019, "lan")
        assert periods(db, "u") == ["2019", "2018", "2019"]
        before = [store.record(i) for i in record_ids(store, "u")]
        done = store.set_article_year(u, 2020, "lan")
        assert periods(db, "u") == ["2020", "2019", "2020"]
        assert statuses(store, "u") == ["corrected", "corrected", "pending"]
        assert len(done.decision.changes) == 3
        store.undo_article_year(done, "lan")  # one step: the year and every record
        assert [store.record(i) for i in record_ids(store, "u")] == before
        assert article_row(db, "u")[0] == 2019


def test_a_record_decided_after_an_answer_follows_the_next(tmp_path: Path) -> None:
    db = batch_with_a_guess(tmp_path)
    with Store(db) as store:
        u = article_of(store, "u")
        store.set_article_year(u, 2019, "lan")
        decide_three(store)
        store.set_article_year(u, 2021, "lan")
    assert periods(db, "u") == ["2021", "2020", "2021"]


def test_a_period_typed_by_a_reviewer_is_never_moved(tmp_path: Path) -> None:
    db = batch_with_a_guess(tmp_path)
    with Store(db) as store:
        u = article_of(store, "u")
        store.set_article_year(u, 2019, "lan")
        third = record_ids(store, "u")[2]
        store.decide(third, "corrected", "an", record=store.record(third).record.with_changes(period="2015"))
        store.decide(third, "pending", "an")  # reopened after the correction: the period is still typed
        store.set_article_year(u, 2020, "lan")
        assert periods(db, "u") == ["2020", "2019", "2015"]
        typed_back = record_ids(store, "u")[0]  # typed to what the year gave it: a reviewer's all the same
        record = store.record(typed_back).record
        store.decide(typed_back, "corrected", "an", record=record.with_changes(period="2018"))
        store.decide(typed_back, "corrected", "an", record=record.with_changes(period="2020"))
        store.set_article_year(u, 2022, "lan")
    assert periods(db, "u") == ["2020", "2021", "2015"]


def test_an_undone_typing_leaves_the_period_to_the_year(tmp_path: Path) -> None:
    db = batch_with_a_guess(tmp_path)
    with Store(db) as store:
        u = article_of(store, "u")
        first = record_ids(store, "u")[0]
        typed = store.decide(
            first, "corrected", "an", record=store.record(first).record.with_changes(period="2015")
        )
        store.undo(typed.changes, "an")
        store.set_article_year(u, 2019, "lan")
    assert periods(db, "u") == ["2019", "2018", "2019"]
