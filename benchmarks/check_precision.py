"""How often the checks are right, measured against hand-made answers instead of a reading.

Usage: check_precision.py [--scorer FILE] [--threshold C] NAME=GOLD.jsonl:EXPORT.jsonl ...

EXPORT is ``chitieu export --format jsonl --status all`` of the gold's articles: each line carries
the record's failed checks and its risk.  A record is *wrong* when a reviewer must change it: the
scorer pairs it with no gold record (a false record), or its pair differs in kind, period, place,
unit or comparisons, or shares less than half the label's words.  From that, per group of sets:

- per rule, how many records it flags and how many of those are wrong (its precision), the
  figure a rule is kept or reworked on, without a person reading each flag;
- how much of the wrong records the riskiest-first queue puts first (wrong in the riskiest
  tenth, fifth, half, against the base rate);
- what "accept all that pass" would confirm (no failed check, confidence at least C, not in an
  article whose assumed year is not yet confirmed: see ``desktop.store.accepting.HELD``) and how
  many of those are wrong: the errors a reviewer who trusts it lets into the dataset.

Only totals are printed, so it may be run on sets nobody may read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.label_errors import SCORER, load_scorer, split_set

Record = dict[str, object]
#: The fields a reviewer retypes, compared as the scorer compares them.
FIELDS = ("kind", "period", "locality", "unit")


def faults(scorer: ModuleType, gold: Record | None, pred: Record) -> list[str]:
    """What a reviewer must change in ``pred``: ``false record`` when it has no gold pair, else
    the fields that differ from its pair's (empty when it is right)."""
    if gold is None:
        return ["false record"]
    wrong = [name for name in FIELDS if scorer.norm(gold.get(name)) != scorer.norm(pred.get(name))]
    comparisons = [sorted(map(scorer.comparison_key, rec.get("comparisons") or [])) for rec in (gold, pred)]  # type: ignore[union-attr]
    if comparisons[0] != comparisons[1]:
        wrong.append("comparisons")
    if scorer.label_f1(gold.get("indicator"), pred.get("indicator")) < 0.5:
        wrong.append("label")
    return wrong


def judged(scorer: ModuleType, gold_path: str, pred_path: str) -> list[tuple[Record, list[str]]]:
    """Every exported record of the gold's articles with its faults, paired doc by doc as the scorer pairs."""
    by_doc: dict[str, tuple[list[Record], list[Record]]] = {}
    for rec in scorer.load(gold_path):
        by_doc.setdefault(str(rec["doc"]), ([], []))[0].append(rec)
    for rec in scorer.load(pred_path):
        if str(rec["doc"]) in by_doc:
            by_doc[str(rec["doc"])][1].append(rec)
    out = []
    for gold, pred in by_doc.values():
        partner = {id(p): g for g, p in scorer.pair(gold, pred)}
        out += [(p, faults(scorer, partner.get(id(p)), p)) for p in pred]
    return out


@dataclass
class Tally:
    """The judged records of one group of sets."""

    threshold: float
    records: list[tuple[Record, list[str]]] = field(default_factory=list)

    def report(self, name: str) -> None:
        n = len(self.records)
        wrong = sum(bool(f) for _, f in self.records)
        print(f"== {name}: {n} records, {wrong} wrong ({wrong / max(n, 1):.1%})")
        kinds = Counter(fault for _, f in self.records for fault in f)
        print("faults: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
        self._rules()
        self._queue(wrong)
        self._accept()

    def _rules(self) -> None:
        flagged: Counter[str] = Counter()
        real: Counter[str] = Counter()
        for rec, f in self.records:
            for rule in {str(check["rule"]) for check in rec.get("checks") or []}:  # type: ignore[union-attr]
                flagged[rule] += 1
                real[rule] += bool(f)
        print(f"{'rule':24} flagged   wrong  precision")
        for rule, count in flagged.most_common():
            print(f"{rule:24} {count:7} {real[rule]:7}  {real[rule] / count:9.2f}")
        any_flag = [f for rec, f in self.records if rec.get("checks")]
        print(f"{'any rule':24} {len(any_flag):7} {sum(map(bool, any_flag)):7}")

    def _queue(self, wrong: int) -> None:
        ordered = sorted(self.records, key=lambda item: -float(item[0].get("risk") or 0))  # type: ignore[arg-type]
        n = len(ordered)
        cells = []
        for share in (0.1, 0.2, 0.5):
            top = ordered[: max(1, round(n * share))]
            hits = sum(bool(f) for _, f in top)
            cells.append(
                f"riskiest {share:.0%}: {hits}/{len(top)} wrong ({hits / len(top):.0%}, {hits / max(wrong, 1):.0%} of all wrong)"
            )
        print("queue: " + "; ".join(cells) + f"; base rate {wrong / max(n, 1):.0%}")

    def _accept(self) -> None:
        held = {rec.get("doc") for rec, _ in self.records if asks_year(rec)}
        passing = [
            f
            for rec, f in self.records
            if not rec.get("checks")
            and float(rec.get("confidence") or 0) >= self.threshold  # type: ignore[arg-type]
            and rec.get("doc") not in held
        ]
        hits = sum(map(bool, passing))
        print(
            f"accept all that pass (confidence >= {self.threshold}): {len(passing)} of {len(self.records)} records, "
            f"{hits} wrong ({hits / max(len(passing), 1):.1%})"
        )


def asks_year(rec: Record) -> bool:
    """Whether the record asks its article's assumed year and is not confirmed: the accept holds the article."""
    rules = {check["rule"] for check in rec.get("checks") or []}  # type: ignore[union-attr]
    return "period_assumed" in rules and rec.get("status") != "confirmed"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "sets", nargs="+", metavar="NAME=GOLD:EXPORT", help="GROUP/SET=GOLD:EXPORT; one GROUP is summed"
    )
    parser.add_argument("--scorer", type=Path, default=SCORER)
    parser.add_argument(
        "--threshold", type=float, default=0.0, help="the accept's lowest confidence (default 0)"
    )
    args = parser.parse_args()
    scorer = load_scorer(args.scorer)
    groups: dict[str, Tally] = {}
    for group, gold_path, pred_path in map(split_set, args.sets):
        groups.setdefault(group, Tally(args.threshold)).records += judged(scorer, gold_path, pred_path)
    for name, tally in groups.items():
        tally.report(name)


if __name__ == "__main__":
    main()
