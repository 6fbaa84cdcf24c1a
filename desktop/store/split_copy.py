"""Copying part of a corpus into a reviewer file, ids kept.

Articles, records and their event history keep the corpus's ids, so that
merging knows a record by its id in every file.  Two things keep ids apart
afterwards: a ``split`` event written with the id just above the corpus's
last event, so every event a reviewer makes sorts after it (and is told
from the history by ``id > event_mark``); and records a reviewer adds, which
merging finds by their ``add`` events rather than by id, since a file holding
few articles hands out ids the corpus already uses elsewhere.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from desktop.core.errors import InputError
from desktop.store.clock import now
from desktop.store.team_meta import (
    CORPUS_ID,
    EVENT_MARK,
    FILE_ID,
    RECORD_MARK,
    REVIEWER_FILE,
    ROLE,
    SLOT,
    SPLIT_ID,
    new_id,
    write_meta,
)


def table_columns(conn: sqlite3.Connection, table: str, schema: str = "main") -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def shared_columns(conn: sqlite3.Connection, table: str, schema: str) -> list[str]:
    """The columns of ``main.table``, after making sure the attached ``schema.table`` has them all.

    Files of one schema version have the same columns, unless one was changed
    outside Chitieu; copying from such a file is refused before anything is written.
    """
    names = table_columns(conn, table)
    present = set(table_columns(conn, table, schema))
    missing = [name for name in names if name not in present]
    if missing:
        raise InputError(
            f"A database being copied has no column {', '.join(missing)} in its table {table}, though its "
            "version says it should: it was changed outside Chitieu. Nothing was written. Use a copy "
            "from before that change (chitieu backups --db FILE lists the automatic ones)."
        )
    return names


def copy_rows(
    conn: sqlite3.Connection, table: str, schema: str, where: str, params: Sequence[object] = ()
) -> int:
    """``INSERT INTO main.table SELECT ... FROM schema.table WHERE ...`` with the columns named.

    The columns are checked first (:func:`shared_columns`) and qualified
    (``s."name"``): SQLite reads a bare double-quoted name that no column has
    as a string, which once filled every copied row with a column's name.
    """
    names = shared_columns(conn, table, schema)
    columns = ", ".join(f'"{c}"' for c in names)
    selected = ", ".join(f's."{c}"' for c in names)
    cursor = conn.execute(
        f"INSERT INTO main.{table} ({columns}) SELECT {selected} FROM {schema}.{table} AS s {where}",
        params,
    )
    return cursor.rowcount


def write_reviewer_file(
    conn: sqlite3.Connection,
    source: Path,
    article_ids: Sequence[int],
    *,
    corpus: str,
    split_id: str,
    slot: str,
    event_mark: int,
) -> None:
    """Fill the new, empty database on ``conn`` with ``article_ids`` of ``source``; one transaction."""
    conn.execute("ATTACH DATABASE ? AS src", (str(source),))
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("CREATE TEMP TABLE chosen (id INTEGER PRIMARY KEY)")
            conn.executemany("INSERT INTO temp.chosen (id) VALUES (?)", ((i,) for i in article_ids))
            copy_rows(conn, "articles", "src", "WHERE id IN (SELECT id FROM temp.chosen)")
            copy_rows(conn, "record_rows", "src", "WHERE article_id IN (SELECT id FROM temp.chosen)")
            copy_rows(conn, "decisions", "src", "WHERE record_id IN (SELECT id FROM main.record_rows)")
            copy_rows(conn, "record_details", "src", "WHERE record_id IN (SELECT id FROM main.record_rows)")
            copy_rows(conn, "events", "src", "WHERE article_id IN (SELECT id FROM temp.chosen)")
            conn.execute(
                "INSERT INTO events (id, at, action, after) VALUES (?, ?, 'split', ?)",
                (
                    event_mark,
                    now(),
                    json.dumps({"slot": slot, "split": split_id, "articles": len(article_ids)}),
                ),
            )
            write_meta(
                conn,
                {
                    ROLE: REVIEWER_FILE,
                    CORPUS_ID: corpus,
                    SPLIT_ID: split_id,
                    FILE_ID: new_id(),
                    SLOT: slot,
                    EVENT_MARK: event_mark,
                    RECORD_MARK: conn.execute("SELECT COALESCE(MAX(id), 0) FROM src.records").fetchone()[0],
                },
            )
            conn.execute("DROP TABLE temp.chosen")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE src")
