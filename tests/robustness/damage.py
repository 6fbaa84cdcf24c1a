"""Ways to damage a database file on purpose, the way disks and copies do."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def page_size(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()


def garbage_page(path: Path, page: int | None = None) -> None:
    """Overwrite one page (default: the root page of the records' table) with garbage."""
    size = page_size(path)
    if page is None:
        conn = sqlite3.connect(path)
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'record_rows'").fetchone()[0]
        conn.close()
    with path.open("r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(size)))


def garbage_root_page(path: Path, name: str) -> None:
    """Garbage over the root page of table or index ``name`` (``articles_locality``: damage that opening,
    counting and deciding do not meet, but ``quick_check`` does)."""
    conn = sqlite3.connect(path)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    conn.close()
    garbage_page(path, page)


def truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
