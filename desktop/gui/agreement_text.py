"""The agreement report as the window shows it: in the interface's language, numbers the local way.

``chitieu agreement`` prints :func:`desktop.services.agreement.describe`, in
English for scripts and logs; the window showed that same English text in
its Vietnamese dialog.  This writes the report from the same figures, with
the window's translations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core.text_table import table
from desktop.gui.adjudication_model import field_title
from desktop.services.agreement import reviewer_rows

if TYPE_CHECKING:
    from desktop.services.agreement import AgreementReport


def agreement_text(report: AgreementReport) -> str:
    """The report as monospaced text: the kappa, the conflicts, then one table per view."""
    lines = [_kappa_line(report), _conflicts_line(report)]
    if report.year_conflicts:
        lines.append(_years_line(report))
    if len(report.pairs) > 1:
        lines += [
            "",
            QCoreApplication.translate("Agreement", "Pairs of reviewers"),
            table(
                (
                    QCoreApplication.translate("Agreement", "Reviewer A"),
                    QCoreApplication.translate("Agreement", "Reviewer B"),
                    QCoreApplication.translate("Agreement", "Records"),
                    QCoreApplication.translate("Agreement", "Kappa"),
                ),
                [(p["a"], p["b"], p["items"], _number(p["kappa"])) for p in report.pairs],
            ),
        ]
    if report.correction_pairs:
        lines += [
            "",
            QCoreApplication.translate("Agreement", "Corrections: agreement per field over %1 pairs").replace(
                "%1", str(report.correction_pairs)
            ),
            table(
                tuple(_field(name) for name in report.fields),
                [tuple(_number(value) for value in report.fields.values())],
            ),
        ]
    lines += ["", QCoreApplication.translate("Agreement", "Reviewers"), _reviewers_table(report)]
    return "\n".join(lines)


def _kappa_line(report: AgreementReport) -> str:
    if report.kappa_kind == "cohen":
        text = QCoreApplication.translate(
            "Agreement", "Cohen's kappa %1 over %2 records of the overlap decided by every reviewer"
        )
    elif report.kappa_kind == "fleiss":
        text = QCoreApplication.translate(
            "Agreement", "Fleiss' kappa %1 over %2 records of the overlap decided by every reviewer"
        )
    else:
        return QCoreApplication.translate(
            "Agreement", "No overlap decided by two reviewers or more: no kappa"
        )
    return text.replace("%1", _number(report.kappa)).replace("%2", str(report.items))


def _conflicts_line(report: AgreementReport) -> str:
    return (
        QCoreApplication.translate("Agreement", "%1 records decided differently, %2 not adjudicated yet")
        .replace("%1", str(report.conflicts))
        .replace("%2", str(report.unresolved))
    )


def _years_line(report: AgreementReport) -> str:
    """The article years set differently; no ``%n``: lupdate takes no plural from ``QCoreApplication.translate``."""
    return (
        QCoreApplication.translate("Agreement", "Article years set differently: %1, not adjudicated yet: %2")
        .replace("%1", str(report.year_conflicts))
        .replace("%2", str(report.years_unresolved))
    )


def _reviewers_table(report: AgreementReport) -> str:
    header = (
        QCoreApplication.translate("Agreement", "File"),
        QCoreApplication.translate("Agreement", "Reviewer"),
        QCoreApplication.translate("Agreement", "Decisions"),
        QCoreApplication.translate("Agreement", "Confirmed"),
        QCoreApplication.translate("Agreement", "Corrected"),
        QCoreApplication.translate("Agreement", "Rejected"),
        QCoreApplication.translate("Agreement", "Added"),
        QCoreApplication.translate("Agreement", "Active hours"),
        QCoreApplication.translate("Agreement", "Per hour"),
    )
    return table(header, reviewer_rows(report, _number))


def _field(name: str) -> str:
    if name == "label":
        return QCoreApplication.translate("Agreement", "Label")
    return field_title(name)


def _number(value: float | None, places: int = 3) -> str:
    """A figure the local way (``0,812`` in Vietnamese); a dash when there is none."""
    return "-" if value is None else QLocale().toString(float(value), "f", places)
