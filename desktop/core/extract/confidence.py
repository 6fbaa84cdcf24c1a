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

The weights ship in ``resources/confidence.json``, with the sets and the date they were fitted on, and
are read once per process.  So the confidence is a probability on articles nobody read when the rules
were written (the fresh sets weigh as much in the fit as the read ones), and "accept all that pass"
(:mod:`~desktop.core.checks.risk`) asks for a probability.  A sign the weights do not name weighs
nothing, so that an older weights file still loads.
"""

from __future__ import annotations

import json
import math
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
#: What each guess, a missing label and page furniture take off the prior.
DOUBT = 0.15
UNNAMED = 0.2
FURNITURE = 0.1
#: The prior's floor: a record is never certain to be wrong.
FLOOR = 0.05
#: The signs the prior reads besides the shape and the guesses.
NO_LABEL, ON_FURNITURE = "label:none", "furniture"


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


def prior(signs: tuple[str, ...]) -> float:
    """The hand-made score of a record with ``signs``: its shape's base, less :data:`DOUBT` a guess,
    :data:`UNNAMED` without a label, :data:`FURNITURE` on a page's furniture."""
    score = 0.5
    for sign in signs:
        if sign.startswith("shape:"):
            score = SHAPE_PRIOR.get(sign[6:], 0.5)
    for sign in signs:
        if sign.startswith(DOUBT_SIGN):
            score -= DOUBT
        elif sign == NO_LABEL:
            score -= UNNAMED
        elif sign == ON_FURNITURE:
            score -= FURNITURE
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
