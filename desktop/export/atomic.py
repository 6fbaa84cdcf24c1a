"""Write a file so that it is either complete or absent: temp file, fsync, rename.

An export interrupted by a full disk, a cancel or a bug must never leave half
a file, nor damage the file it was about to replace: the user may be
overwriting last week's good dataset.  The temp file lives in the
destination folder because ``os.replace`` is only atomic within one file
system.

Renaming is right for a regular file only.  A symlink is followed, and the
file it leads to is replaced (the link stays).  A device, a FIFO or a socket
(``/dev/null``, ``/dev/stdout`` into a pipe, a named pipe) is written
through: the data goes to a temp file elsewhere first, so a failure or a
cancel still writes nothing, then it is copied into the destination.

A killed export leaves its hidden ``.NAME.XXXXXXXX.part`` behind.  Each temp
file is ``flock``-ed while it is written, so the next export to that name
can tell a leftover (which it removes) from a file another export is still
writing (which it leaves alone).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from desktop.core.problems import problem

try:
    import fcntl
except ImportError:  # Windows: leftovers cannot be told from running exports, so none are removed
    fcntl = None  # type: ignore[assignment]

TEMP_SUFFIX = ".part"


def check_destination(dest: Path) -> None:
    """Refuse, before any work, a destination that can never be written."""
    if dest.is_dir():
        raise problem("export_is_folder", path=dest, example=dest / "records.jsonl")
    if not dest.parent.is_dir():
        raise problem("export_no_folder", folder=dest.parent)
    real = Path(os.path.realpath(dest))
    if dest.is_symlink() and not real.parent.is_dir():
        raise problem("export_bad_link", path=dest, folder=real.parent)


@contextlib.contextmanager
def atomic_path(dest: Path) -> Iterator[Path]:
    """Yield a temp path to write; on success it becomes ``dest``, on any failure it vanishes."""
    check_destination(dest)
    if _special(dest):
        with _written_through(dest) as temp:
            yield temp
        return
    target = Path(os.path.realpath(dest)) if dest.is_symlink() else dest
    _remove_leftovers(target)
    temp, lock = _create_temp(target)
    try:
        yield temp
        _keep_mode(target, temp)
        _fsync_file(temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    finally:
        os.close(lock)
    _fsync_folder(target.parent)


def writes_through(dest: Path) -> bool:
    """Whether :func:`atomic_path` writes ``dest`` through: its temp file is copied, never kept, and
    is not worth flushing to the disk."""
    return _special(dest)


def _special(dest: Path) -> bool:
    """True when ``dest`` (links followed) exists and is not a regular file: a device, a FIFO, a socket."""
    try:
        mode = os.stat(dest).st_mode
    except FileNotFoundError:
        return False
    return not stat.S_ISREG(mode)


@contextlib.contextmanager
def _written_through(dest: Path) -> Iterator[Path]:
    """A temp file in the system's temp folder, copied into ``dest`` once it is complete."""
    with tempfile.TemporaryDirectory(prefix="chitieu-export-") as folder:
        temp = Path(folder) / dest.name
        yield temp
        with temp.open("rb") as data, dest.open("wb") as out:
            shutil.copyfileobj(data, out)


def _temp_pattern(dest: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(dest.name)}\.[0-9a-f]{{8}}{re.escape(TEMP_SUFFIX)}")


def _create_temp(dest: Path) -> tuple[Path, int]:
    """A new hidden file beside ``dest`` (umask permissions like any file), locked while it is written."""
    while True:
        temp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        except FileExistsError:
            continue
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        return temp, fd


def _remove_leftovers(dest: Path) -> None:
    """Remove the temp files of earlier exports to ``dest`` that nobody holds: a killed export's."""
    if fcntl is None:
        return
    pattern = _temp_pattern(dest)
    for path in dest.parent.iterdir():
        if not pattern.fullmatch(path.name):
            continue
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            path.unlink(missing_ok=True)
        except OSError:  # held by a running export, or not ours to remove
            pass
        finally:
            os.close(fd)


def _keep_mode(dest: Path, temp: Path) -> None:
    """Give the new file the permissions of the one it replaces (a shared dataset stays shared)."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(temp, stat.S_IMODE(os.stat(dest).st_mode))


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a folder, and needs not."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
