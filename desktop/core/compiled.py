"""Whether this installation runs the core from its mypyc-compiled modules (see ``setup.py``).

A wheel built where a C compiler works carries the extraction compiled beside
its source; the editable install of ``make test``, a wheel built without a
compiler and anything run from a checkout carry only the source.  Both give
identical records; ``chitieu --version`` says which one runs, so that a speed
figure or a bug report can say it too.
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES

from desktop.core.extract import pipeline


def core_is_compiled() -> bool:
    """True when the extraction pipeline was imported from a C extension rather than from Python."""
    return (pipeline.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))
