"""What the store reads of the checks without running them: their version and their SQL.

Kept apart from :mod:`desktop.store.checking` because that module imports the
rules, and through them the extractor; a command that only reads the database
(``chitieu stats``, ``export``, ``--help``) must not pay for importing them.
"""

from __future__ import annotations

#: The version of the rules whose results the database holds; bump when a rule changes its verdicts,
#: so that the next ``chitieu check`` (or the window) re-checks the corpus.
CHECKS_VERSION = "2026.12.1"
#: Every failed check of a record as one JSON list (the record's and its article's, then the one across
#: articles): what exports, ``chitieu check`` and the window show.  SQL, so exports stay in SQLite.
ALL_CHECKS = (
    "CASE WHEN {t}conflicts IS NULL THEN {t}checks WHEN {t}checks IS NULL THEN json_array(json({t}conflicts)) "
    "ELSE json_insert({t}checks, '$[#]', json({t}conflicts)) END"
)
