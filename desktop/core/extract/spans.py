"""Find the figures of an article: number, scale words and unit, as written.

One left-to-right pass over the numbers of the text.  At each number the
pieces that may follow it (percent sign, range, ``/Y`` score, scale words,
compound amount, unit) are tried with anchored regexes, so the cost is linear
in the text and no pattern can backtrack across it.  A number that ends up
with no unit -- a year, a date, a document number, an age -- is not a figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal

from desktop.core.extract.lexicon import (
    COUNT_UNIT_FAMILIES,
    COUNT_UNITS,
    COUNT_UNITS_BEFORE,
    DURATION_UNITS,
    MEASURE_UNITS,
    MEASURED_DURATION,
    MONEY_UNITS,
    NOT_A_COUNT_AFTER,
    NOT_A_FIGURE_BEFORE,
    NOT_MONEY_AFTER_DONG,
    SCORE_ONLY_UNITS,
    SEASON_BEFORE_YEAR,
    alternation,
)
from desktop.core.extract.lowercase import lower_same_length
from desktop.core.numbers import (
    FIRST_DIGIT,
    NUMBER_PATTERN,
    SCALE_PATTERN,
    Quantity,
    join_compound,
    make_quantity,
    normalise_unit,
    parse_number,
)

_SP = r"[^\S\n]*"  # spaces, never across a line break
_WORD_END = r"(?![^\W_])"

# Starts with a digit so that the regex engine can skip to digits; the lookbehinds then check what precedes.
_NUMBER = re.compile(rf"{FIRST_DIGIT}(?<![\dA-Z]\d)(?<!\d[.,]\d)(?<![A-Za-z]-\d)\d*(?:[.,]\d+)*")
_TIME = re.compile(r"[:h]\d\d\b")
#: The slash of "X out of Y"; Y may group its thousands (``6.150/7.500 lao động``).
_SLASH = re.compile(rf"{_SP}/{_SP}(\d{{1,3}}(?:\.\d{{3}})+(?![\d.,])|\d+)")
#: ``12 trên tổng số 20 xã``, ``12 trong 20 xã``: a score written in words -- and after a rank its field (``thứ 12
#: trên 63 tỉnh``), which goes with it.
_OUT_OF = re.compile(rf"{_SP}(?:trên|trong){_SP}(?:tổng{_SP}số{_SP})?(\d+)(?![\d.,])")
_RANKED = re.compile(r"(?<![^\W\d_])(?:thứ|hạng|xếp|top|tốp|bậc)\s*$")
#: From a rank's field to the next score of the same ranking: ``xếp thứ 4/14 tỉnh trong vùng và 26/63 tỉnh``.
_NEXT_RANK = re.compile(r"[^.;:()\d]{0,40}?(?:(?<![^\W\d_])và|,)\s*")
#: The rest of a date after its day and month (``/2021`` of ``4/12/2021``): skipped whole, or its year
#: would start a figure (``4/12/2021 tỉnh có ...``).
_DATE_TAIL = re.compile(r"(?:[/.-]\d+)+")
_PERCENT = re.compile(rf"{_SP}(?:%|phần trăm{_WORD_END})")
#: Percentage points (``giảm 1,2 điểm phần trăm``, ``đóng góp 6,4 điểm%``): the change of a rate or a share
#: of a growth, a figure of its own in its own unit, never a percentage (nor a comparison).
_POINTS = re.compile(rf"{_SP}điểm{_SP}(?:%|phần{_SP}trăm{_WORD_END})")
_RANGE = re.compile(rf"{_SP}(?:[-–—]|đến|tới){_SP}(?P<max>{NUMBER_PATTERN})")
#: A percentage and a dash right before a number: it is the next item of a list of percentages, not a range's start.
#: ``tăng bình quân hằng năm 10-12%``: a range of rates after a calendar word, no month 10.
_PERCENT_RANGE_AFTER = re.compile(rf"{_SP}[-–—]{_SP}\d[\d,]*{_SP}%")
_LABEL_DASH = re.compile(rf"{_SP}[-–—]{_SP}(?P<num>\d+)(?![\d.,])")
_PERCENT_DASH_BEFORE = re.compile(rf"%{_SP}[-–—]{_SP}$")
_SCALES = re.compile(rf"(?:{_SP}{SCALE_PATTERN})+")
#: One line break between a number and its scale word (the page was wrapped at a fixed width).
_WRAPPED = re.compile(rf"{_SP}\n(?={_SP}{SCALE_PATTERN})")
_COMPOUND = re.compile(rf"{_SP}(?P<minor>{NUMBER_PATTERN})(?P<scale>(?:{_SP}{SCALE_PATTERN})+)")
_MONEY = rf"(?:{alternation(MONEY_UNITS)})(?!{_SP}(?:{alternation(NOT_MONEY_AFTER_DONG)}){_WORD_END})"
#: ``tăng trưởng 2 con số``: a growth of two digits, not two head of livestock (``500 con``).
_DIGITS = re.compile(rf"{_SP}con{_SP}số{_WORD_END}")
#: A slash typed between a scale word and its currency (``457,7 triệu/USD``): no rate, a slip.
_STRAY_SLASH = re.compile(rf"{_SP}/(?={_SP}{_MONEY}{_WORD_END})")
#: ``lần lượt là``, ``tương ứng``: the numbers after it (those of the list before this one included) go with
#: the items named before, in order, the unit written once after the last.
_RESPECTIVELY = re.compile(
    rf"(?<![^\W\d_])(?:lần{_SP}lượt|tương{_SP}ứng)(?:{_SP}(?:là|có|đạt(?:{_SP}được)?|bằng|chiếm|ở{_SP}mức))?{_SP}"
    rf"(?:{NUMBER_PATTERN}{_SP}(?:,|và|/){_SP})*$"
)
_RESPECTIVE_REACH = 80
#: What may follow a number of such a list: a comma, ``và`` or a slash, then the next number.
_LIST_STARTS = frozenset(",v/")
_LIST_REST = re.compile(
    rf"(?:{_SP}(?:,|và|/){_SP}{NUMBER_PATTERN})*?{_SP}(?:,|và|/){_SP}(?P<last>{NUMBER_PATTERN})(?![\d.,]*{_SP}(?:,|và|/){_SP}\d)"
)
#: A bracket opened right before a number, its second number after a slash, and the bracket closing.
_OPENS_BRACKET = re.compile(rf"\({_SP}$")
_PAIR = re.compile(rf"{_SP}/{_SP}(?P<num>{NUMBER_PATTERN})")
_CLOSES_BRACKET = re.compile(rf"{_SP}\)")
#: ``865,9/6.601,106 tỉ đồng``, ``hơn 200/908 tỷ đồng``: an amount out of the amount planned, the unit written once
#: after both -- the amount, ``of`` the plan.
_MONEY_OUT_OF = re.compile(
    rf"{_SP}/{_SP}(?P<of>\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?)"
    rf"(?=(?:{_SP}{SCALE_PATTERN})+{_SP}{_MONEY}{_WORD_END})"
)
_OTHER = alternation(MEASURE_UNITS + COUNT_UNITS) + "".join(
    rf"|{_SP.join(map(re.escape, noun.split()))}(?={_SP}{re.escape(word)}{_WORD_END})"
    for noun, word in COUNT_UNITS_BEFORE
)
_NOT_A_COUNT = re.compile(rf"{_SP}(?:[^\W\d_]+{_SP})?(?:{alternation(NOT_A_COUNT_AFTER)}){_WORD_END}")
#: The top of a ranking by a quantity it names: ``05 địa phương có kim ngạch nhập khẩu cao nhất cả nước``,
#: ``10 doanh nghiệp có doanh thu lớn nhất`` -- a rank's selection (ANNOTATION.md: ``Top 5``), not a count.
_TOP_BY = re.compile(
    rf"{_SP}có(?:{_SP}[^\W\d_]+){{1,6}}?{_SP}(?:cao|lớn|nhiều|thấp|nhỏ|ít){_SP}nhất{_WORD_END}"
)
#: ``12,5 tiêu chí/xã``: a unit counted only in scores (``4 tiêu chí`` is rhetoric) is an average per unit.
_PER_ONLY = rf"(?:{alternation(SCORE_ONLY_UNITS)})(?={_SP}/{_SP}[^\W\d_])"
_UNIT = re.compile(
    rf"{_SP}(?P<unit>(?P<money>{_MONEY})|(?P<duration>{alternation(DURATION_UNITS)})(?!{_SP}khách)|{_OTHER}|{_PER_ONLY})"
    rf"{_WORD_END}"
    rf"(?P<per>(?:{_SP}/{_SP}(?:(?:{_OTHER}){_WORD_END}|[^\W\d_]+)){{0,3}})"
)
_MEASURED = re.compile(rf"(?<![^\W\d_])(?:{alternation(MEASURED_DURATION)})\s+(?:[^\W\d_]+\s+){{0,2}}$")
#: The nouns listed after a count noun of the same family (``126 xã, phường, thị trấn``): by the family's
#: first noun.  ``thành`` (``13 tỉnh, thành``, ``37 tỉnh thành phố``) follows only ``tỉnh``, with or without
#: a comma: after another noun it is a verb (``5 xã, thành lập ...``).  Not a noun before a number, which
#: names a unit (``2 xã, phường 5``) or starts the next count (``06 xã, 49 thôn``).
_LISTED_NOUN = rf"{_SP}[,/]{_SP}(?:{{nouns}}){_WORD_END}(?!{_SP}\d)"
_PROVINCES_AND_CITIES = rf"(?:{_SP}[,/]?{_SP}thành(?:{_SP}phố)?{_WORD_END}(?!{_SP}\d))?"
_LISTED_WITH: dict[str, set[str]] = {}
for _family in COUNT_UNIT_FAMILIES:
    for _noun in _family:
        _LISTED_WITH.setdefault(_noun, set()).update(n for n in _family if n not in (_noun, "thành"))
#: The pattern of the nouns listed after each count noun, compiled the first time a figure needs it:
#: thirty patterns at import would cost every start-up more than most articles ever use.
_LISTED_AFTER: dict[str, re.Pattern[str]] = {}


def _listed_after(noun: str) -> re.Pattern[str] | None:
    """The pattern of the nouns that may be listed after ``noun``, or None when no family holds it."""
    pattern = _LISTED_AFTER.get(noun)
    if pattern is None:
        mates = _LISTED_WITH.get(noun)
        if mates is None:
            return None
        pattern = _LISTED_AFTER[noun] = re.compile(
            (_PROVINCES_AND_CITIES if noun == "tỉnh" else "")
            + "(?:"
            + _LISTED_NOUN.format(nouns=alternation(sorted(mates)))
            + ")*"
        )
    return pattern


_SCORE_UNIT = re.compile(rf"{_SP}(?:{alternation(SCORE_ONLY_UNITS + COUNT_UNITS)}){_WORD_END}")
#: Words that make what follows a count of indicators a duty or a plan, not how far it got (``15 chỉ tiêu chủ yếu
#: cần đạt``, ``24 chỉ tiêu phấn đấu hoàn thành``).
_DUTY = r"(?:cần|phải|sẽ|để|nhằm|phấn|dự|mục|tiếp)"
#: The rest of a score, written as a count with how far it got: ``02 chỉ tiêu gần đạt kế hoạch``, ``1 chỉ tiêu
#: chưa đạt``, ``3 nhiệm vụ không hoàn thành``, and with the kind of indicator named first (``33 chỉ tiêu chủ yếu
#: đều hoàn thành``, ``3 chỉ tiêu kinh tế chủ yếu chưa đạt``) -- a result, unlike the targets set (``đề ra 24 chỉ
#: tiêu``).
_ATTAINMENT = re.compile(
    rf"{_SP}(?P<unit>{alternation(SCORE_ONLY_UNITS)}){_WORD_END}"
    rf"(?=(?:{_SP}(?!{_DUTY}{_WORD_END})[^\W\d_]+){{0,4}}?{_SP}(?:đều{_SP})?(?:(?:đã|được){_SP})?"
    rf"(?:(?:gần|chưa|không|cơ{_SP}bản){_SP})?(?:đạt|vượt|hoàn{_SP}thành){_WORD_END})"
)
#: The same result with its verb before a count of indicators: ``đạt và vượt toàn bộ 20 chỉ tiêu``,
#: ``hoàn thành 23 chỉ tiêu`` -- what was attained, as ``20 chỉ tiêu đạt`` is.  Not criteria (``xã đạt 4 tiêu
#: chí`` is rhetoric, ANNOTATION.md) nor tasks.
_ATTAINED_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:đạt|vượt|hoàn{_SP}thành)(?:{_SP}(?:và{_SP}vượt|chuẩn|toàn{_SP}bộ|được|cả))*{_SP}$",
    re.IGNORECASE,
)
_INDICATORS = re.compile(rf"{_SP}(?P<unit>(?:nhóm{_SP})?chỉ{_SP}tiêu){_WORD_END}")
#: The criteria a commune reached on average, the rural programme's measure (``bình quân mỗi xã đạt 2 tiêu chí``,
#: ``mỗi xã đạt bình quân trên 15 tiêu chí``, ``bình quân đạt 17,87 tiêu chí trên một xã``).
_AVERAGE_REACHED = (
    rf"(?<![^\W\d_])(?:bình{_SP}quân|trung{_SP}bình)(?:{_SP}[^\W\d_]+){{0,3}}?{_SP}đạt"
    rf"(?:{_SP}(?:trên|gần|hơn|khoảng))?"
    rf"|(?<![^\W\d_])(?:mỗi|một){_SP}xã{_SP}đạt{_SP}(?:bình{_SP}quân|trung{_SP}bình)(?:{_SP}(?:trên|gần|hơn|khoảng))?"
)
#: The criteria of a standard a place has reached, counted as its result: ``huyện đạt chuẩn 8 tiêu chí``, ``toàn
#: huyện đạt 512 tiêu chí`` (the sum over its communes), ``xã A đã hoàn thành 17 tiêu chí`` (done, so counted) --
#: not ``xã đạt 4 tiêu chí``, which may only name the criteria (rhetoric, ANNOTATION.md), nor the criteria that
#: define a group (``12 xã đạt 15 tiêu chí``).
#: The look-ahead at the first letters fails at once the positions the look-behinds would be tried at: the
#: pattern ends the text it is searched in, so the engine tries every character of it.
_CRITERIA_REACHED_BEFORE = re.compile(
    rf"(?=[tđ])(?:(?<![^\W\d_])toàn{_SP}(?:huyện|tỉnh|thành{_SP}phố|thị{_SP}xã|quận){_SP}(?:đã{_SP})?đạt"
    rf"|(?<![^\W\d_])đã{_SP}(?:hoàn{_SP}thành|đạt)"
    rf"|(?<![^\W\d_])đạt{_SP}chuẩn){_SP}$",
    re.IGNORECASE,
)
_AVERAGE_REACHED_BEFORE = re.compile(rf"(?=[btm])(?:{_AVERAGE_REACHED}){_SP}$", re.IGNORECASE)
#: The change of such a count right after it: ``đạt 512 tiêu chí, tăng 11 tiêu chí so với năm 2020``.
_CRITERIA_CHANGED = re.compile(
    rf"(?P<count>\d[\d.]*){_SP}tiêu{_SP}chí{_SP},{_SP}(?:tăng|giảm)(?:{_SP}thêm)?{_SP}$", re.IGNORECASE
)
#: A counted group right before the verb: its criteria define it (``12 xã đạt chuẩn 15 tiêu chí``).
_COUNTED_GROUP = re.compile(rf"\d[\d.]*{_SP}(?:[^\W\d_]+{_SP}){{1,2}}(?:đã{_SP})?$")
_CRITERIA = re.compile(rf"{_SP}(?P<unit>tiêu{_SP}chí){_WORD_END}")
#: A change verb right before a bare number, and the next item of its list a change in percent: the list's
#: unit, which the number lost (``giảm 1,66; công nghiệp - xây dựng tăng 0,18%``).
_BARE_CHANGE = re.compile(rf"(?<![^\W\d_])(?:tăng|giảm)(?:{_SP}(?:hơn|khoảng|gần|trên))?{_SP}$")
_NEXT_PERCENT_CHANGE = re.compile(
    rf"{_SP}[;,]{_SP}[^\d;.\n]{{1,80}}?(?<![^\W\d_])(?:tăng|giảm)(?:{_SP}(?:hơn|khoảng|gần|trên))?{_SP}\d[\d.,]*{_SP}%"
)
_THRESHOLD = re.compile(rf"{_SP}trở{_SP}(?:lên|xuống)")
#: A count per so many inhabitants, the health ratios of the national indicator list (``29,4 giường bệnh trên một
#: vạn dân``, ``9,5 bác sĩ/vạn dân``, ``31 giường/10.000 dân``): the population is the unit's denominator, as
#: written -- a scale word or a number in it is no scale of the figure.
_PER_POPULATION = re.compile(
    rf"{_SP}(?:/|trên){_SP}(?:(?:một|1|01){_SP})?(?:vạn|mười{_SP}nghìn|10\.000|nghìn|ngàn|1\.000|100\.000){_SP}"
    rf"dân{_WORD_END}"
)
_POPULATION_REACH = 30
#: An income bound that says who belongs to a group: ``tỷ lệ hộ nghèo (thu nhập dưới 16 triệu đồng/người/năm)``,
#: ``200 ha cho thu nhập trên 100 triệu đồng/ha/năm``, ``hộ có mức thu nhập dưới 2 triệu đồng/tháng`` -- the
#: line drawn, not an amount earned (as ``từ 10 tiêu chí trở lên``).
_INCOME_REACH = 40
_INCOME_BOUND = re.compile(
    rf"(?:\(|(?<![^\W\d_])(?:có|cho|với)){_SP}(?:mức{_SP})?thu{_SP}nhập(?:{_SP}bình{_SP}quân)?"
    rf"{_SP}(?:dưới|trên|không{_SP}quá|chưa{_SP}đến){_SP}$"
)
#: The exponent of ``m²``, ``km²``, ``m³`` that a copy lost to a plain digit after a space (``(dưới 5.000 m 2 )``,
#: ``5.000 m 2 là``): only before a stop or a linking word, not a count (``12 km 2 bên đường``, ``3 tầng``).
_LOST_EXPONENT = re.compile(
    rf"{_SP}(?P<power>[23])(?=[^\S\n]*(?:[)\],;:]|\.(?!\d)|$)|{_SP}(?:là|và|với|đất|sàn|được|đã|trở){_WORD_END})"
)
#: A class of a schedule, given its value with ``là`` (``xe dưới 2,5 lít là 15%; 2,5-3 lít là 20%``,
#: ``dự án trên 5.000 m2 là 948 tỷ đồng``): a bound before, or a range, then ``là`` and a number.  The bound
#: defines the class; the number after is the figure.
_CLASS_VALUE = re.compile(rf"{_SP}(?:là|:){_SP}\d")
_BOUND_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:dưới|trên|từ|không{_SP}quá|tối{_SP}đa|tối{_SP}thiểu|nhỏ{_SP}hơn|lớn{_SP}hơn|chưa{_SP}đến){_SP}$"
)
_DOCUMENT_ID = re.compile(r"[-/]\s?[^\W\d_]{2}")  # 20-NQ/TU, 136/ NQ-HĐND (matched lower-cased)
_GUARD_WORDS = frozenset(NOT_A_FIGURE_BEFORE)
_SEASONS = frozenset(SEASON_BEFORE_YEAR)
#: Names that end in a guard word (``Ấn Độ 95 triệu USD``, ``sản phẩm bằng kim loại 12.532 m2``, ``bản quyền truyền
#: hình 2,5 tỉ``, ``loại hình 40 doanh nghiệp``): the figure after them is a list item's, whose change would
#: otherwise stand as a record of its own.
_NAMES_ENDING_IN_GUARD = frozenset(
    ("tổng số", "trong số", "hoa kỳ", "dân số", "ấn độ", "kim loại", "truyền hình", "loại hình", "mô hình")
)
#: ``là một trong 16 tỉnh, thành phố tự cân đối được ngân sách``: the provinces that share a property are a
#: count of the country; but not a ranking's selection (``một trong 10 tỉnh có PCI cao nhất``, ``1 trong 2
#: tỉnh đầu tiên đạt chuẩn``).
_ONE_OF = frozenset(("1 trong", "một trong"))
_PROVINCES_SHARING = re.compile(
    rf"{_SP}tỉnh{_WORD_END}(?![^.;\n]{{0,120}}?(?<![^\W\d_])(?:nhất|đầu{_SP}tiên|dẫn{_SP}đầu|đứng{_SP}đầu|hàng{_SP}đầu){_WORD_END})"
)
#: A rank before ``trong số`` / ``so với``: the number after is the field ranked in, not a count.
_RANK_BASE_PAIRS = frozenset(("trong số", "so với"))
_RANK_BASE = re.compile(
    r"(?<![^\W\d_])(?:đầu|cuối|nhất|thứ\s+[\divx]+|một|(?<![\d.,])1)\s+(?:trong\s+số|so\s+với)\s*$"
)
#: A slash before a plan word reads "out of the plan", not "per": ``đạt 5.000 tỷ đồng/kế hoạch 4.500 tỷ đồng``.
#: So does a slash before a total: ``trên 12 vạn tấn/tổng sản lượng ... 335 vạn tấn`` is out of the total.
_PLAN_AFTER_SLASH = re.compile(
    rf"{_SP}/{_SP}(?:kế{_SP}hoạch|kh|dự{_SP}toán|chỉ{_SP}tiêu|mục{_SP}tiêu|tổng){_WORD_END}"
)
#: A yield that names its crop between the measure and the area (``1,9 tấn cơm dừa/ha``, ``62 tạ thóc/ha``):
#: a rate per area, the crop left to the label.
_CROP_PER_AREA = re.compile(
    rf"{_SP}(?:[^\W\d_]+{_SP}){{0,1}}[^\W\d_]+{_SP}/{_SP}(?P<area>ha|héc-ta|hecta|sào|mẫu|m2|m²){_WORD_END}"
)
_YIELD_MEASURES = frozenset(("tấn", "tạ", "kg", "yến"))
#: ``Số doanh nghiệp thành lập mới đạt 1.234``, ``Số HTX: 125``: a subject counting a noun, then a verb or a colon,
#: before a bare number.
_SUBJECT_REACH = 100
_COUNTING_SUBJECT = re.compile(
    rf"(?<![^\W\d_])(?:tổng{_SP})?số(?:{_SP}lượng)?{_SP}(?P<noun>{alternation(COUNT_UNITS)}){_WORD_END}"
    rf"[^\d.;:!?()\n]{{0,60}}?(?:(?<![^\W\d_])(?:đạt|là|có|còn|lên|tới|được|tăng{_SP}thêm)|{_SP}:){_SP}"
    r"(?:(?:khoảng|gần|hơn|trên|xấp xỉ|trên dưới|thêm)\s+)?$"
)
#: ``bình quân 1 xã``, ``mỗi 1 hộ``: one unit that an average is given per.
_PER_ONE = re.compile(rf"(?<![^\W\d_])(?:bình{_SP}quân|trung{_SP}bình|mỗi|cứ){_SP}$")
_TERM_START = re.compile(r"(?<![\d.,])(?:19|20)\d\d\s*[-–—]\s*$")
_YEAR = re.compile(r"(?:19|20)\d\d(?!\d|[.,]\d)")
_PART_OF_YEAR = re.compile(r"(?<![^\W\d_])(?:quý\s+[ivx\d]+|tháng\s+\d{1,2})\s*/$")
_FROM = re.compile(r"(?<![^\W\d_])(?:từ|thêm|khoảng|chừng)\s*$")
#: What may join a second amount to a first: a range connector, or the slash of "X out of Y".
_SECOND = re.compile(rf"{_SP}(?:(?P<to>[-–—]|đến|tới)|/){_SP}(?P<num>{NUMBER_PATTERN})")
_SECOND_STARTS = frozenset("-–—đt/")
#: Largest denominator of a common fraction read as a share (``1/3``, ``2/5``, ``1/10``).
MAX_DENOMINATOR = 10
#: What stands before a fraction that is a share: a share verb, a hedge, or an opening bracket.
_FRACTION_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:chiếm|bằng|đóng\s+góp(?:\s+(?:đến|tới))?|khoảng|gần|hơn|trên|xấp\s+xỉ)|\()"
    rf"{_SP}$"
)
#: ... and after it, the whole it is a share of: a word in lower case (``tổng``, ``dân số``, ``chiều dài``).
_FRACTION_AFTER = re.compile(rf"{_SP}[a-zđà-ỹ]")
#: ``từ 349 đầu mối xuống còn ``: a change from an amount with its unit, right before a bare number (matched on
#: the text before the number; ``num`` is the amount changed from).
_CHANGE_WORDS = rf"{_SP}(?:xuống|lên)(?:{_SP}(?:còn|mức|tới|đến))?{_SP}"
_CHANGED_TO = re.compile(
    rf"(?<![^\W\d_])từ{_SP}(?P<num>{NUMBER_PATTERN})(?:{_SP}{SCALE_PATTERN})*{_SP}"
    rf"(?:{_MONEY}|{_OTHER}){_WORD_END}{_CHANGE_WORDS}$"
)
_CHANGE_REACH = 80
#: ``từ 145 xuống còn 120 đơn vị``: the words after a bare number a change starts from, up to the number it ends at.
_STARTS_FROM_HERE = re.compile(rf"(?<![^\W\d_])từ{_SP}$")
_CHANGES_TO = re.compile(rf"{_CHANGE_WORDS}(?P<num>{NUMBER_PATTERN})")
#: Words of the calendar a number names a year, a month or a quarter after (``năm 2019``, ``tháng 5``) ...
_CALENDAR_WORDS = frozenset(("năm", "tháng", "quý"))
#: ... when it is written as one: one or two digits, or a year.
_CALENDAR_NUMBER = re.compile(r"\d{1,2}|(?:19|20)\d\d")
#: An abbreviation in brackets (``(DA)``, ``(ĐV)``), the count noun it abbreviates right before it, how far
#: back that noun may start, and the abbreviation written after a number.
_ABBREVIATION = re.compile(r"\(\s*(?P<abbr>[A-ZĐ]{2,5})\s*\)")
_ABBREVIATED_NOUN = re.compile(rf"(?<![^\W\d_])(?:{alternation(COUNT_UNITS)}){_SP}$")
_NOUN_REACH = 30
#: What the lexicon already counts, as an article would abbreviate it.
_LEXICON_ABBREVIATIONS = frozenset(word.upper() for word in COUNT_UNITS)
_ABBREVIATION_AFTER = re.compile(rf"{_SP}(?P<abbr>[A-ZĐ]{{2,5}}){_WORD_END}")
#: The end of a table cell that a number fills: the next cell's bar, the end of the row.
_CELL_END = re.compile(r"[^\S\n]*(?:\||\n|\Z)")
#: A cell this long is a name, not a unit.
_UNIT_CELL_CHARS = 24
#: ``Đơn vị: tỷ đồng``, ``(ĐVT: ha)``: a table's unit stated on a line of its own (lower-cased).
_TABLE_UNIT = re.compile(r"\(?\s*(?:đơn\s+vị(?:\s+tính)?|đvt)\s*:\s*(?P<unit>[^\n|():]{1,24}?)\s*\)?")
#: Rows of a table looked up through for the unit stated above them, at most (blank lines between them count).
_TABLE_ROWS_UP = 60
#: A cell that names something: its first mark a letter (not an index, a figure or an empty cell).
_NAME_CELL = re.compile(r"[\s*_]*[^\W\d_]")
_URL = re.compile(r"https?://[^\s)\]\"']+|\]\([^)\s]*")


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as written: ``text[start:end]`` is number plus unit.

    ``shape`` says what it measures: ``percent``, ``score``, ``fraction`` (a share written ``1/3``),
    ``money``, ``measure``, ``count`` or ``scaled`` (a scale word with no unit).
    """

    start: int
    end: int
    quantity: Quantity
    shape: str
    #: ``shape == "percent"``, stored: the rules ask it about 650 times an article, and a property is a call.
    is_percent: bool = field(init=False, repr=False, compare=False)

    def __init__(self, start: int, end: int, quantity: Quantity, shape: str) -> None:
        # Written out: the compiled core runs this as C, not the interpreted ``__init__`` of ``@dataclass``
        # (tests/test_compiled_init.py keeps it in step with the fields).
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "quantity", quantity)
        object.__setattr__(self, "shape", shape)
        object.__setattr__(self, "is_percent", shape == "percent")


def find_figures(text: str, low: str | None = None) -> Iterator[Figure]:
    """Every figure of ``text``, in order of position (lazily: callers may stop early).

    ``low`` is ``text`` lower-cased to the same length (computed if not given):
    units are matched case-sensitively in it, which is much faster.
    """
    low = lower_same_length(text) if low is None else low
    # most articles link nothing: a substring test spares them the scan, which stops at every ``h``
    urls = [m.span() for m in _URL.finditer(text)] if "http" in text or "](" in text else []
    consumed = 0
    rank_end = -1  # where the last rank's field ended
    url_index = 0
    abbreviations: frozenset[str] | None = None  # read the first time a number finds no unit
    for match in _NUMBER.finditer(text):
        start = match.start()
        if start < consumed:
            continue
        if (
            rank_end >= 0
            and _NEXT_RANK.fullmatch(low, rank_end, start)
            and (slash := _SLASH.match(low, match.end()))
        ):
            consumed = rank_end = (
                slash.end()
            )  # ``và 26/63 tỉnh``: the same ranking, among the country's provinces
            continue
        while url_index < len(urls) and urls[url_index][1] <= start:
            url_index += 1
        if url_index < len(urls) and urls[url_index][0] <= start:
            continue
        if _names_an_edition(text, start) or _ends_a_term(low, start):
            continue
        # ``thứ 10/63 tỉnh``, ``thứ 12 trên 63 tỉnh``: the rank's denominator goes with it (but not the count after
        # a year: ``năm 2023 trên 12 xã``), ``ngày 4/12/2021`` the date's year
        if _is_label_number(low, start, match.end()):
            slash = _SLASH.match(low, match.end())
            ranked = _RANKED.search(low, max(0, start - 8), start) is not None
            if slash:
                date_tail = _DATE_TAIL.match(low, slash.end())
                consumed = date_tail.end() if date_tail else slash.end()
            elif ranked:
                field = _OUT_OF.match(low, match.end())
                consumed = field.end() if field else consumed
            else:
                consumed = _label_range_end(low, match) or consumed
            rank_end = consumed if ranked else rank_end
            continue
        figure, consumed = _read_figure(low, match)
        if figure is None and abbreviations is None:
            abbreviations = _defined_abbreviations(text, low)
        if figure is None and abbreviations:
            figure = _abbreviated_count(text, match, abbreviations)
            consumed = figure.end if figure is not None else consumed
        if figure is not None:
            yield figure


def _defined_abbreviations(text: str, low: str) -> frozenset[str]:
    """The abbreviations the article defines for a count noun the lexicon lacks them for: ``dự án (DA)``
    makes ``10 DA`` ten projects, as the lexicon's own ``DN``, ``HTX`` and ``KCN`` are."""
    found = set()
    for bracket in _ABBREVIATION.finditer(text):
        if _ABBREVIATED_NOUN.search(low, max(0, bracket.start() - _NOUN_REACH), bracket.start()) is not None:
            found.add(bracket["abbr"])
    return frozenset(found - _LEXICON_ABBREVIATIONS) if found else frozenset()


def _abbreviated_count(text: str, match: re.Match[str], abbreviations: frozenset[str]) -> Figure | None:
    """The count a number makes with an abbreviation the article defined right after it (``1.111 DA FDI``)."""
    after = _ABBREVIATION_AFTER.match(text, match.end())
    if after is None or after["abbr"] not in abbreviations:
        return None
    try:
        value = parse_number(match.group())
    except ValueError:
        return None
    return Figure(match.start(), after.end(), make_quantity(value, "", after["abbr"].lower()), "count")


def _names_an_edition(text: str, start: int) -> bool:
    """True for the year in an event's name, an acronym and a year (``Ủy ban Quốc gia APEC 2017 tin
    tưởng``: not 2017 news items)."""
    if start < 3 or text[start - 1] != " " or not text[start - 2].isupper() or not _YEAR.match(text, start):
        return False
    word = text[max(0, start - 12) : start - 1].rsplit(None, 1)[-1]
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _ends_a_term(low: str, start: int) -> bool:
    """True for the second year of a term (``giai đoạn 2021-2025 tỉnh cần huy động``: not 2025 provinces)."""
    before = low[max(0, start - 3) : start]
    return (
        ("-" in before or "–" in before or "—" in before)
        and _YEAR.match(low, start) is not None
        and _TERM_START.search(low, max(0, start - 8), start) is not None
    )


def _is_label_number(low: str, start: int, end: int) -> bool:
    """True for numbers that name something: ``năm 2019``, ``số 136``, ``thứ 17``, ``Top 5``, the year
    of ``quý I/2019`` (``low`` is the lower-cased text) -- but after a word of the calendar only a number
    that can be a year, a month or a quarter, and not before a percent sign: ``ước cả năm 4.500 tỷ đồng``,
    ``trong năm 350 doanh nghiệp``, ``tăng hằng năm 21%`` are figures."""
    before = low[start - 1 : start]
    if before == "/":
        return _PART_OF_YEAR.search(low, max(0, start - 16), start) is not None
    if before.isalpha():
        return False
    words = low[max(0, start - 24) : start].rsplit(None, 2)  # only the last two words are read
    if not words:
        return False
    last, pair = words[-1], " ".join(words[-2:])
    if (last in _SEASONS or pair in _SEASONS) and _YEAR.match(low, start):
        return True
    if pair in _RANK_BASE_PAIRS and _RANK_BASE.search(low, max(0, start - 40), start):
        return True  # ``đứng đầu trong số 9 huyện``, ``đứng thứ 3 so với 14 tỉnh``: the ranking's field
    if last in _CALENDAR_WORDS and (
        not _CALENDAR_NUMBER.fullmatch(low, start, end)
        or _PERCENT.match(low, end) is not None
        or _PERCENT_RANGE_AFTER.match(low, end) is not None
    ):
        return False  # ``tăng trung bình hằng năm 21%``: a rate per year, no year 21
    if pair in _ONE_OF and _PROVINCES_SHARING.match(low, end):
        return False
    if last in _GUARD_WORDS:  # but ``tổng số 500 hộ``, ``trong số 5 HTX``, ``Hoa Kỳ 412 triệu USD``
        return pair not in _NAMES_ENDING_IN_GUARD and not (last == "trong" and _is_score(low, end))
    return pair in _GUARD_WORDS


def _label_range_end(low: str, match: re.Match[str]) -> int | None:
    """Where a range of labels ends (``loại 25 - 30 con/kg``, ``khoản 2 - 4``): its second number names the
    same, and read alone it would be a figure.  Only a dash and a larger number of the same order: ``Năm 2023 -
    500 doanh nghiệp`` is a year and a figure."""
    dash = _LABEL_DASH.match(low, match.end())
    if dash is None:
        return None
    first, second = match.group(), dash["num"]
    if not first.isdigit() or not second.isdigit():
        return None
    return dash.end() if int(first) < int(second) <= int(first) * 10 else None


def _is_score(low: str, end: int) -> bool:
    """True when the number ending at ``end`` opens a score of a score noun: ``trong 52/63 tỉnh thành`` is
    among 52 of the 63 provinces, not the time frame ``trong`` gives a bare number (``trong 10 ngày``)."""
    slash = _SLASH.match(low, end)
    return slash is not None and _SCORE_UNIT.match(low, slash.end()) is not None


def _read_figure(text: str, match: re.Match[str]) -> tuple[Figure | None, int]:
    """Read the figure starting at ``match`` in the lower-cased text; return it (or None) and where
    scanning resumes."""
    start, pos = match.span()
    try:
        value = parse_number(match.group())
    except ValueError:
        return None, pos
    if _TIME.match(text, pos):
        return None, pos + 3
    if text[pos : pos + 6].lstrip()[:1] in _LIST_STARTS:
        respective = _respective(text, start, pos, value)
        if respective is not None:
            return respective, pos
    slash = _SLASH.match(text, pos)
    if slash:
        return (
            _money_out_of(text, start, pos, value)
            or _bracketed_pair(text, start, pos, value)
            or _read_score(text, start, value, slash)
        )
    # ``1 trong 6 huyện nghèo`` is one of them; ``300 trên 5 xã`` is spread over them, no score
    worded = _OUT_OF.match(text, pos) if value >= 2 else None
    if worded and value <= int(worded.group(1)) and _SCORE_UNIT.match(text, worded.end()):
        return _read_score(text, start, value, worded)
    if _DOCUMENT_ID.match(text, pos):
        return None, pos
    points = _POINTS.match(text, pos)
    if points:
        written = " ".join(points.group().split())
        return Figure(start, points.end(), make_quantity(value, "", written), "measure"), points.end()
    percent = _PERCENT.match(text, pos)
    value_max, pos_max = _read_range(text, start, percent.end() if percent else pos, value, percent is None)
    if percent:
        end = pos_max if value_max is not None else percent.end()
        if value_max is not None:
            closing = _PERCENT.match(text, end)
            end = closing.end() if closing else end
        return Figure(start, end, make_quantity(value, "", "%", value_max), "percent"), end
    if value_max is not None:
        closing = _PERCENT.match(text, pos_max)
        if closing:
            return Figure(
                start, closing.end(), make_quantity(value, "", "%", value_max), "percent"
            ), closing.end()
        pos = pos_max
    return _read_amount(text, start, pos, value, value_max)


def _read_range(text: str, start: int, pos: int, value: Decimal, bare: bool) -> tuple[Decimal | None, int]:
    """``31 – 32``, ``8,3%-8,5%``, ``từ 86 đến 88``, ``đạt 6.500 đến 7.000 USD/người``: the upper bound, if it is a
    real range.  A word (``đến``) makes one after ``từ`` or a hedge, or after a bare number (``bare``), which the
    unit after the bound is then the unit of; after a percentage it may reach a date (``đạt 12% đến 30/6``)."""
    found = _RANGE.match(text, pos)
    if found is None:
        return None, pos
    worded = found.group().strip()[0].isalpha()
    if worded and not bare and not _FROM.search(text, max(0, start - 8), start):
        return None, pos
    try:
        value_max = parse_number(found["max"])
    except ValueError:
        return None, pos
    if value_max <= value:
        return None, pos
    closing = _PERCENT.match(text, found.end())
    if _RANGE.match(text, closing.end() if closing else found.end()) or _PERCENT_DASH_BEFORE.search(
        text, max(0, start - 8), start
    ):
        return (
            None,
            pos,
        )  # ``9,4% - 58,8% - 31,8%``: a third item makes a list (a structure's shares), no range
    return value_max, found.end()


def _read_amount(
    text: str, start: int, pos: int, value: Decimal, value_max: Decimal | None
) -> tuple[Figure | None, int]:
    """Scale words, a compound tail and the unit after a number, and a second amount of the same unit
    that makes it a range or a part of a total."""
    figure, end = _amount(text, start, pos, value, value_max)
    if figure is None or value_max is not None or text[end : end + 3].lstrip()[:1] not in _SECOND_STARTS:
        return figure, end
    return _read_second(text, figure, end)


def _read_second(text: str, figure: Figure, end: int) -> tuple[Figure, int]:
    """``từ 100 triệu đến 150 triệu đồng/hộ``, ``6 tấn/ha - 7 tấn/ha``: a range whose ends both carry
    the unit (the second, fuller, one is the range's); ``923,835 tỷ đồng/1.010 tỷ đồng``: an amount
    out of a total, like a score."""
    found = _SECOND.match(text, end)
    if found is None:
        return figure, end
    to = found["to"]
    if to and to[0].isalpha() and not _FROM.search(text, max(0, figure.start - 8), figure.start):
        return figure, end
    try:
        second_value = parse_number(found["num"])
    except ValueError:
        return figure, end
    second, second_end = _amount(text, found.start("num"), found.end("num"), second_value, None)
    first, last = figure.quantity, second.quantity if second is not None else None
    if second is None or last is None or not last.value or not last.unit.startswith(first.unit):
        return figure, end
    if to is None:
        if last.unit != first.unit or second_value < first.value:
            return figure, end
        return Figure(figure.start, second_end, replace(first, of=second_value), figure.shape), second_end
    if second_value <= first.value:
        return figure, end
    factor = last.base_value / last.value
    quantity = replace(last, value=first.value, base_value=first.value * factor, value_max=second_value)
    return Figure(figure.start, second_end, quantity, second.shape), second_end


def _amount(
    text: str, start: int, pos: int, value: Decimal, value_max: Decimal | None
) -> tuple[Figure | None, int]:
    """Scale words, a compound tail and the unit after a number."""
    scale_match = _SCALES.match(text, pos) or _wrapped_scale(text, pos)
    scale = ""
    if scale_match:
        scale, pos = scale_match.group(), scale_match.end()
        stray = _STRAY_SLASH.match(text, pos)
        pos = stray.end() if stray else pos
        compound = _COMPOUND.match(text, pos)
        if compound:
            try:
                value, scale = join_compound(value, scale, parse_number(compound["minor"]), compound["scale"])
                pos = compound.end()
            except ValueError:
                pass
    if _DIGITS.match(text, pos):
        return None, pos
    unit = _UNIT.match(text, pos)
    if unit is not None and unit["duration"] and not _is_measured_duration(text, start, value, unit):
        unit = None
    if unit is None:
        changed = _unit_of_change(text, start, pos, value, scale)
        if changed is not None:
            return changed, pos
    if unit is None and not scale:
        if _lost_percent(text, start, pos):
            return Figure(start, pos, make_quantity(value, "", "%"), "percent"), pos
        attained = _attained(text, start, pos)
        if attained is not None:
            return Figure(
                start, attained.end(), make_quantity(value, "", attained["unit"]), "count"
            ), attained.end()
        return _cell_unit(text, start, pos, value) or _counted_by_subject(text, start, pos, value), pos
    per = unit["per"] if unit else ""
    if per and _PLAN_AFTER_SLASH.match(per):  # ``5.000 tỷ đồng/kế hoạch 4.500 tỷ đồng``: out of a plan
        per = ""
        end = unit.end("unit")  # type: ignore[union-attr]
    else:
        end = unit.end() if unit else pos
    written = unit["unit"] + per if unit else ""
    if unit is not None and not per:
        if unit["unit"] in _YIELD_MEASURES:
            crop = _CROP_PER_AREA.match(text, end)
            if crop is not None:
                per, written, end = "/" + crop["area"], unit["unit"] + "/" + crop["area"], crop.end()
        if unit["unit"] in ("m", "km"):
            power = _LOST_EXPONENT.match(text, end)
            if power is not None:
                written, end = written + power["power"], power.end()
        written, end = _listed(text, written, end)
    if unit is not None and not unit["money"] and "dân" in text[end : end + _POPULATION_REACH]:
        population = _PER_POPULATION.match(text, unit.end("unit"))
        if population is not None:
            per, end = population.group(), population.end()
            written = f"{unit['unit']} {' '.join(per.split())}"
    if _THRESHOLD.match(text, end) or (
        unit is not None
        and unit["money"]
        and "nhập" in text[max(0, start - _INCOME_REACH) : start]
        and _INCOME_BOUND.search(text, max(0, start - _INCOME_REACH), start)
    ):
        return None, end
    if _CLASS_VALUE.match(text, end) and (
        value_max is not None or _BOUND_BEFORE.search(text, max(0, start - 16), start)
    ):
        return None, end
    if unit is None:
        return Figure(start, end, make_quantity(value, scale, "", value_max), "scaled"), end
    shape = "money" if unit["money"] else _shape_of(unit["unit"])
    if shape == "count" and not per and (_NOT_A_COUNT.match(text, end) or _TOP_BY.match(text, end)):
        return None, end
    if value == 1 and shape == "count" and _PER_ONE.search(text, max(0, start - 16), start):
        return None, end  # ``bình quân 1 xã có 13,3 trạm``: the base of an average, not a count
    return Figure(start, end, make_quantity(value, scale, written, value_max), shape), end


_MEASURES = frozenset(MEASURE_UNITS)


def _wrapped_scale(text: str, pos: int) -> re.Match[str] | None:
    """The scale words of a figure that a hard-wrapped page broke after its number (``ước đạt 3.475\nnghìn
    lượt khách``): only when a unit follows them, so that a line that opens on ``Tỷ lệ ...`` stays a line of
    its own."""
    wrap = _WRAPPED.match(text, pos)
    scale = _SCALES.match(text, wrap.end()) if wrap is not None else None
    return scale if scale is not None and _UNIT.match(text, scale.end()) is not None else None


def _lost_percent(text: str, start: int, end: int) -> bool:
    """True when the bare number at ``text[start:end]`` is a change in a list of percentage changes that lost
    its sign: ``tỷ trọng nông nghiệp giảm 1,66; công nghiệp tăng 0,18%`` (see ``_BARE_CHANGE``)."""
    return (
        _BARE_CHANGE.search(text, max(0, start - 16), start) is not None
        and _NEXT_PERCENT_CHANGE.match(text, end) is not None
        and not _YEAR.fullmatch(text, start, end)
    )


def _attained(text: str, start: int, pos: int) -> re.Match[str] | None:
    """The unit of a count of indicators or criteria reached, its verb after it (``_ATTAINMENT``) or, for
    indicators, before it (``_ATTAINED_BEFORE``), else None: such a count is counted only as a result."""
    attained = _ATTAINMENT.match(text, pos)
    if attained is None and _ATTAINED_BEFORE.search(text, max(0, start - 30), start):
        attained = _INDICATORS.match(text, pos)
    if attained is None and _criteria_reached(text, start):
        attained = _CRITERIA.match(text, pos)
    return attained


def _criteria_reached(text: str, start: int) -> bool:
    """True when the number at ``start`` counts the criteria a place reached (``_CRITERIA_REACHED_BEFORE``),
    or their change right after such a count (``_CRITERIA_CHANGED``)."""
    window = max(0, start - 40)
    changed = _CRITERIA_CHANGED.search(text, window, start)
    if changed is not None:
        start, window = changed.start(), max(0, changed.start() - 40)
    reached = _CRITERIA_REACHED_BEFORE.search(text, window, start)
    if reached is None and "bình" in text[window:start]:  # ``bình quân``, ``trung bình``: a cheap look first
        reached = _AVERAGE_REACHED_BEFORE.search(text, window, start)
    return reached is not None and not _COUNTED_GROUP.search(
        text, max(0, reached.start() - 30), reached.start()
    )


def _listed(text: str, noun: str, end: int) -> tuple[str, int]:
    """A count noun and the nouns of its family listed after it (``xã, phường, thị trấn``), and where they
    end; the noun alone when none follows."""
    listed = _listed_after(noun) if noun in _LISTED_WITH else None
    more = listed.match(text, end) if listed is not None else None
    if more is None or more.end() == end:
        return noun, end
    return noun + text[end : more.end()], more.end()


def _unit_of_change(text: str, start: int, end: int, value: Decimal, scale: str) -> Figure | None:
    """The unit a change from one amount to another writes once for both: ``từ 349 đầu mối xuống còn 268``,
    ``từ 145 xuống còn 120 đơn vị``, ``từ 3,92 triệu lên 4,18 triệu đồng/tháng``.  The end that lacks it
    takes the other's (scale words too, when it has none of its own); a year stays a year."""
    tail = text[max(0, start - 16) : start]
    if "xuống" in tail or "lên" in tail:  # a few substring tests spare most bare numbers the searches
        found = _CHANGED_TO.search(text, max(0, start - _CHANGE_REACH), start)
    elif "từ" in tail and _STARTS_FROM_HERE.search(tail):
        found = _CHANGES_TO.match(text, end)
    else:
        return None
    if found is None or _YEAR.fullmatch(text, start, end):
        return None
    other = _amount_at(text, found.start("num"), found.end("num"))
    if other is None:
        return None
    own = normalise_unit(scale) if scale else ""
    if own and not other.quantity.unit.startswith(own + " "):
        return None  # ``từ 900 nghìn lên 1,2 triệu lượt``: another scale, not this one's unit
    return _like(start, end, value, other)


def _amount_at(text: str, start: int, end: int) -> Figure | None:
    """The figure whose number is ``text[start:end]``, read with its scale words and unit."""
    try:
        value = parse_number(text[start:end])
    except ValueError:
        return None
    figure, _ = _amount(text, start, end, value, None)
    return figure if figure is not None and figure.quantity.base_unit else None


def _like(start: int, end: int, value: Decimal, other: Figure) -> Figure:
    """A figure of ``value`` written at ``start:end`` in the unit (and scale) of ``other``."""
    quantity = other.quantity
    factor = quantity.base_value / quantity.value if quantity.value else Decimal(1)
    return Figure(start, end, replace(quantity, value=value, base_value=value * factor), other.shape)


def _cell_unit(text: str, start: int, end: int, value: Decimal) -> Figure | None:
    """A bare number that fills a cell of a table flattened to ``|`` cells, in the unit of its row's unit
    cell (``Thu ngân sách | tỷ đồng | 1.700 | 1.830``) or, when the row has none, of the unit the table
    states above its rows (``Đơn vị: tỷ đồng``); the span stays the number's own.  A year in a header
    row (``Chỉ tiêu | 2030 | 2031``) and a row with no name cell (an index, a total of figures) give none."""
    bar = start - 1
    while bar >= 0 and text[bar] in " \t":
        bar -= 1
    if bar < 0 or text[bar] != "|" or not _CELL_END.match(text, end) or _YEAR.fullmatch(text, start, end):
        return None  # most bare numbers stop at the first look: no bar before them
    line_start = text.rfind("\n", 0, bar) + 1
    cells = text[line_start:bar].split("|")
    if not any(_NAME_CELL.match(cell) for cell in cells):
        return None
    for cell in reversed(cells):
        unit = _unit_of_cell(cell.strip(), value)
        if unit is not None:
            return Figure(start, end, unit.quantity, unit.shape)
    stated = _stated_unit(text, line_start)
    unit = _unit_of_cell(stated, value) if stated else None
    return Figure(start, end, unit.quantity, unit.shape) if unit is not None else None


def _unit_of_cell(cell: str, value: Decimal) -> Figure | None:
    """``value`` in the unit that the whole of ``cell`` writes (``tỷ đồng``, ``ha``, ``%``), else None."""
    if cell == "%":
        return Figure(0, 0, make_quantity(value, "", "%"), "percent")
    if not cell or len(cell) > _UNIT_CELL_CHARS or not cell[0].isalpha():
        return None
    written = f"1 {cell}"
    figure, _ = _amount(written, 0, 1, value, None)
    if figure is None or figure.end != len(written) or figure.shape == "scaled":
        return None
    return figure


def _stated_unit(text: str, row_start: int) -> str:
    """The unit a table states on a line of its own above the row at ``row_start`` (``Đơn vị: tỷ đồng``,
    ``(ĐVT: ha)``), looked for up the table's rows to the first line that is none of them."""
    line_end = row_start - 1
    for _ in range(_TABLE_ROWS_UP):
        if line_end <= 0:
            return ""
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end]
        stated = _TABLE_UNIT.fullmatch(line.strip())
        if stated is not None:
            return stated["unit"]
        if line.strip() and "|" not in line:
            return ""
        line_end = line_start - 1
    return ""


def _counted_by_subject(text: str, start: int, end: int, value: Decimal) -> Figure | None:
    """A bare number that the subject of its clause counts: ``Số doanh nghiệp thành lập mới đạt 1.234``
    is 1.234 doanh nghiệp.  Only a subject that opens with ``số`` and a count noun, and a verb or colon
    right before the number; a year-like number stays out."""
    if (
        value < 2
        or value != value.to_integral_value()
        or "số" not in text[max(0, start - _SUBJECT_REACH) : start]
    ):
        return None
    if _YEAR.fullmatch(text, start, end):
        return None
    subject = _COUNTING_SUBJECT.search(text, max(0, start - _SUBJECT_REACH), start)
    if subject is None:
        return None
    return Figure(start, end, make_quantity(value, "", subject["noun"]), "count")


def _is_measured_duration(text: str, start: int, value: Decimal, unit: re.Match[str]) -> bool:
    """``bình quân 3,6 ngày`` and ``còn 5 ngày`` measure; ``trong 10 ngày`` is a time frame and
    ``USD/người/ngày`` a rate (its own unit)."""
    if unit["per"]:
        return True
    return value != value.to_integral_value() or _MEASURED.search(text, max(0, start - 40), start) is not None


def _shape_of(unit: str) -> str:
    return "measure" if unit.lower() in _MEASURES else "count"


def _read_score(text: str, start: int, value: Decimal, slash: re.Match[str]) -> tuple[Figure | None, int]:
    """``24/26 chỉ tiêu`` is a score; ``4/12/2021``, ``20/11``, ``1/3`` and the scale of a map or a
    detailed plan (``quy hoạch chi tiết 1/500 cụm công nghiệp``) are not figures."""
    end = slash.end()
    date_tail = _DATE_TAIL.match(text, end)
    if date_tail:
        return None, date_tail.end()
    if value == 1 and _is_map_scale(slash.group(1)):
        return None, end
    unit = _SCORE_UNIT.match(text, end)
    if unit is None:
        return _read_fraction(text, start, value, slash), end
    of = parse_number(slash.group(1))
    if value > of:
        return None, unit.end()
    written, end = _listed(text, unit.group().strip(), unit.end())
    quantity = make_quantity(value, "", written, of=of)
    return Figure(start, end, quantity, "score"), end


def _respective(text: str, start: int, pos: int, value: Decimal) -> Figure | None:
    """A number of a list given ``lần lượt`` or ``tương ứng`` (respectively), the unit written once after the
    last: ``thu ngân sách năm 2022 và 2023 lần lượt đạt 1.250 và 1.430 tỷ đồng``, ``tỷ lệ hộ nghèo và cận nghèo
    lần lượt là 2,1 và 3,4%``, ``chỉ tiêu tương ứng 20.000/1.700 người`` -- each number in that unit.  The last
    number is read on its own when the scan reaches it."""
    before = text[max(0, start - _RESPECTIVE_REACH) : start]
    if (
        "lượt" not in before and "ứng" not in before
    ):  # most lists are no such list: a substring test spares them
        return None
    if _RESPECTIVELY.search(text, max(0, start - _RESPECTIVE_REACH), start) is None:
        return None
    rest = _LIST_REST.match(text, pos)
    if rest is None:
        return None
    if _PERCENT.match(text, rest.end()) is not None:
        return Figure(start, pos, make_quantity(value, "", "%"), "percent")
    last = _amount_at(text, rest.start("last"), rest.end())
    return _like(start, pos, value, last) if last is not None else None


def _bracketed_pair(text: str, start: int, pos: int, value: Decimal) -> tuple[Figure, int] | None:
    """The first of two figures a bracket gives side by side, the unit written once after the second:
    ``cao hơn mức bình quân của tỉnh (13,86/9,15%)``, ``gấp 1,3 lần của tỉnh (83,5/64 triệu đồng)`` -- this
    place's value and the one it is set against, each a figure in that unit.  Only a percentage, an amount
    of money or a measure that closes the bracket: a count there is a score (``(12/15 xã)``).  The second
    number is read on its own when the scan reaches it."""
    if _OPENS_BRACKET.search(text, max(0, start - 4), start) is None:
        return None
    pair = _PAIR.match(text, pos)
    if pair is None:
        return None
    percent = _PERCENT.match(text, pair.end())
    if percent is not None:
        if _CLOSES_BRACKET.match(text, percent.end()) is None:
            return None
        return Figure(start, pos, make_quantity(value, "", "%"), "percent"), pos
    other = _amount_at(text, pair.start("num"), pair.end())
    if (
        other is None
        or other.shape not in ("money", "measure")
        or _CLOSES_BRACKET.match(text, other.end) is None
    ):
        return None
    return _like(start, pos, value, other), pos


def _money_out_of(text: str, start: int, pos: int, value: Decimal) -> tuple[Figure, int] | None:
    """The amount reached of ``865,9/6.601,106 tỉ đồng`` (see ``_MONEY_OUT_OF``), its plan as ``of``; None
    when the slash is not so followed or the amount is not below the plan."""
    found = _MONEY_OUT_OF.match(text, pos)
    if found is None:
        return None
    of = parse_number(found["of"])
    if of <= value:
        return None
    figure, end = _amount(text, start, found.end(), value, None)
    if figure is None or figure.shape != "money":
        return None
    return Figure(start, end, replace(figure.quantity, of=of), "money"), end


def _read_fraction(text: str, start: int, value: Decimal, slash: re.Match[str]) -> Figure | None:
    """``chiếm 1/10 chiều dài``, ``đóng góp đến 1/3 tổng kim ngạch``, ``(1/3 dân số toàn tỉnh)``: a common
    fraction of a whole, a share like a percentage (unit none, ``of`` its denominator).  Only after a share
    verb, a hedge or an opening bracket, and before a word: ``ngày 1/3``, ``từ 1/3 đến 15/3`` stay dates."""
    of = parse_number(slash.group(1))
    if not (0 < value < of <= MAX_DENOMINATOR) or value != value.to_integral_value():
        return None
    if _FRACTION_BEFORE.search(text, max(0, start - 24), start) is None:
        return None
    if _FRACTION_AFTER.match(text, slash.end()) is None:
        return None
    return Figure(start, slash.end(), make_quantity(value, of=of), "fraction")


def _is_map_scale(denominator: str) -> bool:
    """``1/500``, ``1/2000``: a round denominator of hundreds is a scale, never a count out of a total."""
    return len(denominator) >= 3 and denominator.endswith("00")
