"""What a database is in a team review: a corpus, a reviewer's file, or a merge of them.

``chitieu split`` gives the corpus an id (kept in ``meta``) and copies it into
every reviewer file with the split's id, the file's own id, the event id
that marks the split and the corpus's last record id; ``chitieu merge`` checks them before it reads a file,
so that files of another corpus or another split are refused, and a file
merged before is recognised.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass

#: The ``meta`` keys of team review.
ROLE, CORPUS_ID, SPLIT_ID, FILE_ID, SLOT, EVENT_MARK, RECORD_MARK = (
    "team_role",
    "corpus_id",
    "split_id",
    "file_id",
    "slot",
    "event_mark",
    "record_mark",
)
REVIEWER_FILE, MERGED_FILE = "reviewer", "merged"


def read_meta(conn: sqlite3.Connection, schema: str = "main") -> dict[str, str]:
    return {key: value for key, value in conn.execute(f"SELECT key, value FROM {schema}.meta")}


def write_meta(conn: sqlite3.Connection, values: dict[str, str | int]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [(k, str(v)) for k, v in values.items()]
    )


def corpus_id(conn: sqlite3.Connection) -> str:
    """The corpus's id, made (and stored, inside the caller's transaction) on first use."""
    existing = read_meta(conn).get(CORPUS_ID)
    if existing:
        return existing
    made = uuid.uuid4().hex
    write_meta(conn, {CORPUS_ID: made})
    return made


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class ReviewerFile:
    """The identity of a reviewer file, read from its ``meta``."""

    corpus_id: str
    split_id: str
    file_id: str
    slot: str
    event_mark: int
    #: The corpus's last record id at the split: records reviewers add get ids above it when merged, clear of
    #: the ids every file's records keep.  0 in a file split before the mark was kept.
    record_mark: int = 0

    @classmethod
    def from_meta(cls, meta: dict[str, str]) -> ReviewerFile | None:
        if meta.get(ROLE) != REVIEWER_FILE:
            return None
        return cls(
            meta[CORPUS_ID],
            meta[SPLIT_ID],
            meta[FILE_ID],
            meta[SLOT],
            int(meta[EVENT_MARK]),
            int(meta.get(RECORD_MARK, 0)),
        )
