"""Drive the real review window offscreen and time what a reviewer waits for; prints one JSON line.

Usage: gui_probe.py DB [--t0 EPOCH] [--moves 50] [--confirms 20]

``--t0`` is the wall-clock time (``time.time()``) at which the caller started
this process, so that "first article" counts interpreter start and imports as
a user launching Chitieu would.  The window is built with
``create_main_window(db, reviewer="bench")``; events are processed until the
first article's text is on screen; then actions are triggered the way the
keyboard triggers them, each timed until the events it posted are processed.
Confirming writes decisions into DB (use a copy you do not mind changing).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median
from typing import Any

STARTED = time.time()

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.memory import peak_rss_mb  # noqa: E402
from desktop.app import application, create_main_window  # noqa: E402
from desktop.gui.main_window import MainWindow  # noqa: E402

FIRST_ARTICLE_TIMEOUT = 120.0
#: Transaction control, counted apart from the statements that read and write.
TRANSACTION = frozenset({"BEGIN", "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"})
SEARCH = "thu ngân sách"


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def wait_for_first_article(app: QApplication, window: MainWindow) -> None:
    """Process events until the window is visible with the article's text laid out in it."""
    deadline = time.monotonic() + FIRST_ARTICLE_TIMEOUT
    while time.monotonic() < deadline:
        app.processEvents()
        if window.isVisible() and window.article is not None and window.article_text.toPlainText():
            app.processEvents()  # the paint that follows the text
            return
    raise SystemExit("gui_probe.py: no article was shown (is the database empty?)")


def timed(app: QApplication, act: Callable[[], None]) -> float:
    """Seconds for ``act`` plus the events it posted (layout, highlight rebuild, repaint)."""
    started = time.perf_counter()
    act()
    app.processEvents()
    return time.perf_counter() - started


def next_articles(app: QApplication, window: MainWindow, moves: int) -> list[float]:
    action = window.findChild(QAction, "action_next_article")
    samples = []
    for _ in range(moves):
        if not action.isEnabled():
            break
        before = window.article.id if window.article else None
        samples.append(timed(app, action.trigger))
        assert window.article is not None and window.article.id != before, "next article did not move"
    return samples


def filters(app: QApplication, window: MainWindow) -> dict[str, list[float]]:
    """Each combo to its first real choice and back to everything; then a text search and its clearing.

    Each change gives four times (:func:`filtered`): ``filter``/``search`` until the list is whole,
    ``_first`` until its first rows show, ``_blocked`` how long the window could not take a key, and
    ``_gui_cpu`` the CPU time the GUI thread spent on it (what blocks typing on a quiet machine; the
    wall times above also count the waits of a busy one).
    """
    bar = window.filter_bar
    samples: dict[str, list[float]] = {}
    changes = [
        ("filter", lambda c=combo, i=i: c.setCurrentIndex(i))
        for combo in (bar.state, bar.locality, bar.year)
        if combo.count() > 1
        for i in (1, 0)
    ]
    changes += [("search", lambda: _search(window, SEARCH)), ("search", lambda: _search(window, ""))]
    for name, act in changes:
        for suffix, seconds in zip(
            ("", "_first", "_blocked", "_gui_cpu"), filtered(app, window, act), strict=True
        ):
            samples.setdefault(name + suffix, []).append(seconds)
    return samples


def filtered(
    app: QApplication, window: MainWindow, act: Callable[[], None]
) -> tuple[float, float, float, float]:
    """Seconds until the list was whole, until its first rows showed, until ``act`` and its events returned;
    and the GUI thread's CPU seconds for all of it (the wait for the worker sleeps, it does not spin)."""
    model = window.articles
    marks: dict[str, float] = {}
    loop = QEventLoop()
    started, cpu = time.perf_counter(), time.thread_time()

    def first() -> None:
        marks.setdefault("first", time.perf_counter() - started)

    def whole() -> None:
        marks.setdefault("whole", time.perf_counter() - started)
        loop.quit()

    model.modelReset.connect(first)
    model.completed.connect(whole)
    try:
        act()
        app.processEvents()
        blocked = time.perf_counter() - started
        if "whole" not in marks:
            QTimer.singleShot(int(FIRST_ARTICLE_TIMEOUT * 1000), loop.quit)
            loop.exec()
        app.processEvents()  # the repaint of the whole list
    finally:
        model.modelReset.disconnect(first)
        model.completed.disconnect(whole)
    return marks["whole"], marks.get("first", marks["whole"]), blocked, time.thread_time() - cpu


def _search(window: MainWindow, text: str) -> None:
    """Type the words and press Return (which runs the search without waiting for the typing pause)."""
    window.filter_bar.search.setText(text)
    QTest.keyClick(window.filter_bar.search, Qt.Key.Key_Return)


def confirms(app: QApplication, window: MainWindow, count: int) -> dict[str, list[float]]:
    """Confirm ``count`` records: time until ``Store.decide`` returned, and until the window caught up.

    ``sql`` counts the statements the window's connection ran for each key press, from the decision
    to the repaint, through SQLite's trace callback (``sql_work`` leaves out BEGIN, COMMIT and the
    programs of triggers); ``shown_cpu``
    is the CPU time of this process over the same span, which a loaded machine inflates less than
    the wall clock (it leaves out waiting for the disk and for a core).
    """
    store = window.store
    decide = store.decide
    returned: list[float] = []
    statements: list[str] = []

    def timed_decide(*args: Any, **kwargs: Any) -> Any:
        result = decide(*args, **kwargs)
        returned.append(time.perf_counter())
        return result

    store.decide = timed_decide  # type: ignore[method-assign]
    confirm = window.findChild(QAction, "action_confirm")
    following = window.findChild(QAction, "action_next_article")
    written, shown, shown_cpu, sql, work = [], [], [], [], []
    for _ in range(count):
        if not confirm.isEnabled():
            if not following.isEnabled():
                break
            following.trigger()
            app.processEvents()
            continue
        statements.clear()
        store.conn.set_trace_callback(statements.append)
        started, started_cpu = time.perf_counter(), time.process_time()
        confirm.trigger()
        app.processEvents()
        shown.append(time.perf_counter() - started)
        shown_cpu.append(time.process_time() - started_cpu)
        store.conn.set_trace_callback(None)
        written.append(returned[-1] - started)
        sql.append(float(len(statements)))
        work.append(float(sum(statement not in TRANSACTION for statement in issued(statements))))
        if len(sql) == 1:
            print(
                "gui_probe.py: the statements of the first confirm:", *statements, sep="\n  ", file=sys.stderr
            )
    store.decide = decide  # type: ignore[method-assign]
    return {"written": written, "shown": shown, "shown_cpu": shown_cpu, "sql": sql, "sql_work": work}


def issued(statements: list[str]) -> list[str]:
    """The statements Chitieu sent: SQLite traces each trigger program a statement runs as that
    statement's text again, so a repeat in a row is a trigger, not another statement."""
    return [s for i, s in enumerate(statements) if i == 0 or s != statements[i - 1]]


def probe(db: Path, t0: float, moves: int, count: int) -> dict[str, Any]:
    app = application()
    imported = time.time()
    window = create_main_window(db, reviewer="bench")
    built = time.time()
    window.show()
    wait_for_first_article(app, window)
    first = time.time()
    result: dict[str, Any] = {
        "first_article_s": first - t0,
        "phases_s": {
            "start_and_imports": imported - t0,
            "window_built": built - imported,
            "shown": first - built,
        },
        "articles_listed": window.articles.rowCount(),
    }
    result["next_article_ms"] = [ms(s) for s in next_articles(app, window, moves)]
    result.update({f"{name}_ms": [ms(s) for s in samples] for name, samples in filters(app, window).items()})
    result["background_check_s"] = settle(app, window)
    confirmed = confirms(app, window, count)
    result["confirm_sql_statements"] = [int(n) for n in confirmed.pop("sql")]
    result["confirm_sql_work"] = [int(n) for n in confirmed.pop("sql_work")]
    result.update({f"confirm_{name}_ms": [ms(s) for s in samples] for name, samples in confirmed.items()})
    window.close()
    result["rss_mb"] = peak_rss_mb()
    result["medians_ms"] = {
        key[:-3]: median(values) for key, values in result.items() if key.endswith("_ms") and values
    }
    return result


def settle(app: QApplication, window: MainWindow) -> float:
    """Wait for the checks a writable session runs in the background on opening a big file.

    The file's check reads the whole file (seconds at 50,000 articles); a file
    checked by older rules is checked again in a worker (minutes).  Both compete
    with the decisions for the disk and the CPU, so decisions timed while they
    run measure the opening, not the key press; returns how long they still ran.
    """
    started = time.perf_counter()
    while not window.store.backup_finished() or window.corpus_check.busy():
        app.processEvents()
        time.sleep(0.01)
    return time.perf_counter() - started


def isolate_settings(folder: str) -> None:
    """Window geometry and the reviewer go to a throwaway folder, never the user's settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gui_probe.py", description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument(
        "--t0",
        type=float,
        default=STARTED,
        help="time.time() when the caller started this process (default: when it ran)",
    )
    parser.add_argument("--moves", type=int, default=50, help="next-article moves to time")
    parser.add_argument("--confirms", type=int, default=20, help="records to confirm")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="chitieu-probe-") as folder:
        isolate_settings(folder)
        result = probe(args.db, args.t0, args.moves, args.confirms)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
