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
from collections.abc import Callable
from functools import cache
from typing import Any

from desktop.core.extract.lexicon import ADMIN_WORDS, COUNTRY, alternation

COUNTRY_NAME = "cả nước"

_SUBJECT_SLOT = r"(?:^|[,;:]\s*|(?<![^\W\d_])(?:tại|ở|của|toàn)\s+)"
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


def locality_of(region: str, default: str | None) -> str | None:
    """The locality of a figure whose clause text before it is ``region``."""
    region = region.strip()
    if not region:
        return default
    if _COUNTRY.search(region):
        return COUNTRY_NAME
    find_places = _find_places()
    if find_places is None:
        return default
    try:
        mentions = find_places(region)
    except Exception:  # the gazetteer must never break extraction
        return default
    for mention in mentions:
        name = getattr(mention, "name", None)
        start = getattr(mention, "start", None)
        if not name or start is None or name == default:
            continue
        if _SUBJECT_BEFORE.search(region[:start]):
            return str(name)
    return default
