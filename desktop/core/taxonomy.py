"""The editable taxonomy of indicators: codes, names, official codes, unit classes and aliases.

``resources/taxonomy.toml`` lists each indicator with an internal code (what exports and the GUI
group by), an English and a Vietnamese name, the class of unit its figures are written in, the
official name and code of the national statistical indicator system where it has one
(``T0501`` GRDP), and the Vietnamese phrases articles use for it.

A label gets the code of the alias it contains whose indicator fits the figure's unit: the one
that starts first, since a Vietnamese noun phrase starts with its head (``Nhà văn hóa xã đạt
chuẩn`` counts cultural houses, not communes), unless a longer one overlaps it (``tổng diện tích
bị thiệt hại`` is damage, not area); at each word only the longest alias there counts (``GRDP
bình quân đầu người`` is ``grdp_per_capita``, not ``grdp``, and ``thu hoạch`` is never ``thu``).
Indicators marked generic (``Hộ``, ``Xã``) yield to any other the label names, a label
that ends in ``xuất khẩu`` or ``nhập khẩu`` (``Cà phê hòa tan xuất khẩu``), or a product's that
says it is exported (``Sản lượng rau xuất khẩu sang EU``), is about trade, a count of households or
communes that grow or farm a product (``300 hộ nuôi cá``) counts them, not the product, and a
percentage whose label starts with ``vốn`` (``Vốn các doanh nghiệp``) is a share of the capital, a
plan's figure is of what the plan names (``Kế hoạch tỷ lệ hộ nghèo``), and takings from a source
(``Thu từ tiền sử dụng đất``) are the source's.
Words are matched whole and lower case, with the old and new tone placements read alike
(``thuỷ`` is ``thủy``); a one-word alias, or one the file writes after ``^``, names only the
head of a label (``Xã tăng``, not ``Số con mèo trong xã``) unless the file writes it in
capitals, as an acronym (``Vốn FDI``); phrases the file lists as ``unnamed`` (``khu vực kinh tế
nhà nước``) name nothing.  Capital said to come from a foreign investor the file lists as
``foreign_investors`` (``Tổng vốn đầu tư của Hàn Quốc``) is the code the indicator names as its
``foreign`` one: a province's FDI by partner country.  Labels no alias covers keep the code None for a
reviewer to set.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from desktop.core.bundled import resource
from desktop.core.errors import InputError

#: The unit classes of the scorer (``tools/score_extraction.py``): every unit not named here counts.
UNIT_CLASSES = ("money", "percent", "area", "mass", "length", "count")
_MONEY = frozenset({"đồng", "đ", "vnd", "vnđ", "usd", "đô la", "đô la mỹ", "euro", "eur"})
_AREA = frozenset({"ha", "héc-ta", "hecta", "héc ta", "m2", "m²", "km2", "km²", "sào", "mẫu"})
_MASS = frozenset({"tấn", "kg", "tạ", "yến", "gam"})
_LENGTH = frozenset({"km", "m", "mét", "cây số"})
_SCALES = frozenset({"nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn"})
#: Nouns that end in ``đồng`` and count things, not money (``26 cánh đồng``, ``120 hợp đồng``).
_NOT_MONEY = ("cánh đồng", "hợp đồng", "hội đồng", "cộng đồng", "ruộng đồng")

#: How aliases start that are no label to offer for completion (see :meth:`Taxonomy.labels`).
_NOT_LABELS = ("cho ", "với ", "được ", "có ")
#: Labels whose codes a taxonomy remembers.
CODE_CACHE = 16384
#: Words a label starts with that only say how a quantity is counted: a one-word alias may follow them.
_QUANTIFIERS = frozenset(
    {
        "tổng",
        "số",
        "tổng số",
        "số lượng",
        "lượng",
        "lượt",
        "tỷ lệ",
        "tỷ trọng",
        "mức",
        "giá trị",
        "sản lượng",
        "diện tích",
        "chỉ số",
        "tốc độ",
        "tăng trưởng",
        "tốc độ tăng",
        "kim ngạch",
        "doanh thu",
        "thu",
        "thu hút",  # how capital or visitors come, not budget revenue (``Thu hút vốn FDI``)
        "vốn",
        # classifiers, which stand before the noun they count
        "cây",
        "trái",
        "con",
        "quả",
        "chiếc",
        "cuộc",
        "tấm",
        "bộ",
        "loại",
        "các",
        "những",
    }
)
#: Words that make a percentage the change or the share of the indicator its label names.
_RELATIVE = frozenset({"tăng", "giảm", "trưởng", "tốc", "lệ", "trọng", "cơ", "chiếm", "so"})
_CHANGE = frozenset({"tăng", "giảm", "trưởng", "tốc"})
#: Heads that make a percentage a share of the amount they name: ``Vốn nhà nước ... 48%`` is the
#: state's share of the capital, not a count of what the label names after it.
_SHARE_HEADS = frozenset({"vốn"})
#: Words that make a percentage a share, wherever the label says them (``Tỷ trọng ... trong GRDP``,
#: ``Khu vực dịch vụ chiếm tỷ trọng``).
_SHARE_WORDS = frozenset({("tỷ", "trọng"), ("cơ", "cấu")})
#: Words that may stand between capital and the investor it comes from (``Vốn đầu tư của các nhà đầu
#: tư Nhật Bản``, ``Vốn đến từ Singapore``).
_FROM_INVESTOR = frozenset({"của", "từ", "đến", "các", "nhà", "đầu", "tư"})
#: Rate words: an alias they start (``tỷ trọng khu vực``) is not overridden by a sector it overlaps.
_RATES = frozenset({"tỷ", "cơ", "chỉ", "tốc"})
#: A growth said with no noun of its own: the quantity named after it says whose (``Mức tăng
#: trưởng ngành nông nghiệp`` is agriculture's).
_GROWTH_WORDS = frozenset({("tăng", "trưởng"), ("mức", "tăng", "trưởng"), ("tốc", "độ", "tăng", "trưởng")})
#: A source said with no noun of its own: the takings named right after it say whose (``Thu từ dịch vụ
#: lưu trú và ăn uống`` is tourism's, ``Thu từ tiền sử dụng đất`` land's); one that names nothing of
#: its own (``Thu từ dầu thô``) stays the budget's.
_FROM_WORDS = frozenset({("thu", "từ")})
#: Words that end a compound whose last word starts no alias: the ``thu`` of ``doanh thu`` is a
#: firm's takings, never the budget's ``thu từ`` (``Doanh thu từ bán lúa giống``).
_COMPOUND_ENDS = frozenset({("doanh", "thu")})
#: An alias's last word and the label's next word that make one word of their own: the alias would cut it
#: (``vốn đầu tư công`` in ``Vốn đầu tư công nghiệp chế biến``).
_CUT_COMPOUNDS = frozenset(
    {
        ("công", "nghiệp"),
        ("công", "nghệ"),
        ("công", "ty"),
        ("công", "trình"),
        ("công", "nhân"),
        ("công", "suất"),
        # ``điều`` is cashew only alone: ``Tổng diện tích điều chỉnh quy hoạch`` is no cashew area
        ("điều", "chỉnh"),
        ("điều", "kiện"),
        ("điều", "hành"),
        ("điều", "tra"),
        # ``thu`` alone is the budget's takings, not when it opens a verb of collecting, recovering or
        # buying (``Tỷ lệ thu gom rác thải``, ``Diện tích đất thu hồi``, ``Thu mua lúa``)
        ("thu", "gom"),
        ("thu", "hồi"),
        ("thu", "mua"),
        ("thu", "hẹp"),
        ("thu", "thập"),
    }
)
#: Unit classes of amounts: a percentage may be of them even when its label says no ``tăng``.
_MEASURED = frozenset({"money", "mass", "area", "length"})
#: Indicators of products, which a label ending in ``xuất khẩu`` (``Hạt giống xuất khẩu``) makes trade.
_PRODUCTS = frozenset({"crop_output", "fishery_output", "industrial_products", "rice_output"})
#: Indicators of goods and their trade: a count of households or communes is never one of them
#: (``300 hộ nuôi cá``, ``9 tỉnh có kim ngạch xuất khẩu trên 1 tỷ USD``).
_GOODS = _PRODUCTS | {"export_value", "import_value", "trade_value"}
#: Old (``oá``, ``uỷ``) and new (``óa``, ``ủy``) tone placements, read as the new.
_TONES = {
    f"{a}{b}": f"{c}{d}"
    for a, b, c, d in (
        ("o", "á", "ó", "a"),
        ("o", "à", "ò", "a"),
        ("o", "ả", "ỏ", "a"),
        ("o", "ã", "õ", "a"),
        ("o", "ạ", "ọ", "a"),
        ("o", "é", "ó", "e"),
        ("o", "è", "ò", "e"),
        ("o", "ẻ", "ỏ", "e"),
        ("o", "ẽ", "õ", "e"),
        ("o", "ẹ", "ọ", "e"),
        ("u", "ý", "ú", "y"),
        ("u", "ỳ", "ù", "y"),
        ("u", "ỷ", "ủ", "y"),
        ("u", "ỹ", "ũ", "y"),
        ("u", "ỵ", "ụ", "y"),
    )
}
_TONE = re.compile("|".join(_TONES))
#: A word is a run of letters or of digits: a figure written against its unit (``1ha``) is two words.
_WORD = re.compile(r"[^\W\d_]+|\d+")


def words(text: str) -> tuple[str, ...]:
    """The words of ``text`` as aliases are matched: lower case, new tone placement, ``tỉ`` as ``tỷ``."""
    low = text.lower()
    if _TONE.search(low):
        low = _TONE.sub(lambda m: _TONES[m.group()], low)
    return tuple("tỷ" if w == "tỉ" else w for w in _WORD.findall(low))


#: Words that put a figure in a plan (``Kế hoạch tỷ lệ hộ nghèo 3%``, ``KH tăng trưởng``): the plan's
#: figure is of the indicator named after them, not a count of plans.
_PLAN_WORDS = frozenset({words("kế hoạch"), words("KH")})


@lru_cache(maxsize=4096)
def unit_class(base_unit: str | None) -> str:
    """The class of a unit, as the scorer classes it: a per-unit figure by its numerator.
    Remembered: an article's few dozen units are classed for every figure and every label."""
    unit = " ".join(w for w in str(base_unit or "").strip().lower().split() if w not in _SCALES)
    unit = unit.split("/")[0].strip()
    if unit in ("%", "phần trăm"):
        return "percent"
    if unit in _MONEY or (unit.endswith("đồng") and not unit.endswith(_NOT_MONEY)):
        return "money"
    if unit in _AREA:
        return "area"
    if unit in _MASS:
        return "mass"
    if unit in _LENGTH:
        return "length"
    return "count"


def normalise(label: str) -> str:
    """Lower case with single spaces (the form the GUI completes labels in)."""
    return " ".join(label.lower().split())


@dataclass(frozen=True)
class Indicator:
    code: str
    en: str
    vi: str
    aliases: tuple[str, ...]
    unit_classes: tuple[str, ...] = ()
    official_vi: str | None = None
    official_code: str | None = None
    growth: str | None = None
    #: The code a percentage said to be its share (``Tỷ trọng ... trong GRDP``) gets instead.
    share: str | None = None
    generic: bool = False
    #: Codes this indicator's labels get instead when they also name one of the listed codes.
    becomes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: The code its labels get when a foreign investor follows the words that name it (FDI by country).
    foreign: str | None = None


@dataclass(frozen=True, slots=True)
class _Alias:
    words: tuple[str, ...]
    codes: tuple[
        str, ...
    ]  # the indicators it names (one word may name several: ``giá``); none for unnamed phrases
    anywhere: bool  # an acronym or several words: names the indicator anywhere in a label


class _Match(NamedTuple):
    start: int
    end: int
    code: str
    generic: bool


class Taxonomy:
    """Indicators by code, and the alias matcher over them."""

    def __init__(
        self,
        indicators: list[Indicator],
        unnamed: tuple[str, ...] = (),
        foreign_investors: tuple[str, ...] = (),
    ) -> None:
        self.indicators = {i.code: i for i in indicators}
        self._investors = frozenset(filter(None, (words(name) for name in foreign_investors)))
        found: dict[tuple[str, ...], list[str]] = {}
        anywhere: dict[tuple[str, ...], bool] = {}
        for indicator in indicators:
            for alias in (indicator.vi, *indicator.aliases):
                head_only = alias.startswith("^")
                key = words(alias)
                if not key:
                    continue
                codes = found.setdefault(key, [])
                if indicator.code not in codes:
                    codes.append(indicator.code)
                acronym = alias.isupper() and alias != indicator.vi
                anywhere[key] = anywhere.get(key, False) or acronym or (len(key) > 1 and not head_only)
        for phrase in unnamed:
            key = words(phrase)
            if key and key not in found:
                found[key], anywhere[key] = [], True
        table: dict[str, list[_Alias]] = {}
        for key, codes in found.items():
            table.setdefault(key[0], []).append(_Alias(key, tuple(codes), anywhere[key]))
        self._aliases = {
            first: sorted(aliases, key=lambda a: -len(a.words)) for first, aliases in table.items()
        }
        # The longest alias at a word of a label is found by a lookup per length the aliases opening with
        # its two words have, not by comparing the label with each alias of its first word (``tổng`` opens
        # 92, ``diện`` 74): that comparison was most of the matcher's time, the matcher a tenth of extraction's.
        pairs: dict[tuple[str, ...], set[int]] = {}
        for key in found:
            if len(key) > 1:
                pairs.setdefault(key[:2], set()).add(len(key))
        self._lengths = {pair: tuple(sorted(lengths, reverse=True)) for pair, lengths in pairs.items()}
        self._by_words = {alias.words: alias for aliases in table.values() for alias in aliases}
        # Labels repeat across articles (``Thu ngân sách``, ``Tổng vốn đầu tư``): remember their codes.
        self._known: dict[tuple[str, str | None, str | None], str | None] = {}

    @classmethod
    def load(cls, path: Path | str | None = None) -> Taxonomy:
        """Read a taxonomy file (default: the one shipped in ``resources/``)."""
        path = Path(path) if path is not None else resource("taxonomy.toml")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"Cannot read the taxonomy {path}: {error}") from error
        except tomllib.TOMLDecodeError as error:
            raise InputError(f"The taxonomy {path} is not valid TOML: {error}") from error
        try:
            indicators = [_indicator(entry) for entry in data.get("indicator", [])]
            unnamed = tuple(str(phrase) for phrase in data.get("unnamed", ()))
            investors = tuple(str(name) for name in data.get("foreign_investors", ()))
        except (KeyError, TypeError, AttributeError) as error:
            raise InputError(
                f"The taxonomy {path} has an indicator without code, en or vi: {error}"
            ) from error
        unknown = sorted({c for i in indicators for c in i.unit_classes} - set(UNIT_CLASSES))
        if unknown:
            raise InputError(
                f"The taxonomy {path} names unknown unit classes {unknown}: use {', '.join(UNIT_CLASSES)}."
            )
        return cls(indicators, unnamed, investors)

    def code_for(self, label: str, unit: str | None = None, noun: str | None = None) -> str | None:
        """The code of the indicator ``label`` names, or None; ``unit`` (a class of
        :data:`UNIT_CLASSES`), when given, keeps only indicators a figure in it can be; ``noun``,
        a count's own noun (``giường bệnh``), names what it counts when the label names nothing at
        its head (``Việc nâng hộ kinh doanh lên doanh nghiệp ... 500.000 doanh nghiệp``) or names a
        product the noun's households or communes make (``Hộ nuôi cá ... 300 hộ``)."""
        key = (label, unit, noun)
        try:
            return self._known[key]
        except KeyError:
            pass
        if len(self._known) >= CODE_CACHE:
            self._known.clear()
        named = words(label)
        code, start = self._match(named, unit)
        plan = self._plan_words(named) if noun is None or words(noun) not in _PLAN_WORDS else 0
        if plan and start <= 0:
            # A plan's figure is of what the plan names (``Kế hoạch tỷ lệ hộ nghèo``), unless it counts
            # plans: when the label names nothing but the plan, its words after the plan's are a label.
            rest = named[plan:]
            rest_code, rest_start = self._match(rest, unit)
            if rest_code is not None:
                named, code, start = rest, rest_code, rest_start
        if noun:
            code = self._counted(noun, unit, code, start not in _heads(named))
        self._known[key] = code
        return code

    def _plan_words(self, label: tuple[str, ...]) -> int:
        """How many words of ``label`` only say it is a plan's (``Kế hoạch``, ``KH``) before the words that
        say what the plan is of; 0 when it does not start so, or an alias starts with them (``Kế hoạch
        vốn`` is the public investment plan)."""
        plan = next((len(p) for p in _PLAN_WORDS if label[: len(p)] == p), 0)
        if not plan or len(label) == plan:
            return 0
        longer = any(
            len(a.words) > plan and label[: len(a.words)] == a.words for a in self._aliases.get(label[0], ())
        )
        return 0 if longer else plan

    def _counted(self, noun: str, unit: str | None, code: str | None, headless: bool) -> str | None:
        """The code of what a count's ``noun`` counts where it says more than the label's ``code``:
        the label names nothing (at its head: ``headless``), or it names goods that the noun's
        households or communes make or trade (``Hộ nuôi cá ... 300 hộ`` counts households, not fish)."""
        if code is not None and not headless and code not in _GOODS:
            return code
        counted = self._match(words(noun), unit)[0]
        if counted is None:
            return code
        generic = self.indicators[counted].generic
        if code is None or (headless and not generic) or (generic and code in _GOODS):
            return counted
        return code

    def _match(self, label: tuple[str, ...], unit: str | None) -> tuple[str | None, int]:
        """The code ``label`` names and where the words that name it start (-1 without any)."""
        relative = unit == "percent" and (
            not _RELATIVE.isdisjoint(label) or (bool(label) and label[0] in _SHARE_HEADS)
        )
        matches = self._matches(label, unit, relative)
        if not matches and unit == "percent" and not relative:
            # A percentage of the amount the label names: its growth, its ratio to the plan.
            matches = [
                m for m in self._matches(label, unit, True) if _MEASURED & set(self.unit_classes(m.code))
            ]
        if not matches:
            trade = _trade(label)
            return (trade if trade and unit in ("mass", "count") else None), -1
        specific = [m for m in matches if not m.generic] or matches
        chosen = specific[0]
        if label[chosen.start : chosen.end] in _GROWTH_WORDS:
            # ``Tăng trưởng thương mại dịch vụ``: the growth of what it names after the growth words
            chosen = next((m for m in specific if m.start >= chosen.end), chosen)
        elif label[chosen.start : chosen.end] in _FROM_WORDS:
            chosen = next((m for m in specific if m.start == chosen.end), chosen)
        start = chosen.start
        for other in specific[1:]:
            if (
                other.start < chosen.end
                and other.end - other.start > chosen.end - chosen.start
                and label[chosen.start] not in _RATES
            ):
                # a longer alias overlapping the first, which still says where the label's name starts:
                # ``tổng diện tích bị thiệt hại``
                chosen = other
        indicator = self.indicators[chosen.code]
        if indicator.foreign and self._investor_after(label, chosen.end):
            return indicator.foreign, start  # ``Tổng vốn đầu tư của Hàn Quốc``: FDI by partner country
        if indicator.becomes:
            named = {m.code for m in self._matches(label, None, relative, everywhere=True)}
            traded = _trade(label) is not None or _exported(label)
            for code, when in indicator.becomes:
                if code in _PRODUCTS and traded:
                    continue  # ``Hạt giống lúa xuất khẩu`` is trade's (below), not the rice it names
                # a percentage may be a share of what it becomes (``... có vốn đầu tư 33%``)
                if not named.isdisjoint(when) and (unit == "percent" or self.fits(code, unit, relative)):
                    return code, start  # ``Diện tích hộ trồng cam``
        trade = _trade(label)
        if trade and unit in ("mass", "count", "percent") and (chosen.code in _PRODUCTS or chosen.generic):
            return trade, start  # ``Hạt giống xuất khẩu``, ``Con cá sấu sống xuất khẩu``
        if chosen.code in _PRODUCTS and unit in ("mass", "count") and _exported(label):
            return "export_value", start  # ``Sản lượng rau quả xuất khẩu sang EU``
        if (
            chosen.code == "trade_value"
            and "khẩu" in label
            and "khẩu" not in label[chosen.start : chosen.end]
        ):
            one_way = _one_way(label)  # ``Kim ngạch cà phê hòa tan xuất khẩu``: trade one way
            if one_way:
                return one_way, start
        if unit == "percent" and indicator.share and not _SHARE_WORDS.isdisjoint(pairwise(label)):
            return indicator.share, start  # ``Tỷ trọng kinh tế số trong GRDP``: its structure
        if unit == "percent" and indicator.growth and (not relative or not _CHANGE.isdisjoint(label)):
            return indicator.growth, start  # ``GRDP tăng 7%``, ``GRDP 7%``: its growth
        return chosen.code, start

    def _investor_after(self, label: tuple[str, ...], end: int) -> bool:
        """True when a foreign investor of the file's list follows word ``end`` of ``label``, past the
        words that say where capital comes from (``của các nhà đầu tư``); a word that names anything
        else between them (``Mức đầu tư khoai lang Nhật Bản``) keeps it the province's own."""
        while end < len(label) and label[end] in _FROM_INVESTOR:
            end += 1
        return any(label[end : end + len(name)] == name for name in self._investors)

    def _matches(
        self, label: tuple[str, ...], unit: str | None, relative: bool, everywhere: bool = False
    ) -> list[_Match]:
        """The aliases ``label`` holds whose indicators fit ``unit``, in text order: at each word the
        longest alias there (or quantifier: ``giá trị`` is not ``giá``), a one-word one only at the head
        (``everywhere``: anywhere)."""
        heads = range(len(label)) if everywhere else _heads(label)
        matches, i = [], 0
        while i < len(label):
            alias = self._alias_at(label, i) if label[i] in self._aliases else None
            if alias is None:  # most words open no alias: nothing more to ask of them
                i += 1
                continue
            quantifier = 2 if i + 1 < len(label) and f"{label[i]} {label[i + 1]}" in _QUANTIFIERS else 0
            inside = i > 0 and (label[i - 1], label[i]) in _COMPOUND_ENDS
            if inside or len(alias.words) < quantifier or not (alias.anywhere or i in heads):
                i += 1
                continue
            end = i + len(alias.words)
            for code in alias.codes:
                if self.fits(code, unit, relative):
                    matches.append(_Match(i, end, code, self.indicators[code].generic))
                    break
            i = end if everywhere or not alias.codes else i + 1
        return matches

    def _alias_at(self, label: tuple[str, ...], i: int) -> _Alias | None:
        """The longest alias that starts at word ``i`` of ``label`` and does not end inside a compound the
        label goes on with (``_CUT_COMPOUNDS``), or None.  Words name one alias at most, so the longest of
        the lengths tried that is one is the alias the first word's list, longest first, would give."""
        size = len(label)
        for length in self._lengths.get(label[i : i + 2], ()) if i + 1 < size else ():
            end = i + length
            if end > size:
                continue
            alias = self._by_words.get(label[i:end])
            if alias is not None and (end == size or (label[end - 1], label[end]) not in _CUT_COMPOUNDS):
                return alias
        alias = self._by_words.get(label[i : i + 1])  # a one-word alias
        if alias is not None and (i + 1 == size or (label[i], label[i + 1]) not in _CUT_COMPOUNDS):
            return alias
        return None

    def fits(self, code: str, unit: str | None, relative: bool = False) -> bool:
        """True when a figure in unit class ``unit`` can be of indicator ``code``: one of its unit
        classes, or a percentage that is its change or share (``relative``).  None fits anything."""
        if unit is None:
            return True
        indicator = self.indicators[code]
        classes = indicator.unit_classes
        return (
            not classes
            or unit in classes
            or (unit == "percent" and (relative or indicator.growth is not None))
        )

    def unit_classes(self, code: str) -> tuple[str, ...]:
        """The unit classes figures of ``code`` are written in (empty when the taxonomy says none)."""
        indicator = self.indicators.get(code)
        return indicator.unit_classes if indicator else ()

    def official(self, code: str) -> tuple[str | None, str | None]:
        """The official Vietnamese name and code of ``code`` in the national statistical indicator
        system (QĐ 05/2023/QĐ-TTg), each None where the system has none or no source confirms it."""
        indicator = self.indicators.get(code)
        return (indicator.official_vi, indicator.official_code) if indicator else (None, None)

    def labels(self) -> list[str]:
        """Vietnamese names and aliases, for completion in the GUI."""
        names = {i.vi for i in self.indicators.values()}
        names.update(a.lstrip("^") for i in self.indicators.values() for a in i.aliases)
        # Aliases that start with the verb or preposition a label is read after (``cho thu nhập``,
        # ``với diện tích``) name an indicator in a label but are no label to offer.
        return sorted((n for n in names if not n.startswith(_NOT_LABELS)), key=str.lower)

    def name(self, code: str, lang: str = "vi") -> str | None:
        """The English (``en``) or Vietnamese (``vi``) name of ``code``."""
        indicator = self.indicators.get(code)
        if indicator is None:
            return None
        return indicator.en if lang == "en" else indicator.vi


def _indicator(entry: dict) -> Indicator:
    classes = entry.get("unit_class", ())
    classes = (classes,) if isinstance(classes, str) else tuple(str(c) for c in classes)
    optional = {
        k: str(entry[k])
        for k in ("official_vi", "official_code", "growth", "share", "foreign")
        if entry.get(k)
    }
    becomes = tuple(
        (str(code), tuple(str(c) for c in when)) for code, when in dict(entry.get("becomes", {})).items()
    )
    return Indicator(
        str(entry["code"]),
        str(entry["en"]),
        str(entry["vi"]),
        tuple(str(a) for a in entry.get("aliases", ())),
        classes,
        **optional,
        generic=bool(entry.get("generic", False)),
        becomes=becomes,
    )


def _trade(label: tuple[str, ...]) -> str | None:
    """The trade indicator a label that ends in ``xuất khẩu``, ``nhập khẩu`` or ``xuất nhập khẩu`` names."""
    if len(label) < 2 or label[-1] != "khẩu":
        return None
    if label[-2] == "nhập":
        return "trade_value" if len(label) > 2 and label[-3] == "xuất" else "import_value"
    return "export_value" if label[-2] == "xuất" else None


def _exported(label: tuple[str, ...]) -> bool:
    """True when a label says its product is exported (``xuất khẩu``) and not also sold at home
    (``tiêu thụ nội địa và xuất khẩu``) nor imported."""
    said = [i for i in range(1, len(label)) if label[i] == "khẩu"]
    return (
        bool(said)
        and all(label[i - 1] == "xuất" for i in said)
        and all(i < 2 or label[i - 2] not in ("và", "hoặc") for i in said)
    )


def _one_way(label: tuple[str, ...]) -> str | None:
    """``export_value`` for a label that says ``xuất khẩu`` and never ``nhập khẩu``, and the reverse;
    ``xuất nhập khẩu`` says both, unless its ``xuất`` is the end of ``sản xuất`` (``nguyên liệu sản
    xuất nhập khẩu`` are imports)."""
    said = {label[i - 1] for i in range(1, len(label)) if label[i] == "khẩu"}
    if any(
        label[i - 2 : i + 1] == ("xuất", "nhập", "khẩu") and label[i - 3 : i - 2] != ("sản",)
        for i in range(2, len(label))
    ):
        said.add("xuất")
    if said == {"xuất"}:
        return "export_value"
    return "import_value" if said == {"nhập"} else None


def _heads(label: tuple[str, ...]) -> set[int]:
    """Where the head of a label may stand: its first word, and each word after the words that only
    say how it is counted (``Tổng số xã``, ``Tỷ lệ hộ``); a one-word alias names only a head."""
    heads, i = {0}, 0
    while i < len(label) and len(heads) < 4:
        size = 2 if " ".join(label[i : i + 2]) in _QUANTIFIERS else 1 if label[i] in _QUANTIFIERS else 0
        if not size:
            break
        i += size
        heads.add(i)
    return heads


@cache
def default_taxonomy() -> Taxonomy:
    """The shipped taxonomy, read once per process."""
    return Taxonomy.load()
