"""The tidy table: one row per figure, only what an analyst pivots on.

Columns (:data:`TIDY_HEADER`): the indicator's taxonomy code and name (the
reviewer's label when the record has no code), the place, the year, the
kind, the value in its base unit (``11428.6 tỷ đồng`` is ``11428600000000``
``đồng``), and the article it came from.  A range gives its lower bound; a
term (``2016-2020``) stays as text in ``year``.  ``record_id`` leads back to
every other field of the record in the full export or the database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from desktop.core.taxonomy import default_taxonomy
from desktop.export.query import blocks

TIDY_HEADER = (
    "indicator_code",
    "indicator_name",
    "place",
    "year",
    "kind",
    "value",
    "base_unit",
    "source_article",
    "source_url",
    "record_id",
)
_SELECT = (
    "r.indicator_code, r.indicator, r.locality, r.period, r.kind, r.base_value, r.base_unit, a.doc, "
    "coalesce(nullif(a.url, ''), a.source), r.id"
)


def tidy_blocks(conn: sqlite3.Connection, status: str) -> Iterator[list[tuple]]:
    """Blocks of rows of :data:`TIDY_HEADER`; ``value`` is the exact decimal text, ``year`` an int when it is one year."""
    name_of = default_taxonomy().name
    for block in blocks(conn, status, _SELECT):
        yield [
            (code, (name_of(code) if code else None) or label, place, year_of(period), *rest)
            for code, label, place, period, *rest in block
        ]


def tidy_rows(conn: sqlite3.Connection, status: str) -> Iterator[tuple]:
    """The rows of :func:`tidy_blocks` one by one."""
    for block in tidy_blocks(conn, status):
        yield from block


def year_of(period: str | None) -> int | str | None:
    """``"2019"`` is the year 2019; a term (``"2016-2020"``) stays text."""
    if period and period.isdecimal() and period.isascii() and len(period) == 4:
        return int(period)
    return period
