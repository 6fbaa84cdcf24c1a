"""Actual, estimate or target: the cue words before a figure, then the calendar.

Cue words decide first (ANNOTATION.md): the nearest estimate or target cue
in the figure's clause wins over the weak actual cues (``đạt``, ``có``),
because ``phấn đấu ... đạt 450 tỷ đồng`` is a target.  A target frame at the
head of the sentence (``Về kinh tế, phấn đấu ...; ... đạt 4.500 tỷ đồng``)
reaches every clause that has no estimate cue of its own.

Then the calendar: a whole-year figure for a year that had not ended -- or
not even reached its second half -- when the article was published cannot
be a result, so a figure with only weak cues becomes a target.  ``dự kiến``
is a target about the future and an estimate about a period under way.
"""

from __future__ import annotations

import re

from desktop.core.extract.lexicon import (
    ACTUAL_CUES,
    ESTIMATE_CUES,
    FORECAST_CUES,
    TARGET_CUES,
    TARGET_FRAME_CUES,
    alternation,
)

_EDGE_BEFORE = r"(?<![^\W\d_])"
_EDGE_AFTER = r"(?![^\W\d_])"
_CUE = re.compile(
    rf"{_EDGE_BEFORE}(?:(?P<estimate>{alternation(ESTIMATE_CUES)})|(?P<target>{alternation(TARGET_CUES)})"
    rf"|(?P<forecast>{alternation(FORECAST_CUES)})|(?P<actual>{alternation(ACTUAL_CUES)})){_EDGE_AFTER}",
    re.IGNORECASE,
)
_FRAME = re.compile(rf"{_EDGE_BEFORE}(?:{alternation(TARGET_FRAME_CUES)}){_EDGE_AFTER}", re.IGNORECASE)

#: Published in or before this month, a whole-year figure for the same year is a plan.
LAST_PLANNING_MONTH = 6


def cue_kind(region: str) -> str | None:
    """The kind the cue words of ``region`` (text before a figure) point to, or None without cues.

    Returns ``actual``, ``estimate``, ``target`` or ``forecast`` (``dự kiến``,
    resolved later by :func:`resolve`).
    """
    strong = weak = None
    for match in _CUE.finditer(region):
        if match.lastgroup == "actual":
            weak = "actual"
        else:
            strong = match.lastgroup
    return strong or weak


def has_target_frame(sentence_head: str) -> bool:
    """True when the text before a sentence's first figure sets a target frame."""
    return _FRAME.search(sentence_head) is not None


def resolve(
    cue: str | None, framed: bool, period: str | None, sub_year: bool, published: str | None
) -> str:
    """The final kind from the cue, the sentence frame and the calendar."""
    if cue in ("estimate", "target"):
        return cue
    future, current_plan = _timing(period, sub_year, published)
    if cue == "forecast":
        return "target" if future or current_plan or published is None else "estimate"
    if framed or future or current_plan:
        return "target"
    return "actual"


def _timing(period: str | None, sub_year: bool, published: str | None) -> tuple[bool, bool]:
    """(period ends after the publication year, whole-year period of the publication year in its first half)."""
    if not period or not published:
        return False, False
    try:
        year, published_year, month = int(period[-4:]), int(published[:4]), int(published[5:7])
    except ValueError:
        return False, False
    future = year > published_year
    current_plan = year == published_year and not sub_year and month <= LAST_PLANNING_MONTH
    return future, current_plan
