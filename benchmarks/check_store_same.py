"""Check that two imports stored the same thing: every table of two databases, row for row.

Usage: check_store_same.py OLD.db NEW.db [--fts-segments]

Speed work on reading, cleaning, the checks and the writer must not change a
stored value, and the exports (``check_export_same.py``) read only some
columns.  This compares the schema and every table of two databases made by
importing the same files with the old and the new code: rows in id order,
every column, with the times of day masked (``imported_at``, ``created_at``,
the events' ``at``: no two imports share them).  The full-text index's own
tables (``articles_fts_data`` and ``_idx``) hold its segments, which depend on
how many articles each statement indexed, not on what a query finds: they are
left out unless ``--fts-segments`` asks for them (``articles_fts_docsize``,
one row per article, is always compared).  Prints one line per table; exits 1
when one differs, naming its first differing row.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: An ISO time of day as the store writes it (``2026-12-03T18:22:12.199Z``), wherever it stands.
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?")
_SEGMENTS = ("articles_fts_data", "articles_fts_idx")


def tables(conn: sqlite3.Connection, segments: bool) -> list[str]:
    """The database's tables (virtual tables are read through their own shadow tables)."""
    names = [
        name
        for (name, sql) in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
        if not sql.upper().startswith("CREATE VIRTUAL TABLE")
    ]
    return [name for name in names if segments or name not in _SEGMENTS]


def masked(value: Any) -> Any:
    return _STAMP.sub("<time>", value) if isinstance(value, str) else value


def rows(conn: sqlite3.Connection, table: str) -> Iterator[tuple[Any, ...]]:
    """The table's rows in a fixed order (its rowid, else every column), times masked."""
    has_rowid = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ? AND sql NOT LIKE '%WITHOUT ROWID%'", (table,)
    ).fetchone()
    order = "rowid" if has_rowid else ", ".join(str(i + 1) for i in range(_width(conn, table)))
    for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY {order}'):
        yield tuple(masked(value) for value in row)


def _width(conn: sqlite3.Connection, table: str) -> int:
    return len(conn.execute(f'SELECT * FROM "{table}" LIMIT 0').description)


def compare(old: Path, new: Path, segments: bool) -> int:
    a = sqlite3.connect(f"file:{old}?mode=ro", uri=True)
    b = sqlite3.connect(f"file:{new}?mode=ro", uri=True)
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    different = 0
    if a.execute(schema).fetchall() != b.execute(schema).fetchall():
        print("DIFFERENT  the schema")
        different += 1
    for table in sorted(set(tables(a, segments)) | set(tables(b, segments))):
        count = 0
        for count, (x, y) in enumerate(zip(rows(a, table), rows(b, table), strict=False), start=1):
            if x != y:
                print(f"DIFFERENT  {table}, row {count}:\n  old {x!r:.500}\n  new {y!r:.500}")
                different += 1
                break
        else:
            sizes = [c.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for c in (a, b)]
            if sizes[0] != sizes[1]:
                print(f"DIFFERENT  {table}: {sizes[0]} rows against {sizes[1]}")
                different += 1
            else:
                print(f"     same  {table}: {count} rows")
    return 1 if different else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="check_store_same.py", description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument(
        "--fts-segments", action="store_true", help="compare the full-text index's segments too"
    )
    args = parser.parse_args(argv)
    return compare(args.old, args.new, args.fts_segments)


if __name__ == "__main__":
    sys.exit(main())
