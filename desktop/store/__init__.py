"""The SQLite store: schema, migrations and every query the CLI and GUI make."""

from desktop.store.accepting import Accepted, Selection
from desktop.store.decisions import Changed, Decision, RecordChange
from desktop.store.review_rows import ReviewRow
from desktop.store.rows import ArticleSummary, StoredArticle, StoredRecord
from desktop.store.store import REVIEW_STATES, AddResult, Store, fts_query

__all__ = [
    "REVIEW_STATES",
    "Accepted",
    "AddResult",
    "ArticleSummary",
    "Changed",
    "Decision",
    "RecordChange",
    "ReviewRow",
    "Selection",
    "Store",
    "StoredArticle",
    "StoredRecord",
    "fts_query",
]
