"""Write a file so that it is either complete or absent: temp file, fsync, rename.

An export interrupted by a full disk, a cancel or a bug must never leave half
a file, nor damage the file it was about to replace: the user may be
overwriting last week's good dataset.  The temp file lives in the
destination folder because ``os.replace`` is only atomic within one file
system.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from desktop.core.errors import InputError

TEMP_SUFFIX = ".part"


def check_destination(dest: Path) -> None:
    """Refuse, before any work, a destination that can never be written."""
    if dest.is_dir():
        raise InputError(f"{dest} is a folder. Give a file name for the export, e.g. {dest / 'records.jsonl'}.")
    if not dest.parent.is_dir():
        raise InputError(f"The folder {dest.parent} does not exist. Create it first or choose another place "
                         "for the export; nothing was written.")


@contextlib.contextmanager
def atomic_path(dest: Path) -> Iterator[Path]:
    """Yield a temp path to write; on success it replaces ``dest``, on any failure it vanishes."""
    check_destination(dest)
    temp = _create_temp(dest)
    try:
        yield temp
        _fsync_file(temp)
        os.replace(temp, dest)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    _fsync_folder(dest.parent)


def _create_temp(dest: Path) -> Path:
    """A new hidden file beside ``dest``, created with the umask's permissions like any file."""
    while True:
        temp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return temp


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
