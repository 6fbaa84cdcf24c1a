"""Article summaries already read, kept across decisions.

The article list asks for every article matching a filter or a search: at
50,000 matches, turning SQLite's rows into Python summaries is most of the
time (about 0.1 s of 0.13 s; the full-text match itself is 15-25 ms).
Typing a search asks again at every key, mostly for articles the list
already read, and a decision changes one article's counters and nothing
else.  So the store remembers the summaries it made, and a later query
reads only each match's *key* (:data:`KEY_COLUMNS`): the id, the counters a
decision changes and ``doc``.  A remembered summary is served only when its
key is the one just read, so its counters are never stale; only the
articles whose key changed are read again (:meth:`SummaryCache.get`).
While nothing has written to the file, reading just the ids is enough, and
faster still (:meth:`SummaryCache.by_ids`): ``PRAGMA data_version`` changes
when another connection commits, ``total_changes`` when this one writes.

The other fields of a summary (title, place, date, year) are written once,
when the article is imported, and nothing in Chitieu updates them.  ``doc``
in the key covers the one way an id could come back with other fields: an
article deleted outside Chitieu and another imported under its id.

Only read-only stores use it: the article list's worker thread has one, and
it is what a corpus too big for the GUI thread searches through.  With it
in the window's own writable store, a review-window test lost its
confirm-all key press (not diagnosed); there the list is small and fast.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from operator import itemgetter

from desktop.store.rows import ArticleSummary

#: What a query reads first, in this order: the id, then what tells a remembered summary is still right.
KEY_COLUMNS = "id, doc, n_records, n_pending"
Key = tuple[int, str, int, int]
#: A summary's key, taken in C (a Python function per summary costs a tenth of reading it).
_key = itemgetter(*(ArticleSummary._fields.index(name) for name in KEY_COLUMNS.split(", ")))
_id = itemgetter(0)


class SummaryCache:
    """Summaries by their :data:`KEY_COLUMNS`, so that a changed article is never served from memory."""

    def __init__(self) -> None:
        self._by_key: dict[Key, ArticleSummary] = {}
        self._by_id: dict[int, ArticleSummary] = {}  # those read since the database was last seen to change
        self._state: tuple[int, int] | None = None
        self._largest_list = 0
        self._whole_lists = False  # a first screenful alone is too few to try the keys first

    def __bool__(self) -> bool:
        """Worth a look: it holds at least one whole list (a later query's keys are likely all in it)."""
        return self._whole_lists

    def unchanged(self, conn: sqlite3.Connection) -> bool:
        """True when nothing wrote to the database since the last look; else forget what :meth:`by_ids` serves.

        Ask before reading ids, and again after: a commit between the two makes the ids' summaries unknown.
        """
        state = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        if state == self._state:
            return True
        self._by_id.clear()
        self._state = state
        return False

    def by_ids(self, ids: Sequence[int]) -> list[ArticleSummary] | None:
        """The summaries of ``ids`` in that order as :meth:`unchanged` last found them, or None when one is not known."""
        if not all(map(self._by_id.__contains__, ids)):
            return None
        return list(map(self._by_id.__getitem__, ids))

    def get(self, keys: Sequence[Key]) -> list[ArticleSummary | None]:
        """The summaries of ``keys`` in that order, None for each article whose key is not remembered.

        Looked up by the whole key in C (``map``): a Python test per article cost more than the reading saved.
        """
        return list(map(self._by_key.get, keys))

    def remember(
        self,
        summaries: Sequence[ArticleSummary],
        *,
        whole: bool,
        read: Sequence[ArticleSummary] | None = None,
    ) -> None:
        """Keep ``summaries``, read after :meth:`unchanged`; ``whole``: all of a query's articles, not its first
        ``limit``; ``read``: those of them read from the database when the rest came from :meth:`get`.

        The summaries replaced by decisions stay under their old keys (an undo brings a key back) until
        there are as many of them as articles in the longest list, then all are forgotten at once.
        """
        read = summaries if read is None else read
        if whole:
            self._largest_list = max(self._largest_list, len(summaries))
        if len(self._by_key) > 2 * self._largest_list + len(read):
            self._by_key.clear()
            self._whole_lists = False
        self._by_key.update(zip(map(_key, read), read, strict=True))
        self._by_id.update(zip(map(_id, summaries), summaries, strict=True))
        self._whole_lists |= whole
