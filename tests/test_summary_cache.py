"""The article list's remembered summaries are never stale: any write, here or in another window, forgets them."""

from __future__ import annotations

from pathlib import Path

from factories import BUDGET, article, budget_records

from desktop.store import Store


def _corpus(path: Path) -> Store:
    store = Store(path)
    store.add_articles(
        [(article(f"a{n}", text=f"{BUDGET} Bài {n}."), budget_records(), "v1", False) for n in range(5)]
    )
    return store


def _fresh(path: Path, **query: object) -> list:
    with Store(path, readonly=True, backups=0) as other:
        return other.article_summaries(**query)


def test_a_search_after_a_whole_list_gives_what_a_fresh_store_gives(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    _corpus(path).close()
    with Store(path, readonly=True, backups=0) as store:
        store.article_summaries()
        for query in (
            {"search": "Bài 3"},
            {"search": "ngân sách"},
            {"state": "todo"},
            {"search": "3", "limit": 1},
            {"search": "không có"},
        ):
            assert store.article_summaries(**query) == _fresh(path, **query), query


def test_a_decision_in_this_store_shows_at_once(tmp_path: Path) -> None:
    with _corpus(tmp_path / "c.db") as store:
        assert [s.n_pending for s in store.article_summaries()] == [3] * 5
        store.decide(store.records(2)[0].id, "confirmed", "lan")
        assert [s.n_pending for s in store.article_summaries()] == [3, 2, 3, 3, 3]
        assert [s.id for s in store.article_summaries(state="progress")] == [2]


def test_a_decision_in_another_window_shows_at_once(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with _corpus(path) as writer, Store(path, readonly=True, backups=0) as reader:
        assert [s.n_pending for s in reader.article_summaries(search="ngân sách")] == [3] * 5
        writer.decide(writer.records(4)[0].id, "rejected", "lan")
        assert [s.n_pending for s in reader.article_summaries(search="ngân sách")] == [3, 3, 3, 2, 3]
        writer.add_articles([(article("new", text=f"{BUDGET} Bài mới."), budget_records(), "v1", False)])
        assert [s.doc for s in reader.article_summaries(search="ngân sách")][-1] == "new"


def test_after_a_decision_only_the_decided_article_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with _corpus(path) as writer, Store(path, readonly=True, backups=0) as reader:
        before = reader.article_summaries()
        writer.decide(writer.records(2)[0].id, "confirmed", "lan")
        after = reader.article_summaries(search="ngân sách")
        assert after == _fresh(path, search="ngân sách")
        assert [a is b for a, b in zip(before, after, strict=True)] == [True, False, True, True, True]


def test_an_id_taken_by_another_article_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with _corpus(path) as writer, Store(path, readonly=True, backups=0) as reader:
        reader.article_summaries()
        with writer.transaction() as conn:  # as a user's own SQL would, outside Chitieu
            conn.execute("DELETE FROM articles WHERE id = 5")
        writer.add_articles([(article("other", text=f"{BUDGET} Khác."), budget_records(), "v1", False)])
        assert [(s.id, s.doc) for s in reader.article_summaries()][-1] == (5, "other")
        assert reader.article_summaries(search="ngân sách") == _fresh(path, search="ngân sách")
