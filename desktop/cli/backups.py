"""``chitieu backups`` and ``chitieu restore``: the way back after a damaged database.

The commands live here, beside the backup code they drive, and
:mod:`desktop.cli.main` only registers them.  A restore is the one moment a user
replaces their database, so it says exactly which copy it used and where
the replaced file went.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.args import command, db_option, plural, resolve_db
from desktop.cli.output import Interrupt, summary, table
from desktop.core.errors import InputError

if TYPE_CHECKING:  # the store is imported when a command runs, not when ``chitieu --help`` lists it
    from desktop.store.backup import BackupInfo, RestoreResult

#: Lost decisions listed one per line after a restore; the rest are counted.
LISTED_LOST = 50
EXAMPLES_BACKUPS = "  chitieu backups --db corpus.db"
EXAMPLES_RESTORE = (
    "  chitieu restore --db corpus.db            the newest backup that passes the check\n"
    "  chitieu restore 2 --db corpus.db          the second one 'chitieu backups' lists\n"
    "  chitieu restore --db corpus.db backups/corpus-20250101-120000-000000.db"
)


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register ``backups`` and ``restore`` on the ``chitieu`` command's subparsers."""
    listing = command(
        commands,
        "backups",
        "List the automatic backups of the database.",
        "List the automatic backups of the database, newest first. One is taken each time\n"
        "the database is opened for writing and has changed; the last 5 are kept\n"
        "(CHITIEU_BACKUPS=N to keep N, 0 for none).",
        EXAMPLES_BACKUPS,
    )
    db_option(listing)
    restore = command(
        commands,
        "restore",
        "Replace the database by a backup (the old file is kept).",
        "Replace the database by a backup, after checking the backup in full. The replaced\n"
        "file is kept beside it (NAME.before-restore-TIME), never deleted. Close every\n"
        "Chitieu window on the database first.",
        EXAMPLES_RESTORE,
    )
    restore.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help="a backup file, or its number in 'chitieu backups' (default: the newest usable)",
    )
    db_option(restore)
    for parser in (listing, restore):
        parser.set_defaults(run=run)


def run(args: argparse.Namespace, interrupt: Interrupt | None = None) -> int:
    """Run ``backups`` or ``restore``; a restore is one rename, so there is nothing to interrupt."""
    from desktop.store.backup import restore_backup

    db = resolve_db(args)
    if args.command == "backups":
        print(backups_report(db))
        return 0
    source = _choose(db, args.backup)
    result = restore_backup(source, db)
    kept = f"; the replaced file is kept as {result.kept_aside}" if result.kept_aside else ""
    summary(
        args,
        f"restored {db} from {source} (taken {_when(result.backup)}, {result.backup.records} records, "
        f"{result.backup.decided} decided){kept}",
    )
    if result.kept_aside is not None:
        print(lost_report(result))  # not a summary: what must be done again, shown under -q too
    return 0


def lost_report(result: RestoreResult) -> str:
    """Which decisions the restored copy lacks: they must be made again (the kept file logs them)."""
    lost = result.missing
    if not lost:
        lines = ["the backup lacks no decision logged by the replaced file"]
    else:
        lines = [
            f"the backup lacks {plural(len(lost), 'decision')} made after it was taken; make "
            f"{'it' if len(lost) == 1 else 'them'} again:"
        ]
        lines += [
            f"  record {d.record_id}: {d.status or 'removed'} by {d.reviewer or '?'} at {d.at} ({d.action})"
            for d in lost[:LISTED_LOST]
        ]
        if len(lost) > LISTED_LOST:
            lines.append(
                f"  ... and {len(lost) - LISTED_LOST} more (the kept file's events table holds them all)"
            )
    if result.log_problem:
        lines.append(f"warning: {result.log_problem}")
    return "\n".join(lines)


def backups_report(db: Path) -> str:
    from desktop.store.backup import backup_folder, keep_count, list_backups

    found = list_backups(db)
    where = backup_folder(db)
    if not found:
        return f"no backups of {db} yet in {where}"
    rows = [_row(i, path) for i, path in enumerate(found, start=1)]
    header = f"{len(found)} backups of {db} in {where}, newest first (keeping {keep_count()}):"
    return header + "\n" + table(("#", "taken", "size", "records", "decided", "file"), rows)


def _row(number: int, path: Path) -> tuple[object, ...]:
    from desktop.store.backup import describe

    try:
        info = describe(path)
    except InputError:
        return (number, "?", _size(path.stat().st_size), "?", "?", f"{path.name} (unreadable)")
    return (number, _when(info), _size(info.size), info.records, info.decided, path.name)


def _choose(db: Path, backup: str | None) -> Path:
    from desktop.store.backup import list_backups, newest_valid_backup

    if backup is None:
        return newest_valid_backup(db)
    if backup.isdigit():
        found = list_backups(db)
        if not 1 <= int(backup) <= len(found):
            raise InputError(
                f"There is no backup number {backup} of {db} ({len(found)} found). "
                "List them with 'chitieu backups'."
            )
        return found[int(backup) - 1]
    return Path(backup)


def _when(info: BackupInfo) -> str:
    return info.taken.strftime("%Y-%m-%d %H:%M:%S")


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"
