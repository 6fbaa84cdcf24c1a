"""Review states and their colours: the one place that says what each state looks like.

The article text, the record table and the article list badges all take their
colours from here, so a reviewer learns one colour code:

========== ========= =========================================
state      colour    meaning
========== ========= =========================================
pending    amber     extracted by the machine, not yet decided
confirmed  green     a reviewer said the machine was right
corrected  blue      a reviewer fixed one or more fields
rejected   red       not a record (struck through in the text)
added      violet    a figure the machine missed, added by hand
========== ========= =========================================
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

STATE_COLOURS: dict[str, str] = {
    "pending": "#ffe08a",
    "confirmed": "#b7e4b0",
    "corrected": "#a9cff5",
    "rejected": "#f4b4b4",
    "added": "#d6c2f2",
}


#: A sign per state, so the state reads without its colour too (the record table's first column).
STATE_SIGNS: dict[str, str] = {
    "pending": "•",
    "confirmed": "✓",
    "corrected": "✎",
    "rejected": "✕",
    "added": "+",
}
#: How the record table writes a qualifier before the value.
QUALIFIER_SIGNS: dict[str, str] = {"exact": "", "approx": "≈ ", "over": "> ", "under": "< "}


def state_colour(status: str) -> QColor:
    return QColor(STATE_COLOURS.get(status, "#dddddd"))


def state_label(status: str) -> str:
    """The translated name of a record state, as the table and help show it."""
    labels = {
        "pending": QCoreApplication.translate("State", "pending"),
        "confirmed": QCoreApplication.translate("State", "confirmed"),
        "corrected": QCoreApplication.translate("State", "corrected"),
        "rejected": QCoreApplication.translate("State", "rejected"),
        "added": QCoreApplication.translate("State", "added"),
    }
    return labels.get(status, status)


def kind_label(kind: str) -> str:
    labels = {
        "actual": QCoreApplication.translate("Kind", "actual"),
        "estimate": QCoreApplication.translate("Kind", "estimate"),
        "target": QCoreApplication.translate("Kind", "target"),
    }
    return labels.get(kind, kind)


def qualifier_label(qualifier: str) -> str:
    labels = {
        "exact": QCoreApplication.translate("Qualifier", "exact"),
        "approx": QCoreApplication.translate("Qualifier", "approximately"),
        "over": QCoreApplication.translate("Qualifier", "over"),
        "under": QCoreApplication.translate("Qualifier", "under"),
    }
    return labels.get(qualifier, qualifier)


def relation_label(relation: str) -> str:
    labels = {
        "ratio": QCoreApplication.translate("Comparison", "ratio (equals X%)"),
        "change": QCoreApplication.translate("Comparison", "change (±X%)"),
    }
    return labels.get(relation, relation)


def basis_label(basis: str) -> str:
    labels = {
        "same_period": QCoreApplication.translate("Comparison", "same period"),
        "plan": QCoreApplication.translate("Comparison", "plan"),
        "target": QCoreApplication.translate("Comparison", "target"),
        "other": QCoreApplication.translate("Comparison", "other"),
    }
    return labels.get(basis, basis)
