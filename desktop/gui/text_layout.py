"""Where things are in an article's text, for the text view.

Records index the stored text by Python string offsets (code points); Qt's
text document counts UTF-16 code units, so a character outside the Basic
Multilingual Plane (an emoji pasted into an article) would shift every
highlight after it.  :class:`OffsetMap` converts between the two.

Qt lays out one paragraph at a time, and a 5 MB article on one line takes
seconds to lay out and to scroll.  :func:`display_text` breaks very long lines
for display only, by turning a space into a line break: one character for one
character, so every offset stays valid.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

#: Lines longer than this are broken at a space for display.
MAX_DISPLAY_LINE = 4000

_WIDE = re.compile("[\U00010000-\U0010ffff]")
_CLAUSE_END = re.compile(r"[;\n!?]|\.(?=\s|$)|:(?=\s)")


class OffsetMap:
    """Converts Python string offsets to Qt document positions and back."""

    def __init__(self, text: str) -> None:
        # Indices of characters that take two UTF-16 units; usually none.
        self._wide = [m.start() for m in _WIDE.finditer(text)]
        self._wide_qt = [i + n for n, i in enumerate(self._wide)]

    def to_qt(self, offset: int) -> int:
        return offset + bisect_left(self._wide, offset) if self._wide else offset

    def to_py(self, position: int) -> int:
        return position - bisect_right(self._wide_qt, position - 1) if self._wide else position


def display_text(text: str, limit: int = MAX_DISPLAY_LINE) -> str:
    """``text`` with lines over ``limit`` characters broken at spaces; same length, same offsets."""
    if len(text) <= limit:
        return text
    lines = text.split("\n")
    return "\n".join(_break_line(line, limit) if len(line) > limit else line for line in lines)


def _break_line(line: str, limit: int) -> str:
    parts, pos = [], 0
    while len(line) - pos > limit:
        cut = line.rfind(" ", pos + limit // 2, pos + limit)
        if cut == -1:
            cut = line.find(" ", pos + limit)
            if cut == -1:
                break
        parts.append(line[pos:cut])
        pos = cut + 1
    parts.append(line[pos:])
    return "\n".join(parts)


def clause_bounds(text: str, start: int, end: int, reach: int = 600) -> tuple[int, int]:
    """The clause around a figure: back to the previous and on to the next ``;``, ``.``, ``:`` or line end.

    A thousands dot (``20.268``) is not followed by a space, so it does not
    end a clause.  ``reach`` bounds the search on huge single-line texts.
    """
    lo = max(0, start - reach)
    before = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    clause_start = before[-1] if before else lo
    after = _CLAUSE_END.search(text, end, min(len(text), end + reach))
    clause_end = after.start() if after else min(len(text), end + reach)
    while clause_start < start and text[clause_start].isspace():
        clause_start += 1
    return clause_start, max(clause_end, end)


def percent_spans(text: str, clause: tuple[int, int], percents: list[str]) -> list[tuple[int, int]]:
    """Where the percentages ``percents`` (``97,17``) are written in ``clause``, each followed by ``%``.

    A record's comparisons carry no offsets; the window finds them in the
    clause of their figure to highlight them.  Each percentage is taken once,
    at its first occurrence not taken already.
    """
    spans: list[tuple[int, int]] = []
    start, end = clause
    for percent in percents:
        pattern = re.compile(rf"(?<![\d.,]){re.escape(percent)}\s?%")
        for match in pattern.finditer(text, start, end):
            if match.span() not in spans:
                spans.append(match.span())
                break
    return spans
