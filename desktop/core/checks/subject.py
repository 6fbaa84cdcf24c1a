"""What a check looks at: a record's fields, and the article it came from.

:class:`~desktop.core.records.Record` has every field a check reads, and so
does any lighter object with the same attribute names: the corpus-wide pass
reads a million rows and builds no Decimals it does not need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Protocol

from desktop.core.records import Comparison

_YEAR = re.compile(r"\d{4}")


class Subject(Protocol):
    """The fields of a record the checks read (a :class:`~desktop.core.records.Record` is one)."""

    @property
    def indicator(self) -> str: ...
    @property
    def indicator_code(self) -> str | None: ...
    @property
    def value(self) -> Decimal: ...
    @property
    def value_max(self) -> Decimal | None: ...
    @property
    def of(self) -> Decimal | None: ...
    @property
    def unit(self) -> str: ...
    @property
    def base_value(self) -> Decimal: ...
    @property
    def base_unit(self) -> str: ...
    @property
    def qualifier(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def period(self) -> str | None: ...
    @property
    def locality(self) -> str | None: ...
    @property
    def comparisons(self) -> tuple[Comparison, ...]: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class ArticleFacts:
    """The article a record came from: its clean text and its year.

    ``year`` is the publication year when ``dated``; otherwise the year most
    of the article's figures are for (the store's ``articles.year``), a
    rougher guess that the period check allows a year of slack.  ``assumed``
    says where that year came from when the article names none of its own
    (see :mod:`desktop.core.assumed_year`): the other articles of its import,
    or the user.
    """

    text: str
    year: int | None = None
    dated: bool = True
    assumed: str | None = None


def lowered(text: str) -> str | None:
    """``text.lower()`` when it lower-cases character by character (so that ``lowered(text)[a:b]`` is
    ``text[a:b].lower()`` for any ``a`` and ``b``), else None.  The checks look back from each figure of an
    article through lower-cased windows of its text (the hedge word before it, the part of the year its
    sentence names): lower-cased once per article, each window is a search between two offsets instead of
    a slice lower-cased per figure.  Two exceptions: a character that lower-cases to two (``İ``) moves every
    offset after it, and a capital sigma lower-cases by what follows it."""
    low = text.lower()
    return low if len(low) == len(text) and "Σ" not in text else None


def period_years(period: str | None) -> tuple[int, ...]:
    """The years a period names: ``2019`` → (2019,), ``2016-2020`` → (2016, 2020), junk → ()."""
    return _years(period) if period else ()


@lru_cache(maxsize=4096)
def _years(period: str) -> tuple[int, ...]:
    return tuple(int(y) for y in _YEAR.findall(period))
