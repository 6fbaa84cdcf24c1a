"""Team review through the real store: split, decide differently, merge, agreement, adjudication.

The kappa values are checked against ones computed by hand in the comments.
"""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.agreement import cohen_kappa, fleiss_kappa, word_overlap
from desktop.core.errors import InputError
from desktop.core.records import Record
from desktop.services import merge as merge_service
from desktop.services.agreement import agreement_report
from desktop.services.merge import merge_files
from desktop.services.split import deal, split_corpus
from desktop.store import Store, merging
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.team import adjudicate, conflict_ids, outcome, reopen_conflict, versions
from tests.factories import BUDGET, article, budget_records

C, R, X = "confirmed", "rejected", "corrected"


def make_corpus(path: Path, articles: int) -> Path:
    with Store(path, backups=0) as store:
        store.add_articles(
            (article(f"a{i}", BUDGET + f" Bài số {i}."), budget_records(), "test", False)
            for i in range(articles)
        )
    return path


def shared_records(files: list[Path]) -> list[int]:
    """Ids of the records of the articles every file holds, in id order."""
    sets = []
    for path in files:
        with Store(path, readonly=True) as store:
            sets.append({r for (r,) in store.conn.execute("SELECT id FROM records")})
    return sorted(set.intersection(*sets))


def decide(path: Path, reviewer: str, plan: dict[int, object]) -> None:
    """Decide each record of ``plan``: a status, or a dict of corrected fields."""
    with Store(path, backups=0) as store:
        for record_id, decision in plan.items():
            if isinstance(decision, dict):
                record = store.record(record_id).record.with_changes(**decision)
                store.decide(record_id, X, reviewer, record=record)
            else:
                store.decide(record_id, decision, reviewer)


def added_by_hand(start: int = 0) -> Record:
    """The figure reviewers add themselves in these tests: budget revenue at 103% of the plan."""
    return budget_records()[0].with_changes(
        indicator="Thu ngân sách",
        value=Decimal(103),
        unit="%",
        base_value=Decimal(103),
        base_unit="%",
        start=start,
        end=start + 4,
    )


def dump(path: Path) -> list:
    conn = sqlite3.connect(path)
    try:
        return [
            conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in (
                "articles",
                "records",
                "review_versions",
                "team_outcomes",
                "source_events",
                "events",
                "source_articles",
            )
        ]
    finally:
        conn.close()


@pytest.fixture
def two(tmp_path):
    """Two reviewers, half the articles shared; decided as in the comments of the tests."""
    corpus = make_corpus(tmp_path / "corpus.db", 4)
    report = split_corpus(corpus, 2, 50, tmp_path / "team", names=["an", "binh"])
    a, b = report.files
    shared = shared_records([a, b])
    assert len(shared) == 6
    corrected = {"value": Decimal("11428.7"), "base_value": Decimal("11428700000000")}
    decide(a, "an", dict(zip(shared, [C, C, R, C, corrected, C], strict=True)))
    decide(
        b,
        "binh",
        dict(
            zip(shared, [C, R, R, C, {**corrected, "period": "2020"}, {"indicator": "Du lịch"}], strict=True)
        ),
    )
    with Store(a, backups=0) as store:
        article_id = store.record(shared[0]).article_id
        store.add_record(article_id, added_by_hand(), "an")
    return tmp_path, a, b, shared


def test_split_deals_every_article_once_plus_the_overlap(tmp_path):
    corpus = make_corpus(tmp_path / "corpus.db", 10)
    report = split_corpus(corpus, 3, 20, tmp_path / "team")
    held = []
    for path in report.files:
        with Store(path, readonly=True) as store:
            held.append({r for (r,) in store.conn.execute("SELECT doc FROM articles")})
    shared = set.intersection(*held)
    assert len(shared) == report.overlap == 2
    own = [h - shared for h in held]
    assert sum(len(o) for o in own) == 8 and set.union(*own) | shared == {f"a{i}" for i in range(10)}
    assert all(not (x & y) for i, x in enumerate(own) for y in own[i + 1 :])


def test_deal_is_the_same_every_time():
    ids, hashes = list(range(1, 21)), [f"{(i * 7919) % 101:03d}" for i in range(1, 21)]
    assert deal(ids, hashes, 2, 25) == deal(ids, hashes, 2, 25)
    shared, own = deal(ids, hashes, 2, 25)
    assert len(shared) == 5 and sorted(shared + own[0] + own[1]) == ids


def test_merge_keeps_every_decision_and_settles_agreement(two):
    folder, a, b, shared = two
    report = merge_files([a, b], folder / "merged.db")
    assert [s.versions for s in report.sources] == [6 + 0, 6]
    assert [s.additions for s in report.sources] == [1, 0]
    merged = folder / "merged.db"
    with Store(folder / "corpus.db", readonly=True) as store:
        at_split = {r: store.record(r).record for r in shared}
    with Store(merged, readonly=True) as store:
        records = {r: store.record(r) for r in shared}
        # Agreed: same decision by both (0, 2, 3) -> final with both names.
        for i, status in ((0, C), (2, R), (3, C)):
            assert records[shared[i]].status == status
            assert records[shared[i]].reviewer == "an, binh"
            assert outcome(store.conn, shared[i]).state == "agreed"
        # Decided differently (1: confirm vs reject; 4: two different corrections; 5: confirm vs correct).
        for i in (1, 4, 5):
            assert outcome(store.conn, shared[i]).state == "conflict"
            assert records[shared[i]].status == "pending"
            assert records[shared[i]].record == at_split[shared[i]]  # back to the state at the split
        assert sorted(conflict_ids(store.conn)) == sorted(
            [shared[1], shared[4], shared[5], *_addition(store)]
        )
        one = {v.source.name: v for v in versions(store.conn, shared[4])}
        assert one["an"].record.period == "2019" and one["binh"].record.period == "2020"
        added = versions(store.conn, _addition(store)[0])
        assert [(v.source.name, v.status) for v in added] == [("an", "added"), ("binh", "not added")]
        # Each reviewer's log is kept and attributed; the corpus's history is there once.
        logged = store.conn.execute(
            "SELECT reviewer, action, COUNT(*) FROM source_events GROUP BY 1, 2"
        ).fetchall()
        assert {tuple(r) for r in logged} == {
            ("an", "confirm", 4),
            ("an", "reject", 1),
            ("an", "correct", 1),
            ("an", "add", 1),
            ("binh", "confirm", 2),
            ("binh", "reject", 2),
            ("binh", "correct", 2),
        }
        assert store.conn.execute("SELECT COUNT(*) FROM events WHERE action = 'import'").fetchone()[0] == 4
        # Articles only one reviewer held: their records all arrived, pending.
        assert store.conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 4 * 3 + 1


def _addition(store: Store) -> list[int]:
    return [r for (r,) in store.conn.execute("SELECT record_id FROM review_versions WHERE added = 1")]


def test_cohen_kappa_of_two_reviewers_against_hand_computation(two):
    folder, a, b, _ = two
    merge_files([a, b], folder / "merged.db")
    report = agreement_report(folder / "merged.db")
    # an: C C R C X C, binh: C R R C X X.  p_o = 4/6.  an: C 4, R 1, X 1; binh: C 2, R 2, X 2.
    # p_e = (4*2 + 1*2 + 1*2) / 36 = 1/3.  kappa = (2/3 - 1/3) / (2/3) = 0.5.
    assert report.kappa_kind == "cohen" and report.items == 6
    assert report.kappa == pytest.approx(0.5)
    assert report.observed == pytest.approx(4 / 6)
    assert report.conflicts == 4 and report.unresolved == 4  # three machine records and the addition
    # One pair of corrections: same value, unit, place, kind and label; other period.
    assert report.correction_pairs == 1
    assert report.fields == {
        "value": 1.0,
        "unit": 1.0,
        "period": 0.0,
        "locality": 1.0,
        "kind": 1.0,
        "label": 1.0,
    }
    by_file = {r.file: r for r in report.reviewers}
    assert (by_file["an"].decisions, by_file["an"].confirmed, by_file["an"].added) == (7, 4, 1)
    assert (by_file["binh"].rejected, by_file["binh"].corrected) == (2, 2)


def test_fleiss_kappa_of_three_reviewers_against_hand_computation(tmp_path):
    corpus = make_corpus(tmp_path / "corpus.db", 2)
    files = split_corpus(corpus, 3, 100, tmp_path / "team").files
    shared = shared_records(files)
    fix = {"indicator": "Thu ngân sách"}
    plans = [[C, C, R, C, fix, C], [C, C, R, R, fix, C], [C, R, R, fix, C, C]]
    for path, plan, name in zip(files, plans, ("an", "binh", "chi"), strict=True):
        decide(path, name, dict(zip(shared, plan, strict=True)))
    merge_files(files, tmp_path / "merged.db")
    report = agreement_report(tmp_path / "merged.db")
    # Per item P_i = (sum of squared counts - 3) / 6: 1, 1/3, 1, 0, 1/3, 1 -> mean (11/3) / 6 = 11/18.
    # Categories over 18 ratings: C 10, R 5, X 3: p_e = (100 + 25 + 9) / 324 = 67/162.
    # kappa = (11/18 - 67/162) / (1 - 67/162) = (99 - 67) / 95 = 32/95.
    assert report.kappa_kind == "fleiss" and report.items == 6
    assert report.kappa == pytest.approx(32 / 95)
    assert report.conflicts == 3
    assert len(report.pairs) == 3


def test_adjudication_becomes_final_and_keeps_every_version(two):
    folder, a, b, shared = two
    merged = folder / "merged.db"
    merge_files([a, b], merged)
    with Store(merged, backups=0) as store:
        binh = next(v.source.id for v in versions(store.conn, shared[1]) if v.source.name == "binh")
        adjudicate(store, shared[1], "lead", source_id=binh)
        assert store.record(shared[1]).status == R and store.record(shared[1]).reviewer == "lead"
        fixed = store.record(shared[4]).record.with_changes(
            period="2019", value=Decimal("11428.7"), base_value=Decimal("11428700000000")
        )
        before = (
            adjudicate(store, shared[4], "lead", record=fixed, note="checked the report").changes[0].before
        )
        assert store.record(shared[4]).status == X and store.record(shared[4]).record.value == Decimal(
            "11428.7"
        )
        assert outcome(store.conn, shared[4]).state == "adjudicated"
        assert len(versions(store.conn, shared[4])) == 2  # the reviewers' versions stay
        events = store.events(shared[4])
        assert events[-1]["action"] == "adjudicate" and events[-1]["reviewer"] == "lead"
        assert json.loads(events[-1]["after"])["adjudication"]["new_correction"] is True
        # Choosing the reviewer who did not add a disputed addition rejects it.
        addition = _addition(store)[0]
        adjudicate(store, addition, "lead", source_id=binh)
        assert store.record(addition).status == R
        reopen_conflict(store, shared[4], before, "lead")
        assert (
            outcome(store.conn, shared[4]).state == "conflict" and store.record(shared[4]).status == "pending"
        )
    report = agreement_report(merged)
    assert report.conflicts == 4 and report.unresolved == 2


def test_merging_the_same_file_twice_changes_nothing(two):
    folder, a, b, _ = two
    merged = folder / "merged.db"
    merge_files([a, b, a], merged)
    first = dump(merged)
    again = merge_files([b, a], merged)
    assert all(s.skipped for s in again.sources)
    assert dump(merged)[:-2] == first[:-2]
    events = dump(merged)[-2]
    assert [e for e in events if e[3] != "merge"] == [e for e in first[-2] if e[3] != "merge"]


def test_merging_in_two_steps_equals_merging_at_once(two):
    folder, a, b, _ = two
    merge_files([a, b], folder / "once.db")
    merge_files([a], folder / "steps.db")
    merge_files([b], folder / "steps.db")
    once, steps = dump(folder / "once.db"), dump(folder / "steps.db")
    conn = sqlite3.connect(folder / "once.db")
    created = [row[1] for row in conn.execute("PRAGMA table_info(records)")].index("created_at")
    conn.close()
    assert [row[:created] + row[created + 1 :] for row in once[1]] == [
        row[:created] + row[created + 1 :] for row in steps[1]
    ]  # records, but for created_at
    assert once[2:4] == steps[2:4]  # versions and outcomes


@pytest.fixture
def three(tmp_path):
    """Three reviewers sharing every article, deciding differently; two add the same figure, one another."""
    corpus = make_corpus(tmp_path / "corpus.db", 3)
    files = split_corpus(corpus, 3, 100, tmp_path / "team", names=["an", "binh", "chi"]).files
    shared = shared_records(files)
    fix = {"indicator": "Thu ngân sách"}
    plans = [[C, C, R, C, fix, C, X], [C, C, R, R, fix, C], [C, R, R, fix, C, C, R, R]]
    for path, plan, name in zip(files, plans, ("an", "binh", "chi"), strict=True):
        decide(
            path, name, {r: {"period": "2021"} if d == X else d for r, d in zip(shared, plan, strict=False)}
        )
    for path, name, start in ((files[0], "an", 0), (files[2], "chi", 0), (files[1], "binh", 5)):
        with Store(path, backups=0) as store:
            store.add_record(store.record(shared[0]).article_id, added_by_hand(start), name)
    return tmp_path, files


def test_indexes_made_after_loading_give_the_same_merge_as_kept_row_by_row(three, monkeypatch):
    """The merge drops the indexes while it loads rows and makes them again: same rows, same schema."""
    folder, files = three
    monkeypatch.setattr(merging, "now", lambda: "2026-01-05T10:00:00.000Z")
    report = merge_files(files, folder / "bulk.db")
    assert report.conflicts > 0 and sum(s.additions for s in report.sources) == 3
    monkeypatch.setattr(merge_service, "LOADED_TABLES", ())
    merge_files(files, folder / "rowwise.db")
    bulk, rowwise = dump(folder / "bulk.db"), dump(folder / "rowwise.db")
    merge_events = [e for e in bulk[-2] if e[3] == "merge"]
    assert len(merge_events) == 3
    assert bulk == rowwise
    with Store(folder / "empty.db", backups=0) as store:
        fresh = schema_of(store.conn)
    conn = sqlite3.connect(folder / "bulk.db")
    assert schema_of(conn) == fresh
    assert conn.execute("PRAGMA page_size").fetchone()[0] == merge_service.PAGE_SIZE
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")  # raises if it is not
    # The full-text index was written in large segments during the load, and holds FTS5's default again.
    assert conn.execute("SELECT v FROM articles_fts_config WHERE k = 'hashsize'").fetchone()[0] == 2**20
    assert (
        conn.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'ngan'").fetchone()[0] == 3
    )
    conn.close()


def test_an_addition_takes_no_id_the_records_of_another_file_keep(tmp_path):
    """An addition gets an id above the corpus's records, which another file may bring, at once or later."""
    corpus = make_corpus(tmp_path / "corpus.db", 6)
    a, b = split_corpus(corpus, 2, 0, tmp_path / "team", names=["an", "binh"]).files
    held = {}
    for path in (a, b):
        with Store(path, readonly=True) as store:
            held[path] = {r for (r,) in store.conn.execute("SELECT id FROM records")}
    assert max(held[a]) + 1 in held[b] or max(held[b]) + 1 in held[a]  # the case that crashed
    first = a if max(held[a]) + 1 in held[b] else b
    with Store(first, backups=0) as store:
        article_id = store.conn.execute("SELECT MIN(id) FROM articles").fetchone()[0]
        store.add_record(article_id, added_by_hand(), "an")
    report = merge_files([a, b], tmp_path / "merged.db")
    assert sum(s.additions for s in report.sources) == 1
    merge_files([first], tmp_path / "steps.db")
    merge_files([b if first == a else a], tmp_path / "steps.db")
    for merged in ("merged.db", "steps.db"):
        with Store(tmp_path / merged, readonly=True) as store:
            ids = {r for (r,) in store.conn.execute("SELECT id FROM records WHERE status != 'added'")}
            added = [r for (r,) in store.conn.execute("SELECT id FROM records WHERE status = 'added'")]
        assert ids == held[a] | held[b]
        assert added == [max(ids) + 1]


def schema_of(conn: sqlite3.Connection) -> set[tuple]:
    """Every table, index, trigger and view as declared."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    return {tuple(row) for row in rows}


def test_files_of_another_corpus_split_or_schema_are_refused(two, tmp_path):
    folder, a, b, _ = two
    merged = folder / "merged.db"
    merge_files([a], merged)
    before = dump(merged)
    other = make_corpus(tmp_path / "other.db", 2)
    stranger = split_corpus(other, 2, 0, tmp_path / "other-team").files[0]
    with pytest.raises(InputError, match="another corpus"):
        merge_files([b, stranger], merged)
    again = split_corpus(folder / "corpus.db", 2, 0, tmp_path / "second-split").files[0]
    with pytest.raises(InputError, match="another split"):
        merge_files([b, again], merged)
    with pytest.raises(InputError, match="merge of another corpus or split"):
        merge_files([again], merged)
    with pytest.raises(InputError, match="not a reviewer file"):
        merge_files([folder / "corpus.db"], tmp_path / "new.db")
    old = tmp_path / "old.db"
    old.write_bytes(b.read_bytes())
    conn = sqlite3.connect(old)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.close()
    with pytest.raises(InputError, match="schema version"):
        merge_files([old], merged)
    assert dump(merged) == before
    assert not (tmp_path / "new.db").exists()


def test_a_file_changed_since_it_was_merged_is_refused(two):
    folder, a, b, shared = two
    merged = folder / "merged.db"
    merge_files([a, b], merged)
    before = dump(merged)
    decide(a, "an", {shared[5]: R})
    with pytest.raises(InputError, match="changed since"):
        merge_files([a], merged)
    assert dump(merged) == before


def test_a_failed_merge_writes_nothing(two, monkeypatch):
    folder, a, b, _ = two
    merged = folder / "merged.db"

    def broken(conn):
        raise OSError("disk unplugged")

    monkeypatch.setattr(merge_service, "settle", broken)
    with pytest.raises(OSError):
        merge_files([a, b], merged)
    assert list(folder.glob("merged*")) == [] and list(folder.glob(".merged*")) == []
    monkeypatch.undo()
    merge_files([a], merged)
    before = dump(merged)
    monkeypatch.setattr(merge_service, "settle", broken)
    with pytest.raises(OSError):
        merge_files([b], merged)
    assert dump(merged) == before


def test_cli_split_merge_agreement_json(two, capsys):
    folder, a, b, _ = two
    assert main(["merge", str(a), str(b), "-o", str(folder / "m.db")]) == 0
    assert "1 files" not in capsys.readouterr().out
    assert main(["agreement", str(folder / "m.db"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["kappa"] == pytest.approx(0.5) and report["conflicts"] == 4
    assert main(["agreement", str(folder / "m.db")]) == 0
    assert "Cohen's kappa 0.500" in capsys.readouterr().out
    assert main(["merge", str(folder / "corpus.db"), "-o", str(folder / "x.db")]) == 1
    assert "not a reviewer file" in capsys.readouterr().err
    assert main(["split", str(folder / "corpus.db"), "--reviewers", "1", "-o", str(folder / "t2")]) == 1
    assert (
        main(
            [
                "split",
                str(folder / "corpus.db"),
                "--reviewers",
                "2",
                "--overlap",
                "150%",
                "-o",
                str(folder / "t3"),
            ]
        )
        == 1
    )
    assert (
        main(
            [
                "split",
                str(folder / "corpus.db"),
                "--reviewers",
                "2",
                "--names",
                "an,binh",
                "-o",
                str(folder / "team"),
            ]
        )
        == 1
    )
    assert "already exists" in capsys.readouterr().err


def test_kappa_formulas_on_textbook_cases():
    # Perfect agreement, and agreement no better than chance.
    assert cohen_kappa([("a", "a"), ("b", "b")]) == 1.0
    assert cohen_kappa([("a", "a"), ("a", "b"), ("b", "a"), ("b", "b")]) == 0.0
    assert cohen_kappa([("a", "a"), ("a", "a")]) is None  # one category only: undefined
    assert fleiss_kappa([["a", "a", "a"], ["b", "b", "b"]]) == 1.0
    with pytest.raises(ValueError):
        fleiss_kappa([["a", "b"], ["a"]])
    assert word_overlap("Thu ngân sách nhà nước", "thu ngân sách") == pytest.approx(2 * 0.6 * 1 / 1.6)


def test_a_split_refuses_a_source_missing_a_column_instead_of_writing_its_name() -> None:
    """SQLite reads a bare double-quoted unknown name as a string; the copy must fail instead."""
    from desktop.store.split_copy import copy_rows

    conn = sqlite3.connect(":memory:")
    conn.execute("ATTACH DATABASE ':memory:' AS src")
    conn.execute("CREATE TABLE main.articles (id INTEGER PRIMARY KEY, warnings TEXT)")
    conn.execute("CREATE TABLE src.articles (id INTEGER PRIMARY KEY)")
    conn.execute("INSERT INTO src.articles (id) VALUES (1)")
    with pytest.raises(InputError, match=r"no column warnings in its table articles.*Nothing was written"):
        copy_rows(conn, "articles", "src", "WHERE id = 1")
    assert conn.execute("SELECT COUNT(*) FROM main.articles").fetchone() == (0,)
