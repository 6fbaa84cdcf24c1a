"""Fixtures for the robustness tests: a small reviewed corpus built without the extractor.

The store-level tests must not depend on the extractor's rules, so articles
and records are made by hand: every record is a real span of its article.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.records import Article, Record
from desktop.store import Store

ARTICLES = 3
RECORDS_PER_ARTICLE = 30


def article_with_records(n: int, k: int) -> tuple[Article, list[Record]]:
    """Article ``n`` with ``k`` figures ``"<value> tỷ đồng"``, each one a record spanning it."""
    parts, records, offset = [], [], 0
    for i in range(k):
        prefix = f"Chỉ tiêu {i} đạt "
        figure = f"{n * 1000 + i} tỷ đồng"
        start = offset + len(prefix)
        records.append(
            Record(
                indicator=f"Chỉ tiêu {i}",
                value=Decimal(n * 1000 + i),
                unit="tỷ đồng",
                base_value=Decimal(n * 1000 + i) * 10**9,
                base_unit="đồng",
                start=start,
                end=start + len(figure),
                period="2020",
                locality="Cẩm Phả",
            )
        )
        parts.append(prefix + figure + ". ")
        offset += len(parts[-1])
    text = "".join(parts)
    article = Article(
        doc=f"doc{n}",
        text=text,
        raw_text=text,
        title=f"Bài {n}",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )
    return article, records


def seed(path: Path, articles: int = ARTICLES, per_article: int = RECORDS_PER_ARTICLE) -> list[int]:
    """Create a database at ``path`` holding pending records; their ids."""
    with Store(path, backups=0) as store:
        store.add_articles((*article_with_records(n, per_article), "test", False) for n in range(articles))
        return [r[0] for r in store.conn.execute("SELECT id FROM records ORDER BY id")]


@pytest.fixture(autouse=True)
def default_backups(monkeypatch: pytest.MonkeyPatch) -> None:
    """tests/conftest.py turns backups off for every test; these tests need the default."""
    monkeypatch.delenv("CHITIEU_BACKUPS", raising=False)


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, list[int]]:
    db = tmp_path / "corpus.db"
    return db, seed(db)


@pytest.fixture
def store(seeded: tuple[Path, list[int]]) -> Iterator[Store]:
    with Store(seeded[0]) as opened:
        yield opened


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def log_disagreements(path: Path) -> list[int]:
    """Records whose current status is not the ``after`` of their latest event (should be none)."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            """SELECT r.id FROM records r
               JOIN events e ON e.id = (SELECT MAX(id) FROM events WHERE record_id = r.id)
               WHERE json_extract(e.after, '$.status') IS NOT r.status"""
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def decisions_logged(
    path: Path, reviewer: str, actions: tuple[str, ...] | None = None
) -> list[tuple[int, str]]:
    """``(record_id, status after)`` of the events ``reviewer`` caused, in order; only ``actions`` if given."""
    sql, params = "SELECT record_id, after FROM events WHERE reviewer = ?", [reviewer]
    if actions:
        sql += f" AND action IN ({', '.join('?' * len(actions))})"
        params += actions
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(sql + " ORDER BY id", params).fetchall()
    finally:
        conn.close()
    return [(record_id, json.loads(after)["status"]) for record_id, after in rows]
