"""A reviewer's answer to an article's year survives the team's split and merge (desktop.store.merged_years).

The corpus is tests/test_assumed_year.py's (invented): two dated articles, whose year 2017 the import gives
to an undated one, ``u``, with three figures (2017, 2016 for "năm trước", 2017), all pending.  It is split
for two reviewers who both hold every article; ``an``'s file is merged first, so the article and its
pending records come from it, and ``binh``'s answer has to be brought on top of them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.assumed_year import BATCH, REVIEWED, dated_by
from desktop.services.merge import merge_files
from desktop.services.split import split_corpus
from desktop.store import Store
from desktop.store.merged_years import YearConflict
from tests.test_assumed_year import article_of, batch_with_a_guess, periods, record_ids, stored
from tests.test_team import dump

GUESSED = ["2017", "2016", "2017"]
SET_2019 = ["2019", "2018", "2019"]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    """The two reviewer files of the corpus, every article in both."""
    report = split_corpus(batch_with_a_guess(tmp_path), 2, 100, tmp_path / "team", names=["an", "binh"])
    an, binh = report.files
    return an, binh


def set_year(db: Path, year: int, reviewer: str, *, undo: bool = False) -> None:
    with Store(db, backups=0) as store:
        done = store.set_article_year(article_of(store, "u"), year, reviewer)
        if undo:
            store.undo_article_year(done, reviewer)


def year_of(db: Path) -> tuple[int | None, tuple[int, str] | None]:
    """The article's year and what its warning dates it by (the year, and who said it)."""
    with Store(db, readonly=True) as store:
        year, warnings = store.conn.execute("SELECT year, warnings FROM articles WHERE doc = 'u'").fetchone()
    return year, dated_by(json.loads(warnings))


def rules(db: Path) -> list[list[str]]:
    return [found for _, _, _, found in stored(db, "u")]


def year_events(db: Path) -> list[tuple]:
    """The merged file's own ``set_year`` events: (at, reviewer, whether a record's)."""
    with Store(db, readonly=True) as store:
        rows = store.conn.execute(
            "SELECT at, reviewer, record_id IS NOT NULL FROM events WHERE action = 'set_year' ORDER BY id"
        ).fetchall()
    return [tuple(row) for row in rows]


def answered_at(db: Path) -> str:
    with Store(db, readonly=True) as store:
        return store.conn.execute(
            "SELECT at FROM events WHERE action = 'set_year' AND record_id IS NULL ORDER BY id DESC"
        ).fetchone()[0]


def test_a_year_set_in_the_file_merged_second_reaches_the_team_file(files, tmp_path):
    an, binh = files
    set_year(binh, 2019, "binh")
    merged = tmp_path / "merged.db"
    report = merge_files([an, binh], merged)
    with Store(merged, readonly=True) as store:
        u = article_of(store, "u")
        assert [r.status for r in store.records(u)] == ["pending"] * 3
    assert [s.years for s in report.sources] == [(), (u,)]
    assert year_of(merged) == (2019, (2019, REVIEWED))
    assert periods(merged, "u") == SET_2019
    assert rules(merged) == [[], [], []]  # the question is answered there too
    at = answered_at(binh)
    assert year_events(merged) == [(at, "binh", 0)] + [(at, "binh", 1)] * 3  # who and when, as in binh's


def test_the_answer_comes_whichever_file_is_merged_first(files, tmp_path):
    an, binh = files
    set_year(an, 2019, "an")
    merge_files([an, binh], tmp_path / "merged.db")
    assert year_of(tmp_path / "merged.db") == (2019, (2019, REVIEWED))
    assert periods(tmp_path / "merged.db", "u") == SET_2019


def test_a_decided_record_comes_with_its_version_and_a_pending_one_with_the_answer(files, tmp_path):
    an, binh = files
    set_year(binh, 2019, "binh")
    with Store(binh, backups=0) as store:
        store.decide(record_ids(store, "u")[1], "confirmed", "binh")
    merge_files([an, binh], tmp_path / "merged.db")
    assert periods(tmp_path / "merged.db", "u") == SET_2019


def test_two_answers_differing_keep_the_team_file_and_say_so(files, tmp_path, capsys):
    an, binh = files
    set_year(an, 2018, "an")
    set_year(binh, 2019, "binh")
    merged = tmp_path / "merged.db"
    assert main(["merge", str(an), str(binh), "-o", str(merged)]) == 0
    assert year_of(merged) == (2018, (2018, REVIEWED))  # an's, merged first: not silently binh's
    assert periods(merged, "u") == ["2018", "2017", "2018"]
    said = capsys.readouterr()
    err = said.err
    assert "binh: article" in err and "set to 2019 there" in err and "another answer, 2018" in err
    assert "until the year is adjudicated" in err and "conflicts tab (Ctrl+3)" in err
    assert "1 article year in conflict" in said.out
    report = merge_files([an, binh], tmp_path / "again.db")
    with Store(merged, readonly=True) as store:
        u = article_of(store, "u")
    assert report.sources[1].year_conflicts == (YearConflict(u, 2018, 2019),)
    assert year_events(merged) == []  # nothing taken: an's answer came with the article, from an's file
    with Store(merged, readonly=True) as store:
        logged = store.conn.execute(
            "SELECT reviewer FROM source_events WHERE action = 'set_year' AND record_id IS NULL ORDER BY source_id"
        ).fetchall()
    assert [reviewer for (reviewer,) in logged] == ["an", "binh"]  # both answers in the reviewers' logs


def test_the_same_answer_in_both_files_is_no_conflict(files, tmp_path):
    an, binh = files
    set_year(an, 2019, "an")
    set_year(binh, 2019, "binh")
    report = merge_files([an, binh], tmp_path / "merged.db")
    assert all(not s.year_conflicts for s in report.sources)
    assert periods(tmp_path / "merged.db", "u") == SET_2019


def test_an_answer_undone_before_the_merge_brings_nothing(files, tmp_path):
    an, binh = files
    set_year(binh, 2019, "binh", undo=True)
    merged = tmp_path / "merged.db"
    report = merge_files([an, binh], merged)
    assert all(not s.years and not s.year_conflicts for s in report.sources)
    assert year_of(merged) == (2017, (2017, BATCH))
    assert periods(merged, "u") == GUESSED
    assert rules(merged) == [["period_assumed"], [], []]
    assert year_events(merged) == []


def test_merging_the_file_again_changes_nothing(files, tmp_path):
    an, binh = files
    set_year(binh, 2019, "binh")
    merged = tmp_path / "merged.db"
    merge_files([an, binh], merged)
    first, events = dump(merged), year_events(merged)
    again = merge_files([binh, an], merged)
    assert all(s.skipped for s in again.sources)
    assert dump(merged)[:-2] == first[:-2]
    assert year_events(merged) == events and len(events) == 4


def test_merging_in_two_steps_carries_the_answer_too(files, tmp_path):
    an, binh = files
    set_year(binh, 2019, "binh")
    steps = tmp_path / "steps.db"
    merge_files([an], steps)
    assert periods(steps, "u") == GUESSED
    merge_files([binh], steps)
    assert year_of(steps) == (2019, (2019, REVIEWED))
    assert periods(steps, "u") == SET_2019 and rules(steps) == [[], [], []]


def test_a_year_set_before_the_split_is_in_every_file(tmp_path):
    corpus = batch_with_a_guess(tmp_path)
    set_year(corpus, 2019, "lan")
    report = split_corpus(corpus, 2, 100, tmp_path / "team", names=["an", "binh"])
    for path in report.files:
        assert year_of(path) == (2019, (2019, REVIEWED))
        assert periods(path, "u") == SET_2019 and rules(path) == [[], [], []]
        assert [reviewer for _, reviewer, _ in year_events(path)] == ["lan"] * 4
    merged = tmp_path / "merged.db"
    merge_files(report.files, merged)
    assert year_of(merged) == (2019, (2019, REVIEWED)) and periods(merged, "u") == SET_2019


# ---- a record another reviewer decided at the guessed year (stop 36) --------------------------------


def decide_at_the_guess(db: Path, reviewer: str) -> None:
    """Confirm the first figure, correct the second's label and the third's period (typed: 2015)."""
    with Store(db, backups=0) as store:
        first, second, third = record_ids(store, "u")
        store.decide(first, "confirmed", reviewer)
        value = store.record(second).record
        store.decide(
            second, "corrected", reviewer, record=value.with_changes(indicator=value.indicator + " cả năm")
        )
        store.decide(
            third, "corrected", reviewer, record=store.record(third).record.with_changes(period="2015")
        )


def statuses_of(db: Path) -> list[str]:
    with Store(db, readonly=True) as store:
        return [store.record(i).status for i in record_ids(store, "u")]


@pytest.mark.parametrize("order", ["answer last", "answer first"])
def test_a_record_decided_at_the_guess_in_another_file_follows_the_answer(files, tmp_path, order):
    """an decided the figures under the guess, 2017; binh set the year, 2019, and decided none of them.
    The merged file had 2019 and an's 2017 and 2016 beside it: the period the guess gave them."""
    an, binh = files
    decide_at_the_guess(an, "an")
    set_year(binh, 2019, "binh")
    merged = tmp_path / "merged.db"
    merge_files([an, binh] if order == "answer last" else [binh, an], merged)
    assert year_of(merged) == (2019, (2019, REVIEWED))
    assert periods(merged, "u") == ["2019", "2018", "2015"]  # the period an typed stays
    assert statuses_of(merged) == ["corrected", "corrected", "corrected"]
    at = answered_at(binh)
    moved = [event for event in year_events(merged) if event[2]]
    assert moved == [(at, "binh", 1)] * 2  # as binh's answer: who and when
    assert rules(merged) == [[], [], []]


def test_the_decided_records_follow_an_answer_merged_in_a_later_step(files, tmp_path):
    an, binh = files
    decide_at_the_guess(an, "an")
    set_year(binh, 2019, "binh")
    steps = tmp_path / "steps.db"
    merge_files([an], steps)
    assert periods(steps, "u") == ["2017", "2016", "2015"]
    merge_files([binh], steps)
    assert periods(steps, "u") == ["2019", "2018", "2015"]
