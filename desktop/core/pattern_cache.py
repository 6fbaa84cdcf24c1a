"""Regular expressions compiled once per installation rather than once per command (issue 15).

The rules compile about 640 patterns when their modules load: a quarter to a
third of a second of CPU at every ``chitieu import``, whatever its size, and
the same work every time.  Python's ``re`` parses a pattern and turns it into
a list of opcodes (pure Python, the slow part), then hands that list to its C
engine (``_sre.compile``, fast).  This module keeps those lists in a file and,
while it is installed, gives the engine a pattern's list from the file instead
of parsing the pattern again.

The file holds what ``re`` itself computed, with the same steps, under this very
interpreter: it records the full Python version and the engine's ``MAGIC`` and
``CODESIZE`` (another interpreter ignores it), and a pattern is found only by
its exact text, type and flags.  A pattern made from it compares equal (``==``:
same text, flags and opcodes) to the one ``re`` makes;
``tests/test_pattern_cache.py`` checks it for every pattern an import compiles,
under the Python that runs the suite.  The file is trusted as Python trusts
its ``__pycache__``; one that cannot be read is ignored and written again, an
entry the engine refuses is compiled afresh, and a Python outside 3.11-3.13
(whose ``re`` internals this module does not know) leaves ``re`` alone.
"""

from __future__ import annotations

import importlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def _internal(name: str) -> Any:
    """One of ``re``'s private modules, or None where this Python has none of that name."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


#: ``re``'s private modules, untyped: the engine, its compiler and its parser.
_sre: Any = _internal("_sre")
_compiler: Any = _internal("re._compiler")
_parser: Any = _internal("re._parser")

#: The environment variable naming the cache file; empty to compile every pattern every time.
ENV = "CHITIEU_PATTERN_CACHE"

#: (pattern type, pattern, flags) -> the arguments of ``_sre.compile`` after the pattern.
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str, str | bytes, int]


def default_path() -> Path | None:
    """Where the cache lives: ``CHITIEU_PATTERN_CACHE``, else the user's cache folder; None when off."""
    named = os.environ.get(ENV)
    if named is not None:
        return Path(named) if named else None
    import platformdirs

    folder = platformdirs.user_cache_path("chitieu", appauthor=False)
    return folder / f"patterns-{_version_tag()}.marshal"


def _version_tag() -> str:
    return f"{sys.implementation.name}{sys.version_info[0]}.{sys.version_info[1]}"


def _identity() -> tuple[str, int, int]:
    """What the opcodes depend on: the interpreter's full version and its regex engine's."""
    return (sys.version, _sre.MAGIC, _sre.CODESIZE)


def supported() -> bool:
    """True when ``re``'s internals are the ones this module reads (Python 3.11 to 3.13)."""
    return (
        None not in (_sre, _compiler, _parser)
        and (3, 11) <= sys.version_info[:2] <= (3, 13)
        and all(hasattr(_compiler, name) for name in ("compile", "_code", "isstring"))
        and hasattr(_parser, "parse")
        and hasattr(_sre, "compile")
    )


class PatternCache:
    """The opcodes of patterns, loaded from a file and kept for the next command."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[Key, Entry] = _load(path)
        self.used: set[Key] = set()
        self.added = 0

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern:
        """``re._compiler.compile``, from the file when it holds the pattern."""
        if not isinstance(pattern, str | bytes) or flags & re.DEBUG:
            return _ORIGINAL(pattern, flags)
        flags = int(flags)  # re passes plain ints; a RegexFlag would not marshal
        key: Key = (type(pattern).__name__, pattern, flags)
        self.used.add(key)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                return _sre.compile(pattern, *entry)
            except (TypeError, ValueError, RuntimeError):  # an entry the file garbled: compile afresh
                pass
        entry = self.entries[key] = _opcodes(pattern, flags)
        self.added += 1
        return _sre.compile(pattern, *entry)

    def save(self) -> None:
        """Write the patterns this command used, when some were new, and those of the file it did not use
        while they are fewer than the used ones (``extract`` loads fewer modules than ``import``: neither
        drops the other's; a pattern built from a set, new at every start, does not pile up without end).
        Never fails the command."""
        if not self.added:
            return
        kept = {key: self.entries[key] for key in self.used}
        unused = {key: entry for key, entry in self.entries.items() if key not in kept}
        if len(unused) <= len(kept):
            kept.update(unused)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
        except OSError:
            return
        try:
            with os.fdopen(handle, "wb") as out:
                marshal.dump((_identity(), kept), out)
            os.replace(temporary, self.path)
        except (OSError, ValueError):
            Path(temporary).unlink(missing_ok=True)


def _opcodes(pattern: str | bytes, flags: int) -> Entry:
    """What ``re._compiler.compile`` computes before calling the engine (the same steps)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # The opcodes are named int constants, which marshal does not write: the engine reads plain ints.
    return (
        int(flags | parsed.state.flags),
        [int(op) for op in code],
        parsed.state.groups - 1,
        dict(groupindex),
        tuple(indexgroup),
    )


def _load(path: Path) -> dict[Key, Entry]:
    try:
        with path.open("rb") as stream:
            identity, entries = marshal.load(stream)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if identity != _identity() or not isinstance(entries, dict):
        return {}
    return entries


#: ``re._compiler.compile`` as Python defines it, put back at the end of :func:`patterns_cached`.
_ORIGINAL: Any = _compiler.compile if _compiler is not None else None


@contextmanager
def patterns_cached(path: Path | None = None) -> Iterator[PatternCache | None]:
    """Inside the block, ``re`` compiles through the cache at ``path`` (default :func:`default_path`);
    the patterns it used are saved at the end.  Yields None, and changes nothing, when the cache is
    off or this interpreter's ``re`` is not one it knows."""
    path = path or default_path()
    if path is None or not supported():
        yield None
        return
    cache = PatternCache(path)
    _compiler.compile = cache.compile
    try:
        yield cache
    finally:
        _compiler.compile = _ORIGINAL
        cache.save()
