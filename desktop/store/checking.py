"""Keeping every record's checks current in the database (issue 13).

Each record carries five columns: ``checks``, the failed checks of the
record on its own and within its article, as JSON; ``conflicts``, its
cross-article finding, as JSON; ``rules``, the names of both (what counts
and filters read, through an index); ``risk``, from those and the
extractor's confidence; ``fact``, the key under which it is compared with
other articles.  NULL means none.  The two JSON columns are in the record's
details (:mod:`desktop.store.details`), the three small ones in its row.  Rejected records are out of the dataset,
so they carry none of them and no other record is compared with them.

The two scopes are kept apart because they cost differently:

* an article's records are checked together (:func:`recheck_articles`):
  their own fields, their span, their repeats;
* a fact's records across the corpus (:func:`recheck_facts`), read through
  the ``records_fact`` index, so an edit re-checks only the facts it touched.

Every function works inside the caller's transaction and writes a row only
when something it stores changed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice, pairwise
from operator import itemgetter

from desktop.core.assumed_year import assumed
from desktop.core.check_groups import BY_GROUP, Scope, versions
from desktop.core.checks import ArticleFacts, Subject, check_article, lowered
from desktop.core.checks.conflicts import fact_key_of
from desktop.core.checks.splice import OWN_FIELDS, group_changes, light_rows
from desktop.core.checks.verdicts import (
    CROSSED,
    CheckRow,
    FactRow,
    Stored,
    changed_rows,
    check_rows,
    fact_changes,
    stored,
)
from desktop.core.records import FIELDS
from desktop.store import details
from desktop.store.check_columns import CHECKS_VERSION

META_KEY = "checks_version"
#: The meta key of the rule groups' versions the stored verdicts were made with (JSON, by group).
GROUPS_KEY = "checks_groups"
#: Rows of a group re-run over the whole table between two looks at a cancel.
SCAN_CHUNK = 50_000
#: Groups re-run alone and spliced at most, when no more changed; more, and the whole check is run.
SPLICED_AT_MOST = 2
#: Fact keys re-checked per query.
FACT_BATCH = 500
#: Rows whose checks changed written per statement, in id order.  The fact pass finds them in fact
#: order, which is no order in the table: written as found, each row of a 1.2 GB table is a random
#: page through a 2 MB cache; sorted, a batch is one sweep from the first page to the last.
WRITE_BATCH = 50_000

#: A record's cross-article mark as the verdicts read it: whether its details hold conflicts.
_CROSSED = f"CASE WHEN d.conflicts IS NULL THEN NULL ELSE '{CROSSED}' END"
_ROW_COLUMNS = (
    'r.id, r.article_id, r.status, r.indicator, r.indicator_code, r.value, r.value_max, r."of", r.unit, '
    'r.base_value, r.base_unit, r.qualifier, r.kind, r.period, r.locality, r.comparisons, r.start, r."end", '
    f"r.confidence, d.checks, {_CROSSED}, r.rules, r.risk, r.fact"
)
_UPDATE_ARTICLE = "UPDATE record_rows SET rules = ?, risk = ?, fact = ? WHERE id = ?"
_UPDATE_FACT = "UPDATE record_rows SET rules = ?, risk = ? WHERE id = ?"
#: The article pass's write of a record's details: its own checks, and its cross-article finding kept as
#: stored (:data:`CROSSED`) or cleared (None).  The pass never writes a finding's text, only the fact pass
#: does, so it reads none (:data:`_ROW_COLUMNS`): 400 bytes of JSON on each of most records of a corpus
#: whose facts disagree.  An upsert, as :func:`desktop.store.details.write`'s: a record may have no details row.
_UPDATE_DETAILS = (
    "INSERT INTO record_details (checks, record_id) VALUES (?, ?) ON CONFLICT (record_id) DO UPDATE SET "
    "checks = excluded.checks, conflicts = CASE WHEN ? IS NULL THEN NULL ELSE conflicts END"
)


# ---- one article at a time -------------------------------------------------------------


def facts_of(text: str, published: str | None, year: int | None, warnings: str | None = None) -> ArticleFacts:
    """An article's text and year: its publication year, else the year most of its figures are for (or the
    one it was given at import, which its stored ``warnings`` say)."""
    if published and published[:4].isdigit():
        return ArticleFacts(text, int(published[:4]), dated=True)
    given = assumed(json.loads(warnings)) if warnings else None
    return ArticleFacts(text, year, dated=False, assumed=given[1] if given else None)


def article_facts(conn: sqlite3.Connection, article_ids: Sequence[int]) -> dict[int, ArticleFacts]:
    marks = ", ".join("?" * len(article_ids))
    rows = conn.execute(
        f"SELECT id, text, published, year, warnings FROM articles WHERE id IN ({marks})", tuple(article_ids)
    )
    return {row[0]: facts_of(*row[1:]) for row in rows}


def article_rows(conn: sqlite3.Connection, article_ids: Sequence[int]) -> dict[int, list[CheckRow]]:
    marks = ", ".join("?" * len(article_ids))
    cursor = conn.cursor()
    cursor.row_factory = None
    return check_rows(
        article_ids,
        cursor.execute(
            f"SELECT {_ROW_COLUMNS} FROM {details.JOINED} WHERE r.article_id IN ({marks})", tuple(article_ids)
        ),
    )


def article_changes(conn: sqlite3.Connection, article_ids: Sequence[int]) -> tuple[list[tuple], set[int]]:
    """The rows of these articles whose stored checks are not what the rules say now (each a :class:`Stored`
    and the record's id), and the facts (old and new) of their records.  Reads only: a worker process may run it."""
    touched: set[int] = set()
    changes: list[tuple] = []
    facts = article_facts(conn, article_ids)
    for article_id, rows in article_rows(conn, article_ids).items():
        changes += changed_rows(facts[article_id], rows, touched)
    return changes, touched


def recheck_articles(conn: sqlite3.Connection, article_ids: Sequence[int]) -> set[int]:
    """Re-check the records of these articles; returns the facts (old and new) to re-check across articles."""
    changes, touched = article_changes(conn, article_ids)
    write_article_changes(conn, changes)
    return touched


def write_article_changes(conn: sqlite3.Connection, changes: Sequence[tuple]) -> None:
    """Write ``changes``: each a :class:`Stored` and the record's id, its ``conflicts`` :data:`CROSSED` (kept)
    or None (cleared)."""
    conn.executemany(_UPDATE_ARTICLE, [change[2:] for change in changes])
    conn.executemany(_UPDATE_DETAILS, [(c[0], c[-1], c[1]) for c in changes])


# ---- across articles --------------------------------------------------------------------


_FACT_COLUMNS = ", ".join(f"d.{n}" if n == "conflicts" else f"r.{n}" for n in FactRow._fields)


def recheck_facts(conn: sqlite3.Connection, keys: Iterable[int]) -> int:
    """Re-check the records of these facts against each other; returns how many rows changed."""
    keys = sorted(keys)
    changed = 0
    for start in range(0, len(keys), FACT_BATCH):
        batch = keys[start : start + FACT_BATCH]
        marks = ", ".join("?" * len(batch))
        changed += settle_facts(conn, _fact_rows(conn, f"r.fact IN ({marks})", batch))
    return changed


def recheck_all_facts(conn: sqlite3.Connection, written: set[int] | None = None) -> int:
    """Re-check every fact of the corpus; returns how many rows changed (:func:`_shared_fact_rows`), and
    adds their ids to ``written`` when given."""
    return settle_facts(conn, _shared_fact_rows(conn, *fact_slices(1)[0]), written)


def fact_slices(count: int) -> list[tuple[int, int]]:
    """The range of fact keys cut into ``count`` slices ``(low, high)``, bounds included.  A key is a hash,
    so each slice holds about as many facts as the others, and every record of a fact lies in one."""
    bounds = [-(2**63) + (2**64 * index) // count for index in range(count)] + [2**63]
    return [(low, high - 1) for low, high in pairwise(bounds)]


def fact_slice_changes(conn: sqlite3.Connection, low: int, high: int) -> list[tuple]:
    """What :func:`recheck_all_facts` would write for the facts whose key lies in ``low..high``, unwritten
    (as :func:`write_fact_changes` takes it).  Reads only: a worker process may run it, and workers may
    share out the slices of :func:`fact_slices`, each reading the table through once."""
    return list(fact_changes(_shared_fact_rows(conn, low, high)))


#: The records with their details, read in table order whatever the filter: the planner would take the
#: fact index for ``fact IS NOT NULL`` or a range of keys, and read the table's pages at random through
#: it (a quarter of the 50,000-article corpus's facts: 2.5-2.9 s of CPU that way, 1.4 s scanned).
_SCANNED = "record_rows r NOT INDEXED LEFT JOIN record_details d ON d.record_id = r.id"
#: A record of ``r`` that is not rejected (schema v10: its decision is a row of ``decisions``, if any).
_LIVE = "NOT EXISTS (SELECT 1 FROM decisions x WHERE x.record_id = r.id AND x.status = 'rejected')"


#: Of the records of the facts whose key lies between two bounds, those whose finding may change: a record
#: alone in its fact (a tenth of the 50,000-article corpus's, most of a small corpus's) that has none stored
#: has none to write, and is left out by a grouping of the fact index instead of read, sorted and settled.
_SHARED = (
    "(d.conflicts IS NOT NULL OR r.fact IN "
    "(SELECT fact FROM record_rows WHERE fact BETWEEN ?1 AND ?2 GROUP BY fact HAVING count(*) > 1))"
)


def _shared_fact_rows(conn: sqlite3.Connection, low: int, high: int) -> Iterator[FactRow]:
    """The live rows of the facts whose key lies in ``low..high`` but the ones :data:`_SHARED` leaves out,
    sorted by fact: read in table order and sorted (:data:`_SCANNED`), since through the fact index a
    million rows of a gigabyte file are a million random reads."""
    return _fact_rows(conn, f"r.fact BETWEEN ?1 AND ?2 AND {_SHARED}", (low, high), scan=True)


def _fact_rows(
    conn: sqlite3.Connection, where: str, params: Sequence[int], *, scan: bool = False
) -> Iterator[FactRow]:
    cursor = conn.cursor()
    cursor.row_factory = None
    table, order = (_SCANNED, "+r.fact") if scan else (details.JOINED, "r.fact")
    rows = cursor.execute(
        f"SELECT {_FACT_COLUMNS} FROM {table} WHERE {where} AND {_LIVE} ORDER BY {order}",
        tuple(params),
    )
    return map(FactRow._make, rows)


def settle_facts(conn: sqlite3.Connection, rows: Iterable[FactRow], written: set[int] | None = None) -> int:
    """Given every live row of some facts, sorted by fact, store each row's cross-article finding; adds the
    ids of the rows written to ``written`` when given.

    Changes are written as groups are settled, :data:`WRITE_BATCH` at a time in id order: only rows
    already read are updated (and not in the column the rows are sorted by), which SQLite allows while the read goes on.
    """
    changes: list[tuple] = []
    changed = 0
    for change in fact_changes(rows):
        changes.append(change)
        if len(changes) >= WRITE_BATCH:
            if written is not None:
                written.update(change[-1] for change in changes)
            write_fact_changes(conn, changes)
            changed += len(changes)
            changes.clear()
    if written is not None:
        written.update(change[-1] for change in changes)
    write_fact_changes(conn, changes)
    return changed + len(changes)


def write_fact_changes(conn: sqlite3.Connection, changes: list[tuple]) -> None:
    """Write ``(rules, risk, conflict, record id)`` in id order (the last one)."""
    changes.sort(key=itemgetter(-1))
    conn.executemany(_UPDATE_FACT, [(rules, risk, record_id) for rules, risk, _, record_id in changes])
    details.write(conn, ("conflicts",), [(conflict, record_id) for _, _, conflict, record_id in changes])


# ---- after an edit ---------------------------------------------------------------------


def recheck(conn: sqlite3.Connection, article_ids: Sequence[int]) -> None:
    """After an edit: the articles' records, then every fact they had or have."""
    recheck_facts(conn, recheck_articles(conn, article_ids))


def recheck_changed(conn: sqlite3.Connection, changed: Iterable[tuple[dict | None, dict | None]]) -> None:
    """After a decision, an undo or a redo (each record's row before and after): re-check the articles
    of the records whose change can alter any checks; a confirmation alters none."""
    articles: set[int] = set()
    for before, after in changed:
        row = after or before
        if row is not None and changes_verdicts(before, after):
            articles.add(row["article_id"])
    if articles:
        recheck(conn, sorted(articles))


def changes_verdicts(before: dict | None, after: dict | None) -> bool:
    """Whether a change to one record (row snapshots; None: absent) can change any record's checks:
    its fields, or whether it is in the dataset at all."""
    if before is None or after is None:
        return before is not after
    if (before["status"] == "rejected") != (after["status"] == "rejected"):
        return True
    return any(before[column] != after[column] for column in FIELDS)


# ---- the whole corpus -----------------------------------------------------------------


def checked_version(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    return row[0] if row else None


def checked_groups(conn: sqlite3.Connection) -> dict[str, int] | None:
    """The rule groups' versions the stored verdicts were made with (None: a file from before them)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (GROUPS_KEY,)).fetchone()
    return json.loads(row[0]) if row else None


def mark_checked(conn: sqlite3.Connection) -> None:
    """Every record's verdicts are now the current rules': store their version and the groups'."""
    conn.executemany(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        [(META_KEY, CHECKS_VERSION), (GROUPS_KEY, json.dumps(versions(), sort_keys=True))],
    )


@dataclass(frozen=True)
class CheckPlan:
    """What a full check must re-run besides the articles changed since the last one."""

    whole: bool  # every article through the article pass, every fact through the fact pass
    groups: tuple[str, ...] = ()  # groups re-run alone over every record and spliced in
    facts: bool = False  # the fact pass over every fact


def plan(conn: sqlite3.Connection) -> CheckPlan:
    """Which rules changed since the stored verdicts were made, and so what re-running them takes.

    The whole check when what every rule shares changed (``CHECKS_VERSION``), when the file stores no
    group versions (from before them: nothing says which verdicts are current), when the fact key
    changed (every record's key may move, and the fingerprints and facts with it), when a group is gone
    or new, or when more than :data:`SPLICED_AT_MOST` groups of records changed.  Else the changed
    groups of records alone, and the fact pass alone when the comparison across articles changed."""
    stored = checked_groups(conn) if checked_version(conn) == CHECKS_VERSION else None
    current = versions()
    if stored is None or stored.keys() != current.keys():
        return CheckPlan(whole=True)
    changed = [name for name, version in current.items() if stored[name] != version]
    scopes = {BY_GROUP[name].scope for name in changed}
    spliced = tuple(name for name in changed if BY_GROUP[name].scope in (Scope.RECORD, Scope.ARTICLE))
    if Scope.KEY in scopes or len(spliced) > SPLICED_AT_MOST:
        return CheckPlan(whole=True)
    return CheckPlan(whole=False, groups=spliced, facts=Scope.FACTS in scopes)


def group_row_changes(
    conn: sqlite3.Connection, article_ids: Sequence[int], groups: Sequence[str]
) -> list[tuple]:
    """What re-running ``groups`` alone changes in these articles' rows (:func:`group_changes`).  The
    articles' texts are read only when a group reads them.  Reads only: a worker process may run it."""
    reads_text = any(BY_GROUP[name].scope is Scope.ARTICLE for name in groups)
    facts = article_facts(conn, article_ids) if reads_text else {}
    changes: list[tuple] = []
    for article_id, rows in article_rows(conn, article_ids).items():
        changes += group_changes(facts.get(article_id), rows, groups)
    return changes


def record_group_changes(
    conn: sqlite3.Connection,
    groups: Sequence[str],
    skipped: set[int],
    should_cancel: Callable[[], bool] | None = None,
) -> list[tuple] | None:
    """What re-running ``groups`` of :attr:`Scope.RECORD` alone changes in the rows of every article but
    the ``skipped`` ones (None: cancelled).  Their rules read a record's own fields, so the table is read
    once in its order, only those fields (:func:`light_rows`), no article's text: at 50,000 articles a
    million narrow rows, against the article batches' every column through the article index."""
    fields = sorted({field for name in groups for field in BY_GROUP[name].reads})
    own = ("r.id", "r.article_id", "r.confidence", "d.checks", _CROSSED, "r.rules", "r.risk", "r.fact")
    assert len(own) == len(OWN_FIELDS)
    cursor = conn.cursor()
    cursor.row_factory = None
    columns = ", ".join([*own, *(f'r."{field}"' for field in fields)])
    read = cursor.execute(f"SELECT {columns} FROM {_SCANNED} WHERE {_LIVE}")
    rows = light_rows(fields, (row for row in read if row[1] not in skipped))
    changes: list[tuple] = []
    while chunk := list(islice(rows, SCAN_CHUNK)):
        if should_cancel and should_cancel():
            return None
        changes += group_changes(None, chunk, groups)
    return changes


def write_group_changes(conn: sqlite3.Connection, changes: Sequence[tuple]) -> None:
    """Write ``(checks, rules, risk, record id)``: a record's own findings and what follows from them."""
    conn.executemany("UPDATE record_rows SET rules = ?, risk = ? WHERE id = ?", [c[1:] for c in changes])
    details.write(conn, ("checks",), [(c[0], c[-1]) for c in changes])


def needs_check(conn: sqlite3.Connection) -> bool:
    """True when the records were checked by other rules than these (or by a group of rules of another
    version), or some never (an upgraded file).

    A file no full check has marked is asked whether any record in the dataset lacks its checks:
    records added through the store are checked as they are stored.
    """
    version = checked_version(conn)
    if version is not None:
        return version != CHECKS_VERSION or checked_groups(conn) != versions()
    unchecked = f"SELECT 1 FROM record_rows r WHERE risk IS NULL AND {_LIVE} LIMIT 1"
    return conn.execute(unchecked).fetchone() is not None


# ---- new articles -----------------------------------------------------------------------


def machine_verdicts(facts: ArticleFacts, records: Sequence[Subject]) -> tuple[list[Stored], list[int]]:
    """What to store for a new article's records before they have ids: checks refer to each other by
    position.  Returns the rows' check columns and the positions whose checks name other records;
    :func:`resolve_positions` turns those positions into ids once inserted."""
    keyed = list(enumerate(records))
    low = lowered(facts.text)
    findings = check_article(facts, keyed, low)
    verdicts, linked = [], []
    for position, record in keyed:
        fact = fact_key_of(record, facts.text, low)
        verdicts.append(stored(findings[position], None, getattr(record, "confidence", None), fact))
        if any(f.others for f in findings[position]):
            linked.append(position)
    return verdicts, linked


def resolve_positions(checks: str, ids: Sequence[int]) -> str:
    """A new record's checks (JSON) with the positions they name replaced by the records' ids."""
    found = json.loads(checks)
    for data in found:
        if "records" in data:
            data["records"] = [ids[p] for p in data["records"]]
    return json.dumps(found, ensure_ascii=False, separators=(",", ":"))
