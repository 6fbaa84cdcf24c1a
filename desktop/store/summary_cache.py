"""Article summaries already read, kept while the database is unchanged.

The article list asks for every article matching a filter or a search: at
50,000 matches, turning SQLite's rows into Python summaries is most of the
time (about 0.1 s of 0.13 s; the full-text match itself is 15 ms).  Typing a
search asks again at every key, mostly for articles the list already read.
So the store remembers the summaries it made, and a later query that finds
only remembered articles reads just their ids.

A summary holds counters that decisions change, so the memory lasts only
while nothing has written to the file: ``PRAGMA data_version`` changes when
another connection commits, ``total_changes`` when this one writes.  Either
change empties it; a summary is never served stale.

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

_id = itemgetter(0)


class SummaryCache:
    """Summaries by article id, valid for one state of the database."""

    def __init__(self) -> None:
        self._by_id: dict[int, ArticleSummary] = {}
        self._state: tuple[int, int] | None = None
        self._whole_lists = False  # a first screenful alone is too few to try the ids first

    def __bool__(self) -> bool:
        """Worth a look: it holds at least one whole list (a later query's ids are likely all in it)."""
        return self._whole_lists

    def usable(self, conn: sqlite3.Connection) -> bool:
        """True when it holds summaries of the database as it is now (emptied when it changed).

        Ask after reading the ids to look up, and before reading the summaries to remember.
        """
        state = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        if state != self._state:
            self._by_id.clear()
            self._whole_lists = False
            self._state = state
        return bool(self._by_id)

    def get(self, ids: Sequence[int]) -> list[ArticleSummary] | None:
        """The summaries of ``ids`` in that order, or None when one of them was never read."""
        if not all(map(self._by_id.__contains__, ids)):
            return None
        return list(map(self._by_id.__getitem__, ids))

    def remember(self, summaries: list[ArticleSummary], *, whole: bool) -> None:
        """Keep ``summaries``, read from the database in the state :meth:`usable` last saw;
        ``whole``: all the articles of a query, not its first ``limit``."""
        self._by_id.update(zip(map(_id, summaries), summaries, strict=True))
        self._whole_lists |= whole
