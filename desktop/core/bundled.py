"""The files Chitieu ships with: taxonomy, gazetteer, translations, style, icons, seeds, documents.

In the repository they sit at the top level (``resources/``, ``seeds/``,
``docs/``); ``pyproject.toml`` maps those folders into the package as
``desktop.resources``, ``desktop.seeds`` and ``desktop.docs``, so that a
wheel, an editable install and the one-folder build all find them the same
way, through :mod:`importlib.resources`, wherever the package was installed.

A shipped file that is missing is the installation's fault, never the
user's: it raises :class:`~desktop.core.errors.BrokenInstallation`, which the
command line and the window report as such, instead of an ``OSError`` that
would be blamed on whatever file the user was importing at the time.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from desktop.core.errors import BrokenInstallation

#: The packages that hold shipped files, by what they hold.
RESOURCES = "desktop.resources"
SEEDS = "desktop.seeds"
DOCS = "desktop.docs"


def resource(*parts: str) -> Path:
    """A shipped file or folder under ``resources/``, e.g. ``resource("taxonomy.toml")``."""
    return _find(RESOURCES, parts)


def seeds_folder() -> Path:
    """The folder of the bundled demo articles (imported on the first run of the window)."""
    return _find(SEEDS, ())


def document(name: str) -> Path:
    """A shipped document of ``docs/``, e.g. ``document("data-dictionary.md")``."""
    return _find(DOCS, (name,))


def _find(package: str, parts: tuple[str, ...]) -> Path:
    try:
        root = resources.files(package)
    except ModuleNotFoundError as exc:
        raise BrokenInstallation(f"the package {package} is missing") from exc
    if not isinstance(root, Path):  # a zipped install: Qt and tomllib need real files
        raise BrokenInstallation(f"{package} is not a folder on disk ({root})")
    path = root.joinpath(*parts)
    if not path.exists():
        raise BrokenInstallation(f"{path} is missing")
    return path
