"""The review window takes its backup on a thread: the backup must still be whole and taken."""

from __future__ import annotations

from pathlib import Path

from factories import SEEDS

from desktop.services.ingest import import_paths
from desktop.store import Store
from desktop.store.backup import describe, list_backups


def test_background_backup_is_complete_when_the_store_closes(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    import_paths(db, [SEEDS], workers=1)
    store = Store(db, backups=3, backup_in_background=True)
    records = store.conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    store.close()  # waits for the copy
    backups = list_backups(db)
    assert len(backups) == 1
    assert describe(backups[0]).records == records > 0
    assert not list(backups[0].parent.glob("*.partial"))
