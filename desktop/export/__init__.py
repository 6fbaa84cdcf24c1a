"""Export records as a dataset file: JSON Lines, CSV or XLSX.

Every format is written atomically (:mod:`desktop.export.atomic`): a
failure or a cancel leaves no partial file and never touches an existing
destination.  The database is opened read-only, so an export can run beside
the review window and never takes a backup or a write lock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from desktop.core.errors import InputError
from desktop.core.problems import problem
from desktop.export import parallel, query
from desktop.export.atomic import atomic_path, check_destination, writes_through
from desktop.export.query import STATUS_FILTERS
from desktop.export.to_csv import write_csv, write_tidy_csv
from desktop.export.to_jsonl import write_jsonl
from desktop.store import Store
from desktop.store.db import file_problem

Writer = Callable[[sqlite3.Connection, str, Path, Callable[[int], None]], None]


def write_xlsx(
    conn: sqlite3.Connection, status: str, path: Path, tick: Callable[[int], None], *, tidy: bool = False
) -> None:
    """:func:`desktop.export.to_xlsx.write_xlsx`, imported when a workbook is written: openpyxl takes
    a tenth of a second to import, which a CSV or JSONL export has no reason to pay."""
    from desktop.export.to_xlsx import write_xlsx as write

    write(conn, status, path, tick, tidy=tidy)


def write_tidy_xlsx(conn: sqlite3.Connection, status: str, path: Path, tick: Callable[[int], None]) -> None:
    """:func:`desktop.export.to_xlsx.write_tidy_xlsx`, imported when used, as :func:`write_xlsx` says."""
    from desktop.export.to_xlsx import write_tidy_xlsx as write

    write(conn, status, path, tick)


WRITERS: dict[str, Writer] = {"jsonl": write_jsonl, "csv": write_csv, "xlsx": write_xlsx}
#: ``--tidy``: the tidy table as the whole CSV, or as an extra sheet of the workbook.
TIDY_WRITERS: dict[str, Writer] = {"csv": write_tidy_csv, "xlsx": partial(write_xlsx, tidy=True)}
#: ``--format tidy``: the tidy table alone, as a workbook when the file ends in .xlsx, else as CSV.
TIDY_ALONE = "tidy"
FORMATS = (*WRITERS, TIDY_ALONE)
STATUSES = tuple(STATUS_FILTERS)


@dataclass(frozen=True)
class ExportReport:
    records: int
    articles: int
    path: Path
    cancelled: bool = False


class _Cancelled(Exception):
    """Raised inside a writer to abandon the temp file."""


def export(
    db_path: Path,
    out_path: Path,
    fmt: str,
    status: str,
    *,
    tidy: bool = False,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ExportReport:
    """Write the records chosen by ``status`` (confirmed | reviewed | all) to ``out_path`` as ``fmt``.

    ``tidy`` asks for the tidy table (:mod:`desktop.export.tidy`): CSV and XLSX only.  The format
    ``tidy`` is that table alone, the same long table the dataset view shows as a grid: a one-sheet
    workbook when ``out_path`` ends in ``.xlsx``, CSV otherwise.
    """
    writer = _writer(fmt, tidy, out_path)
    query.statuses(status)
    check_destination(out_path)
    _refuse_overwriting_database(db_path, out_path)
    store = Store(db_path, readonly=True)
    try:
        store.conn.execute("BEGIN")  # the count and the rows from one state of the file
        records, articles = query.count(store.conn, status)
        tick = _ticker(records, progress, should_cancel)
        try:
            through = writes_through(out_path)  # a temp file copied into a device or FIFO: not flushed
            with atomic_path(out_path) as temp:
                if not (
                    parallel.worthwhile(fmt, records)
                    and not tidy
                    and parallel.write(db_path, store.conn, fmt, status, temp, tick, flush=not through)
                ):
                    if not store.conn.in_transaction:  # the file changed under the workers: read it again
                        store.conn.execute("BEGIN")
                    writer(store.conn, status, temp, tick)
        except _Cancelled:
            return ExportReport(0, 0, out_path, cancelled=True)
        except BrokenPipeError:
            raise  # written through into a pipe whose reader left (``-o /dev/stdout | head``): no error
        except OSError as exc:
            raise problem("export_failed", path=out_path, reason=exc.strerror or exc) from exc
        except sqlite3.Error as exc:
            raise (file_problem(db_path, exc) or exc) from exc
        if progress:
            progress(records, records)
    finally:
        store.close()
    return ExportReport(records, articles, out_path)


def _writer(fmt: str, tidy: bool, out_path: Path) -> Writer:
    if fmt == TIDY_ALONE:
        return write_tidy_xlsx if out_path.suffix.lower() == ".xlsx" else write_tidy_csv
    if fmt not in WRITERS:
        raise InputError(f"Unknown format {fmt!r}: choose one of {', '.join(FORMATS)}.")
    if not tidy:
        return WRITERS[fmt]
    if fmt not in TIDY_WRITERS:
        raise InputError(
            f"--tidy is for {' and '.join(TIDY_WRITERS)} exports; {fmt} already has one "
            "record per line. Choose --format csv or xlsx."
        )
    return TIDY_WRITERS[fmt]


def _refuse_overwriting_database(db_path: Path, out_path: Path) -> None:
    if out_path.exists() and db_path.exists() and out_path.resolve() == db_path.resolve():
        raise problem("export_is_database", path=out_path)


def _ticker(
    total: int, progress: Callable[[int, int], None] | None, should_cancel: Callable[[], bool] | None
) -> Callable[[int], None]:
    """What writers call every few thousand rows: report progress, honour a cancel."""

    def tick(done: int) -> None:
        if should_cancel and should_cancel():
            raise _Cancelled
        if progress:
            progress(done, total)

    return tick


__all__ = ["FORMATS", "STATUSES", "ExportReport", "export"]
