"""Re-run extraction over the stored clean text, keeping every human decision.

Used after the extractor improves (``chitieu extract``), and by an import on the articles it found
with no year of their own, once it knows the year to assume for them (:func:`assume_year`; see
:mod:`desktop.core.assumed_year`): re-extraction keeps that year.  The rules are in
:mod:`desktop.services.reconcile`; this module walks the corpus a batch of articles at
a time: extraction happens outside the transaction (it only needs the text,
which never changes), then one transaction per batch re-reads the records,
plans and writes.  Re-reading inside the transaction means a decision the
reviewer makes in the GUI meanwhile is seen, never overwritten.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from desktop.core.assumed_year import assumed_date, dated_by, warning
from desktop.core.extract import EXTRACTOR_VERSION, extract
from desktop.core.metadata import dating_date, dating_title
from desktop.core.records import Record
from desktop.services.reconcile import plan
from desktop.store import Store
from desktop.store.checking import mark_checked, recheck_articles, recheck_facts
from desktop.store.clock import now
from desktop.store.reextraction import SYSTEM, Plan, apply_plan, article_batches

BATCH = 200


class Extraction(Protocol):
    records: list[Record]
    truncated: bool


Extractor = Callable[..., Extraction]


@dataclass
class ReextractReport:
    """Candidates that were new / unchanged / changed; decided records no candidate matched."""

    articles: int = 0
    new: int = 0
    unchanged: int = 0
    changed: int = 0
    unmatched: int = 0
    removed: int = 0  # pending records the extractor no longer proposes
    flagged: int = 0  # decided records the extractor now disagrees with
    cancelled: bool = False

    def add(self, result: Plan) -> None:
        self.articles += 1
        self.new += result.new
        self.unchanged += result.unchanged
        self.changed += result.changed
        self.unmatched += result.unmatched
        self.removed += len(result.remove)
        self.flagged += len(result.flag)


def reextract(
    db_path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    extractor: Extractor = extract,
    version: str = EXTRACTOR_VERSION,
) -> ReextractReport:
    """Re-extract every article; tests pass another ``extractor`` and its ``version``."""
    report = ReextractReport()
    facts: set[int] = set()
    with Store(db_path) as store, store.reading():
        total = store.db["articles"].count
        for rows in article_batches(store.conn, BATCH):
            if should_cancel and should_cancel():
                report.cancelled = True
                break
            extracted = [(row["id"], _run(extractor, row)) for row in rows]
            facts |= _write_batch(store, extracted, version, report)
            if progress:
                progress(report.articles, total)
        _check_across_articles(store, facts, whole=not report.cancelled)
    return report


def _check_across_articles(store: Store, facts: set[int], *, whole: bool) -> None:
    """Each batch re-checked its articles' records; their facts are compared once, at the end.  After a
    whole pass every record was checked with the current rules."""
    with store.transaction() as conn:
        recheck_facts(conn, facts)
        if whole:
            mark_checked(conn)


def _run(extractor: Extractor, row: Any, published: str | None = None) -> Extraction:
    """Extract one stored article, with the date it was assumed to have when it has none of its own."""
    if published is None and row["published"] is None and row["warnings"]:
        year = dated_by(json.loads(row["warnings"]))
        published = assumed_date(year[0]) if year else None
    return extractor(
        row["text"],
        published=dating_date(row["published"], row["url"]) or published,
        locality=row["locality"],
        title=dating_title(row["title"], row["url"]),
    )


@dataclass
class Assumed:
    """What dating articles with an assumed year did: their records added and removed, their facts."""

    added: int = 0
    removed: int = 0
    facts: set[int] = field(default_factory=set)


def assume_year(store: Store, article_ids: Sequence[int], year: int, source: str) -> Assumed:
    """Extract these articles, which name no year of their own, again as if published in ``year``, and
    say so on each (a warning naming the year and its ``source``, a ``reextract_year`` event).

    Their records were just imported, so the same reconciliation as :func:`reextract` keeps any
    decision a reviewer made meanwhile."""
    result = Assumed()
    said = warning(year, source)
    for start in range(0, len(article_ids), BATCH):
        ids = list(article_ids[start : start + BATCH])
        marks = ", ".join("?" * len(ids))
        rows = store.conn.execute(
            f"SELECT id, text, published, locality, title, url, warnings FROM articles WHERE id IN ({marks})",
            ids,
        ).fetchall()
        extracted = [(row, _run(extract, row, assumed_date(year))) for row in rows]
        with store.transaction() as conn:
            for row, extraction in extracted:
                found = plan(list(extraction.records), store.records(row["id"]))
                apply_plan(conn, row["id"], found, EXTRACTOR_VERSION, extraction.truncated)
                result.added += len(found.add)
                result.removed += len(found.remove)
                warnings = [*json.loads(row["warnings"] or "[]"), said]
                conn.execute(
                    "UPDATE articles SET year = ?, warnings = ? WHERE id = ?",
                    (year, json.dumps(warnings, ensure_ascii=False), row["id"]),
                )
                conn.execute(
                    "INSERT INTO events (at, reviewer, action, article_id, after) VALUES (?, ?, 'reextract_year', ?, ?)",
                    (now(), SYSTEM, row["id"], json.dumps({"year": year, "from": source})),
                )
            result.facts |= recheck_articles(conn, ids)
    return result


def _write_batch(
    store: Store, extracted: list[tuple[int, Extraction]], version: str, report: ReextractReport
) -> set[int]:
    """Apply the plans and re-check the articles' records; returns the facts to compare across articles."""
    with store.transaction() as conn:
        for article_id, extraction in extracted:
            result = plan(list(extraction.records), store.records(article_id))
            apply_plan(conn, article_id, result, version, extraction.truncated)
            report.add(result)
        return recheck_articles(conn, [article_id for article_id, _ in extracted])
