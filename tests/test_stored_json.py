"""The checks' JSON is stored minified (schema v11) and the exports paste it: every writer must write it so,
the upgrade must minify an older file without changing an export, and the JSON Lines lines built around
the pasted JSON must be the bytes one ``json_object`` over the whole record wrote before."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from factories import article, budget_records
from upgrades import fail_during

from desktop.core.errors import InputError
from desktop.core.records import Record
from desktop.export import export
from desktop.export.query import ARTICLE_COLUMNS, COLUMNS, RECORD_COLUMNS
from desktop.services.checks import check_corpus
from desktop.services.ingest import import_paths
from desktop.store import Store
from desktop.store.check_columns import ALL_CHECKS
from desktop.store.schema import MIGRATIONS, SCHEMA_VERSION, _minified_checks

#: Three articles giving one fact three values (a cross-article finding on each), one a label the checks
#: fault and the same figure twice (findings naming the other record).
TEXTS = {
    "a": "Năm 2019, thu ngân sách nhà nước thành phố Cẩm Phả đạt 500 tỷ đồng.",
    "b": "Năm 2019, thu ngân sách nhà nước thành phố Cẩm Phả đạt 520 tỷ đồng.",
    "c": "Năm 2019, thu ngân sách nhà nước thành phố Cẩm Phả đạt 501 tỷ đồng. Tăng 12 xã, tăng 12 xã.",
}


def checked_corpus(tmp_path: Path) -> Path:
    db = tmp_path / "c.db"
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    import_paths(db, [folder], workers=1)
    return db


def stored_json(conn: sqlite3.Connection) -> list[tuple[str | None, str | None]]:
    return conn.execute("SELECT checks, conflicts FROM record_details ORDER BY record_id").fetchall()


def assert_minified(conn: sqlite3.Connection) -> None:
    """Every stored checks and conflicts value is what ``json()`` makes of it: no writer left its spaces."""
    for value in (v for row in stored_json(conn) for v in row if v is not None):
        assert conn.execute("SELECT json(?)", (value,)).fetchone()[0] == value
        assert json.dumps(json.loads(value), ensure_ascii=False, separators=(",", ":")) == value


def test_every_writer_stores_the_checks_minified(tmp_path: Path) -> None:
    """The import (positions resolved to ids), a correction, an addition and a full check all write the
    checks' JSON as ``json()`` would."""
    db = checked_corpus(tmp_path)
    records = budget_records()
    twice = [*records, records[0].with_changes(indicator="Thu ngân sách")]  # a repeat: a finding naming it
    with Store(db, backups=0) as store:
        store.add_articles([(article("d"), twice, "v1", False)])
        assert_minified(store.conn)
        first = store.records(1)[0]
        store.decide(first.id, "corrected", "lan", record=replace(first.record, value=Decimal(800)))
        store.add_record(3, replace(first.record, indicator="Tăng"), "lan")
        assert_minified(store.conn)
    check_corpus(db)
    with Store(db, backups=0) as store:
        assert_minified(store.conn)
        rows = stored_json(store.conn)
        assert any(conflicts for _, conflicts in rows)
        assert any(checks and '"records":[' in checks for checks, _ in rows)


def make_v10(db: Path) -> None:
    """Put a current file back to schema v10: the checks' JSON spaced as ``json.dumps`` writes it."""
    conn = sqlite3.connect(db)
    for record_id, checks, conflicts in conn.execute(
        "SELECT record_id, checks, conflicts FROM record_details"
    ).fetchall():
        spaced = [json.dumps(json.loads(v), ensure_ascii=False) if v else v for v in (checks, conflicts)]
        conn.execute(
            "UPDATE record_details SET checks = ?, conflicts = ? WHERE record_id = ?", (*spaced, record_id)
        )
    conn.execute(f"PRAGMA user_version = {MIGRATIONS.index(_minified_checks)}")
    conn.commit()
    conn.close()


def exported(db: Path, folder: Path) -> dict[str, bytes]:
    files = {}
    for fmt in ("jsonl", "csv", "xlsx"):
        for status in ("all", "reviewed"):
            out = folder / f"{status}.{fmt}"
            export(db, out, fmt, status)
            files[out.name] = out.read_bytes() if fmt != "xlsx" else _cells(out)
    return files


def _cells(path: Path) -> bytes:
    """A workbook's cell values (its zip differs in timestamps)."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    return repr([list(sheet.values) for sheet in book.worksheets]).encode()


def test_a_v10_file_upgrades_with_the_same_exports_and_nothing_to_re_check(tmp_path: Path) -> None:
    db = checked_corpus(tmp_path)
    with Store(db, backups=0) as store:
        store.decide(store.records(2)[0].id, "confirmed", "minh")
        minified = stored_json(store.conn)
    files = exported(db, tmp_path)
    make_v10(db)
    conn = sqlite3.connect(db)
    assert stored_json(conn) != minified and all(", " in c for c, _ in stored_json(conn) if c)
    conn.close()
    with pytest.raises(InputError, match="needs a schema upgrade"):
        Store(db, readonly=True)

    with Store(db, backups=0) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert stored_json(store.conn) == minified
        _minified_checks(store.conn)  # stands wherever the list puts it: a second run changes nothing
        assert stored_json(store.conn) == minified
    assert exported(db, tmp_path) == files
    assert check_corpus(db).changed == 0


def test_an_interrupted_upgrade_to_v11_leaves_the_v10_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = checked_corpus(tmp_path)
    files = exported(db, tmp_path)
    make_v10(db)
    conn = sqlite3.connect(db)
    spaced = stored_json(conn)
    conn.close()

    step = fail_during(monkeypatch, _minified_checks)
    with pytest.raises(InputError):
        Store(db, backups=0)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == step
    assert stored_json(conn) == spaced
    conn.close()
    monkeypatch.undo()
    Store(db, backups=0).close()
    assert exported(db, tmp_path) == files


def test_a_value_that_is_not_json_is_left_as_it_is(tmp_path: Path) -> None:
    """A hand edit the upgrade cannot parse does not stop it."""
    db = checked_corpus(tmp_path)
    make_v10(db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE record_details SET checks = 'not json, ok' WHERE record_id = 1")
    conn.commit()
    conn.close()
    with Store(db, backups=0) as store:
        assert stored_json(store.conn)[0][0] == "not json, ok"


# ---- JSON Lines lines around the pasted JSON ------------------------------------------------------------

#: Reals as SQLite formats them (``%!.15g``), exact decimals as stored, text a quoter can get wrong.
REALS = (0.1, 1e-7, 1e16, 123456789.123, -2.5, None, 1 / 3)
DECIMALS = ("0.1", "0.0000001", "10000000000000000", "123456789.123", "-5.25", "0", "-0.5")
TEXTS_HOSTILE = ('say "hi", then\nleave', "a\\b", "ctrl\x01\x1f\x7f", "🇻🇳 𝔘 emoji", "u2028\u2028", "", "}")
CHECKS = (
    None,
    '[{"rule":"label_one_word","en":"One \\"word\\"","vi":"Một từ 𝔘","records":[2,3]}]',
    '[{"rule":"a","en":"x","vi":"y"},{"rule":"b","en":"}]","vi":"\\\\"}]',
    "[]",
)
CONFLICTS = (None, '{"rule":"cross_article","en":"5, then 6: ok","vi":"lệch \\n","records":[1]}')
COMPARISONS = ("[]", '[{"percent": 117.69, "relation": "ratio", "basis": "same_period"}]')


@pytest.fixture
def tricky_db(tmp_path: Path) -> Path:
    """Records holding every value in turn, with checks and conflicts stored as v11 stores them."""
    path = tmp_path / "t.db"
    n = len(REALS) * len(CHECKS) * len(CONFLICTS)
    text = "".join(f"{i} tỷ đồng. " for i in range(n))
    with Store(path, backups=0) as store:
        records = [
            Record.from_dict({"indicator": "x", "value": i, "unit": "tỷ đồng", "start": 0, "end": 4})
            for i in range(n)
        ]
        store.add_articles([(article("d", text=text, title=TEXTS_HOSTILE[0]), records, "v1", False)])
        conn = store.conn
        ids = [r[0] for r in conn.execute("SELECT id FROM record_rows ORDER BY id")]
        for i, record_id in enumerate(ids):
            hostile = TEXTS_HOSTILE[i % len(TEXTS_HOSTILE)]
            decimal = DECIMALS[i % len(DECIMALS)]
            with store.transaction() as writing:
                writing.execute(
                    "UPDATE record_rows SET indicator = ?, value = ?, base_value = ?, value_max = ?, "
                    '"of" = ?, note = ?, confidence = ?, risk = ?, comparisons = ? WHERE id = ?',
                    (
                        hostile,
                        decimal,
                        DECIMALS[(i + 1) % len(DECIMALS)],
                        decimal if i % 2 else None,
                        decimal if i % 3 else None,
                        hostile or None,
                        REALS[i % len(REALS)],
                        REALS[(i // len(REALS)) % len(REALS)],
                        COMPARISONS[i % len(COMPARISONS)],
                        record_id,
                    ),
                )
                writing.execute(
                    "INSERT OR REPLACE INTO record_details (record_id, checks, conflicts) VALUES (?, ?, ?)",
                    (
                        record_id,
                        CHECKS[(i // len(REALS)) % len(CHECKS)],
                        CONFLICTS[(i // (len(REALS) * len(CHECKS))) % len(CONFLICTS)],
                    ),
                )
    return path


def _as_before() -> str:
    """One ``json_object`` over every column, exact numbers and JSON through ``json()``: the export as it was."""

    def value(sql: str, kind: str, name: str) -> str:
        if name == "checks":
            return f"json({ALL_CHECKS.format(t='d.')})"
        return f"json({sql})" if kind in ("number", "json") else sql

    columns = [c for c in COLUMNS if c.name != "text"]
    pairs = ", ".join(f"'{c.name}', {value(c.sql, c.kind, c.name)}" for c in columns)
    return (
        f"SELECT json_object({pairs}, 'text', substr(a.text, r.start + 1, max(r.\"end\" - r.start, 0))) "
        "FROM articles a JOIN records r ON r.article_id = a.id "
        "LEFT JOIN record_details d ON d.record_id = r.id ORDER BY a.id, r.start, r.id"
    )


def test_jsonl_lines_are_the_bytes_one_json_object_wrote(tricky_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.jsonl"
    export(tricky_db, out, "jsonl", "all")
    conn = sqlite3.connect(tricky_db)
    expected = [row[0] for row in conn.execute(_as_before())]
    conn.close()
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines.pop() == "" and len(lines) == len(expected) > 50
    assert lines == expected
    assert {json.loads(line)["checks"] is None for line in lines} == {True, False}
    assert {"1.0e-07", "1.0e+16", "123456789.123"} <= {
        line.split('"confidence":')[1].split(",")[0] for line in lines
    }
    assert len(RECORD_COLUMNS) + len(ARTICLE_COLUMNS) + 2 == len(json.loads(lines[0]))


def test_csv_checks_are_as_before_spaced_alone_minified_with_a_conflict(
    tricky_db: Path, tmp_path: Path
) -> None:
    """The CSV wrote a record's own checks as stored (``json.dumps``' spacing before v11) and its list with a
    cross-article finding as SQLite's ``json_insert`` (minified): it still does."""
    out = tmp_path / "t.csv"
    export(tricky_db, out, "csv", "all")
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    conn = sqlite3.connect(tricky_db)
    stored = conn.execute(
        f"SELECT d.checks, d.conflicts, {ALL_CHECKS.format(t='d.')} FROM records r "
        "LEFT JOIN record_details d ON d.record_id = r.id ORDER BY r.start, r.id"
    ).fetchall()
    conn.close()
    assert len(rows) == len(stored)
    for row, (checks, conflicts, combined) in zip(rows, stored, strict=True):
        if conflicts is not None:
            assert row["checks"] == combined
        elif checks is not None:
            assert row["checks"] == json.dumps(json.loads(checks), ensure_ascii=False)
        else:
            assert row["checks"] == ""
