"""A version per group of rules: a changed group re-run alone gives what a whole re-check gives (issue 13)."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from factories import article

from desktop.core import check_groups
from desktop.core.check_groups import BY_GROUP, GROUPS, digest, shared_digest, versions
from desktop.core.check_rules import DUPLICATE, LABEL_ONE_WORD, PERIOD_FAR, RATE_OVER_100, SPAN, UNIT_CLASS
from desktop.core.checks import cross
from desktop.core.records import Record
from desktop.services.checks import check_corpus
from desktop.services.ingest import import_paths
from desktop.store import Store, checking
from desktop.store.check_columns import CHECKS_DIGEST, CHECKS_VERSION
from desktop.store.checking import CheckPlan, checked_groups, needs_check, plan

#: Invented articles of the genre: figures that fail rules of every group, some several at once.
TEXTS = (
    "Năm 2019, thu ngân sách nhà nước thành phố Cẩm Phả đạt 11.428,6 tỷ đồng, tăng 12% so với năm 2018. "
    "Tỷ lệ hộ nghèo giảm còn 1,2%. Thu nhập bình quân đầu người đạt 4.500 triệu đồng/người/năm. "
    "Tỷ lệ che phủ rừng đạt 150%. Mục tiêu đến năm 2090, toàn thành phố có 40 xã đạt chuẩn nông thôn mới.",
    "Năm 2019, thu ngân sách nhà nước thành phố Cẩm Phả đạt 12.900 tỷ đồng. Tổng sản phẩm trên địa bàn "
    "(GRDP) tăng 2.500% so với cùng kỳ. Trong cơ cấu kinh tế, công nghiệp chiếm 70%, dịch vụ chiếm 45%, "
    "nông nghiệp chiếm 10% tổng giá trị sản xuất. Năm 1930, huyện có 5 trường học.",
    "Năm 2019, thu ngân sách nhà nước thành phố Cẩm Phả đạt 11.500 tỷ đồng. Năm 2021, kim ngạch xuất khẩu "
    "đạt 300 triệu USD. Toàn tỉnh có 12 xã đạt chuẩn nông thôn mới, diện tích lúa đạt 5.000 ha.",
)
#: A text for records made by hand, each failing rules of several groups.
HAND = "Năm 2019, tăng 500 tỷ đồng; cả năm 2030 đạt 500 tỷ đồng. Toàn tỉnh có 12 xã đạt chuẩn nông thôn mới."


def _hand_records() -> list[Record]:
    first, second, other = HAND.index("500"), HAND.rindex("500"), HAND.index("12 xã")
    money = {"value": 500, "unit": "tỷ đồng", "base_value": 500 * 10**9, "base_unit": "đồng"}
    return [
        Record.from_dict(  # one word, a unit the code does not take, an actual figure after the article
            {
                **money,
                "indicator": "Tăng",
                "indicator_code": "forest_cover",
                "start": first,
                "end": first + 11,
            }
            | {"period": "2030"}
        ),
        Record.from_dict(  # the same figure again: a repeat; its span reads 500, the record 600
            {**money, "indicator": "Tăng thu", "value": 600, "base_value": 600 * 10**9}
            | {"start": second, "end": second + 11, "period": "2019"}
        ),
        Record.from_dict(
            {
                "indicator": "Xã đạt chuẩn nông thôn mới",
                "value": 12,
                "unit": "xã",
                "start": other,
                "end": other + 5,
            }
            | {"period": "2019"}
        ),
    ]


@pytest.fixture(autouse=True)
def _no_backups(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHITIEU_BACKUPS", "0")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The invented articles imported, the hand-made one added, every record checked in full."""
    db = tmp_path / "c.db"
    folder = tmp_path / "in"
    folder.mkdir()
    for n, text in enumerate(TEXTS):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    import_paths(db, [folder], workers=1)
    with Store(db) as store:
        store.add_articles(
            [(article("hand", text=HAND, published="2019-12-30"), _hand_records(), "v1", False)]
        )
    check_corpus(db)
    return db


def _columns(db: Path) -> list[tuple]:
    """Every record's five check columns, and every article's fingerprint and facts."""
    with Store(db) as store:
        conn = store.conn
        rows = conn.execute(
            "SELECT r.id, d.checks, d.conflicts, r.rules, r.risk, r.fact FROM records r "
            "LEFT JOIN record_details d ON d.record_id = r.id ORDER BY r.id"
        ).fetchall()
        prints = conn.execute("SELECT * FROM checked_articles ORDER BY article_id").fetchall()
        facts = conn.execute("SELECT * FROM checked_facts ORDER BY article_id, fact").fetchall()
        return [tuple(r) for r in [*rows, *prints, *facts]]


def _bump(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    bumped = tuple(
        dataclasses.replace(group, version=group.version + 1) if group.name in names else group
        for group in GROUPS
    )
    monkeypatch.setattr(check_groups, "GROUPS", bumped)


def _patch(monkeypatch: pytest.MonkeyPatch, name: str, changed: Callable) -> None:
    """Change a rule where both the whole check and a group's re-run call it."""
    from desktop.core import checks
    from desktop.core.checks import splice

    monkeypatch.setattr(checks, name, changed(getattr(checks, name)))
    monkeypatch.setattr(splice, name, getattr(checks, name))


def _whole_check(db: Path, tmp_path: Path) -> list[tuple]:
    """The columns a whole re-check of a copy of ``db`` leaves, with the rules as they are now."""
    copy = tmp_path / "whole.db"
    shutil.copy(db, copy)
    with Store(copy) as store:
        store.conn.execute("UPDATE meta SET value = 'older rules' WHERE key = 'checks_version'")
    report = check_corpus(copy)
    assert report.articles > 0 and report.verified == 0
    return _columns(copy)


def _labels(check: Callable) -> Callable:
    return lambda label, unit: (
        LABEL_ONE_WORD.finding(label=label) if len(label.split()) == 2 else check(label, unit)
    )


def _span(check: Callable) -> Callable:
    def changed(record, text, low=None):
        if record.value == Decimal(12):
            return SPAN.finding("none", span="12")
        return None if record.value == Decimal(600) else check(record, text, low)

    return changed


def _periods(check: Callable) -> Callable:
    def changed(record, facts):
        if record.period == "2021":
            return PERIOD_FAR.finding(period=record.period, year=facts.year)
        return None if record.period == "2090" else check(record, facts)

    return changed


def _rates(check: Callable) -> Callable:
    def changed(record):
        return RATE_OVER_100.finding(value=record.value, word="tỷ lệ") if record.value > 40 else None

    return changed


def _units(check: Callable) -> Callable:
    def changed(record):
        if record.indicator_code == "budget_revenue":
            return UNIT_CLASS.finding(
                unit=record.unit, found="", found_vi="", code="", expected="", expected_vi=""
            )
        return None if record.indicator_code == "forest_cover" else check(record)

    return changed


def _between(check: Callable) -> Callable:
    def changed(records, text):
        found = check(records, text)
        found.pop(next(iter(found), None), None)
        key = max(key for key, _ in records)
        found.setdefault(key, []).append(DUPLICATE.finding(value=1, unit="", count=1))
        return found

    return changed


CHANGES = {
    "labels": [("check_label", _labels)],
    "span": [("check_span", _span)],
    "periods": [("check_period", _periods)],
    "magnitudes": [("check_rate", _rates)],
    "units": [("check_unit", _units)],
    "between": [("check_article_records", _between)],
}


@pytest.mark.parametrize("group", sorted(CHANGES))
def test_a_changed_group_re_run_alone_gives_what_a_whole_check_gives(
    group: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, changed in CHANGES[group]:
        _patch(monkeypatch, name, changed)
    _bump(monkeypatch, group)
    whole = _whole_check(corpus, tmp_path)
    report = check_corpus(corpus)
    assert report.articles == 0 and report.changed > 0  # no article re-checked whole, some rows spliced
    assert _columns(corpus) == whole
    with Store(corpus) as store:
        assert checked_groups(store.conn) == versions() and not needs_check(store.conn)
    assert check_corpus(corpus).changed == 0


def test_two_changed_groups_are_spliced_in_one_pass(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _patch(monkeypatch, "check_label", _labels)
    _patch(monkeypatch, "check_article_records", _between)
    _bump(monkeypatch, "labels", "between")
    whole = _whole_check(corpus, tmp_path)
    assert check_corpus(corpus).articles == 0
    assert _columns(corpus) == whole


def test_a_changed_comparison_across_articles_runs_the_fact_pass_alone(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _columns(corpus)
    monkeypatch.setattr(cross, "TOLERANCE", 0.2)  # 11.428,6 and 12.900 now agree
    _bump(monkeypatch, "cross")
    with Store(corpus) as store:
        assert plan(store.conn) == CheckPlan(whole=False, facts=True)
    whole = _whole_check(corpus, tmp_path)
    report = check_corpus(corpus)
    assert report.articles == 0 and report.changed > 0
    assert _columns(corpus) == whole != before


def test_an_article_changed_behind_the_stores_back_is_still_checked_whole(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The splice passes over the articles whose fingerprint differs: the article pass checks them."""
    with Store(corpus) as store:
        store.conn.execute("UPDATE records SET rules = NULL, risk = NULL WHERE article_id = 4")
        store.conn.execute("UPDATE record_details SET checks = NULL")
    _patch(monkeypatch, "check_label", _labels)
    _bump(monkeypatch, "labels")
    whole = _whole_check(corpus, tmp_path)
    report = check_corpus(corpus)
    assert report.articles > 0 and report.verified > 0
    assert _columns(corpus) == whole


def test_a_file_without_group_versions_is_checked_whole_then_stores_them(corpus: Path) -> None:
    with Store(corpus) as store:
        store.conn.execute("DELETE FROM meta WHERE key = ?", (checking.GROUPS_KEY,))
        assert needs_check(store.conn) and plan(store.conn) == CheckPlan(whole=True)
    report = check_corpus(corpus)
    assert report.articles == 4 and report.verified == 0
    with Store(corpus) as store:
        assert checked_groups(store.conn) == versions() and not needs_check(store.conn)


def test_nothing_changed_re_runs_nothing(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(corpus) as store:
        assert plan(store.conn) == CheckPlan(whole=False)

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("re-ran a group")

    monkeypatch.setattr(checking, "group_row_changes", never)
    monkeypatch.setattr(checking, "recheck_all_facts", never)
    report = check_corpus(corpus)
    assert (report.articles, report.changed, report.verified) == (0, 0, 4)


@pytest.mark.parametrize(
    ("bumped", "expected"),
    [
        (("labels",), CheckPlan(whole=False, groups=("labels",))),
        (("span", "cross"), CheckPlan(whole=False, groups=("span",), facts=True)),
        (("key",), CheckPlan(whole=True)),
        (("labels", "units", "span"), CheckPlan(whole=True)),
    ],
)
def test_what_a_full_check_re_runs(
    bumped: tuple[str, ...], expected: CheckPlan, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _bump(monkeypatch, *bumped)
    with Store(corpus) as store:
        assert plan(store.conn) == expected
        assert needs_check(store.conn)


@pytest.mark.parametrize("group", GROUPS, ids=lambda group: group.name)
def test_a_groups_sources_are_those_its_version_was_given_for(group: check_groups.RuleGroup) -> None:
    """Changing a rule's code fails here until its group's version is bumped: databases checked by the old
    code then re-run the group (and only it) at their next full check."""
    found = digest(group)
    assert found == group.digest, (
        f"the rules of group '{group.name}' changed ({', '.join(group.files)}): in desktop/core/check_groups.py "
        f"bump its version to {group.version + 1} and set its digest to '{found}'"
    )


def test_what_every_rule_shares_is_what_checks_version_was_given_for() -> None:
    found = shared_digest()
    assert found == CHECKS_DIGEST, (
        f"what every rule shares changed ({', '.join(check_groups.SHARED_FILES)}): every record must be "
        f"re-checked, so in desktop/store/check_columns.py bump CHECKS_VERSION (now {CHECKS_VERSION}) and "
        f"set CHECKS_DIGEST to '{found}'"
    )


def test_every_rule_is_in_one_group() -> None:
    from desktop.core.check_rules import BY_NAME

    named = [rule for group in GROUPS for rule in group.rules]
    assert sorted(named) == sorted(BY_NAME) and BY_GROUP.keys() == versions().keys()
