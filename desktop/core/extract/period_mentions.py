"""The periods an article names, read from its text: each year, term, season, lunar new year and relative
phrase (``năm nay``, ``5 năm qua``), with what its words make of it -- a period that carries to later
sentences, a comparison basis, a plan's horizon, a year that frames targets (the rules are in
``periods.py``'s docstring; the words are in ``period_patterns.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from desktop.core.extract.period_patterns import (
    _BARE_YEAR,
    _BEFORE_YEAR,
    _BIRTH,
    _BOUND,
    _BRANCHES,
    _CHANGE_FROM,
    _COMPARED,
    _COMPARED_WORDS,
    _CONGRESS,
    _CONTRAST,
    _COUNT_BEFORE,
    _COUNT_OPENS,
    _CUT_OFF,
    _CUT_OFF_DATE,
    _DATE_SPAN_END,
    _DAY_BEFORE,
    _DEADLINE,
    _DOCUMENT_DATE,
    _EVENT_DAY,
    _EVENT_MONTH,
    _EVENT_YEAR,
    _EVER,
    _FOREVER,
    _FROM_BEFORE,
    _FROM_DATE_BEFORE,
    _GLOSSED_BASIS,
    _GOAL_AFTER,
    _GOAL_BEFORE,
    _LAW,
    _LEAD_YEAR_END,
    _LIST_ITEM,
    _LUNAR_FIRST,
    _LUNAR_YEAR,
    _MEASURED_AGAINST,
    _OWN_SUBJECT,
    _PAGE_CLOCK,
    _PLAN_HORIZON,
    _PLAN_NAMED,
    _PLAN_OBJECT,
    _POVERTY_LINE,
    _PRICE_BASE,
    _PROGRAM_TERM,
    _RECKONED,
    _RECORD_SINCE,
    _RELATIVE,
    _RELATIVE_ANCHORS,
    _RELATIVE_BASIS,
    _RELATIVE_REACH,
    _SENTENCE_END,
    _SENTENCE_HEAD,
    _SET_OFF_AFTER,
    _SET_OFF_BEFORE,
    _SINCE_END,
    _SINCE_EVENT_GLOSSED,
    _SPAN_GLOSSED,
    _STEMS,
    _SUB_YEAR,
    _TERM_END,
    _UP_TO_NOW,
    _VISION,
    _WINDOW,
    _YEAR_END,
    _YEAR_END_HEAD,
    _YEAR_SPAN_END,
    _YEAR_TOKEN,
    _YEAR_VALUE,
)
from desktop.core.numbers import NUMBER_WORDS


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
    plan_horizon: bool = False  # ``đến năm 2025``: the year a plan is for
    season: bool = False  # ``vụ Đông Xuân 2016 - 2017``: names the year of its own sentence only
    deadline: bool = False  # ``đến hết quý I/2018``: not the year the article reports on
    relative: str | None = None  # a period named relative to the article's year, resolved once it is known
    end: int = 0  # where the words naming it end
    # ``(cùng kỳ năm 2021 đạt ...)``, ``khởi công năm 2020``: the period of the figures after it only
    looks_back: bool = False

    def __init__(
        self,
        start: int,
        value: str | None,
        carries: bool,
        sub_year: bool,
        frames_targets: bool = False,
        basis_year: int | None = None,
        carry_end: int = _FOREVER,
        plan_horizon: bool = False,
        season: bool = False,
        deadline: bool = False,
        relative: str | None = None,
        end: int = 0,
        looks_back: bool = False,
    ) -> None:
        # Written out: the compiled core runs this as C, not the interpreted ``__init__`` of ``@dataclass``
        # (tests/test_compiled_init.py keeps it in step with the fields).
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "carries", carries)
        object.__setattr__(self, "sub_year", sub_year)
        object.__setattr__(self, "frames_targets", frames_targets)
        object.__setattr__(self, "basis_year", basis_year)
        object.__setattr__(self, "carry_end", carry_end)
        object.__setattr__(self, "plan_horizon", plan_horizon)
        object.__setattr__(self, "season", season)
        object.__setattr__(self, "deadline", deadline)
        object.__setattr__(self, "relative", relative)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "looks_back", looks_back)


def _same_term(low: str, mentions: list[Mention], mention: Mention) -> Mention | None:
    """``giai đoạn này`` (``trên``, ``đó``) as the term named last before it in its paragraph (of ``low``):
    ``Tổng vốn đầu tư giai đoạn 2021 - 2023 đạt 6.445 tỷ đồng. Tăng trưởng bình quân giai đoạn này đạt
    7,8%`` -- the period of its own sentence, as the term would be there; None when the paragraph named no
    term before it (``Giai đoạn này, ...`` may be the present stage)."""
    for before in reversed(mentions):
        if "\n" in low[before.end : mention.start]:
            return None
        value = before.value
        if value and len(value) == 9 and value[4] == "-" and before.basis_year is None:
            return replace(mention, value=value, relative=None)
    return None


def lunar_year(match: re.Match[str]) -> int | None:
    """The year of a lunar new year named by stem and branch: ``tết đinh dậu`` → 2017; None when the stem
    and the branch are of different parity (they name no year)."""
    stem, branch = _STEMS[match["stem"]], _BRANCHES[match["branch"]]
    return next(
        (y for y in range(_LUNAR_FIRST, _LUNAR_FIRST + 60) if y % 10 == stem and y % 12 == branch), None
    )


def is_sub_year(low: str, start: int, end: int) -> bool:
    """True when ``low[start:end]`` (lower-cased) speaks of part of a year (months, a quarter, "so far")."""
    return _SUB_YEAR.search(low, start, end) is not None


class PeriodMentions:
    """The periods one article names (:attr:`mentions`), and the years it names only in dates and names, at a
    stock's cut-off or at an event, which tell its time: the first layer of :class:`Periods`."""

    def __init__(self, low: str, published: str | None) -> None:
        """``low`` is the article lower-cased to the same length."""
        self.text = low
        self.published_year = int(published[:4]) if published else None
        self.published_month = int(published[5:7]) if published else None
        self._bare_years: list[str] = []
        #: Years of the dates a stock was counted at (``Tại thời điểm 31/10/2016``): the article is no older.
        self._counted_at: list[int] = []
        self._event_years: list[str] = []  # "thành lập năm 1999": no year reported, yet not a plans-only text
        self.mentions = self._find_mentions()

    def _find_mentions(self) -> list[Mention]:
        mentions: list[Mention] = []
        consumed = 0
        tokens = sorted(
            [*_YEAR_TOKEN.finditer(self.text), *self._relative_tokens(), *self._lunar_tokens()],
            key=lambda m: m.start(),
        )
        for token in tokens:
            if token.start() < consumed:
                continue
            mention, consumed = self._mention(token)
            if mention is not None and mention.relative == "same_term":
                mention = _same_term(self.text, mentions, mention)
            if mention is not None:
                if mentions and self._continues_plan(mentions[-1], mention):
                    mention = replace(mention, carries=False, plan_horizon=True)
                mentions.append(mention)
        return mentions

    def _continues_plan(self, before: Mention, mention: Mention) -> bool:
        """True for a year that goes on with the horizons of a plan in its sentence: in ``đến năm 2025 là
        12-15% và đến năm 2030 là 13-18%; kim ngạch xuất khẩu năm 2020 đạt 1,25 tỷ USD, năm 2025 là 2,6 tỷ
        USD`` each year is one more horizon of the plan, not the year the article reports on."""
        return (
            before.plan_horizon
            and mention.carries
            and not mention.sub_year
            and self.text.startswith("năm", mention.start)
            and not self._at_sentence_head(mention.start)
            and _SENTENCE_END.search(self.text, before.end, mention.start) is None
        )

    def _relative_tokens(self) -> list[re.Match[str]]:
        """The matches of ``_RELATIVE`` in the article, found from their anchor words."""
        text, found = self.text, {}
        for anchor in _RELATIVE_ANCHORS:
            start = text.find(anchor)
            while start >= 0:
                window = max(0, start - _RELATIVE_REACH), start + len(anchor) + _RELATIVE_REACH
                for match in _RELATIVE.finditer(text, *window):
                    if match.start() <= start < match.end():
                        found[match.start()] = match
                start = text.find(anchor, start + 1)
        return [found[key] for key in sorted(found)]

    def _lunar_tokens(self) -> list[re.Match[str]]:
        """The lunar new years named by stem and branch (``Tết Đinh Dậu``), found from their first word."""
        found = []
        for anchor in ("tết", "xuân"):
            start = self.text.find(anchor)
            while start >= 0:
                if (match := _LUNAR_YEAR.match(self.text, start)) is not None:
                    found.append(match)
                start = self.text.find(anchor, start + 1)
        return found

    def _mention(self, token: re.Match[str]) -> tuple[Mention | None, int]:
        """What the year at ``token`` is: a period, a term, a horizon, a comparison basis or nothing."""
        text, start, end = self.text, token.start(), token.end()
        if token.re is _LUNAR_YEAR:
            year = lunar_year(token)
            if year is None:
                return None, end
            aside = self._carry_end(start, None)
            return Mention(start, str(year), True, True, carry_end=aside, end=end), end
        if token.re is _RELATIVE:
            return self._relative_mention(
                token, _SUB_YEAR.search(text, max(0, start - 20), end) is not None
            ), end
        year = int(token.group())
        if not 1900 <= year <= 2100:
            return None, end
        if _PRICE_BASE.search(text, max(0, start - 20), start):
            return None, end  # "GRDP năm 2024 theo giá so sánh năm 2010": the prices' base year, no period
        before = _BEFORE_YEAR.search(text, max(0, start - _WINDOW), start)
        if before is None:
            date = _CUT_OFF_DATE.search(text, max(0, start - 6), start)
            if date is not None and _FROM_DATE_BEFORE.search(text, max(0, date.start() - 12), date.start()):
                until = _SINCE_END.match(text, end)
                if until is not None and until["now"]:  # "từ 1/1/2020 đến nay": as "từ năm 2020 đến nay"
                    return Mention(
                        date.start(), None, False, False, relative=f"since {year}", end=until.end()
                    ), until.end()
                span = _DATE_SPAN_END.match(text, end)
                if span is not None and year <= int(span.group(1)) <= year + 20:
                    last = int(span.group(1))
                    value = f"{year}-{last}" if last > year else str(year)
                    return Mention(date.start(), value, False, last == year, end=span.end()), span.end()
            cut_off = (
                _CUT_OFF.search(text, max(0, date.start() - 24), date.start()) if date is not None else None
            )
            if cut_off is not None and _COMPARED.search(text, max(0, cut_off.start() - 10), cut_off.start()):
                # "tăng 6% so với thời điểm 31/12/2018": the basis of a change, not when the stock was counted
                return Mention(cut_off.start(), None, False, False, basis_year=year, end=end), end
            if cut_off is not None and _BOUND.search(text, max(0, cut_off.start() - 16), cut_off.start()):
                # "sớm hơn thời điểm 1/1/2018", "trước thời điểm 1/7/2020": a deadline, not a count's date
                return None, end
            if date is not None and cut_off is not None:
                at = date.start()
                if not cut_off.group().startswith("đến"):  # "tại thời điểm 31/10/2016", "tính đến ngày ..."
                    self._counted_at.append(year)
                inside = self._passed_day(date.group(), year)
                return Mention(at, str(year), True, inside, carry_end=self._paragraph_end(at), end=end), end
            plan_object = _PLAN_OBJECT.search(text, max(0, start - 16), start)
            if plan_object is not None:  # "kế hoạch 2021", "chỉ tiêu 2021-2025": as "kế hoạch năm 2021"
                at = plan_object.start()
                span = _TERM_END.match(text, end)
                if span is not None and year < int(span.group(1)) <= year + 20:
                    return Mention(
                        at, f"{year}-{span.group(1)}", False, False, True, end=span.end()
                    ), span.end()
                return Mention(at, str(year), False, False, frames_targets=True, end=end), end
            span = _TERM_END.match(text, end) if text.endswith("(", max(0, start - 2), start) else None
            if span is not None and year < int(span.group(1)) <= year + 20:  # "(2011-2016)"
                value = f"{year}-{span.group(1)}"
                # "5 năm qua (2016-2020), ...": as a term opening the sentence -- not an anniversary's span
                since_event = _SINCE_EVENT_GLOSSED.search(text, max(0, start - 64), start)
                if since_event is None and self._glosses_opening_count(start):
                    aside = self._paragraph_end(start)
                    return Mention(start, value, True, False, carry_end=aside, end=span.end()), span.end()
                return Mention(start, value, False, False, end=span.end()), span.end()
            if date is not None and _DOCUMENT_DATE.search(text, max(0, date.start() - 48), date.start()):
                return None, end  # "Quyết định số 1588/QĐ-BGTVT ngày 23/5/2016": when a document was issued
            if date is not None and _PAGE_CLOCK.search(text, max(0, date.start() - 32), date.start()):
                return None, end  # "Hôm nay, Thứ hai ngày 10/08/2020": the day the page was scraped
            if _BARE_YEAR.fullmatch(token.group()) and (_BARE_YEAR.match(text, start) or date is not None):
                self._bare_name_or_date(token.group(), start, date)
            return None, end
        sub_year = _SUB_YEAR.search(text, max(0, start - 20), end) is not None
        at = before.start()
        if before["term"] and _POVERTY_LINE.search(text, max(0, at - 48), at):
            second = _TERM_END.match(text, end)
            return None, second.end() if second else end
        if before["term"] or before["season"]:
            return self._term(before, at, year, end, sub_year)
        if before[
            "since"
        ]:  # "từ năm 2002", "từ những tháng cuối năm 2018", "tầm nhìn 2050": a start or a vision, not a period ...
            return self._since(before, at, year, end, sub_year)
        if before["basis"]:
            if before.group().startswith("cùng") and _OWN_SUBJECT.search(text, max(0, at - 12), at):
                # "(cùng kỳ năm 2021 đạt 20.000 tỷ đồng)": the basis is the subject of the figure after it
                return Mention(at, str(year), False, sub_year, basis_year=year, end=end, looks_back=True), end
            return Mention(at, None, False, sub_year, basis_year=year, end=end), end
        # "so với cùng kỳ năm trước (năm 2021 đạt ...)"; most years have no bracket before them to read
        gloss = max(0, at - 32)
        if text.find("(", gloss, at) >= 0 and _GLOSSED_BASIS.search(text, gloss, at):
            return Mention(at, str(year), False, sub_year, basis_year=year, end=end, looks_back=True), end
        if before["year"] and text.endswith("(", max(0, at - 2), at) and _YEAR_VALUE.match(text, end):
            # "1.500 tỷ đồng (năm 2018: 1.300 tỷ đồng)": the bracket gives another year's figure, not this one's year
            return Mention(at, str(year), False, sub_year, basis_year=year, end=end, looks_back=True), end
        if before["lead"] and not _LEAD_YEAR_END.match(text, end):
            return None, end
        span = _YEAR_SPAN_END.match(text, end) if before["year"] else None
        if (
            span is not None and int(span.group(1)) > year
        ):  # "năm 2019 - 2020", "năm 2019 đến năm 2021": a term
            value, after = f"{year}-{span.group(1)}", span.end()
            if self._glosses_opening_count(at):  # "Trong 3 năm qua (năm 2015 đến tháng 6.2018), ..."
                return Mention(at, value, True, False, carry_end=self._paragraph_end(at), end=after), after
            return Mention(at, value, False, False, end=after), after
        if before["year"] and (
            _BIRTH.search(text, max(0, at - 6), at) or _LAW.search(text, max(0, at - 48), at)
        ):  # "sinh năm 1978", "Luật Ngân sách năm 2002"
            return None, end
        event = _EVENT_YEAR.search(text, max(0, at - 32), at) if before["year"] else None
        if event is not None and not self._at_sentence_head(event.start()):  # "khởi công vào năm 2019"
            # ... nor dates the figure before it ("1.200 tỷ đồng, dự kiến hoàn thành năm 2024"), nor the article
            self._event_years.append(str(year))
            return Mention(at, str(year), False, sub_year, end=end, looks_back=True), end
        if before["year"] and (
            _PLAN_OBJECT.search(text, max(0, at - 16), at) or self._plan_named(at)
        ):  # "triển khai nhiệm vụ năm 2021", "xây dựng kế hoạch phát triển cây dược liệu năm 2017"
            return Mention(at, str(year), False, sub_year, frames_targets=True, end=end), end
        if before["part"] and _FROM_BEFORE.search(text, max(0, at - 6), at):  # "từ tháng 4/2011 đến nay"
            until = _SINCE_END.match(text, end)
            if until is not None and until["now"]:
                return Mention(at, None, False, False, relative=f"since {year}", end=until.end()), until.end()
        if before["part"] and self._document_day(at):  # "Tờ trình số 693/TTr-UBND ngày 7 tháng 12 năm 2025"
            return None, end
        # "..., với quy mô 500 giường, khánh thành tháng 12/2016": the event's month, not the figure's
        if before["part"] and self._event_month(at):
            self._event_years.append(str(year))
            return Mention(at, str(year), False, True, end=end, looks_back=True), end
        if before["year"] and _CHANGE_FROM.search(text, max(0, at - 48), at):
            # "từ 14,44% năm 2005, đến nay đã tăng lên 17,66%": the year of the level a change starts from,
            # that figure's alone -- as a basis, it carries to nothing after it
            return Mention(at, str(year), False, sub_year, end=end), end
        if before["year"] and _COMPARED_WORDS.search(text, max(0, at - 40), at):
            # "bằng 70% so với thời điểm trước dịch năm 2018": the basis, however many words it takes
            return Mention(at, None, False, sub_year, basis_year=year, end=end), end
        if before["year"] and self._contrasted(at):
            # "..., còn năm 2022 chỉ đạt 700 tỷ đồng": the period of its clause's figures, carried no further
            return Mention(at, str(year), False, sub_year, end=end, looks_back=True), end
        if before["horizon"] and _VISION.search(text, max(0, at - 40), at):  # "..., tầm nhìn đến năm 2030"
            return Mention(at, None, False, False, end=end), end
        span = _TERM_END.match(text, end) if before["horizon"] else None
        if span is not None and year < int(span.group(1)) <= year + 20:  # "đến hết năm 2016 - 2020": the term
            return Mention(at, f"{year}-{span.group(1)}", False, False, end=span.end()), span.end()
        if (
            not before["horizon"] and self._at_sentence_head(at) and _GOAL_AFTER.match(text, end)
        ):  # "Năm 2023, huyện phấn đấu ..."
            return Mention(at, str(year), False, sub_year, frames_targets=True, end=end), end
        if before["horizon"] and self._year_end_opens(before, at, end):  # "Ước đến hết năm 2020, ..."
            return Mention(at, str(year), True, sub_year, carry_end=self._paragraph_end(at), end=end), end
        plan = bool(before["horizon"]) and _PLAN_HORIZON.search(before.group()) is not None
        plan = plan and not _RECKONED.search(text, max(0, at - 6), at)
        deadline = bool(before["part"]) and _DEADLINE.search(text, max(0, at - 12), at) is not None
        return Mention(
            at,
            str(year),
            not before["horizon"],
            sub_year or bool(before["part"]),
            frames_targets=plan and self._heads_goals(at, end),
            carry_end=self._carry_end(at, before),
            plan_horizon=plan,
            end=end,
            deadline=deadline,
        ), end

    def _bare_name_or_date(self, year: str, start: int, date: re.Match[str] | None) -> None:
        """Keep ``year``, at ``start`` and named by nothing but a name or a full date (``APEC 2017``, ``ngày
        3/5/2019``; ``date`` its day and month), as a sign of the article's time -- unless it is the day of an
        event (``được thành lập ngày 15/3/1963``: an event's year, see ``_EVENT_YEAR``) or the year in a law's
        name (``Luật Đất đai 2013``), which date no article."""
        text = self.text
        if date is not None and _EVENT_DAY.search(text, max(0, date.start() - 40), date.start()):
            self._event_years.append(year)
        elif (
            date is not None
            or text.find("luật", max(0, start - 48), start) < 0
            or not _LAW.search(text, max(0, start - 48), start)
        ):
            self._bare_years.append(year)

    def _heads_goals(self, at: int, end: int) -> bool:
        """True for a plan's horizon set off before the goals it is for: ``phấn đấu đến năm 2025, tỷ lệ ...
        đạt 99%; ...``, ``Mục tiêu đến năm 2025, ...``, ``Đến năm 2025, phấn đấu ...`` -- it frames the targets
        after it, as ``Năm 2025, tỉnh phấn đấu ...`` would, also those of the sentences that go on listing
        them (``Số trường học đạt chuẩn quốc gia là 300 trường``)."""
        if _SET_OFF_AFTER.match(self.text, end) is None:
            return False
        if _GOAL_BEFORE.search(self.text, max(0, at - 32), at) is not None:
            return True
        return self._at_sentence_head(at) and _GOAL_AFTER.match(self.text, end) is not None

    def _passed_day(self, day_month: str, year: int) -> bool:
        """True when the cut-off date ``day_month`` (``15/5/``) of ``year`` is a day of the year that had
        passed when the article was published: a stock counted then (``tính đến 15/5/2023`` in a June
        article) is part of that year, not a plan for all of it.  The year's last day, or a day after
        the publication month, is still to come."""
        day, month = (int(part) for part in day_month.rstrip("/").split("/"))
        if (day, month) == (31, 12) or self.published_year is None or self.published_month is None:
            return False
        return year < self.published_year or (year == self.published_year and month <= self.published_month)

    def _plan_named(self, at: int) -> bool:
        """True when the year at ``at`` ends the name of a plan being made or carried out: ``xây dựng kế
        hoạch triển khai phát triển cây dược liệu năm 2017``, ``triển khai kế hoạch phát triển kinh tế - xã hội
        năm 2021`` -- the year its targets are for, not one the article reports -- but not a plan a result is
        weighed against (``đạt 105% kế hoạch ... năm 2021``)."""
        named = _PLAN_NAMED.search(self.text, max(0, at - 64), at)
        return (
            named is not None
            and _MEASURED_AGAINST.search(self.text, max(0, named.start() - 40), named.start()) is None
        )

    def _year_end_opens(self, before: re.Match[str], at: int, end: int) -> bool:
        """True for the end of a year opening a sentence as the time of what it counts: ``Ước đến hết năm
        2020, tỉnh thu hút được 1.215 dự án``, ``Tính đến cuối năm 2016, tổng diện tích ... đạt 9.000 ha`` --
        a stock counted (or estimated) at that year's end, of that year as ``Tại thời điểm 31/12/2016`` is, to
        the end of its paragraph; not a plan's horizon (``Đến hết năm 2025, phấn đấu ...``, ``..., đến cuối
        năm 2020 sẽ ...``) nor a year-end named inside a sentence."""
        if _YEAR_END.search(before.group()) is None or _GOAL_AFTER.match(self.text, end) is not None:
            return False
        return _YEAR_END_HEAD.search(self.text, max(0, at - 24), at) is not None

    def _relative_mention(self, token: re.Match[str], sub_year: bool) -> Mention | None:
        """``năm nay``, ``đến nay``, ``trong 5 năm tới``, ``nhiệm kỳ qua``: resolved once the article's year is known."""
        start, end = token.start(), token.end()
        if token["this"]:
            return Mention(start, None, True, sub_year, relative="this", end=end)
        if token["last"] or token["ended"]:  # "giảm 1 tạ so với năm ngoái", "gấp 2 lần năm ngoái": a basis
            if _RELATIVE_BASIS.search(self.text, max(0, start - 12), start):
                return None
            if token["last"]:  # "25 tỷ đồng (năm ngoái đạt 20 tỷ đồng)": the year of what follows it
                return Mention(start, None, False, sub_year, relative="last", end=end, looks_back=True)
            # "có 25.000 ha, riêng năm vừa qua trồng mới 4.000 ha": the year of what follows it; opening a
            # sentence ("Năm qua, huyện thu ...") it frames its paragraph, as "Năm 2020, ..." does -- a review
            # of the year published in March is not of March's year
            head = self._at_sentence_head(start)
            return Mention(
                start,
                None,
                head,
                sub_year,
                relative="ended",
                end=end,
                looks_back=True,
                carry_end=self._paragraph_end(start) if head else _FOREVER,
            )
        if token["now"]:
            if _EVER.search(self.text, max(0, start - 10), start):  # "lớn nhất từ trước đến nay": ever
                return None
            recent = token.group().startswith("những") and not token.group().endswith("đó")
            # "Đến nay, ...", "Tính đến nay ...": the present opening a sentence ends a year carried from before
            resets = token.group() in _UP_TO_NOW and self._at_sentence_head(start)
            return Mention(start, None, resets, sub_year, relative="recent" if recent else "now", end=end)
        if token["coming"]:
            return Mention(start, None, False, False, relative=f"coming {token['years']}", end=end)
        if token["same_term"]:  # "giai đoạn này": the term named before it (see _same_term)
            return Mention(start, None, False, False, relative="same_term", end=end)
        if token[
            "next_term"
        ]:  # "Nhiệm kỳ tới, tỉnh phấn đấu ...", "nghị quyết nhiệm kỳ mới": the term after the one ending, for its goals
            return Mention(start, None, False, False, frames_targets=True, relative="next_term", end=end)
        if token["next"]:  # "Năm tới, tỉnh phấn đấu ...": the year after the one reported, for its goals
            return Mention(start, None, False, False, frames_targets=True, relative="next", end=end)
        if token["past"]:
            years = NUMBER_WORDS.get(token["past_years"], token["past_years"])  # "Năm năm qua": five
            return Mention(start, None, False, False, relative=f"past {years}", end=end)
        if token["ago"]:  # "(cách đây 5 năm mới chỉ đạt 13 triệu đồng)": of its own sentence, as "năm ngoái"
            if _RELATIVE_BASIS.search(self.text, max(0, start - 12), start):
                return None
            return Mention(
                start, None, False, sub_year, relative=f"ago {token['ago_years']}", end=end, looks_back=True
            )
        head = self._at_sentence_head(start)
        return Mention(
            start,
            None,
            head,
            False,
            relative="past_term",
            end=end,
            carry_end=self._paragraph_end(start) if head else _FOREVER,
        )

    def _term(
        self, before: re.Match[str], at: int, year: int, end: int, sub_year: bool
    ) -> tuple[Mention, int]:
        """A term (``giai đoạn 2016-2020``) or a season (``vụ Đông Xuân 2016 - 2017``, ``niên vụ 2019``).

        A season names the period of its sentence (and, without a date, is what the article reports on);
        a term carries only when it opens a sentence (then to the end of its paragraph and the list it
        introduces)."""
        second = _TERM_END.match(self.text, end)
        value = f"{year}-{second.group(1)}" if second and int(second.group(1)) > year else str(year)
        end = second.end() if second and "-" in value else end
        if before["season"]:  # "từ năm học 2018-2019, đảm bảo ...": where a plan starts, not what is reported
            reported = _FROM_BEFORE.search(self.text, max(0, at - 6), at) is None
            return Mention(at, value, False, True, end=end, season=reported), end
        if "-" not in value:
            return Mention(at, value, False, False, end=end), end
        head = self._at_sentence_head(at)
        if head and _GOAL_AFTER.match(self.text, end):  # "Nhiệm kỳ 2020-2025, huyện phấn đấu ...": the goals'
            # term, as "Năm 2023, huyện phấn đấu ..." is the goals' year -- no term the article reports on
            return Mention(at, value, False, False, frames_targets=True, end=end), end
        if head or self._heads_list(at):  # a term broken over two lines ("2011 -\n2016, ...": a scrape's line
            # break) covers the paragraph it goes on into
            return Mention(at, value, True, False, carry_end=self._paragraph_end(end), end=end), end
        party_term = before.group().startswith("nhiệm") and not self._names_congress(at)
        program = _PROGRAM_TERM.search(self.text, max(0, at - 64), at) is not None
        return Mention(at, value, False, False, party_term or program, end=end), end

    def _since(
        self, before: re.Match[str], at: int, year: int, end: int, sub_year: bool
    ) -> tuple[Mention, int]:
        """... but ``từ năm 2011 đến nay`` and ``từ năm 2012 đến năm 2016`` are terms."""
        until = _SINCE_END.match(self.text, end) if before.group().startswith("từ") else None
        if until is None:
            span = _TERM_END.match(self.text, end) if before.group().startswith("từ") else None
            if span is not None and year < int(span.group(1)) <= year + 20:  # "từ năm 2016 - 2019": a term
                return Mention(at, f"{year}-{span.group(1)}", False, False, end=span.end()), span.end()
            return Mention(at, None, False, sub_year, end=end), end
        if _RECORD_SINCE.search(
            self.text, max(0, at - 12), at
        ):  # "cao nhất từ năm 2015 đến nay": a record's span
            return Mention(at, None, False, sub_year, end=until.end()), until.end()
        if until["now"]:  # "từ đầu năm 2017 đến nay": the year so far, the year the article is from
            since = "so_far" if "đầu" in before.group() else "since"
            return Mention(at, None, False, False, relative=f"{since} {year}", end=until.end()), until.end()
        last = int(until["year"])
        if last <= year:
            return Mention(at, None, False, sub_year, end=end), end
        return Mention(at, f"{year}-{last}", False, False, end=until.end()), until.end()

    def _contrasted(self, at: int) -> bool:
        """True when the year at ``at`` is set against the figure before it in its sentence: ``Doanh thu đạt 820
        tỷ đồng, còn năm 2022 chỉ đạt 700 tỷ đồng``, ``..., trong khi năm 2022 là ...`` -- a comparison year,
        the period of the figures its clause gives, never one the article goes on reporting (a contrast that
        opens a sentence, ``Nếu như năm 2020, ...``, frames it as any year opening a sentence does)."""
        contrast = _CONTRAST.search(self.text, max(0, at - 20), at)
        return contrast is not None and not self._at_sentence_head(contrast.start())

    def _at_sentence_head(self, pos: int) -> bool:
        return _SENTENCE_HEAD.search(self.text, max(0, pos - 12), pos) is not None

    def _glosses_opening_count(self, at: int) -> bool:
        """True when the term at ``at`` glosses a count of years opening its sentence, in a bracket (``Trong 3
        năm qua (năm 2015 đến tháng 6.2018), ...``, ``5 năm qua (2016-2020), ...``) or right after the count
        (``Trong 5 năm 2016-2020, ...``): it covers its paragraph, as a term opening the sentence would."""
        opening = self.text.rfind("(", max(0, at - 2), at + 1)
        if opening >= 0:
            counted = _SPAN_GLOSSED.search(self.text, max(0, opening - 64), opening)
        else:
            counted = _COUNT_BEFORE.search(self.text, max(0, at - 4), at)
        head = counted.start() if counted is not None else -1
        return head >= 0 and _COUNT_OPENS.search(self.text, max(0, head - 24), head) is not None

    def _heads_list(self, pos: int) -> bool:
        """True when ``pos`` is on a line that introduces a bulleted list (``Kết quả giai đoạn 2016 - 2020:``)."""
        end = self.text.find("\n", pos)
        return (
            end >= 0
            and self.text[pos:end].rstrip().endswith(":")
            and _LIST_ITEM.match(self.text, end) is not None
        )

    def _paragraph_end(self, pos: int) -> int:
        """The end of the line holding ``pos``, or of the list that line introduces (``...sau:\n- ...``)."""
        end = self.text.find("\n", pos)
        if end < 0:
            return len(self.text)
        if self.text[:end].rstrip().endswith(":"):
            while (item := _LIST_ITEM.match(self.text, end)) is not None:
                end = self.text.find("\n", item.end())
                if end < 0:
                    return len(self.text)
        return end

    def _carry_end(self, at: int, before: re.Match[str] | None) -> int:
        """How far a year sets the context: an event's month (``Tháng 2/2021, UBND ban hành ...``) only
        to its paragraph's end, a year inside brackets (``quyết định 3800 (năm 2018)``, ``(năm 2019 đạt
        86,9%, năm 2018 ...)``) nowhere after it."""
        opening = self.text.rfind("(", max(0, at - 60), at)
        if opening >= 0 and self.text.find(")", opening, at) < 0:
            return at
        if before is not None and before["part"] and "/" in before.group():
            end = self.text.find("\n", at)
            return len(self.text) if end < 0 else end
        return _FOREVER

    def _event_month(self, at: int) -> bool:
        """True when the month at ``at`` dates an event named inside its sentence (``công trình ... đưa vào sử
        dụng từ tháng 12/2016``): like an event's year, it is no period of the figures before it."""
        event = _EVENT_MONTH.search(self.text, max(0, at - 32), at)
        return event is not None and not self._at_sentence_head(event.start())

    def _document_day(self, at: int) -> bool:
        """True when the month at ``at`` is part of the date a numbered document was issued, written out in
        words (``Quyết định số 1234/QĐ-UBND ngày 15 tháng 3 năm 2012``), as ``ngày 15/3/2012`` is read
        (``_DOCUMENT_DATE``): it dates the document, not the figures after it -- years before them at times."""
        day = _DAY_BEFORE.search(self.text, max(0, at - 12), at)
        return (
            day is not None
            and _DOCUMENT_DATE.search(self.text, max(0, day.start() - 48), day.end(1)) is not None
        )

    def _names_congress(self, pos: int) -> bool:
        """True for the term in a congress's name: ``Đại hội ... lần thứ XIV, nhiệm kỳ 2020-2025``."""
        return _CONGRESS.search(self.text, max(0, pos - 40), pos) is not None

    def _set_off(self, mention: Mention) -> bool:
        """True for a time set off by commas before the main clause: ``Được tỉnh hỗ trợ, năm 2017, hợp tác
        xã ...``, ``Tiếp đó, cuối tháng 8/2014, dự án ... được khởi công`` -- it opens that clause as a
        year opening a sentence does."""
        start = mention.start
        return (
            _SET_OFF_BEFORE.search(self.text, max(0, start - 24), start) is not None
            and _SET_OFF_AFTER.match(self.text, mention.end) is not None
        )
