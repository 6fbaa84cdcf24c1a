"""``chitieu merge``: reviewer files into one database, all of it or nothing.

Every input is checked before anything is written: it must be a reviewer
file of this Chitieu's schema, from the same corpus and the same split as
the others (and as the merged file, when merging into one that exists).  A
new merged file is built under a temporary name and renamed into place; an
existing one takes the whole merge in one transaction.  A file merged
before is skipped, so merging the same file twice changes nothing; one
that changed since it was merged is refused, because its reviewer's earlier
versions may already have been adjudicated.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import InputError
from desktop.services.split import remove_database, remove_side_files
from desktop.store import Store
from desktop.store.bulk_load import full_text_batched, indexes_deferred
from desktop.store.dataset import counts_suspended
from desktop.store.db import database_error
from desktop.store.merging import Attached, SourceReport, begin_settling, merge_sources, settle
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.team_meta import (
    CORPUS_ID,
    MERGED_FILE,
    ROLE,
    SPLIT_ID,
    ReviewerFile,
    read_meta,
    write_meta,
)

#: SQLite attaches at most ten databases to one connection.
MAX_FILES = 10
#: Page cache of the merging connection, in KiB.  Rows of the second and third file land between the
#: first file's (the split dealt articles round-robin), so at a million records a cache smaller than
#: the merged file evicts and re-reads the same pages again and again (8 MB by default: ten minutes
#: of page reads).  Pages are taken only as they are used: a small merge stays small.
CACHE_KIB = 4_000_000
#: Reviewer files are read through memory maps rather than read() calls.
MMAP_BYTES = 4 * 2**30
#: Page size of a new merged file.  At SQLite's 4 KiB an article's text (5.5 KB on average) and a third
#: of the reviewers' events (their before and after snapshots: over the 1 KB a WITHOUT ROWID row keeps
#: on a 4 KiB page) each took an overflow page of their own, mostly empty: at 16 KiB they fit on the
#: page, and the file is written in a quarter as many pages.
PAGE_SIZE = 16384
#: The tables the reviewer files' rows are loaded into: their secondary indexes are made once the rows
#: are in, before settling (which reads through them), rather than kept row by row.
LOADED_TABLES = ("articles", "record_rows", "decisions", "review_versions", "source_events", "events")


@dataclass(frozen=True)
class MergeReport:
    output: Path
    sources: list[SourceReport]
    agreed: int
    conflicts: int
    created: bool


def merge_files(
    inputs: Sequence[Path], output: Path, *, progress: Callable[[int, int], None] | None = None
) -> MergeReport:
    """Merge the reviewer files ``inputs`` into ``output`` (created when missing)."""
    if not inputs:
        raise InputError("Give the reviewer files to merge: chitieu merge a.db b.db -o merged.db")
    if len(inputs) > MAX_FILES:
        raise InputError(
            f"Merge at most {MAX_FILES} files at a time into {output}; merge the rest in a second "
            "command into the same file."
        )
    identities = [_identify(path, output) for path in inputs]
    _same_split(inputs, identities)
    inputs, identities, repeated = _once_each(inputs, identities)
    if output.exists():
        report = _merge_into(output, inputs, identities, progress, created=False)
        return MergeReport(output, report.sources + repeated, report.agreed, report.conflicts, created=False)
    if not output.parent.is_dir():
        raise InputError(f"The folder {output.parent} does not exist. Create it or choose another place.")
    temp = output.with_name(f".{output.name}.part")
    remove_database(temp)
    try:
        _empty_database(temp)
        report = _merge_into(temp, inputs, identities, progress, created=True)
        _fsync(temp)
        os.replace(temp, output)
    except BaseException:
        remove_database(temp)
        raise
    finally:
        remove_side_files(temp)
    return MergeReport(output, report.sources + repeated, report.agreed, report.conflicts, created=True)


def _once_each(
    inputs: Sequence[Path], identities: Sequence[ReviewerFile]
) -> tuple[list[Path], list[ReviewerFile], list[SourceReport]]:
    """The files given, each once (the same file twice on one command line is merged once)."""
    kept: dict[str, tuple[Path, ReviewerFile]] = {}
    repeated = []
    for path, identity in zip(inputs, identities, strict=True):
        if identity.file_id in kept:
            repeated.append(SourceReport(identity.slot, "", 0, 0, 0, 0, 0, skipped=True))
        else:
            kept[identity.file_id] = (path, identity)
    return [p for p, _ in kept.values()], [i for _, i in kept.values()], repeated


def _identify(path: Path, output: Path) -> ReviewerFile:
    """The reviewer file at ``path``, or a refusal saying what it is instead."""
    if output.exists() and path.resolve() == output.resolve():
        raise InputError(f"{path} is the output file itself. Give the reviewer files and a separate -o file.")
    with Store(path, readonly=True) as store:
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            raise InputError(
                f"{path} has schema version {version}, and this Chitieu merges version "
                f"{SCHEMA_VERSION} only. Open it once with this Chitieu (chitieu gui --db {path}) "
                "to upgrade it, then merge again; nothing was written."
            )
        meta = read_meta(store.conn)
    identity = ReviewerFile.from_meta(meta)
    if identity is None:
        what = (
            "a merged file"
            if meta.get(ROLE) == MERGED_FILE
            else "not a reviewer file made by 'chitieu split'"
        )
        raise InputError(f"{path} is {what}. Merge the files 'chitieu split' wrote; nothing was written.")
    return identity


def _same_split(inputs: Sequence[Path], identities: Sequence[ReviewerFile]) -> None:
    first = identities[0]
    for path, identity in zip(inputs, identities, strict=True):
        if identity.corpus_id != first.corpus_id:
            raise InputError(
                f"{path} comes from another corpus than {inputs[0]}. Merge only the files of one "
                "split; nothing was written."
            )
        if identity.split_id != first.split_id:
            raise InputError(
                f"{path} comes from another split of the corpus than {inputs[0]}. Merge only the "
                "files of one split; nothing was written."
            )


def _merge_into(
    target: Path,
    inputs: Sequence[Path],
    identities: Sequence[ReviewerFile],
    progress: Callable[[int, int], None] | None,
    *,
    created: bool,
) -> MergeReport:
    first = identities[0]
    with Store(target, backups=0 if created else None) as store:
        meta = read_meta(store.conn)
        if not created:
            _check_output(target, meta, first)
        conn = store.conn
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        # The merge's bookkeeping (records touched, additions, the overlap) is a million ids: kept in
        # memory, not in a temporary file read back through a 2 MB cache for every probe.
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA temp.cache_size = -{CACHE_KIB}")
        if created:
            # A new file is renamed into place only once complete, so it needs no journal: without one,
            # a million-record merge writes the file once instead of through gigabytes of WAL.
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
        schemas = [f"src{i}" for i in range(len(inputs))]
        try:
            for schema, path in zip(schemas, inputs, strict=True):
                conn.execute(f"ATTACH DATABASE ? AS {schema}", (str(path),))
                conn.execute(f"PRAGMA {schema}.mmap_size = {MMAP_BYTES}")
            with store.transaction():
                if created:
                    write_meta(
                        conn, {ROLE: MERGED_FILE, CORPUS_ID: first.corpus_id, SPLIT_ID: first.split_id}
                    )
                begin_settling(conn)
                with counts_suspended(conn):
                    with indexes_deferred(conn, LOADED_TABLES), full_text_batched(conn):
                        files = [
                            Attached(schema, identity, str(path))
                            for schema, path, identity in zip(schemas, inputs, identities, strict=True)
                        ]
                        done = (lambda n: progress(n, len(inputs) + 1)) if progress else None
                        reports = merge_sources(conn, files, done)
                    settled = settle(conn)
                _recheck_years(conn, reports, settled.followed)
        except sqlite3.DatabaseError as exc:
            raise database_error(target, exc) from exc
        finally:
            for schema in schemas:
                try:
                    conn.execute(f"DETACH DATABASE {schema}")
                except sqlite3.OperationalError:
                    continue
        if created:
            conn.execute("PRAGMA journal_mode = WAL")  # as every Chitieu database
    if progress:
        progress(len(inputs) + 1, len(inputs) + 1)
    return MergeReport(target, reports, settled.agreed, settled.conflicts, created)


def _recheck_years(
    conn: sqlite3.Connection, reports: Sequence[SourceReport], followed: Sequence[int]
) -> None:
    """The records of the articles whose year a reviewer's answer set, or whose periods followed the
    team's year, checked again: the question the guess asked is answered, and their periods moved
    (:mod:`desktop.store.merged_years`)."""
    carried = sorted({article_id for report in reports for article_id in report.years} | set(followed))
    if carried:
        from desktop.store import checking  # here, as in decisions: the checks import the extractor

        checking.recheck(conn, carried)


def _check_output(target: Path, meta: dict[str, str], first: ReviewerFile) -> None:
    if meta.get(ROLE) != MERGED_FILE:
        raise InputError(
            f"{target} exists and is not a merged file. Give a new file name (-o merged.db) or a "
            "file an earlier 'chitieu merge' wrote; nothing was written."
        )
    if meta.get(CORPUS_ID) != first.corpus_id or meta.get(SPLIT_ID) != first.split_id:
        raise InputError(
            f"{target} holds the merge of another corpus or split. Give a new file name "
            "(-o merged.db); nothing was written."
        )


def _empty_database(path: Path) -> None:
    """A new, empty database file of :data:`PAGE_SIZE` pages, for the store to make its schema in."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        conn.execute("VACUUM")  # writes the header: the page size is the file's from now on
    finally:
        conn.close()


def _fsync(path: Path) -> None:
    """The new file on disk before it takes the output's name (it was written without syncs)."""
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())
