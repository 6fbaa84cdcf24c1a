"""The files an import will read, found before any work starts.

Expanding folders up front lets the import refuse a mistyped path before it
writes anything, split the work between processes, and size the progress bar.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import InputError
from desktop.core.problems import problem
from desktop.core.readers import FORMATS, Skipped, folder_files


def expand_paths(paths: list[Path]) -> tuple[list[Path], list[Skipped]]:
    """Files named directly, plus the article files inside folders (recursively, sorted).

    A file named directly is read whatever its suffix, so that the user gets a
    message about it; a folder contributes only files with a known suffix, and
    hidden files (``.DS_Store``, editor back-ups) are skipped.  Links that lead
    out of a folder are not followed: they come back as :class:`Skipped`.
    """
    if not paths:
        raise InputError(
            "No path given. Name the article files or folders to import, e.g. `chitieu import seeds/`."
        )
    files: list[Path] = []
    skipped: list[Skipped] = []
    for path in paths:
        if path.is_dir():
            inside, links = folder_files(path)
            found = [p for p in inside if p.suffix.lower() in FORMATS]
            if not found:
                raise problem("folder_without_articles", path=path, formats=", ".join(FORMATS))
            files.extend(found)
            skipped.extend(links)
        elif path.is_file():
            files.append(path)
        else:
            raise problem("import_path_missing", path=path)
    return files, skipped


def estimate_articles(files: list[Path]) -> int:
    """How many articles the files hold: one per file, one per non-empty line of a .jsonl file."""
    total = 0
    for path in files:
        total += _count_lines(path) if path.suffix.lower() == ".jsonl" else 1
    return total


def _count_lines(path: Path) -> int:
    count, last = 0, b"\n"
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")
