"""Merging reviewer files into one database, in SQL, inside the caller's transaction.

Each reviewer file is attached under a name of its own (the SQL below says
``src.``).  Its articles and records
not yet in the merged file are copied with their ids; every record its
reviewer decided after the split becomes a *version* (``review_versions``:
the record's columns as that reviewer left them); records the reviewer added
are matched to other reviewers' additions of the same span, or become new
records; its event log after the split is kept in ``source_events``.  Once
every file is in, :func:`settle` decides each touched record: versions that
all agree are final and written to the record; differing versions make a
conflict, and the record goes back to its state at the split, pending, until
someone adjudicates it.

Everything is set-based SQL over whole tables; Python touches only the
records reviewers added, which are few.  While the files are loaded the
merged file's secondary indexes are gone (the caller makes them again once
the rows are in, before :func:`settle`: see :mod:`desktop.store.bulk_load`),
so the lookups here go through primary keys and small temporary tables: the
records one file decided (``temp.decided``), the additions merged so far
(``temp.added``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.errors import InputError
from desktop.core.records import FIELDS
from desktop.store.clock import now
from desktop.store.merged_years import YearConflict, carry, follow, note_team_years
from desktop.store.split_copy import shared_columns, table_columns
from desktop.store.team_meta import ReviewerFile

_QUOTED = [f'"{c}"' for c in FIELDS]
_COLUMNS = ", ".join(_QUOTED)
#: What makes two versions "the same decision": status and every field.
SIGNATURE = " || char(31) || ".join(["status", *(f"coalesce({c}, char(30))" for c in _QUOTED)])


@dataclass(frozen=True)
class SourceReport:
    """What merging one reviewer file brought."""

    slot: str
    reviewers: str
    articles: int
    new_articles: int
    versions: int
    additions: int
    events: int
    skipped: bool = False
    #: The articles whose year a reviewer of this file set and the merged file took
    #: (:mod:`desktop.store.merged_years`), and those whose year the merged file holds another answer to.
    years: tuple[int, ...] = ()
    year_conflicts: tuple[YearConflict, ...] = ()


Run = Callable[..., sqlite3.Cursor]


def _runner(conn: sqlite3.Connection, schema: str) -> Run:
    """``conn.execute`` with the reviewer file's tables, written ``src.`` in the SQL, in ``schema``.

    Every input file is attached under a name of its own before the one
    transaction starts (SQLite cannot attach inside a transaction).
    """

    def run(sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        return conn.execute(sql.replace("src.", f"{schema}."), params)

    return run


def fingerprint(conn: sqlite3.Connection, schema: str) -> str:
    """Changes whenever a file's log or records change: its last event, event count and record count."""
    last, events = conn.execute(f"SELECT COALESCE(MAX(id), 0), COUNT(*) FROM {schema}.events").fetchone()
    records = conn.execute(f"SELECT COUNT(*) FROM {schema}.records").fetchone()[0]
    return f"{last}:{events}:{records}"


@dataclass(frozen=True)
class Attached:
    """A reviewer file attached to the merging connection as ``schema``."""

    schema: str
    identity: ReviewerFile
    path: str


@dataclass(frozen=True)
class _Entered:
    """A file being merged: its row in ``review_sources`` and who decided in it."""

    file: Attached
    source_id: int
    reviewers: str


def merge_sources(
    conn: sqlite3.Connection, files: Sequence[Attached], progress: Callable[[int], None] | None = None
) -> list[SourceReport]:
    """Bring the files into ``main``, in the order given; returns what each brought.

    First every file is entered, and its new articles and the records its
    reviewer decided are listed; then the articles, records and versions of
    all the files are copied (see :func:`_copy_new_rows`); then each file's
    additions and log, file by file.  ``progress`` is told each file done.
    """
    run = _runner(conn, "src")
    run("CREATE TEMP TABLE new_articles (id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL)")
    run(
        "CREATE TEMP TABLE additions (source_id INTEGER, id INTEGER, merged INTEGER, "
        "PRIMARY KEY (source_id, id)) WITHOUT ROWID"
    )
    run(
        "CREATE TEMP TABLE decided (source_id INTEGER, id INTEGER, PRIMARY KEY (source_id, id)) WITHOUT ROWID"
    )
    entered: list[_Entered | SourceReport] = []
    for file in files:
        earlier = [e.file.schema for e in entered if isinstance(e, _Entered)]
        entered.append(_enter(conn, file, earlier))
    loading = [e for e in entered if isinstance(e, _Entered)]
    _copy_new_rows(conn, loading)
    note_team_years(conn)
    reports = []
    for n, one in enumerate(entered):
        reports.append(_bring_decisions(conn, one) if isinstance(one, _Entered) else one)
        if progress:
            progress(n + 1)
    for table in ("decided", "additions", "new_articles"):
        run(f"DROP TABLE temp.{table}")
    return reports


def _enter(conn: sqlite3.Connection, file: Attached, earlier: Sequence[str]) -> _Entered | SourceReport:
    """The file's row in ``review_sources``, its new articles and its additions listed; or why it is skipped."""
    identity, path = file.identity, file.path
    stamp = fingerprint(conn, file.schema)
    run = _runner(conn, file.schema)
    known = run("SELECT fingerprint FROM review_sources WHERE file_id = ?", (identity.file_id,)).fetchone()
    if known is not None:
        if known[0] != stamp:
            raise InputError(
                f"{path} was merged into this file before and has changed since. Merge every "
                "reviewer file again into a new file (-o another.db); nothing was written."
            )
        return SourceReport(identity.slot, "", 0, 0, 0, 0, 0, skipped=True)
    mark = identity.event_mark
    reviewers = ", ".join(
        r
        for (r,) in run(
            "SELECT DISTINCT reviewer FROM src.events WHERE id > ? AND reviewer IS NOT NULL ORDER BY reviewer",
            (mark,),
        )
    )
    source_id = run(
        "INSERT INTO review_sources (file_id, split_id, slot, reviewers, path, fingerprint, event_mark, merged_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (identity.file_id, identity.split_id, identity.slot, reviewers, path, stamp, mark, now()),
    ).fetchall()[0][0]
    for other in ("main", *earlier):
        clash = run(
            f"SELECT s.id FROM src.articles s JOIN {other}.articles m ON m.id = s.id "
            "WHERE m.content_hash != s.content_hash LIMIT 1"
        ).fetchone()
        if clash is not None:
            raise InputError(
                f"{path} holds another text as article {clash[0]} than the files merged before: it is "
                "not from the same corpus. Nothing was written."
            )
    run(
        "INSERT INTO temp.new_articles (id, source_id) SELECT id, ? FROM src.articles "
        "WHERE id NOT IN (SELECT id FROM main.articles) AND id NOT IN (SELECT id FROM temp.new_articles)",
        (source_id,),
    )
    run(
        "INSERT INTO temp.additions (source_id, id) SELECT DISTINCT ?, record_id FROM src.events "
        "WHERE id > ? AND action = 'add' AND record_id IN (SELECT id FROM src.records)",
        (source_id, mark),
    )
    run(
        """INSERT INTO temp.decided (source_id, id) SELECT ?, id FROM src.records
           WHERE status != 'pending' AND id NOT IN (SELECT id FROM temp.additions WHERE source_id = ?)
             AND id IN (SELECT record_id FROM src.events WHERE id > ?)""",
        (source_id, source_id, mark),
    )
    return _Entered(file, source_id, reviewers)


def _copy_new_rows(conn: sqlite3.Connection, files: Sequence[_Entered]) -> None:
    """Every file's new articles, their records but the additions (with their details), and its versions.

    The articles of all the files in one statement, in id order: file by file
    each article (a page of its own) would go between the ones before.  The
    records and versions file by file: merging three files' million rows in
    order cost more CPU than inserting them out of order (4.1-4.5 s against
    3.4-3.9 s for the records, 3.4-4.2 against 2.5-2.7 for the versions).
    """
    if not files:
        return
    names = table_columns(conn, "articles")
    for e in files:
        shared_columns(conn, "articles", e.file.schema)
    columns = ", ".join(f'"{c}"' for c in names)
    selected = ", ".join(f'a."{c}"' for c in names)  # qualified: a missing column fails, never a string
    arms = " UNION ALL ".join(
        f"SELECT {selected} FROM {e.file.schema}.articles AS a "
        "WHERE id IN (SELECT id FROM temp.new_articles WHERE source_id = ?)"
        for e in files
    )
    try:
        conn.execute(
            f"INSERT INTO main.articles ({columns}) {arms} ORDER BY id", [e.source_id for e in files]
        )
    except sqlite3.IntegrityError as exc:
        raise InputError(
            f"One of {', '.join(e.file.path for e in files)} holds an article merged before under "
            "another id: it is not from the same corpus. Nothing was written."
        ) from exc
    columns, selected = _copied(conn, "record_rows", files)
    decided, decided_selected = _copied(conn, "decisions", files)
    wide, wide_selected = _copied(conn, "record_details", files)
    for e in files:
        run = _runner(conn, e.file.schema)
        brought = """article_id IN (SELECT id FROM temp.new_articles WHERE source_id = ?)
                     AND id NOT IN (SELECT id FROM temp.additions WHERE source_id = ?)"""
        run(
            f"INSERT INTO main.record_rows ({columns}) SELECT {selected} FROM src.record_rows AS s WHERE {brought}",
            (e.source_id, e.source_id),
        )
        run(
            f"INSERT INTO main.decisions ({decided}) SELECT {decided_selected} FROM src.decisions AS s "
            f"WHERE record_id IN (SELECT id FROM src.record_rows WHERE {brought})",
            (e.source_id, e.source_id),
        )
        run(
            f"INSERT INTO main.record_details ({wide}) SELECT {wide_selected} FROM src.record_details AS s "
            f"WHERE record_id IN (SELECT id FROM src.records WHERE {brought})",
            (e.source_id, e.source_id),
        )
        run(
            f"""INSERT INTO review_versions (record_id, source_id, source_record_id, added, status, reviewer,
                                             decided_at, note, {_COLUMNS})
                SELECT id, ?, id, 0, status, reviewer, decided_at, note, {_COLUMNS} FROM src.records
                WHERE id IN (SELECT id FROM temp.decided WHERE source_id = ?)""",
            (e.source_id, e.source_id),
        )


def _copied(conn: sqlite3.Connection, table: str, files: Sequence[_Entered]) -> tuple[str, str]:
    """The columns of ``table`` to insert and to select (``s.``), once every file is seen to have them."""
    names = table_columns(conn, table)
    for e in files:
        shared_columns(conn, table, e.file.schema)
    return ", ".join(f'"{c}"' for c in names), ", ".join(f's."{c}"' for c in names)


def _bring_decisions(conn: sqlite3.Connection, entered: _Entered) -> SourceReport:
    """The file's versions, additions and log, once its articles and records are in."""
    identity, path, source_id = entered.file.identity, entered.file.path, entered.source_id
    run = _runner(conn, entered.file.schema)
    mark = identity.event_mark
    run(
        "INSERT INTO source_articles (article_id, source_id, finished) "
        "SELECT id, ?, n_pending = 0 FROM src.articles",
        (source_id,),
    )
    articles = run("SELECT COUNT(*) FROM src.articles").fetchone()[0]
    new_articles = run("SELECT COUNT(*) FROM temp.new_articles WHERE source_id = ?", (source_id,)).fetchone()[
        0
    ]
    versions = run("SELECT COUNT(*) FROM temp.decided WHERE source_id = ?", (source_id,)).fetchone()[0]
    additions = _merge_additions(run, source_id, identity.record_mark)
    events = run(
        """INSERT INTO source_events (source_id, id, at, reviewer, action, article_id, source_record_id, record_id,
                                      before, after)
           SELECT ?, e.id, e.at, e.reviewer, e.action, e.article_id, e.record_id,
                  CASE WHEN a.id IS NULL THEN e.record_id ELSE a.merged END, e.before, e.after
           FROM src.events e LEFT JOIN temp.additions a ON a.source_id = ? AND a.id = e.record_id
           WHERE e.id > ?""",
        (source_id, source_id, mark),
    ).rowcount
    columns = "id, at, reviewer, action, article_id, record_id, before, after"
    run(f"INSERT OR IGNORE INTO events ({columns}) SELECT {columns} FROM src.events WHERE id <= ?", (mark,))
    run(
        "INSERT OR IGNORE INTO temp.touched (id) SELECT id FROM temp.decided WHERE source_id = ?",
        (source_id,),
    )
    # A reviewer who finished an article and added nothing there disputes the others' additions in it
    # (this reviewer's own additions among them).
    run(
        "INSERT OR IGNORE INTO temp.touched (id) SELECT record_id FROM temp.added "
        "WHERE article_id IN (SELECT id FROM src.articles)"
    )
    reviewers = entered.reviewers
    years = carry(conn, entered.file.schema, mark, source_id)
    report = SourceReport(
        identity.slot,
        reviewers,
        articles,
        new_articles,
        versions,
        additions,
        events,
        years=years.carried,
        year_conflicts=years.conflicts,
    )
    run(
        "INSERT INTO events (at, action, after) VALUES (?, 'merge', ?)",
        (
            now(),
            json.dumps(
                {
                    "file": path,
                    "file_id": identity.file_id,
                    "slot": identity.slot,
                    "reviewers": reviewers,
                    "versions": versions,
                    "additions": additions,
                    "events": events,
                    "years": list(years.carried),
                    "year_conflicts": [c.article_id for c in years.conflicts],
                },
                ensure_ascii=False,
            ),
        ),
    )
    return report


def _merge_additions(run: Run, source_id: int, record_mark: int) -> int:
    """Match each record the reviewer added to another reviewer's addition of the same span, or add it.

    An addition its own reviewer rejected is no addition; one they corrected
    after adding it is still theirs, as ``added``.  A new record's id is above
    the corpus's last record (``record_mark``), which a file merged later may
    bring.
    """
    rows = run(
        f"""SELECT r.id, r.article_id, r.start, r."end", r.reviewer, r.decided_at, r.note, {_COLUMNS}
            FROM src.records r JOIN temp.additions a ON a.source_id = ? AND a.id = r.id
            WHERE r.status != 'rejected'
            ORDER BY r.article_id, r.start, r.id""",
        (source_id,),
    ).fetchall()
    for row in rows:
        local_id, article_id, start, end, reviewer, decided_at, note = row[:7]
        fields = tuple(row[7:])
        match = run(
            """SELECT a.record_id FROM temp.added a
               WHERE a.article_id = ? AND a.start = ? AND a."end" = ?
                 AND NOT EXISTS (SELECT 1 FROM review_versions v WHERE v.record_id = a.record_id
                                                                   AND v.source_id = ?)
               ORDER BY a.record_id LIMIT 1""",
            (article_id, start, end, source_id),
        ).fetchone()
        if match is not None:
            merged = match[0]
        else:
            (merged,) = run(
                f"""INSERT INTO record_rows (id, article_id, {_COLUMNS}, note, created_at)
                    VALUES (max(coalesce((SELECT MAX(id) FROM record_rows), 0), ?) + 1, ?,
                            {", ".join("?" * len(fields))}, ?, ?) RETURNING id""",
                (record_mark, article_id, *fields, note, now()),
            ).fetchone()
            run(
                "INSERT INTO decisions (record_id, status, reviewer, decided_at) VALUES (?, 'added', ?, ?)",
                (merged, reviewer, decided_at),
            )
            run(
                'INSERT INTO temp.added (record_id, article_id, start, "end") VALUES (?, ?, ?, ?)',
                (merged, article_id, start, end),
            )
        run(
            f"""INSERT INTO review_versions (record_id, source_id, source_record_id, added, status, reviewer,
                                             decided_at, note, {_COLUMNS})
                VALUES (?, ?, ?, 1, 'added', ?, ?, ?, {", ".join("?" * len(fields))})""",
            (merged, source_id, local_id, reviewer, decided_at, note, *fields),
        )
        run(
            "UPDATE temp.additions SET merged = ? WHERE source_id = ? AND id = ?",
            (merged, source_id, local_id),
        )
    return len(rows)


def begin_settling(conn: sqlite3.Connection) -> None:
    """Start collecting the records the coming merges touch; list the additions merged so far.

    ``temp.added`` (the records reviewers added, by span) is what the
    coming merges match their additions against: a few rows, where the
    records' own indexes are dropped while the merge loads rows (see
    :mod:`desktop.store.bulk_load`).
    """
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS touched (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.touched")
    conn.execute("DROP TABLE IF EXISTS temp.added")
    conn.execute("""CREATE TEMP TABLE added AS
                    SELECT DISTINCT r.id AS record_id, r.article_id, r.start, r."end"
                    FROM records r WHERE r.id IN (SELECT record_id FROM review_versions WHERE added = 1)""")
    conn.execute('CREATE INDEX temp.added_span ON added(article_id, start, "end")')


@dataclass(frozen=True)
class Settled:
    """What :func:`settle` decided: records final and in conflict, and the articles whose records' periods
    followed the team's file's year of the article (:func:`desktop.store.merged_years.follow`)."""

    agreed: int
    conflicts: int
    followed: tuple[int, ...]


def settle(conn: sqlite3.Connection) -> Settled:
    """Decide every touched record from its versions; then let the periods follow the articles' years.

    A record decided the same way by every reviewer who decided it is final.
    A record a reviewer added must also be added, the same way, by every
    other reviewer who finished that article: not adding it there is a
    decision too.  Adjudicated records keep their adjudication.  A period
    read under another year than the team's file's of its article moves to it.

    Only records of the overlap (articles more than one file held) can
    disagree, and only they can hold another file's copy than their
    version: the rest, most of a merge, are agreed and already written.
    """
    conn.execute("""CREATE TEMP TABLE shared AS
                    SELECT t.id, r.article_id FROM temp.touched t JOIN records r ON r.id = t.id
                    WHERE r.article_id IN (SELECT article_id FROM source_articles
                                           GROUP BY article_id HAVING COUNT(*) > 1)""")
    conn.execute("CREATE INDEX temp.shared_id ON shared(id)")
    conn.execute(_OUTCOMES_ALONE)
    conn.execute(_OUTCOMES_SHARED)
    for statement in _APPLY_AGREED:
        conn.execute(statement)
    conflicts = _reset_conflicts(conn)
    agreed = conn.execute(
        "SELECT COUNT(*) FROM team_outcomes WHERE state = 'agreed' "
        "AND record_id IN (SELECT id FROM temp.touched)"
    ).fetchone()[0]
    conn.execute("""UPDATE articles SET (n_records, n_pending) =
                        (SELECT COUNT(*), COALESCE(SUM(status = 'pending'), 0) FROM records WHERE article_id = articles.id)
                    WHERE id IN (SELECT article_id FROM temp.shared)""")
    followed = follow(conn)
    conn.execute("DROP TABLE temp.shared")
    conn.execute("DELETE FROM temp.touched")
    return Settled(agreed, conflicts, tuple(followed))


_NOT_ADJUDICATED = "record_id NOT IN (SELECT record_id FROM team_outcomes WHERE state = 'adjudicated')"
#: A record of an article one file held has one version, already on the record: agreed.
_OUTCOMES_ALONE = """
    INSERT OR REPLACE INTO team_outcomes (record_id, state, disputed)
    SELECT id, 'agreed', 0 FROM temp.touched
    WHERE id NOT IN (SELECT id FROM temp.shared) AND id NOT IN (SELECT record_id FROM team_outcomes
                                                                 WHERE state = 'adjudicated')"""
#: A record of the overlap: disputed when its versions differ, or when it was added and a file that
#: finished its article did not add it.
_OUTCOMES_SHARED = f"""
    INSERT OR REPLACE INTO team_outcomes (record_id, state, disputed)
    SELECT record_id, CASE WHEN disputed THEN 'conflict' ELSE 'agreed' END, disputed
    FROM (SELECT v.record_id,
                 COUNT(DISTINCT {SIGNATURE}) > 1 OR (MAX(v.added) = 1 AND COUNT(*) < (
                     SELECT COUNT(*) FROM source_articles sa
                     WHERE sa.article_id = s.article_id AND sa.finished)) AS disputed
          FROM review_versions v JOIN temp.shared s ON s.id = v.record_id
          GROUP BY v.record_id)
    WHERE {_NOT_ADJUDICATED}"""


_FIRST_VERSION = "(SELECT {} FROM review_versions v WHERE v.record_id = r.id ORDER BY v.source_id LIMIT 1)"
_REVIEWERS = (
    "(SELECT group_concat(reviewer, ', ') FROM (SELECT DISTINCT reviewer FROM review_versions "
    "WHERE record_id = r.id ORDER BY reviewer))"
)
_AGREED = "id IN (SELECT id FROM temp.shared) AND id IN (SELECT record_id FROM team_outcomes WHERE state = 'agreed')"
#: The agreed version onto each agreed record of the overlap (its fields, then its decision, with every
#: reviewer who made it): the two tables of schema v10, not row by row through the view.
_APPLY_AGREED = (
    f"""UPDATE record_rows AS r SET ({_COLUMNS}, note) =
            {_FIRST_VERSION.format(", ".join([*(f"v.{c}" for c in _QUOTED), "v.note"]))}
        WHERE {_AGREED}""",
    f"""INSERT INTO decisions (record_id, status, reviewer, decided_at)
        SELECT id, {_FIRST_VERSION.format("v.status")}, {_REVIEWERS},
               (SELECT MAX(decided_at) FROM review_versions WHERE record_id = r.id)
        FROM record_rows r WHERE {_AGREED}
        ON CONFLICT (record_id) DO UPDATE SET
            status = excluded.status, reviewer = excluded.reviewer, decided_at = excluded.decided_at""",
)
#: Each conflicting record's fields as its first snapshot in ``temp.base`` holds them.  The snapshot is
#: parsed once (``json_each``), not once per field: SQLite 3.40 caches no parsed JSON between calls.
_RESTORE_BASE = f"""
    UPDATE record_rows SET ({_COLUMNS}) =
            (SELECT {", ".join(f"MAX(CASE WHEN f.key = '{c}' THEN f.value END)" for c in FIELDS)}
             FROM temp.base b, json_each(b.before) f WHERE b.record_id = record_rows.id)
    WHERE id IN (SELECT record_id FROM temp.base)"""


#: The conflicting records of the overlap.
_CONFLICTING = """SELECT id FROM temp.shared WHERE id IN (SELECT record_id FROM team_outcomes WHERE state = 'conflict')
                                              AND id IN (SELECT id FROM record_rows)"""


def _reset_conflicts(conn: sqlite3.Connection) -> int:
    """Put each conflicting record back as it was at the split (its first logged ``before``), pending.

    A conflicting addition has no state before the split: it keeps the first
    reviewer's fields, pending.
    """
    conn.execute("""CREATE TEMP TABLE base AS
                    SELECT record_id, before FROM (
                        SELECT record_id, before,
                               row_number() OVER (PARTITION BY record_id ORDER BY at, source_id, id) AS n
                        FROM source_events
                        WHERE before IS NOT NULL AND record_id IN (
                            SELECT id FROM temp.shared
                            WHERE id IN (SELECT record_id FROM team_outcomes WHERE state = 'conflict')))
                    WHERE n = 1""")
    conn.execute("CREATE UNIQUE INDEX temp.base_record ON base(record_id)")
    conn.execute(_RESTORE_BASE)
    conn.execute("DROP TABLE temp.base")
    conn.execute(f"DELETE FROM decisions WHERE record_id IN ({_CONFLICTING})")
    return conn.execute(f"SELECT COUNT(*) FROM ({_CONFLICTING})").fetchone()[0]
