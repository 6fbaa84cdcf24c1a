"""Where words start in a text, found with ``str.find``.

A regex led by a word or a character class tries it at every character of a text; ``str.find``
skips to the next occurrence in C, many times faster.  The gazetteer's scans and the locality rules
look for a few words each and run their patterns only where one of them starts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

#: The upper-case and the lower-case letters (to Greek extended), for character classes: ``re`` has no
#: ``\p{Lu}``, and ``[^\W\d_]`` takes both cases.
UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1F00)) if ch.isupper())
LOWER = "".join(ch for ch in map(chr, range(0x61, 0x1F00)) if ch.islower())


def matches_from(
    pattern: re.Pattern[str], text: str, starts: list[int], start: int, end: int
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text, start, end)`` gives, for a pattern that matches no empty string and
    can start only at ``starts`` (sorted offsets of ``text``, more may be there): tried at those alone, in
    order, each after the end of the match before, as the regex engine would have gone on."""
    resume = start
    for i in range(bisect_left(starts, start), len(starts)):
        at = starts[i]
        if at >= end:
            break
        if at < resume:
            continue
        found = pattern.match(text, at, end)
        if found is not None:
            yield found
            resume = found.end()


def positions(text: str, word: str) -> list[int]:
    """Every offset of ``text`` where ``word`` starts, in order (overlapping ones too)."""
    found = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found
