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

from desktop.core.records import FIELDS

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
        for statement in statements(script):
            conn.execute(statement)

    return migrate


def statements(script: str) -> list[str]:
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


#: v3: what other SQLite tools need.  The full-text index is declared the way sqlite-utils declares
#: it (``content="articles"``: v1's single-quoted ``content='articles'`` means the same to FTS5, but
#: ``sqlite-utils search`` and Datasette's search box look for the double-quoted or bracketed form).
#: Its triggers carry sqlite-utils' names, but the update one fires on title and text only: every
#: decision updates its article's counters, and re-indexing the article's text each time added
#: 45-60% to a decision's CPU time (0.55 -> 0.79-0.87 ms, ``benchmarks/fts_triggers.py``).
#: Two views give SQL users numbers (``value`` etc. are exact decimal text in ``records``, which
#: sorts 98.4 after 94450000) and the reviewed records beside their articles;
#: docs/data-dictionary.md describes them.
FTS_COLUMNS = ("title", "text")
FTS_TOKENIZER = "unicode61 remove_diacritics 2"
#: v1's index and triggers go; so do v3's own, should a file claim an older version than it has.
_OLD_FTS_DROP = """
DROP TRIGGER IF EXISTS articles_fts_insert;
DROP TRIGGER IF EXISTS articles_fts_delete;
DROP TRIGGER IF EXISTS articles_fts_update;
DROP TRIGGER IF EXISTS articles_ai;
DROP TRIGGER IF EXISTS articles_ad;
DROP TRIGGER IF EXISTS articles_au;
DROP TABLE IF EXISTS articles_fts;
"""
_FTS_TRIGGERS = """
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"""
#: Numbers as REAL beside their exact text, for sorting and arithmetic in SQL.
_NUMBERS = """CAST(r.value AS REAL) AS value, CAST(r.value_max AS REAL) AS value_max, r.unit,
       CAST(r.base_value AS REAL) AS base_value, r.base_unit, CAST(r."of" AS REAL) AS "of",
       r.value AS value_text, r.base_value AS base_value_text"""
RECORD_VALUES_VIEW = f"""SELECT r.id AS record_id, r.article_id, r.status, r.indicator, r.indicator_code,
       {_NUMBERS},
       r.qualifier, r.kind, r.period, r.locality, r.comparisons, r.start, r."end",
       r.reviewer, r.decided_at, r.note, r.flag
FROM records r"""
REVIEWED_RECORDS_VIEW = f"""SELECT r.id AS record_id, r.status, r.indicator, r.indicator_code,
       {_NUMBERS},
       r.qualifier, r.kind, r.period, r.locality, r.comparisons, r.reviewer, r.decided_at, r.note,
       substr(a.text, r.start + 1, r."end" - r.start) AS span,
       a.id AS article_id, a.doc, a.title, a.url, a.source, a.published, a.locality AS article_locality
FROM records r JOIN articles a ON a.id = r.article_id
WHERE r.status <> 'pending'"""


#: The full-text index, declared word for word as sqlite-utils' ``enable_fts`` declares it: its
#: ``detect_fts``, ``sqlite-utils search`` and Datasette find the index by reading this declaration.
#: Written here rather than made by sqlite-utils, so that creating a file does not import it (with
#: click, dateutil and pluggy, 0.1 s of CPU, a tenth of a small import's).
_FTS_TABLE = f"""CREATE VIRTUAL TABLE "articles_fts" USING FTS5 (
    {", ".join(f'"{column}"' for column in FTS_COLUMNS)},
    tokenize='{FTS_TOKENIZER}',
    content="articles"
)"""


def _v3(conn: sqlite3.Connection) -> None:
    columns = ", ".join(FTS_COLUMNS)
    _apply_script(_OLD_FTS_DROP)(conn)
    conn.execute(_FTS_TABLE)
    conn.execute(f"INSERT INTO articles_fts (rowid, {columns}) SELECT rowid, {columns} FROM articles")
    _apply_script(_FTS_TRIGGERS)(conn)
    conn.execute('DROP VIEW IF EXISTS "record_values"')
    conn.execute(f'CREATE VIEW "record_values" AS {RECORD_VALUES_VIEW}')
    conn.execute('DROP VIEW IF EXISTS "reviewed_records"')
    conn.execute(f'CREATE VIEW "reviewed_records" AS {REVIEWED_RECORDS_VIEW}')


def _add_article_warnings(conn: sqlite3.Connection) -> None:
    """``articles.warnings``: what reading the article changed or doubted, as a JSON list; NULL when nothing.

    (Bytes the decoder replaced, a file name that is not UTF-8: the window
    shows them with the article.)  Adding a column twice fails, so the step
    looks first and stands wherever it is placed in the list.
    """
    columns = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
    if "warnings" not in columns:
        conn.execute("ALTER TABLE articles ADD COLUMN warnings TEXT")


def _v5_dataset_triggers() -> str:
    """v5-v9: keep ``dataset_groups`` and ``dataset_periods`` counting the reviewed records of ``records``,
    whatever writes them (v10 keeps the decisions apart: :func:`dataset_triggers`)."""
    reviewed = "IN ('confirmed', 'corrected', 'added')"
    watched = "status, indicator, indicator_code, locality, base_unit, kind, period"

    def count(row: str, step: str) -> str:
        group = (
            f"coalesce({row}.indicator_code, {row}.indicator), coalesce({row}.locality, ''), {row}.base_unit, "
            f"{row}.kind, {row}.status"
        )
        period = f"coalesce({row}.period, ''), {row}.kind, {row}.status"
        return (
            f"INSERT INTO dataset_groups VALUES ({group}, {step}) "
            f"ON CONFLICT DO UPDATE SET records = records + ({step});\n"
            f"    INSERT INTO dataset_periods VALUES ({period}, {step}) "
            f"ON CONFLICT DO UPDATE SET records = records + ({step});"
        )

    return f"""
CREATE TRIGGER IF NOT EXISTS dataset_insert AFTER INSERT ON records WHEN new.status {reviewed} BEGIN
    {count("new", "1")}
END;
CREATE TRIGGER IF NOT EXISTS dataset_delete AFTER DELETE ON records WHEN old.status {reviewed} BEGIN
    {count("old", "-1")}
END;
CREATE TRIGGER IF NOT EXISTS dataset_update_old AFTER UPDATE OF {watched} ON records WHEN old.status {reviewed} BEGIN
    {count("old", "-1")}
END;
CREATE TRIGGER IF NOT EXISTS dataset_update_new AFTER UPDATE OF {watched} ON records WHEN new.status {reviewed} BEGIN
    {count("new", "1")}
END;
"""


#: v5-v9: count the reviewed records into the (empty) count tables.
_V5_DATASET_COUNTS = """
INSERT INTO dataset_groups
    SELECT coalesce(indicator_code, indicator), coalesce(locality, ''), base_unit, kind, status, COUNT(*)
    FROM records WHERE status IN ('confirmed', 'corrected', 'added')
      AND NOT EXISTS (SELECT 1 FROM dataset_groups) GROUP BY 1, 2, 3, 4, 5;
INSERT INTO dataset_periods
    SELECT coalesce(period, ''), kind, status, COUNT(*)
    FROM records WHERE status IN ('confirmed', 'corrected', 'added')
      AND NOT EXISTS (SELECT 1 FROM dataset_periods) GROUP BY 1, 2, 3;
"""


#: v5, team review (issue 14).  Every statement may meet its object already made (IF NOT EXISTS, counts
#: only into empty tables), so the step stands wherever the migrations of parallel branches put it.  A reviewer file made by ``chitieu split`` keeps the corpus's ids, so a
#: merged file holds every reviewer's version of a record beside the record (``review_versions``,
#: the record's columns as that reviewer left them), which reviewer file held which article
#: (``source_articles``: a reviewer who finished an article and added nothing there disagrees with
#: one who added a figure), every reviewer file's event log after the split (``source_events``), and
#: the outcome per record (``team_outcomes``: agreed, conflict, or adjudicated).  The dataset view
#: (same issue) lists its rows and columns from two small tables of counts the triggers keep
#: (``dataset_groups``, ``dataset_periods``: a few thousand rows for a million records), and reads
#: the cells of the rows on screen through an index of what it groups by (v9: without the status).
_TEAM_REVIEW = f"""
CREATE TABLE IF NOT EXISTS review_sources (
    id INTEGER PRIMARY KEY,
    file_id TEXT NOT NULL UNIQUE,
    split_id TEXT NOT NULL,
    slot TEXT NOT NULL,
    reviewers TEXT NOT NULL DEFAULT '',
    path TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    event_mark INTEGER NOT NULL,
    merged_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS source_articles (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES review_sources(id),
    finished INTEGER NOT NULL,
    PRIMARY KEY (article_id, source_id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS review_versions (
    record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES review_sources(id),
    source_record_id INTEGER NOT NULL,
    added INTEGER NOT NULL,
    status TEXT NOT NULL,
    reviewer TEXT,
    decided_at TEXT,
    note TEXT,
    {", ".join(f'"{c}"' for c in FIELDS)},
    PRIMARY KEY (record_id, source_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS review_versions_source ON review_versions(source_id, source_record_id);

CREATE TABLE IF NOT EXISTS team_outcomes (
    record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('agreed', 'conflict', 'adjudicated')),
    disputed INTEGER NOT NULL,
    chosen_source INTEGER,
    adjudicator TEXT,
    adjudicated_at TEXT
);
CREATE INDEX IF NOT EXISTS team_outcomes_state ON team_outcomes(state, record_id);

CREATE TABLE IF NOT EXISTS source_events (
    source_id INTEGER NOT NULL REFERENCES review_sources(id),
    id INTEGER NOT NULL,
    at TEXT NOT NULL,
    reviewer TEXT,
    action TEXT NOT NULL,
    article_id INTEGER,
    source_record_id INTEGER,
    record_id INTEGER,
    before TEXT,
    after TEXT,
    PRIMARY KEY (source_id, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS source_events_record ON source_events(record_id);

CREATE INDEX IF NOT EXISTS records_dataset ON records(coalesce(indicator_code, indicator), locality, base_unit, period, kind,
                                       base_value, status)
    WHERE status IN ('confirmed', 'corrected', 'added');

CREATE TABLE IF NOT EXISTS dataset_groups (
    key TEXT NOT NULL,
    place TEXT NOT NULL,
    base_unit TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    records INTEGER NOT NULL,
    PRIMARY KEY (key, place, base_unit, kind, status)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dataset_periods (
    period TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    records INTEGER NOT NULL,
    PRIMARY KEY (period, kind, status)
) WITHOUT ROWID;
{_V5_DATASET_COUNTS}
{_v5_dataset_triggers()}
"""

#: Checks on every record (issue 13).  ``checks`` holds the failed checks of the record and its
#: article as JSON (NULL: none), ``conflicts`` the one across articles (apart, because other articles'
#: edits change it), ``rules`` the names of both (what ``chitieu stats`` counts through its index,
#: without reading the JSON of a million records), ``risk`` the score the riskiest-first queue orders
#: pending records by, ``fact`` the key under which a record is compared with other articles, indexed
#: so that an edit re-checks the records of its fact without a scan.  ``records_passing`` holds the
#: records an "accept all that pass" may confirm, so counting them reads a small index.  Existing
#: records get their checks on the next ``chitieu check``, ``chitieu extract`` or opening of the
#: window: a migration runs no extraction-era Python, whose rules will have moved on by the time an
#: old file is upgraded.
_CHECK_COLUMNS = {"checks": "TEXT", "conflicts": "TEXT", "rules": "TEXT", "risk": "REAL", "fact": "INTEGER"}
_CHECK_INDEXES = """
CREATE INDEX IF NOT EXISTS records_fact ON records(fact) WHERE fact IS NOT NULL;
CREATE INDEX IF NOT EXISTS records_rules ON records(rules) WHERE rules IS NOT NULL;
CREATE INDEX IF NOT EXISTS records_risk ON records(risk DESC, id) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS records_passing ON records(confidence, locality, period, indicator_code, article_id)
    WHERE status = 'pending' AND rules IS NULL AND risk IS NOT NULL;
"""


def _add_checks(conn: sqlite3.Connection) -> None:
    """The checks' columns and indexes; like :func:`_add_article_warnings` it looks first, so it stands
    wherever it is placed in the list."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(records)")}
    for name, kind in _CHECK_COLUMNS.items():
        if name not in columns:
            conn.execute(f"ALTER TABLE records ADD COLUMN {name} {kind}")
    _apply_script(_CHECK_INDEXES)(conn)


#: v7: what a full check leaves for the next (see :mod:`desktop.store.check_prints`): a fingerprint of
#: each article's records and checks, and the facts its records belong to, so the next full check
#: re-checks only what changed.  A file upgraded to v7 has none yet: its next full check re-checks
#: everything once, as before.  No foreign keys: a full check forgets the articles that are gone.
_CHECK_PRINTS = """
CREATE TABLE IF NOT EXISTS checked_articles (article_id INTEGER PRIMARY KEY, print INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS checked_facts (
    article_id INTEGER NOT NULL,
    fact INTEGER NOT NULL,
    PRIMARY KEY (article_id, fact)
) WITHOUT ROWID;
"""


#: v8: a record's wide, rarely read columns in a table of their own (issue 13).  ``machine`` (the
#: extractor's original, as JSON) and the failed checks' JSON in two languages (``checks``,
#: ``conflicts``) made a ``records`` row about 830 bytes where the rest is about 200, so confirming
#: 320,000 records ("accept all that pass") rewrote nearly every page of the table: a gigabyte of WAL,
#: then checkpointed.  Decisions, the queue and the dataset read and write the narrow row; the
#: extractor's original and the check messages are read one article, one record or one export at a
#: time, through ``record_details`` (one row per record, the same id).  Its rows go with their record
#: (ON DELETE CASCADE); a record may have none (a reviewer's addition before its first check).
DETAIL_COLUMNS = ("machine", "checks", "conflicts")
_RECORD_DETAILS = """
CREATE TABLE IF NOT EXISTS record_details (
    record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
    machine TEXT,
    checks TEXT,
    conflicts TEXT
);
"""
#: ``records`` without the details: v1's columns but ``machine``, then those of the checks but theirs.
_NARROW_RECORDS = """
CREATE TABLE records_narrow (
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
    confidence REAL,
    rule TEXT,
    extractor_version TEXT,
    flag TEXT,
    reviewer TEXT,
    decided_at TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    rules TEXT,
    risk REAL,
    fact INTEGER
)
"""


def _split_details(conn: sqlite3.Connection) -> None:
    """Move ``DETAIL_COLUMNS`` out of ``records`` into ``record_details``; like :func:`_add_checks` it
    looks first, so it stands wherever it is placed in the list.

    ``records`` is built anew (SQLite's twelve steps for changing a table; the caller has turned foreign
    keys off, or dropping the old table would delete every row that refers to a record): ``ALTER TABLE
    DROP COLUMN`` would shrink every row where it stands, leaving the table as many pages, each a
    quarter full, and an accept would still rewrite all of them.  Its indexes, triggers and the views
    over it are made again as they were declared.
    """
    _apply_script(_RECORD_DETAILS)(conn)
    present = [row[1] for row in conn.execute("PRAGMA table_info(records)")]
    moving = [c for c in DETAIL_COLUMNS if c in present]
    if not moving:
        return
    names = ", ".join(moving)
    where = " OR ".join(f"{c} IS NOT NULL" for c in moving)
    conn.execute(
        f"INSERT INTO record_details (record_id, {names}) SELECT id, {names} FROM records WHERE {where}"
    )
    declared = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
        "(tbl_name = 'records' AND type IN ('index', 'trigger') OR name IN ('record_values', 'reviewed_records')) "
        "ORDER BY type = 'view', name"
    ).fetchall()
    for kind, name, _ in declared:
        if kind == "view":
            conn.execute(f'DROP VIEW "{name}"')
    conn.execute(_NARROW_RECORDS)
    columns = ", ".join(f'"{row[1]}"' for row in conn.execute("PRAGMA table_info(records_narrow)"))
    conn.execute(f"INSERT INTO records_narrow ({columns}) SELECT {columns} FROM records ORDER BY id")
    conn.execute("DROP TABLE records")
    conn.execute("ALTER TABLE records_narrow RENAME TO records")
    for _, _, sql in declared:
        conn.execute(sql)


#: v9: the dataset's index without the status (issue 13).  v5 made it partial, over the reviewed records
#: only, with the status in its key, so every decision inserted or moved an entry: confirming 320,000
#: records ("accept all that pass") spent 5 of its 9 s of CPU in the UPDATE building 320,000 entries into
#: it at random places.  It now holds every record under what the dataset groups by, and no column a
#: decision writes, so a decision never touches it; the dataset's queries filter the status as they read
#: the records of one row (a few hundred on screen).
_DATASET_KEY = "coalesce(indicator_code, indicator), locality, base_unit, period, kind, base_value"
_V9_DATASET_INDEX = f"CREATE INDEX IF NOT EXISTS records_dataset ON records({_DATASET_KEY})"


def _dataset_index_without_status(conn: sqlite3.Connection) -> None:
    """Make ``records_dataset`` anew where it reads the status; it stands wherever it is placed in the list."""
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'records_dataset'"
    ).fetchone()
    if row is not None and "status" not in row[0]:
        return
    conn.execute("DROP INDEX IF EXISTS records_dataset")
    conn.execute(_V9_DATASET_INDEX)


#: v10: the decision apart from the record (issue 13).  ``status``, ``reviewer`` and ``decided_at`` sat in
#: the record's row, so confirming 320,000 records ("accept all that pass") rewrote nearly every page of a
#: 1.2 GB table and moved entries in three partial indexes on the status.  The record's own columns now
#: live in ``record_rows`` and its decision in ``decisions``, one narrow row per record that has one (a
#: pending record with no reviewer and time has none), so an accept writes a few dozen MB in id order.
#: ``records`` is a view joining the two, with the columns and order of v9's table, so what reads a
#: record reads it as before; writing through it works too (INSTEAD OF triggers), one row at a time:
#: bulk writers write ``record_rows`` and ``decisions`` themselves.
DECISION_COLUMNS = ("status", "reviewer", "decided_at")
#: ``record_rows``' columns, in the order of v9's ``records`` (the decision's columns left out).
ROW_COLUMNS = (
    "id", "article_id", "indicator", "indicator_code", "value", "value_max", "unit", "base_value", "base_unit",
    "of", "qualifier", "kind", "period", "locality", "comparisons", "start", "end", "confidence", "rule",
    "extractor_version", "flag", "note", "created_at", "rules", "risk", "fact",
)  # fmt: skip
#: The view's columns: v9's table's, in its order.
RECORD_COLUMNS = (
    *ROW_COLUMNS[:2], "status", *ROW_COLUMNS[2:21], "reviewer", "decided_at", *ROW_COLUMNS[21:]
)  # fmt: skip
_REVIEWED = "IN ('confirmed', 'corrected', 'added')"
_RECORD_ROWS = """
CREATE TABLE record_rows (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
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
    confidence REAL,
    rule TEXT,
    extractor_version TEXT,
    flag TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    rules TEXT,
    risk REAL,
    fact INTEGER
)
"""
#: A decision, one row per record that has one; ``status`` indexed (``chitieu stats``, the dataset's recount).
_DECISIONS = """
CREATE TABLE IF NOT EXISTS decisions (
    record_id INTEGER PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'corrected', 'rejected', 'added')),
    reviewer TEXT,
    decided_at TEXT
);
CREATE INDEX IF NOT EXISTS decisions_status ON decisions(status);
"""
#: The record's indexes, on its own columns only, and its decision deleted with it.  ``records_risk`` and
#: ``records_passing`` were partial over the pending records; they now hold every checked record and the
#: queries skip the decided ones (a lookup in ``decisions`` each), so a decision never moves an entry in
#: them.  ``records_passing`` holds what the dataset groups by too (and its own terms, which SQLite reads
#: from the index only if they are in it), so an accept reads no record row.
_RECORD_INDEXES = f"""
CREATE INDEX IF NOT EXISTS records_article ON record_rows(article_id, start);
CREATE INDEX IF NOT EXISTS records_dataset ON record_rows({_DATASET_KEY});
CREATE INDEX IF NOT EXISTS records_fact ON record_rows(fact) WHERE fact IS NOT NULL;
CREATE INDEX IF NOT EXISTS records_rules ON record_rows(rules) WHERE rules IS NOT NULL;
CREATE INDEX IF NOT EXISTS records_risk ON record_rows(risk DESC, id) WHERE risk IS NOT NULL;
CREATE INDEX IF NOT EXISTS records_passing
    ON record_rows(confidence, locality, period, indicator_code, article_id, indicator, base_unit, kind, rules, risk)
    WHERE rules IS NULL AND risk IS NOT NULL;
CREATE TRIGGER IF NOT EXISTS record_rows_delete AFTER DELETE ON record_rows BEGIN
    DELETE FROM decisions WHERE record_id = old.id;
END;
"""


def _quoted(names: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in names)


_ROW_NAMES = _quoted(ROW_COLUMNS)
#: Defaults of the columns that have one, for rows written through the view (which has none).
_DEFAULTS = {
    "indicator": "''", "unit": "''", "base_unit": "''", "qualifier": "'exact'", "kind": "'actual'",
    "comparisons": "'[]'",
}  # fmt: skip


def view_column(name: str) -> str:
    """Column ``name`` of the view ``records`` over ``record_rows r LEFT JOIN decisions d``."""
    if name == "status":
        return "coalesce(d.status, 'pending') AS status"
    return f'd."{name}"' if name in DECISION_COLUMNS else f'r."{name}"'


def _records_view() -> str:
    """The view ``records`` and the triggers that write through it."""
    columns = ", ".join(map(view_column, RECORD_COLUMNS))
    inserted = ", ".join(
        f'coalesce(new."{c}", {_DEFAULTS[c]})' if c in _DEFAULTS else f'new."{c}"' for c in ROW_COLUMNS
    )
    own = tuple(c for c in ROW_COLUMNS if c != "id")
    return f"""
CREATE VIEW records AS SELECT {columns}
FROM record_rows r LEFT JOIN decisions d ON d.record_id = r.id;
CREATE TRIGGER records_insert INSTEAD OF INSERT ON records BEGIN
    INSERT INTO record_rows ({_ROW_NAMES}) VALUES ({inserted});
    INSERT INTO decisions (record_id, status, reviewer, decided_at)
        SELECT coalesce(new.id, last_insert_rowid()), coalesce(new.status, 'pending'), new.reviewer, new.decided_at
        WHERE coalesce(new.status, 'pending') != 'pending' OR new.reviewer IS NOT NULL OR new.decided_at IS NOT NULL;
END;
CREATE TRIGGER records_decide INSTEAD OF UPDATE OF status, reviewer, decided_at ON records BEGIN
    INSERT INTO decisions (record_id, status, reviewer, decided_at) VALUES (old.id, new.status, new.reviewer, new.decided_at)
        ON CONFLICT (record_id) DO UPDATE SET
            status = excluded.status, reviewer = excluded.reviewer, decided_at = excluded.decided_at;
    DELETE FROM decisions
        WHERE record_id = old.id AND status = 'pending' AND reviewer IS NULL AND decided_at IS NULL;
END;
CREATE TRIGGER records_update INSTEAD OF UPDATE OF {_quoted(own)} ON records BEGIN
    UPDATE record_rows SET ({_quoted(own)}) = ({", ".join(f'new."{c}"' for c in own)}) WHERE id = old.id;
END;
CREATE TRIGGER records_delete INSTEAD OF DELETE ON records BEGIN
    DELETE FROM record_rows WHERE id = old.id;
END;
"""


def dataset_triggers() -> str:
    """Keep ``dataset_groups`` and ``dataset_periods`` counting the reviewed records, whatever writes them.

    A record counts under its group (from ``record_rows``) and its status (from ``decisions``): a change
    to either moves it.  A record's row deleted takes its count first (BEFORE: its decision still there).
    """

    def count(row: str, status: str, step: str, source: str = "") -> str:
        group = (
            f"coalesce({row}.indicator_code, {row}.indicator), coalesce({row}.locality, ''), {row}.base_unit, "
            f"{row}.kind, {status}"
        )
        period = f"coalesce({row}.period, ''), {row}.kind, {status}"
        tail = f" FROM record_rows r WHERE r.id = {source}" if source else ""
        verb = "SELECT " if source else "VALUES ("
        close = "" if source else ")"
        return (
            f"INSERT INTO dataset_groups {verb}{group}, {step}{close}{tail} "
            f"ON CONFLICT DO UPDATE SET records = records + ({step});\n"
            f"    INSERT INTO dataset_periods {verb}{period}, {step}{close}{tail} "
            f"ON CONFLICT DO UPDATE SET records = records + ({step});"
        )

    watched = "indicator, indicator_code, locality, base_unit, kind, period"
    decided = "(SELECT status FROM decisions WHERE record_id = {}.id)"
    return f"""
CREATE TRIGGER IF NOT EXISTS dataset_decision_insert AFTER INSERT ON decisions WHEN new.status {_REVIEWED} BEGIN
    {count("r", "new.status", "1", "new.record_id")}
END;
CREATE TRIGGER IF NOT EXISTS dataset_decision_delete AFTER DELETE ON decisions WHEN old.status {_REVIEWED} BEGIN
    {count("r", "old.status", "-1", "old.record_id")}
END;
CREATE TRIGGER IF NOT EXISTS dataset_decision_old AFTER UPDATE OF status ON decisions
WHEN old.status {_REVIEWED} BEGIN
    {count("r", "old.status", "-1", "old.record_id")}
END;
CREATE TRIGGER IF NOT EXISTS dataset_decision_new AFTER UPDATE OF status ON decisions
WHEN new.status {_REVIEWED} BEGIN
    {count("r", "new.status", "1", "new.record_id")}
END;
CREATE TRIGGER IF NOT EXISTS dataset_row_update AFTER UPDATE OF {watched} ON record_rows
WHEN {decided.format("new")} {_REVIEWED} BEGIN
    {count("old", decided.format("new"), "-1")}
    {count("new", decided.format("new"), "1")}
END;
CREATE TRIGGER IF NOT EXISTS dataset_row_delete BEFORE DELETE ON record_rows
WHEN {decided.format("old")} {_REVIEWED} BEGIN
    {count("old", decided.format("old"), "-1")}
END;
"""


#: Names of the triggers :func:`dataset_triggers` makes; a bulk writer may drop them and recount.
DATASET_TRIGGERS = (
    "dataset_decision_insert",
    "dataset_decision_delete",
    "dataset_decision_old",
    "dataset_decision_new",
    "dataset_row_update",
    "dataset_row_delete",
)
#: Count the reviewed records into the (empty) count tables, from the decisions' status index.
DATASET_COUNTS = f"""
INSERT INTO dataset_groups
    SELECT coalesce(r.indicator_code, r.indicator), coalesce(r.locality, ''), r.base_unit, r.kind, d.status, COUNT(*)
    FROM decisions d JOIN record_rows r ON r.id = d.record_id WHERE d.status {_REVIEWED}
      AND NOT EXISTS (SELECT 1 FROM dataset_groups) GROUP BY 1, 2, 3, 4, 5;
INSERT INTO dataset_periods
    SELECT coalesce(r.period, ''), r.kind, d.status, COUNT(*)
    FROM decisions d JOIN record_rows r ON r.id = d.record_id WHERE d.status {_REVIEWED}
      AND NOT EXISTS (SELECT 1 FROM dataset_periods) GROUP BY 1, 2, 3;
"""


def _decisions_apart(conn: sqlite3.Connection) -> None:
    """Move the decision out of ``records`` (see :data:`DECISION_COLUMNS`); it stands wherever it is placed.

    ``records`` is renamed first, so the tables that refer to it (details, team review) refer to
    ``record_rows`` after; it is then built anew without the decision's columns (as
    :func:`_split_details` does, foreign keys off) and ``records`` made again as a view.  The views over
    it and its triggers are dropped first and made again after (a rename would point them at the table).
    """
    kind = conn.execute("SELECT type FROM sqlite_master WHERE name = 'records'").fetchone()
    if kind is not None and kind[0] == "view":
        return
    conn.execute("PRAGMA legacy_alter_table = OFF")
    for name in ("record_values", "reviewed_records"):
        conn.execute(f"DROP VIEW IF EXISTS {name}")
    for kind, name in conn.execute(
        "SELECT upper(type), name FROM sqlite_master WHERE tbl_name = 'records' AND type IN ('trigger', 'index') "
        "AND sql IS NOT NULL"
    ).fetchall():
        conn.execute(f'DROP {kind} "{name}"')
    conn.execute("ALTER TABLE records RENAME TO record_rows")
    conn.execute(_RECORD_ROWS.replace("record_rows", "record_rows_new", 1))
    conn.execute(
        f"INSERT INTO record_rows_new ({_ROW_NAMES}) SELECT {_ROW_NAMES} FROM record_rows ORDER BY id"
    )
    _apply_script(_DECISIONS)(conn)
    conn.execute(
        "INSERT INTO decisions (record_id, status, reviewer, decided_at) "
        "SELECT id, status, reviewer, decided_at FROM record_rows "
        "WHERE status != 'pending' OR reviewer IS NOT NULL OR decided_at IS NOT NULL ORDER BY id"
    )
    conn.execute("DROP TABLE record_rows")
    conn.execute("ALTER TABLE record_rows_new RENAME TO record_rows")
    _apply_script(_RECORD_INDEXES + _records_view() + dataset_triggers())(conn)
    conn.execute(f"CREATE VIEW record_values AS {RECORD_VALUES_VIEW}")
    conn.execute(f"CREATE VIEW reviewed_records AS {REVIEWED_RECORDS_VIEW}")


#: v11: the checks' JSON stored minified (issue 15).  ``checks`` and ``conflicts`` were written as
#: ``json.dumps`` spaces them (``", "``, ``": "``), and the JSON Lines export, which has always written
#: them minified, re-parsed every one with ``json()``: a third of its SQL.  They are now written
#: minified, as ``json()`` writes them (strings and numbers kept as they are, the spaces between them
#: dropped), so the export pastes them as stored.  ``comparisons`` keep ``json.dumps``' spacing: the CSV
#: and XLSX exports write that column as stored, and most records hold ``[]``, which needs no parsing.
MINIFIED_DETAILS = ("checks", "conflicts")


def _minified_checks(conn: sqlite3.Connection) -> None:
    """Rewrite :data:`MINIFIED_DETAILS` as ``json()`` writes them; it stands wherever it is placed (minified
    JSON is its own ``json()``).  A value that is not JSON (a hand edit) is left as it is, rather than
    failing the whole upgrade."""
    assignments = ", ".join(
        f"{c} = CASE WHEN json_valid({c}) THEN json({c}) ELSE {c} END" for c in MINIFIED_DETAILS
    )
    where = " OR ".join(f"{c} IS NOT NULL" for c in MINIFIED_DETAILS)
    conn.execute(f"UPDATE record_details SET {assignments} WHERE {where}")


#: v12: an article's year in a team review (stop 36).  A reviewer sets the year of an article that names none
#: (:mod:`desktop.store.article_year`); a merged file keeps the year each reviewer file had for such an article
#: (``year_versions``: the year, the split's, and whether that file's reviewer answered it, who and when), which
#: tells the periods its records were decided under (:mod:`desktop.store.merged_years`), and the outcome of an
#: article two reviewers answered differently (``year_outcomes``: a conflict until adjudicated, then the year
#: chosen, whose answer it was, who adjudicated and when: :mod:`desktop.store.team_years`).
_TEAM_YEARS = """
CREATE TABLE IF NOT EXISTS year_versions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES review_sources(id),
    year INTEGER,
    split_year INTEGER,
    answered INTEGER NOT NULL,
    reviewer TEXT,
    answered_at TEXT,
    PRIMARY KEY (article_id, source_id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS year_outcomes (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('conflict', 'adjudicated')),
    year INTEGER,
    chosen_source INTEGER,
    adjudicator TEXT,
    adjudicated_at TEXT
);
"""


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _apply_script(_V1),
    _apply_script(_V2),
    _v3,
    _add_article_warnings,
    _apply_script(_TEAM_REVIEW),
    _add_checks,
    _apply_script(_CHECK_PRINTS),
    _split_details,
    _dataset_index_without_status,
    _decisions_apart,
    _minified_checks,
    _apply_script(_TEAM_YEARS),
]
SCHEMA_VERSION = len(MIGRATIONS)
#: The oldest schema a read-only session can use as it is.  Exports, ``chitieu stats`` and the window
#: read the decisions from ``decisions`` and the checks from ``record_details``, and the exports paste the
#: checks' JSON as stored (minified), so a file from before it waits for a writable open to be upgraded.
READABLE_SINCE = MIGRATIONS.index(_minified_checks) + 1
