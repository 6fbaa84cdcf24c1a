"""A bounded memo for the hot paths of the core: a plain dict that forgets everything when full.

Plain dicts, not ``functools.lru_cache``: the figures of an article ask the same small questions
(a number's value, a run's place names, a label's words) many times, and the cache's call and
bookkeeping cost more than the dict lookup, most of all in the compiled core, where a dict is native
and the cache's wrapper is not.  Clearing at the bound keeps memory flat over a corpus of any size.
"""

from __future__ import annotations

from typing import TypeVar

_K = TypeVar("_K")
_V = TypeVar("_V")


def remember(memo: dict[_K, _V], key: _K, value: _V, limit: int) -> _V:
    """``memo[key] = value``, forgetting everything first when ``memo`` holds ``limit`` entries."""
    if len(memo) >= limit:
        memo.clear()
    memo[key] = value
    return value
