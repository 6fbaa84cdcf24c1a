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
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple

from desktop.core.extract.clauses import Layout, Sentence
from desktop.core.extract.label_lookup import (
    AUXILIARIES,
    Phrases,
    agents_end,
    first_quantity,
    has_quantity,
    keys,
    may_end_with_verb,
    preamble_ends,
    quantity_at,
    reversed_phrases,
    verbs_start,
)
from desktop.core.extract.label_stretch import (
    SAID_RATE_REACH,
    amount_of_share,
    counted_share,
    cumulative_of,
    goes_on_ranking,
    in_closed_aside,
    market_of,
    next_ranked,
    respective,
    respective_run,
    summed_to_now,
    takes_span,
    traded_goods,
    without_asides,
    without_cause,
    without_moment,
)
from desktop.core.extract.label_words import (
    ACTION_VERBS,
    AGENT_WORDS,
    AREA_UNITS,
    BASIS_WORDS,
    GENERIC_COUNT_NOUNS,
    LEVEL_WORDS,
    OPENERS,
    PHRASE_STOPS,
    PHRASE_TRAIL,
    SHARED_NOUNS,
    TAIL_WORDS,
    TWO_SYLLABLE_WORDS,
    WHOLE_TRAIL_WORDS,
)
from desktop.core.extract.lexicon import COUNT_UNITS, alternation
from desktop.core.extract.locality import Localities
from desktop.core.extract.spans import Figure
from desktop.core.memo import remember
from desktop.core.numbers import MONTH_NUMBERS
from desktop.core.taxonomy import unit_class

#: Connectors a label cut short never starts with.
_CUT_CONNECTORS = frozenset({"của", "và", "là", "để", "với", "cho", "thì", "mà", "nhưng", "song", ","})
#: Who reports the figures, opening the clause up to its comma: ``Theo Cục Thống kê,``, ``Theo lãnh đạo
#: Phòng NN&PTNT huyện,``, ``Theo báo cáo của Sở Tài chính,`` (not ``theo giá so sánh``, ``theo kế hoạch``).
_SOURCE = re.compile(
    r"(?:[Cc]ũng\s+)?[Tt]heo\s+(?:[A-ZĐ]|(?:lãnh\s+đạo|báo\s+cáo|số\s+liệu|thống\s+kê|ông|bà|đại\s+diện|cơ\s+quan)\s)"
    r"[^,;:()]{0,80},\s*"
    # and the title in apposition to the person named: ``Theo ông A, Giám đốc Sở Tài chính tỉnh,``
    r"(?:(?:[Pp]hó\s+)?(?:[Gg]iám\s+đốc|[Tt]ổng\s+giám\s+đốc|[Cc]hủ\s+tịch|[Bb]í\s+thư|[Tt]rưởng|"
    r"[Cc]hi\s+cục\s+trưởng|[Cc]ục\s+trưởng|[Vv]ụ\s+trưởng|[Tt]hứ\s+trưởng|[Bb]ộ\s+trưởng)\s[^,;:()]{0,80},\s*)?"
    r"(?=\S)"
)
#: Words kept at most, counted back from the figure.
MAX_WORDS = 18
#: Words kept at most of a label that starts with the quantity it names (cutting would start it mid-noun).
MAX_NAMED_WORDS = 24
#: Words of an agent's name looked past for what it does (``Công ty Vietstar Lemna (Mỹ) xử lý``).
NAME_WORDS = 6
#: Characters of the region looked at (the label keeps only its end anyway).
MAX_CHARS = 160
#: Words of the noun phrase after a figure kept at most, and the characters read for it.
AFTER_WORDS = 14
AFTER_CHARS = 140
#: Sentences back in its paragraph a span that opened one of them is carried over.
OPENING_REACH = 8
#: How far before a figure a part-year span is looked for, inside its sentence.
SPAN_REACH = 400
#: Characters a span may start before its key word (``đến hết tháng``) and reach after it (``quý III``).
SPAN_LEAD = 12
SPAN_WORD = 24
#: A comma inside the phrase after a figure continues it when the next piece is this short
#: (``91 xã, phường sản xuất rau``).
LIST_PIECE_WORDS = 4

_W = r"(?<![^\W\d_])"  # a word starts here
_E = r"(?![^\W\d_])"  # a word ends here

_OPENERS = alternation(OPENERS)
_HEAD_PUNCTUATION = ' ,.-–+*•:()"“”'
#: First words of the openers, looked up before the opener pattern is tried.
_HEAD_WORDS = frozenset(w.split()[0] for w in OPENERS) | {
    "về",
    "đối",
    "toàn",
    "tại",
    "thời",
    "xét",
    "phân",
    "chia",
    "nếu",
}
_SUBJECT_WORDS = frozenset(w.split()[0] for w in AGENT_WORDS)
_AUX_FIRST = frozenset({"đã", "đang", "sẽ", "cũng", "vẫn", "đều", "vừa", "chỉ", "mới"})
_HEAD = re.compile(
    rf"^(?:[\s,.\-–+*•:()\"“”]|(?:{_OPENERS}){_E}|(?:về|đối\s+với)\s+[^,]{{1,30}},|(?:nếu\s+)?(?:xét|phân|chia)\s+theo\s+[^,]{{1,30}},|(?:tại\s+)?thời\s+điểm(?:\s[^,]{{0,30}})?(?:,|$)|toàn\s+(?:tỉnh|thành\s+phố|huyện)\s+(?=có))+",
    re.IGNORECASE,
)
#: Period words and what introduces them.  Patterns that remove words from a label start with a
#: look-ahead at their possible first letters, so the regex engine skips the other positions fast
#: (the spaces left behind go when the label's words are joined).
_PERIOD_PHRASE = re.compile(  # the first letter, then the first two of one of the words it may open with
    r"(?=[tcđngqvTCĐNGQV\d])(?=cá|từ|tr|củ|cả|tí|đế|th|cu|đầ|gi|nă|nh|vụ|qu|\d)(?:cách\s+đây\s+(?:\d+|vài|mấy)\s+(?:năm|tháng)"
    r"|từ\s+(?:(?:đầu\s+)?năm\s+)?\d{4}\s+(?:đến|tới)\s+(?:nay|(?:năm\s+)?\d{4})"
    r"|từ\s+đầu\s+năm(?:\s+(?:đến|tới)\s+nay)?"
    r"|(?:(?:trong|của|cả|tính\s+đến|đến)\s+)?(?:(?:\d+\s+)?tháng\s+(?:đầu\s+|cuối\s+)?|(?:cuối|đầu|giữa)\s+(?=năm))?"
    # a crop season's ``vụ`` (``vụ 2023-2024``), not the last syllable of ``phục vụ``, ``dịch vụ``, ``nhiệm vụ``
    r"(?:(?:năm|giai\s+đoạn|nhiệm\s+kỳ|(?<!phục\s)(?<!dịch\s)(?<!nhiệm\s)vụ)\s+\d{4}(?:\s*[-–]\s*\d{4})?|năm\s+nay|trong\s+năm"
    r"|quý\s+[IV\d]+(?:\s*/\s*\d{4})?|tháng\s+\d{1,2}(?:/\d{4})?))",
    re.IGNORECASE,
)
#: Words without which an article names no holiday or report window to frame it (``từ ngày 1/1``).
_FRAME_WORDS = ("tết", "dịp xuân", "dịp lễ", "dịp nghỉ lễ", "từ ngày", "lũy kế", "luỹ kế")
#: The name of a lunar year after ``Xuân``: ``dịp Xuân Đinh Dậu``.
_CAN_CHI = (
    r"(?:\s+(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+"
    r"(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|ngọ|mùi|thân|dậu|tuất|hợi)(?![^\W\d_]))?"
)
#: A part-year span, matched on the lower-cased article: ``6 tháng (đầu năm)``, ``(đến) hết tháng 8``
#: (eight months), ``quý I``, ``tháng 5``, ``dịp Tết``, ``dịp lễ 30/4-1/5``; not a length of time said of
#: what is counted (``đào tạo nghề dưới 3 tháng``, ``nợ đọng trên 12 tháng``, ``trẻ 6 tháng tuổi``), nor the month of a
#: date written in words (``Ngày 29 tháng 06 năm 2020``).  The look-ahead at the alternatives' first
#: characters fails most positions before the look-behinds are tried: the article's lead and the rest
#: of it are scanned for spans.
_SPAN = re.compile(
    rf"(?=[\dbcdhmnqst]){_W}(?<!từ\s)(?<!dưới\s)(?<!trên\s)(?:(?<!ngày\s)(?<!\d)(?P<months>\d{{1,2}}|ba|sáu|chín)\s+tháng(?!\s+còn\s+lại|\s+tuổi|\s+(?:chạp|giêng){_E})(?:\s+(?:đầu|cuối)\s+năm|\s+qua|\s+đầu)?"
    rf"|(?:hết|cuối)\s+tháng\s+(?P<upto>\d{{1,2}})(?!\d)"
    rf"|quý\s+(?P<quarter>iv|i{{1,3}}|[1-4]){_E}"
    rf"|(?:(?<=trong\s)tháng\s+(?P<dated>\d{{1,2}})|(?<!ngày\s\d\s)(?<!ngày\s\d\d\s)tháng\s+(?P<month>\d{{1,2}})(?!\s*/\s*\d))(?!\d|[.,]\d)"
    rf"|(?P<named>tháng\s+(?:một|giêng|chạp|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)){_E}(?=\s*[,.;:)\n]|\s+(?:năm|vừa|này))"
    rf"|(?P<tet>(?:dịp|tháng|cận|trước|sau|(?<=\s)ngày|(?:mùng|mồng)\s+\d{{1,2}})\s+tết){_E}(?:\s+nguyên\s+đán)?"
    rf"|(?P<spring>dịp\s+xuân{_CAN_CHI}){_E}"
    rf"|(?P<holiday>dịp\s+(?:nghỉ\s+)?lễ\s+\d{{1,2}}/\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}}/\d{{1,2}})?)(?:/\d{{4}})?(?![\d/])"
    rf"|(?P<whole>cả\s+năm){_E}(?!\s+(?:học|qua))"
    rf")"
)
#: A day of Tết by its number (``mùng 4 Tết``): the holiday, as a span.
_DAY_OF_TET = re.compile(r"(?:mùng|mồng)\s")
#: A report window of dates: ``từ ngày 1/1 đến ngày 15/2/2018``, ``luỹ kế đến ngày 15/12/2020``.  The
#: look-ahead at its first letters lets the other positions of the sentence fail at once.
_DATE_WINDOW = re.compile(
    r"(?=[tl])(?<![^\W\d_])(?:từ\s+(?:ngày\s+)?(?P<first>\d{1,2}/\d{1,2})(?:/(?P<since>\d{4}))?\s+(?:đến|tới)\s+(?:ngày\s+)?"
    r"(?P<last>\d{1,2}/\d{1,2})|(?:lũy|luỹ)\s+kế\s+(?:tính\s+)?đến\s+(?:ngày\s+)?(?P<upto>\d{1,2}/\d{1,2}))"
    r"(?:/(?P<year>\d{4}))?(?![\d/])"
)
#: The spaces, full stops and line breaks a sentence may start with, before its first word.
_OPENING_BREAKS = re.compile(r"[ .\n]*")
#: The same spans with the words that introduce them, to take them out of the words before a figure.
_SPAN_IN_LABEL = re.compile(
    r"(?=[tcđlhqdTCĐLHQD\d])(?<!dưới\s)(?<!trên\s)(?:(?:trong|của|cả|tính\s+đến|đến|từ\s+đầu\s+năm\s+đến|từ|lũy\s+kế|luỹ\s+kế)\s+)*(?:(?:\d{1,2}\s+tháng(?!\s+tuổi)(?:\s+(?:đầu|cuối)\s+năm(?:\s+nay)?"
    r"|\s+qua|\s+đầu)?|(?:hết|cuối)\s+tháng\s+\d{1,2}|tháng\s+\d{1,2}|tháng\s+(?:một|giêng|chạp|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)(?=\s*[,;:)])|quý\s+(?:iv|i{1,3}|[1-4]))(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?"
    r"|(?:trong\s+)?(?:dịp|tháng|cận|(?:\d+\s+)?ngày)\s+tết(?:\s+nguyên\s+đán)?(?:\s+[A-ZĐ]\w+\s+[A-ZĐ]\w+)?)(?![^\W_])"
    r"(?:\s+(?:đến\s+nay|trở\s+lại\s+đây))?",
    re.IGNORECASE,
)
#: The price base a value is at (``theo giá so sánh 2010``, ``(giá so sánh năm 2010)``, ``giá gốc so
#: sánh``, the misspelt ``gía``) or its valuation (``tính theo giá sản xuất``): how it is measured, not
#: what; the labels of the genre leave it out.
_CONSTANT_PRICES = re.compile(
    r"\s*\(?\s*(?:(?:tính\s+)?theo\s+)?(?:giá|gía)(?:\s+gốc)?\s+so\s+sánh(?:\s+năm)?(?:\s+\d{4})?\s*\)?(?=\s|,|$)"
    r"|\s+(?:tính\s+)?theo\s+giá\s+sản\s+xuất(?=\s|,|$)",  # the valuation, at basic prices
    re.IGNORECASE,
)
#: The current prices a value is at: ``theo giá hiện hành``, ``(giá hiện hành)``.
_CURRENT_PRICES = re.compile(
    r"\s*\(?\s*(?:(?:tính\s+)?theo\s+)?giá\s+hiện\s+hành\s*\)?(?=\s|,|$)", re.IGNORECASE
)
_AT_CURRENT = " theo giá hiện hành"
#: An amount said in words, not a name: ``từ vài trăm ngàn lượt người``, ``hàng nghìn hộ``.
_VAGUE_AMOUNT = re.compile(
    r"(?<![^\W\d_])(?:từ\s+)?(?:vài|hàng|mấy)(?:\s+(?:chục|trăm|nghìn|ngàn|vạn|triệu|tỷ))+(?![^\W\d_])",
    re.IGNORECASE,
)
#: The scale of a map, not a rate: ``tỷ lệ 1/2.000``.
_HAS_DIGIT = re.compile(r"\d")
_SCALE = re.compile(r"(?:tỷ|tỉ)\s+lệ\s+1\s*/\s*\d", re.IGNORECASE)
#: A year in a label is its period's, not a price base's (``GRDP giá so sánh 2010``): that names the figure.
_YEAR_IN_LABEL = re.compile(
    r"(?=[12])(?<!\d)(?<!giá )(?<!sánh )(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?!\d)"
)
#: A comparison inside the words before a figure names its basis, not the figure: ``năng suất lúa
#: vụ này giảm đáng kể so vụ trước, chỉ đạt 7 tấn/ha`` (a price base, ``giá so sánh``, is none).
_COMPARISON_IN_LABEL = re.compile(
    r"\s+(?:(?:tăng|giảm)(?:\s+[^\W\d_]+){0,2}\s+)?so(?!\s+sánh)(?:\s+với)?\s+[^,]*", re.IGNORECASE
)
_ADMIN_HINT = re.compile(r"tỉnh|thành|huyện|quận|xã|phường|tp")
_AUX_HINT = re.compile(r" (?:đã|đang|sẽ|cũng|vẫn|đều|vừa|mới|tiếp|liên) ")
_YEAR_BETWEEN = re.compile(r"năm\s+\d{4}")
#: Letters a label may hold that lower-case to no letter of the word lists (the long s, the dotted
#: and dotless i), read as the letters they stand for.
_FOLD = str.maketrans({"ſ": "s", "İ": "I", "ı": "i"})
_LEVELS = frozenset(tuple(w.split()) for w in LEVEL_WORDS)


def _by_last_word(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The words before the last of each phrase, keyed by that last word, longest first: a label's
    end is looked up, not searched."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(set(phrases), key=lambda p: -len(p.split())):
        words = tuple(phrase.split())
        table.setdefault(words[-1], []).append(words[:-1])
    return {last: tuple(found) for last, found in table.items()}


_TAILS = _by_last_word(TAIL_WORDS + LEVEL_WORDS)
#: Pairs of syllables that make one word: the two-syllable phrases of the lexicon and the genre's own.
_TWO_SYLLABLES = frozenset(
    tuple(phrase.split())
    for phrase in (*TWO_SYLLABLE_WORDS, *ACTION_VERBS, *COUNT_UNITS, *PHRASE_STOPS, *SHARED_NOUNS, *OPENERS)
    if phrase.count(" ") == 1
)
_LONGEST_TAIL = 1 + max(len(words) for found in _TAILS.values() for words in found)
_DATE = re.compile(
    r"(?=[tđn\dTĐN])(?:(?:tính\s+)?(?:đến|từ)\s+)?(?:ngày\s+)?(?<![\d/.,])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/]|[.,]\d)",
    re.IGNORECASE,
)
#: Letters of the longest Vietnamese syllable (``nghiêng``): a longer capitalised word is a foreign name.
LONGEST_SYLLABLE = 7
#: A long label is cut to its last comma-separated part when that part can stand alone.
LONG_LABEL = 12
SHORTEST_PART = 4
#: Words that make a change verb before a figure a level reached: ``giảm xuống còn 1,1%``.
_LEVEL_HEAD = re.compile(r"^(?:giảm|tăng|nâng|hạ|đưa)\s+", re.IGNORECASE)
_SHARE_TAIL = re.compile(
    r"(?<![^\W\d_])(?:chiếm(?:\s+(?:tỷ|tỉ)\s+(?:trọng|lệ))?|đạt\s+(?:tỷ|tỉ)\s+trọng)"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ|đến|tới|lên\s+tới|từ))?\s*$"
)
_SPACES = re.compile(r"\s+")
#: A label of a count of criteria that says no more than its unit and average: ``Tiêu chí/xã tăng``,
#: ``Bình quân mỗi xã``.
_BARE_CRITERIA = re.compile(
    r"(?:tiêu chí(?:/xã)?|bình quân(?: chung)?|mỗi xã|đạt|tăng|giảm)(?:\s+(?:tiêu chí(?:/xã)?|bình quân|chung|mỗi xã|đạt|tăng|giảm))*",
    re.IGNORECASE,
)
CRITERIA_REACH = 300
#: A bracket that gives the change of the amount before it in another year: ``(năm 2022 tăng 6,6%)``,
#: ``(cùng kỳ năm trước giảm 1,4%)``.
_OTHER_YEAR_CHANGE = re.compile(
    r"\((?:năm\s+\d{4}|cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?|năm\s+(?:trước|ngoái))\s*,?\s+"
    r"(tăng|giảm)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$"
)
OTHER_YEAR_REACH = 40
#: The deed of attracting at the end of an amount's label: said of the projects, not of their capital.
_ATTRACTED_TAIL = re.compile(r"\s+thu\s+hút(?:\s+được)?$", re.IGNORECASE)
#: What is attracted when an amount's label names it before ``thu hút``: the amount is not what was attracted.
_ATTRACTED = re.compile(
    r"(?<![^\W\d_])(?:dự án|quốc gia|lãnh thổ|doanh nghiệp|nhà đầu tư)(?![^\W\d_])", re.IGNORECASE
)
#: The place a part of a share is of, at its end: ``... đóng góp vào GDP của tỉnh``.
_PLACE_TAIL = re.compile(
    r"\s+(?:của|trên\s+địa\s+bàn|toàn)\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|xã|cả\s+nước)\s*$", re.IGNORECASE
)
#: Characters either side of a figure its run of shares (``9,2% - 41,5% - 49,3%``) may reach.
STRUCTURE_REACH = 40
#: Three or four shares joined by dashes: the branches of an economy's structure.
_SHARES_RUN = re.compile(r"(?<![\d.,])\d[\d.,]*\s*%?(?:\s*[-–]\s*\d[\d.,]*\s*%?){2,3}(?![\d.,]*\d)")
_SHARE_ITEM = re.compile(r"\d[\d.,]*")
_STRUCTURE = "cơ cấu kinh tế"
#: The economy's structure by any of its names: ``cơ cấu kinh tế``, ``cơ cấu GRDP``, ``cơ cấu tổng sản
#: phẩm``; a branch's share in it is said in it by the name the article gives.
_STRUCTURE_NAMED = re.compile(
    r"(?<![^\W\d_])cơ\s+cấu\s+(kinh\s+tế|grdp|gdp|tổng\s+sản\s+phẩm(?:\s+trên\s+địa\s+bàn)?)(?![^\W\d_])"
)
#: What a branch's percentage in a sentence of the economy's structure may be labelled before its
#: branch: its share, the heading itself, or the measure of the item before the heading, carried.
_ECONOMY_ITEM_HEAD = re.compile(r"(?:t[ỷỉ]\s+trọng|tốc\s+độ|cơ\s+cấu\s+kinh\s+tế:?)\s+", re.IGNORECASE)
#: The first branches of a sector named with commas (``khu vực nông, lâm nghiệp``), right before the
#: part of the name a label kept.
_BRANCH_LEAD = re.compile(
    r"(?<![^\W\d_])(?:(?:khu\s+vực|ngành|lĩnh\s+vực)\s+)?(?:(?:nông|lâm|ngư)(?:\s+nghiệp)?\s*,\s*)+$",
    re.IGNORECASE,
)
#: The branches an economy's structure is given in, in the genre's order, by how many shares it has.
_STRUCTURE_BRANCHES = {
    3: ("nông, lâm nghiệp và thủy sản", "công nghiệp - xây dựng", "dịch vụ"),
    4: ("nông, lâm nghiệp và thủy sản", "công nghiệp - xây dựng", "dịch vụ", "thuế sản phẩm"),
}
#: What a noun counted is said to be before its count (``hộ cận nghèo`` giảm 9 hộ): up to four words,
#: to the first verb, place or connector; then the change or level its clause says of it.
_SUBJECT_STOP = (
    r"(?:tăng|giảm|còn|là|đạt|có|xuống|lên|từ|toàn|trên|của|tại|ở|trong|năm|được|và|với|so|chiếm|bằng)"
)
#: Right before the percentage of the whole a count reached: ``, đạt``, ``, đạt tỷ lệ``.
_REACHED_RATE = re.compile(r",\s*đạt(?:\s+tỷ\s+lệ)?\s+$")
#: What ends a count's clause before a percentage: a figure, a semicolon, a full stop, a bracket (``(mũi
#: 2: 162.414 người), đạt 98,4%``: the rate of what the bracket was in).
_NOT_SAME_CLAUSE = re.compile(r"[\d;()]|\.\s")
#: A change right before a figure: ``giảm 9 hộ``, ``tăng thêm 3 xã``.
_CHANGE_BEFORE = re.compile(r"(?<![^\W\d_])(tăng|giảm)(?:\s+thêm)?\s+$")
#: The level a change came to, right before a figure: ``giảm còn``, ``giảm xuống còn``.
_LEVEL_REACHED = re.compile(r"(?:tăng|giảm)(?:\s+xuống)?\s+còn\s*$")


def _repeats_noun(more: str, noun: str) -> bool:
    """True when the nouns that go on a count's (``, thị trấn``) start with its own noun again (``15 hộ,
    hộ cận nghèo``): that is the next item, not more of what is counted."""
    words = noun.lower().split()
    return more.lstrip(" ,").removeprefix("và ").split()[: len(words)] == words


#: The words after a counted noun that say which of it (``hộ tái nghèo``), as the subject of a change or a
#: level (``giảm``, ``còn``, ``là``), lower case: one pattern for every noun, matched where the noun ends
#: (a pattern per noun was compiled the first time each noun came, more than the searches cost).
_NOUN_PHRASE_REST = re.compile(
    rf"(?:\s+(?!{_SUBJECT_STOP}(?![^\W\d_]))[^\W\d_]+){{1,4}}"
    r"(?=(?:\s+toàn\s+[^\W\d_]+)?\s+(?:tăng|giảm|còn|là)(?![^\W\d_]))"  # the clause's subject
)
#: Matches (empty) where no letter stands right before.
_WORD_START = re.compile(r"(?<![^\W\d_])")


def _last_noun_phrase(low: str, noun: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the last of the non-overlapping phrases ``noun`` (lower-cased) opens in ``low[start:end]``
    starts and ends, as a left-to-right scan finds them: the noun as a word, then its phrase."""
    found, at = None, start
    while (at := low.find(noun, at, end)) >= 0:
        rest = _NOUN_PHRASE_REST.match(low, at + len(noun), end) if _WORD_START.match(low, at) else None
        if rest is None:
            at += 1
        else:
            found, at = (at, rest.end()), rest.end()
    return found


@lru_cache(maxsize=64)
def _bare_count(noun: str) -> frozenset[str]:
    """The labels that name a count by its noun alone, with or without its change: ``hộ``, ``hộ giảm``."""
    low = noun.lower()
    return frozenset({low, f"{low} tăng", f"{low} giảm"})


#: A change right after the words of the figure before: ``..., tăng 74 xã``.
_CHANGE_NEXT = re.compile(r"\s*,\s*(?:tăng|giảm)(?:\s+thêm)?\s*$")
#: What a figure is against, said between it and its change: ``, gấp 2,46 lần so kế hoạch``, ``, đạt
#: 105% kế hoạch``, ``, bằng 98% cùng kỳ``.
_ASIDES = re.compile(
    r"(?:\s*,\s*(?:gấp|bằng|đạt|vượt)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d.,]*\s*(?:lần|%)"
    r"(?:\s+so(?:\s+với)?)?(?:\s+(?:kế\s+hoạch|cùng\s+kỳ|dự\s+toán|mục\s+tiêu))?(?:\s+năm(?:\s+\d{4})?)?)+"
)
#: A change's starting level next: ``giảm từ 104 phòng``.
_FROM_HEAD = re.compile(r"(?<![^\W\d_])(?:tăng|giảm)\s+từ\s+$")
#: Between the level a change started from and the level it reached: ``xuống còn``, ``lên``.
_FROM_TO = re.compile(r"\s+(?:xuống|lên)(?:\s+(?:còn|mức))?\s+")
#: A bracket opened right after a count, before a percentage of it: `` (bằng ``.
_BARE_BRACKET = re.compile(r"\s*\(\s*")
_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:(?:chiếm|bằng|đạt)\s+)?")
#: The whole count a percentage is of, closing its bracket: `` tổng số xã)``.
_WHOLE_COUNT = re.compile(r"\s+(?:tổng\s+)?số\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*\)")
#: The most words a share's part said in full before ``đạt tỷ trọng`` may have.
SHARE_PART_WORDS = 12

#: Who acts and the auxiliary after it, at the head of a clause: ``Huyện đã``, ``UBND tỉnh đã``,
#: ``chỉ`` (not ``chỉ số``): never part of a name.
_AUX_HEAD = r"(?:đã|đang|sẽ|cũng|vẫn|đều|vừa|chỉ(?!\s+(?:số|tiêu|thị|đạo|huy|định))|mới(?=\s+(?:đạt|có|thu|làm|chế|xây|trồng|cấp|giải|thu|hoàn)))"
_SUBJECT_HEAD = re.compile(
    rf"^(?:(?:{alternation(AGENT_WORDS)})(?:\s+[^\W\d_]+){{0,3}}?\s+)?(?:{_AUX_HEAD}\s+)+", re.IGNORECASE
)
#: The basis of the comparison before, at the head of the words after it: ``tăng 23,7% so với cùng
#: kỳ với số vốn đăng ký là 7.405 tỷ đồng``.
_COMPARISON_HEAD = re.compile(
    r"^\s*(?:so\s+với|so)\s+(?:(?:cùng\s+kỳ|kế\s+hoạch|dự\s+toán|năm\s+trước|năm\s+ngoái|tháng\s+trước|quý\s+trước)"
    r"(?:\s+(?:năm\s+trước|năm\s+ngoái))?[\s,]*|năm\s+(?=(?:do|nhờ|vì|bởi)\s)|(?=(?:do|nhờ|vì|bởi)\s))"
    r"(?:(?:do|nhờ|vì|bởi)\s+)?",  # ``so năm 2019 do nhóm hàng ăn``: the cause names the next figure
    re.IGNORECASE,
)
#: The basis of the figure before, ended by ``và``: ``đạt 77,2% dự toán năm và giảm 11,06%``,
#: ``đạt 507,8 tỷ đồng theo kế hoạch và phấn đấu thu đạt 850 tỷ đồng``.
_PREVIOUS_BASIS = re.compile(
    rf"^\s*(?:theo\s+)?(?:{alternation(BASIS_WORDS)})(?:\s+(?!(?:do|nhờ|vì|bởi)\s)[^\W\d_]+){{0,6}}?\s+và\s+",
    re.IGNORECASE,
)
#: The words a list's subject ends with that the items replace: ``các thị trường chính``.
_LIST_WORDS = re.compile(
    r"\s*(?:các|những)?\s*(?:thị\s+trường|lĩnh\s+vực|ngành|mặt\s+hàng|sản\s+phẩm|nhóm\s+hàng|địa\s+phương)"
    r"(?:\s+(?:chính|chủ\s+yếu|chủ\s+lực|trọng\s+điểm))?\s*(?:như|gồm|là)?\s*$",
    re.IGNORECASE,
)
#: Where the subject of a list ends: at the words that name its items (``các thị trường``, ``một số
#: nhóm hàng``), a place, or what is said of them (``tăng mạnh như``).
_SUBJECT_END = re.compile(
    r"\s+(?:các|những|một\s+số|nhóm|tại|ở|tăng|giảm|đạt|như|gồm|là|cụ\s+thể)(?![^\W\d_])|\s*[,(]",
    re.IGNORECASE,
)
#: ``, gồm`` / ``, bao gồm`` opening the items of a list that has no colon.
_ITEMS_OPEN = re.compile(r",\s*(?:bao\s+)?$")
#: The word that opened the list, left at the head of its first item's label.
_ITEMS_WORD = re.compile(r"^(?:bao\s+)?gồm\s+", re.IGNORECASE)
#: How much of the text before a list's ``gồm`` may hold its subject (characters).
LIST_HEAD_CHARS = 160
#: How far after its colon a list's items still carry its subject (characters).
LIST_REACH = 400
_SHARED = re.compile(rf"\s+(?:số\s+)?(?:{alternation(SHARED_NOUNS)}){_E}")
#: A percentage's words that start with the people or places it is a share of: ``hộ nghèo``.
_SHARED_HEAD = re.compile(rf"(?:số\s+)?(?:{alternation(SHARED_NOUNS)}){_E}")
#: What stands before the next item of a list that shares the verb of the first: a comma or ``và`` and a
#: hedge (``, gần 500 tấm da và trên 3 tấn thịt``), not a verb of its own (``, có 108 đảng viên vi phạm``).
_NEXT_ITEM = re.compile(r"[\s,]*(?:và\s+)?(?:(?:gần|khoảng|hơn|trên|xấp\s+xỉ|chừng)\s+)?")
#: Another count noun right after a count's own (``xã, thị trấn``, ``hộ và cơ sở``): one thing counted
#: (not the name of the next item: ``mũi 1: 165.055 người, mũi 2: ...``).
_MORE_NOUNS = re.compile(rf"(?:(?:\s*,\s*|\s+và\s+)(?:{alternation(COUNT_UNITS)}){_E}(?!\s*[\d:]))+")
#: A named scenario of a forecast (``kịch bản thứ 2``, ``phương án cao``), and one referred back to.
#: The lookbehind comes after the first letter: the regex engine then skips to the next ``k`` or ``p`` of
#: the paragraph searched before each figure instead of trying every position.
_SCENARIO = re.compile(
    r"(?:k(?<![^\W\d_].)ịch\s+bản|p(?<![^\W\d_].)hương\s+án)\s+(?:thứ\s+\d|\d|tốt\s+nhất|xấu\s+nhất|cao(?:\s+nhất)?|thấp(?:\s+nhất)?"
    r"|cơ\s+sở|trung\s+bình|lạc\s+quan|bi\s+quan)(?![^\W\d_])"
)
_THIS_SCENARIO = re.compile(r"\s+(?:với|theo|ở|trong)\s+(?:kịch\s+bản|phương\s+án)\s+này$", re.IGNORECASE)
#: An amount of what a count counted, introduced by ``với`` (``với tổng vốn đầu tư``, ``với số vốn đăng ký là``),
#: maybe after the count's change (``598 doanh nghiệp, tăng 3,7% so với cùng kỳ với số vốn ...``).
_WITH_AMOUNT = re.compile(
    r"(?:\s+(?:trên\s+địa\s+bàn|tại|ở)\s+[^,;.\d]{1,40})?"  # ``135 dự án FDI còn hiệu lực trên địa bàn tỉnh, với ...``
    r"\s*,?\s*(?:(?:tăng|giảm)\s+[\d.,]+\s*%(?:\s+so\s+(?:với\s+)?(?:cùng\s+kỳ|năm\s+trước|kế\s+hoạch))?\s*,?\s*)?"
    r"với\s+(?:tổng\s+)?(?:số\s+)?(?:vốn|phòng|diện\s+tích|kinh\s+phí|giá\s+trị|công\s+suất)"
)
#: The same amount after a comma: ``có 340 dự án, tổng vốn đầu tư 375 triệu USD``.
_AFTER_COMMA = re.compile(
    r"\s*,\s*(?:tổng\s+)?(?:số\s+)?(?:vốn|kinh\s+phí|giá\s+trị|doanh\s+thu|diện\s+tích)"
)
#: A clause about the figure said before: ``Đây là kết quả ...``, ``Con số này ...``.
_DEMONSTRATIVE = re.compile(
    r"(?<![^\W\d_])(?:(?:đây|đó)\s+là|(?:con\s+số|mức|kết\s+quả|chỉ\s+tiêu)\s+(?:này|đó|trên))(?![^\W\d_])"
)
#: What such a clause calls the figure: itself (``Đây là ...``) or a word for any figure (``mức``, ``kết quả``).
_CHANGE_WORD = re.compile(r"(?<![^\W\d_])(?:tăng|giảm)(?![^\W\d_])")
_POINTED = re.compile(r"(?:(?:đây|đó)\s+là|mức|kết\s+quả|con\s+số)(?![^\W\d_])", re.IGNORECASE)
_COUNT_HEAD = re.compile(r"^(?:tổng\s+)?số\s+", re.IGNORECASE)
_VERB_FIRST = frozenset(v.split()[0] for v in ACTION_VERBS)
#: Verbs that start a clause of their own after a comma, not one more thing counted.
_CLAUSE_VERBS = (_VERB_FIRST | {"tạo", "giúp", "góp", "đưa", "nâng", "đạt", "đảm", "bảo"}) - {
    "tăng",
    "giảm",
    "công",  # also the first word of nouns: ``công trình``, ``chi phí``, ``thu nhập``, ``đầu tư``
    "chi",
    "thu",
    "đầu",
    "xuất",
    "nhập",
    "mua",  # ``góp vốn, mua cổ phần``: one deed in two
}
#: First words of a deed done for those a count counts (``giải quyết việc làm cho 2.400 lao động``).
#: The most words (an aside in brackets aside) of a deed done for a count (``lập hồ sơ địa chính và cấp
#: giấy chứng nhận quyền sử dụng đất được 95 xã``).
DEED_REACH = 14
_DEED_VERBS = _VERB_FIRST | {
    "lập",  # ``lập hồ sơ``, ``lập quy hoạch``
    "thông",  # ``thông qua``
    "phê",  # ``phê duyệt``
    "kiểm",  # ``kiểm tra``
    "trao",
    "tạo",
    "tổ",
    "tăng",
    "giảm",
    "hỗ",
    "chi",
    "cung",
    "tuyên",
    "bố",
    "phân",
    "trợ",
    "cho",
}
_ONLY_CHANGE = re.compile(r"(?:tăng|giảm)(?:\s+tuyệt\s+đối)?")
#: A count right after an amount, for whom it was spent: ``chi trả 76 tỷ đồng cho 3.421 đối tượng``.
#: The money word of what was paid (``tiền bồi thường``): those paid got the thing, not the money.
_PAID_MONEY = re.compile(r"^(?:tiền|kinh\s+phí)\s+", re.IGNORECASE)
_FOR_ONLY = re.compile(r"[\s,)]*cho(?:\s+(?:khoảng|gần|hơn|trên))?\s*")
#: A count that is a total: ``trong tổng số hơn 11,5 nghìn DN``, ``với tổng số 1.200 phòng``.
_TOTAL = re.compile(r"(?:trong\s+|với\s+)?(tổng\s+số|tổng|số\s+lượng)")
#: Words before a count that only say when (``trong những ngày nghỉ Tết``, ``đến hết ngày mùng 4
#: Tết``, ``Cá biệt có ngày``), after who reported it (``Thống kê sơ bộ cho thấy``).
_ONLY_WHEN = re.compile(
    r"(?:[^,]*\scho\s+(?:thấy|biết)\s+)?(?:(?:cá\s+biệt|riêng|trong|vào|sau|suốt|đến\s+hết|tính\s+đến|đến)\s+)*"
    r"(?:có\s+)?(?:(?:những|các|mấy|\d+)\s+)?(?:ngày|dịp|thời\s+gian|kỳ\s+nghỉ)(?:\s[^,]*)?"
)
#: Verbs of receiving visitors: the count is of the visitors, whoever receives them.
_RECEIVED = re.compile(
    r"(?<![^\W\d_])(?:đón|tiếp\s+đón|đón\s+tiếp|phục\s+vụ|thu\s+hút)(?:\s+(?:được|thêm))?$"
)
#: A growth label that names nothing it is the growth of.
_BARE_GROWTH_WORDS = frozenset({"tăng trưởng", "tốc độ tăng trưởng", "mức tăng trưởng"})
#: A topic opener at a sentence's head: ``Về kinh tế,``.
_ABOUT_TOPIC = re.compile(
    r"\W*về\s+([^\W\d_][^,;:]{1,30}),\s*(?:tốc\s+độ\s+|mức\s+)?tăng\s+trưởng", re.IGNORECASE
)
#: A sector that is the subject of the sentence's first part, its growth in the next: ``Công nghiệp duy
#: trì vai trò động lực, tăng trưởng gần 7%/năm``.
_SECTOR_SUBJECT = re.compile(
    r"\W*((?:công|nông|lâm|ngư|dịch|thương|du|xây)\s+(?:nghiệp|vụ|mại|lịch|dựng))\s[^,;:]*,\s*"
    r"(?:tốc\s+độ\s+|mức\s+)?tăng\s+trưởng",
    re.IGNORECASE,
)
#: A label that says only that its figure is an average (``bình quân``, ``bình quân 1 xã``).
_AVERAGE_HEAD = re.compile(r"(?:bình\s+quân|trung\s+bình)(?![^\W\d_])")
#: Visitors named before the verb that received them, with who did (``tổng lượt khách do các cơ sở lưu trú
#: phục vụ``): the words before name the count already, the verb is said of them.
_VISITORS_SERVED = re.compile(r"(?:tổng\s+)?(?:số\s+)?(?:lượt\s+)?(?:du\s+)?khách\b.*\sdo\s")
#: Which plan a figure is: ``507,8 tỷ đồng theo kế hoạch``, ``850 tỷ đồng theo mục tiêu nghị quyết Đại hội``.
_PLAN_AFTER = re.compile(
    r"\s+(theo\s+(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|nghị\s+quyết|dự\s+toán)(?:\s+(?:nghị\s+quyết|kế\s+hoạch|đề\s+ra|giao))?)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
#: Openers of a sentence that details the one before it.
_ELABORATION = re.compile(r"\W*(?:cụ\s+thể|trong\s+đó|theo\s+đó)\W")
_DANGLING_PERIOD = re.compile(
    r"(?:^|\s+)(?:(?:(?:tính\s+)?đến(?:\s+hết)?|trong|của|cả|từ)\s+)?(?:năm|tháng|quý|ngày)\s*$",
    re.IGNORECASE,
)
_TOPIC_HEAD = re.compile(r"^(?:công\s+tác|việc|hoạt\s+động)\s+", re.IGNORECASE)
_PASSIVE = re.compile(r"\s(?:được|bị|đã|đang|sẽ|vẫn|cũng)\s")
_PREDICATE_HEAD = re.compile(r"(?:được|đã|đang|sẽ|bị|là|có|vẫn|cũng|tùy|tuỳ)(?![^\W\d_])")
_AUX = r"(?:đã|đang|sẽ|cũng|vẫn|đều|vừa|mới|tiếp\s+tục|liên\s+tục)"
#: An auxiliary after a named quantity starts what is said of it: ``thu ngân sách đang có nhiều
#: chuyển biến tích cực, tăng 27%``.
_LAST_AUX = re.compile(rf".*(?<![^\W\d_]){_AUX}\s+")
_AUX_PAIRS = (("tiếp", "tục"), ("liên", "tục"))
_WITH_ONLY = re.compile(r"[\s)]*với\s*")
_STOPS = Phrases(PHRASE_STOPS)
_STOPS_NOT_THEO = Phrases([w for w in PHRASE_STOPS if w != "theo"])
# after an amount, ``để`` says what the money is for (``đầu tư 8.940 tỷ đồng để phát triển thương mại``)
_STOPS_NOT_FOR = Phrases([w for w in PHRASE_STOPS if w != "để"])
_TRAILS = reversed_phrases(PHRASE_TRAIL)
#: Words whose second syllable is a trailing word (``cây lâu năm``, ``cấp mã số``): kept whole.
_WHOLE_TRAILS = frozenset(tuple(word.split()) for word in WHOLE_TRAIL_WORDS)
_GLUE = frozenset({"tăng", "giảm", "đạt", "bằng", "chiếm", "vượt", "gấp", "tương", "so", "với", "là", "có"})
_LEAD = re.compile(r"^(?:\s|,|và\s|theo\s|là\s)+")
_BASIS_HEAD = re.compile(rf"^(?:{alternation(BASIS_WORDS)}){_E}")
_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?![\w])"
_NAME = rf"{_NAME_WORD}(?:[\s-]+{_NAME_WORD})*"
_NAME_START = re.compile(rf"{_NAME_WORD}\s+{_NAME_WORD}")
_APPOSITION = re.compile(rf"^\s*(?:là|gồm|như)\s+{_NAME}(?:(?:\s*,\s*|\s+và\s+){_NAME})*")
#: Places counted are often named right after their noun: ``3 xã Đạo Nghĩa, Nhân Đạo đạt chuẩn``.
_NAMED_PLACES = re.compile(rf"^\s*{_NAME}(?:(?:\s*,\s*|\s+và\s+){_NAME})*")
_PLACE_NOUNS = frozenset(
    {"xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố", "thôn", "bản", "làng"}
)
#: A figure's clause that ends in ``cho``: the count after it is of beneficiaries, which the words
#: before already name (``giải quyết việc làm cho 35.400 lao động``).
# ``cho 35.400 lao động``, ``đối với 40 đảng viên``: those a deed was done for
_FOR_TAIL = re.compile(
    r"(?<![^\W\d_])(?:cho|đối\s+với)(?:\s+(?:khoảng|gần|hơn|trên|trên\s+dưới|xấp\s+xỉ))?\s*$"
)
_OF_TAIL = re.compile(r"(?<![^\W\d_])của\s*$")
#: The head of a list's labels that its later items share (``Giá trị sản xuất công nghiệp ...;
#: Nông - lâm - thủy sản ...``).
_LIST_HEAD_STARTS = frozenset({"tổ", "gi", "ki", "sả", "di", "do", "vố", "th", "ch", "xu", "nh"})
_LIST_HEAD = re.compile(
    r"^(?:tổng\s+)?(?:giá\s+trị\s+sản\s+xuất|kim\s+ngạch\s+(?:xuất|nhập)\s+khẩu|sản\s+lượng|diện\s+tích"
    r"|doanh\s+thu|vốn\s+đầu\s+tư|thu\s+ngân\s+sách|chi\s+ngân\s+sách|(?:xuất\s+)?nhập\s+khẩu|xuất\s+khẩu)(?![^\W\d_])"
)
#: Where the noun phrase after a figure ends: punctuation or the next number, but not a hotel's stars
#: (``khách sạn 4 - 5 sao``).
# a digit ends a phrase, unless it is a star rating (``4 - 5 sao``), the number of a grade (``chợ hạng 1``)
# or the criteria a group reached (``11 xã đạt từ 15-18 tiêu chí``: a threshold, no record, said of those
# counted; not an average per commune, ``đạt bình quân 9 tiêu chí/xã``, a record of its own)
_PHRASE_END = re.compile(
    r"[;:.()\[\]\"“”…!?/\n]|(?<![^\W\d_])(?<!hạng )(?<!loại )(?<!cấp độ )(?<!hạng \d)(?<!loại \d)"
    r"\d(?!(?:\s*[-–]\s*\d)?\s+sao(?![^\W\d_]))(?!\d*(?:\s*[-–]\s*\d+)?\s+tiêu\s+chí(?![^\W\d_])(?!\s*/))"
)
_ADMIN_PLACE = re.compile(
    r"(?=[ctởđvCTỞĐV])(?<![^\W\d_])(?:(?:của|tại|ở|đến|vào|trong|trên\s+địa\s+bàn)(?:\s+(?:toàn|cả))?|toàn|cả)\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|tp)(?![^\W\d_])"
    r"(?!\s+[" + _UPPER + r"])",
    re.IGNORECASE,
)
#: The unnamed place inside the words after a figure (``hộ nuôi trong huyện thu hoạch cá``), not a named
#: one (``trong tỉnh Quảng Nam``).
_PLACE_INSIDE = re.compile(
    r"(?<![^\W\d_])(?:trong|của|tại|ở)\s+(?:toàn\s+)?(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)"
    rf"(?=\s+[{_LOWER}]|\s*$)"
)
_PLACE_PREPOSITION = re.compile(r"(?:\s|^)(?:của|tại|ở|đến|vào|toàn|trên\s+địa\s+bàn)\s*$", re.IGNORECASE)
_COUNTRY_TAIL = re.compile(r"\s+(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)\s*$", re.IGNORECASE)
#: A rank said of a quantity (``nhập siêu lớn nhất cả nước``, ``giảm sâu nhất``): what is said of it, not
#: its name.  The change verb before it goes with it unless the figure is a percentage (its label keeps it).
#: The deeds an amount of money is spent or raised by; the amount is the funds (``Vốn huy động``).
_SPENT = re.compile(r"(?:đầu\s+tư|huy\s+động|giải\s+ngân)(?![^\W\d_])", re.IGNORECASE)
_FUNDS = re.compile(r"(?<![^\W\d_])(?:vốn|kinh\s+phí|tiền|nguồn|ngân\s+sách)(?![^\W\d_])", re.IGNORECASE)
#: A lead or a rank in what a figure measures (``dẫn đầu cả nước về thu hút vốn FDI với 3,2 tỷ USD``,
#: ``đứng thứ 3 cả nước về ...``): the ``về`` is the rank's, the label keeps what follows it.
_LEADS_IN = re.compile(
    r"(?<![^\W\d_])(?:dẫn\s+đầu|đứng\s+đầu|(?:đứng|xếp)\s+(?:vị\s+trí\s+)?(?:thứ|hạng)\s+[^\W_]+)"
    r"(?:\s+(?:cả\s+nước|toàn\s+quốc|khu\s+vực|vùng|toàn\s+tỉnh|tỉnh))?\s+về\s"
)
#: A share whose part is a name (``Tỷ trọng Nhật Bản``, ``Tỷ trọng Long An trong tổng vốn FDI``).
_NAMED_SHARE = re.compile(rf"Tỷ trọng (?P<name>{_NAME})(?: trong tổng (?P<measure>[^\d()]+))?")
#: A share a name has of a measure, said before ``chiếm tỷ trọng``: ``Hàn Quốc có vốn đầu tư chiếm tỷ trọng``.
_HAD_SHARE = re.compile(rf"(?P<name>{_NAME}) có (?P<measure>[^\d(),]+?) chiếm tỷ trọng")
#: A share of a name's part, as :meth:`Labeller._owner_share` writes it.
_OWNED_SHARE = re.compile(r"Tỷ trọng (?P<measure>[^\d(),]+?) của .+?(?P<whole> trong tổng .+)?")
#: What is left of the next item of a ranking (``tiếp đến là Tây Ninh với``): its words, not its name.
_NEXT_RANKED = re.compile(r"tiếp(?:\s+(?:đến|theo|sau))?(?:\s+là)?(?:\s+\S+){0,4}", re.IGNORECASE)
#: An ordinal rank said of a figure's owner: ``đứng thứ hai``, ``xếp vị trí thứ 12 cả nước``.
_RANK = re.compile(
    r"(?<![^\W\d_])(?:đứng|xếp|xếp\s+hạng)\s+(?:ở\s+)?(?:vị\s+trí\s+)?(?:thứ|hạng)\s+[^\W_]+"
    r"(?:\s+(?:cả\s+nước|toàn\s+quốc))?(?![^\W\d_])",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(
    r"(?:\s+(?:tăng|giảm))?\s+(?:lớn|nhiều|cao|thấp|sâu|mạnh|nhanh|nặng(?:\s+nề)?)\s+nhất(?:\s+(?:cả\s+)?nước|\s+toàn\s+quốc)?\s*$",
    re.IGNORECASE,
)
#: A list's subject that names places (``Diện tích huyện bị thiệt hại``): its measure, the place noun, and
#: what is said of the places.
_PLACES_LISTED = re.compile(
    rf"^(.*?)\s*(?<![^\W\d_])(?:{alternation(sorted(_PLACE_NOUNS, key=len, reverse=True))})\s+(.+)$",
    re.IGNORECASE,
)
_SCENARIO_WORDS = re.compile(r"kịch\s+bản|phương\s+án", re.IGNORECASE)
#: Where visitors go is not what is counted: ``khách du lịch đến các khu, điểm du lịch``.
_VISITORS_TO = re.compile(
    r"(khách(?:\s+[^\W\d_]+){0,3}?)\s+đến\s+(?:các|những|thành\s+phố|tỉnh|địa\s+bàn)(?![^\W\d_]).*$",
    re.IGNORECASE,
)
#: The whole of a share said before its part: ``Trong cơ cấu kinh tế, mảng dịch vụ chiếm ...``.
_WHOLE_FIRST = re.compile(r"trong\s+([^,]{3,60}?)(?:,|\s+thì)\s*(?=\S)", re.IGNORECASE)
#: A word that only says the part is one of the whole's parts (``mảng``, ``khu vực``, ``ngành``).
_MEMBER_HEAD = re.compile(r"^(?:mảng|lĩnh\s+vực|nhóm|khối)\s+(?=\S+\s)", re.IGNORECASE)
_SHARE_WHOLE_HEAD = re.compile(r"^\s*(?:trong|so\s+với|của)\s+")
_GENERIC_MEASURE = re.compile(
    r"^((?:sản\s+lượng|năng\s+suất|diện\s+tích|giá\s+trị|giá|kim\s+ngạch|doanh\s+thu)(?:\s+bình\s+quân)?)"
    r"(?:\s+mỗi\s+\S+)?$"
)
#: A rate at the end of a label (``mỗi ngày``): said of one figure, not of the next that borrows its words.
_RATE_TAIL = re.compile(r"\s+mỗi\s+\S+$")
#: A measure that names nothing it measures (``Quy mô``, ``Tổng trị giá``): the clause's thing is its.
_LONE_MEASURE = re.compile(
    r"(?:tổng\s+)?(?:số\s+)?(?:trị\s+giá|giá\s+trị|quy\s+mô|công\s+suất|diện\s+tích|kinh\s+phí(?:\s+đầu\s+tư)?"
    r"|(?:tổng\s+)?mức\s+đầu\s+tư|vốn\s+đầu\s+tư|sản\s+lượng|lợi\s+nhuận|doanh\s+thu"
    r"|kim\s+ngạch(?:\s+(?:xuất|nhập)\s+khẩu)?)$"
)
#: An organisation named by its acronym (five letters or more: not a sector's ``TTCN`` nor ``UBND``)
#: that does what its sentence reports (``NHCSXH đã giải ngân``, ``NHCSXH đạt tổng nguồn vốn``): the
#: amounts it reports are its own, and their labels say so.
_OWNER = re.compile(
    r"([A-ZĐ]{5,})\s+(?:(?:đã|đang|sẽ|cũng|vẫn|còn)\s+)*"
    r"(?:đạt|giải\s+ngân|huy\s+động|tổ\s+chức|cho\s+vay|đầu\s+tư|tài\s+trợ)(?![^\W\d_])"
)
_AGENT_KEYS = frozenset(AGENT_WORDS)
#: A label that names only a measure, not what it measures (``Tổng diện tích``, ``Sản lượng giảm``):
#: the genre said what it measures once, in the paragraph or an opener of the sentence, and goes on.
_MEASURE_ONLY = re.compile(
    r"^(?:tổng\s+)?(năng\s+suất|sản\s+lượng|diện\s+tích|t[ỷỉ]\s+lệ|số\s+thu|kim\s+ngạch|giá\s+trị"
    r"|doanh\s+thu|kinh\s+phí|chi\s+phí|lượng\s+khách|vốn\s+đăng\s+ký|(?<=tổng\s)(?:thu|mức\s+đầu\s+tư))"
    r"((?:\s+bình\s+quân)?(?:\s+(?:tăng|giảm))?)$",
    re.IGNORECASE,
)
#: How far back an earlier mention of a measure may tell what it measures.
TOPIC_REACH = 1200
#: Measures whose earlier mentions are not read for a topic: ``thu`` starts other words (``thu hút``).
_UNMENTIONED = frozenset({"thu", "mức đầu tư"})
#: What a title says a measure or a sector is of: ``mở rộng diện tích hồ tiêu tại ...``, ``Ngành du
#: lịch TPHCM ...``; the words after it up to a name, a place or a verb are the article's topic.
_TITLE_THING = re.compile(
    r"(?<![^\W\d_])(?:diện\s+tích|sản\s+lượng|năng\s+suất|giá\s+trị|kim\s+ngạch|doanh\s+thu|ngành"
    r"|lĩnh\s+vực)\s+(?=[^\W\d_])",
    re.IGNORECASE,
)
#: A sector named in running text (``của ngành du lịch tỉnh``), not a plural (``các ngành``), nor the
#: authorities (``ngành chức năng``, ``cấp, ngành``).
_SECTOR_SAID = re.compile(
    r"(?<![^\W\d_])(?<!các\s)(?<!những\s)(?<!cấp,\s)(?<!cấp\s)(?:ngành|lĩnh\s+vực)\s+"
    r"(?!(?:chức\s+năng|liên\s+quan|hữu\s+quan|chuyên\s+môn|nghề|hàng)(?![^\W\d_]))(?=[^\W\d_])"
)
#: Words at most of a deed an item of a list takes from the item before (``xuất khẩu``).
DEED_WORDS = 3
#: At most this many words after the firms' noun say which firms they are.
FIRM_WORDS = 5
#: What may part an item of a list from the figure of the item before: a separator, a connector.
_NEXT_SIBLING = re.compile(r"[\s,;]*(?:(?:thì|còn|và|trong\s+khi)\s+)?")
_BRACKETED = re.compile(r"\([^()]*\)")
#: Figures back in a paragraph whose thing a bare measure may take.
PARAGRAPH_FIGURES = 4
#: What a measure's label says after its thing: its change, that it is an average.
_AVERAGE_TAIL = re.compile(r"(?:\s+bình\s+quân)?(?:\s+(?:tăng|giảm))?$")
#: Paragraphs back from a figure's own whose opener (``Về X,``) may still name its topic.
TOPIC_PARAGRAPHS = 2
#: Longest first line read as a title.
TITLE_CHARS = 250
#: A cut-off day or ``now`` (``Đến 15/9, ...``, ``Đến nay, tỉnh có 1.111 dự án``, ``lũy kế``): the figures
#: after it are counted to that day, not over the part of the year the lead named.
_CUT_OFF = re.compile(
    r"(?<![^\W\d_])(?:(?:tính\s+)?(?:đến|tới)\s+(?:nay|ngày\s+\d|\d{1,2}\s*/\s*\d)|l[ũu]y\s+kế)(?![^\W\d_])"
)
#: What a figure says of a stock or a project, not of a part of the year (``Dự án FDI còn hiệu lực``,
#: ``Tổng mức đầu tư dự án``, ``quy mô``): no span of the lead is its.
_STOCK = re.compile(
    r"còn\s+hiệu\s+lực|tổng\s+mức\s+đầu\s+tư|(?<![^\W\d_])(?:quy\s+mô|tổng\s+đàn)|công\s+suất(?!\s+phòng)",
    re.IGNORECASE,
)
#: How far into an article its title and lead reach, where a report names the part of the year it is on.
LEAD_CHARS = 400
#: An opener that names what the sentence is about: ``Về cây lúa,``, ``Đối với ngành thủy sản,``,
#: ``Lĩnh vực du lịch:``, ``Riêng mảng xuất khẩu,``.
_TOPIC_OPENER = re.compile(
    r"\W*(?:(?:về|đối\s+với|riêng)\s+(?:riêng\s+)?|(?=lĩnh\s+vực|ngành)(?=\S+\s+\S+\s*:))"
    r"([^,:;.\d]{3,60}?)\s*[,:]",
    re.IGNORECASE,
)
#: Words a topic never starts with: a pointer back, a verb of change or reporting, a hedge, a place word.
_NOT_A_TOPIC = frozenset(
    {
        "này",
        "đó",
        "trên",
        "tăng",
        "giảm",
        "đạt",
        "là",
        "của",
        "và",
        "ước",
        "khoảng",
        "gần",
        "hơn",
        "được",
        "có",
        "cũng",
        "đã",
        "đang",
        "sẽ",
        "toàn",
        "tại",
        "ở",
        "cho",
        "so",
        "từ",
        "theo",
        "chiếm",
        "bằng",
        "vượt",
        "nhiều",
        "lớn",
        "thấp",
        "cao",
        "còn",
        "chỉ",
        "mới",
        "luôn",
        "không",
        "chưa",
        "tháng",
        "quý",
        "năm",
        "ngày",
        "dịp",
        "giai",
        "đợt",
        "trong",
        "thời",
        "tỉnh",
        "thành",
        "huyện",
        "quận",
        "thị",
        "xã",
        "phường",
        "tp",
        "vẫn",
        "đều",
        "thì",
        "mà",
        "nên",
        "như",
        "với",
        "để",
        "bị",
        "do",
        "vì",
        "nhờ",
        "cả",
        "liên",
        "tiếp",
    }
)
#: Characters before a measure read for the ``với`` it is said with.
WITH_CHARS = 12
#: What a thing's measure is said with, after the thing: ``..., với tổng diện tích``.
_WITH_MEASURE = re.compile(r"\S\s*,?\s+với\s+(?:tổng\s+)?$")
#: Words that start no topic though a thing's words might: ``thực hiện``, ``nêu trên``, ``bình quân``.
_NOT_A_TOPIC_HEAD = re.compile(
    r"(?:thực\s+hiện|nêu\s+trên|nói\s+trên|kể\s+trên|bình\s+quân|trung\s+bình)(?!\w)"
)
#: A quantifier that makes a measure word a noun of things (``một số diện tích``, ``các diện tích``).
_PLOTS = re.compile(r"(?<!\w)(?:số|các|những|nhiều)\s+$")


@lru_cache(maxsize=64)
def _done_to(verb: str) -> re.Pattern[str]:
    """``verb`` with its object after it (``thu phí``, ``chi trả tiền bồi thường``), not a word it
    starts (``thu nhập``, ``thu hút``) nor the noun it makes (``số thu``, ``nguồn thu``)."""
    return re.compile(
        rf"(?<![^\W\d_])(?<!số\s)(?<!nguồn\s)(?<!khoản\s){re.escape(verb)}\s+"
        r"(?!(?:nhập|hút|hoạch|hồi|gom|mua|xếp|hẹp|được|về|đạt|trên|hơn|gần|khoảng|hết|qua)(?![^\W\d_]))"
        r"(?=[^\W\d_])",
        re.IGNORECASE,
    )


#: Mentions of a measure that name a topic, taken back at most, and mentions read at most.
TOPIC_MENTIONS = 4
TOPIC_READ = 12
#: Words of a topic at most.
TOPIC_WORDS = 8
#: A share's label (``Tỷ trọng P trong W``): its part ``P``, what an amount said with it is of.
_SAID_SHARE_HEAD = re.compile(r"T[ỷỉ] trọng (.+?)(?: trong .+)?$")
#: Quotation marks: a label that ends with a closing one it never opened took the end of a quote.
_CLOSING_QUOTES = frozenset("”»")
_OPENING_QUOTES = ("“", "«")
#: Words at most of who gets the support an amount is of (``cho các vùng sản xuất tập trung``).
BENEFICIARY_WORDS = 5
#: The first words two items of one list share (``Khu công nghiệp``): their kind.
PARALLEL_WORDS = 2
#: How far back from a bracketed amount the plan it states may start.
PLAN_REACH = 80
#: A plan a percentage was of, its amount in brackets after it: ``đạt 66,7% chỉ tiêu Bộ Tài chính
#: giao (67.000 tỷ đồng)``, ``bằng 75% dự toán (6.000 tỷ đồng)``.
_PLAN_BRACKET = re.compile(
    r"\d\s*%\s+(?:so\s+với\s+)?(chỉ\s+tiêu|dự\s+toán|kế\s+hoạch)(?:\s+(?:năm|được|đã))?((?:\s+[^\s\d()%,;.]+){0,6}?)\s*\(\s*$",
    re.IGNORECASE,
)
#: A rate that says what is done but not of what (``Tỷ lệ lấp đầy``, ``Tỷ lệ giải ngân``).
_BARE_RATE = re.compile(r"t[ỷỉ] lệ \S+(?: \S+)?$", re.IGNORECASE)
#: The measure at the head of a label, taken off to leave the thing measured.
_LEADING_MEASURE = re.compile(
    r"^(?:tổng\s+)?(?:số\s+)?(?:diện\s+tích|sản\s+lượng|năng\s+suất|giá\s+trị|trị\s+giá|kim\s+ngạch|doanh\s+thu"
    r"|chiều\s+dài|quy\s+mô|công\s+suất|(?:tổng\s+)?mức\s+đầu\s+tư|vốn\s+đầu\s+tư|kinh\s+phí)\s+"
)
#: Auxiliaries between a name and the change it ends with: ``hiện đã tăng``, ``cũng giảm``.
_AUX_BEFORE_CHANGE = re.compile(r"(?:\s+(?:hiện|đã|đang|vẫn|cũng|lại|đều))+\s+(?:tăng|giảm)$")
_CHANGE_TAIL = re.compile(r"\s+(?:tăng|giảm)$")
#: A share moved (``giảm tỷ trọng của các khu vực X``): the share is the quantity, the move its direction.
_MOVED_SHARE = re.compile(
    r"(?<![^\W\d_])(?:giảm|tăng|nâng)\s+(?:tỷ|tỉ)\s+trọng\s+(?:của\s+(?:các\s+)?)?(?=\S)", re.IGNORECASE
)
_LEADING_QUANTITY = re.compile(
    r"^(?:tổng\s+)?(?:diện\s+tích|sản\s+lượng|năng\s+suất|giá\s+trị|kim\s+ngạch|doanh\s+thu|tỷ\s+lệ|tỉ\s+lệ)\s+"
)
_LEADING_RATE = re.compile(r"^(?:tỷ|tỉ)\s+(?:lệ|trọng)\s+")
_GOODS_LIST = re.compile(
    r"(?:mặt|nhóm)\s+hàng(?:\s+[^\W\d_]+){0,6}?\s+((?:xuất\s+)?nhập|xuất)\s+khẩu(?:\s+[^\W\d_]+){0,16}?"
    r"(?:\s+(?:là|gồm|như)\s*[\s:]|\s*:\s)"
)
#: The two spellings of the rate words: ``tỷ lệ``/``tỉ lệ``, ``tỷ trọng``/``tỉ trọng``.
_TI = re.compile(r"t[ỷỉ]\s(?:lệ|trọng)")
_SHARE_HEAD = re.compile(r"(?<![^\W\d_])(?:(?:tỷ|tỉ)\s+trọng|cơ\s+cấu\s+kinh\s+tế)(?![^\W\d_])")
_RATE_HEAD = re.compile(r"^(?:(?:tỷ|tỉ)\s+(lệ|trọng)|cơ\s+cấu)\s")
#: A share said before the bracket that holds its figure: ``chiếm tỷ trọng lớn (75% ...)``.
_SHARE_OPENING = re.compile(
    r"(?<![^\W\d_])chiếm(?:\s+(?:tỷ|tỉ)\s+(?:trọng|lệ))?(?:\s+(?:lớn|cao|nhỏ|thấp|chủ\s+yếu)(?:\s+nhất)?)?\s*$",
    re.IGNORECASE,
)
#: An item of a list named by a proper name alone, after the words that introduce the list.
_ITEM_WORD = rf"(?:{_NAME_WORD}|[{_UPPER}]{{2,6}}(?![\w]))"
_ITEM_NAME = re.compile(
    rf"(?:^|\s)(?:(?:đó\s+)?là\s+|gồm\s+|như\s+|:\s*)?({_ITEM_WORD}(?:[\s-]+{_ITEM_WORD})*)\s*$"
)
#: The same amount in another unit: ``(tương đương 115 triệu USD)``.
_EQUIVALENT = re.compile(
    r"\s*(?:tương\s+đương(?:\s+với)?|tức(?:\s+là)?|hay|quy\s+đổi)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?"
)
#: What a place named in brackets leaves behind once the place is gone.
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
#: The income bound that says who belongs to a group (``tỷ lệ hộ nghèo (thu nhập dưới 16 triệu đồng/người/năm)
#: còn 3%``): no figure (see ``spans``), and no words of the label.
_INCOME_ASIDE = re.compile(
    r"\s*\(\s*(?:mức\s+)?thu\s+nhập\s+(?:bình\s+quân\s+)?(?:dưới|trên|không\s+quá|chưa\s+đến)\s[^()]*\)"
)
#: A length said of the noun before it: ``tuyến đường dài 65 km``.
_LENGTH_OF = re.compile(r"(?<![^\W\d_])(?:dài|có\s+chiều\s+dài)(?:\s+(?:khoảng|gần|hơn|trên|tới|đến))?\s*$")
#: Words that link a purpose to the deed before them (``phục vụ``, ``để``, ``nhằm``): a long label may
#: end before them.
_MODIFIER_LINKS = frozenset({"phục", "để", "nhằm"})
#: The words of the next part of a list of shares, after a comma: a whole does not run into them.
_NEXT_SHARE = re.compile(r"[^;:()\d]{1,60}?\s(?:(?:cũng\s+)?chiếm(?![^\W\d_])|\d)", re.IGNORECASE)
#: The short name a whole gives the economy: ``tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành``.
_ECONOMY_SHORT = re.compile(r"\((GRDP|GDP)\)")
#: The word that joins the last part of a list of shares to the one before: ``... 25% và dịch vụ``.
_JOINED = re.compile(r"\s*và(?=\s)", re.IGNORECASE)
#: Words after a share that say what it is made of, not what it is a share of.
_NOT_A_WHOLE = re.compile(r"(?:chủ\s+yếu|là|gồm|do|nhờ|với)(?![^\W\d_])", re.IGNORECASE)
#: A share's label, its part and its whole: ``Tỷ trọng vốn đầu tư vào khu vực A trong tổng vốn đầu tư``.
_SAID_SHARE = re.compile(r"T[ỷỉ] trọng (.+?) trong (.+)$")
# a percentage that opens its comma part or follows ``có``: nothing before it there but a cue or hedge
# word (not a verb whose object the group is: ``bảo đảm 100% người dân được ...`` names those the target
# is for)
_OPENS_PART = re.compile(
    r"(?:^|[,;:.(\n\"“]|(?<![^\W\d_])(?:có|và))\s*(?:(?:có|đã|đến\s+nay|hiện|hiện\s+nay|khoảng|gần|hơn|trên|xấp\s+xỉ|tới|chỉ|còn)\s+)*$",
    re.IGNORECASE,
)
OPENS_PART_REACH = 40
# ``bảo đảm`` right before a percentage of the sentence: the target's verb, whose object the groups are
_ENSURED = re.compile(
    r"(?<![^\W\d_])(?:bảo\s+đảm|đảm\s+bảo)\s+(?:(?:khoảng|gần|hơn|trên|tối\s+thiểu|ít\s+nhất)\s+)*\d"
)
# the first word of what follows a percentage when it is no group: a comparison, a predicate, a change
_NOT_A_GROUP = frozenset(
    {"so", "kế", "dự", "kh", "tổng", "trong", "của", "với", "và", "là", "thì", "trở", "tăng", "giảm", "cùng"}
)


class _Before(NamedTuple):
    """What the words before a figure say: its name, its change verb, and the words it was cut from."""

    label: str
    change: str
    core: str


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
        self._scenarios = "kịch bản" in low or "phương án" in low
        self._whole_year = "cả năm" in low  # the whole year, said against a part of it
        self._respectively = "tương ứng" in low  # a run of figures said respectively
        self._month_ends = "hết tháng" in low or "cuối tháng" in low  # a cut-off day at a month's end
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
            if (
                counted.lower() not in label.lower()
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
        if not figure.is_percent and self._said and _LONE_MEASURE.match(label.lower()):
            thing = self._measured_before(start)
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
        stock = self._stock_at_cut_off(sentence, start)
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
            end = begin
        return ""

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

    def _stock_at_cut_off(self, sentence: int, start: int) -> bool:
        """True when the sentence of the figure at ``start`` counts what there is at a cut-off day
        (``Tính đến cuối tháng 10, toàn tỉnh có 6.177 doanh nghiệp hoạt động``): its figures are a stock
        at that day, not the flow of the months up to it (``đến hết tháng 11 thu nội địa đạt ...``)."""
        cut = _CUT_OFF_MONTH.search(self.low, sentence, start) if self._month_ends else None
        if cut is None:
            return False
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


#: A month said with its year right after what is measured and before its verb (``Chỉ số sản xuất
#: công nghiệp tháng 9/2023 tăng``): the month the figure is of; a month opening the sentence
#: (``Tháng 4/2016, tỉnh công bố ...``) is as often the day of an event.
_MONTH_OF_YEAR = re.compile(
    r"tháng\s+(?P<month>\d{1,2})\s*/\s*(?:19|20)\d\d(?!\d)(?=\s+(?:ước|tăng|giảm|đạt|là|có|của)(?![^\W\d_]))"
)
#: Words before a month with its year that make it a day to compare with or count up to, not the
#: figure's month (``so với tháng 9/2022``, ``đến hết tháng 6/2023``, ``từ tháng 3/2021``).
_NOT_THE_MONTH = re.compile(
    r"(?<![^\W\d_])(?:so|với|đến|tới|từ|hết|cuối|đầu|giữa|vào|ngày|sau|trước|kể|\d+)\s+$"
)


def _month_in_figures(span: str) -> str:
    """``span`` lower-cased, a month by name in figures (``tháng Một`` → ``tháng 1``), to tell whether
    two spans are one."""
    low = span.lower()
    return f"tháng {MONTH_NUMBERS[low[6:]]}" if low[:6] == "tháng " and low[6:] in MONTH_NUMBERS else low


def _holiday_text(holiday: str) -> str:
    """A holiday span as a label ends with it: as named (``dịp Tết Nguyên đán``), but the days of the
    holiday (``ngày Tết``, ``mùng 4 Tết``) are the holiday (``dịp Tết``)."""
    low = holiday[:4].lower()
    return f"dịp {holiday[holiday.lower().index('tết') :]}" if low in ("ngày", "mùng", "mồng") else holiday


def _without_said(thing: str, measure: str) -> str:
    """``thing`` without the words at its end that ``measure`` already says: ``cá cảnh xuất khẩu`` of
    ``Kim ngạch xuất khẩu`` is ``cá cảnh``."""
    words, said = thing.split(), keys(measure)
    low = keys(thing)
    end = len(words)
    # the words both end with, not any word the measure has: ``nông sản`` of ``Tổng sản lượng`` stays
    while end > 1 and len(words) - end < len(said) and low[end - 1] == said[end - len(words) - 1]:
        end -= 1
    return " ".join(words[:end])


def _without_measure(topic: str, measure: str) -> str:
    """An opener's topic without the measure it starts with: ``Về diện tích lúa, tổng diện tích ...``."""
    topic = topic.strip()
    return topic[len(measure) + 1 :] if topic.lower().startswith(measure + " ") else topic


def _could_be_topic(low: str, at: int) -> bool:
    """False when the word at ``at`` starts no topic (``đạt``, ``này``, a number): read before the
    phrase is cut, which costs more."""
    space = low.find(" ", at, at + LONGEST_SYLLABLE + 1)
    word = low[at:space] if space >= 0 else low[at : at + LONGEST_SYLLABLE + 1]
    return bool(word) and word[0].isalpha() and word.rstrip(",;:.") not in _NOT_A_TOPIC


def _window_text(window: re.Match[str]) -> str:
    """A report window as a label ends with it: ``từ 1/1 đến 15/2``, ``lũy kế đến ngày 15/12``."""
    if window["first"]:
        return f"từ {window['first']} đến {window['last']}"
    return f"lũy kế đến ngày {window['upto']}"


def _another_year(between: str) -> bool:
    """True when the words between a span and its figure name a year of their own (``6 tháng đạt
    ..., năm 2017 đạt``), not the span's (``6 tháng đầu năm 2017``) nor a comparison's basis (``so
    với cùng kỳ năm 2016``)."""
    for year in _YEAR_BETWEEN.finditer(between):
        if not between[: year.start()].strip(" /"):
            continue
        if not _BASIS_YEAR.search(between, 0, year.start()):
            return True
    return False


#: What names a comparison's year before it: ``so với cùng kỳ năm 2016``, ``so với năm``.
_BASIS_YEAR = re.compile(r"(?:cùng\s+kỳ|so\s+với|so)\s*$")
#: What makes the year after it the start of a comparison, not a year of its own: ``kể từ năm 2011``.
_SINCE_YEAR = re.compile(r"(?<![^\W\d_])(?:kể\s+)?từ\s*$")
#: The words of a span a year may end (``6 tháng đầu năm 2023``, ``quý I năm 2023``, ``tháng 6 năm 2023``).
_SPAN_YEAR = re.compile(r"(?:tháng|quý\s+\S+|đầu|cuối|tháng\s+\d{1,2})\s*$")
#: What may come before a span that opens a sentence: a connector, then ``trong``.
_SPAN_OPENER = re.compile(
    r"(?:(?:đặc\s+biệt|ngoài\s+ra|bên\s+cạnh\s+đó|riêng|tính\s+chung|nhìn\s+chung|cũng|còn)\s*,?\s+)?"
    r"(?:(?:trong|tính\s+đến|đến|cả)\s+)?"
)
#: Spans of months spelled out (``Sáu tháng đầu năm``), written as the genre mostly does, in figures.
_SPELLED_MONTHS = {"ba": "3", "sáu": "6", "chín": "9"}
#: What a contribution after its figure goes to, up to the end of the clause: ``đóng góp 7,8% vào tăng
#: trưởng chung của cả nước,``.
_CONTRIBUTED_TO = re.compile(r"\s+((?:vào|cho)\s+[^\W\d_][^,;.()\d\n]{0,60}?)(?=\s*(?:[,;.()\n]|$))")
#: The months left of the year (``nhiệm vụ 3 tháng cuối năm``): in a lead, the tasks ahead, not a second
#: span reported on.
_REST_OF_YEAR = re.compile(r"\d{1,2}\s+tháng\s+cuối\s+năm")
#: The end of the year a span of months is counted back from: ``6 tháng cuối năm`` is no first half
#: (``6 tháng đầu năm`` is what ``6 tháng`` already says).
_YEAR_EDGE = re.compile(r"cuối\s+năm$")
#: A part of a breakdown in a label (``ở khu vực ngoài nhà nước``, ``ngành du lịch``), and the first
#: letters of the words it, or a measure given of it, may start a label with.  It opens with a look-ahead at
#: its first letters: its look-behinds would be tried at every character.
_BREAKDOWN = re.compile(
    r"(?=[ởctknl])(?:(?<=^)|(?<=\s))(?:(?:ở|của|tại)\s+)?(?:khu\s+vực|ngành|thành\s+phần|loại\s+hình)\s+(?=[^\W\d_])",
    re.IGNORECASE,
)
#: Quantity words that are part of a sector's own name: the foreign- or domestic-invested sector (``khu vực có vốn
#: đầu tư nước ngoài``) and the taxes a GDP structure lists with services (``dịch vụ và thuế nhập
#: khẩu``); they name no measure of the item.
_NAMED_SECTOR_WORDS = re.compile(
    r"có\s+vốn\s+đầu\s+tư\s+(?:trực\s+tiếp\s+)?(?:nước\s+ngoài|trong\s+nước)|thuế\s+(?:nhập\s+khẩu|sản\s+phẩm)"
)
_BREAKDOWN_STARTS = frozenset({"kh", "ng", "th", "lo", "tổ", "gi", "ki", "do", "sả", "xu", "nh", "vố", "ch"})
#: The place a figure is of, named by its administrative word (``trên địa bàn tỉnh``, ``trên địa bàn
#: huyện Gia Lâm``): the locality field says it (a bare ``trên địa bàn`` stays, as gold labels keep it).
_ON_THE_AREA = re.compile(
    rf"\s+trên\s+địa\s+bàn\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|phường)(?:\s+[{_UPPER}][^\W\d_]*)*(?![^\W\d_])"
)
#: A demonstrative that ends a label, with the stretch of time it points at (``giai đoạn này``): the
#: thing or time meant, which the label's other words or its period say (``dịp này`` names a holiday,
#: ``kịch bản này`` a scenario: those are read later; ``vụ này``, ``năm này`` name a time by it alone).
_THIS_END = re.compile(
    r"(?:\s+(?:giai\s+đoạn|thời\s+kỳ|thời\s+gian))?(?<!\sdịp)(?<!\sbản)(?<!\svụ)(?<!\sđợt)(?<!\snăm)\s+này$",
    re.IGNORECASE,
)
#: The ``tổng (số)`` a share's part opens with (``Tỷ trọng tổng vốn đầu tư Singapore trong ...``): the
#: part is a share of the total, no total itself (the economy's ``tổng sản phẩm`` is a name).
_TOTAL_PART = re.compile(r"(t[ỷỉ]\s+trọng\s+)tổng\s+(?:số\s+)?(?!sản\s+phẩm)(?=\S)", re.IGNORECASE)
#: ``góp phần``, what a figure helps towards: a label opens after it or ends before it.
_HELPED = re.compile(r"(?:^|\s+)góp\s+phần(?:\s+|$)", re.IGNORECASE)
#: The words that end a label saying a plan or target was set (``Chỉ tiêu đầu năm tỉnh đưa ra``).
_SET_OUT = re.compile(r"\s+(?:đề|đưa)\s+ra$", re.IGNORECASE)
#: The economy's own name, which says where its product is reckoned (``tổng sản phẩm trên địa bàn``,
#: ``tổng sản phẩm trong tỉnh``): those words name the indicator (GRDP), not the record's place.
_PRODUCT_BEFORE = re.compile(r"tổng\s+sản\s+phẩm\s*$", re.IGNORECASE)
#: What follows the economy's whole name: its short name, a price basis, a change, a span (a name cut
#: before its short name is a list's subject, whose parts are the sectors: ``trong đó: khu vực ...``).
_NAME_ENDS = re.compile(r"\s*(?:\(|(?:theo|tăng|giảm|bình|tháng|quý|\d)(?![^\W\d_]))", re.IGNORECASE)
_OWN_AREA = re.compile(r"\s*(?:trên\s+địa\s+bàn|trong\s+tỉnh)", re.IGNORECASE)


def _without_place(place: re.Pattern[str], label: str) -> str:
    """``label`` without the places ``place`` finds in it, but for the ``trên địa bàn`` or ``trong tỉnh``
    of the economy's own name (``Tổng sản phẩm trên địa bàn tỉnh (GRDP)`` → ``Tổng sản phẩm trên địa
    bàn (GRDP)``), which the articles and the hand-made labels keep."""

    def kept(found: re.Match[str]) -> str:
        if not _PRODUCT_BEFORE.search(label, 0, found.start()) or not _NAME_ENDS.match(label, found.end()):
            return ""  # ``tổng sản phẩm trong tỉnh khu vực dịch vụ``: a part, named by its own words
        own = _OWN_AREA.match(found.group(0))
        return own.group(0) if own else ""

    return place.sub(kept, label)


#: A month or quarter the label's own words already name (``Kim ngạch nhập khẩu tháng sáu``): a span
#: carried from another sentence would give it two.
_HAS_SPAN = re.compile(
    r"(?<![^\W\d_])(?:tháng\s+(?:\d{1,2}|một|giêng|chạp|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)|quý\s+(?:iv|i{1,3}|[1-4]))$",
    re.IGNORECASE,
)


def _without_rate_unit(label: str, unit: str) -> str:
    """``label`` without the figure's own rate unit at its head (``Khách/giờ năng lực thông qua cửa
    an ninh`` for ``1.728 khách/giờ``): a count's noun names what is counted, but a rate's unit names
    no measure; kept when fewer than two words would be left (``Con/kg``, ``Vụ/năm trồng``)."""
    head, _, rest = label.partition(" ")
    if head.lower() != unit.lower() or rest.count(" ") < 1:
        return label
    return f"{rest[:1].upper()}{rest[1:]}"


def _ending_with(label: str, span: str) -> str:
    """``label`` ended with the part-year ``span`` (``Doanh thu 5 tháng``), unless it says it already or
    takes none (a running total, a single month); a span's first word left at its end goes first
    (``lượng khách qua cảng dịp`` for ``dịp 30/4``: the span says it)."""
    if not span or _has_span(label, span) or not takes_span(label, span):
        return label
    if label[-4:] in (" dịp", "háng", "trong") and (dangling := _DANGLING_SPAN.search(label)):
        label = label[: dangling.start()]
    return f"{label} {span[:1].lower()}{span[1:]}".strip()  # ``Dịp Tết`` opening a sentence


def _has_span(label: str, span: str) -> bool:
    """True when ``label`` says its span already: as the span is written, as a month or quarter at its
    end, or as the holiday itself (``Lượng khách ngày mùng 4 Tết``, ``ngày Tết``: no ``dịp Tết`` more)."""
    low = label.lower()
    if span.lower() in low or _HAS_SPAN.search(label):
        return True
    return span[:4].lower() == "dịp " and span[4:].lower() in low


#: A change at the end of a label (``Chỉ số giá tiêu dùng giảm``), which a label borrowing it replaces.
_CHANGE_TAIL_WORDS = re.compile(r"\s+(?:tăng|giảm)$")
#: ``ở`` before an area or sector a figure is of (``tỷ lệ hộ nghèo ở khu vực miền núi``): a preposition
#: no label keeps, unlike the noun ``nhà ở``.
_AT_AREA = re.compile(r"(?<![Nn]hà) ở (?=(?:khu\s+vực|vùng|ngành|lĩnh\s+vực)(?![^\W\d_]))")
#: How a change went, after its verb (``giảm nhanh,``, ``tăng mạnh``): said of the figure, not its name.
_MANNER = re.compile(
    r"(?<=tăng|giảm)\s+(?:(?:khá\s+|rất\s+)?(?:nhanh|mạnh(?:\s+mẽ)?|đáng\s+kể|nhẹ)(?![^\W\d_])\s*,?|(?:khá|rất)$)",
    re.IGNORECASE,
)
#: The next item of a list of rates (``, trên 40%``, `` và 20%``), and the most items read.
_NEXT_RATE_ITEM = re.compile(
    r"\s*(?:,|;|\s+và)\s+(?:(?:trên|hơn|khoảng|gần|dưới|có)\s+)?\d+(?:[.,]\d+)?\s*%(?:\s+số(?=\s))?"
)
RATE_ITEMS = 6
#: Where what is said of a group starts, in the phrase after its rate (``chợ hạng 3 được công nhận``).
_ITEM_PREDICATE = re.compile(r"\s(?:được|đã|đều|đạt|có)\s")
#: The same period a year before, opening the label of its figure (``cùng kỳ năm trước tăng 4,58%``).
_SAME_PERIOD_HEAD = re.compile(
    r"cùng\s+kỳ(?:\s+(?:năm|tháng|quý)\s+(?:trước|ngoái))?(?=\s+(?:tăng|giảm|đạt)(?![^\W\d_]))", re.IGNORECASE
)
_LAST_CHANGE = re.compile(r".*\s(?=(?:tăng|giảm)(?![^\W\d_]))", re.IGNORECASE)


def _measure_of(label: str, tail: str) -> str:
    """What ``label`` measures, without its change (``Tổng sản phẩm (GRDP)`` of ``Tổng sản phẩm (GRDP)
    tăng 6 tháng``) or, when it says none, without the ``tail`` a label of the same figure gets."""
    change = _LAST_CHANGE.match(label)
    if change:
        return change.group().rstrip()
    return label[: -len(tail)].rstrip() if tail and label.endswith(tail.strip()) else label


#: Most words of a measure a breakdown is given of (``Tổng mức lưu chuyển hàng hóa``).
BREAKDOWN_MEASURE_WORDS = 7
#: The criteria places counted reached, right after their count (``đạt từ 4 - 5 tiêu chí``, ``đã đạt
#: 19/19 tiêu chí``, ``có 100% số``): part of what is counted, though written with figures.
_CRITERION = re.compile(
    r"\s+((?:đã\s+)?(?:đạt|có)\s+(?:từ\s+|dưới\s+|trên\s+|đủ\s+)?\d+(?:\s*[/–-]\s*\d+)?\s*(?:tiêu\s+chí|%\s+số))"
    r"(?![^\W\d_])"
)
#: A span's first words left at a label's end once the span's figures went (``lượng khách qua cảng dịp``,
#: ``doanh thu trong tháng``): the span appended says them.
_DANGLING_SPAN = re.compile(r"(?:\s+trong)?\s+(?:dịp|tháng|trong)$", re.IGNORECASE)
#: A list's head that says what its items count (``Các trường đạt chuẩn quốc gia theo địa bàn các huyện như
#: sau``), up to its colon.
_COUNTED_HEAD = re.compile(r"(?<![^\W\d_])(?:các|những|tổng\s+số|số)\s+(?P<noun>[^\W\d_]+)\s[^:;.\d()]+$")
#: Where the words of such a head stop naming what is counted: how the list is split, that it follows.
_COUNTED_HEAD_END = re.compile(
    r"\s+(?:theo|phân\s+theo|như\s+sau|cụ\s+thể|gồm|tại|ở|của\s+các|trên\s+địa\s+bàn)(?![^\W\d_])|\s*,",
    re.IGNORECASE,
)
#: How far before its colon a list's head may start.
HEAD_CHARS = 160
#: A revenue office (or its area) said to collect, with nothing said of what: ``Cục Hải quan thu``,
#: ``Chi cục Thuế khu vực I thu được``, ``khu vực Hải Phòng thu``; what it collects is the state budget's.
_COLLECTED = re.compile(
    r"(?P<who>(?:[Cc]hi\s+cục|[Cc]ục|[Hh]ải\s+quan|[Kk]ho\s+bạc|[Kk]hu\s+vực|[Tt]oàn\s+ngành|[Nn]gành)(?:\s+[^\s]+){0,5}?)"
    r"\s+thu(?:\s+được|\s+đạt)?"
)
#: An employment or training deed right before those it was done for (``giải quyết việc làm mới cho hơn``,
#: ``tạo thêm việc làm cho``, ``đào tạo nghề ngắn hạn cho``): the labour reports' indicator, named by the
#: deed.  Not a bare ``tạo việc làm cho 30.000 lao động``: what a project or a loan did, whose count is
#: of those employed.
_JOBS_DEED = re.compile(
    r"(?<![^\W\d_])((?:giải\s+quyết|tạo\s+thêm)\s+việc\s+làm(?:\s+mới|\s+thường\s+xuyên)?"
    r"|đào\s+tạo\s+nghề(?:\s+(?:ngắn|dài)\s+hạn)?)\s+cho(?:\s+(?:khoảng|hơn|gần|trên|xấp\s+xỉ))?\s*$"
)
#: How far before a count its employment deed may start.
JOBS_REACH = 60
#: Those the employment reports count by default, whom the indicator's name leaves unsaid.
_WORKERS = frozenset({"lao động", "người", "lượt người", "lượt lao động", "lượt"})
#: The economy's product, whose breakdown by sector the genre names by the sector alone (``Khu vực dịch vụ``).
_PRODUCT = re.compile(r"grdp|gdp|tổng\s+sản\s+phẩm|tăng\s+trưởng")
#: A part-year span at a label's end (``Kim ngạch xuất khẩu 2 tháng``): the part's own label gets its own.
_SPAN_TAIL = re.compile(
    r"\s+(?:\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|tháng\s+\d{1,2}|quý\s+[IVX\d]+)$", re.IGNORECASE
)
#: The place of a group a percentage is of, between the group and what is said of it (``xã trên địa
#: bàn tỉnh có nhà văn hóa``, ``xã miền núi của tỉnh có trạm y tế``).
_GROUP_PLACE = re.compile(
    r"\s+(?:trên\s+địa\s+bàn(?:\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã))?|(?:của|toàn)\s+(?:tỉnh|huyện"
    r"|thành\s+phố|thị\s+xã|quận)|thuộc\s+(?:các\s+)?(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận))"
    rf"(?:\s+[{_UPPER}][^\W\d_]*)*(?:\s*,\s*(?:[{_UPPER}]{{2,}}\s+)?[{_UPPER}][^\W\d_]*(?:\s+[{_UPPER}][^\W\d_]*)*)*"
    r"(?=\s+(?:(?:đã|đều|đang|còn|vẫn)\s+)?(?:có|được|đạt|chưa)\s)",
)
#: Words a label may still start with that say how it is given, not what: ``Với số vốn đăng ký``.
_LEADING_JUNK = re.compile(
    r"^(?:với|đối\s+với|chủ\s+yếu\s+là|chủ\s+yếu|trên(?=\s+tổng\s))\s+(?=\S+\s)", re.IGNORECASE
)
#: First letters of the words a label may start with that mark a noun rather than name it.
#: A verb of consequence before the quantity it brought: ``mang lại``, ``dẫn đến``.
_RESULT_HEAD = re.compile(r"(?:mang|đem)\s+(?:lại|về)\s+|dẫn\s+(?:đến|tới)\s+", re.IGNORECASE)
_MARKER_STARTS = frozenset({"cá", "nh", "đư", "số"})
_PLURAL_HEAD = re.compile(r"^(?:các|những)\s+(?=\S+\s)", re.IGNORECASE)
#: ``được`` before a named quantity is what made the figure (``đạt được số thu``), not its name.
_GOT_HEAD = re.compile(r"^được\s+", re.IGNORECASE)
_NUMBER_HEAD = re.compile(r"^số\s+(?:lượng\s+)?", re.IGNORECASE)


def _without_marker(label: str, unit: str) -> str:
    """A label without the word its head starts with that only marks a noun: the plural (``Các nguồn
    thu`` → ``Nguồn thu``), ``được`` before a quantity (``Được số thu``) or an agent (``Được tỉnh hỗ
    trợ``), and ``Số`` before the noun a count already counts or before ``vốn`` (``Số doanh nghiệp
    đăng ký`` of ``1.598 doanh nghiệp``)."""
    plural = _PLURAL_HEAD.match(label)
    if plural:
        return label[plural.end() :]
    got = _GOT_HEAD.match(label)
    if got:
        words = keys(label)
        if quantity_at(words, 1) or 1 < agents_end(words, 1) < len(words):
            return label[got.end() :]  # ``được tỉnh hỗ trợ 30%``: the passive's agent heads its deed
    number = _NUMBER_HEAD.match(label)
    if number:
        rest = label[number.end() :]
        low = rest.lower()
        counted = unit.lower()
        if counted and unit_class(unit) == "count" and (low == counted or low.startswith(counted + " ")):
            return rest
        if low.startswith("vốn ") or (number.end() > 3 and unit_class(unit) == "count"):
            return rest
    return label


#: A plan right after a percentage: the percentage is the share of it done (``đạt 77% dự toán năm``).
_OF_PLAN = re.compile(r"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|dự\s+toán|kh)(?![^\W\d_])")
#: The basis a change is compared to, right after its figure, and anywhere in its sentence: ``so với
#: cùng kỳ``, ``so với năm 2010``, ``so với quy hoạch được duyệt``.
_BASIS_TEXT = (
    r"(so\s+với\s+(tháng\s+trước|quý\s+trước|cùng\s+kỳ|năm\s+trước|năm\s+(?:19|20)\d\d"
    r"|(?:kế|quy)\s+hoạch(?:\s+được\s+duyệt)?|dự\s+toán))(?![^\W\d_])"
)
_BASIS_AFTER = re.compile(r"\s*" + _BASIS_TEXT)
#: A figure (a percentage, or an amount and its unit's words) right before its basis.
_BASIS_IN = re.compile(r"\d(?:\s*%|(?:\s+[^\W\d_]+){1,2})?\s*" + _BASIS_TEXT)
#: Who a sentence says its figures come from, at its head: ``Theo người trồng tiêu, ...``.
_SOURCE_HEAD = re.compile(r"\s*(?:theo|cũng\s+theo)\s", re.IGNORECASE)
#: Who gave a plan, at the end of what it is of (``dự toán thu ngân sách đã giao``).
_GIVEN_TAIL = re.compile(r"\s+(?:(?:đã|được)\s+)?(?:giao|đề\s+ra|phê\s+duyệt)$", re.IGNORECASE)
#: Labels that already name a rate, or a change (``... giảm``, whose percentage is not a share).
_RATE_NAMED = re.compile(
    r"^(?:tỷ|tỉ|tốc|chỉ\s+số|tăng\s+trưởng|mức|cơ\s+cấu)|.*(?<![^\W\d_])(?:tăng|giảm)(?![^\W\d_])"
)


#: Labels that are a verb alone (``Thu``): what the verb takes elsewhere near names them better.
_BARE_VERBS = frozenset({"Thu", "Chi"})
#: Words after such a verb that start no object: cues, hedges and what is said of a figure.
_NOT_OBJECTS = frozenset(
    {"đạt", "được", "về", "hút", "hồi", "hoạch", "nhập", "hơn", "khoảng", "gần", "trên", "là"}
)
_PREDICATE_CUT = re.compile(r"\s(?:có|được|đã|đang|sẽ|bị|là|vẫn|cũng|đạt|tăng|giảm)\s")
#: Words of a figure's noun after which a bracket still speaks of that figure.
BRACKET_NOUN_WORDS = 4
#: The words between a count and an amount of what was done for it: ``cho 162 người với số tiền``.
_SUM_ONLY = re.compile(
    r"[\s,]*(?:với\s+(?:(?:tổng\s+)?số\s+tiền)?|(?:tổng\s+)?số\s+tiền)?(?:\s*(?:là|khoảng|gần|hơn|trên|lên\s+tới))?\s*"
)
#: What is done to land, at the head of what an area is of (``trồng sắn``, ``gieo cấy lúa``).
#: A passive deed right after an area: ``đã được đo đạc``, ``được giao``, not a lone ``là``.
_PASSIVE_DEED = re.compile(r"\s+(?:đã\s+)?được\s+[^\W\d_]", re.IGNORECASE)
_AREA_VERB = re.compile(
    rf"^(?:{alternation([v for v in ACTION_VERBS if v.split()[0] in ('trồng', 'gieo', 'nuôi', 'thu')])})\s+(?=\S)",
    re.IGNORECASE,
)
#: What a vaccine prevents, a purpose the label leaves out like ``để``, ``nhằm``: ``vắc-xin phòng, chống
#: Covid-19``, when the comma before ``chống`` cut the label after ``phòng`` (a disease named after
#: ``phòng`` stays: ``vắc-xin phòng bệnh dại``).
_PREVENTS = re.compile(
    r"((?:vắc-xin|vắc\s+xin|vaccine|vacxin|thuốc)(?:\s+covid-19)?)\s+phòng(?:\s*,?\s*chống)?(?:\s+(?:dịch\s+)?covid-19)?(?=\s+mũi|$)",
    re.IGNORECASE,
)
#: A branch of the economy, whose percentage is its growth (``thương mại dịch vụ tăng 18,9%``).
_BRANCH = r"(?:nông|lâm|ngư|thủy|thuỷ|công|xây|dịch|thương|du)\S*(?:\s+(?:nghiệp|sản|dựng|vụ|mại|lịch))?"
#: The economy's output, whose percentage rise is its growth, named in words, by its short name or both
#: (``tổng sản phẩm trên địa bàn``, ``GRDP (tổng sản phẩm trên địa bàn)``), even without its oil and
#: gas (``... trừ dầu khí``), and the product taxes of its breakdown (``thuế sản phẩm``).
_OUTPUT = (
    r"(?:tổng\s+sản\s+phẩm(?:\s+(?:trên\s+địa\s+bàn|trong\s+tỉnh))?(?:\s*\(?(?:GRDP|GDP)\)?)?"
    r"|\(?(?P<short>GRDP|GDP)\)?(?:\s*\(tổng\s+sản\s+phẩm[^()]*\))?)"
    r"(?:\s+\(?trừ\s+dầu\s+(?:khí|thô)[^()]*?\)?)?"
    r"|thuế\s+sản\s+phẩm(?:\s+trừ\s+trợ\s+cấp(?:\s+sản\s+phẩm)?)?"
)
_BRANCH_GROWTH = re.compile(
    rf"(?:(?:ngành|khu\s+vực)\s+)?{_BRANCH}(?:(?:\s*,|\s+và|\s*[-–])?\s+{_BRANCH})*|{_OUTPUT}",
    re.IGNORECASE,
)
#: A sector named by its sector word (``ngành công nghiệp chế biến, chế tạo``, ``khu vực dịch vụ``,
#: ``lĩnh vực công nghiệp``) or the product taxes of a GRDP's breakdown, whose percentage rise is its
#: growth (an index's items, said in a sentence of ``chỉ số``, are the index's rises).
_SECTOR_GROWN = re.compile(
    r"(?:ngành|khu\s+vực|lĩnh\s+vực)\s+(?!chủ\s+lực)[^\W\d_]|thuế\s+sản\s+phẩm\s+trừ\s+trợ\s+cấp",
    re.IGNORECASE,
)
#: An output value that names no branch of the economy (``Giá trị sản xuất tăng bình quân``).
_BARE_OUTPUT = re.compile(
    r"^(giá\s+trị\s+sản\s+xuất)((?:\s+(?:tăng|giảm))?(?:\s+bình\s+quân)?(?:\s+(?:tăng|giảm))?)$",
    re.IGNORECASE,
)
#: The branches of the economy, by name, not by their first syllable alone (``công`` starts ``công
#: trình`` too; ``nông`` only as the head of a list, ``nông, lâm nghiệp``, not ``nông thôn``), joined
#: as the genre lists them (``công nghiệp, tiểu thủ công nghiệp``).
_BRANCH_NAME = (
    r"(?:tiểu\s+thủ\s+công\s+nghiệp|công\s+nghiệp|xây\s+dựng|dịch\s+vụ|nông\s+nghiệp|lâm\s+nghiệp"
    r"|ngư\s+nghiệp|th[uủ]y\s+sản|thuỷ\s+sản|thương\s+mại|du\s+lịch|(?:nông|lâm)(?=\s*[,–-]))"
)
#: A year or a connector a sentence may open with before what it is about (``Năm 2024, ...``).
_YEAR_OPENER = r"\s*(?:(?:năm\s+\d{4}|trong\s+năm(?:\s+\d{4})?|riêng|còn|về)\s*,?\s+)?"
#: A sentence that opens with the output value itself, after a year maybe: its branch was said before.
_OUTPUT_OPENING = re.compile(rf"{_YEAR_OPENER}giá\s+trị\s+sản\s+xuất(?![^\W\d_])")
#: A sentence that opens with branches of the economy, maybe after the words of their output
#: (``Sản xuất công nghiệp, xây dựng và dịch vụ ...``, ``Hoạt động sản xuất công nghiệp ...``).
_BRANCH_OPENING = re.compile(
    rf"{_YEAR_OPENER}(?:(?:hoạt\s+động\s+)?sản\s+xuất\s+|ngành\s+|lĩnh\s+vực\s+|khu\s+vực\s+)?"
    rf"({_BRANCH_NAME}(?:(?:\s*,\s*|\s+và\s+|\s*[-–]\s*){_BRANCH_NAME})*)(?![^\W\d_])"
)
#: An output value, whose percentage said with no change word is its growth (``giá trị sản xuất công
#: nghiệp 12,2%``).
_OUTPUT_VALUE = re.compile(r"^giá\s+trị\s+sản\s+[xs]uất\s+\S", re.IGNORECASE)


def _growth_of(label: str) -> str:
    """The growth a percentage of a branch or an output value is (``Tăng trưởng thương mại dịch vụ``),
    else the label as it is."""
    if label[-5:] == " tăng":
        branch = _BRANCH_GROWTH.fullmatch(label[:-5])
        if branch is None:
            return label
        # ``GRDP (tổng sản phẩm trên địa bàn)``: the short name says it, the words in brackets only spell it
        grown = branch["short"].upper() if branch["short"] and "(" in branch[0] else lower_first(branch[0])
        return f"Tăng trưởng {grown}"
    if _OUTPUT_VALUE.match(label) and not _CHANGE_WORD.search(label.lower()):
        return f"Tăng trưởng {lower_first(label)}"
    return label


#: Words at most of what reached a growth named by no noun of its own.
GROWER_WORDS = 8
#: A growth named by no noun of its own, after what reached it: ``X vẫn đạt mức tăng trưởng 2,45%``.
_GROWTH_REACHED = re.compile(
    r"^(.*?)\s*,?\s+(?:(?:vẫn|đã|đang|cũng|tiếp\s+tục|luôn)\s+)*(?:đạt|duy\s+trì|giữ(?:\s+vững)?|có|với)\s+"
    r"((?:mức|tốc\s+độ)\s+tăng\s+trưởng|mức\s+tăng)(?:\s+(?P<sign>âm))?"
    r"(?:\s+(?:khoảng|gần|hơn|trên|là|ở\s+mức))*\s*$",
    re.IGNORECASE,
)
#: A growth said after a cue (``khu vực dịch vụ dự ước tăng trưởng 6,1%``, ``GRDP ước tăng trưởng 7%``):
#: the cue parts what grew from its growth, which names nothing of its own.
_CUED_GROWTH = re.compile(
    r"^(.*?)\s+(?:dự\s+)?(?:ước(?:\s+tính)?|dự\s+kiến)(?:\s+đạt)?\s+tăng\s+trưởng"
    r"(?:\s+(?:khoảng|gần|hơn|trên|là|ở\s+mức))*\s*$",
    re.IGNORECASE,
)
#: Words before a figure that say only that it is an average (``Bình quân mỗi năm có``, ``trung bình
#: hằng năm``): ``bình quân`` names a quantity only after the noun it averages (``Thu nhập bình quân``).
_AVERAGE_ONLY = re.compile(
    r"^(?:bình\s+quân|trung\s+bình)(?:\s+(?:mỗi|hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm|vụ))?(?:\s+(?:có|đạt))?$"
)
#: A growth said of no noun, with the part of the year it is of: ``mức tăng``, ``tốc độ tăng quý I``.
_BARE_GROWTH = re.compile(
    r"(?P<head>(?:mức|tốc\s+độ)\s+(?:tăng(?:\s+trưởng)?|giảm))"
    r"(?P<span>(?:\s+(?:quý\s+[IV]+|\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|tháng\s+\d{1,2}))?)",
    re.IGNORECASE,
)
#: A rate its clause reaches, right before the figure: ``... đạt tỷ lệ``, ``chiếm tỉ lệ``.
_REACHED_RATE_OF = re.compile(r"(?<![^\W\d_])(?:đạt|chiếm)\s+t[ỷỉ]\s+lệ\s*$")
#: A rate named by nothing but the word and the part of the year: ``Tỷ lệ``, ``Tỷ lệ 4 tháng``.
_BARE_RATE_WORDS = re.compile(r"t[ỷỉ] lệ(?: (?:quý [IV]+|\d{1,2} tháng|tháng \d{1,2}))?", re.IGNORECASE)
#: Most words of the subject a reached rate is of (longer ones are clauses, not names).
SUBJECT_RATE_WORDS = 10
#: A percentage change, then the amount it comes to: ``tăng 6,1% tương đương``, ``giảm 3%, tức``.
_CHANGE_EQUIVALENT = re.compile(
    r"(?<![^\W\d_])(tăng|giảm)(?:\s+(?:thêm|khoảng|gần|hơn|trên))?\s+\d[\d.,]*\s*%\s*,?\s*"
    r"(?:tương\s+đương(?:\s+với)?|tức(?:\s+là)?)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$"
)
#: The words of equivalence a label may end with: ``Tương đương``, ``Thu ngân sách tương đương``.
_EQUIVALENT_WORDS = ("tương đương", "tương đương với", "tức", "tức là")
#: A goal said of no measure, then a bracket that opens with its horizon (``vượt mục tiêu Nghị quyết
#: Đại hội (đến năm 2025 đạt``) or with a year alone (``vượt kế hoạch (năm 2022 đạt``: the figure of
#: another year, maybe, not the goal).
_GOAL_BRACKET = re.compile(
    r"(?<![^\W\d_])(mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu)(?:\s+[^\s\d()%,;.]+){0,12}\s*"
    r"\(\s*(đến\s+|tới\s+)?(?:cuối\s+)?năm\s+\d{4}\s*,?\s*(?:(?:là|đạt|phấn\s+đấu\s+đạt)\s+)?"
    r"(?:(?:khoảng|gần|hơn|trên)\s+)?$"
)
#: How far back (characters) a goal may open before the bracketed amount it sets.
GOAL_REACH = 160
#: What is reckoned per head when its unit is per person (``GRDP đạt 94 triệu đồng/người``): the
#: economy's product and income, named so by readers only with ``bình quân đầu người``.
_PER_HEAD_MEASURE = re.compile(
    r"(?:GRDP|GDP|tổng\s+sản\s+phẩm(?:\s+(?:trên\s+địa\s+bàn|trong\s+tỉnh))?(?:\s*\((?:GRDP|GDP)\))?|thu\s+nhập)",
    re.IGNORECASE,
)
#: An average change said of no noun: ``bình quân giảm``, ``trung bình mỗi năm tăng``.
_AVERAGE_CHANGE = re.compile(
    r"(?:bình\s+quân|trung\s+bình)(?:\s+(?:(?:mỗi|hằng|hàng)\s+năm|\d{1,2}\s+năm|(?:cả\s+)?giai\s+đoạn))?"
    r"\s+(?:tăng|giảm)(?:\s+mỗi\s+năm)?"
)

#: A plan in brackets right after a figure, before its own figure: ``(KH 3,2%)``, ``(kế hoạch cả năm
#: 8,3%)``, ``(kế hoạch - viết tắt là KH - 5,61%)``, ``(kế hoạch từ 7% trở lên)``, with its verb
#: (``(KH đạt 65-66%)``, ``(KH là 29%)``, ``(KH giảm 1,5-2%)``), or after a slash (``16.133 con/KH 16.200 con``).
_PLAN_IN_BRACKET = re.compile(
    r"(?:\(\s*(?:kh|kế\s+hoạch|mục\s+tiêu)|/\s*kh)(?:\s+(?:cả\s+)?năm)?(?:\s*[-–][^()\d]{0,30}[-–])?"
    r"(?:\s+(?:đạt|là|(tăng|giảm)))?\s*(?:từ\s+)?$"
)
#: A plan in brackets said by its abbreviation: ``(KH 3,2%)``, ``(KH giảm 1,5-2%)``.
_PLAN_SHORT = re.compile(r"[(/]\s*kh(?![^\W\d_])")
#: A plan's change said of no noun: ``kế hoạch tăng``, ``KH năm tăng``, ``mục tiêu giảm``.
_PLAN_CHANGE = re.compile(
    r"((?:kế\s+hoạch|KH|mục\s+tiêu|chỉ\s+tiêu)(?:\s+năm)?)\s+(tăng|giảm)", re.IGNORECASE
)


def _planned(previous: str, plan: re.Match[str]) -> str:
    """The plan (``Kế hoạch tăng``) for what the figure before measured: ``Kế hoạch tăng trưởng GRDP``,
    ``Kế hoạch thu ngân sách tăng``."""
    growth = "tăng trưởng" in previous.lower()  # ``Tốc độ tăng trưởng GRDP``: a growth says its change
    measure = previous if growth else _measure_of(previous, "")
    change = "" if growth else f" {plan[2]}"
    if plan[1][:2].upper() == "KH":  # ``(KH tăng 10%)``: the plan column of the figure before
        return f"{measure}{change}"
    return f"{plan[1][:1].upper()}{plan[1][1:]} {lower_first(measure)}{change}"


def _structure_name(whole: str) -> str:
    """``cơ cấu GRDP`` for the ``grdp`` a structure was said of: the economy's short names upper case."""
    whole = " ".join(whole.split())
    return f"cơ cấu {whole.upper() if whole in ('grdp', 'gdp') else whole}"


def _average_of(previous: str, average: str) -> str:
    """The average change ``average`` (``bình quân giảm``) of what the figure before measured, each word
    said once: ``Tỷ lệ hộ nghèo bình quân giảm``, ``Tăng trưởng GRDP bình quân``, ``Thu nhập bình quân
    tăng``."""
    measure = _measure_of(previous, "")
    said = lower_first(average)
    change = _CHANGE_WORD.search(said)
    if change and ("bình quân" in measure.lower() or "trung bình" in measure.lower()):
        said = change[0]  # the change alone
    if measure[:12] == "Tăng trưởng ":
        said = _CHANGE_TAIL.sub("", said)
    return f"{measure} {said}".rstrip()


#: A rate of time before a figure: ``bình quân mỗi ngày``, ``mỗi năm``.
_PER_PERIOD = re.compile(
    r"(?:bình\s+quân\s+mỗi\s+(?:ngày|tuần|tháng|quý|năm|vụ)|mỗi\s+(?:ngày|tuần|tháng))(?![^\W\d_])"
)  # (``mỗi năm`` alone is the year, which ``period`` holds)
#: How far back (characters) the label of a figure of the same class of unit may name one nothing names.
FALLBACK_REACH = 300
#: The last resort: a figure's class of unit names it (``Số tiền``), so that no label is empty.
_BY_UNIT = {
    "money": "Số tiền",
    "percent": "Tỷ lệ",
    "area": "Diện tích",
    "mass": "Khối lượng",
    "length": "Chiều dài",
}

#: What ``có`` at a label's head starts when it is not a verb of having before a noun.
_HAVE_NOT_NOUN = frozenset({"thể ", "thêm ", "khoản", "hơn "})


def make_label(region: str, percent: bool) -> str:
    """A label from the words before a figure alone (``region``), when nothing else is known."""
    before = _before(region, percent)
    label = before.label
    if before.change and before.change not in keys(label):
        label = f"{label} {before.change}"
    return label[:1].upper() + label[1:]


#: What :func:`_before` made of the words it was given lately: the label rules read the same words again
#: (a figure's own, then for its share, its sector or its aside), a fifth of the asks.  A plain dict,
#: cleared when full (``remember``).
_BEFORE_SEEN: Final[dict[tuple[str, bool], _Before]] = {}
BEFORE_CACHE: Final = 1024


def _before(region: str, percent: bool) -> _Before:
    """The name the words before a figure give it, with its change verb (percentages), and the
    words before the name was cut from them (a count's verb is read at their end)."""
    key = (region, percent)
    found = _BEFORE_SEEN.get(key)
    if found is None:
        found = remember(_BEFORE_SEEN, key, _read_before(region, percent), BEFORE_CACHE)
    return found


def _read_before(region: str, percent: bool) -> _Before:
    """:func:`_before`, read."""
    label = region
    if len(label) > MAX_CHARS:
        label = _last_chars(label)
    if "  " in label or "\n" in label or "\t" in label or "\xa0" in label:
        label = _SPACES.sub(" ", label)
    low = label.lower()
    if "tháng" in low or "quý" in low or "tết" in low:
        label = _SPAN_IN_LABEL.sub("", label)
    if "năm" in low or "quý" in low or "tháng" in low or "giai" in low or "nhiệm" in low or "vụ" in low:
        label = _PERIOD_PHRASE.sub("", label)
    if "/" in label:
        label = _DATE.sub("", label)
    if "so sánh" in low or "giá sản xuất" in low:
        label = _CONSTANT_PRICES.sub("", label)
    current = ""
    if "hiện hành" in low and (prices := _CURRENT_PRICES.search(label)):
        # ``GRDP theo giá hiện hành``: the value at current prices, which the genre gives next to the one
        # at constant prices; its ``giá`` names no quantity to start the label at, it ends the label
        current, label = _AT_CURRENT, f"{label[: prices.start()]} {label[prices.end() :]}"
    if "19" in label or "20" in label:
        label = _YEAR_IN_LABEL.sub("", label)
    if "vài " in low or "hàng " in low or "mấy " in low:
        label = _VAGUE_AMOUNT.sub("", label)
    if " và " in label:
        label = _PREVIOUS_BASIS.sub("", label, count=1)
    label = label.lstrip()
    if label[:4].lower() in ("theo", "cũng") and (source := _SOURCE.match(label)):
        label = label[source.end() :]  # ``Theo Sở Công Thương, tỉnh đã có``: who reports it names nothing
    first = label.lstrip(_HEAD_PUNCTUATION)
    if len(first) != len(label) or first.split(" ", 1)[0].rstrip(",;:").lower() in _HEAD_WORDS:
        head = _HEAD.match(label)
        label = label[head.end() :] if head else label
    if label[:2].lower() in _CAUSE_STARTS:
        label = _CAUSE_HEAD.sub(
            "", label, count=1
        )  # ``CPI tăng 3%, do nhóm hàng ăn tăng 5%``: the cause's own
    if label[:3].lower() == "so ":
        label = _COMPARISON_HEAD.sub("", label, count=1)
        head = _HEAD.match(label)  # ``so tháng trước, trong đó nhóm giao thông tăng``: the opener after it
        label = label[head.end() :] if head else label
    if "tăng trưởng" in label or "mức tăng" in label:
        label = _grown(label)
    first = label.split(" ", 1)[0].lower()
    if first in _AUX_FIRST or (first in _SUBJECT_WORDS and _AUX_HINT.search(label, 0, 48)):
        head = _SUBJECT_HEAD.match(label)
        label = label[head.end() :] if head else label
    label, change, level = _tail(label, percent)
    core = label = label.strip(" ,;:-–").lstrip(
        "/"
    )  # ``... 12 vạn tấn/tổng sản lượng``: no name starts at ``/``
    if level:
        change = ""
    low = label.lower()
    if " so" in low:
        label = _COMPARISON_IN_LABEL.sub("", label)
    if "nước" in low or "quốc" in low:
        label = _COUNTRY_TAIL.sub("", label)
    if "nhất" in low:
        label = _without_rank(label, percent)
    if "khách" in low and "đến" in low:
        label = _VISITORS_TO.sub(r"\1", label)
    if _ADMIN_HINT.search(low):
        label = _without_place(_ADMIN_PLACE, label)
    if "đó" in low or "riêng" in low or "cụ thể" in low:
        label = _after_part_connector(label)
    cut = _after_preamble(label)
    if cut != label and cut.split(" ", 1)[0].lower() in _HEAD_WORDS:
        head = _HEAD.match(cut)  # ``cho rằng, trong mục tiêu tăng trưởng``: an opener after the preamble
        cut = cut[head.end() :] if head else cut
    label = cut
    if label[:3].lower() == "có " and label[3:4].isalpha() and label[3:8].lower() not in _HAVE_NOT_NOUN:
        label = label[3:]  # ``Quảng Trị có diện tích rừng``: the place went, its verb of having too
    if " đạt " in label:
        said = _RECORD_SAID.match(label)  # ``Lợi nhuận đạt con số cao nhất từ trước đến nay (với)``
        label = said.group(1) if said and has_quantity(said.group(1).lower()) else label
    if " với " in label:
        label = _measured_with(label)
    if _AUX_HINT.search(low):
        label = _before_predicate(label)
    if label[:4].lower() == "giá " and " được " in label and label[4:8].lower() != "trị ":
        label = label[: label.index(" được ")]  # ``giá cá được thương lái mua tại ao``: how it is sold goes
    if level:
        label = _LEVEL_HEAD.sub("", label, count=1)
    whole = label.strip(" ,;:-–")
    label = _last_part(whole)
    if label != whole and label.split(" ", 1)[0].lower() in _SUBJECT_WORDS and _AUX_HINT.search(label, 0, 48):
        head = _SUBJECT_HEAD.match(label)  # ``Qua thống kê của Cục Hải quan, đơn vị đã giải quyết thủ tục``
        label = label[head.end() :] if head else label
    words = label.split()
    if len(words) > MAX_WORDS and not (len(words) <= MAX_NAMED_WORDS and quantity_at(keys(label), 0)):
        # a long name that starts with its quantity is kept whole: not ``lệ tối đa ...``
        words = _cut_long(words)
    named = " ".join(words)
    return _Before(f"{named}{current}" if named else named, change, core)


#: The word that names a sector of a breakdown (``khu vực công nghiệp, xây dựng``, ``ngành thương nghiệp``,
#: ``loại hình công ty cổ phần``), not the heading that announces one (``Phân theo lĩnh vực``).
_SECTOR = re.compile(
    r"(?<![^\W\d_])(?<!theo\s)(?:khu\s+vực|ngành|lĩnh\s+vực|loại\s+hình)\s+(?=[^\W\d_])", re.IGNORECASE
)
#: What follows a sector's name before its count: ``có``, ``với``, ``dẫn đầu với``.
_SECTOR_TAIL = re.compile(r"(?:\s+(?:vẫn\s+)?(?:có|với|là|dẫn\s+đầu|đứng\s+đầu|chiếm))+$", re.IGNORECASE)
#: A label that names only a measure, of nothing: ``Vốn đăng ký``, ``Tổng vốn đầu tư``, ``Kinh phí``.
_BARE_MEASURE = re.compile(
    r"^(?:tổng\s+)?(?:số\s+)?(?:vốn(?:\s+(?:đăng\s+ký|đầu\s+tư|điều\s+lệ))*(?:\s+(?:cấp\s+mới|điều\s+chỉnh|tăng\s+thêm))?"
    r"|kinh\s+phí|doanh\s+thu|giá\s+trị|diện\s+tích|số\s+tiền|lao\s+động)$"
)


_ONE_VERB = frozenset(ACTION_VERBS)
_HAVE_BEFORE = re.compile(r"(?<![^\W\d_])có\s*$")
#: A level that names nothing it is of (``mức``, ``mức tăng trưởng``): no subject for a list's items.
_BARE_LEVEL = re.compile(r"mức(?:\s+(?:tăng|giảm)(?:\s+trưởng)?)?", re.IGNORECASE)
#: A cut-off day at the end of a month: ``tính đến hết tháng 9-2022``, ``đến cuối tháng 5/2023``.
_CUT_OFF_MONTH = re.compile(
    r"(?<![^\W\d_])(?:đến|tới)\s+(?:hết|cuối)\s+tháng\s+\d{1,2}(?:\s*[/-]\s*\d{4})?(?!\d)"
)
#: What there is, right before the first figure after a cut-off day: ``toàn tỉnh có khoảng``.
_STOCK_HAD = re.compile(r"(?<![^\W\d_])có(?:\s+(?:khoảng|gần|hơn|trên|tổng\s+cộng|tổng\s+số))?\s*$")
#: What may stand before a sector that opens an item: nothing, a comma, ``là`` (``Dẫn đầu là ngành ...``).
_SECTOR_LEAD = re.compile(r"(?:^|[,;:]|(?<![^\W\d_])(?:là|đó))\s*$", re.IGNORECASE)
_AUX_WORDS = frozenset({"đã", "đang", "sẽ", "cũng", "vẫn", "đều", "phấn", "được"})


def _sector(core: str) -> str:
    """The sector the words before a count name, from its word to the verb or ``có`` before the
    figure (``Dẫn đầu vẫn là ngành kinh doanh bất động sản với`` → ``ngành kinh doanh bất động sản``)."""
    low = core.lower()
    if "ngành" not in low and "khu vực" not in low and "lĩnh vực" not in low and "loại hình" not in low:
        return ""
    found = None
    for found in _SECTOR.finditer(core):  # noqa: B007
        pass
    if found is None or not _SECTOR_LEAD.search(core, 0, found.start()):
        return ""
    words = _SECTOR_TAIL.sub("", core[found.start() :]).split()
    if not words[1][:1].islower() or _AUX_WORDS.intersection(w.lower() for w in words):
        return ""  # ``khu vực Lotte``: a place; ``ngành du lịch đã đón``: who acts
    verb = next((n for n in (3, 2, 1) if " ".join(words[-n:]).lower() in _ONE_VERB), 0)
    words = words[: len(words) - verb] if verb < len(words) - 1 else words  # ``... xây dựng cấp phép``
    if len(words) < 2:
        return ""
    return lower_first(" ".join(words).rstrip(" ,"))


def _elided(label: str, previous: str) -> str:
    """An item of an enumeration that says again only the end of the item before, with its own number
    (``đo đạc bản đồ tỷ lệ 1/500 gần 5.179 ha; tỷ lệ 1/1.000 hơn 18.511 ha``), takes that item's head."""
    words = label.split()
    named = next((i for i, word in enumerate(words) if _HAS_DIGIT.search(word)), len(words))
    if named == 0:
        return label
    head = " ".join(words[:named]).lower()
    at = previous.lower().find(" " + head + " ")
    if at <= 0 or previous.lower().startswith(label.lower()):
        return label
    return f"{previous[:at]} {lower_first(label)}"


#: Those a list ranks by a measure, before it: ``05 địa phương có``, ``các tỉnh có``.
_RANKED_PLACES = re.compile(
    r"^(?:(?:\d+|các|những)\s+)?(?:địa\s+phương|tỉnh,\s+thành\s+phố|tỉnh|thành\s+phố|huyện|xã|quốc\s+gia"
    r"|thị\s+trường)\s+(?:có\s+)?",
    re.IGNORECASE,
)
#: The rank the list says of its items: ``cao nhất cả nước``, ``lớn nhất tỉnh``.
_RANKED_BY = re.compile(r"\s+(?:lớn|cao|nhiều|đông|thấp|nhỏ)\s+nhất(?:\s.*)?$", re.IGNORECASE)


def _respective_measure(words: str) -> str:
    """The measure of the places a list names after ``lần lượt là`` (``05 địa phương có kim ngạch
    nhập khẩu cao nhất``): without those ranked and their rank; nothing when it names no measure."""
    label = _before(words, False).label
    label = _RANKED_BY.sub("", _RANKED_PLACES.sub("", label, count=1))
    if not label or not has_quantity(label.lower()):
        return ""
    return label[:1].upper() + label[1:]


def _without_rank(label: str, percent: bool) -> str:
    """``label`` without the rank it ends with (``lớn nhất cả nước``), kept in a scenario's name
    (``kịch bản cao nhất``) and when nothing would be left; a percentage keeps its change verb."""
    rank = _SUPERLATIVE.search(label)
    if rank is None or _SCENARIO_WORDS.search(label):
        return label
    start = rank.start()
    if percent and label[start:].split(None, 1)[0].lower() in ("tăng", "giảm"):
        start += len(label[start:]) - len(label[start:].lstrip()) + len(label[start:].split(None, 1)[0])
    kept = label[:start].rstrip(" ,")
    return kept if kept.strip() else label


_MOST = r"(?:lớn|nhiều|cao|thấp|nhỏ|đông(?:\s+dân)?)\s+nhất(?!\s+là)(?![^\W\d_])"
_MOST_OF = (
    r"(?:\s+(?:cả\s+nước|toàn\s+quốc|từ\s+trước\s+(?:đến|tới)\s+nay|"
    rf"của\s+(?:cả\s+nước|(?-i:{_NAME}))))?"
)
#: What an aside's rank is among, the name alone included (``, thành phố nhỏ nhất Việt Nam về diện tích``).
_ASIDE_MOST_OF = (
    rf"(?:\s+(?:cả\s+nước|toàn\s+quốc|(?:của\s+)?(?:cả\s+nước|(?-i:{_NAME}))))?"
    r"(?:\s+về\s+(?:diện\s+tích|dân\s+số|quy\s+mô|sản\s+lượng))?"
)
_RANK_HOLDERS = (
    r"thị\s+trường(?:\s+(?:xuất|nhập)\s+khẩu)?|tỉnh|tp|thành\s+phố|huyện|xã|địa\s+phương|quốc\s+gia|nước|"
    r"đơn\s+vị|ngành"
)
#: A rank said of what is measured, as an aside after its comma (``xuất khẩu sang Mỹ, thị trường lớn
#: nhất của Việt Nam``) or inside the label (``là TP đông dân nhất``, ``thị trường xuất khẩu lớn nhất``,
#: ``đạt cao nhất từ trước đến nay``): it tells where the figure ranks, not what it measures.  A rank
#: the measure itself is named by (``Nhiệt độ cao nhất``, ``Giá thấp nhất``) has none of these.
_RANK_ASIDE = re.compile(
    rf"(?:\s*,|\s+[-–])(?:\s+[^\W\d_]+){{0,3}}?\s+{_MOST}{_ASIDE_MOST_OF}(?=\s*(?:,|$|(?:tăng|giảm)$))"
    rf"|(?:\s+(?:là|đạt)(?:\s+(?:{_RANK_HOLDERS}))?|\s+(?:{_RANK_HOLDERS}))"
    rf"\s+(?:{_MOST}|(?:có\s+)?nhiều(?:\s+[^\W\d_]+){{1,6}}?\s+nhất(?![^\W\d_]))(?:\s+trong$)?{_MOST_OF}",
    re.IGNORECASE,
)
#: ``(huyện có) nhiều diện tích nuôi tôm nhất (là Hàm Yên)``: the most of what is named between, of a
#: place that has it; the place and the rank are no part of the measure.
_HAS_MOST = re.compile(
    rf"^(?:(?:{_RANK_HOLDERS})\s+có\s+)?nhiều\s+((?:[^\W\d_]+\s+){{0,5}}?[^\W\d_]+)\s+nhất(?:\s+trong|\s+là\s+(?-i:{_NAME}))?$",
    re.IGNORECASE,
)


def _without_superlative(label: str) -> str:
    """``label`` without a rank said of what it measures (``lớn nhất``, ``đông dân nhất``): a label
    names the quantity, and a rank (a neighbour clause's aside about the market, the place, the
    record) is no part of it.  A label that is only ``nhiều X nhất`` keeps X; nothing else is cut
    when the rank is all there is."""
    if _SCENARIO_WORDS.search(label):
        return label  # ``kịch bản cao nhất``: the scenario's name
    most = _HAS_MOST.match(label)
    if most is not None:
        return most[1][:1].upper() + most[1][1:]
    kept = _SPACES.sub(" ", _RANK_ASIDE.sub("", label)).strip(" ,")
    return kept[:1].upper() + kept[1:] if kept and kept != label else label


#: The words that open the next clause after a comma, not another item of a list: a verb of what
#: follows (``thu hút``, ``hướng``), a connector (``đồng thời``), an adverb of the next statement
#: (``thậm chí``).
_CLAUSE_OPENING = (
    r"(?:tập\s+trung|dự\s+tính|dự\s+kiến|hướng|tương\s+ứng|thu\s+hút|thậm\s+chí|đồng\s+thời|qua\s+đó|"
    r"nhờ\s+đó|từ\s+đó|góp\s+phần|nhưng|song|tuy\s+nhiên|trong\s+khi|cũng|đã|đang|sẽ|vẫn)(?![^\W\d_])"
)
_OPENS_CLAUSE = re.compile(rf"\s*{_CLAUSE_OPENING}", re.IGNORECASE)
#: A label's last comma and the next clause's words after it: its opening and at most one more word
#: (``Lượt khách du lịch, thu hút``).
_NEXT_CLAUSE = re.compile(rf"\s*,+\s*{_CLAUSE_OPENING}(?:\s+[^\s,]+)?$", re.IGNORECASE)
#: A connector left at a label's head before its comma (``Nếu, số vụ ...``, ``Thấy, một số ...``): the
#: previous clause's last word, no part of what is measured.
_CONNECTOR_HEAD = re.compile(
    r"^(?:thấy|nếu|tuy\s+nhiên|ngoài\s+ra|bên\s+cạnh\s+đó|đồng\s+thời|theo\s+đó|cụ\s+thể|như\s+vậy|"
    r"vì\s+vậy|do\s+đó|qua\s+đó|trong\s+khi\s+đó|mặt\s+khác)\s*,+\s*(?=\S+\s)",
    re.IGNORECASE,
)


def _without_next_clause(label: str) -> str:
    """``label`` without a neighbour clause it crossed a comma into: the next clause's opening words
    (``Lượt khách du lịch, thu hút``) or the previous clause's connector at its head (``Nếu, số vụ``).
    A label is one noun phrase; a comma inside it parts the items of a list, never two statements."""
    kept = _NEXT_CLAUSE.sub("", label, count=1)
    kept = _CONNECTOR_HEAD.sub("", kept, count=1).strip(" ,")
    return kept[:1].upper() + kept[1:] if kept and kept != label else label


#: Who did a passive deed to what is measured, between ``được`` and the deed: an authority, its
#: level or place (``được UBND cấp huyện công nhận``, ``được Thủ tướng Chính phủ công nhận``), traders
#: or investors (``được các thương lái thu mua``, ``được nhà đầu tư Singapore đầu tư``).  A plan keeps
#: its giver (``Dự toán Trung ương giao``) and funds their source (``Kinh phí được Trung ương hỗ
#: trợ``): ``giao``, ``hỗ trợ``, ``phân bổ`` are no deeds of these.
_DONE_BY = re.compile(
    r"(?<![^\W\d_])(được|bị)\s+(?:(?:các|những)\s+)?"
    r"(?:thủ\s+tướng|chính\s+phủ|ubnd|hđnd|ủy\s+ban|uỷ\s+ban|bộ|sở|trung\s+ương|tỉnh|huyện|thành\s+phố|"
    r"nhà\s+đầu\s+tư|thương\s+lái|ngân\s+hàng|nhà\s+nước|người\s+dân|nông\s+dân|bà\s+con)"
    r"(?:\s+[^\W\d_]+){0,3}?\s+"
    r"(?=(?:công\s+nhận|chấp\s+thuận|phê\s+duyệt|thu\s+mua|cấp\s+phép|đầu\s+tư|thẩm\s+định|khen\s+thưởng|"
    r"xét\s+duyệt|lựa\s+chọn|chọn)(?![^\W\d_]))",
    re.IGNORECASE,
)


def _without_doer(label: str) -> str:
    """``label`` without who did the passive deed it tells (``Xóm được UBND cấp huyện công nhận đạt
    ...`` → ``Xóm được công nhận đạt ...``): the deed says what is counted or priced, the doer is
    no part of it, like a place."""
    return _DONE_BY.sub(r"\1 ", label, count=1)


#: A count of those who took part, said as the noun of their deed: ``với sự tham gia của 500 đại biểu``.
_JOINED_BY = re.compile(
    r"(?<![^\W\d_])sự\s+(tham\s+gia|góp\s+mặt|có\s+mặt|hưởng\s+ứng)\s+của(?:\s+(?:khoảng|gần|hơn|trên|gần))?\s*$"
)
#: A quantity and what is said of its level before the figure: ``lợi nhuận đạt con số cao nhất``,
#: ``xuất khẩu đạt kỷ lục``.
_RECORD_SAID = re.compile(
    r"^(.+?)\s+(?:(?:đã|vẫn|cũng)\s+)?đạt\s+(?:con\s+số|kỷ\s+lục|mốc|mức)(?![^\W\d_])[^,;]*$", re.IGNORECASE
)
#: A cause at the head of a figure's words: the figure is the cause's (``do nhóm giao thông tăng 2%``).
_CAUSE_HEAD = re.compile(r"^(?:do|nhờ|vì|bởi)\s+(?=\S+\s)", re.IGNORECASE)
_CAUSE_STARTS = frozenset({"do", "nh", "vì", "bở"})
#: What singles out a part of the whole said before it, after a comma (``..., trong đó``, ``; riêng``).
_PART_CONNECTOR = re.compile(
    r"[,;:]\s*(?:trong\s+(?:số\s+)?đó|riêng|cụ\s+thể(?:\s+là)?)(?:\s*[,:])?\s+", re.IGNORECASE
)


def _after_part_connector(label: str) -> str:
    """The words after the last connector that singles out a part (``Có 6 nhóm hàng tăng giá, trong đó
    nhóm giao thông`` → ``nhóm giao thông``): the whole before it is not the figure's."""
    found = None
    for found in _PART_CONNECTOR.finditer(label):  # noqa: B007
        pass
    if found is None or not any(c.isalpha() for c in label[found.end() :]):
        return label
    return label[found.end() :]


#: Words after which a clause that named a quantity names the figure's anew: ``thể hiện qua chỉ số
#: ...``, ``gồm`` lists its parts, ``khiến`` its effect (``giá phân bón tăng khiến chi phí ... tăng``),
#: ``làm cho`` too, ``trong đó`` and ``riêng`` single out a part (``thu ngân sách tăng mạnh, trong đó thu nội địa``).
_NAMED_ANEW = frozenset({"gồm", "hiện", "khiến", "cho", "đó", "riêng"})


def _is_separator(word: str, original: str) -> bool:
    """True when a word of a label is only punctuation that parts it, not a dash inside a name (``Lam Sơn
    - Sao Vàng``, ``nông - lâm - thủy sản``)."""
    return not word and original not in ("-", "–")


#: What :func:`_after_preamble` cut lately: different words before figures come to the same label once
#: their spans, places and heads are gone (a quarter of the asks).
_PREAMBLE_CUT: Final[dict[str, str]] = {}


def _after_preamble(label: str) -> str:
    """The label from where the quantity is named: after the last word that only opens the clause
    (``Theo Cục Thống kê, tổng thu``, ``TPHCM chỉ thu``, ``Kết quả thu ngân sách``) and after leading
    comma parts that name no quantity (``Tại xã Thạnh An, thu nhập bình quân``)."""
    cut = _PREAMBLE_CUT.get(label)
    if cut is None:
        cut = remember(_PREAMBLE_CUT, label, _cut_preamble(label), BEFORE_CACHE)
    return cut


def _cut_preamble(label: str) -> str:
    """:func:`_after_preamble`, cut."""
    words = keys(label)
    named = first_quantity(words)
    if named < 0 or (named == 0 and _NAMED_ANEW.isdisjoint(words)):
        return label
    cut = next((end for end in reversed(preamble_ends(words)) if first_quantity(words, end) >= 0), 0)
    if cut == 0:
        agent = agents_end(words)
        if 0 < agent < len(words) and first_quantity(words, agent) >= 0:
            cut = agent
    originals = label.split()
    while True:
        comma = next(
            (
                i
                for i in range(cut, len(words))
                if (originals[i].endswith(",") and not _ends_with_deed(originals[: i + 1]))
                or _is_separator(words[i], originals[i])
            ),  # ``công nghiệp chế biến, chế tạo``: one sector, the comma joins its two deeds
            -1,
        )
        if comma < 0 or first_quantity(words, cut, comma + 1) >= 0 or first_quantity(words, comma + 1) < 0:
            break
        cut = comma + 1
    return " ".join(originals[cut:]).strip(" ,")


def _grown(label: str) -> str:
    """``ngành nông nghiệp vẫn đạt mức tăng trưởng`` → ``Tăng trưởng ngành nông nghiệp``: a growth
    named by no noun of its own is the growth of what reached it, unless that only says who acts."""
    found = _GROWTH_REACHED.search(label)
    if found is None:
        cued = _CUED_GROWTH.match(label)
        grower = _grower(cued[1]) if cued else ""
        return f"Tăng trưởng {lower_first(grower)}" if grower else label
    subject = found.group(1).rsplit(",", 1)[-1].strip()
    head = _HEAD.match(subject)
    subject = subject[head.end() :].split() if head else subject.split()
    if not subject or len(subject) > GROWER_WORDS or any(c.isdigit() for c in "".join(subject)):
        return label
    if _is_agent(keys(" ".join(subject))) and len(subject) <= 2:
        return label  # ``Tỉnh vẫn duy trì tốc độ tăng trưởng``
    growth = found.group(2)
    if growth.lower().endswith(" tăng") and not _SECTOR_GROWN.match(" ".join(subject)):
        return label  # ``giá điện với mức tăng 3%``: a rise, not a sector's growth
    if growth[:4].lower() == "mức ":
        growth = "Tăng trưởng"  # ``đạt mức tăng trưởng``: ``mức`` is the level reached, a cue as ``đạt``
    if found["sign"]:
        growth = f"{growth} {found['sign'].lower()}"  # ``có mức tăng trưởng âm``: a fall, said as growth
    return f"{growth} {lower_first(' '.join(subject))}"


def _grower(words: str) -> str:
    """The branch of the economy, the GRDP or the economy that ends ``words`` (``Trong đó, khu vực
    nông, lâm nghiệp, thủy sản``: its commas may be the name's own), else nothing."""
    parts = re.split(r"[;:]", words)[-1].split(",")
    for first in range(len(parts)):
        grower = ",".join(parts[first:]).strip()
        if _BRANCH_GROWTH.fullmatch(grower) or grower.lower() == "kinh tế":
            return grower
    return ""


#: The measure nouns a label may open with that its figure's unit contradicts: an area is no output or
#: yield, a weight no area.
_OUTPUT_HEAD = re.compile(r"(?:sản\s+lượng|năng\s+suất)\s+", re.IGNORECASE)
_AREA_HEAD = re.compile(r"diện\s+tích\s+", re.IGNORECASE)


def _measure_for_unit(label: str, unit: str) -> str:
    """``diện tích, sản lượng cà phê ... với 204.000 ha``: the measure a label opens with as its unit
    says it (``Diện tích cà phê``, ``Sản lượng vải`` for tonnes), when a list of measures or the figure
    before lent the other one; a per-unit figure (``tấn/ha``) is left as it is."""
    if "/" in unit:
        return label
    kind = unit_class(unit)
    if kind == "area" and (head := _OUTPUT_HEAD.match(label)):
        return f"Diện tích {label[head.end() :]}"
    if kind == "mass" and (head := _AREA_HEAD.match(label)):
        return f"Sản lượng {label[head.end() :]}"
    return label


def _change_of(amount: str, change: str) -> str:
    """The label of an amount's change (``tăng`` or ``giảm``): ``Tăng trưởng khu vực dịch vụ``, as a
    growth figure is named, or ``Khu vực dịch vụ giảm``; an amount named as a growth already stays."""
    if change == "giảm":
        return f"{amount} giảm"
    if amount[:11].lower() == "tăng trưởng":
        return amount
    return f"Tăng trưởng {lower_first(amount)}"


def lower_first(words: str) -> str:
    """``Vùng trồng chè`` moved inside a label: its capital was the sentence's, not a name's (``Nhật
    Bản`` and ``Singapore`` are names: no Vietnamese syllable has more than seven letters)."""
    if words[1:2].islower() and not _NAME_START.match(words):
        first = words.split(" ", 1)[0]
        if len(first) > LONGEST_SYLLABLE and first.isalpha():
            return words
        return words[:1].lower() + words[1:]
    return words


#: The light verb before a result (``thực hiện đạt và vượt 16/17 chỉ tiêu``): the label says the result.
_RESULT_DONE = re.compile(r"^thực\s+hiện\s+(?=đạt\s)", re.IGNORECASE)


def _verb_at_end(label: str) -> str:
    """The verbs a clause ends with, from the genre's list (``xây dựng mới và sửa chữa``)."""
    if not may_end_with_verb(label):
        return ""
    words = keys(label)
    start = verbs_start(words)
    if start >= len(words):
        return ""
    originals = label.split()
    if start and originals[start - 1] in ("-", "–"):
        return ""  # ``công nghiệp - xây dựng``: a dash joins it to a name, a sector's
    if start and originals[start][:1].isupper():
        # ``vụ Hè Thu, xuống giống``: a word of a name is no verb; the verbs after its comma are
        comma = next((i for i in range(start, len(originals)) if originals[i].endswith(",")), -1)
        if comma < 0 or verbs_start(words[comma + 1 :]) != 0:
            return ""
        start = comma + 1
    verb = _RESULT_DONE.sub("", " ".join(originals[start:]))  # ``thực hiện đạt``: the result, not the doing
    return verb[:1].lower() + verb[1:]  # it follows what it is done to: ``Gói thầu kiểm tra``


#: Firms and the parks that hold them, as the doers of a deed a figure counts (``các doanh nghiệp``,
#: ``DN``, ``các khu công nghiệp``), with the words that say which (``chế biến dừa xuất khẩu``) up to
#: their place, an aside or an auxiliary.
_FIRMS = re.compile(
    r"(?<![^\W\d_])(?:(?:các|những)\s+)?(?:doanh\s+nghiệp|DN|khu\s+công\s+nghiệp|KCN|cụm\s+công\s+nghiệp)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
#: Where the words that say which firms end: their place (``của tỉnh``, ``trong tỉnh Thừa Thiên - Huế``).
_FIRMS_END = re.compile(
    r"\s+(?:(?:của|trong|tại|ở|trên)\s+)?(?:địa\s+bàn|tỉnh|thành\s+phố|huyện|thị\s+xã|quận|tp)(?![^\W\d_])",
    re.IGNORECASE,
)


def _with_doer(core: str, verb: str) -> str:
    """``verb`` with who does it, when its clause says so right before it (auxiliaries between):
    an organisation by its acronym alone (``NHCSXH đã tổ chức 4 phiên giao dịch`` → ``Phiên giao dịch
    NHCSXH tổ chức``), not an authority or a place (``UBND``, ``TP``), or firms (``các khu công nghiệp
    trong tỉnh thu hút 3 dự án`` → ``Dự án các khu công nghiệp thu hút``): who runs the count is part
    of what it counts; a place or an authority is the locality's, not the label's."""
    words = core.rsplit(",", 1)[-1].split()
    n = len(verb.split())
    if len(words) <= n or keys(" ".join(words[-n:])) != keys(verb):
        return verb
    before = words[:-n]
    while before and before[-1].lower() in AUXILIARIES:
        before.pop()
    if len(before) == 1:
        doer = before[0]
        if len(doer) < 2 or not doer.isupper() or not doer.isalpha() or doer.lower() in _AGENT_KEYS:
            return verb
        return f"{doer} {verb}"
    return f"{firms} {verb}" if (firms := _firms(" ".join(before))) else verb


def _firms(subject: str) -> str:
    """The firms ``subject`` names, without their place: ``các doanh nghiệp (DN) chế biến dừa của
    tỉnh`` → ``các doanh nghiệp chế biến dừa``; nothing when it names none or a clause of its own
    (``Trong đó DN``) or more than a few words that say which."""
    found = _FIRMS.match(subject)
    if found is None:
        return ""
    rest = _BRACKETED.sub("", subject[found.end() :])  # ``(DN)``: an aside
    end = _FIRMS_END.search(rest)
    if end is not None:
        rest = rest[: end.start()]
    if len(rest.split()) > FIRM_WORDS or _HAS_DIGIT.search(rest):
        return ""
    return lower_first(" ".join(f"{found[0]}{rest}".split()))


def _before_predicate(label: str) -> str:
    """A named quantity without what is said of it after an auxiliary (``giá hồ tiêu cũng giảm sâu``)."""
    words = keys(label)
    named = first_quantity(words)
    if named < 0:
        return label
    aux = next(
        (
            i
            for i in range(named + 1, len(words))
            if (words[i] in AUXILIARIES and not _new_of(words, i)) or words[i : i + 2] in _AUX_PAIRS
        ),
        -1,
    )
    if aux < 0:
        return label
    if first_quantity(words, aux + 1) >= 0:  # ``ngân sách đã huy động nguồn vốn``: what it did names it
        return " ".join(label.split()[aux + (2 if words[aux : aux + 2] in _AUX_PAIRS else 1) :])
    return " ".join(label.split()[:aux])


def _measured_with(label: str) -> str:
    """``trồng cam với diện tích`` → ``diện tích trồng cam``: the quantity named after ``với`` is the
    figure's, of the thing named before it."""
    words = keys(label)
    at = max((i for i, word in enumerate(words) if word == "với"), default=-1)
    if at < 1 or at + 1 >= len(words) or not quantity_at(words, at + 1):
        return label
    originals = label.split()
    thing = " ".join(originals[:at]).split(",")[-1].split()
    if len(thing) > 8:  # ``kinh tế phát triển nhanh chóng với tốc độ tăng trưởng``: a clause, not a thing
        named = _last_name(thing)  # ``... đã hình thành Khu công nghiệp phụ trợ dệt may Phong Điền``
        return " ".join([*originals[at + 1 :], *named])
    return " ".join([*originals[at + 1 :], lower_first(" ".join(thing))])


#: A word of a facility's name between its kind and its place (``Khu công nghiệp phụ trợ dệt may Phong
#: Điền``): not a preposition nor an administrative word, after which the place is said of the facility.
_FACILITY_WORD = rf"\s+(?!(?:của|tại|ở|thuộc|trên|tỉnh|huyện|thành|xã)\s)[{_LOWER}]+"
#: What a place's name may be part of: a facility's name (``Khu công nghiệp Phú Đa``, ``Cảng Chân Mây``,
#: with up to four words between) or a compound name (``Lam Sơn - Sao Vàng``).
_IN_A_NAME = re.compile(
    r"(?:(?<![^\W\d_])(?:khu\s+công\s+nghiệp|khu\s+kinh\s+tế|cụm\s+công\s+nghiệp|KCN|KKT|cảng|sân\s+bay|cửa\s+khẩu"
    rf"|nhà\s+máy|thủy\s+điện|nhiệt\s+điện)(?:{_FACILITY_WORD}){{0,4}}|[{_UPPER}][{_LOWER}]*\s+[-–])\s+$",
    re.IGNORECASE,
)
#: Head nouns of the things a quantity after ``với`` measures: ``dự án``, ``khu``, ``nhà máy``.
_THING_HEADS = frozenset(
    {
        "dự án",
        "công trình",
        "tuyến",
        "đề án",
        "chương trình",
        "gói thầu",
        "khu",
        "cụm",
        "nhà máy",
        "bệnh viện",
        "cảng",
    }
)


def _last_name(words: list[str]) -> list[str]:
    """The last thing a long clause names, from its head noun (``dự án Bệnh viện Đa khoa tỉnh``, ``Khu
    công nghiệp phụ trợ dệt may Phong Điền``), or nothing: what a quantity after ``với`` is of."""
    low = [w.lower() for w in words]
    at = next(
        (
            i
            for i in range(len(low) - 1, 0, -1)
            if (low[i] in _THING_HEADS or " ".join(low[i : i + 2]) in _THING_HEADS)
            and low[i + 1 : i + 2] != ["vực"]  # ``khu vực``: a region, no thing
            and words[i - 1][:1].islower()  # ``Công ty TNHH Khu công nghiệp ...``: inside a name
        ),
        -1,
    )
    while at >= 2 and " ".join(low[at - 2 : at]) in _THING_HEADS:
        at -= 2  # ``dự án Bệnh viện``: the project, named by the hospital
    return words[at:] if at > 0 and len(words) - at <= MAX_THING_WORDS else []


#: Words at most of such a thing.
MAX_THING_WORDS = 10


def _strip_tail(label: str) -> str:
    """``label`` without the cue and hedge words it ends with."""
    return _tail(label, False)[0]


def _tail(label: str, percent: bool) -> tuple[str, str, bool]:
    """``label`` without the cue, hedge and linking words it ends with; the change verb among them
    (``tăng``/``giảm``, percentages only); and whether they say a level was reached (``còn``).
    Word by word on the last words: a regex anchored at the end would try every position."""
    change, level = "", False
    if "ſ" in label or "İ" in label or "ı" in label:
        label = label.translate(_FOLD)  # only the words looked at are lower-cased, not the label
    while label:
        parts = label.rsplit(None, _LONGEST_TAIL)
        last = parts[-1].strip(",:;").lower()
        size = 0 if last else 1
        before: tuple[str, ...] = ()
        tails = _TAILS.get(last, ()) if last else ()
        if tails:
            low = [word.strip(",:;").lower() for word in parts[-_LONGEST_TAIL:]]
            for before in tails:
                n = len(before)
                if n == 0 or (n < len(low) and tuple(low[-1 - n : -1]) == before):
                    size = n + 1
                    break
            if size == 1 and last == "bằng" and len(low) > 1 and low[-2] == "mặt":
                size = 0  # ``mặt bằng`` is a noun
            elif size == 1 and last == "hiện" and len(low) > 1 and low[-2] in _SEEN:
                size = 0  # ``số vụ vi phạm phát hiện``: detected, a deed; not ``hiện`` (now)
            elif size == 1 and last == "thêm" and low[-3:-1] in (["và", "tăng"], ["mới", "tăng"]):
                size = 0  # ``vốn cấp mới và tăng thêm``: the capital added, a kind of capital as ``cấp mới``
            elif size == 1 and len(low) > 1 and (low[-2], last) in _WHOLE_TRAILS:
                # ``xã đạt từ 10 tiêu chí trở lên``: a threshold's end, no level reached; ``chỉ tiêu
                # không đạt``: those that fell short
                size = 0
            elif size == 1 and last == "cao" and " ".join(low[-3:-1]) in _HIGH_NOUNS:
                size = 0  # ``khu công nghệ cao``: high is the term's, not how much it rose
            elif size == 1 and last == "mới" and (level or change):
                size = 0  # ``hộ nghèo theo tiêu chí mới giảm còn``: ``mới`` (new) is the noun's
            elif (
                size == 1
                and last == "mới"
                and (
                    " ".join(low[-2:]) in _NEW_VERBS
                    or " ".join(low[-3:]) in _NEW_VERBS
                    or " ".join(low[-3:-1]) in _NEW_NOUNS
                )
            ):
                size = 0  # ``thành lập mới``, ``nông thôn mới``: new, not ``mới`` (only) before a figure
        if size:
            level = level or (*before, last) in _LEVELS
        elif percent and not change and last in ("tăng", "giảm") and not _cut_down(parts):
            change, size = last, 1
        else:
            break
        label = label.rsplit(None, size)[0] if size < len(parts) else ""
    return label.rstrip(" ,;:"), change, level


#: First syllables of the words that end in ``hiện`` (``phát hiện``, ``xuất hiện``, ``thể hiện``).
_SEEN = frozenset({"phát", "xuất", "thể", "biểu"})
#: Nouns the genre names with ``cao`` (high) as one term: ``công nghệ cao``, ``chất lượng cao``.
_HIGH_NOUNS = frozenset({"công nghệ", "chất lượng", "trình độ"})
#: Verbs that end in ``mới`` (``thành lập mới``, ``cấp mới``).
_NEW_VERBS = frozenset(verb for verb in ACTION_VERBS if verb.endswith(" mới"))
#: Nouns the genre names with ``mới`` (new) as one term: the national programme ``nông thôn mới``, the
#: ``(khu) đô thị mới`` planned as one and the new jobs a labour report counts (``tạo việc làm mới cho
#: 10.300 người``); ``mới`` after them is the term's, never the adverb (only).
_NEW_NOUNS = frozenset({"nông thôn", "đô thị", "việc làm"})


#: Where the items of an enumeration part: commas, ``và``, and the ``trong đó`` that ends the list.
_LIST_SPLIT = re.compile(r"\s*(?:,|\bvà\b|\btrong\s+đó\b)\s*")


@lru_cache(maxsize=64)
def _count_in_head(noun: str) -> re.Pattern[str]:
    """A count of ``noun`` followed by what is said of it, in a list's head: ``2.995.949 người tham gia``."""
    return re.compile(rf"(?<![\d.,])\d+(?:[.,]\d+)*\s+{re.escape(noun)}\s+(?=[^\W\d_])")


def _first_item(label: str) -> str:
    """The first item of a list a label ends with after ``, gồm``, when it names no quantity of its own."""
    _, comma, item = label.rpartition(",")
    item = item.strip()
    if not comma or not _ITEMS_WORD.match(item):
        return ""
    item = _ITEMS_WORD.sub("", item)
    return "" if has_quantity(item.lower()) else item


def _new_of(words: tuple[str, ...], i: int) -> bool:
    """``mới`` at ``i`` is new, of the verb or noun before it (``vốn cấp mới``, ``xã nông thôn mới``),
    not the adverb (only, just) that opens what is said of a quantity."""
    return words[i] == "mới" and (
        " ".join(words[i - 1 : i + 1]) in _NEW_VERBS
        or " ".join(words[max(0, i - 2) : i + 1]) in _NEW_VERBS
        or " ".join(words[max(0, i - 2) : i]) in _NEW_NOUNS
    )


def _cut_down(parts: list[str]) -> bool:
    """``cắt giảm 70% kinh phí``: ``giảm`` in the verb ``cắt giảm`` is what is done, not a change."""
    return len(parts) > 1 and parts[-1].lower() == "giảm" and parts[-2].lower() == "cắt"


def _last_part(label: str) -> str:
    """``... đóng góp vào tăng trưởng kinh tế, giá trị sản xuất công nghiệp`` → its last part."""
    if "," not in label:
        return label
    last = label.rsplit(",", 1)[1].strip()
    if " " in last and quantity_at(keys(last.lower()), 0):
        return last  # ``Cơ cấu kinh tế chuyển dịch, tỷ trọng nông nghiệp``: the figure's own part names it
    if len(label.split()) <= LONG_LABEL:
        return label
    first = label.split(",", 1)[0].split()
    if len(first) <= 2 and _ends_with_deed(first):
        return label  # ``đo đạc, lập bản đồ địa chính, đăng ký đất đai và ...``: one list of deeds
    if label.count(",") == 1 and quantity_at(keys(label.lower()), 0) and not has_quantity(last.lower()):
        return label  # ``thu nhập bình quân của các thành viên, người lao động``: one noun phrase
    if _enumerated(label):
        return label  # ``doanh thu dịch vụ lưu trú, ăn uống, du lịch lữ hành và dịch vụ khác``: one name
    return last if len(last.split()) >= SHORTEST_PART else label


def _enumerated(label: str) -> bool:
    """True when the comma parts after a quantity are the items of one enumeration that closes with
    ``và`` (``doanh thu dịch vụ lưu trú, ăn uống, lữ hành và hỗ trợ du lịch``): short pieces that
    name no quantity of their own, so the figure is of the whole list, as the article names it."""
    first, *rest = label.split(",")
    if not rest or not quantity_at(keys(first.lower()), 0) or " và " not in f" {rest[-1]} ":
        return False
    for piece in rest:
        if _BREAKDOWN.match(piece.strip()):
            return False  # ``cơ cấu kinh tế chuyển dịch, khu vực nông, lâm nghiệp``: a part of a whole, said anew
        words = keys(piece.lower().split(" và ", 1)[0])
        if (
            not words
            or len(words) > LIST_PIECE_WORDS
            or has_quantity(" ".join(words))
            or words[0] in _CLAUSE_VERBS
        ):
            return False
    return True


def _cut_long(words: list[str]) -> list[str]:
    """The words kept of a label too long: its head, the subject of the clause, when a word that links
    a purpose to it (``phục vụ``, ``để``) lets it end there; else its last words, from a word's start:
    a two-syllable word cut in half keeps its first syllable (``lợi ích``, not ``ích``), a proper
    name cut in half goes (``Nguyễn Thị | Thu Hoa,``), and so does a connector left at the head."""
    head = words[:MAX_WORDS]
    for i in range(len(head) - 1, SHORTEST_PART - 1, -1):
        if head[i].lower() in _MODIFIER_LINKS and (head[i].lower() != "phục" or words[i + 1].lower() == "vụ"):
            return head[:i]  # ``phục vụ``, not ``khắc phục``
    start = len(words) - MAX_WORDS
    if _joined(words[start - 1], words[start]):
        return words[start - 1 :]
    last = len(words) - SHORTEST_PART
    if _is_name_word(words[start - 1]):
        while start < last and _is_name_word(words[start]) and words[start - 1][-1] not in ",;:":
            start += 1
    while start < last and words[start].lower() in _CUT_CONNECTORS:
        start += 1
    return words[start:]


def _last_chars(text: str) -> str:
    """The last ``MAX_CHARS`` of ``text``, from a word's start: not from inside a syllable, nor from
    the second syllable of a two-syllable word (``lợi ích``)."""
    kept = text[-MAX_CHARS:].split(" ", 1)[-1]
    before = text[: len(text) - len(kept)].rsplit(None, 1)  # only its last word: not the whole region
    if before and kept and _joined(before[-1], kept.split(" ", 1)[0]):
        return f"{before[-1]} {kept}"
    return kept


def _joined(first: str, second: str) -> bool:
    """True when ``first`` and ``second`` are the two syllables of one word the lexicon knows."""
    return (
        first[-1:].isalpha() and (first.lstrip('(“"').lower(), second.rstrip(",;:").lower()) in _TWO_SYLLABLES
    )


def _is_name_word(word: str) -> bool:
    """True for a word of a proper name: capitalised, the rest lower case (``Thu``, ``Hoa,``)."""
    return len(word) > 1 and word[0].isupper() and word[1:].rstrip(",;:").islower()


def _same_measure(unit: str | None, other: str) -> bool:
    """True when two base units measure alike: ``đồng`` and ``đồng/người/năm`` (a change of a mean)."""
    return unit is not None and (unit == other or unit.split("/", 1)[0] == other.split("/", 1)[0])


def _is_weak(low_label: str, figure: Figure) -> bool:
    """True when the words before a figure name no quantity (``Thành phố có thêm``), so that a count,
    an area or an amount is named by the words after it. An average alone (``bình quân mỗi năm có``)
    names none either: it says how the figure is taken, and goes at the end of the label."""
    low_label = _AVERAGE_ONLY.sub("", low_label, count=1)
    if figure.shape in ("count", "score"):
        noun = figure.quantity.base_unit.lower()
        return noun not in GENERIC_COUNT_NOUNS and noun not in low_label and not has_quantity(low_label)
    return not has_quantity(low_label)


def _after_aside(label: str) -> str:
    """The words after a bracket that closes with none opened before it in the label (``nhằm mùng 5
    Tết) lượng khách tham quan``): a comma inside the aside cut the label there, so what comes before
    the bracket is the aside's tail, no name."""
    close = label.find(")")
    if close < 0 or "(" in label[:close] or not label[close + 1 :].strip():
        return label
    return label[close + 1 :]


def _only_when(part: str, noun: str) -> bool:
    """True when the words before a count of people or visits only say when (``trong những ngày nghỉ
    lễ đã có 25 nghìn lượt khách``): those name no one, so the count is named by its noun and the
    words after it, as when nothing came before."""
    return (
        noun in GENERIC_COUNT_NOUNS
        and _ONLY_WHEN.fullmatch(part) is not None
        and noun.rsplit(" ", 1)[-1] not in part.split()
    )


def _is_agent(words: tuple[str, ...]) -> bool:
    """True when ``words`` only say who acts (``UBND tỉnh``, ``Thành phố``)."""
    return agents_end(words) == len(words)


def _deed(part: str) -> str:
    """What was done, when ``part`` says it after who did it (``UBND tỉnh đã xây dựng bản đồ số``),
    else nothing."""
    words = keys(part)
    at = agents_end(words) if words and words[0] not in _VERB_FIRST else 0
    while at < len(words) and (words[at] in AUXILIARIES or words[at : at + 2] in _AUX_PAIRS):
        at += 2 if words[at : at + 2] in _AUX_PAIRS else 1
    if at >= len(words) - 1 or words[at] not in _VERB_FIRST:
        return ""
    return " ".join(part.split()[at:])


def _after_agent(words: str) -> str:
    """The words after who acts at their head (``HĐND tỉnh thông qua`` → ``thông qua``)."""
    at = agents_end(keys(words))
    return " ".join(words.split()[at:]) if at else words


def _after_noun(label: str, noun: str) -> str:
    """A count's label without the noun it starts with (``Dự án giảm vốn`` → ``Giảm vốn``)."""
    if noun and label.lower().startswith(noun.lower() + " "):
        rest = label[len(noun) + 1 :]
        return rest[:1].upper() + rest[1:]
    return label


#: A change that opens from a level (``giảm từ``), at the end of the words before a count.
_FROM_CHANGE = re.compile(r"\s+(?:đã\s+|được\s+)?(?:tăng|giảm)(?:\s+từ)?$", re.IGNORECASE)
#: Words too many for the owner of a count's level to be a noun phrase, not a clause.
OWNER_WORDS = 6
#: Words at most of a subject that is the counted noun itself, said with what it is of.
NAMED_OWNER_WORDS = 10


#: A label that says what has a measure, then the measure alone: ``Giai đoạn I có tổng vốn đầu tư``,
#: ``Mỗi ha có mức đầu tư`` (not ``Doanh nghiệp có vốn đầu tư nước ngoài``: the measure is not the end).
_HAD_MEASURE = re.compile(
    r"(.+?) có ((?:tổng\s+)?(?:vốn(?:\s+(?:đăng\s+ký|đầu\s+tư|điều\s+lệ))*|mức\s+đầu\s+tư|kinh\s+phí"
    r"|doanh\s+thu|giá\s+trị|diện\s+tích|tổng\s+mức\s+đầu\s+tư|số\s+tiền|dân\s+số|chiều\s+dài))",
    re.IGNORECASE,
)


def _holder_names(holder: str) -> bool:
    """True when the words before ``có`` are a short noun phrase that has the measure after it, not a
    clause (no auxiliary, no figure, no other ``có``)."""
    words = holder.lower().split()
    return (
        0 < len(words) <= OWNER_WORDS and not _AUX_WORDS.intersection(words) and not _HAS_DIGIT.search(holder)
    )


def _owned_level(noun: str, core: str) -> str:
    """``Phòng, ban khối đảng, đoàn thể`` for ``khối đảng, đoàn thể giảm từ 81 phòng, ban``: a level
    named only by its noun takes the subject of the change, the whole those counted belong to."""
    change = _FROM_CHANGE.search(core)
    if change is None:
        return noun
    owner = core[: change.start()].strip(" ,;:-–")
    owner = owner.split(";")[-1].strip()
    words = owner.split()
    plural = 1 if words and words[0].lower() in ("các", "những") else 0
    # ``các phòng thuộc UBND huyện, thành phố giảm từ 104 phòng``: the subject is the noun, said in full
    named = " ".join(words[plural:]).lower().startswith(noun.lower() + " ")
    if (
        not words
        or len(words) > (NAMED_OWNER_WORDS if named else OWNER_WORDS)
        or _HAS_DIGIT.search(owner)
        or has_quantity(owner.lower())
        or _AUX_WORDS.intersection(w.lower() for w in words)
        or (noun.lower() in owner.lower() and not named)
    ):
        return noun
    if named:
        return " ".join(words[plural:])[:1].upper() + " ".join(words[plural:])[1:]
    return f"{noun} {lower_first(owner)}"


def _put_into(label: str, figure: Figure) -> str:
    """``Tỉnh thành phố được rót vốn`` for ``rót vốn vào 37 tỉnh thành phố``: a deed whose object ends at
    ``vào`` before a count was done to those counted (not ``đưa vào``, a deed of its own), else nothing."""
    noun = figure.quantity.base_unit
    deed = _deed_done(label[:-4]) or label[:-4].rsplit(",", 1)[-1].strip()
    low = deed.lower()
    if (
        not noun
        or noun.lower() in GENERIC_COUNT_NOUNS
        or noun.lower() in _CLASSIFIERS
        or noun.lower() in label.lower()
        or not 1 < len(low.split()) <= OWNER_WORDS
        or low.split(" ", 1)[0] in _NOT_PUT_INTO
    ):
        return ""
    return f"{noun} được {lower_first(deed)}"


#: The first words of a clause ending in ``vào`` that is no deed done to what follows it.
_NOT_PUT_INTO = frozenset({"đưa", "tham", "có", "là", "theo", "tính", "căn", "dựa", "nhờ", "do", "góp"})


def _without_its_noun(label: str, noun: str) -> bool:
    """True when a count's label says what was done (``Giảm vốn``, ``HĐND thông qua Nghị quyết ...``) but
    not what it counts, which the count's own noun says; a measure named (``Thời gian lưu lại``) is not."""
    low, noun = label.lower(), noun.lower()
    if not noun or noun in GENERIC_COUNT_NOUNS or noun in _CLASSIFIERS or keys(noun)[0] in keys(low):
        return False
    return _is_deed(label) or not has_quantity(low)


def _is_action(deed: str) -> bool:
    """True when ``deed`` opens with a verb of :data:`ACTION_VERBS` (``kiểm tra``), not with a noun that
    shares a verb's first syllable (``kết cấu``)."""
    words = deed.lower().split()
    return any(" ".join(words[:n]) in _ONE_VERB for n in (3, 2, 1))


#: The words that say what kind of sector the items of a breakdown are: ``ngành``, ``khu vực``.
_SECTOR_KIND = re.compile(r"^(?:ngành|khu\s+vực|lĩnh\s+vực)\s+", re.IGNORECASE)


def _same_kind(sibling: str, item: str) -> str:
    """``item`` with the kind of sector its sibling in the breakdown said (``khu vực nông nghiệp ...;
    dịch vụ ...`` → ``khu vực dịch vụ``), when it says none of its own."""
    kind = _SECTOR_KIND.match(sibling)
    if kind is None or _SECTOR_KIND.match(item):
        return item
    return f"{kind.group().lower()}{lower_first(item)}"


def _deed_done(label: str) -> str:
    """What was done for those counted after it, when the words before them say it (``UBND đã tổ chức
    kiểm tra theo Điều 30`` → ``kiểm tra theo Điều 30``), else nothing."""
    return next(
        (
            deed
            for deed in (
                _undertaken(_after_agent(_after_auxiliary(w))) for w in (label.rsplit(",", 1)[-1], label)
            )
            if deed.split(" ", 1)[0].lower() in _DEED_VERBS
        ),
        "",
    )


#: Verbs that only say a deed was carried out, before the deed itself: ``tiến hành kiểm tra``.
_LIGHT_VERBS = ("tiến hành ", "tổ chức ", "thực hiện ")


def _undertaken(deed: str) -> str:
    """``deed`` without the light verb before the deed itself (``tổ chức kiểm tra`` → ``kiểm tra``): those
    counted were checked, not organised."""
    low = deed.lower()
    for light in _LIGHT_VERBS:
        if low.startswith(light) and low[len(light) :].split(" ", 1)[0] in _DEED_VERBS:
            return deed[len(light) :]
    return deed


#: ``như`` that brings examples of a kind (``các công trình trọng điểm như Dự án ...``), not a likeness
#: (``như dự báo``, ``như năm trước``, ``như vậy``).
_SUCH_AS = re.compile(
    r"\s+như\s+(?!(?:dự|kế|năm|cùng|vậy|sau|trên|thế|mọi|cũ|trước|hiện|nhau|đã|được)(?![^\W\d_]))",
)
_FOR_BEFORE = re.compile(r".*(?<![^\W\d_])(?:cho|vào)\s+", re.IGNORECASE)


def _examples_named(label: str) -> str:
    """``Tài trợ vốn cho một số công trình trọng điểm như Dự án Nút giao thông``: the figure is of the
    example named, so the kind it exemplifies goes (and a deed before it stays, up to its ``cho``)."""
    such = _SUCH_AS.search(label)
    if such is None or len(label[such.end() :].split()) < 2:
        return label  # ``động thái như giảm``: a lone word names a deed, not an example of a kind
    before = _FOR_BEFORE.match(label[: such.start()] + " ")
    example = label[such.end() :]
    return f"{before.group().strip()} {example}" if before else example[:1].upper() + example[1:]


def _after_auxiliary(words: str) -> str:
    """The words after the last auxiliary (``khu công nghiệp này sẽ tạo việc làm`` → ``tạo việc làm``),
    all of them without one; read word by word, not by a regex that backtracks over the whole."""
    split = words.split()
    low = [w.lower() for w in split]
    for i in range(len(low) - 2, -1, -1):  # an auxiliary is followed by what it helps
        if (low[i] in _AUX_FIRST and low[i] != "chỉ") or (i and (low[i - 1], low[i]) in _AUX_PAIRS):
            return " ".join(split[i + 1 :])
    return " ".join(split)


#: A deed longer than this that makes something (``xây dựng``, ``ban hành``, ``thành lập``) is no deed
#: done to those counted but the making of what serves them.
DEED_WORDS = 6
_MAKING = frozenset({"xây dựng", "ban hành", "thành lập", "lập", "xây"})


def _served(deed: str) -> str:
    """What a long deed of making makes, for the count it is made for (``xây dựng và ban hành phương án thành lập
    các khu cách ly y tế tập trung`` cho 1.000 ca → ``Khu cách ly y tế tập trung``), else nothing: a short
    deed (``giải quyết việc làm``) is done to those counted."""
    words = deed.split()
    low = [w.lower() for w in words]
    if len(words) <= DEED_WORDS or not (" ".join(low[:2]) in _MAKING or low[0] in _MAKING):
        return ""
    made = [
        (at, size)
        for at in range(1, len(words) - 2)
        if (size := next((n for n in (2, 1) if " ".join(low[at : at + n]) in _ONE_VERB), 0))
    ]
    # the verb whose object is plural (``thành lập các khu cách ly``), not one inside a noun (``khu cách ly``)
    plural = [(at, size) for at, size in made if low[at + size] in ("các", "những")]
    if not (plural or made):
        return ""
    at, size = (plural or made)[-1]
    thing = _PLURAL_HEAD.sub("", " ".join(words[at + size :]), count=1)
    return thing[:1].upper() + thing[1:] if len(thing.split()) >= 2 else ""


def _is_deed(label: str) -> bool:
    """True when a label says what was done (``Giảm vốn``), not what is measured."""
    return label.split(" ", 1)[0].lower() in _DEED_VERBS


def _is_agent_verb(words: tuple[str, ...]) -> bool:
    """True when ``words`` say who acts and what they do, nothing else (``tỉnh đã hỗ trợ``)."""
    at = agents_end(words)
    while at < len(words) and (
        words[at] in AUXILIARIES or words[at] == "chỉ" or words[at : at + 2] in _AUX_PAIRS
    ):
        at += 2 if words[at : at + 2] in _AUX_PAIRS else 1
    return at < len(words) and verbs_start(words) == at


#: A result the words after a count say of it (``chỉ tiêu chưa đạt kế hoạch``).
_OWN_RESULT = re.compile(r"(?<![^\W\d_])đạt(?![^\W\d_])", re.IGNORECASE)


def _with_phrase(figure: Figure, phrase: str, verb: str, label: str) -> str:
    """A label from the words after a figure: a count's noun first, an area's ``Diện tích``, what was
    done to a count after it and to an amount or a share before it; a rate (``mỗi ngày``) qualifies
    the words before."""
    shape = figure.shape
    if shape in ("count", "score"):
        noun = "" if figure.quantity.base_unit.lower() in _CLASSIFIERS else figure.quantity.base_unit
        # ``cấp phép 1.107 doanh nghiệp được cấp phép``: said once
        # ``..., 2 chỉ tiêu chưa đạt kế hoạch``: a result of its own, not the deed before
        if verb and (phrase.lower().endswith(verb.lower()) or _OWN_RESULT.search(phrase)):
            verb = ""
        verb = _served_by(noun, verb) if verb else ""
        label = " ".join(w for w in (noun, phrase, verb) if w)
        return label.replace(" , ", ", ")  # ``Xã, thị trấn trồng lúa``
    if phrase.lower().startswith("mỗi ") and label:
        return f"{label} {phrase}"
    if shape == "measure" and figure.quantity.base_unit.lower() in AREA_UNITS:
        if not verb and phrase.lower().startswith("đất "):
            return phrase  # ``500 ha đất nông nghiệp``: land names its own area
        return " ".join(w for w in ("Diện tích", verb, phrase) if w)  # ``gieo cấy 120.000 ha lúa``
    if shape == "measure":
        return " ".join(w for w in (phrase, verb) if w)
    if shape == "money" and label and len(label.split()) <= 2:
        return f"{label} {phrase}"
    return " ".join(w for w in (verb, phrase) if w)


#: Deeds done for people or bodies, whose count is of those served (``Doanh nghiệp được hỗ trợ``).
_SERVICES = frozenset(
    {
        "hỗ trợ",
        "kiểm tra",
        "thanh tra",
        "thanh, kiểm tra",
        "tư vấn",
        "thăm hỏi",
        "tặng quà",
        "đào tạo",
        "tập huấn",
        "cho vay",
        "cứu trợ",
        "giúp đỡ",
        "khen thưởng",
        "điều trị",
    }
)
#: Deeds done against people or bodies: those counted ``bị xử phạt``.
_PENALTIES = frozenset({"xử phạt", "phạt", "xử lý", "xử phạt vi phạm hành chính"})
#: Count nouns of people or bodies a service is done for.
_SERVED = frozenset(
    {
        "người",
        "hộ",
        "doanh nghiệp",
        "lao động",
        "người lao động",
        "đối tượng",
        "học sinh",
        "tổ chức",
        "cá nhân",
        "cơ sở",
        "trường hợp",
        "bệnh nhân",
        "gia đình",
        "hợp tác xã",
        "htx",
        "hộ kinh doanh",
        "hội viên",
        "nông dân",
        "trẻ em",
        "học viên",
        "lượt người",
    }
)


def _served_by(noun: str, verb: str) -> str:
    """``được hỗ trợ`` for a service done to the people or bodies ``noun`` counts (``đã hỗ trợ 800
    doanh nghiệp``: those counted got it), ``bị xử phạt`` for a penalty, else ``verb`` as it is."""
    if noun.lower() not in _SERVED:
        return verb
    if verb.lower() in _PENALTIES:
        return f"bị {verb}"
    return f"được {verb}" if verb.lower() in _SERVICES else verb


#: Count nouns that only classify the thing named after them (``20 triệu con cá cảnh``): that thing is counted.
_CLASSIFIERS = frozenset({"con"})
#: Words that count people before what they are (``3.500 em học sinh``).
_PEOPLE = frozenset({"em", "cháu"})


#: Deeds the genre joins by a comma into one (``sản xuất, chế biến``, ``khám, chữa bệnh``, ``đo đạc, lập
#: bản đồ``): the comma after one of them goes on to the next deed.
PAIRED_DEEDS = frozenset(
    {
        "sản xuất",
        "kinh doanh",
        "chế biến",
        "khám",
        "đo đạc",
        "khảo sát",
        "nuôi trồng",
        "đánh bắt",
        "chăn nuôi",
    }
)


_COUNT_NOUNS = frozenset(COUNT_UNITS)


def _counts_something(words: str) -> bool:
    """True when ``words`` start with a count's noun (``hộ nghèo``, ``xã đạt chuẩn``)."""
    low = keys(words)
    return bool(low) and (low[0] in _COUNT_NOUNS or " ".join(low[:2]) in _COUNT_NOUNS)


def _ends_with_deed(kept: list[str]) -> bool:
    """True when the words kept end with a deed of :data:`PAIRED_DEEDS`."""
    last = keys(" ".join(kept[-2:]))
    return bool(last) and (last[-1] in PAIRED_DEEDS or " ".join(last[-2:]) in PAIRED_DEEDS)


#: What :func:`_cut_phrase` cut lately: the rules read the words after a figure again (for its label, its
#: beneficiary, the item of a list), a fifth of the asks.
_PHRASES_CUT: Final[dict[tuple[str, bool, bool, bool, bool], tuple[str, int]]] = {}


def _cut_phrase(
    rest: str, *, score: bool = False, share: bool = False, spent: bool = False, kinds: bool = False
) -> tuple[str, int]:
    """The noun phrase at the start of ``rest`` and about where it ends: up to a comparison, a new
    clause, a place, a period or the next figure; a comma goes on when a short piece of a list
    follows (``xã, phường``), but not into the words of the next figure.  With ``kinds`` (an area or
    a weight), a ``các loại`` that ends the clause stays: ``30 ha rau màu các loại`` is the sum over
    the kinds, as the articles name it."""
    key = (rest, score, share, spent, kinds)
    found = _PHRASES_CUT.get(key)
    if found is None:
        found = remember(_PHRASES_CUT, key, _phrase_cut(rest, score, share, spent, kinds), BEFORE_CACHE)
    return found


def _phrase_cut(rest: str, score: bool, share: bool, spent: bool, kinds: bool) -> tuple[str, int]:
    """:func:`_cut_phrase`, cut."""
    stops = _STOPS_NOT_THEO if score else _STOPS_NOT_FOR if spent else _STOPS
    lead = _LEAD.match(rest) if (score or share) else None
    first = lead.end() if lead else len(rest) - len(rest.lstrip(" "))
    kept: list[str] = []
    pieces, at, open_end = 0, first, False
    while True:
        end = _PHRASE_END.search(rest, at)
        limit = end.start() if end else len(rest)
        comma = rest.find(",", at, limit)
        if comma >= 0:
            limit = comma
        words = rest[at:limit].split()
        low = keys(rest[at:limit])
        cut = next(
            (
                i
                for i in range(len(low))
                if (
                    stops.at(low, i)
                    and not _made_from(low, i)
                    and not _harmed_by(low, i)
                    and not _done_with(low, i)
                    and not _stage(low, i)
                    and not _manner(low, i)
                    and not _come_to(low, i)
                    and not _goes_into_use(low, i)
                )
                or _next_item(words, low, i)
            ),
            -1,
        )
        before_figure = cut < 0 and comma < 0 and end is not None and rest[limit].isdigit()
        if cut >= 0:
            words = words[:cut]
        elif before_figure:
            last_and = max(
                (i for i in range(max(0, len(low) - 5), len(low)) if low[i] in ("và", "")), default=-1
            )
            words = (
                words[:last_and] if last_and >= 0 else words
            )  # ``cà phê hòa tan và đã xuất khẩu 4.520 tấn``
        if pieces:
            short_head = pieces == 1 and len(kept) <= 2 and not (low and low[0] in _GLUE)
            # ``đo đạc, lập bản đồ địa chính và bản đồ địa hình``: the second of two deeds a comma
            # joins is as long as it needs
            second_deed = bool(low) and low[0] not in _GLUE and _ends_with_deed(kept)
            # ``rau, quả và nông sản các loại``: the trailing words the phrase loses do not count
            size = len(words)
            size -= _TRAILS.ending(low, size) if 0 < size <= len(low) and low[size - 1] else 0
            if (
                not words
                or (size > LIST_PIECE_WORDS and not short_head and not second_deed)
                or before_figure
                # ``hộ thoát nghèo, tạo việc làm cho ...``: a clause of its own, but not the second of
                # two deeds a comma joins (``cơ sở sản xuất, chế biến dừa``)
                # (``bảo hiểm y tế, bảo hiểm thất nghiệp``: insurance, a noun, though ``bảo`` starts verbs)
                or (low[0] in _CLAUSE_VERBS and low[:2] != ("bảo", "hiểm") and not _ends_with_deed(kept))
                # ``đạt chuẩn, cao nhất vùng``: a comment on the figure, no piece of the name
                or low[1:2] == ("nhất",)
                # ``35 dự án, tập trung vào ...``: the next clause's opening, no item of a list
                or _OPENS_CLAUSE.match(rest, at) is not None
            ):
                break
            kept[-1] += ","
        elif not words or low[0] == "và":
            return "", first
        kept.extend(words)
        pieces += 1
        open_end = cut < 0  # the words kept run to the clause's end: no stop word cut them
        if cut >= 0 or comma < 0:
            break
        at = comma + 1
    length = len(" ".join(kept))
    while kept:
        last = keys(" ".join(kept[-3:]))
        n = _TRAILS.ending(last, len(last)) if last[-1] else 1
        if not n or last[-2:] in _WHOLE_TRAILS or (kinds and open_end and last[-2:] == ("các", "loại")):
            break
        kept = kept[: len(kept) - n]
    if kept:
        kept[-1] = kept[-1].rstrip(",")
    if not any(c.isalpha() for c in "".join(kept)):
        return "", first
    phrase = " ".join(kept[:AFTER_WORDS])
    if " trong " in phrase or " của " in phrase:
        # ``300 hộ nuôi trong huyện thu hoạch cá``: the place goes from the name, as before a figure
        phrase = _SPACES.sub(" ", _PLACE_INSIDE.sub("", phrase)).strip(" ,")
    return phrase, first + length


#: What visitors come to do (``lượt khách đến tham quan``, ``đến vui chơi, giải trí``): said of those
#: counted, not where they went.
_VISITS = frozenset(
    {("tham", "quan"), ("vui", "chơi"), ("du", "lịch"), ("nghỉ", "dưỡng"), ("mua", "sắm"), ("làm", "việc")}
)


def _come_to(low: tuple[str, ...], i: int) -> bool:
    """``đến tham quan``, ``đến thăm``: ``đến`` before what visitors do goes on to the deed, a place
    after it would have stopped the phrase."""
    return low[i] == "đến" and (low[i + 1 : i + 2] == ("thăm",) or low[i + 1 : i + 3] in _VISITS)


#: What a thing is put into when ``vào`` ends no phrase: ``dự án đi vào hoạt động``, ``đưa vào sử dụng``.
_INTO_USE = frozenset({("hoạt", "động"), ("sử", "dụng"), ("vận", "hành"), ("khai", "thác")})


def _goes_into_use(low: tuple[str, ...], i: int) -> bool:
    """``đi vào hoạt động``, ``đưa vào sử dụng``: ``vào`` here starts no place nor time, the deed goes on."""
    return low[i] == "vào" and i > 0 and low[i - 1] in ("đi", "đưa") and low[i + 1 : i + 3] in _INTO_USE


#: What ``theo`` is followed by when it says how a thing is made or which standard it meets
#: (``mô hình sản xuất rau theo hướng hữu cơ``, ``xã đạt chuẩn theo Bộ tiêu chí mới``), not whose plan
#: or source a figure follows.
_MANNER_HEADS = frozenset({"hướng", "tiêu", "bộ", "chuẩn", "chuỗi", "mô"})


def _manner(low: tuple[str, ...], i: int) -> bool:
    """``theo hướng ...``, ``theo Bộ tiêu chí ...``: the way or standard is part of what is named."""
    return low[i] == "theo" and i + 1 < len(low) and low[i + 1] in _MANNER_HEADS


#: The numbers of the stages of a programme: ``giai đoạn I``, ``giai đoạn 2``.
_STAGE_NUMBERS = frozenset({"i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5"})


def _stage(low: tuple[str, ...], i: int) -> bool:
    """``xã đạt chuẩn y tế giai đoạn II``: a stage's number names which standard, it is no period."""
    return low[i : i + 2] == ("giai", "đoạn") and i + 2 < len(low) and low[i + 2] in _STAGE_NUMBERS


def _harmed_by(low: tuple[str, ...], i: int) -> bool:
    """``hộ bị ảnh hưởng do lũ quét``, ``diện tích bị thiệt hại do bão``: ``do`` after a harm suffered
    says by what, which tells the group counted from others; not a cause of the figure."""
    return low[i] == "do" and "bị" in low[max(0, i - HARM_WORDS) : i]


#: How many words before ``do`` the ``bị`` of a harm suffered may stand.
HARM_WORDS = 4


def _made_from(low: tuple[str, ...], i: int) -> bool:
    """``sản phẩm làm từ da cá sấu``: ``từ`` after a verb of making says what of, not where from."""
    return low[i] == "từ" and i > 0 and low[i - 1] in ("làm", "chế", "biến")


#: Deeds done with a partner, whose ``với`` names the partner: ``hợp tác với các doanh nghiệp``.
_WITH_PARTNER = frozenset({"hợp tác", "liên kết", "phối hợp", "liên doanh", "ký kết", "tiếp giáp", "kết nối"})


def _done_with(low: tuple[str, ...], i: int) -> bool:
    """``HTX hợp tác với các DN ...``: ``với`` after a deed done with a partner goes on to the partner."""
    return low[i] == "với" and i > 1 and " ".join(low[i - 2 : i]) in _WITH_PARTNER


def _next_item(words: list[str], low: tuple[str, ...], i: int) -> bool:
    """``và`` before a capitalised name or a quantity noun starts the next item, not more of this one."""
    return (
        low[i] == "và"
        and i + 1 < len(words)
        and (words[i + 1][:1].isupper() or bool(quantity_at(low, i + 1)))
    )


def _parallel(sibling: str, part: str) -> str:
    """The part of a share in a list, with the words its first item said before the item itself:
    ``vốn đầu tư vào khu vực nông nghiệp`` then ``khu vực dịch vụ`` → ``vốn đầu tư vào khu vực dịch vụ``."""
    if has_quantity(part.lower()):
        return part
    head = part.split(" ", 1)[0].lower()
    words = sibling.lower().split()
    if head in words[1:]:
        return " ".join([*sibling.split()[: words.index(head, 1)], part])
    return part


def _after_last_figure(words: str) -> str:
    """The words after the last comma of ``words`` that follows a figure (a clause before a bracket
    may hold figures)."""
    last = max(words.rfind(d) for d in "0123456789")
    if last < 0:
        return words
    comma = words.find(",", last)
    return words[comma + 1 :] if comma >= 0 else words[words.rfind(",", 0, last) + 1 :]
