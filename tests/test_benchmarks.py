"""Keep the benchmark runnable: a quick run on a tiny corpus must finish and print every figure.

No timing is asserted here: speed targets belong to ``benchmarks/run.py``,
whose figures depend on the machine; a unit test only guards against rot
(an API the benchmark drives changing under it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.report import ROWS

ROOT = Path(__file__).resolve().parents[1]


def test_quick_run_prints_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHITIEU_BACKUPS": "0"}
    proc = subprocess.run(
        [
            sys.executable,
            "benchmarks/run.py",
            "--quick",
            "--sizes",
            "12",
            "--workdir",
            str(tmp_path / "work"),
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    for row in ROWS:
        assert row.label in proc.stdout
    samples = json.loads(out.read_text(encoding="utf-8"))["samples"]["12"]
    assert samples["records"][0] > 0
    for key in (
        "import_1_articles_s",
        "search_ms",
        "export_csv_records_s",
        "gui_first_article_s",
        "gui_next_article_ms",
        "gui_confirm_written_ms",
    ):
        assert samples[key], key


def test_the_scripted_review_reaches_the_gold_of_every_task(tmp_path: Path) -> None:
    """``review_keys.py --tasks`` drives the real window to the gold and checks the database; no count is asserted."""
    out = tmp_path / "keys.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHITIEU_BACKUPS": "0"}
    proc = subprocess.run(
        [sys.executable, "benchmarks/review_keys.py", "--tasks", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["tasks"]["articles"] == 6 and figures["tasks"]["records"] == 31


def test_team_benchmark_runs_on_the_seeds(tmp_path: Path) -> None:
    """benchmarks/team_bench.py: split, bulk decisions, merge, agreement and the dataset tab, end to end."""
    from factories import SEEDS

    from desktop.services.ingest import import_paths

    corpus = tmp_path / "seeds.db"
    import_paths(corpus, [SEEDS], workers=1)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHITIEU_BACKUPS": "0"}
    proc = subprocess.run(
        [
            sys.executable,
            "benchmarks/team_bench.py",
            str(corpus),
            "--workdir",
            str(tmp_path / "work"),
            "--repeat",
            "1",
            "--overlap",
            "40",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    for figure in ("merge_s", "merge_cpu_s", "agreement_s", "dataset_tab_s", "kappa"):
        assert figure in proc.stdout


def test_merging_the_search_index_keeps_every_answer(tmp_path: Path) -> None:
    """``fts_optimize.py`` on the seeds, imported a file at a time (a segment each): one segment after."""
    from desktop.services.ingest import import_paths

    db = tmp_path / "c.db"
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        import_paths(db, [path], workers=1)
    for command in ("steps", "optimize"):
        proc = subprocess.run(
            [sys.executable, "benchmarks/fts_optimize.py", str(db), "--repeat", "1", "--command", command],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**os.environ, "CHITIEU_BACKUPS": "0"},
            timeout=120,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        result = json.loads(proc.stdout)
        assert result["shape_after"]["segments"] == 1
        assert {q: r["hits"] for q, r in result["after"].items()} == {
            q: r["hits"] for q, r in result["before"].items()
        }
    assert any(r["hits"] for r in result["before"].values())


def test_check_phases_names_the_passes(tmp_path: Path, monkeypatch, capsys) -> None:
    """The phase report runs a full check of a tiny corpus and names each phase it passed through."""
    from benchmarks import check_phases
    from benchmarks.corpus import write_corpus
    from desktop.services import checks
    from desktop.services.ingest import import_paths

    monkeypatch.setenv("CHITIEU_BACKUPS", "0")
    write_corpus(12, tmp_path / "corpus", jsonl=True)
    import_paths(tmp_path / "c.db", [tmp_path / "corpus" / "corpus.jsonl"], workers=1)
    monkeypatch.setattr(checks, "_run", checks._run)  # put back after the script wraps them
    monkeypatch.setattr(checks.check_prints, "remember_all_facts", checks.check_prints.remember_all_facts)
    assert check_phases.main([str(tmp_path / "c.db"), "--workers", "1"]) == 0
    printed = capsys.readouterr().out
    assert "article pass" in printed
    assert "by phase: wall, CPU" in printed
    assert "articles=12" in printed


def test_scoring_a_set_folder_prints_its_totals(tmp_path: Path) -> None:
    """A blind set kept outside the repository is scored from its folder, and saved for comparing."""
    seeds = ROOT / "seeds"
    folder = tmp_path / "set"
    folder.mkdir()
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as out:
        for path in sorted(seeds.glob("*.txt"))[:2]:
            out.write(
                json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}, ensure_ascii=False)
                + "\n"
            )
    shared_gold = ROOT.parent / "shared" / "gold" / "seeds.jsonl"
    if not shared_gold.exists():
        pytest.skip("the shared seeds' gold is not next to the repository")
    docs = {p.stem for p in sorted(seeds.glob("*.txt"))[:2]}
    lines = [
        line
        for line in shared_gold.read_text(encoding="utf-8").splitlines()
        if json.loads(line)["doc"] in docs
    ]
    (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    saved = tmp_path / "totals.json"
    proc = subprocess.run(
        [
            sys.executable,
            "benchmarks/score_sets.py",
            "--no-repository",
            "--set",
            f"two={folder}",
            "--save",
            str(saved),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[1].split()[:2] == ["two", str(len(lines))]
    assert json.loads(saved.read_text(encoding="utf-8"))["two"]["records"] > 0.9


def test_two_imports_of_the_same_files_store_the_same(tmp_path: Path, monkeypatch, capsys) -> None:
    """The store comparison masks the times of day two imports differ by, and finds a changed value."""
    import sqlite3

    from benchmarks import check_store_same
    from desktop.services.ingest import import_paths

    monkeypatch.setenv("CHITIEU_BACKUPS", "0")
    for name in ("old.db", "new.db"):
        import_paths(tmp_path / name, [ROOT / "seeds"], workers=1)
    assert check_store_same.main([str(tmp_path / "old.db"), str(tmp_path / "new.db"), "--fts-segments"]) == 0
    assert "same  record_rows" in capsys.readouterr().out
    with sqlite3.connect(tmp_path / "new.db") as conn:
        conn.execute("UPDATE record_rows SET indicator = indicator || '!' WHERE id = 3")
    assert check_store_same.main([str(tmp_path / "old.db"), str(tmp_path / "new.db")]) == 1
    assert "DIFFERENT  record_rows, row 3" in capsys.readouterr().out


def test_a_tree_child_reads_the_trees_shipped_files(tmp_path: Path) -> None:
    """A benchmark comparing checkouts must measure each one's taxonomy, not the editable install's."""
    from benchmarks.trees import tree_env

    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "resources" / "taxonomy.toml").write_text("# a tree's own\n", encoding="utf-8")
    code = "from desktop.core.bundled import resource; print(resource('taxonomy.toml'))"
    proc = subprocess.run(
        [sys.executable, "-c", code], env=tree_env(tmp_path), capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert Path(proc.stdout.strip()) == tmp_path / "resources" / "taxonomy.toml"
