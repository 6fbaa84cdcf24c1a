"""Exports written by worker processes: the one-process bytes, in order, cancellable, from one snapshot."""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from factories import BUDGET, article, budget_records

from desktop.core.errors import InputError
from desktop.core.records import Record
from desktop.export import export, parallel
from desktop.store import Store

ARTICLES = 40


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """40 articles of budget records, every other one with a hostile title and decisions of each kind."""
    path = tmp_path / "many.db"
    with Store(path) as store:
        store.add_articles(
            [
                (
                    article(
                        f"{n:03}",
                        BUDGET + f" ({n})",
                        title='Tỉnh "A", =SUM(1)\nhai dòng' if n % 2 else "Cẩm Phả",
                    ),
                    budget_records(),
                    "v1",
                    False,
                )
                for n in range(ARTICLES)
            ]
        )
        for n, decided in enumerate(store.records(article_id) for article_id in range(1, ARTICLES + 1, 3)):
            store.decide(decided[0].id, ("confirmed", "rejected")[n % 2], "lan", note='ghi chú, có "ngoặc"')
            added = Record.from_dict(
                {"indicator": "-5 dự án", "value": 5, "unit": "dự án", "start": 0, "end": 3}
            )
            store.add_record(decided[0].article_id, added, "minh")
    return path


@pytest.fixture
def workers(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Every export of this test through the workers, in parts of 7 records (a dozen parts or more); what
    each :func:`parallel.write` returned (False: the file changed, one process wrote it)."""
    monkeypatch.setattr(parallel, "SMALLEST", 0)
    monkeypatch.setattr(parallel, "PART", 7)
    returned: list[bool] = []
    write = parallel.write

    def noted(*args: Any, **kwargs: Any) -> bool:
        returned.append(write(*args, **kwargs))
        return returned[-1]

    monkeypatch.setattr(parallel, "write", noted)
    return returned


def one_process(db: Path, out: Path, fmt: str, status: str) -> bytes:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parallel, "SMALLEST", 10**9)
        export(db, out, fmt, status)
    return out.read_bytes()


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
@pytest.mark.parametrize("status", ["all", "reviewed", "confirmed"])
def test_the_workers_write_the_bytes_of_one_process(
    db: Path, tmp_path: Path, workers: list[bool], fmt: str, status: str
) -> None:
    alone = one_process(db, tmp_path / f"alone.{fmt}", fmt, status)
    with Store(db, readonly=True) as store:
        assert len(parallel.query.parts(store.conn, parallel.PART)) > 10
    export(db, tmp_path / f"workers.{fmt}", fmt, status)
    assert workers == [True]
    assert (tmp_path / f"workers.{fmt}").read_bytes() == alone
    assert multiprocessing.active_children() == []


@pytest.mark.skipif(not hasattr(os, "fdatasync"), reason="no fdatasync: the last fsync does it all")
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_the_file_goes_to_the_disk_while_the_workers_write_it(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: list[bool], fmt: str
) -> None:
    """The exporter flushes what the parts wrote as they come (a thread, one flush at a time), not into
    a file copied into a device: the bytes are the same, and no thread is left."""
    alone = one_process(db, tmp_path / f"alone.{fmt}", fmt, "all")
    flushed: list[int] = []
    real = os.fdatasync

    def noted(fd: int) -> None:
        flushed.append(os.fstat(fd).st_size)
        real(fd)

    monkeypatch.setattr(parallel, "FLUSH", 1)
    monkeypatch.setattr(os, "fdatasync", noted)
    export(db, tmp_path / f"workers.{fmt}", fmt, "all")
    assert workers == [True] and flushed and flushed == sorted(flushed)
    assert (tmp_path / f"workers.{fmt}").read_bytes() == alone
    assert threading.active_count() == 1
    flushed.clear()
    export(db, Path(os.devnull), fmt, "all")  # written through: a temp file, then copied
    assert workers == [True, True] and flushed == []


@pytest.mark.usefixtures("workers")
def test_the_records_keep_article_and_text_order(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    report = export(db, out, "jsonl", "all")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == report.records > ARTICLES
    keys = [(row["article_id"], row["start"], row["record_id"]) for row in rows]
    assert keys == sorted(keys)
    assert {row["article_id"] for row in rows} == set(range(1, ARTICLES + 1))


@pytest.mark.usefixtures("workers")
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_cancel_mid_export_leaves_no_file_and_no_worker(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    asked = []

    def cancel_at_the_third_block() -> bool:
        asked.append(True)
        return len(asked) >= 3

    report = export(db, out, fmt, "all", should_cancel=cancel_at_the_third_block)
    assert report.cancelled and len(asked) == 3
    assert not out.exists() and list(tmp_path.glob(".*")) == []
    assert multiprocessing.active_children() == []


@pytest.mark.usefixtures("workers")
def test_progress_counts_every_record_of_every_part(db: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    report = export(
        db, tmp_path / "out.csv", "csv", "all", progress=lambda done, total: seen.append((done, total))
    )
    dones = [done for done, _ in seen]
    assert dones == sorted(dones) and len(seen) > 10
    assert seen[-1] == (report.records, report.records)


def test_a_decision_landing_while_the_workers_start_is_exported_whole(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: list[bool]
) -> None:
    """The workers may hold a state the count did not see: the export is then written by one process."""
    ready = parallel._Worker.wait_ready
    with Store(db) as store:
        pending = next(r for r in store.records(2) if r.status == "pending")

    def a_reviewer_decides_meanwhile(worker: parallel._Worker) -> None:
        ready(worker)
        with Store(db) as store:
            if store.record(pending.id).status == "pending":
                store.decide(pending.id, "confirmed", "an")

    monkeypatch.setattr(parallel._Worker, "wait_ready", a_reviewer_decides_meanwhile)
    out = tmp_path / "out.jsonl"
    export(db, out, "jsonl", "all")
    assert workers == [False]  # the workers were stopped
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert next(row for row in rows if row["record_id"] == pending.id)["status"] == "confirmed"
    assert out.read_bytes() == one_process(db, tmp_path / "again.jsonl", "jsonl", "all")


def _dies(*args: object) -> None:
    os._exit(3)


def test_a_worker_that_dies_leaves_the_export_to_this_process(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: list[bool]
) -> None:
    monkeypatch.setattr(parallel, "_work", _dies)
    out = tmp_path / "out.csv"
    export(db, out, "csv", "reviewed")
    assert workers == [False]
    assert out.read_bytes() == one_process(db, tmp_path / "alone.csv", "csv", "reviewed")
    assert multiprocessing.active_children() == []


def _reads_a_damaged_file(task: Any, *args: Any) -> None:
    damaged = task.db_path.with_name("damaged.db")
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    parallel._work(dataclasses.replace(task, db_path=damaged), *args)


def test_a_workers_error_is_the_exports_error(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: list[bool]
) -> None:
    monkeypatch.setattr(parallel, "_work", _reads_a_damaged_file)
    out = tmp_path / "out.jsonl"
    with pytest.raises(InputError, match=r"damaged\.db"):
        export(db, out, "jsonl", "all")
    assert not out.exists() and list(tmp_path.glob(".*")) == []
    assert multiprocessing.active_children() == []


def test_data_version_tells_a_commit_between_two_reads(db: Path) -> None:
    """What :func:`parallel.write` relies on: a read transaction's ``data_version`` is the one it began with."""
    reader = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, isolation_level=None)
    reader.execute("BEGIN")
    seen = reader.execute("PRAGMA data_version").fetchone()[0]
    with Store(db) as store:
        store.decide(store.records(3)[1].id, "confirmed", "an")
    assert reader.execute("PRAGMA data_version").fetchone()[0] == seen
    reader.execute("COMMIT")
    assert reader.execute("PRAGMA data_version").fetchone()[0] != seen
    reader.close()


def test_a_small_export_stays_in_one_process(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_workers(*args: object) -> bool:
        raise AssertionError("a small export started workers")

    monkeypatch.setattr(parallel, "write", no_workers)
    assert export(db, tmp_path / "out.jsonl", "jsonl", "all").records < parallel.SMALLEST
    assert not parallel.worthwhile("xlsx", 10**9)
