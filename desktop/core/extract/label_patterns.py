"""The words and patterns the label rules match: the lexicon of :mod:`labels`.

What a label's head may open with (connectors, sources, openers, subjects and their auxiliaries),
the spans, dates, years and prices its words drop, the shares, lists, items, topics, ranks and
scenarios the rules look for, and the limits they keep to (``MAX_WORDS``, the ``*_REACH`` of a
look).  Most of them serve :class:`~desktop.core.extract.labels.Labeller` alone; the helper modules
(``label_trims``, ``label_deeds``, ``label_measures``, ``label_before``) share the rest.  Kept apart
from the rules so that a rule reads as what it does and a word list can grow without touching it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.extract.label_lookup import (
    Phrases,
    reversed_phrases,
)
from desktop.core.extract.label_words import (
    ACTION_VERBS,
    AGENT_WORDS,
    BASIS_WORDS,
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
#: A heading line without a colon (``1. Sản xuất nông nghiệp``, ``Về thu ngân sách``, ``II. LĨNH VỰC THỦY SẢN``):
#: a whole file's section, whose topic its figures' bare measures are of; its numbering and the words that
#: only open a section (``về``, ``lĩnh vực``, ``tình hình``) are no part of the topic.  A line with neither
#: (``Xuất khẩu``) is as often a page's menu or a caption: only its capitals make it a heading.
_HEADING = re.compile(
    r"[ \t]*(?P<mark>(?:[IVX]{1,4}|\d{1,2}|[a-e])[.)]\s*)?"
    r"(?P<opener>(?:(?:về|lĩnh\s+vực|ngành|tình\s+hình|công\s+tác|kết\s+quả)\s+)*)"
    r"(?P<topic>[^\W\d_][^\W\d_ \t]*(?:[ \t]+[^\W\d_]+){0,5})[ \t]*",
    re.IGNORECASE,
)
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
#: What a contribution after its figure goes to, up to the end of the clause: ``đóng góp 7,8% vào tăng
#: trưởng chung của cả nước,``.
_CONTRIBUTED_TO = re.compile(r"\s+((?:vào|cho)\s+[^\W\d_][^,;.()\d\n]{0,60}?)(?=\s*(?:[,;.()\n]|$))")
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
#: The criteria places counted reached, right after their count (``đạt từ 4 - 5 tiêu chí``, ``đã đạt
#: 19/19 tiêu chí``, ``có 100% số``): part of what is counted, though written with figures.
_CRITERION = re.compile(
    r"\s+((?:đã\s+)?(?:đạt|có)\s+(?:từ\s+|dưới\s+|trên\s+|đủ\s+)?\d+(?:\s*[/–-]\s*\d+)?\s*(?:tiêu\s+chí|%\s+số))"
    r"(?![^\W\d_])"
)
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


#: A plan right after a percentage: the percentage is the share of it done (``đạt 77% dự toán năm``).
_OF_PLAN = re.compile(r"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|dự\s+toán|kh)(?![^\W\d_])")
#: The basis a change is compared to, right after its figure, and anywhere in its sentence: ``so với
#: cùng kỳ``, ``so với năm 2010``, ``so với quy hoạch được duyệt``; the statistics offices' reports
#: mostly drop the ``với`` before the period before (``giảm 0,76% so tháng trước và tăng 2,52% so cùng
#: kỳ``), which a ``so`` alone before a plan or a year (``gấp 1,5 lần so kế hoạch``) is not.
_BASIS_TEXT = (
    r"(so\s+(?:với\s+|(?=(?:tháng\s+trước|quý\s+trước|cùng\s+kỳ|năm\s+trước)(?![^\W\d_])))"
    r"(tháng\s+trước|quý\s+trước|cùng\s+kỳ|năm\s+trước|năm\s+(?:19|20)\d\d"
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
#: How far back (characters) the label of a figure of the same class of unit may name one nothing names.
FALLBACK_REACH = 300
_HAVE_BEFORE = re.compile(r"(?<![^\W\d_])có\s*$")
#: What there is, right before the first figure after a cut-off day: ``toàn tỉnh có khoảng``.
_STOCK_HAD = re.compile(r"(?<![^\W\d_])có(?:\s+(?:khoảng|gần|hơn|trên|tổng\s+cộng|tổng\s+số))?\s*$")


#: A count of those who took part, said as the noun of their deed: ``với sự tham gia của 500 đại biểu``.
_JOINED_BY = re.compile(
    r"(?<![^\W\d_])sự\s+(tham\s+gia|góp\s+mặt|có\s+mặt|hưởng\s+ứng)\s+của(?:\s+(?:khoảng|gần|hơn|trên|gần))?\s*$"
)


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


#: Where the items of an enumeration part: commas, ``và``, and the ``trong đó`` that ends the list.
_LIST_SPLIT = re.compile(r"\s*(?:,|\bvà\b|\btrong\s+đó\b)\s*")
#: Words that count people before what they are (``3.500 em học sinh``).
_PEOPLE = frozenset({"em", "cháu"})
