"""Models of the conflicts tab: the list of disputed article years and records, and one's versions side by side."""

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
from desktop.store.team_years import YearOutcome, YearVersion, year_conflict_ids

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


#: What a row of the conflict list is: an article's year (``YEAR``, the article's id) or a record (its id).
YEAR, RECORD = "year", "record"


class ConflictListModel(QAbstractTableModel):
    """Article years and records whose reviewers disagree, the years first (an article's year moves the
    periods of its records); a row's details are read when it is shown."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.state = "conflict"
        self.years: list[int] = []  # article ids
        self.ids: list[int] = []  # record ids
        self._rows: dict[int, tuple] = {}
        self._year_rows: dict[int, tuple] = {}

    def load(self, state: str | None = None) -> None:
        self.beginResetModel()
        if state is not None:
            self.state = state
        self.years = year_conflict_ids(self.store.conn, self.state)
        self.ids = conflict_ids(self.store.conn, self.state)
        self._rows.clear()
        self._year_rows.clear()
        self.endResetModel()

    def item(self, row: int) -> tuple[str, int]:
        """``(YEAR, article id)`` or ``(RECORD, record id)`` of a row."""
        if row < len(self.years):
            return YEAR, self.years[row]
        return RECORD, self.ids[row - len(self.years)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.years) + len(self.ids)

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
            return len(self.years) + self.ids.index(record_id)
        except ValueError:
            return None

    def row_of_year(self, article_id: int) -> int | None:
        try:
            return self.years.index(article_id)
        except ValueError:
            return None

    def _year_row(self, article_id: int) -> tuple:
        """The article's name, the years its reviewers answered and the year it has now, and its state."""
        if article_id not in self._year_rows:
            conn = self.store.conn
            found = conn.execute(
                """SELECT a.doc, a.year, o.state,
                          (SELECT group_concat(year, ' · ') FROM (SELECT DISTINCT year FROM year_versions
                                                                WHERE article_id = a.id AND answered ORDER BY year))
                   FROM articles a JOIN year_outcomes o ON o.article_id = a.id WHERE a.id = ?""",
                (article_id,),
            ).fetchone()
            self._year_rows[article_id] = tuple(found) if found else ("", None, "", "")
        return self._year_rows[article_id]

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
        kind, key = self.item(index.row())
        if kind == YEAR:
            return self._year_data(key, LIST_COLUMNS[index.column()], role)
        record_id, doc, indicator, value, unit, status, state = self._row(index.row() - len(self.years))
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

    def _year_data(self, article_id: int, column: str, role: int) -> Any:
        doc, year, state, answers = self._year_row(article_id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return {
                "record": self.tr("Year"),
                "article": doc,
                "indicator": self.tr("The article's year"),
                "value": str(year) if state == "adjudicated" else answers or "",
                "state": self.tr("adjudicated") if state == "adjudicated" else self.tr("conflict"),
            }[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == "state":
            return state_colour("corrected" if state == "adjudicated" else "pending")
        if role == Qt.ItemDataRole.FontRole and column in ("record", "indicator"):
            font = QFont()
            font.setBold(True)
            return font
        return None


#: The rows of one article's year side by side: the year each reviewer file had, who set it, and when.
YEAR_FIELDS = ("year", "set_by", "set_at")


class YearVersionModel(QAbstractTableModel):
    """One article's year as each reviewer file had it, side by side (and as the article has it now)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.versions: list[YearVersion] = []
        self.now: int | None = None
        self.outcome: YearOutcome | None = None

    def set_versions(self, versions: list[YearVersion], now: int | None, outcome: YearOutcome | None) -> None:
        self.beginResetModel()
        self.versions, self.now, self.outcome = versions, now, outcome
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(YEAR_FIELDS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.versions) + (1 if self.versions else 0)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return {
                "year": self.tr("The article's year"),
                "set_by": self.tr("Set by"),
                "set_at": self.tr("Set at"),
            }[YEAR_FIELDS[section]]
        if section < len(self.versions):
            return f"{section + 1}: {self.versions[section].source.name}"
        return self.tr("Article now")

    def text(self, row: int, column: int) -> str:
        name = YEAR_FIELDS[row]
        if column < len(self.versions):
            version = self.versions[column]
            if name == "year":
                return str(version.year or "")
            if not version.answered:
                return self.tr("(did not set it: the split's year)") if name == "set_by" else ""
            stamp = version.answered_at if name == "set_at" else None
            return (
                (local_time(stamp, seconds=True) if stamp else "")
                if name == "set_at"
                else version.reviewer or ""
            )
        if name == "year":
            return str(self.now or "")
        outcome = self.outcome
        if outcome is None or outcome.state != "adjudicated":
            return self.tr("(not adjudicated yet)") if name == "set_by" else ""
        if name == "set_by":
            return self.tr("%1 (adjudicated)").replace("%1", outcome.adjudicator or "")
        return local_time(outcome.adjudicated_at, seconds=True) if outcome.adjudicated_at else ""

    def differs(self, row: int) -> bool:
        """True on the year row when the files that answered do not all say the same."""
        return YEAR_FIELDS[row] == "year" and len({v.year for v in self.versions if v.answered}) > 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        is_version = index.column() < len(self.versions)
        if role == Qt.ItemDataRole.BackgroundRole and is_version and self.differs(index.row()):
            return DIFFERS if self.versions[index.column()].answered else None
        if role == Qt.ItemDataRole.FontRole and not is_version:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class VersionTableModel(QAbstractTableModel):
    """One record's versions side by side: a column per reviewer (and the final record), a row per field."""

    def __init__(self, taxonomy: Taxonomy, parent: Any = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.versions: list[Version] = []
        self.final: Record | None = None
        self.final_status = ""
        self.chosen_periods: list[str | None] = []

    def set_versions(
        self,
        versions: list[Version],
        final: Record | None,
        final_status: str,
        chosen_periods: list[str | None] | None = None,
    ) -> None:
        """``chosen_periods``: the period each version would have if chosen, where the article's year now
        moves it (a version decided under another year of the article); None where it stays."""
        self.beginResetModel()
        self.versions, self.final, self.final_status = versions, final, final_status
        self.chosen_periods = chosen_periods or [None] * len(versions)
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
            text = field_text(self.versions[column], name)
            chosen = self.chosen_periods[column] if name == "period" else None
            return f"{text} → {chosen}" if chosen is not None and chosen != text else text
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
        """True when the reviewers' versions do not all say the same for this field (times always differ; a
        period as it would be chosen, under the article's year now)."""
        if FIELDS[row] == "decided_at":
            return False
        return len({self.text(row, c).split(" → ")[-1] for c in range(len(self.versions))}) > 1

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
