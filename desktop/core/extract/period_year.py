"""The year an article reports on, for the figures that name no period (see ``periods.py``).

It is chosen (:meth:`ArticleYear.fallback`) from this evidence, in this order -- the first that speaks
decides.

A dated article:

1. the present its text counts from a founding it dates (``Sau 10 năm hình thành và phát triển`` of a
   district ``thành lập ... ngày 27/6/2005``: 2015), when that is before the date and the text reports
   no later year: the page was posted, archived or stamped with a neighbouring list's date later;
2. the year its title reports when that is the year before the date (``Kết quả năm 2022`` published in
   March 2023);
3. the date: an article from January or February reports the year just ended (its targets are of the
   new year) -- unless it tells of a day of its own weeks (``Sáng 20/2, ...``) and names no earlier year
   and no words of a review (``năm qua``, ``tổng kết``, ``31/12``): news of its own days is of the new
   year --, any other the current year.  A year two or more before the date carries only to its
   paragraph's end (``Năm 2014, xã được công nhận ...`` in a page of 2021 tells the past).

An undated article:

1. the year its title reports (``Kết quả năm 2022``, ``6 tháng đầu năm 2023``; not a basis, a horizon
   or a term); a title that sets a year's goals (``phấn đấu có thêm 10 xã đạt chuẩn năm 2017``)
   reports the year before, and the goal year frames only targets unless the text names its results'
   earlier year itself; then an anniversary in the title, then a term it sums up (``Tổng kết nhiệm kỳ
   2015-2020``), then the first year of the term of a congress it names (``Đại hội Đảng bộ xã ... lần
   thứ XII, nhiệm kỳ 2020-2025``: see 7.);
2. the year of an anniversary the text marks (``Nhân kỷ niệm 70 năm Ngày Thương binh - Liệt sỹ
   (27/7/1947-27/7/2017)``: the article is written for the day, whatever past years it reports);
3. the present it counts from a founding it dates (as 1. above);
4. the year it counts as the ``năm thứ N`` of what began in a year it names (``triển khai từ năm 2019 ...
   năm thứ 3``: 2021);
5. the year the text reports on most often -- of years reported as often, the one after a year it compares
   with (``so năm 2013``: 2014), else the latest -- a year opening a sentence or set off by commas, a
   term, a cut-off (``Tại thời điểm 31/12/2015``, a year end opening a sentence: ``Ước đến hết năm 2020,
   ...``); not a year in brackets, a basis, a horizon, a deadline, the
   date of an event or a law's year; then the seasons it names, then the last year of an anniversary span
   (``20 năm thành lập 1999-2019``); but no earlier than the year after the latest year whose same period
   it compares with (``7 tháng đầu năm nay ... So với cùng kỳ năm 2022``: 2023, however often it names 2022);
6. the year after its comparison bases (``so cùng kỳ năm 2016``, in the title too; but a basis no later
   than the start of a span up to now, ``từ năm 2011 đến nay ... tăng 74 xã so với năm 2010``, is that
   span's baseline and dates nothing; in a text looking back over years it counts, ``Năm năm qua`` or
   ``trong 5 năm qua``, a basis is where they start: ``so với năm 2005`` dates it 2010);
7. the year of its dates and names (``ngày 3/5/2019``, ``APEC 2017``) when one of them is named most
   often -- not the date a cited document was issued (``Quyết định số 1588/QĐ-BGTVT ngày 23/5/2016``),
   nor an event's day (``được thành lập ngày 15/3/1963``), nor a law's name (``Luật Đất đai 2013``),
   nor a deadline (``sớm hơn thời điểm 1/1/2018``), nor a portal's clock opening a line (``Hôm nay, Thứ
   hai ngày 10/08/2020``: the day the page was scraped); then the first year of the term a congress is
   named for (``Đại hội đại biểu lần thứ X, nhiệm kỳ 2020-2025``: a congress opens its term, so its
   ``nhiệm kỳ qua`` is 2015-2020; not a council's term, ``HĐND huyện (khóa XI, nhiệm kỳ 2016 - 2021)``,
   nor a congress's resolution cited later);
8. for an article that names only the horizons of its plans (``đến năm 2018``) or the years of its goals
   (``Năm 2020, tỉnh phấn đấu ...``, ``kế hoạch 2020``), the year before the nearest one (the goals' year
   itself when it reports the part of the year gone by: ``6 tháng đầu năm, ... đạt 51% kế hoạch``);
9. the year after a term that glosses a result (``tăng bình quân 15,8% (giai đoạn 2011-2015)``), then the
   last year of a count of years glossed with its span (``Sau 5 năm thực hiện Nghị quyết (2016-2020)``),
   then the last year of a term of results named inside a sentence (``Tổng vốn đầu tư giai đoạn 2021 - 2023
   đạt ...``).

Whatever was chosen, ``từ đầu năm 2017 đến nay`` dates the article 2017; a span up to now (``từ năm 2021
đến nay``) or a stock counted ``tại thời điểm 31/10/2021`` dates it that year or later; and a year the
text weighs as a whole (``Năm 2016 được ghi nhận là năm đột phá ...``) while it speaks of the present
elsewhere (``Đến nay, ...``) is over: the article is from the year after it.  A year named once, inside
a sentence, with results and the present told apart (``... trong năm 2016 là gần 2.000 người``; ``Đến
nay, ...``) is no such sign: articles of that year and of the next say so alike, and the read gold sets
date them both ways.  The date of an event (``thành lập năm 1999``, ``khởi công năm 2015``) never dates
the article: with nothing else it has no year, and the import assumes the year most articles imported
with it are from (``desktop.core.assumed_year``), with a warning.  What a place had when it was founded
(``Khi mới thành lập, huyện có 6 xã``) is of the founding year, once the article's own year is chosen.
In an undated article, a year older than the one it reports on that is named inside a
sentence (``kim ngạch năm 2016 đạt 32 tỷ USD``) looks back for that sentence
only; one opening a sentence (``Năm 2016, ...``) or set off by commas before its
clause (``Được tỉnh hỗ trợ, năm 2017, hợp tác xã ...``) covers its paragraph.
"""

from __future__ import annotations

import re

from desktop.core.extract.period_mentions import Mention, PeriodMentions
from desktop.core.extract.period_patterns import _FOREVER, _SENTENCE_END, _SPAN_GLOSSED
from desktop.core.extract.period_year_signs import (
    _anniversaries,
    _congress_years,
    _counts,
    _founding_years,
    _latest_of_most_common,
    _most_common,
    _nth_year,
    _reported_years,
    _years_since_founding,
)

#: Words of a title that sets goals for the year it names after them (``phấn đấu ... năm 2017``), or foretells
#: it (``Kinh tế thành phố sẽ bật lên trong năm 2021``).
_GOAL_TITLE = re.compile(
    r"(?<![^\W\d_])(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|dự\s+kiến|sẽ)(?![^\W\d_])"
)
#: Words of a title that sums up the results of the year it names (``Kết quả năm 2022``).
_RESULTS_TITLE = re.compile(
    r"(?<![^\W\d_])(?:tổng\s+kết|kết\s+quả|nhìn\s+lại|thành\s+tựu|dấu\s+ấn)(?![^\W\d_])"
)
#: An anniversary being marked: ``Nhân kỷ niệm 70 năm Ngày Thương binh - Liệt sỹ (27/7/1947-27/7/2017)``.
_CELEBRATED = re.compile(
    r"(?<![^\W\d_])kỷ\s+niệm\s+(?P<years>\d{1,3})\s+năm(?![^\W\d_])[^().!?\n]{0,80}\(\s*(?:\d{1,2}/\d{1,2}/)?"
    r"(?P<first>\d{4})\s*[-–]\s*(?:\d{1,2}/\d{1,2}/)?(?P<last>\d{4})\s*\)"
)
#: A figure right before a bracket (``15,8% (``): the bracket glosses that result.
_FIGURE_BEFORE = re.compile(r"\d\s*(?:%|[^\W\d_]+(?:/[^\W\d_]+)*)?\s*$")
#: The last sentence end before a position (searched in a window that ends there).
_SENTENCE_END_BEFORE = re.compile(r"(?:[.!?](?=\s)|\n)(?!.*(?:[.!?]\s|\n))", re.DOTALL)
#: Words of a plan: a term glossing a figure of one is still to come.
_PLAN_WORDS = re.compile(
    r"(?<![^\W\d_])(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|dự\s+kiến|định\s+hướng|đề\s+ra|sẽ|cần)(?![^\W\d_])"
)
#: Words of a year not yet over, or of its plans: a year they are said of is not one an article looks back on.
_ESTIMATE_OR_PLAN = re.compile(
    r"(?<![^\W\d_])(?:ước|dự\s+kiến|dự\s+báo|phấn\s+đấu|kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|sẽ)(?![^\W\d_])"
)
#: ``Năm 2016 được ghi nhận là năm đột phá``, ``năm 2016 được đánh giá là năm thành công``: a year judged whole
#: (not ``Năm 2021 là năm đầu thực hiện Nghị quyết``, said as that year's plans are set).
_JUDGED_YEAR = re.compile(
    r"\s*(?:,\s*)?(?:được|có\s+thể\s+được)\s+(?:ghi\s+nhận|đánh\s+giá|xem|coi)(?:\s+như)?\s+là\s+(?:một\s+)?năm(?![^\W\d_])"
)
#: The part of a year gone by, named without its year: ``6 tháng đầu năm``, ``quý I``, ``từ đầu năm``.
_PART_SO_FAR = re.compile(
    r"(?<![^\W\d_])(?:\d{1,2}\s+tháng(?:\s+đầu)?\s+năm|quý\s+(?:i{1,3}|[123])(?![^\W\d_])|từ\s+đầu\s+năm)"
    r"(?!\s*(?:/|năm)?\s*\d)"
)
#: A title's words before a term it sums up: ``Tổng kết nhiệm kỳ 2015-2020``, ``Kết quả giai đoạn 2016 - 2020``.
_SUMMING_UP = re.compile(
    r"(?<![^\W\d_])(?:tổng\s+kết|kết\s+quả|nhìn\s+lại|thành\s+tựu|dấu\s+ấn)(?:\s+[^\W\d_]+){0,2}\s+$"
)
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")
#: A day and a month (``Sáng 20/2``, ``ngày 5/1``), not part of a longer date or figure.
_DAY_MONTH = re.compile(r"(?<![\d/.,])\d{1,2}/(?P<month>\d{1,2})(?![\d/]|[.,]\d)")
#: Words of a review of a year gone by, which a January or February article writes (see ``_tells_no_year_gone``):
#: also its last quarter, its December or a day of it (``tính đến hết ngày 31/12``).
_YEAR_GONE = re.compile(
    r"(?<![^\W\d_])(?:năm\s+(?:vừa\s+)?qua|năm\s+ngoái|năm\s+trước|cả\s+năm|trong\s+năm|tổng\s+kết|sơ\s+kết"
    r"|kết\s+quả|nhìn\s+lại|nhiệm\s+vụ\s+năm|phương\s+hướng|cuối\s+năm|hết\s+năm|quý\s+(?:iv|4)|tháng\s+12"
    r"|12\s+tháng|\d{1,2}/12(?![\d/]))(?![^\W\d_])"
)


class ArticleYear(PeriodMentions):
    """The year an article reports on (:meth:`fallback`), from its date, its title and the periods its text
    names as read (before the year resolves the relative ones): the second layer of :class:`Periods`."""

    def __init__(self, low: str, published: str | None, title: str | None, headline: list[Mention]) -> None:
        """``headline`` holds the periods ``title`` names, read only when they matter (see :class:`Periods`)."""
        super().__init__(low, published)
        #: Published in January or February: the article may name parts of the new year (``early_part``).
        self.early_in_year = self.published_month is not None and self.published_month <= 2
        #: Published in January or February, yet news of its own days, no review of the year just ended.
        self._new_year_news = self.early_in_year and self._tells_no_year_gone(low)
        self._headline = headline
        #: The year the title reports (``Kết quả năm 2022``), when the article is dated the year after it.
        self._summed_up = self._title_sums_up()
        founded = _founding_years(low) if "lập" in low or "chia tách" in low else set()
        #: The year of the one founding the text dates, if any: what the place had then is of that year.
        self._founding = founding = next(iter(founded)) if len(founded) == 1 else None
        #: The present the text counts from a founding it dates (``sau 10 năm hình thành``, ``thành lập ...
        #: năm 2005``): 2015, whatever day the page was posted or archived on.
        self._counted_now = _years_since_founding(low, founding) if founding is not None else None
        #: The year an undated article's title sets goals for (``Huyện phấn đấu ... năm 2017``), if any.
        self._title_goal = self._goal_of_title(title)
        self._fallback_year = self._guess_year(title)

    def _guess_year(self, title: str | None) -> str | None:
        """Without a publication date: the year its title reports, else the one its text names most often
        (see the module docstring)."""
        if self.published_year is not None:
            return None
        headline, headline_mentions = (title.lower() if title else ""), self._headline
        # the title names what the article reports: "Kết quả năm 2022", "6 tháng đầu năm 2023", an anniversary
        years = {y: n for y, n in _reported_years(headline_mentions).items() if y.isdigit()}
        if self._title_goal is not None:  # a title setting the goals of 2017 reports the results of 2016
            years = {str(int(self._title_goal) - 1): 1}
        if not years:
            years = _anniversaries(headline)
        if not years:  # "Tổng kết nhiệm kỳ 2015-2020", "Kết quả giai đoạn 2016 - 2020": a term summed up
            years = _counts(
                [
                    m.value
                    for m in headline_mentions
                    if m.value
                    and len(m.value) == 9
                    and headline.startswith(("nhiệm", "giai", "thời"), m.start)
                    and _SUMMING_UP.search(headline, max(0, m.start - 24), m.start)
                ]
            )
        if (
            not years
        ):  # "Đại hội Đảng bộ xã ... lần thứ XII, nhiệm kỳ 2020-2025" in the title: as the term opens
            years = _congress_years(headline, headline_mentions)
        if not years:  # "Nhân kỷ niệm 70 năm ... (1947-2017)": the article is written for the day
            years = _anniversaries(self.text, _CELEBRATED) if "kỷ niệm" in self.text else {}
        if (
            not years and self._counted_now is not None
        ):  # "sau 10 năm hình thành" of a district founded in 2005
            years = {str(self._counted_now): 1}
        if not years and "năm thứ" in self.text:  # "triển khai từ năm 2019 ... năm thứ 3 thực hiện": 2021
            years = _nth_year(self.text)
        from_text = False
        if not years:
            years = _reported_years(self.mentions)
            from_text = bool(years)
        if not years:
            years = _counts([m.value for m in self.mentions if m.season and m.value])
        if not years:  # "Sau 20 năm tái lập (1997-2017), ...": the anniversary's year
            years = _anniversaries(self.text)
        since = [int(m.relative[6:]) for m in self.mentions if m.relative and m.relative.startswith("since ")]
        if not years:  # "tăng 7,4% so cùng kỳ năm 2016" is about 2017 -- but a basis before a span up to now
            # starts ("từ năm 2011 đến nay ..., tăng 74 xã so với năm 2010") is that span's baseline; and in
            # a review of the years gone by ("Năm năm qua, ... tăng 4,3 triệu đồng so với năm 2005") the
            # basis is where they start: 2010
            looked_back = {m.relative for m in self.mentions if m.relative and m.relative.startswith("past ")}
            step = int(looked_back.pop()[5:]) if len(looked_back) == 1 else 1
            years = _counts(
                [
                    str(m.basis_year + step)
                    for m in [*headline_mentions, *self.mentions]
                    if m.basis_year and m.basis_year + 1 > max(since, default=0)
                ]
            )
        if not years:  # dates and names ("ngày 3/5/2019", "Festival 2019"), unless they disagree as often
            ranked = sorted(_counts(self._bare_years).items(), key=lambda item: item[1], reverse=True)[:2]
            if len(ranked) == 1 or (ranked and ranked[0][1] > ranked[1][1]):
                years = dict(ranked[:1])
        if not years:  # "Đại hội ... lần thứ X, nhiệm kỳ 2020-2025": held as that term begins
            years = _congress_years(self.text, self.mentions)
        if not years and not self._event_years:  # "đến năm 2018, đảm bảo 100% ...": a plan is set before
            # its nearest horizon (but "khởi công năm 2015, ... đến năm 2030" says no more than "2015 or later")
            horizons = [
                int(m.value) for m in self.mentions if m.plan_horizon and m.value and m.value.isdigit()
            ]
            # ... as is the year of its goals ("Năm 2020, tỉnh phấn đấu ...", "kế hoạch năm 2020") -- unless
            # the text reports the part of the year gone by ("6 tháng đầu năm, huyện đã thu ... đạt 51% kế
            # hoạch"): then it is written in the goals' year
            goals = [
                int(m.value)
                for m in self.mentions
                if m.frames_targets and not m.plan_horizon and m.value and m.value.isdigit()
            ]
            if goals and _PART_SO_FAR.search(self.text) is not None:
                years = {str(min(goals)): 1}
            else:
                horizons += goals
                years = {str(min(horizons) - 1): 1} if horizons else {}
        if not years:  # "tăng bình quân 15,8% (giai đoạn 2011-2015)": written once that term was over
            years = self._after_done_terms()
        if not years:  # "Sau 5 năm thực hiện Nghị quyết (2016-2020), ...": written as the years counted end
            years = self._counted_spans()
        if not years:  # "Tổng vốn đầu tư giai đoạn 2021 - 2023 đạt ...": written as the span it reports ends
            years = self._reported_terms()
        so_far = [
            int(m.relative[7:]) for m in self.mentions if m.relative and m.relative.startswith("so_far ")
        ]
        if so_far:  # "từ đầu năm 2017 đến nay": the article is from 2017, whatever else it names
            return str(max(so_far))
        # "từ năm 2021 đến nay", "tại thời điểm 31/10/2016": the article is from that year at the earliest,
        # whatever it looks back on
        earliest = max([*since, *self._counted_at], default=None)
        if earliest is not None:
            later = {y: n for y, n in years.items() if not y[-4:].isdigit() or int(y[-4:]) >= earliest}
            years = later or years
        guess = _most_common(years)
        if from_text:  # of years named as often, the latest ("Năm 2016, ... Năm 2017, ... Năm 2018, ..."): an
            # article tells the years before the one it is written in -- but a cut-off or a deadline ("Đến ngày
            # 30/6/2016, hoàn thành ...") may lie after it
            named = {
                m.value for m in self.mentions if m.carries and m.value and not self.text[m.start].isdigit()
            }
            guess = self._compared_of_tied(years, named) or _latest_of_most_common(years, named) or guess
        if earliest is not None and (guess is None or (guess[-4:].isdigit() and int(guess[-4:]) < earliest)):
            return str(earliest)
        if from_text and guess is not None and guess.isdigit() and self._looks_back_on(guess):
            return str(int(guess) + 1)
        if from_text and guess is not None and guess.isdigit():
            return self._after_same_period(guess)
        return guess

    def _compared_of_tied(self, years: dict[str, int], named: set[str]) -> str | None:
        """Of years the text names as often as each other, the one after a year it compares with (``... năm
        2014 ... trong năm 2015 ... tăng 25 xã so năm 2013``: 2014) when only one is: a change is said
        against the year before the one reported.  None when no years tie, or the bases tell none apart."""
        most = max(years.values(), default=0)
        tied = {year for year, count in years.items() if count == most and year in named}
        if len(tied) < 2:
            return None
        after = {str(m.basis_year + 1) for m in self.mentions if m.basis_year and not m.looks_back} & tied
        return after.pop() if len(after) == 1 else None

    def _after_same_period(self, guess: str) -> str:
        """``guess``, or the year after the latest year whose same period the text compares with (``7 tháng
        đầu năm nay ... So với cùng kỳ năm 2022, ...``) when that is no earlier: a figure weighed against the
        same months of a year is of a later year, however often the article names that one."""
        same = [
            m.basis_year for m in self.mentions if m.basis_year and "cùng kỳ" in self.text[m.start : m.end]
        ]
        latest = max(same, default=0)
        return str(latest + 1) if latest >= int(guess) else guess

    def _looks_back_on(self, year: str) -> bool:
        """True when an undated article judges ``year`` as a whole and speaks of the present apart from it:
        ``Năm 2016 được ghi nhận là năm đột phá trong thu hút đầu tư ...`` and, in another sentence, ``Đến
        nay, 14 dự án đã được chấp thuận`` -- a year is weighed once it is over, so the present (and what
        the text dates by nothing) is the year after.  Not when the year is named inside a sentence, with
        an estimate or a plan (``ước``, ``phấn đấu``), with a part of it (``6 tháng đầu năm 2016``), or when
        the text says ``năm nay``; a year told without weighing it (``Năm 2016, tỉnh có ...``) is no sign:
        articles from within that year and from after it say so alike."""
        now = [m for m in self.mentions if m.relative == "now"]
        if not now:
            return False
        spans, judged = [], False
        for m in self.mentions:
            if m.relative == "this":
                return False
            if m.value != year or (m.sub_year and m.carry_end < _FOREVER):
                continue  # "Tháng 4/2016, Ban Quản lý tổ chức ...": the date of an event, not a part of the year
            if m.sub_year or m.frames_targets:
                return False
            if not m.carries:
                continue
            if not (self._at_sentence_head(m.start) or self._set_off(m)):
                return False  # "kim ngạch năm 2016 đạt ...": a year named inside a sentence
            head = _SENTENCE_END_BEFORE.search(self.text, max(0, m.start - 300), m.start)
            stop = _SENTENCE_END.search(self.text, m.end)
            first, last = (
                (head.end() if head else max(0, m.start - 300)),
                (stop.end() if stop else len(self.text)),
            )
            if _ESTIMATE_OR_PLAN.search(self.text, first, last):
                return False
            spans.append((first, last))
            judged = judged or _JUDGED_YEAR.match(self.text, m.end) is not None
        return judged and bool(spans) and any(all(not a <= m.start < b for a, b in spans) for m in now)

    def _after_done_terms(self) -> dict[str, int]:
        """The year after each term a result is glossed with (``thu nhập ... tăng bình quân 15,8% (giai đoạn
        2011-2015)``): an average over a term is reported once it is over.  Not in a sentence of plans
        (``phấn đấu tăng bình quân 8% (giai đoạn 2021-2025)``)."""
        after = []
        for m in self.mentions:
            if m.value is None or len(m.value) != 9 or m.value[4] != "-" or m.carries or m.frames_targets:
                continue
            opening = self.text.rfind("(", max(0, m.start - 3), m.start + 1)
            if opening < 0 or _FIGURE_BEFORE.search(self.text, max(0, opening - 24), opening) is None:
                continue
            head = _SENTENCE_END_BEFORE.search(self.text, max(0, opening - 300), opening)
            if _PLAN_WORDS.search(self.text, head.end() if head else max(0, opening - 300), opening) is None:
                after.append(str(int(m.value[5:]) + 1))
        return _counts(after)

    def _counted_spans(self) -> dict[str, int]:
        """The last year of each span a count of years is glossed with: ``Sau 5 năm thực hiện Nghị quyết
        (2016-2020)``, ``trong 5 năm (2016 - 2020)`` -- the article is written as those years end."""
        last = []
        for m in self.mentions:
            if m.value is None or len(m.value) != 9 or m.value[4] != "-" or m.carries or m.frames_targets:
                continue
            opening = self.text.rfind("(", max(0, m.start - 3), m.start + 1)
            counted = _SPAN_GLOSSED.search(self.text, max(0, opening - 64), opening) if opening >= 0 else None
            if counted is None:
                continue
            first, end = int(m.value[:4]), int(m.value[5:])
            years = int(counted.group().split()[0])
            if years in (end - first, end - first + 1):
                last.append(str(end))
        return _counts(last)

    def _reported_terms(self) -> dict[str, int]:
        """The last year of each term named inside a sentence of results (``Tổng vốn đầu tư toàn xã hội giai
        đoạn 2021 - 2023 đạt 6.445 tỷ đồng``): an article that reports a span's results is written as it
        ends -- not a term of plans (``phấn đấu tăng bình quân 8% giai đoạn 2021-2025``), a programme's or a
        basis."""
        last = []
        for m in self.mentions:
            value = m.value
            if not value or len(value) != 9 or value[4] != "-" or m.frames_targets or m.plan_horizon:
                continue
            head = _SENTENCE_END_BEFORE.search(self.text, max(0, m.start - 300), m.start)
            stop = _SENTENCE_END.search(self.text, m.end)
            first = head.end() if head else max(0, m.start - 300)
            if _PLAN_WORDS.search(self.text, first, stop.start() if stop else len(self.text)) is None:
                last.append(value[5:])
        return _counts(last)

    def _goal_of_title(self, title: str | None) -> str | None:
        """The year an undated article's title sets goals for: ``Quảng Nam phấn đấu có thêm 10 xã đạt chuẩn
        nông thôn mới năm 2017`` is written as that year begins, so its results are of the year before --
        as is a title naming a year its text never does while reporting the year before it (unless the title
        sums that year's results up: ``Kết quả năm 2022``)."""
        if self.published_year is not None or not title:
            return None
        low = title.lower()
        year = _most_common({y: n for y, n in _reported_years(self._headline).items() if y.isdigit()})
        if year is None:
            return None
        goal = _GOAL_TITLE.search(low)
        if goal is not None and low.find(year, goal.end()) >= 0:
            return None if self._reports_part_of(year) else year
        return year if _RESULTS_TITLE.search(low) is None and self._reports_year_before(year) else None

    def _reports_part_of(self, year: str) -> bool:
        """True when the text reports a part of ``year`` gone by (``chỉ trong 6 tháng đầu năm 2025, kim ngạch
        ...``): an article under a title aiming at that year's goal (``hướng tới mục tiêu 7,5 tỷ USD năm
        2025``) is written within that year, not as it begins."""
        part = re.compile(
            rf"(?<!\d)(?:\d{{1,2}}\s+tháng(?:\s+đầu)?\s+năm|quý\s+(?:i{{1,3}}|[123])\s*(?:/|năm))\s*{year}(?!\d)"
        )
        return part.search(self.text) is not None

    def _reports_year_before(self, year: str) -> bool:
        """True when the text never names ``year`` (its title's) but reports the year before it (``Năm 2023
        được xem là năm khởi sắc ...`` under a headline about 2024): the article was written as the
        title's year began, looking back on the one just ended and ahead to the new one."""
        if year in self.text:
            return False
        before = str(int(year) - 1)
        return any(m.value == before and m.carries and not m.frames_targets for m in self.mentions)

    def _title_sums_up(self) -> str | None:
        """The year a dated article's title reports when it is the year before the publication's: ``Kết quả
        năm 2022`` published in March 2023 sums up 2022, as a January article does."""
        if self.published_year is None:
            return None
        year = _most_common({y: n for y, n in _reported_years(self._headline).items() if y.isdigit()})
        return year if year is not None and int(year) == self.published_year - 1 else None

    def _written_earlier(self) -> bool:
        """True when a dated article counts its present (see ``_years_since_founding``) years before its date
        and reports no year after that present: a review written for the tenth year of a district founded in
        2005 reports 2015, though the page that holds it (or a list beside it) is dated 2017."""
        now = self._counted_now
        if now is None or self.published_year is None or now >= self.published_year:
            return False
        return not any(
            m.carries and m.value and m.value[-4:].isdigit() and int(m.value[-4:]) > now
            for m in self.mentions
        )

    def fallback(self, target: bool) -> str | None:
        """The year an article reports on when it names none: see the module docstring."""
        if self.published_year is None:
            return self._title_goal if target and self._title_goal else self._fallback_year
        if self._summed_up is not None and not target:
            return self._summed_up
        if self._written_earlier():
            return str(self._counted_now)
        early = self.early_in_year and not self._new_year_news
        return str(self.published_year - 1 if early and not target else self.published_year)

    def _tells_no_year_gone(self, low: str) -> bool:
        """True when a January or February article tells of a day of its own weeks (``Sáng 20/2``) and names
        no year before its date's and no words of a review (``năm qua``, ``tổng kết``, ``cả năm``, ``nhiệm vụ
        năm 2022``): ``Sáng 20/2, huyện tổ chức lễ phát động trồng cây ... trồng mới 15.000 cây`` is news of
        its own days, and its figures are of the year it is published in -- the year just ended is what a
        review written then reports, and what an article that says nothing of its time is taken to report."""
        first = self.published_year or 0
        if any(int(year.group()) < first for year in _YEAR.finditer(low)):
            return False
        month = self.published_month or 0
        days = (int(day["month"]) for day in _DAY_MONTH.finditer(low))
        return any(0 < named <= month for named in days) and _YEAR_GONE.search(low) is None

    def _article_year(self) -> int | None:
        """The year the article reports on, as a number (the last year of a guessed term)."""
        value = self.fallback(False)
        return int(value[-4:]) if value and value[-4:].isdigit() else None
