"""What the store reads of the checks without running them: their version, their SQL, their counts.

Kept apart from :mod:`desktop.store.checking` because that module imports the
checks, and through them the extractor; a command that only reads the database
(``chitieu stats``, ``export``, ``--help``) must not pay for importing them.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from desktop.core.check_rules import BY_NAME

#: The version of the rules whose results the database holds; bump when a rule changes its verdicts,
#: so that the next ``chitieu check`` (or the window) re-checks the corpus.
CHECKS_VERSION = "2026.12.4"
#: :func:`desktop.core.check_groups.shared_digest` as of :data:`CHECKS_VERSION`: a test fails when what
#: every rule shares changes until the version is bumped and this recorded.
CHECKS_DIGEST = "b64d8dbd1829808e"
#: Every failed check of a record as one JSON list (the record's and its article's, then the one across
#: articles): what exports, ``chitieu check`` and the window show.  SQL, so exports stay in SQLite.
ALL_CHECKS = (
    "CASE WHEN {t}conflicts IS NULL THEN {t}checks WHEN {t}checks IS NULL THEN json_array(json({t}conflicts)) "
    "ELSE json_insert({t}checks, '$[#]', json({t}conflicts)) END"
)


def rule_counts(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Records failing each rule, in the order of the rules (rules nothing fails are left out).

    Counted by combination of rules over the ``records_rules`` index (a few dozen combinations),
    never by reading the findings of every flagged record.
    """
    counts: Counter[str] = Counter()
    for rules, n in conn.execute(
        "SELECT rules, COUNT(*) FROM records WHERE rules IS NOT NULL GROUP BY rules"
    ):
        for rule in rules.split():
            counts[rule] += n
    return [(name, counts[name]) for name in BY_NAME if counts[name]]


def flagged_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM records WHERE rules IS NOT NULL").fetchone()[0]
