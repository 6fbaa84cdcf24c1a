"""The shape of the indicator-label errors, in aggregate, over scored exports.

Usage: label_errors.py [--scorer FILE] [--words] NAME=GOLD.jsonl:PRED.jsonl ...

Reading label errors one record at a time invites rules fitted to the records
one read.  This prints what the errors have in common instead, over the pairs
the scorer matches (its own pairing and word split): word precision against
word recall (are our labels too long or too short?), where the extra and the
missing words sit (first, last, middle), and which class of word they are.
For each class it also prints the label F1 the sets would gain if that class
of error alone were fixed (extra words of the class dropped, missing ones
added): the order in which rules are worth writing.  ``--words`` adds the
commonest extra and missing words.  Nothing per record is printed, so it may
be run on sets nobody is allowed to read.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "score_extraction.py"  # beside the checkout, as in CI

# Phrases first (longest first), then single words; a word keeps the class of the phrase it is in.
# Each class is written as one string of its phrases parted by ``|``.
_CLASS_PHRASES = {
    "cue verb": (
        "ước đạt|ước tính|ước|đạt|dự kiến|đã|được|có|là|sẽ|đang|khoảng|gần|hơn|thực hiện|còn|"
        "chỉ|cũng|vẫn|đều|với|bằng|chiếm|lên|tới|xấp xỉ|phấn đấu|cần|mới|thêm"
    ),
    "change": ("tăng trưởng|tăng|giảm|bình quân|so với|so|cùng kỳ|gấp"),
    "time": (
        "giai đoạn|nhiệm kỳ|đến nay|hiện nay|hằng năm|hàng năm|mỗi năm|năm|tháng|quý|kỳ|đầu|"
        "cuối|nay|dịp|tết|i|ii|iii|iv|qua|vừa"
    ),
    "place": (
        "trên địa bàn|địa bàn|toàn tỉnh|toàn huyện|toàn thành phố|toàn xã|cả nước|toàn quốc|"
        "tỉnh|huyện|thành phố|thị xã|quận|phường|xã|tp|tại|ở|toàn|trên"
    ),
    "measure noun": (
        "giá trị sản xuất|giá trị|sản lượng|tổng số|tổng|số lượng|tỷ lệ|tỉ lệ|tỷ trọng|"
        "tỉ trọng|kim ngạch|doanh thu|diện tích|năng suất|mức|số|quy mô|tốc độ|chỉ số|lượng|"
        "thu nhập"
    ),
    "unit": (
        "tỷ đồng|triệu đồng|đồng|tỷ|tỉ|triệu|nghìn|ngàn|usd|ha|héc ta|tấn|người|lượt|hộ|km|m2|"
        "m3|con|lao động|đơn vị|sao"
    ),
    "function": (
        "trong đó|của|và|trong|cho|các|những|đó|này|từ|đến|theo|vào|về|để|tới|nhằm|do|như|gồm|nhất|hết"
    ),
}
CLASSES: dict[str, tuple[str, ...]] = {name: tuple(text.split("|")) for name, text in _CLASS_PHRASES.items()}
_PHRASES = sorted(
    ((tuple(p.split()), name) for name, phrases in CLASSES.items() for p in phrases),
    key=lambda item: -len(item[0]),
)
_WORD = re.compile(r"\w+")


def load_scorer(path: Path) -> ModuleType:
    """The scorer module itself, so that pairing and word split are exactly its own."""
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def word_classes(label: str | None) -> list[tuple[str, str]]:
    """Each of the label's scorer words with its class (``number``, ``name``, ``object`` for the rest)."""
    raw = _WORD.findall(unicodedata.normalize("NFC", label or ""))
    low = [w.lower() for w in raw]
    classes: list[str | None] = [None] * len(low)
    for i in range(len(low)):
        if classes[i] is not None:
            continue
        for words, name in _PHRASES:
            if tuple(low[i : i + len(words)]) == words:
                classes[i : i + len(words)] = [name] * len(words)
                break
    out = []
    for i, (word, cls) in enumerate(zip(low, classes, strict=True)):
        if cls is None:
            if word.isdigit():
                cls = "number"
            elif i and raw[i][0].isupper():
                cls = "name"
            else:
                cls = "object"
        out.append((word, cls))
    return out


def position(index: int, length: int) -> str:
    """First, last or middle word of a label (a one-word label's word is its first)."""
    if index == 0:
        return "first"
    return "last" if index == length - 1 else "middle"


def runs_around(inner: list[str], outer: list[str]) -> list[tuple[str, list[str]]]:
    """The words ``outer`` has before and after ``inner`` when ``inner`` is one stretch of it."""
    n = len(inner)
    if not n or n >= len(outer):
        return []
    for k in range(len(outer) - n + 1):
        if outer[k : k + n] == inner:
            return [(w, r) for w, r in (("head", outer[:k]), ("tail", outer[k + n :])) if r]
    return []


def unmatched(mine: list[tuple[str, str]], other: list[str]) -> list[tuple[int, str, str]]:
    """The words of ``mine`` left over once ``other``'s words are matched, with their index and class."""
    left = Counter(other)
    out = []
    for i, (word, cls) in enumerate(mine):
        if left[word]:
            left[word] -= 1
        else:
            out.append((i, word, cls))
    return out


class Tally:
    """The aggregate figures of one group of scored sets."""

    def __init__(self, f1: Callable[[str, str], float]) -> None:
        self.f1 = f1
        self.pairs = 0
        self.f1_sum = 0.0
        self.gold_words = self.pred_words = self.common = 0
        self.shape: Counter[str] = Counter()
        self.extra: Counter[tuple[str, str]] = Counter()
        self.missing: Counter[tuple[str, str]] = Counter()
        self.gain: Counter[tuple[str, str]] = Counter()
        self.extra_words: Counter[str] = Counter()
        self.shape_loss: Counter[str] = Counter()
        self.runs: Counter[str] = Counter()
        self.run_words: Counter[str] = Counter()
        self.missing_words: Counter[str] = Counter()

    def add(self, gold: str, pred: str) -> None:
        g, p = word_classes(gold), word_classes(pred)
        gw, pw = [w for w, _ in g], [w for w, _ in p]
        score = self.f1(gold, pred)
        self.pairs += 1
        self.f1_sum += score
        extra, missing = unmatched(p, gw), unmatched(g, pw)
        self.gold_words += len(gw)
        self.pred_words += len(pw)
        self.common += len(gw) - len(missing)
        shape = (
            "same words"
            if not extra and not missing
            else "too long (gold inside)"
            if not missing
            else "too short (inside gold)"
            if not extra
            else "nothing shared"
            if len(missing) == len(gw)
            else "both extra and missing"
        )
        self.shape[shape] += 1
        self.shape_loss[shape] += 1 - score
        for side, inner, outer in (("missing", pw, g), ("extra", gw, p)):
            for where, run in runs_around(inner, [w for w, _ in outer]):
                self.runs[f"{side} {where}"] += 1
                self.run_words[f"{side} {where}"] += len(run)
        for i, word, cls in extra:
            self.extra[cls, position(i, len(pw))] += 1
            self.extra_words[word] += 1
        for i, word, cls in missing:
            self.missing[cls, position(i, len(gw))] += 1
            self.missing_words[word] += 1
        for cls in {c for _, _, c in extra}:
            kept = " ".join(w for i, (w, c) in enumerate(p) if c != cls or i not in {e[0] for e in extra})
            self.gain["extra", cls] += self.f1(gold, kept) - score
        for cls in {c for _, _, c in missing}:
            added = pred + " " + " ".join(w for _, w, c in missing if c == cls)
            self.gain["missing", cls] += self.f1(gold, added) - score

    def report(self, name: str, words: int) -> None:
        n = self.pairs or 1
        precision = self.common / self.pred_words if self.pred_words else 0.0
        recall = self.common / self.gold_words if self.gold_words else 0.0
        print(f"== {name}: {self.pairs} matched pairs, label word F1 {self.f1_sum / n:.3f}")
        print(
            f"words: gold {self.gold_words} ({self.gold_words / n:.2f}/label)  predicted {self.pred_words}"
            f" ({self.pred_words / n:.2f}/label)  word precision {precision:.3f}  word recall {recall:.3f}"
        )
        print(
            "pairs (share, F1 lost): "
            + "  ".join(f"{k} {v / n:.3f} {self.shape_loss[k] / n:.3f}" for k, v in self.shape.most_common())
        )
        print(
            "one stretch of the other: "
            + "  ".join(f"{k} {v} pairs ({self.run_words[k]} words)" for k, v in sorted(self.runs.items()))
        )
        classes = sorted(
            {c for _, c in self.gain},
            key=lambda c: -(self.gain["extra", c] + self.gain["missing", c]),
        )
        print(
            f"{'class':14} {'extra':>6} {'first':>6} {'mid':>6} {'last':>6} {'gain':>7}   "
            f"{'missing':>7} {'first':>6} {'mid':>6} {'last':>6} {'gain':>7}"
        )
        for c in classes:
            row = [f"{c:14}"]
            for side, tally in (("extra", self.extra), ("missing", self.missing)):
                total = sum(tally[c, pos] for pos in ("first", "middle", "last"))
                row.append(f"{total:>{6 if side == 'extra' else 7}}")
                row += [f"{tally[c, pos]:>6}" for pos in ("first", "middle", "last")]
                row.append(f"{self.gain[side, c] / n:>+7.3f}")
            print(" ".join(row[:6]) + "   " + " ".join(row[6:]))
        if words:
            print("extra words:   " + ", ".join(f"{w} {k}" for w, k in self.extra_words.most_common(words)))
            print("missing words: " + ", ".join(f"{w} {k}" for w, k in self.missing_words.most_common(words)))


def scored_pairs(
    scorer: ModuleType, gold_path: str, pred_path: str, unit_class: str | None = None
) -> Iterable[tuple[str, str]]:
    """The (gold label, predicted label) of every pair the scorer matches, doc by doc (only those of
    one unit class when ``unit_class`` is given: ``money``, ``count``, ``percent`` ...)."""
    gold, pred = scorer.load(gold_path), scorer.load(pred_path)
    by_doc: dict[str, tuple[list[dict[str, object]], list[dict[str, object]]]] = {}
    for rec in gold:
        by_doc.setdefault(str(rec["doc"]), ([], []))[0].append(rec)
    for rec in pred:
        if str(rec["doc"]) in by_doc:
            by_doc[str(rec["doc"])][1].append(rec)
    for g, p in by_doc.values():
        for a, b in scorer.pair(g, p):
            if unit_class is None or scorer.unit_class(a) == unit_class:
                yield a.get("indicator") or "", b.get("indicator") or ""


def split_set(spec: str) -> tuple[str, str, str]:
    """``GROUP/SET=GOLD:PRED`` (or ``NAME=GOLD:PRED``) as its group, gold path and predicted path."""
    name, _, paths = spec.partition("=")
    gold_path, _, pred_path = paths.partition(":")
    return name.split("/")[0], gold_path, pred_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "sets",
        nargs="+",
        metavar="NAME=GOLD:PRED",
        help="GROUP/SET=GOLD:PRED; sets with the same GROUP are summed",
    )
    parser.add_argument("--scorer", type=Path, default=SCORER)
    parser.add_argument("--unit-class", help="only the pairs of this unit class (money, count, percent ...)")
    parser.add_argument("--words", type=int, default=0, help="print the N commonest extra and missing words")
    args = parser.parse_args()
    scorer = load_scorer(args.scorer)
    groups: dict[str, Tally] = {}
    for group, gold_path, pred_path in map(split_set, args.sets):
        tally = groups.setdefault(group, Tally(scorer.label_f1))
        for gold, pred in scored_pairs(scorer, gold_path, pred_path, args.unit_class):
            tally.add(gold, pred)
    for name, tally in groups.items():
        tally.report(name, args.words)


if __name__ == "__main__":
    main()
