"""Where SQL outside the store reads a record's decision: its status, reviewer and time.

The decision lives in ``records`` today; it is meant to move into a table of
its own.  Readers that build their own SELECT over ``records r`` (the
exports) take the three columns and the join that brings them from
:data:`DECISION`, so that such a move changes this module alone.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DecisionSql:
    """SQL for a record's decision, over a record row aliased ``r``.

    ``join`` goes right after ``records r`` (and any other join) in a FROM
    clause; ``status``, ``reviewer`` and ``decided_at`` are expressions valid
    once it is there.  ``status`` is never NULL.
    """

    join: str
    status: str
    reviewer: str
    decided_at: str


DECISION = DecisionSql(join="", status="r.status", reviewer="r.reviewer", decided_at="r.decided_at")
