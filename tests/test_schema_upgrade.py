"""Older files: v1 migrates on a writable open (the article-list index, ..., the checks' columns, the
details' table, the decisions' table); a read-only session cannot use a file from before the decisions'
table, which every reader of a record's status reads."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from factories import SEEDS
from upgrades import fail_during

from desktop.core.errors import InputError
from desktop.services.ingest import import_paths
from desktop.store import Store, details
from desktop.store.schema import (
    _CHECK_COLUMNS,
    _CHECK_INDEXES,
    _NARROW_RECORDS,
    _V9_DATASET_INDEX,
    DETAIL_COLUMNS,
    MIGRATIONS,
    RECORD_COLUMNS,
    RECORD_VALUES_VIEW,
    REVIEWED_RECORDS_VIEW,
    SCHEMA_VERSION,
    _add_checks,
    _dataset_index_without_status,
    _decisions_apart,
    _split_details,
    _v5_dataset_triggers,
    statements,
    view_column,
)

CHECK_INDEXES = ("records_fact", "records_rules", "records_risk", "records_passing")


def make_v9(db: Path) -> None:
    """Put a current file back to schema v9: ``records`` a table holding the decision again, ``decisions``
    and ``record_rows`` gone, v9's indexes, triggers and views."""
    conn = sqlite3.connect(db)  # foreign keys off: dropping the tables deletes no record
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('records', 'record_rows', 'decisions')"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    for name in ("record_values", "reviewed_records", "records"):
        conn.execute(f"DROP VIEW {name}")
    conn.execute("ALTER TABLE record_rows RENAME TO records")  # what refers to a record follows
    conn.execute(_NARROW_RECORDS)
    selected = ", ".join(map(view_column, RECORD_COLUMNS))
    conn.execute(
        f"INSERT INTO records_narrow ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in RECORD_COLUMNS)}) "
        f"SELECT {selected} FROM records r LEFT JOIN decisions d ON d.record_id = r.id ORDER BY r.id"
    )
    conn.execute("DROP TABLE records")
    conn.execute("DROP TABLE decisions")
    conn.execute("ALTER TABLE records_narrow RENAME TO records")
    v9 = "CREATE INDEX records_article ON records(article_id, start);\nCREATE INDEX records_status ON records(status);\n"
    for statement in statements(v9 + _V9_DATASET_INDEX + ";\n" + _CHECK_INDEXES + _v5_dataset_triggers()):
        conn.execute(statement)
    conn.execute(f"CREATE VIEW record_values AS {RECORD_VALUES_VIEW}")
    conn.execute(f"CREATE VIEW reviewed_records AS {REVIEWED_RECORDS_VIEW}")
    conn.execute(f"PRAGMA user_version = {MIGRATIONS.index(_decisions_apart)}")
    conn.commit()
    conn.close()


def make_v7(db: Path) -> None:
    """Put a current file back to schema v7: the details' columns in ``records`` again, their table gone."""
    make_v9(db)
    conn = sqlite3.connect(db)  # foreign keys off: dropping the table deletes no record
    for column in DETAIL_COLUMNS:
        conn.execute(f"ALTER TABLE records ADD COLUMN {column} TEXT")
        conn.execute(
            f"UPDATE records SET {column} = (SELECT {column} FROM record_details WHERE record_id = records.id)"
        )
    conn.execute("DROP TABLE record_details")
    conn.execute(f"PRAGMA user_version = {MIGRATIONS.index(_split_details)}")
    conn.commit()
    conn.close()


def make_v1(tmp_path: Path) -> Path:
    """The seeds in a file of schema v1: every object and column a later migration made is dropped."""
    db = tmp_path / "old.db"
    import_paths(db, [SEEDS], workers=1)
    make_v7(db)
    v1 = sqlite3.connect(":memory:")
    MIGRATIONS[0](v1)
    known = {name for (name,) in v1.execute("SELECT name FROM sqlite_master")}
    conn = sqlite3.connect(db)
    later = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') "
        "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table'"
    ).fetchall()
    for kind, name in later:
        if name not in known:
            conn.execute(f"DROP {kind.upper()} IF EXISTS {name}")
    for table in ("articles", "records"):
        v1_columns = {row[1] for row in v1.execute(f"PRAGMA table_info({table})")}
        for (column,) in conn.execute(f"SELECT name FROM pragma_table_info('{table}')").fetchall():
            if column not in v1_columns:
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return db


def test_a_file_from_before_the_checks_asks_for_a_writable_open(tmp_path: Path) -> None:
    db = make_v1(tmp_path)
    with pytest.raises(InputError, match="needs a schema upgrade"):
        Store(db, readonly=True)


def test_a_writable_open_adds_the_index(tmp_path: Path) -> None:
    db = make_v1(tmp_path)
    Store(db, backups=0).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    plan = " ".join(
        str(row)
        for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id, doc, title, locality, published, year, n_records, n_pending "
            "FROM articles ORDER BY id"
        )
    )
    conn.close()
    assert "COVERING INDEX articles_summary" in plan


def test_a_writable_open_adds_the_checks_columns_unfilled(tmp_path: Path) -> None:
    db = make_v1(tmp_path)
    store = Store(db, backups=0)
    try:
        columns = {row[1] for row in store.conn.execute("PRAGMA table_info(records)")}
        columns |= {row[1] for row in store.conn.execute("PRAGMA table_info(record_details)")}
        assert set(_CHECK_COLUMNS) <= columns
        assert store.conn.execute("SELECT COUNT(*) FROM records WHERE risk IS NOT NULL").fetchone()[0] == 0
    finally:
        store.close()


def test_a_file_written_before_the_checks_upgrades_and_checks(tmp_path: Path) -> None:
    """A v5 file (main before the checks): the checks' migration comes last, adds its columns and
    indexes, and ``check_corpus`` then fills them."""
    from desktop.services.checks import check_corpus

    db = tmp_path / "v5.db"
    import_paths(db, [SEEDS], workers=1)
    make_v7(db)
    conn = sqlite3.connect(db)
    for index in CHECK_INDEXES:
        conn.execute(f"DROP INDEX {index}")
    for column in _CHECK_COLUMNS:
        conn.execute(f"ALTER TABLE records DROP COLUMN {column}")
    conn.execute(f"PRAGMA user_version = {MIGRATIONS.index(_add_checks)}")
    conn.commit()
    conn.close()
    with Store(db, backups=0) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        indexes = {
            row[0] for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
    assert set(CHECK_INDEXES) <= indexes
    check_corpus(db)
    with Store(db, readonly=True) as store:
        unchecked = store.conn.execute("SELECT COUNT(*) FROM records WHERE risk IS NULL").fetchone()[0]
    assert unchecked == 0


def test_a_file_from_before_the_fingerprints_keeps_its_decisions_and_checks_everything_once(
    tmp_path: Path,
) -> None:
    """A v6 file (checks, no fingerprints): v7 adds the two tables empty, every decision stays, the
    next full check re-checks every article once and the one after it none."""
    from desktop.services.checks import check_corpus

    db = tmp_path / "v6.db"
    import_paths(db, [SEEDS], workers=1)
    with Store(db, backups=0) as store:
        first = store.records(1)[0]
        store.decide(first.id, "rejected", "lan")
    make_v7(db)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    before = [dict(r) for r in conn.execute("SELECT * FROM records ORDER BY id")]
    conn.execute("DROP TABLE checked_articles")
    conn.execute("DROP TABLE checked_facts")
    conn.execute(f"PRAGMA user_version = {MIGRATIONS.index(_split_details) - 1}")
    conn.commit()
    conn.close()
    with Store(db, backups=0) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.conn.execute("SELECT COUNT(*) FROM checked_articles").fetchone()[0] == 0
        assert whole_records(store.conn) == before
    articles = check_corpus(db).articles
    assert articles > 1 and check_corpus(db).verified == articles
    with Store(db, readonly=True) as store:
        assert whole_records(store.conn) == before


def whole_records(conn: sqlite3.Connection) -> list[dict]:
    """Every record with its details, as ``SELECT * FROM records`` read them before v8."""
    return [dict(r) for r in conn.execute(f"SELECT {details.ROW} FROM {details.JOINED} ORDER BY r.id")]


def schema_objects(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    return {
        tuple(r) for r in conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    }


def test_a_v7_file_moves_the_details_out_keeping_every_decision_and_every_reference(tmp_path: Path) -> None:
    """v8 builds ``records`` anew: every row, decision (who, when), index, trigger, view and count
    stays, and the rows that refer to a record survive the old table's drop."""
    db = tmp_path / "v7.db"
    import_paths(db, [SEEDS], workers=1)
    with Store(db, backups=0) as store:
        first, second, third = store.records(1)[:3]
        store.decide(first.id, "rejected", "lan")
        store.decide(second.id, "confirmed", "minh")
        store.decide(third.id, "corrected", "minh", record=replace(third.record, indicator="Thu ngân sách"))
        objects = schema_objects(store.conn)
    make_v7(db)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    conn.execute(
        "INSERT INTO team_outcomes (record_id, state, disputed) VALUES (?, 'agreed', 0)", (second.id,)
    )
    finding = '{"rule":"cross_article","en":"apart","vi":"lệch","records":[1]}'  # as v11 stores it
    conn.execute(
        "UPDATE records SET checks = json_array(json(?)), conflicts = ?, rules = 'cross_article' WHERE id = ?",
        (finding, finding, first.id),
    )
    conn.commit()
    before = [dict(r) for r in conn.execute("SELECT * FROM records ORDER BY id")]
    counts = [tuple(r) for r in conn.execute("SELECT * FROM dataset_groups ORDER BY 1, 2, 3, 4, 5")]
    events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    conn.close()
    assert any(r["machine"] for r in before) and any(r["checks"] for r in before)

    with Store(db, backups=0) as store:
        conn = store.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        columns = {row[1] for row in conn.execute("PRAGMA table_info(records)")}
        assert not columns & set(DETAIL_COLUMNS)
        assert whole_records(conn) == before
        assert schema_objects(conn) == objects
        assert [
            tuple(r) for r in conn.execute("SELECT * FROM dataset_groups ORDER BY 1, 2, 3, 4, 5")
        ] == counts
        assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == events
        assert [tuple(r) for r in conn.execute("SELECT record_id FROM team_outcomes")] == [(second.id,)]
        decided = {r.id: (r.status, r.reviewer) for r in store.records(1) if r.decided_at}
        assert decided == {
            first.id: ("rejected", "lan"),
            second.id: ("confirmed", "minh"),
            third.id: ("corrected", "minh"),
        }
        assert store.record(third.id).machine == third.machine  # the extractor's original, from the details


#: v8's dataset index: partial over the reviewed records, the status in its key.
V8_DATASET_INDEX = """CREATE INDEX records_dataset ON records(coalesce(indicator_code, indicator), locality,
    base_unit, period, kind, base_value, status) WHERE status IN ('confirmed', 'corrected', 'added')"""


def make_v8(db: Path) -> None:
    """Put a current file back to schema v8: the dataset's index over the reviewed records, by status."""
    make_v9(db)
    conn = sqlite3.connect(db)
    conn.execute("DROP INDEX records_dataset")
    conn.execute(V8_DATASET_INDEX)
    conn.execute(f"PRAGMA user_version = {MIGRATIONS.index(_dataset_index_without_status)}")
    conn.commit()
    conn.close()


def dataset_view(conn: sqlite3.Connection) -> list[tuple]:
    """Everything the dataset tab and its chart show: rows, columns, each row's cells, records and points."""
    from desktop.store import dataset

    seen: list[tuple] = [tuple(dataset.dataset_periods(conn))]
    for row in dataset.dataset_rows(conn):
        cells = dataset.row_cells(conn, row)
        records = [tuple(r) for period in cells for r in dataset.cell_records(conn, row, period)]
        points = dataset.series_points(conn, row.key, row.base_unit, row.place)
        seen.append((row, sorted(cells.items(), key=lambda c: str(c[0])), records, points))
    return seen


def test_a_v8_file_gets_the_dataset_index_without_the_status_and_shows_the_same_dataset(
    tmp_path: Path,
) -> None:
    """v9 builds ``records_dataset`` again over every record, with no column a decision writes; the
    dataset reads the same rows, cells, records and points through it."""
    db = tmp_path / "v8.db"
    import_paths(db, [SEEDS], workers=1)
    with Store(db, backups=0) as store:
        first, second, third, fourth = store.records(1)[:4]
        store.decide(first.id, "rejected", "lan")
        store.decide(second.id, "confirmed", "minh")
        store.decide(third.id, "corrected", "minh", record=replace(third.record, indicator="Thu ngân sách"))
        store.decide(fourth.id, "confirmed", "lan")
        store.decide(fourth.id, "pending", "lan")
        before = dataset_view(store.conn)
        records = whole_records(store.conn)
    make_v8(db)
    assert len(before) > 1

    with Store(db, backups=0) as store:
        conn = store.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'records_dataset'").fetchone()
        assert "coalesce(indicator_code, indicator), locality, base_unit, period, kind, base_value)" in sql
        assert not {"status", "reviewer", "decided_at"} & {
            row[2] for row in conn.execute("PRAGMA index_info(records_dataset)")
        }
        assert dataset_view(conn) == before
        assert whole_records(conn) == records


def test_an_interrupted_upgrade_to_v9_leaves_the_v8_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The upgrade runs in one transaction: failing after the index is dropped and made again, it leaves
    the v8 index, its version and every decision, and the next writable open upgrades it."""
    db = tmp_path / "v8.db"
    import_paths(db, [SEEDS], workers=1)
    with Store(db, backups=0) as store:
        store.decide(store.records(1)[0].id, "confirmed", "lan")
        before = dataset_view(store.conn)
    make_v8(db)

    step = fail_during(monkeypatch, _dataset_index_without_status)
    with pytest.raises(InputError):
        Store(db, backups=0)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == step
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'records_dataset'").fetchone()
    assert "status" in sql
    assert conn.execute("SELECT status FROM records WHERE article_id = 1 ORDER BY start, id").fetchone() == (
        "confirmed",
    )
    conn.close()
    monkeypatch.undo()
    with Store(db, backups=0) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert dataset_view(store.conn) == before


def exported(db: Path, folder: Path) -> dict[str, bytes]:
    """Every export of ``db`` (each format, every status), as bytes."""
    from desktop.export import export

    files = {}
    for fmt in ("jsonl", "csv"):
        for status in ("all", "reviewed", "confirmed"):
            out = folder / f"{status}.{fmt}"
            export(db, out, fmt, status)
            files[out.name] = out.read_bytes()
    return files


def decided_every_way(db: Path) -> None:
    """The seeds with a decision of every kind: rejected, confirmed, corrected, added, confirmed and put back
    to pending (a reviewer and time kept), and an article's records accepted all at once."""
    from desktop.store import Selection

    import_paths(db, [SEEDS], workers=1)
    with Store(db, backups=0) as store:
        first, second, third, fourth = store.records(1)[:4]
        store.decide(first.id, "rejected", "lan")
        store.decide(second.id, "confirmed", "minh")
        store.decide(third.id, "corrected", "minh", record=replace(third.record, indicator="Thu ngân sách"))
        store.decide(fourth.id, "confirmed", "lan")
        store.decide(fourth.id, "pending", "lan")
        store.add_record(1, replace(first.record, value=first.record.value + 1), "lan", note="thêm")
        store.accept_passing(Selection(article_id=2), "minh")


def test_a_v9_file_moves_the_decisions_out_with_the_same_records_exports_and_stats(tmp_path: Path) -> None:
    """v10 keeps every decision (status, who, when), counts, reference and event: the view ``records``
    reads what v9's table held, row for row, and the exports and ``chitieu stats`` are the same bytes and
    numbers as before the file went back to v9."""
    from desktop.services.stats import corpus_stats

    db = tmp_path / "v9.db"
    decided_every_way(db)
    with Store(db, backups=0) as store:
        store.conn.execute("INSERT INTO team_outcomes (record_id, state, disputed) VALUES (1, 'agreed', 0)")
        objects = schema_objects(store.conn)
        views = dataset_view(store.conn)
    files = exported(db, tmp_path)
    stats = corpus_stats(db)
    make_v9(db)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    v9 = [dict(r) for r in conn.execute("SELECT * FROM records ORDER BY id")]
    counts = [tuple(r) for r in conn.execute("SELECT * FROM dataset_groups ORDER BY 1, 2, 3, 4, 5")]
    conn.close()
    assert {r["status"] for r in v9} == {"pending", "confirmed", "corrected", "rejected", "added"}
    assert any(r["status"] == "pending" and r["reviewer"] for r in v9)
    with pytest.raises(InputError, match="needs a schema upgrade"):
        Store(db, readonly=True)

    with Store(db, backups=0) as store:
        conn = store.conn
        conn.row_factory = sqlite3.Row
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert [dict(r) for r in conn.execute("SELECT * FROM records ORDER BY id")] == v9
        assert [
            tuple(r) for r in conn.execute("SELECT * FROM dataset_groups ORDER BY 1, 2, 3, 4, 5")
        ] == counts
        assert schema_objects(conn) == objects
        assert dataset_view(conn) == views
        assert conn.execute("SELECT COUNT(*) FROM decisions").fetchone()[0] == sum(
            r["status"] != "pending" or r["reviewer"] is not None for r in v9
        )
        _decisions_apart(conn)  # stands wherever the list puts it: a second run changes nothing
    assert exported(db, tmp_path) == files
    assert corpus_stats(db) == stats


def test_an_interrupted_upgrade_to_v10_leaves_the_v9_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Failing after the decisions are moved, the upgrade leaves v9's table, version and decisions; the
    next writable open upgrades it."""
    db = tmp_path / "v9.db"
    decided_every_way(db)
    files = exported(db, tmp_path)
    make_v9(db)

    step = fail_during(monkeypatch, _decisions_apart)
    with pytest.raises(InputError):
        Store(db, backups=0)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == step
    assert conn.execute("SELECT type FROM sqlite_master WHERE name = 'records'").fetchone() == ("table",)
    assert conn.execute("SELECT COUNT(*) FROM records WHERE status != 'pending'").fetchone()[0] > 3
    conn.close()
    monkeypatch.undo()
    Store(db, backups=0).close()
    assert exported(db, tmp_path) == files
