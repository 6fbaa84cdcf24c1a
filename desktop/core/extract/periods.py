"""Which year (or term) a figure is for.

A figure takes the period named right after it (``15% vào năm 2020 và 30% vào
năm 2030``: each item its own year; ``còn 2,1% (năm 2023)``), else the nearest period named before it
in its sentence (``Năm 2019, ...``, ``6 tháng đầu năm 2017``, ``quý I/2019``,
``nhiệm kỳ 2015-2020``, ``vụ Đông Xuân 2016 - 2017``; a span from a year, ``năm 2015 đến tháng 6.2018``, is a term).  Failing that, the last
year named earlier in the article carries forward -- but horizons (``đến năm
2025``, and a year going on with them in their sentence: ``đến năm 2025 là 12%;
kim ngạch năm 2020 đạt ..., năm 2025 là ...``) and comparison bases (``so với năm 2019``, ``cùng kỳ quý II/2023``, ``gấp 1,5 lần năm 2015``, ``bằng 120% năm 2018``, ``tương đương năm 2018``,
``so với thời điểm 31/12/2018``, a bracket giving another year's figure ``(năm 2018: 1.300 tỷ đồng)``,
``so vụ Đông Xuân 2015 - 2016``, ``so sánh với năm 2019``, ``kém năm 2021``, ``vượt mức năm 2021``, ``ngang với
năm 2021``, ``so với thời kỳ trước năm 2020``, ``so với trước dịch (năm 2019)``, ``so cùng thời điểm năm 2022``,
``bằng 85% mức năm 2022``, ``nhiều hơn cả năm 2022``) never carry: they describe one sentence; a basis that opens a clause as its subject (``(cùng kỳ năm 2021 đạt 20.000 tỷ
đồng)``), a bracket naming the year of a basis said without one (``so với
cùng kỳ năm trước (năm 2021 đạt ...)``), or a year set against the figure before it (``..., còn năm 2022 chỉ
đạt 700 tỷ đồng``, ``trong khi năm 2022 ...``; in a dated article, any year earlier than the one in force said
after a figure and a comma: ``..., năm 2022 là 700 tỷ đồng``) is the period of the figures after it in
that sentence.  The span a record is set over (``cao nhất từ năm 2015 đến nay``) is no period at all.  A year opening a sentence of goals (``Năm 2023, huyện phấn đấu
...``) is the year of a plan: it frames the targets after it, as ``kế hoạch năm
2023`` (or ``kế hoạch 2023``) does -- or a plan named as a document (``báo cáo ... năm 2022, kế hoạch phát
triển kinh tế - xã hội năm 2023``) -- and is not the year the article reports on.  A
term carries only when it opens a sentence (``Giai đoạn 2016-2020, ...``,
``Trong nhiệm kỳ qua, ...``), glosses a count of years that does (``5 năm qua (2016-2020), ...``, ``Trong 5
năm 2016-2020, ...``; not an anniversary's span, ``Sau 25 năm tái lập (1997-2022)``), or opens a line that
introduces a list (``Kết quả giai đoạn 2016 - 2020:``): it covers what its paragraph -- and the list its
paragraph introduces -- reports.  A party term elsewhere (``trong nhiệm
kỳ 2020-2025``) frames the *targets* that follow it, since a term is what
goals are set for (not when it only names a congress: ``Đại hội ... lần thứ
XIV, nhiệm kỳ 2020-2025``).  So does the term of a programme named inside a
sentence (``triển khai Chương trình phát triển cây dược liệu giai đoạn 2012 - 2020``), but only for the
targets of sentences that name a programme (``Dự án ... được phê duyệt với quy mô 12.581 ha``, ``Tổng số
vốn thực hiện Dự án là ...``): its scale and its funds are for its term, other goals are not.  The date
of one event inside a sentence (``khởi công vào năm 2019``) carries no further; a law's year (``Luật Ngân sách năm
2002``) is no period at all; a cut-off date (``Tại thời điểm 31/12/2015``, ``Đến hết 31/12/2019``) is
the period of the stock it counts, to its paragraph's end; a span between two dates (``Từ 19/3/2019 đến
31/10/2020``) is the period of its sentence, and one up to now (``Từ 1/1/2020 đến nay``) is read as
``từ năm 2020 đến nay``; the two ends of a change over a term (``giai đoạn 2011-2015 ... từ 47,66% xuống
còn 44,61%``) are its first and its last year; a lunar new year
(``Tết Nguyên đán Đinh Dậu``) is its year.  A period in brackets closed before
the figure (``Quyết định 50 (giai đoạn 2016 - 2020)``) speaks of what the
bracket follows, not of the figure; ``giai đoạn này`` (``trên``, ``đó``) is the term named last before it.  The month of an event named inside a sentence (``..., đưa vào sử
dụng từ tháng 12/2016``) is, like an event's year, no period of the figure before it; the year a plan was issued (``Kế hoạch ban
hành năm 2017 đặt mục tiêu 85% ... đến năm 2021``) is no period of the figures after it either.  A result weighed
against a year's plan (``giảm 46% so với kế hoạch năm 2016``, ``đạt 105% kế hoạch 2021``) is of that
year.  A level said before the average change over a term (``đạt 34 triệu đồng, tăng bình quân 15,8%
(giai đoạn 2011-2015)``), a level that stands at one time reached in a term (``Nhiệm kỳ qua, ... thu nhập
bình quân đầu người đạt 44,5 triệu đồng; tỷ lệ hộ nghèo chiếm 4,3%``), and a stock or a share after a
count of years glossed with its span (``Sau 20 năm tái lập (1997-2017), ... chiếm 84%``), are the term's
last year.  In an article reviewing a span up
to its year (``từ năm 2011 đến nay``, ``Sau 5 năm, ...``), what it says was built or invested, naming
no period for it (``đã xây mới 40 trạm bơm``, ``đầu tư trên 2.400 tỷ đồng``), is that span; so is an
average yearly change (``Giá trị sản xuất tăng bình quân 15%/năm``), and the level a change over it
starts from (``tỷ lệ hộ nghèo từ 66,94% đến nay còn 44,21%``) is its first year.  A sum or a change
over a count of years in the figure's clause (``Tổng vốn đầu tư 10 năm đạt ...``, ``trong 4 năm ... giảm
33%``) is of the term of that length the article names before it (``giai đoạn 2005 - 2015``; ``2016 -
2020`` for five years counted both ends in).  An article that names one five-year term ending in the year
it reports on or the year before (``giai đoạn 2016 - 2020`` in a report of 2020 or early 2021) reviews that
term, as a span up to now would be reviewed; and its ``nhiệm kỳ vừa qua`` is that term.  A period named after a figure
that opens the phrase of a figure of its own -- after a comma (``tăng bình quân 15%/năm, năm 2015 đạt
1.900 tỷ đồng``) or in a bracket that breaks the figure down (``đạt 3.800 tỷ đồng (giai đoạn 2005 -
2010 là 365 tỷ đồng, ...)``) -- is that figure's, not the one before it.  The year of the level a change
starts from (``từ 14,44% năm 2005, đến nay đã tăng lên 17,66%``) is that level's alone: it carries to
nothing after it.

Some periods are named relative to the article's year (the year it reports
on: see :meth:`Periods.fallback`): ``đến nay``, ``hiện nay`` and ``hiện có``
are that year (the last of a term it reports on); ``năm ngoái`` the calendar year before the publication year (``cách đây 5 năm`` the fifth before it)
(undated: before the year the article reports on); ``năm vừa qua`` the year
just ended when the article was written (the one ending, in December; undated:
none); ``từ năm 2011 đến nay``
the term up to it, but ``từ đầu năm 2017 đến nay`` (the year so far) 2017 and
the article's year; ``những năm sau đó`` that year, not the one carried, and
``những năm qua``, ``những năm gần đây`` too -- or the span up to it the article
names (``từ năm 2011 đến nay``); ``năm tới`` the year after it, for the goals it
sets; ``trong 5 năm tới`` the five years after it, ``trong 5 năm qua`` the five
up to it; ``nhiệm kỳ qua`` the party term that ends in it, ``nhiệm kỳ tới`` (``nhiệm kỳ mới``) the
one after that.  ``Đến nay`` (``Tính đến nay``) opening a sentence ends a year carried from before it: what
follows is of the article's year; so does ``hiện`` alone opening a sentence or its first clause
(``Hiện toàn tỉnh có 400 dự án``, ``Theo Sở ..., hiện 120 dự án đang triển khai``).  The vision a plan's name adds after its
period (``giai đoạn 2017 - 2018 và định hướng đến năm 2020``, ``đến năm 2025,
tầm nhìn đến năm 2030``) is no period of the figures.

Failing all that, the figure is of the year the article reports on (:meth:`Periods.fallback`; the
evidence it is chosen from is in ``period_year.py``'s docstring).

:class:`Periods` is built in layers, each in the module named for what it answers, sharing the article's
state: the periods the text names (``period_mentions.py``, by the words of ``period_patterns.py``), the
year the article reports on (``period_year.py``, with the signs of ``period_year_signs.py``), the spans of
years a figure may be over (``period_spans.py``) and, here, what the article's year makes of the periods
named and the period of each figure.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from desktop.core.extract.clauses import Sentence
from desktop.core.extract.period_mentions import Mention
from desktop.core.extract.period_patterns import (
    _FOUNDING_WORDS,
    _MEASURED_AGAINST,
    _REACH_BACK,
    _SENTENCE_END,
    _SPAN_GLOSSED,
    _YEAR_VALUE,
)
from desktop.core.extract.period_spans import FigureSpans
from desktop.core.extract.period_year_signs import _found

#: What may stand between a figure and a year that belongs to it alone (``30% vào năm 2030``, ``12,5% vào cuối năm
#: 2022``, ``60% (đầu năm 2016)``).
_ATTACHED = re.compile(
    r"[^\S\n]*(?P<bracket>\(\s*)?(?:(?:vào|trong|cho|của)\s+)?(?:(?:cuối|hết|đầu|giữa)\s+)?"
)
#: A relative period right before a bracket that names it: ``5 năm qua (2011-2015)``, ``năm nay (2017)``.
_GLOSSED = re.compile(r"(?<![^\W\d_])(?:qua|nay|này|tới|trước)\s*$")
#: ``Ngày đầu mới thành lập``, ``khi mới tái lập``, ``Sau khi thành lập``: the time of a founding (matched
#: before a founding word).
_AT_FOUNDING = re.compile(
    r"(?<![^\W\d_])(?:(?:ngày\s+đầu|những\s+ngày\s+đầu|khi|lúc|thời\s+điểm|sau\s+khi)\s+(?:mới\s+)?|mới\s+)$"
)
#: ``ban hành năm 2016``: the year a document was issued.
_ISSUED = re.compile(r"(?<![^\W\d_])ban\s+hành\s+(?:từ\s+|trong\s+|vào\s+)?$")
#: The name of a document, a programme or a plan before a bracket: ``Quyết định 50 (giai đoạn 2016 - 2020)``,
#: ``Chương trình 135 (giai đoạn 2017-2020)`` -- a period in the bracket is the document's.
_DOCUMENT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:quyết\s+định|nghị\s+quyết|nghị\s+định|chỉ\s+thị|thông\s+tư|luật|chương\s+trình|đề\s+án"
    r"|dự\s+án|kế\s+hoạch|chiến\s+lược|quy\s+hoạch|chính\s+sách|phong\s+trào|cuộc\s+vận\s+động)(?![^\W\d_])"
    r"[^()]*$"
)
#: A bracket after a comparison basis giving the basis's own figure (its level or its change): ``gấp 1,3
#: lần mức tăng cùng kỳ năm 2022 (6,1%)``, ``so với năm 2020 (1.200 tỷ đồng)``, ``cao hơn năm 2020 (...)``, ``gấp 1,2
#: lần năm 2020 (...)``, ``cùng kỳ (5,9%)``,
#: ``tăng 5,2% (cùng kỳ tăng 4,8%)``.
_BASIS_GLOSS = re.compile(
    r"(?:cùng\s+kỳ(?:\s+năm\s+(?P<year>\d{4}))?|(?:so\s+với|so|hơn|lần)\s+năm\s+(?P<than>\d{4}))\s*\(\s*$"
    r"|\(\s*cùng\s+kỳ(?:\s+năm\s+(?P<own>\d{4}))?\s+(?:tăng|giảm|đạt|là)\s+$"
)
#: What a :data:`_BASIS_GLOSS` match ends on, before its last spaces.
_GLOSS_ENDS = ("(", "tăng", "giảm", "đạt", "là")
#: Parts of a year that begin in its first months: ``tháng 1`` (not ``tháng 1/2022``), ``2 tháng đầu năm``,
#: ``dịp Tết``, ``từ đầu năm``, a day and month (``15/1``).  The look-ahead at its first characters lets
#: the other positions of the sentence fail at once.
_EARLY_PART = re.compile(
    r"(?=[t\d])(?<![^\W\d_])(?:tháng\s+(?P<month>\d{1,2})(?!\d|\s*[/-]\s*\d)|(?P<months>\d{1,2})\s+tháng\s+đầu\s+năm"
    r"|tết(?!\s+dương)|từ\s+đầu\s+năm|(?<!\d)\d{1,2}/(?P<date_month>\d{1,2})(?![\d/]))"
)
_PROGRAMME = re.compile(r"(?<![^\W\d_])(?:chương\s+trình|dự\s+án|đề\s+án)(?![^\W\d_])")
#: ``Hiện toàn tỉnh có ...``, ``Theo Sở Công Thương, hiện ...``: ``hiện`` alone (not ``hiện đại``, ``hiện
#: tượng``, ...) opening a sentence, or its first clause, says the present: the article's year, not one
#: carried from before.
_PRESENT_OPENS = re.compile(
    r"[\s\-–•+*]*(?:[^,.;:\n\d]{0,60},\s*)?hiện(?![^\W\d_])"
    r"(?!\s+(?:đại|tượng|thực|ra|hành|diện|trạng|vật|hữu|hình|lên|rõ|thân)(?![^\W\d_]))"
)
#: A party term lasts five years.
TERM_YEARS = 5


class PeriodAt(NamedTuple):
    """The period of one figure: its value, part of a year or not, named in the figure's sentence or not,
    and whether it is the horizon of a plan (``đến năm 2025``)."""

    value: str | None
    sub_year: bool
    stated: bool
    plan_horizon: bool = False


def _basis_gloss(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_BASIS_GLOSS`` searched in ``text[start:end]``, the words before a figure.  It ends on a bracket or a
    verb (before spaces): the last word is looked at first, where the pattern was tried at every character
    of the forty before each figure of the article."""
    if not text[start:end].rstrip().endswith(_GLOSS_ENDS):
        return None
    return _BASIS_GLOSS.search(text, start, end)


#: A council adopting what follows: ``đã thông qua``, ``thông qua được tổng cộng``.
_ADOPTING = re.compile(r"(?<![^\W\d_])thông\s+qua(?:\s+(?:được|tổng\s+cộng|tất\s+cả|toàn\s+bộ))*\s+$")


def _bygone(relative: str | None) -> bool:
    """True for a year named as gone by (``năm qua``, ``năm ngoái``, ``cách đây 5 năm``): no year the goals
    of its sentence are set for (``Năm qua, huyện trồng mới 420 ha rừng; phấn đấu trồng mới 450 ha``)."""
    return relative is not None and (relative in ("ended", "last") or relative.startswith("ago "))


def _of_basis(gloss: re.Match[str], own: PeriodAt) -> PeriodAt:
    """The period of a figure a bracket gives of a comparison basis (``cùng kỳ năm 2022 (6,1%)``): the
    basis's year, or for ``cùng kỳ`` alone the year before the one the figure would have had itself."""
    year = gloss["year"] or gloss["than"] or gloss["own"]
    if year is None:
        if own.value is None or not own.value.isdigit():
            return own
        year = str(int(own.value) - 1)
    return PeriodAt(year, own.sub_year, True)


#: A figure and a comma right before a year: ``820 tỷ đồng, năm 2022 ...``, ``tăng 12%, còn năm 2022 ...``.
_AFTER_FIGURE = re.compile(r"\d\s*(?:%|[^\W\d_]+(?:/[^\W\d_]+)*)?(?:\s+[^\W\d_]+){0,2}\s*,\s*$")
#: Where the phrase, or the bracket, that a period opens after a figure ends (see ``Periods._next_figures``).
_PHRASE_STOP = re.compile(r"[,;.:()\n]")
_BRACKET_END = re.compile(r"\)")


class Periods(FigureSpans):
    """Period mentions of one article and the resolution rules above: the last layer, which gives the
    relative periods their years, keeps old years to their sentence or paragraph, and reads the period of
    each figure (:meth:`at`)."""

    def __init__(self, low: str, published: str | None, title: str | None = None) -> None:
        """``low`` is the article lower-cased to the same length."""
        # a dated article's title matters only when it names the year before (read only then: it costs)
        headline = bool(title) and (published is None or str(int(published[:4]) - 1) in (title or ""))
        super().__init__(
            low, published, title, Periods((title or "").lower(), None).mentions if headline else []
        )
        self.mentions = self._goals_of_title_year(
            self._bygone_years(self._set_against(self._looking_back(self._resolve_relative(self.mentions))))
        )
        if self._founding is not None:
            self.mentions = self._at_founding(self.mentions, str(self._founding))
        self._starts = [m.start for m in self.mentions]
        self._last_carrying = self._carry_index(lambda m: m.carries)
        self._last_target_frame = self._carry_index(lambda m: m.carries or m.frames_targets)

    def _at_founding(self, mentions: list[Mention], year: str) -> list[Mention]:
        """``mentions`` with the time of the founding the text dates to ``year`` added where it is named:
        ``Huyện được thành lập ... ngày 27/6/2005. Ngày đầu mới thành lập, toàn huyện có 6 xã, 49 thôn ...``
        -- what the place had when it was founded is of that year, to the end of the paragraph.  Added once
        the article's own year is known: the founding is no year the article reports on."""
        added = []
        for at, word in _found(self.text, _FOUNDING_WORDS):
            time = _AT_FOUNDING.search(self.text, max(0, at - _REACH_BACK), at)
            if time is not None:
                start = time.start()
                added.append(
                    Mention(
                        start, year, True, False, carry_end=self._paragraph_end(start), end=at + len(word)
                    )
                )
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _resolve_relative(self, mentions: list[Mention]) -> list[Mention]:
        """The mentions with the periods named relative to the article's year filled in (or dropped)."""
        year = self._article_year()
        out = []
        for mention in mentions:
            if mention.relative is None:
                out.append(mention)
                continue
            value = None if year is None else self._relative_value(mention.relative, year, mentions)
            if value is not None:
                out.append(replace(mention, value=value))
        return out

    def _relative_value(self, relative: str, year: int, mentions: list[Mention]) -> str | None:
        if relative == "this":  # undated: the year the article reports on ("7 tháng đầu năm nay")
            return str(self.published_year or year)
        if relative == "ended":  # "năm vừa qua": the year just ended when the article was written (the one
            # ending, in December); undated, the year the text reports on may be either
            if self.published_year is None or self.published_month is None:
                return None
            return str(self.published_year - (self.published_month < 12))
        if relative == "next":
            return str(year + 1)
        if relative == "last":  # the calendar year before the article's, however the article reports
            return str((self.published_year or year) - 1)
        if relative == "recent":  # "những năm qua": the span up to now the article names ("từ năm 2011 đến
            since = {m.relative for m in mentions if m.relative and m.relative.startswith("since ")}  # nay")
            first = int(since.pop()[6:]) if len(since) == 1 else year
            if first < year:
                return f"{first}-{year}"
            relative = "now"
        if relative == "now":  # a point in time: of an article reporting a term, its last year (a season
            now = self.fallback(False)  # or a school year across two years, "Đông Xuân 2019 - 2020", stays)
            return now[-4:] if now and len(now) == 9 and int(now[5:]) - int(now[:4]) > 1 else now
        kind, _, number = relative.partition(" ")
        if kind == "coming":
            return f"{year + 1}-{year + int(number)}" if 1 < int(number) <= 30 else None
        if kind == "past":  # "trong 5 năm qua": the five years up to the article's
            return f"{year - int(number) + 1}-{year}" if 1 < int(number) <= 30 else None
        if kind == "since":
            return f"{number}-{year}" if int(number) < year else number
        if kind == "ago":  # "cách đây 5 năm": calendar years before the article's, as "năm ngoái"
            return str((self.published_year or year) - int(number)) if 0 < int(number) <= 30 else None
        if kind == "so_far":
            return number
        terms = [
            tuple(map(int, m.value.split("-")))
            for m in mentions
            if m.value and "-" in m.value and self.text.startswith("nhiệm", m.start)
        ]
        ended = [t for t in terms if t[1] <= year]
        reviewed = None if terms else self._term_reviewed(year)
        if ended:
            last = max(ended)
        elif reviewed is not None:  # "Kết thúc nhiệm kỳ vừa qua" naming "giai đoạn 2016 - 2020" before
            last = (int(reviewed[:4]), int(reviewed[5:]))
        else:
            first = min((t[0] for t in terms if t[0] >= year - 1), default=year)
            last = (first - TERM_YEARS, first)
        if relative == "next_term":
            return f"{last[1]}-{last[1] + TERM_YEARS}"
        return f"{last[0]}-{last[1]}"

    def _carry_index(self, carries: Callable[[Mention], bool]) -> list[int]:
        """For each mention, the index of the last mention at or before it that ``carries`` (-1: none)."""
        last, out = -1, []
        for i, mention in enumerate(self.mentions):
            if carries(mention):
                last = i
            out.append(last)
        return out

    def _goals_of_title_year(self, mentions: list[Mention]) -> list[Mention]:
        """In an article whose title sets the goals of a year, that year named in the text (the title's own
        line, ``nhóm xã đăng ký đạt chuẩn trong năm 2017``) frames the targets after it, not the results --
        unless the text names the earlier year its results are for (``Năm 2016, ...``): then what it says
        of the goal year (``kịch bản cho năm 2017 ... ước đạt``) is that year's."""
        goal = self._title_goal
        if goal is None or any(
            m.carries and m.relative is None and m.value and m.value[-4:].isdigit() and m.value[-4:] < goal
            for m in mentions
        ):
            return mentions
        return [
            replace(m, carries=False, frames_targets=True) if m.carries and m.value == goal else m
            for m in mentions
        ]

    def _looking_back(self, mentions: list[Mention]) -> list[Mention]:
        """In an undated article, a year before the guessed one named inside a sentence carries no further
        than that sentence: ``kim ngạch xuất khẩu năm 2016 đạt 32 tỷ USD`` in an article about 2017."""
        guess = self._fallback_year
        if guess is None or not guess.isdigit():
            return mentions
        out = []
        for mention in mentions:
            if (
                mention.carries
                and mention.value
                and mention.value.isdigit()
                and mention.value < guess
                and not self._at_sentence_head(mention.start)
                and self.text[mention.start] not in ".!?\n"
                and not self._set_off(mention)
            ):
                stop = _SENTENCE_END.search(self.text, mention.end)
                mention = replace(
                    mention, carry_end=min(mention.carry_end, stop.end() if stop else len(self.text))
                )
            out.append(mention)
        return out

    def _set_against(self, mentions: list[Mention]) -> list[Mention]:
        """In a dated article, a year named after a figure and a comma, earlier than the period in force there,
        carries no further than its sentence: ``Doanh thu đạt 820 tỷ đồng, năm 2022 là 700 tỷ đồng`` in a page of
        2023 sets last year's figure against this one's, and the sentences after it go on with the article's
        own year (or the year in force before it) -- not a year going on in order (``năm 2020 đạt 400 tỷ đồng,
        năm 2021 đạt 450 tỷ đồng``).  An undated article's are kept to their sentence by ``_looking_back``."""
        if self.published_year is None:
            return mentions
        out: list[Mention] = []
        for mention in mentions:
            value = mention.value
            if (
                mention.carries
                and value
                and value.isdigit()
                and _AFTER_FIGURE.search(self.text, max(0, mention.start - 40), mention.start)
            ):
                in_force = next(
                    (m.value for m in reversed(out) if m.carries and m.carry_end > mention.start), None
                )
                now = in_force or self.fallback(False)
                if now and now[-4:].isdigit() and value < now[-4:]:
                    stop = _SENTENCE_END.search(self.text, mention.end)
                    mention = replace(
                        mention, carry_end=min(mention.carry_end, stop.end() if stop else len(self.text))
                    )
            out.append(mention)
        return out

    def _bygone_years(self, mentions: list[Mention]) -> list[Mention]:
        """In a dated article, a year two or more before its date carries no further than its paragraph:
        ``Năm 2015, xã được công nhận đạt chuẩn nông thôn mới ...`` in a page of 2021 tells the past, and the
        figures of the paragraphs after it are of the article's own year, not of that one -- unless the text
        counts its present from a founding before the date (see ``_written_earlier``): the page is younger than
        the article then."""
        if self.published_year is None or self._written_earlier():
            return mentions
        last = self.published_year - 2
        return [
            replace(m, carry_end=min(m.carry_end, self._paragraph_end(m.start)))
            if m.carries and m.value and m.value[-4:].isdigit() and int(m.value[-4:]) <= last
            else m
            for m in mentions
        ]

    def is_plan_horizon(self, found: PeriodAt) -> bool:
        """True when ``found`` is a plan's horizon beyond the year the article reports on (``Đến năm
        2020, tỷ lệ ... đạt 50%`` in an undated article about 2017; not ``đến năm 2016 có 59.020 lao
        động`` in the same article)."""
        if not found.plan_horizon or not found.value:
            return False
        year = self._article_year()
        return year is None or int(found.value[-4:]) > year

    def steps_on(self, found: PeriodAt, pos: int, sentence_end: int) -> bool:
        """True when a later horizon of the figure's sentence goes beyond ``found``'s: a plan set out in
        steps (``đến năm 2020, ... đạt 9-11%, đến năm 2025 là 12-15%``) has its nearer horizon in the
        plan too, even when that is the year the article reports on."""
        if not found.plan_horizon or not found.value or not found.value[-4:].isdigit():
            return False
        year = int(found.value[-4:])
        for k in range(bisect_left(self._starts, pos), len(self.mentions)):
            mention = self.mentions[k]
            if mention.start >= sentence_end:
                return False
            value = mention.value
            if mention.plan_horizon and value and value[-4:].isdigit() and int(value[-4:]) > year:
                return True
        return False

    def at(
        self, pos: int, sentence: Sentence, clause_end: int, target: bool, end: int | None = None
    ) -> PeriodAt:
        """The period of a figure at ``pos`` (ending at ``end``), whether it covers only part of a year,
        whether the figure's own sentence names it and whether it is a plan's horizon."""
        found = self._named_at(pos, sentence, clause_end, target, end)
        gloss = _basis_gloss(self.text, max(0, pos - 40), pos)
        return found if gloss is None else _of_basis(gloss, found)

    def _named_at(
        self, pos: int, sentence: Sentence, clause_end: int, target: bool, end: int | None
    ) -> PeriodAt:
        """:meth:`at` but for a figure a bracket gives of a comparison basis."""
        i = bisect_left(self._starts, pos) - 1
        k = i + 1
        if end is not None and k < len(self.mentions):
            after = self.mentions[k]
            attached = _ATTACHED.match(self.text, end)
            # "30% vào năm 2030", "2,1% (năm 2023)" -- not a bracket of another year's figure, "(năm 2022: ...)"
            if (
                after.value
                and attached is not None
                and attached.end() == after.start
                and not (attached["bracket"] and (after.looks_back or self._next_figures(after, pos)))
            ):
                return PeriodAt(after.value, after.sub_year, True, after.plan_horizon)
        later = self.mentions[k] if k < len(self.mentions) and self.mentions[k].start < clause_end else None
        if later is not None and (not later.value or later.looks_back or self._next_figures(later, pos)):
            later = None
        j = i
        while j >= 0 and self.mentions[j].start >= sentence.start:
            mention = self.mentions[j]
            if (
                mention.value is not None
                and mention.end <= pos
                and not self._aside(mention, sentence.start, pos)
                and not (mention.looks_back and self._plan_made(mention))
                and not (target and _bygone(mention.relative))
            ):
                if mention.relative == "now" and later is not None:
                    break  # "đến nay, đã thu hoạch 4.000 ha lúa Đông Xuân 2016 - 2017": the named period wins
                return PeriodAt(mention.value, mention.sub_year, True, mention.plan_horizon)
            j -= 1
        later = later or self._measured_plan(k, clause_end)
        if later is not None:
            return PeriodAt(later.value, later.sub_year, True, later.plan_horizon)
        if _PRESENT_OPENS.match(self.text, sentence.start, pos):  # "Hiện toàn tỉnh có 400 dự án"
            return PeriodAt(self.fallback(target), False, False)
        index = self._last_target_frame if target else self._last_carrying
        carried = self._carried(index, j, pos)
        while (
            target and carried >= 0 and self._programme_elsewhere(self.mentions[carried], sentence.start, pos)
        ):
            carried = self._carried(index, carried - 1, pos)
        if carried >= 0:
            mention = self.mentions[carried]
            return PeriodAt(mention.value, mention.sub_year, False)
        return PeriodAt(self.fallback(target), False, False)

    def _next_figures(self, mention: Mention, pos: int) -> bool:
        """True when ``mention``, named after the figure at ``pos``, opens the phrase of a figure of its own:
        in a bracket opened after the figure (``đầu tư 10 năm đạt 3.800 tỷ đồng (giai đoạn 2005 - 2010 là
        365 tỷ đồng, ...)``: the bracket breaks the whole down) or after a comma (``tăng bình quân 15%/năm,
        năm 2015 đạt 1.900 tỷ đồng``) -- the period is the next figure's, not this one's."""
        opening = self.text.rfind("(", pos, mention.start)
        if opening >= 0 and self.text.find(")", opening, mention.start) < 0:
            stop = _BRACKET_END.search(self.text, mention.end)
        elif self.text.find(",", pos, mention.start) >= 0:
            stop = _PHRASE_STOP.search(self.text, mention.end)
        else:
            return False
        return any(c.isdigit() for c in self.text[mention.end : stop.start() if stop else len(self.text)])

    def _plan_made(self, mention: Mention) -> bool:
        """True when ``mention`` is the year a plan or a decision was issued (``Kế hoạch ban hành năm 2016
        đặt mục tiêu 80% ... vào năm 2020``): when the plan was made is not what its figures are for."""
        return _ISSUED.search(self.text, max(0, mention.start - 16), mention.start) is not None

    def _measured_plan(self, k: int, clause_end: int) -> Mention | None:
        """The year of a plan the figure before mention ``k`` is measured against in its clause: ``doanh thu
        giảm 30% so với năm 2015 và bằng 54% so với kế hoạch năm 2016``, ``đạt 105% kế hoạch năm 2021`` -- a
        result is weighed against the plan of its own year."""
        while k < len(self.mentions) and self.mentions[k].start < clause_end:
            mention = self.mentions[k]
            start = mention.start
            if (
                mention.frames_targets
                and mention.value
                and _MEASURED_AGAINST.search(self.text, max(0, start - 40), start) is not None
            ):
                return mention
            k += 1
        return None

    def adopted(self, pos: int, end: int) -> str | None:
        """The year the article reports on when the figure at ``pos``-``end`` counts the resolutions a
        council's session adopted (``Kỳ họp đã thông qua 14 nghị quyết``, at a December session that sets the
        next year's tasks): a deed of the session, not of the plan year its resolutions are for.  Else None."""
        if (
            "nghị quyết" not in self.text[pos:end]
            or _ADOPTING.search(self.text, max(0, pos - 40), pos) is None
        ):
            return None
        return self.fallback(False)

    def _programme_elsewhere(self, mention: Mention, sentence_start: int, pos: int) -> bool:
        """True when ``mention`` is the term of a programme (``Chương trình ... giai đoạn 2012 - 2020``) and the
        figure's sentence up to ``pos`` names no programme: the term frames the programme's own targets
        (``Dự án ... với quy mô 12.581 ha``, ``Tổng số vốn thực hiện Dự án là ...``), not every goal after it."""
        return (
            mention.frames_targets
            and not mention.carries
            and self.text.startswith(("giai", "thời"), mention.start)
            and _PROGRAMME.search(self.text, sentence_start, pos) is None
        )

    def _aside(self, mention: Mention, sentence_start: int, pos: int) -> bool:
        """True when ``mention`` sits in brackets closed before ``pos``: ``theo Quyết định 50 (giai đoạn
        2016 - 2020), tỷ lệ ... còn 73%`` -- the bracket speaks of the decision, not of the figure; but
        a bracket that glosses a relative period or a count of years (``trong 5 năm qua (giai đoạn
        2011-2015)``, ``sau 5 năm thực hiện Nghị quyết (2011-2016)``) names it.  A bracket that gives a figure
        of its own period (``công nghiệp 37,8% (năm 2022 là 40,8%), dịch vụ 50,1%``, ``(6 tháng đầu năm 2012
        là 3,31%)``) speaks of that figure alone."""
        closing = self.text.find(")", mention.end, pos)
        if closing < 0:
            return False
        opening = self.text.rfind("(", sentence_start, mention.start)
        if opening < 0 or self.text.find(")", opening, mention.start) >= 0:
            return False
        if _YEAR_VALUE.match(self.text, mention.end, closing) is not None:
            return True
        if _GLOSSED.search(self.text, max(0, opening - 12), opening):
            return False
        if _SPAN_GLOSSED.search(self.text, max(0, opening - 64), opening) is not None:
            return False
        # "Tốc độ tăng trưởng kinh tế (giai đoạn 2005 - 2015) trung bình đạt 13,62%": the bracket glosses the
        # measure the figure is of, not a document named before it
        return _DOCUMENT_BEFORE.search(self.text, max(sentence_start, opening - 80), opening) is not None

    def _carried(self, index: list[int], j: int, pos: int) -> int:
        """The last mention at or before ``j`` (by ``index``) that still carries to ``pos``, or -1."""
        carried = index[j] if j >= 0 else -1
        while carried >= 0 and self.mentions[carried].carry_end <= pos and self.mentions[carried].carries:
            carried = index[carried - 1] if carried else -1
        return carried

    def early_part(self, region: str) -> str | None:
        """The publication year when ``region`` (lower-cased, the figure's sentence up to it) names a part of
        a year that has begun when an article from January or February was written -- ``tháng 1``, ``2
        tháng đầu năm``, ``dịp Tết``, ``từ đầu năm``, ``đến ngày 15/1`` -- else None: such an article sums
        up the year just ended, but not these."""
        month = self.published_month
        if month is None or month > 2 or self.published_year is None:
            return None
        for found in _EARLY_PART.finditer(region):
            number = found["month"] or found["months"] or found["date_month"]
            if number is None or int(number) <= month:
                return str(self.published_year)
        return None
