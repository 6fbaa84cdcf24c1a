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
reports the year just ended, any other the current year.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.extract.clauses import Sentence

_MENTION = re.compile(
    r"(?P<term>(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ)\s+(?P<t1>\d{4})\s*[-–—]\s*(?P<t2>\d{4}))"
    r"|(?P<basis>(?:so\s+với|so|cùng\s+kỳ|tầm\s+nhìn|từ)\s+(?:(?:năm|cuối\s+năm)\s+)?\d{4})"
    r"|(?P<horizon>(?:đến|tới|trước|sau)\s+(?:(?:năm|cuối\s+năm|hết\s+năm)\s+)?(?P<h>\d{4}))"
    r"|(?:quý\s+(?:[IV]+|\d)\s*(?:/|-|năm)\s*(?P<q>\d{4}))"
    r"|(?:tháng\s+\d{1,2}\s*(?:/|-|năm)\s*(?P<m>\d{4}))"
    r"|(?:năm\s+(?P<y>\d{4}))"
    r"|(?P<now>năm\s+nay)",
    re.IGNORECASE,
)
_SUB_YEAR = re.compile(r"tháng|quý|từ\s+đầu\s+năm|đến\s+nay|lũy\s+kế|luỹ\s+kế|tuần|tết", re.IGNORECASE)
_CONGRESS = re.compile(r"khóa|khoá|lần\s+thứ|đại\s+hội", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class Mention:
    """A period named in the text; ``carries`` when it sets the context of later sentences."""

    start: int
    value: str | None  # None for comparison bases: they block nothing and set nothing
    carries: bool
    sub_year: bool
    frames_targets: bool = False


class Periods:
    """Period mentions of one article and the resolution rules above."""

    def __init__(self, text: str, published: str | None, title: str | None = None) -> None:
        self.text = text
        self.published_year = int(published[:4]) if published else None
        self.published_month = int(published[5:7]) if published else None
        self.mentions = [m for m in (self._mention(match) for match in _MENTION.finditer(text)) if m]
        self._starts = [m.start for m in self.mentions]
        self._last_carrying = self._carry_index(lambda m: m.carries)
        self._last_target_frame = self._carry_index(lambda m: m.carries or m.frames_targets)
        self._fallback_year = self._guess_year(title)

    def _mention(self, match: re.Match[str]) -> Mention | None:
        sub_year = bool(_SUB_YEAR.search(self.text, max(0, match.start() - 20), match.start() + 8))
        if match["basis"]:
            return Mention(match.start(), None, False, sub_year)
        if match["term"]:
            party_term = match["term"].lower().startswith("nhiệm") and not self._names_congress(match.start())
            return Mention(match.start(), f"{match['t1']}-{match['t2']}", False, False, party_term)
        if match["now"]:
            if self.published_year is None:
                return None
            return Mention(match.start(), str(self.published_year), True, sub_year)
        year = match["h"] or match["q"] or match["m"] or match["y"]
        if not 1900 <= int(year) <= 2100:
            return None
        return Mention(match.start(), year, not match["horizon"], sub_year or bool(match["q"] or match["m"]))

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
        return years.most_common(1)[0][0] if years else None

    def at(self, pos: int, sentence: Sentence, clause_end: int, target: bool) -> tuple[str | None, bool]:
        """The period of a figure at ``pos`` and whether it covers only part of a year."""
        i = bisect_left(self._starts, pos) - 1
        j = i
        while j >= 0 and self.mentions[j].start >= sentence.start:
            mention = self.mentions[j]
            if mention.value is not None:
                return mention.value, mention.sub_year
            j -= 1
        k = i + 1
        if k < len(self.mentions) and self.mentions[k].start < clause_end and self.mentions[k].value:
            return self.mentions[k].value, self.mentions[k].sub_year
        carried = (self._last_target_frame if target else self._last_carrying)[j] if j >= 0 else -1
        if carried >= 0:
            mention = self.mentions[carried]
            return mention.value, mention.sub_year
        return self.fallback(target), False

    def fallback(self, target: bool) -> str | None:
        """The year an article reports on when it names none: see the module docstring."""
        if self.published_year is None:
            return self._fallback_year
        early = self.published_month is not None and self.published_month <= 2
        return str(self.published_year - 1 if early and not target else self.published_year)


def is_sub_year(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` speaks of part of a year (months, a quarter, "so far")."""
    return _SUB_YEAR.search(text, start, end) is not None
