"""JSON Lines and CSV written by two processes at once: the same bytes, in order, from one snapshot.

A big export is cut into parts, ranges of articles by id of about
:data:`PART` records each (:func:`~desktop.export.query.parts`).  Each of
:data:`WORKERS` processes writes every :data:`WORKERS`-th part with the
format's own code (``line_blocks``) and sends the blocks back; this process
writes them to the file part by part, in order, so the file is the
one-process export's byte for byte.  A worker may run at most :data:`AHEAD`
blocks ahead of the file, which bounds the memory while one part is written
and the next is made.

Processes, not threads: Python's sqlite3 lets go of the GIL for each
``sqlite3_step``, once per record, so two threads reading rows hand the GIL
back and forth a million times.  Measured on the 50,000-article corpus with
the CPU to themselves (``chrt -f 50``), reading JSON Lines' rows only: one
thread 5.4 s, two threads 16.7 s of wall and 31 s of CPU, two processes
2.6 s.  The per-record Python work (spans, CSV cells) runs in parallel too.

The workers must read one state of the file, as one connection would, and
the one that was counted.  Each worker opens its own read transaction and
says so; the count's connection saw the file's ``data_version`` before the
workers started and reads it again once all of them hold theirs: unchanged,
nobody committed in between, so every worker reads what was counted.  If a
decision landed in between, the workers are stopped and the export is
written by this process alone (:func:`write` returns False).

A small export stays in one process (:data:`SMALLEST`): starting a worker
costs a fork, or in the review window (threads: no fork) a fork server's start.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any

from desktop.export import query, to_csv, to_jsonl
from desktop.export.query import BLOCK, Articles
from desktop.store.db import connect

LineBlocks = Callable[[sqlite3.Connection, str, Articles | None], Iterator[tuple[bytes, int]]]
#: The formats written in parallel: what comes before the records, and the records' lines.
FORMATS: dict[str, tuple[bytes, LineBlocks]] = {
    "jsonl": (to_jsonl.HEAD, to_jsonl.line_blocks),
    "csv": (to_csv.HEAD, to_csv.line_blocks),
}
WORKERS = 2
#: Records of a part: a few blocks, so that a worker waiting for the file has a part made ahead.
PART = 8 * BLOCK
#: Blocks a worker may have made that the file has not taken yet (about 4 MB each in JSON Lines).
AHEAD = 12
#: Fewer records than this are written by one process.
SMALLEST = 50_000
#: Seconds between looks at whether a silent worker is still alive.
PATIENCE = 1.0
_READY = "ready"


def worthwhile(fmt: str, records: int) -> bool:
    """Whether ``records`` records as ``fmt`` are worth workers: big enough, and a second core to run them."""
    return fmt in FORMATS and records >= SMALLEST and (os.cpu_count() or 1) > 1


class _Failed:
    """What a worker sends instead of a block when it fails: the error, re-raised here."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


def write(
    db_path: Path, conn: sqlite3.Connection, fmt: str, status: str, path: Path, tick: Callable[[int], None]
) -> bool:
    """Write ``fmt`` to ``path`` through workers reading ``db_path``; False, writing nothing, if the file
    changed before they all held the state ``conn`` counted (its read transaction, open, is ended here)."""
    head, _ = FORMATS[fmt]
    parts = query.parts(conn, PART)
    seen = _data_version(conn)
    conn.execute("COMMIT")
    context = _context()
    workers = [_Worker(context, db_path, fmt, status, parts[i::WORKERS]) for i in range(WORKERS)]
    try:
        for worker in workers:
            worker.wait_ready()
        if _data_version(conn) != seen:
            return False
        done = 0
        with path.open("wb") as fh:
            fh.write(head)
            for number in range(len(parts)):
                for lines, records in workers[number % WORKERS].blocks():
                    tick(done)
                    fh.write(lines)
                    done += records
        return True
    finally:
        for worker in workers:
            worker.stop()


def _data_version(conn: sqlite3.Connection) -> int:
    """A number that changes when another connection commits (within a read transaction: as it began)."""
    version: int = conn.execute("PRAGMA data_version").fetchone()[0]
    return version


class _Worker:
    """A process writing ``parts`` in order, and the end of its queue here."""

    def __init__(
        self, context: BaseContext, db_path: Path, fmt: str, status: str, parts: list[Articles]
    ) -> None:
        self._queue: Any = context.Queue()
        self._room: Any = context.Semaphore(AHEAD)
        self._process = context.Process(
            target=_work,
            args=(db_path, fmt, status, parts, self._queue, self._room, os.getpid()),
            daemon=True,
        )
        self._process.start()

    def wait_ready(self) -> None:
        if (message := self._next()) != _READY:
            raise RuntimeError(f"an export worker said {message!r} before it was ready")

    def blocks(self) -> Iterator[tuple[bytes, int]]:
        """The blocks of its next part."""
        while (block := self._next()) is not None:
            self._room.release()
            yield block

    def _next(self) -> Any:
        while True:
            try:
                message = self._queue.get(timeout=PATIENCE)
            except queue.Empty:
                if self._process.is_alive():
                    continue
                try:  # what it sent just before it ended
                    message = self._queue.get_nowait()
                except queue.Empty:
                    raise RuntimeError(
                        f"an export worker stopped without a word (exit code {self._process.exitcode})"
                    ) from None
            if isinstance(message, _Failed):
                raise message.error
            return message

    def stop(self) -> None:
        """End the process (done, or no longer wanted: a cancel, a failure) and let go of its queue."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._queue.close()
        self._queue.cancel_join_thread()


def _work(
    db_path: Path, fmt: str, status: str, parts: list[Articles], out: Any, room: Any, parent: int
) -> None:
    """In a worker: hold one read transaction, say so, then send each part's blocks and ``None`` after each."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the process group; the exporter decides
    _die_with(parent)
    try:
        _, line_blocks = FORMATS[fmt]
        conn = connect(db_path, readonly=True)
        conn.execute("BEGIN")
        conn.execute("SELECT 1 FROM articles LIMIT 1").fetchall()  # the snapshot starts with the first read
        out.put(_READY)
        for part in parts:
            for block in line_blocks(conn, status, part):
                room.acquire()
                out.put(block)
            out.put(None)
    except Exception as exc:  # every failure is the exporter's to report
        out.put(_Failed(exc))
    out.close()
    out.join_thread()


def _die_with(parent: int) -> None:
    """End this worker when the exporter is gone (killed: it cannot stop its workers), looked at once a second."""

    def watch() -> None:
        while _alive(parent):
            threading.Event().wait(PATIENCE)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # os.kill(pid, 0) would end it there; the queue's broken pipe ends the worker instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _context() -> BaseContext:
    """fork where it is safe (one thread, no Qt: the command line), else a fork server, else spawn.

    A fork in a threaded process (the review window: Qt's threads are
    invisible to :mod:`threading`) could leave a lock held for ever in the worker.
    """
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and threading.active_count() == 1 and "PySide6" not in sys.modules:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")
