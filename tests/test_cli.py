"""The ``chitieu`` command: summaries, exit codes, one-line errors for every bad input."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factories import SEEDS, SHARED, seed_files

from desktop.cli import main
from desktop.store.schema import SCHEMA_VERSION


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "c.db"
    assert main(["import", str(SEEDS), "--db", str(path)]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_prints_a_one_line_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "import", str(SEEDS), "--db", str(tmp_path / "c.db"))
    assert code == 0 and err == ""
    assert out.startswith("imported 5 articles (5 new, 0 unchanged, 0 duplicates), ")
    assert out.count("\n") == 1 and "0 problems in" in out


def test_importing_again_is_a_no_op(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code, out, _ = run(capsys, "import", str(SEEDS), "--db", str(db))
    assert code == 0 and "(0 new, 5 unchanged, 0 duplicates), 0 records" in out


def test_a_duplicate_under_another_name_is_listed(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(seed_files()[0], tmp_path / "copy.txt")
    capsys.readouterr()
    code, out, err = run(capsys, "import", str(tmp_path / "copy.txt"), "--db", str(db))
    assert code == 0 and "1 duplicates" in out
    assert (
        err == f"chitieu: duplicate: copy has the same text as {seed_files()[0].stem}, already imported; "
        "not stored again\n"
    )


def test_stats_prints_aligned_tables(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code, out, _ = run(capsys, "stats", "--db", str(db))
    assert code == 0
    assert out.splitlines()[0].startswith("5 articles, ")
    assert "records by status" in out and "articles by locality" in out and "Cẩm Phả" in out


def test_extract_reports_counts(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code, out, _ = run(capsys, "extract", "--db", str(db))
    assert code == 0 and out.startswith("re-extracted 5 articles: 0 new, ") and " 0 changed" in out


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "xlsx"])
def test_export_each_format(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    out_file = tmp_path / f"out.{fmt}"
    capsys.readouterr()
    code, out, _ = run(
        capsys, "export", "--db", str(db), "--format", fmt, "--status", "all", "-o", str(out_file)
    )
    assert code == 0 and out.startswith("exported ") and out_file.stat().st_size > 0


def test_help_explains_every_command_with_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("import", "extract", "export", "stats", "gui", "screenshot"):
        with pytest.raises(SystemExit) as exit_:
            main([command, "--help"])
        assert exit_.value.code == 0
        assert "examples:\n  chitieu " + command in capsys.readouterr().out


# ---- bad input: exit 1, one line, nothing half-written ---------------------------------


def one_line_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("chitieu: error: ") and "Traceback" not in err
    return err


def test_an_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert "is empty" in one_line_error(
        capsys, "import", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "c.db")
    )
    assert not (tmp_path / "c.db").exists()


def test_a_binary_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    err = one_line_error(capsys, "import", str(tmp_path / "photo.txt"), "--db", str(tmp_path / "c.db"))
    assert "binary" in err and not (tmp_path / "c.db").exists()


def test_a_path_that_does_not_exist(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = db.read_bytes()
    err = one_line_error(capsys, "import", str(tmp_path / "nope"), "--db", str(db))
    assert "does not exist" in err and db.read_bytes() == before


def test_a_jsonl_line_that_is_not_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = json.dumps({"id": "ok", "text": "Năm 2020 thu ngân sách đạt 100 tỷ đồng."}, ensure_ascii=False)
    (tmp_path / "news.jsonl").write_text(good + '\n{"id": 2, "text": \n', encoding="utf-8")
    err = one_line_error(capsys, "import", str(tmp_path / "news.jsonl"), "--db", str(tmp_path / "c.db"))
    assert "news.jsonl line 2: not valid JSON" in err


def test_a_database_that_is_not_sqlite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("ghi chú\n" * 100, encoding="utf-8")
    for argv in (
        ["import", str(SEEDS)],
        ["stats"],
        ["extract"],
        ["export", "--format", "csv", "-o", str(tmp_path / "o.csv")],
    ):
        assert "not an SQLite file" in one_line_error(capsys, *argv, "--db", str(notes))
    assert notes.read_text(encoding="utf-8") == "ghi chú\n" * 100
    assert not (tmp_path / "o.csv").exists()


def test_a_database_from_a_newer_chitieu(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    for argv in (
        ["import", str(SEEDS)],
        ["stats"],
        ["export", "--format", "jsonl", "-o", str(tmp_path / "o")],
    ):
        assert "newer Chitieu" in one_line_error(capsys, *argv, "--db", str(db))
    assert db.read_bytes() == before and not (tmp_path / "o").exists()


def test_an_export_into_a_missing_folder(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = one_line_error(
        capsys, "export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "no" / "o.csv")
    )
    assert "does not exist" in err


# ---- as a real process -------------------------------------------------------------------


def chitieu(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "CHITIEU_BACKUPS": "0", **(env or {})},
        check=False,
    )


def test_the_real_command_on_the_default_database_never_imports_qt(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}
    done = chitieu("import", str(SEEDS), env=env)
    assert done.returncode == 0 and done.stdout.startswith("imported 5 articles"), done.stderr
    assert (tmp_path / "data" / "chitieu" / "chitieu.db").exists()
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from desktop.cli import main; code = main(sys.argv[1:]); "
            "assert 'PySide6' not in sys.modules; raise SystemExit(code)",
            "stats",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, **env, "CHITIEU_BACKUPS": "0"},
        check=False,
    )
    assert probe.returncode == 0, probe.stderr


def loaded_by(argv: list[str], names: tuple[str, ...], cwd: Path) -> list[str]:
    """Which of the modules ``names`` a fresh interpreter has loaded after running ``chitieu ARGV``: in a
    subprocess, since this test process has imported them all long ago."""
    probe = (
        "import sys\nfrom desktop.cli import main\ncode = main(sys.argv[1:])\n"
        f"print(*[name for name in {names!r} if name in sys.modules])\nraise SystemExit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "CHITIEU_BACKUPS": "0"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split("\n")[-2].split()


#: What a command that only reads the database has no use for: the extractor and its checks (2.7 billion
#: instructions to import, 30 times an empty Python), and openpyxl (only workbooks).
NOT_FOR_READING = ("desktop.core.extract", "desktop.core.checks", "openpyxl")


def test_help_and_reading_commands_import_neither_the_extractor_nor_openpyxl(
    db: Path, tmp_path: Path
) -> None:
    """Issue 15: each command imports what it uses when it runs, not every command's module."""
    assert loaded_by(["stats", "--db", str(db)], NOT_FOR_READING, tmp_path) == []
    assert (
        loaded_by(["export", "--db", str(db), "--format", "csv", "-o", "r.csv"], NOT_FOR_READING, tmp_path)
        == []
    )
    assert loaded_by(["backups", "--db", str(db)], NOT_FOR_READING, tmp_path) == []


def test_help_imports_no_command(tmp_path: Path) -> None:
    """``--help`` exits inside the parser: ``sys.exit`` is caught to look at what it loaded."""
    probe = (
        "import sys\nfrom desktop.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('LOADED', *[m for m in ('desktop.core.extract', 'desktop.store', 'desktop.services', 'sqlite3') "
        "if m in sys.modules])"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "LOADED"


@pytest.mark.skipif(not (SHARED / "tools" / "score_extraction.py").exists(), reason="needs ../shared")
def test_end_to_end_import_export_and_score(tmp_path: Path) -> None:
    """The issue's acceptance command: seeds in, JSON Lines out, scored against the gold answers."""
    db, out = tmp_path / "c.db", tmp_path / "out.jsonl"
    assert chitieu("import", str(SEEDS), "--db", str(db)).returncode == 0
    assert (
        chitieu("export", "--db", str(db), "--format", "jsonl", "--status", "all", "-o", str(out)).returncode
        == 0
    )
    scored = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score_extraction.py"),
            str(SHARED / "gold" / "seeds.jsonl"),
            str(out),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(scored.stdout)
    assert result["records"]["f1"] >= 0.95
    assert result["comparisons"]["f1"] >= 0.90
    assert result["attributes"]["kind"] >= 0.90 and result["attributes"]["period"] >= 0.90


def has_articles_table(db: Path) -> bool:
    """True once the importer has created the schema (the file appears a moment before it)."""
    if not db.exists():
        return False
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone() is not None
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_with_a_summary(tmp_path: Path) -> None:
    """SIGINT mid-import: exit 130, a summary, and whole articles only (records and events agree)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = [p.read_text(encoding="utf-8") for p in seed_files()]
    for n in range(600):
        # A distinct body paragraph up front makes every file new; a line after a seed's
        # related-links block would be cleaned away with it.
        lead = (
            f"Năm {2000 + n % 20}, toàn huyện thu hút thêm {n + 1} dự án mới với tổng vốn đăng ký "
            f"ước đạt {n + 10} tỷ đồng, bài số {n}.\n\n"
        )
        text = lead + seeds[n % len(seeds)]
        (corpus / f"{n:04d}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "c.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "import", str(corpus), "--db", str(db), "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "CHITIEU_BACKUPS": "0"},
    )
    while not has_articles_table(db) and process.poll() is None:  # Ctrl+C before then would hit start-up
        time.sleep(0.05)
    time.sleep(1.0)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert "Traceback" not in err
    articles = 0
    if db.exists():  # a stop before the first batch leaves no database at all
        conn = sqlite3.connect(db)
        articles, claimed = conn.execute(
            "SELECT COUNT(*), COALESCE(SUM(n_records), 0) FROM articles"
        ).fetchone()
        records = conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
        imports = conn.execute("SELECT COUNT(*) FROM events WHERE action = 'import'").fetchone()[0]
        conn.close()
        assert claimed == records and imports == articles
    if process.returncode == 130:
        assert out.startswith(f"stopped after Ctrl+C: imported {articles} articles ({articles} new")
    else:  # a fast machine finished first
        assert process.returncode == 0 and articles == 600


def test_the_window_without_a_display_explains_instead_of_aborting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt would abort the process with a plugin error; the user gets advice and exit 1."""
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code, out, err = run(capsys, "gui", "--db", str(tmp_path / "c.db"))
    assert code == 1 and out == ""
    assert err.startswith("chitieu: error: There is no display") and err.count("\n") == 1
    assert not (tmp_path / "c.db").exists()


def test_chitieu_alone_and_chitieu_gui_open_the_window_on_the_given_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.app

    opened: list[Path | None] = []
    monkeypatch.setattr(desktop.app, "main_gui", lambda db: opened.append(db) or 0)
    assert main(["--db", str(tmp_path / "a.db")]) == 0
    assert main(["gui", "--db", str(tmp_path / "b.db")]) == 0
    assert opened == [tmp_path / "a.db", tmp_path / "b.db"]
