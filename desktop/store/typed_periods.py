"""Which records' periods a reviewer typed: those an article's year must never move (stop 36).

A period that follows from an article's year (one its text does not write) moves when the year is
answered (:mod:`desktop.store.article_year`), and after a team's merge when the merged file's year is
not the one a reviewer decided under (:mod:`desktop.store.merged_years`) -- unless a reviewer typed it.
The record's row cannot tell: a confirmed record and one the year moved (corrected by the answer) hold
the machine's period or one derived from it, and a reviewer may type any period.  The log can: a period
is typed when a reviewer's correction (``correct``), addition (``add``) or new correction while
adjudicating (``adjudicate``) changed the record's period to the one it holds now.  An undone typing
leaves another period, so it no longer counts; a redone one brings the typed period back, and counts
again.  In a merged file the reviewers' own logs (``source_events``) count as the file's own.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

#: The events by which a reviewer writes a record's fields, with the period each wrote, of ``{table}``.
_TYPINGS = """
    SELECT record_id, json_extract(after, '$.period') FROM {table}
    WHERE record_id IN (SELECT value FROM json_each(?))
      AND (action IN ('correct', 'add')
           OR (action = 'adjudicate' AND json_extract(after, '$.adjudication.new_correction')))
      AND json_extract(after, '$.period') IS NOT json_extract(before, '$.period')"""


def typed(conn: sqlite3.Connection, rows: Mapping[int, Mapping[str, Any]]) -> set[int]:
    """The ids of ``rows`` (record id -> its row, with ``period``) whose period a reviewer typed."""
    if not rows:
        return set()
    ids = json.dumps(list(rows))
    tables = ["events"]
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'source_events'").fetchone() is not None:
        tables.append("source_events")
    found = set()
    for table in tables:
        for record_id, period in conn.execute(_TYPINGS.format(table=table), (ids,)):
            if period is not None and rows[record_id]["period"] == period:
                found.add(record_id)
    return found
