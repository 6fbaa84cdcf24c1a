"""How likely a record is wrong: from its failed checks and the extractor's confidence.

Each failed rule's weight is read as the chance that it caught a real error,
the extractor's doubt as one more, independent, chance; the record is right
only if none of them is.  A record that fails nothing scores its doubt
alone (``1 - confidence``), so the riskiest-first queue still orders the
records no rule flags.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.check_rules import BY_NAME, Finding


def risk_of(findings: Iterable[Finding], confidence: float | None) -> float:
    """A score in [0, 1]; ``confidence`` None (a record added by hand) counts as certain."""
    return risk_of_rules({finding.rule for finding in findings}, confidence)


def risk_of_rules(rules: Iterable[str], confidence: float | None) -> float:
    """:func:`risk_of` from the names of the failed rules (each counted once)."""
    right = 1.0 if confidence is None else min(max(confidence, 0.0), 1.0)
    for rule in rules:
        right *= 1.0 - BY_NAME[rule].weight
    return round(1.0 - right, 4)
