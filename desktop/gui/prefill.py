"""A new record from text the reviewer selected: what the core's parser can tell about it.

The selection, snapped to whole words, gives value, range, denominator and unit (``parse_quantity``);
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
    match = _HEDGE.search(text[max(0, start - HEDGE_REACH) : start])
    return QUALIFIER_WORDS[match.group(1).lower()] if match else "exact"


#: A word of the text; a number keeps its thousands dots and decimal comma, and its per cent sign.
_WORD = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W_]+")


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen or narrow a mouse selection to whole words, as the reviewer meant it.

    A word cut at either end is taken whole when more than half of it is
    selected (a number always: a figure is never meant in part), and dropped
    otherwise: ``12 đầu mối xu|ất`` gives ``12 đầu mối``, ``1|2.000 tấn`` gives ``12.000 tấn``.
    """
    for word in _WORD.finditer(text, max(0, start - 64), min(len(text), end + 64)):
        inside = min(end, word.end()) - max(start, word.start())
        if inside <= 0 or (word.start() >= start and word.end() <= end):
            continue
        keep = word.group()[0].isdigit() or 2 * inside > len(word.group())
        if word.start() < start:
            start = word.start() if keep else word.end()
        if word.end() > end:
            end = word.end() if keep else word.start()
    return start, max(start, end)


def record_from_selection(article: StoredArticle, start: int, end: int) -> Record:
    """A draft record for the words selected in ``article.text[start:end]``; no number gives value 0."""
    text = article.text
    start, end = snap_to_words(text, start, end)
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
        return Record(
            indicator="",
            value=Decimal(0),
            unit="",
            base_value=Decimal(0),
            base_unit="",
            start=start,
            end=start + len(stripped.rstrip()),
            qualifier=qualifier,
            period=period,
            locality=article.locality,
        )
    return Record(
        indicator="",
        value=quantity.value,
        unit=quantity.unit,
        base_value=quantity.base_value,
        base_unit=quantity.base_unit,
        start=start,
        end=start + len(stripped.rstrip()),
        of=quantity.of,
        value_max=quantity.value_max,
        qualifier=qualifier,
        period=period,
        locality=article.locality,
    )
