"""The import pipeline: idempotence, duplicates, problems, batches, cancellation, the process pool."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from factories import seed_files

import desktop.services.ingest as ingest
from desktop.core.errors import InputError
from desktop.core.webpage import LIBRARIES as PAGE_LIBRARIES
from desktop.services.ingest import ensure_seeded, import_paths
from desktop.store import Store


def counts(db: Path) -> tuple[int, int, int]:
    """(articles, records, import events): what is really in the database."""
    with Store(db, readonly=True) as store:
        events = sum(1 for e in store.events() if e["action"] == "import")
        return store.db["articles"].count, store.db["records"].count, events


def test_seeds_import_once_then_are_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    first = import_paths(db, seed_files(), workers=1)
    assert (first.new, first.unchanged, first.problems, first.cancelled) == (5, 0, [], False)
    assert first.records > 40
    again = import_paths(db, seed_files(), workers=1)
    assert (again.new, again.unchanged, again.records) == (0, 5, 0)
    assert counts(db) == (5, first.records, 5)


def test_the_same_text_under_another_name_is_a_duplicate(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    seed = seed_files()[0]
    shutil.copy(seed, tmp_path / "renamed.txt")
    report = import_paths(db, [seed, tmp_path / "renamed.txt"], workers=1)
    assert report.new == 1 and report.duplicates == [("renamed", seed.stem)]
    assert counts(db)[0] == 1


def test_bad_files_are_reported_and_the_good_ones_imported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed_files()[0], folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(bytes(range(256)) * 20)
    lines = [
        json.dumps(
            {"id": "j1", "text": "Năm 2020, thu ngân sách đạt 500 tỷ đồng, tăng 5% so với cùng kỳ."},
            ensure_ascii=False,
        ),
        "{not json",
    ]
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_paths(tmp_path / "c.db", [folder], workers=1)
    assert report.new == 2
    sources = sorted(Path(p.source).name for p in report.problems)
    assert sources == ["empty.txt", "image.txt", "news.jsonl:2"]
    assert all("\n" not in p.message for p in report.problems)


def test_a_missing_path_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with pytest.raises(InputError, match="does not exist"):
        import_paths(db, [seed_files()[0], tmp_path / "nope.txt"], workers=1)
    assert not db.exists()


def test_a_first_import_that_stores_nothing_leaves_no_database(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    report = import_paths(tmp_path / "c.db", [tmp_path / "empty.txt"], workers=1)
    assert len(report.problems) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]


def test_a_folder_without_articles_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK")
    with pytest.raises(InputError, match="holds no article files"):
        import_paths(tmp_path / "c.db", [tmp_path], workers=1)


def test_cancel_stops_between_whole_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "BATCH", 2)
    monkeypatch.setattr(ingest, "TASK_FILES", 1)
    db = tmp_path / "c.db"
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    report = import_paths(
        db, seed_files(), workers=1, progress=progress, should_cancel=lambda: len(seen) >= 3
    )
    assert report.cancelled
    assert report.new == 2  # one whole batch, nothing of the next
    articles, records, events = counts(db)
    assert (articles, records, events) == (2, report.records, 2)
    rest = import_paths(db, seed_files(), workers=1)
    assert (rest.new, rest.unchanged) == (3, 2)


def test_progress_counts_articles_up_to_the_total(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    import_paths(tmp_path / "c.db", seed_files(), workers=1, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (5, 5)


def test_the_process_pool_gives_the_same_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "SMALL_IMPORT", 0)
    monkeypatch.setattr(ingest, "TASK_FILES", 2)
    alone = import_paths(tmp_path / "one.db", seed_files(), workers=1)
    pooled = import_paths(tmp_path / "two.db", seed_files(), workers=2)
    assert (pooled.new, pooled.records) == (alone.new, alone.records)
    with Store(tmp_path / "one.db", readonly=True) as one, Store(tmp_path / "two.db", readonly=True) as two:
        for article in one.article_summaries():
            assert two.article(article.id).doc == article.doc
            assert [r.record for r in two.records(article.id)] == [r.record for r in one.records(article.id)]


def test_workers_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--workers"):
        import_paths(tmp_path / "c.db", seed_files(), workers=0)


def test_ensure_seeded_fills_only_a_new_database(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    assert ensure_seeded(db).new == 5
    assert ensure_seeded(db) is None
    assert counts(db)[0] == 5


def test_the_pool_warm_up_extracts_its_article() -> None:
    """The fork server runs it before forking the workers and hides its errors: it must work."""
    warmed = ingest.warm_up()
    assert isinstance(warmed, ingest.Extracted) and warmed.prepared.record_rows


def loaded(code: str, folder: Path, names: tuple[str, ...]) -> list[str]:
    """Which of the modules ``names`` a fresh interpreter has loaded after running ``code`` in ``folder``.

    In a subprocess, since this test process has imported them all long ago.
    """
    probe = f"{code}\nimport sys\nprint(*[name for name in {names!r} if name in sys.modules])"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**os.environ, "CHITIEU_BACKUPS": "0"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_an_import_of_text_files_into_a_new_file_loads_no_library_it_does_not_need(tmp_path: Path) -> None:
    """Each costs CPU at every start: trafilatura and lxml a quarter of a second (only web pages need
    them), sqlite-utils a tenth (only ``chitieu stats``), charset_normalizer 20 ms (files not in UTF-8)."""
    (tmp_path / "tin.txt").write_text(
        "Năm 2021, tỉnh Hà Giang trồng mới 1.200 ha rừng, tăng 5% so với cùng kỳ.", encoding="utf-8"
    )
    code = "from desktop.cli import main\nassert main(['import', 'tin.txt', '--db', 'c.db', '-q']) == 0"
    assert loaded(code, tmp_path, (*PAGE_LIBRARIES, "sqlite_utils", "charset_normalizer")) == []


def test_a_pooled_import_of_web_pages_loads_their_libraries_once_before_the_fork(tmp_path: Path) -> None:
    """Loaded by the importer, the workers inherit them; otherwise each worker would load its own copy."""
    for n in range(3):
        (tmp_path / f"tin{n}.html").write_text(
            f"<html><body><article><h1>Tin {n}</h1><p>Năm 2021, tỉnh Hà Giang trồng mới {n + 1}.200 ha "
            "rừng, tăng 5% so với cùng kỳ năm trước, vượt kế hoạch đề ra.</p></article></body></html>",
            encoding="utf-8",
        )
    code = (
        "import desktop.services.ingest as ingest\n"
        "ingest.SMALL_IMPORT = 0\n"
        "ingest.TASK_FILES = 1\n"
        "from pathlib import Path\n"
        "report = ingest.import_paths(Path('c.db'), [Path('.')], workers=2)\n"
        "assert report.new == 3 and not report.problems, report"
    )
    assert loaded(code, tmp_path, PAGE_LIBRARIES) == list(PAGE_LIBRARIES)
