"""Word lists looked up word by word, for the label rules.

Vietnamese words are runs of syllables, so a phrase of the genre (``giá trị sản xuất``, ``kết
quả``) is a run of space-separated words.  A regular expression alternating a hundred such
phrases tries them all at every character; here a label is split once into lower-case words and
each word is looked up in a table of the phrases it can start (or end), which costs a dictionary
miss for most words.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from desktop.core.extract.label_words import (
    ACTION_VERBS,
    AGENT_WORDS,
    GUARD_BEFORE,
    GUARDED_QUANTITY_NOUNS,
    PREAMBLE_WORDS,
    QUANTITY_NOUNS,
)
from desktop.core.memo import remember

#: Punctuation a word of a label may carry at either end.
_PUNCTUATION = " ,;:()\"“”‘’'.!?…-–—+*•/"
#: Words after a verb that still belong to it (``thu hút thêm``, ``xây mới``).
VERB_TRAIL = frozenset({"thêm", "mới", "được"})
#: Auxiliaries: what follows one is said of the quantity before it.
AUXILIARIES = frozenset({"đã", "đang", "sẽ", "cũng", "vẫn", "đều", "vừa", "mới"})


#: Texts whose words are remembered: a label's few forms are looked up several times each.  Plain
#: dicts, cleared when full, not ``lru_cache``: its call and bookkeeping cost the compiled core more
#: than the lookup.
KEYS_CACHE: Final = 256
_keys_of: Final[dict[str, tuple[str, ...]]] = {}
_has_quantity: Final[dict[str, bool]] = {}


def keys(text: str) -> tuple[str, ...]:
    """The lower-case words of ``text`` without their punctuation (a lone comma is an empty word)."""
    found = _keys_of.get(text)
    if found is None:
        words = tuple([word.strip(_PUNCTUATION) for word in text.lower().split()])  # a list: no generator
        found = remember(_keys_of, text, words, KEYS_CACHE)
    return found


class Phrases:
    """Phrases of a word list by their first word, longest first."""

    def __init__(self, phrases: Iterable[str]) -> None:
        table: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(set(phrases), key=lambda p: -len(p.split())):
            words = tuple(phrase.split())
            table.setdefault(words[0], []).append(words)
        self._table = {first: tuple(found) for first, found in table.items()}

    def __contains__(self, word: str) -> bool:
        return word in self._table

    def at(self, words: tuple[str, ...], i: int) -> int:
        """How many words of the longest phrase starting at ``words[i]``, 0 if none does."""
        for phrase in self._table.get(words[i], ()):
            n = len(phrase)
            if n == 1 or words[i : i + n] == phrase:
                return n
        return 0

    def ending(self, words: tuple[str, ...], end: int) -> int:
        """How many words of the longest phrase ending right before ``words[end]`` (0 if none), for
        a table built from reversed phrases (see :func:`reversed_phrases`)."""
        last = words[end - 1]
        for phrase in self._table.get(last, ()):
            n = len(phrase)
            if n == 1 or (n <= end and tuple(reversed(words[end - n : end])) == phrase):
                return n
        return 0


def reversed_phrases(phrases: tuple[str, ...]) -> Phrases:
    """A table of ``phrases`` by their last word, for looking up the end of a label."""
    return Phrases(tuple(" ".join(reversed(p.split())) for p in phrases))


_QUANTITY = Phrases(QUANTITY_NOUNS)
_GUARDED = {noun: frozenset(after) for noun, after in GUARDED_QUANTITY_NOUNS.items()}
_GUARD_BEFORE = frozenset(GUARD_BEFORE)
_QUANTITY_FIRST = frozenset(p.split()[0] for p in QUANTITY_NOUNS) | frozenset(GUARDED_QUANTITY_NOUNS)
_PREAMBLE = Phrases(PREAMBLE_WORDS)
_AGENTS = Phrases(AGENT_WORDS)
_VERBS = reversed_phrases(ACTION_VERBS)
#: The words a verb phrase can end with: a clause that ends otherwise ends with no verb.
_VERB_ENDS = frozenset(p.split()[-1] for p in ACTION_VERBS) | VERB_TRAIL


def may_end_with_verb(text: str) -> bool:
    """A cheap first look before :func:`verbs_start`: the last word could end a verb."""
    last = text.rsplit(None, 1)[-1:]
    return bool(last) and last[0].lower().strip(_PUNCTUATION) in _VERB_ENDS


def quantity_at(words: tuple[str, ...], i: int) -> int:
    """How many words of a quantity noun start at ``words[i]`` (``giá trị``, ``thu`` but not ``thu
    hút``, ``giá`` but not ``đánh giá``), 0 if none."""
    n = _QUANTITY.at(words, i)
    if n:
        return n
    word = words[i]
    after = _GUARDED.get(word)
    if after is None or (i and words[i - 1] in _GUARD_BEFORE):
        return 0
    return 0 if i + 1 < len(words) and words[i + 1] in after else 1


def first_quantity(words: tuple[str, ...], start: int = 0, end: int | None = None) -> int:
    """Where the first quantity noun of ``words[start:end]`` starts, -1 if none."""
    for i in range(start, len(words) if end is None else end):
        if words[i] in _QUANTITY_FIRST and quantity_at(words, i):
            return i
    return -1


def has_quantity(text: str) -> bool:
    """True when ``text`` names a quantity."""
    found = _has_quantity.get(text)
    if found is None:
        found = remember(_has_quantity, text, first_quantity(keys(text)) >= 0, KEYS_CACHE)
    return found


def preamble_ends(words: tuple[str, ...]) -> list[int]:
    """Where each word that only opens a clause (``theo``, ``kết quả``, ``hiện nay``) ends."""
    ends, i = [], 0
    while i < len(words):
        n = _PREAMBLE.at(words, i)
        if n:
            ends.append(i + n)
        i += n or 1
    return ends


def agents_end(words: tuple[str, ...], start: int = 0) -> int:
    """Where a run of agent words from ``start`` ends (``UBND tỉnh``, ``Thành phố``)."""
    i = start
    while i < len(words):
        n = _AGENTS.at(words, i)
        if not n:
            break
        i += n
    return i


def verbs_start(words: tuple[str, ...]) -> int:
    """Where the verbs a clause ends with start (``xây dựng mới và sửa chữa``), ``len(words)`` if
    it ends with none."""
    end = len(words)
    while end and words[end - 1] in VERB_TRAIL:
        end -= 1
    at = end
    while at:
        n = _VERBS.ending(words, at)
        if not n:
            break
        at -= n
        if at and words[at - 1] in ("và", ""):
            at -= 1
    while at < end and words[at] in ("và", ""):
        at += 1
    return at if at < end else len(words)
