"""JSON Lines in the exchange format of ANNOTATION.md, plus review fields and provenance.

SQLite builds each record's object with ``json_object`` (numbers stored as
exact decimal text go out verbatim through ``json()``, so ``80637.7`` is
never ``80637.69999``); Python adds ``doc`` and the article's provenance,
encoded once per article, and the span text.  One string per row crosses
from SQLite to Python, which keeps the export at hundreds of thousands of
records per second.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from json.encoder import encode_basestring
from pathlib import Path

from desktop.export.query import ARTICLE_FIELDS, RECORD_COLUMNS, ArticleInfo, records


def _encode(value: object) -> str:
    """JSON for a provenance value (text, integer or null), non-ASCII kept as is."""
    if value is None:
        return "null"
    return str(value) if isinstance(value, int) else encode_basestring(str(value))


def json_select() -> str:
    """``json_object(...)`` over the record's columns; numbers and comparisons as JSON, not strings."""
    pairs = []
    for column in RECORD_COLUMNS:
        expr = f"json({column.sql})" if column.kind in ("number", "json") else column.sql
        pairs.append(f"'{column.name}', {expr}")
    return f"json_object({', '.join(pairs)})"


def _wrapping(article: ArticleInfo) -> tuple[str, str]:
    """What goes before and after a record's fields: ``{"doc": ...,`` and the provenance."""
    head = f'{{"doc":{_encode(article.doc)},'
    tail = "".join(f',"{name}":{_encode(value)}' for name, value in zip(ARTICLE_FIELDS, article.provenance,
                                                                          strict=True))
    return head, tail + ',"text":'


def write_jsonl(conn: sqlite3.Connection, status: str, path: Path, tick: Callable[[int], None]) -> None:
    current: ArticleInfo | None = None
    head = tail = ""
    lines: list[str] = []
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for n, ((obj,), article, span) in enumerate(records(conn, status, json_select())):
            if not n & 4095:
                tick(n)
                fh.write("".join(lines))  # one write per few thousand lines: writes cost more than joins
                lines.clear()
            if article is not current:
                current, (head, tail) = article, _wrapping(article)
            lines.append(f"{head}{obj[1:-1]}{tail}{encode_basestring(span)}}}\n")
        fh.write("".join(lines))
