"""What an installed Chitieu carries: its packages, its shipped files, and documents that match the code.

``scripts/check_install.sh`` proves the real install paths (a wheel in a fresh
virtualenv, the one-folder build); these tests keep ``pyproject.toml`` and the
data dictionary in step with the code on every run of the suite.
"""

from __future__ import annotations

import fnmatch
import importlib.util
import re
import sqlite3
import sys
import tomllib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from types import ModuleType

import pytest
from factories import ROOT, SEEDS

from desktop.cli import main
from desktop.core import bundled, places
from desktop.core.compiled import core_is_compiled
from desktop.core.errors import BrokenInstallation
from desktop.export.query import ARTICLE_HEADER, HEADER
from desktop.export.tidy import TIDY_HEADER
from desktop.export.to_xlsx import XLSX_HEADER
from desktop.store import Store

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
#: Files of the mapped folders that stay in the repository: sources of shipped files, and pictures for the README.
NOT_SHIPPED = {
    "resources/translations/chitieu_vi.ts",
    "resources/translations/chitieu_en.ts",
    "docs/screenshot.png",
    "docs/dataset.png",
    "docs/conflicts.png",
}
DICTIONARY = ROOT / "docs" / "data-dictionary.md"


def setup_script() -> ModuleType:
    """``setup.py`` as a module, without running ``setup()``."""
    spec = importlib.util.spec_from_file_location("chitieu_setup", ROOT / "setup.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_checkout_runs_its_source_never_a_compiled_copy() -> None:
    """A compiled module beside its source would be imported instead: edits would not take effect."""
    assert not core_is_compiled()
    assert not [p for p in (ROOT / "desktop").rglob("*") if p.name.endswith(tuple(EXTENSION_SUFFIXES))]


def test_only_modules_of_the_qt_free_core_are_compiled() -> None:
    for path in setup_script().COMPILED:
        assert (ROOT / path).exists(), path
        assert path.startswith("desktop/core/"), path


@pytest.mark.parametrize("command", ["editable_wheel", "develop", "egg_info", "dist_info", "sdist"])
def test_an_editable_install_or_metadata_is_never_compiled(
    command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["setup.py", command])
    assert setup_script().compiled_core() == []


def test_a_wheel_built_without_a_compiler_is_pure_python_and_says_why(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["setup.py", "bdist_wheel"])
    monkeypatch.setenv("CC", "no-such-compiler")
    assert setup_script().compiled_core() == []
    assert "building pure Python, without the compiled core: no C compiler (no-such-compiler" in (
        capsys.readouterr().err
    )
    monkeypatch.setenv("CC", "false")
    assert setup_script().compiled_core() == []
    assert "false cannot build against" in capsys.readouterr().err


def test_chitieu_pure_builds_a_pure_wheel_without_asking_for_a_compiler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "argv", ["setup.py", "bdist_wheel"])
    monkeypatch.setenv("CHITIEU_PURE", "1")
    script = setup_script()
    monkeypatch.setattr(script, "_compiler_problem", lambda: pytest.fail("asked for a compiler"))
    assert script.compiled_core() == []


def test_version_says_whether_the_core_is_compiled(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip().endswith("(compiled core: no)")


def test_every_package_of_desktop_is_listed_for_the_wheel() -> None:
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "desktop").rglob("__init__.py")}
    mapped = set(SETUPTOOLS["package-dir"])
    assert set(SETUPTOOLS["packages"]) == found | mapped


@pytest.mark.parametrize("package", ["desktop.resources", "desktop.seeds", "desktop.docs"])
def test_every_file_of_a_mapped_folder_is_shipped(package: str) -> None:
    folder = ROOT / SETUPTOOLS["package-dir"][package]
    patterns = SETUPTOOLS["package-data"][package]
    files = [
        p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".py"
    ]
    assert files
    for path in files:
        relative = path.relative_to(folder).as_posix()
        shipped = any(fnmatch.fnmatch(relative, pattern) for pattern in patterns)
        assert shipped != (path.relative_to(ROOT).as_posix() in NOT_SHIPPED), relative


def test_shipped_files_are_found_through_the_package() -> None:
    assert bundled.resource("taxonomy.toml").read_text(encoding="utf-8").startswith("#")
    assert sorted(p.name for p in bundled.seeds_folder().glob("*.txt")) == sorted(
        p.name for p in SEEDS.glob("*.txt")
    )
    assert bundled.document("data-dictionary.md").read_text(encoding="utf-8") == DICTIONARY.read_text(
        encoding="utf-8"
    )
    with pytest.raises(BrokenInstallation, match="is missing"):
        bundled.resource("no-such-file.json")


def test_a_missing_gazetteer_is_a_broken_installation_not_a_bad_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bundled, "RESOURCES", "desktop.not_installed")
    places.gazetteer.cache_clear()
    try:
        code = main(["import", str(next(SEEDS.glob("*.txt"))), "--db", str(tmp_path / "c.db")])
    finally:
        places.gazetteer.cache_clear()
    err = capsys.readouterr().err
    assert code == 3
    assert err.startswith(
        "chitieu: error: Chitieu is not installed correctly: the package desktop.not_installed"
    )
    assert "reinstall" in err and "could not be read" not in err
    assert not (tmp_path / "c.db").exists()


def documented() -> set[str]:
    return set(re.findall(r"`([^`\s]+)`", DICTIONARY.read_text(encoding="utf-8")))


def test_the_data_dictionary_describes_every_table_and_view_column(tmp_path: Path) -> None:
    Store(tmp_path / "c.db", backups=0).close()
    conn = sqlite3.connect(tmp_path / "c.db")
    objects = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'articles_fts_%'"
        )
    ]
    columns = {(name, c[1]) for name in objects for c in conn.execute(f'PRAGMA table_info("{name}")')}
    conn.close()
    words = documented()
    assert {name for name in objects if name not in words} == set()
    assert {f"{table}.{column}" for table, column in columns if column not in words} == set()


@pytest.mark.parametrize(
    "header",
    [HEADER, XLSX_HEADER, ARTICLE_HEADER, TIDY_HEADER],
    ids=["jsonl-csv", "xlsx-records", "xlsx-articles", "tidy"],
)
def test_the_data_dictionary_describes_every_export_column(header: tuple[str, ...]) -> None:
    assert [column for column in header if column not in documented()] == []
