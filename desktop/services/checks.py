"""Checking the whole corpus, and reading what failed (issue 13).

Import checks each new article where it is extracted and compares its facts
with the corpus; every edit re-checks what it touched.  This module re-checks
everything: after the rules change, on a file from before the checks
existed, or when ``chitieu check`` is asked to.  Articles are checked a batch
at a time, each batch one transaction that writes only the rows whose checks
changed; then every fact is compared across articles in one pass.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.core.checks import BY_NAME, Finding
from desktop.store import Store
from desktop.store.checking import mark_checked, recheck_all_facts, recheck_articles

#: Articles re-checked per transaction: the write lock is held while they are checked.
BATCH = 250


@dataclass
class CheckReport:
    articles: int = 0
    records: int = 0
    changed: int = 0  # rows whose checks changed
    cancelled: bool = False


def check_corpus(db_path: Path, *, progress: Callable[[int, int], None] | None = None,
                 should_cancel: Callable[[], bool] | None = None) -> CheckReport:
    """Re-check every record of the database at ``db_path``."""
    store = Store(db_path)
    try:
        return check_store(store, progress=progress, should_cancel=should_cancel)
    finally:
        store.close()


def check_store(store: Store, *, progress: Callable[[int, int], None] | None = None,
                should_cancel: Callable[[], bool] | None = None) -> CheckReport:
    """:func:`check_corpus` on an open store (the window's worker opens its own)."""
    report = CheckReport()
    conn = store.conn
    total = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    report.records = conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    before = conn.total_changes
    for ids in _article_batches(conn):
        if should_cancel and should_cancel():
            report.cancelled = True
            break
        with store.transaction() as writing:
            recheck_articles(writing, ids)
        report.articles += len(ids)
        if progress:
            progress(report.articles, total)
    if not report.cancelled:
        with store.transaction() as writing:
            recheck_all_facts(writing)
            report.changed = conn.total_changes - before
            mark_checked(writing)
    else:
        report.changed = conn.total_changes - before
    return report


def _article_batches(conn: sqlite3.Connection) -> Iterator[list[int]]:
    last = 0
    while True:
        ids = [row[0] for row in conn.execute("SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                                              (last, BATCH))]
        if not ids:
            return
        yield ids
        last = ids[-1]


# ---- what failed -------------------------------------------------------------------------


@dataclass(frozen=True)
class Flag:
    """One failed check of one record, with what the reviewer needs to find it."""

    record_id: int
    doc: str
    indicator: str
    span: str
    finding: Finding

    def to_dict(self) -> dict[str, object]:
        return {
            "record_id": self.record_id, "doc": self.doc, "rule": self.finding.rule,
            "message": self.finding.en, "message_vi": self.finding.vi, "indicator": self.indicator,
            "text": self.span, "records": list(self.finding.others),
        }


def flags(conn: sqlite3.Connection) -> Iterator[Flag]:
    """Every failed check, in article and text order (each article's text read once)."""
    sql = ('SELECT id, article_id, indicator, start, "end", checks FROM records WHERE checks IS NOT NULL '
           "ORDER BY article_id, start, id")
    article, doc, text = None, "", ""
    for record_id, article_id, indicator, start, end, checks in conn.execute(sql).fetchall():
        if article_id != article:
            article = article_id
            doc, text = conn.execute("SELECT doc, text FROM articles WHERE id = ?", (article_id,)).fetchone()
        for data in json.loads(checks):
            yield Flag(record_id, doc, indicator, text[start:end], Finding.from_dict(data))


def rule_counts(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Records failing each rule, in the order of the rules (rules nothing fails are left out).

    Counted by combination of rules over the ``records_rules`` index (a few dozen combinations),
    never by reading the findings of every flagged record.
    """
    counts: Counter[str] = Counter()
    for rules, n in conn.execute("SELECT rules, COUNT(*) FROM records WHERE rules IS NOT NULL GROUP BY rules"):
        for rule in rules.split():
            counts[rule] += n
    return [(name, counts[name]) for name in BY_NAME if counts[name]]


def flagged_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM records WHERE rules IS NOT NULL").fetchone()[0]
