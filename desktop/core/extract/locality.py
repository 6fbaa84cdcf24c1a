"""The place a figure is about: the article's place unless its clause names another.

A figure about another place mentioned in passing (``Hà Nội tăng 3,98%``,
``cả nước có ...``) belongs to that place -- but only when the place is the
subject of the clause (at its head, or after ``tại``/``ở``/``của``): in
``xuất khẩu ... qua cửa khẩu cả nước`` the country is a route, not the subject.

Place names come from ``desktop.core.places.find_places`` (the gazetteer);
until it is available only the whole country is recognised.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from typing import Any

from desktop.core.extract.lexicon import ADMIN_WORDS, COUNTRY, alternation

COUNTRY_NAME = "cả nước"

_SUBJECT_SLOT = r"(?:^\W*|[,;:]\s*|(?<![^\W\d_])(?:tại|ở|của|toàn)\s+)"
_COUNTRY = re.compile(rf"{_SUBJECT_SLOT}(?:{alternation(COUNTRY)})(?![^\W\d_])", re.IGNORECASE)
_SUBJECT_BEFORE = re.compile(
    rf"(?:^|[,;:]|(?<![^\W\d_])(?:tại|ở|của|toàn))\s*(?:(?:{alternation(ADMIN_WORDS)})\s+)?$", re.IGNORECASE
)


@cache
def _find_places() -> Callable[[str], list[Any]] | None:
    """The gazetteer's ``find_places``, or None while it is not installed."""
    try:
        module = importlib.import_module("desktop.core.places")
    except ImportError:
        return None
    return getattr(module, "find_places", None)


class Localities:
    """The places named in one article, found once, and the locality rule above."""

    def __init__(self, text: str, default: str | None) -> None:
        self.text = text
        self.default = default
        self._places = _places_in(text)
        self._starts = [start for start, _ in self._places]

    def at(self, low: str, region_start: int, region_end: int) -> str | None:
        """The locality of a figure whose clause text before it is ``text[region_start:region_end]``.

        ``low`` is the article lower-cased (same length).
        """
        region = low[region_start:region_end]
        if not region.strip():
            return self.default
        if any(word in region for word in COUNTRY) and _COUNTRY.search(region):
            return COUNTRY_NAME
        i = bisect_left(self._starts, region_start)
        while i < len(self._places) and self._places[i][0] < region_end:
            start, name = self._places[i]
            if name != self.default and _SUBJECT_BEFORE.search(self.text, region_start, start):
                return name
            i += 1
        return self.default


def _places_in(text: str) -> list[tuple[int, str]]:
    """(start, name) of every place the gazetteer finds in ``text``, in order; none without a gazetteer."""
    find_places = _find_places()
    if find_places is None:
        return []
    try:
        mentions = find_places(text)
    except Exception:  # the gazetteer must never break extraction
        return []
    places = [(getattr(m, "start", None), getattr(m, "name", None)) for m in mentions]
    return sorted((start, str(name)) for start, name in places if isinstance(start, int) and name)
