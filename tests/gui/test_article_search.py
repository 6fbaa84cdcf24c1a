"""Filters and search on a big corpus: a worker thread, stale queries dropped, the first screenful first."""

from __future__ import annotations

import pytest
from gui_helpers import press, type_text
from PySide6.QtCore import QModelIndex, Qt

import desktop.gui.article_model as article_model
import desktop.gui.article_search as article_search
from desktop.gui.article_search import ArticleSearch

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def big(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat the test corpus as big, so that every filter change goes to the worker."""
    monkeypatch.setattr(article_model, "SYNC_ARTICLES", 0)


def docs(window) -> list[str]:
    model = window.articles
    return [model.summary(row).doc for row in range(model.rowCount())]


def test_a_search_runs_in_the_worker_and_the_window_follows_it(big, window, qtbot):
    press(window, Qt.Key.Key_F, CTRL)
    type_text(window, "hộ nghèo")
    with qtbot.waitSignal(window.articles.completed):
        press(window, Qt.Key.Key_Return)
    assert docs(window) == ["investment"] and window.article.doc == "investment"
    assert window.articles._search is not None  # the query did go to the worker
    with qtbot.waitSignal(window.articles.completed):
        window.filter_bar.state.setCurrentIndex(window.filter_bar.state.findData("done"))
    assert docs(window) == [] and window.article is None


def test_only_the_newest_query_is_answered(qtbot, db):
    search = ArticleSearch(db)
    answers: list[tuple[list[str], bool]] = []
    search.found.connect(lambda summaries, complete: answers.append(([s.doc for s in summaries], complete)))
    try:
        search.request({"search": "lúa"})
        search.request({"search": "hộ nghèo"})  # the first is now stale: skipped or interrupted
        with qtbot.waitSignal(search.found):
            pass
        search.request({"state": "todo"})
        with qtbot.waitSignal(search.found, check_params_cb=lambda _summaries, complete: complete):
            pass  # the worker answers in order: anything of "lúa" would have come before this
    finally:
        search.stop()
    assert answers == [(["investment"], True), (["budget", "investment", "rice"], True)]


def test_the_first_screenful_shows_before_the_whole_list(big, window, qtbot, monkeypatch):
    monkeypatch.setattr(article_search, "FIRST_PAGE", 1)
    rows = []
    window.articles.modelReset.connect(lambda: rows.append(window.articles.rowCount()))
    with qtbot.waitSignal(window.articles.completed):
        window.filter_bar.state.setCurrentIndex(window.filter_bar.state.findData("todo"))
    assert rows == [1]  # one reset with the first page; the rest was added to it, not reset again
    model = window.articles
    while model.canFetchMore(QModelIndex()):  # what the view does as it scrolls
        model.fetchMore(QModelIndex())
    assert model.complete and docs(window) == ["budget", "investment", "rice"]
