"""Does the record still say what its span says?

Every record is tied to the characters it came from.  Reading those
characters again must give the stored value, range, score, unit and base
value, and the hedge word right before them must give the stored
qualifier.  The extractor agrees with itself, so on machine records this
rule catches little; it is there for edits: a value typed over, a span
moved to other words, a unit changed by hand.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.core.checks.rules import SPAN, Finding
from desktop.core.checks.subject import Subject
from desktop.core.extract.pipeline import qualifier_of
from desktop.core.numbers import Quantity, format_number, normalise_unit, parse_quantity

#: Characters before a span the hedge is read from (``trên dưới`` and the word before it).
HEDGE_WINDOW = 48
#: Characters of a span quoted in a message.
QUOTED = 60


def check_span(record: Subject, text: str) -> Finding | None:
    """A finding when the span's text does not re-read as the record's value, unit and qualifier."""
    span = text[record.start : record.end]
    quoted = " ".join(span.split())[:QUOTED]
    quantity = parse_quantity(span) if span.strip() else None
    if quantity is None:
        return SPAN.finding("none", span=quoted)
    if _numbers(quantity) != _numbers(record):
        return SPAN.finding("value", span=quoted, parsed=describe(quantity), stored=describe(record))
    if normalise_unit(quantity.unit) != normalise_unit(record.unit):
        return SPAN.finding("unit", span=quoted, parsed=quantity.unit, stored=record.unit)
    if quantity.base_value != record.base_value:
        return SPAN.finding("value", span=quoted, parsed=_base(quantity), stored=_base(record))
    hedge = qualifier_of(text[max(0, record.start - HEDGE_WINDOW) : record.start])
    if hedge != record.qualifier:
        return SPAN.finding("qualifier", span=quoted, parsed=hedge, stored=record.qualifier)
    return None


def _numbers(figure: Quantity | Subject) -> tuple[Decimal | None, ...]:
    return figure.value, figure.value_max, figure.of


def describe(figure: Quantity | Subject) -> str:
    """``11.428,6``, ``31–32``, ``24/26``: the number as the reviewer reads it."""
    text = format_number(figure.value)
    if figure.value_max is not None:
        text += "–" + format_number(figure.value_max)
    if figure.of is not None:
        text += "/" + format_number(figure.of)
    return text


def _base(figure: Quantity | Subject) -> str:
    return f"{format_number(figure.base_value)} {figure.base_unit}".strip()
