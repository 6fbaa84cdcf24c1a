"""Files and folders → cleaned :class:`Article` objects, one problem report per bad input.

A folder import must not stop at the first bad file: ``read_path`` yields an
:class:`Article` for each article read and a :class:`Problem` for each file
(or JSON Lines line) that could not be read, saying what to do about it.
Only a path that does not exist at all raises :class:`InputError`.  What was
read but changed on the way (bytes the decoder replaced, a file name that
is not UTF-8) travels with the article as ``extra["warnings"]``.

A folder's links are followed only where they stay inside it: a link to
``/etc/passwd`` dropped into a folder of articles is :class:`Skipped`, and
said so.  A JSON Lines file is streamed a line at a time and split only at
``\n`` (``str.splitlines`` would also split at U+2028, U+0085 or U+001C,
which ``json.dumps(ensure_ascii=False)`` writes raw inside strings), so it
may be any size; :func:`jsonl_chunks` cuts it into pieces for the workers.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Self

from desktop.core.clean import clean_line, clean_text
from desktop.core.decode import decode_bytes
from desktop.core.errors import InputError
from desktop.core.metadata import content_hash, normalise_date, published_date, title_of, url_date, web_title
from desktop.core.places import LEAD_CHARS, article_locality
from desktop.core.problems import MARK, english, problem
from desktop.core.records import Article
from desktop.core.url_place import with_url_place
from desktop.core.webpage import read_page

#: Larger files are not articles (a 20 MB text still reads in a few seconds); one JSON Lines line neither.
MAX_BYTES = 50 * 1024 * 1024
FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
#: A piece of a JSON Lines file for one worker: this many lines, or this many bytes, whichever comes first.
CHUNK_LINES = 64
CHUNK_BYTES = 8 * 1024 * 1024
#: Fields every record of a Chitieu export has and no article does.
#: Fields of a JSON Lines record that may hold the publication date, in order of trust: crawlers name it
#: differently (schema.org ``datePublished``, Open Graph ``published_time``, plain ``date``).
PUBLISHED_FIELDS = (
    "published",
    "published_at",
    "published_time",
    "datePublished",
    "publish_date",
    "pubdate",
    "date",
)
EXPORT_FIELDS = frozenset({"indicator", "value", "base_value", "start", "end"})
_SETEXT_TITLE = re.compile(r"\A\s*(.+?)[ \t]*\r?\n=+[ \t]*$", re.MULTILINE)
_HEADER_URL = re.compile(r"(?m)^#\s*url\s*=\s*(\S+)\s*$")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: A whole web page saved under another name (``.txt``) or as a JSON Lines ``text``: it is read as a page,
#: so that its menus, scripts and footers go the way an ``.html`` file's do.
_HTML_PAGE = re.compile(r"(?i)\A\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!doctype html|<html[\s>])")
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True)
class Problem:
    """An input that was not imported: ``source`` is the file (and line), ``message`` says why and what to do.

    Both are shown to the user, so the lone surrogates an undecodable file
    name brings (Python's ``surrogateescape``) are replaced: a terminal, a Qt
    label or SQLite would each choke on them.
    """

    source: str
    message: str
    #: The problem's kind and parameters (see desktop.core.problems); none for a bug's message.
    kind: str = ""
    params: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def of(cls, source: str, error: InputError) -> Self:
        """``error``, as the problem of ``source``."""
        return cls(source, str(error), error.kind, error.params)

    def __post_init__(self) -> None:
        object.__setattr__(self, "source", readable(self.source))
        object.__setattr__(self, "message", readable(self.message))


class Skipped(Problem):
    """An input left alone on purpose (a link out of the folder): said, but not an error."""


@dataclass(frozen=True)
class Chunk:
    """Lines ``first_line``... of a JSON Lines file, bytes ``start`` to ``end`` (None: to the end)."""

    path: str
    start: int = 0
    end: int | None = None
    first_line: int = 1


def readable(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD (a file name's undecodable bytes become visible)."""
    return _SURROGATE.sub("\ufffd", text)


def read_path(path: Path) -> Iterator[Article | Problem]:
    """Articles from a file or, recursively, a folder (hidden files and folders are left alone)."""
    path = Path(path)
    if not path.exists():
        raise problem("path_missing", path=path)
    if path.is_file():
        yield from _read_reporting(path)
        return
    files, skipped = folder_files(path)
    yield from skipped
    for file in files:
        yield from _read_reporting(file)


def folder_files(root: Path) -> tuple[list[Path], list[Skipped]]:
    """The files in ``root`` and below, sorted, and the links that lead out of it (not followed).

    Hidden files and folders are left alone.  A link that stays inside the
    folder is fine: a file is read through it, a folder through its real path.
    """
    real_root = root.resolve()
    files: list[Path] = []
    skipped: list[Skipped] = []
    for folder, subfolders, names in os.walk(root):
        here = Path(folder)
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in subfolders:
            if (here / name).is_symlink() and not _inside(here / name, real_root):
                skipped.append(_outside(here / name, "folder"))
        for name in names:
            path = here / name
            if name.startswith("."):
                continue
            if path.is_symlink() and not _inside(path, real_root):
                skipped.append(_outside(path, "file"))
            elif path.is_file():
                files.append(path)
    return sorted(files), skipped


def _inside(path: Path, real_root: Path) -> bool:
    return Path(os.path.realpath(path)).is_relative_to(real_root)


def _outside(link: Path, what: str) -> Skipped:
    return Skipped.of(str(link), problem("link_outside", path=link, what=what, target=os.path.realpath(link)))


def _read_reporting(path: Path) -> Iterator[Article | Problem]:
    try:
        yield from read_file(path)
    except InputError as error:
        yield Problem.of(str(path), error)
    except OSError as error:
        yield Problem.of(str(path), problem("file_unreadable", path=path, reason=error.strerror))


def read_chunk(chunk: Chunk) -> Iterator[Article | Problem]:
    """The articles of one piece of a JSON Lines file, problems reported as for a whole file."""
    path = Path(chunk.path)
    try:
        yield from read_jsonl(path, chunk.start, chunk.end, chunk.first_line)
    except InputError as error:
        yield Problem.of(str(path), error)
    except OSError as error:
        yield Problem.of(str(path), problem("file_unreadable", path=path, reason=error.strerror))


def read_file(path: Path) -> Iterator[Article | Problem]:
    """The articles of one file (a .jsonl file holds many; its bad lines come out as Problems).

    Raises :class:`InputError` when the whole file cannot be read.
    """
    path = Path(path)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise problem("not_article_format", path=path, extension=path.suffix or "no extension")
    if kind == "jsonl":
        yield from read_jsonl(path)
        return
    _refuse_oversized(path)
    decoded = decode_bytes(path.read_bytes(), str(path))
    warnings = [*decoded.warnings, *_name_warnings(path)]
    extra = {"encoding": decoded.encoding, "warnings": warnings} if warnings else {}
    if kind == "html" or _HTML_PAGE.match(decoded.text):
        yield _html_article(path, decoded.text, extra)
    else:
        yield _text_article(path, decoded.text, kind, extra)


def _refuse_oversized(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise problem("file_too_big", path=path, size=f"{size / 2**20:.0f}", limit=MAX_BYTES // 2**20)


def _name_warnings(path: Path) -> list[str]:
    if readable(path.name) == path.name:
        return []
    return [english("name_not_utf8", name=repr(readable(path.stem)))]


def _text_article(path: Path, raw: str, kind: str, extra: dict[str, Any]) -> Article:
    clean = _nonempty(clean_text(raw), readable(str(path)))
    setext = _SETEXT_TITLE.match(raw) if kind == "md" else None
    title = clean_text(setext.group(1)) if setext else title_of(clean)
    url = _HEADER_URL.search(raw) if "#" in raw else None  # the line's mark, found in C: most texts have none
    return make_article(
        readable(path.stem),
        raw,
        clean,
        kind,
        readable(str(path)),
        title=title,
        url=url.group(1) if url else None,
        published=published_date(raw),
        extra=extra,
    )


def _html_article(path: Path, raw: str, extra: dict[str, Any]) -> Article:
    page = read_page(raw)
    clean = _nonempty(clean_text(page.text, markup=False), readable(str(path)))
    return make_article(
        readable(path.stem),
        raw,
        clean,
        "html",
        readable(str(path)),
        title=web_title(page.title, clean),
        url=page.url,
        published=published_date(page.text) or page.published,
        extra=extra,
    )


def _nonempty(clean: str, source: str) -> str:
    if not clean:
        raise problem("no_article_text", path=source)
    return clean


def make_article(
    doc: str,
    raw: str,
    clean: str,
    kind: str,
    source: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    extra: dict[str, Any] | None = None,
) -> Article:
    """An Article with the derived fields filled in: locality from title and text, content hash."""
    return Article(
        doc=doc,
        text=clean,
        raw_text=raw,
        source=source,
        format=kind,
        title=title,
        url=url,
        published=published or url_date(url),
        locality=with_url_place(
            article_locality(title, clean), url, f"{title or ''}\n{clean[:LEAD_CHARS]}", untitled=not title
        ),
        content_hash=content_hash(clean),
        extra=extra or {},
    )


# ---- JSON Lines ---------------------------------------------------------------------


def jsonl_chunks(path: Path) -> Iterator[Chunk]:
    """Cut a JSON Lines file at line ends into pieces of :data:`CHUNK_LINES` lines (or :data:`CHUNK_BYTES`).

    A file in UTF-16 or UTF-32 cannot be cut at a byte, and an export is one
    problem, not one per piece: they stay whole.
    """
    with path.open("rb") as fh:
        if _wide(fh) or _is_export(_first_json(fh)):
            yield Chunk(str(path))
            return
        start = position = 0
        first = number = 1
        for line in fh:
            position += len(line)
            number += 1
            if number - first >= CHUNK_LINES or position - start >= CHUNK_BYTES:
                yield Chunk(str(path), start, position, first)
                start, first = position, number
        if position > start:
            yield Chunk(str(path), start, None, first)


def read_jsonl(
    path: Path, start: int = 0, end: int | None = None, first_line: int = 1
) -> Iterator[Article | Problem]:
    """The articles of a JSON Lines file (or of bytes ``start`` to ``end``), a line at a time.

    Bad lines come out as Problems.  A file whose first line is a record
    exported by Chitieu is one Problem (:func:`jsonl_chunks` keeps it whole).
    """
    with path.open("rb") as fh:
        if _wide(fh):
            yield from _read_wide_jsonl(path) if start == 0 else ()
            return
        if start == 0 and _is_export(_first_json(fh)):
            yield Problem.of(str(path), problem("export_file", path=path))
            return
        fh.seek(start)
        number = first_line
        while end is None or fh.tell() < end:
            raw = fh.readline(MAX_BYTES + 1)
            if not raw:
                break
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
                _skip_line(fh)
                yield Problem.of(
                    f"{path}:{number}",
                    problem("line_too_long", name=path.name, number=number, limit=MAX_BYTES // 2**20),
                )
            elif raw.strip():
                yield read_jsonl_line(path, number, raw)
            number += 1


def _wide(fh: IO[bytes]) -> bool:
    """True for UTF-16/UTF-32 (a BOM, or NUL bytes among the first ones); leaves ``fh`` at the start."""
    head = fh.read(4096)
    fh.seek(0)
    return head.startswith(_WIDE_BOMS) or b"\x00" in head


def _first_json(fh: IO[bytes]) -> Any:
    """The first non-empty line's JSON (None if it is not JSON); leaves ``fh`` at the start."""
    try:
        for raw in fh:
            if raw.strip():
                return json.loads(raw.removeprefix(codecs.BOM_UTF8), strict=False)
        return None
    except (ValueError, RecursionError):
        return None
    finally:
        fh.seek(0)


def _is_export(data: Any) -> bool:
    return isinstance(data, dict) and data.keys() >= EXPORT_FIELDS


def _skip_line(fh: IO[bytes]) -> None:
    while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
        pass


def _read_wide_jsonl(path: Path) -> Iterator[Article | Problem]:
    """A JSON Lines file in UTF-16 or UTF-32: decoded whole (so at most :data:`MAX_BYTES`)."""
    _refuse_oversized(path)
    decoded = decode_bytes(path.read_bytes(), str(path))
    for number, line in enumerate(decoded.text.split("\n"), start=1):
        if line.strip():
            yield _jsonl_text(path, number, line, list(decoded.warnings))


def read_jsonl_line(path: Path, number: int, raw: bytes) -> Article | Problem:
    """Line ``number`` of the JSON Lines file ``path`` as an article, from its bytes.

    UTF-8, or whatever :func:`decode_bytes` makes of them, with its warnings.
    ``path`` only names the article (its stem and the line number make the
    doc of a line without ``"id"``) and its source: nothing is read from it.
    """
    try:
        return _jsonl_text(path, number, raw.decode("utf-8"), [])
    except UnicodeDecodeError:
        pass
    try:
        decoded = decode_bytes(raw, f"{path.name} line {number}")
    except InputError as error:
        return Problem.of(f"{path}:{number}", error)
    return _jsonl_text(path, number, decoded.text, list(decoded.warnings))


def _jsonl_text(path: Path, number: int, line: str, warnings: list[str]) -> Article | Problem:
    try:
        return _jsonl_article(path, number, line, warnings)
    except InputError as error:
        return Problem.of(
            f"{path}:{number}", problem("line_problem", name=path.name, number=number, problem=error)
        )


def _jsonl_article(path: Path, number: int, line: str, warnings: list[str]) -> Article:
    try:
        data = json.loads(line, strict=False)  # strict would refuse control characters inside strings
    except json.JSONDecodeError as error:
        raise problem("line_not_json", detail=error.msg, column=error.colno) from None
    except RecursionError:
        raise problem("line_too_deep") from None
    if _is_export(data):
        raise problem("line_is_export")
    if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not data["text"].strip():
        raise problem("line_no_text")
    fields, surrogates = _without_surrogates(data)
    if surrogates:
        warnings = [
            *warnings,
            english("surrogates_replaced", count=surrogates, example="\\ud800", mark=MARK),
        ]
    raw = fields["text"]
    page = read_page(raw) if _HTML_PAGE.match(raw) else None
    clean = clean_text(page.text, markup=False) if page else clean_text(raw)
    if not clean:
        raise problem("line_text_empty")
    doc = str(fields["id"]) if fields.get("id") not in (None, "") else f"{readable(path.stem)}-{number}"
    title = clean_line(fields["title"]) if isinstance(fields.get("title"), str) else None
    stated = next((fields[name] for name in PUBLISHED_FIELDS if fields.get(name)), None)
    published = normalise_date(str(stated)) if stated else published_date(page.text if page else raw)
    if page:
        title = title or (clean_line(page.title) if page.title else None)
        published = published or page.published
    url = fields.get("url") if isinstance(fields.get("url"), str) else None
    if page and not url:
        url = page.url  # a crawler that kept the whole page kept its address in it
    return make_article(
        doc,
        raw,
        clean,
        "jsonl",
        f"{readable(str(path))}:{number}",
        title=title or title_of(clean),
        url=url,
        published=published,
        extra={"warnings": warnings} if warnings else {},
    )


def _without_surrogates(data: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """The fields an article uses, lone surrogates (``"\\ud800"`` in JSON) replaced; and how many there were.

    Python reads them without complaint, but they are not characters: no
    UTF-8 encoder (SQLite's, a terminal's) accepts them.
    """
    fields: dict[str, Any] = {}
    count = 0
    for name in ("text", "title", "url", "id", *PUBLISHED_FIELDS):
        value = data.get(name)
        if isinstance(value, str):
            count += len(_SURROGATE.findall(value))
            value = readable(value)
        fields[name] = value
    return fields, count
