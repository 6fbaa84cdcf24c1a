"""A record's history in the window: every event the log holds about it, oldest first.

Who, when, what they did, and what changed (``kind: ước tính → mục tiêu``).
The log is append-only and undo and redo are events too, so the history
shows them as they happened.  The events of the article on screen are read
in one query when it is shown (:class:`ArticleHistory`), and each write of
the window adds the events it logged: a decision, and the move to the next
record, read nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.numbers import format_number
from desktop.core.records import Comparison
from desktop.gui.states import basis_label, kind_label, qualifier_label, relation_label, state_label
from desktop.store import Decision, ReviewRow, Store

Index = QModelIndex | QPersistentModelIndex

#: The fields a change lists, in the order of the editor.
SHOWN = (
    "status",
    "indicator",
    "value",
    "value_max",
    "of",
    "unit",
    "qualifier",
    "kind",
    "period",
    "locality",
    "comparisons",
    "start",
    "end",
    "note",
    "flag",
)
HEADERS = ("when", "who", "what", "change")
#: Events of one article kept in memory; an article with more is read record by record.
ARTICLE_EVENTS = 5000


def action_label(action: str) -> str:
    labels = {
        "proposed": QCoreApplication.translate("History", "proposed by the machine"),
        "confirm": QCoreApplication.translate("History", "confirmed"),
        "reject": QCoreApplication.translate("History", "rejected"),
        "correct": QCoreApplication.translate("History", "corrected"),
        "reopen": QCoreApplication.translate("History", "reopened"),
        "add": QCoreApplication.translate("History", "added"),
        "undo": QCoreApplication.translate("History", "undone"),
        "redo": QCoreApplication.translate("History", "redone"),
        "reextract_add": QCoreApplication.translate("History", "proposed by a re-extraction"),
        "reextract_update": QCoreApplication.translate("History", "updated by a re-extraction"),
        "reextract_remove": QCoreApplication.translate("History", "removed by a re-extraction"),
        "reextract_flag": QCoreApplication.translate("History", "flagged by a re-extraction"),
        "reextract_unflag": QCoreApplication.translate("History", "unflagged by a re-extraction"),
        "set_year": QCoreApplication.translate("History", "dated by the article's year"),
    }
    return labels.get(action, action)


def header_label(name: str) -> str:
    labels = {
        "when": QCoreApplication.translate("History", "When"),
        "who": QCoreApplication.translate("History", "Who"),
        "what": QCoreApplication.translate("History", "What"),
        "change": QCoreApplication.translate("History", "Before → after"),
    }
    return labels[name]


def local_time(stamp: str, *, seconds: bool = False) -> str:
    """``2025-01-02T10:00:00.000Z`` in the reviewer's time zone, ``02/01/2025 17:00`` (``17:00:00``)."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    return moment.strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")


def field_text(name: str, value: Any) -> str:
    """A stored value as the window shows it elsewhere."""
    if value is None or value == "":
        return "∅"
    if name == "status":
        return state_label(value)
    if name == "kind":
        return kind_label(value)
    if name == "qualifier":
        return qualifier_label(value)
    if name in ("value", "value_max", "of"):
        return format_number(Decimal(str(value)))
    if name == "comparisons":
        comparisons = [Comparison.from_dict(c) for c in json.loads(value or "[]")]
        return comparisons_text(comparisons) or "∅"
    return str(value)


def comparisons_text(comparisons: Iterable[Comparison]) -> str:
    """``8,5% thay đổi so với cùng kỳ; …``: each comparison in the interface's words."""
    return "; ".join(
        f"{format_number(c.percent)}% {relation_label(c.relation)} {basis_label(c.basis)}"
        for c in comparisons
    )


def field_name(name: str) -> str:
    names = {
        "status": QCoreApplication.translate("History", "state"),
        "indicator": QCoreApplication.translate("History", "label"),
        "value": QCoreApplication.translate("History", "value"),
        "value_max": QCoreApplication.translate("History", "range end"),
        "of": QCoreApplication.translate("History", "of"),
        "unit": QCoreApplication.translate("History", "unit"),
        "qualifier": QCoreApplication.translate("History", "qualifier"),
        "kind": QCoreApplication.translate("History", "kind"),
        "period": QCoreApplication.translate("History", "period"),
        "locality": QCoreApplication.translate("History", "place"),
        "comparisons": QCoreApplication.translate("History", "comparisons"),
        "start": QCoreApplication.translate("History", "start"),
        "end": QCoreApplication.translate("History", "end"),
        "note": QCoreApplication.translate("History", "note"),
        "flag": QCoreApplication.translate("History", "flag"),
    }
    return names.get(name, name)


def change_text(before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> str:
    """``kind: ước tính → mục tiêu; period: 2019 → 2020``: the shown fields an event changed."""
    if before is None or after is None:
        return ""
    return "; ".join(
        f"{field_name(name)}: {field_text(name, before.get(name))} → {field_text(name, after.get(name))}"
        for name in SHOWN
        if before.get(name) != after.get(name)
    )


class HistoryModel(QAbstractTableModel):
    """The events of one record, oldest first; the machine's proposal first when the log has none."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str]] = []

    def load(self, row: ReviewRow | None, events: list[dict[str, Any]]) -> None:
        rows = []
        if row is not None and not any(e["action"] in ("add", "reextract_add") for e in events):
            rows.append(
                (
                    local_time(row.created_at),
                    QCoreApplication.translate("History", "machine"),
                    action_label("proposed"),
                    "",
                )
            )
        for event in events:
            before = json.loads(event["before"]) if event["before"] else None
            after = json.loads(event["after"]) if event["after"] else None
            rows.append(
                (
                    local_time(event["at"]),
                    event["reviewer"] or "",
                    action_label(event["action"]),
                    change_text(before, after),
                )
            )
        if rows == self._rows:  # pending records share one line ("proposed by the machine"): no repaint
            return
        if len(rows) == len(self._rows):
            changed = [row for row, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
            self._rows = rows
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(HEADERS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return header_label(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None


class ArticleHistory:
    """The event log of the article on screen, by record, kept current by the window's own writes.

    Another window's decisions show when the article is shown again (as
    :meth:`MainWindow._reload` does whenever the store refuses a write over
    them).  A write that returns no events for a record it changed (none of
    Chitieu's do) makes that record's history read again when it is shown.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._article: int | None = None
        self._events: dict[int, list[dict[str, Any]]] | None = None  # None: too many, read per record
        self._stale: set[int] = set()

    def load(self, article_id: int | None) -> None:
        self._article, self._stale = article_id, set()
        rows = self._store.article_events(article_id, ARTICLE_EVENTS + 1) if article_id is not None else []
        if len(rows) > ARTICLE_EVENTS:
            self._events = None
            return
        self._events = {}
        for event in rows:
            self._events.setdefault(event["record_id"], []).append(event)

    def of(self, record_id: int) -> list[dict[str, Any]]:
        """The events of one record of the article, oldest first."""
        if self._events is None:
            return self._store.events(record_id)
        if record_id in self._stale:
            self._stale.discard(record_id)
            self._events[record_id] = self._store.events(record_id)
        return self._events.get(record_id, [])

    def add(self, decision: Decision) -> None:
        """Keep up with a write: the events it logged about the article's records."""
        if self._events is None:
            return
        logged = set()
        for event in decision.events:
            if event["article_id"] == self._article:
                self._events.setdefault(event["record_id"], []).append(event)
                logged.add(event["record_id"])
        self._stale |= {change.record_id for change in decision.changes} - logged
