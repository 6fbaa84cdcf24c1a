"""Does the record still say what its span says?

Every record is tied to the characters it came from.  Reading those
characters again must give the stored value, range, score, unit and base
value, and the hedge word right before them must give the stored
qualifier.  The extractor agrees with itself, so on machine records this
rule catches little; it is there for edits: a value typed over, a span
moved to other words, a unit changed by hand.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from desktop.core.check_rules import SPAN, Finding
from desktop.core.checks.subject import Subject
from desktop.core.extract.lexicon import QUALIFIER_WORDS
from desktop.core.extract.pipeline import qualifier_of
from desktop.core.numbers import SCALES, Quantity, format_number, normalise_unit, parse_quantity, scale_of

#: Characters before a span the hedge is read from (``trên dưới`` and the word before it).
HEDGE_WINDOW = 48
#: Characters right before a span a hedge word may sit in (as the extractor reads it).
HEDGE_TAIL = 24
#: Characters of a span quoted in a message.
QUOTED = 60
_HEDGE_WORD = re.compile("|".join(QUALIFIER_WORDS))
#: A number whose reading is certain: thousands grouped by dots in threes, decimals after one comma; not
#: followed by another digit or separator (``2.25`` or ``1,234,567`` take the full parse).
_PLAIN_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?![\d.,]\d)")
#: A range or score whose two ends are written each with its unit, or a score written in words (``3 trên 9
#: đơn vị``, ``12 trong tổng số 20 xã``), which the extractor reads as ``3/9``.
_BOTH_ENDS = re.compile(
    r"(?P<low>\d.*?)\s*(?:(?P<range>[-–—]|đến|tới)|/|(?:trên|trong)(?:\s+tổng\s+số)?\s)\s*(?P<high>\d.*)"
)
#: Characters either side of a span the unit it does not write may be read from: the pair after it
#: (``13,86/9,15%``, ``83,5/64 triệu đồng``), the figure before it (``từ 349 đầu mối xuống còn 268``), the
#: counted noun of its subject (``lượt khách du lịch trong quý I đạt khoảng 3,3 triệu``).
BORROW_REACH = 100
#: A yield naming its crop between the measure and the area (``1,9 tấn cơm dừa/ha``): the extractor keeps
#: ``tấn/ha`` and leaves the crop to the label.
_CROP_PER_AREA = re.compile(
    r"(?P<measure>tấn|tạ|kg|yến)(?: [^\W\d_]+){1,2}/(?P<area>ha|héc-ta|hecta|sào|mẫu|m2|m²)"
)


def check_span(record: Subject, text: str, low: str | None = None) -> Finding | None:
    """A finding when the span's text does not re-read as the record's value, unit and qualifier.

    Most spans are written exactly as the record's number and unit (``11.428,6 tỷ đồng``) and most
    figures have no hedge word before them: both are recognised by string comparison, and only the
    other spans pay for the full parse (this rule runs on every record of a corpus: a million of them
    at 50,000 articles).  ``low``: ``text`` lower-cased (:func:`~desktop.core.checks.subject.lowered`), when
    the caller has it.
    """
    span = text[record.start : record.end]
    if _written_as_stored(span, record) and _hedge(text, record.start, low) == record.qualifier:
        return None
    quoted = " ".join(span.split())[:QUOTED]
    quantity = reread(span, record)
    if quantity is None:
        return SPAN.finding("none", span=quoted)
    if _numbers(quantity) != _numbers(record):
        return SPAN.finding("value", span=quoted, parsed=describe(quantity), stored=describe(record))
    quantity = _as_extracted(quantity, record, text, low)
    if normalise_unit(quantity.unit) != normalise_unit(record.unit):
        return SPAN.finding("unit", span=quoted, parsed=quantity.unit, stored=record.unit)
    if quantity.base_value != record.base_value:
        return SPAN.finding("value", span=quoted, parsed=_base(quantity), stored=_base(record))
    hedge = _hedge(text, record.start)
    if hedge != record.qualifier:
        return SPAN.finding("qualifier", span=quoted, parsed=hedge, stored=record.qualifier)
    return None


def reread(span: str, record: Subject) -> Quantity | None:
    """The span read as a figure: as :func:`parse_quantity` reads it, or, when that is not the
    record, as a range or score whose ends both carry the unit (``7 tấn/ha đến 9 tấn/ha``,
    ``130.000 đồng đến 135.000 đồng/kg``, ``222ha/240ha``), which the extractor reads too."""
    quantity = parse_quantity(span) if span.strip() else None
    if quantity is not None and _numbers(quantity) == _numbers(record):
        return quantity
    both = _BOTH_ENDS.match(" ".join(span.split()))
    if both is None:
        return quantity
    low, high = parse_quantity(both["low"]), parse_quantity(both["high"])
    if low is None or high is None or low.value_max is not None or low.of is not None:
        return quantity
    if not high.unit.startswith(low.unit) or high.value_max is not None or high.of is not None:
        return quantity
    scale = high.base_value / high.value if high.value else unit_scale(high.unit)
    score = both["range"] is None
    return Quantity(
        low.value,
        high.unit,
        low.value * scale,
        high.base_unit,
        value_max=None if score else high.value,
        of=high.value if score else None,
    )


def _as_extracted(quantity: Quantity, record: Subject, text: str, low: str | None) -> Quantity:
    """``quantity`` with the record's unit when the extractor read that unit from the span's words and
    those around it, as it does: a span that writes no unit or only its scale words (``83,5``, ``3,3
    triệu``), the rest of the record's unit written within :data:`BORROW_REACH` characters of it; a crop
    named inside a yield (``tấn cơm dừa/ha`` for ``tấn/ha``).  Otherwise ``quantity`` as it is: a unit
    typed by hand that the text does not write still fails."""
    written, unit = normalise_unit(quantity.unit), normalise_unit(record.unit)
    if written == unit:
        return quantity
    crop = _CROP_PER_AREA.fullmatch(written)
    if crop is not None and f"{crop['measure']}/{crop['area']}" == unit:
        return _with_unit(quantity, record)
    scales, words = written.split(), unit.split()
    if (
        any(word not in SCALES for word in scales)
        or words[: len(scales)] != scales
        or len(words) == len(scales)
    ):
        return quantity
    near = max(0, record.start - BORROW_REACH), record.end + BORROW_REACH
    window = low[near[0] : near[1]] if low is not None else text[near[0] : near[1]].lower()
    return _with_unit(quantity, record) if " ".join(words[len(scales) :]) in window else quantity


def _with_unit(quantity: Quantity, record: Subject) -> Quantity:
    scale = unit_scale(record.unit)
    return Quantity(
        quantity.value, record.unit, quantity.value * scale, record.base_unit, quantity.value_max, quantity.of
    )


def _written_as_stored(span: str, record: Subject) -> bool:
    """True when ``span`` is a number written unambiguously the Vietnamese way (``11.428,6``, ``700``)
    equal to the record's value, then exactly its unit: what :func:`parse_quantity` would read as the
    record's value, unit and base value.  Anything else takes the full parse."""
    if record.value_max is not None or record.of is not None:
        return False
    number = _PLAIN_NUMBER.match(span)
    if number is None or Decimal(number.group().replace(".", "").replace(",", ".")) != record.value:
        return False
    rest = span[number.end() :]
    unit = "%" if rest.strip() == "%" else normalise_unit(rest)
    return unit == record.unit and record.base_value == record.value * unit_scale(record.unit)


@lru_cache(maxsize=1024)
def unit_scale(unit: str) -> Decimal:
    """The factor of the scale words a unit starts with: ``nghìn tỷ đồng`` → 1e12, ``ha`` → 1."""
    words = []
    for word in unit.split():
        if word not in SCALES:
            break
        words.append(word)
    return scale_of(" ".join(words))


def _hedge(text: str, start: int, low: str | None = None) -> str:
    """The qualifier the words before ``start`` give; without a hedge word near, ``exact`` at once.
    ``low``: ``text`` lower-cased, searched in place (the pattern is plain words: no lookbehind)."""
    near = max(0, start - HEDGE_TAIL)
    if low is None:
        if not _HEDGE_WORD.search(text[near:start].lower()):
            return "exact"
    elif not _HEDGE_WORD.search(low, near, start):
        return "exact"
    return qualifier_of(text[max(0, start - HEDGE_WINDOW) : start])


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
