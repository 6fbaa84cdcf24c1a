"""A record as a reviewer sees it: the plain columns of its row, which double as its version.

``Store.records`` builds full :class:`~desktop.store.StoredRecord` objects
(machine original parsed from JSON, every number as Decimal): right for one
record, seconds for an article with 100,000 figures.  The window keeps a
:class:`ReviewRow` per record instead: the row's values as SQLite returns
them, parsed only for the cell, the highlight or the editor that shows them.

The same values say *which* state of the record the reviewer saw.  Every
write that acts on what a reviewer saw (a decision, an undo, a redo) passes
the row it started from, and the store refuses it when the stored row no
longer equals it: another window decided, a re-extraction removed or flagged
the record, or an import reused its id.  Comparing the whole row needs no
version column that every writer must remember to bump; the machine's
provenance (``machine``, ``confidence``, ``rule``, ``extractor_version``) is
left out, so a re-extraction that only re-stamps a pending proposal is no
conflict.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, NamedTuple

from desktop.core.records import Comparison, Record
from desktop.store.rows import row_to_record


class ReviewRow(NamedTuple):
    """One record as shown; numbers stay text until displayed.  Equal rows are the same version."""

    id: int
    article_id: int
    created_at: str
    status: str
    indicator: str
    indicator_code: str | None
    value: str
    value_max: str | None
    unit: str
    base_value: str
    base_unit: str
    of: str | None
    qualifier: str
    kind: str
    period: str | None
    locality: str | None
    comparisons: str
    start: int
    end: int
    flag: str | None
    reviewer: str | None
    decided_at: str | None
    note: str | None

    @classmethod
    def of_row(cls, row: Mapping[str, Any]) -> ReviewRow:
        """The seen columns of a full row (a snapshot, an ``sqlite3.Row``)."""
        return cls._make(row[name] for name in cls._fields)

    def number(self, name: str) -> Decimal | None:
        text = getattr(self, name)
        return None if text is None else Decimal(text)

    def parsed_comparisons(self) -> tuple[Comparison, ...]:
        return tuple(Comparison.from_dict(c) for c in json.loads(self.comparisons or "[]"))

    def record(self) -> Record:
        """The record's fields as a :class:`Record`, for the editor (one record at a time)."""
        return row_to_record(self._asdict())


#: The columns of :class:`ReviewRow`, quoted for a SELECT.
COLUMNS = ", ".join(f'"{name}"' for name in ReviewRow._fields)
