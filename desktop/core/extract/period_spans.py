"""The spans of years a figure may be over rather than the one year it is read at: what a review article
says was built or invested over the span it looks back on, an average yearly change, a sum or a change
over a count of years, and the two ends of a change over a term (see ``periods.py``'s docstring).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from desktop.core.extract.period_mentions import Mention
from desktop.core.extract.period_year import ArticleYear

#: ``Sau 5 năm, ...``, ``Qua hơn 6 năm triển khai, ...``: a sentence opening on the years an article reviews
#: (matched where ``str.find`` finds its first word: scanning the article with it costs four times as much).
_REVIEW_COUNT = re.compile(r"(?:sau|qua)\s+(?:hơn\s+|gần\s+)?(?P<years>\d{1,2})\s+năm(?![^\W\d_])(?!\s*\()")
_REVIEW_OPENS = re.compile(r"(?:^|[.!?\n])\s*$")
#: ``10 năm đạt``, ``trong 4 năm``, ``sau 5 năm``: a count of years a figure's clause is summed or changed over --
#: not ``5 năm qua``, ``5 năm tới`` (periods of their own), ``gấp 2 lần 5 năm trước``, an anniversary (``kỷ niệm 70
#: năm``), a duration (``thời hạn 50 năm``, ``3 năm liền``) or a year (``năm 2020``).
_YEARS_COUNTED = re.compile(
    r"(?<![\w.,/])(?<!kỷ niệm\s)(?<!hạn\s)(?<!sau\s)(?<!qua\s)(?<!sau\shơn\s)(?<!qua\shơn\s)"
    r"(?P<years>\d{1,2})\s+năm(?![^\W\d_])"
    r"(?!\s+(?:qua|tới|vừa|trước|sau|nữa|liền|liên\s+tục|gần\s+đây|trở\s+lại|\d))"
)
#: Verbs of works built or funds invested (``xây mới``, ``kiên cố hóa``, ``đầu tư``), and the verbs of a stock,
#: a share or a change (``có``, ``chiếm``, ``tăng``) that end their reach.
_BUILT = re.compile(
    r"(?<![^\W\d_])(?:(?P<built>xây\s+dựng(?:\s+mới)?|xây\s+mới|làm\s+mới|cải\s+tạo|nâng\s+cấp|sửa\s+chữa"
    r"|kiên\s+cố\s+h[óo]a|bê\s+tông\s+h[óo]a|nhựa\s+h[óo]a|cứng\s+h[óo]a|nạo\s+vét|khơi\s+thông|đầu\s+tư"
    r"(?:\s+xây\s+dựng)?|trồng\s+mới|lắp\s+đặt)"
    r"|(?P<stop>có|đạt|chiếm|còn|là|tăng|giảm|bằng|gồm|với|trong\s+đó|cho))(?![^\W\d_])"
)
_BUILT_REACH = 160
#: What may stand between such a verb and its figure: ``đầu tư trên 2.400 tỷ đồng``, ``xây mới được 42``.
_BUILT_GAP = re.compile(r"(?:\s+(?:trên|được|hơn|khoảng|gần|thêm|tổng\s+cộng|và))*\s+")
#: ... or the items of the list it opens, up to the figure: ``kiên cố hóa 36,6km kênh cấp I, 65km ...``.
_LIST_GAP = re.compile(r"(?:,|\s+và)\s*$")


def years_after_digit(text: str) -> list[int]:
    """Where the last digit of each ``N năm`` (a digit, spaces, ``năm``: the matches of ``\\d\\s+năm``) is, in
    order: where :data:`_YEARS_COUNTED` can match.  Found from the word, not from every digit: ``str.find``
    skips to each ``năm`` in C, where the regex engine tested every character of the article for a digit."""
    found: list[int] = []
    at = text.find("năm")
    while at >= 0:
        digit = at - 1
        while digit >= 0 and text[digit].isspace():
            digit -= 1
        if digit < at - 1 and digit >= 0 and text[digit].isdecimal():
            found.append(digit)
        at = text.find("năm", at + 3)
    return found


#: ``(từ 47,66% xuống còn 44,61%)``: the two ends of a change over a term.
_FROM_FIGURE = re.compile(r"(?<![^\W\d_])từ\s+(?:mức\s+)?$")
_RISES_TO = re.compile(r"\s*(?:lên|xuống)(?![^\W\d_])")
#: ``từ 66,94% đến nay còn 44,21%``, ``từ 40% xuống còn 8%``: the other end of a change, up to now.
_CHANGES_TO = re.compile(r"\s*(?:đến\s+nay\s+)?(?:đã\s+)?(?:(?:tăng|giảm)\s+)?(?:lên|xuống|còn)(?![^\W\d_])")
_TO_FIGURE = re.compile(
    r"(?<![^\W\d_])từ\s+(?:mức\s+)?\d[\d.,]*\s*(?:%|[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s+(?:lên|xuống)"
    r"(?:\s+(?:còn|mức|đến|tới))*\s+$"
)


#: ``..., tăng bình quân 15,8% (giai đoạn 2011-2015)``, ``..., bình quân giai đoạn tăng 8%/năm``: an average
#: change over a term, said right after a figure.
_AVERAGE_AFTER = re.compile(
    r"[^,;.\n]{0,30}?,\s*(?:và\s+)?(?:(?:tăng|giảm)\s+bình\s+quân|bình\s+quân(?:\s+(?:cả\s+)?giai\s+đoạn"
    r"|\s+mỗi\s+năm|\s+hằng\s+năm|\s+hàng\s+năm)?\s+(?:tăng|giảm))(?![^\W\d_])"
)
#: ``tăng bình quân``, ``bình quân mỗi năm tăng``, ``trung bình từ`` right before a figure: an average.
_AVERAGE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:bình\s+quân|trung\s+bình)(?:\s+(?:mỗi|hằng|hàng)\s+năm)?"
    r"(?:\s+(?:tăng|giảm|đạt|từ|khoảng|gần|hơn|trên|dưới))*\s+$"
)
#: ``%/năm``, ``% mỗi năm``, ``% trở lên hằng năm`` right after a figure: a rate per year.
_YEARLY_AFTER = re.compile(r"/năm|(?:\s+trở\s+lên)?\s+(?:mỗi|hằng|hàng)\s+năm(?![^\W\d_])")
#: A change or a rate of change in the figure's own phrase: then it is no level.
_CHANGE_BEFORE = re.compile(r"(?<![^\W\d_])(?:tăng|giảm|tốc\s+độ)(?![^\W\d_])[^,;]*$")
#: ``có``, ``còn``, ``chiếm`` right before a figure: a stock or a share, which stands at one time.
_STOCK_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:có|còn|chiếm)(?:\s+(?:trên|gần|hơn|khoảng|tới|đến|được|tổng\s+số))*\s+$"
)
#: ``Sau 20 năm tái lập (1997-2017)``, ``sau 5 năm (2016 - 2020)``: a count of years glossed with its span.
_COUNTED_GLOSS = re.compile(
    r"(?<!\d)(?P<years>\d{1,2})\s+năm(?:\s+[^\W\d_]+){0,8}\s*\(\s*(?:giai\s+đoạn\s+|từ\s+)?"
    r"(?P<first>\d{4})\s*[-–]\s*(?P<last>\d{4})\s*\)"
)
_GLOSS_REACH = 300
#: ``nâng độ che phủ của rừng lên 58%``, ``đưa tỷ lệ hộ nghèo xuống còn 4%``: the level a span ends at.
_RAISED_TO = re.compile(r"(?<![^\W\d_])(?:lên|xuống)(?:\s+(?:còn|mức|đến|tới))*\s+$")
#: ``thu nhập bình quân đầu người đạt 44,5 triệu đồng``, ``tỷ lệ hộ nghèo chiếm 4,33%``: a level that stands at
#: one time (a year's income per head, a share of households), named with no change before the figure.
_LEVEL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:thu\s+nhập\s+bình\s+quân(?:\s+(?:đầu\s+người|một\s+người|người\s+dân|người))?(?:/năm)?"
    r"|tỷ\s+lệ\s+(?:số\s+)?hộ\s+nghèo)(?:\s+(?:ước|tính|đã|đạt|là|chiếm|còn|ở|mức|trên|hơn|gần|khoảng))+\s+$"
)


def term_end(low: str, start: int, end: int, period: str | None) -> str | None:
    """The year of one end of a term a figure stands at: in ``giai đoạn 2011-2015, tỷ trọng nông nghiệp
    giảm từ 47,66% xuống còn 44,61%`` the first figure is the term's first year, the second its last; a
    level said before the average change that led to it (``thu nhập đạt 34 triệu đồng, tăng bình quân
    15,8% (giai đoạn 2011-2015)``) and a stock or a share after a count of years glossed with its span
    (``Sau 20 năm tái lập (1997-2017), ... chiếm 84%``) are the term's last year; so is a level that stands
    at one time, the income per head or the poverty rate a term's review reaches (``Nhiệm kỳ qua, ... thu
    nhập bình quân đầu người đạt 44,5 triệu đồng``).
    ``period`` unchanged for any other figure (``low`` is the lower-cased text, ``start:end`` the figure)."""
    if not period or len(period) != 9 or period[4] != "-":
        return period
    if _FROM_FIGURE.search(low, max(0, start - 10), start) and _RISES_TO.match(low, end):
        return period[:4]
    if _TO_FIGURE.search(low, max(0, start - 60), start) or _RAISED_TO.search(low, max(0, start - 16), start):
        return period[5:]
    if _LEVEL_BEFORE.search(low, max(0, start - 64), start):
        return period[5:]
    if _AVERAGE_AFTER.match(low, end) and not _CHANGE_BEFORE.search(low, max(0, start - 40), start):
        return period[5:]
    if _STOCK_BEFORE.search(low, max(0, start - 24), start) and _counted_span(low, start, period):
        return period[5:]
    return period


def _counted_span(low: str, start: int, period: str) -> bool:
    """True when ``period`` is the span a count of years before ``start`` is glossed with (``sau 5 năm thực
    hiện Nghị quyết (2016-2020)``): the years counted end when the article is written."""
    for found in _COUNTED_GLOSS.finditer(low, max(0, start - _GLOSS_REACH), start):
        first, last = int(found["first"]), int(found["last"])
        if f"{first}-{last}" == period and int(found["years"]) in (last - first, last - first + 1):
            return True
    return False


class FigureSpans(ArticleYear):
    """The spans of years a figure may be over (:meth:`built_over`, :meth:`averaged_over`,
    :meth:`counted_term`, ...), asked once the article's year is known: the third layer of :class:`Periods`."""

    def __init__(self, low: str, published: str | None, title: str | None, headline: list[Mention]) -> None:
        super().__init__(low, published, title, headline)
        self._review: str | None = None  # the span a review article looks back on (see built_over)
        #: Where a count of years may stand (the last digit of ``10 năm``), found when first asked.
        self._year_counts: list[int] | None = None

    def built_over(self, sentence_start: int, pos: int) -> str | None:
        """The span a review article looks back on (``từ năm 2011 đến nay``, ``Sau 5 năm, ...``) when the
        figure at ``pos`` is what was built or invested over it (``đã xây mới 9 chợ``, ``đầu tư trên 2.400 tỷ
        đồng``, the items of a list such a verb opens), else None: a count of works done over the years is
        their sum, while a stock (``có 46 công trình``) stands at the article's year."""
        review = self._review_span()
        if review is None:
            return None
        verbs = list(_BUILT.finditer(self.text, max(sentence_start, pos - _BUILT_REACH), pos))
        verb = verbs[-1] if verbs else None  # the last verb before the figure is the one it is the object of
        if verb is None or verb["stop"]:
            return None
        gap = self.text[verb.end() : pos]
        if _BUILT_GAP.fullmatch(gap) or (gap.lstrip()[:1].isdigit() and _LIST_GAP.search(gap)):
            return review
        return None

    def averaged_over(self, clause_start: int, pos: int, end: int) -> str | None:
        """The span a review article looks back on (see :meth:`built_over`) when the percentage at
        ``pos``-``end`` is an average yearly change (``Giá trị sản xuất tăng bình quân 15%/năm``, ``giảm
        trung bình từ 5 - 7%/năm``): a rate averaged over the years is of all of them, not of the last."""
        if not self._yearly_average(clause_start, pos, end):
            return None
        return self._review_span()

    def _yearly_average(self, clause_start: int, pos: int, end: int) -> bool:
        """True when the percentage at ``pos``-``end`` is an average yearly change: ``tăng bình quân 15%``,
        ``bình quân từ 10% trở lên``, or a change said per year without the word (``tăng trưởng gần 7%/năm``,
        ``tăng từ 10% trở lên mỗi năm``) -- a rate per year with no change (``lãi suất 7%/năm``) is none."""
        yearly = _YEARLY_AFTER.match(self.text, end) is not None
        change = _CHANGE_BEFORE.search(self.text, max(clause_start, pos - 60), pos) is not None
        if _AVERAGE_BEFORE.search(self.text, max(clause_start, pos - 40), pos) is not None:
            return yearly or change
        return yearly and change

    def planned_average(self, clause_start: int, pos: int, end: int) -> str | None:
        """The term of the plan an average yearly change is set for (``Kế hoạch 5 năm 2026-2030: GRDP tăng
        bình quân từ 10% trở lên``, ``Đại hội ... nhiệm kỳ 2025-2030 ... GRDP tăng từ 10% mỗi năm``): a rate
        averaged over years still to come is of all of them, not of the year the article is written in.  The
        last term named before the figure that ends after the article's year, or None."""
        if not self._yearly_average(clause_start, pos, end):
            return None
        year = self._article_year()
        if year is None:
            return None
        terms = [
            m.value
            for m in self.mentions
            if m.start < pos
            and m.value
            and len(m.value) == 9
            and m.value[4] == "-"
            and int(m.value[5:]) > year
        ]
        return terms[-1] if terms else None

    def averaged_term(self, clause_start: int, pos: int, end: int, period: str | None) -> str | None:
        """The term an average yearly change said at the term's last year is over: ``Đến cuối năm 2020, tỷ lệ
        hộ nghèo còn 4,8%, bình quân giảm 1,2%/năm`` after ``Giai đoạn 2016-2020, ...`` -- a rate averaged
        over years is of all of them.  The last term named before the figure that ends in ``period``, or None."""
        if not (period and period.isdecimal()) or not self.text.startswith("/năm", end):
            return None
        if _AVERAGE_BEFORE.search(self.text, max(clause_start, pos - 40), pos) is None:
            return None
        terms = [
            m.value
            for m in self.mentions
            if m.start < pos and m.value and len(m.value) == 9 and m.value[5:] == period
        ]
        return terms[-1] if terms else None

    def counted_term(self, clause_start: int, pos: int, period: str | None) -> str | None:
        """The term a count of years in the figure's clause spans (``Tổng vốn đầu tư 10 năm đạt ...``,
        ``tổng sản lượng 5 năm đạt ...``, ``trong 4 năm, tỷ lệ hộ nghèo giảm 33%``) when the article names a
        term of that length (``giai đoạn 2005 - 2015``, ``2016 - 2020`` for five years counted both ends in)
        ending no later than the year it reports on: a sum or a change over those years is of all of them,
        not of the last.  Not a count that opens a review (``Sau 10 năm phát triển, ...``: see
        :meth:`built_over`), nor the two ends of a change (``từ 75% xuống còn 41%``); None too when the article
        names no such term before the figure, or ``period`` is not one of the term's years or a year after
        it up to the article's (a year the figure states for itself)."""
        if not self._counts_years(clause_start, pos):
            return None  # most figures: no count of years in their clause
        if (
            _FROM_FIGURE.search(self.text, max(0, pos - 10), pos)
            or _TO_FIGURE.search(self.text, max(0, pos - 60), pos)
            or _RAISED_TO.search(self.text, max(0, pos - 16), pos)
        ):
            return None  # "từ 75% (đầu năm 2016) xuống còn 41% (cuối năm 2019)": the ends of the change
        count = None
        for found in _YEARS_COUNTED.finditer(self.text, clause_start, pos):
            count = int(found["years"])
        year = self._article_year()
        if count is None or year is None:
            return None
        terms = [
            m.value
            for m in self.mentions
            if m.start < pos
            and m.value
            and m.relative is None
            and len(m.value) == 9
            and m.value[4] == "-"
            and int(m.value[5:]) - int(m.value[:4]) in (count, count - 1)
            and int(m.value[5:]) <= year
        ]
        if not terms:
            return None
        term = terms[-1]
        first, last = int(term[:4]), int(term[5:])
        if period is not None and not (period.isdecimal() and first <= int(period) <= max(last, year)):
            return None
        return term

    def _counts_years(self, start: int, pos: int) -> bool:
        """True when an ``N năm`` may stand between ``start`` and ``pos`` (asked once a figure)."""
        if self._year_counts is None:
            self._year_counts = years_after_digit(self.text)
        i = bisect_left(self._year_counts, pos)
        return i > 0 and self._year_counts[i - 1] >= start

    def review_start(self, pos: int, end: int) -> str | None:
        """The first year of the span a review article looks back on when the figure at ``pos``-``end`` is the
        level a change over it starts from (``tỷ lệ hộ nghèo từ 66,94% đến nay còn 44,21%``), as the first
        end of a change over a named term is the term's first year (see :func:`term_end`)."""
        if (
            _FROM_FIGURE.search(self.text, max(0, pos - 10), pos) is None
            or _CHANGES_TO.match(self.text, end) is None
        ):
            return None
        review = self._review_span()
        return review[:4] if review else None

    def _review_span(self) -> str | None:
        """:meth:`_reviewed_span`, worked out once."""
        if self._review is None:
            self._review = self._reviewed_span() or ""
        return self._review or None

    def _reviewed_span(self) -> str | None:
        """The span up to the article's year that it reviews: the one span up to now it names (``từ năm 2011
        đến nay``), else the years it counts at a sentence's head (``Sau 5 năm, ...``, ``Qua hơn 6 năm triển
        khai, ...``)."""
        year = self._article_year()
        if year is None:
            return None
        spans = {m.value for m in self.mentions if m.relative and m.relative.startswith("since ") and m.value}
        if len(spans) == 1:
            span = spans.pop()
            return span if len(span) == 9 else None
        counts = self._review_counts()
        if spans or len(counts) > 1:
            return None
        if not counts:
            return self._term_reviewed(year)
        years = counts.pop()
        return f"{year - years}-{year}" if 1 < years <= 30 else None

    def _term_reviewed(self, year: int) -> str | None:
        """The one five-year term the article names that ends in the year it reports on or the year before
        (``giai đoạn 2016 - 2020`` in a report on 2020, or of early 2021; ``nhiệm kỳ 2015-2020``): an article
        that names the term just ended reviews it.  None when it names no such term or several."""
        terms = {
            m.value
            for m in self.mentions
            if m.value
            and m.relative is None
            and len(m.value) == 9
            and m.value[4] == "-"
            and int(m.value[5:]) - int(m.value[:4]) in (4, 5)
            and int(m.value[5:]) in (year, year - 1)
        }
        return terms.pop() if len(terms) == 1 else None

    def _review_counts(self) -> set[int]:
        """The counts of years that open a sentence: ``Sau 5 năm, ...``, ``Qua hơn 6 năm triển khai, ...``."""
        counts = set()
        for anchor in ("sau ", "qua "):
            at = self.text.find(anchor)
            while at >= 0:
                found = _REVIEW_COUNT.match(self.text, at)
                if found is not None and _REVIEW_OPENS.search(self.text, max(0, at - 4), at):
                    counts.add(int(found["years"]))
                at = self.text.find(anchor, at + 1)
        return counts
