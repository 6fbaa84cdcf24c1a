"""Issue 11.7, 11.8 and 11.11: an export writes through what is at its path, and cleans up after itself.

Atomic replacement (temp file, rename) is right for a regular file and
wrong for anything else: renaming over a symlink replaces the link, over
``/dev/null`` or a FIFO replaces the device or the pipe.  Those are written
through instead, with the same all-or-nothing promise for the data (it is
written in full to a temp file first).  A killed export leaves a hidden
``.part`` file, which the next export to that name removes.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.errors import InputError
from desktop.export import export

from .cli import chitieu, one_line_error
from .conftest import seed
from .procs import REPO


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.db"
    seed(path, articles=2, per_article=5)
    return path


def expected_jsonl(corpus: Path) -> bytes:
    reference = corpus.parent / "reference.jsonl"
    export(corpus, reference, "jsonl", "all")
    data = reference.read_bytes()
    reference.unlink()
    return data


def device(path: Path, minor: int) -> Path:
    """A character device like /dev/null (minor 3) or /dev/full (minor 7), made in the test's folder."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
        with path.open("wb") as fh:  # a folder mounted nodev refuses to open device files
            fh.write(b"")
    except OSError as exc:
        if minor == 7 and exc.errno == 28:  # /dev/full refuses even an empty write on some kernels
            return path
        pytest.skip(f"cannot make a device file here ({exc})")
    return path


# ---- 11.7: links and special files ------------------------------------------------------------


def test_export_through_a_symlink_writes_the_file_it_points_to(corpus: Path, tmp_path: Path) -> None:
    real = tmp_path / "elsewhere" / "records.jsonl"
    real.parent.mkdir()
    real.write_text("last week's export\n")
    link = tmp_path / "records.jsonl"
    link.symlink_to(real)

    export(corpus, link, "jsonl", "all")

    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_bytes() == expected_jsonl(corpus)
    assert [p.name for p in real.parent.iterdir()] == ["records.jsonl"]


def test_export_keeps_the_permissions_of_the_file_it_replaces(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "records.csv"
    target.write_text("old")
    target.chmod(0o640)
    export(corpus, target, "csv", "all")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_export_into_a_fifo_writes_into_the_pipe(corpus: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "records.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    try:
        export(corpus, fifo, "jsonl", "all")
    finally:
        if reader.is_alive():  # the export failed before opening the pipe: let the reader go
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=10)
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the FIFO was replaced by a regular file"
    assert received == [expected_jsonl(corpus)]


def test_export_to_a_null_device_leaves_the_device(corpus: Path, tmp_path: Path) -> None:
    null = device(tmp_path / "null", 3)
    report = export(corpus, null, "xlsx", "all")
    assert report.records == 10
    assert stat.S_ISCHR(null.lstat().st_mode), "the device was replaced by a regular file"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")], "a temp file was left"


def test_export_to_a_full_device_says_the_disk_is_full(corpus: Path, tmp_path: Path) -> None:
    full = device(tmp_path / "full", 7)
    message = one_line_error(
        chitieu("export", "--db", corpus, "--format", "jsonl", "--status", "all", "-o", full)
    )
    assert "No space left on device" in message
    assert stat.S_ISCHR(full.lstat().st_mode), "the device was replaced by a regular file"


def test_export_to_a_link_to_standard_output_writes_to_the_pipe(corpus: Path, tmp_path: Path) -> None:
    link = tmp_path / "out.jsonl"
    link.symlink_to("/dev/stdout")
    proc = chitieu("export", "--db", corpus, "--format", "jsonl", "--status", "all", "-o", link)
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink(), "the link was replaced by a regular file"
    lines = proc.stdout.splitlines()
    assert "\n".join(lines[:-1]) + "\n" == expected_jsonl(corpus).decode()
    assert lines[-1].startswith("exported 10 records")


# ---- 11.8: leftovers of a killed export ---------------------------------------------------------


def test_a_killed_exports_part_file_is_removed_by_the_next_export(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "records.jsonl"
    leftover = tmp_path / ".records.jsonl.0badf00d.part"
    leftover.write_bytes(b"half an export")
    unrelated = tmp_path / ".other.jsonl.0badf00d.part"
    unrelated.write_bytes(b"another name's export")

    export(corpus, target, "jsonl", "all")

    assert not leftover.exists()
    assert unrelated.exists()


def test_a_part_file_another_export_is_writing_is_left_alone(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "records.jsonl"
    running = tmp_path / ".records.jsonl.1234abcd.part"
    with running.open("wb") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)  # what a running export holds on its temp file
        export(corpus, target, "jsonl", "all")
        assert running.exists()


# ---- 11.11: pipes closed early, and a really full disk ----------------------------------------


def test_stats_into_a_closed_pipe_ends_quietly(corpus: Path) -> None:
    """``chitieu stats | head -1``: head leaves before the output is written."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "stats", "--db", str(corpus)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert err == ""
    assert proc.returncode == 141


def test_export_to_standard_output_into_a_closed_pipe_ends_quietly(corpus: Path, tmp_path: Path) -> None:
    """``chitieu export -o /dev/stdout | head``: what head did not read is no error."""
    link = tmp_path / "out.jsonl"
    link.symlink_to("/dev/stdout")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop",
            "export",
            "--db",
            str(corpus),
            "--format",
            "jsonl",
            "--status",
            "all",
            "-o",
            str(link),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert err == "" and proc.returncode == 141


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KB tmpfs: a disk that really fills up (skipped where mounting is not allowed)."""
    where = tmp_path / "small-disk"
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(where)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "xlsx"])
def test_export_on_a_really_full_disk_says_so_in_one_line(tmp_path: Path, small_disk: Path, fmt: str) -> None:
    path = tmp_path / "big.db"
    seed(path, articles=3, per_article=400)
    target = small_disk / f"records.{fmt}"
    message = one_line_error(
        chitieu("export", "--db", path, "--format", fmt, "--status", "all", "-o", target)
    )
    assert message == (
        f"Could not write {target} (No space left on device). "
        "Nothing was written and any existing file is unchanged."
    )
    assert list(small_disk.iterdir()) == []


def test_a_destination_that_is_a_link_to_a_folder_is_refused(corpus: Path, tmp_path: Path) -> None:
    link = tmp_path / "records.jsonl"
    link.symlink_to(tmp_path)
    with pytest.raises(InputError, match="is a folder"):
        export(corpus, link, "jsonl", "all")
    assert link.is_symlink()
