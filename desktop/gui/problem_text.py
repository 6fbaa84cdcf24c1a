"""The store's problems in the window's language: a text for every kind of :mod:`desktop.core.problems`.

The store and the import pipeline know no Qt: they raise a problem's kind and
parameters with its English (what the command line prints).  Shown as it
came, that English reached the Vietnamese window: a damaged or locked file,
a refused decision, a skipped import file, an export that could not be
written.  Each text here is the English of its kind, marked for the
catalogue, with the same ``{parameters}``; a status, an action and a time
among them are worded as the rest of the window words them.  A problem with
no kind (a message no one has given a kind yet) shows its English.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import InputError
from desktop.core.problems import recognise
from desktop.gui.history import local_time
from desktop.gui.states import state_label

if TYPE_CHECKING:  # the readers load on first import (trafilatura is slow to load)
    from desktop.core.readers import Problem


def problem_text(error: InputError) -> str:
    """What ``error`` says, in the window's language."""
    return _say(error.kind, error.params, str(error))


def problem_line(item: Problem) -> str:
    """An import problem in the window's language: the file, then what is wrong with it.

    A line of a JSON Lines file is named once (``a.jsonl:3: không có "text"…``), not as
    ``a.jsonl:3: a.jsonl dòng 3: …``.
    """
    inner = item.params.get("problem")
    if item.kind == "line_problem" and isinstance(inner, InputError):
        return f"{item.source}: {problem_text(inner)}"
    text = _say(item.kind, item.params, item.message) if item.kind else warning_text(item.message)
    return (
        text
        if text.startswith(item.source) or item.message.startswith(item.source)
        else f"{item.source}: {text}"
    )


def warning_text(warning: str) -> str:
    """A warning kept with an article (English text), in the window's language when it is one we know."""
    found = recognise(warning)
    return _say(found[0], found[1], warning) if found else warning


def _say(kind: str, params: Mapping[str, object], english: str) -> str:
    template = texts().get(kind)
    if template is None:
        return english
    try:
        return template.format(**{name: _value(name, value) for name, value in params.items()})
    except (KeyError, IndexError, ValueError):  # a translation that lost a parameter: the English is whole
        return english


def _value(name: str, value: object) -> object:
    if isinstance(value, InputError):
        return problem_text(value)
    if name == "status" and isinstance(value, str):
        return state_label(value)
    if name == "action" and isinstance(value, str):
        return _action(value)
    if name == "at" and isinstance(value, str):
        return local_time(value, seconds=True)
    return value


def _action(action: str) -> str:
    words = {
        "confirm": QCoreApplication.translate("Problems", "confirm"),
        "reject": QCoreApplication.translate("Problems", "reject"),
        "correct": QCoreApplication.translate("Problems", "correct"),
        "reopen": QCoreApplication.translate("Problems", "reopen"),
        "undo": QCoreApplication.translate("Problems", "undo"),
        "redo": QCoreApplication.translate("Problems", "redo"),
    }
    return words.get(action, action)


def texts() -> dict[str, str]:
    """Kind → text in the window's language, with the English's parameters."""
    return {
        "db_folder": QCoreApplication.translate(
            "Problems", "{path} is a folder, not a database file. Give a file name such as corpus.db."
        ),
        "db_missing": QCoreApplication.translate("Problems", "{path} does not exist. Check the path."),
        "no_folder": QCoreApplication.translate(
            "Problems", "The folder {folder} does not exist. Create it or choose another place."
        ),
        "db_unreadable": QCoreApplication.translate(
            "Problems", "{path} cannot be read ({reason}). Check its permissions."
        ),
        "db_not_sqlite": QCoreApplication.translate(
            "Problems",
            "{path} is not a Chitieu database (it is not an SQLite file). Choose another file, or a new name to create a database.",
        ),
        "db_truncated": QCoreApplication.translate(
            "Problems",
            "{path} is damaged: the file is shorter than its header says (truncated). Restore it from a backup with 'chitieu restore' (see README, 'Backups and restore').",
        ),
        "db_newer": QCoreApplication.translate(
            "Problems",
            "{path} was written by a newer Chitieu (schema {version}, this one knows {known}). Update Chitieu to open it; the file was left untouched.",
        ),
        "db_empty_readonly": QCoreApplication.translate(
            "Problems",
            "{path} is an empty file, not a Chitieu database, and it is opened read-only. Choose another file.",
        ),
        "db_needs_upgrade": QCoreApplication.translate(
            "Problems",
            "{path} has schema version {version} and needs a schema upgrade, which a read-only open cannot make. Upgrade it once with 'chitieu check --db {path}' or by opening it in the review window (a backup is taken first), then try again; the file was left untouched.",
        ),
        "db_not_database": QCoreApplication.translate(
            "Problems", "{path} is not a Chitieu database (it is not an SQLite file). Choose another file."
        ),
        "db_damaged": QCoreApplication.translate(
            "Problems",
            "{path} is damaged ({detail}). Restore it from a backup with 'chitieu restore' (see README, 'Backups and restore').",
        ),
        "db_readonly": QCoreApplication.translate(
            "Problems",
            "{path} cannot be written (read-only file or folder). Check its permissions, or open a copy.",
        ),
        "db_locked": QCoreApplication.translate(
            "Problems",
            "{path} is in use: another Chitieu window or command is writing to it. Try again in a moment, or close the other one.",
        ),
        "disk_full": QCoreApplication.translate(
            "Problems", "The disk holding {path} is full. Free some space and try again; nothing was written."
        ),
        "db_io": QCoreApplication.translate(
            "Problems",
            "{path} could not be read or written ({detail}). Check the disk and the file's permissions.",
        ),
        "db_unusable": QCoreApplication.translate(
            "Problems", "{path}: the database could not be used ({detail})."
        ),
        "db_cannot_create": QCoreApplication.translate(
            "Problems", "{path} cannot be created: {reason}. Choose another place."
        ),
        "lock_file": QCoreApplication.translate(
            "Problems", "Cannot create the lock file {path} ({reason}). Check the folder's permissions."
        ),
        "backup_damaged": QCoreApplication.translate(
            "Problems",
            "{path} is damaged ({detail}); its backup was not kept, the older ones are kept. Restore it from a backup with 'chitieu restore' (see README, 'Backups and restore').",
        ),
        "backup_damaged_first": QCoreApplication.translate(
            "Problems",
            "{path} is damaged ({detail}); its backup was not kept, and there is no older backup beside it; if you have a copy elsewhere, 'chitieu restore COPY' puts it back (see README, 'Backups and restore').",
        ),
        "backup_failed": QCoreApplication.translate(
            "Problems",
            "Could not back up {path} into {folder} ({detail}). Your work is safe but this session has no new backup; free space or check the folder's permissions.",
        ),
        "refused_one": QCoreApplication.translate(
            "Problems", "Record {record} is {status}: it cannot be given '{action}'. Nothing was changed."
        ),
        "refused_many": QCoreApplication.translate(
            "Problems",
            "{count} of these records cannot be given '{action}' in their present state. Nothing was changed.",
        ),
        "no_label_one": QCoreApplication.translate(
            "Problems",
            "Record {record} has no label: it cannot be confirmed until a correction gives it one. Nothing was changed.",
        ),
        "no_label_many": QCoreApplication.translate(
            "Problems",
            "Records {records} have no label: they cannot be confirmed until a correction gives them one. Nothing was changed.",
        ),
        "no_label_more": QCoreApplication.translate(
            "Problems",
            "Records {records} and {more} more have no label: they cannot be confirmed until a correction gives them one. Nothing was changed.",
        ),
        "changed_seen": QCoreApplication.translate(
            "Problems", "{what} since you saw it. Nothing was changed."
        ),
        "changed_step": QCoreApplication.translate(
            "Problems", "Cannot {action}: {what} since this step. Nothing was changed."
        ),
        "changed_many": QCoreApplication.translate(
            "Problems", "{count} records were changed or removed elsewhere"
        ),
        "changed_removed": QCoreApplication.translate(
            "Problems",
            "Record {record} was removed (by a re-extraction or an import, or an undo in another window)",
        ),
        "changed_by_extractor": QCoreApplication.translate(
            "Problems", "Record {record} was changed by the extractor (a re-extraction or an import)"
        ),
        "changed_by_extractor_flagged": QCoreApplication.translate(
            "Problems",
            "Record {record} was changed by the extractor (a re-extraction or an import) (flagged: {flag})",
        ),
        "changed_decided": QCoreApplication.translate(
            "Problems", "Record {record} was {status} by {reviewer} ({at})"
        ),
        "rival_proposal": QCoreApplication.translate(
            "Problems",
            "Cannot {action}: record {record} would be pending again beside record {rival}, which a re-extraction has since proposed for the same figure. Nothing was changed; decide that record instead.",
        ),
        "record_gone": QCoreApplication.translate(
            "Problems", "Record {record} no longer exists; reload the conflicts."
        ),
        "not_decided_by": QCoreApplication.translate(
            "Problems", "That reviewer did not decide this record; choose a version someone decided."
        ),
        "no_article": QCoreApplication.translate("Problems", "There is no article {article} in {path}."),
        "year_not_assumed": QCoreApplication.translate(
            "Problems",
            "Article {article} has a date or a year of its own: its year was not guessed, there is none to set. Nothing was changed.",
        ),
        "year_changed": QCoreApplication.translate(
            "Problems",
            "The year of article {article} was changed elsewhere since it was shown (it is now {year}). Nothing was changed.",
        ),
        "no_year_conflict": QCoreApplication.translate(
            "Problems",
            "Reviewers did not answer the year of article {article} differently: there is nothing to adjudicate.",
        ),
        "year_not_answered_by": QCoreApplication.translate(
            "Problems", "That reviewer did not set this article's year; choose an answer someone gave."
        ),
        "no_record": QCoreApplication.translate("Problems", "There is no record {record} in {path}."),
        "path_missing": QCoreApplication.translate(
            "Problems",
            "{path} does not exist. Check the spelling of the path, or choose the file or folder again.",
        ),
        "file_unreadable": QCoreApplication.translate(
            "Problems", "{path} could not be read ({reason}). Check that it is readable."
        ),
        "not_article_format": QCoreApplication.translate(
            "Problems",
            "{path} was skipped: '{extension}' is not an article format. Articles are read from .txt, .md, .html/.htm and .jsonl files.",
        ),
        "file_too_big": QCoreApplication.translate(
            "Problems",
            "{path} is {size} MB, more than the {limit} MB an article file may be. Split it into one file per article, or into a .jsonl file with one article per line.",
        ),
        "no_article_text": QCoreApplication.translate(
            "Problems", "{path} has no article text (only page furniture was found). Check it is an article."
        ),
        "not_text": QCoreApplication.translate(
            "Problems",
            "{path} is not a text file (it contains binary data). Save the article as plain text (.txt), Markdown (.md), HTML or JSON Lines and import that instead.",
        ),
        "folder_without_articles": QCoreApplication.translate(
            "Problems",
            "{path} holds no article files ({formats}). Check the folder, or name the files directly.",
        ),
        "import_path_missing": QCoreApplication.translate(
            "Problems", "{path} does not exist. Check the path; nothing was imported."
        ),
        "link_outside": QCoreApplication.translate(
            "Problems",
            "{path} is a link to the {what} {target}, outside the folder being imported; it was not followed. Import that path by name if you mean it.",
        ),
        "file_empty": QCoreApplication.translate(
            "Problems",
            "{path} is empty: there is no text to read. Remove it or save the article into it again.",
        ),
        "export_file": QCoreApplication.translate(
            "Problems",
            "{path} holds records exported by Chitieu (each line has indicator, value, start and end), not articles. Import the article files the export was made from.",
        ),
        "line_too_long": QCoreApplication.translate(
            "Problems",
            "{name} line {number} is longer than {limit} MB, more than one article may be. Check the line; the other lines were read.",
        ),
        "line_problem": QCoreApplication.translate("Problems", "{name} line {number}: {problem}"),
        "line_not_json": QCoreApplication.translate(
            "Problems", "not valid JSON ({detail}, column {column}). Fix or delete the line."
        ),
        "line_too_deep": QCoreApplication.translate(
            "Problems",
            "not readable: its JSON is nested too deeply (values inside values, thousands deep). Fix or delete the line.",
        ),
        "line_is_export": QCoreApplication.translate(
            "Problems", "is a record exported by Chitieu, not an article. Import the articles it came from."
        ),
        "line_no_text": QCoreApplication.translate(
            "Problems", 'has no "text". Each line must be a JSON object with the article text in "text".'
        ),
        "line_text_empty": QCoreApplication.translate(
            "Problems", '"text" holds no article text after cleaning. Check the line.'
        ),
        "extractor_failed": QCoreApplication.translate(
            "Problems",
            "the extractor failed on this article ({detail}); it was not imported. Please report this as a bug.",
        ),
        "read_legacy": QCoreApplication.translate(
            "Problems", "read as {encoding} (a legacy Vietnamese encoding); check the accents look right"
        ),
        "bytes_replaced": QCoreApplication.translate(
            "Problems",
            "{count} byte(s) that are not valid {encoding} were replaced by '{mark}'; save the file as UTF-8 to keep every character",
        ),
        "surrogates_replaced": QCoreApplication.translate(
            "Problems",
            "{count} lone surrogate escape(s) such as {example} (half of a character) were replaced by '{mark}'; fix the program that wrote the file",
        ),
        "name_not_utf8": QCoreApplication.translate(
            "Problems",
            "the file name is not valid UTF-8; the article is named {name}. Rename the file to keep its name",
        ),
        "year_of_batch": QCoreApplication.translate(
            "Problems",
            "no date and no year in the article: its figures are dated {year}, the year most of the other articles imported with it are from (chitieu import --year sets another)",
        ),
        "year_given": QCoreApplication.translate(
            "Problems",
            "no date and no year in the article: its figures are dated {year}, the year given with --year",
        ),
        "year_reviewed": QCoreApplication.translate(
            "Problems",
            "no date and no year in the article: its figures are dated {year}, the year a reviewer set",
        ),
        "export_failed": QCoreApplication.translate(
            "Problems",
            "Could not write {path} ({reason}). Nothing was written and any existing file is unchanged.",
        ),
        "export_is_database": QCoreApplication.translate(
            "Problems", "{path} is the database itself. Choose another file name for the export."
        ),
        "export_is_folder": QCoreApplication.translate(
            "Problems", "{path} is a folder. Give a file name for the export, e.g. {example}."
        ),
        "export_no_folder": QCoreApplication.translate(
            "Problems",
            "The folder {folder} does not exist. Create it first or choose another place for the export; nothing was written.",
        ),
        "export_bad_link": QCoreApplication.translate(
            "Problems",
            "{path} is a link into the folder {folder}, which does not exist. Choose another place for the export; nothing was written.",
        ),
    }
