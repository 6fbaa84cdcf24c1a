"""Loading many rows at once: secondary indexes made after the rows, the full-text index in large segments.

Keeping an index while rows arrive costs, for every row and every index, a
descent of the index's B-tree and, the rows arriving in another order than
the index's, a page split now and then.  Making the index afterwards reads
the table once, sorts, and writes the index's pages in order: at a million
records, several times cheaper for the nine indexes of ``records``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager


@contextmanager
def indexes_deferred(conn: sqlite3.Connection, tables: Sequence[str]) -> Iterator[None]:
    """Inside the caller's transaction: the secondary indexes of ``tables`` dropped, made again at the end.

    The indexes come back as they were declared (their ``sql`` in the
    schema), whichever migration declared them; the indexes of UNIQUE and
    PRIMARY KEY constraints, which guard the rows while they arrive, stay.
    Should the block fail, the caller's rollback brings the indexes back with
    everything else.
    """
    marks = ", ".join("?" * len(tables))
    declared = conn.execute(
        f"SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        tuple(tables),
    ).fetchall()
    for name, _ in declared:
        conn.execute(f'DROP INDEX main."{name}"')
    yield
    for _, sql in declared:
        conn.execute(sql)


#: FTS5's own default for the terms it gathers in memory before writing them out as a segment.
FTS_DEFAULT_HASH_BYTES = 2**20
#: While rows are loaded in bulk: 64 MB, so 50,000 articles make a few large segments instead of hundreds of
#: 1 MB ones merged again and again (7.5 -> 5.2 s CPU to index the text of 50,000 articles).
FTS_BULK_HASH_BYTES = 64 * 2**20


@contextmanager
def full_text_batched(conn: sqlite3.Connection, index: str = "articles_fts") -> Iterator[None]:
    """Inside the caller's transaction: the full-text index ``index`` written in large segments, then set back.

    The triggers keep feeding the index row by row; only how much it holds
    in memory before writing changes, so the index is the same to every
    query.  The setting is stored in the file: it is put back to FTS5's
    default at the end, so later small writes (an import into the merged
    file) do not hold 64 MB.
    """
    command = f"INSERT INTO main.{index} ({index}, rank) VALUES ('hashsize', ?)"
    conn.execute(command, (FTS_BULK_HASH_BYTES,))
    yield
    conn.execute(command, (FTS_DEFAULT_HASH_BYTES,))


@contextmanager
def full_text_at_end(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside the caller's transaction: the articles inserted in the block indexed in one statement at its end.

    The insert trigger feeds the full-text index one article at a time; one
    ``INSERT ... SELECT`` over the new articles gives the index the same rows
    in the same order for less CPU (0.80 -> 0.65 ms an article of an import's
    writing).  The trigger is dropped and made again as declared within the
    caller's transaction, so no one ever sees the table without it; new rows
    are those above the largest id at the start (no one else writes meanwhile).
    """
    (trigger,) = conn.execute(
        "SELECT sql FROM main.sqlite_master WHERE type = 'trigger' AND name = 'articles_ai'"
    ).fetchone()
    (last,) = conn.execute("SELECT coalesce(max(id), 0) FROM main.articles").fetchone()
    conn.execute("DROP TRIGGER main.articles_ai")
    yield
    conn.execute(
        "INSERT INTO main.articles_fts (rowid, title, text) SELECT id, title, text FROM main.articles WHERE id > ?",
        (last,),
    )
    conn.execute(trigger)
