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


class Openings:
    """Where some words start in a text, in order: a pattern that can open only on one of them is tried
    there alone (:func:`matches_from`).  An article's sentences are searched one after another, so the
    offsets of the text last asked about (the very object) are kept, not those of every text.  With
    ``word_start``, only where no letter comes right before the word."""

    def __init__(self, words: tuple[str, ...], *, word_start: bool = False) -> None:
        self._words = words
        self._word_start = word_start
        self._last: tuple[str, list[int]] = ("", [])

    def __call__(self, text: str) -> list[int]:
        last, starts = self._last
        if last is not text:
            starts = sorted(
                at
                for word in self._words
                for at in positions(text, word)
                if not self._word_start or at == 0 or not text[at - 1].isalpha()
            )
            self._last = (text, starts)
        return starts
