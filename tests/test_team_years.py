"""Two reviewers answer an article's year differently: a conflict the adjudicator settles (desktop.store.team_years).

The corpus is tests/test_assumed_year.py's (invented): two dated articles, whose year 2017 the import gives
to an undated one, ``u``, with three figures (2017, 2016 for "năm trước", 2017).  It is split for two
reviewers who both hold every article (three in one test); ``an`` sets 2018, ``binh`` 2019, and ``an``'s
file is merged first, so the merged file holds 2018 until the year is adjudicated.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.core.assumed_year import REVIEWED
from desktop.core.errors import InputError
from desktop.services.merge import merge_files
from desktop.services.split import split_corpus
from desktop.store import Changed, Store
from desktop.store.team import adjudicate, versions
from desktop.store.team_years import (
    adjudicate_year,
    readjudicate_year,
    reopen_year,
    year_conflict_ids,
    year_disputed_count,
    year_outcome,
    year_versions,
)
from tests.test_assumed_year import article_of, batch_with_a_guess, periods, record_ids
from tests.test_merged_years import rules, set_year, statuses_of, year_of


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, Path]:
    report = split_corpus(batch_with_a_guess(tmp_path), 2, 100, tmp_path / "team", names=["an", "binh"])
    an, binh = report.files
    return an, binh


@pytest.fixture
def answered(team, tmp_path) -> Path:
    """an set 2018; binh set 2019 and then confirmed the second figure (2018, "năm trước" under 2019)."""
    an, binh = team
    set_year(an, 2018, "an")
    set_year(binh, 2019, "binh")
    with Store(binh, backups=0) as store:
        store.decide(record_ids(store, "u")[1], "confirmed", "binh")
    merged = tmp_path / "merged.db"
    merge_files([an, binh], merged)
    return merged


def source_ids(db: Path) -> dict[str, int]:
    with Store(db, readonly=True) as store:
        return {slot: i for i, slot in store.conn.execute("SELECT id, slot FROM review_sources")}


def answer_time(db: Path) -> str:
    with Store(db, readonly=True) as store:
        return store.conn.execute(
            "SELECT at FROM events WHERE action = 'set_year' AND record_id IS NULL ORDER BY id DESC"
        ).fetchone()[0]


def test_two_answers_make_a_conflict_with_each_files_answer_kept(team, answered):
    an, binh = team
    with Store(answered, readonly=True) as store:
        u = article_of(store, "u")
        assert year_conflict_ids(store.conn) == [u] and year_disputed_count(store.conn) == (1, 1)
        outcome = year_outcome(store.conn, u)
        assert outcome is not None and (outcome.state, outcome.year, outcome.adjudicator) == (
            "conflict",
            None,
            None,
        )
        found = year_versions(store.conn, u)
    assert [(v.source.name, v.year, v.answered, v.reviewer) for v in found] == [
        ("an", 2018, True, "an"),
        ("binh", 2019, True, "binh"),
    ]
    assert [v.answered_at for v in found] == [answer_time(an), answer_time(binh)]
    assert year_of(answered) == (2018, (2018, REVIEWED))  # an's, merged first, until adjudicated
    # binh's confirmed figure was read under 2019: under the merged file's 2018 it follows to 2017
    assert periods(answered, "u") == ["2018", "2017", "2018"]
    assert statuses_of(answered) == ["pending", "corrected", "pending"]


def test_adjudicating_a_reviewers_answer_sets_the_year_and_its_records_follow(answered):
    with Store(answered, backups=0) as store:
        u = article_of(store, "u")
        done = adjudicate_year(store, u, "lead", source_id=source_ids(answered)["binh"])
        outcome = year_outcome(store.conn, u)
        assert outcome is not None
        assert (outcome.state, outcome.year, outcome.chosen_source, outcome.adjudicator) == (
            "adjudicated",
            2019,
            source_ids(answered)["binh"],
            "lead",
        )
        assert outcome.adjudicated_at is not None and year_conflict_ids(store.conn) == []
        assert year_conflict_ids(store.conn, "adjudicated") == [u]
        logged = store.conn.execute(
            "SELECT action, reviewer, record_id, after FROM events WHERE article_id = ? AND reviewer = 'lead' "
            "ORDER BY id",
            (u,),
        ).fetchall()
        assert len(done.answer.decision.changes) == 3
    assert [(a, r, i is None) for a, r, i, _ in logged] == [("set_year", "lead", True)] + [
        ("set_year", "lead", False)
    ] * 3 + [("adjudicate", "lead", True)]
    assert json.loads(logged[-1][3]) == {
        "year": 2019,
        "from": REVIEWED,
        "adjudication": {"source": source_ids(answered)["binh"], "year": 2019},
    }
    assert year_of(answered) == (2019, (2019, REVIEWED))
    assert periods(answered, "u") == ["2019", "2018", "2019"]
    assert rules(answered) == [[], [], []]


def test_undo_reopens_the_year_and_puts_every_record_back_and_redo_settles_it_again(answered):
    with Store(answered, backups=0) as store:
        u = article_of(store, "u")
        before = [store.record(i) for i in record_ids(store, "u")]
        done = adjudicate_year(store, u, "lead", year=2020)  # another year than either answer
        assert periods(answered, "u") == ["2020", "2019", "2020"]
        assert year_outcome(store.conn, u).chosen_source is None  # type: ignore[union-attr]
        reopen_year(store, done, "lead")
        assert [store.record(i) for i in record_ids(store, "u")] == before
        assert year_outcome(store.conn, u).state == "conflict"  # type: ignore[union-attr]
        assert year_of(answered) == (2018, (2018, REVIEWED))
        readjudicate_year(store, done, "lead")
        assert year_outcome(store.conn, u) == done.after
    assert periods(answered, "u") == ["2020", "2019", "2020"]


def test_what_cannot_be_adjudicated_is_refused(answered, tmp_path):
    with Store(answered, backups=0) as store, Store(answered, backups=0) as other:
        u = article_of(store, "u")
        d1 = article_of(store, "d1")
        with pytest.raises(InputError, match="nothing to adjudicate"):
            adjudicate_year(store, d1, "lead", year=2019)
        seen = store.year_question(u).seen  # type: ignore[union-attr]
        other.set_article_year(u, 2016, "binh")  # set meanwhile in another window
        with pytest.raises(Changed):
            adjudicate_year(store, u, "lead", source_id=source_ids(answered)["an"], seen=seen)
        assert year_outcome(store.conn, u).state == "conflict"  # type: ignore[union-attr]
    (tmp_path / "c3").mkdir()
    three = split_corpus(
        batch_with_a_guess(tmp_path / "c3"), 3, 100, tmp_path / "t3", names=["an", "binh", "chi"]
    )
    set_year(three.files[0], 2018, "an")
    set_year(three.files[1], 2019, "binh")
    merge_files(three.files, tmp_path / "m3.db")
    with Store(tmp_path / "m3.db", backups=0) as store:
        u = article_of(store, "u")
        chi = year_versions(store.conn, u)[2]
        assert (chi.source.name, chi.year, chi.answered) == ("chi", 2017, False)  # the split's guess
        with pytest.raises(InputError, match="did not set this article's year"):
            adjudicate_year(store, u, "lead", source_id=chi.source.id)


def test_an_adjudicated_year_stays_when_another_file_is_merged_in(tmp_path):
    three = split_corpus(batch_with_a_guess(tmp_path), 3, 100, tmp_path / "team", names=["an", "binh", "chi"])
    an, binh, chi = three.files
    set_year(an, 2018, "an")
    set_year(binh, 2019, "binh")
    set_year(chi, 2016, "chi")
    merged = tmp_path / "merged.db"
    merge_files([an, binh], merged)
    with Store(merged, backups=0) as store:
        adjudicate_year(store, article_of(store, "u"), "lead", source_id=source_ids(merged)["binh"])
    report = merge_files([chi], merged)
    assert [c.theirs for c in report.sources[0].year_conflicts] == [2016]  # said, and not taken
    with Store(merged, readonly=True) as store:
        assert year_outcome(store.conn, article_of(store, "u")).state == "adjudicated"  # type: ignore[union-attr]
    assert year_of(merged) == (2019, (2019, REVIEWED)) and periods(merged, "u") == ["2019", "2018", "2019"]


def test_exports_carry_the_adjudicated_year(answered, tmp_path):
    with Store(answered, backups=0) as store:
        u = article_of(store, "u")
        adjudicate_year(store, u, "lead", source_id=source_ids(answered)["binh"])
        for record_id in record_ids(store, "u"):
            if store.record(record_id).status == "pending":
                store.decide(record_id, "confirmed", "lead")
    lines = tmp_path / "records.jsonl"
    assert main(["export", "--db", str(answered), "--format", "jsonl", "-o", str(lines)]) == 0
    exported = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    assert [r["period"] for r in exported if r["doc"] == "u"] == ["2019", "2018", "2019"]
    book = tmp_path / "records.xlsx"
    assert main(["export", "--db", str(answered), "--format", "xlsx", "-o", str(book)]) == 0
    sheet = load_workbook(book, read_only=True)["articles"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    (u_row,) = [row for row in rows[1:] if row[header.index("doc")] == "u"]
    assert u_row[header.index("year")] == 2019


def test_a_version_chosen_from_a_file_under_another_year_follows_the_article(team, tmp_path):
    """an confirmed the first figure under the guess, 2017; binh set 2019 and rejected it: a conflict,
    put back pending as the split had it -- under 2019.  Choosing an's confirmation gives it 2019."""
    an, binh = team
    with Store(an, backups=0) as store:
        store.decide(record_ids(store, "u")[0], "confirmed", "an")
    set_year(binh, 2019, "binh")
    with Store(binh, backups=0) as store:
        store.decide(record_ids(store, "u")[0], "rejected", "binh")
    merged = tmp_path / "merged.db"
    merge_files([an, binh], merged)
    assert periods(merged, "u") == ["2019", "2018", "2019"]
    assert statuses_of(merged) == ["pending", "pending", "pending"]
    with Store(merged, backups=0) as store:
        first = record_ids(store, "u")[0]
        assert [v.record.period for v in versions(store.conn, first)] == ["2017", "2019"]  # type: ignore[union-attr]
        adjudicate(store, first, "lead", source_id=source_ids(merged)["an"])
        assert (store.record(first).status, store.record(first).record.period) == ("corrected", "2019")


def test_the_agreement_report_counts_the_years_set_differently(answered, capsys):
    assert main(["agreement", str(answered), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["year_conflicts"], report["years_unresolved"]) == (1, 1)
    with Store(answered, backups=0) as store:
        adjudicate_year(store, article_of(store, "u"), "lead", year=2019)
    assert main(["agreement", str(answered)]) == 0
    assert "1 article year set differently, 0 not adjudicated yet" in capsys.readouterr().out


def year_rows(db: Path) -> list[list[tuple]]:
    with Store(db, readonly=True) as store:
        return [
            [tuple(row) for row in store.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]
            for table in ("year_versions", "year_outcomes")
        ]


def test_merging_the_files_again_changes_no_year(team, answered):
    an, binh = team
    first = year_rows(answered)
    again = merge_files([binh, an], answered)
    assert all(s.skipped for s in again.sources)
    assert year_rows(answered) == first and len(first[0]) == 2 and len(first[1]) == 1
