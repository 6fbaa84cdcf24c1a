"""Where SQL outside the store reads a record's decision: its status, reviewer and time.

Since schema v10 the decision lives in ``decisions`` and ``records`` is a
view that joins it back to ``record_rows``, so ``r.status`` over
``records r`` is the decision (``pending`` where there is none).  Readers
that build their own SELECT over ``records r`` (the exports) take the three
columns and any join they need from :data:`DECISION`, so that reading the
tables beneath the view instead, or moving the decision again, changes
this module alone.
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
