"""Which year (or term) a figure is for.

A figure takes the nearest period named before it in its sentence (``Năm
2019, ...``, ``6 tháng đầu năm 2017``, ``quý I/2019``, ``nhiệm kỳ
2015-2020``).  Failing that, the last year named earlier in the article
carries forward -- but terms, horizons (``đến năm 2025``) and comparison
bases (``so với năm 2019``) never carry: they describe one sentence -- except
that a party term (``trong nhiệm kỳ 2020-2025``) frames the *targets* that
follow it, since a term is what goals are set for (not when it only names a
congress: ``Đại hội ... lần thứ XIV, nhiệm kỳ 2020-2025``).  Failing
that, the publication date decides: an article from January or February
reports the year just ended, any other the current year.  Without a date,
the year the article names most often, or the year after its comparison
bases (``so cùng kỳ năm 2016``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from desktop.core.extract.clauses import Sentence

#: A year in the text; what it means is read from the words just before it.
_YEAR_TOKEN = re.compile(r"\d(?<!\d\d)\d{3}(?!\d)")
_THIS_YEAR = re.compile(r"năm\s+nay")
#: Words before a year, anchored at the year (searched in a short window).
_BEFORE_YEAR = re.compile(
    r"(?:(?P<term>(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ)\s+)"
    r"|(?P<since>(?:tầm\s+nhìn|từ)\s+(?:năm\s+)?)"
    r"|(?P<basis>(?:so\s+với|so|cùng\s+kỳ|hơn|bằng)\s+(?:(?:năm|cuối\s+năm)\s+)?)"
    r"|(?P<horizon>(?:đến|tới|trước|sau)\s+(?:(?:năm|cuối\s+năm|hết\s+năm)\s+)?)"
    r"|(?P<part>(?:quý\s+(?:[iv]+|\d)|tháng\s+\d{1,2})\s*(?:/|-|năm)\s*)"
    r"|(?P<year>năm\s+(?:mới\s+)?)"
    r"|(?P<lead>(?:^|[.!?]\s|\n)\s*))$"
)
_TERM_END = re.compile(r"\s*[-–—]\s*(\d{4})(?!\d)")
_LEAD_YEAR_END = re.compile(r"\s+là\s|,")
_WINDOW = 32
_FOREVER = 1 << 62
# Case-sensitive: these run on the lower-cased article (see lowercase.py).
_SUB_YEAR = re.compile(r"tháng|quý|từ\s+đầu\s+năm|đến\s+nay|lũy\s+kế|luỹ\s+kế|tuần|tết")
_CONGRESS = re.compile(r"khóa|khoá|lần\s+thứ|đại\s+hội")
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class Mention:
    """A period named in the text; ``carries`` when it sets the context of later sentences."""

    start: int
    value: str | None  # None for comparison bases: they block nothing and set nothing
    carries: bool
    sub_year: bool
    frames_targets: bool = False
    basis_year: int | None = None
    carry_end: int = _FOREVER  # a carrying mention sets the context of figures before this offset


class PeriodAt(NamedTuple):
    """The period of one figure: its value, part of a year or not, named in the figure's sentence or not."""

    value: str | None
    sub_year: bool
    stated: bool


class Periods:
    """Period mentions of one article and the resolution rules above."""

    def __init__(self, low: str, published: str | None, title: str | None = None) -> None:
        """``low`` is the article lower-cased to the same length."""
        self.text = low
        self.published_year = int(published[:4]) if published else None
        self.published_month = int(published[5:7]) if published else None
        self.mentions = self._find_mentions()
        self._starts = [m.start for m in self.mentions]
        self._last_carrying = self._carry_index(lambda m: m.carries)
        self._last_target_frame = self._carry_index(lambda m: m.carries or m.frames_targets)
        self._fallback_year = self._guess_year(title)

    def _find_mentions(self) -> list[Mention]:
        mentions: list[Mention] = []
        consumed = 0
        tokens = sorted([*_YEAR_TOKEN.finditer(self.text), *_THIS_YEAR.finditer(self.text)], key=lambda m: m.start())
        for token in tokens:
            if token.start() < consumed:
                continue
            mention, consumed = self._mention(token)
            if mention is not None:
                mentions.append(mention)
        return mentions

    def _mention(self, token: re.Match[str]) -> tuple[Mention | None, int]:
        """What the year at ``token`` is: a period, a term, a horizon, a comparison basis or nothing."""
        text, start, end = self.text, token.start(), token.end()
        sub_year = _SUB_YEAR.search(text, max(0, start - 20), end) is not None
        if not token.group()[0].isdigit():  # "năm nay"
            if self.published_year is None:
                return None, end
            return Mention(start, str(self.published_year), True, sub_year), end
        year = int(token.group())
        before = _BEFORE_YEAR.search(text, max(0, start - _WINDOW), start)
        if before is None or not 1900 <= year <= 2100:
            return None, end
        at = before.start()
        if before["term"]:
            second = _TERM_END.match(text, end)
            if second is None:
                return Mention(at, str(year), False, False), end
            party_term = before.group().lower().startswith("nhiệm") and not self._names_congress(at)
            return Mention(at, f"{year}-{second.group(1)}", False, False, party_term), second.end()
        if before["since"]:  # "từ năm 2002", "tầm nhìn 2050": a start or a vision, not a period
            return Mention(at, None, False, sub_year), end
        if before["basis"]:
            return Mention(at, None, False, sub_year, basis_year=year), end
        if before["lead"] and not _LEAD_YEAR_END.match(text, end):
            return None, end
        span = _TERM_END.match(text, end) if before["year"] else None
        if span is not None and int(span.group(1)) > year:  # "năm 2019 - 2020" is a term
            return Mention(at, f"{year}-{span.group(1)}", False, False), span.end()
        return Mention(at, str(year), not before["horizon"], sub_year or bool(before["part"]),
                       carry_end=self._carry_end(at, before)), end

    def _carry_end(self, at: int, before: re.Match[str]) -> int:
        """How far a year sets the context: an event's month (``Tháng 2/2021, UBND ban hành ...``) only
        to its paragraph's end, a bracketed aside (``quyết định 3800 (năm 2018)``) nowhere after it."""
        if self.text[max(0, at - 2) : at].strip().endswith("("):
            return at
        if before["part"] and "/" in before.group():
            end = self.text.find("\n", at)
            return len(self.text) if end < 0 else end
        return _FOREVER

    def _names_congress(self, pos: int) -> bool:
        """True for the term in a congress's name: ``Đại hội ... lần thứ XIV, nhiệm kỳ 2020-2025``."""
        return _CONGRESS.search(self.text, max(0, pos - 40), pos) is not None

    def _carry_index(self, carries: Callable[[Mention], bool]) -> list[int]:
        """For each mention, the index of the last mention at or before it that ``carries`` (-1: none)."""
        last, out = -1, []
        for i, mention in enumerate(self.mentions):
            if carries(mention):
                last = i
            out.append(last)
        return out

    def _guess_year(self, title: str | None) -> str | None:
        """Without a publication date: the year the article names most often."""
        if self.published_year is not None:
            return None
        years = Counter(m.value for m in self.mentions if m.carries and m.value)
        if not years and title:
            years = Counter(_YEAR.findall(title))
        if not years:  # "tăng 7,4% so cùng kỳ năm 2016" is about 2017
            years = Counter(str(m.basis_year + 1) for m in self.mentions if m.basis_year)
        return years.most_common(1)[0][0] if years else None

    def at(self, pos: int, sentence: Sentence, clause_end: int, target: bool) -> PeriodAt:
        """The period of a figure at ``pos``, whether it covers only part of a year and whether the
        figure's own sentence names it."""
        i = bisect_left(self._starts, pos) - 1
        j = i
        while j >= 0 and self.mentions[j].start >= sentence.start:
            mention = self.mentions[j]
            if mention.value is not None:
                return PeriodAt(mention.value, mention.sub_year, True)
            j -= 1
        k = i + 1
        if k < len(self.mentions) and self.mentions[k].start < clause_end and self.mentions[k].value:
            return PeriodAt(self.mentions[k].value, self.mentions[k].sub_year, True)
        carried = self._carried(self._last_target_frame if target else self._last_carrying, j, pos)
        if carried >= 0:
            mention = self.mentions[carried]
            return PeriodAt(mention.value, mention.sub_year, False)
        return PeriodAt(self.fallback(target), False, False)

    def _carried(self, index: list[int], j: int, pos: int) -> int:
        """The last mention at or before ``j`` (by ``index``) that still carries to ``pos``, or -1."""
        carried = index[j] if j >= 0 else -1
        while carried >= 0 and self.mentions[carried].carry_end <= pos and self.mentions[carried].carries:
            carried = index[carried - 1] if carried else -1
        return carried

    def fallback(self, target: bool) -> str | None:
        """The year an article reports on when it names none: see the module docstring."""
        if self.published_year is None:
            return self._fallback_year
        early = self.published_month is not None and self.published_month <= 2
        return str(self.published_year - 1 if early and not target else self.published_year)


def is_sub_year(low: str, start: int, end: int) -> bool:
    """True when ``low[start:end]`` (lower-cased) speaks of part of a year (months, a quarter, "so far")."""
    return _SUB_YEAR.search(low, start, end) is not None
