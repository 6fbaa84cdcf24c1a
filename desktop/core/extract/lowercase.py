"""Lower-casing that keeps offsets valid.

Matching cue words and units case-sensitively on a lower-cased copy of the
article is several times faster than ``re.IGNORECASE``, but offsets found in
the copy must be offsets in the article: ``str.lower`` turns ``İ`` into two
characters, so the rare text that contains such a letter keeps it as is.
"""

from __future__ import annotations


def lower_same_length(text: str) -> str:
    """``text`` lower-cased character by character, as long as ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
