"""The SQLite schema and its migrations.

The schema version lives in ``PRAGMA user_version``.  ``MIGRATIONS[n]`` takes
a database from version ``n`` to ``n + 1``; opening a database runs the
missing ones in one transaction, so a database is never left half-migrated.
A database written by a newer Chitieu (a higher version) is refused rather
than guessed at.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

_V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    doc TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT 'txt',
    title TEXT,
    url TEXT,
    published TEXT,
    year INTEGER,
    locality TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    raw_text TEXT NOT NULL,
    text TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    extractor_version TEXT,
    truncated INTEGER NOT NULL DEFAULT 0,
    n_records INTEGER NOT NULL DEFAULT 0,
    n_pending INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_doc ON articles(doc);
CREATE INDEX articles_locality ON articles(locality);
CREATE INDEX articles_year ON articles(year);
CREATE INDEX articles_pending ON articles(n_pending, n_records);

CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'confirmed', 'corrected', 'rejected', 'added')),
    indicator TEXT NOT NULL DEFAULT '',
    indicator_code TEXT,
    value TEXT NOT NULL,
    value_max TEXT,
    unit TEXT NOT NULL DEFAULT '',
    base_value TEXT NOT NULL,
    base_unit TEXT NOT NULL DEFAULT '',
    "of" TEXT,
    qualifier TEXT NOT NULL DEFAULT 'exact',
    kind TEXT NOT NULL DEFAULT 'actual',
    period TEXT,
    locality TEXT,
    comparisons TEXT NOT NULL DEFAULT '[]',
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    machine TEXT,
    confidence REAL,
    rule TEXT,
    extractor_version TEXT,
    flag TEXT,
    reviewer TEXT,
    decided_at TEXT,
    note TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX records_article ON records(article_id, start);
CREATE INDEX records_status ON records(status);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    reviewer TEXT,
    action TEXT NOT NULL,
    article_id INTEGER,
    record_id INTEGER,
    before TEXT,
    after TEXT
);
CREATE INDEX events_record ON events(record_id);

CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""


def _apply_script(script: str) -> Callable[[sqlite3.Connection], None]:
    def migrate(conn: sqlite3.Connection) -> None:
        for statement in _statements(script):
            conn.execute(statement)

    return migrate


def _statements(script: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole.

    ``executescript`` would commit the surrounding transaction; running the
    statements one by one keeps a migration atomic.
    """
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]


#: The article list reads id, names and counters of every article.  The counters sit after the
#: article text in each row, so without this covering index listing 50,000 articles read the
#: whole file through the text's overflow pages (0.6 s from a warm cache, seconds from disk).
_V2 = """
CREATE INDEX articles_summary ON articles(id, doc, title, locality, published, year, n_records, n_pending);
"""

#: Checks on every record (issue 13).  ``checks`` holds the failed checks of the record and its
#: article as JSON (NULL: none), ``conflicts`` the one across articles, apart because other articles'
#: edits change it, ``rules`` the names of both (what ``chitieu stats`` counts through its index, without reading the
#: JSON of a million records), ``risk`` the risk score the riskiest-first queue orders pending
#: records by, ``fact`` the key
#: under which a record is compared with other articles (NULL: not comparable), indexed so that
#: an edit re-checks the records of its fact without a scan; ``records_passing`` holds the records an
#: "accept all that pass" may confirm, so counting them reads a small index, not a million rows.  Existing records get their checks
#: on the next ``chitieu check``, ``chitieu extract`` or opening of the window: a migration runs
#: no extraction-era Python, whose rules will have moved on by the time an old file is upgraded.
_CHECKS = """
ALTER TABLE records ADD COLUMN checks TEXT;
ALTER TABLE records ADD COLUMN conflicts TEXT;
ALTER TABLE records ADD COLUMN rules TEXT;
ALTER TABLE records ADD COLUMN risk REAL;
ALTER TABLE records ADD COLUMN fact INTEGER;
CREATE INDEX records_fact ON records(fact) WHERE fact IS NOT NULL;
CREATE INDEX records_rules ON records(rules) WHERE rules IS NOT NULL;
CREATE INDEX records_risk ON records(risk DESC, id) WHERE status = 'pending';
CREATE INDEX records_passing ON records(confidence, locality, period, indicator_code, article_id)
    WHERE status = 'pending' AND rules IS NULL AND risk IS NOT NULL;
"""

MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _apply_script(_V1), _apply_script(_V2), _apply_script(_CHECKS),
]
SCHEMA_VERSION = len(MIGRATIONS)
#: The oldest schema a read-only session can use as it is.  Exports and ``chitieu stats`` read the
#: checks columns, so a file from before them (v2) waits for a writable open to be upgraded.
READABLE_SINCE = 3
