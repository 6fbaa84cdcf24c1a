"""The agreement report of a merged file: kappa, conflicts, field agreement, per-reviewer speed.

Kappa is computed on the decision (confirmed / corrected / rejected) each
reviewer gave each record of the overlap, over the records every reviewer of
that article decided: Cohen's for two reviewer files, Fleiss' for more.
Corrections are compared field by field over every pair of reviewers who
both corrected a record.  Speed is decisions per hour of *active* time: the
gaps between consecutive decisions, with any gap over
:data:`BREAK_AFTER` counted as a break, not as work.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from itertools import combinations, pairwise
from pathlib import Path
from typing import Any

from desktop.core.agreement import cohen_kappa, kappa, word_overlap
from desktop.core.text_table import table
from desktop.store import Store
from desktop.store.team import decision_times, disputed_count, overlap_versions, sources, version_counts
from desktop.store.team_years import year_disputed_count

BREAK_AFTER = timedelta(minutes=10)
#: Less active time than this gives no speed: four clicks in a second are not 14,400 an hour.
MIN_ACTIVE = timedelta(minutes=1)
#: Fields compared between two corrections of one record.
FIELDS = ("value", "unit", "period", "locality", "kind")


@dataclass(frozen=True)
class ReviewerStats:
    file: str
    reviewers: str
    decisions: int
    confirmed: int
    corrected: int
    rejected: int
    added: int
    active_hours: float
    per_hour: float | None


@dataclass(frozen=True)
class AgreementReport:
    kappa: float | None
    kappa_kind: str  # cohen | fleiss | none
    items: int  # overlap records every reviewer decided
    observed: float | None  # share of those decided the same way
    conflicts: int
    unresolved: int
    pairs: list[dict[str, Any]]  # Cohen's kappa of each pair of reviewer files
    fields: dict[str, float | None]  # agreement per field over pairs of corrections
    correction_pairs: int
    reviewers: list[ReviewerStats]
    #: Articles whose year two reviewer files set differently (desktop.store.team_years), and of them open.
    year_conflicts: int = 0
    years_unresolved: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def agreement_report(db_path: Path) -> AgreementReport:
    with Store(db_path, readonly=True) as store:
        return compute(store.conn)


def compute(conn: sqlite3.Connection) -> AgreementReport:
    found = sources(conn)
    names = {s.id: s.name for s in found}
    items = overlap_versions(conn)
    decided = [v for v in items.values() if v and all(row is not None for row in v.values())]
    width = max((len(v) for v in decided), default=0)
    ratings = [[row["status"] for row in v.values() if row is not None] for v in decided if len(v) == width]
    conflicts, unresolved = disputed_count(conn)
    years, years_open = year_disputed_count(conn)
    return AgreementReport(
        kappa=kappa(ratings) if width >= 2 else None,
        kappa_kind="cohen" if width == 2 else "fleiss" if width > 2 else "none",
        items=len(ratings),
        observed=sum(len(set(r)) == 1 for r in ratings) / len(ratings) if ratings else None,
        conflicts=int(conflicts),
        unresolved=int(unresolved),
        pairs=_pairs(items, names),
        **_field_agreement(items),
        reviewers=[_reviewer(conn, s.id, s.slot, s.reviewers) for s in found],
        year_conflicts=years,
        years_unresolved=years_open,
    )


def _pairs(items: dict[int, dict[int, Any]], names: dict[int, str]) -> list[dict[str, Any]]:
    result = []
    for a, b in combinations(sorted(names), 2):
        both = [
            (v[a]["status"], v[b]["status"])
            for v in items.values()
            if v.get(a) is not None and v.get(b) is not None
        ]
        result.append({"a": names[a], "b": names[b], "items": len(both), "kappa": cohen_kappa(both)})
    return result


def _field_agreement(items: dict[int, dict[int, Any]]) -> dict[str, Any]:
    pairs = [
        (x, y)
        for v in items.values()
        for x, y in combinations(
            [row for row in v.values() if row is not None and row["status"] == "corrected"], 2
        )
    ]
    fields: dict[str, float | None] = {}
    for name in FIELDS:
        fields[name] = sum(_same(x, y, name) for x, y in pairs) / len(pairs) if pairs else None
    fields["label"] = (
        sum(word_overlap(x["indicator"], y["indicator"]) for x, y in pairs) / len(pairs) if pairs else None
    )
    return {"fields": fields, "correction_pairs": len(pairs)}


def _same(x: Any, y: Any, name: str) -> bool:
    if name == "value":
        return (x["value"], x["value_max"]) == (y["value"], y["value_max"])
    return x[name] == y[name]


def _reviewer(conn: sqlite3.Connection, source_id: int, slot: str, reviewers: str) -> ReviewerStats:
    counts = version_counts(conn, source_id)
    times = [datetime.fromisoformat(t.replace("Z", "+00:00")) for t in decision_times(conn, source_id)]
    active = sum(
        (later - earlier for earlier, later in pairwise(times) if later - earlier <= BREAK_AFTER), timedelta()
    )
    hours = active.total_seconds() / 3600
    decisions = sum(counts.values())
    return ReviewerStats(
        slot,
        reviewers,
        decisions,
        counts.get("confirmed", 0),
        counts.get("corrected", 0),
        counts.get("rejected", 0),
        counts.get("added", 0),
        round(hours, 3),
        round(len(times) / hours, 1) if active >= MIN_ACTIVE else None,
    )


def describe(report: AgreementReport) -> str:
    """The report as text, for the terminal and the window's dialog."""
    kind = {"cohen": "Cohen's", "fleiss": "Fleiss'"}.get(report.kappa_kind, "")
    value = "n/a" if report.kappa is None else f"{report.kappa:.3f}"
    lines = [
        f"{kind} kappa {value} over {report.items} records of the overlap decided by every reviewer"
        if kind
        else "no overlap decided by two reviewers or more: no kappa",
        f"{report.conflicts} records decided differently, {report.unresolved} not adjudicated yet",
    ]
    if report.year_conflicts:
        lines.append(
            f"{report.year_conflicts} article year{'s' if report.year_conflicts != 1 else ''} set differently, "
            f"{report.years_unresolved} not adjudicated yet"
        )
    if len(report.pairs) > 1:
        lines += [
            "",
            "pairs",
            table(
                ("a", "b", "records", "kappa"),
                [(p["a"], p["b"], p["items"], _number(p["kappa"])) for p in report.pairs],
            ),
        ]
    if report.correction_pairs:
        lines += [
            "",
            f"corrections: agreement per field over {report.correction_pairs} pairs",
            table(tuple(report.fields), [tuple(_number(v) for v in report.fields.values())]),
        ]
    rows = reviewer_rows(report, _number)
    lines += [
        "",
        "reviewers",
        table(
            (
                "file",
                "reviewer",
                "decisions",
                "confirmed",
                "corrected",
                "rejected",
                "added",
                "active h",
                "per hour",
            ),
            rows,
        ),
    ]
    return "\n".join(lines)


def reviewer_rows(report: AgreementReport, number: Callable[[float | None, int], str]) -> list[tuple]:
    """One row per reviewer's file, the hours and rates written by ``number`` (the terminal's or the window's)."""
    return [
        (
            r.file,
            r.reviewers or "-",
            r.decisions,
            r.confirmed,
            r.corrected,
            r.rejected,
            r.added,
            number(r.active_hours, 2),
            number(r.per_hour, 0),
        )
        for r in report.reviewers
    ]


def _number(value: float | None, places: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{places}f}"
