"""Re-extraction after the extractor "improves": pending work follows it, human work never moves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factories import BUDGET, article, budget_records, figure, seed_files

from desktop.core.extract import Extraction
from desktop.core.records import Record
from desktop.services.ingest import import_paths
from desktop.services.reextract import reextract
from desktop.store import Store

BUDGET_FIGURE, VISITORS, TOURISM = budget_records()
NEW_FIGURE = figure(BUDGET, "103,72%", "Tỷ lệ thu ngân sách so kế hoạch", "103.72", "%", period="2019")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "c.db"
    with Store(path) as store:
        store.add_articles([(article("a"), budget_records(), "v1", False)])
    return path


def extractor(*records: Record):
    """A fake extractor that proposes exactly ``records`` for every article."""

    def run(text: str, **context: object) -> Extraction:
        return Extraction(list(records))

    return run


def rerun(db: Path, *records: Record):
    return reextract(db, extractor=extractor(*records), version="v2")


def stored(db: Path) -> dict[str, object]:
    """Records by indicator (the fixtures' indicators are unique)."""
    with Store(db, readonly=True) as store:
        return {r.record.indicator: r for r in store.records(1)}


def decide(db: Path, indicator: str, status: str, record: Record | None = None) -> None:
    with Store(db) as store:
        store.decide(stored(db)[indicator].id, status, "lan", record=record)


def actions(db: Path) -> list[str]:
    with Store(db, readonly=True) as store:
        return [e["action"] for e in store.events()]


def test_the_same_extraction_changes_nothing(db: Path) -> None:
    before = stored(db)
    report = rerun(db, *budget_records())
    assert (report.new, report.unchanged, report.changed, report.unmatched, report.removed) == (0, 3, 0, 0, 0)
    after = stored(db)
    assert {k: v.record for k, v in after.items()} == {k: v.record for k, v in before.items()}
    assert {v.extractor_version for v in after.values()} == {"v2"}
    assert actions(db) == ["import", "reextract"]


def test_a_pending_record_follows_the_new_extractor_in_place(db: Path) -> None:
    old_id = stored(db)["Khách du lịch"].id
    better = VISITORS.with_changes(kind="estimate", rule="better")
    report = rerun(db, BUDGET_FIGURE, better, TOURISM)
    assert (report.changed, report.unchanged) == (1, 2)
    now = stored(db)["Khách du lịch"]
    assert (now.id, now.record.kind, now.machine.kind, now.extractor_version) == (
        old_id,
        "estimate",
        "estimate",
        "v2",
    )
    assert "reextract_update" in actions(db)


def test_a_new_candidate_is_added_as_pending(db: Path) -> None:
    report = rerun(db, *budget_records(), NEW_FIGURE)
    assert report.new == 1
    added = stored(db)["Tỷ lệ thu ngân sách so kế hoạch"]
    assert (added.status, added.extractor_version) == ("pending", "v2")
    with Store(db, readonly=True) as store:
        assert store.article_summary(1).n_records == 4 and store.article_summary(1).n_pending == 4


def test_a_pending_record_no_longer_proposed_is_removed_and_logged(db: Path) -> None:
    report = rerun(db, BUDGET_FIGURE, VISITORS)
    assert report.removed == 1 and "Doanh thu du lịch" not in stored(db)
    with Store(db, readonly=True) as store:
        removal = [e for e in store.events() if e["action"] == "reextract_remove"]
    assert json.loads(removal[0]["before"])["indicator"] == "Doanh thu du lịch"


@pytest.mark.parametrize("status", ["confirmed", "rejected"])
def test_decided_records_are_never_dropped(db: Path, status: str) -> None:
    decide(db, "Doanh thu du lịch", status)
    before = stored(db)["Doanh thu du lịch"]
    report = rerun(db, BUDGET_FIGURE, VISITORS)
    assert report.unmatched == 1 and report.removed == 0
    assert stored(db)["Doanh thu du lịch"] == before


def test_an_added_record_is_kept_and_not_proposed_twice(db: Path) -> None:
    with Store(db) as store:
        store.add_record(1, NEW_FIGURE, "lan")
    report = rerun(db, *budget_records(), NEW_FIGURE)
    assert (report.new, report.unchanged) == (0, 4)
    assert stored(db)["Tỷ lệ thu ngân sách so kế hoạch"].status == "added"


def test_a_confirmed_record_the_extractor_now_disagrees_with_is_flagged_not_changed(db: Path) -> None:
    decide(db, "Khách du lịch", "confirmed")
    before = stored(db)["Khách du lịch"]
    report = rerun(db, BUDGET_FIGURE, VISITORS.with_changes(period="2020"), TOURISM)
    after = stored(db)["Khách du lịch"]
    assert (report.changed, report.flagged) == (1, 1)
    assert after.record == before.record and after.machine == before.machine and after.status == "confirmed"
    assert after.flag == "the extractor now says period 2020; you confirmed period 2019"
    assert "reextract_flag" in actions(db)


def test_a_flag_goes_when_the_extractor_agrees_again(db: Path) -> None:
    decide(db, "Khách du lịch", "confirmed")
    rerun(db, BUDGET_FIGURE, VISITORS.with_changes(period="2020"), TOURISM)
    rerun(db, *budget_records())
    assert stored(db)["Khách du lịch"].flag is None


def test_a_corrected_record_is_flagged_only_for_a_genuinely_new_opinion(db: Path) -> None:
    decide(db, "Khách du lịch", "corrected", VISITORS.with_changes(kind="estimate"))
    assert rerun(db, *budget_records()).flagged == 0  # the extractor still says what was corrected
    assert (
        rerun(db, BUDGET_FIGURE, VISITORS.with_changes(kind="estimate"), TOURISM).flagged == 0
    )  # it now agrees
    report = rerun(db, BUDGET_FIGURE, VISITORS.with_changes(kind="target"), TOURISM)
    assert report.flagged == 1
    after = stored(db)["Khách du lịch"]
    assert after.record.kind == "estimate"
    assert after.flag == "the extractor now says kind target; you corrected it to kind estimate"


def test_a_rejected_candidate_is_never_proposed_again(db: Path) -> None:
    decide(db, "Doanh thu du lịch", "rejected")
    for _ in range(2):
        report = rerun(db, *budget_records())
        assert (report.new, report.unchanged) == (0, 3)
    with Store(db, readonly=True) as store:
        assert [r.status for r in store.records(1)].count("pending") == 2


def test_a_different_proposal_at_a_rejected_figure_comes_back_as_pending(db: Path) -> None:
    decide(db, "Doanh thu du lịch", "rejected")
    report = rerun(db, BUDGET_FIGURE, VISITORS, TOURISM.with_changes(indicator="Tổng thu du lịch"))
    assert report.changed == 1
    records = stored(db)
    assert records["Doanh thu du lịch"].status == "rejected"
    assert records["Tổng thu du lịch"].status == "pending"


def test_a_changed_value_on_the_same_span_is_the_same_figure(db: Path) -> None:
    decide(db, "Thu ngân sách nhà nước", "confirmed")
    rescaled = BUDGET_FIGURE.with_changes(base_value=BUDGET_FIGURE.base_value / 1000)
    report = rerun(db, rescaled, VISITORS, TOURISM)
    assert (report.new, report.flagged) == (0, 1)


def test_cancel_stops_before_the_next_batch(db: Path) -> None:
    report = reextract(db, extractor=extractor(), version="v2", should_cancel=lambda: True)
    assert report.cancelled and report.articles == 0
    assert len(stored(db)) == 3


def test_the_real_extractor_is_stable_on_the_seeds(tmp_path: Path) -> None:
    path = tmp_path / "seeds.db"
    imported = import_paths(path, seed_files(), workers=1)
    report = reextract(path)
    assert (report.new, report.changed, report.removed) == (0, 0, 0)
    assert report.unchanged == imported.records
