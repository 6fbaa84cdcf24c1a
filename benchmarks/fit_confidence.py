"""Fit the extractor's confidence (:mod:`desktop.core.extract.confidence`) on gold sets.

Usage: fit_confidence.py [--write FILE] [--signs] [--loso] [--threshold C]... [--fresh NAME]...
       [--holdout NAME]... DIR [NAME ...]

DIR is what ``score_sets.py --keep DIR`` leaves: for each set NAME (every one there unless named)
``NAME.gold.jsonl``, ``NAME.pred.jsonl`` (the export, with each record's failed checks) and ``NAME.db``
(the imported articles), made with the code whose confidence is "today's" (the export's).  Each exported record is judged as ``check_precision.py`` judges it (right: a
reviewer changes nothing), and its *signs* are read by extracting its article again as the import did,
with the pipeline's ``confidence_of`` swapped for one that notes them.  A logistic regression (Newton's
method, the standard library only) of right on the prior's log-odds gives the bias and the slope;
with ``--signs``, each sign a weight too (under an L2 penalty).  ``--fresh`` names the sets nobody had
read when the rules were written: together they weigh as much as all the others.

``--write`` writes the weights with the sets and the date they were fitted on.  ``--loso`` fits on all
sets but one and scores the one left out, for each: what "accept all that pass" confirms at each
``--threshold`` (not the records of an article whose assumed year is open, which the accept holds back),
against today's confidence at ``--today``; the wrong among as many of the most confident passing records
as today's accept confirms; the wrong in the riskiest tenth, fifth and half of the queue (risk from the
record's failed checks and the confidence, as the store computes it); the log loss.  ``--shipped`` gives
the same figures for the shipped weights, fitting nothing (every set is then held out): what a change of
the signs or of the prior does by itself.  A ``--holdout`` set is left out of every fit and scored by the
final one.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.check_precision import asks_year, judged
from benchmarks.label_errors import SCORER, load_scorer
from desktop.core.checks.risk import risk_of_rules
from desktop.core.extract import extract, pipeline
from desktop.core.extract.confidence import DECIMALS, _model, prior, probability
from desktop.services.reextract import _run as extract_stored

#: The L2 penalty on the signs' weights: it keeps a sign seen a dozen times near nothing.
PENALTY = 2.0
#: The queue's heads that are reported.
SHARES = (0.1, 0.2, 0.5)


@dataclass(frozen=True)
class Row:
    """One exported record: its set, signs, whether it is right, its failed rules, today's confidence,
    whether its set is *fresh* (nobody had read it when the rules it was extracted with were written), and
    whether the accept holds it back (its article's assumed year is not confirmed, as ``check_precision``
    and the store count it)."""

    name: str
    signs: tuple[str, ...]
    right: bool
    rules: tuple[str, ...]
    today: float
    fresh: bool = False
    held: bool = False


@dataclass(frozen=True)
class Model:
    """The fitted weights."""

    bias: float
    slope: float
    weights: dict[str, float]

    def confidence(self, signs: tuple[str, ...]) -> float:
        """As the extractor computes it (:func:`~desktop.core.extract.confidence.confidence_of`)."""
        return round(probability(self.bias, self.slope, self.weights, signs), DECIMALS)


# ---- reading the sets ------------------------------------------------------------------------------


@contextmanager
def noting_signs() -> Iterator[list[tuple[str, ...]]]:
    """While open, every record the extractor makes carries as its confidence the index of its signs in
    the list yielded."""
    noted: list[tuple[str, ...]] = []
    confidence_of = pipeline.confidence_of

    def note(signs: tuple[str, ...]) -> float:
        noted.append(signs)
        return float(len(noted) - 1)

    pipeline.confidence_of = note  # type: ignore[assignment]
    try:
        yield noted
    finally:
        pipeline.confidence_of = confidence_of


def _key(article_id: object, record: dict[str, object]) -> tuple[str, ...]:
    return tuple(map(str, (article_id, record["start"], record["end"], record["indicator"], record["kind"])))


def stored_signs(db: Path) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The signs of every record of the imported articles, by article id and record."""
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    with closing(sqlite3.connect(db)) as conn, noting_signs() as noted:
        conn.row_factory = sqlite3.Row
        for row in conn.execute("SELECT id, text, published, locality, title, url, warnings FROM articles"):
            for record in extract_stored(extract, row).records:
                found[_key(row["id"], record.to_dict())] = noted[int(record.confidence)]
    return found


def kept_sets(folder: Path) -> list[str]:
    """The names of the sets ``score_sets.py --keep`` left in ``folder``."""
    return sorted(path.name.removesuffix(".gold.jsonl") for path in folder.glob("*.gold.jsonl"))


def read_set(scorer: ModuleType, name: str, folder: Path, fresh: bool = False) -> list[Row]:
    """The judged records of the set ``name`` kept in ``folder``, with their signs."""
    signs = stored_signs(folder / f"{name}.db")
    gold, pred = (str(folder / f"{name}.{part}.jsonl") for part in ("gold", "pred"))
    records = judged(scorer, gold, pred)
    asking = {record.get("doc") for record, _ in records if asks_year(record)}
    rows = []
    for record, faults in records:
        key = _key(record["article_id"], record)
        if key not in signs:
            raise SystemExit(f"{name}: no signs for {key}; was {folder / name}.db imported with this code?")
        rules = tuple(sorted({str(check["rule"]) for check in record.get("checks") or []}))  # type: ignore[attr-defined]
        today = float(record.get("confidence") or 0)  # type: ignore[arg-type]
        held = record.get("doc") in asking
        rows.append(Row(name, signs[key], not faults, rules, today, fresh, held))
    return rows


# ---- the fit ---------------------------------------------------------------------------------------


def balanced(rows: Sequence[Row]) -> list[tuple[tuple[str, ...], bool, float]]:
    """The rows to fit, each with its weight: the fresh sets weigh as much, all together, as the others.

    The read sets' records are what is left wrong after rules were written from those very sets; the
    fresh sets' are what the rules get wrong on articles nobody read, as a reviewer's articles are (on
    them "accept all that pass" confirmed ~40% wrong records where the read sets gave ~10%).  The
    fresh sets are few, so each of their records counts for several."""
    fresh = sum(row.fresh for row in rows)
    scale = (len(rows) - fresh) / fresh if fresh and fresh < len(rows) else 1.0
    return [(row.signs, row.right, scale if row.fresh else 1.0) for row in rows]


def fit(
    rows: Sequence[tuple[tuple[str, ...], bool, float]],
    signs: bool = False,
    penalty: float = PENALTY,
    steps: int = 50,
) -> Model:
    """A logistic regression of ``right`` on the prior's log-odds and, with ``signs``, on the signs, each
    row weighted: Newton's method on the likelihood with an L2 ``penalty`` on the signs' weights (none
    on the bias and the slope), from all weights zero; deterministic for the same rows."""
    seen = Counter(sign for row_signs, _, _ in rows for sign in set(row_signs)) if signs else Counter()
    names = sorted(seen)
    index = {name: i + 2 for i, name in enumerate(names)}  # 0 is the bias, 1 the slope
    columns = [
        [
            (0, 1.0),
            (1, _log_odds(prior(row_signs))),
            *((index[s], 1.0) for s in sorted(set(row_signs) & seen.keys())),
        ]
        for row_signs, _, _ in rows
    ]
    size = len(names) + 2
    beta = [0.0] * size
    for _ in range(steps):
        gradient = [0.0, 0.0] + [-penalty * b for b in beta[2:]]
        hessian = [[penalty if i == j and i > 1 else 0.0 for j in range(size)] for i in range(size)]
        for active, (_, right, weight) in zip(columns, rows, strict=True):
            p = 1.0 / (1.0 + math.exp(-sum(beta[i] * value for i, value in active)))
            residual, curve = weight * (float(right) - p), weight * p * (1.0 - p)
            for i, value in active:
                gradient[i] += residual * value
                for j, other in active:
                    hessian[i][j] += curve * value * other
        step = solve(hessian, gradient)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(map(abs, step)) < 1e-9:
            break
    return Model(round(beta[0], 4), round(beta[1], 4), {name: round(beta[index[name]], 4) for name in names})


def _log_odds(p: float) -> float:
    return math.log(p / (1.0 - p))


def solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """``matrix x = vector`` by Gaussian elimination with partial pivoting (the matrix is small and,
    penalised, positive definite)."""
    n = len(vector)
    rows = [[*matrix[i], vector[i]] for i in range(n)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(col + 1, n):
            factor = rows[r][col] / rows[col][col]
            if factor:
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (rows[r][n] - sum(rows[r][c] * x[c] for c in range(r + 1, n))) / rows[r][r]
    return x


def weights_json(
    model: Model,
    sets: Sequence[str],
    fresh: Sequence[str],
    held_out: Sequence[str],
    records: int,
    fitted: str,
) -> str:
    """The weights file: what the core reads (``bias``, ``slope``, ``weights``) and what it was fitted on."""
    data = {
        "about": "the chance a record is right: a logistic regression written by benchmarks/fit_confidence.py",
        "fitted": fitted,
        "sets": list(sets),
        "fresh": list(fresh),
        "held_out": list(held_out),
        "records": records,
        "bias": model.bias,
        "slope": model.slope,
        "weights": dict(sorted(model.weights.items())),
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


# ---- the evaluation --------------------------------------------------------------------------------


def wrong_among(rows: Sequence[Row], confidence: Callable[[Row], float], top: int) -> int:
    """Wrong records among the ``top`` most confident that fail no check and are not held back (ties in the
    set's order)."""
    passing = sorted(
        (row for row in rows if not row.rules and not row.held), key=lambda row: -confidence(row)
    )
    return sum(not row.right for row in passing[:top])


def queue(rows: Sequence[Row], confidence: Callable[[Row], float]) -> list[int]:
    """Wrong records in the riskiest tenth, fifth and half."""
    ordered = sorted(rows, key=lambda row: -risk_of_rules(row.rules, confidence(row)))
    return [sum(not row.right for row in ordered[: max(1, round(len(rows) * s))]) for s in SHARES]


def accepted(rows: Sequence[Row], confidence: Callable[[Row], float], threshold: float) -> tuple[int, int]:
    """How many records accept-all confirms, and how many of them are wrong."""
    passing = [row for row in rows if not row.rules and not row.held and confidence(row) >= threshold]
    return len(passing), sum(not row.right for row in passing)


def leave_one_out(rows: Sequence[Row], signs: bool, thresholds: Sequence[float], today: float) -> None:
    """Fit without each set, score it, and print the figures per set and pooled (read and fresh sets
    apart: their error rates differ too much to pool)."""
    scored: list[tuple[Row, float]] = []
    for name in sorted({row.name for row in rows}):
        model = fit(balanced([row for row in rows if row.name != name]), signs)
        scored += [(row, model.confidence(row.signs)) for row in rows if row.name == name]
    for label, fresh in (("read", False), ("fresh", True)):
        group = [(row, value) for row, value in scored if row.fresh == fresh]
        if group:
            report(f"held-out {label} sets, each scored by a fit without it", group, thresholds, today)


def report(
    title: str, scored: Sequence[tuple[Row, float]], thresholds: Sequence[float], today: float
) -> None:
    """The figures of records scored with a new confidence, against today's: per set, then pooled."""
    new = {id(row): value for row, value in scored}
    rows = [row for row, _ in scored]
    pooled: Counter[str] = Counter()
    for name in sorted({row.name for row in rows}):
        held = [row for row in rows if row.name == name]
        count, bad = accepted(held, lambda row: row.today, today)
        top = wrong_among(held, lambda row: new[id(row)], count)
        pooled.update(count=count, bad=bad, top=top)
        cells = [
            f"{name}: {len(held)} records; today accepts {count}, {bad} wrong; new top {count}: {top} wrong"
        ]
        for threshold in thresholds:
            got, wrong = accepted(held, lambda row: new[id(row)], threshold)
            pooled.update({f"n{threshold}": got, f"w{threshold}": wrong})
            cells.append(f">= {threshold}: {got}, {wrong} wrong")
        tops = "/".join(str(max(1, round(len(held) * share))) for share in SHARES[:2])
        before, after = (
            queue(held, confidence)[:2] for confidence in (lambda row: row.today, lambda row: new[id(row)])
        )
        cells.append(
            f"wrong in the riskiest {tops}: today {before[0]}/{before[1]}, new {after[0]}/{after[1]}"
        )
        print("; ".join(cells))
    wrong = sum(not row.right for row in rows)
    print(f"== {title}: {len(rows)} records, {wrong} wrong ({wrong / max(len(rows), 1):.1%})")
    print(
        f"today (>= {today}): accepts {pooled['count']}, {pooled['bad']} wrong ({pooled['bad'] / max(pooled['count'], 1):.1%}); "
        f"new, as many per set: {pooled['top']} wrong ({pooled['top'] / max(pooled['count'], 1):.1%})"
    )
    for threshold in thresholds:
        got, bad = pooled[f"n{threshold}"], pooled[f"w{threshold}"]
        print(f"new (>= {threshold}): accepts {got}, {bad} wrong ({bad / max(got, 1):.1%})")
    for label, confidence in (("today", lambda row: row.today), ("new", lambda row: new[id(row)])):
        heads = [max(1, round(len(rows) * share)) for share in SHARES]
        cells = [
            f"riskiest {share:.0%}: {hits}/{head} ({hits / head:.0%})"
            for share, head, hits in zip(SHARES, heads, queue(rows, confidence), strict=True)
        ]
        print(f"queue {label}: " + "; ".join(cells))
    print(
        f"log loss: today {log_loss(rows, lambda row: row.today):.3f}, new {log_loss(rows, lambda row: new[id(row)]):.3f}"
    )


def log_loss(rows: Sequence[Row], confidence: Callable[[Row], float]) -> float:
    """Mean negative log-likelihood of right/wrong under the confidence read as a probability."""
    total = 0.0
    for row in rows:
        p = min(max(confidence(row), 1e-3), 1 - 1e-3)
        total -= math.log(p if row.right else 1.0 - p)
    return total / max(len(rows), 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, metavar="DIR", help="a folder of score_sets.py --keep")
    parser.add_argument("sets", nargs="*", metavar="NAME", help="the sets to read (default: all in DIR)")
    parser.add_argument("--scorer", type=Path, default=SCORER)
    parser.add_argument(
        "--fresh",
        action="append",
        default=[],
        metavar="NAME",
        help="a set nobody read when the rules were written",
    )
    parser.add_argument(
        "--holdout",
        action="append",
        default=[],
        metavar="NAME",
        help="a set left out of every fit, scored at the end",
    )
    parser.add_argument("--write", type=Path, help="write the weights fitted on all the sets here")
    parser.add_argument(
        "--signs", action="store_true", help="fit a weight per sign too, not the prior's only"
    )
    parser.add_argument("--loso", action="store_true", help="leave each set out in turn and score it")
    parser.add_argument(
        "--shipped",
        action="store_true",
        help="score every set with the shipped weights, fitting nothing: what new signs or a new prior do alone",
    )
    parser.add_argument("--today", type=float, default=0.8, help="today's accept threshold (default 0.8)")
    parser.add_argument("--threshold", type=float, action="append", help="new thresholds to report")
    args = parser.parse_args(argv)
    scorer = load_scorer(args.scorer)
    rows: list[Row] = []
    for name in args.sets or kept_sets(args.folder):
        rows += read_set(scorer, name, args.folder, name in args.fresh)
    kept = [row for row in rows if row.name not in args.holdout]
    if args.shipped:
        shipped = Model(*_model())
        for label, unread in (("read", False), ("fresh", True)):
            group = [(row, shipped.confidence(row.signs)) for row in rows if row.fresh == unread]
            if group:
                report(
                    f"{label} sets, scored by the shipped weights", group, args.threshold or [0.8], args.today
                )
    if args.loso:
        leave_one_out(kept, args.signs, args.threshold or [0.8], args.today)
    model = fit(balanced(kept), args.signs)
    held = [(row, model.confidence(row.signs)) for row in rows if row.name in args.holdout]
    if held:
        report("held out of every fit", held, args.threshold or [0.8], args.today)
    for name, weight in sorted(model.weights.items(), key=lambda item: item[1]):
        print(f"{name:24} {weight:+.3f}")
    print(f"{'bias':24} {model.bias:+.3f}\n{'slope':24} {model.slope:+.3f}")
    if args.write:
        sets = sorted({row.name for row in kept})
        fresh = sorted({row.name for row in kept if row.fresh})
        fitted = datetime.date.today().isoformat()
        args.write.write_text(
            weights_json(model, sets, fresh, sorted(args.holdout), len(kept), fitted), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
