"""A record's confidence: the chance that a reviewer leaves it as the extractor made it.

The extractor knows, when it makes a record, what it went on: the figure's shape, the guesses of
:mod:`~desktop.core.extract.doubts`, whether the label is empty, whether the figure sits in a page's
furniture, the kind it chose, whether the period was written or taken from the article's date.  Each of these is a *sign* (a short name,
see :func:`signs_of`).  The confidence is a logistic regression, fitted offline on gold sets by
``benchmarks/fit_confidence.py``: a record counts as right there when the scorer pairs it with a gold
record and a reviewer would change none of kind, period, place, unit, comparisons and label
(``benchmarks/check_precision.py``).  Its inputs are

- the *prior* (:func:`prior`): the hand-made score the extractor used before (a shape's base, less a
  fixed amount per guess, for a missing label and for page furniture).  On gold sets left out of the
  fit it ordered records from right to wrong better than a weight fitted for each sign (2026-12-03,
  ``fit_confidence.py --signs --loso``: among as many passing records as the prior's accept confirmed,
  the fitted signs had 61 wrong against 45 on nine read sets and 69 against 62 on two unread sets,
  though 16 against 18 on a third unread set kept out of every fit), so the fit keeps its order and says what
  each of its values means: a bias and a slope on its log-odds;
- a weight per sign, added to that: none is shipped, as none helped on held-out sets.

Three signs say what records "accept all that pass" confirmed wrongly had in common, read from the text
when the record is made (:func:`text_signs`; stop 36, ten read gold sets and the opened blind set v):

- no period at all: the article gave no year, none was assumed at import and none is written near the
  figure (22 records of one read set, every one wrong, 14 of them accepted);
- a period the text contradicts: not the year written in brackets right after the figure (``từ 58,4%
  (2021) xuống còn 47,9%``), or, not written near it, the year its sentence compares a figure with
  (``đạt 12.500 tỷ đồng, tăng 5% so với cùng kỳ năm 2022`` dated 2022, the year an undated article was
  given): 4 records of v, all wrong;
- a figure inside a quotation, a speaker's words (a farmer's yield, a cooperative head's ``... tăng 4 tỷ
  đồng so với trước”``), loosely dated and placed: 15 of 25 wrong on six read sets, 7 of the 17
  that have a period, against 17% of all records.

The first two are errors by definition and take so much off the prior that the queue shows them among
the first; the third is a guess like the others.  Left with the shipped bias and slope (a refit without
the unread sets they were fitted on, ``fit_confidence.py --loso``, confirmed 134 of v's 171 records at
0.68, 40 of them wrong), they keep back 20 of the 402 records the accept confirmed on those sets, 18 of
them wrong (read sets 52 wrong of 375 → 37 of 358, v 8 of 27 → 5 of 24).

The weights ship in ``resources/confidence.json``, with the sets and the date they were fitted on, and
are read once per process.  So the confidence is a probability on articles nobody read when the rules
were written (the fresh sets weigh as much in the fit as the read ones), and "accept all that pass"
(:mod:`~desktop.core.checks.risk`) asks for a probability.  A sign the weights do not name weighs
nothing, so that an older weights file still loads.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache

from desktop.core.bundled import resource
from desktop.core.extract.doubts import DOUBT_SIGN

#: The shipped weights.
WEIGHTS_FILE = "confidence.json"
#: Decimals kept: enough to order the queue, few enough that a handful of values recur.
DECIMALS = 3
#: The prior's base by figure shape: how sure a figure of that shape is to be a record.
SHAPE_PRIOR = {
    "money": 0.9,
    "score": 0.9,
    "measure": 0.85,
    "percent": 0.8,
    "fraction": 0.8,
    "count": 0.7,
    "scaled": 0.5,
}
#: What each guess, a missing label, page furniture and a period that cannot be right take off the prior.
DOUBT = 0.15
UNNAMED = 0.2
FURNITURE = 0.1
WRONG_PERIOD = 0.45
#: The prior's floor: a record is never certain to be wrong.
FLOOR = 0.05
#: The signs the prior reads besides the shape and the guesses (see :func:`text_signs` for the last three).
NO_LABEL, ON_FURNITURE = "label:none", "furniture"
NO_PERIOD, CONTRADICTED, QUOTED = "period:none", "period:contradicted", "quoted"
#: What each of them takes off the prior.
COST = {
    NO_LABEL: UNNAMED,
    ON_FURNITURE: FURNITURE,
    NO_PERIOD: WRONG_PERIOD,
    CONTRADICTED: WRONG_PERIOD,
    QUOTED: DOUBT,
}
#: A year in brackets right after a figure, the words before it in the bracket few
#: (``(2021)``, ``(năm 2020)``, ``(hết năm 2023)``): the figure's own year.
_BRACKET_YEAR = re.compile(r"\s*\([^()\d]{0,12}?((?:19|20)\d\d)\)")
#: What a figure is compared with, a year: ``so với năm 2022``, ``so với cùng kỳ năm 2022``, ``so với 2021``.
_COMPARED_YEAR = re.compile(r"so\s+với\s+(?:cùng\s+k[ỳì]\s+)?(?:(?:của\s+)?năm\s+)?((?:19|20)\d\d)(?![\d/])")
#: How close before a figure a comparison's year may end and the figure still be that year's, as the base
#: written after it: ``gấp 3 lần so với năm 2010 (19 triệu đồng)``.
_BASE_BEFORE = 20
#: Quotation marks: a figure after an opening one with no closing one since, in its paragraph, is quoted.
_OPENING, _CLOSING, _STRAIGHT = "“", "”", '"'


def signs_of(
    shape: str,
    kind: str,
    guesses: tuple[str, ...],
    named: bool,
    furniture: bool,
    stated: bool,
) -> tuple[str, ...]:
    """The signs of a record as the extractor makes it: ``shape`` of its figure, its ``kind``, its
    ``guesses`` (:func:`~desktop.core.extract.doubts.doubts`), ``named`` when it has a label, ``furniture``
    (a page's menu or footer), ``stated`` when the period was written near the figure (not taken from
    the article's date)."""
    signs = [f"shape:{shape}", f"kind:{kind}", *guesses]
    if not named:
        signs.append(NO_LABEL)
    if furniture:
        signs.append(ON_FURNITURE)
    if not stated:
        signs.append("period:dated")
    return tuple(signs)


def text_signs(
    low: str, sentence: tuple[int, int], figure: tuple[int, int], period: str | None, stated: bool
) -> tuple[str, ...]:
    """The signs the text around a record gives: :data:`NO_PERIOD` when its ``period`` is None,
    :data:`CONTRADICTED` when the text gives the figure another year, :data:`QUOTED` when a speaker
    says it.  ``low`` is the article lower-cased, ``sentence`` and ``figure`` the spans of the record's
    sentence and figure, ``stated`` whether its period was written near it."""
    signs = []
    if period is None:
        signs.append(NO_PERIOD)
    elif _contradicted(low, sentence, figure, period, stated):
        signs.append(CONTRADICTED)
    if _quoted(low, figure[0]):
        signs.append(QUOTED)
    return tuple(signs)


def _contradicted(
    low: str, sentence: tuple[int, int], figure: tuple[int, int], period: str, stated: bool
) -> bool:
    """Whether ``period`` is not the year written in brackets right after the figure, or (not ``stated``)
    is the year its sentence compares a figure with: a report compares a figure with an earlier year,
    never with its own."""
    start, end = figure
    bracket = _BRACKET_YEAR.match(low, end)
    if bracket is not None:
        return bracket[1] != period
    if stated or "so" not in low[sentence[0] : sentence[1]]:
        return False
    return any(
        match[1] == period and not 0 <= start - match.end() < _BASE_BEFORE
        for match in _COMPARED_YEAR.finditer(low, sentence[0], sentence[1])
    )


def _quoted(low: str, start: int) -> bool:
    """Whether the figure at ``start`` is inside a quotation of its paragraph."""
    paragraph = low.rfind("\n", 0, start) + 1
    opening = low.rfind(_OPENING, paragraph, start)
    if opening >= 0 and low.find(_CLOSING, opening, start) < 0:
        return True
    return low.count(_STRAIGHT, paragraph, start) % 2 == 1


def prior(signs: tuple[str, ...]) -> float:
    """The hand-made score of a record with ``signs``: its shape's base, less :data:`DOUBT` a guess and
    what :data:`COST` says of the other signs (a missing label, page furniture, a period that cannot be
    right, a quotation)."""
    score = 0.5
    for sign in signs:
        if sign.startswith("shape:"):
            score = SHAPE_PRIOR.get(sign[6:], 0.5)
    for sign in signs:
        if sign.startswith(DOUBT_SIGN):
            score -= DOUBT
        else:
            score -= COST.get(sign, 0.0)
    return max(round(score, 2), FLOOR)


def probability(bias: float, slope: float, weights: dict[str, float], signs: tuple[str, ...]) -> float:
    """The logistic regression's chance that a record with ``signs`` is right: ``bias`` plus ``slope``
    times the prior's log-odds plus the signs' ``weights``."""
    base = prior(signs)
    score = bias + slope * math.log(base / (1.0 - base)) + sum(weights.get(sign, 0.0) for sign in signs)
    return 1.0 / (1.0 + math.exp(-score))


@lru_cache(maxsize=1)
def _model() -> tuple[float, float, dict[str, float]]:
    data = json.loads(resource(WEIGHTS_FILE).read_text(encoding="utf-8"))
    weights = {str(name): float(weight) for name, weight in data.get("weights", {}).items()}
    return float(data["bias"]), float(data["slope"]), weights


@lru_cache(maxsize=4096)
def confidence_of(signs: tuple[str, ...]) -> float:
    """The confidence of a record with ``signs``, from the shipped weights; few distinct sets of signs
    recur, each computed once."""
    bias, slope, weights = _model()
    return round(probability(bias, slope, weights, signs), DECIMALS)
