"""The one build step ``pyproject.toml`` cannot say: the Qt-free core compiled with mypyc.

A wheel (``pip install .``, ``pip wheel .``, ``make dist``) carries the modules
of :data:`COMPILED` twice: as C extensions that mypyc made from them (about
1.5 times faster extraction, see README "Performance") and as the Python
source, which Python imports only when no extension sits beside it.  The
extensions are built only where they can be: a C compiler and Python's
headers must work (a trial compile says so); without them, or with
``CHITIEU_PURE=1``, the wheel is pure Python and behaves identically
(``scripts/check_install.sh`` compares every record of the two).

The editable install of ``make test`` and ``make run`` is never compiled: an
extension beside a module would be imported instead of it, and a developer's
edits would silently not take effect.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from setuptools import Extension, setup

#: What is compiled, chosen by profile (README "Performance"): the extraction and what it calls per
#: figure (numbers, places, cleaning), and the checks every imported record goes through (issue 13).
#: Not compiled: records.py, whose classes every layer shares, pickles and edits (about 1% of the
#: time), and the modules that wrap third-party libraries.
COMPILED = [
    "desktop/core/extract",
    "desktop/core/checks",
    "desktop/core/check_rules.py",
    "desktop/core/clean.py",
    "desktop/core/memo.py",
    "desktop/core/metadata.py",
    "desktop/core/numbers.py",
    "desktop/core/places.py",
    "desktop/core/scan.py",
    "desktop/core/taxonomy.py",
]
#: The setup.py commands that build binaries; metadata (egg_info, dist_info), sdist and the
#: editable install (editable_wheel, develop) are never compiled.
BUILDS_BINARIES = {"bdist_wheel", "build", "build_ext", "install"}


def compiled_core() -> list[Extension]:
    """The extensions of :data:`COMPILED`, or none when this build should be pure Python."""
    if os.environ.get("CHITIEU_PURE") or not BUILDS_BINARIES & set(sys.argv[1:]):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return _pure("mypyc (from the mypy package) is not installed")
    problem = _compiler_problem()
    if problem:
        return _pure(problem)
    # The options the rest of pyproject.toml's [tool.mypy] names (the GUI's) are not used here.
    return mypycify(["--no-warn-unused-configs", *COMPILED], opt_level="3")


def _compiler_problem() -> str | None:
    """Why a C extension cannot be built here (no compiler, no Python headers), or None."""
    compiler = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc")
    include = sysconfig.get_path("include")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "probe.c")
        source.write_text("#include <Python.h>\nint probe(void) { return 0; }\n")
        try:
            result = subprocess.run(
                [*compiler, f"-I{include}", "-c", str(source), "-o", str(source.with_suffix(".o"))],
                capture_output=True,
                text=True,
            )
        except OSError as error:
            return f"no C compiler ({compiler[0]}: {error.strerror})"
    if result.returncode:
        return f"{compiler[0]} cannot build against {include}/Python.h {result.stderr.strip()[:300]}".strip()
    return None


def _pure(reason: str) -> list[Extension]:
    print(f"chitieu: building pure Python, without the compiled core: {reason}", file=sys.stderr)
    return []


if __name__ == "__main__":  # as setuptools and pip run it; the tests import it
    setup(ext_modules=compiled_core())
