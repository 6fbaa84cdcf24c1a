"""What the command line shows: one-line errors, progress bars, tables, and Ctrl+C handling."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType, TracebackType
from typing import Any, TextIO

from desktop.core.text_table import table as table  # the commands' tables; the window's reports use it too

#: Exit codes: bad input (always with a one-line message), a broken installation, stopped by Ctrl+C
#: after a clean stop, and output into a pipe whose reader left (128 + SIGPIPE, what a shell reports
#: for any tool).
EXIT_INPUT = 1
EXIT_BROKEN = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

#: Work shorter than this shows no progress bar at all.
BAR_DELAY_S = 0.5


def error(message: str) -> None:
    """``chitieu: error: ...`` on one line of stderr, whatever the message holds."""
    print(f"chitieu: error: {' '.join(message.split())}", file=sys.stderr)


def summary(args: argparse.Namespace, line: str, *, file: TextIO | None = None) -> None:
    """A command's one-line summary (stdout unless ``file`` says otherwise), left out under ``-q``."""
    if not args.quiet:
        print(line, file=file or sys.stdout)


def seconds(started: float) -> str:
    return f"{time.perf_counter() - started:.1f} s"


@contextmanager
def progress_bar(
    description: str, unit: str, *, quiet: bool = False
) -> Iterator[Callable[[int, int], None] | None]:
    """A tqdm bar on stderr for long work, only when stderr is a terminal (never in logs or pipes) and not ``-q``."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    bar = tqdm(
        desc=description,
        unit=unit,
        total=0,
        delay=BAR_DELAY_S,
        file=sys.stderr,
        leave=False,
        dynamic_ncols=True,
    )

    def update(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    try:
        yield update
    finally:
        bar.close()


class Interrupt:
    """The first Ctrl+C asks the running command to stop at its next safe point; a second one forces it.

    Long commands poll :meth:`requested` between batches, so a stop never
    leaves a transaction or a file half-done.
    """

    def __init__(self) -> None:
        self._requested = False
        self._previous: Any = None

    def requested(self) -> bool:
        return self._requested

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self._requested:
            raise KeyboardInterrupt
        self._requested = True
        print("\nchitieu: stopping after the current batch (Ctrl+C again to force)", file=sys.stderr)

    def __enter__(self) -> Interrupt:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
