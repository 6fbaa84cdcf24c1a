"""Re-run extraction over the stored clean text, keeping every human decision.

Used after the extractor improves (``chitieu extract``).  The rules are in
:mod:`desktop.services.reconcile`; this module walks the corpus a batch of articles at
a time: extraction happens outside the transaction (it only needs the text,
which never changes), then one transaction per batch re-reads the records,
plans and writes.  Re-reading inside the transaction means a decision the
reviewer makes in the GUI meanwhile is seen, never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from desktop.core.extract import EXTRACTOR_VERSION, extract
from desktop.core.records import Record
from desktop.services.reconcile import plan
from desktop.store import Store
from desktop.store.reextraction import Plan, apply_plan, article_batches

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


def reextract(db_path: Path, *, progress: Callable[[int, int], None] | None = None,
              should_cancel: Callable[[], bool] | None = None, extractor: Extractor = extract,
              version: str = EXTRACTOR_VERSION) -> ReextractReport:
    """Re-extract every article; tests pass another ``extractor`` and its ``version``."""
    report = ReextractReport()
    with Store(db_path) as store, store.reading():
        total = store.db["articles"].count
        for rows in article_batches(store.conn, BATCH):
            if should_cancel and should_cancel():
                report.cancelled = True
                break
            extracted = [(row["id"], _run(extractor, row)) for row in rows]
            _write_batch(store, extracted, version, report)
            if progress:
                progress(report.articles, total)
    return report


def _run(extractor: Extractor, row: Any) -> Extraction:
    return extractor(row["text"], published=row["published"], locality=row["locality"], title=row["title"])


def _write_batch(store: Store, extracted: list[tuple[int, Extraction]], version: str,
                 report: ReextractReport) -> None:
    with store.transaction() as conn:
        for article_id, extraction in extracted:
            result = plan(list(extraction.records), store.records(article_id))
            apply_plan(conn, article_id, result, version, extraction.truncated)
            report.add(result)
