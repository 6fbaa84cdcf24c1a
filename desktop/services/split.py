"""``chitieu split``: deal a corpus out to N reviewers, with a shared overlap for agreement.

The overlap (P% of the articles, chosen by content hash so that the choice is
stable and spread over the corpus rather than the first imports) goes into
every file; the other articles are dealt round-robin in import order, so
each is in exactly one file.  Every file is written beside its final name
and renamed into place only when all of them are complete: a failed split
leaves no reviewer file behind.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import InputError
from desktop.store import Store
from desktop.store.clock import now
from desktop.store.split_copy import write_reviewer_file
from desktop.store.team_meta import corpus_id, new_id, read_meta

MAX_REVIEWERS = 50


@dataclass(frozen=True)
class SplitReport:
    files: list[Path]
    articles: int
    overlap: int
    per_file: list[int]


def deal(
    article_ids: Sequence[int], hashes: Sequence[str], reviewers: int, overlap_percent: float
) -> tuple[list[int], list[list[int]]]:
    """(shared articles, each reviewer's own articles): the dealing rule, apart from any file."""
    shared_count = round(len(article_ids) * overlap_percent / 100)
    by_hash = sorted(zip(hashes, article_ids, strict=True))
    shared = sorted(article_id for _, article_id in by_hash[:shared_count])
    shared_set = set(shared)
    rest = [a for a in article_ids if a not in shared_set]
    return shared, [rest[i::reviewers] for i in range(reviewers)]


def split_corpus(
    db_path: Path, reviewers: int, overlap_percent: float, out_dir: Path, names: Sequence[str] | None = None
) -> SplitReport:
    """Write one reviewer file per reviewer into ``out_dir`` (``reviewer-1.db``... or ``NAME.db``)."""
    slots = _slots(reviewers, names)
    if not 0 <= overlap_percent <= 100:
        raise InputError(f"The overlap must be between 0% and 100%, not {overlap_percent:g}%.")
    targets = _targets(out_dir, slots)
    with Store(db_path) as store:
        if read_meta(store.conn).get("team_role"):
            raise InputError(f"{db_path} is itself a reviewer or merged file. Split the corpus it came from.")
        rows = store.conn.execute("SELECT id, content_hash FROM articles ORDER BY id").fetchall()
        if not rows:
            raise InputError(f"{db_path} holds no articles to split. Import some first (chitieu import).")
        shared, own = deal([r[0] for r in rows], [r[1] for r in rows], reviewers, overlap_percent)
        split_id = new_id()
        with store.transaction() as conn:
            corpus = corpus_id(conn)
            mark = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM events").fetchone()[0]
            conn.execute(
                "INSERT INTO events (id, at, action, after) VALUES (?, ?, 'split', ?)",
                (
                    mark,
                    now(),
                    json.dumps(
                        {"split": split_id, "files": slots, "overlap": len(shared)}, ensure_ascii=False
                    ),
                ),
            )
        _write_files(db_path, targets, slots, shared, own, corpus=corpus, split_id=split_id, mark=mark)
    return SplitReport(targets, len(rows), len(shared), [len(shared) + len(mine) for mine in own])


def _slots(reviewers: int, names: Sequence[str] | None) -> list[str]:
    if names:
        if len(names) != reviewers:
            raise InputError(
                f"--names gives {len(names)} names for {reviewers} reviewers: give one per reviewer."
            )
        if len(set(names)) != len(names) or any(not n or "/" in n or n.startswith(".") for n in names):
            raise InputError("Reviewer names must be distinct, non-empty, and usable as file names.")
        return list(names)
    if not 2 <= reviewers <= MAX_REVIEWERS:
        raise InputError(f"A split needs between 2 and {MAX_REVIEWERS} reviewers, not {reviewers}.")
    return [f"reviewer-{i}" for i in range(1, reviewers + 1)]


def _targets(out_dir: Path, slots: list[str]) -> list[Path]:
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"{out_dir} is a file. Give a folder for the reviewer files (-o DIR).")
    if not out_dir.parent.is_dir():
        raise InputError(f"The folder {out_dir.parent} does not exist. Create it or choose another place.")
    targets = [out_dir / f"{slot}.db" for slot in slots]
    existing = [t for t in targets if t.exists()]
    if existing:
        raise InputError(
            f"{existing[0]} already exists. Choose an empty folder (-o DIR); nothing was written."
        )
    return targets


def _write_files(
    db_path: Path,
    targets: list[Path],
    slots: list[str],
    shared: list[int],
    own: list[list[int]],
    *,
    corpus: str,
    split_id: str,
    mark: int,
) -> None:
    """Write every file under a temporary name, then rename them all; on failure remove them all."""
    targets[0].parent.mkdir(exist_ok=True)
    temps = [t.with_name(f".{t.name}.part") for t in targets]
    try:
        for temp, slot, mine in zip(temps, slots, own, strict=True):
            with Store(temp, backups=0) as part:
                write_reviewer_file(
                    part.conn,
                    db_path,
                    sorted(shared + mine),
                    corpus=corpus,
                    split_id=split_id,
                    slot=slot,
                    event_mark=mark,
                )
        for temp, target in zip(temps, targets, strict=True):
            os.replace(temp, target)
    except BaseException:
        for path in (*temps, *targets):
            remove_database(path)
        raise
    finally:
        for temp in temps:
            remove_side_files(temp)


def remove_side_files(path: Path) -> None:
    """The ``-wal``, ``-shm`` and ``.lock`` files a closed temporary database leaves."""
    for suffix in ("-wal", "-shm", ".lock"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def remove_database(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    remove_side_files(path)
