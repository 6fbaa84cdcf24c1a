"""The indicator label: what a column header of the curated table would say (ANNOTATION.md).

A label is built from the figure's clause, each step a rule of the genre:

* the words before the figure name it, once what does not is gone: connectors and preambles at
  the head (``Theo Cục Thống kê,``, ``Hiện nay,``, ``Kết quả,``), places, years and dates, and the
  cue and hedge words next to the figure (``ước đạt``, ``khoảng``);
* a count names what it counts, and the genre puts that after the number, with what was done to
  it before (``Thành phố có thêm 4 xã đạt chuẩn nông thôn mới`` → ``Xã đạt chuẩn nông thôn mới``;
  ``kết nạp 120 đảng viên`` → ``Đảng viên kết nạp``); an area names its crop or land after the
  number too (``222.999 ha lúa`` → ``Diện tích lúa``), and so does any figure whose clause names
  no quantity before it (``cắt giảm 70% kinh phí hội nghị``);
* a share names its part and its whole (``Tỷ trọng vốn ngân sách trong tổng vốn đầu tư``);
* a figure with no words of its own takes them where the genre puts them: a list item after a
  colon from its name, a bracketed amount from the words before the bracket, the next item of an
  enumeration or a bare ``sản lượng`` from the figure before it in the sentence;
* a percentage keeps ``tăng``/``giảm`` (its value is always positive) unless it is a level reached
  (``giảm xuống còn 1,1%``), and a part-year span (``6 tháng``, ``quý I``, ``dịp Tết``) goes at
  the end, since ``period`` holds only the year.

This module holds :class:`Labeller`, which applies those rules to the figures of one article and
keeps the state they share (the previous figure, the article's openings and spans).  What it reads
lives beside it: the words and patterns in ``label_patterns``, the cuts in ``label_trims``, deeds
and agents in ``label_deeds``, spans in ``label_spans``, measures and growth in ``label_measures``,
and the reading of the words before a figure in ``label_before``.
"""

from __future__ import annotations

import re

from desktop.core.extract.clauses import Layout, Sentence
from desktop.core.extract.label_before import (
    _BREAKDOWN,
    _before,
    _cut_phrase,
    _respective_measure,
)
from desktop.core.extract.label_deeds import (
    _CLASSIFIERS,
    _ONE_VERB,
    _OWN_RESULT,
    DEED_WORDS,
    _after_agent,
    _counts_something,
    _deed,
    _deed_done,
    _examples_named,
    _is_action,
    _is_agent,
    _is_agent_verb,
    _is_deed,
    _put_into,
    _served,
    _served_by,
    _verb_at_end,
    _with_doer,
    _with_phrase,
    _without_its_noun,
)
from desktop.core.extract.label_holders import HELD_CLASSES, HELD_MEASURE, held_activity
from desktop.core.extract.label_layout import named_item_start, opens_item, row_words
from desktop.core.extract.label_lookup import (
    agents_end,
    first_quantity,
    has_quantity,
    keys,
    may_end_with_verb,
    quantity_at,
)
from desktop.core.extract.label_measures import (
    _AVERAGE_CHANGE,
    _BARE_GROWTH,
    _BARE_LEVEL,
    _BARE_MEASURE,
    _BARE_OUTPUT,
    _BARE_RATE_WORDS,
    _BRANCH_GROWTH,
    _BRANCH_OPENING,
    _BY_UNIT,
    _CHANGE_EQUIVALENT,
    _EQUIVALENT_WORDS,
    _GOAL_BRACKET,
    _HAD_MEASURE,
    _OUTPUT_OPENING,
    _PER_HEAD_MEASURE,
    _PER_PERIOD,
    _PLAN_CHANGE,
    _PLAN_IN_BRACKET,
    _PLAN_SHORT,
    _REACHED_RATE_OF,
    _SECTOR_GROWN,
    BREAKDOWN_MEASURE_WORDS,
    GOAL_REACH,
    SUBJECT_RATE_WORDS,
    _average_of,
    _change_of,
    _elided,
    _growth_of,
    _holder_names,
    _is_weak,
    _measure_for_unit,
    _measure_of,
    _only_when,
    _owned_level,
    _planned,
    _same_kind,
    _same_measure,
    _sector,
    _structure_name,
)
from desktop.core.extract.label_offices import customs_revenue
from desktop.core.extract.label_patterns import (
    _ABOUT_TOPIC,
    _AFTER_COMMA,
    _AGENT_KEYS,
    _APPOSITION,
    _AREA_VERB,
    _ASIDES,
    _AT_AREA,
    _AT_CURRENT,
    _ATTRACTED,
    _ATTRACTED_TAIL,
    _AUX_BEFORE_CHANGE,
    _AUX_HINT,
    _AVERAGE_HEAD,
    _AVERAGE_TAIL,
    _BARE_BRACKET,
    _BARE_CRITERIA,
    _BARE_GROWTH_WORDS,
    _BARE_RATE,
    _BARE_VERBS,
    _BASIS_AFTER,
    _BASIS_HEAD,
    _BASIS_IN,
    _BRACKET_OPEN,
    _BRACKETED,
    _BRANCH_LEAD,
    _BREAKDOWN_STARTS,
    _CHANGE_BEFORE,
    _CHANGE_NEXT,
    _CHANGE_TAIL,
    _CHANGE_TAIL_WORDS,
    _CHANGE_WORD,
    _CLOSING_QUOTES,
    _COLLECTED,
    _CONTRIBUTED_TO,
    _COUNT_HEAD,
    _COUNTED_HEAD,
    _COUNTED_HEAD_END,
    _CRITERION,
    _CUT_OFF,
    _DANGLING_PERIOD,
    _DATE_WINDOW,
    _DAY_OF_TET,
    _DEMONSTRATIVE,
    _ECONOMY_ITEM_HEAD,
    _ECONOMY_SHORT,
    _ELABORATION,
    _EMPTY_BRACKETS,
    _ENSURED,
    _EQUIVALENT,
    _FOR_ONLY,
    _FOR_TAIL,
    _FRAME_WORDS,
    _FROM_HEAD,
    _FROM_TO,
    _FUNDS,
    _GENERIC_MEASURE,
    _GIVEN_TAIL,
    _GOODS_LIST,
    _GROUP_PLACE,
    _HAD_SHARE,
    _HAS_DIGIT,
    _HAVE_BEFORE,
    _HEADING,
    _HELPED,
    _IN_A_NAME,
    _INCOME_ASIDE,
    _ITEM_NAME,
    _ITEM_PREDICATE,
    _ITEMS_OPEN,
    _ITEMS_WORD,
    _JOBS_DEED,
    _JOINED,
    _JOINED_BY,
    _LAST_AUX,
    _LEADING_JUNK,
    _LEADING_MEASURE,
    _LEADING_QUANTITY,
    _LEADING_RATE,
    _LEADS_IN,
    _LENGTH_OF,
    _LEVEL_REACHED,
    _LIST_HEAD,
    _LIST_HEAD_STARTS,
    _LIST_SPLIT,
    _LONE_MEASURE,
    _MANNER,
    _MARKER_STARTS,
    _MEASURE_ONLY,
    _MEMBER_HEAD,
    _MORE_NOUNS,
    _MOVED_SHARE,
    _NAMED_PLACES,
    _NAMED_SECTOR_WORDS,
    _NAMED_SHARE,
    _NEXT_ITEM,
    _NEXT_RANKED,
    _NEXT_RATE_ITEM,
    _NEXT_SHARE,
    _NEXT_SIBLING,
    _NOT_A_GROUP,
    _NOT_A_TOPIC,
    _NOT_A_TOPIC_HEAD,
    _NOT_A_WHOLE,
    _NOT_OBJECTS,
    _NOT_SAME_CLAUSE,
    _OF_PLAN,
    _OF_TAIL,
    _ON_THE_AREA,
    _ONLY_CHANGE,
    _OPENING_BREAKS,
    _OPENING_QUOTES,
    _OPENS_PART,
    _OTHER_YEAR_CHANGE,
    _OWNED_SHARE,
    _OWNER,
    _PAID_MONEY,
    _PASSIVE,
    _PASSIVE_DEED,
    _PEOPLE,
    _PHRASE_END,
    _PLACE_NOUNS,
    _PLACE_PREPOSITION,
    _PLACE_TAIL,
    _PLACES_LISTED,
    _PLAN_AFTER,
    _PLAN_BRACKET,
    _PLOTS,
    _POINTED,
    _PREDICATE_CUT,
    _PREDICATE_HEAD,
    _PREVENTS,
    _PRODUCT,
    _RANK,
    _RATE_HEAD,
    _RATE_NAMED,
    _RATE_TAIL,
    _REACHED_RATE,
    _RECEIVED,
    _RESULT_HEAD,
    _SAID_SHARE,
    _SAID_SHARE_HEAD,
    _SAME_PERIOD_HEAD,
    _SCALE,
    _SCENARIO,
    _SECTOR_SAID,
    _SECTOR_SUBJECT,
    _SET_OUT,
    _SHARE_HEAD,
    _SHARE_ITEM,
    _SHARE_OPENING,
    _SHARE_TAIL,
    _SHARE_WHOLE_HEAD,
    _SHARED,
    _SHARED_HEAD,
    _SHARES_RUN,
    _SOURCE_HEAD,
    _SPACES,
    _SPAN,
    _SPENT,
    _STOCK,
    _STOCK_HAD,
    _STRUCTURE,
    _STRUCTURE_BRANCHES,
    _STRUCTURE_NAMED,
    _SUBJECT_END,
    _SUM_ONLY,
    _THIS_END,
    _THIS_SCENARIO,
    _TI,
    _TITLE_THING,
    _TOPIC_HEAD,
    _TOPIC_OPENER,
    _TOTAL,
    _TOTAL_PART,
    _UNMENTIONED,
    _VERB_FIRST,
    _VISITORS_SERVED,
    _WHOLE_COUNT,
    _WHOLE_FIRST,
    _WITH_AMOUNT,
    _WITH_MEASURE,
    _WITH_ONLY,
    _WORKERS,
    _YEAR_BETWEEN,
    AFTER_CHARS,
    BENEFICIARY_WORDS,
    BRACKET_NOUN_WORDS,
    CRITERIA_REACH,
    DEED_REACH,
    FALLBACK_REACH,
    HEAD_CHARS,
    JOBS_REACH,
    LEAD_CHARS,
    LIST_HEAD_CHARS,
    LIST_REACH,
    MAX_CHARS,
    NAME_WORDS,
    OPENING_REACH,
    OPENS_PART_REACH,
    OTHER_YEAR_REACH,
    PARAGRAPH_FIGURES,
    PARALLEL_WORDS,
    PLAN_REACH,
    RATE_ITEMS,
    SHARE_PART_WORDS,
    SPAN_LEAD,
    SPAN_REACH,
    SPAN_WORD,
    STRUCTURE_REACH,
    TITLE_CHARS,
    TOPIC_MENTIONS,
    TOPIC_PARAGRAPHS,
    TOPIC_REACH,
    TOPIC_READ,
    TOPIC_WORDS,
    WITH_CHARS,
    _bare_count,
    _done_to,
    _last_noun_phrase,
    _repeats_noun,
)
from desktop.core.extract.label_scope import SCOPE_LEAD, sentence_scope, with_scope
from desktop.core.extract.label_spans import (
    _BASIS_YEAR,
    _CUT_OFF_MONTH,
    _MONTH_OF_YEAR,
    _NOT_THE_MONTH,
    _REST_OF_YEAR,
    _SINCE_YEAR,
    _SPAN_OPENER,
    _SPAN_TAIL,
    _SPAN_YEAR,
    _SPELLED_MONTHS,
    _YEAR_EDGE,
    _another_year,
    _ending_with,
    _holiday_text,
    _month_in_figures,
    _window_text,
)
from desktop.core.extract.label_stretch import (
    SAID_RATE_REACH,
    amount_of_share,
    counted_share,
    cumulative_of,
    farmed_object,
    goes_on_ranking,
    in_closed_aside,
    is_site,
    market_of,
    next_ranked,
    respective,
    respective_run,
    seized_item,
    site_before,
    summed_to_now,
    traded_goods,
    without_asides,
    without_cause,
    without_moment,
)
from desktop.core.extract.label_trims import (
    _OWN_AREA,
    _PLURAL_HEAD,
    _PRODUCT_BEFORE,
    _after_aside,
    _after_last_figure,
    _after_noun,
    _could_be_topic,
    _count_in_head,
    _first_item,
    _joined,
    _parallel,
    _strip_tail,
    _tail,
    _without_doer,
    _without_marker,
    _without_measure,
    _without_next_clause,
    _without_place,
    _without_rate_unit,
    _without_said,
    _without_superlative,
    lower_first,
    without_speaker,
)
from desktop.core.extract.label_words import (
    AREA_UNITS,
    GENERIC_COUNT_NOUNS,
)
from desktop.core.extract.locality import Localities
from desktop.core.extract.spans import Figure
from desktop.core.taxonomy import unit_class


class Labeller:
    """Labels of the figures of one article, in text order (the previous figure lends its words)."""

    def __init__(self, text: str, low: str, layout: Layout, localities: Localities) -> None:
        self.text = text
        self.low = low
        self.layout = layout
        self.localities = localities
        self._sentence = -1  # start of the sentence of the last label
        self._previous = ""  # the last label given in that sentence
        self._previous_verb = ""  # the last verb of a count in it (``ban hành``), for the items of its list
        self._previous_unit: str | None = None  # the base unit of the last figure labelled in it
        self._previous_amount = ""  # the last label of an amount (not a percentage) in it
        self._previous_core = ""  # the words before the last figure, its label was cut from
        self._verb_clause = -1  # the clause of the last verb
        self._verb_end = -1  # the end of the last figure that had that verb
        self._subject = ""  # the head of the list the sentence enumerates (``Giá trị sản xuất``)
        self._consumed = -1  # where the words after the last figure that its label took end
        self._last_end = -1  # where the last figure labelled ends
        self._last_before = -1  # where the figure before this one ends
        self._named_before: tuple[str, str, int] = ("", "", -1)  # the last label, its figure's unit and end
        self._by_class: dict[str, tuple[str, int]] = {}  # the last label of each class of unit, and its end
        self._deed: tuple[str, int] = ("", -1)  # a count named by what was done for it, and its end
        self._serves: tuple[str, int] = ("", -1)  # what was made for a count, and the count's end
        self._done_for: tuple[str, int] = ("", -1)  # what was done for a count (``được kiểm tra``), its end
        self._sector: tuple[str, int] = ("", -1)  # the sector a count of a breakdown is of, and its end
        # the measure a breakdown (``ở khu vực kinh tế nhà nước``) was given of, its unit class, its paragraph
        self._broken_down: tuple[str, str, int] = ("", "", -1)
        self._told: tuple[str, str | None] = ("", None)  # the verb of the sentence before, and its unit
        self._detailed: tuple[int, str] = (-1, "")  # a sentence and the span of the one before it details
        self._frame: tuple[str, int, int] | None = (
            None  # the holiday or window framing the article, and its reach
        )
        self._lead: tuple[str, int] | None = None  # the part of the year the lead reports on, and its reach
        self._said: list[tuple[int, str]] = []  # the end and label of each figure of the sentence so far
        self._holiday: tuple[str, int] = ("", -2)  # the last holiday span given, and its paragraph
        self._items: tuple[str, int, str] = ("", -1, "")  # a list's subject, its sentence and unit
        self._scope: tuple[int, str, int] = (-1, "", -1)  # a sentence, the part it singles out, its end
        self._customs = "hải quan" in low  # a customs office may collect the budget revenue reported
        self._scenarios = "kịch bản" in low or "phương án" in low
        self._table = "|" in text  # rows of a table flattened to ``|`` cells
        self._seizures = "giữ:" in low or "tịch thu:" in low  # a list of what was seized
        self._whole_year = "cả năm" in low  # the whole year, said against a part of it
        self._respectively = "tương ứng" in low  # a run of figures said respectively
        # a cut-off day at a month's end or middle
        self._month_ends = "hết tháng" in low or "cuối tháng" in low or "giữa tháng" in low
        self._paragraph: list[tuple[int, str]] = []  # the end and label of the last few figures
        self._openings: dict[int, str | None] = {}  # the span each sentence opens with, by its start
        self._years_named: dict[tuple[int, bool], bool] = {}  # whether each sentence names a year (its own)
        self._title: str | None = None  # what the title says the article is about, read when first asked
        # the article's spelling of the rate words a label adds (``Tỉ trọng``, ``Tỉ lệ``)
        spellings = _TI.findall(low) if "tỉ " in low else []
        self._ti = {
            word for word in ("lệ", "trọng") if spellings.count(f"tỉ {word}") > spellings.count(f"tỷ {word}")
        }

    def label(self, figure: Figure, region_start: int, clause_end: int, sentence: int) -> str:
        """The label of ``figure``, whose clause words before it start at ``region_start`` in the
        sentence that starts at ``sentence``."""
        start = figure.start
        if sentence != self._sentence:
            self._told = (self._previous_verb, self._previous_unit) if self._previous_verb else ("", None)
            self._sentence, self._previous, self._previous_verb, self._subject = sentence, "", "", ""
            self._previous_unit, self._previous_amount, self._previous_core = None, "", ""
            self._said = []
        if region_start < self._consumed <= start:
            region_start = self._consumed
        if self._table and self.text.find("|", line := self.text.rfind("\n", 0, start) + 1, start) >= 0:
            region_start = line  # a table row: each figure of it is named by the row's name cell
        elif self.text[region_start - 1 : region_start] == ":":  # ``- Trâu: 5.200 con``: the item's name
            floor = max(
                sentence,
                self.text.rfind("\n", 0, start) + 1,
                self.text.rfind(";", 0, region_start) + 1,
                self.text.rfind(":", 0, region_start - 1) + 1,
            )
            item = named_item_start(self.text, floor, region_start, start)
            if item >= 0 and not self.localities.spans(item, region_start):  # a place's item is no name
                region_start = item
        label, verb, consumed, core = self._compose(figure, region_start, clause_end)
        if "thời điểm" in label:
            label = without_moment(label)  # ``Tổng dân số vào thời điểm 0 giờ``: the count's date
        amount, amount_end = self._by_class.get("money", ("", -1))
        if figure.is_percent and amount and amount_end >= sentence:
            other = _OTHER_YEAR_CHANGE.search(self.low, max(0, start - OTHER_YEAR_REACH), start)
            if (
                other
            ):  # ``đạt 9.210 tỷ đồng, tăng 5,4% (năm 2022 tăng 6,6%)``: the amount's change, another year
                label = _change_of(amount, other[1])
        if consumed > 0 and label[:6].lower() == "hỗ trợ" and self.low.startswith(" cho ", consumed):
            # ``hỗ trợ 6,5 triệu đồng/ha tiền giống cho các vùng sản xuất tập trung``: who gets it
            phrase, length = _cut_phrase(
                self.text[consumed + 5 : min(clause_end, consumed + 5 + AFTER_CHARS)]
            )
            if phrase:  # the beneficiary's noun phrase, not what is said of it after (``gắn với ...``)
                phrase = " ".join(phrase.split()[:BENEFICIARY_WORDS])
                label, consumed = f"{label} cho {phrase}", consumed + 5 + length
        if (
            label.lower() in ("", "tổng")
            and self._last_end >= 0
            and figure.shape == "money"
            and _SUM_ONLY.fullmatch(self.low, region_start, start)
            and not self.layout.crosses_hard_boundary(self._last_end, start)
        ):
            # the amount of what was done for the count before: ``giải ngân vốn vay cho 162 người với số
            # tiền 59,8 tỷ đồng``, ``giảm vốn 26 dự án, hơn 1.569 tỷ đồng``; a total of it keeps its words
            # (``với tổng số tiền 2 tỷ đồng`` → ``Tổng số tiền xử phạt``), never ``Tổng`` alone
            total = label
            if self._deed[1] == self._last_end:
                label = self._deed[0]
            elif unit_class(self._previous_unit or "") == "count":
                deed = _after_noun(self._previous, self._previous_unit or "")
                label = deed if _is_deed(deed) else ""
            if total and label:
                label = f"Tổng số tiền {lower_first(label)}"
            label = label or total
        if (
            self._serves[1] == self._last_end >= 0
            and figure.shape == "count"
            and label
            and _NEXT_ITEM.fullmatch(self.low, self._last_end, start)
            and not label.startswith(self._serves[0])
        ):  # ``... cho 800 bệnh nhân và 2.000 người cách ly``: made for the next item too
            label = f"{self._serves[0]} cho {lower_first(label)}"
        if (
            self._done_for[1] == self._last_end >= 0
            and figure.shape == "count"
            and label.lower() == figure.quantity.base_unit.lower()
            and _NEXT_ITEM.fullmatch(self.low, self._last_end, start)
        ):  # ``kiểm tra đối với 40 đảng viên và 5 tổ chức đảng``: done for the next item too
            label = f"{label} {self._done_for[0]}"
        if figure.shape == "count" and label and _without_its_noun(label, figure.quantity.base_unit):
            label = f"{figure.quantity.base_unit} {lower_first(label)}"  # ``giảm vốn 26 dự án`` → ``Dự án giảm vốn``
        elif figure.shape == "count" and label[-4:] == " vào" and (into := _put_into(label, figure)):
            label = into  # ``rót vốn vào 37 tỉnh``: those counted are what the deed went into
        if not figure.is_percent and self.low.startswith("từ ", max(0, start - 3)):
            label = self._level_from(label, start)
            if figure.shape == "count" and label.lower() == figure.quantity.base_unit.lower():
                label = _owned_level(label, core)  # ``khối đoàn thể giảm từ 81 phòng``: whose they are
        elif not figure.is_percent and self._said and self.low.rfind(" từ ", max(0, start - 60), start) >= 0:
            label = self._level_to(label, figure, start)
        if figure.is_percent and self._said and self.text[start - 8 : start].rfind("(") >= 0:
            label = self._rate_of_count(label, figure, start)
        if figure.is_percent and self._said and _REACHED_RATE.search(self.low, max(0, start - 20), start):
            label = self._rate_reached(label, start)
        if figure.shape == "count" and self._said and label[-5:] in (" tăng", " giảm"):
            label = self._grown_count(label, figure.quantity.base_unit, start)
        if figure.shape == "count" and label.lower() in _bare_count(figure.quantity.base_unit):
            label = self._noun_subject(label, figure.quantity.base_unit, sentence, start)
            if label.lower() == figure.quantity.base_unit.lower():
                label = self._counted_in_head(label, sentence, start)
        sector = ""
        if figure.is_percent and label[-2:] == " +":
            label = f"{label[:-2]} tăng"  # ``công nghiệp +11,1%``: the sign says the change
        if figure.is_percent and (label[-5:] == " tăng" or label[:3].lower() == "giá"):
            label = _growth_of(label)
        if (
            figure.is_percent
            and label[-5:] == " tăng"
            and _SECTOR_GROWN.match(label)
            and not self._of_index(sentence, start)
        ):
            label = f"Tăng trưởng {lower_first(label[:-5])}"  # ``ngành công nghiệp chế biến tăng 17%``
        if not label or label[0].isdigit():  # never a figure's own words for a name
            label = self._sentence_head(sentence, start, figure.is_percent) or self._fallback(figure)
        elif len(label) == 3 and label.capitalize() in _BARE_VERBS:
            label = self._object_of(label.lower(), sentence) or label
        elif (
            self._named_before[0]
            and _POINTED.match(label)
            and _DEMONSTRATIVE.search(self.low, sentence, start)
        ):
            # ``Đây là kết quả thấp nhất (năm 2019 đạt 86,94% dự toán ...)``: the figure before, in other years
            previous, unit, _ = self._named_before
            if unit_class(unit) == unit_class(figure.quantity.base_unit):
                label = previous
            elif figure.is_percent and (change := _CHANGE_WORD.search(label.lower())):
                label = f"{previous} {change.group()}"  # ``Chỉ tiêu này tương đương mức tăng 3%``: its change
        elif not figure.is_percent and (sector := self._sector_of_item(start, label)):
            label = f"{label} {sector}"  # ``ngành xây dựng có 538 doanh nghiệp, vốn đăng ký 7.845 tỷ đồng``
        elif not figure.is_percent and self._of_the_count(start, label):
            # ``91 dự án điều chỉnh tăng vốn với tổng vốn đầu tư 346 triệu USD``: the amount is the count's
            counted = lower_first(_COUNT_HEAD.sub("", self._previous, count=1))
            counted = counted[head.end() :] if (head := _LEADING_MEASURE.match(counted)) else counted
            if unit_class(figure.quantity.base_unit) in HELD_CLASSES and (
                (held := held_activity(counted, label)) is not None
            ):
                counted = held  # ``40 hộ trồng cam với diện tích 20 ha``: the area is of the oranges grown
            if (
                counted and counted.lower() not in label.lower()
            ):  # ``40 hộ trồng cam với diện tích 20 ha`` named it already
                label = f"{label} {counted}"
        if (
            figure.is_percent
            and self._said
            and _BARE_RATE.match(label)
            and self._previous_unit
            and unit_class(self._previous_unit) == "count"
            and self._previous_unit.lower() not in label.lower()
            and not has_quantity(label[6:].lower())
            and not _counts_something(label[6:])
        ):  # ``5/6 khu công nghiệp được đầu tư hạ tầng, tỷ lệ lấp đầy đạt 59,8%``: the rate of those counted
            label = f"{label} {self._previous_unit}"
        if not figure.is_percent and self._previous_amount and self.text[start - 2 : start].strip() == "(":
            plan = _PLAN_BRACKET.search(self.text, max(0, start - PLAN_REACH), start)
            if (
                plan
            ):  # ``đạt 66,7% chỉ tiêu Bộ Tài chính giao (67.000 tỷ đồng)``: the plan of the amount before
                parts = (plan[1].capitalize(), lower_first(self._previous_amount), plan[2].strip())
                label = " ".join(w for w in parts if w)
        if not figure.is_percent and self._said and (deed := self._sibling_deed(label, figure)):
            label = f"{label} {deed}"  # ``khu vực nhà nước xuất khẩu 1.200 triệu USD; khu vực FDI 12.644``
        if not figure.is_percent and _LONE_MEASURE.match(label.lower()):
            # ``khu vực Bãi Khem với quy mô 15 ha``: the site said with it, else the thing the figure before named
            floor = max(
                sentence,
                self._last_end,
                self.low.rfind(";", sentence, start) + 1,
                self.low.rfind(":", sentence, start) + 1,
            )
            # (the figure before counted sites: ``1 dự án dệt nhuộm vào khu công nghiệp A, với số vốn``)
            counted_sites = self._said and is_site(self._previous_unit or "")
            thing = ("" if counted_sites else site_before(self.text[floor:start])) or (
                self._measured_before(start) if self._said else ""
            )
            if (
                thing
                and unit_class(figure.quantity.base_unit) in HELD_CLASSES
                and (held := held_activity(thing, label)) is not None
            ):
                thing = held  # ``91 xã sản xuất rau với diện tích 3.500 ha``: the area is of the rau grown
            if thing:  # ``Tuyến cao tốc ... dài 144 km, quy mô 4 làn xe``: the thing the clause is about
                label = f"{label} {_without_said(thing, label)}"
        self._last_before = self._last_end if self._last_end <= start else -1
        self._consumed, self._last_end = consumed, figure.end
        if self._previous and " " in label and label.count(" ") <= 2 and _HAS_DIGIT.search(label):
            label = _elided(label, self._previous)
        if (
            "/" in label
            and unit_class(figure.quantity.base_unit) == "area"
            and _SCALE.search(label)
            and "diện tích" not in label.lower()
        ):
            label = f"Diện tích {lower_first(label)}"  # ``tỷ lệ 1/2.000 hơn 139.967 ha``: a scale, no rate
        if figure.is_percent and "trọng" in label and (moved := _MOVED_SHARE.search(label)):
            label = f"Tỷ trọng {label[moved.end() :]}"  # ``giảm tỷ trọng X (từ 47% xuống 44%)``
        elif figure.is_percent and self._said and self._listed_share(label):
            label = f"Tỷ trọng {lower_first(label)}"  # ``tăng tỷ trọng X (...) và khu vực dịch vụ (từ 31%``
        if figure.is_percent and self._named_before[1] == "%" and not has_quantity(label.lower()):
            label = self._parallel_rate(start, label)
        if (
            self.text[start - 2 : start].strip() == "("
            and (respective := self.low.rfind("lần lượt là ", sentence, start)) > sentence
            and self.low.find(";", respective, start) < 0
        ):
            # ``05 địa phương có kim ngạch nhập khẩu cao nhất lần lượt là A (40 tỷ USD), B (26 tỷ USD)``:
            # each item is a place the measure said before ``lần lượt`` is of
            label = _respective_measure(self.text[sentence:respective]) or label
        if label[:2].lower() in ("vớ", "đố", "ch", "tr"):
            label = _LEADING_JUNK.sub("", label, count=1)
        elif (
            label[:2].lower() in ("ma", "đe", "dẫ")
            and (result := _RESULT_HEAD.match(label))
            and quantity_at(keys(label[result.end() :]), 0)
        ):
            label = label[result.end() :]  # ``..., mang lại giá trị tăng thêm 1 tỷ đồng``: the quantity
        if label[:2].lower() in _MARKER_STARTS:
            label = _without_marker(label, figure.quantity.base_unit)
        if (
            label.lower() in ("tổng số", "tổng")
            and figure.shape == "count"
            and self._said
            and self._previous_unit == figure.quantity.base_unit
        ):
            # ``nhân viên đã tăng 1.500 người (trên tổng số 8.000 người)``: the whole of those counted before
            # (of what grew, or of the noun alone: ``120 xã đạt chuẩn trên tổng số 150 xã``)
            aux = _AUX_BEFORE_CHANGE.search(self._previous) or _CHANGE_TAIL.search(self._previous)
            whole = lower_first(self._previous[: aux.start()]) if aux else figure.quantity.base_unit
            label = f"Tổng số {whole}"
        if " ," in label:
            label = label.replace(" ,", ",")  # a place or a span taken from before its comma
        if " dự kiến " in label:
            label = label.replace(
                " dự kiến ", " ", 1
            )  # ``dự kiến trao ... 68 dự án``: a cue, the kind says it
        if not figure.is_percent and (share := _SAID_SHARE_HEAD.match(label)):
            # ``... chiếm 15% (56,23 triệu USD)``: the amount of the part, not its share
            label = share[1][:1].upper() + share[1][1:]
        if " nhưng " in label and has_quantity(after := label.rsplit(" nhưng ", 1)[1]):
            label = after  # ``lượng khách đến rất đông nhưng giá phòng nghỉ tăng 10%``: the clause after
        if label[-1:] in _CLOSING_QUOTES and not any(q in label for q in _OPENING_QUOTES):
            label = label[
                :-1
            ].rstrip()  # ``... tổng diện tích treo ao” 53 ha``: the end of a quote, not a name
        if "phòng" in label:
            label = _PREVENTS.sub(r"\1", label)  # ``tiêm vắc-xin phòng, chống Covid-19``: its purpose goes
        if " như " in label:
            label = _examples_named(label)
        if "thứ " in label or "hạng " in label:
            label = self._ranked(label, figure, sentence)
        elif label[:4].lower() == "tiếp" and _NEXT_RANKED.fullmatch(label):
            # ``...; tiếp đến là Tây Ninh với 8 tỷ USD``: the ranking goes on, of the same measure
            previous, end = self._by_class.get(unit_class(figure.quantity.base_unit), ("", -1))
            label = previous if previous and end >= sentence else label
        if " nhất" in label or label[:5] == "Nhiều":
            label = _without_superlative(label)  # ``xuất khẩu sang Mỹ, thị trường lớn nhất``: a rank
        if "," in label:
            label = _without_next_clause(label)  # ``Lượt khách du lịch, thu hút``: the next clause's words
        if " được " in label or " bị " in label:
            label = _without_doer(label)  # ``Giá cá được các thương lái thu mua``: who bought it
        if figure.shape == "money" and _SPENT.match(label) and not _FUNDS.search(label):
            label = (
                f"Vốn {lower_first(label)}"  # ``huy động từ doanh nghiệp đạt 574 tỷ đồng``: the funds raised
            )
        if figure.is_percent and label in ("GRDP", "GDP", "grdp", "gdp"):
            label = f"Tăng trưởng {label.upper()}"  # ``GRDP giai đoạn 2016-2020 đạt 7,1%``: its growth
        if label[:2].lower() in _BREAKDOWN_STARTS:
            label = self._of_breakdown(label, figure)
        if label[:2].lower() == "cù" and self._previous and (same := _SAME_PERIOD_HEAD.match(label)):
            # ``GRDP ước tăng 5,29% (cùng kỳ năm trước tăng 4,58%)``: the same measure a year before
            tail = label[same.end() :]
            if self._previous[:12] == "Tăng trưởng " and tail[-5:] == " giảm":
                label = f"{self._previous[12:13].upper()}{self._previous[13:]}{tail}"  # a fall is no growth
            else:
                if self._previous[:12] == "Tăng trưởng ":
                    tail = _CHANGE_TAIL.sub("", tail)  # a growth already says its change
                label = f"{_measure_of(self._previous, tail)}{tail}"
        if self._previous and (plan := _PLAN_CHANGE.fullmatch(label)):
            label = _planned(self._previous, plan)  # ``GRDP tăng 7,5% (kế hoạch tăng 7%)``
        elif (
            self._previous
            and self._last_before >= 0
            and (planned := _PLAN_IN_BRACKET.search(self.low, self._last_before, start))
            and _same_measure(self._previous_unit, figure.quantity.base_unit)
        ):
            # ``tỷ lệ hộ nghèo đạt 3,07% (KH 3,2%)``: the plan of what the figure before measured (and of
            # its change: ``tăng 10,9% (KH cả năm 9,5%)``), for the year when it says so
            whole = " cả năm" if "cả năm" in planned[0] else ""
            plan_change = (
                f" {planned[1]}" if planned[1] and not _CHANGE_WORD.search(self._previous.lower()) else ""
            )
            named = "Mục tiêu" if "mục tiêu" in planned[0] else "Kế hoạch"
            if whole or not _PLAN_SHORT.match(planned[0]):
                label = f"{named} {lower_first(self._previous)}{plan_change}{whole}"
            else:  # ``(KH 3,2%)``: the plan column of the figure before, its kind says it is a plan
                label = f"{self._previous}{plan_change}"
        if self._previous and label[:2].lower() in ("bì", "tr") and _AVERAGE_CHANGE.fullmatch(label.lower()):
            # ``tỷ lệ hộ nghèo còn 4,2%, bình quân giảm 1,5%/năm``: the average change of the figure before
            label = _average_of(self._previous, label)
        if (
            figure.is_percent
            and label[:2].lower() in ("mứ", "tố")
            and (growth := _BARE_GROWTH.fullmatch(label))
        ):
            label = self._growth_of_amount(growth, sentence)
        elif figure.is_percent and label[:2].lower() in ("tỷ", "tỉ"):
            label = self._rate_of_subject(label, figure, region_start)
        elif not figure.is_percent and label.lower().endswith(_EQUIVALENT_WORDS):
            label = self._equivalent_change(label, figure, sentence)
        elif not figure.is_percent and self.text[start - 30 : start].rfind("(") >= 0:
            label = self._goal_of_amount(label, figure, sentence)
        if figure.is_percent and (label[:14].lower() == _STRUCTURE or label.endswith(f" trong {_STRUCTURE}")):
            label = self._structure_part(label, figure)  # (the figure before's share, borrowed, too)
        if (
            figure.is_percent
            and self.low.find("cơ cấu", sentence, start) >= 0
            and (structure := _STRUCTURE_NAMED.search(self.low, sentence, start))
        ):
            label = self._economy_share(label, sentence, start, _structure_name(structure[1]))
        if label.endswith(_AT_CURRENT) and self.low.find("hiện hành", region_start, start) < 0:
            label = label[: -len(_AT_CURRENT)]  # ``..., theo giá so sánh đạt 90 nghìn tỷ``: the measure only
        if label[:10].lower() == "thực hiện " and label[10:].strip():
            label = label[10:]  # ``thực hiện giải ngân``: the light verb names nothing, what is done does
        if "góp phần" in label.lower() and (helped := _HELPED.search(label)):
            # ``góp phần tăng trưởng kinh tế chung``: what it helps is what is measured; ``..., góp phần
            # nâng độ che phủ``: what the figure did after it is not
            label = label[helped.end() :] if helped.start() == 0 else label[: helped.start()]
        if label[-3:] == " ra" and (set_out := _SET_OUT.search(label)):
            label = label[: set_out.start()]  # ``kế hoạch đề ra``: that it was set names nothing measured
        if (
            label[-4:] == " này"
            and (this := _THIS_END.search(label))
            and " " in label[: this.start()].strip()
        ):
            label = label[: this.start()]  # ``năng suất lúa vụ Đông Xuân này``: the one the text means
        if figure.is_percent and (whole_part := _TOTAL_PART.match(label)):
            label = label[: whole_part.end(1)] + label[whole_part.end() :]  # a part is no total
        if figure.is_percent and label[:5].lower() == "được ":
            label = f"Tỷ lệ {label}"  # ``được hưởng 50% khoản thu``: the rate of what is got, by its noun
        if "/người" in figure.quantity.base_unit and _PER_HEAD_MEASURE.fullmatch(label):
            label = f"{label} bình quân đầu người"  # ``GRDP đạt 94 triệu đồng/người``: the unit says per head
        label = label[:1].upper() + label[1:]
        if (
            figure.is_percent
            and (label[:9] == "Tỷ trọng " or label[-15:] == " chiếm tỷ trọng")
            and (owned := self._owner_share(label))
        ):
            label = owned  # ``Nhật Bản chiếm 14,1% tổng vốn đầu tư``: the share of Nhật Bản's capital
        label = self._restretched(label, figure)
        if label[-3:] in ("uôi", "ồng", "hác", "bắt"):
            label = farmed_object(label, self.text[sentence:start])  # ``sản lượng nuôi`` of what
        if (
            self._seizures
            and not figure.is_percent
            and (seizure := self.layout.list_head(self.layout.sentence_at(start), start))
            and opens_item(self.low, max(seizure[1] + 1, self.low.rfind(";", seizure[1], start) + 1), start)
        ):
            label = seized_item(label, self.text[seizure[0] : seizure[1]])  # ``thu giữ: ...; 800 gam heroin``
        if "im ngạch " in label[:20]:
            label = market_of(label)  # ``Kim ngạch xuất khẩu Hàn Quốc``: the market it went to
        if label[:3] == "Tỷ " and self._ti and label[3:].split(" ", 1)[0] in self._ti:
            label = "Tỉ" + label[2:]
        self._previous, self._previous_unit = label, figure.quantity.base_unit
        self._said.append((figure.end, label))
        self._named_before = (label, figure.quantity.base_unit, figure.end)
        self._by_class[unit_class(figure.quantity.base_unit)] = (label, figure.end)
        if (
            self._told[0]
            and not verb
            and not sector
            and _same_measure(self._told[1], figure.quantity.base_unit)
        ):
            told = self._told[0]
            if (
                told.lower() not in label.lower()
                and _ELABORATION.match(self.low, sentence)
                # ``Trong đó: công nghiệp chế biến tăng 9,2%``: an item that says its own change needs no deed
                and label[-5:] not in (" tăng", " giảm")
                and not _OWN_RESULT.search(
                    label
                )  # ``1 chỉ tiêu chưa đạt kế hoạch``: nor one that says its result
            ):
                label = f"{label} {told}"  # ``... đã xuất khẩu 485 tấn hạt giống. Trong đó, lúa 250 tấn``
        self._previous_amount = self._previous_amount if figure.is_percent else label
        self._previous_core = core
        if label[:2].lower() in _LIST_HEAD_STARTS:
            head = _LIST_HEAD.match(label.lower())
            self._subject = label[: head.end()] if head else self._subject
        if verb:
            self._previous_verb, self._verb_clause = verb, self.layout.clause_start(start)
            self._verb_end = figure.end
            if figure.shape == "count" and self._deed[1] != figure.end:
                self._deed = (verb, figure.end)  # ``giải ngân cho 22.270 lượt khách hàng với số tiền ...``
        basis = (
            _BASIS_AFTER.match(self.low, figure.end)
            if self.low.startswith(" so", figure.end) and (figure.is_percent or _CHANGE_WORD.search(label))
            else None
        )
        if basis is not None and self._other_basis(basis, start):
            if label[-10:] in (" giảm giảm", " tăng tăng"):
                label = label[:-5]  # ``thực giảm 2.708 ha ... và giảm 7.707 ha``: the change said once
            label = f"{label} {self.text[basis.start(1) : basis.end()]}"  # ``tăng 9% so với tháng trước và 12% so với cùng kỳ``
        of_plan = _OF_PLAN.match(self.low, figure.end) if figure.is_percent else None
        if of_plan is not None and not has_quantity(label.lower()):
            label = self._plan_object(of_plan.end(), clause_end) or label  # ``đạt 85% dự toán thu ngân sách``
        if (
            of_plan is not None
            and label[-5:] in (" tăng", " giảm")
            and not _CHANGE_WORD.search(self.low, region_start, start)
        ):
            label = label[:-5]  # ``(năm 2019 đạt 86,94% dự toán)``: the change was the figure before's
        if of_plan is not None and not _RATE_NAMED.match(label.lower()):
            label = (
                f"Tỷ lệ {lower_first(label)}"  # ``thu nội địa đạt 77% dự toán``: the share of the plan done
            )
        if of_plan is not None and "toán" in of_plan[0] and "dự toán" not in label.lower():
            label = f"{label} so với dự toán"  # a budget's execution is measured against its estimate
        plan = (
            _PLAN_AFTER.match(self.text, figure.end, clause_end)
            if self.low.startswith(" theo", figure.end)
            else None
        )
        if plan and label and plan.group(1).lower()[5:] not in label.lower():
            label = f"{label} {plan.group(1)}"  # ``đạt 507,8 tỷ đồng theo kế hoạch ... 850 tỷ đồng theo mục tiêu``
        owner = _OWNER.search(self.text, sentence, start) if figure.shape == "money" else None
        if (
            owner
            and not self.text[owner.start() - 1 : owner.start()].isalpha()
            and owner[1] not in label
            and owner[1].lower() not in _AGENT_KEYS
        ):
            label = f"{label} {owner[1]}"  # ``NHCSXH đạt tổng nguồn vốn 1.501,6 tỷ đồng``: whose it is
        if label[:12] == "Tỷ trọng về " and _LEADS_IN.search(self.low, sentence, start):
            label = f"Tỷ trọng {label[12:]}"
        elif "về " in label[:16].lower() and (lead := _LEADS_IN.search(self.low, sentence, start)):
            # ``dẫn đầu cả nước về thu hút FDI với 3,2 tỷ USD``: what follows the rank's ``về``
            scope, _, topic = label.partition(" về ") if label[:3].lower() != "về " else ("", "", label[3:])
            if topic and scope.lower() in lead[0]:
                label = f"{topic[:1].upper()}{topic[1:]}"
        if (
            label[:3].lower() == "về "
            or label[:12] == "Tỷ trọng về "
            or (label[:10] == "Diện tích " and unit_class(figure.quantity.base_unit) == "area")
        ):
            label = self._land_of(label, sentence, start)
        if label[-10:] in (" giảm giảm", " tăng tăng"):
            label = label[:-5]  # ``thực giảm 2.708 ha ... và giảm 7.707 ha``: the change said once
        if " trên địa bàn " in label:
            # ``tỷ lệ bao phủ BHYT trên địa bàn tỉnh``: the record's place
            label = _without_place(_ON_THE_AREA, label)
        if " ở " in label:
            label = _AT_AREA.sub(" ", label)  # ``sản xuất ở khu vực nông nghiệp``: the area names, not ``ở``
        if any(word in label for word in (" nhanh", " mạnh", " đáng kể", " nhẹ", " khá", " rất")):
            label = _MANNER.sub(
                "", label
            )  # ``tỷ lệ hộ nghèo giảm nhanh, trung bình 5%``: how fast is no name
        if label[-5:] in (" tăng", " giảm") and (aux := _AUX_BEFORE_CHANGE.search(label)):
            label = label[: aux.start()] + label[-5:]  # ``nhân viên hiện đã tăng``: the change alone
        if (bare := _MEASURE_ONLY.match(label)) is not None:
            label = self._with_topic(label, bare, sentence, start)
        elif (output := _BARE_OUTPUT.match(label)) is not None and (branch := self._output_branch(sentence)):
            label = f"{output[1]} {branch}{output[2]}"  # ``Công nghiệp ... nên giá trị sản xuất tăng 11%``
        elif (
            figure.shape == "money"
            and label.lower() in _ONE_VERB
            and (done := self._done_object(label.lower(), start))
        ):
            label = f"{label} {done}"  # ``Chi trả tiền bồi thường ... huyện A đã chi trả 76 tỷ đồng``
        span = self._span(max(sentence, start - SPAN_REACH), start)
        if (
            not span
            and (span := self._carried_span(sentence))
            and self._is_stock(label, figure, region_start, start)
        ):
            span = (
                ""  # ``Sáu tháng đầu năm, ... Hiện huyện có 6 xã đạt chuẩn``: what there is, not the months'
            )
        stock = self._stock_at_cut_off(sentence, start, label)
        if stock:
            span = ""  # ``Tính đến hết tháng 9, toàn tỉnh có 670 dự án còn hiệu lực``: no 9 months' flow
        if self._frame is None:
            self._frame = self._framing()
        if not span and not stock and self._frame[1] <= start < self._frame[2]:
            span = self._frame[0]  # ``Từ ngày 1/1 đến ngày 15/2, thành phố cấp phép ...``: the whole report's
        if not span and not stock:
            if self._lead is None:
                self._lead = self._lead_span()
            if start < self._lead[1] and not self._is_stock(label, figure, region_start, start):
                span = self._lead[0]  # ``Quý I/2023, thu nội địa ...``: the part of the year reported on
        if (
            figure.shape == "money"
            and label[-4:] in (" thu", "được", " đạt")
            and (collected := _COLLECTED.fullmatch(label))
        ):
            # ``Cục Hải quan Hải Phòng thu được 4.185 tỷ đồng``: the budget revenue the office collected
            who = collected["who"]
            common = who.split(" ", 1)[0].lower() in ("khu", "ngành", "toàn")  # no office's name
            label = f"Thu ngân sách {'' if who[:7].lower() == 'khu vực' else 'của '}{lower_first(who) if common else who}"
        elif figure.shape == "money" and self._customs and label[:3] in ("Thu", "Tổn", "Đơn"):
            # ``Cục Hải quan TPHCM đã thu đạt kết quả trên 100.090 tỷ đồng``: the office's budget revenue
            office = customs_revenue(label, self.text, sentence, start, self._sentence_before(sentence))
            if self._previous_amount == label:  # ``đạt 66,7% chỉ tiêu Bộ Tài chính giao (67.000 tỷ đồng)``
                self._previous_amount = office
            label = office
        if figure.shape == "count" and self.low.rfind("cho", start - 16, start) >= 0:
            label = self._jobs_done(label, figure, max(region_start, start - JOBS_REACH), consumed)
        own = max(region_start, self._last_before)  # not the words after the figure before
        yearly = self.low.rfind("mỗi năm", own, start)
        # ``từ vài trăm ngàn lượt mỗi năm, đến năm 2015 có 1.002.945 lượt``: a yearly rate before a year
        # or a span, or borrowed from another figure, is no part of a figure for that year or part of it
        other_year = False
        if yearly >= 0:
            other_year = _YEAR_BETWEEN.search(self.low, yearly + 7, start) is not None
        elif " mỗi năm" in label:
            other_year = bool(span) or _YEAR_BETWEEN.search(self.low, own, start) is not None
        if " mỗi năm" in label and other_year:
            label = label.replace(" mỗi năm", "", 1)
        paragraph = self.text.rfind("\n", 0, start)
        if span[:4].lower() == "dịp " and span[4:5].isupper():
            self._holiday = (span, paragraph)  # ``dịp Tết``, ``dịp Xuân Đinh Dậu``: a holiday by its name
        if " dịp này" in label and self._holiday[1] == paragraph:
            # ``Doanh thu du lịch dịp này``: the holiday the paragraph named
            label, span = label.replace(" dịp này", "", 1), self._holiday[0]
        elif not span and self._holiday[1] == paragraph and self.low.find("dịp này", sentence, start) >= 0:
            span = self._holiday[0]  # ``Doanh thu dịp này đạt ..., doanh thu xã hội đạt ...``: the sentence's
        if (
            figure.shape == "money"
            and (attracted := _ATTRACTED_TAIL.search(label))
            and _ATTRACTED.search(label, 0, attracted.start())
        ):
            # ``thu hút 12 dự án FDI với tổng vốn đăng ký 300 triệu USD``: the projects were attracted, the
            # amount is their capital (``Tổng vốn đăng ký dự án FDI``); ``vốn FDI thu hút`` keeps its deed
            label = label[: attracted.start()]
        if (
            figure.is_percent
            and label[-8:].lower() == "đóng góp"
            and (goes_to := _CONTRIBUTED_TO.match(self.text, figure.end))
        ):
            label = f"{label} {goes_to[1]}"  # ``đóng góp 7,8% vào tăng trưởng chung``: what it is a part of
        if self._scope[0] != sentence:
            opens = self.low[sentence : sentence + SCOPE_LEAD]
            singled = ("", -1)
            if (
                "riêng" in opens or "đối" in opens
            ):  # ``Riêng khu vực A, ...``, ``Đối với chương trình B, ...``
                singled = sentence_scope(self.text, sentence, len(self.text))
            self._scope = (sentence, *singled)
        if self._scope[1] and self._scope[2] <= start:
            label = with_scope(label, self._scope[1])  # ``Riêng khu vực A, kim ngạch ...``: the part's
        label = _ending_with(label, span)
        if (
            self.low.find("mỗi ", own, start) >= 0
            and "mỗi " not in label.lower()
            and not (yearly >= 0 and other_year)
        ):
            rate = _PER_PERIOD.search(self.low, own, start)
            if rate:  # ``bình quân mỗi ngày đón 15.000 lượt khách``: said of the figure, like a span
                label = f"{label} {self.text[rate.start() : rate.end()].lower()}"
        if self._scenarios:
            label = self._with_scenario(label, start)
        if figure.is_percent and label[:5].lower() == "nhóm " and self._about_prices(start):
            label = f"Chỉ số giá {lower_first(label)}"  # ``CPI tăng 2,6%, nhóm giáo dục tăng 4%``: a group's index
        written = self.text[start : figure.end]
        if written != written.lower():  # ``1,6 nghìn DN``: the noun as written, an acronym
            acronyms = {w.lower(): w for w in written.split() if w.isupper() and len(w) > 1}
            label = " ".join(acronyms.get(w.lower(), w) for w in label.split())
        if (
            " có " in label
            and not figure.is_percent  # a percentage of what has it is its share, said otherwise
            and (had := _HAD_MEASURE.fullmatch(label))
            and _holder_names(had[1])
        ):
            # ``Giai đoạn I có tổng vốn đầu tư 4.598 tỷ đồng``: the measure, of what has it
            label = f"{had[2][:1].upper()}{had[2][1:]} {lower_first(had[1])}"
        label = _measure_for_unit(label, figure.quantity.base_unit)
        if "/" in label[: label.find(" ")]:
            label = _without_rate_unit(label, figure.quantity.unit)
        if " kế" in self.low[sentence : sentence + 12]:  # ``Lũy kế đến nay, ...``: a running total's sentence
            label = summed_to_now(label, self.low[sentence:start])
        if figure.quantity.base_unit.lower().startswith("tiêu chí") and _BARE_CRITERIA.fullmatch(label):
            label = self._criteria_average(label, start)
        if "tôi" in label or "thì" in label or "húng" in label:  # ``chúng tôi làm đường ... 1 km hết``
            label = without_speaker(label)
        if (
            "()" in label
        ):  # ``Tốc độ tăng trưởng kinh tế (giai đoạn 2005 - 2015) trung bình``: the period went
            label = _SPACES.sub(" ", label.replace("()", "")).strip()
        self._paragraph = [*self._paragraph[1 - PARAGRAPH_FIGURES :], (figure.end, label)]
        return label

    def with_span(self, label: str, sentence: int, end: int) -> str:
        """``label`` with the part-year span said before ``end`` in the sentence that starts at ``sentence``,
        as :meth:`label` ends a label with it: for an amount named by the words before the change that
        leads it (``Trong 5 tháng, doanh thu tăng 12%, đạt 350 tỷ đồng`` → ``Doanh thu 5 tháng``), which
        would lose the span the change's own label kept."""
        span = self._span(max(sentence, end - SPAN_REACH), end)
        if not span or self._stock_at_cut_off(sentence, end):
            return label  # ``Tính đến hết tháng 9, số dự án tăng 5%, đạt 670 dự án``: a stock at that day
        return _ending_with(label, span)

    def _restretched(self, label: str, figure: Figure) -> str:
        """``label`` set right where it took words that only point at another figure (``lũy kế``,
        ``tương đương``) or the wrong word for a share (see ``label_stretch``)."""
        start = figure.start
        if label[:2] in ("Tá", "Ản", "Do", "Ch"):
            label = without_cause(label)
        if figure.is_percent and self._respectively:
            label = self._respective(label, start)
        if figure.is_percent:
            return counted_share(label, self.low[max(0, start - SAID_RATE_REACH) : start])
        previous, unit, end = self._named_before
        if "tiếp" in label and goes_on_ranking(label):
            ranked, end = self._by_class.get(unit_class(figure.quantity.base_unit), ("", -1))
            # of the ranking said in this sentence or the one right before
            return next_ranked(label, ranked) if ranked and end >= 0 and self._in_reach(end) else label
        if "hàng " in label and figure.shape == "money":
            traded, end = self._by_class.get("money", ("", -1))
            return traded_goods(label, traded if end >= 0 and self._in_reach(end) else "")
        if label[:2] in ("Lũ", "Lu"):
            return cumulative_of(label, self._previous)
        if label[:2] == "Tư" and unit == "%" and 0 <= end <= start:
            money = unit_class(figure.quantity.base_unit) == "money"
            return amount_of_share(label, previous, self.low[end:start], money)
        return label

    def _respective(self, label: str, start: int) -> str:
        """``label`` of a percentage of a run said ``tương ứng`` (``Cơ cấu tương ứng của năm 2023 là 28%;
        35%``): the label of the figure of the same place in the run before it (see ``respective``)."""
        at = self.low.rfind("tương ứng", self._sentence, start)
        if at < 0 or not respective_run(self.low, at, start):
            return label
        before = [said for end, said in self._said if end <= at]
        index = sum(1 for end, _ in self._said if end > at)
        return respective(self.low, at, before, index) or label

    def _jobs_done(self, label: str, figure: Figure, at: int, consumed: int) -> str:
        """``Giải quyết việc làm mới`` for ``giải quyết việc làm mới cho 16.350 lao động``: the genre names
        its employment and training indicators by the deed (``Tạo thêm việc làm``, ``Đào tạo nghề ngắn
        hạn``), not by those it was done for; they stay only when they are not workers at large
        (``Giải quyết việc làm cho công nhân các khu công nghiệp``)."""
        done = _JOBS_DEED.search(self.low, at, figure.start)
        if done is None:
            return label
        name = f"{self.text[done.start()].upper()}{self.text[done.start() + 1 : done.end(1)]}"
        noun = figure.quantity.base_unit
        if noun.lower() in _WORKERS:
            return name
        after = self.text[figure.end : consumed].strip(" ,") if consumed > figure.end else ""
        return " ".join(w for w in (name, "cho", noun, after) if w)

    def _counted_in_head(self, noun: str, sentence: int, start: int) -> str:
        """``Trường đạt chuẩn quốc gia`` for ``29 trường`` in ``Các trường đạt chuẩn quốc gia theo các
        huyện như sau: Cư Jút: 29 trường; Đắk Mil: 27 trường``: items that name only their noun (and their
        place, which the record's place says) count what the list's head said of that noun."""
        colon = self.text.find(":", sentence, start)
        if colon < 0:
            return noun
        head = _COUNTED_HEAD.search(self.low, max(sentence, colon - HEAD_CHARS), colon)
        if head is None or head["noun"] != noun.lower():
            return noun
        said = self.text[head.start("noun") : head.end()]
        cut = _COUNTED_HEAD_END.search(said)
        said = said[: cut.start()] if cut else said
        return f"{said[:1].upper()}{said[1:]}" if " " in said.strip() else noun

    def _in_reach(self, end: int) -> bool:
        """True when a figure that ends at ``end`` is in the sentence being labelled or the one right
        before it: near enough to lend its measure."""
        return (
            end >= self._sentence or not self.text[self.layout.sentence_at(end).end : self._sentence].strip()
        )

    def _sentence_before(self, sentence: int) -> int:
        """Where the sentence before the one starting at ``sentence`` starts, in its paragraph; -1 at a
        paragraph's head."""
        if sentence <= 0 or "\n" in self.text[max(0, sentence - 2) : sentence]:
            return -1
        return self.layout.sentence_at(sentence - 1).start

    def _criteria_average(self, label: str, start: int) -> str:
        """A commune's average count of criteria named only by its unit (``15,2 tiêu chí/xã``,
        ``bình quân mỗi xã đạt 14,5/19 tiêu chí``): the average of the new-countryside criteria when the
        text around speaks of them, as the reports and the hand-made labels name it."""
        low = label.lower()
        around = self.low[max(0, start - CRITERIA_REACH) : self.layout.sentence_at(start).end]
        name = (
            "Tiêu chí nông thôn mới" if ("nông thôn mới" in around or "ntm" in around.split()) else "Tiêu chí"
        )
        each = " mỗi xã" if "mỗi xã" in low else ""
        change = next((f" {verb}" for verb in ("tăng", "giảm") if low.endswith(f" {verb}")), "")
        return f"{name} bình quân{each}{change}"

    # ---- the parts ---------------------------------------------------------------------

    def _compose(self, figure: Figure, region_start: int, clause_end: int) -> tuple[str, str, int, str]:
        """The label without its span, the verb of its clause, where the words it took after the
        figure end, and the words before it that the label was cut from."""
        start = figure.start
        goods = (
            _GOODS_LIST.search(self.low, self._sentence, start)
            if self.low.find(" hàng ", self._sentence, start) >= 0
            else None
        )
        if goods:
            region_start = max(region_start, goods.end())
        if self._is_equivalent(figure, region_start):
            # ``2.660 tỷ đồng (tương đương 115 triệu USD)``: the same amount
            return self._previous, "", -1, ""
        words = self._region_text(region_start, start)
        if "|" in words:
            words = row_words(words)  # ``| Thu ngân sách nhà nước | 1.830 tỷ đồng |``: the row's name cell
        if ")" in words and self.layout.leaves_bracket(region_start, start):
            words = self._around_aside(region_start, start) or words
        if "(" in words:
            words = _EMPTY_BRACKETS.sub("", words)  # the places named in brackets are gone
            words = _INCOME_ASIDE.sub(
                "", words
            )  # ``hộ nghèo (thu nhập dưới ...)``: who, not what is measured
        if "dài" in words and unit_class(figure.quantity.base_unit) == "length":
            length = _LENGTH_OF.search(words)
            name = _after_agent(_before(words[: length.start()], False).label) if length else ""
            name = name[3:] if name[:3].lower() == "có " else name
            if name and not has_quantity(name.lower()):  # ``Tuyến cao tốc dài 144 km``: its length
                return f"Chiều dài {lower_first(name)}", "", -1, words
        before = _before(words, figure.is_percent)
        label, change, verb, consumed = before.label, before.change, "", -1
        if goods and label and not has_quantity(label.lower()):
            # ``Các mặt hàng nhập khẩu chủ yếu là phân bón tăng 12%; sắt thép tăng 8%``: trade in each item
            trade = goods.group(1).capitalize() + " khẩu"
            if figure.shape == "money":  # ``sản phẩm gỗ đạt 376 triệu USD``: the value traded
                trade = f"Kim ngạch {trade.lower()}"
            label = f"{trade} {lower_first(label)}"
        elif figure.is_percent and self._share_before(region_start, start):
            if _TI.fullmatch(label.lower()) and (reached := words.lower().rfind("đạt t")) > 0:
                # ``ngành thương mại đóng góp vào GDP của tỉnh đạt tỷ trọng 9%``: the part is all its
                # clause says before, a deed included, but not the place
                part = _PLACE_TAIL.sub("", words[:reached].rsplit(",", 1)[-1].strip())
                label = (
                    part if 0 < part.count(" ") < SHARE_PART_WORDS else _before(words[:reached], False).label
                )
            label = self._share(label or self._bracketed_subject(region_start), figure.end, clause_end)
        elif (
            figure.shape == "count"
            and figure.quantity.base_unit.lower() not in GENERIC_COUNT_NOUNS
            and (sector := _sector(before.core))
        ):
            # ``khu vực thương mại, dịch vụ có 4.462 doanh nghiệp``: a breakdown's item counts its sector's
            rest = before.core[before.core.lower().rfind(sector.lower()) + len(sector) :]
            label, verb, consumed = self._named(figure, "", rest, region_start, clause_end)
            if sector.lower() not in label.lower():
                label = f"{label} {sector}"
            self._sector = (sector, figure.end)
        else:
            label, verb, consumed = self._named(figure, label, before.core, region_start, clause_end)
        if change and change not in keys(label):
            # ``giảm 0,76% so tháng trước và tăng 2,52% so cùng kỳ``: its own change, not the one before's
            label = f"{_CHANGE_TAIL_WORDS.sub('', label)} {change}".strip()
        if label.lower() in _BARE_GROWTH_WORDS:
            label = f"{label} {self._growth_subject(start)}".strip()
        elif figure.shape == "count" and label and not has_quantity(label.lower()):
            label = self._counted_item(figure, label)
        return _after_aside(label).strip(), verb, consumed, before.core

    def _counted_item(self, figure: Figure, label: str) -> str:
        """An item of a list of counts named by what the list's head says they did: ``toàn tỉnh có 2,9
        triệu người tham gia bảo hiểm xã hội, bảo hiểm y tế, trong đó: bảo hiểm xã hội là 374.764
        người`` counts ``Người tham gia bảo hiểm xã hội``, the head's own words before the item."""
        noun = figure.quantity.base_unit
        if label.lower().startswith(noun.lower()):
            return label
        head = self.layout.list_head(self.layout.sentence_at(figure.start), figure.start)
        if head is None or figure.start - head[1] > LIST_REACH:
            return label
        counted = _count_in_head(noun.lower()).search(self.low, head[0], head[1])
        if counted is None:
            return label
        item = _CHANGE_TAIL_WORDS.sub("", label).lower()
        first, *rest = [p for p in _LIST_SPLIT.split(self.low[counted.end() : head[1]]) if p]
        if not (first.endswith(f" {item}") or item in rest):
            return label
        # the deed is what the first item has before the words its siblings start with
        sibling = (rest[0] if rest else item).split(" ", 1)[0]
        deed = first[: first.find(f" {sibling}")].strip() if f" {sibling}" in first else ""
        if not deed or deed.count(" ") >= DEED_WORDS or not deed.replace(" ", "").isalpha():
            return label
        return f"{noun.capitalize()} {deed} {lower_first(label)}"

    def _growth_subject(self, start: int) -> str:
        """What a bare growth figure is of, said at the head of its sentence: a topic opener (``Về kinh
        tế, tăng trưởng ước đạt 3,98%``) or a sector that is the subject of the part before (``Công nghiệp
        duy trì vai trò động lực, tăng trưởng gần 7%/năm``)."""
        head = self.text[self._sentence : start]
        found = _ABOUT_TOPIC.match(head) or _SECTOR_SUBJECT.match(head)
        return found[1].lower() if found else ""

    def _owner_share(self, label: str) -> str:
        """``Tỷ trọng vốn đầu tư của Nhật Bản trong tổng vốn đầu tư`` for ``Tỷ trọng Nhật Bản`` (``trong
        tổng vốn đầu tư``, or the whole of the share before it in the sentence): the share a country, a
        place or a firm has of a total is that of its own part of the total; nothing when the part is no
        name or the whole is no total (``Tỷ trọng công nghiệp``, ``Tỷ trọng Thương mại - Dịch vụ``)."""
        had = _HAD_SHARE.fullmatch(label)
        if had is not None and not _BRANCH_GROWTH.fullmatch(had["name"]):
            return f"Tỷ trọng {had['measure']} của {had['name']}"  # ``Hàn Quốc có vốn đầu tư chiếm tỷ trọng``
        share = _NAMED_SHARE.fullmatch(label)
        if share is None or _BRANCH_GROWTH.fullmatch(share["name"]):
            return ""
        if share["measure"]:
            return f"Tỷ trọng {share['measure']} của {share['name']} trong tổng {share['measure']}"
        for _, said in reversed(self._said):  # the share before it in the sentence, of the same total
            if (whole := _OWNED_SHARE.fullmatch(said)) is not None:
                return f"Tỷ trọng {whole['measure']} của {share['name']}{whole['whole'] or ''}"
        return ""

    def _of_index(self, sentence: int, start: int) -> bool:
        """True when a sector's rise is an item of an index (``chỉ số sản xuất công nghiệp``), said in
        the figure's sentence or in the one it details (``... Trong đó, ngành khai khoáng tăng 3%``)."""
        if self.low.find("chỉ số", sentence, start) >= 0:
            return True
        if sentence == 0 or not _ELABORATION.match(self.low, sentence):
            return False
        return self.low.find("chỉ số", self.layout.sentence_at(sentence - 1).start, sentence) >= 0

    def _rate_of_count(self, label: str, figure: Figure, start: int) -> str:
        """``97/97 xã (100% tổng số xã) đạt tiêu chí điện``: a percentage in brackets right after a
        count, of the whole count of its noun, is the rate of those counted; one alone in brackets right
        after an amount is that amount's share."""
        previous, unit, end = self._named_before
        if unit_class(unit) not in ("count", "percent") and _BARE_BRACKET.fullmatch(self.low, end, start):
            # ``vốn các doanh nghiệp là 708 triệu đồng (24,14%)``: the share of the amount before
            return f"Tỷ trọng {lower_first(previous)}"
        if unit_class(unit) != "count" or not _BRACKET_OPEN.fullmatch(self.low, end, start):
            return label
        whole = _WHOLE_COUNT.match(self.low, figure.end)
        if whole is None or whole[1] != unit.lower():
            return label
        return f"Tỷ lệ {lower_first(previous)}"

    def _rate_reached(self, label: str, start: int) -> str:
        """``Tỷ lệ xã đạt chuẩn`` for ``có 45 xã đạt chuẩn, đạt 62,5%``: a percentage reached right after a
        count is the rate of those counted."""
        previous, unit, end = self._named_before
        between = self.low[end:start]
        if (
            unit_class(unit) != "count"
            or _CHANGE_WORD.search(previous.lower())
            or _NOT_SAME_CLAUSE.search(between)
        ):
            return label  # the count's own clause, not a later one's
        return f"Tỷ lệ {lower_first(previous)}"

    def _level_from(self, label: str, start: int) -> str:
        """``Hộ nghèo giảm`` for ``hộ nghèo giảm từ 1.200 hộ xuống còn 800 hộ``: the level the change
        started from is the quantity itself, not its change."""
        if label[-5:] in (" tăng", " giảm") and _FROM_HEAD.search(self.low, max(0, start - 12), start):
            return label[:-5]
        return label

    def _level_to(self, label: str, figure: Figure, start: int) -> str:
        """The level a change reached (``... từ 1.200 hộ xuống còn 800 hộ``) is the same quantity as the
        level it started from, the figure before it."""
        previous, unit, end = self._named_before
        if unit != figure.quantity.base_unit or not _FROM_TO.fullmatch(self.low, end, start):
            return label
        return previous

    def _land_of(self, label: str, sentence: int, start: int) -> str:
        """``Về đất nông nghiệp, ... có 473.449 ha, thực giảm 2.708 ha``: the sentence's opener names
        the land the areas are of (a class of land is itself an area), so the opener loses its ``Về``
        and an area named only by what was done (``Diện tích thực giảm``) takes the land's name."""
        opener = _TOPIC_OPENER.match(self.text, sentence, start)
        if opener is None:
            return label
        land = opener[1].strip()
        if label[:12] == "Tỷ trọng về ":  # ``Về đất nông nghiệp, ... chiếm 79,40% diện tích tự nhiên``
            return f"Tỷ trọng {label[12:]}" if label[12:].lower().startswith(land.lower()) else label
        if label[:3].lower() == "về ":
            return label[3:4].upper() + label[4:] if label[3:].lower().startswith(land.lower()) else label
        if land[:4].lower() != "đất " or has_quantity(land.lower()):
            return label
        return f"{land[:1].upper()}{land[1:]} {label[10:]}"

    def _growth_of_amount(self, growth: re.Match[str], sentence: int) -> str:
        """``Mức tăng tổng mức bán lẻ hàng hóa`` for ``... đạt 12 nghìn tỷ đồng, tăng 10,4% (nếu loại trừ
        yếu tố giá thì mức tăng là 8,1%)``: a growth said of no noun is of the amount before it in its
        sentence, the part of the year said once."""
        amount, end = self._by_class.get("money", ("", -1))
        if not amount or end < sentence:
            return growth.string
        measure = lower_first(_CHANGE_TAIL.sub("", amount))
        span = growth["span"] if growth["span"].strip().lower() not in measure.lower() else ""
        return f"{growth['head'][:1].upper()}{growth['head'][1:]} {measure}{span}"

    def _rate_of_subject(self, label: str, figure: Figure, region_start: int) -> str:
        """``Tỷ lệ học sinh tham gia bảo hiểm y tế`` for ``Số học sinh tham gia bảo hiểm y tế đạt tỷ lệ
        97%``: a rate its clause reaches is of the clause's subject, not of nothing."""
        rate = _REACHED_RATE_OF.search(self.low, max(region_start, figure.start - 16), figure.start)
        if rate is None or not _BARE_RATE_WORDS.fullmatch(label):
            return label
        subject = self.text[region_start : rate.start()].strip(" ,;:-")
        if _HAS_DIGIT.search(subject):  # ``Năm 2023, lao động ... đạt tỷ lệ``: the opener before its comma
            subject = subject.rsplit(",", 1)[-1].strip()
        subject = _COUNT_HEAD.sub("", subject, count=1)
        words = subject.split()
        if (
            not words
            or len(words) > SUBJECT_RATE_WORDS
            or _HAS_DIGIT.search(subject)
            or not words[0].isalpha()
        ):
            return label
        return f"{label[:6]} {lower_first(subject)}{label[6:]}"

    def _equivalent_change(self, label: str, figure: Figure, sentence: int) -> str:
        """``Thu nhập bình quân đầu người tăng`` for ``Thu nhập bình quân đầu người đạt 52 triệu đồng (tăng
        6,1% tương đương 3 triệu đồng)``: the amount a percentage change comes to is that change of the
        amount before it, of the same class of unit."""
        change = _CHANGE_EQUIVALENT.search(self.low, max(0, figure.start - 50), figure.start)
        if change is None:
            return label
        amount, end = self._by_class.get(unit_class(figure.quantity.base_unit), ("", -1))
        if not amount or end < sentence:
            return label
        return f"{_CHANGE_TAIL.sub('', amount)} {change[1]}"

    def _goal_of_amount(self, label: str, figure: Figure, sentence: int) -> str:
        """``Mục tiêu tổng kim ngạch xuất khẩu`` for ``kim ngạch xuất khẩu đạt 2,5 tỷ USD, vượt mục tiêu Nghị
        quyết Đại hội (đến năm 2025 đạt 1,8 tỷ USD)``: the amount in brackets after a goal said of no
        measure is that goal for the amount before it, of the same class of unit; one of a year alone
        (``vượt kế hoạch (năm 2022 đạt 450 tỷ đồng)``) is the amount's measure, in that year."""
        goal = _GOAL_BRACKET.search(self.low, max(sentence, figure.start - GOAL_REACH), figure.start)
        if goal is None:
            return label
        amount, end = self._by_class.get(unit_class(figure.quantity.base_unit), ("", -1))
        if not amount or not sentence <= end < goal.start():
            return label
        measure = _CHANGE_TAIL.sub("", amount)
        if not goal[2]:  # a year alone: the same measure, its period says which year
            return measure
        named = {"m": "Mục tiêu", "k": "Kế hoạch", "c": "Chỉ tiêu"}[goal[1][0]]
        return f"{named} {lower_first(measure)}"

    def _grown_count(self, label: str, noun: str, start: int) -> str:
        """``Xã tăng`` for ``82 xã đạt tiêu chí thủy lợi, tăng 74 xã``: a change that names only the
        noun counted is the change of what the figure before in its sentence counted of that noun."""
        if label[:-5].lower() != noun.lower():
            return label
        previous = self._previous
        rate = _LEADING_RATE.match(previous.lower())
        counted = previous[rate.end() :] if rate else previous
        if not counted.lower().startswith(f"{noun.lower()} ") or _CHANGE_TAIL.search(counted):
            return label
        change = _CHANGE_NEXT.search(self.low, max(0, start - 20), start)
        said = counted[len(noun) :].lower()  # the change must follow what the count before said of its noun
        if change is None:
            return label
        # or it follows the count itself, past what it is against: ``là 37 xã, gấp 2,5 lần kế hoạch, tăng 25 xã``
        past_asides = self._named_before[0] == previous and _ASIDES.fullmatch(
            self.low, self._named_before[2], change.start()
        )
        if not self.low.endswith(said, 0, change.start()) and not past_asides:
            return label
        return f"{counted[:1].upper()}{counted[1:]}{label[-5:]}"

    def _structure_part(self, label: str, figure: Figure) -> str:
        """``Tỷ trọng dịch vụ trong cơ cấu kinh tế`` for the last of ``cơ cấu kinh tế đạt 9,2% - 41,5% -
        49,3%``: the genre gives the economy's structure as its branches' shares in their usual order."""
        lo = max(0, figure.start - STRUCTURE_REACH)
        for run in _SHARES_RUN.finditer(self.text, lo, min(len(self.text), figure.end + STRUCTURE_REACH)):
            if run.start() <= figure.start < run.end():
                at = [m.start() + run.start() for m in _SHARE_ITEM.finditer(run.group())]
                branches = _STRUCTURE_BRANCHES[len(at)]
                return f"Tỷ trọng {branches[at.index(figure.start)]} trong {_STRUCTURE}"
        return label

    def _economy_share(self, label: str, sentence: int, start: int, structure: str = _STRUCTURE) -> str:
        """``Tỷ trọng khu vực dịch vụ trong cơ cấu kinh tế`` for ``Cơ cấu kinh tế chuyển dịch tích cực,
        khu vực dịch vụ chiếm 44%`` or ``Cơ cấu kinh tế: nông nghiệp 25%, dịch vụ 40%``: a branch's
        percentage in a sentence that gives the economy's structure is its share in it, said so (the
        measure of the item before, ``Tốc độ``, is no longer carried across the heading). A share moved
        (``giảm tỷ trọng khu vực X (từ 40% xuống 35%)``) and a share of another whole keep their label."""
        plan = "Kế hoạch " if label[:9] == "Kế hoạch " else ""
        rest = label[len(plan) :]
        head = _ECONOMY_ITEM_HEAD.match(rest)
        branch = rest[head.end() :] if head else rest
        if (
            not _BRANCH_GROWTH.fullmatch(branch)
            or "GDP" in branch.upper()
            or _MOVED_SHARE.search(self.low, sentence, start)
        ):
            return label
        at = self.low.rfind(branch.lower(), sentence, start)
        lead = _BRANCH_LEAD.search(self.text, sentence, at) if at > sentence else None
        if lead is not None:  # ``khu vực nông, lâm nghiệp và thủy sản``: the comma was inside the name
            branch = f"{lead.group()}{branch}"
        share = "tỷ trọng" if plan else "Tỷ trọng"  # (the article's spelling, ``Tỉ``, is given later)
        return f"{plan}{share} {lower_first(branch)} trong {structure}"

    def _noun_subject(self, label: str, noun: str, sentence: int, start: int) -> str:
        """``Hộ cận nghèo giảm`` for ``hộ cận nghèo giảm 9 hộ, còn 140 hộ``: a count named only by its
        noun (and its change) is of the subject that noun opened before it in the clause, which says
        what kind of it is counted; the level a change came down to (``giảm còn 6 hộ``) is no change."""
        bound = max(sentence, self.low.rfind(";", sentence, start) + 1)
        subject = _last_noun_phrase(self.low, noun.lower(), bound, start)  # the nearest
        if subject is None:
            return label
        before = self.low[max(0, start - 20) : start]
        moved = _CHANGE_BEFORE.search(before)
        change = "" if _LEVEL_REACHED.search(before) else f" {moved[1]}" if moved else label[len(noun) :]
        return f"{self.text[subject[0]].upper()}{self.text[subject[0] + 1 : subject[1]]}{change}"

    def _sector_of_item(self, start: int, label: str) -> str:
        """The sector of the count before, for an amount of the same item of a breakdown that names only
        its measure (``..., vốn đăng ký 1.022 tỷ đồng``), else nothing."""
        sector, end = self._sector
        if (
            end < self._sentence
            or end != self._last_end
            or self.low.find(";", end, start) >= 0
            or not _BARE_MEASURE.match(label.lower())
        ):
            return ""
        return sector

    def _share_before(self, region_start: int, start: int) -> bool:
        """True when ``chiếm`` (and its hedges) ends the words before a percentage, or the words before
        the bracket it opens (``chiếm tỷ trọng lớn (75% ...)``): a share.  The word is looked for first:
        the regex would be tried at each of the last 40 characters."""
        at = max(region_start, start - 40)
        said = self.low.find("chiếm", at, start) >= 0 or self.low.find("đạt t", at, start) >= 0
        if said and _SHARE_TAIL.search(self.low, at, start) is not None:
            return True
        if self.text[region_start - 1 : region_start] != "(" or self.text[region_start:start].strip():
            return False
        at = max(0, region_start - 40)
        return self.low.find("chiếm", at, region_start) >= 0 and bool(
            _SHARE_OPENING.search(self.low, at, region_start - 1)
        )

    def _named(
        self, figure: Figure, label: str, core: str, region_start: int, clause_end: int
    ) -> tuple[str, str, int]:
        """A figure's name from the words before it, after it, or of the figure before it, and the
        verb that ends the words before it (``core``), when it was needed."""
        verb = ""
        low = label.lower()
        part = low.rsplit(",", 1)[-1].strip()  # the figure's own comma part
        counted = figure.shape in ("count", "score")
        noun = figure.quantity.base_unit
        if (
            low[:3] in ("bìn", "tru")
            and (average := _AVERAGE_HEAD.match(low))
            and self._previous
            and unit_class(self._previous_unit or "") == unit_class(noun)
            and not has_quantity(low[average.end() :])
        ):
            # ``1.288 trạm biến áp, bình quân 1 xã có 13,3 trạm``, ``tốc độ tăng trưởng GRDP đạt 7,3%; bình quân
            # giai đoạn 2016-2018 đạt 6,9%/năm``: the average of what the figure before names
            return f"{_CHANGE_TAIL_WORDS.sub('', self._previous)} {low}", verb, -1
        if counted and _only_when(part, noun.lower()):
            # ``trong những ngày nghỉ lễ đã có 25 nghìn lượt khách đến tham quan``: the noun names it
            phrase, consumed = self._phrase_after(figure, clause_end)
            return _with_phrase(figure, phrase, "", ""), verb, consumed
        if (
            not counted
            and part == low
            and low.count(" ") > 1
            and quantity_at(keys(low), 0)
            and not (self._previous_amount and _GENERIC_MEASURE.match(low))
        ):
            # Most labels: three words or more that start with the quantity (``Thu ngân sách nhà nước``).
            if noun.endswith("/ha") and "năng suất" not in low:
                return f"Năng suất {lower_first(label)}", verb, -1
            return label, verb, -1
        if figure.is_percent and (group := self._group_opening_part(figure, clause_end)):
            return group
        if figure.is_percent and _SHARED.match(self.low, figure.end) and not has_quantity(part):
            # ``bảo đảm 100% người dân được ...``: the rate of the group, named ``Tỷ lệ`` as the genre's
            # hand-made labels name it (as a group that opens its comma part is named above)
            phrase, consumed = self._phrase_after(figure, clause_end)
            if phrase:
                return f"Tỷ lệ {lower_first(phrase)}", verb, consumed
        agent_only = not label or _is_agent(keys(low))
        if counted and _FOR_ONLY.fullmatch(self.low, region_start, figure.start) and self._previous_core:
            verb = _verb_at_end(self._previous_core)  # ``đã chi trả 76 tỷ đồng cho 3.421 đối tượng``
            if verb:
                # and what was paid, said before it (``chi trả tiền bồi thường``)
                done = self._done_object(verb.lower(), figure.start) if verb.lower() in _ONE_VERB else ""
                return f"{noun} được {verb} {_PAID_MONEY.sub('', done)}".rstrip(), verb, -1
        if counted and self.low.find("sự", max(region_start, figure.start - 40), figure.start) >= 0:
            joined = _JOINED_BY.search(self.low, max(region_start, figure.start - 40), figure.start)
            if joined:  # ``với sự tham gia của hơn 100 doanh nghiệp``: those who took part
                phrase, consumed = self._phrase_after(figure, clause_end)
                head = "" if noun.lower() in _CLASSIFIERS else noun
                return " ".join(w for w in (head, phrase, joined[1]) if w), verb, consumed
        if (
            counted
            and label
            and (
                self.low.find("cho", max(region_start, figure.start - 24), figure.start) >= 0
                or self.low.find("với", max(region_start, figure.start - 24), figure.start) >= 0
            )
            and (for_tail := _FOR_TAIL.search(self.low, region_start, figure.start))
            # ``đối với`` names those a deed was done for only after a deed (``kiểm tra đối với 40 đảng
            # viên``), not after a clause of its own (``chưa đáp ứng tiêu chí đối với 1 đô thị lớn``)
            and (for_tail[0][:1] == "c" or _is_action(_deed_done(label)))
        ):
            if not _is_agent_verb(keys(part)):
                self._deed = (label, figure.end)
                deed = _deed_done(label)
                if not deed:
                    return label, verb, -1
                phrase, consumed = self._phrase_after(figure, clause_end)
                served = _served(deed)
                if served:  # ``ban hành phương án thành lập các khu cách ly cho 1.000 ca F0``: what it is for
                    self._serves = (served, figure.end)
                    return f"{served} cho {_with_phrase(figure, phrase, '', '')}", verb, consumed
                # ``giải quyết việc làm cho 35.400 lao động``: those counted, and what was done for them
                head = "" if noun.lower() in _CLASSIFIERS or (phrase and noun.lower() in _PEOPLE) else noun
                self._done_for = (f"được {lower_first(deed)}", figure.end)
                return " ".join(w for w in (head, phrase, "được", lower_first(deed)) if w), verb, consumed
            verb = _verb_at_end(part)
            if verb:  # ``Thành phố đã cấp phép cho 5.593 doanh nghiệp``: a verb alone, the count its object
                phrase, consumed = self._phrase_after(figure, clause_end)
                head = "" if noun.lower() in _CLASSIFIERS else noun
                return " ".join(w for w in (head, phrase, "được", verb) if w), verb, consumed
        if (
            counted
            and label
            and self.low.find("của", max(region_start, figure.start - 12), figure.start) >= 0
            and _OF_TAIL.search(self.low, region_start, figure.start)
        ):
            deed = _deed(label.rsplit(",", 1)[-1].strip())
            if deed:  # ``xây dựng bản đồ số của 155 xã``: the places the deed was for
                phrase, consumed = self._phrase_after(figure, clause_end)
                return f"{_with_phrase(figure, phrase, '', '')} {lower_first(deed)}", verb, consumed
        total = _TOTAL.fullmatch(part) if counted else None
        if total is not None:
            phrase, consumed = self._phrase_after(figure, clause_end)
            return " ".join(w for w in (total[1], noun, phrase) if w), verb, consumed
        if self._named_after(figure, part, agent_only, core):
            phrase, consumed = self._phrase_after(figure, clause_end)
            if phrase:
                if phrase.startswith("mỗi ") and _GENERIC_MEASURE.match(low) and self._previous_amount:
                    label = (
                        f"{label} {self._thing_before(low)}".strip()
                    )  # ``... 5.500 tấn mỗi ngày với giá 20,9 USD mỗi tấn``
                verb = _verb_at_end(core)
                if (
                    not verb
                    and counted
                    and self.low.endswith(" được ", region_start, figure.start)
                    and _is_deed(part)
                    and not has_quantity(part)
                    and len(_BRACKETED.sub("", part).split()) <= DEED_REACH
                ):
                    # ``lập hồ sơ địa chính và cấp giấy chứng nhận được 95 xã``: what was done for those counted
                    verb = label.rsplit(",", 1)[-1].strip()
                if (
                    not verb
                    and not label
                    and figure.shape != "percent"
                    and self._verb_clause == self.layout.clause_start(figure.start)
                    # the list goes on from the figure before, which had the verb: ``xây dựng 40 trạm bơm,
                    # kiên cố hóa 36 km kênh cấp I, 65 km kênh cấp II``: not the verb of an earlier list
                    and self._verb_end == self._last_end
                    and (
                        figure.shape == "money" or _NEXT_ITEM.fullmatch(self.low, region_start, figure.start)
                    )
                ):
                    # the verb of a list carries to its items: ``hỗ trợ 40 triệu đồng/ha xây dựng ..., 5 triệu
                    # đồng/ha tiền thuê đất``, ``xuất khẩu 800 con cá sấu, 500 tấm da và 3 tấn thịt``
                    verb = self._previous_verb
                done = _with_doer(core, verb) if verb and not agent_only else verb
                return _with_phrase(figure, phrase, done, "" if agent_only else label), verb, consumed
        if (
            counted
            and noun.lower() in GENERIC_COUNT_NOUNS
            and _RECEIVED.search(part)
            and not _VISITORS_SERVED.match(part)
        ):
            phrase, consumed = self._phrase_after(
                figure, clause_end
            )  # ``các điểm du lịch đón 45.000 lượt khách``
            if not phrase and _COUNT_HEAD.match(part):
                # ``Tổng số khách do các cơ sở lữ hành phục vụ là 632 nghìn lượt``: the subject says what
                # is counted, the bare unit after the figure names nothing
                return label, verb, -1
            return f"{noun} {phrase}".strip(), verb, consumed
        if counted and noun.lower() not in GENERIC_COUNT_NOUNS and _is_weak(part, figure):
            verb = _verb_at_end(core) or (self._previous_verb if agent_only else "")
            rest = "" if verb or agent_only else _LAST_AUX.sub("", label, count=1)
            head = "" if rest and noun.lower() in _CLASSIFIERS else noun  # ``Đàn bò có 4.500 con``
            if rest and head:
                rest = lower_first(rest)
            sibling = (
                self._sector[1] >= self._sentence and self.low.find(";", self._sector[1], figure.start) >= 0
            )
            if (
                rest
                and figure.shape == "count"
                and (sibling or _HAVE_BEFORE.search(self.low, region_start, figure.start))
            ):
                # ``thương nghiệp có 2.116 doanh nghiệp, vốn đăng ký 8.694 tỷ đồng``: the item's name; the
                # next item of the breakdown (``; dịch vụ có 300 doanh nghiệp``) is of the same kind of sector
                if sibling:
                    rest = _same_kind(self._sector[0], rest)
                self._sector = (rest, figure.end)
            done = _with_doer(core, verb) if verb and not rest else verb
            return " ".join(w for w in (head, rest, _served_by(noun, done)) if w), verb, -1
        if _WITH_ONLY.fullmatch(self.low, region_start, figure.start) and self._previous:
            return (
                self._previous,
                verb,
                -1,
            )  # ``công nghiệp chế biến chiếm nhiều nhất (33,1%) với 124 triệu USD``
        if agent_only or _ONLY_CHANGE.fullmatch(low):
            borrowed = self._previous_part(region_start) or self._borrowed(figure, region_start)
            if not borrowed and label and not figure.is_percent:
                borrowed = self._topic(
                    self._sentence, figure.start
                )  # ``năng suất ... 2,3 tấn/ha, giảm 1 tạ``
            if borrowed and label[:4].lower() in ("tăng", "giảm"):
                # ``giảm 0,76% so tháng trước và tăng 2,52% so cùng kỳ``: its own change, not the one before's
                borrowed = _CHANGE_TAIL_WORDS.sub("", borrowed)
            return (f"{borrowed} {label}" if label and borrowed else borrowed), verb, -1
        unit = noun.lower()
        if " gồm " in low and (first_item := _first_item(label)):
            subject = self._list_subject(
                figure.start
            )  # ``Nhiều mặt hàng có kim ngạch xuất khẩu, gồm cà phê``
            if subject:
                return f"{subject} {lower_first(first_item)}", verb, -1
        # a sector of a breakdown whose name holds quantity words (``khu vực có vốn đầu tư nước ngoài``)
        # names no measure of its own
        named = has_quantity(_NAMED_SECTOR_WORDS.sub("", low) if _BREAKDOWN.match(low) else low)
        if not named:
            subject = self._list_subject(figure.start)
            if subject:
                return (
                    f"{subject} {lower_first(_ITEMS_WORD.sub('', label))}",
                    verb,
                    -1,
                )  # ``xuất khẩu sang các thị trường: Nhật Bản 310 triệu USD``
        generic = _GENERIC_MEASURE.match(low) if self._previous_amount else None
        thing = self._thing_before(low) if generic is not None else ""
        if generic is not None and thing:  # ``222.999 ha lúa, sản lượng được 1,39 triệu tấn``
            return f"{label[: generic.end(1)]} {thing}{label[generic.end(1) :]}", verb, -1
        if figure.shape == "money" and self._previous.lower().startswith(low + " "):
            return (
                self._previous,
                verb,
                -1,
            )  # ``thu ngân sách đạt 507 tỷ đồng ... và phấn đấu thu đạt 850 tỷ đồng``
        if not figure.is_percent and self._subject and not named and not _AUX_HINT.search(f" {low} "):
            # not an item that is a clause of its own: ``...; nhân viên của công ty đã tăng 1.500 người``
            return (
                f"{self._subject} {lower_first(label)}",
                verb,
                -1,
            )  # ``Giá trị sản xuất ...; nông - lâm - thủy sản ...``
        if figure.is_percent and not named and label:
            # a clause of its own (``nhờ được tỉnh hỗ trợ 40%``) is no item of a list of rates
            rate = "" if _PREDICATE_HEAD.match(low) else self._rate(figure.start)
            if rate:
                whole = self._previous.rsplit(" trong ", 1)[1] if " trong " in self._previous else ""
                if whole and rate == "Tỷ trọng":  # ``..., nông nghiệp còn 32%``: of the same whole
                    label = f"{label} trong {whole}"
                return (
                    f"{rate} {lower_first(label)}",
                    verb,
                    -1,
                )  # ``tỷ trọng nông nghiệp 20%, công nghiệp 35%``
            if _SHARED_HEAD.match(part):  # ``hộ nghèo giảm còn 4,1%``: the share of them
                return f"Tỷ lệ {part}", verb, -1
        if unit in AREA_UNITS and not named and not low.startswith("đất "):  # ``đất đô thị``: land is an area
            return f"Diện tích {lower_first(label)}", verb, -1
        if unit.endswith("/ha") and "năng suất" not in low:
            return f"Năng suất {lower_first(label)}", verb, -1
        return label, verb, -1

    def _group_opening_part(self, figure: Figure, clause_end: int) -> tuple[str, str, int] | None:
        """``..., 100% phòng học các cấp được kiên cố hóa, ...``: a percentage that opens its comma part
        and is followed by a noun phrase is the rate of that group, with what is said of it; the words
        of the part before belong to another figure."""
        if not _OPENS_PART.search(self.low, max(0, figure.start - OPENS_PART_REACH), figure.start):
            return None
        if _ENSURED.search(self.low, self._sentence, figure.start):
            return None  # ``bảo đảm 100% người dân được ...; 90% học sinh ...``: the groups a target is for
        phrase, consumed = self._phrase_after(figure, clause_end)
        first = phrase.split(" ", 1)[0].lower()
        if (
            not phrase
            or " " not in phrase
            or not first.isalpha()
            or first in _NOT_A_GROUP
            or first in _VERB_FIRST
            or _PREDICATE_HEAD.fullmatch(first)
        ):
            return None
        if not _ITEM_PREDICATE.search(f" {phrase} ") and not _PASSIVE.search(f" {phrase} "):
            phrase = f"{phrase} {self._shared_predicate(consumed, clause_end)}".rstrip()
        return f"Tỷ lệ {_PLURAL_HEAD.sub('', phrase, count=1)}", "", consumed

    def _shared_predicate(self, at: int, clause_end: int) -> str:
        """What the last of a list of rates says of its group, when the list goes on from ``at``:
        ``100% chợ hạng 1, 40% chợ hạng 2 và 20% chợ hạng 3 được công nhận chợ văn minh`` says it of
        every group of the list."""
        last = ""
        for _ in range(RATE_ITEMS):
            item = _NEXT_RATE_ITEM.match(self.low, at, clause_end)
            if item is None:
                break
            last, length = _cut_phrase(self.text[item.end() : min(clause_end, item.end() + AFTER_CHARS)])
            at = item.end() + length
        said = _ITEM_PREDICATE.search(last)
        return last[said.start() + 1 :] if said else ""

    def _ranked(self, label: str, figure: Figure, sentence: int) -> str:
        """``label`` without the rank it tells (``Singapore đứng thứ nhất với 477 triệu USD``): the label
        keeps what is ranked.  A figure named by its rank alone (``Bắc Giang đứng thứ ba với 159 triệu
        USD``) is an item of the ranking, of the quantity the figure of its kind before it measured."""
        kept = _SPACES.sub(" ", _RANK.sub(" ", label)).strip(" ,")
        if kept == label:
            return label
        if kept and not _is_agent(keys(kept)):
            return kept
        previous, end = self._by_class.get(unit_class(figure.quantity.base_unit), ("", -1))
        return previous if previous and end >= sentence else label

    def _other_basis(self, basis: re.Match[str], start: int) -> bool:
        """True when another change in the figure's sentence is compared to another basis, so that the
        basis tells the two apart."""
        sentence = self.layout.sentence_at(start)
        own = _SPACES.sub(" ", basis.group(2))
        return any(
            _SPACES.sub(" ", other.group(2)) != own
            for other in _BASIS_IN.finditer(self.low, sentence.start, sentence.end)
        )

    def _plan_object(self, start: int, clause_end: int) -> str:
        """What a plan after a percentage is of, when the words before it name nothing (``cố gắng đạt
        85% so với dự toán thu ngân sách đã giao`` → ``Thu ngân sách``)."""
        phrase = _strip_tail(_cut_phrase(self.text[start : min(clause_end, start + AFTER_CHARS)])[0])
        phrase = _GIVEN_TAIL.sub("", phrase)
        return phrase[:1].upper() + phrase[1:] if has_quantity(phrase.lower()) else ""

    def _parallel_rate(self, start: int, label: str) -> str:
        """A percentage named only by a thing of the kind the rate before it was of, in the same
        paragraph, is that rate of this thing (``tỷ lệ lấp đầy các khu công nghiệp như: Khu công nghiệp
        Phú Bài đạt 98,5%. Khu công nghiệp Phú Đa đạt 42,5%``): the items of one list."""
        before, _, end = self._named_before
        if not _RATE_HEAD.match(before.lower()) or self.text.find("\n", end, start) >= 0:
            return label
        head = " ".join(keys(label)[:PARALLEL_WORDS])
        at = before.lower().find(f" {head} ")
        if len(head.split()) < PARALLEL_WORDS or at < 0 or label.lower().startswith(before[:at].lower()):
            return label
        return f"{before[:at]} {label}"

    def _listed_share(self, label: str) -> bool:
        """True when a percentage that names no quantity (``khu vực dịch vụ``) follows a share in the
        same sentence: an item of the list of shares that share said once."""
        said = self._said[-1][1]
        return (
            said[:9] in ("Tỷ trọng ", "Tỉ trọng ")
            and not has_quantity(label.lower())
            and not label.lower().startswith(said[9:].lower())
        )

    def _of_breakdown(self, label: str, figure: Figure) -> str:
        """``label`` with the measure its breakdown is of: a label that is only a part of a breakdown
        (``Khu vực ngoài nhà nước``, ``Ngành du lịch``) names the measure the paragraph last broke down
        the same way (``tổng mức bán lẻ ở khu vực kinh tế nhà nước đạt ...; khu vực ngoài nhà nước đạt
        ...``) in the same class of unit; a label that names a measure and then a part gives that
        measure to the parts after it."""
        paragraph = self.text.rfind("\n", 0, figure.start)
        kind = unit_class(figure.quantity.base_unit)
        part = _BREAKDOWN.search(label)
        if part is None:
            return label
        if part.start() == 0:
            measure, of_kind, at = self._broken_down
            named = _NAMED_SECTOR_WORDS.sub("", label.lower())  # ``khu vực có vốn đầu tư nước ngoài``
            if has_quantity(named):
                return label
            if measure and of_kind == kind and at == paragraph:
                return f"{measure} {lower_first(label)}"
            total = self._detailed_measure(figure, kind)
            return f"{total} {lower_first(label)}" if total else label
        measure = label[: part.start()].rstrip(" ,")
        before, of_kind, at = self._broken_down
        if of_kind == kind and at == paragraph and before.lower().startswith(f"{measure.lower()} "):
            # ``Doanh thu khu vực ngoài nhà nước``: a list's head word only, where the measure was longer
            return f"{before} {label[part.start() :].lstrip()}"
        if has_quantity(measure.lower()) and measure.count(" ") < BREAKDOWN_MEASURE_WORDS:
            self._broken_down = (measure, kind, paragraph)
            if label[part.start() : part.start() + 2].lower() == "ở ":  # ``... ở khu vực nhà nước``: no place
                return f"{label[: part.start()]}{label[part.start() + 2 :].lstrip()}"
        return label

    def _detailed_measure(self, figure: Figure, kind: str) -> str:
        """The measure of the total a ``trong đó`` breaks down by sector, for a part named by its
        sector alone (``Kim ngạch xuất khẩu đạt 27 tỷ USD. Trong đó, khu vực kinh tế trong nước đạt 4,5
        tỷ USD``): the label of the amount or count of the same class right before the ``trong đó``, in
        this sentence or the one before.  Not a product of the economy (``GRDP``, ``tổng sản phẩm``):
        the genre names its sectors alone; nor a percentage's, whose total may be a growth."""
        if figure.is_percent:
            return ""
        total, end = self._by_class.get(kind, ("", -1))
        if not total or end < 0 or not self._in_reach(end):
            return ""
        detail = self.low.rfind("trong đó", end, figure.start)
        if detail < 0 or self._last_before > detail:
            return ""  # no breakdown, or an item after the first: ``_sibling_deed`` and the list say it
        measure = _SPAN_TAIL.sub("", total)
        low = measure.lower()
        if (
            _BREAKDOWN.search(measure)
            or _PRODUCT.search(low)
            or measure.count(" ") >= BREAKDOWN_MEASURE_WORDS
            or not has_quantity(low)
        ):
            return ""
        self._broken_down = (measure, kind, self.text.rfind("\n", 0, figure.start))  # for the items after it
        return measure

    def _sibling_deed(self, label: str, figure: Figure) -> str:
        """What the item before in the sentence's list said was done (``xuất khẩu`` of ``Khu vực nhà
        nước xuất khẩu``), for an item of the same kind and unit that says no deed (``Khu vực FDI``)."""
        previous, unit, end = self._named_before
        words, before = label.split(), previous.split()
        if (
            len(words) <= PARALLEL_WORDS
            or unit_class(unit) != unit_class(figure.quantity.base_unit)
            or [w.lower() for w in before[:PARALLEL_WORDS]] != [w.lower() for w in words[:PARALLEL_WORDS]]
            or any(w.lower() in _VERB_FIRST for w in words)
        ):
            return ""
        # the item follows the one before at once: ``...; khu vực FDI``, ``(giảm 6,4%) thì khu vực FDI``
        between = self.low[end : figure.start]
        head = between.find(" ".join(words[:PARALLEL_WORDS]).lower())
        if head < 0 or not _NEXT_SIBLING.fullmatch(_BRACKETED.sub("", between[:head])):
            return ""
        at = next(
            (
                i
                for i in range(PARALLEL_WORDS, len(before))
                if before[i].lower() in _VERB_FIRST and not _joined(before[i - 1], before[i])
            ),
            -1,
        )
        deed = before[at:] if at > PARALLEL_WORDS else []
        return " ".join(deed) if 0 < len(deed) <= DEED_WORDS and not _HAS_DIGIT.search(" ".join(deed)) else ""

    def _output_branch(self, sentence: int) -> str:
        """The branches of the economy that open the figure's sentence (``Công nghiệp tuy gặp khó khăn
        nhưng giá trị sản xuất tăng ...``), or the sentence right before in its paragraph when this one
        opens with the output value itself (``Sản xuất công nghiệp, xây dựng được quan tâm ... . Giá trị
        sản xuất tăng bình quân ...``): an output value that names no branch is theirs."""
        opening = _BRANCH_OPENING.match(self.low, sentence)
        if opening is None and _OUTPUT_OPENING.match(self.low, sentence):
            end = len(self.text[:sentence].rstrip())
            if end and "\n" not in self.text[end:sentence]:
                opening = _BRANCH_OPENING.match(self.low, self.layout.sentence_at(end - 1).start)
        return opening[1] if opening else ""

    def _with_topic(self, label: str, bare: re.Match[str], sentence: int, start: int) -> str:
        """``label``, a measure that names nothing it measures (``Tổng diện tích``), with what the text
        says it measures, nearest first: what the figure's clause or an opener of its sentence names
        (``Đối với cây lúa, năng suất ...``), what the last mention of the same measure before it
        named (``diện tích nuôi cá lóc ... Năm 2016, toàn huyện có tổng diện tích gần 229 ha``), an
        opener of its paragraph, the thing of a figure before in the paragraph, the sector of its
        sentence or the one before, the title's; unchanged when none names one."""
        measure = bare[1].lower()
        topic = (
            self._clause_topic(measure, start)
            or self._opener_topic(measure, sentence, start)
            or (measure not in _UNMENTIONED and self._mentioned_topic(measure, start))
            or self._paragraph_topic(measure, sentence)
        )
        if not topic and measure == "số thu" and (collected := self._done_object("thu", start)):
            return f"Thu {collected}{bare[2]}"  # ``Thu phí hạ tầng cửa khẩu ... số thu liên tục tăng``
        topic = (
            topic
            or self._figure_topic(measure, sentence)
            or self._sector_topic(measure, sentence, start)
            or self._title_topic(measure)
        )
        return f"{label[: bare.end(1)]} {topic}{bare[2]}" if topic else label

    def _done_object(self, verb: str, start: int) -> str:
        """What the text said ``verb`` was done to (``thu phí hạ tầng cửa khẩu``, ``chi trả tiền bồi
        thường``), in the title or else in reach before a figure, for an amount that names only the
        deed (``số thu``, ``đã chi trả 76 tỷ đồng``)."""
        title = self.text.find("\n")
        title = title if 0 < title < start else 0
        # the headline says what the article's deed is done to; else the nearest mention says
        spans = [(0, title), (max(title, start - TOPIC_REACH), start)]
        for floor, end in spans:
            found = [m.end() for m in _done_to(verb).finditer(self.low, floor, end)]
            for at in reversed(found[-TOPIC_READ:]):
                if not _could_be_topic(self.low, at):
                    continue
                phrase, _ = _cut_phrase(self.text[at : min(end, at + AFTER_CHARS)])
                # ``thu phí hạ tầng``, ``thu ngân sách``; not one word, a compound cut short (``thu đóng``)
                if (topic := self._as_topic(phrase, f"số {verb}")) and " " in topic:
                    return topic
        return ""

    def _clause_topic(self, measure: str, start: int) -> str:
        """The thing that heads the figure's clause when the measure is said of it with ``với``
        (``mô hình trồng thanh long ở xã A, với tổng diện tích 2 ha``)."""
        clause = self.layout.clause_start(start)
        own = self.low.rfind(measure, clause, start)
        if own < 0 or not _WITH_MEASURE.search(self.low, max(clause, own - WITH_CHARS), own):
            return ""
        phrase, _ = _cut_phrase(self.text[clause : min(own, clause + AFTER_CHARS)])
        return self._as_topic(phrase, measure)

    def _opener_topic(self, measure: str, sentence: int, start: int) -> str:
        """What ``Về X,``, ``Đối với X,``, ``Riêng X,`` or ``Lĩnh vực X:`` opening the sentence names,
        when it is a thing (not a place, a name or a time) and comes before the figure."""
        opener = _TOPIC_OPENER.match(self.text, sentence, start)
        if opener is None:
            return ""
        return self._as_topic(_without_measure(opener[1], measure), measure)

    def _paragraph_topic(self, measure: str, sentence: int) -> str:
        """What an opener of the figure's paragraph, or of the one before, names (``Về khu đô thị lấn
        biển, ...`` and, sentences later, ``với tổng mức đầu tư 217.000 tỷ đồng``): the genre opens a
        section with its topic and reports its figures after."""
        end, floor = sentence, max(0, sentence - TOPIC_REACH)
        for _ in range(TOPIC_PARAGRAPHS):
            if end <= floor:
                break
            begin = self.text.rfind("\n", floor, end - 1) + 1
            if not begin and floor:
                break  # the paragraph starts out of reach: a page on one line is not read back whole
            if begin < sentence and (opener := _TOPIC_OPENER.match(self.text, begin, sentence)):
                return self._as_topic(_without_measure(opener[1], measure), measure)
            if begin > 0 and self.text[end - 1] == "\n" and (heading := self._heading(begin, end - 1)):
                return self._as_topic(_without_measure(heading, measure), measure)
            end = begin
        return ""

    def _heading(self, begin: int, end: int) -> str:
        """The topic of the paragraph from ``begin`` to ``end`` when it is a heading line without a colon
        (``2. Xuất khẩu``, ``Về thu ngân sách``, ``THU NGÂN SÁCH``), lower-cased as a label's tail; "" for a
        line with no numbering, opener or capitals (a menu's ``Kinh tế``), with a name in it (a byline), a
        figure or a full stop: no heading."""
        heading = _HEADING.fullmatch(self.text, begin, end)
        if heading is None:
            return ""
        topic = heading["topic"]
        if topic.isupper():
            return topic.lower()
        if not (heading["mark"] or heading["opener"]) or any(
            word[:1].isupper() for word in topic.split()[1:]
        ):
            return ""
        return lower_first(topic)

    def _figure_topic(self, measure: str, sentence: int) -> str:
        """The thing the nearest figure of an earlier sentence of the paragraph was of (``25.000 ha hồ
        tiêu ... Năm nay, năng suất bình quân đạt 2,3 tấn/ha``): a label that names a thing, not a deed
        nor a measure.  Figures of the same sentence are the business of the rules of a clause
        (``420 hộ trồng rau trên tổng diện tích 95 ha`` names no area of the households)."""
        for end, said in reversed(self._paragraph):
            if end > sentence:
                continue
            if self.text.find("\n", end, sentence) >= 0:
                break
            head = _LEADING_MEASURE.match(said.lower())
            thing = _AVERAGE_TAIL.sub("", said[head.end() :] if head else said)
            words = keys(thing)
            if (
                words
                and words[0] not in _VERB_FIRST
                and not quantity_at(words, 0)
                and not _LONE_MEASURE.match(thing.lower())
                and (topic := self._as_topic(lower_first(thing), measure))
            ):
                return topic
        return ""

    def _sector_topic(self, measure: str, sentence: int, start: int) -> str:
        """The sector the figure's sentence, or the one before in its paragraph, says it is about
        (``2016 là năm khó khăn của ngành du lịch tỉnh ... Tổng lượng khách đạt ...``)."""
        floor = sentence
        if sentence > 0 and self.text[sentence - 1] != "\n":
            floor = self.layout.sentence_at(sentence - 1).start
        sectors = list(_SECTOR_SAID.finditer(self.low, max(floor, start - TOPIC_REACH), start))
        if not sectors or self.low.find(";", sectors[-1].end(), start) >= 0:
            return ""  # ``Ngành thủy sản có 40 doanh nghiệp; kinh phí ...``: another item
        own = self.low.rfind(measure, sectors[-1].end(), start)  # the sector's words stop before it
        return self._as_topic(self._thing_at(sectors[-1].end(), start if own < 0 else own), measure)

    def _title_topic(self, measure: str) -> str:
        """What the title says a measure or a sector is of (``mở rộng diện tích hồ tiêu tại Đắk Nông``,
        ``Ngành du lịch TPHCM ...``), the article's topic: read once per article."""
        if self._title is None:
            self._title = ""
            line = self.text.find("\n")
            if 0 < line <= TITLE_CHARS and (thing := _TITLE_THING.search(self.text, 0, line)):
                self._title = self._thing_at(thing.end(), line)
        return self._as_topic(self._title, measure) if self._title else ""

    def _thing_at(self, at: int, end: int) -> str:
        """The noun phrase at ``at`` up to a name (``du lịch`` of ``du lịch TPHCM đặt mục tiêu``)."""
        phrase, _ = _cut_phrase(self.text[at : min(end, at + AFTER_CHARS)])
        words = phrase.split()
        return " ".join(words[: next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))])

    def _mentioned_topic(self, measure: str, start: int) -> str:
        """What the last mention of ``measure`` before the figure's own, in reach, said it measures
        (``diện tích nuôi``); an earlier one with the same head word (``diện tích nuôi cá lóc``) wins."""
        floor = max(0, start - TOPIC_REACH)
        at = self.low.rfind(measure, floor, start)  # the figure's own measure
        found: list[str] = []
        read = 0  # mentions read: a page of ``doanh thu đạt ...`` is read a few at a time, not whole
        while read < TOPIC_READ and (at := self.low.rfind(measure, floor, at)) >= 0:
            read += 1
            end = at + len(measure)
            if (at and self.low[at - 1].isalpha()) or not self.low.startswith(" ", end):
                continue
            if _PLOTS.search(self.low, max(0, at - 12), at) or not _could_be_topic(self.low, end + 1):
                continue  # ``chuyển đổi một số diện tích thiếu nước``: plots of land, not a measure
            phrase, _ = _cut_phrase(self.text[end : end + AFTER_CHARS])
            if topic := self._as_topic(phrase, measure):
                found.append(topic)
                if len(found) == TOPIC_MENTIONS:
                    break
        if not found:
            return ""
        first = found[0].split(" ", 1)[0].lower()
        # the genre names a thing in full first and shortens it after: the first of the same head wins
        return next(t for t in reversed(found) if t.split(" ", 1)[0].lower() == first)

    def _as_topic(self, phrase: str, measure: str) -> str:
        """``phrase`` as what a measure is of, at most a few words; nothing when it starts with a word
        no thing starts with (``này``, ``tăng``, ``toàn``, ``tháng``), a quantity or a name."""
        phrase = _MEMBER_HEAD.sub("", phrase.strip(), count=1)
        words = phrase.split()
        if len(words) > TOPIC_WORDS:
            words = words[: TOPIC_WORDS - _joined(words[TOPIC_WORDS - 1], words[TOPIC_WORDS])]
        if (
            not words
            or words[0].lower() in _NOT_A_TOPIC
            or words[0][:1].isupper()
            or _HAS_DIGIT.search(phrase)
            or _MEASURE_ONLY.match(" ".join(words[:2]))
            or measure in phrase.lower()
            or _NOT_A_TOPIC_HEAD.match(phrase.lower())
        ):
            return ""
        end = next(
            (
                i
                for i in range(1, len(words))
                if (words[i].lower() in _NOT_A_TOPIC and not _joined(words[i - 1], words[i]))
                or words[i - 1][-1] in ",;"
            ),
            len(words),
        )
        return " ".join(words[:end]).rstrip(",;")

    def _measured_before(self, start: int) -> str:
        """The thing the figure before in the same part of the sentence named (``Chiều dài tuyến cao
        tốc`` → ``tuyến cao tốc``), for a measure that names nothing of its own; nothing when that
        figure named only a measure or a deed, or a semicolon parts them."""
        end, said = self._said[-1]
        if self.low.find(";", end, start) >= 0:
            return ""
        head = _LEADING_MEASURE.match(said.lower())
        thing = _CHANGE_TAIL.sub("", said[head.end() :] if head else said)
        words = keys(thing)
        if (
            not words
            or words[0] in _VERB_FIRST
            or quantity_at(words, 0)
            or _LONE_MEASURE.match(thing.lower())
        ):
            return ""
        return lower_first(thing)

    def _thing_before(self, low: str) -> str:
        """What the amount before names, for a bare measure that follows it (``sản lượng``, ``giá``):
        without its own quantity noun, its rate (``mỗi ngày``) and who acts (``Công ty B xử lý ...``)."""
        previous = self._previous_amount
        head = _LEADING_QUANTITY.match(previous.lower())
        thing = _RATE_TAIL.sub("", previous[head.end() :] if head else previous)
        if head and previous[:9].lower() == "diện tích":  # ``Diện tích trồng sắn``: sắn, not its planting
            thing = _AREA_VERB.sub("", thing, count=1)
        words, originals = keys(thing), thing.split()
        at = agents_end(words) or (1 if originals and originals[0].isupper() and len(originals[0]) > 1 else 0)
        if at:  # who acts and their name, up to what they do: ``Công ty Vietstar Lemna (Mỹ) xử lý``
            verb = next(
                (i for i in range(at, min(len(words), at + NAME_WORDS)) if words[i] in _VERB_FIRST), -1
            )
            at = verb if verb >= 0 and all(w.strip("()")[:1].isupper() for w in originals[at:verb]) else 0
        thing = lower_first(" ".join(originals[at:]))
        if HELD_MEASURE.match(low) and (held := held_activity(thing, low)) is not None:
            thing = held  # ``40 hộ trồng cam với diện tích 20 ha``: the area is of the oranges grown
        return thing if thing and thing.lower() not in low else ""

    def _named_after(self, figure: Figure, part: str, agent_only: bool, core: str) -> bool:
        """True when the words after the figure name it: the words before name no quantity (a count,
        an area, an amount), or they end in what is done to it (``cắt giảm 70% kinh phí``, ``TPHCM
        chỉ thu 4.453 tỷ đồng tiền sử dụng đất``, ``đã xuất khẩu 4.520 tấn cà phê``)."""
        if agent_only or (_is_weak(part, figure) and not figure.is_percent):
            return True
        if figure.is_percent:
            return may_end_with_verb(core) and (bool(_verb_at_end(core)) or _is_agent_verb(keys(part)))
        return len(part.split()) <= 2

    def _object_of(self, verb: str, sentence: int) -> str:
        """``Thu`` alone, named by what the same verb takes before it in this sentence or the one
        before (``nỗ lực thu ngân sách ..., Cục Thuế đã thu đạt 900 tỷ đồng`` → ``Thu ngân sách``)."""
        floor = self.layout.sentence_at(max(0, len(self.text[:sentence].rstrip()) - 2)).start
        at = self.low.rfind(f"{verb} ", floor, self._consumed if self._consumed > sentence else len(self.low))
        while at >= floor:
            if at == 0 or not self.low[at - 1].isalpha():
                after = self.text[at + len(verb) + 1 : at + len(verb) + 1 + MAX_CHARS]
                predicate = _PREDICATE_CUT.search(after)
                phrase = _strip_tail(_cut_phrase(after[: predicate.start()] if predicate else after)[0])
                if phrase and phrase.split(" ", 1)[0].lower() not in _NOT_OBJECTS:
                    return f"{verb.capitalize()} {lower_first(phrase)}"
            at = self.low.rfind(f"{verb} ", floor, at)
        return ""

    def _fallback(self, figure: Figure) -> str:
        """A name for a figure no words name, never empty: the last label given close before it to a
        figure of its class of unit (``... 98 nghìn tỷ đồng và ... trên 4,2 tỷ USD``), else its class."""
        own = unit_class(figure.quantity.base_unit)
        label, end = self._by_class.get(own, ("", -1))
        if label and 0 <= figure.start - end <= FALLBACK_REACH:
            return label  # ``năm 2015 có 1.002 lượt với số tiền 438 tỷ đồng; năm 2016 có 1.412 lượt``
        topic = self._elaborated(figure.start)
        if topic:
            return topic
        if own == "count":
            return figure.quantity.base_unit or "Số lượng"
        return _BY_UNIT[own]

    def _elaborated(self, start: int) -> str:
        """What the sentence before says rises or falls, when this one details it (``... số thu liên
        tục tăng. Cụ thể, năm 2015 đạt 154 tỷ đồng``): the quantity its last comma part names."""
        sentence = self.layout.sentence_at(start).start
        if not _ELABORATION.match(self.low, sentence):
            return ""
        end = len(self.text[:sentence].rstrip())
        before = self.text[self.layout.sentence_at(max(0, end - 2)).start : end]
        part = before.rsplit(",", 1)[-1]
        words = keys(part)
        named = first_quantity(words)
        if named < 0:
            return ""
        rest = " ".join(part.split()[named:])
        cut = _PHRASE_END.search(rest)
        name = _before(rest[: cut.start()] if cut else rest, False).label
        return name if has_quantity(name.lower()) else ""

    def _rate(self, start: int) -> str:
        """The rate a list of shares or rates is of, said once at its head: ``Tỷ trọng`` of ``tỷ
        trọng nông nghiệp 20%, công nghiệp 35%`` and of ``Cơ cấu kinh tế: nông nghiệp 20%``."""
        head = _RATE_HEAD.match(self._previous.lower()) if self._previous else None
        if head is not None:
            return "Tỷ lệ" if head.group(1) == "lệ" else "Tỷ trọng"
        return "Tỷ trọng" if _SHARE_HEAD.search(self.low, self._sentence, start) else ""

    def _list_subject(self, start: int) -> str:
        """The subject of a list whose items follow a colon, said once before it, for every item:
        ``Kim ngạch xuất khẩu sang các thị trường chính: ...`` → ``Kim ngạch xuất khẩu sang``; ``đẩy giá
        một số nhóm hàng tăng mạnh như: đồ uống tăng 1,7%; thực phẩm tăng 0,75%`` → ``Giá``."""
        sentence = self.layout.sentence_at(start)
        head = self.layout.list_head(sentence, start) or self._items_head(sentence.start, start)
        if head is not None and not self.text[head[1] + 1 : start].strip():
            # ``Diện tích gieo trồng:\n- Lúa: 12.500 ha``: the colon is the item's own, the list's is above
            head = self.layout.list_head(Sentence(start, start), start) or head
        if head is None or start - head[1] > LIST_REACH:
            return ""
        words = self.text[head[0] : head[1]]
        named = first_quantity(keys(words))
        if named < 0:
            return ""
        phrase = " ".join(words.split()[named:])
        end = _SUBJECT_END.search(phrase)
        subject = _before(phrase[: end.start()] if end else phrase, False).label
        if (
            end
            and subject[:13].lower() == "tổng sản phẩm"
            and (short := _ECONOMY_SHORT.match(phrase, end.start() + 1))
        ):
            subject = short[
                1
            ]  # ``Tổng sản phẩm trên địa bàn (GRDP) ..., trong đó: khu vực ...``: its short name
        if _BARE_LEVEL.fullmatch(subject):
            return (
                ""  # ``... vào mức tăng trưởng; trong đó: ngành du lịch tăng 16%``: a level of nothing named
            )
        return subject[:1].upper() + subject[1:] if has_quantity(subject) else ""

    def _items_head(self, sentence: int, start: int) -> tuple[int, int] | None:
        """The text before ``, gồm`` that opens a list with no colon (``Nhiều mặt hàng có kim ngạch xuất
        khẩu tăng, gồm thủy sản 19,7 triệu USD; may mặc 66,4 triệu USD``), as a colon's head is."""
        at = self.low.rfind("gồm ", sentence, start)
        if at < 0 or not _ITEMS_OPEN.search(self.low, max(sentence, at - 8), at):
            return None
        comma = self.low.rfind(",", sentence, at)
        return max(sentence, comma - LIST_HEAD_CHARS), comma

    def _previous_part(self, region_start: int) -> str:
        """The name in the comma part before the figure's, when the figure's own says nothing
        (``năng suất giảm đáng kể, chỉ đạt từ 6 tấn/ha``)."""
        if self.text[region_start - 1 : region_start] != ",":
            return ""
        clause = max(
            self.layout.clause_start(region_start - 1),
            region_start - MAX_CHARS,
            self._consumed,
            self._last_end,
        )
        comma = self.text.rfind(",", clause, region_start - 1)
        name = _tail(_before(self.text[max(comma + 1, clause) : region_start - 1], True).label, True)[0]
        return name if has_quantity(name) else ""

    def _sentence_head(self, sentence: int, start: int, percent: bool) -> str:
        """The last resort for a figure no words name: what its sentence is about, its first words
        up to a comma or a figure (``Công tác tiêm vắc-xin ... đạt 98,4%`` → ``Tỷ lệ tiêm vắc-xin``)."""
        label = self._topic(sentence, start)
        if percent and label and not _LEADING_RATE.match(label.lower()):
            label = f"Tỷ lệ {lower_first(label)}"
        return label

    def _topic(self, sentence: int, start: int) -> str:
        """What a sentence is about: its first words up to a comma, a figure or what is said of them."""
        words = self.text[sentence:start].lstrip(" \n.")
        cut = _PHRASE_END.search(words + " ")
        words = words[: cut.start()] if cut else words
        parts = words.split(",")
        first = (
            parts[1] if len(parts) > 1 and _SOURCE_HEAD.match(parts[0]) else parts[0]
        )  # not ``Theo người trồng tiêu``
        words = _DANGLING_PERIOD.sub("", first)  # ``Ước đến hết năm`` of ``năm 2020``
        passive = _PASSIVE.search(words)
        topic = _before(words[: passive.start()] if passive else words, False).label
        return _TOPIC_HEAD.sub("", topic, count=1)

    def _region_text(self, region_start: int, end: int) -> str:
        """The clause words before a figure, without the places named in them (and their preposition)."""
        if end - region_start > MAX_CHARS:  # cut after a comma, else a space: not inside a word (``tỷ | lệ``)
            cut = self.text.find(",", end - MAX_CHARS, end)
            region_start = (
                cut + 1 if cut >= 0 else self.text.find(" ", end - MAX_CHARS, end) + 1 or end - MAX_CHARS
            )
        places = self.localities.spans(region_start, end)
        if not places:
            return self.text[region_start:end]
        parts, at = [], region_start
        for place_start, place_end in places:
            if place_start < at:
                continue
            if _IN_A_NAME.search(self.text, max(at, place_start - 40), place_start):
                continue  # ``Khu công nghiệp Phong Điền``, ``Lam Sơn - Sao Vàng``: a facility's name, no place
            if self.low.endswith("khu vực ", max(at, place_start - 8), place_start):
                continue  # ``kim ngạch khu vực Hải Phòng``: the area a figure is counted over, said with it
            before = self.text[at:place_start]
            preposition = _PLACE_PREPOSITION.search(before)
            if preposition and _PRODUCT_BEFORE.search(before, 0, preposition.start()):
                # ``Tổng sản phẩm trên địa bàn tỉnh Điện Biên``: ``trên địa bàn`` is of the economy's name
                preposition = None if _OWN_AREA.match(before, preposition.start()) else preposition
            parts.append(before[: preposition.start()] if preposition else before)
            parts.append(" ")
            at = place_end
        parts.append(self.text[at:end])
        return "".join(parts)

    def _share(self, label: str, figure_end: int, clause_end: int) -> str:
        """``X chiếm 18% tổng vốn đầu tư`` → ``Tỷ trọng X trong tổng vốn đầu tư``; X is the figure
        before when the share follows it (``..., chiếm tỷ trọng 50,77% tổng chi ngân sách``), and the
        whole left unsaid is the one of the share before it or the total the parts detail."""
        rate = _LEADING_RATE.match(self._previous.lower())
        part = label or lower_first(self._previous[rate.end() :] if rate else self._previous)
        rest = self.text[figure_end : min(clause_end, figure_end + AFTER_CHARS)]
        rest = _SHARE_WHOLE_HEAD.sub("", rest, count=1)
        whole = "" if rest.lstrip().startswith(",") else _cut_phrase(rest, share=True)[0]
        if (joined := _JOINED.match(rest)) and _NEXT_SHARE.match(rest, joined.end()):
            whole = ""  # ``công nghiệp chiếm 25% và dịch vụ chiếm 38%``: the next part, not the whole
        if _NOT_A_WHOLE.match(whole):
            whole = ""  # ``(75% chủ yếu là hàng gia công)``: what the share is made of, not its whole
        elif "," in whole and _NEXT_SHARE.match(rest, rest.find(whole) + whole.find(",") + 1):
            whole = whole[: whole.find(",")]  # ``chiếm 20% tổng vốn, khu vực B chiếm 45%``: the next part
        opening = _WHOLE_FIRST.match(part)
        if opening:  # ``Trong cơ cấu kinh tế, dịch vụ chiếm 41%``: the whole said first
            part, whole = part[opening.end() :], whole or opening.group(1)
            part = _MEMBER_HEAD.sub("", part, count=1)
        sibling = self._sibling_share()
        if sibling is not None:  # ``..., khu vực dịch vụ chiếm 45%``: an item of the share before's list
            part, whole = _parallel(sibling[0], part), whole or sibling[1]
        whole = whole or self._detailed_total(figure_end)
        if "(G" in whole and (short := _ECONOMY_SHORT.search(whole)):
            whole = short[1]  # ``tổng giá trị sản phẩm trong tỉnh (GRDP)``: the economy by its short name
        counted = self._previous_unit or ""
        if (
            not label
            and unit_class(counted) == "count"
            and whole.lower() in (f"tổng số {counted.lower()}", f"số {counted.lower()}")
        ):  # ``82 xã (chiếm 84,5% tổng số xã) đạt tiêu chí thủy lợi``: the rate of those counted
            return f"Tỷ lệ {lower_first(self._previous)}"
        if _LEADING_RATE.match(part.lower()):
            return part + (f" trong {whole}" if whole else "")
        return f"Tỷ trọng {lower_first(part)}" + (f" trong {whole}" if whole else "")

    def _named_item(self, words: str, figure: Figure) -> str:
        """The label of an item of a list named by a proper name, its figure in brackets: the list's
        subject, said once before the first name, then the name (``Các huyện bị thiệt hại nhiều nhất là
        Thạch Hà (3.382 ha); Cẩm Xuyên (3.679 ha)`` → ``Diện tích huyện bị thiệt hại nhiều nhất Cẩm Xuyên``)."""
        named = _ITEM_NAME.search(words)
        if named is None:
            return ""
        lead = words[: named.start()]
        lead = lead[max(lead.rfind(","), lead.rfind(";")) + 1 :]  # the item's own part of the clause
        subject = _PLURAL_HEAD.sub("", _before(lead, False).label, count=1)
        if subject:
            if unit_class(figure.quantity.base_unit) == "area" and not has_quantity(subject.lower()):
                subject = f"Diện tích {lower_first(subject)}"
            self._items = (subject, self._sentence, figure.quantity.base_unit)
        elif self._items[1] == self._sentence and self._items[2] == figure.quantity.base_unit:
            subject = self._items[0]
        elif (
            self._said
            and self._said[-1][1] == self._previous
            and self._previous_unit == figure.quantity.base_unit
        ):
            named_before = _ITEM_NAME.search(
                self._previous
            )  # ``Xuất khẩu sang Hoa Kỳ (412 triệu USD), EU (...)``
            subject = self._previous[: named_before.start()].strip() if named_before else ""
        if not subject:
            return ""
        places = _PLACES_LISTED.match(subject)
        if places and has_quantity(places[1].lower()):
            # ``Các huyện bị thiệt hại nặng nhất là Thạch Hà (3.382 ha)``: the items are places, which the
            # record's locality holds; what is said of them names the figure
            return f"{places[1]} {places[2]}"
        return f"{subject} {named[1]}"

    def _is_equivalent(self, figure: Figure, region_start: int) -> bool:
        """True when ``figure`` is the figure before said in another unit: in the bracket that follows
        it, after ``tương đương`` or ``tức``, and of the same class of unit."""
        opening = region_start - 1
        if (
            self.text[opening:region_start] != "("
            or self._last_end < 0
            or self.text[self._last_end : opening].strip()
            or not _EQUIVALENT.fullmatch(self.low, region_start, figure.start)
        ):
            return False
        return unit_class(self._previous_unit or "") == unit_class(figure.quantity.base_unit)

    def _around_aside(self, region_start: int, start: int) -> str:
        """The words before a figure without the aside in brackets that ends among them: ``kim ngạch
        hàng có thuế (chiếm 21% tổng kim ngạch) đạt 13 tỷ USD`` is named by what stands before the bracket."""
        close = self.text.rfind(")", region_start, start)
        clause = self.layout.clause_start(start)
        opening = self.text.rfind("(", clause, region_start)
        if opening < 0:
            return ""
        if clause <= self._last_end <= opening:
            # ``đạt 5.240 triệu USD (giảm 6,4%) thì khu vực FDI đạt``: the words before are another's
            clause = self._last_end
        outer = self._region_text(clause, opening)
        if _HAS_DIGIT.search(outer):  # the bracket is said of the figure before it, not of these words
            return self.text[close + 1 : start]
        share = _SHARE_OPENING.search(outer)
        return f"{outer[: share.start()] if share else outer} {self.text[close + 1 : start]}"

    def _bracketed_subject(self, region_start: int) -> str:
        """What a share opening a bracket right after words (not after a figure) is a share of: those
        words (``kim ngạch hàng có thuế (chiếm 21% ...)``)."""
        opening = self.text.rfind("(", 0, region_start)
        if opening < 0 or self.text[opening + 1 : region_start].strip():
            return ""
        if 0 <= self._last_end <= opening and not self.text[self._last_end : opening].strip():
            return ""  # the figure before's share: the share rule names it so
        clause = self.layout.clause_start(opening)
        outer = self._region_text(clause, opening)
        if _HAS_DIGIT.search(outer):
            return ""  # a figure before the bracket: the share is of it
        share = _SHARE_OPENING.search(outer)
        return _before(outer[: share.start()] if share else outer, False).label

    def _sibling_share(self) -> tuple[str, str] | None:
        """The part and whole of the share said last in the sentence, when it is the figure before."""
        if not self._said or self._said[-1][1] != self._previous:
            return None
        shared = _SAID_SHARE.match(self._previous)
        return (shared[1], shared[2]) if shared else None

    def _detailed_total(self, pos: int) -> str:
        """The total a ``trong đó`` detailed, when the figure at ``pos`` is one of its parts (``Tổng mức
        đầu tư là 2.660 tỷ đồng, trong đó vốn vay ... (chiếm 59%)``): the whole of a share left unsaid."""
        detail = self.low.rfind("trong đó", self._sentence, pos)
        if detail < 0:
            return ""
        total = next((said for end, said in reversed(self._said) if end <= detail), "")
        return "" if _RATE_HEAD.match(total.lower()) else lower_first(total)

    def _phrase_after(self, figure: Figure, clause_end: int) -> tuple[str, int]:
        """The noun phrase right after a figure (``xã đạt chuẩn nông thôn mới``), and where it ends."""
        end = min(clause_end, figure.end + AFTER_CHARS)
        rest = self.text[figure.end : end]
        if rest[:3] in (" - ", " – ", " — "):
            return "", -1  # ``huyện là 8 tạ - Phó Chủ tịch xã A cho hay``: who said it, no name
        apposition = _APPOSITION.match(rest)
        if apposition is None and figure.quantity.base_unit.lower() in _PLACE_NOUNS:
            apposition = _NAMED_PLACES.match(rest)
        skip = apposition.end() if apposition else 0
        if not skip and figure.shape in ("count", "score") and rest.startswith(" ("):
            aside = _BRACKETED.match(rest, 1)
            # ``82/97 xã (chiếm 84,5% tổng số xã) đạt tiêu chí thủy lợi``: what is said of the count
            # comes after the aside
            skip = aside.end() if aside else 0
        if figure.is_percent and rest.startswith(" số "):
            skip = 4  # ``75% số phường, xã thực hiện ...``: the share of a count
        more = (
            _MORE_NOUNS.match(self.low, figure.end + skip, end)
            if figure.shape in ("count", "score")
            else None
        )
        if more is not None and _repeats_noun(more[0], figure.quantity.base_unit):
            more = None  # ``giảm 15 hộ, hộ cận nghèo giảm 9 hộ``: its own noun again starts the next item
        if (
            more is not None
        ):  # ``35 xã, thị trấn trồng lúa``, ``292 hộ và cơ sở nuôi``: what is counted goes on
            at = more.end() - figure.end
            if place := _GROUP_PLACE.match(rest, at):  # ``57/155 xã, phường thuộc các huyện A, B chưa ...``
                at = place.end()
            phrase, length = _cut_phrase(rest[at:])
            length += at - (more.end() - figure.end)
            nouns = rest[skip : more.end() - figure.end].strip()
            phrase = f"{nouns} {phrase}".strip()
            return phrase, more.end() + length
        if figure.shape in ("count", "score") and (place := _GROUP_PLACE.match(rest, skip)):
            skip = place.end()  # ``30 xã trên địa bàn tỉnh đạt chuẩn``: the place is the record's
        if figure.shape in ("count", "score") and (criterion := _CRITERION.match(rest, skip)):
            return self._with_criterion(rest, criterion, figure.end)
        phrase, length = _cut_phrase(
            rest[skip:],
            score=figure.shape == "score",
            spent=figure.shape == "money",
            kinds=figure.shape == "measure",
        )
        if not phrase or (figure.is_percent and _BASIS_HEAD.match(phrase.lower())):
            return "", -1
        if figure.is_percent and (place := _GROUP_PLACE.match(rest, skip + length)):
            # ``100% số xã trên địa bàn tỉnh có nhà văn hóa``: the place is the record's, what is said of
            # the group after it is the label's
            said, said_length = _cut_phrase(rest[place.end() :])
            if said:
                phrase, length = f"{phrase} {said}", place.end() - skip + said_length
        if (
            figure.shape not in ("count", "score")
            and _PREDICATE_HEAD.match(phrase.lower())
            and not (figure.shape == "measure" and self._area_done(figure, rest, phrase))
        ):
            return "", -1  # ``2.870 ha được Thủ tướng phê duyệt``: a predicate, not a name
        return phrase, figure.end + skip + length

    @staticmethod
    def _with_criterion(rest: str, criterion: re.Match[str], end: int) -> tuple[str, int]:
        """``đạt 19/19 tiêu chí về xây dựng nông thôn mới`` after ``6 xã``: places counted by the criteria
        they reached, or by the share of theirs that did (``16 tỉnh có 100% số xã đạt chuẩn``); the
        criterion is what is counted, not a figure that ends its phrase, and what is said after it goes on."""
        said = _SPACES.sub(" ", criterion[1]).strip()
        more, length = _cut_phrase(rest[criterion.end() :])
        return f"{said} {more}".strip(), end + criterion.end() + length

    def _area_done(self, figure: Figure, rest: str, phrase: str) -> bool:
        """True when the words after an area say what was done to it and the words before name nothing
        (``đến nay, hơn 5.600 ha đã được đo đạc, lập bản đồ``): that deed names it, as a count's does."""
        if figure.quantity.base_unit.lower() not in AREA_UNITS or not _PASSIVE_DEED.match(rest):
            return False
        low, words = keys(phrase), phrase.split()
        at = (
            2 if low[0] == "đã" else 1
        )  # who did it is no deed: ``được Thủ tướng phê duyệt``, ``được tỉnh giao``
        return len(low) > at and not words[at][:1].isupper() and not agents_end(low, at) > at

    def _borrowed(self, figure: Figure, region_start: int) -> str:
        """Words for a figure that has none of its own: a bracketed amount names itself by the words
        before the bracket, or is the figure before it converted (``412 tỷ đồng (17,8 triệu USD)``);
        a list item after a colon by its name (``mũi 1: 165.055 người``); an enumeration's next
        item by the previous one (``năm 2015 đạt 154 tỷ đồng, năm 2016 hơn 158 tỷ đồng``)."""
        text = self.text
        head = text[max(0, region_start - 80) : region_start].rstrip()
        if head.endswith("("):
            outer = head[:-1]
            clause = max(self.layout.clause_start(region_start - 1), region_start - 80)
            words = text[clause : region_start - 1]
            if not words.strip() or re.search(r"\d[^\s,;]*\s*$", outer):
                return self._previous if self._previous_unit == figure.quantity.base_unit else ""
            if (
                not figure.is_percent
                and 0 <= self._last_end < region_start
                and not text[self._last_end : region_start].strip(" (").replace("từ", "")
            ):
                # ``đạt 23 triệu đồng/năm (từ 5 triệu đồng/người ...``: the bracket tells of the figure before it
                return self._previous if _same_measure(self._previous_unit, figure.quantity.base_unit) else ""
            between = text[self._last_end : region_start - 1] if 0 <= self._last_end < region_start else ","
            if (
                len(between.split()) <= BRACKET_NOUN_WORDS
                and not any(mark in between for mark in ",;:.")
                and _same_measure(self._previous_unit, figure.quantity.base_unit)
            ):
                # ``80.000 lượt du khách (năm trước có 78.700 lượt)``: the figure before, at another time
                return self._previous
            words = _after_last_figure(words[words.rfind(")") + 1 :])
            item = self._named_item(words, figure)
            return item or _before(words, figure.is_percent).label or self._previous
        if head.endswith(":"):
            colon = region_start - 1
            while colon > 0 and text[colon] != ":":
                colon -= 1
            item_start = max(
                text.rfind("(", 0, colon),
                text.rfind(",", 0, colon),
                text.rfind(";", 0, colon),
                self.layout.sentence_at(colon).start - 1,
            )
            item = text[item_start + 1 : colon]
            if 0 < len(item.split()) <= 4:
                name = _before(item, figure.is_percent).label
                topic = "" if has_quantity(name) else self._topic(self._sentence, colon)
                return f"{topic} {lower_first(name)}" if topic else name  # ``(mũi 1: 165.055 người``
        return self._previous if _same_measure(self._previous_unit, figure.quantity.base_unit) else ""

    def _of_the_count(self, start: int, label: str) -> bool:
        """True when a figure is introduced by ``với`` right after the words that named the count before
        it in its sentence (``có 340 dự án với tổng vốn đầu tư 375 triệu USD``), or by a comma when it
        names only its measure (``có 340 dự án, tổng vốn đầu tư 375 triệu USD``)."""
        after = max(self._consumed, self._last_end)
        if after < 0 or not self._previous or unit_class(self._previous_unit or "") != "count":
            return False
        if self.low.find("với", after, start) >= 0:
            return _WITH_AMOUNT.match(self.low, after, start) is not None
        return _AFTER_COMMA.match(self.low, after, start) is not None and bool(
            _BARE_MEASURE.match(label.lower())
        )

    def _about_prices(self, start: int) -> bool:
        """True when the figure's paragraph speaks of the consumer price index before it: its groups
        of goods (``nhóm hàng ăn``) are then groups of that index."""
        paragraph = self.low.rfind("\n", 0, start) + 1
        return (
            self.low.find("cpi", paragraph, start) >= 0 or self.low.find("chỉ số giá", paragraph, start) >= 0
        )

    def _with_scenario(self, label: str, start: int) -> str:
        """A forecast under a named scenario says which (``Lượng khách quốc tế (kịch bản tốt nhất)``):
        the last one named in the figure's paragraph before it."""
        paragraph = self.text.rfind("\n", 0, start) + 1
        named = None
        for named in _SCENARIO.finditer(self.low, paragraph, start):  # noqa: B007
            pass
        label = _THIS_SCENARIO.sub("", label)
        if named is None or named.group().lower() in label.lower():
            return label
        return f"{label} ({self.text[named.start() : named.end()].lower()})"

    def _date_window(self, start: int, end: int) -> str:
        """The report window between two dates (``từ ngày 1/1 đến ngày 15/2/2018``) or summed up to one
        (``lũy kế đến ngày 15/12``) nearest before a figure, when no month, quarter or year is said
        after it: a part of the year, which ``period`` cannot hold."""
        found = None
        for found in _DATE_WINDOW.finditer(self.low, start, end):  # noqa: B007
            pass
        if found is None or (found["since"] and found["since"] != found["year"]):
            return ""  # ``từ 19/3/2019 đến 31/10/2020``: a term of two years, not a part of one
        between = self.low[found.end() : end]
        if _SPAN.search(between) or ("năm" in between and _another_year(between)):
            return ""
        return _window_text(found)

    def _framing(self) -> tuple[str, int, int]:
        """The holiday or report window the article names before any other span or year (in its title
        or lead: ``... dịp tết``, ``Từ ngày 1/1 đến ngày 15/2/2018, ...``), which frames the figures of
        the sentences after it up to where the article next names a span, a report window or a year of
        its own (not a comparison's ``so với cùng kỳ năm 2017``)."""
        low = self.low
        if not any(word in low for word in _FRAME_WORDS):
            return "", -1, -1  # most articles: no holiday, no window, so no scan for the first span
        window = _DATE_WINDOW.search(low)
        frame = _SPAN.search(low, 0, window.start() if window else len(low)) or window
        if frame is None:
            return "", -1, -1
        if frame.re is _DATE_WINDOW:
            if frame["since"] and frame["since"] != frame["year"]:
                return "", -1, -1  # ``từ 19/3/2019 đến 31/10/2020``: a term, not a part of a year
            span = _window_text(frame)
        elif frame["holiday"]:  # ``dịp lễ 30/4-1/5``: the holiday by its days, as written
            span = self.text[frame.start("holiday") : frame.end("holiday")]
        elif frame["tet"] or frame["spring"]:
            group = "tet" if frame["tet"] else "spring"
            span = _holiday_text(self.text[frame.start(group) : frame.end()])
        else:
            return "", -1, -1  # ``6 tháng``, ``quý I``: a later section may well be about the year
        if self._own_year(0, frame.start()) >= 0:
            return "", -1, -1
        end = self.layout.sentence_at(frame.start()).end
        # the numbered days of the holiday (``nhằm ngày 29 đến mùng 5 Tết``) are inside it: no span of their own
        spans = (found.start() for found in _SPAN.finditer(low, end) if not _DAY_OF_TET.match(found[0]))
        window = _DATE_WINDOW.search(low, end)
        others = [at for at in (next(spans, -1), window.start() if window else -1) if at >= 0]
        until = min(others, default=len(low))
        year = self._own_year(frame.end(), until)
        if frame.re is _DATE_WINDOW:
            # ``... 5.593 doanh nghiệp ... Theo Cục Thống kê, từ ngày 1/1 đến ngày 15/2/2018, ...``: a page
            # that shows its figures before the lead; no span nor year before the window, so theirs
            end = 0
        return span, end, until if year < 0 else year

    def _lead_span(self) -> tuple[str, int]:
        """The part of the year a report is about, when its title or lead names one (``Quý I/2023, thu
        nội địa ước đạt ...``, ``... trong 4 tháng đầu năm``) and no other, and no year before it: it
        frames the figures after it that name no span of their own, up to where the article names
        another span, a cut-off day, a report window or a year of its own (the same span said again
        goes on)."""
        low = self.low
        first = _SPAN.search(low, 0, LEAD_CHARS)
        if first is None or first["whole"] or first["tet"] or first["spring"] or first["holiday"]:
            return "", -1  # none, the whole year, or a holiday (framed otherwise)
        if self._own_year(0, first.start()) >= 0:
            return "", -1  # ``Năm 2022, ... 6 tháng``: a year's report
        span = self._span_at(first)
        # the span's sentence and the next are its lead: a cut-off day there is the span's own end
        # (``9 tháng`` ... ``tính đến ngày 16/9``), another span there leaves each figure's unsaid
        own = self.layout.sentence_at(first.start()).end
        lead = self.layout.sentence_at(own + len(low[own:]) - len(low[own:].lstrip())).end
        until = len(low)
        for found in _SPAN.finditer(low, first.end()):
            if _month_in_figures(self._span_at(found)) != _month_in_figures(span):
                if found.start() < lead and _REST_OF_YEAR.match(low, found.start()) is None:
                    return "", -1  # ``tháng 6 và 6 tháng``
                if found.start() >= lead:
                    until = found.start()
                    break
        window = _DATE_WINDOW.search(low, first.end(), until) or _CUT_OFF.search(low, lead, until)
        until = window.start() if window else until
        year = self._own_year(first.end(), until, spans=False)
        if 0 <= year < own and not _HAS_DIGIT.search(low, year + len("năm 2019"), own):
            # a year that ends the span's own sentence is the span's (``Trong 09 tháng, ... nhiệm vụ năm 2019``)
            year = self._own_year(own, until, spans=False)
        return span, until if year < 0 else year

    def _span_at(self, found: re.Match[str]) -> str:
        """A span found in the article, as a label says it."""
        return self._span(self.layout.sentence_at(found.start()).start, found.end() + 1)  # its look-ahead

    def _own_year(self, start: int, end: int, spans: bool = True) -> int:
        """Where the first year named between ``start`` and ``end`` that is not a comparison's is, or -1;
        without ``spans``, nor the year of a span (``6 tháng đầu năm 2023``, ``quý I năm 2023``)."""
        for year in _YEAR_BETWEEN.finditer(self.low, start, end):
            if _BASIS_YEAR.search(self.low, max(start, year.start() - 20), year.start()):
                continue
            # the span's own year right after ``start`` (``quý I năm 2017``) is read with its span
            if not spans and _SPAN_YEAR.search(self.low, max(0, year.start() - 12), year.start()):
                continue
            if not spans and _SINCE_YEAR.search(self.low, max(start, year.start() - 8), year.start()):
                continue  # ``mức tăng cao nhất kể từ năm 2011``: a year to compare with, not the report's
            return year.start()
        return -1

    def _is_stock(self, label: str, figure: Figure, region_start: int, start: int) -> bool:
        """True when the figure says what there is (``Dự án FDI còn hiệu lực``, ``Toàn tỉnh có 600 cơ sở
        lưu trú``, ``tổng đàn``), so a span said outside its sentence is not the figure's."""
        return _STOCK.search(label) is not None or (
            figure.shape == "count" and _HAVE_BEFORE.search(self.low, region_start, start) is not None
        )

    def _stock_at_cut_off(self, sentence: int, start: int, label: str = "") -> bool:
        """True when the sentence of the figure at ``start`` counts what there is at a cut-off day
        (``Tính đến cuối tháng 10, toàn tỉnh có 6.177 doanh nghiệp hoạt động``) or ``label`` names a stock
        (``Lũy kế đến giữa tháng 9, số dự án FDI còn hiệu lực là 156``): its figures are a stock at that
        day, not the flow of the months up to it (``đến hết tháng 11 thu nội địa đạt ...``)."""
        cut = _CUT_OFF_MONTH.search(self.low, sentence, start) if self._month_ends else None
        if cut is None:
            return False
        if label and _STOCK.search(label):
            return True
        first = _HAS_DIGIT.search(self.low, cut.end(), start + 1)
        return first is not None and _STOCK_HAD.search(self.low, cut.end(), first.start()) is not None

    def _carried_span(self, sentence: int) -> str:
        """The part-year span of the sentence before, when this one details it and names none (``Hết
        tháng 11, kim ngạch đạt ... Trong đó, kim ngạch xuất khẩu ...`` → ``11 tháng``)."""
        if sentence != self._detailed[0]:
            span = ""
            if _ELABORATION.match(self.low, sentence):
                end = len(self.text[:sentence].rstrip())
                span = self._span(self.layout.sentence_at(max(0, end - 1)).start, end) if end else ""
            else:
                span = self._opening_span(sentence) or self._next_part_span(sentence)
            self._detailed = (sentence, span)
        return self._detailed[1]

    def _next_part_span(self, sentence: int) -> str:
        """The span the sentence right before carried, when it detailed a total (``..., trong 8 tháng đạt
        495 triệu tấn. Trong đó, hàng xuất khẩu đạt 121 triệu tấn. Hàng nhập khẩu đạt 142 triệu tấn``)
        and this one goes on in its paragraph naming no year: the next part of the same total."""
        before, span = self._detailed
        if not span or before < 0 or "\n" in self.text[before:sentence]:
            return ""
        if self.layout.sentence_at(before).end < sentence - 2 or self._names_year(
            self.layout.sentence_at(sentence)
        ):
            return ""  # not the sentence right after, or a year of its own
        return span

    def _opening_span(self, sentence: int) -> str:
        """The span a sentence of the same paragraph opened with (``Sáu tháng đầu năm 2017 tiếp tục là
        ... . Sản lượng hàng hóa qua cảng đạt 43 triệu tấn``), unless a sentence from there names a year."""
        own = self.layout.sentence_at(sentence)
        if self._names_year(own, own_year=True):
            return ""  # ``Năm 2022, thu ngân sách ...``: a year of its own
        paragraph = self.text.rfind("\n", 0, sentence) + 1
        at = sentence
        for _ in range(OPENING_REACH):
            if at <= paragraph:
                return ""
            before = self.layout.sentence_at(at - 1)
            opening = self._opening_of(before)
            if opening is not None:
                return opening
            if self._names_year(before, own_year=True):
                return ""
            at = before.start
        return ""

    def _opening_of(self, sentence: Sentence) -> str | None:
        """The span ``sentence`` opens with, as a label says it (None when it opens with none).  Each later
        sentence of a paragraph looks back over the ones before it (``_opening_span``): read once each."""
        if sentence.start not in self._openings:
            breaks = _OPENING_BREAKS.match(self.low, sentence.start, sentence.end)
            head = breaks.end() if breaks else sentence.start
            lead = _SPAN_OPENER.match(self.low, head)  # ``Đặc biệt, trong 6 tháng đầu năm, ...``
            head = lead.end() if lead else head
            opening = _SPAN.match(self.low, head)
            self._openings[sentence.start] = None if opening is None else self._span(head, opening.end() + 1)
        return self._openings[sentence.start]

    def _names_year(self, sentence: Sentence, own_year: bool = False) -> bool:
        """True when ``sentence`` names a year (``_YEAR_BETWEEN``), with ``own_year`` one that is not a
        comparison's (``so với cùng kỳ năm 2023``: ``_own_year``); asked once per sentence."""
        key = (sentence.start, own_year)
        named = self._years_named.get(key)
        if named is None:
            if own_year:
                named = self._own_year(sentence.start, sentence.end) >= 0
            else:
                named = _YEAR_BETWEEN.search(self.low, sentence.start, sentence.end) is not None
            self._years_named[key] = named
        return named

    def _span(self, start: int, end: int) -> str:
        """The part-year span nearest before a figure in its sentence, as the label says it."""
        low = self.low
        if low.find("/", start, end) >= 0 and (window := self._date_window(start, end)):
            return window
        found, at, aside = None, end, False
        while found is None:  # from the last span word back, since the nearest span is wanted
            bound = at
            at = max(
                low.rfind("tháng", start, at),
                low.rfind("quý", start, at),
                low.rfind("tết", start, at),
                low.rfind("dịp xuân", start, at),
            )
            if self._whole_year:
                at = max(at, low.rfind("cả năm", start, bound))
            if at < 0:
                return ""
            if (dated := self._month_of_year(start, at, end)) is not None:
                return dated
            for found in _SPAN.finditer(low, max(start, at - SPAN_LEAD), min(end, at + SPAN_WORD)):  # noqa: B007
                pass
            if found is not None and in_closed_aside(low, start, found.start(), end):
                found, aside = (
                    None,
                    True,
                )  # ``tăng 10,55% (6 tháng tăng 11,29%, quý III tăng 9,09%), trong đó``
        between = without_asides(low[found.end() : end]) if aside else low[found.end() : end]
        if "năm" in between and _another_year(between):
            return ""
        if found["months"]:  # ``Sáu tháng``, ``09 tháng``: in figures, as the genre mostly writes them
            months = f"{_SPELLED_MONTHS.get(found['months'], found['months'].lstrip('0'))} tháng"
            edge = _YEAR_EDGE.search(found.group(0))  # ``6 tháng cuối năm`` is not the first half
            return f"{months} {edge.group(0)}" if edge else months
        if found["whole"]:  # ``6 tháng đạt 14.000 tỷ đồng, cả năm 2017 phấn đấu 29.000 tỷ đồng``
            part = low.find("tháng", start, found.start()) >= 0 or low.find("quý", start, found.start()) >= 0
            return "cả năm" if part else ""  # said against a part of the year, not alone
        if found["upto"]:
            return f"{found['upto'].lstrip('0')} tháng"
        if found["quarter"]:
            return f"quý {found['quarter'].upper()}"
        if found["month"] or found["dated"]:
            return f"tháng {(found['month'] or found['dated']).lstrip('0')}"
        if found["named"]:  # ``tháng Một``: as written
            return self.text[found.start("named") : found.end("named")]
        if found["spring"] or found["holiday"]:  # ``dịp Xuân Đinh Dậu``, ``dịp lễ 30/4-1/5``: as written
            group = "spring" if found["spring"] else "holiday"
            return self.text[found.start(group) : found.end(group)]
        return _holiday_text(self.text[found.start("tet") : found.end()])  # ``dịp Tết Nguyên đán``: as named

    def _month_of_year(self, start: int, at: int, end: int) -> str | None:
        """The month said with its year at ``at`` (``Kim ngạch xuất khẩu tháng 9/2023 ước đạt``) as the
        label of the figure at ``end`` says it, "" when a year of its own comes between them, None when
        no month of the figure is said there."""
        dated = _MONTH_OF_YEAR.match(self.low, at, end)
        if dated is None or at <= start or _NOT_THE_MONTH.search(self.low, max(start, at - SPAN_LEAD), at):
            return None
        between = self.low[dated.end() : end]
        return "" if "năm" in between and _another_year(between) else f"tháng {dated['month'].lstrip('0')}"
