"""Read queries for the review table and highlights: a few plain columns per record, fast.

``Store.records`` builds full :class:`~desktop.store.StoredRecord` objects
(machine original parsed from JSON, every number as Decimal): right for one
record, seconds for an article with 100,000 figures.  The window's table and
highlights need only a few columns per record, as plain values; it asks the
store for the full record of the one the reviewer is looking at.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from desktop.core.checks import Finding
from desktop.core.records import Comparison
from desktop.store.store import Store

_COLUMNS = ('id, status, start, "end", indicator, value, value_max, "of", unit, qualifier, kind, period, '
            "locality, comparisons, note, confidence, checks")


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """One record as the table and the highlights show it; numbers stay text until displayed."""

    id: int
    status: str
    start: int
    end: int
    indicator: str
    value: str
    value_max: str | None
    of: str | None
    unit: str
    qualifier: str
    kind: str
    period: str | None
    locality: str | None
    comparisons_json: str
    note: str | None
    confidence: float | None
    checks: str | None = None  # failed checks as stored (issue 13): JSON, None when it passes them all

    def number(self, name: str) -> Decimal | None:
        text = getattr(self, name)
        return None if text is None else Decimal(text)

    def comparisons(self) -> tuple[Comparison, ...]:
        return tuple(Comparison.from_dict(c) for c in json.loads(self.comparisons_json or "[]"))

    def findings(self) -> list[Finding]:
        return [Finding.from_dict(d) for d in json.loads(self.checks)] if self.checks else []


def review_rows(store: Store, article_id: int) -> list[ReviewRow]:
    """The records of an article in text order, as :class:`ReviewRow`."""
    cursor = store.conn.execute(f"SELECT {_COLUMNS} FROM records WHERE article_id = ? ORDER BY start, id",
                                (article_id,))
    return [ReviewRow(*row) for row in cursor.fetchall()]
