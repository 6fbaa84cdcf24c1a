"""Match a fresh extraction of one article against the records already stored for it.

The rules protect human work (issue 2, part 6):

* a pending record is the machine's proposal and follows the machine: updated
  in place when the new extractor says something else about the same figure,
  removed when it no longer proposes it;
* a confirmed, corrected, rejected or added record is never changed or
  dropped.  When the extractor now disagrees with a confirmed, corrected or
  added record, the record gets a ``flag`` for the reviewer instead;
* a candidate identical to a record the reviewer rejected is never proposed
  again; a *different* proposal at a rejected figure is new information and
  comes back as pending.

A candidate and a stored record are the same figure when their spans are
equal, or when their spans overlap and their values (``base_value``) agree.
This module is pure: it plans, :mod:`desktop.store.reextraction` writes the
:class:`~desktop.store.reextraction.Plan`.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.core.records import FIELDS, Record, decimal_to_text
from desktop.store import StoredRecord
from desktop.store.reextraction import Plan

_VERB = {"confirmed": "you confirmed", "corrected": "you corrected it to", "added": "you added"}


def same_proposal(a: Record, b: Record) -> bool:
    """Every field equal: confidence and rule name do not make another proposal."""
    return all(getattr(a, name) == getattr(b, name) for name in FIELDS)


def plan(candidates: list[Record], stored: list[StoredRecord]) -> Plan:
    """Decide the fate of every candidate and every stored record of one article."""
    result = Plan()
    pairs = _match(candidates, stored)
    matched_candidates = {id(c) for c, _ in pairs}
    matched_stored = {id(s) for _, s in pairs}
    for candidate, record in pairs:
        _settle(result, candidate, record)
    for candidate in candidates:
        if id(candidate) not in matched_candidates:
            result.add.append(candidate)
            result.new += 1
    for record in stored:
        if id(record) in matched_stored:
            continue
        if record.status == "pending":
            result.remove.append(record)
        else:
            result.unmatched += 1
    return result


def _match(candidates: list[Record], stored: list[StoredRecord]) -> list[tuple[Record, StoredRecord]]:
    """Greedy one-to-one pairing, best pairs first (identical > same span > same value > same unit)."""
    scored = []
    for ci, candidate in enumerate(candidates):
        for si, record in enumerate(stored):
            score = _score(candidate, record)
            if score:
                scored.append((-score, ci, si))
    scored.sort()
    pairs, used_c, used_s = [], set(), set()
    for _, ci, si in scored:
        if ci not in used_c and si not in used_s:
            used_c.add(ci)
            used_s.add(si)
            pairs.append((candidates[ci], stored[si]))
    return pairs


def _score(candidate: Record, stored: StoredRecord) -> int:
    current = stored.record
    same_span = (candidate.start, candidate.end) == (current.start, current.end)
    overlap = candidate.start < current.end and current.start < candidate.end
    same_value = candidate.base_value == current.base_value
    if not (same_span or (overlap and same_value)):
        return 0
    identical = any(same_proposal(candidate, r) for r in _references(stored))
    return 16 * identical + 4 * same_span + 2 * same_value + (candidate.unit == current.unit) + 1


def _references(stored: StoredRecord) -> list[Record]:
    """What the reviewer has seen of a record: its current fields and the machine's original."""
    return [stored.record] + ([stored.machine] if stored.machine else [])


def _settle(result: Plan, candidate: Record, stored: StoredRecord) -> None:
    """A candidate matched to a stored record: update, keep, flag or re-propose."""
    identical = any(same_proposal(candidate, r) for r in _references(stored))
    if stored.status == "pending":
        if same_proposal(candidate, stored.record):
            result.refresh.append((stored, candidate))
            result.unchanged += 1
        else:
            result.update.append((stored, candidate))
            result.changed += 1
    elif identical:
        result.unchanged += 1
        if stored.flag:
            result.unflag.append(stored)
    elif stored.status == "rejected":
        result.add.append(candidate)
        result.changed += 1
    else:
        result.flag.append((stored, flag_text(candidate, stored)))
        result.changed += 1


def flag_text(candidate: Record, stored: StoredRecord) -> str:
    """``the extractor now says kind estimate, period 2020; you confirmed kind actual, period 2019``."""
    differing = [n for n in FIELDS if getattr(candidate, n) != getattr(stored.record, n)]
    now = ", ".join(f"{n} {describe(getattr(candidate, n))}" for n in differing)
    was = ", ".join(f"{n} {describe(getattr(stored.record, n))}" for n in differing)
    return f"the extractor now says {now}; {_VERB.get(stored.status, 'you decided')} {was}"


def describe(value: object) -> str:
    """A field's value as a reviewer reads it."""
    if value is None or value == "":
        return "(none)"
    if isinstance(value, tuple):
        return "[" + "; ".join(f"{decimal_to_text(c.percent)}% {c.relation} {c.basis}" for c in value) + "]"
    if isinstance(value, Decimal):
        return decimal_to_text(value) or "(none)"
    return str(value)
