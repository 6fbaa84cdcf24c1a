"""Agreement between reviewers: Cohen's and Fleiss' kappa, and label word overlap.

Kappa corrects raw agreement for the agreement chance alone would give:
``(p_o - p_e) / (1 - p_e)``.  Cohen's kappa compares two raters, each with
their own category frequencies; Fleiss' kappa generalises to any fixed
number of raters per item, with the category frequencies pooled.  Both are
undefined when chance agreement is certain (every rating in one category):
they return None then rather than a division by zero dressed as a number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from desktop.core.taxonomy import normalise


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two raters; ``pairs`` holds one (rater A, rater B) category per item."""
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in first) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def fleiss_kappa(items: Sequence[Sequence[str]]) -> float | None:
    """Fleiss' kappa; ``items`` holds, per item, the category each rater gave (same count per item)."""
    if not items:
        return None
    raters = len(items[0])
    if raters < 2 or any(len(item) != raters for item in items):
        raise ValueError("Fleiss' kappa needs the same number (two or more) of ratings per item")
    n = len(items)
    totals: Counter[str] = Counter()
    per_item = 0.0
    for item in items:
        counts = Counter(item)
        totals.update(counts)
        per_item += (sum(c * c for c in counts.values()) - raters) / (raters * (raters - 1))
    observed = per_item / n
    expected = sum((count / (n * raters)) ** 2 for count in totals.values())
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def kappa(items: Sequence[Sequence[str]]) -> float | None:
    """Cohen's kappa for two ratings per item, Fleiss' for more."""
    if items and len(items[0]) == 2:
        return cohen_kappa([(a, b) for a, b in items])
    return fleiss_kappa(items)


def word_overlap(first: str, second: str) -> float:
    """F1 of the words two labels share, as the scorer compares labels (1.0 for two empty labels)."""
    a, b = Counter(normalise(first).split()), Counter(normalise(second).split())
    if not a and not b:
        return 1.0
    common = sum((a & b).values())
    if common == 0:
        return 0.0
    precision, recall = common / sum(b.values()), common / sum(a.values())
    return 2 * precision * recall / (precision + recall)
