"""From an article's text to its indicator records.

The figures are read once, in text order.  Inside a sentence each absolute
figure opens a chain: percentages that follow it behind comparison glue
become its comparisons, anything else becomes a record of its own.  Each
record takes its label, hedge and kind cue from the clause text before it,
its period and place from the sentence and the article around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from desktop.core.extract.clauses import Layout, Sentence, read_through_wraps
from desktop.core.extract.comparisons import (
    against_period_before,
    aspect_of,
    basis_before,
    basis_of,
    basis_of_direction,
    basis_phrase_end,
    has_explicit_basis,
    higher_than,
    is_glue,
    is_lead_glue,
    labelled_gap_start,
    make_comparison,
    plan_named,
    plan_ratio_after,
    rate_compared_after,
    rate_named,
    relation_in,
    runs_on_to_bracket,
    series_basis,
)
from desktop.core.extract.confidence import confidence_of, signs_of, text_signs
from desktop.core.extract.contributions import POINT_UNITS, contribution_aim, contribution_label
from desktop.core.extract.dedupe import Candidate, dedupe
from desktop.core.extract.doubts import Rewrites, doubts, speaks_of_plan
from desktop.core.extract.examples import (
    example_from,
    example_goes_on,
    names_each,
    not_reported,
    passed_milestone,
)
from desktop.core.extract.kinds import (
    assigns_amount,
    cue_kind,
    forecast_frame,
    foreseen_after,
    goal_level_given,
    has_target_frame,
    heading_cue,
    list_head_cue,
    measured_forecast,
    opens_report,
    opens_rest_of_year,
    opens_with_estimate,
    plan_after,
    plans_project,
    reaches_plan,
    reports_deed,
    reports_done,
    reports_done_past_goal,
    resolve,
    sets_goal,
    subheading,
    unmarked_item,
    weighed_after,
    weighs_against_plan,
)
from desktop.core.extract.label_before import make_label
from desktop.core.extract.label_trims import lower_first
from desktop.core.extract.labels import Labeller
from desktop.core.extract.lexicon import COUNT_UNITS, MONEY_UNITS, QUALIFIER_WORDS, alternation
from desktop.core.extract.locality import Localities, lower_text
from desktop.core.extract.lowercase import lower_same_length
from desktop.core.extract.period_mentions import is_sub_year
from desktop.core.extract.period_spans import term_end
from desktop.core.extract.periods import Periods
from desktop.core.extract.spans import Figure, find_figures
from desktop.core.numbers import Quantity, make_quantity
from desktop.core.records import Comparison, Record
from desktop.core.taxonomy import default_taxonomy, unit_class

#: Text before a figure that its label, cues and hedge are read from, at most.
MAX_REGION = 240

_QUALIFIER = re.compile(rf"(?<![^\W\d_])({alternation(tuple(QUALIFIER_WORDS))})\s*$", re.IGNORECASE)
_COORDINATED_VERB = re.compile(r"(?<![^\W\d_])(?:đạt|hoàn thành|thực hiện)\s+và\s*$", re.IGNORECASE)
#: ``(cùng kỳ năm trước tăng 4,58%)``, ``năm trước, ...``: the year before the sentence's (a bare ``năm ngoái`` is
#: resolved as a period of its own: see periods.py).
_LAST_YEAR_SUBJECT = re.compile(
    r"^\W*(?:(?:trong\s+khi|còn|khi\s+đó)\s+)?(?:cùng\s+kỳ\s+năm\s+(?:trước|ngoái)|năm\s+trước)",
    re.IGNORECASE,
)
_BASIS_BEFORE_BRACKET = re.compile(r"(?:so\s+với|so)\s+(?:năm\s+)?(\d{4})\s*\(\s*$", re.IGNORECASE)
#: A threshold that defines a group (``xe có dung tích dưới 2,5 lít``, ``đất nhỏ lẻ (dưới 5.000 m2)``) -- but the
#: ceiling of a support
#: (``có cơ chế hỗ trợ tối đa 5 tỷ đồng/dự án``, ``cho vay tối đa``) is a figure.
_CRITERION = re.compile(
    r"(?:(?<![^\W\d_])(?:có|với)\s+(?:[^\W\d_]+\s+){1,6}(?<!hỗ\strợ\s)(?<!vay\s)|\(\s*)"
    r"(?:dưới|nhỏ\s+hơn|lớn\s+hơn|không\s+quá|không\s+dưới|tối\s+đa|tối\s+thiểu)\s*$",
    re.IGNORECASE,
)
#: The earnings floor that defines a counted group (``có hơn 200 ha cho thu nhập trên 100 triệu đồng/ha``,
#: ``150 hộ có doanh thu từ 1 tỷ đồng``), or the floor of trade or growth that places do (``12 tỉnh, thành phố
#: có kim ngạch xuất khẩu đạt trên 1 tỷ USD``, ``nhóm 17 tỉnh có mức tăng trên 8%``): the group is the figure,
#: the floor is not.
_EARNINGS_FLOOR = re.compile(
    r"\d[^\W_]*[^\d,;.()\n]{1,40}(?<![^\W\d_])(?:có|cho|với|đạt)\s+(?:mức\s+)?"
    r"(?:thu\s+nhập|doanh\s+thu|lợi\s+nhuận|giá\s+trị(?:\s+sản\s+xuất)?|lãi)(?:\s+bình\s+quân)?"
    r"\s+(?:trên|từ|hơn|dưới)\s*$"
    r"|\d[^\W_]*(?:[^\d,;.()\n]|,\s+thành\s+phố){1,40}(?<![^\W\d_])có\s+"
    r"(?:mức\s+tăng(?:\s+trưởng)?|kim\s+ngạch(?:\s+(?:xuất|nhập)\s+khẩu)?)(?:\s+đạt)?"
    r"\s+(?:trên|từ|hơn|dưới)\s*$",
    re.IGNORECASE,
)
#: ``nằm trên địa phận 2 xã``, ``đi qua địa bàn 5 huyện``: the units a project or a road lies in are where
#: it is, not a count the place reports (but ``80 HTX trên địa bàn 13 xã`` counts the communes).
_LIES_IN = re.compile(
    r"(?<![^\W\d_])(?:địa\s+phận|(?:đi|chạy)\s+qua(?:\s+địa\s+(?:bàn|phận))?)(?:\s+của)?\s*$"
)
_ADMIN_UNITS = frozenset(
    {"xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố", "địa phương"}
)
#: The count noun a label opens with: ``Lượt khách du lịch ... đạt khoảng 3,3 triệu`` counts ``lượt khách``,
#: and so does ``Tổng lượt khách ... 1,99 triệu`` (a total of it).
_COUNT_NOUNS = frozenset(COUNT_UNITS)
#: Words after a label's count noun that make its bare scale word money (``Cánh đồng X cho doanh thu``).
_MONEY_WORDS = re.compile(
    r"(?<![^\W\d_])(?:doanh\s+thu|thu\s+nhập|lợi\s+nhuận|giá\s+trị|vốn|kinh\s+phí|tiền|lãi)(?![^\W\d_])"
)
_COUNTED = re.compile(
    rf"(?:tổng\s+(?:số(?:\s+lượng)?\s+)?|số(?:\s+lượng)?\s+)?({alternation(COUNT_UNITS)})(?![^\W_])"
)
#: The last words of the hedges: a region that ends with none of them has no hedge (a C-level test
#: instead of a regex search at each of its last characters, for every figure).
_QUALIFIER_ENDS = tuple({word.split()[-1] for word in QUALIFIER_WORDS})
_DISTANCE = re.compile(r"(?<![^\W\d_])(?:cách|độ\s+cao|độ\s+sâu)(?:\s+[^\W\d_]+){0,8}\s*$", re.IGNORECASE)
_LENGTHS = frozenset({"km", "m", "mét"})
#: ``1 km hết 1,2 tỷ đồng``, ``thu nhập trên 1ha``, ``1 kg lúa giống bằng 1,3 kg lúa thịt``: one unit of a
#: measure is the base of a rate, never a figure of the place.
_RATE_BASES = frozenset({"km", "m", "mét", "ha", "héc-ta", "hecta", "m2", "m²", "m3", "m³", "kg", "sào"})
#: The other side of an exchange rate whose base is one unit: ``1 kg lúa giống bằng 1,3 kg lúa thịt``.
#: A discount offered (``giảm giá phòng từ 20-40%``, ``giảm từ 10-20% giá thực đơn``, ``giảm 50% cho các
#: đoàn``): what a seller charges less, not a measure of the place.
_OFFERS = r"(?:phòng|vé|dịch\s+vụ|tour|thực\s+đơn|niêm\s+yết|bán\s+lẻ|cước)"
_DISCOUNT_BEFORE = re.compile(rf"(?<![^\W\d_])giảm\s+giá\s+{_OFFERS}(?![^\W\d_])[^\d.;]*$")
_DISCOUNT_AFTER = re.compile(
    rf"\s*(?:giá\s+{_OFFERS}|(?:cho|với)\s+(?:các\s+|mọi\s+)?(?:đoàn|khách|du\s+khách))(?![^\W\d_])"
)
#: The verbs of what a tax brings in or how it moves (``thu thuế tăng 5%``), as against the rate it levies.
_RESULT_VERB = re.compile(r"(?<![^\W\d_])(?:tăng|giảm|đạt|chiếm|thu|nộp)(?![^\W\d_])")
#: A rate a tax or a fee levies (``chịu thuế NK 5%``, ``thuế suất 10%``, ``mức phí trước bạ ... là 2%``): the law's
#: rate, no measure of the place; but what the tax brings in or how it moves is (``thu thuế tăng 5%``).
_LEVIED_RATE = re.compile(
    r"(?<![^\W\d_])(?:thuế\s+suất|chịu\s+(?:mức\s+)?thuế|mức\s+(?:thuế|phí)|lệ\s+phí|phí\s+trước\s+bạ)(?![^\W\d_])"
    rf"(?:(?!{_RESULT_VERB.pattern})[^\d.;])*$"
)
#: The value of one class of a tax's schedule (``thuế tiêu thụ đặc biệt với xe dưới 2,5 lít là 15%; 2,5-3 lít
#: là 20%``): the class (a bound or a range and its unit, then ``là``) right before the percentage, a tax or fee
#: named earlier in the sentence with no verb of a result between: the rate it levies, as ``chịu thuế 5%``.
_CLASS_THEN = re.compile(r"\d[\d.,]*(?:\s*-\s*\d[\d.,]*)?\s*[^\W\d_]+\d?\s+là\s*$")
_TAX_NAMED = re.compile(r"(?<![^\W\d_])(?:thuế|phí)(?![^\W\d_])")
_EXCHANGED = re.compile(
    rf"(?<![\d.,])1\s*(?:{alternation(tuple(_RATE_BASES))})(?![^\W\d_])[^,;.\d]{{0,40}}"
    r"(?<![^\W\d_])(?:bằng|đổi\s+(?:lấy|được))\s*$"
)
#: A saving measured against another method (``giảm tới 50% giá thành so với phương án làm đường bê
#: tông``) praises a technique; it reports nothing of the place.
_AGAINST_A_METHOD = re.compile(
    r"[^\S\n]*(?:[^\W\d_]+[^\S\n]+){0,4}so[^\S\n]+với[^\S\n]+(?:các[^\S\n]+|những[^\S\n]+)?"
    r"(?:phương[^\S\n]+án|phương[^\S\n]+pháp|công[^\S\n]+nghệ|cách[^\S\n]+làm)(?![^\W\d_])"
)
#: ``lần lượt`` (respectively) before a run of percentages, and that run (``12%, 15% và 20%``).
_RESPECTIVELY = re.compile(r"lần\s+lượt")
_PERCENT_RUN = re.compile(r"\d[\d.,]*\s*%(?:\s*(?:,|và)\s*\d[\d.,]*\s*%)+")
#: ``5.000 tỷ đồng/kế hoạch 4.500 tỷ đồng``: the slash between an amount and its plan.
_PLAN_SLASH = re.compile(r"\s*/\s*(?:kế\s+hoạch|kh|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu)\s*")
#: ... or a bare slash between two amounts of one unit: ``4.221 tỷ đồng/3.050 tỷ đồng được giao, đạt 138% kế
#: hoạch`` (an amount above the one it is out of, which spans leaves as two figures).
_BARE_SLASH = re.compile(r"\s*/\s*")
#: A speed is a design spec of a road or a vehicle (``tốc độ thiết kế 80 km/h``), never a figure of the place.
_SPEEDS = frozenset({"km/h", "km/giờ", "m/s"})
_NOT_A_HEDGE = re.compile(r"(?:nước|nhà)\s+ngoài$", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A change verb right before a percentage record: it may be the comparison of the amount after it; so may a ratio
#: to a plan (group ``against``: ``thu ngân sách đạt 105% dự toán, với 5.210 tỷ đồng``).
_LEAD_VERB = re.compile(
    r"(?<![^\W\d_])(?:tăng|giảm|(?P<against>đạt|bằng|vượt))"
    r"(?:\s+(?:trưởng|đến|tới|mạnh|nhẹ|thêm|sâu|nhanh|khoảng|gần|hơn|trên))*\s*$"
)
_LEAD_WORDS = ("tăng", "giảm", "đạt", "bằng", "vượt")
#: The bases a leading ratio must name to be an amount's: what was planned or set.
_PLANNED = frozenset(("plan", "target"))
#: Between a leading ratio to a plan and an amount: the plan's amount in brackets, or what is left of it.
_NOT_REACHED = re.compile(r"\(|(?<![^\W\d_])còn(?![^\W\d_])", re.IGNORECASE)
#: The subject and the cue of the amount after a change that opens its clause: ``Tăng 8% so với năm trước, doanh
#: thu du lịch đạt 5.200 tỷ đồng``.
_SUBJECT_THEN_CUE = re.compile(
    r"\s*,\s*[^\W\d_][^\d,;:()]{0,60}?(?<![^\W\d_])(?:đạt|là|còn|lên|với)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$"
)
#: A bracket that restates the change before it in absolute terms, or gives the share of the figure before it
#: (``ước đạt 50 nghìn tấn (chiếm 50% ...)``): it shares that figure's kind.
_RESTATEMENT = re.compile(
    r"\s*(?:tăng|giảm|tương\s+đương|tức|vượt|chiếm)(?:\s+tuyệt\s+đối)?(?:\s+(?:khoảng|gần|hơn|trên))?\s*$"
)
#: ``(12/12 đơn vị đều hoàn thành kế hoạch thu)``: the count in a bracket after a plan is of those that reached it.
_BRACKET_DEED = re.compile(
    r"(?:\s+[^\W\d_]+){0,4}?\s+(?:(?:đều|đã)\s+)?(?:hoàn\s+thành|đạt|vượt)(?![^\W\d_])"
)
#: A plan named right before a bracket: the amount in the bracket is the plan's -- named at length, with the
#: day it was set (``chỉ tiêu phấn đấu mà Tổng cục giao thêm ngày 25/11 (3.800 tỷ đồng)``).
_PLAN_BEFORE_BRACKET = re.compile(
    r"(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|kịch\s+bản)"
    r"(?:\s+(?:[^\W\d_]+|\d{4}|\d{1,2}/\d{1,2}(?:/\d{4})?)){0,12}\s*\($"
)
#: The subject of a rate, an index or a speed: its change is a record, never an amount's comparison.
_RATE_SUBJECT = re.compile(
    r"(?<![^\W\d_])(?:tỷ\s+lệ|tỷ\s+trọng|chỉ\s+số|tốc\s+độ|cpi|lạm\s+phát)(?![^\W\d_])", re.IGNORECASE
)
#: The glue of a change right after a count's label: ``..., tăng 15%``, ``..., giảm gần 8%``, ``..., vượt 20%``.
_CHANGE_GLUE = re.compile(
    r"\s*(?:tăng|giảm|vượt)(?:\s+(?:trưởng|đến|tới|mạnh|nhẹ|thêm|khoảng|gần|hơn|trên))*\s*$", re.IGNORECASE
)
#: A change verb ending the glue before an amount: ``563.321 lượt, tăng 31.047 lượt (tăng 5,8%)``.
_ABSOLUTE_CHANGE = re.compile(r"(?:tăng|giảm|vượt)(?:\s+(?:thêm|khoảng|gần|hơn|trên))*\s*$", re.IGNORECASE)
#: A clause after a semicolon that opens straight on a comparison verb, or on its basis and then the verb, has no
#: subject of its own: the comparison is the figure's before the semicolon (``đạt 1,2 tỷ USD; tăng 15,3% so cùng
#: kỳ``, ``; so với cùng kỳ năm trước tăng 12%``, ``; so với dự toán đạt 105%``).  The basis words must be glue.
_SUBJECTLESS_CHANGE = re.compile(
    r"[^\S\n]*;[^\S\n]*(?:so[^\S\n]+(?:với[^\S\n]+)?[^\W_][^,;:\n]{0,40}?,?[^\S\n]*)?"
    r"(?:tăng|giảm|đạt|bằng|vượt)(?![^\W\d_])",
    re.IGNORECASE,
)
#: A bracket whose subject is another period or the country, its verb right before the percentage: ``tăng 5,3%
#: (cùng kỳ năm trước tăng 4,6%)``, ``(năm 2022 tăng 8%)``, ``(quý I năm 2022 tăng 7%)``, ``(cả nước tăng 5%)``,
#: a part of the span (``9 tháng ... tăng 10,55% (6 tháng tăng 11,29%, quý III tăng 9,09%)``) -- a figure of that
#: period or place, a record of its own.  A bare ``cùng kỳ`` (group ``bare``) may be the
#: basis of the amount's own change (``đạt 900 tỷ đồng (cùng kỳ tăng 12%)``): only once the amount has a change
#: is it the earlier period's.
_ASIDE_SUBJECT = re.compile(
    r"\([^\S\n]*(?:(?P<bare>cùng\s+kỳ)(?!\s+năm)|cùng\s+kỳ\s+năm\s+(?:trước|ngoái|\d{4})"
    r"|(?:(?:quý\s+[ivx\d]+|tháng\s+\d+|\d+\s+tháng(?:\s+đầu)?)\s+)?năm\s+(?:trước|ngoái|\d{4})"
    r"|quý\s+[ivx\d]+|tháng\s+\d+|\d+\s+tháng(?:\s+đầu\s+năm)?"
    r"|cả\s+nước|toàn\s+quốc)\s+(?:[^\W\d_]+\s+){0,2}?(?:tăng|giảm|đạt|bằng)"
    r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*$"
)
#: A later item of a bracket that gives the change of other parts of the year, each its own record: ``quý III
#: tăng 9,09%`` in ``tăng 10,55% so với cùng kỳ (6 tháng tăng 11,29%, quý III tăng 9,09%)``.  The first item,
#: right after the bracket opens, is ``_ASIDE_SUBJECT``'s, which names every part of the year this does.
_PERIOD_ITEM = re.compile(
    r"[,;][^\S\n]*(?:\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|quý\s+(?:[ivx]+|\d)|tháng\s+\d{1,2})\s+(?:tăng|giảm|đạt)"
    r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*$"
)
#: A sentence that opens on a change with no subject (``Tăng 12% so với cùng kỳ.``) after an amount.
_SUBJECTLESS_SENTENCE = re.compile(r"\W*(?:tăng|giảm)(?![^\W\d_])")
#: ``59/97 xã (bằng 60,8% tổng số xã)``, ``50,7% dân số nông thôn``, ``đạt 22,3% lực lượng lao động`` (the
#: insured's share of the labour force, T0201 of the national list): a percentage of all the units or people of
#: the place is a share, a record of its own -- not a comparison of the figure before it, whatever its verb.
_SHARE_OF_ALL = re.compile(r"\s*(?:tổng\s+số|dân\s+số|lực\s+lượng\s+lao\s+động|lllđ)(?![^\W\d_])")
#: A share right before a percentage record (``chiếm 18%``, ``tỷ trọng 40%``): the amount before it stays the anchor
#: of later changes.
_SHARE = re.compile(
    r"(?<![^\W\d_])(?:chiếm(?:\s+(?:tỷ\s+trọng|tỷ\s+lệ|khoảng|gần|hơn|trên))*"
    r"|tỷ\s+trọng(?:\s+(?:khoảng|gần|hơn|trên))?)\s*$"
)

#: A year written out: a sentence that names one dates its figures itself.  The look-ahead at its first
#: digits lets the other positions fail at once (a lookbehind first keeps the regex engine from skipping).
#: ``dự kiến đạt``, ``dự kiến cả năm tăng``, ``dự kiến tốc độ tăng GDP năm 2023 chỉ tăng``: a forecast of a
#: level, a change or a count (``dự kiến có thêm 2 xã``), its subject between, up to a figure -- not a part of the
#: year still to come (``dự kiến 3 tháng cuối năm đạt``) -- or where a year will end, whatever the verb (``dự kiến
#: đến hết năm 2020 tỉnh thu hút trên 8,7 triệu lượt khách``).
_FORECAST_LEVEL = re.compile(
    r"(?<![^\W\d_])dự\s+kiến\s+(?:(?:[^\W\d_]+|(?:19|20)\d\d)\s+){0,10}?(?:đạt|là|tăng|giảm|có)(?:\s+[^\W\d_]+){0,2}\s*"
    r"(?=\d)"
    r"|(?<![^\W\d_])dự\s+kiến\s+(?:đến\s+)?(?:hết|cuối)\s+năm\s+(?:19|20)\d\d,?(?:\s+[^\W\d_]+){0,6}?\s+(?=\d)"
)
#: ``cả năm``: a forecast for the whole year (``Dự kiến cả năm 2022, ...``).
_WHOLE_YEAR = re.compile(r"(?<![^\W\d_])cả\s+năm(?![^\W\d_])")
#: ``9 tháng đầu năm``, ``11 tháng``, ``quý III``, ``từ đầu năm``: the months of a year gone by, reported.
_MONTHS_GONE_BY = re.compile(
    r"(?<![^\W\d_])(?:\d{1,2}\s+tháng(?!\s+(?:cuối|tới|sau|còn\s+lại))|quý\s+(?:i{1,3}|[123])(?![^\W\d_])"
    r"|từ\s+đầu\s+năm)"
)
_YEAR_NAMED = re.compile(r"(?=[12])(?<!\d)(?:19|20)\d\d(?!\d)")
#: The word :data:`_EARNINGS_FLOOR` ends on, before any spaces: a tail that does not end on one is not searched.
_FLOOR_WORD = re.compile(r"(?:trên|từ|hơn|dưới)\Z", re.IGNORECASE)


def _earnings_floor(tail: str) -> bool:
    """True when ``tail`` (the words before a figure) ends on an earnings floor (``_EARNINGS_FLOOR``).  Its last
    word is looked at first: the pattern was tried at each of the tail's 60 characters, in most tails in vain."""
    words = tail.rstrip()
    if _FLOOR_WORD.search(words, max(0, len(words) - 4)) is None:
        return False
    return _EARNINGS_FLOOR.search(tail) is not None


_DIGIT = re.compile(r"\d")
#: ``So với năm 2019, ...``: a basis that opens a sentence.
_OPENING_BASIS = re.compile(r"\W*(?P<basis>so\s+với\s+[^,.;:\d]{2,40}(?:\d{4})?)\s*,", re.IGNORECASE)
#: Words that set a figure apart from the estimate its sentence made before it: a span of its own (``6 tháng``,
#: ``quý III``, ``năm 2022``, ``giai đoạn 2016-2018``, ``cùng kỳ``, ``lũy kế``) or a contrast (``trong khi``).
_APART = re.compile(
    r"(?<![^\W\d_])(?:\d+\s+tháng|tháng\s+\d|quý(?![^\W\d_])|năm\s+(?:\d|trước|ngoái)|giai\s+đoạn|cùng\s+kỳ"
    r"|lũy\s+kế|luỹ\s+kế|từ\s+đầu\s+năm|trong\s+khi)"
)
#: A term named: ``giai đoạn 2016-2018``, ``2016 - 2020``.
_TERM_NAMED = re.compile(
    r"(?<![^\W\d_])giai\s+đoạn(?![^\W\d_])|(?<!\d)(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?!\d)"
)
#: What became of the indicators a figure counts, right after it: ``đạt và vượt kế hoạch``, ``không đạt so với kế
#: hoạch``, ``đều hoàn thành chỉ tiêu`` -- or the outcome alone, ending the phrase (``Trong 18 chỉ tiêu, có 16 chỉ
#: tiêu đạt và vượt, 2 chỉ tiêu không đạt``).
_SCORED_AFTER = re.compile(
    r"(?:\s+(?!(?:là|để|nhằm|phải|cần|sẽ|phấn)(?![^\W\d_]))[^\W\d_]+){0,4}?"
    r"\s+(?:(?:đều|đã|cơ\s+bản)\s+)?(?:không\s+|chưa\s+)?(?:đạt|vượt|hoàn\s+thành)(?:\s+và\s+vượt)?(?:\s+so\s+với)?"
    r"(?:\s+(?:kế\s+hoạch|kh|mục\s+tiêu|chỉ\s+tiêu|nghị\s+quyết|kịch\s+bản|dự\s+toán)(?![^\W\d_])|\s*(?:[,.;)]|$))"
)
#: ``mới đạt 11,59%``, ``chỉ đạt 60%``: only so much was reached -- a result, whatever plan the sentence names.
#: Not the last word of a noun, which a level set for it may follow: ``có bằng cấp, chứng chỉ đạt 30%``,
#: ``xã đạt chuẩn nông thôn mới đạt 80%``, ``lao động có việc làm mới đạt 25.000 người`` (but ``thu nội địa chỉ
#: đạt 80%`` is only so much).
_ONLY_REACHED = re.compile(
    r"(?<![^\W\d_])(?:(?<!thôn\s)(?<!làm\s)(?<!lập\s)(?<!viên\s)mới|(?<!chứng\s)chỉ)\s+(?:đạt|được)\s*$"
)
#: ``gồm``, ``bao gồm``: the figures after it are the items of a list (see ``_estimate_goes_on``).
_LISTS = re.compile(r"(?<![^\W\d_])gồm(?![^\W\d_])")
#: ``trong đó``: the figures after it are the parts of the one before.  The lookbehind after the first
#: letter, not before it: the regex engine then skips from ``t`` to ``t`` through the sentence.
#: ``nếu loại trừ yếu tố giá``: a growth told again at constant prices, the same figure's.
_REAL_TERMS = re.compile(r"(?<![^\W\d_])loại\s+trừ\s+(?:yếu\s+tố\s+)?giá(?![^\W\d_])")
_PARTS = re.compile(r"t(?<![^\W\d_].)rong\s+đó(?![^\W\d_])")
#: ``..., trong đó có 2 xã đạt chuẩn kiểu mẫu``: ``có`` right after ``trong đó`` says what the total holds, no
#: verb of a result of the part's own.
_PARTS_HELD = re.compile(r"trong\s+đó\W*có\s*$")
_OPENS_PARTS = re.compile(r"\W*trong\s+đó(?![^\W\d_])")
_PHRASE_END = re.compile(r"[,.;:()\n]")
#: ``giảm ... từ 349 đầu mối xuống còn 268``: the figure a change starts from is where things stand -- not a
#: floor or a ceiling (``từ 7% trở lên``, ``từ 5 ha trở xuống``).
_STARTS_FROM = re.compile(r"(?<![^\W\d_])từ\s*$")
_GOES_TO = re.compile(r"^(?:\s+[^\W\d_]+){0,4}?\s+(?<!trở\s)(?:xuống|lên)(?![^\W\d_])")
#: ``hiện nay``, ``hiện tại``: the figure's own words name the present -- where things stand now, a result whatever
#: the sentence foresees (``dự kiến tăng 25% so với hiện nay khoảng 60.000 lượt khách``).
_PRESENT = re.compile(r"(?<![^\W\d_])hiện\s+(?:nay|tại|có)(?![^\W\d_])")
#: How many lines above a line its section's heading may be (how long a heading may be, ``heading_cue`` says);
#: a list item.
_SECTION_LINES = 8
#: A marked item of a list: a dash or a bullet, or a number (``2.``, ``1.2.``) or a letter (``a)``) of its own.
_LIST_ITEM = re.compile(r"[^\S\n]*(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)])\s")
#: A heading is short, and says nothing moved (``Kinh tế tiếp tục tăng trưởng khá, một số chỉ tiêu tăng cao so với
#: cùng kỳ``: a sentence of the report, its ``chỉ tiêu`` the indicators reported) and reviews no results (``Tổng kết
#: năm 2023, phương hướng, nhiệm vụ năm 2024``: what follows may report the year gone by).
_HEADING_LENGTH = 120
_MOVES = re.compile(
    r"(?<![^\W\d_])(?:đạt|tăng|giảm|so\s+với|được|có|tổng\s+kết|kết\s+quả|đánh\s+giá)(?![^\W\d_])"
)
#: A sentence that opens by pointing back at the figure before it (``Đây là kết quả ..., đóng góp 25%``):
#: what it derives from an estimate is an estimate too.
_POINTS_BACK = re.compile(r"\s*(?:đây\s+là|con\s+số\s+này|kết\s+quả\s+này|với\s+kết\s+quả\s+này)(?![^\W\d_])")


@dataclass(frozen=True, slots=True)
class _Lead:
    """A change percentage made a record that may yet be the comparison of the amount after it."""

    index: int  # of its candidate
    comparison: Comparison
    elided: bool
    label_region: tuple[int, int]  # the text before its verb: the amount's label
    end: int  # where its basis phrase ends
    against_plan: bool  # a ratio to a plan (``đạt 105% dự toán``), not a change


@dataclass(slots=True)
class _Chain:
    """The sentence being read: the figure that percentages may still qualify."""

    sentence: Sentence
    framed: bool  # by a target frame at its head, or as the description of a project still to come
    example_from: int  # figures from here to the sentence end describe one example household
    anchor: int | None = None  # index of the candidate percentages attach to
    anchor_end: int = 0
    end: int = 0  # where the chain's last figure or basis phrase ends
    cue: str | None = None  # kind cue of the sentence's last record, for coordinated figures
    locality: str | None = None  # place of the sentence's last record
    relation: tuple[str, int] | None = None
    comparisons: list[Comparison] = field(default_factory=list, init=False)
    elided: list[bool] = field(default_factory=list, init=False)  # per comparison: no basis words after it
    anchors: list[int] = field(default_factory=list, init=False)  # the absolute figures of the sentence
    list_colon: int = -2  # the last colon before the figure whose list cue was read (-1: none)
    list_cue: str | None = None
    basis_start: int = 0  # where the last comparison's basis phrase starts
    lead: _Lead | None = None
    whole: Record | None = None  # ``... 153 dự án. Trong đó, ...``: the figure this sentence splits
    head_end: int = 0  # where the sentence's first figure starts: what is before it is the sentence's head
    #: The sentence's last figure estimated by its own cue: where it ends, its period, place and base unit, and
    #: the first word of its label (see ``_estimate_goes_on``); end 0 while there is none.
    estimate: tuple[int, tuple[str | None, str | None, str], str] = field(
        default=(0, (None, None, ""), ""), init=False
    )
    #: ``lần lượt tăng 12% và 20%``: the figures whose changes come next, in order
    respective: list[int] = field(default_factory=list, init=False)

    def __init__(
        self,
        sentence: Sentence,
        framed: bool,
        example_from: int,
        anchor: int | None = None,
        anchor_end: int = 0,
        end: int = 0,
        cue: str | None = None,
        locality: str | None = None,
        relation: tuple[str, int] | None = None,
        list_colon: int = -2,
        list_cue: str | None = None,
        basis_start: int = 0,
        lead: _Lead | None = None,
        whole: Record | None = None,
        head_end: int = 0,
    ) -> None:
        # Written out: the compiled core runs this as C, not the interpreted ``__init__`` of ``@dataclass``
        # (tests/test_compiled_init.py keeps it in step with the fields).
        self.sentence = sentence
        self.framed = framed
        self.example_from = example_from
        self.anchor = anchor
        self.anchor_end = anchor_end
        self.end = end
        self.cue = cue
        self.locality = locality
        self.relation = relation
        self.comparisons = []
        self.elided = []
        self.anchors = []
        self.list_colon = list_colon
        self.list_cue = list_cue
        self.basis_start = basis_start
        self.lead = lead
        self.whole = whole
        self.estimate = (0, (None, None, ""), "")
        self.head_end = head_end
        self.respective = []


class ArticleExtractor:
    """The extraction of one article; build one per text."""

    def __init__(self, text: str, published: str | None, locality: str | None, title: str | None) -> None:
        # a hard-wrapped sentence is read as one; every offset stays the stored text's
        text = read_through_wraps(text)
        self.text = text
        self.low = lower_text(text)
        self.published = published if published and _ISO_DATE.fullmatch(published[:10]) else None
        self.localities = Localities(text, locality, self.low)
        self.layout = Layout(text)
        self.periods = Periods(self.low, self.published, title)
        self.taxonomy = default_taxonomy()
        self.rewrites = Rewrites(text)
        self.labels = Labeller(text, self.low, self.layout, self.localities)
        self._plan_paragraph_end = -1  # a paragraph opened by a target frame lends it to figures without cues
        self._plan_sentence_end = -1  # ... but only to the sentences right after the plan's last one
        self._plan_period: str | None = None
        #: Bases of the last record with two or more explicit ones, and the end of its paragraph.
        self._parallel: tuple[tuple[Comparison, ...], int] = ((), -1)
        #: The end of the sentence of the last figure and whether that sentence gave an estimate (see
        #: ``_POINTS_BACK``).
        self._estimated: tuple[int, bool] = (-1, False)
        #: The start of the line last asked for the heading of its section, and the heading's cue and year.
        self._heading: tuple[int, tuple[str | None, str | None]] = (-1, (None, None))
        #: The start of the paragraph last asked whether a heading plans it, and the answer.
        self._plan_heading: tuple[int, bool] = (-1, False)
        #: The end of the paragraph an estimate cue opened and the period, place and base unit of the total it
        #: estimated (see ``_estimate_lent``).
        self._estimated_paragraph: tuple[int, tuple[str | None, str | None, str]] = (-1, (None, None, ""))
        #: The sentence being read and the basis its last explicit comparison of each relation named.
        self._said_bases: tuple[int, dict[str, str]] = (-1, {})
        #: The sentence last asked whether it speaks of a plan, and the answer (read once a sentence: a
        #: pasted page can be one sentence of thousands of figures).
        self._plan_said: tuple[int, bool] = (-1, False)

    def year(self) -> int | None:
        """The year the article is from: its publication year, else the year its text reports on."""
        if self.published is not None:
            return int(self.published[:4])
        reported = self.periods.fallback(False)
        return int(reported[-4:]) if reported and reported[-4:].isdigit() else None

    def run(self, max_records: int) -> tuple[list[Record], bool]:
        """All records of the article (deduplicated) and whether ``max_records`` cut them short."""
        candidates: list[Candidate] = []
        chain: _Chain | None = None
        truncated = False
        for figure in find_figures(self.text, self.low):
            sentence = self.layout.sentence_at(figure.start)
            # a sentence is told by its start: the dataclass's own ``==`` runs as Python, even compiled
            if chain is None or chain.sentence.start != sentence.start:
                self._close(chain, candidates)
                head = self.low[max(sentence.start, figure.start - MAX_REGION) : figure.start]
                framed = (
                    has_target_frame(head, self.low[figure.start : self.layout.clause_end(figure.start)])
                    or self._plans_project(sentence)
                    or opens_rest_of_year(self.low, sentence.start, figure.start)
                    or (
                        self._under_plan_heading(sentence)
                        and not reports_deed(self.low[sentence.start : figure.start])
                    )
                    or self._section_heading(sentence.start)[0] == "target"
                )
                whole = self._whole_split(chain, candidates, sentence)
                previous = chain
                example = example_from(self.text, self.low, sentence)
                if example == sentence.end and example_goes_on(self.text, self.low, sentence):
                    example = sentence.start
                chain = _Chain(sentence, framed, example, whole=whole, head_end=figure.start)
                if (
                    previous is not None
                    and previous.anchor is not None
                    and self._goes_on(previous, sentence, figure)
                ):
                    # ``đạt 5.000 tỷ đồng. Tăng 12% so với cùng kỳ.``: the amount still takes the change
                    chain.anchor, chain.anchor_end, chain.end = (
                        previous.anchor,
                        previous.anchor_end,
                        previous.end,
                    )
                    chain.anchors.append(previous.anchor)
            if figure.is_percent and chain.anchor is not None and ")" in self.text[chain.end : figure.start]:
                self._leave_aside(chain, candidates, figure)
            if figure.is_percent and len(chain.anchors) > 1 and chain.anchor == chain.anchors[-1]:
                self._past_the_plan(chain, candidates)
            glue_start = self._comparison_glue(chain, figure)
            if glue_start is not None:
                self._add_comparison(chain, candidates, figure, glue_start)
                continue
            if self._not_a_fact(figure, chain):
                continue
            if self._not_reported(figure, chain):
                chain.end = max(chain.end, figure.end)  # the next label starts after it, as after a record
                continue
            if len(candidates) >= max_records:
                truncated = True
                break
            self._close(chain, candidates)
            lead = self._lead_before(chain, figure) if chain.lead is not None else None
            if lead is not None:
                candidates.pop(lead.index)
            candidates.append(self._candidate(figure, chain))
            self._start_chain(chain, candidates, figure, lead)
        self._close(chain, candidates)
        self._name_contributions(candidates)
        self._name_bare_shares(candidates)
        return dedupe(candidates, self.text), truncated

    def _name_bare_shares(self, candidates: list[Candidate]) -> None:
        """Name a share that alone fills the bracket after its amount (see :meth:`_bare_share`) after that
        amount: ``6.001/8.211 xã (73,08%) đạt chuẩn`` is ``Tỷ lệ xã đạt chuẩn ...``, a count's part; ``708
        triệu đồng (24,14%)`` ``Tỷ trọng vốn ...``, an amount's."""
        for before, candidate in pairwise(candidates):
            record, amount = candidate.record, before.record
            if record.unit != "%" or self.text[amount.end : record.start].strip() != "(":
                continue
            if not self.text.startswith(")", record.end) or not amount.indicator:
                continue
            head = "Tỷ trọng" if _is_money(amount) else "Tỷ lệ"
            candidate.record = self._renamed(record, f"{head} {lower_first(amount.indicator)}")

    def _name_contributions(self, candidates: list[Candidate]) -> None:
        """Give each contribution in percentage points the subject of the figure before it in its
        sentence (see :mod:`desktop.core.extract.contributions`), and what it is to as the article says
        it, or as the contribution before it in its paragraph did (a list says it once)."""
        aim, aim_end = "", -1
        for i, candidate in enumerate(candidates):
            record = candidate.record
            if record.unit not in POINT_UNITS:
                continue
            sentence_start = self.layout.sentence_at(record.start).start
            before = candidates[i - 1].record if i else None
            named = before.indicator if before is not None and before.start >= sentence_start else None
            own = contribution_aim(self.text, record.end)
            if own or aim_end < 0 or "\n" in self.text[aim_end : record.start]:
                aim = own
            aim_end = record.end
            label = contribution_label(record.indicator, named, aim)
            if label != record.indicator:  # coded as growth, whatever words the article says it is to
                coded_as = contribution_label(record.indicator, named)
                candidate.record = self._renamed(record, label, coded_as)

    def _renamed(self, record: Record, label: str, coded_as: str = "") -> Record:
        """``record`` under a new label, coded as that label (or ``coded_as``) names (a share or a
        contribution, which are named only once the whole article is read, would otherwise keep the code
        of their first label)."""
        code = self.taxonomy.code_for(coded_as or label, unit_class(record.base_unit))
        return record.with_changes(indicator=label, indicator_code=code)

    def _goes_on(self, chain: _Chain, sentence: Sentence, figure: Figure) -> bool:
        """True when ``sentence`` opens on a change with no subject right after the chain's sentence, in
        its paragraph, and ``figure`` is that change: it qualifies the chain's amount."""
        return (
            figure.is_percent
            and chain.end <= sentence.start
            and not self.text[chain.sentence.end : sentence.start].strip()
            and "\n" not in self.text[chain.end : sentence.start]
            and _SUBJECTLESS_SENTENCE.match(self.low, sentence.start, figure.start) is not None
        )

    def _whole_split(
        self, chain: _Chain | None, candidates: list[Candidate], sentence: Sentence
    ) -> Record | None:
        """The last figure of the sentence before when ``sentence`` opens with ``Trong đó`` right after it,
        in its paragraph or as the next paragraph: its parts are of the same kind and period (``... điều
        chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2016-2020 cho 153 dự án. Trong đó, tăng vốn cho 127
        dự án ...``; ``Ước đến hết năm 2020, tỉnh thu hút 414 dự án FDI.`` and a paragraph ``Trong đó Hàn
        Quốc có 213 dự án``: a paragraph opened by ``Trong đó`` can only break down what was said last)."""
        if chain is None or not candidates or chain.sentence.end > sentence.start:
            return None
        if not _OPENS_PARTS.match(self.low, sentence.start, sentence.end):
            return None
        between = self.text[chain.sentence.end : sentence.start]
        if "\n" in self.text[chain.sentence.start : chain.sentence.end] + between and not between.isspace():
            return None
        whole = candidates[-1].record
        # "ước tăng 7% (kế hoạch tăng 6%). Trong đó, ...", "tăng 8,5% (cùng kỳ năm 2019 tăng 5,3%). Trong đó,
        # ...": the result splits, not the plan or the other year's figure glossing it
        glossed = self._in_bracket(chain.sentence.start, whole.start)
        if glossed and len(candidates) > 1:
            whole = candidates[-2].record
        return whole if whole.start >= chain.sentence.start else None

    def _whole_kind(self, whole: Record | None) -> str | None:
        """The kind the figure the sentence opened by ``Trong đó`` splits lends its parts, or None: a plan's
        (``Phấn đấu thu 5.000 tỷ đồng. Trong đó, thu nội địa 4.000 tỷ đồng``), or an estimate whose sentence
        opened on it, which dates all that sentence counts (``Ước đến hết năm 2020, tỉnh thu hút 414 dự án FDI.
        Trong đó Hàn Quốc có 213 dự án``).  An estimate cue in the clause of the whole (``GRDP ước đạt 17.211
        tỷ đồng. Trong đó: khu vực dịch vụ tăng 11,56%``) governs its own sentence only: the parts told in the
        next one are results."""
        if whole is None or whole.kind == "actual":
            return None
        if whole.kind == "target" or opens_with_estimate(
            self.low, self.layout.sentence_at(whole.start).start
        ):
            return whole.kind
        return None

    def _in_bracket(self, start: int, pos: int) -> bool:
        """True when a bracket opened between ``start`` and ``pos`` is still open at ``pos``."""
        opening = self.low.rfind("(", start, pos)
        return opening >= 0 and self.low.find(")", opening, pos) < 0

    def _plans_project(self, sentence: Sentence) -> bool:
        """True when ``sentence`` gives the plan of a project still to come (see ``kinds.plans_project``)."""
        following = ""
        if self.layout.paragraph_end(sentence.start) > sentence.end:
            following = self.low[sentence.end : self.layout.sentence_at(sentence.end).end]
        return plans_project(self.low[sentence.start : sentence.end], following, self.published is None)

    def _start_chain(
        self, chain: _Chain, candidates: list[Candidate], figure: Figure, lead: _Lead | None
    ) -> None:
        """Make the new record the chain's: an amount opens it (taking a leading change as its first
        comparison), a percentage ends it -- except a share, after which a change still qualifies the
        amount (``412 tỷ đồng, chiếm 18% và tăng 6%``), also past the whole the share names (``45.000 tỷ
        đồng, chiếm 40% GRDP, tăng 13%``), and a rate its ratio to the plan follows, which opens it as an
        amount does (``tỷ lệ ... là 81%, đạt 100% kế hoạch``)."""
        index = len(candidates) - 1
        if not figure.is_percent and self._changes_anchor(chain, candidates, figure):
            chain.end, chain.relation = figure.end, None  # its percentage still qualifies the anchor
            return
        chain.relation, chain.comparisons, chain.elided = None, [], []
        if figure.quantity.unit in POINT_UNITS:  # a contribution is a rate: a change after it is a record
            chain.anchor, chain.lead, chain.end = None, None, figure.end
            return
        region = (
            self.low[max(chain.sentence.start, figure.start - 40) : figure.start] if figure.is_percent else ""
        )
        shares = ("chiếm" in region or "trọng" in region) and _SHARE.search(region) is not None
        if (
            not figure.is_percent
            or plan_ratio_after(self.text, figure.start, figure.end)
            or self._rate_compared(chain, figure, shares and not self._share_of_a_rate(chain, figure))
        ):
            chain.anchor, chain.lead = index, None
            chain.anchor_end = chain.end = figure.end
            chain.anchors.append(index)
            if lead is not None:
                self._take_lead(candidates[index], lead)
                chain.comparisons, chain.elided = [lead.comparison], [lead.elided]
                chain.relation = (lead.comparison.relation, -1 if lead.comparison.percent < 0 else 1)
            return
        # "thu nhập ... 50 triệu đồng; tỷ lệ hộ nghèo chiếm 4,33%, giảm 4,3%": past a semicolon the share opens a
        # new subject, a rate -- the change after it is no longer the amount's
        share = (
            chain.anchor is not None
            and shares
            and not self.layout.crosses_hard_boundary(chain.anchor_end, figure.start)
        )
        leads = not share and any(word in region for word in _LEAD_WORDS)
        chain.lead = (
            self._lead_of(chain, index, figure, region, candidates[index].record.period) if leads else None
        )
        if not share:
            chain.anchor = None
        chain.end = self._whole_end(figure, chain.sentence.end) if share else figure.end

    def _rate_compared(self, chain: _Chain, figure: Figure, share: bool) -> bool:
        """True when the change after the rate ``figure`` in its clause is the rate's comparison (see
        ``comparisons.rate_compared_after``); a range is no rate a change is told of."""
        if figure.quantity.value_max is not None:
            return False
        return rate_compared_after(
            self.text, figure.start, figure.end, self.layout.clause_end(figure.start), share
        )

    def _share_of_a_rate(self, chain: _Chain, figure: Figure) -> bool:
        """True when the share ``figure`` is said of a rate with no amount before it (``tỷ trọng công nghiệp
        chiếm 12,04%, tăng 0,57%``): the change after it is the rate's, as after any rate -- but after ``9 ngành
        chiếm 72% tổng số doanh nghiệp, tăng 64%`` it is the change of what the share counts."""
        said = self.low.rfind("chiếm", chain.sentence.start, figure.start)
        return (
            chain.anchor is None
            and said >= 0
            and _RATE_SUBJECT.search(self.low, self._region_start(figure, chain), said) is not None
        )

    def _whole_end(self, figure: Figure, limit: int) -> int:
        """Where the whole a share names ends (``chiếm 40% GRDP, tăng 13%``: a change after it is still the
        amount's); the share's own end when its phrase runs on to another figure (``chiếm 29,4% với 110 triệu
        USD``), whose label starts there."""
        end = basis_phrase_end(self.text, figure.end, limit)
        return figure.end if any(char.isdigit() for char in self.text[figure.end : end]) else end

    def _changes_anchor(self, chain: _Chain, candidates: list[Candidate], figure: Figure) -> bool:
        """True when ``figure`` is the absolute change of the chain's amount, in its unit, behind comparison
        glue (``có 563.321 lượt, tăng 31.047 lượt (tăng 5,8%)``), or its excess over the plan (``giảm 693 hộ,
        vượt 333 hộ và đạt 192,5% so với tỉnh giao``): a record of its own, but the percentage after it is the
        relative change or the ratio of the amount, not of the change."""
        if chain.anchor is None or self.layout.crosses_hard_boundary(chain.end, figure.start):
            return False
        gap = self.low[chain.end : figure.start]
        if ("tăng" not in gap and "giảm" not in gap and "vượt" not in gap) or _ABSOLUTE_CHANGE.search(
            gap
        ) is None:
            return False
        anchor = candidates[chain.anchor].record
        glued = is_glue(gap) or (
            not chain.comparisons and chain.end == chain.anchor_end and labelled_gap_start(gap) is not None
        )
        return glued and unit_class(anchor.base_unit) == unit_class(figure.quantity.base_unit)

    def _leave_aside(self, chain: _Chain, candidates: list[Candidate], figure: Figure) -> None:
        """After a bracket that splits an amount into parts (``937 tỷ đồng (vay ngân hàng 787 tỷ đồng, vay
        kho bạc 150 tỷ đồng) bằng 62,4% tổng chi``), the amount before the bracket is the anchor again."""
        anchor = candidates[chain.anchor].record  # type: ignore[index]
        closing = self.text.rfind(")", chain.end, figure.start)
        opening = self.text.rfind("(", chain.sentence.start, anchor.start)
        if opening < 0 or self.text.find(")", opening, anchor.start) >= 0:
            return
        outer = next(
            (i for i in reversed(chain.anchors) if candidates[i].record.end <= opening),
            None,
        )
        if outer is None or not runs_on_to_bracket(self.text[candidates[outer].record.end : opening]):
            return
        self._close(chain, candidates)
        chain.anchor, chain.anchor_end = outer, candidates[outer].record.end
        chain.end, chain.relation = closing + 1, None

    def _past_the_plan(self, chain: _Chain, candidates: list[Candidate]) -> None:
        """After ``đạt 5.000 tỷ đồng/kế hoạch 4.500 tỷ đồng`` or ``4.221 tỷ đồng/3.050 tỷ đồng được giao``, the
        amount reached is the anchor again: a change that follows is its change, not the plan's."""
        plan, reached = candidates[chain.anchors[-1]].record, candidates[chain.anchors[-2]].record
        if not _PLAN_SLASH.fullmatch(self.low, reached.end, plan.start) and not (
            _BARE_SLASH.fullmatch(self.low, reached.end, plan.start) and reached.base_unit == plan.base_unit
        ):
            return
        self._close(chain, candidates)
        chain.anchor, chain.anchor_end, chain.relation = chain.anchors[-2], reached.end, None

    def _lead_of(
        self, chain: _Chain, index: int, figure: Figure, region: str, period: str | None
    ) -> _Lead | None:
        """The lead a percentage record makes when a change verb stands right before it (``thu ngân sách
        tăng 12% so với cùng kỳ``), or a ratio to a plan it names (``đạt 105% dự toán``, ``vượt 5% kế hoạch``)."""
        verb = _LEAD_VERB.search(region)
        if verb is None or figure.quantity.value_max is not None:
            return None
        verb_start = figure.start - len(region) + verb.start()
        label_start = self._region_start(figure, chain)
        if _RATE_SUBJECT.search(self.text, label_start, verb_start):  # ``tỷ lệ đậu quả giảm 40%`` is a record
            return None
        relation, sign = relation_in(verb.group(), None)
        phrase_end = basis_phrase_end(self.text, figure.end, chain.sentence.end)
        phrase = self.text[figure.end : phrase_end]
        basis = basis_of(phrase if phrase.strip() else self._opening_basis(chain), relation, period)
        if verb["against"] and basis not in _PLANNED:
            return None
        comparison = make_comparison(figure.quantity.value, relation, sign, basis)
        return _Lead(
            index,
            comparison,
            not phrase.strip(),
            (label_start, verb_start),
            phrase_end,
            bool(verb["against"]),
        )

    def _lead_before(self, chain: _Chain, figure: Figure) -> _Lead | None:
        """The chain's lead when ``figure`` is the amount it qualifies: ``tăng 12% so với cùng kỳ, ước đạt
        5.210 tỷ đồng`` -- only cue and hedge words between, in the same clause.  The amount in brackets after a
        ratio to a plan is the plan's (``đạt 66,7% chỉ tiêu giao (67.000 tỷ đồng)``), and after ``còn`` what is
        left of it (``giải ngân đạt 60% kế hoạch, còn 1.200 tỷ đồng``): neither is the one reached."""
        lead = chain.lead
        if lead is None or figure.is_percent or lead.end > figure.start:
            return None
        gap = self.text[lead.end : figure.start]
        if self.layout.crosses_hard_boundary(lead.end, figure.start):
            return None
        if not is_lead_glue(gap) and not (self._opens_sentence(chain, lead) and _SUBJECT_THEN_CUE.match(gap)):
            return None
        return None if lead.against_plan and _NOT_REACHED.search(gap) else lead

    def _opens_sentence(self, chain: _Chain, lead: _Lead) -> bool:
        """True when nothing stands before a leading change's verb in its sentence (``Tăng 8% so với năm trước,
        doanh thu du lịch đạt 5.200 tỷ đồng``): the subject comes after it, with the amount.  After a figure of
        the sentence the change is that figure's (``Tỷ lệ hộ nghèo còn 2,5%, giảm 1%, thu nhập ...``)."""
        return not self.text[chain.sentence.start : lead.label_region[1]].strip(" ,.;:-–\n")

    def _opening_basis(self, chain: _Chain) -> str:
        """The basis that opens the sentence, for the comparisons in it that name none: ``So với năm 2019,
        doanh thu tăng 15%, đạt 2.300 tỷ đồng``."""
        found = _OPENING_BASIS.match(self.text, chain.sentence.start, chain.sentence.end)
        return found["basis"] if found else ""

    def _take_lead(self, candidate: Candidate, lead: _Lead) -> None:
        """The amount after a leading change is labelled by the words before the change."""
        start, end = lead.label_region
        label = make_label(self.text[start:end], False)
        record = candidate.record
        if label:
            label = self.labels.with_span(label, self.layout.sentence_at(record.start).start, end)
            record = record.with_changes(
                indicator=label, indicator_code=self.taxonomy.code_for(label, unit_class(record.base_unit))
            )
        candidate.record = record

    def _not_a_fact(self, figure: Figure, chain: _Chain) -> bool:
        """Figures that describe an example, a group or a place rather than report: ``một trang trại
        nuôi 500 con bò``, ``xe có dung tích dưới 2,5 lít``, ``cách trung tâm 50 km``, ``1 km hết 1,2 tỷ
        đồng``, the rate a tax levies (``chịu thuế NK 5%``)."""
        if figure.start >= chain.example_from:
            return True
        quantity = figure.quantity
        if quantity.value == 1 and quantity.value_max is None and quantity.unit in _RATE_BASES:
            return True
        if quantity.base_unit in _SPEEDS:
            return True
        if figure.is_percent and _AGAINST_A_METHOD.match(self.low, figure.end, figure.end + 80):
            return True
        tail = self.low[max(chain.sentence.start, figure.start - 60) : figure.start]
        # the last words of the comparatives looked up first: a few substring tests, not a regex search
        comparative = "dưới" in tail or "hơn" in tail or "quá" in tail or "tối" in tail
        if comparative and _CRITERION.search(tail):
            return True
        if ("trên" in tail or "từ" in tail or "hơn" in tail) and _earnings_floor(tail):
            return True
        if quantity.base_unit in _ADMIN_UNITS and _LIES_IN.search(tail):
            return True
        if figure.shape == "count" and names_each(
            self.text, self.low, int(quantity.value), figure.end, chain.sentence.end
        ):
            return True
        if ("bằng" in tail or "đổi" in tail) and _EXCHANGED.search(tail):
            return True
        if figure.is_percent and "giảm" in tail and self._discount(tail, figure.end):
            return True
        if figure.is_percent and ("thuế" in tail or "phí" in tail) and _LEVIED_RATE.search(tail):
            return True
        if figure.is_percent and tail.endswith(("là ", "là")) and _CLASS_THEN.search(tail):
            return self._levied_by_class(chain.sentence.start, figure.start)
        return figure.quantity.base_unit in _LENGTHS and _DISTANCE.search(tail) is not None

    def _not_reported(self, figure: Figure, chain: _Chain) -> bool:
        """Counts of a whole page that no statistics officer records (see :func:`not_reported`), and milestones
        that frame a figure (:func:`passed_milestone`)."""
        tail = self.low[max(chain.sentence.start, figure.start - 60) : figure.start]
        if "mốc" in tail and passed_milestone(self.low, figure.end, tail):
            return True
        return figure.shape == "count" and not_reported(
            self.text, self.low, figure.end, figure.quantity.unit, tail
        )

    def _levied_by_class(self, start: int, end: int) -> bool:
        """Whether a tax or fee named in ``low[start:end]`` levies the class's rate: no result verb after it."""
        named = _TAX_NAMED.search(self.low, start, end)
        return named is not None and _RESULT_VERB.search(self.low, named.end(), end) is None

    def _discount(self, tail: str, end: int) -> bool:
        """True when the percentage ending at ``end`` after ``tail`` is a discount offered."""
        return _DISCOUNT_BEFORE.search(tail) is not None or _DISCOUNT_AFTER.match(self.low, end) is not None

    def _comparison_glue(self, chain: _Chain, figure: Figure) -> int | None:
        """Where the glue before ``figure`` starts when it is a comparison of the chain's absolute
        figure, else None.  Glue right after the figure always links; a noun phrase running on to a
        comma (a count's label) links only a percentage with an explicit basis (``so với cùng kỳ``).
        A bare percentage in brackets after an item of a list whose first item's bracket said
        ``chiếm`` is that item's share, as the first one is: a cue carries across its list."""
        if (
            not figure.is_percent
            or figure.quantity.value_max is not None
            or chain.anchor is None
            or self.layout.leaves_bracket(chain.anchor_end, figure.start)
            or _SHARE_OF_ALL.match(self.low, figure.end) is not None
        ):
            return None
        gap = self.text[chain.end : figure.start]
        if gap.strip() == "(" and (
            self.low.find("(chiếm", chain.sentence.start, chain.end) >= 0 or self._bare_share(figure)
        ):
            return None  # ``... (chiếm 48%); vốn doanh nghiệp 708 triệu đồng (24%)``: the list's shares
        if "(" in gap and self._aside_of_another_subject(chain, figure):
            return None
        if self.layout.crosses_hard_boundary(chain.end, figure.start):
            subjectless = _SUBJECTLESS_CHANGE.match(gap)
            if subjectless is None or self.layout.crosses_hard_boundary(
                chain.end + subjectless.end(), figure.start
            ):
                return None
            return chain.end if is_glue(gap) else None
        if is_glue(gap) or higher_than(gap) is not None or rate_named(gap, self.text, figure.end):
            return chain.end
        if chain.comparisons or chain.end != chain.anchor_end:
            return None
        offset = labelled_gap_start(gap)
        if offset is None:
            return None
        if _CHANGE_GLUE.match(gap, offset):  # ``1.200 doanh nghiệp thành lập mới, tăng 15%``
            return chain.end + offset
        phrase_end = basis_phrase_end(self.text, figure.end, chain.sentence.end)
        return chain.end + offset if has_explicit_basis(self.text[figure.end : phrase_end]) else None

    def _aside_of_another_subject(self, chain: _Chain, figure: Figure) -> bool:
        """True when ``figure`` ends a bracket about another period or place (see ``_ASIDE_SUBJECT``), or is a
        later item of a bracket that lists the change of other parts of the year (``_PERIOD_ITEM``)."""
        aside = _ASIDE_SUBJECT.search(self.low, chain.end, figure.start)
        if aside is None:
            item = _PERIOD_ITEM.search(self.low, chain.end, figure.start)
            return item is not None and self.layout.leaves_bracket(item.start(), chain.end)
        return aside["bare"] is None or any(c.relation == "change" for c in chain.comparisons)

    def _bare_share(self, figure: Figure) -> bool:
        """True when ``figure`` alone fills the bracket after an amount (``6.001/8.211 xã (73,08%)``,
        ``708 triệu đồng (24,14%)``): with no verb and no basis it says what part of the whole the amount
        is, a share of its own -- a ratio to anything would name it.  Over 100% it can be no share."""
        return self.text.startswith(")", figure.end) and figure.quantity.value <= 100

    def _add_comparison(
        self, chain: _Chain, candidates: list[Candidate], figure: Figure, glue_start: int
    ) -> None:
        relation, sign = relation_in(self.text[glue_start : figure.start], chain.relation)
        phrase_end = basis_phrase_end(self.text, figure.end, chain.sentence.end)
        phrase = self.text[figure.end : phrase_end]
        basis_words = series_basis(self.text, phrase, phrase_end, chain.sentence.end)
        if not basis_words.strip() and relation == "change":  # "tăng 1,8% và gấp 3,6 lần cùng kỳ"
            phrase = basis_words = against_period_before(self.text, phrase_end, chain.sentence.end) or ""
        if not basis_words.strip():  # "vượt kế hoạch 8%": the basis named between the verb and the percentage
            basis_words = basis_before(self.text[glue_start : figure.start]) or self._opening_basis(chain)
        higher = higher_than(self.text[glue_start : figure.start])
        if higher is not None:  # "cao hơn giá thị trường 25%": the basis named before the percentage, if any
            (sign, before), relation = higher, "change"
            if before.strip():
                phrase = basis_words = before
        anchor = candidates[chain.anchor].record  # type: ignore[index]
        comparison = make_comparison(
            figure.quantity.value, relation, sign, basis_of(basis_words, relation, anchor.period)
        )
        chain.relation, chain.end, chain.basis_start = (relation, sign), phrase_end, figure.end
        if _RESPECTIVELY.search(self.low, glue_start, figure.start):
            chain.respective = self._respective(chain, figure)
        other = (
            chain.respective.pop(0) if chain.respective else self._aspect_anchor(chain, candidates, phrase)
        )
        if other is not None:  # ``500 nghìn tấn và 250 triệu USD, giảm 12% về sản lượng``
            record = candidates[other].record
            candidates[other].record = record.with_changes(comparisons=(*record.comparisons, comparison))
            return
        chain.comparisons.append(comparison)
        chain.elided.append(not phrase.strip())

    def _respective(self, chain: _Chain, figure: Figure) -> list[int]:
        """The figures of the sentence that ``lần lượt tăng 12% và 20%`` gives its percentages to, in
        order: as many of the last ones as percentages follow (none when they do not add up)."""
        run = _PERCENT_RUN.match(self.low, figure.start, self.layout.clause_end(figure.start))
        count = run.group().count("%") if run else 0
        return list(chain.anchors[-count:]) if 2 <= count <= len(chain.anchors) else []

    def _aspect_anchor(self, chain: _Chain, candidates: list[Candidate], phrase: str) -> int | None:
        """Another figure of the sentence that a change ``về sản lượng`` / ``về giá trị`` is about: the
        last quantity, or the last money amount, when the chain's anchor is not of that kind."""
        aspect = aspect_of(phrase)
        if aspect is None:
            return None
        money = aspect == "value"
        for index in reversed(chain.anchors):
            record = candidates[index].record
            if _is_money(record) == money:
                return None if index == chain.anchor else index
        return None

    def _close(self, chain: _Chain | None, candidates: list[Candidate]) -> None:
        """Store the comparisons gathered by ``chain`` on its anchor record.

        A parallel construction elides its bases: after ``giảm 2,7% so với tháng trước và tăng
        11,5% so cùng kỳ``, ``Trong đó, xuất khẩu địa phương ... giảm 2,6% và tăng 11,6%`` means
        the same two bases, in order, so a run of comparisons that are all elided takes them; a single
        elided ratio takes the basis a ratio last named in the sentence, else the plan the sentence named
        before its amount (``được giao kế hoạch vốn 5.000 tỷ đồng; đã giải ngân 2.000 tỷ đồng, đạt 40%``).
        """
        if chain is None or chain.anchor is None or not chain.comparisons:
            return
        comparisons = chain.comparisons
        candidate = candidates[chain.anchor]
        parallel, paragraph_end = self._parallel
        bases = tuple(c.basis for c in parallel)
        sentence, said = self._said_bases
        if len(comparisons) >= 2 and not any(chain.elided):
            self._parallel = tuple(comparisons), self.layout.paragraph_end(chain.end)
        elif all(chain.elided) and len(comparisons) == len(bases) and candidate.record.start < paragraph_end:
            comparisons = [
                Comparison(c.percent, c.relation, basis) for c, basis in zip(comparisons, bases, strict=True)
            ]
        elif len(comparisons) == 1 and chain.elided[0]:
            # "đạt 95% dự toán; trong đó thu từ doanh nghiệp 1.200 tỷ đồng, đạt 90%": the same basis (a bare
            # change keeps its own: the genre's "tăng 12%" is on the same period -- unless the whole went two
            # ways against two bases, and then the part's way tells which)
            (only,) = comparisons
            if only.relation == "ratio":
                basis = (said.get("ratio") if sentence == chain.sentence.start else None) or plan_named(
                    self.text[chain.sentence.start : candidate.record.start]
                )
                comparisons = [Comparison(only.percent, only.relation, basis or only.basis)]
            elif candidate.record.start < paragraph_end:
                basis = basis_of_direction(only, parallel)
                comparisons = [Comparison(only.percent, only.relation, basis or only.basis)]
        if sentence != chain.sentence.start:
            sentence, said = chain.sentence.start, {}
        for comparison, elided in zip(chain.comparisons, chain.elided, strict=True):
            if not elided:
                said[comparison.relation] = comparison.basis
        self._said_bases = sentence, said
        merged = list(candidate.record.comparisons)
        for comparison in comparisons:  # told twice: ``tăng 6,2%, đạt 21.402 tỷ đồng, tăng 6,2%``
            if comparison not in merged:
                merged.append(comparison)
        candidate.record = candidate.record.with_changes(comparisons=tuple(merged))
        chain.comparisons, chain.elided = [], []

    def _candidate(self, figure: Figure, chain: _Chain) -> Candidate:
        text, start = self.text, figure.start
        region_start = self._region_start(figure, chain)
        region = text[region_start:start]
        cue = self._cue(chain, region_start, figure)
        heading, heading_year = self._section_heading(chain.sentence.start)
        present = cue == "actual" and _PRESENT.search(self.low, region_start, start) is not None
        if chain.framed and cue in (None, "actual") and not present:  # "Dự kiến quý I, ... đạt 2.000 tỷ đồng"
            cue = forecast_frame(self.low[chain.sentence.start : region_start]) or cue
        elif cue in (None, "actual") and opens_with_estimate(self.low, chain.sentence.start):
            cue = "estimate"  # "Ước cả năm, thu ngân sách 5.000 tỷ đồng; chi ngân sách 4.200 tỷ đồng"
        elif (
            cue in (None, "actual")
            and heading == "estimate"
            and not reports_deed(self.low[region_start:start])
        ):
            cue = "estimate"  # "Ước thực hiện năm 2024" over "- Tăng trưởng kinh tế 7,1%;"
        clause_end = self.layout.clause_end(start)
        lent_plan = (
            not (chain.framed and cue != "estimate" and not present)
            and cue in (None, "actual")
            and self._in_plan_paragraph(chain, start, clause_end)
        )
        framed = (chain.framed and cue != "estimate" and not present) or lent_plan
        framed = (
            framed and not self._reports_after_frame(chain, start) and not self._weighed_result(chain, figure)
        )
        glosses = cue == "target" and self._glosses_result(chain, region_start)  # "7,5% (KH 7%)"
        planned = (cue == "target" and not glosses) or framed
        found = self.periods.at(start, chain.sentence, clause_end, planned, figure.end)
        period, sub_year, stated, _ = found
        if chain.whole is not None and not stated:  # the parts of a whole are of its period
            period = chain.whole.period
        elif not stated and heading_year and cue != "target":
            period = heading_year  # "Mục tiêu năm 2025" over "- Thu ngân sách ..."
        elif lent_plan and framed and not stated and self._plan_period and "-" not in self._plan_period:
            # "Phấn đấu đến năm 2025 ... . Tỷ lệ lao động qua đào tạo đạt 70%.": the year of the plan it goes on
            # with (not a term's: a level in it stands at the term's end, an average spans it)
            period = self._plan_period
        horizon = found.plan_horizon and (
            self.periods.is_plan_horizon(found) or self.periods.steps_on(found, start, chain.sentence.end)
        )
        period = term_end(self.low, start, figure.end, self._relative_period(region_start, region, period))
        # "Tháng 1, ..." in a February article: of the new year, not of the year the article sums up
        if self.periods.early_in_year and period == self.periods.fallback(False):
            head = self.low[chain.sentence.start : start]
            period = (None if _YEAR_NAMED.search(head) else self.periods.early_part(head)) or period
        sub_year = sub_year or is_sub_year(self.low, max(chain.sentence.start, start - MAX_REGION), start)
        # "Năm 2023, thu ngân sách đạt 5.200 tỷ đồng, bằng 104% kế hoạch" in May: weighed against the plan, not it
        plan_year = (
            stated
            and not reports_done(self.low[chain.sentence.start : start])
            and not weighed_after(self.low[figure.end : figure.end + 60])
        )
        # ``Đến năm 2020, tỷ lệ ... đạt 50%``: without a date, a plan's horizon is all that tells a target
        framed = framed or (
            horizon and self.published is None and cue in (None, "actual", "forecast") and plan_year
        )
        if framed and cue in (None, "actual") and stated and self._before_frame_year(chain, period):
            framed = False  # "... triển khai nhiệm vụ năm 2025, trong năm 2024, ... phục vụ 17,27 triệu ngày khách"
        kind = resolve(cue, framed, period, sub_year, self.published, plan_year, found.sub_year and stated)
        if kind == "target" and cue != "forecast" and self._scores_plan(figure):
            kind = "actual"  # "có 14/16 chỉ tiêu đạt và vượt kế hoạch đề ra": the indicators reached
        if kind == "estimate" and cue == "estimate" and self._goal_estimated(chain, start, period):
            kind = "target"  # "với mục tiêu giá trị sản xuất ước đạt 19.483 tỷ đồng": the goal's level
        if (
            kind == "target"
            and cue == "forecast"
            and self._forecasts_reported_year(period, stated, start, chain.sentence.start, sub_year)
        ):
            kind = "estimate"
        if (
            kind == "target"
            and cue == "forecast"
            and measured_forecast(
                self.low[figure.end : figure.end + 60], period, self.published, figure.shape == "score"
            )
        ):
            kind = "estimate"  # "Dự kiến 8/10 chỉ tiêu đạt kế hoạch: tăng trưởng 7,5% (KH 7%)": the plan's year is ending
        if kind == "estimate" and cue == "forecast" and self._plans_project(chain.sentence):
            kind = "target"  # "tổng mức đầu tư dự kiến" of a project still to come: what it is to cost
        if kind == "target" and not glosses and (chain.framed or self._follows_plan(chain.sentence.start)):
            self._plan_paragraph_end = self.layout.paragraph_end(start)
            self._plan_sentence_end = chain.sentence.end
            self._plan_period = period
        if kind == "actual" and period == self.periods.fallback(False):  # "từ 66,94% đến nay còn 44,21%"
            period = self.periods.review_start(start, figure.end) or period
        if kind == "target" and self._starts_change(region_start, figure):
            kind = "actual"  # a plan to cut from 349 to 268: the 349 is what there is now
        lent = self._whole_kind(chain.whole) if cue in (None, "actual") else None
        if cue == "actual" and (lent != "estimate" or reports_deed(self.low[region_start:start])):
            lent = None  # "Ước tổng thu ... được 575 tỷ đồng. Trong đó, thu nội địa được 280 tỷ đồng": the whole's verb
        kind = lent or kind  # "Phấn đấu thu 5.000 tỷ đồng. Trong đó, thu nội địa 4.000 tỷ đồng"
        # "Từ năm 2011 đến nay, ... đã xây mới 9 chợ": works done over the span an article reviews
        if kind == "actual" and not stated and period == self.periods.fallback(False):
            period = self.periods.built_over(chain.sentence.start, start) or period
            if figure.is_percent:  # "Giá trị sản xuất tăng bình quân 15%/năm": over the span reviewed
                clause_start = self.layout.clause_start(start)
                period = self.periods.averaged_over(clause_start, start, figure.end) or period
        if figure.is_percent and period == self.periods.fallback(False):
            kind, period = self._planned_average(kind, cue, chain.sentence.start, start, figure.end, period)
        # "Giai đoạn 2016-2020, ... đến cuối năm 2020, bình quân giảm 1,2%/năm" -- or "năm 2020 ước đạt 380 tỷ
        # đồng, bình quân tăng 20,1%/năm": the estimate of the last year makes the rate no less the term's
        if kind in ("actual", "estimate") and figure.is_percent:
            clause_start = self.layout.clause_start(start)
            period = self.periods.averaged_term(clause_start, start, figure.end, period) or period
        # "Tổng vốn đầu tư 10 năm đạt 3.800 tỷ đồng" in an article naming "giai đoạn 2005 - 2015": over the term
        period = self.periods.counted_term(self.layout.clause_start(start), start, period) or period
        period = self.periods.adopted(start, figure.end) or period  # "Kỳ họp đã thông qua 14 nghị quyết"
        if kind == "estimate" and stated and self._year_gone_by(period) and cue_kind(region) != "estimate":
            kind = "actual"  # "ước đạt 11,5% - 41,2% (năm 2022 là 12,1% - 40,3%)": the cue carried, the year is over
        if kind == "estimate" and self._term_counted(start, figure.end):
            kind = "actual"  # "dự kiến năm 2018 đạt 7,3%; bình quân giai đoạn 2016-2018 đạt 6,9%/năm"
        hedged = cue == "estimate" and is_lead_glue(region)  # "(ước tính 2.000 km)"
        if (cue is None or hedged) and self._names_plan_amount(region_start, figure.end):
            kind = "target"
        label = self.labels.label(figure, region_start, clause_end, chain.sentence.start)
        furniture = self.layout.is_furniture(start)
        quantity = _counted_by_label(figure, label)
        locality = self.localities.at(self.low, region_start, start, chain.locality, chain.sentence.start)
        where = period, locality, quantity.base_unit
        if (
            kind == "actual" and chain.estimate[0]
        ):  # the sentence estimated a figure before: it may reach this one
            if self._estimate_goes_on(chain, cue, (region_start, start), where, label):
                kind = "estimate"  # "GRDP ước tăng 7%, trong đó công nghiệp tăng 8,66%, dịch vụ tăng 13,08%"
                # "...; Hàn Quốc 3.155 triệu USD, chiếm 11,5%": the part's share, in its clause, is estimated too
                chain.cue = chain.cue or "estimate"
        elif (
            kind == "estimate"
            and cue in ("estimate", "forecast")
            and not self._in_bracket(chain.sentence.start, start)
            and not self._share_of_estimate(chain, figure, region_start)
            and figure.quantity.unit not in POINT_UNITS
        ):
            # "(6 tháng tăng 11,29%, quý III tăng 9,09%), trong đó: ...": an aside is no total whose parts follow,
            # nor a part's contribution ("công nghiệp tăng 9,2%, đóng góp 3,8 điểm phần trăm; dịch vụ tăng 6,1%")
            chain.estimate = figure.end, where, _head_word(label)
            if self._opens_paragraph(chain.sentence.start) and opens_with_estimate(
                self.low, chain.sentence.start
            ):
                self._estimated_paragraph = self.layout.paragraph_end(start), where
        if kind == "actual" and self._estimate_lent(
            chain, cue, (region_start, start), where, figure.is_percent
        ):
            kind = "estimate"  # "Ước tổng thu ... được 575 tỷ đồng. ... Thu trợ cấp được 296 tỷ đồng"
        code = self.taxonomy.code_for(label, unit_class(quantity.base_unit), _count_noun(figure))
        plan_said = kind == "actual" and self._speaks_of_plan(chain.sentence)
        repeated = self.rewrites.written_again(start, figure.end)
        guesses = doubts(kind, label, locality, plan_said, code, repeated)  # no code, a figure twice: guesses
        signs = signs_of(figure.shape, kind, guesses, bool(label), furniture, stated) + text_signs(
            self.low, (chain.sentence.start, chain.sentence.end), (start, figure.end), period, stated
        )
        record = Record(
            indicator=label,
            value=quantity.value,
            unit=quantity.unit,
            base_value=quantity.base_value,
            base_unit=quantity.base_unit,
            start=start,
            end=figure.end,
            of=quantity.of,
            value_max=quantity.value_max,
            qualifier=qualifier_of(region),
            kind=kind,
            period=period,
            locality=locality,
            indicator_code=code,
            confidence=confidence_of(signs),
            rule=figure.shape,
        )
        chain.locality = record.locality
        return Candidate(record, furniture)

    def _share_of_estimate(self, chain: _Chain, figure: Figure, region_start: int) -> bool:
        """True when ``figure`` is a percentage that took the estimate of the amount before it with no estimate
        cue of its own (``ước đạt 6.916 triệu USD, chiếm 25,2% và tăng 29,2%``): it says how much of the whole
        that amount is, and the amount stays the estimated total whose parts the sentence may list after it
        (``...; Hàn Quốc 3.155 triệu USD, chiếm 11,5%``)."""
        if not (figure.is_percent and chain.estimate[0]) or chain.estimate[1][2] == "%":
            return False
        return cue_kind(self.low[region_start : figure.start]) not in ("estimate", "forecast")

    def _planned_average(
        self, kind: str, cue: str | None, sentence_start: int, start: int, end: int, period: str | None
    ) -> tuple[str, str | None]:
        """(kind, period) of an average yearly change an article sets as a goal, which its sentence dates
        to no year (``Đại hội ... nhiệm kỳ 2025-2030 ... GRDP tăng từ 10% trở lên mỗi năm``): a target of
        the term the plan runs over.  Said without a cue or a word of what was done (``đã``), a rate averaged
        over years still to come can only be a goal; anything else stays as it is."""
        if kind == "actual" and (cue is not None or reports_done(self.low[sentence_start:start])):
            return kind, period
        if kind not in ("actual", "target"):
            return kind, period
        term = self.periods.planned_average(self.layout.clause_start(start), start, end)
        return ("target", term) if term is not None else (kind, period)

    def _speaks_of_plan(self, sentence: Sentence) -> bool:
        if self._plan_said[0] != sentence.start:
            self._plan_said = sentence.start, speaks_of_plan(self.low, sentence.start, sentence.end)
        return self._plan_said[1]

    def _forecasts_reported_year(
        self, period: str | None, stated: bool, start: int, sentence_start: int, sub_year: bool
    ) -> bool:
        """True when an undated article's ``dự kiến`` puts a level or a change on the year its sentence names
        and the article reports on (``Năm 2019, sản lượng lương thực dự kiến đạt 1,2 triệu tấn``): the article
        is written as that year ends or after, so the figure is an estimate of it, not a plan -- unlike an
        action still to come in that year (``dự kiến trao chứng nhận cho 45 dự án``).  So is a forecast for the
        whole of a year whose months gone by the article has reported (``9 tháng đầu năm, kim ngạch xuất khẩu
        đạt 800 triệu USD ... Dự kiến cả năm, kim ngạch đạt 1,1 tỷ USD``): that year is under way -- and so is
        any level or count foreseen after them, its year unnamed (``Từ đầu năm đến nay, ... Dự kiến có thêm 1 xã
        đạt chuẩn nông thôn mới``)."""
        if self.published is not None or period != self.periods.fallback(False):
            return False
        so_far = not sub_year and _MONTHS_GONE_BY.search(self.low, 0, sentence_start) is not None
        if (stated or so_far) and self._foresees_level(sentence_start, start):
            return True
        return so_far and _WHOLE_YEAR.search(self.low, sentence_start, start) is not None

    def _foresees_level(self, sentence_start: int, start: int) -> bool:
        """True when ``dự kiến`` in the sentence puts a level, a change or a count on the figure at ``start`` --
        or on the figure its list goes on from (``dự kiến có 3 xã đạt chuẩn, 12 làng đạt chuẩn``), unless the
        figure is the plan that level is weighed against (``dự kiến chỉ tăng 5% so với mục tiêu tăng 6,5%``)."""
        levels = list(_FORECAST_LEVEL.finditer(self.low, sentence_start, start + 1))
        return bool(levels) and not weighs_against_plan(self.low[levels[-1].end() : start])

    def _reports_after_frame(self, chain: _Chain, start: int) -> bool:
        """True when the figure's own clause, after the one of the sentence's target frame, says what was
        done: ``Tỉnh giao chỉ tiêu thu 2.500 tỷ đồng; đến nay đã thu 2.100 tỷ đồng`` -- or its own phrase says
        the plan was reached (``..., huyện đã đạt 520 ha``)."""
        if self._only_reached(chain, start):
            return True
        clause_start = self.layout.clause_start(start)
        if clause_start > chain.sentence.start and (
            reports_done_past_goal(self.low[clause_start:start]) or opens_report(self.low, clause_start)
        ):
            return True  # "Để hoàn thành mục tiêu năm 2024, ...; kết quả, thu ngân sách đạt 1.050 tỷ đồng"
        return reaches_plan(self.low, chain.sentence.start, start)

    def _cue(self, chain: _Chain, region_start: int, figure: Figure) -> str | None:
        """The kind cue of a figure: its own, else that of the figure before it in the same clause
        (``cho 1.000 ca F0 và 15.000 ca F1``: one verb, two figures) -- but not into a bracketed aside,
        unless the aside restates the change (``giảm 12,4% (giảm tuyệt đối 14.200 tỷ đồng)``) -- else
        that of the head of the list the figure is an item of (``ước đạt: Hoa Kỳ 412 triệu USD; EU ...``) or
        of the amount whose parts it lists (``..., trong đó 24 dự án ...; 35 dự án ...``; a rate is no part).  Words right
        after the figure may still make it a plan (``104 dự án kêu gọi đầu tư``)."""
        start = figure.start
        cue = cue_kind(self.low[region_start:start], self.low[max(0, region_start - 32) : region_start])
        if (
            cue is None
            and "hiện" in self.low[region_start:start]
            and _PRESENT.search(self.low, region_start, start)
        ):
            return "actual"  # "dự kiến ... đạt 75.000 lượt khách, tăng 25% so với hiện nay khoảng 60.000 lượt khách"
        if cue in (None, "target") and (
            reaches_plan(self.low, chain.sentence.start, start) or self._only_reached(chain, start)
        ):
            cue = "actual"  # "Theo kế hoạch, huyện xây dựng 20 km đường, đến nay đã hoàn thành 18 km"
        # "ước tăng 5,3% (cùng kỳ tăng 4,6%), trong đó ... tăng 0,9%": an open bracket of another period keeps the cue
        aside = False
        if chain.end and not self.layout.crosses_hard_boundary(chain.end, start):
            opening = self.text.find("(", chain.end, start)
            restates = opening >= 0 and _RESTATEMENT.match(self.low, opening + 1, start) is not None
            aside = opening >= 0 and not restates and self.text.find(")", opening, start) < 0
            # "đạt 16.133 con/KH 16.500 con, đàn lợn 61.280 con": the plan after a slash glosses its result alone
            aside = aside or (cue == "target" and self._after_slash(chain))
            if (
                cue is None
                and (opening < 0 or restates)
                and not self._own_span_aside(chain, region_start, start)
            ):
                cue = chain.cue
        if cue is None and chain.end and not figure.is_percent and self._in_parts_list(chain, start):
            cue = chain.cue
        if cue is None:
            cue = self._list_cue(chain, start)
        elif cue == "actual" and not reports_done(self.low[region_start:start]):
            # "Thu ngân sách ước đạt: thị xã A đạt 320 tỷ đồng; ...": a weak verb of the item repeats its head's --
            # an estimate's; under "Một số chỉ tiêu năm 2024:" the items' "đạt" tells results from the plan
            head = self._list_cue(chain, start)
            cue = head if head in ("estimate", "forecast") else cue
        if (
            cue is None
            and chain.cue == "target"
            and self._plan_goes_on(chain, start)
            and not weighed_after(self.low[figure.end : figure.end + 60])
        ):
            cue = "target"  # "phương án sắp xếp, giảm từ 349 xuống còn 268; các phòng cấp huyện ... còn 88"
        if cue in (None, "actual") and (
            plan_after(self._phrase_after(figure.end)) or assigns_amount(self.low[region_start:start])
        ):
            cue = "target"
        elif cue in (None, "actual") and foreseen_after(self._phrase_after(figure.end)):
            cue = "estimate"  # "... đồng nghĩa hơn 40 vạn người sẽ thiếu đói"
        if cue is None and self._points_back(chain.sentence.start):
            cue = "estimate"
        if not aside:
            chain.cue = cue
        end, estimated = self._estimated
        self._estimated = chain.sentence.end, cue == "estimate" or (estimated and end == chain.sentence.end)
        return cue

    def _only_reached(self, chain: _Chain, start: int) -> bool:
        """True when the words right before the figure say only so much was reached (``Một trong ba chỉ tiêu đó
        là tốc độ tăng trưởng ... mới đạt 11,59%``, ``chỉ đạt 60%``): a result measured short of its plan."""
        return _ONLY_REACHED.search(self.low, max(chain.sentence.start, start - 16), start) is not None

    def _own_span_aside(self, chain: _Chain, region_start: int, start: int) -> bool:
        """True when the figure is an item of an open bracket that names a span of its own (``(6 tháng tăng
        11,29%, quý III tăng 9,09%)``): the cue of the sentence's figure before the bracket does not reach it,
        as an estimate does not reach a part set apart by its own span (see :meth:`_estimate_goes_on`)."""
        return (
            self._in_bracket(chain.sentence.start, start)
            and _APART.search(self.low, region_start, start) is not None
        )

    def _estimate_goes_on(
        self,
        chain: _Chain,
        cue: str | None,
        span: tuple[int, int],
        where: tuple[str | None, str | None, str],
        label: str,
    ) -> bool:
        """True when the estimate the sentence made before the figure (its own cue, ``ước``, or ``dự kiến``
        about a period under way) reaches it: the figure is a part of the estimated total -- after ``trong
        đó`` (not before: ``Trong đó, GRDP ước tăng 7,8%; ...`` singles out items of what the sentence before
        counted), in a list (``gồm``, a colon), or naming the total's quantity (``doanh thu ... ước đạt 3.084 tỷ đồng;
        doanh thu vận tải hành khách 942 tỷ đồng``) -- with no cue of its own, or only the weak verb of an item
        of a list (``ước đạt 11.423 tỷ đồng, trong đó: khu vực dịch vụ đạt 7.006 tỷ đồng``).  The genre gives
        an estimated total and then its parts (``GRDP ước tăng 7%, trong đó công nghiệp tăng 8,66%, dịch vụ
        tăng 13,08%``), all counted at the same time, so all estimates -- in the unit, period and place of
        their total: a rate estimated does not reach an amount after it (``GRDP ước tăng 2,2%; GRDP bình quân
        đầu người 94 triệu đồng``).  An amount reaches the growth of its parts after ``trong đó`` too, told with
        no verb but the change (``ước đạt 32.500 tỷ đồng, tăng 10,2%; trong đó bán lẻ hàng hóa tăng 9,8%``): what
        the estimated total is made of is counted with it, whether a semicolon or a comma stands before
        ``trong đó`` (the comma already kept the clause's cue).  Words of a span of its own
        (``(6 tháng tăng 11,29%, quý III tăng 9,09%)``, ``bình quân giai đoạn 2016-2018 đạt 6,9%``) or of a
        contrast (``(trong khi tổng chi ... 29.672 tỷ đồng)``) set a figure apart; the next sentence is beyond
        the cue's reach."""
        end, total, head = chain.estimate
        region_start, start = span
        if not end or cue not in (None, "actual"):
            return False
        if total != where:
            return cue is None and self._growth_of_part(end, span, total, where)
        listed = ":" in self.text[end:start] or _PARTS_HELD.search(self.low, region_start, start) is not None
        if cue == "actual" and (not listed or reports_done(self.low[region_start:start])):
            return False
        parts = _PARTS.search(self.low, end, start) or _LISTS.search(self.low, chain.sentence.start, start)
        # "ước đạt 349.000 lượt, tăng 11% (khách quốc tế khoảng 210.000 lượt; ...)": a bracket after it lists its parts
        glossed = self._in_bracket(end, start)
        part = listed or parts is not None or glossed or _head_word(label) == head or where[2] == "%"
        return part and _APART.search(self.low, region_start, start) is None

    def _growth_of_part(
        self,
        end: int,
        span: tuple[int, int],
        total: tuple[str | None, str | None, str],
        where: tuple[str | None, str | None, str],
    ) -> bool:
        """True when the percentage at ``span`` is the growth of a part of the amount estimated before it (ending at
        ``end``), in the amount's period and place (see :meth:`_estimate_goes_on`): told after ``trong đó``, ``gồm``
        or a colon (``; các mặt hàng chủ yếu: dệt may tăng 8%``) -- or the amount's own growth told again in real
        terms (``tăng 11%; nếu loại trừ yếu tố giá tăng 7,5%``)."""
        if where[2] != "%" or total[2] == "%" or total[:2] != where[:2]:
            return False
        region_start, start = span
        parts = (
            ":" in self.text[end:start]
            or _PARTS.search(self.low, end, start) is not None
            or _LISTS.search(self.low, end, start) is not None
            or _REAL_TERMS.search(self.low, region_start, start) is not None
        )
        return parts and _APART.search(self.low, region_start, start) is None

    def _weighed_result(self, chain: _Chain, figure: Figure) -> bool:
        """True when ``figure`` is weighed against its plan right after it (``ngành công nghiệp đạt 4.245 tỷ đồng,
        đạt 100,5% kế hoạch``) in a sentence whose head names indicators (``một số chỉ tiêu kinh tế - xã hội năm
        2021: ...``) but sets no goal (``phấn đấu``, ``mục tiêu``, ``kế hoạch``): a result measured against the
        plan, not the plan."""
        return weighed_after(self.low[figure.end : figure.end + 60]) and not sets_goal(
            self.low[chain.sentence.start : figure.start]
        )

    def _section_heading(self, sentence_start: int) -> tuple[str | None, str | None]:
        """The cue of the heading of the section the line of the sentence at ``sentence_start`` is in (see
        ``kinds.heading_cue``: ``Ước thực hiện năm 2024``, ``Mục tiêu năm 2025`` on a line of its own), and the one
        year it names: the heading right above the line (past blank lines), or above the list items the line is
        one of (``- Tăng trưởng kinh tế 7,1%;`` then ``- Thu ngân sách 800 tỷ đồng.``, ``1.2.``), marked or not, as a
        scraped page keeps them, past the headings of the section's parts (``Về kinh tế``) (``Ước thực hiện năm 2024`` over ``Tổng giá trị sản xuất tăng 8,5%.`` and ``Thu ngân sách
        1.200 tỷ đồng.``: the heading is the section's, not its first line's) -- not the article's first line (its
        title).  Read once a line."""
        line_start = self.text.rfind("\n", 0, sentence_start) + 1
        if self._heading[0] != line_start:
            self._heading = line_start, self._heading_above(line_start)
        return self._heading[1]

    def _heading_above(self, line_start: int) -> tuple[str | None, str | None]:
        """See :meth:`_section_heading`."""
        item = _LIST_ITEM.match(self.text, line_start) is not None
        unmarked: bool | None = None  # the line an unmarked item of a list: read when first asked
        first = len(self.text) - len(self.text.lstrip())
        pos = line_start
        for _ in range(_SECTION_LINES):
            if pos <= first:
                break
            previous = self.text.rfind("\n", 0, pos - 1) + 1
            line = self.low[previous : pos - 1].strip()
            pos = previous
            if not line:
                continue
            cue = heading_cue(line)
            if cue is None:
                if subheading(line):
                    continue  # "Ước thực hiện năm 2023" over "Về kinh tế" over the lines of its figures
                if item and _LIST_ITEM.match(line):
                    continue  # an item before it in the same list
                if item or not unmarked_item(line):
                    return None, None
                if unmarked is None:
                    line_end = self.text.find("\n", line_start)
                    unmarked = unmarked_item(
                        self.low[line_start : line_end if line_end >= 0 else None].strip()
                    )
                if not unmarked:
                    return None, None
                continue  # "Năm 2025, phấn đấu:" over unmarked lines of figures
            if previous <= first:
                return None, None  # the title
            years = {m.group() for m in _YEAR_NAMED.finditer(line)}
            return cue, years.pop() if len(years) == 1 else None
        return None, None

    def _under_plan_heading(self, sentence: Sentence) -> bool:
        """True when ``sentence`` is in a paragraph whose first sentence is a heading that sets out plans and
        counts nothing (``CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030 I. Về kinh tế ... 1. Tốc độ tăng trưởng ... đạt
        9%. 2. Thu nhập bình quân đầu người đến năm 2030: 90 triệu đồng.``): a resolution's numbered goals,
        each its own sentence, are all the heading's targets.  Read once a paragraph."""
        start = self.text.rfind("\n", 0, sentence.start) + 1
        if self._plan_heading[0] != start:
            first = self.layout.sentence_at(len(self.text) - len(self.text[start:].lstrip()))
            heading = self.low[first.start : first.end]
            planned = (
                first.start < sentence.start
                and len(heading) <= _HEADING_LENGTH
                and _DIGIT.search(_YEAR_NAMED.sub("", heading)) is None
                and _MOVES.search(heading) is None
                and has_target_frame(heading)
                and not reports_done(heading)
            )
            self._plan_heading = start, planned
        return self._plan_heading[1]

    def _opens_paragraph(self, sentence_start: int) -> bool:
        """True when the sentence at ``sentence_start`` is the first of its paragraph (line)."""
        return not self.text[self.text.rfind("\n", 0, sentence_start) + 1 : sentence_start].strip()

    def _estimate_lent(
        self,
        chain: _Chain,
        cue: str | None,
        span: tuple[int, int],
        where: tuple[str | None, str | None, str],
        rate: bool,
    ) -> bool:
        """True when an amount with no cue of its own, or only the weak verb of the items of an estimate
        (``được``, ``đạt``, not a deed: ``đã``), is a part of an estimated total told in a sentence before it,
        in the total's period, place and unit: the parts a sentence opened by ``Trong đó`` gives with no verb
        (``... thu ngân sách ước đạt 35.440 tỷ đồng. Trong đó, thu nội địa là 22.940 tỷ đồng``) -- or any
        amount of a paragraph opened by an estimate cue, in its period and place (``Ước tổng thu ngân sách
        tháng 10 được 575 tỷ đồng, ... Thu trợ cấp được 296 tỷ đồng``): the read sets estimate both, as a
        monthly statistics report does.  A ``rate`` with no cue at all (a growth, a share) is estimated in such
        a paragraph alone (``Ước tính năm 2023, GRDP tăng 7,5%. Khu vực công nghiệp tăng 9,2%``): the
        paragraph's opening estimates what it goes on to report, as a heading (``Ước thực hiện năm 2023``) does
        its section.  Otherwise rates stay results: the growth of the parts told after an estimated total (``...
        ước đạt 17.211 tỷ đồng. Trong đó: khu vực dịch vụ tăng 11,56%``) and its shares are read as results."""
        whole = chain.whole
        if not rate and cue is None and whole is not None and whole.kind == "estimate":
            return (whole.period, whole.locality, whole.base_unit) == where
        end, total = self._estimated_paragraph
        if chain.sentence.start >= end or total[:2] != where[:2]:
            return False
        if cue not in (None, "actual") or (rate and cue is not None):
            return False
        return not reports_deed(self.low[span[0] : span[1]])  # "Huyện đã xây 12 km đường": a deed done

    def _before_frame_year(self, chain: _Chain, period: str | None) -> bool:
        """True when the figure is stated for a year the head of its sentence (up to its first figure) names
        as the one gone by, before the later year of the plan that head sets (``Tại Hội nghị tổng kết năm 2024
        và triển khai nhiệm vụ năm 2025, trong năm 2024, thành phố đã đón ...; phục vụ 17,27 triệu ngày
        khách``): the figure reports the year gone by, not the plan -- unlike a year the head does not name,
        one more horizon of a plan (``đến năm 2025, ...; kim ngạch xuất khẩu năm 2020 đạt 1,25 tỷ USD``)."""
        years = {m.group() for m in _YEAR_NAMED.finditer(self.low, chain.sentence.start, chain.head_end)}
        return bool(period) and period in years and _later_year(max(years), period)

    def _scores_plan(self, figure: Figure) -> bool:
        """True when ``figure`` counts the indicators of a plan by what became of them (``có 14/16 chỉ tiêu đạt
        và vượt kế hoạch``, ``02 chỉ tiêu không đạt so với kế hoạch``): a result, whatever plan words the
        sentence opens with (``Trong 16 chỉ tiêu chủ yếu của Nghị quyết, ...``)."""
        return self.low.endswith("chỉ tiêu", figure.start, figure.end) and (
            _SCORED_AFTER.match(self.low, figure.end) is not None
        )

    def _goal_estimated(self, chain: _Chain, start: int, period: str | None) -> bool:
        """True when the estimate cue of a figure speaks of a goal the head of its sentence sets (``mục tiêu``,
        ``phấn đấu``; not ``dự kiến`` alone, which the calendar reads): the level the goal is put at, a target
        -- in the frame's own stretch of the sentence (``với mục tiêu giá trị sản xuất ngành chế biến, chế tạo
        ước đạt 19.483 tỷ đồng``), or past a semicolon for a year after the one the article reports on
        (``đặt mục tiêu năm 2025 đón 9,7 triệu lượt khách; doanh thu du lịch ước đạt 21.000 tỷ đồng``) -- not
        the estimate of the year under way told after the plan (``phấn đấu tăng 7%; ước cả năm tăng 6,8%``)."""
        phrase_start = _last_stop(self.low, start)
        if "ước" not in self.low[phrase_start:start]:
            return False  # a loss foreseen (``sẽ hụt thu khoảng 1.600 tỷ đồng``) is no goal's level
        head = self.low[chain.sentence.start : start]
        if not sets_goal(head) or self._reports_after_frame(chain, start):
            return False
        if ";" not in head and not goal_level_given(head, phrase_start - chain.sentence.start):
            return True
        return _later_year(period, self.periods.fallback(False))

    def _term_counted(self, start: int, end: int) -> bool:
        """True when the phrase of the figure at ``start``-``end`` (after the last comma, semicolon or bracket
        before it) gives a term's total or yearly average -- ``giai đoạn 2016-2018``, ``2016 - 2018``,
        ``bình quân tăng 20,1%/năm`` -- with no estimate cue of its own: the estimate of the year the sentence
        names before it (``tốc độ tăng trưởng dự kiến năm 2018 đạt 7,3%; bình quân giai đoạn 2016-2018 đạt
        6,9%/năm``) does not reach it; the term is reported as a result."""
        phrase = self.low[_last_stop(self.low, start) : start]
        if "giai" not in phrase and "bình quân" not in phrase and "-" not in phrase:
            return False  # a substring test spares most figures the regex
        averaged = "bình quân" in phrase and self.low.startswith("/năm", end)
        if not averaged and _TERM_NAMED.search(phrase) is None:
            return False
        return cue_kind(phrase) not in ("estimate", "forecast")

    def _year_gone_by(self, period: str | None) -> bool:
        """True when ``period`` is a single year before the one the article reports on: the estimate cue of
        the figures before reaches no figure of such a year (``tỷ trọng công nghiệp ước đạt ... (năm 2022 là
        ...)``), which was counted long since -- though its own cue may still estimate it (``sơ bộ năm 2022``
        in an article of 2023)."""
        reported = self.periods.fallback(False)
        if not (period and reported and period.isdecimal() and reported.isdecimal()):
            return False
        return int(period) < int(reported)

    def _plan_goes_on(self, chain: _Chain, start: int) -> bool:
        """True when ``start`` opens a semicolon item of the sentence whose figure before it was a plan, and
        the item has no date and reports nothing done of its own: the plan's next item (``kế hoạch trồng 300
        ha rừng; xây 12 km kênh mương``).  An estimate does not carry so: the genre lists results after it
        (``ước đạt 1.516 nghìn lượt; kinh tế ngoài nhà nước 606.208 tỷ đồng``)."""
        if not chain.end:
            return False
        between = self.text[chain.end : start]
        if ";" not in between or "\n" in between or ":" in between:
            return False
        item = self.low[self.text.rfind(";", chain.end, start) + 1 : start]
        return _YEAR_NAMED.search(item) is None and not reports_done(item)

    def _starts_change(self, region_start: int, figure: Figure) -> bool:
        """True when ``figure`` is where a change starts: ``từ 349 đầu mối xuống còn 268``."""
        return _STARTS_FROM.search(self.low, region_start, figure.start) is not None and (
            _GOES_TO.match(self._phrase_after(figure.end)) is not None
        )

    def _points_back(self, sentence_start: int) -> bool:
        """True when the sentence at ``sentence_start`` opens by pointing back at the sentence right before it,
        which gave an estimate: ``... ước đạt 352.000 tỷ đồng, đạt 86% dự toán là 405.000 tỷ đồng. Đây là kết
        quả ..., đóng góp 25% ...``."""
        end, estimated = self._estimated
        return (
            estimated
            and 0 <= end <= sentence_start
            and not self.text[end:sentence_start].strip(" .\n")
            and _POINTS_BACK.match(self.low, sentence_start) is not None
        )

    def _phrase_after(self, end: int) -> str:
        """The lower-cased words right after a figure, up to the next comma, bracket or clause end."""
        stop = _PHRASE_END.search(self.low, end, min(len(self.low), end + 80))
        return self.low[end : stop.start() if stop else min(len(self.low), end + 80)]

    def _in_parts_list(self, chain: _Chain, start: int) -> bool:
        """True when ``start`` is an item of the parts an amount was split into with ``trong đó``, items
        joined by semicolons: ``có 104 dự án ..., trong đó, 24 dự án ...; 35 dự án ...; 20 dự án ...`` -- the
        amount named before ``trong đó`` in the sentence.  ``Trong đó`` opening a sentence singles out what
        the sentence before counted (``đạt 20/22 chỉ tiêu. Trong đó, GRDP ước tăng 7,8%; ...; tổng vốn đầu tư
        24.000 tỷ đồng``): items each with their own cue, none lent to the next."""
        between = self.text[chain.end : start]
        if "\n" in between or ":" in between or ";" not in between:
            return False
        parts = _PARTS.search(self.low, chain.sentence.start, start)
        return parts is not None and any(c.isdigit() for c in self.text[chain.sentence.start : parts.start()])

    def _glosses_result(self, chain: _Chain, region_start: int) -> bool:
        """True when the figure's words open a bracket right after the figure before it: ``đạt 76,9% (KH
        74%)``, ``đạt 7.596 tấn (kế hoạch 7.526 tấn)`` -- or follow it after a slash, as a table's row puts them
        (``ước đạt 55 triệu đồng/KH 54 triệu đồng``) -- the plan that result is weighed against, of the
        result's period, not of a plan year named elsewhere in the article."""
        if not chain.end:
            return False
        return self.text[chain.end : region_start].strip() == "(" or self._after_slash(chain)

    def _after_slash(self, chain: _Chain) -> bool:
        """True when a slash follows the figure before (``ước đạt 55 triệu đồng/KH 54 triệu đồng``): what comes
        after it stands beside that figure, as in a table's row."""
        return self.text[chain.end : chain.end + 3].lstrip().startswith("/")

    def _names_plan_amount(self, region_start: int, end: int) -> bool:
        """True for the amount in brackets right after a plan: ``đạt 66,7% chỉ tiêu Bộ Tài chính giao
        (67.000 tỷ đồng)``, ``mục tiêu đạt được đến năm 2020 (ước tính 2.000 km)`` -- a target, that lends
        its kind to nothing else; not a count the bracket says reached it (``đạt 103% kế hoạch (12/12 đơn vị
        đều hoàn thành kế hoạch thu)``), ending at ``end``."""
        if not self.text.endswith("(", max(0, region_start - 2), region_start):
            return False
        if _BRACKET_DEED.match(self.low, end):
            return False
        return _PLAN_BEFORE_BRACKET.search(self.low, max(0, region_start - 90), region_start) is not None

    def _list_cue(self, chain: _Chain, start: int) -> str | None:
        """The cue of the head of the list ``start`` is an item of, read once per colon of the sentence."""
        colon = self.text.rfind(":", chain.sentence.start, start)
        if chain.list_colon != colon:
            chain.list_colon = colon
            head = self.layout.list_head(chain.sentence, start)
            chain.list_cue = list_head_cue(self.low[head[0] : head[1]]) if head else None
        return chain.list_cue

    def _in_plan_paragraph(self, chain: _Chain, start: int, clause_end: int) -> bool:
        """True when a sentence opened by a target frame lends it to this figure, which has only weak
        cues (``Về kinh tế, phấn đấu ... đạt 450 tỷ đồng. Tổng vốn đầu tư ... đạt 5 nghìn tỷ đồng.``).

        The plan reaches the sentences that directly follow it in its paragraph and add figures to
        it; a sentence that reports what was or is done (``hiện nay ... đang tồn kho``), weighs it against
        the plan (``..., tăng 0,4% so với kịch bản``) or names another period (``Năm 2020, tăng trưởng đạt
        5,2%``) ends it.
        """
        if start >= self._plan_paragraph_end:
            return False
        if chain.sentence.end == self._plan_sentence_end:
            return True  # a later figure of the lent sentence
        if not self._follows_plan(chain.sentence.start):
            return False
        head = self.low[chain.sentence.start : start]
        if reports_done(head) or opens_report(self.low, chain.sentence.start):
            return False
        if cue_kind(head) == "estimate":
            return False  # "Thu ngân sách ước đạt 950 tỷ đồng; GRDP tăng 6,2%": the sentence reports the year
        if weighs_against_plan(self.low[chain.sentence.start : chain.sentence.end]):
            return False  # "..., tăng trưởng quý I đạt 10,9%, tăng 0,4% so với kịch bản": results
        found = self.periods.at(start, chain.sentence, clause_end, True)
        return not found.stated or found.value == self._plan_period

    def _follows_plan(self, sentence_start: int) -> bool:
        """True when the sentence at ``sentence_start`` follows the last sentence a plan reached, right after it
        or after sentences that only add goals without figures (``Mục tiêu năm 2023 ... đạt 600 tỷ đồng. Hoàn
        thành kế hoạch thu ngân sách năm 2023. Tiếp tục giữ vững chuẩn y tế, ... dưới 1%``): a resolution's list
        of goals goes on through them.  A sentence between that counts something, reports what was done
        (``đã``, ``kết quả``) or names another year ends the plan."""
        end = self._plan_sentence_end
        if end == sentence_start:
            return True
        if not 0 <= end < sentence_start:
            return False
        gap = self.low[end:sentence_start]
        if "\n" in gap.strip():
            return False
        years = {m.group() for m in _YEAR_NAMED.finditer(gap)}
        if years - {self._plan_period} or _DIGIT.search(_YEAR_NAMED.sub("", gap)):
            return False
        return "kết quả" not in gap and not reports_done(gap)

    def _relative_period(self, region_start: int, region: str, period: str | None) -> str | None:
        """The year before ``period`` for ``(cùng kỳ năm trước tăng 4,58%)``; the basis year for
        ``gấp 3,9 lần so với năm 2010 (15 triệu đồng/người/năm)``."""
        if period and period.isdigit() and _LAST_YEAR_SUBJECT.match(region):
            return str(int(period) - 1)
        if not region.strip():
            basis = _BASIS_BEFORE_BRACKET.search(self.text, max(0, region_start - 40), region_start)
            if basis:
                return basis.group(1)
        return period

    def _region_start(self, figure: Figure, chain: _Chain) -> int:
        """Where the label of ``figure`` starts: its clause, after the previous figure's chain."""
        start = max(self.layout.clause_start(figure.start), figure.start - MAX_REGION)
        # a basis phrase may run over the figure: ``đạt 53% so với kế hoạch cả năm là 405.000 tỷ đồng``
        chain_end = chain.end if chain.end <= figure.start else chain.basis_start
        if chain_end > start:
            comma = self.text.find(",", chain_end, figure.start)
            start = comma + 1 if comma >= 0 else chain_end
        return self.layout.open_bracket(start, figure.start)


def _later_year(period: str | None, reported: str | None) -> bool:
    """True when ``period`` ends in a year after the one ``reported`` ends in."""
    if not (period and reported and period[-4:].isdigit() and reported[-4:].isdigit()):
        return False
    return int(period[-4:]) > int(reported[-4:])


def _last_stop(low: str, pos: int) -> int:
    """Where the phrase before ``pos`` starts: after the last comma, semicolon or bracket, at most 80 characters back."""
    floor = max(0, pos - 80)
    return (
        max(low.rfind(",", floor, pos), low.rfind(";", floor, pos), low.rfind("(", floor, pos), floor - 1) + 1
    )


def _head_word(label: str) -> str:
    """The first word of a label, lower-cased: the quantity a total and its parts name (``Doanh thu ...``) --
    past ``Tổng``, which any total opens with (``Tổng thu ngân sách ...; tổng chi ngân sách ...``: two
    quantities, while ``Tổng doanh thu ...; doanh thu vận tải ...`` is one and its part)."""
    words = label.lower().split(" ", 2)
    return words[1] if words[0] == "tổng" and len(words) > 1 else words[0]


def _is_money(record: Record) -> bool:
    return record.base_unit.split("/")[0] in MONEY_UNITS


def _counted_by_label(figure: Figure, label: str) -> Quantity:
    """The quantity of ``figure``; a scale word with no unit after it counts what its label opens with
    (``lượt khách du lịch ... đạt khoảng 3,3 triệu`` is 3,3 triệu lượt)."""
    quantity = figure.quantity
    if figure.shape != "scaled" or quantity.base_unit:
        return quantity
    low = lower_same_length(label)
    found = _COUNTED.match(low)
    if found is None or _MONEY_WORDS.search(low, found.end()):
        return quantity  # ``Cánh đồng X cho doanh thu trên 340 triệu``: an amount of money, not of fields
    noun = found.group(1)
    head = noun.split()[0]  # the classifier alone when it counts on its own: ``lượt`` of ``lượt khách``
    return make_quantity(
        quantity.value, quantity.unit, head if head in _COUNT_NOUNS else noun, quantity.value_max, quantity.of
    )


def _count_noun(figure: Figure) -> str | None:
    """What a count counts, as its unit says (``giường bệnh``), for the taxonomy."""
    return figure.quantity.base_unit if figure.shape in ("count", "score") else None


def qualifier_of(region: str) -> str:
    """The hedge right before a figure; ``đạt và vượt`` is a verb and ``nước ngoài`` a noun, not hedges."""
    tail = region[-24:]
    if not tail.rstrip().lower().endswith(_QUALIFIER_ENDS):
        return "exact"
    found = _QUALIFIER.search(tail)
    if found is None:
        return "exact"
    before = region[: len(region) - len(found.group())][-24:]
    if _COORDINATED_VERB.search(before) or _NOT_A_HEDGE.search(before + found.group(1)):
        return "exact"
    return QUALIFIER_WORDS[found.group(1).lower()]
