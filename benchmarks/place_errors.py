"""The shape of the locality errors, in aggregate, over scored exports.

Usage: place_errors.py [--scorer FILE] NAME=GOLD.jsonl:PRED.jsonl[:ARTICLES.db] ...

Over the scorer's own pairing this counts the paired records whose place differs, by class: what
the hand-made place and ours each are (the article's own place as the extractor found it, the
country, a province, district or commune of the gazetteer, or a name it does not hold), how the
two relate (ours is a unit containing theirs, inside it, elsewhere; the same name spelled
otherwise or with its administrative word), where the article names theirs (before the figure,
after it, earlier; only a fixed list of cue words is shown), and, for each article with errors,
whether its commonest hand-made place is ours, and named in its title or lead: a wrong article
place shows there as many errors in one article.  The article's place, title and text come from
the database the export was made from (by default the export's path with ``.db``).  Nothing per
record is printed, so it may be run on sets nobody is allowed to read.
"""

from __future__ import annotations

import argparse
import sqlite3
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks.label_errors import SCORER, load_scorer
from benchmarks.record_errors import by_doc, parse_set
from desktop.core.extract.lexicon import ADMIN_WORDS
from desktop.core.places import COUNTRY, gazetteer, loose_key, name_key


def kind_of(place: str | None, own: str | None) -> str:
    """What a place is: the article's own, the country, a gazetteer level, or unknown."""
    if not place:
        return "none"
    if own and name_key(place) == name_key(own):
        return "own"
    if name_key(place) == COUNTRY:
        return "country"
    gaz = gazetteer()
    levels = {gaz.units[i].level for i in gaz.lookup(place)}
    for level in ("province", "district", "commune"):
        if level in levels:
            return level
    return "unknown"


def relation(gold: str, pred: str) -> str:
    """How our place relates to the hand-made one."""
    if loose_key(gold) == loose_key(pred):
        return "spelling"
    if loose_key(_without_admin_word(gold)) == loose_key(_without_admin_word(pred)):
        return "admin word"
    gaz = gazetteer()
    gold_ids, pred_ids = gaz.lookup(gold), gaz.lookup(pred)
    if name_key(pred) == COUNTRY and gold_ids:
        return "ours contains"
    if name_key(gold) == COUNTRY and pred_ids:
        return "ours inside"
    if any(p in gaz.ancestors(g) for g in gold_ids for p in pred_ids):
        return "ours contains"
    if any(g in gaz.ancestors(p) for g in gold_ids for p in pred_ids):
        return "ours inside"
    if gold_ids and pred_ids:
        return "elsewhere"
    return "unknown name"


def _without_admin_word(place: str) -> str:
    low = place.lower()
    for word in sorted(ADMIN_WORDS, key=len, reverse=True):
        if low.startswith(word + " "):
            return place[len(word) + 1 :]
    return place


#: How far before a figure its sentence is taken to start, for ``where_named``.
SENTENCE = 300


def where_named(place: str, text: str, title: str, start: Any) -> str:
    """Where the article names the hand-made place: just before the figure (its sentence), after
    it, elsewhere before it, only in the title, or nowhere (spelled as the gold spells it)."""
    if not place or name_key(place) == COUNTRY:
        return "country"
    low, key = text.lower(), place.lower()
    at = start if isinstance(start, int) else 0
    sentence_start = max(low.rfind(". ", 0, at), at - SENTENCE, 0)
    before = low.rfind(key, sentence_start, at)
    if before >= 0:
        return f"just before, after {_cue(low[max(before - 30, 0) : before])}"
    after = low.find(key, at, at + SENTENCE)
    if after >= 0:
        gap = low[at:after]
        where = "next sentence" if ". " in gap else "same sentence"
        return f"after it, {where}, after {_cue(gap)}"
    if low.find(key, 0, at) >= 0:
        return "earlier in the article"
    if key in title.lower():
        return "title only"
    return "after, far" if key in low else "nowhere as written"


#: The words before a place that tell how it is named; any other word shows as ``other``, so that no
#: text of an article is printed.
_CUES = (
    *ADMIN_WORDS,
    "tại",
    "ở",
    "của",
    "toàn",
    "riêng",
    "còn",
    "thì",
    "như",
    "là",
    "và",
    "(",
    ";",
    ",",
    ":",
)


def _cue(before: str) -> str:
    """The last word of ``before`` if it is one of ``_CUES``, the punctuation it ends with, else ``other``."""
    stripped = before.rstrip()
    if stripped[-1:] in "(;,:" and stripped:
        return f"'{stripped[-1]}'"
    words = stripped.split()
    for n in (2, 1):
        tail = " ".join(words[-n:])
        if tail in _CUES:
            return f"'{tail}'"
    return "other"


class Tally:
    """Counts of one group of sets."""

    def __init__(self, scorer: ModuleType) -> None:
        self.scorer = scorer
        self.pairs = 0
        self.wrong = 0
        self.kinds: Counter[tuple[str, str]] = Counter()
        self.relations: Counter[str] = Counter()
        self.named: Counter[str] = Counter()
        #: Per article with any: how many of its paired records have another place.
        self.per_article: list[int] = []
        self.articles: list[str] = []

    def add_doc(
        self, gold: list[dict[str, Any]], pred: list[dict[str, Any]], own: str | None, title: str, text: str
    ) -> None:
        norm = self.scorer.norm
        wrong_before = self.wrong
        for g, p in self.scorer.pair(gold, pred):
            self.pairs += 1
            if norm(g.get("locality")) == norm(p.get("locality")):
                continue
            self.wrong += 1
            gold_place, pred_place = str(g.get("locality") or ""), str(p.get("locality") or "")
            self.kinds[kind_of(gold_place, own), kind_of(pred_place, own)] += 1
            self.relations[relation(gold_place, pred_place) if gold_place and pred_place else "none"] += 1
            self.named[where_named(gold_place, text, title, p.get("start"))] += 1
        if self.wrong > wrong_before:
            self.per_article.append(self.wrong - wrong_before)
            places = Counter(str(g.get("locality") or "") for g in gold)
            main, n = places.most_common(1)[0]
            self.articles.append(
                f"{self.wrong - wrong_before} wrong of {len(gold)}; their commonest place: {n} records, "
                f"{kind_of(main, own)}, in the title: {name_key(main) in name_key(title)}, "
                f"in the lead: {main.lower() in text[:500].lower()}, "
                f"ours: {kind_of(own, None)} ({relation(main, own or '') if main and own else 'none'}), "
                f"ours in the title: {bool(own) and name_key(own or '') in name_key(title)}"
            )

    def report(self, name: str) -> None:
        share = 1 - self.wrong / self.pairs if self.pairs else 0.0
        print(f"== {name}: {self.pairs} paired, {self.wrong} with another place (locality {share:.3f})")
        counts = ", ".join(str(n) for n in sorted(self.per_article, reverse=True))
        print(f"  in {len(self.per_article)} articles, this many each: {counts}")
        for line in sorted(self.articles, key=lambda line: -int(line.split()[0])):
            print(f"    {line}")
        print("  theirs -> ours:")
        for (gold_kind, pred_kind), n in self.kinds.most_common():
            print(f"    {gold_kind:>8} -> {pred_kind:<8} {n}")
        print("  how ours relates to theirs:")
        for rel, n in self.relations.most_common():
            print(f"    {rel:<14} {n}")
        print("  where their place is named:")
        for where, n in self.named.most_common():
            print(f"    {where:<26} {n}")


def articles(db: Path) -> dict[str, tuple[str | None, str, str]]:
    """Each article's place (as the extractor found it), title and text, by doc id."""
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT doc, locality, coalesce(title, ''), text FROM articles").fetchall()
    return {str(doc): (locality, title, text) for doc, locality, title, text in rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", metavar="GROUP/SET=GOLD:PRED[:DB]")
    parser.add_argument("--scorer", type=Path, default=SCORER)
    args = parser.parse_args()
    scorer = load_scorer(args.scorer)
    groups: dict[str, Tally] = {}
    for spec in args.sets:
        group, gold_path, pred_path, db = parse_set(spec)
        found = articles(db)
        tally = groups.setdefault(group, Tally(scorer))
        for doc, gold_doc, pred_doc in by_doc(scorer.load(gold_path), scorer.load(pred_path)):
            own, title, text = found.get(doc, (None, "", ""))
            tally.add_doc(gold_doc, pred_doc, own, title, text)
    for name, tally in groups.items():
        tally.report(name)


if __name__ == "__main__":
    main()
