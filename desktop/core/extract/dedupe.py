"""One fact, one record: drop the copies a title, teaser, caption or recap makes.

Two records are the same fact when they have the same base value and unit
and either one sits in page furniture (title line, teaser, markdown caption
or "more" recap, where everything repeats the body) or their labels share
most of their words (a recap inside the body: ``Như vậy, ... thu hút được
2,15 tỷ USD``).  The first occurrence in the body is kept; if the body copy
comes second it replaces the furniture copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.records import Record

#: Share of label words two body records need in common to be one fact.
SIMILAR_LABELS = 0.5
#: Earlier records with the same value compared against (keeps a text of 100,000 equal numbers linear).
MAX_TWINS = 16

_WORD = re.compile(r"[^\W_]+")


@dataclass(slots=True)
class Candidate:
    record: Record
    furniture: bool


def dedupe(candidates: list[Candidate]) -> list[Record]:
    """The records of ``candidates`` with repeated facts removed, in text order."""
    kept: list[Candidate] = []
    by_value: dict[tuple[object, str], list[int]] = {}
    for candidate in candidates:
        key = (candidate.record.base_value, candidate.record.base_unit)
        slots = by_value.setdefault(key, [])
        twin = next((i for i in slots[-MAX_TWINS:] if _same_fact(kept[i], candidate)), None)
        if twin is None:
            slots.append(len(kept))
            kept.append(candidate)
        elif kept[twin].furniture and not candidate.furniture:
            kept[twin] = candidate
    return sorted((c.record for c in kept), key=lambda r: r.start)


def _same_fact(a: Candidate, b: Candidate) -> bool:
    if a.furniture or b.furniture:
        return True
    words_a, words_b = _words(a.record.indicator), _words(b.record.indicator)
    if not words_a or not words_b:
        return False
    return len(words_a & words_b) / min(len(words_a), len(words_b)) >= SIMILAR_LABELS


def _words(label: str) -> set[str]:
    return set(_WORD.findall(label.lower()))
