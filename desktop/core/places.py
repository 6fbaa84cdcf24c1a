"""Vietnamese administrative units named in a text, and the place an article is about.

The gazetteer (``resources/gazetteer.json``, built by
``scripts/build_gazetteer.py`` from vietnamadminunits' 63-province data: ``pip install
'.[build]'``) has
every province, district (quận/huyện/thị xã/thành phố) and commune
(phường/xã/thị trấn) with its parent.  Names are matched in two ways:

* after an administrative word (``tỉnh Quảng Ninh``, ``TP Cẩm Phả``,
  ``huyện Đắk R'Lấp``, ``Thành ủy Cần Thơ``, ``3 xã là Âu Lâu, Minh Bảo,
  Tuy Lộc``): the word says the level, so even a commune name is safe;
* bare, for names that are unambiguous on their own: province names (``Hà
  Nội``), ``TPHCM``, ``cả nước``, and any name the same text has already
  introduced with its administrative word (``Cẩm Phả`` after ``TP Cẩm Phả``); not the head of a
  longer capitalised name (``Thái Bình Dương``, the Pacific; ``Thái Bình Seed``, a company), nor the
  given name of a person (``Nguyễn Hòa Bình``).

Spelling variants the press uses (``Đăk``/``Đắk``, ``Hoà``/``Hòa``, curly
apostrophes, ``Thừa Thiên - Huế``) match through an accent-free key when the
exact spelling is unknown.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from desktop.core.bundled import resource
from desktop.core.memo import remember
from desktop.core.numbers import DIGIT_RANGES
from desktop.core.scan import LOWER, UPPER, positions

COUNTRY = "cả nước"
#: The shapes of the apostrophe the press writes inside a name (``Đắk R'Lấp``, ``R’Lấp``, ``Rʼlấp``, ``R‘Lấp``,
#: ``R`Lấp``): typed on different keyboards, they are one name.
APOSTROPHES = "'’‘ʼ`´"

#: A capitalised word or a one- or two-digit number (``Quận 1``).  One character class comes first
#: (the lookbehinds then tell the two apart): the regex engine then skips to the next capital or
#: digit in C instead of trying the alternation at every character (a third of the name scan).
_TOKEN = rf"[{UPPER}{DIGIT_RANGES}](?:(?<=[{UPPER}])[\w{APOSTROPHES}]*|(?<=\d)\d?(?![\d,.]\d))"
_NAME_RUN = rf"{_TOKEN}(?:(?: ?[-–] ?| ){_TOKEN}){{0,5}}"
_MAX_NAME_TOKENS = 5

#: Administrative words → (level, kind) pairs they can introduce; ủy forms name the unit's party committee.
_CITY = (("province", "Thành phố"), ("district", "Thành phố"))
_ADMIN_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "tỉnh": (("province", "Tỉnh"),),
    "tỉnh ủy": (("province", "Tỉnh"),),
    "thành phố": _CITY,
    "thành ủy": _CITY,
    "tp": _CITY,
    "huyện": (("district", "Huyện"),),
    "huyện ủy": (("district", "Huyện"),),
    "quận": (("district", "Quận"),),
    "quận ủy": (("district", "Quận"),),
    "thị xã": (("district", "Thị xã"),),
    "thị ủy": (("district", "Thị xã"),),
    "tx": (("district", "Thị xã"),),
    "xã": (("commune", "Xã"),),
    "phường": (("commune", "Phường"),),
    "thị trấn": (("commune", "Thị trấn"),),
}
#: Generic references ("thành phố đã đạt ...") point at the article's own unit of that kind.
_GENERIC_KINDS = {
    "tỉnh": "Tỉnh",
    "tỉnh ủy": "Tỉnh",
    "thành phố": "Thành phố",
    "thành ủy": "Thành phố",
    "tp": "Thành phố",
    "huyện": "Huyện",
    "huyện ủy": "Huyện",
    "thị xã": "Thị xã",
    "thị ủy": "Thị xã",
    "quận": "Quận",
}
_NUMBERED = {"quận": "Quận", "phường": "Phường"}


def _word_pattern(words: list[str]) -> str:
    variants = set()
    for word in words:
        variants.add(word)
        variants.add(word.replace("ủy", "uỷ"))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(variants, key=len, reverse=True))


def _start_words(words: list[str]) -> tuple[str, ...]:
    """The first words of ``words``: where one of them starts in the lower-cased text, one of
    ``words`` may start.

    The case-insensitive word alternations below cost a trial at every character of a text; a
    substring search for each first word (``str.find``, in C, many times faster than a regex
    trying a letter at each character) finds the few places they may match (see :func:`_finditer`).
    """
    return tuple(sorted({word.split()[0] for word in words}))


_ADMIN = re.compile(
    rf"(?<![\w.])(?i:(?P<word>{_word_pattern(list(_ADMIN_WORDS))}))(?:\.\s*|\s+)"
    rf"(?:(?:là|gồm|gồm có)\s+|:\s*)?(?P<name>{_NAME_RUN})"
)
_ADMIN_STARTS = _start_words(list(_ADMIN_WORDS))
_LIST_MORE = re.compile(rf"(?:,\s*|\s+và\s+|\s+cùng\s+)(?P<name>{_NAME_RUN})")
_GENERIC = re.compile(rf"(?<![\w.])(?i:(?P<word>{_word_pattern(list(_GENERIC_KINDS))}))(?!\w)")
_GENERIC_STARTS = _start_words(list(_GENERIC_KINDS))
_BARE_RUN = re.compile(_NAME_RUN)
_WORD = re.compile(rf"[\w{APOSTROPHES}]+")
_COUNTRY = re.compile(r"(?<!\w)(?i:cả\s+nước|toàn\s+quốc)(?!\w)")
_COUNTRY_STARTS = _start_words(["cả", "toàn"])

#: Province names that, written without their administrative word, are not the province.
_NOT_BARE = {"hồ chí minh"}  # the person, as in "tư tưởng Hồ Chí Minh"
#: The commonest family names: a capitalised word after a place that starts a person's name (``Sở Tài chính
#: TPHCM Phạm Thị Hồng Hà``) leaves the place whole.
SURNAMES = "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Đoàn|Trịnh"
#: A capitalised word (not an acronym, nor a word of a line in capitals) right after a bare name, with no
#: dash between, that starts no person's name: the name is the head of a longer one, an ocean or a brand
#: (``Thái Bình Dương``, ``Thái Bình Seed``), not the place.
#: A family name and a capitalised word (not an acronym: ``Đoàn ĐBQH``) open a person's name.
_PERSON = re.compile(rf"(?:{SURNAMES}) [{UPPER}][{LOWER}]")
_LONGER_NAME = re.compile(rf" (?!(?:{SURNAMES}) [{UPPER}])[{UPPER}][{LOWER}]")
#: Other names of provinces; "Huế" alone is how the press names Thừa Thiên Huế.
_ALIASES = {
    "TPHCM": "Hồ Chí Minh",
    "HCM": "Hồ Chí Minh",
    "Sài Gòn": "Hồ Chí Minh",
    "Bắc Cạn": "Bắc Kạn",
    "Huế": "Thừa Thiên Huế",
}


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text: ``text[start:end]`` is the mention, ``name`` the unit's proper name."""

    start: int
    end: int
    name: str
    level: str  # 'country' | 'province' | 'district' | 'commune'

    def __init__(self, start: int, end: int, name: str, level: str) -> None:
        # Written out: the compiled core runs this as C, not the interpreted ``__init__`` of ``@dataclass``
        # (tests/test_compiled_init.py keeps it in step with the fields).
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "level", level)


@dataclass(frozen=True)
class Unit:
    """One administrative unit of the gazetteer."""

    id: int
    name: str
    level: str
    kind: str  # Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã, Phường, Thị trấn ('' for the country)
    parent: int | None


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Spelling-tolerant key: case, apostrophe shapes, hyphens and spacing do not matter."""
    key = unicodedata.normalize("NFC", name).casefold()
    key = re.sub(f"[{APOSTROPHES}]", "'", key)
    return " ".join(re.sub(r"[-–]", " ", key).split())


@lru_cache(maxsize=65536)
def loose_key(name: str) -> str:
    """Accent-free key: ``Đăk Glong`` and ``Đắk Glong``, ``Hoà`` and ``Hòa`` meet here."""
    decomposed = unicodedata.normalize("NFD", name_key(name).replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Gazetteer:
    """Units with exact and accent-free name indexes."""

    def __init__(self, data: dict) -> None:
        self.units: list[Unit] = [Unit(0, COUNTRY, "country", "", None)]
        province_ids = [self._add(name, "province", kind, 0) for name, kind in data["provinces"]]
        district_ids = [
            self._add(name, "district", kind, province_ids[p]) for name, kind, p in data["districts"]
        ]
        for name, kind, d in data["communes"]:
            self._add(name, "commune", kind, district_ids[d])
        self.exact: dict[str, list[int]] = defaultdict(list)
        self.loose: dict[str, list[int]] = defaultdict(list)
        for unit in self.units[1:]:
            self.exact[name_key(unit.name)].append(unit.id)
            self.loose[loose_key(unit.name)].append(unit.id)
        self.provinces = {unit.name: unit.id for unit in self.units if unit.level == "province"}
        for alias, province in _ALIASES.items():
            self.exact[name_key(alias)].append(self.provinces[province])
        #: First words of names that may be written bare (provinces, aliases): a quick filter.
        self.bare_first_words = {
            key.split()[0]
            for key, ids in self.exact.items()
            if any(self.units[i].level == "province" for i in ids)
        }
        #: True when a name that may be written bare starts with a digit (none does).
        self.bare_numbered = any(word[:1].isdigit() for word in self.bare_first_words)
        #: Each unit's parents once walked (:meth:`ancestors`): the place an article is about asks
        #: for them some fifty times an article.
        self._ancestors: dict[int, tuple[int, ...]] = {}

    def _add(self, name: str, level: str, kind: str, parent: int) -> int:
        self.units.append(Unit(len(self.units), name, level, kind, parent))
        return len(self.units) - 1

    def lookup(self, name: str) -> list[int]:
        """Units with this name: exact spelling first, else the accent-free key."""
        return self.exact.get(name_key(name)) or self.loose.get(loose_key(name)) or []

    def ancestors(self, unit_id: int) -> tuple[int, ...]:
        """The unit's parents, nearest first, up to the country."""
        found = self._ancestors.get(unit_id)
        if found is None:
            chain = []
            parent = self.units[unit_id].parent
            while parent is not None:
                chain.append(parent)
                parent = self.units[parent].parent
            found = self._ancestors[unit_id] = tuple(chain)
        return found


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process (a few tens of milliseconds)."""
    return Gazetteer(json.loads(resource("gazetteer.json").read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Hit:
    """A mention with every unit it may denote (``Tuy Lộc`` is a commune in two provinces)."""

    start: int
    end: int
    units: tuple[int, ...]
    explicit: bool  # named with its administrative word (or a list after one)

    def __init__(self, start: int, end: int, units: tuple[int, ...], explicit: bool) -> None:
        # Written out: the compiled core runs this as C, not the interpreted ``__init__`` of ``@dataclass``
        # (tests/test_compiled_init.py keeps it in step with the fields).
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "units", units)
        object.__setattr__(self, "explicit", explicit)


def _tokens(run: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(run)]


def _finditer(
    pattern: re.Pattern,
    starts: tuple[str, ...],
    text: str,
    lowered: str,
    known: dict[str, list[int]] | None = None,
) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, trying ``pattern`` only where one of the words ``starts`` starts.

    ``pattern`` must only match where one of ``starts``, its lower-cased first words, is found in
    ``lowered`` (``text.lower()``); the letters of the administrative words have no case forms other
    than their lower and upper case (``tests/test_places.py`` pins that), so no match is missed.
    ``known`` keeps each word's positions in ``lowered`` for the next scan of the same text.
    """
    if len(lowered) != len(text):  # a letter lower-cased to two characters: offsets differ
        yield from pattern.finditer(text)
        return
    end = 0
    for start in _word_starts(starts, lowered, {} if known is None else known):
        if start >= end:
            match = pattern.match(text, start)
            if match:
                end = match.end()
                yield match


def _word_starts(words: tuple[str, ...], lowered: str, known: dict[str, list[int]]) -> list[int]:
    """Every position of ``lowered`` where one of ``words`` starts, in order.

    Each word is searched once per text: ``known`` remembers its positions, and the scans of the
    administrative words, of the generic references and of the country share most words (a search
    through the whole text each, a few percent of extraction).
    """
    found: list[int] = []
    for word in words:
        at = known.get(word)
        if at is None:
            at = known[word] = positions(lowered, word)
        found += at
    return sorted(set(found))


def _match_prefix(run: str, admissible) -> tuple[int, list[int]]:
    """Longest leading part of a run of capitalised words that names admissible units: (length, ids)."""
    gaz = gazetteer()
    tokens = _tokens(run)
    for count in range(min(len(tokens), _MAX_NAME_TOKENS), 0, -1):
        end = tokens[count - 1][1]
        ids = [i for i in gaz.lookup(run[:end]) if admissible(gaz.units[i])]
        if ids:
            return end, ids
    return 0, []


def _admissible_for(word: str):
    """The units an administrative word can introduce: its own kind, else any kind of that level
    (``thị xã Gia Nghĩa`` has since become a city)."""
    pairs = _ADMIN_WORDS[word]
    levels = {level for level, _ in pairs}

    def exact(unit: Unit) -> bool:
        return (unit.level, unit.kind) in pairs

    def level_only(unit: Unit) -> bool:
        return unit.level in levels

    return exact, level_only


def _canonical_word(word: str) -> str:
    return " ".join(word.casefold().replace("uỷ", "ủy").split())


def _explicit_hits(text: str, lowered: str, known: dict[str, list[int]] | None = None) -> list[Hit]:
    hits: list[Hit] = []
    for match in _finditer(_ADMIN, _ADMIN_STARTS, text, lowered, known):
        word = _canonical_word(match.group("word"))
        for position, (name_start, name) in enumerate(_listed_names(text, match)):
            length, ids = _named_units(word, name)
            if not ids:
                break
            start = match.start() if position == 0 else name_start
            hits.append(Hit(start, name_start + length, ids, True))
    return _first_per_span(hits)


@lru_cache(maxsize=16384)
def _named_units(word: str, name: str) -> tuple[int, tuple[int, ...]]:
    """The units the run ``name`` after the administrative ``word`` names, and how much of the run
    names them.  Remembered: an article names its places again and again, and the same places come
    back across the articles of a portal; looking each up token by token was most of the scan."""
    # numbered units are named with their word: "Quận 1", "Phường 3"
    prefix = f"{_NUMBERED[word]} " if word in _NUMBERED and name[:1].isdigit() else ""
    for admissible in _admissible_for(word):
        length, ids = _match_prefix(prefix + name, admissible)
        if ids:
            return length - len(prefix), tuple(ids)
    return 0, ()


def _listed_names(text: str, match: re.Match) -> list[tuple[int, str]]:
    """The name after an administrative word, and further names listed after it with ',' or 'và'."""
    names = [(match.start("name"), match.group("name"))]
    position = match.end("name")
    while True:
        more = _LIST_MORE.match(text, position)
        if not more:
            return names
        names.append((more.start("name"), more.group("name")))
        position = more.end("name")


def _first_per_span(hits: list[Hit]) -> list[Hit]:
    hits.sort(key=lambda hit: (hit.start, -hit.end))
    kept: list[Hit] = []
    for hit in hits:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def _bare_hits(text: str, explicit: list[Hit]) -> list[Hit]:
    """Province names, aliases, and names the text introduced with their administrative word."""
    gaz = gazetteer()
    introduced: dict[str, tuple[int, ...]] = {}
    for hit in explicit:
        for unit_id in hit.units:
            unit = gaz.units[unit_id]
            introduced.setdefault(name_key(unit.name), hit.units)
    provinces_named = {u for hit in explicit for u in hit.units if gaz.units[u].level == "province"}
    covered = _coverage(explicit)
    first_words = gaz.bare_first_words | {key.split()[0] for key in introduced}
    # A run of digits alone (``5``, ``12``: nearly half the runs) names no place unless a name starts
    # with a digit, which none of the gazetteer's does: no key to look up for it.
    numbered = gaz.bare_numbered or any(key[:1].isdigit() for key in introduced)
    hits: list[Hit] = []
    for run in _BARE_RUN.finditer(text):
        words = run.group()
        if (not numbered and words.isdigit()) or first_words.isdisjoint(_run_keys(words)):
            continue  # most runs (sentence starts, numbers, offices) name no place: skip them cheaply
        hits.extend(
            hit
            for hit in _bare_in_run(run, introduced, provinces_named, first_words)
            if not covered(hit.start) and not covered(hit.end - 1)
        )
    return hits + _address_heads(text, sorted(explicit + hits, key=lambda hit: hit.start))


#: A capitalised run just before a province named as the tail of an address (``Móng Cái, Quảng Ninh``,
#: ``Buôn Ma Thuột - Đắk Lắk``, a district's ``Lý Sơn (Quảng Ngãi)``); searched in the few characters
#: before it.
_ADDRESS_HEAD = re.compile(rf"(?<![\w{APOSTROPHES}])(?P<run>{_NAME_RUN})\s*(?P<gap>,|-|–|\()\s*$")
_ADDRESS_REACH = 60


def _address_heads(text: str, hits: list[Hit]) -> list[Hit]:
    """Units named bare right before their province: the province tells which unit the name is,
    as an administrative word would, so the name needs no introduction.  A province in brackets
    names a district the same way (``Còn tại Lý Sơn (Quảng Ngãi), ...``, the national press's way of
    placing a district), but no smaller unit: ``từ Đồng Đăng (Lạng Sơn) đến ...`` is a route's end."""
    gaz = gazetteer()
    found = []
    previous_end = 0
    for hit in hits:
        window_start = max(previous_end, hit.start - _ADDRESS_REACH)
        previous_end = hit.end
        if not _after_separator(text, window_start, hit.start):
            continue  # most places follow no comma or dash: no regex to run from every character
        provinces = [u for u in hit.units if gaz.units[u].level == "province"]
        if len(provinces) != 1:
            continue
        match = _ADDRESS_HEAD.search(text, window_start, hit.start)
        if match is None:
            continue
        run, offset = match.group("run"), match.start("run")
        bracketed = match.group("gap") == "("
        if bracketed and not text.startswith(")", hit.end):
            continue
        for first, _ in _tokens(run)[-_MAX_NAME_TOKENS:]:
            units = tuple(
                u
                for u in gaz.exact.get(name_key(run[first:]), [])
                if provinces[0] in gaz.ancestors(u) and not (bracketed and gaz.units[u].level != "district")
            )
            if units:
                found.append(Hit(offset + first, offset + len(run), units, False))
                break
    return found


def _after_separator(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` ends with a comma or a dash and spaces, as an address head's
    window must (``Móng Cái, ``)."""
    i = end - 1
    while i >= start and text[i].isspace():
        i -= 1
    return i >= start and text[i] in ",-–("


#: One word of a capitalised run: its key, and the names starting at it, longest first, as
#: (words, start, end, key, the province of that name that may be written bare or None).
_RunWord = tuple[str, tuple[tuple[int, int, int, str, int | None], ...]]


#: What the capitalised runs seen so far hold (:func:`_run_keys`, :func:`_run_names`): the same runs
#: come back in every article.  Plain dicts, not ``lru_cache``: every run of a text asks, and the
#: cache's call and bookkeeping were a quarter of the scan (:func:`~desktop.core.memo.remember` bounds them).
_run_keys_seen: Final[dict[str, frozenset[str]]] = {}
_run_names_seen: Final[dict[str, tuple[_RunWord, ...]]] = {}
_RUNS_REMEMBERED: Final = 65536


def _run_keys(run: str) -> frozenset[str]:
    """The name keys of the words of a capitalised run (keying each of a hundred runs word by word
    was a third of the gazetteer scan)."""
    keys = _run_keys_seen.get(run)
    if keys is None:
        keys = remember(_run_keys_seen, run, frozenset(map(name_key, _WORD.findall(run))), _RUNS_REMEMBERED)
    return keys


def _bare_in_run(
    run: re.Match, introduced: dict[str, tuple[int, ...]], provinces_named: set[int], first_words: set[str]
) -> list[Hit]:
    hits = []
    offset = run.start()
    text = run.group()
    words = _run_names(text)
    i = 0
    while i < len(words):
        first_key, names = words[i]
        if first_key in first_words and not _in_person_name(text, names[-1][1]):
            for count, start, end, key, province in names:
                ids = _bare_units(key, province, introduced, provinces_named)
                if ids:
                    if _LONGER_NAME.match(text, end) is None:
                        hits.append(Hit(offset + start, offset + end, ids, False))
                    i += count
                    break
            else:
                i += 1
        else:
            i += 1
    return hits


def _in_person_name(run: str, start: int) -> bool:
    """True when the word at ``start`` of a capitalised run is part of the person's name the run opens
    with: whatever place the given name spells (``Nguyễn Hòa Bình``, ``Lê Thái Bình``, a byline ``Nguyễn
    Huế``), it is no place.  Not past a dash: ``Hồ Chí Minh - Hà Nội`` is a route."""
    return start > 0 and _PERSON.match(run) is not None and "-" not in run[:start] and "–" not in run[:start]


def _run_names(run: str) -> tuple[_RunWord, ...]:
    """What of a capitalised run does not depend on the article: the words, the names they may start
    and the provinces those names are."""
    names = _run_names_seen.get(run)
    if names is None:
        names = remember(_run_names_seen, run, _names_in_run(run), _RUNS_REMEMBERED)
    return names


def _names_in_run(run: str) -> tuple[_RunWord, ...]:
    gaz = gazetteer()
    tokens = _tokens(run)
    words = []
    for i, (first_start, first_end) in enumerate(tokens):
        names = []
        for count in range(min(len(tokens) - i, _MAX_NAME_TOKENS), 0, -1):
            end = tokens[i + count - 1][1]
            key = name_key(run[first_start:end])
            province = next((u for u in gaz.exact.get(key, []) if gaz.units[u].level == "province"), None)
            names.append((count, first_start, end, key, None if key in _NOT_BARE else province))
        words.append((name_key(run[first_start:first_end]), tuple(names)))
    return tuple(words)


def _bare_units(
    key: str, province: int | None, introduced: dict[str, tuple[int, ...]], provinces_named: set[int]
) -> tuple[int, ...]:
    lower = introduced.get(key)
    if lower and (province is None or province not in provinces_named):
        return lower
    return (province,) if province is not None else ()


def _coverage(hits: list[Hit]):
    """A test for 'this offset lies inside an explicit hit' (hits are sorted and disjoint)."""
    starts = [hit.start for hit in hits]

    def covered(offset: int) -> bool:
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset < hits[i].end

    return covered


#: The last text whose hits were found (the very object) and its hits.  An import finds an
#: article's place while reading it and then the extractor asks for the places of the same text
#: object again; the gazetteer scan is a third of extraction, so the second ask reuses the first.
_last_hits: tuple[str, list[Hit]] = ("", [])


def find_hits(text: str) -> list[Hit]:
    """Every place mention in the text, with all the units each may denote, in text order.

    Callers must not change the returned list: it may be the one remembered for ``text``.
    """
    last_text, last_hits = _last_hits
    if last_text is text:
        return last_hits
    lowered = text.lower()
    return _remember_hits(text, _all_hits(text, lowered, _explicit_hits(text, lowered)))


def _remember_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """Keep ``hits`` as those of the ``text`` object (one text only: articles are read one by one)."""
    global _last_hits
    _last_hits = (text, hits)
    return hits


def _all_hits(
    text: str, lowered: str, explicit: list[Hit], known: dict[str, list[int]] | None = None
) -> list[Hit]:
    """:func:`find_hits` given the text's explicit hits (article_locality needs those again)."""
    hits = explicit + _bare_hits(text, explicit)
    country = _finditer(_COUNTRY, _COUNTRY_STARTS, text, lowered, known)
    hits += [Hit(m.start(), m.end(), (0,), True) for m in country]
    return sorted(hits, key=lambda hit: hit.start)


def find_places(text: str) -> list[PlaceMention]:
    """Places named in the text, in order: with their administrative word or unambiguous by name."""
    gaz = gazetteer()
    mentions = []
    for hit in find_hits(text):
        unit = min((gaz.units[i] for i in hit.units), key=lambda u: _LEVEL_RANK[u.level])
        mentions.append(PlaceMention(hit.start, hit.end, unit.name, unit.level))
    return mentions


_LEVEL_RANK = {"country": 0, "province": 1, "district": 2, "commune": 3}


# --- the place an article is about ------------------------------------------------
#: Mentions in the title count this much more than in the body; in the lead (first characters) this much.
_TITLE_WEIGHT = 3.0
_LEAD_WEIGHT = 2.0
LEAD_CHARS = 500
#: What an article is about shows in its first pages; a huge text is not scanned to its end.
_SCAN_CHARS = 50_000
#: A child unit is the article's subject only if it outweighs its nearest rival this many times.
_DOMINANCE = 2.0


def article_locality(title: str | None, text: str) -> str | None:
    """The place an article is about: its proper name (``Cẩm Phả``, ``Hồ Chí Minh``, ``cả nước``) or None.

    Each mention weighs by position (title, lead, body).  Weight flows up to
    parents (a commune's mentions count for its district and province), and
    generic references (``thành phố`` with no name, ``tỉnh``, ``Thành ủy``)
    count for the article's unit of that kind.  Starting from the country,
    the choice descends to a child while the child outweighs what is said of
    the parent itself and clearly dominates its siblings: the lowest unit the
    article is about, not a place it mentions in passing.
    """
    sources = [_Source(title or ""), _Source(text[:_SCAN_CHARS])]
    weighted = _weighted_hits(*sources)
    region, region_weight = _main_region(*sources)
    national = _titles_country(title or "")
    if not weighted and region is None and national:
        return COUNTRY
    if not weighted or (region is not None and _titled_region(sources[0], weighted)):
        return region
    direct: dict[int, float] = defaultdict(float)
    resolved = _resolve(weighted)
    for k, (unit_id, weight) in enumerate(resolved):
        if not _names_the_parent_of_previous(sources, weighted, resolved, k) and not _compared(
            sources, *weighted[k]
        ):
            direct[unit_id] += weight
    if national:
        direct[0] += _TITLE_WEIGHT
    generic = _generic_weights(*sources)
    _add_generic_references(direct, generic)
    titled = {unit for unit, weight in resolved if weight == _TITLE_WEIGHT}
    chosen = _held_by_title(_descend(direct), direct, titled, name_key(title or ""), generic)
    if region and region_weight >= _DOMINANCE * _aggregate(direct)[chosen]:
        return region
    return gazetteer().units[chosen].name


#: The country by its name in a title.
_TITLE_COUNTRY = re.compile(r"Việt\s+Nam(?!\w)")
#: Words before the country's name that make it the place of what the title says: ``đầu tư tại Việt Nam``.
_COUNTRY_PLACES = frozenset({"tại", "của", "ở", "vào", "sang", "cho", "với"})
#: How many words before the country's name a body's name may start (``Tập đoàn Dầu khí Việt Nam``).
_BODY_WORDS = 4


def _titles_country(title: str) -> bool:
    """True when ``title`` names the country by its name (``Xuất khẩu Việt Nam tháng 10 giảm``, ``Tự tin mở
    rộng đầu tư tại Việt Nam``): a national story, whatever city its dateline or its examples name.  Not
    the end of a body's name, a capitalised word among the few before it past the title's first
    (``Tập đoàn Điện lực Việt Nam``), unless the word right before places it (``Tại Việt Nam``)."""
    for found in _TITLE_COUNTRY.finditer(title):
        words = title[: found.start()].split()
        if not words or words[-1].lower() in _COUNTRY_PLACES:
            return True
        named = words[1:][-_BODY_WORDS:]
        if not any(word[0].isupper() for word in named):
            return True
    return False


#: The regions of the country (vùng): an article about one (``Kêu gọi đầu tư vào vùng Tây Nguyên``)
#: names its provinces only in passing, and its figures are the region's.
_REGION = re.compile(
    r"(?<!\w)(?:Tây Nguyên|Tây Bắc|Đông Bắc|Đông Nam Bộ|Tây Nam Bộ|Nam Trung Bộ|Bắc Trung Bộ"
    r"|Đồng bằng sông Cửu Long|Đồng bằng sông Hồng|Trung du và miền núi phía Bắc)(?!\w)"
)
#: Words every region's name holds: a text with none of them names no region, and ``_REGION``, whose
#: lookbehind keeps the regex engine from skipping ahead, need not run over it.
_REGION_HINTS = ("Tây", "Đông", "Trung Bộ", "Trung du", "Đồng bằng")


def _main_region(title: _Source, text: _Source) -> tuple[str | None, float]:
    """The region the article names most (capitalised: ``phía tây bắc`` is a direction) and the
    weight of its mentions."""
    if not names_region(title.text, len(title.text)) and not names_region(text.text, LEAD_CHARS):
        return None, 0.0  # what the title and the lead do not name, the article is not about
    weights: dict[str, float] = defaultdict(float)
    for source, scale in ((title, _TITLE_WEIGHT), (text, None)):
        for match in _REGION.finditer(source.text):
            weights[match.group()] += scale or _position_weight(match.start())
    if not weights:
        return None, 0.0
    region = max(weights, key=weights.__getitem__)
    return region, weights[region]


def _titled_region(title: _Source, weighted: list[tuple[Hit, float]]) -> bool:
    """True when the title names a region of the country and no unit (``Kim ngạch xuất khẩu của Tây
    Nguyên đạt cao nhất``): the provinces the body names (a photo's caption first) are the region's."""
    return names_region(title.text, len(title.text)) and all(
        weight != _TITLE_WEIGHT for _, weight in weighted
    )


def names_region(text: str, end: int) -> bool:
    """True when ``text[:end]`` names a region of the country."""
    for hint in _REGION_HINTS:
        if text.find(hint, 0, end) >= 0:
            return _REGION.search(text, 0, end) is not None
    return False


#: The last text lower-cased for its hits (the very object) and its lower-cased copy: the extractor
#: lower-cases the article again right after (see :func:`lowered`).
_last_lowered: tuple[str, str] = ("", "")


def lowered(text: str) -> str:
    """``text.lower()``, the copy :func:`article_locality` made when it was given this very object."""
    last_text, last_lowered = _last_lowered
    return last_lowered if last_text is text else text.lower()


class _Source:
    """The title or the text of an article, lower-cased and with its explicit hits: both the hits
    and the generic references need them, and finding them is most of the cost."""

    def __init__(self, text: str) -> None:
        global _last_lowered
        self.text = text
        self.lowered = text.lower()
        _last_lowered = (text, self.lowered)
        #: Where each administrative word starts in ``lowered``: the scans for names and for generic
        #: references search the same words.
        self.known: dict[str, list[int]] = {}
        self.explicit = _explicit_hits(text, self.lowered, self.known)

    def hits(self) -> list[Hit]:
        last_text, last_hits = _last_hits
        if last_text is self.text:
            return last_hits
        return _remember_hits(self.text, _all_hits(self.text, self.lowered, self.explicit, self.known))


def _position_weight(offset: int) -> float:
    return _LEAD_WEIGHT if offset < LEAD_CHARS else 1.0


#: What may stand between a place and its parent named after it as part of its address: ``Móng Cái,
#: Quảng Ninh``, ``TP. Buôn Ma Thuột - Đắk Lắk``, ``huyện Cần Giờ (TP.HCM)``.
_ADDRESS_GAP = re.compile(r"\s*[,–(-]\s*(?:(?i:tỉnh|thành phố|tp\.?)\s+)?")


def _names_the_parent_of_previous(
    sources: list[_Source], weighted: list[tuple[Hit, float]], resolved: list[tuple[int, float]], k: int
) -> bool:
    """True when mention ``k`` names the parent of the mention just before it, as the tail of an
    address (``Móng Cái, Quảng Ninh``): it locates the child and says nothing of the parent itself,
    so the article about Móng Cái is not taken to be about Quảng Ninh."""
    if k == 0:
        return False
    (hit, weight), (previous, previous_weight) = weighted[k], weighted[k - 1]
    in_title = weight == _TITLE_WEIGHT  # only the title's mentions weigh this much
    if in_title != (previous_weight == _TITLE_WEIGHT) or previous.end > hit.start:
        return False
    text = sources[0].text if in_title else sources[1].text
    if _ADDRESS_GAP.fullmatch(text, previous.end, hit.start) is None:
        return False
    return resolved[k][0] in gazetteer().ancestors(resolved[k - 1][0])[:-1]


#: What a place is weighed against or ranked just behind comes right before it: ``so với toàn quốc``,
#: ``chỉ đứng sau tỉnh Bắc Giang``, ``cao hơn Đà Nẵng`` (not ``Xếp sau Hải Phòng là ...``: the subject
#: leads the ranking).
_COMPARED_BEFORE = re.compile(
    r"(?<!\w)(?:so\s+với|so|chỉ\s+(?:đứng\s+|xếp\s+)?sau|hơn|vượt|kém)\s+"
    r"(?:(?:mức\s+)?(?:bình\s+quân|trung\s+bình)(?:\s+chung)?(?:\s+của)?\s+)?"
    r"(?:(?:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|xã)\s+)?$"
)
#: How far before a place its comparison word may start.
_COMPARED_REACH = 40


def _compared(sources: list[_Source], hit: Hit, weight: float) -> bool:
    """True when the mention ``hit`` is what the article weighs its place against or ranks it behind
    (``so với toàn quốc chỉ đứng sau tỉnh Bắc Giang``, ``chỉ xếp sau Bắc Giang`` in a title about another
    province): a benchmark, which says nothing of what the article is about."""
    source = sources[0] if weight == _TITLE_WEIGHT else sources[1]
    window = source.lowered[max(0, hit.start - _COMPARED_REACH) : hit.start]
    return _COMPARED_BEFORE.search(window) is not None


def _weighted_hits(title: _Source, text: _Source) -> list[tuple[Hit, float]]:
    weighted = [(hit, _TITLE_WEIGHT) for hit in title.hits()]
    return weighted + [(hit, _position_weight(hit.start)) for hit in text.hits()]


def _resolve(weighted: list[tuple[Hit, float]]) -> list[tuple[int, float]]:
    """Pick one unit per mention: the candidate whose parents the rest of the text supports most."""
    gaz = gazetteer()
    support: dict[int, float] = defaultdict(float)
    for hit, weight in weighted:
        for unit_id in hit.units:
            for member in [unit_id, *gaz.ancestors(unit_id)[:-1]]:
                support[member] += weight / len(hit.units)

    def backing(unit_id: int) -> float:
        return sum(support[a] for a in gaz.ancestors(unit_id)[:-1])

    # a mention of one unit needs no backing weighed (most of them)
    return [
        (hit.units[0] if len(hit.units) == 1 else max(hit.units, key=backing), weight)
        for hit, weight in weighted
    ]


def _generic_weights(title: _Source, text: _Source) -> dict[str, float]:
    """Weight of administrative words used without a name, by the kind of unit they refer to.

    Enumerations (``quận, huyện``, ``tỉnh, thành phố``, ``xã/thị trấn``) speak of every unit of a
    kind, not of the article's own, and are left out; so is the level that sets the article's unit
    its targets (``tăng 90% so với kế hoạch tỉnh giao`` in an article about a town): that is the
    unit above it, and counting it for the province takes a district's article for the province's.
    """
    weights: dict[str, float] = defaultdict(float)
    for source, scale in ((title, _TITLE_WEIGHT), (text, None)):
        named = _coverage(source.explicit)
        for match in _finditer(_GENERIC, _GENERIC_STARTS, source.text, source.lowered, source.known):
            if (
                named(match.start())
                or _in_enumeration(source.text, match)
                or _GIVES.match(source.lowered, match.end())
            ):
                continue
            kind = _GENERIC_KINDS[_canonical_word(match.group("word"))]
            weights[kind] += scale or _position_weight(match.start())
    return weights


#: A level that hands down targets or funds right after its word: ``kế hoạch tỉnh giao``, ``chỉ tiêu
#: huyện giao``, ``huyện phân bổ``.
_GIVES = re.compile(r"\s+(?:đã\s+)?(?:giao|phân\s+bổ)(?!\w)")


def _in_enumeration(text: str, match: re.Match) -> bool:
    before = text[max(match.start() - 2, 0) : match.start()]
    after = text[match.end() : match.end() + 4]
    return before.endswith((",", ", ", "/")) or after.startswith((",", "/", " và"))


def _present(direct: dict[int, float]) -> set[int]:
    gaz = gazetteer()
    present = set()
    for unit_id, weight in direct.items():
        if weight > 0:
            present.add(unit_id)
            present.update(gaz.ancestors(unit_id))
    return present


def _aggregate(direct: dict[int, float]) -> dict[int, float]:
    gaz = gazetteer()
    total: dict[int, float] = defaultdict(float)
    for unit_id, weight in direct.items():
        for member in [unit_id, *gaz.ancestors(unit_id)]:
            total[member] += weight
    return total


def _add_generic_references(direct: dict[int, float], generic: dict[str, float]) -> None:
    """Credit generic references to the unit of their kind that the text clearly names most.

    With two cities named about equally, "thành phố" could be either, and it counts for neither.
    """
    gaz = gazetteer()
    total = _aggregate(direct)
    present = _present(direct)
    for kind, weight in generic.items():
        ranked = sorted(
            (u for u in present if gaz.units[u].kind == kind), key=lambda u: total[u], reverse=True
        )
        if ranked and (len(ranked) == 1 or total[ranked[0]] >= _DOMINANCE * total[ranked[1]]):
            direct[ranked[0]] += weight


def _held_by_title(
    chosen: int, direct: dict[int, float], titled: set[int], title: str, generic: dict[str, float]
) -> int:
    """The unit the title names that holds ``chosen``, unless ``chosen`` is named in the title too, or
    its mentions clearly outweigh the title unit's own, or the body speaks of itself as a unit of
    ``chosen``'s kind more than of the title unit's (``generic``: ``Thị ủy``, ``HĐND thị xã``, ``kế hoạch
    thị xã giao`` under a title that places the town in its province): ``Niềm vui bội thu vụ vải thiều
    sớm Bắc Giang`` is about the province, though its body visits one commune at length; ``Những cánh
    đồng 'vàng' ở Quảng Ngãi`` about the district that its body names far more often than the province.
    ``title`` is the title's ``name_key``: a name it writes bare counts too (``Thọ Xuân (Thanh Hóa)``)."""
    units = gazetteer().units
    if chosen in titled or name_key(units[chosen].name) in title:
        return chosen
    held = next((unit for unit in gazetteer().ancestors(chosen) if unit in titled), None)
    if held is None or held == 0 or _aggregate(direct)[chosen] >= _DOMINANCE * direct.get(held, 0.0):
        return chosen
    return chosen if generic.get(units[chosen].kind, 0.0) > generic.get(units[held].kind, 0.0) else held


def _descend(direct: dict[int, float]) -> int:
    gaz = gazetteer()
    total = _aggregate(direct)
    present = _present(direct)
    children: dict[int | None, list[int]] = defaultdict(list)
    for unit_id in present:
        children[gaz.units[unit_id].parent].append(unit_id)
    current = 0
    while children[current]:
        ranked = sorted(children[current], key=lambda u: total[u], reverse=True)
        best = ranked[0]
        rival = total[ranked[1]] if len(ranked) > 1 else 0.0
        mentioned_itself = direct.get(current, 0.0)
        if current == 0 and not mentioned_itself:
            current = best
            continue
        if total[best] < mentioned_itself or total[best] < _DOMINANCE * rival:
            break
        current = best
    return current
