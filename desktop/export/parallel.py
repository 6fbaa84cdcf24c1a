"""JSON Lines and CSV written by two processes at once: the same bytes, in order, from one snapshot.

A big export is cut into parts, ranges of articles by id of about
:data:`PART` records each (:func:`~desktop.export.query.parts`).  Each of
:data:`WORKERS` processes takes the next part nobody has taken, makes it with
the format's own code (``line_blocks``) and writes it into the file itself, at
the offset where the part before it ends (shared with the others), so the
file is the one-process export's byte for byte.  A part whose place is not
known yet is kept in memory until it is: one or two parts per worker.  Taking
the parts in turn (every :data:`WORKERS`-th) had left the worker with the
lighter half idle at the end, 0.1-0.3 s of a 4-5 s export.  Sending
the blocks to this process to write instead cost it 3.8 of 13.4 s of CPU for
the gigabyte of the 50,000-article corpus; it now only waits, ticks the
progress and honours a cancel, part by part.

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
decision landed in between, or a worker ended without a word, the workers
are stopped and the export is written by this process alone (:func:`write`
returns False).

A small export stays in one process (:data:`SMALLEST`): starting a worker
costs a fork, or in the review window (threads: no fork) a fork server's start.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import queue
import signal
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any, BinaryIO

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
#: Records of a part: a few blocks, so that a worker waiting for its place in the file has a part made
#: ahead, which it keeps in memory until then (about 16 MB of JSON Lines).
PART = 4 * BLOCK
#: Fewer records than this are written by one process.
SMALLEST = 50_000
#: Bytes written by the workers between two flushes to the disk by the exporter (:class:`_Flusher`): each
#: flush commits the file system's journal, and with the workers given the cores (``chrt -f 50``) every
#: 64 MB cost 0.1 s of wall (median of six pairs), every 256 MB nothing measurable.
FLUSH = 256 * 1024 * 1024
#: Seconds between looks at whether a silent worker is still alive.
PATIENCE = 1.0
_READY = "ready"


def worthwhile(fmt: str, records: int) -> bool:
    """Whether ``records`` records as ``fmt`` are worth workers: big enough, and a second core to run them."""
    return fmt in FORMATS and records >= SMALLEST and (os.cpu_count() or 1) > 1


@dataclass(frozen=True)
class _Task:
    """What the workers write: the ``parts`` of ``fmt`` into ``path``, in the file's order, each part
    taken by whichever worker is free (:meth:`_Shared.take`)."""

    db_path: Path
    path: Path
    fmt: str
    status: str
    parts: list[Articles]


class _Lost(Exception):
    """A worker ended without a word: the export is written by this process instead."""


class _Failed:
    """What a worker says when it fails: the error, raised again by the exporter."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


def write(
    db_path: Path,
    conn: sqlite3.Connection,
    fmt: str,
    status: str,
    path: Path,
    tick: Callable[[int], None],
    *,
    flush: bool = True,
) -> bool:
    """Write ``fmt`` to ``path`` through workers reading ``db_path``, from the state ``conn`` counted (its
    read transaction, open, is ended here).

    False if the file changed before the workers all held that state, or a worker ended without a
    word (it could not start, or was killed): then ``path`` holds nothing of use, no worker is left,
    and the caller writes the export itself.  A worker's error (a full disk, a damaged file) is raised.
    ``flush``: send the bytes to the disk as they come (:class:`_Flusher`), for a file that is kept.
    """
    head, _ = FORMATS[fmt]
    parts = query.parts(conn, PART)
    seen = _data_version(conn)
    conn.execute("COMMIT")
    path.write_bytes(head)
    context = _context()
    shared = _Shared(context, len(parts), len(head))
    workers = [_Worker(context, _Task(db_path, path, fmt, status, parts), shared) for _ in range(WORKERS)]
    try:
        for worker in workers:
            worker.wait_ready()
        if _data_version(conn) != seen:
            return False
        shared.go.set()
        with _Flusher(path if flush else None) as flusher:
            for number in range(len(parts)):
                while not shared.wait_end(number, PATIENCE):
                    tick(shared.records())
                    for worker in workers:
                        worker.check()
                tick(shared.records())
                flusher.written(shared.end(number))
        return True
    except _Lost:  # could not start here (say, a frozen build without its worker entry), or killed
        return False
    finally:
        for worker in workers:
            worker.stop()


class _Flusher:
    """Sends what the workers wrote to the disk while they write the rest, every :data:`FLUSH` bytes.

    The export ends with an fsync (:mod:`desktop.export.atomic`); left to then, it would wait for
    the whole file, about 0.3 s of wall time for the gigabyte of 50,000 articles and almost no CPU.
    A thread of this process, which only waits while the workers write, waits for the disk then
    instead, and the last fsync finds a part or two still to write.  A thread, so that a slow disk
    never holds up the progress and a cancel: with the workers under ``chrt -f 50`` the kernel's
    writeback waits for them to end, and one ``fdatasync`` took 3.8 s.  Where ``os.fdatasync`` is
    missing (Windows, macOS) the last fsync does it all, as before; an error is the last fsync's to
    report.
    """

    def __init__(self, path: Path | None) -> None:
        self._path = path if hasattr(os, "fdatasync") else None
        self._flushed = 0
        self._thread: threading.Thread | None = None

    def __enter__(self) -> _Flusher:
        return self

    def __exit__(self, error: type[BaseException] | None, *_: object) -> None:
        """Done: wait for a flush still running (the last fsync would wait for it anyway).  Failed or
        cancelled: leave it to end on its own, on its own descriptor, so that a slow disk never delays
        a cancel."""
        if error is None and self._thread is not None:
            self._thread.join()

    def written(self, end: int) -> None:
        """The file is written up to ``end``: flush it if enough is new and no flush is running."""
        if self._path is None or end - self._flushed < FLUSH or (self._thread and self._thread.is_alive()):
            return
        self._flushed = end
        self._thread = threading.Thread(target=_flush, args=(self._path,), name="export-flush", daemon=True)
        self._thread.start()


def _flush(path: Path) -> None:
    """Send ``path``'s written pages to the disk (an error is the last fsync's to report)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fdatasync(fd)
        finally:
            os.close(fd)


def _data_version(conn: sqlite3.Connection) -> int:
    """A number that changes when another connection commits (within a read transaction: as it began)."""
    version: int = conn.execute("PRAGMA data_version").fetchone()[0]
    return version


class _Shared:
    """What the workers and the exporter share: where each part ends in the file, the records written."""

    def __init__(self, context: BaseContext, parts: int, head: int) -> None:
        self.go: Any = context.Event()
        self._changed: Any = context.Condition()
        #: The file offset after each part, -1 until it is written.
        self._ends: Any = context.Array("q", [-1] * parts, lock=False)
        self._records: Any = context.Value("q", 0, lock=False)
        #: The next part nobody has taken.
        self._next: Any = context.Value("q", 0, lock=False)
        self._parts = parts
        self._head = head

    def take(self) -> int | None:
        """The next part to make, for the worker asking (None: every part is taken)."""
        with self._changed:
            part: int = self._next.value
            if part >= self._parts:
                return None
            self._next.value = part + 1
        return part

    def start(self, part: int) -> int | None:
        """Where ``part`` starts in the file, once the part before it is written (else None)."""
        with self._changed:
            return self._start(part)

    def wait_start(self, part: int) -> int:
        """Where ``part`` starts in the file, waiting for the part before it to be written."""
        with self._changed:
            while (start := self._start(part)) is None:
                self._changed.wait()
        return start

    def _start(self, part: int) -> int | None:
        if part == 0:
            return self._head
        end: int = self._ends[part - 1]
        return end if end >= 0 else None

    def wrote(self, records: int, part: int | None = None, end: int = -1) -> None:
        """``records`` more are in the file; ``part``, if given, ends at ``end``."""
        with self._changed:
            self._records.value += records
            if part is not None:
                self._ends[part] = end
                self._changed.notify_all()

    def wait_end(self, part: int, timeout: float) -> bool:
        """Whether ``part`` is in the file, waiting ``timeout`` seconds at most for it."""
        with self._changed:
            return bool(self._changed.wait_for(lambda: self._ends[part] >= 0, timeout))

    def end(self, part: int) -> int:
        """Where ``part``, written, ends in the file."""
        with self._changed:
            end: int = self._ends[part]
        return end

    def records(self) -> int:
        """The records in the file so far."""
        with self._changed:
            done: int = self._records.value
        return done


class _Worker:
    """A process writing its ``parts`` (numbered) of the file in place, and what it says."""

    def __init__(self, context: BaseContext, task: _Task, shared: _Shared) -> None:
        self._said: Any = context.Queue()
        self._process = context.Process(  # type: ignore[attr-defined]  # every concrete context has it
            target=_work,
            args=(task, shared, self._said, os.getpid()),
            daemon=True,
        )
        self._process.start()

    def wait_ready(self) -> None:
        """Until the worker holds its read transaction; its error if it failed first."""
        while True:
            try:
                message = self._said.get(timeout=PATIENCE)
            except queue.Empty:
                self.check()
                continue
            if message != _READY:
                self._raise(message)
            return

    def check(self) -> None:
        """Raise what the worker failed with, or that it died without a word."""
        with contextlib.suppress(queue.Empty):
            self._raise(self._said.get_nowait())
        if self._process.exitcode not in (None, 0):
            raise _Lost

    @staticmethod
    def _raise(message: object) -> None:
        if isinstance(message, _Failed):
            raise message.error
        raise RuntimeError(f"an export worker said {message!r}")

    def stop(self) -> None:
        """End the process (done, or no longer wanted: a cancel, a failure)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._said.close()
        self._said.cancel_join_thread()


def _work(task: _Task, shared: _Shared, said: Any, parent: int) -> None:
    """In a worker: hold one read transaction, say so, then write each part where it goes in ``path``.

    A part whose place is not known yet (the part before it is still being
    made by the other worker) is kept in memory and written on as it is made
    once it is known.  A part made whole before its place is known is held,
    and the next part begun: the held part is written as soon as its place
    is known (looked at after each block), so a worker waits only when a
    second part is made before the first could be written.  Waiting after
    every such part had left a core idle 0.02-0.47 s per worker and export.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the process group; the exporter decides
    # The rows' tuples make no cycles, but their number sets off the cyclic collector every few
    # hundred rows, each time walking everything young: 1-3% of a worker's CPU (perf), for nothing.
    gc.disable()
    _die_with(parent)
    try:
        _, line_blocks = FORMATS[task.fmt]
        conn = connect(task.db_path, readonly=True)
        conn.execute("BEGIN")
        conn.execute("SELECT 1 FROM articles LIMIT 1").fetchall()  # the snapshot starts with the first read
        said.put(_READY)
        shared.go.wait()
        with task.path.open("r+b") as fh:
            held: _Held | None = None
            while (number := shared.take()) is not None:
                articles = task.parts[number]
                kept: list[bytes] = []  # made, not yet written
                records = 0
                place = None
                for lines, count in line_blocks(conn, task.status, articles):
                    kept.append(lines)
                    records += count
                    # The held part comes first in the file: written, it may tell this part's place.
                    if held is not None and (start := shared.start(held.number)) is not None:
                        held.write(fh, shared, start)
                        held = None
                    if held is None and place is None and (place := shared.start(number)) is not None:
                        fh.seek(place)
                    if place is not None:
                        fh.writelines(kept)
                        shared.wrote(records)
                        kept, records = [], 0
                if held is not None:  # a second part made ahead: wait for the first one's place
                    held.write(fh, shared, shared.wait_start(held.number))
                    held = None
                if place is None:
                    if (place := shared.start(number)) is None:
                        held = _Held(number, kept, records)
                        continue
                    fh.seek(place)
                fh.writelines(kept)
                fh.flush()
                shared.wrote(records, number, fh.tell())
            if held is not None:
                held.write(fh, shared, shared.wait_start(held.number))
    except Exception as exc:  # every failure is the exporter's to report
        said.put(_Failed(exc))
        said.close()
        said.join_thread()
        sys.exit(1)  # not 0: had the error not reached the exporter (not picklable), it still sees a loss


@dataclass
class _Held:
    """A part made whole before its place in the file was known: its number, bytes and records."""

    number: int
    blocks: list[bytes]
    records: int

    def write(self, fh: BinaryIO, shared: _Shared, start: int) -> None:
        """Write the part at ``start``, and say where it ends."""
        fh.seek(start)
        fh.writelines(self.blocks)
        fh.flush()
        shared.wrote(self.records, self.number, fh.tell())


def _die_with(parent: int) -> None:
    """End this worker when the exporter is gone (killed: it cannot stop its workers), looked at once a second."""

    def watch() -> None:
        while _alive(parent):
            time.sleep(PATIENCE)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill(pid, 0) would end it there; spawn's parent is the exporter
        parent = multiprocessing.parent_process()
        return parent is None or parent.is_alive()
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
