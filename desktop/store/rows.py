"""Conversions between core types and table rows.

Numbers are stored as exact decimal strings (``"80637.7"``), comparisons as
JSON; a reviewed record carries the machine's original beside it as JSON.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from desktop.core.records import FIELDS, Record, decimal_to_text


def record_to_row(record: Record) -> dict[str, Any]:
    """The stored columns of a record's current fields."""
    return {name: _column_value(getattr(record, name)) for name in FIELDS}


def _column_value(value: Any) -> Any:
    """A field as its column holds it: decimals as exact text, comparisons as JSON."""
    if isinstance(value, Decimal):
        return decimal_to_text(value)
    if isinstance(value, tuple):
        return json.dumps([c.to_dict() for c in value], ensure_ascii=False)
    return value


def row_to_record(row: sqlite3.Row | dict[str, Any]) -> Record:
    """The current fields of a stored record as a :class:`Record`."""
    data = {name: row[name] for name in FIELDS}
    data["comparisons"] = json.loads(data["comparisons"] or "[]")
    keys = row.keys()
    data["confidence"] = row["confidence"] if "confidence" in keys and row["confidence"] is not None else 1.0
    data["rule"] = row["rule"] if "rule" in keys and row["rule"] else ""
    return Record.from_dict(data)


def machine_json(record: Record) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False)


def machine_row(record: Record) -> tuple[Any, ...]:
    """A machine record's stored columns (:data:`FIELDS` order) and its ``machine`` JSON, in one pass.

    The same values as ``(*record_to_row(record).values(), machine_json(record))``: an import
    turns twenty records an article into rows, and going through two dictionaries of fifteen
    fields each, a type test per field, cost more than the SQLite insert.  Each decimal is
    converted once for both (see :func:`_column_and_json`).
    """
    indicator, code, unit, base_unit = record.indicator, record.indicator_code, record.unit, record.base_unit
    value, value_json = _column_and_json(record.value)
    value_max, value_max_json = _column_and_json(record.value_max)
    base_value, base_value_json = _column_and_json(record.base_value)
    of, of_json = _column_and_json(record.of)
    qualifier, kind, period, locality = record.qualifier, record.kind, record.period, record.locality
    start, end = record.start, record.end
    comparisons: Any = record.comparisons
    if isinstance(comparisons, tuple):
        comparisons_json: Any = [c.to_dict() for c in comparisons]
        comparisons = _encode(comparisons_json) if comparisons_json else "[]"
    else:
        comparisons_json = comparisons
    machine = _encode(
        {
            "indicator": indicator,
            "indicator_code": code,
            "value": value_json,
            "value_max": value_max_json,
            "unit": unit,
            "base_value": base_value_json,
            "base_unit": base_unit,
            "of": of_json,
            "qualifier": qualifier,
            "kind": kind,
            "period": period,
            "locality": locality,
            "comparisons": comparisons_json,
            "start": start,
            "end": end,
            "confidence": record.confidence,
            "rule": record.rule,
        }
    )
    return (
        indicator,
        code,
        value,
        value_max,
        unit,
        base_value,
        base_unit,
        of,
        qualifier,
        kind,
        period,
        locality,
        comparisons,
        start,
        end,
        machine,
    )


#: ``json.dumps(obj, ensure_ascii=False)`` without building an encoder on every call.
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _column_and_json(value: Any) -> tuple[Any, Any]:
    """A field as its column holds it and as JSON holds it: for a Decimal, exact text and a JSON number."""
    if value.__class__ is not Decimal:
        return value, value
    if value == value.to_integral_value():
        whole = int(value)
        return str(whole), whole
    return format(value.normalize(), "f"), float(value)


@dataclass(frozen=True)
class StoredRecord:
    """A record as the reviewer sees it: current fields, machine original and decision."""

    id: int
    article_id: int
    status: str
    record: Record
    machine: Record | None
    reviewer: str | None
    decided_at: str | None
    note: str | None
    flag: str | None
    extractor_version: str | None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> StoredRecord:
        machine = Record.from_dict(json.loads(row["machine"])) if row["machine"] else None
        return cls(
            id=row["id"],
            article_id=row["article_id"],
            status=row["status"],
            record=row_to_record(row),
            machine=machine,
            reviewer=row["reviewer"],
            decided_at=row["decided_at"],
            note=row["note"],
            flag=row["flag"],
            extractor_version=row["extractor_version"],
        )


class ArticleSummary(NamedTuple):
    """What the article list shows: no text, so thousands load in milliseconds.

    A named tuple rather than a frozen dataclass: the list builds one per
    article on every filter, and 50,000 dataclass instances cost 0.1 s of CPU,
    named tuples a sixth of that.
    """

    id: int
    doc: str
    title: str | None
    locality: str | None
    published: str | None
    year: int | None
    n_records: int
    n_pending: int

    @property
    def n_decided(self) -> int:
        return self.n_records - self.n_pending

    @property
    def state(self) -> str:
        """``todo``, ``progress`` or ``done`` for the review-state filter."""
        if self.n_pending == 0:
            return "done"
        return "todo" if self.n_pending == self.n_records else "progress"


@dataclass(frozen=True)
class StoredArticle:
    id: int
    doc: str
    source: str
    format: str
    title: str | None
    url: str | None
    published: str | None
    year: int | None
    locality: str | None
    content_hash: str
    text: str
    raw_text: str
    imported_at: str
    extractor_version: str | None
    truncated: bool
    n_records: int
    n_pending: int
    warnings: tuple[str, ...] = ()  # what reading the file changed or doubted

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> StoredArticle:
        data = dict(row)
        data["truncated"] = bool(data["truncated"])
        data["warnings"] = tuple(json.loads(data["warnings"])) if data.get("warnings") else ()
        return cls(**data)
