"""Exports: each format, every field back from JSON Lines, Excel-ready CSV, atomic writes."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from factories import BUDGET, article, budget_records
from openpyxl import load_workbook

import desktop.export as export_package
from desktop.core.errors import InputError
from desktop.core.records import Record
from desktop.export import export
from desktop.export.query import HEADER, record_blocks
from desktop.export.to_csv import defuse, is_number
from desktop.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """One article, three records: confirmed, corrected, pending; plus one added and one rejected."""
    path = tmp_path / "c.db"
    with Store(path) as store:
        store.add_articles(
            [(article("000_cam_pha", url="https://example.vn/a"), budget_records(), "v1", False)]
        )
        first, second, third = store.records(1)
        store.decide(first.id, "confirmed", "lan", note="khớp báo cáo")
        store.decide(second.id, "corrected", "lan", record=second.record.with_changes(kind="estimate"))
        store.add_record(
            1,
            Record.from_dict({"indicator": "Thu nội địa", "value": 5, "unit": "%", "start": 0, "end": 3}),
            "minh",
        )
        store.add_articles(
            [
                (
                    article("001", text="Năm 2020 có 25 dự án mới."),
                    [
                        Record.from_dict(
                            {"indicator": "Dự án", "value": 25, "unit": "dự án", "start": 12, "end": 21}
                        )
                    ],
                    "v1",
                    False,
                )
            ]
        )
        store.decide(store.records(2)[0].id, "rejected", "minh")
    assert third  # stays pending
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_round_trips_every_field(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    report = export(db, out, "jsonl", "all")
    rows = read_jsonl(out)
    assert (report.records, report.articles, len(rows)) == (5, 2, 5)
    budget = next(r for r in rows if r["indicator"] == "Thu ngân sách nhà nước")
    assert budget == {
        "doc": "000_cam_pha",
        "indicator": "Thu ngân sách nhà nước",
        "value": 11428.6,
        "unit": "tỷ đồng",
        "base_value": 11428600000000,
        "base_unit": "đồng",
        "of": None,
        "value_max": None,
        "qualifier": "exact",
        "kind": "estimate",
        "period": "2019",
        "locality": "Cẩm Phả",
        "comparisons": [{"percent": 103.72, "relation": "ratio", "basis": "plan"}],
        "start": BUDGET.index("11.428,6"),
        "end": BUDGET.index("11.428,6") + len("11.428,6 tỷ đồng"),
        "status": "confirmed",
        "reviewer": "lan",
        "decided_at": budget["decided_at"],
        "note": "khớp báo cáo",
        "flag": None,
        "indicator_code": None,
        "rule": "test",
        "confidence": 0.9,
        "extractor_version": "v1",
        "checks": None,
        "risk": 0.1,
        "article_id": 1,
        "record_id": 1,
        "title": "Cẩm Phả: kết quả năm 2019",
        "url": "https://example.vn/a",
        "source": "000_cam_pha.txt",
        "published": None,
        "text": "11.428,6 tỷ đồng",
    }
    assert budget["decided_at"].endswith("Z")
    back = Record.from_dict(budget)
    assert back.value == Decimal("11428.6") and back.base_value == Decimal("11428600000000")
    assert back == budget_records()[0]


def test_failed_checks_are_exported_with_their_messages(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    export(db, out, "jsonl", "all")
    added = next(
        r for r in read_jsonl(out) if r["indicator"] == "Thu nội địa"
    )  # its span is "Năm", no figure
    assert [c["rule"] for c in added["checks"]] == ["span_mismatch"]
    assert "Năm" in added["checks"][0]["en"] and "Năm" in added["checks"][0]["vi"]
    assert added["risk"] == 0.9
    rejected = next(r for r in read_jsonl(out) if r["status"] == "rejected")
    assert rejected["checks"] is None and rejected["risk"] is None
    csv_out = tmp_path / "out.csv"
    export(db, csv_out, "csv", "all")
    rows = list(csv.DictReader(io.StringIO(csv_out.read_text(encoding="utf-8-sig"))))
    added_row = next(r for r in rows if r["indicator"] == "Thu nội địa")
    assert json.loads(added_row["checks"])[0]["rule"] == "span_mismatch"


def test_every_span_text_is_the_figure_in_its_article(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    export(db, out, "jsonl", "all")
    texts = {"000_cam_pha": BUDGET, "001": "Năm 2020 có 25 dự án mới."}
    for row in read_jsonl(out):
        assert row["text"] == texts[row["doc"]][row["start"] : row["end"]]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("confirmed", {"confirmed", "corrected", "added"}),
        ("reviewed", {"confirmed", "corrected", "added", "rejected"}),
        ("all", {"confirmed", "corrected", "added", "rejected", "pending"}),
    ],
)
def test_status_chooses_the_records(db: Path, tmp_path: Path, status: str, expected: set[str]) -> None:
    out = tmp_path / "out.jsonl"
    export(db, out, "jsonl", status)
    assert {r["status"] for r in read_jsonl(out)} == expected


def test_csv_opens_in_excel_with_vietnamese_text(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    export(db, out, "csv", "all")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    assert b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    budget = next(r for r in rows if r["indicator"] == "Thu ngân sách nhà nước")
    assert (budget["value"], budget["unit"], budget["text"]) == ("11428.6", "tỷ đồng", "11.428,6 tỷ đồng")
    assert json.loads(budget["comparisons"]) == [{"percent": 103.72, "relation": "ratio", "basis": "plan"}]
    assert len(rows) == 5


def test_csv_defuses_formulas_in_article_text(tmp_path: Path) -> None:
    """A label like ``=HYPERLINK(...)`` must reach Excel as text, never as a formula."""
    path = tmp_path / "f.db"
    with Store(path) as store:
        store.add_articles(
            [
                (
                    article("f", text="=cmd|' /C calc'!A0 đạt 5 tỷ đồng"),
                    [
                        Record.from_dict(
                            {
                                "indicator": "=cmd|' /C calc'!A0",
                                "value": 5,
                                "unit": "tỷ đồng",
                                "base_value": 5e9,
                                "base_unit": "đồng",
                                "value_max": None,
                                "start": 22,
                                "end": 31,
                                "note": None,
                            }
                        )
                    ],
                    "v1",
                    False,
                )
            ]
        )
    out = tmp_path / "f.csv"
    export(path, out, "csv", "all")
    row = next(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert row["indicator"] == "'=cmd|' /C calc'!A0"
    assert row["value"] == "5"
    export(path, tmp_path / "f.xlsx", "xlsx", "all")
    sheet = load_workbook(tmp_path / "f.xlsx")["records"]
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("indicator") + 1)
    assert (cell.value, cell.data_type) == ("=cmd|' /C calc'!A0", "s")


#: Text an encoder can get wrong: quotes, separators, line breaks, control characters, formula starts, astral.
HOSTILE = (
    'say "hi", then\nleave',
    "=SUM(A1)",
    "-x",
    "@home",
    "\ttab",
    "\rcr",
    "a\\b",
    "ctrl\x01\x1f\x7f",
    "🇻🇳 𝔘",
    "u2028\u2028",
    '""',
    ",",
    " lead",
)


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """Records whose label, note, reviewer and article title are each one of :data:`HOSTILE`."""
    path = tmp_path / "h.db"
    text = " ".join(f"{n} tỷ đồng" for n in range(len(HOSTILE)))
    with Store(path) as store:
        for n, hostile in enumerate(HOSTILE):
            start = text.index(f"{n} tỷ")
            record = Record.from_dict(
                {
                    "indicator": hostile,
                    "value": n,
                    "unit": "tỷ đồng",
                    "start": start,
                    "end": start + len(f"{n} tỷ đồng"),
                }
            )
            store.add_articles(
                [(article(f"d{n}", text=text + " " * n, title=hostile, url=hostile), [record], "v1", False)]
            )
            store.decide(store.records(n + 1)[0].id, "confirmed", hostile, note=hostile)
    return path


def test_jsonl_is_exactly_what_python_json_writes(hostile_db: Path, tmp_path: Path) -> None:
    """SQLite writes the lines; each must be the compact ``json.dumps`` of its own content, byte for byte."""
    out = tmp_path / "h.jsonl"
    export(hostile_db, out, "jsonl", "all")
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines.pop() == "" and len(lines) == len(HOSTILE)
    for line, hostile in zip(lines, HOSTILE, strict=True):
        row = json.loads(line)
        assert json.dumps(row, ensure_ascii=False, separators=(",", ":")) == line
        assert row["indicator"] == row["note"] == row["reviewer"] == row["title"] == hostile


def test_jsonl_spans_are_what_sqlite_cuts(tmp_path: Path) -> None:
    """Python cuts and quotes the spans: every character SQLite would escape, and offsets it counts its own way."""
    path = tmp_path / "s.db"
    text = 'Tăng "12%" \\ a\x01\x1fb\tc\u2028 🇻🇳 𝔘 đồng'
    spans = [
        (0, 4),
        (5, 10),
        (11, 14),
        (14, 20),
        (20, len(text)),
        (30, 2),
        (-5, 3),
        (-2, 40),
        (len(text) - 2, 99),
    ]
    with Store(path) as store:
        records = [
            Record.from_dict({"indicator": "x", "value": 1, "unit": "", "start": s, "end": e})
            for s, e in spans
        ]
        store.add_articles([(article("d", text=text), records, "v1", False)])
        expected = [
            row[0]
            for row in store.conn.execute(
                'SELECT substr(a.text, r.start + 1, max(r."end" - r.start, 0)) FROM records r '
                "JOIN articles a ON a.id = r.article_id ORDER BY r.start, r.id"
            )
        ]
    out = tmp_path / "s.jsonl"
    export(path, out, "jsonl", "all")
    *lines, last = out.read_text(encoding="utf-8").split("\n")
    assert last == "" and [json.loads(line)["text"] for line in lines] == expected
    assert all(
        json.dumps(json.loads(line), ensure_ascii=False, separators=(",", ":")) == line for line in lines
    )


def test_csv_is_exactly_what_the_csv_module_writes(hostile_db: Path, tmp_path: Path) -> None:
    """Blocks are formatted at once and guarded against formulas per column; rows must be as csv.writer makes them."""
    out = tmp_path / "h.csv"
    export(hostile_db, out, "csv", "all")
    text = out.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    again = io.StringIO(newline="")
    csv.writer(again, dialect="excel").writerows(rows)
    assert again.getvalue() == text
    header, *records = rows
    for row, hostile in zip(records, HOSTILE, strict=True):
        fields = dict(zip(header, row, strict=True))
        expected = "'" + hostile if hostile[:1] in "=+-@\t\r" else hostile
        assert fields["indicator"] == fields["note"] == fields["title"] == expected


def test_csv_spans_are_quoted_and_defused_as_the_csv_module_would(tmp_path: Path) -> None:
    """Python cuts and quotes CSV spans itself: quotes, commas, line breaks and formula starts as csv.writer does."""
    path = tmp_path / "c.db"
    text = '=SUM(1) say "hi", then\r\nleave -5 @x, +84 \t'
    pieces = ("=SUM(1)", 'say "hi",', "then\r\n", "-5", "@x,", "+84 \t", "\t", " -", "")
    spans = [(text.index(p), text.index(p) + len(p)) for p in pieces] + [(0, len(text))]
    with Store(path) as store:
        records = [
            Record.from_dict({"indicator": "x", "value": 1, "unit": "", "start": s, "end": e})
            for s, e in spans
        ]
        store.add_articles([(article("d", text=text), records, "v1", False)])
    out = tmp_path / "c.csv"
    export(path, out, "csv", "all")
    written = out.read_bytes().decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(written, newline="")))
    again = io.StringIO(newline="")
    csv.writer(again, dialect="excel").writerows([header, *rows])
    assert again.getvalue() == written
    cut = [text[s:e] for s, e in sorted(spans, key=lambda span: span[0])]  # text order, then id
    assert [row[header.index("text")] for row in rows] == [
        "'" + span if span[:1] in ("=", "+", "-", "@", "\t", "\r") and not is_number(span) else span
        for span in cut
    ]


#: Reals as the csv writer writes them (``repr``) where SQLite's ``%!.15g`` would differ, and None.
TRICKY_REALS = (0.1, 1e-7, 1e16, 123456789.123, -2.5, None, 1e15, 0.30000000000000004, 0.0, -0.0)
#: Cells SQLite joins (text, exact numbers, integers) that the plain-line test must send back to the writer.
TRICKY_CELLS = (
    "a, b",
    '"q"',
    "l\nf",
    "=1+1",
    "-5",
    "-x",
    "+84",
    "@a",
    "\tt",
    "",
    "ctrl\x01\x1f",
    "Đồng",
    None,
)
#: Labels with a comma, which SQLite quotes itself unless they hold a quote or start like a formula.
TRICKY_LABELS = ("thương mại, dịch vụ", "a, -b", "-a, b", 'a, "b"', "a,\nb", "=a, b", "Thu ngân sách", "")


@pytest.fixture
def tricky_db(tmp_path: Path) -> Path:
    """Records whose reals, exact numbers, labels, notes and versions are each hard to write as CSV."""
    path = tmp_path / "t.db"
    with Store(path) as store:
        store.add_articles([(article("d,1", url='=x"'), budget_records() * 6, "v1", False)])
        store.add_articles([(article("-d2", text=BUDGET + " "), budget_records() * 3, "v, 2", False)])
        for n, (record_id,) in enumerate(store.conn.execute("SELECT id FROM records ORDER BY id").fetchall()):
            cell = TRICKY_CELLS[n % len(TRICKY_CELLS)]
            store.conn.execute(
                "UPDATE records SET confidence = ?, risk = ?, value = ?, period = ?, note = ?, reviewer = ?, "
                "comparisons = ?, extractor_version = ?, indicator = ? WHERE id = ?",
                (
                    TRICKY_REALS[n % len(TRICKY_REALS)],
                    TRICKY_REALS[(n + 3) % len(TRICKY_REALS)],
                    ("-5", "0.1", "1e-7", "123456789.123", "10000000000000000")[n % 5],
                    cell,
                    TRICKY_CELLS[(n + 5) % len(TRICKY_CELLS)],
                    cell,
                    ('[{"percent": 2.7, "relation": "change", "basis": "plan"}]', "[]")[n % 2],
                    ("v1", "v,1", None)[n % 3],
                    TRICKY_LABELS[n % len(TRICKY_LABELS)],
                    record_id,
                ),
            )
        store.conn.commit()
    return path


def test_csv_is_cell_for_cell_the_csv_writer_over_the_values(tricky_db: Path, tmp_path: Path) -> None:
    """SQLite joins most of a record's cells; the file must be what csv.writer writes over each value read alone."""
    out = tmp_path / "t.csv"
    assert export(tricky_db, out, "csv", "all").records > len(TRICKY_CELLS) + len(TRICKY_REALS)
    expected = io.StringIO(newline="")
    writer = csv.writer(expected, dialect="excel")
    writer.writerow(HEADER)
    with Store(tricky_db, readonly=True) as store:
        for block in record_blocks(store.conn, "all"):
            writer.writerows(defuse(list(row)) for row in block)
    assert out.read_bytes().decode("utf-8-sig") == expected.getvalue()


@pytest.fixture
def plain_db(tmp_path: Path) -> Path:
    """Records the CSV writes a block at a time (no cell needs quotes, none starts like a formula), with a
    label holding dashes that follow no comma."""
    path = tmp_path / "p.db"
    with Store(path) as store:
        store.add_articles([(article("d1"), budget_records() * 8, "v1", False)])
        store.add_articles([(article("d2", text=BUDGET + " "), budget_records() * 8, "v1", False)])
        store.conn.execute("UPDATE records SET indicator = 'Nông - lâm - thủy sản' WHERE id % 5 = 0")
        store.conn.commit()
    return path


def _csv_writers(db: Path) -> str:
    expected = io.StringIO(newline="")
    writer = csv.writer(expected, dialect="excel")
    writer.writerow(HEADER)
    with Store(db, readonly=True) as store:
        for block in record_blocks(store.conn, "all"):
            writer.writerows(defuse(list(row)) for row in block)
    return expected.getvalue()


@pytest.mark.parametrize("column", ["indicator", "value", "period", "note", "reviewer", "comparisons"])
@pytest.mark.parametrize(
    "cell", ["a, b", '"q"', "l\nf", "c\rr", "=1+1", "-5", "-x", "+84", "@a", "\tt", "[1,2]", "x - y"]
)
def test_one_hard_cell_among_plain_records_is_written_as_the_csv_writer_would(
    plain_db: Path, tmp_path: Path, column: str, cell: str
) -> None:
    """The CSV tests a whole block of plain records at once: one cell needing quotes or a formula guard
    anywhere in it (first record, middle, last) must still be written as csv.writer writes it."""
    with Store(plain_db) as store:
        ids = [row[0] for row in store.conn.execute("SELECT id FROM records ORDER BY id")]
        for record_id in (ids[0], ids[len(ids) // 2], ids[-1]):
            store.conn.execute(f'UPDATE records SET "{column}" = ? WHERE id = ?', (cell, record_id))
        store.conn.commit()
    out = tmp_path / "one.csv"
    export(plain_db, out, "csv", "all")
    assert out.read_bytes().decode("utf-8-sig") == _csv_writers(plain_db)


def test_plain_records_are_the_csv_writers(plain_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "plain.csv"
    assert export(plain_db, out, "csv", "all").records == 16 * len(budget_records())
    assert out.read_bytes().decode("utf-8-sig") == _csv_writers(plain_db)


#: Failed checks as stored (own, cross-article finding): each alone, both, an empty own list beside a
#: finding, a finding without a quote (a hand edit), none.
TRICKY_CHECKS = (
    ('[{"rule":"x","en":"a, \\"b\\"","vi":"c"}]', None),
    (None, '{"rule":"cross_article","en":"1, 2","vi":"\\"v\\"","records":[1,2]}'),
    ('[{"rule":"x","en":"a","vi":"b"}]', '{"rule":"cross_article","en":"e","vi":"v","records":[3]}'),
    ("[]", '{"rule":"cross_article","en":"e","vi":"v","records":[4]}'),
    (None, "7"),
    (None, None),
)


@pytest.fixture
def checked_db(tricky_db: Path) -> Path:
    """:func:`tricky_db` with every kind of failed checks in turn."""
    with Store(tricky_db) as store:
        for n, (record_id,) in enumerate(store.conn.execute("SELECT id FROM records ORDER BY id").fetchall()):
            store.conn.execute(
                "INSERT INTO record_details (record_id, checks, conflicts) VALUES (?, ?, ?) "
                "ON CONFLICT (record_id) DO UPDATE SET checks = excluded.checks, conflicts = excluded.conflicts",
                (record_id, *TRICKY_CHECKS[n % len(TRICKY_CHECKS)]),
            )
        store.conn.commit()
    return tricky_db


def test_csv_checks_are_the_csv_writers_whatever_they_hold(checked_db: Path, tmp_path: Path) -> None:
    """SQLite and Python quote the failed checks in parts; every kind must be what csv.writer writes."""
    out = tmp_path / "c.csv"
    export(checked_db, out, "csv", "all")
    expected = io.StringIO(newline="")
    writer = csv.writer(expected, dialect="excel")
    writer.writerow(HEADER)
    with Store(checked_db, readonly=True) as store:
        for block in record_blocks(store.conn, "all"):
            writer.writerows(defuse(list(row)) for row in block)
    assert out.read_bytes().decode("utf-8-sig") == expected.getvalue()


def test_jsonl_reals_and_checks_are_what_sqlite_writes(checked_db: Path, tmp_path: Path) -> None:
    """Python writes the reals once per value and pastes the checks: the bytes must be SQLite's own."""
    out = tmp_path / "c.jsonl"
    export(checked_db, out, "jsonl", "all")
    lines = out.read_text(encoding="utf-8").splitlines()
    with Store(checked_db, readonly=True) as store:
        expected = store.conn.execute(
            "SELECT ',' || trim(json_object('confidence', r.confidence, 'extractor_version', r.extractor_version), "
            "'{}') || ',\"checks\":', ',\"risk\":' || json_quote(r.risk) || ',\"record_id\":' || r.id || ',' "
            "FROM records r ORDER BY r.article_id, r.start, r.id"
        ).fetchall()
    assert len(lines) == len(expected) > len(TRICKY_REALS) + len(TRICKY_CHECKS)
    for line, (reals, risk) in zip(lines, expected, strict=True):
        assert reals in line and risk in line and json.loads(line)


def test_xlsx_has_a_records_and_an_articles_sheet(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export(db, out, "xlsx", "reviewed")
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["records", "articles"]
    records = list(book["records"].values)
    header = records[0]
    budget = dict(zip(header, next(r for r in records[1:] if r[1] == "Thu ngân sách nhà nước"), strict=True))
    assert budget["value"] == pytest.approx(11428.6) and budget["locality"] == "Cẩm Phả"
    articles = list(book["articles"].values)
    assert [a[1] for a in articles[1:]] == ["000_cam_pha", "001"]
    book.close()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "xlsx"])
def test_a_failing_export_leaves_the_old_file_and_no_temp_file(
    db: Path, tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / f"dataset.{fmt}"
    out.write_bytes(b"last week's good dataset")
    real = export_package.WRITERS[fmt]

    def breaks_midway(conn, status, path, tick):
        real(conn, status, path, tick)
        assert path.stat().st_size > 0  # half a file exists at this point...
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(export_package.WRITERS, fmt, breaks_midway)
    with pytest.raises(InputError, match="No space left on device"):
        export(db, out, fmt, "all")
    assert out.read_bytes() == b"last week's good dataset"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_cancelled_export_writes_nothing(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    report = export(db, out, "jsonl", "all", should_cancel=lambda: True)
    assert report.cancelled and not out.exists()
    assert list(tmp_path.glob(".*")) == []


def test_progress_reaches_the_total(db: Path, tmp_path: Path) -> None:
    seen = []
    export(db, tmp_path / "out.csv", "csv", "all", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (5, 5)


def test_an_output_folder_that_does_not_exist_is_a_clear_error(db: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"does not exist\. Create it first"):
        export(db, tmp_path / "missing" / "out.jsonl", "jsonl", "all")
    assert not (tmp_path / "missing").exists()


def test_an_output_that_is_a_folder_or_the_database_is_refused(db: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        export(db, tmp_path, "jsonl", "all")
    with pytest.raises(InputError, match="the database itself"):
        export(db, db, "csv", "all")


def test_unknown_format_or_status_is_refused(db: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Unknown format"):
        export(db, tmp_path / "o.txt", "docx", "all")
    with pytest.raises(InputError, match="Unknown status"):
        export(db, tmp_path / "o.csv", "csv", "pending")


def test_an_empty_selection_still_writes_a_valid_file(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with Store(path) as store:
        store.add_articles([(article("a"), budget_records(), "v1", False)])
    report = export(path, tmp_path / "o.csv", "csv", "confirmed")
    assert report.records == 0
    assert (tmp_path / "o.csv").read_text(encoding="utf-8-sig").startswith("doc,indicator,value")
