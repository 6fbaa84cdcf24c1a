"""Make a benchmark's child process read one checkout's shipped files, not the editable install's.

``PYTHONPATH=TREE`` gives a child process TREE's ``desktop`` package, but the
editable install maps ``desktop.resources``, ``desktop.seeds`` and
``desktop.docs`` to the folders of the checkout it was installed from (TREE's
``desktop/`` has no such subfolders), so a taxonomy or gazetteer changed in
TREE would go unmeasured.  With this folder on ``PYTHONPATH`` and
``CHITIEU_TREE=TREE`` (``benchmarks.trees.tree_env`` sets both), Python imports
this module at start-up and those three packages come from TREE's
``resources/``, ``seeds/`` and ``docs/`` when TREE has them (an unpacked wheel
keeps them inside its ``desktop/`` instead, where they are found anyway).
"""

from __future__ import annotations

import os
import sys
from importlib.machinery import ModuleSpec
from importlib.util import spec_from_file_location
from pathlib import Path

_FOLDERS = {"desktop.resources": "resources", "desktop.seeds": "seeds", "desktop.docs": "docs"}


class _TreeFiles:
    """A finder for the shipped-file packages, ahead of the editable install's."""

    @staticmethod
    def find_spec(name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        tree, folder = os.environ.get("CHITIEU_TREE"), _FOLDERS.get(name)
        if tree is None or folder is None:
            return None
        init = Path(tree, folder, "__init__.py")
        if not init.exists():
            return None
        return spec_from_file_location(name, init, submodule_search_locations=[str(init.parent)])


sys.meta_path.insert(0, _TreeFiles)  # type: ignore[arg-type]
