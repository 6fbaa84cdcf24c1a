"""A record's wide, rarely read columns, kept beside its row (schema v8, issue 13).

``machine`` (the extractor's original) and the failed checks' JSON
(``checks``, ``conflicts``) live in ``record_details``, one row per record
under the record's id, so that a decision rewrites a row of about 200 bytes
rather than 830 (see :data:`~desktop.store.schema.DETAIL_COLUMNS`).  Whoever
reads a whole record reads :data:`ROW` from :data:`JOINED`, the row as it was
before the split; whoever writes one of these columns goes through
:func:`write`, which creates the details row a record may not have yet.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from desktop.store.schema import DETAIL_COLUMNS

#: A record with its details: ``r`` and ``d``.  LEFT: a record may have no details row.
JOINED = "records r LEFT JOIN record_details d ON d.record_id = r.id"
#: A record's whole row, as ``SELECT *`` read it before the split (the details' columns last).
ROW = "r.*, " + ", ".join(f"d.{c}" for c in DETAIL_COLUMNS)


def split(columns: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``columns`` as ``(the record's own, its details')``."""
    own = {name: value for name, value in columns.items() if name not in DETAIL_COLUMNS}
    return own, {name: value for name, value in columns.items() if name in DETAIL_COLUMNS}


def write(conn: sqlite3.Connection, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Set ``columns`` of each record's details: ``rows`` are ``(*values, record id)``, as an UPDATE's.

    One statement run per row, which inserts the details row where there is none.
    """
    names = ", ".join(columns)
    marks = ", ".join("?" * (len(columns) + 1))
    assignments = ", ".join(f"{c} = excluded.{c}" for c in columns)
    conn.executemany(
        f"INSERT INTO record_details ({names}, record_id) VALUES ({marks}) "
        f"ON CONFLICT (record_id) DO UPDATE SET {assignments}",
        rows,
    )
