"""Models of the conflicts tab: the list of disputed records, and one record's versions side by side."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop.core.numbers import format_number
from desktop.core.records import Record
from desktop.core.taxonomy import Taxonomy
from desktop.gui.dataset_model import indicator_tip, indicator_title
from desktop.gui.history import comparisons_text, local_time
from desktop.gui.states import kind_label, qualifier_label, state_colour, state_label
from desktop.store import Store
from desktop.store.team import Version, conflict_ids

Index = QModelIndex | QPersistentModelIndex
DIFFERS = QColor("#fde2a7")

LIST_COLUMNS = ("record", "article", "indicator", "value", "state")
#: The fields compared side by side, in the order a reviewer reads a record.
FIELDS = (
    "status",
    "indicator",
    "indicator_code",
    "value",
    "unit",
    "base_value",
    "kind",
    "period",
    "locality",
    "qualifier",
    "comparisons",
    "span",
    "note",
    "decided_at",
)


def field_title(name: str) -> str:
    titles = {
        "status": QCoreApplication.translate("Adjudication", "Decision"),
        "indicator": QCoreApplication.translate("Adjudication", "Indicator"),
        "indicator_code": QCoreApplication.translate("Adjudication", "Standard indicator"),
        "value": QCoreApplication.translate("Adjudication", "Value"),
        "unit": QCoreApplication.translate("Adjudication", "Unit"),
        "base_value": QCoreApplication.translate("Adjudication", "Base value"),
        "kind": QCoreApplication.translate("Adjudication", "Kind"),
        "period": QCoreApplication.translate("Adjudication", "Period"),
        "locality": QCoreApplication.translate("Adjudication", "Place"),
        "qualifier": QCoreApplication.translate("Adjudication", "Qualifier"),
        "comparisons": QCoreApplication.translate("Adjudication", "Comparisons"),
        "span": QCoreApplication.translate("Adjudication", "Characters"),
        "note": QCoreApplication.translate("Adjudication", "Note"),
        "decided_at": QCoreApplication.translate("Adjudication", "Decided at"),
    }
    return titles[name]


def status_text(status: str) -> str:
    if status == "undecided":
        return QCoreApplication.translate("Adjudication", "(not decided)")
    if status == "not added":
        return QCoreApplication.translate("Adjudication", "(did not add it)")
    return state_label(status)


def field_text(version: Version, name: str) -> str:
    if name == "status":
        return status_text(version.status)
    record = version.record
    if record is None:
        return ""
    return record_field(record, name, version)


def record_field(record: Record, name: str, version: Version | None = None) -> str:
    if name in ("value", "base_value"):
        text = format_number(getattr(record, name))
        if name == "value" and record.value_max is not None:
            text += "–" + format_number(record.value_max)
        if name == "value" and record.of is not None:
            text += "/" + format_number(record.of)
        return text
    if name == "kind":
        return kind_label(record.kind)
    if name == "qualifier":
        return qualifier_label(record.qualifier)
    if name == "comparisons":  # in words, as the history says them (the stored codes were shown)
        return comparisons_text(record.comparisons)
    if name == "span":
        return f"{record.start}–{record.end}"
    if name == "decided_at":  # to the second, in the reviewer's time zone as in the history (it was UTC)
        stamp = version.decided_at if version is not None else None
        return local_time(stamp, seconds=True) if stamp else ""
    if name == "note":
        return (version.note if version is not None else None) or ""
    return str(getattr(record, name) or "")


class ConflictListModel(QAbstractTableModel):
    """Records whose reviewers disagree; a row's details are read when it is shown."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.state = "conflict"
        self.ids: list[int] = []
        self._rows: dict[int, tuple] = {}

    def load(self, state: str | None = None) -> None:
        self.beginResetModel()
        if state is not None:
            self.state = state
        self.ids = conflict_ids(self.store.conn, self.state)
        self._rows.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(LIST_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "record": self.tr("Record"),
            "article": self.tr("Article"),
            "indicator": self.tr("Indicator"),
            "value": self.tr("Value"),
            "state": self.tr("State"),
        }[LIST_COLUMNS[section]]

    def row_of(self, record_id: int) -> int | None:
        try:
            return self.ids.index(record_id)
        except ValueError:
            return None

    def _row(self, row: int) -> tuple:
        record_id = self.ids[row]
        if record_id not in self._rows:
            found = self.store.conn.execute(
                """SELECT r.id, a.doc, r.indicator, r.value, r.unit, r.status, o.state FROM records r
                   JOIN articles a ON a.id = r.article_id LEFT JOIN team_outcomes o ON o.record_id = r.id
                   WHERE r.id = ?""",
                (record_id,),
            ).fetchone()
            self._rows[record_id] = tuple(found) if found else (record_id, "", "", "0", "", "", "")
        return self._rows[record_id]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record_id, doc, indicator, value, unit, status, state = self._row(index.row())
        column = LIST_COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # the tip: a cell elided whole
            return {
                "record": str(record_id),
                "article": doc,
                "indicator": indicator,
                "value": f"{format_number(Decimal(value))} {unit}".strip(),
                "state": self.tr("adjudicated") if state == "adjudicated" else self.tr("conflict"),
            }[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == "state":
            return state_colour(status if state == "adjudicated" else "pending")
        return None


class VersionTableModel(QAbstractTableModel):
    """One record's versions side by side: a column per reviewer (and the final record), a row per field."""

    def __init__(self, taxonomy: Taxonomy, parent: Any = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.versions: list[Version] = []
        self.final: Record | None = None
        self.final_status = ""

    def set_versions(self, versions: list[Version], final: Record | None, final_status: str) -> None:
        self.beginResetModel()
        self.versions, self.final, self.final_status = versions, final, final_status
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(FIELDS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.versions) + (1 if self.versions else 0)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return field_title(FIELDS[section])
        if section < len(self.versions):
            return f"{section + 1}: {self.versions[section].source.name}"
        return self.tr("Record now")

    def text(self, row: int, column: int) -> str:
        name = FIELDS[row]
        if name == "indicator_code":  # its name, as the dataset tab shows it; the code in the tooltip
            code = self.code(column)
            return indicator_title(self.taxonomy, code) if code else ""
        if column < len(self.versions):
            return field_text(self.versions[column], name)
        if name == "status":
            return state_label(self.final_status)
        return (
            record_field(self.final, name)
            if self.final is not None and name not in ("note", "decided_at")
            else ""
        )

    def code(self, column: int) -> str:
        """The taxonomy code of a version (or of the record now), empty when it has none."""
        if column < len(self.versions):
            return field_text(self.versions[column], "indicator_code")
        return record_field(self.final, "indicator_code") if self.final is not None else ""

    def differs(self, row: int) -> bool:
        """True when the reviewers' versions do not all say the same for this field (times always differ)."""
        if FIELDS[row] == "decided_at":
            return False
        return len({self.text(row, c) for c in range(len(self.versions))}) > 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ToolTipRole and FIELDS[index.row()] == "indicator_code":
            return indicator_tip(self.taxonomy, self.code(index.column()))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        is_version = index.column() < len(self.versions)
        if role == Qt.ItemDataRole.BackgroundRole and is_version and self.differs(index.row()):
            return DIFFERS
        if role == Qt.ItemDataRole.FontRole and not is_version:
            font = QFont()
            font.setItalic(True)
            return font
        return None
