"""Files and folders → cleaned :class:`Article` objects, one problem report per bad input.

A folder import must not stop at the first bad file: ``read_path`` yields an
:class:`Article` for each article read and a :class:`Problem` for each file
(or JSON Lines line) that could not be read, saying what to do about it.
Only a path that does not exist at all raises :class:`InputError`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.clean import clean_text
from desktop.core.decode import decode_bytes
from desktop.core.errors import InputError
from desktop.core.metadata import content_hash, normalise_date, published_date, title_of, web_title
from desktop.core.places import article_locality
from desktop.core.records import Article
from desktop.core.webpage import read_page

#: Larger files are not articles (a 20 MB text still reads in a few seconds).
MAX_BYTES = 50 * 1024 * 1024
FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
_SETEXT_TITLE = re.compile(r"\A\s*(.+?)[ \t]*\r?\n=+[ \t]*$", re.MULTILINE)
_HEADER_URL = re.compile(r"(?m)^#\s*url\s*=\s*(\S+)\s*$")


@dataclass(frozen=True)
class Problem:
    """An input that was not imported: ``source`` is the file (and line), ``message`` says why and what to do."""

    source: str
    message: str


def read_path(path: Path) -> Iterator[Article | Problem]:
    """Articles from a file or, recursively, a folder (hidden files and folders are left alone)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path} does not exist. Check the spelling of the path, or choose the file or folder again.")
    if path.is_file():
        yield from _read_reporting(path)
        return
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        if not any(part.startswith(".") for part in file.relative_to(path).parts):
            yield from _read_reporting(file)


def _read_reporting(path: Path) -> Iterator[Article | Problem]:
    try:
        yield from read_file(path)
    except InputError as error:
        yield Problem(str(path), str(error))
    except OSError as error:
        yield Problem(str(path), f"{path} could not be read ({error.strerror}). Check that it is readable.")


def read_file(path: Path) -> Iterator[Article | Problem]:
    """The articles of one file (a .jsonl file holds many; its bad lines come out as Problems).

    Raises :class:`InputError` when the whole file cannot be read.
    """
    path = Path(path)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise InputError(
            f"{path} was skipped: '{path.suffix or 'no extension'}' is not an article format. "
            "Articles are read from .txt, .md, .html/.htm and .jsonl files."
        )
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(
            f"{path} is {size / 2**20:.0f} MB, more than the {MAX_BYTES // 2**20} MB an article file may be. "
            "Split it into one file per article, or into a .jsonl file with one article per line."
        )
    decoded = decode_bytes(path.read_bytes(), str(path))
    extra = {"encoding": decoded.encoding, "warnings": list(decoded.warnings)} if decoded.warnings else {}
    if kind == "jsonl":
        yield from _read_jsonl(path, decoded.text)
    elif kind == "html":
        yield _html_article(path, decoded.text, extra)
    else:
        yield _text_article(path, decoded.text, kind, extra)


def _text_article(path: Path, raw: str, kind: str, extra: dict[str, Any]) -> Article:
    clean = _nonempty(clean_text(raw), str(path))
    setext = _SETEXT_TITLE.match(raw) if kind == "md" else None
    title = clean_text(setext.group(1)) if setext else title_of(clean)
    url = _HEADER_URL.search(raw)
    return make_article(
        path.stem, raw, clean, kind, str(path), title=title, url=url.group(1) if url else None,
        published=published_date(raw), extra=extra,
    )


def _html_article(path: Path, raw: str, extra: dict[str, Any]) -> Article:
    page = read_page(raw)
    clean = _nonempty(clean_text(page.text), str(path))
    return make_article(
        path.stem, raw, clean, "html", str(path), title=web_title(page.title, clean), url=page.url,
        published=published_date(page.text) or page.published, extra=extra,
    )


def _nonempty(clean: str, source: str) -> str:
    if not clean:
        raise InputError(f"{source} has no article text (only page furniture was found). Check it is an article.")
    return clean


def make_article(
    doc: str, raw: str, clean: str, kind: str, source: str, *, title: str | None = None, url: str | None = None,
    published: str | None = None, extra: dict[str, Any] | None = None,
) -> Article:
    """An Article with the derived fields filled in: locality from title and text, content hash."""
    return Article(
        doc=doc, text=clean, raw_text=raw, source=source, format=kind, title=title, url=url, published=published,
        locality=article_locality(title, clean), content_hash=content_hash(clean), extra=extra or {},
    )


def _read_jsonl(path: Path, text: str) -> Iterator[Article | Problem]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            yield _jsonl_article(path, number, line)
        except InputError as error:
            yield Problem(source, f"{path.name} line {number}: {error}")


def _jsonl_article(path: Path, number: int, line: str) -> Article:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON ({error.msg}, column {error.colno}). Fix or delete the line.") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not data["text"].strip():
        raise InputError('has no "text". Each line must be a JSON object with the article text in "text".')
    raw = data["text"]
    clean = clean_text(raw)
    if not clean:
        raise InputError('"text" holds no article text after cleaning. Check the line.')
    doc = str(data["id"]) if data.get("id") not in (None, "") else f"{path.stem}-{number}"
    title = data.get("title") if isinstance(data.get("title"), str) else None
    published = normalise_date(str(data["published"])) if data.get("published") else published_date(raw)
    url = data.get("url") if isinstance(data.get("url"), str) else None
    return make_article(doc, raw, clean, "jsonl", f"{path}:{number}", title=title or title_of(clean), url=url,
                        published=published)
