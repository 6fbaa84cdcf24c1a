"""An article with no date and no year of its own takes the usual year of the articles imported with it.

The articles are invented: dated ones (a JSON Lines ``published``, or a year their text reports) and
undated ones that name no year at all, imported together through the import service and the command.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.assumed_year import BATCH, GIVEN, assumed, assumed_date, usual_year, warning
from desktop.core.checks import ArticleFacts, check_article
from desktop.core.extract import extract
from desktop.services.ingest import import_paths
from desktop.services.reextract import reextract
from desktop.store import Selection, Store

#: Names no date and no year: "6 tháng đầu năm", "năm nay" and "năm trước" are read from the year it is given.
UNDATED = (
    "6 tháng đầu năm, thu ngân sách trên địa bàn huyện ước đạt 300 tỷ đồng, tăng 12% so với cùng kỳ. "
    "Năm trước, huyện có 14 xã đạt chuẩn nông thôn mới. Năm nay, huyện phấn đấu có thêm 3 xã đạt chuẩn "
    "nông thôn mới."
)
#: Names no year it reports on: a founding year (no period) and a plan's horizon (the target's period only).
HORIZON = (
    "Hợp tác xã thành lập năm 2009. Đến năm 2030, huyện phấn đấu có 20 xã đạt chuẩn nông thôn mới. "
    "Hiện có 12 xã đạt chuẩn nông thôn mới."
)


def dated(doc: str, published: str) -> dict[str, str]:
    """An article dated ``published`` (each its own text: the same text twice is a duplicate)."""
    return {
        "id": doc,
        "published": published,
        "text": f"Thu ngân sách cả năm đạt {800 + len(doc) * ord(doc[-1])} tỷ đồng.",
    }


def undated(doc: str, text: str = UNDATED) -> dict[str, str]:
    return {"id": doc, "text": text}


def write_jsonl(path: Path, *articles: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def stored(db: Path, doc: str) -> list[tuple[str, str | None, str, list[str]]]:
    """(indicator, period, kind, failed rules) of the records of ``doc``, in text order."""
    with Store(db, readonly=True) as store:
        rows = store.conn.execute(
            "SELECT r.indicator, r.period, r.kind, r.rules FROM records r JOIN articles a ON a.id = r.article_id "
            "WHERE a.doc = ? ORDER BY r.start",
            (doc,),
        ).fetchall()
    return [(row[0], row[1], row[2], sorted((row[3] or "").split())) for row in rows]


def article_row(db: Path, doc: str) -> tuple[int | None, list[str]]:
    with Store(db, readonly=True) as store:
        year, warnings = store.conn.execute(
            "SELECT year, warnings FROM articles WHERE doc = ?", (doc,)
        ).fetchone()
    return year, json.loads(warnings) if warnings else []


def periods(db: Path, doc: str) -> list[str | None]:
    return [period for _, period, _, _ in stored(db, doc)]


# ---- the rule --------------------------------------------------------------------------------


def test_the_usual_year_is_the_one_named_more_often_than_any_other() -> None:
    assert usual_year(Counter({2017: 3, 2016: 1})) == 2017
    assert usual_year(Counter({2019: 1})) == 2019
    assert usual_year(Counter({2017: 2, 2015: 1, 2016: 1})) == 2017  # one most common: no neighbours asked


def test_a_tie_is_broken_by_the_years_next_to_it() -> None:
    assert usual_year(Counter({2017: 2, 2018: 2, 2016: 1})) == 2017  # 2016 stands by 2017
    assert usual_year(Counter({2016: 2, 2020: 2, 2017: 1, 2018: 1})) == 2017  # amid the run 2016-2018
    assert usual_year(Counter({2016: 2, 2020: 2, 2021: 1})) == 2020  # 2021 stands by 2020
    assert usual_year(Counter({2017: 2, 2018: 2})) is None  # a tie the neighbours leave standing
    assert usual_year(Counter({2016: 1, 2018: 1})) is None  # 2017 is amid them, but no article is from it
    assert usual_year(Counter()) is None  # nothing dated


def test_no_year_is_assumed_from_articles_spread_over_many_years() -> None:
    assert usual_year(Counter({2016: 2, 2019: 1, 2020: 3, 2022: 2, 2024: 2})) is None  # 4 of 10 by 2020
    assert usual_year(Counter({2017: 3, 2016: 2, 2018: 1, 2021: 2, 2023: 2})) == 2017  # 6 of 10 by 2017
    tied = Counter({2015: 2, 2016: 1, 2020: 2, 2023: 1, 2025: 1})
    assert usual_year(tied) is None  # the tie's better year, 2015, gathers 3 of 7
    assert usual_year(Counter({2015: 2, 2016: 2, 2017: 1, 2023: 1})) == 2016  # 5 of 6 by 2016


def test_the_warning_names_the_year_and_where_it_came_from() -> None:
    assert assumed([warning(2017, BATCH)]) == (2017, BATCH)
    assert assumed(["bytes replaced", warning(2020, GIVEN)]) == (2020, GIVEN)
    assert assumed(["bytes replaced"]) is None


# ---- the import service ---------------------------------------------------------------------


def test_an_undated_article_takes_the_year_most_others_are_from(tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "news.jsonl",
        dated("d1", "2017-05-02"),
        dated("d2", "2017-11-20"),
        dated("d3", "2016-03-01"),
        undated("u"),
    )
    report = import_paths(tmp_path / "c.db", [source], workers=1)
    assert periods(tmp_path / "c.db", "u") == ["2017", "2016", "2017"]  # 6 tháng, năm trước, năm nay
    assert [(p.source, p.message) for p in report.warnings] == [(f"{source}:4", warning(2017, BATCH))]
    assert article_row(tmp_path / "c.db", "u") == (2017, [warning(2017, BATCH)])
    assert periods(tmp_path / "c.db", "d3") == ["2016"]  # a dated article keeps its own year


def test_its_records_are_those_of_the_article_extracted_with_that_year(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "news.jsonl", dated("d1", "2019-04-01"), undated("u"))
    import_paths(tmp_path / "c.db", [source], workers=1)
    expected = extract(UNDATED, published=assumed_date(2019)).records
    assert [(i, p, k) for i, p, k, _ in stored(tmp_path / "c.db", "u")] == [
        (r.indicator, r.period, r.kind) for r in expected
    ]
    with Store(tmp_path / "c.db", readonly=True) as store:
        actions = [e["action"] for e in store.events()]
    assert actions.count("reextract_year") == 1


def test_a_year_its_text_reports_dates_an_article_too(tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "news.jsonl",
        undated("y1", "Năm 2018, thu ngân sách đạt 500 tỷ đồng."),
        undated("y2", "Kết quả năm 2018: thu ngân sách đạt 600 tỷ đồng."),
        dated("d1", "2019-06-01"),
        undated("u"),
    )
    import_paths(tmp_path / "c.db", [source], workers=1)
    assert periods(tmp_path / "c.db", "u") == ["2018", "2017", "2018"]
    assert article_row(tmp_path / "c.db", "y1") == (2018, [])  # its own year: no warning


def test_a_year_its_web_address_names_dates_an_article_that_lost_its_title(tmp_path: Path) -> None:
    """The address is made from the headline: its year is the article's own, so no guess is said."""
    lost = {**undated("w"), "url": "https://example.vn/tin-tuc/kinh-te-6-thang-dau-nam-2016-3310.html"}
    db = tmp_path / "c.db"
    report = import_paths(
        db, [write_jsonl(tmp_path / "news.jsonl", dated("d1", "2019-06-01"), lost)], workers=1
    )
    assert periods(db, "w") == ["2016", "2015", "2016"]
    assert article_row(db, "w") == (2016, []) and not report.warnings
    reextract(db, version="next")
    assert periods(db, "w") == ["2016", "2015", "2016"]  # re-extraction reads the address again


def test_the_month_its_web_address_is_filed_under_dates_an_article(tmp_path: Path) -> None:
    """A portal's month folder (``/201607/``) says when the article was written: its figures are read
    against that year, no guess is said, and the stored article keeps no date it was not given."""
    filed = {**undated("m"), "url": "http://example.vn/kinh-te/201607/so-lieu-kinh-te-4417/"}
    db = tmp_path / "c.db"
    report = import_paths(
        db, [write_jsonl(tmp_path / "news.jsonl", dated("d1", "2019-06-01"), filed)], workers=1
    )
    assert periods(db, "m") == ["2016", "2015", "2016"]
    assert article_row(db, "m") == (2016, []) and not report.warnings
    with Store(db, readonly=True) as store:
        assert store.conn.execute("SELECT published FROM articles WHERE doc = 'm'").fetchone()[0] is None
    reextract(db, version="next")
    assert periods(db, "m") == ["2016", "2015", "2016"]  # re-extraction reads the address again


@pytest.mark.parametrize(
    "others",
    [
        [dated("d1", "2017-05-02"), dated("d2", "2018-05-02")],  # a tie
        [undated("v", "Thu ngân sách đạt 700 tỷ đồng.")],  # nothing dated
        [],  # the article alone
    ],
    ids=["tie", "nothing-dated", "alone"],
)
def test_without_a_clear_year_it_stays_undated(tmp_path: Path, others: list[dict[str, str]]) -> None:
    source = write_jsonl(tmp_path / "news.jsonl", *others, undated("u"))
    report = import_paths(tmp_path / "c.db", [source], workers=1)
    assert periods(tmp_path / "c.db", "u") == [None, None, None]
    assert article_row(tmp_path / "c.db", "u") == (None, [])
    assert not report.warnings


def test_the_year_given_overrides_the_usual_one(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "news.jsonl", dated("d1", "2017-05-02"), undated("u"))
    report = import_paths(tmp_path / "c.db", [source], workers=1, year=2021)
    assert periods(tmp_path / "c.db", "u") == ["2021", "2020", "2021"]
    assert [p.message for p in report.warnings] == [warning(2021, GIVEN)]
    assert periods(tmp_path / "c.db", "d1") == ["2017"]  # a dated article keeps its date


def test_the_year_given_dates_an_article_imported_alone(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "news.jsonl", undated("u"))
    import_paths(tmp_path / "c.db", [source], workers=1, year=2015)
    assert periods(tmp_path / "c.db", "u") == ["2015", "2014", "2015"]


def test_an_article_already_imported_is_not_dated_again(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    import_paths(db, [write_jsonl(tmp_path / "a.jsonl", undated("u"))], workers=1)
    again = write_jsonl(
        tmp_path / "b.jsonl", dated("d1", "2017-05-02"), dated("d2", "2017-06-02"), undated("u")
    )
    import_paths(db, [again], workers=1)
    assert periods(db, "u") == [None, None, None]


def test_re_extraction_keeps_the_assumed_year(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    source = write_jsonl(tmp_path / "news.jsonl", dated("d1", "2017-05-02"), undated("u"))
    import_paths(db, [source], workers=1)
    before = stored(db, "u")
    report = reextract(db, version="next")
    assert (report.changed, report.removed, report.new) == (0, 0, 0)
    assert stored(db, "u") == before


# ---- the check ---------------------------------------------------------------------------------


def test_the_assumed_year_is_asked_once_on_the_first_record_it_dates(tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "news.jsonl",
        dated("d1", "2017-05-02"),
        dated("d2", "2017-08-02"),
        undated("u"),
        undated("h", HORIZON),
    )
    import_paths(tmp_path / "c.db", [source], workers=1)
    assert [rules for _, _, _, rules in stored(tmp_path / "c.db", "u")] == [["period_assumed"], [], []]
    assert all("period_assumed" not in rules for _, _, _, rules in stored(tmp_path / "c.db", "d1"))
    horizon = {period: rules for _, period, _, rules in stored(tmp_path / "c.db", "h")}
    assert horizon == {"2030": [], "2017": ["period_assumed"]}  # "đến năm 2030" is read in the text


def test_the_question_names_the_figures_the_year_dates_in_both_languages() -> None:
    keyed = list(enumerate(extract(UNDATED, published=assumed_date(2017)).records))
    assert len(keyed) == 3
    for source, words in ((BATCH, "imported with it"), (GIVEN, "--year")):
        found = check_article(ArticleFacts(UNDATED, 2017, dated=False, assumed=source), keyed)
        [finding] = found[0]
        assert finding.rule == "period_assumed" and finding.others == (1, 2)
        assert "3 of its figures" in finding.en and words in finding.en
        assert "3 số liệu" in finding.vi and "2017" in finding.vi
        assert found[1] == found[2] == []
    for facts in (ArticleFacts(UNDATED, 2017, dated=False), ArticleFacts(UNDATED, 2017, dated=True)):
        assert all(not findings for findings in check_article(facts, keyed).values())


def test_the_question_moves_to_the_next_record_when_the_first_is_left_out() -> None:
    """A rejected record is out of the dataset (the store leaves it out of the checks): the next one asks."""
    keyed = list(enumerate(extract(UNDATED, published=assumed_date(2017)).records))
    found = check_article(ArticleFacts(UNDATED, 2017, dated=False, assumed=BATCH), keyed[1:])
    [finding] = found[1]
    assert finding.others == (2,) and "2 of its figures" in finding.en and found[2] == []


def test_a_period_without_a_year_follows_from_no_year() -> None:
    """A period a reviewer typed without a year (``quý I``) is not the guess's to ask about nor to move."""
    [first, *rest] = extract(UNDATED, published=assumed_date(2017)).records
    keyed = [(0, replace(first, period="quý I")), *enumerate(rest, 1)]
    found = check_article(ArticleFacts(UNDATED, 2017, dated=False, assumed=BATCH), keyed)
    assert found[0] == [] and [f.rule for f in found[1]] == ["period_assumed"]


def statuses(store: Store, doc: str) -> list[str]:
    rows = store.conn.execute(
        "SELECT r.status FROM records r JOIN articles a ON a.id = r.article_id WHERE a.doc = ? ORDER BY r.start",
        (doc,),
    )
    return [row[0] for row in rows]


def record_ids(store: Store, doc: str) -> list[int]:
    rows = store.conn.execute(
        "SELECT r.id FROM records r JOIN articles a ON a.id = r.article_id WHERE a.doc = ? ORDER BY r.start",
        (doc,),
    )
    return [row[0] for row in rows]


def article_of(store: Store, doc: str) -> int:
    return store.conn.execute("SELECT id FROM articles WHERE doc = ?", (doc,)).fetchone()[0]


def batch_with_a_guess(tmp_path: Path) -> Path:
    """Two dated articles and an undated one whose three figures are dated by the batch's year, 2017."""
    db = tmp_path / "c.db"
    source = write_jsonl(
        tmp_path / "news.jsonl", dated("d1", "2017-05-02"), dated("d2", "2017-08-02"), undated("u")
    )
    import_paths(db, [source], workers=1)
    assert [rules for _, _, _, rules in stored(db, "u")] == [["period_assumed"], [], []]
    return db


def test_accept_all_leaves_the_article_until_its_year_is_confirmed(tmp_path: Path) -> None:
    """The two records that pass share the flagged one's year: accepting them before a reviewer has
    answered would confirm a wrong guess on every figure but one."""
    with Store(batch_with_a_guess(tmp_path)) as store:
        assert store.count_passing(Selection(article_id=article_of(store, "u"))) == 0
        store.accept_passing(Selection(), "lan")
        assert statuses(store, "d1") == ["confirmed"]
        assert statuses(store, "u") == ["pending"] * 3
        store.decide(record_ids(store, "u")[0], "confirmed", "lan")  # the answer: 2017 is its year
        assert len(store.accept_passing(Selection(), "lan")) == 2
        assert statuses(store, "u") == ["confirmed"] * 3


def test_undoing_the_answer_holds_the_article_again(tmp_path: Path) -> None:
    with Store(batch_with_a_guess(tmp_path)) as store:
        u = article_of(store, "u")
        answer = store.decide(record_ids(store, "u")[0], "confirmed", "lan")
        assert store.count_passing(Selection(article_id=u)) == 2
        store.undo(answer.changes, "lan")
        assert store.count_passing(Selection(article_id=u)) == 0


def test_a_correction_of_the_asked_record_leaves_the_others_to_the_reviewer(tmp_path: Path) -> None:
    with Store(batch_with_a_guess(tmp_path)) as store:
        first = store.record(record_ids(store, "u")[0])
        store.decide(first.id, "corrected", "lan", record=first.record.with_changes(period="2019"))
        assert len(store.accept_passing(Selection(), "lan")) == 2  # d1's and d2's
        assert statuses(store, "u") == ["corrected", "pending", "pending"]


def test_rejecting_the_asked_record_moves_the_question_on(tmp_path: Path) -> None:
    with Store(batch_with_a_guess(tmp_path)) as store:
        store.decide(record_ids(store, "u")[0], "rejected", "lan")
        assert store.count_passing(Selection(article_id=article_of(store, "u"))) == 0
    assert [rules for _, _, _, rules in stored(tmp_path / "c.db", "u")] == [[], ["period_assumed"], []]


# ---- the command ---------------------------------------------------------------------------------


def test_the_command_dates_undated_files_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(
        "Kết quả năm 2017\nNăm 2017, thu ngân sách đạt 500 tỷ đồng.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Huyện A năm 2017\nNăm 2017, huyện có 12 xã đạt chuẩn.\n", encoding="utf-8"
    )
    (tmp_path / "c.txt").write_text("Huyện B phát triển\n" + UNDATED + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    assert (
        main(
            [
                "import",
                str(tmp_path / "a.txt"),
                str(tmp_path / "b.txt"),
                str(tmp_path / "c.txt"),
                "--db",
                str(db),
            ]
        )
        == 0
    )
    out, err = capsys.readouterr()
    assert "1 warning" in out
    assert err == f"chitieu: warning: {tmp_path / 'c.txt'}: {warning(2017, BATCH)}\n"
    assert periods(db, "c") == ["2017", "2016", "2017"]


def test_the_command_takes_the_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "c.txt").write_text("Huyện B phát triển\n" + UNDATED + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    assert main(["import", str(tmp_path / "c.txt"), "--db", str(db), "--year", "2016"]) == 0
    assert periods(db, "c") == ["2016", "2015", "2016"]
    capsys.readouterr()
    assert main(["import", str(tmp_path / "c.txt"), "--db", str(db), "--year", "17"]) == 1
    _, err = capsys.readouterr()
    assert err == "chitieu: error: --year must be a year from 1945 to 2100 (got 17).\n"


def test_the_help_explains_the_year(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--year YYYY" in out and "no date and no year" in out
