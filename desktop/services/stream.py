"""Extraction as a pure function of a stream: articles as JSON Lines in, records as JSON Lines out.

For corpora that do not fit one machine's patience (``chitieu extract-jsonl``).
There is no database, no clock and no state carried from one line to the
next: each input line gives the same output lines wherever and whenever it
runs, so the input can be cut at line ends, the pieces run on any number of
machines (GNU parallel, Dask, Spark), and their outputs concatenated in
input order are the output of the whole.  Reading, cleaning and extraction
are import's own (:func:`read_jsonl_line`, :func:`extract_article`): a line
gives the records ``chitieu import`` would store for it.

An input line is an article as ``chitieu import`` reads one from a .jsonl
file: ``{"id": ..., "text": ..., "title": ..., "url": ..., "published": ...}``,
only ``text`` required.  An output line is one record in the exchange format
of ANNOTATION.md, with ``doc`` (the article's ``id``), the extractor's rule,
confidence and version, and the span ``text`` the figure was read from.  A
line without ``id`` is named ``NAME-LINE`` as import names it (``NAME`` the
file's stem there, ``--name`` here), which depends on where the input was
cut: give articles an ``id`` when the pieces run apart.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from desktop.core.extract import EXTRACTOR_VERSION
from desktop.core.problems import problem
from desktop.core.readers import MAX_BYTES, Problem, read_jsonl_line
from desktop.core.records import Article
from desktop.services.ingest import extract_article


@dataclass(frozen=True)
class ArticleRecords:
    """What one input line gave: its article's doc, the output lines, and warnings for the user."""

    doc: str
    lines: list[str]
    warnings: tuple[str, ...] = ()


def extract_lines(lines: Iterable[bytes | str], name: str = "stdin") -> Iterator[ArticleRecords | Problem]:
    """For each non-empty line of ``lines``: its records, or the Problem that kept it out.

    ``name`` names the input in messages and the articles without ``id``
    (``NAME-LINE``, line numbers counted from 1 in ``lines``).
    """
    path = Path(name)
    for number, raw in enumerate(lines, start=1):
        yield from _line(path, number, raw)


def extract_stream(fh: IO[bytes], name: str = "stdin") -> Iterator[ArticleRecords | Problem]:
    """:func:`extract_lines` over a binary stream, read a line at a time; a line too long is a Problem."""
    path = Path(name)
    for number, raw in enumerate(_lines(fh), start=1):
        if raw is None:
            yield Problem.of(
                f"{name}:{number}",
                problem("line_too_long", name=name, number=number, limit=MAX_BYTES // 2**20),
            )
        else:
            yield from _line(path, number, raw)


def _lines(fh: IO[bytes]) -> Iterator[bytes | None]:
    """The stream's lines; None for a line longer than :data:`MAX_BYTES`, which is skipped unread."""
    while raw := fh.readline(MAX_BYTES + 1):
        if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield raw


def _line(path: Path, number: int, raw: bytes | str) -> Iterator[ArticleRecords | Problem]:
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    if number == 1:
        data = data.removeprefix(codecs.BOM_UTF8)
    if data.strip():
        article = read_jsonl_line(path, number, data)
        yield article if isinstance(article, Problem) else _records(article)


def _records(article: Article) -> ArticleRecords | Problem:
    extraction = extract_article(article)
    if isinstance(extraction, Problem):
        return extraction
    lines = [
        json.dumps(
            {
                "doc": article.doc,
                **record.to_dict(),
                "extractor_version": EXTRACTOR_VERSION,
                "text": article.text[record.start : record.end],
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
        + "\n"
        for record in extraction.records
    ]
    warnings = tuple(article.extra.get("warnings", ()))
    if extraction.truncated:
        warnings += ("too many figures, only the first records were kept",)
    return ArticleRecords(article.doc, lines, warnings)
