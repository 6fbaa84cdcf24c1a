"""The command-line import collects garbage rarely while it runs, and puts the collector back after."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from factories import SEEDS

import desktop.services.ingest as ingest
from desktop.cli import main
from desktop.cli.importing import IMPORT_GC_THRESHOLD


def test_an_import_raises_the_collectors_threshold_while_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[tuple[int, int, int], int]] = []
    real = ingest.import_paths

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append((gc.get_threshold(), gc.get_freeze_count()))
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest, "import_paths", spy)
    before = gc.get_threshold()
    assert main(["import", str(SEEDS), "--db", str(tmp_path / "c.db"), "-q"]) == 0
    assert seen[0][0] == IMPORT_GC_THRESHOLD
    assert seen[0][1] > 0  # what was imported is out of the collections
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_the_collector_is_put_back_when_the_import_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk gone")

    monkeypatch.setattr(ingest, "import_paths", broken)
    before = gc.get_threshold()
    with pytest.raises(RuntimeError):
        main(["import", str(SEEDS), "--db", str(tmp_path / "c.db"), "-q"])
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
