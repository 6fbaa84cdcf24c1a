"""Command-line conveniences: --db anywhere, $CHITIEU_DB, -o -, stats --json, -q, docs, desktop-entry."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from factories import SEEDS

from desktop.cli import main


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "c.db"
    assert main(["import", str(SEEDS), "--db", str(path)]) == 0
    return path


def test_db_may_come_before_or_after_the_command(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "stats"]) == 0
    before = capsys.readouterr().out
    assert main(["stats", "--db", str(db)]) == 0
    assert capsys.readouterr().out == before and before.startswith("5 articles, 56 records")


def test_a_db_after_the_command_wins_over_one_before(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "missing.db"), "stats", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("5 articles")


def test_the_environment_names_the_database(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CHITIEU_DB", str(db))
    assert main(["stats"]) == 0
    assert capsys.readouterr().out.startswith("5 articles")
    monkeypatch.setenv("CHITIEU_DB", str(db.with_name("other.db")))
    assert main(["stats", "--db", str(db)]) == 0  # --db beats the environment
    assert capsys.readouterr().out.startswith("5 articles")


def test_stats_as_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["articles"], data["records"], data["decided"]) == (5, 56, 0)
    assert data["by_status"] == [{"status": "pending", "records": 56}]
    assert {"locality", "articles", "records"} == set(data["by_locality"][0])


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_dash_writes_the_export_to_standard_output(
    db: Path, tmp_path: Path, fmt: str, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["export", "--db", str(db), "--format", fmt, "--status", "all", "-o", "-"]) == 0
    out, err = capfdbinary.readouterr()
    assert not (tmp_path / "-").exists()
    assert err.decode().startswith("exported 56 records (all) from 5 articles to standard output")
    if fmt == "jsonl":
        assert len([json.loads(line) for line in out.decode().splitlines()]) == 56
    else:
        assert len(list(csv.DictReader(io.StringIO(out.decode("utf-8-sig"))))) == 56


def test_quiet_prints_nothing_but_errors(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["-q", "import", str(SEEDS), "--db", str(tmp_path / "q.db")]) == 0
    assert main(["export", "-q", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "o.csv")]) == 0
    assert main(["-q", "extract", "--db", str(db)]) == 0
    assert capsys.readouterr() == ("", "")
    assert main(["-q", "import", str(tmp_path / "missing"), "--db", str(db)]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_a_dash_export_to_a_closed_pipe_is_no_error(db: Path) -> None:
    done = subprocess.run(
        f"{sys.executable} -m desktop export --db {db} --format jsonl --status all -o - | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


def test_docs_prints_the_data_dictionary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["docs"]) == 0
    listing = capsys.readouterr().out
    assert "data-dictionary:" in listing and "data-dictionary.md" in listing
    assert main(["docs", "data-dictionary"]) == 0
    assert capsys.readouterr().out.startswith("# Data dictionary")


def test_desktop_entry_adds_the_menu_entry_and_icons(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["desktop-entry"]) == 0
    entry = (tmp_path / "share" / "applications" / "chitieu.desktop").read_text(encoding="utf-8")
    assert "\nIcon=chitieu\n" in entry and "\nType=Application\n" in entry
    (exec_line,) = [line for line in entry.splitlines() if line.startswith("Exec=")]
    assert exec_line.startswith("Exec=/") or exec_line == "Exec=chitieu"
    assert (
        tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps" / "chitieu.png"
    ).stat().st_size > 1000
    assert "added Chitieu to the application menu" in capsys.readouterr().out


def test_exec_paths_are_quoted_as_the_desktop_entry_specification_says() -> None:
    from desktop.services.desktop_entry import entry_text

    assert "\nExec=/opt/chitieu/chitieu\n" in entry_text("/opt/chitieu/chitieu")
    assert '\nExec="/home/an/My Apps/chitieu"\n' in entry_text("/home/an/My Apps/chitieu")
