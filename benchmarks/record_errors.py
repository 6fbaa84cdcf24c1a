"""The shape of the record and kind errors, in aggregate, over scored exports.

Usage: record_errors.py [--scorer FILE] NAME=GOLD.jsonl:PRED.jsonl[:ARTICLES.db] ...

Rules written one read error at a time do not reach unread text; what the errors have in common
does.  Over the scorer's own pairing this counts the false records (predicted, unpaired) and the
missed ones (gold, unpaired) by shape: unit class, the cue word nearest before the figure (in the
40 characters before it), whether the figure is an item of a list, and, for missed ones, whether
gold marks it core; and, over the paired records, the kind confusions (gold kind x our kind) by
cue word.  The article text comes from the database the export was made from (by default the
export's path with ``.db``).  Nothing per record is printed, so it may be run on sets nobody is
allowed to read.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks.label_errors import SCORER, load_scorer

WINDOW = 40
_CUE_WORDS = (
    "tăng",
    "giảm",
    "chiếm",
    "bằng",
    "đạt",
    "ước",
    "vượt",
    "còn",
    "có",
    "gồm",
    "thêm",
    "mới",
    "cần",
    "lên",
    "xuống",
    "khoảng",
    "gần",
    "hơn",
    "trên",
    "được",
    "so với",
    "ước đạt",
    "ước tính",
    "dự kiến",
    "kế hoạch",
    "phấn đấu",
    "mục tiêu",
    "chỉ tiêu",
    "trong đó",
    "đến năm",
    "dự toán",
    "thực hiện",
    "bình quân",
    "đạt chuẩn",
    "kết nạp",
)
# Longest first, so that ``ước đạt`` is one cue rather than ``đạt``.
CUES = sorted(_CUE_WORDS, key=len, reverse=True)
_CUE = re.compile(r"(?<!\w)(" + "|".join(re.escape(c) for c in CUES) + r")(?!\w)")
_CLAUSE_END = re.compile(r"[.;!?\n]")

Record = dict[str, Any]


def articles(db: Path) -> dict[str, str]:
    """Each article's stored text by doc id, read-only."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return {doc: text for doc, text in conn.execute("SELECT doc, text FROM articles")}


def locate(rec: Record, text: str, taken: set[int]) -> int | None:
    """Where a record's figure starts: its own offset, else the first untaken occurrence of its text."""
    if isinstance(rec.get("start"), int):
        return int(rec["start"])
    needle = unicodedata.normalize("NFC", str(rec.get("text") or ""))
    if not needle:
        return None
    at = text.find(needle)
    while at >= 0 and at in taken:
        at = text.find(needle, at + 1)
    if at < 0:
        return None
    taken.add(at)
    return at


def shape(text: str, start: int | None) -> tuple[str, str]:
    """The cue nearest before the figure in its clause, and ``list`` when it is an item of one."""
    if start is None:
        return "?", "?"
    before = text[max(0, start - WINDOW) : start]
    ends = list(_CLAUSE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    cues = _CUE.findall(before.lower())
    sentence = text[max(0, start - 200) : start]
    sentence = sentence[sentence.rfind(".") + 1 :]
    in_list = ":" in sentence or (sentence.count(",") >= 2 and bool(re.search(r"\d[^,]*,[^,]*$", sentence)))
    return (cues[-1] if cues else "-"), ("list" if in_list else "")


class Tally:
    """False and missed records by shape, and kind confusions by cue, over one group of sets."""

    def __init__(self, scorer: ModuleType) -> None:
        self.scorer = scorer
        self.gold = self.pred = self.matched = 0
        self.false: Counter[tuple[str, ...]] = Counter()
        self.missed: Counter[tuple[str, ...]] = Counter()
        self.kinds: Counter[tuple[str, str]] = Counter()
        self.kind_cues: Counter[tuple[str, str, str]] = Counter()
        self.by_cue: Counter[str] = Counter()

    def add_doc(self, gold: list[Record], pred: list[Record], text: str) -> None:
        pairs = self.scorer.pair(gold, pred)
        self.gold += len(gold)
        self.pred += len(pred)
        self.matched += len(pairs)
        paired_gold = {id(g) for g, _ in pairs}
        paired_pred = {id(p) for _, p in pairs}
        taken: set[int] = set()
        for g in gold:
            if id(g) not in paired_gold:
                cue, in_list = shape(text, locate(g, text, taken))
                core = "core" if g.get("core") else ""
                self.missed[self.scorer.unit_class(g), cue, in_list, core] += 1
        for p in pred:
            if id(p) not in paired_pred:
                cue, in_list = shape(text, locate(p, text, taken))
                self.false[self.scorer.unit_class(p), cue, in_list] += 1
        for g, p in pairs:
            gk, pk = str(g.get("kind")), str(p.get("kind"))
            self.kinds[gk, pk] += 1
            cue, _ = shape(text, locate(p, text, taken))
            self.by_cue[cue] += 1
            if gk != pk:
                self.kind_cues[gk, pk, cue] += 1

    def report(self, name: str, top: int) -> None:
        print(f"== {name}: gold {self.gold}  predicted {self.pred}  matched {self.matched}")
        print(f"false records {self.pred - self.matched}  missed records {self.gold - self.matched}")
        for title, tally in (
            ("false (unit, cue, list)", self.false),
            ("missed (unit, cue, list, core)", self.missed),
        ):
            print(f"-- {title}")
            by_unit: Counter[str] = Counter()
            by_cue: Counter[str] = Counter()
            for key, n in tally.items():
                by_unit[key[0]] += n
                by_cue[key[1]] += n
            print("   by unit: " + ", ".join(f"{k} {v}" for k, v in by_unit.most_common()))
            print("   by cue:  " + ", ".join(f"{k} {v}" for k, v in by_cue.most_common()))
            for key, n in tally.most_common(top):
                print(f"   {n:>3}  " + " / ".join(k or "-" for k in key))
        wrong = sum(n for (g, p), n in self.kinds.items() if g != p)
        print(f"-- kinds over matched: {wrong} wrong of {sum(self.kinds.values())}")
        for (g, p), n in sorted(self.kinds.items()):
            if g != p:
                print(f"   gold {g:9} ours {p:9} {n:>3}")
        for (g, p, cue), n in self.kind_cues.most_common(top):
            print(f"   {n:>3}  gold {g} ours {p} cue {cue} (of {self.by_cue[cue]} with that cue)")


def parse_set(spec: str) -> tuple[str, str, str, Path]:
    """``GROUP/SET=GOLD:PRED[:DB]``: the group, the gold and the predicted export, and the database the
    export was made from (by default the export's path with ``.db``)."""
    name, _, paths = spec.partition("=")
    gold_path, pred_path, *rest = paths.split(":")
    return (
        name.split("/")[0],
        gold_path,
        pred_path,
        Path(rest[0]) if rest else Path(pred_path).with_suffix(".db"),
    )


def by_doc(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> Iterator[tuple[str, list, list]]:
    """Each article of the gold, with its gold and its predicted records."""
    for doc in sorted({str(r["doc"]) for r in gold}):
        yield doc, [r for r in gold if str(r["doc"]) == doc], [r for r in pred if str(r["doc"]) == doc]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", metavar="GROUP/SET=GOLD:PRED[:DB]")
    parser.add_argument("--scorer", type=Path, default=SCORER)
    parser.add_argument("--top", type=int, default=12, help="print the N commonest shapes")
    args = parser.parse_args()
    scorer = load_scorer(args.scorer)
    groups: dict[str, Tally] = {}
    for spec in args.sets:
        group, gold_path, pred_path, db = parse_set(spec)
        texts = articles(db)
        tally = groups.setdefault(group, Tally(scorer))
        for doc, gold_doc, pred_doc in by_doc(scorer.load(gold_path), scorer.load(pred_path)):
            tally.add_doc(gold_doc, pred_doc, unicodedata.normalize("NFC", texts.get(doc, "")))
    for name, tally in groups.items():
        tally.report(name, args.top)


if __name__ == "__main__":
    main()
