"""Indicator records and articles: the shared vocabulary of every layer.

These types follow ``ANNOTATION.md`` field for field.  The extractor produces
them, the store persists them, the GUI edits them and the exporter writes
them in the exchange format.  Numbers are :class:`~decimal.Decimal` so that a
value typed as ``80.637,7`` is stored and exported as exactly ``80637.7``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any

KINDS = ("actual", "estimate", "target")
QUALIFIERS = ("exact", "approx", "over", "under")
RELATIONS = ("ratio", "change")
BASES = ("same_period", "plan", "target", "other")
STATUSES = ("pending", "confirmed", "corrected", "rejected", "added")
#: Statuses that carry a human decision; re-extraction never touches them.
DECIDED = ("confirmed", "corrected", "rejected", "added")
#: The decisions a reviewer may make on a record in each status (``pending`` as a decision reopens it).
#: Confirming is agreeing with the machine, so only a pending record can be confirmed; a record a
#: reviewer added has no machine proposal to go back to, so it cannot be reopened.
TRANSITIONS: dict[str, frozenset[str]] = {
    "pending": frozenset({"confirmed", "rejected", "corrected"}),
    "confirmed": frozenset({"rejected", "corrected", "pending"}),
    "corrected": frozenset({"rejected", "corrected", "pending"}),
    "rejected": frozenset({"corrected", "pending"}),
    "added": frozenset({"rejected", "corrected"}),
}
#: A record's fields, in the order of the exchange format (ANNOTATION.md) and of the ``records`` table.
FIELDS = (
    "indicator",
    "indicator_code",
    "value",
    "value_max",
    "unit",
    "base_value",
    "base_unit",
    "of",
    "qualifier",
    "kind",
    "period",
    "locality",
    "comparisons",
    "start",
    "end",
)


def may_decide(status: str, decision: str) -> bool:
    """Whether a record in ``status`` may be given ``decision`` (see :data:`TRANSITIONS`)."""
    return decision in TRANSITIONS.get(status, frozenset())


def lacks_label(decision: str, indicator: str) -> bool:
    """Whether ``decision`` is refused to a record labelled ``indicator`` for want of a label.

    Confirming says the machine's record is right as it stands, and a record
    without a label does not say what it measures: it is corrected with a
    label (or rejected) instead.  The store enforces this beside
    :data:`TRANSITIONS`, so every caller obeys it, not only the window.
    """
    return decision == "confirmed" and not indicator.strip()


def to_decimal(value: Any) -> Decimal | None:
    """Coerce JSON/SQLite numbers and numeric strings to an exact Decimal.

    Floats go through ``repr`` so that ``80637.7`` becomes ``Decimal('80637.7')``
    rather than the binary expansion of the float.
    """
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number")
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(str(value).strip())


def decimal_to_json(value: Decimal | None) -> int | float | None:
    """The JSON number for an exact decimal: an int when integral."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def decimal_to_text(value: Decimal | None) -> str | None:
    """A plain (non-scientific) string for storing a Decimal in SQLite."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return str(int(value))
    text = format(value.normalize(), "f")
    return text


@dataclass(frozen=True)
class Comparison:
    """How a figure relates to a basis: ``đạt 103,72% kế hoạch`` → 103.72 ratio plan."""

    percent: Decimal
    relation: str  # one of RELATIONS
    basis: str  # one of BASES

    def to_dict(self) -> dict[str, Any]:
        return {"percent": decimal_to_json(self.percent), "relation": self.relation, "basis": self.basis}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Comparison:
        percent = to_decimal(data["percent"])
        if percent is None:
            raise ValueError("a comparison needs a percent")
        return cls(percent, str(data["relation"]), str(data["basis"]))


@dataclass(frozen=True)
class Record:
    """One quantitative fact an article reports about a place (ANNOTATION.md).

    ``start``/``end`` index the article's stored clean text so that
    ``text[start:end]`` is the figure as written (number and unit).
    ``rule`` names the extraction rule and ``confidence`` (0..1) its certainty;
    both are empty for records a reviewer added by hand.
    """

    indicator: str
    value: Decimal
    unit: str
    base_value: Decimal
    base_unit: str
    start: int
    end: int
    of: Decimal | None = None
    value_max: Decimal | None = None
    qualifier: str = "exact"
    kind: str = "actual"
    period: str | None = None
    locality: str | None = None
    comparisons: tuple[Comparison, ...] = ()
    indicator_code: str | None = None
    confidence: float = 1.0
    rule: str = ""

    def __init__(
        self,
        indicator: str,
        value: Decimal,
        unit: str,
        base_value: Decimal,
        base_unit: str,
        start: int,
        end: int,
        of: Decimal | None = None,
        value_max: Decimal | None = None,
        qualifier: str = "exact",
        kind: str = "actual",
        period: str | None = None,
        locality: str | None = None,
        comparisons: tuple[Comparison, ...] = (),
        indicator_code: str | None = None,
        confidence: float = 1.0,
        rule: str = "",
    ) -> None:
        """The fields set in one step, as :meth:`with_changes` copies them: the generated frozen ``__init__``
        sets them one ``object.__setattr__`` at a time, 3-4 times slower, for every candidate figure the
        extractor reads (tests/test_compiled_init.py keeps this in step with the fields)."""
        self.__dict__.update(
            indicator=indicator,
            value=value,
            unit=unit,
            base_value=base_value,
            base_unit=base_unit,
            start=start,
            end=end,
            of=of,
            value_max=value_max,
            qualifier=qualifier,
            kind=kind,
            period=period,
            locality=locality,
            comparisons=comparisons,
            indicator_code=indicator_code,
            confidence=confidence,
            rule=rule,
        )

    def with_changes(self, **changes: Any) -> Record:
        """A copy with ``changes``: :func:`dataclasses.replace` without its walk over the fields and
        the frozen ``__init__`` (the extractor copies a record several times per article)."""
        unknown = changes.keys() - _RECORD_FIELDS
        if unknown:
            raise TypeError(f"Record has no field {', '.join(sorted(unknown))}")
        record = object.__new__(type(self))
        record.__dict__.update(self.__dict__)
        record.__dict__.update(changes)
        return record

    def to_dict(self) -> dict[str, Any]:
        """The record's fields in the exchange format (no ``doc``)."""
        data = {name: _json_value(getattr(self, name)) for name in FIELDS}
        data["confidence"] = self.confidence
        data["rule"] = self.rule
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Build a record from exchange-format JSON (unknown keys are ignored)."""
        comparisons = data.get("comparisons") or []
        if isinstance(comparisons, str):
            comparisons = json.loads(comparisons)
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        for name in ("value", "base_value", "of", "value_max"):
            values[name] = to_decimal(values.get(name))
        if values.get("base_value") is None:
            values["base_value"] = values["value"]
        values.setdefault("base_unit", values.get("unit", ""))
        values["comparisons"] = tuple(Comparison.from_dict(c) for c in comparisons)
        if values.get("period") is not None:
            values["period"] = str(values["period"])
        values["start"] = int(values.get("start") or 0)
        values["end"] = int(values.get("end") or 0)
        return cls(**values)


_RECORD_FIELDS = frozenset(f.name for f in fields(Record))


def _json_value(value: Any) -> Any:
    """A field as JSON holds it: exact decimals as numbers, comparisons as objects."""
    if isinstance(value, Decimal):
        return decimal_to_json(value)
    if isinstance(value, tuple):
        return [c.to_dict() for c in value]
    return value


@dataclass
class Article:
    """An article as read and cleaned, before it is stored.

    ``doc`` is the article id of the exchange format: the source file name
    without extension, or the ``id`` of a JSON Lines article.
    """

    doc: str
    text: str
    raw_text: str
    source: str = ""
    format: str = "txt"
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    locality: str | None = None
    content_hash: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
