"""The database as other SQLite tools see it, and the v3 migration that made it so.

``tests/data/schema_v2_seeds.db.gz`` was made by the previous release (schema
v2, commit e9f843b): the five seeds imported, then one record confirmed, one
corrected, one rejected and one added, the file vacuumed.  Opening it for
writing must migrate it without losing a row, and leave a database that
``sqlite-utils search`` and Datasette can search and that sorts numbers as numbers.
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils
from factories import SEEDS, article, budget_records

from desktop.services.ingest import import_paths
from desktop.store import Store, details
from desktop.store.schema import SCHEMA_VERSION

V2_FIXTURE = Path(__file__).parent / "data" / "schema_v2_seeds.db.gz"
#: Datasette's test for a table's full-text index (datasette/utils detect_fts_sql), with the table bound.
DATASETTE_DETECT_FTS = """
    select name from sqlite_master
        where rootpage = 0
        and (
            sql like '%VIRTUAL TABLE%USING FTS%content="articles"%'
            or sql like '%VIRTUAL TABLE%USING FTS%content=[articles]%'
            or (tbl_name = 'articles' and sql like '%VIRTUAL TABLE%USING FTS%')
        )
"""


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    with gzip.open(V2_FIXTURE) as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


@pytest.fixture
def seeds_db(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.db"
    import_paths(path, [SEEDS], workers=1)
    return path


def snapshot(path: Path, like: dict[str, list[dict]] | None = None) -> dict[str, list[dict]]:
    """Every row of the three tables, records with their details (v8); with ``like``, only the columns it
    has (later migrations add some)."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        detailed = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'record_details'").fetchone()
        rows = {
            table: [
                dict(r)
                for r in conn.execute(
                    f"SELECT {details.ROW} FROM {details.JOINED} ORDER BY r.id"
                    if table == "records" and detailed
                    else f"SELECT * FROM {table} ORDER BY id"
                )
            ]
            for table in ("articles", "records", "events")
        }
    finally:
        conn.close()
    if like is None:
        return rows
    return {
        table: [{k: row[k] for k in like[table][0]} for row in found] if like[table] else found
        for table, found in rows.items()
    }


def test_the_previous_release_s_database_migrates_without_losing_a_row(old_db: Path) -> None:
    before = snapshot(old_db)
    assert sqlite_utils.Database(old_db)["articles"].detect_fts() is None  # the defect being fixed
    Store(old_db).close()
    assert snapshot(old_db, like=before) == before
    db = sqlite_utils.Database(old_db)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db["articles"].detect_fts() == "articles_fts"
    assert db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    statuses = dict(db.execute("SELECT status, COUNT(*) FROM reviewed_records GROUP BY status").fetchall())
    assert statuses == {"added": 1, "confirmed": 1, "corrected": 1, "rejected": 1}


def test_a_migrated_database_keeps_its_index_up_to_date(old_db: Path) -> None:
    with Store(old_db) as store:
        store.add_articles([(article("new", text="Xuất khẩu sầu riêng đạt 5 tỷ đồng."), [], "v1", False)])
        assert [a.doc for a in store.article_summaries(search="sầu riêng")] == ["new"]
        store.conn.execute("UPDATE articles SET title = 'Măng cụt' WHERE doc = 'new'")
        assert [a.doc for a in store.article_summaries(search="măng cụt")] == ["new"]
        store.conn.execute("DELETE FROM articles WHERE doc = 'new'")
        assert store.article_summaries(search="sầu riêng") == []
        store.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


def test_sqlite_utils_and_datasette_find_the_search_index(seeds_db: Path) -> None:
    db = sqlite_utils.Database(seeds_db)
    assert db["articles"].detect_fts() == "articles_fts"
    assert [row[0] for row in db.execute(DATASETTE_DETECT_FTS)] == ["articles_fts"]
    found = list(db["articles"].search("ngân sách", columns=["id", "doc"]))
    assert len(found) == 3
    # Accents are optional in a query, as in the review window's search box.
    assert {r["id"] for r in db["articles"].search("ngan sach", columns=["id"])} == {r["id"] for r in found}


def test_the_sqlite_utils_command_searches_the_articles(seeds_db: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sqlite_utils", "search", str(seeds_db), "articles", "ngân sách", "-c", "doc"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count('"doc"') == 3


def test_sql_users_sort_values_as_numbers(seeds_db: Path) -> None:
    conn = sqlite3.connect(seeds_db)
    text_order = [r[0] for r in conn.execute("SELECT value FROM records ORDER BY value DESC LIMIT 3")]
    values = [r[0] for r in conn.execute("SELECT value FROM record_values ORDER BY value DESC")]
    exact = conn.execute(
        "SELECT value_text, base_value_text FROM record_values WHERE value = 80637.7"
    ).fetchone()
    conn.close()
    assert text_order[0] == "98.4"  # why the view exists: the table holds exact decimal text
    assert values == sorted(values, reverse=True) and values[0] == 94450000.0
    assert all(isinstance(v, float) for v in values)
    assert exact == ("80637.7", "80637700000000")


def test_reviewed_records_sit_beside_their_article(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        store.add_articles([(article("cam_pha", url="https://example.vn/a"), budget_records(), "v1", False)])
        first, second, _pending = store.records(1)
        store.decide(first.id, "confirmed", "lan")
        store.decide(second.id, "rejected", "lan")
        rows = store.conn.execute(
            "SELECT record_id, status, value, base_value, span, doc, url FROM reviewed_records "
            "ORDER BY record_id"
        ).fetchall()
    assert [tuple(r) for r in rows] == [
        (
            first.id,
            "confirmed",
            11428.6,
            11428600000000.0,
            "11.428,6 tỷ đồng",
            "cam_pha",
            "https://example.vn/a",
        ),
        (second.id, "rejected", 1.0, 1000000.0, "1 triệu lượt", "cam_pha", "https://example.vn/a"),
    ]
