"""The problems a user can act on, by kind: what each says in English, with its parameters.

The command line prints a problem's English (``str(error)``).  The window
says it in its own language: :mod:`desktop.gui.problem_text` has a text for
every kind here with the same ``{parameters}``, and a test keeps the two in
step.  Before, the store's messages reached the Vietnamese window in English.

A parameter may itself be a problem (an :class:`InputError`): a line of a
JSON Lines file says which line and then what is wrong with it; each
language words both parts.
"""

from __future__ import annotations

import re
from typing import TypeVar

from desktop.core.errors import InputError

E = TypeVar("E", bound=InputError)

#: What to do about a damaged database (part of several texts below).
RESTORE_HINT = "Restore it from a backup with 'chitieu restore' (see README, 'Backups and restore')."

ENGLISH: dict[str, str] = {
    # ---- opening a database ----
    "db_folder": "{path} is a folder, not a database file. Give a file name such as corpus.db.",
    "db_missing": "{path} does not exist. Check the path.",
    "no_folder": "The folder {folder} does not exist. Create it or choose another place.",
    "db_unreadable": "{path} cannot be read ({reason}). Check its permissions.",
    "db_not_sqlite": (
        "{path} is not a Chitieu database (it is not an SQLite file). "
        "Choose another file, or a new name to create a database."
    ),
    "db_truncated": (
        "{path} is damaged: the file is shorter than its header says (truncated). " + RESTORE_HINT
    ),
    "db_newer": (
        "{path} was written by a newer Chitieu (schema {version}, this one knows {known}). "
        "Update Chitieu to open it; the file was left untouched."
    ),
    "db_empty_readonly": (
        "{path} is an empty file, not a Chitieu database, and it is opened read-only. Choose another file."
    ),
    "db_needs_upgrade": (
        "{path} has schema version {version} and needs a schema upgrade, which a read-only "
        "open cannot make. Upgrade it once with 'chitieu check --db {path}' or by opening it in "
        "the review window (a backup is taken first), then try again; the file was left untouched."
    ),
    "db_not_database": "{path} is not a Chitieu database (it is not an SQLite file). Choose another file.",
    "db_damaged": "{path} is damaged ({detail}). " + RESTORE_HINT,
    "db_readonly": "{path} cannot be written (read-only file or folder). Check its permissions, or open a copy.",
    "db_locked": (
        "{path} is in use: another Chitieu window or command is writing to it. "
        "Try again in a moment, or close the other one."
    ),
    "disk_full": "The disk holding {path} is full. Free some space and try again; nothing was written.",
    "db_io": "{path} could not be read or written ({detail}). Check the disk and the file's permissions.",
    "db_unusable": "{path}: the database could not be used ({detail}).",
    "db_cannot_create": "{path} cannot be created: {reason}. Choose another place.",
    "lock_file": "Cannot create the lock file {path} ({reason}). Check the folder's permissions.",
    "backup_damaged": (
        "{path} is damaged ({detail}); its backup was not kept, the older ones are kept. " + RESTORE_HINT
    ),
    "backup_damaged_first": (
        "{path} is damaged ({detail}); its backup was not kept, and there is no older backup beside it; "
        "if you have a copy elsewhere, 'chitieu restore COPY' puts it back (see README, 'Backups and restore')."
    ),
    "backup_failed": (
        "Could not back up {path} into {folder} ({detail}). Your work is safe but this session has no new "
        "backup; free space or check the folder's permissions."
    ),
    # ---- deciding ----
    "refused_one": "Record {record} is {status}: it cannot be given '{action}'. Nothing was changed.",
    "refused_many": "{count} of these records cannot be given '{action}' in their present state. Nothing was changed.",
    "no_label_one": (
        "Record {record} has no label: it cannot be confirmed until a correction gives it one. Nothing was changed."
    ),
    "no_label_many": (
        "Records {records} have no label: they cannot be confirmed until a correction gives them one. "
        "Nothing was changed."
    ),
    "no_label_more": (
        "Records {records} and {more} more have no label: they cannot be confirmed until a correction gives "
        "them one. Nothing was changed."
    ),
    "changed_seen": "{what} since you saw it. Nothing was changed.",
    "changed_step": "Cannot {action}: {what} since this step. Nothing was changed.",
    "changed_many": "{count} records were changed or removed elsewhere",
    "changed_removed": "Record {record} was removed (by a re-extraction or an import, or an undo in another window)",
    "changed_by_extractor": "Record {record} was changed by the extractor (a re-extraction or an import)",
    "changed_by_extractor_flagged": (
        "Record {record} was changed by the extractor (a re-extraction or an import) (flagged: {flag})"
    ),
    "changed_decided": "Record {record} was {status} by {reviewer} ({at})",
    "rival_proposal": (
        "Cannot {action}: record {record} would be pending again beside record {rival}, which a "
        "re-extraction has since proposed for the same figure. Nothing was changed; decide that record instead."
    ),
    "record_gone": "Record {record} no longer exists; reload the conflicts.",
    "not_decided_by": "That reviewer did not decide this record; choose a version someone decided.",
    "no_article": "There is no article {article} in {path}.",
    "year_not_assumed": (
        "Article {article} has a date or a year of its own: its year was not guessed, there is none to set. "
        "Nothing was changed."
    ),
    "year_changed": (
        "The year of article {article} was changed elsewhere since it was shown (it is now {year}). "
        "Nothing was changed."
    ),
    "no_year_conflict": "Reviewers did not answer the year of article {article} differently: there is nothing to adjudicate.",
    "year_not_answered_by": "That reviewer did not set this article's year; choose an answer someone gave.",
    "no_record": "There is no record {record} in {path}.",
    # ---- importing ----
    "path_missing": "{path} does not exist. Check the spelling of the path, or choose the file or folder again.",
    "file_unreadable": "{path} could not be read ({reason}). Check that it is readable.",
    "not_article_format": (
        "{path} was skipped: '{extension}' is not an article format. "
        "Articles are read from .txt, .md, .html/.htm and .jsonl files."
    ),
    "file_too_big": (
        "{path} is {size} MB, more than the {limit} MB an article file may be. "
        "Split it into one file per article, or into a .jsonl file with one article per line."
    ),
    "no_article_text": "{path} has no article text (only page furniture was found). Check it is an article.",
    "not_text": (
        "{path} is not a text file (it contains binary data). Save the article as plain text (.txt), "
        "Markdown (.md), HTML or JSON Lines and import that instead."
    ),
    "folder_without_articles": "{path} holds no article files ({formats}). Check the folder, or name the files directly.",
    "import_path_missing": "{path} does not exist. Check the path; nothing was imported.",
    "link_outside": (
        "{path} is a link to the {what} {target}, outside the folder being imported; it was not followed. "
        "Import that path by name if you mean it."
    ),
    "file_empty": "{path} is empty: there is no text to read. Remove it or save the article into it again.",
    "export_file": (
        "{path} holds records exported by Chitieu (each line has indicator, value, start and end), not "
        "articles. Import the article files the export was made from."
    ),
    "line_too_long": (
        "{name} line {number} is longer than {limit} MB, more than one article may be. "
        "Check the line; the other lines were read."
    ),
    "line_problem": "{name} line {number}: {problem}",
    "line_not_json": "not valid JSON ({detail}, column {column}). Fix or delete the line.",
    "line_too_deep": (
        "not readable: its JSON is nested too deeply (values inside values, thousands deep). "
        "Fix or delete the line."
    ),
    "line_is_export": "is a record exported by Chitieu, not an article. Import the articles it came from.",
    "line_no_text": 'has no "text". Each line must be a JSON object with the article text in "text".',
    "line_text_empty": '"text" holds no article text after cleaning. Check the line.',
    "extractor_failed": (
        "the extractor failed on this article ({detail}); it was not imported. Please report this as a bug."
    ),
    # ---- warnings: an article read with changes (kept with the article, as their English) ----
    "read_legacy": "read as {encoding} (a legacy Vietnamese encoding); check the accents look right",
    "bytes_replaced": (
        "{count} byte(s) that are not valid {encoding} were replaced by '{mark}'; "
        "save the file as UTF-8 to keep every character"
    ),
    "surrogates_replaced": (
        "{count} lone surrogate escape(s) such as {example} (half of a character) were replaced by '{mark}'; "
        "fix the program that wrote the file"
    ),
    "name_not_utf8": "the file name is not valid UTF-8; the article is named {name}. Rename the file to keep its name",
    # desktop.core.assumed_year writes these two (and reads them back): the same texts, tested.
    "year_of_batch": (
        "no date and no year in the article: its figures are dated {year}, the year most of the other "
        "articles imported with it are from (chitieu import --year sets another)"
    ),
    "year_given": "no date and no year in the article: its figures are dated {year}, the year given with --year",
    "year_reviewed": "no date and no year in the article: its figures are dated {year}, the year a reviewer set",
    # ---- exporting ----
    "export_failed": "Could not write {path} ({reason}). Nothing was written and any existing file is unchanged.",
    "export_is_database": "{path} is the database itself. Choose another file name for the export.",
    "export_is_folder": "{path} is a folder. Give a file name for the export, e.g. {example}.",
    "export_no_folder": (
        "The folder {folder} does not exist. Create it first or choose another place for the export; "
        "nothing was written."
    ),
    "export_bad_link": (
        "{path} is a link into the folder {folder}, which does not exist. "
        "Choose another place for the export; nothing was written."
    ),
}


#: The kinds above that are warnings: strings stored with the article, not errors.
WARNINGS = (
    "read_legacy",
    "bytes_replaced",
    "surrogates_replaced",
    "name_not_utf8",
    "year_of_batch",
    "year_given",
    "year_reviewed",
)


#: What replaces what could not be read (U+FFFD), as the warnings show it.
MARK = "\ufffd"


def english(kind: str, **params: object) -> str:
    """The English of ``kind`` with ``params``: a warning's whole text."""
    return ENGLISH[kind].format(**params)


def recognise(warning: str) -> tuple[str, dict[str, str]] | None:
    """The kind and parameters of a stored warning, read back from its English; None if none fits.

    Warnings are kept with each article as text (older databases hold the same texts), so an
    interface in another language recognises them instead of being handed a kind.
    """
    for kind in WARNINGS:
        found = _PATTERNS[kind].fullmatch(warning)
        if found:
            return kind, found.groupdict()
    return None


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile(
        "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)),
        re.DOTALL,
    )


def problem(kind: str, error: type[E] = InputError, /, **params: object) -> E:  # type: ignore[assignment]
    """The ``error`` of ``kind`` (a key of :data:`ENGLISH`) with ``params``: its English, and both kept."""
    return error(ENGLISH[kind].format(**params), kind, params)


_PATTERNS = {kind: _pattern(ENGLISH[kind]) for kind in WARNINGS}
