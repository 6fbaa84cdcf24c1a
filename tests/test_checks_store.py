"""Checks in the database (issue 13): made on import, kept current by every edit, re-made by
``chitieu check``; accept all that pass; the riskiest-first queue; the command line."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import pytest
from factories import BUDGET, article, budget_records

from desktop.cli import main
from desktop.core.checks import check_article
from desktop.core.records import Record
from desktop.services import checks as corpus_checks
from desktop.services.checks import check_corpus, first_flags, flags
from desktop.services.ingest import import_paths
from desktop.services.reextract import reextract
from desktop.store import Selection, Store, checking, details
from desktop.store.check_columns import CHECKS_VERSION
from desktop.store.checking import checked_version, fact_slices, facts_of, needs_check

#: An article the extractor reads figures from (what it makes of them is the extractor's business; the
#: tests that need a given failure store hand-made records of it, see :func:`flagged_db`).
BAD = "Năm 2019, tăng 500 tỷ đồng; toàn tỉnh có 12 xã đạt chuẩn nông thôn mới."


@pytest.fixture(autouse=True)
def _no_backups(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHITIEU_BACKUPS", "0")


def budget(doc: str, value: str, text: str | None = None) -> tuple:
    """An article of Cẩm Phả whose budget revenue is ``value`` tỷ đồng (written where BUDGET has 11.428,6)."""
    written = value.replace(".", ",")
    text = text or BUDGET.replace("11.428,6", written)
    first = budget_records()[0]
    start = text.index(written)
    record = first.with_changes(
        value=Decimal(value),
        base_value=Decimal(value) * 10**9,
        start=start,
        end=start + len(f"{written} tỷ đồng"),
        indicator_code="budget_revenue",
    )
    return article(doc, text=text), [record], "v1", False


@pytest.fixture
def store(tmp_path: Path):
    store = Store(tmp_path / "c.db")
    yield store
    store.close()


def checks(store: Store, record_id: int) -> list[str]:
    """The rules a record fails, from its stored findings (those of its article, then across articles)."""
    found = store.conn.execute(
        "SELECT checks, conflicts FROM record_details WHERE record_id = ?", (record_id,)
    ).fetchone()
    rules = [c["rule"] for c in json.loads(found["checks"])] if found["checks"] else []
    return rules + ([json.loads(found["conflicts"])["rule"]] if found["conflicts"] else [])


def row(store: Store, record_id: int) -> sqlite3.Row:
    return store.conn.execute(
        f"SELECT {details.ROW} FROM {details.JOINED} WHERE r.id = ?", (record_id,)
    ).fetchone()


# ---- made on import ---------------------------------------------------------------------


def flagged_db(tmp_path: Path) -> Path:
    """A database of :data:`BAD` with hand-made records: one failing ``label_one_word`` ("Tăng"), one passing."""
    db = tmp_path / "c.db"
    start, other = BAD.index("500 tỷ đồng"), BAD.index("12 xã")
    records = [
        Record.from_dict(
            {
                "indicator": "Tăng",
                "value": 500,
                "unit": "tỷ đồng",
                "base_value": 500 * 10**9,
                "base_unit": "đồng",
                "start": start,
                "end": start + 11,
                "period": "2019",
            }
        ),
        Record.from_dict(
            {
                "indicator": "Xã đạt chuẩn nông thôn mới",
                "value": 12,
                "unit": "xã",
                "start": other,
                "end": other + 5,
                "period": "2019",
            }
        ),
    ]
    with Store(db) as store:
        store.add_articles([(article("a", text=BAD), records, "v1", False)])
    return db


def test_import_checks_every_record(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    import_paths(db, [tmp_path / "bad.txt"], workers=1)
    with Store(db) as store:
        rows = store.conn.execute("SELECT * FROM records").fetchall()
        assert rows and all(r["risk"] is not None for r in rows)
        article_facts = facts_of(BAD, None, store.article(rows[0]["article_id"]).year)
        expected = check_article(article_facts, [(r["id"], store.record(r["id"]).record) for r in rows])
        assert {r["id"]: r["rules"] for r in rows} == {
            key: " ".join(sorted({f.rule for f in found})) or None for key, found in expected.items()
        }
        assert checked_version(store.conn) == CHECKS_VERSION and not needs_check(store.conn)


def test_one_fact_two_values_two_articles_is_flagged_on_import(store: Store) -> None:
    store.add_articles([budget("a", "500")])
    with store.transaction() as conn:  # as the import service does after its batches
        from desktop.store.checking import recheck_facts

        facts = [r[0] for r in conn.execute("SELECT fact FROM records WHERE fact IS NOT NULL")]
        recheck_facts(conn, facts)
    assert checks(store, 1) == []
    store.add_articles([budget("b", "520")])
    with store.transaction() as conn:
        recheck_facts(
            conn, [r[0] for r in conn.execute("SELECT DISTINCT fact FROM records WHERE fact IS NOT NULL")]
        )
    assert checks(store, 1) == checks(store, 2) == ["cross_article"]
    finding = json.loads(row(store, 1)["conflicts"])
    assert finding["records"] == [2] and "520 tỷ đồng" in finding["en"]
    assert row(store, 1)["rules"] == "cross_article"


def test_import_compares_new_articles_with_the_corpus(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    folder = tmp_path / "in"
    folder.mkdir()
    for name, value in (("a", "500"), ("b", "520"), ("c", "501")):
        text = f"Năm 2019, thu ngân sách nhà nước thành phố Cẩm Phả đạt {value} tỷ đồng."
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    import_paths(db, [folder], workers=1)
    with Store(db) as store:
        assert [r[0] for r in store.conn.execute("SELECT rules FROM records")] == ["cross_article"] * 3


# ---- kept current by edits ----------------------------------------------------------------


def test_a_correction_is_re_checked_at_once(store: Store) -> None:
    store.add_articles([budget("a", "500")])
    record = store.records(1)[0]
    assert checks(store, record.id) == []
    wrong = record.record.with_changes(value=Decimal(600), base_value=Decimal(600 * 10**9))
    store.decide(record.id, "corrected", "lan", record=wrong)
    assert checks(store, record.id) == ["span_mismatch"]
    assert row(store, record.id)["risk"] > 0.9
    store.decide(record.id, "corrected", "lan", record=record.record)
    assert checks(store, record.id) == []


def test_an_edit_re_checks_the_same_fact_in_other_articles(store: Store) -> None:
    store.add_articles([budget("a", "500"), budget("b", "520")])
    from desktop.store.checking import recheck_facts

    with store.transaction() as conn:
        recheck_facts(
            conn, [r[0] for r in conn.execute("SELECT DISTINCT fact FROM records WHERE fact IS NOT NULL")]
        )
    first, second = store.records(1)[0], store.records(2)[0]
    assert checks(store, second.id) == ["cross_article"]
    rejection = store.decide(first.id, "rejected", "lan")
    assert checks(store, second.id) == []
    assert row(store, first.id)["rules"] is None and row(store, first.id)["risk"] is None
    store.undo(rejection.changes, "lan")
    assert checks(store, second.id) == checks(store, first.id) == ["cross_article"]


def test_adding_a_repeat_flags_it_and_undoing_it_clears_it(store: Store) -> None:
    store.add_articles([(article("a"), budget_records(), "v1", False)])
    first = store.records(1)[0]
    addition = store.add_record(1, first.record.with_changes(indicator="Thu ngân sách"), "lan")
    repeat = addition.changes[0].record_id
    assert checks(store, first.id) == [] and checks(store, repeat) == ["duplicate_value"]
    assert json.loads(row(store, repeat)["checks"])[0]["records"] == [first.id]
    rejection = store.decide(first.id, "rejected", "lan")
    assert checks(store, repeat) == []  # the first telling rejected, the repeat is the one left
    store.undo(rejection.changes, "lan")
    store.undo(addition.changes, "lan")
    assert checks(store, first.id) == []


def test_a_confirmation_re_checks_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.add_articles([(article("a"), budget_records(), "v1", False)])
    record = store.records(1)[0]

    def refuse(*_args: object) -> None:
        raise AssertionError("a confirmation changes no record's fields")

    monkeypatch.setattr(checking, "recheck", refuse)
    store.decide(record.id, "confirmed", "lan")
    with pytest.raises(AssertionError):
        store.decide(record.id, "corrected", "lan", record=record.record.with_changes(indicator="Thu NSNN"))


def test_reextraction_checks_its_records(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    import_paths(db, [tmp_path / "bad.txt"], workers=1)
    with Store(db) as store:
        store.conn.execute("UPDATE records SET rules = NULL, risk = NULL, fact = NULL")
        store.conn.execute("UPDATE record_details SET checks = NULL")
        store.conn.execute("DELETE FROM meta WHERE key = 'checks_version'")
        assert needs_check(store.conn)
    reextract(db)
    with Store(db) as store:
        assert store.conn.execute("SELECT COUNT(*) FROM records WHERE risk IS NULL").fetchone()[0] == 0
        assert not needs_check(store.conn)


# ---- re-made by chitieu check ---------------------------------------------------------------


def test_checking_the_corpus_again_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    import_paths(db, [tmp_path / "bad.txt"], workers=1)
    assert check_corpus(db).changed == 0
    with Store(db) as store:
        store.conn.execute("UPDATE records SET rules = NULL, risk = NULL")
        store.conn.execute("UPDATE record_details SET checks = NULL")
    report = check_corpus(db)
    assert report.changed == report.records > 0
    assert check_corpus(db).changed == 0


def test_worker_processes_check_as_this_process_does(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        (folder / f"{n}.txt").write_text(BAD.replace("500", str(500 + n)), encoding="utf-8")
    import_paths(db, [folder], workers=1)
    with Store(db) as store:
        before = store.conn.execute(
            "SELECT r.id, d.checks, d.conflicts, r.rules, r.risk, r.fact FROM records r LEFT JOIN record_details d ON d.record_id = r.id ORDER BY r.id"
        ).fetchall()
        store.conn.execute("UPDATE records SET rules = NULL, risk = NULL")
        store.conn.execute("UPDATE record_details SET checks = NULL, conflicts = NULL")
    report = check_corpus(db, workers=2)
    assert report.articles == 6 and not report.cancelled
    with Store(db) as store:
        after = store.conn.execute(
            "SELECT r.id, d.checks, d.conflicts, r.rules, r.risk, r.fact FROM records r LEFT JOIN record_details d ON d.record_id = r.id ORDER BY r.id"
        ).fetchall()
    assert [tuple(r) for r in after] == [tuple(r) for r in before]


def _budget_corpus(tmp_path: Path, values: tuple[str, ...]) -> Path:
    """Articles of Cẩm Phả's 2019 budget revenue, one per value, imported and checked in full."""
    db = tmp_path / "c.db"
    folder = tmp_path / "in"
    folder.mkdir()
    for n, value in enumerate(values):
        text = f"Năm 2019, thu ngân sách nhà nước thành phố Cẩm Phả đạt {value} tỷ đồng."
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    import_paths(db, [folder], workers=1)
    check_corpus(db)
    return db


def _check_columns(db: Path) -> list[tuple]:
    with Store(db) as store:
        rows = store.conn.execute(
            "SELECT r.id, d.checks, d.conflicts, r.rules, r.risk, r.fact FROM records r LEFT JOIN record_details d ON d.record_id = r.id ORDER BY r.id"
        )
        return [tuple(r) for r in rows]


def test_a_full_check_re_checks_only_what_changed_since_the_last(tmp_path: Path) -> None:
    db = _budget_corpus(tmp_path, ("500", "520", "700", "900"))
    before = _check_columns(db)
    assert before[1][3] == "cross_article"
    again = check_corpus(db, workers=2)  # the fingerprints read in worker processes
    assert (again.articles, again.verified, again.changed) == (0, 4, 0)
    with Store(db) as store:  # a write behind the store's back: one record's checks cleared
        store.conn.execute("UPDATE records SET rules = NULL, risk = NULL WHERE id = 2")
        store.conn.execute("UPDATE record_details SET conflicts = NULL WHERE record_id = 2")
    report = check_corpus(db)
    assert (report.articles, report.verified) == (1, 3)
    assert _check_columns(db) == before
    assert check_corpus(db).articles == 0


def test_an_article_given_a_year_behind_the_stores_back_is_re_checked(tmp_path: Path) -> None:
    """The period check reads an article's warnings (the year it was assumed to be from): so does its fingerprint."""
    db = _budget_corpus(tmp_path, ("500", "520"))
    with Store(db) as store:
        store.conn.execute("UPDATE articles SET warnings = ? WHERE id = 1", (json.dumps(["changed"]),))
    report = check_corpus(db)
    assert (report.articles, report.verified) == (1, 1)
    assert check_corpus(db).articles == 0


def test_a_pool_compares_the_facts_and_leaves_the_fingerprints_as_one_process_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every article re-checked in worker processes: the facts too, slice by slice of their keys."""
    db = _budget_corpus(tmp_path, ("500", "520", "700", "900", "901"))
    before = _check_columns(db)
    assert [row[3] for row in before] == ["cross_article"] * 5
    with Store(db) as store:  # other rules: every article re-checked, every row written again
        prints = store.conn.execute("SELECT * FROM checked_articles ORDER BY article_id").fetchall()
        facts = store.conn.execute("SELECT * FROM checked_facts ORDER BY article_id, fact").fetchall()
        assert len(facts) == 5
        store.conn.execute("DELETE FROM checked_facts")
        store.conn.execute("UPDATE records SET rules = NULL, risk = NULL, fact = NULL")
        store.conn.execute("UPDATE record_details SET checks = NULL, conflicts = NULL")
        store.conn.execute("UPDATE meta SET value = 'older rules' WHERE key = 'checks_version'")
    monkeypatch.setattr(corpus_checks, "SMALL_CORPUS", 1)  # five articles are a corpus worth a pool
    report = check_corpus(db, workers=2)
    assert (report.articles, report.verified, report.changed) == (5, 0, 10)  # each row by both passes
    assert _check_columns(db) == before
    with Store(db) as store:
        assert not needs_check(store.conn)
        again = store.conn.execute("SELECT * FROM checked_articles ORDER BY article_id").fetchall()
        assert [tuple(r) for r in again] == [tuple(r) for r in prints]
        # the facts are stored by this process while the workers compute the fingerprints
        stored = store.conn.execute("SELECT * FROM checked_facts ORDER BY article_id, fact").fetchall()
        assert [tuple(r) for r in stored] == [tuple(r) for r in facts]
    assert check_corpus(db, workers=2).verified == 5


def test_fact_slices_cover_every_key_once() -> None:
    slices = fact_slices(3)
    assert slices[0][0] == -(2**63) and slices[-1][1] == 2**63 - 1
    assert all(high + 1 == low for (_, high), (low, _) in pairwise(slices))


def test_a_record_gone_behind_the_stores_back_is_compared_again(tmp_path: Path) -> None:
    db = _budget_corpus(tmp_path, ("500", "520"))
    assert [r[3] for r in _check_columns(db)] == ["cross_article"] * 2
    with Store(db) as store:  # the other article's record deleted without a re-check
        store.conn.execute("DELETE FROM records WHERE id = 2")
    report = check_corpus(db)
    # The article that lost its record is re-checked (it has none left); the other one, unchanged, is not,
    # but its fact lost a member: the fact pass clears its finding.
    assert (report.articles, report.verified, report.changed) == (1, 1, 1)
    assert _check_columns(db)[0][2:4] == (None, None)


def test_the_article_pass_keeps_a_cross_article_finding_it_does_not_read(tmp_path: Path) -> None:
    """The article pass reads only whether a record has a cross-article finding: rewriting the record's own
    checks keeps the stored text; a record whose fact changed has it cleared, and the fact pass writes it again."""
    db = _budget_corpus(tmp_path, ("500", "520", "700"))
    before = _check_columns(db)
    assert all(row[2] for row in before)
    with Store(db) as store:  # behind the store's back: one record's own columns, another's fact key
        store.conn.execute("UPDATE records SET rules = NULL, risk = NULL WHERE id = 1")
        store.conn.execute("UPDATE record_details SET checks = '[]' WHERE record_id = 1")
        store.conn.execute("UPDATE records SET fact = fact + 1 WHERE id = 2")
    report = check_corpus(db)
    assert (report.articles, report.verified) == (2, 1)
    assert _check_columns(db) == before


def test_every_fact_compared_clears_a_finding_left_alone_in_its_fact(tmp_path: Path) -> None:
    """A record alone in its fact is left out of the fact pass unless it has a finding stored, to be cleared."""
    db = _budget_corpus(tmp_path, ("500", "520", "700"))
    with Store(db) as store:  # the other records deleted behind the store's back, and new rules
        store.conn.execute("DELETE FROM records WHERE id > 1")
        store.conn.execute("UPDATE meta SET value = 'older rules' WHERE key = 'checks_version'")
    report = check_corpus(db)
    assert (report.articles, report.verified, report.changed) == (3, 0, 1)
    assert [row[2:4] for row in _check_columns(db)] == [(None, None)]


def test_a_full_check_after_new_rules_re_checks_every_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _budget_corpus(tmp_path, ("500", "520", "700"))
    before = _check_columns(db)
    monkeypatch.setattr(checking, "CHECKS_VERSION", "next")
    monkeypatch.setattr("desktop.store.check_prints.CHECKS_VERSION", "next")
    report = check_corpus(db)
    assert (report.articles, report.verified, report.changed) == (3, 0, 0)
    assert _check_columns(db) == before
    assert check_corpus(db).articles == 0


# ---- accept all that pass ---------------------------------------------------------------------


@pytest.fixture
def mixed(store: Store) -> Store:
    """Article 1: three good records (one doubtful); article 2: one failing record, one passing."""
    records = budget_records()
    records[1] = records[1].with_changes(confidence=0.6)
    store.add_articles([(article("a"), records, "v1", False)])
    bad_text = "Năm 2019, thu ngân sách đạt 500 ha. Khách du lịch đạt 20.000 lượt."
    revenue, visitors = bad_text.index("500 ha"), bad_text.index("20.000 lượt")
    bad = [
        Record.from_dict(
            {
                "indicator": "Thu ngân sách",
                "indicator_code": "budget_revenue",
                "value": 500,
                "unit": "ha",
                "start": revenue,
                "end": revenue + 6,
                "period": "2019",
                "confidence": 0.9,
            }
        ),
        Record.from_dict(
            {
                "indicator": "Khách du lịch",
                "value": 20000,
                "unit": "lượt",
                "start": visitors,
                "end": visitors + 11,
                "period": "2019",
                "confidence": 0.9,
                "locality": "Hạ Long",
            }
        ),
    ]
    store.add_articles([(article("b", text=bad_text, locality="Hạ Long"), bad, "v1", False)])
    return store


def statuses(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT status FROM records ORDER BY id")]


def test_accept_all_confirms_only_what_passes_above_the_threshold(mixed: Store) -> None:
    assert mixed.count_passing(Selection(threshold=0.8)) == 3
    assert mixed.count_passing(Selection(threshold=0.5)) == 4
    accepted = mixed.accept_passing(Selection(threshold=0.8), "lan")
    assert len(accepted) == 3
    assert statuses(mixed) == ["confirmed", "pending", "confirmed", "pending", "confirmed"]
    assert mixed.progress() == (3, 5)
    assert [a.n_pending for a in mixed.article_summaries()] == [1, 1]
    events = [e for e in mixed.events() if e["action"] == "accept"]
    assert sorted(e["record_id"] for e in events) == list(accepted.ids)
    assert all(json.loads(e["after"])["reviewer"] == "lan" for e in events)


def test_accept_all_narrows_by_article_place_year_and_code(mixed: Store) -> None:
    assert mixed.count_passing(Selection(article_id=2)) == 1
    assert mixed.count_passing(Selection(locality="Hạ Long")) == 1
    assert mixed.count_passing(Selection(locality="Cẩm Phả", threshold=0.8)) == 2
    assert mixed.count_passing(Selection(year=2019)) == 4 and mixed.count_passing(Selection(year=2020)) == 0
    assert mixed.count_passing(Selection(code="budget_revenue")) == 0
    mixed.accept_passing(Selection(article_id=2), "lan")
    assert statuses(mixed) == ["pending"] * 4 + ["confirmed"]


def test_accept_all_undoes_and_redoes_as_one_step(mixed: Store) -> None:
    mixed.decide(2, "confirmed", "minh")
    mixed.decide(2, "pending", "minh")  # reopened: it has a reviewer and a time while pending
    before = [tuple(r) for r in mixed.conn.execute("SELECT id, status, reviewer, decided_at FROM records")]
    accepted = mixed.accept_passing(Selection(), "lan")
    assert len(accepted) == 4 and set(accepted.prior) == {2}
    mixed.reopen_accepted(accepted, "lan")
    assert [
        tuple(r) for r in mixed.conn.execute("SELECT id, status, reviewer, decided_at FROM records")
    ] == before
    assert mixed.progress() == (0, 5)
    mixed.decide(1, "rejected", "minh")  # meanwhile: a redo confirms only what is still pending
    again = mixed.confirm_accepted(accepted, "lan")
    assert sorted(again.ids) == [2, 3, 5]
    assert statuses(mixed) == ["rejected", "confirmed", "confirmed", "pending", "confirmed"]


def test_accept_all_logs_each_record_as_it_was_and_its_undo_as_it_was_confirmed(mixed: Store) -> None:
    """The accept writes its events from the chosen ids: each says pending, with the reviewer and time a
    reopened record kept; the undo's say what the accept left."""
    mixed.decide(2, "confirmed", "minh")
    mixed.decide(2, "pending", "minh")
    was = {r[0]: (r[1], r[2]) for r in mixed.conn.execute("SELECT id, reviewer, decided_at FROM records")}
    accepted = mixed.accept_passing(Selection(), "lan")
    logged = {e["record_id"]: e for e in mixed.events() if e["action"] == "accept"}
    assert sorted(logged) == sorted(accepted.ids)
    assert was[2][0] == "minh" and was[2][1] is not None
    for record_id, event in logged.items():
        reviewer, decided_at = was[record_id]
        assert json.loads(event["before"]) == {
            "status": "pending",
            "reviewer": reviewer,
            "decided_at": decided_at,
        }
        after = json.loads(event["after"])
        assert after == {"status": "confirmed", "reviewer": "lan", "decided_at": event["at"]}
        assert event["article_id"] == mixed.record(record_id).article_id
    mixed.reopen_accepted(accepted, "lan")
    undone = {e["record_id"]: json.loads(e["before"]) for e in mixed.events() if e["action"] == "undo"}
    assert undone == {i: json.loads(logged[i]["after"]) for i in accepted.ids}


def pending_counters(store: Store) -> tuple[list, list]:
    """Each article's kept pending counter, and the same counted afresh from the records."""
    kept = [tuple(r) for r in store.conn.execute("SELECT id, n_pending FROM articles ORDER BY id")]
    counted = [
        tuple(r)
        for r in store.conn.execute(
            "SELECT a.id, (SELECT COUNT(*) FROM records r WHERE r.article_id = a.id AND r.status = 'pending') "
            "FROM articles a ORDER BY a.id"
        )
    ]
    return kept, counted


def test_accept_all_keeps_the_pending_counters_and_logs_every_record(mixed: Store) -> None:
    accepted = mixed.accept_passing(Selection(), "lan")
    kept, counted = pending_counters(mixed)
    assert kept == counted
    mixed.decide(3, "rejected", "minh")  # after the accept: undone from rejected, pending again
    mixed.decide(5, "pending", "minh")  # reopened by hand: pending already
    mixed.reopen_accepted(accepted, "lan")
    kept, counted = pending_counters(mixed)
    assert kept == counted and sum(n for _, n in kept) == 5
    again = mixed.confirm_accepted(accepted, "lan")
    kept, counted = pending_counters(mixed)
    assert kept == counted and sum(n for _, n in kept) == 5 - len(again)
    logged = [(e["action"], e["record_id"]) for e in mixed.events() if e["reviewer"] == "lan"]
    assert sorted(logged) == sorted(
        [("accept", i) for i in accepted.ids]
        + [("undo", i) for i in accepted.ids]
        + [("redo", i) for i in again.ids]
    )


def dataset_counts(store: Store) -> tuple[list, list]:
    """The dataset's kept counts, and the same counted afresh from the records."""
    reviewed = "WHERE status IN ('confirmed', 'corrected', 'added')"
    kept = [
        sorted(map(tuple, store.conn.execute(f"SELECT * FROM {table} WHERE records != 0")))
        for table in ("dataset_groups", "dataset_periods")
    ]
    counted = [
        sorted(map(tuple, store.conn.execute(sql)))
        for sql in (
            "SELECT coalesce(indicator_code, indicator), coalesce(locality, ''), base_unit, kind, status, COUNT(*) "
            f"FROM records {reviewed} GROUP BY 1, 2, 3, 4, 5",
            f"SELECT coalesce(period, ''), kind, status, COUNT(*) FROM records {reviewed} GROUP BY 1, 2, 3",
        )
    ]
    return kept, counted


def test_accept_all_keeps_the_dataset_counts_and_their_triggers(mixed: Store) -> None:
    mixed.decide(1, "confirmed", "minh")
    accepted = mixed.accept_passing(Selection(), "lan")
    kept, counted = dataset_counts(mixed)
    assert kept == counted and sum(row[-1] for row in counted[0]) == 4
    mixed.reopen_accepted(accepted, "lan")
    kept, counted = dataset_counts(mixed)
    assert kept == counted and sum(row[-1] for row in counted[0]) == 1
    mixed.confirm_accepted(accepted, "lan")
    mixed.decide(4, "confirmed", "minh")  # the triggers are back for one decision at a time
    kept, counted = dataset_counts(mixed)
    assert kept == counted and sum(row[-1] for row in counted[0]) == 5


def test_unchecked_records_do_not_pass(mixed: Store) -> None:
    mixed.conn.execute("UPDATE records SET risk = NULL")
    assert mixed.count_passing(Selection()) == 0


# ---- riskiest first ------------------------------------------------------------------------


def test_the_queue_gives_pending_records_riskiest_first(mixed: Store) -> None:
    queue = mixed.riskiest(limit=10)
    assert queue[0][0] == 4  # fails unit_class
    risks = [r[2] for r in queue]
    assert risks == sorted(risks, reverse=True) and len(queue) == 5
    after_second = (queue[1][2], queue[1][0])
    assert [r[0] for r in mixed.riskiest(after=after_second, limit=10)] == [r[0] for r in queue[2:]]
    mixed.decide(4, "confirmed", "lan")
    assert mixed.riskiest()[0][0] != 4


# ---- the command line ------------------------------------------------------------------------


def test_chitieu_check_prints_failures_by_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = flagged_db(tmp_path)
    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "label_one_word: One-word label (1 record)" in out
    assert "The label 'Tăng' is one word: say what is measured." in out
    assert "1 record of 2 fail a check (1 failed check)" in out
    assert "(the checks were current; --full re-checks every record)" in out
    assert main(["check", "--db", str(db), "--lang", "vi", "--full"]) == 0
    out = capsys.readouterr().out
    assert "Tên chỉ tiêu «Tăng» chỉ có một từ" in out and "were current" not in out


def test_chitieu_check_shows_the_first_of_each_rule_or_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = flagged_db(tmp_path)
    with Store(db) as store:
        assert [f.record_id for f in first_flags(store.conn, "label_one_word", 5)] == [1]
        assert first_flags(store.conn, "label_one_word", 0) == first_flags(store.conn, "label_empty", 5) == []
    monkeypatch.setattr("desktop.cli.check.SHOWN_PER_RULE", 0)
    assert main(["check", "--db", str(db)]) == 0
    assert "... and 1 more (--all lists them)" in capsys.readouterr().out
    assert main(["check", "--db", str(db), "--all"]) == 0
    out = capsys.readouterr().out
    assert "The label 'Tăng' is one word" in out and "more (--all" not in out


def test_chitieu_check_json_names_each_record_as_the_exports_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = flagged_db(tmp_path)
    assert main(["check", "--db", str(db), "--json"]) == 0
    captured = capsys.readouterr()
    [line] = [json.loads(x) for x in captured.out.splitlines()]
    assert line["rule"] == "label_one_word" and line["text"] == "500 tỷ đồng" and line["message_vi"]
    out = tmp_path / "out.jsonl"
    assert main(["export", "--db", str(db), "--format", "jsonl", "--status", "all", "-o", str(out)]) == 0
    exported = {r["record_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert exported[line["record_id"]]["checks"][0]["en"] == line["message"]
    assert "fail a check" in captured.err


def test_chitieu_stats_counts_failed_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = flagged_db(tmp_path)
    assert main(["stats", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "1 failing a check" in out and "records by failed check" in out
    with Store(db, readonly=True) as store:
        assert [f.finding.rule for f in flags(store.conn)] == ["label_one_word"]


def test_a_workers_secondary_open_neither_checks_nor_copies_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's workers (accept all, its undo, the check on open) open the file beside the window's
    session, which checked and copied it: on a large corpus a second quick check costs half a minute."""
    from desktop.store import backup, db

    db_path = flagged_db(tmp_path)
    monkeypatch.setenv("CHITIEU_BACKUPS", "3")
    monkeypatch.setattr(db, "QUICK_CHECK_ALWAYS_BELOW", 0)  # a big file
    checked: list[Path] = []
    monkeypatch.setattr(db, "quick_check", lambda _conn, path: checked.append(path))
    with Store(db_path) as window:
        window.decide(1, "confirmed", "lan")  # the file changed since its last copy
    with Store(db_path, backups=0):
        assert checked == [db_path]  # no copy to check through: the file itself
    copies = backup.list_backups(db_path)
    with Store(db_path) as window, Store(db_path, secondary=True) as worker:
        assert len(backup.list_backups(db_path)) == len(copies) + 1  # the window's session copied it
        worker.accept_passing(Selection(), "lan")
    assert checked == [db_path] and len(backup.list_backups(db_path)) == len(copies) + 1


def test_a_check_run_checks_a_big_file_for_damage_only_through_its_backup_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``chitieu check`` writes only derived data, and its check of the file ran beside the writes it was to
    protect: a big file that closed cleanly is checked through the backup's copy when one is due, not
    read whole again; every other writer still checks it."""
    from desktop.store import backup, db

    db_path = flagged_db(tmp_path)
    monkeypatch.setattr(db, "QUICK_CHECK_ALWAYS_BELOW", 0)  # a big file
    checked: list[Path] = []
    monkeypatch.setattr(db, "quick_check", lambda _conn, path: checked.append(path))
    monkeypatch.setenv("CHITIEU_BACKUPS", "0")
    assert main(["check", "--full", "--db", str(db_path)]) == 0
    assert checked == [] and "fail a check" in capsys.readouterr().out
    monkeypatch.setenv("CHITIEU_BACKUPS", "3")
    copies = backup.list_backups(db_path)
    assert main(["check", "--full", "--db", str(db_path)]) == 0
    assert checked == [] and len(backup.list_backups(db_path)) == len(copies) + 1  # the copy was due
    with Store(db_path, backups=0):
        assert checked == [db_path]
