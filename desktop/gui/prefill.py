"""A new record from text the reviewer selected: what the core's parser can tell about it.

The selection gives value, range, denominator and unit (``parse_quantity``);
a hedge word just before it gives the qualifier; the article gives the
period and the place.  The reviewer completes the rest in the editor.
"""

from __future__ import annotations

import re
from decimal import Decimal

from desktop.core.extract.lexicon import QUALIFIER_WORDS
from desktop.core.numbers import parse_quantity
from desktop.core.records import Record
from desktop.store import StoredArticle

#: How far before the selection a hedge word (``gần``, ``hơn``) is looked for.
HEDGE_REACH = 20
_HEDGE = re.compile(
    r"(?<![^\W\d_])(" + "|".join(sorted(map(re.escape, QUALIFIER_WORDS), key=len, reverse=True)) + r")\s*$",
    re.IGNORECASE,
)


def qualifier_before(text: str, start: int) -> str:
    match = _HEDGE.search(text[max(0, start - HEDGE_REACH):start])
    return QUALIFIER_WORDS[match.group(1).lower()] if match else "exact"


def record_from_selection(article: StoredArticle, start: int, end: int) -> Record:
    """A draft record for ``article.text[start:end]``; a selection that is no number gives value 0."""
    text = article.text
    selected = text[start:end]
    stripped = selected.lstrip()
    start += len(selected) - len(stripped)
    quantity = parse_quantity(stripped)
    qualifier = qualifier_before(text, start)
    hedge = re.match(r"\s*(" + "|".join(map(re.escape, QUALIFIER_WORDS)) + r")\s+", stripped, re.IGNORECASE)
    if hedge:
        qualifier = QUALIFIER_WORDS[hedge.group(1).lower()]
    period = str(article.year) if article.year else None
    if quantity is None:
        return Record(indicator="", value=Decimal(0), unit="", base_value=Decimal(0), base_unit="",
                      start=start, end=start + len(stripped.rstrip()), qualifier=qualifier, period=period,
                      locality=article.locality)
    return Record(
        indicator="", value=quantity.value, unit=quantity.unit, base_value=quantity.base_value,
        base_unit=quantity.base_unit, start=start, end=start + len(stripped.rstrip()), of=quantity.of,
        value_max=quantity.value_max, qualifier=qualifier, period=period, locality=article.locality,
    )
