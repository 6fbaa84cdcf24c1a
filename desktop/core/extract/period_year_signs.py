"""Signs of the year an undated article reports on that its words give besides the periods it names: a
founding it counts its years from, an anniversary, the ``năm thứ N`` of something begun in a named year,
a congress opening its term; and the counting the choice among them uses (see ``period_year.py``).
"""

from __future__ import annotations

import re

from desktop.core.extract.period_mentions import Mention
from desktop.core.extract.period_patterns import _FOUNDING_WORDS, _REACH_BACK
from desktop.core.numbers import FIRST_DIGIT, NUMBER_WORDS

#: ... and of the years counted since one: ``Sau 10 năm hình thành và phát triển``, ``qua 20 năm tái lập``.
_COUNTED_FROM = ("hình thành", "xây dựng và phát triển", *_FOUNDING_WORDS)
_SINCE_FOUNDING = re.compile(
    r"(?<![^\W\d_])(?:sau|qua|trải\s+qua)\s+(?:hơn\s+)?(\d{1,2})\s+năm\s+(?:ngày\s+)?$"
)
#: ``được thành lập theo Nghị định số 82/NĐ-CP ngày 27/6/2005``, ``tái lập năm 1997``: the founding's year
#: (matched right after a founding word).
_FOUNDED_IN = re.compile(r"(?![^\W\d_])[^.!?\n]{0,60}?(?:năm\s+|\d{1,2}/\d{1,2}/)((?:19|20)\d\d)(?!\d)")
#: ``năm thứ 3``, ``năm thứ hai``: the count of a year in something that began in a year named elsewhere.
_NTH = re.compile(r"(?<![^\W\d_])năm\s+thứ\s+(\d{1,2}|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![^\W\d_])")
#: ``triển khai từ năm 2019``, ``bắt đầu năm 2019`` (not a span, ``từ năm 2019 đến ...``), ``Năm 2019 là năm
#: đầu tiên ...``: the first year of what an article counts the years of.
_FIRST_YEAR = re.compile(
    r"(?<![^\W\d_])(?:từ|bắt\s+đầu(?:\s+từ)?)\s+năm\s+(\d{4})(?!\d|\s*(?:đến|tới|-|–))"
    r"|(?<![^\W\d_])năm\s+(\d{4})\s*(?:,\s*|là\s+)?năm\s+(?:đầu\s+tiên|đầu|thứ\s+nhất)(?![^\W\d_])"
)
#: ``20 năm thành lập 1999-2019``, ``Sau 20 năm tái lập (1997-2017)``: an anniversary, in the span's last year.
_ANNIVERSARY = re.compile(  # a digit first: the regex engine skips to digits (a lookbehind first cannot)
    rf"(?P<years>{FIRST_DIGIT}(?<!\d\d)\d{{0,2}})\s+năm\s+(?:ngày\s+)?(?:thành\s+lập|tái\s+lập|chia\s+tách|giải\s+phóng)"
    r"(?:\s+[^\W\d_]+){0,6}\s*\(?\s*(?P<first>\d{4})\s*[-–]\s*(?P<last>\d{4})(?!\d)"
)
#: ``Đại hội Đảng bộ ... lần thứ X, nhiệm kỳ``: a congress named in the words before its term (its sentence);
#: not its resolution, cited all through the term (``Nghị quyết Đại hội ... nhiệm kỳ 2020-2025``).
_CONGRESS_NAME = re.compile(r"(?<!quyết\s)đại\s+hội[^.!?\n]*$")


def _congress_years(low: str, mentions: list[Mention]) -> dict[str, int]:
    """The first year of each term a congress is named for in ``low`` (``Đại hội đại biểu lần thứ X, nhiệm kỳ
    2020-2025``): a congress opens its term, so its report is written in that year -- looking back on the
    term just ended and setting the goals of the new one, not in the new term's last year.  Not a council's
    term (``HĐND huyện (khóa XI, nhiệm kỳ 2016 - 2021) tổ chức Kỳ họp thứ 7``): it meets throughout its
    term."""
    return _counts(
        [
            m.value[:4]
            for m in mentions
            if m.value
            and len(m.value) == 9
            and m.value[4] == "-"
            and low.startswith("nhiệm", m.start)
            and _CONGRESS_NAME.search(low, max(0, m.start - 80), m.start) is not None
        ]
    )


def _counts(values: list[str]) -> dict[str, int]:
    """How often each of ``values`` occurs, in the order first seen: a ``Counter``, whose constructor
    runs as interpreted Python even in the compiled core (a few percent of an undated article)."""
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


def _most_common(counts: dict[str, int]) -> str | None:
    """The value counted most often, the first seen of those tied (``Counter.most_common(1)``)."""
    best, most = None, 0
    for value, count in counts.items():
        if count > most:
            best, most = value, count
    return best


def _latest_of_most_common(counts: dict[str, int], named: set[str]) -> str | None:
    """Of the values counted most often and in ``named``, the latest year; None unless two or more are tied."""
    most = max(counts.values(), default=0)
    tied = [value for value, count in counts.items() if count == most and value in named]
    if len(tied) < 2 or not all(value[-4:].isdigit() for value in tied):
        return None
    return max(tied, key=lambda value: (int(value[-4:]), -len(value)))


def _reported_years(mentions: list[Mention]) -> dict[str, int]:
    """How often each year (or term) is named as one reported on: carrying through its text, not a
    comparison basis, a horizon, a deadline (``đến hết quý I/2018``) nor a year in brackets."""
    return _counts(
        [m.value for m in mentions if m.carries and m.value and not m.deadline and m.carry_end > m.start]
    )


def _found(low: str, words: tuple[str, ...]) -> list[tuple[int, str]]:
    """Where each of ``words`` starts a word of ``low``, with the word."""
    found = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            if at == 0 or not low[at - 1].isalpha():
                found.append((at, word))
            at = low.find(word, at + 1)
    return found


def _founding_years(low: str) -> set[int]:
    """The years ``low`` dates a founding to: ``được thành lập theo Nghị định số 82/NĐ-CP ngày 27/6/2005``."""
    years = set()
    for at, word in _found(low, _FOUNDING_WORDS):
        found = _FOUNDED_IN.match(low, at + len(word))
        if found is not None:
            years.add(int(found.group(1)))
    return years


def _years_since_founding(low: str, founded: int) -> int | None:
    """The year an article counts as N years after the founding it dates to ``founded``: ``Sau 10 năm hình
    thành và phát triển`` of a district ``được thành lập theo Nghị định số 82/NĐ-CP ngày 27/6/2005`` writes
    in 2015.  None unless the text names one such count."""
    counts = set()
    for at, _ in _found(low, _COUNTED_FROM):
        found = _SINCE_FOUNDING.search(low, max(0, at - _REACH_BACK), at)
        if found is not None:
            counts.add(int(found.group(1)))
    if len(counts) != 1:
        return None
    count = counts.pop()
    return founded + count if 1 < count <= 60 else None


def _nth_year(low: str) -> dict[str, int]:
    """The year an article counts as the ``năm thứ N`` of what began in a year it names (``Chương trình
    triển khai từ năm 2019 ... Năm nay là năm thứ 3 thực hiện``, ``Năm 2019 là năm đầu tiên ...``): the first
    year is the first of the count.  Empty unless the text names one count and one first year."""
    counts = {NUMBER_WORDS.get(n, n) for n in _NTH.findall(low)}
    firsts = {a or b for a, b in _FIRST_YEAR.findall(low)}
    if len(counts) != 1 or len(firsts) != 1:
        return {}
    count = int(counts.pop())
    return {str(int(firsts.pop()) + count - 1): 1} if 1 < count <= 30 else {}


def _anniversaries(low: str, pattern: re.Pattern[str] = _ANNIVERSARY) -> dict[str, int]:
    """The last years of the anniversaries ``low`` names (``20 năm tái lập tỉnh (1997-2017)``): when the
    article was written, though it may tell what the first year was."""
    return _counts(
        [
            found["last"]
            for found in pattern.finditer(low)
            if int(found["last"]) - int(found["first"]) == int(found["years"])
        ]
    )
