"""Issue 4.7: SQL is parameterised; whatever a user types into a filter is data, never syntax.

Two checks.  A scan of the code: every f-string handed to ``execute`` may
interpolate only constants, ``?`` marks, or the column lists reviewed below,
so a new interpolation fails here until someone has looked at it.  And a
trace of the SQL really run while hostile strings go through the store's
filters and the window's search box: none of them ever appears unescaped.
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.store import Store

from .procs import REPO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SQL_METHODS = {"execute", "executemany", "executescript"}
SAFE_INTERPOLATIONS = [
    re.compile(r"[A-Z_]+"),  # module constants: pragma values, fixed column lists
    re.compile(r"', '\.join\('\?' \* len\(\w+\)\)"),  # one ? per value
    # Built in the same function from schema column names (record_to_row keys, RECORD_COLUMNS,
    # snapshot keys read back from the table) and "?" marks, or from fixed WHERE fragments; `selected`
    # is the same column names qualified by the source table's alias.
    re.compile(r"columns|marks|names|assignments|where|selected"),
    # Team review (issue 14): the names the merge gives attached reviewer files (src0, src1, ...), table
    # and trigger names from the code's own constants.
    re.compile(r"schema|table|trigger"),
    # ... and the merge's SELECT of each attached file, joined by UNION ALL, built from the names above.
    re.compile(r"arms"),
    # Checks (issue 13): the checks' column names and types (schema._CHECK_COLUMNS), and a fixed ORDER BY.
    re.compile(r"name|kind|order"),
    # Schema v8: a record's details joined (desktop.store.details' constants: fixed table and column names).
    re.compile(r"details\.(ROW|JOINED|RETURNING)"),
]
HOSTILE = [
    '"',
    "'",
    '"unbalanced',
    "%",
    "_",
    "%'; DROP TABLE records; --",
    "x' OR '1'='1",
    "NEAR(",
    "*",
    "a AND",
    "OR",
    "NOT x",
    "-",
    ":",
    "^",
    "(",
    ")",
    'ngân sách"',
    "'Cẩm Phả'",
    "\\",
    "🙂",
]
INJECTION = "x' OR '1'='1"


def interpolations() -> Iterator[tuple[str, str]]:
    """(place, expression) for every value formatted into an f-string passed to execute()."""
    for path in sorted((REPO / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_METHODS
                and node.args
            ):
                continue
            for part in ast.walk(node.args[0]):
                if isinstance(part, ast.FormattedValue):
                    yield f"{path.relative_to(REPO)}:{node.lineno}", ast.unparse(part.value)


def test_sql_interpolates_only_reviewed_names() -> None:
    found = list(interpolations())
    assert found, "the scan found no f-string SQL at all: it is probably looking in the wrong place"
    unsafe = [
        (place, expr) for place, expr in found if not any(p.fullmatch(expr) for p in SAFE_INTERPOLATIONS)
    ]
    assert unsafe == []


@pytest.fixture
def traced(store: Store) -> Iterator[tuple[Store, list[str]]]:
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    yield store, statements
    store.conn.set_trace_callback(None)


def test_hostile_filters_are_data(traced: tuple[Store, list[str]]) -> None:
    store, statements = traced
    everything = store.article_summaries()
    for text in HOSTILE:
        assert store.article_summaries(search=text) in ([], everything), text
        assert store.article_summaries(locality=text) == [], text
    assert store.article_summaries(search="Chỉ tiêu 7") == everything
    assert store.article_summaries(search='"chi tieu" 7*') == everything  # quotes dropped, diacritics folded
    assert not any(INJECTION in sql for sql in statements), "a filter value reached the SQL text unescaped"


def test_hostile_values_in_decisions_are_data(traced: tuple[Store, list[str]]) -> None:
    store, statements = traced
    record_id = store.records(1)[0].id
    corrected = store.record(record_id).record.with_changes(indicator=INJECTION, unit="%", locality='"')
    store.decide(
        record_id, "corrected", reviewer=INJECTION, record=corrected, note="'); DROP TABLE events; --"
    )
    stored = store.record(record_id)
    assert (stored.record.indicator, stored.reviewer, stored.note) == (
        INJECTION,
        INJECTION,
        "'); DROP TABLE events; --",
    )
    assert len(store.events(record_id)) == 1
    assert not any(INJECTION in sql for sql in statements)


def test_a_nul_character_in_the_search(store: Store) -> None:
    """A pasted NUL (from a binary file, a PDF copy) should find nothing, not raise."""
    assert store.article_summaries(search="a\x00b") == []


@pytest.fixture
def window(open_window, seeded: tuple[Path, list[int]]):
    return open_window(seeded[0])


def test_the_search_box_takes_anything(window, qtbot) -> None:
    """pytest-qt fails the test if a slot raises; the list must show all, or none, never crash."""
    box = window.filter_bar.search
    rows = window.article_list.model().rowCount
    total = rows()
    for text in [*HOSTILE, "Chỉ tiêu"]:
        box.setText(text)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert rows() in (0, total), text
    assert rows() == total
    box.setText("%")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert rows() == 0
