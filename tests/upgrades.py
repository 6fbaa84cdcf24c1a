"""Upgrades that fail half-way, for the tests that prove a failed upgrade leaves the old file as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest

from desktop.store.schema import MIGRATIONS

Migration = Callable[[sqlite3.Connection], None]


def fail_during(monkeypatch: pytest.MonkeyPatch, migration: Migration) -> int:
    """Make ``migration`` run its work and then fail as a full disk would; returns its step.

    The failure comes after every statement of the step, so the test shows the
    whole step is undone, not just that it never started.
    """

    def interrupted(conn: sqlite3.Connection) -> None:
        migration(conn)
        raise sqlite3.OperationalError("disk I/O error")

    step = MIGRATIONS.index(migration)
    patched = list(MIGRATIONS)
    patched[step] = interrupted
    monkeypatch.setattr("desktop.store.db.MIGRATIONS", patched)
    return step
