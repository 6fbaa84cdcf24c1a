"""The words around a year that tell what it names, and the other patterns the reading of an article's
periods shares (``period_mentions.py``; the rules are in ``periods.py``'s docstring).

They run on the lower-cased article (``lowercase.py``), so they are case-sensitive.
"""

from __future__ import annotations

import re

from desktop.core.numbers import FIRST_DIGIT

#: A year in the text; what it means is read from the words just before it.
#: ``theo giá so sánh năm 2010``, ``(giá so sánh 2010)``: the year an amount's prices are fixed at.
_PRICE_BASE = re.compile(r"giá\s+so\s+sánh(?:\s+năm)?\s*$")
_YEAR_TOKEN = re.compile(rf"{FIRST_DIGIT}(?<!\d\d)\d{{3}}(?!\d)")
#: Periods named relative to the article's year (case-sensitive: the text is lower-cased).
_RELATIVE = re.compile(
    r"(?<![^\W\d_])(?:(?P<this>năm\s+nay)|(?P<last>năm\s+ngoái)|(?P<ended>(?<!những\s)(?<!nhiều\s)(?<!các\s)(?<!mấy\s)(?<!bao\s)(?<!một\s)(?<!hai\s)(?<!ba\s)(?<!bốn\s)(?<!năm\s)(?<!mười\s)(?<!\d\s)năm\s+(?:vừa\s+)?qua)|(?P<now>(?:tính\s+)?đến\s+nay|hiện\s+nay|hiện\s+tại|hiện\s+có"
    r"|đến\s+thời\s+điểm\s+này|những\s+năm\s+(?:sau\s+đó|gần\s+đây|qua))|(?P<past_term>nhiệm\s+kỳ\s+(?:vừa\s+)?qua)"
    r"|(?P<next_term>nhiệm\s+kỳ\s+(?:tới|mới)(?!\s*[(-]?\s*\d))|(?P<same_term>giai\s+đoạn\s+(?:này|trên|đó))"
    r"|(?P<coming>(?P<years>\d{1,2})\s+năm\s+tới)|(?P<next>(?<!\d\s)(?<!những\s)(?<!các\s)(?<!nhiều\s)năm\s+tới)|(?P<past>(?P<past_years>\d{1,2}|hai|ba|bốn|năm|mười)\s+năm\s+(?:vừa\s+)?qua)"
    r"|(?P<ago>cách\s+đây\s+(?P<ago_years>\d{1,2})\s+năm))(?![^\W\d_])"
)
#: Words every relative phrase holds: finding these with ``str.find`` and reading the phrase around each
#: is many times faster than scanning the article with ``_RELATIVE``, whose lookbehind defeats the
#: regex engine's first-character skip (the cleaner has made every space single).
_RELATIVE_ANCHORS = (
    "nay",
    "ngoái",
    "hiện tại",
    "hiện có",
    "điểm này",
    "nhiệm kỳ",
    "năm tới",
    "năm qua",
    "vừa qua",
    "những năm",
    "cách đây",
    "giai đoạn",
)
_RELATIVE_REACH = 20
#: Words before a year, anchored at the year (searched in a short window).  It opens with a look-ahead
#: at the first letters of its alternatives (keep them in step): the named groups keep the regex engine
#: from skipping ahead, and every other position of the window then fails at once.  A crop season is ``vụ``
#: as a word of its own (``vụ Hè Thu 2017``), not the last syllable of ``nhiệm vụ``, ``dịch vụ``, ``nghĩa vụ``.  A
#: month is written with a slash, a hyphen or ``năm`` before its year, and by some papers with a full stop
#: (``trong tháng 5.2015``, ``Đầu tháng 11.2016``): without it the figures of such a month had no year.  A basis
#: is said with ``so sánh với``, ``kém``, ``vượt (mức)`` and ``ngang (với)`` too, before a year (``so với thời
#: kỳ trước năm 2020``), at the same time of one (``so cùng thời điểm năm 2022``) or of a level (``bằng 85% mức
#: năm 2022``, ``bằng 1/3 năm 2022``, ``nhiều hơn cả năm 2022``): none of them names the figure's year.
_BEFORE_YEAR = re.compile(
    r"(?:^|(?=[bcđghkmnqstv.!?\n]))"
    r"(?:(?P<term>(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ)\s+)"
    r"|(?P<since>(?:tầm\s+nhìn|từ)\s+(?:(?:(?:những\s+)?(?:tháng\s+)?(?:đầu|cuối|giữa)\s+)?năm\s+)?)"
    r"|(?P<basis>(?:so\s+sánh(?:\s+với)?|so\s+với|so|cùng\s+kỳ)(?:\s+(?:cùng\s+kỳ|cùng|thời\s+điểm|thời\s+kỳ|giai\s+đoạn"
    r"|nhiệm\s+kỳ|niên\s+vụ|năm\s+học|đông\s+xuân|hè\s+thu|thu\s+đông|bình\s+quân|trung\s+bình|cuối|đầu|hết|mức|trước"
    r"|năm|tháng|quý|vụ|lúa|mùa|xuân|[ivx]+|\d{1,2}))*?\s*/?\s*"
    r"|(?:hơn|bằng|tương\s+đương|kém|vượt(?:\s+mức)?|ngang(?:\s+với)?)\s+(?:(?:cả|hẳn|mức)\s+)*(?:(?:năm|cuối\s+năm)\s+)?"
    r"|(?:gấp\s+(?:đôi|rưỡi|\d+(?:[.,]\d+)?\s+lần)|bằng\s+\d+(?:[.,]\d+)?\s*%|bằng\s+\d+/\d+)\s+(?:(?:cả|mức)\s+)*"
    r"(?:(?:năm|cuối\s+năm)\s+)?)"
    r"|(?P<horizon>(?:đến|tới|trước|sau)\s+(?:(?:năm|cuối\s+năm|hết\s+năm)\s+)?)"
    r"|(?P<part>(?:quý\s+(?:[iv]+|\d)|tháng\s+\d{1,2})(?:\s*(?:/|-|năm)\s*|\.))"
    r"|(?P<season>(?:niên\s+vụ|năm\s+học|mùa\s+vụ|(?<!nhiệm\s)(?<!dịch\s)(?<!nghĩa\s)(?<!phục\s)(?<!chức\s)"
    r"(?<!nghiệp\s)(?<!thương\s)(?<!công\s)(?<!sự\s)(?<!tài\s)vụ(?:\s+[^\W\d_]+){0,2}|đông\s+xuân|hè\s+thu|thu\s+đông)\s+)"
    r"|(?P<year>năm\s+(?:mới\s+)?)"
    r"|(?P<lead>(?:^|[.!?]\s|\n)\s*))$"
)
_TERM_END = re.compile(r"\s*[-–—]\s*(\d{4})(?!\d)")
#: ``năm 2015 - 2018``, ``năm 2015 đến năm 2018``, ``năm 2015 đến tháng 6.2018``: a span from a year, a term.
_YEAR_SPAN_END = re.compile(r"\s*(?:[-–—]|đến\s+(?:năm\s+|tháng\s+\d{1,2}\s*[./-]\s*)?)\s*(\d{4})(?!\d)")
_LEAD_YEAR_END = re.compile(r"\s+là\s|,")
#: ``từ năm 2011 đến nay``, ``từ năm 2012 đến năm 2016``: the end of a span opened by ``từ``.
_SINCE_END = re.compile(
    r"\s*(?:đến|tới)\s+(?:(?P<now>nay)|(?:(?:năm|hết\s+năm|cuối\s+năm)\s+)?(?P<year>\d{4})(?!\d))"
)
#: The head of a sentence: a term there covers what the paragraph reports.
_SENTENCE_HEAD = re.compile(r"(?:^|[.!?\n])\s*(?:trong\s+|cả\s+)?$")
_LIST_ITEM = re.compile(r"\n[^\S\n]*(?:[-+•*]|\d{1,2}[.)])")
#: A year a plan is for: ``đến năm 2025`` (not ``tính đến``, ``đến hết``, ``đến cuối năm``).
_PLAN_HORIZON = re.compile(r"(?:đến|tới)\s+(?:năm\s+)?$")
_RECKONED = re.compile(r"tính\s+$")
#: ``đến hết quý I/2018``, ``đến tháng 6/2020``: a deadline or a cut-off date names no year reported on.
_DEADLINE = re.compile(r"(?:đến|tới|trước)\s+(?:(?:hết|cuối)\s+)?$")
_BIRTH = re.compile(r"sinh\s+$")
#: Words that make ``năm ngoái`` what a figure is compared with.
_RELATIVE_BASIS = re.compile(r"(?<![^\W\d_])(?:so|với|bằng|gấp|kỳ|hơn|lần|như)\s+$")
#: ``sau 5 năm thực hiện Nghị quyết (2011-2016)``: the bracket names the years counted.
#: What may open a sentence before a count of years: ``Trong 3 năm qua``, ``Qua 10 năm``, ``Sau 5 năm``.
#: ``Trong 5 năm 2016-2020``: the number of a count of years right before the ``năm`` of the span it gives.
_COUNT_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}\s+$")
#: ``Sau 20 năm tái lập (1997-2017)``: the years since an event a bracket glosses -- an anniversary (see
#: ``period_year_signs._anniversaries``), not a term the text goes on to report.
_SINCE_EVENT_GLOSSED = re.compile(
    r"(?:thành\s+lập|tái\s+lập|chia\s+tách|giải\s+phóng|hình\s+thành)[^.!?\n(]*\(\s*$"
)
_COUNT_OPENS = re.compile(r"(?:^|[.!?\n])\s*(?:trong|qua|sau)?\s*(?:hơn\s+|gần\s+)?$")
_SPAN_GLOSSED = re.compile(r"(?<!\d)\d{1,2}\s+năm(?:\s+[^\W\d_]+){0,8}\s*$")
_EVER = re.compile(r"(?<![^\W\d_])từ\s+trước\s+$")
#: ``cao nhất từ năm 2015 đến nay``, ``thấp nhất kể từ năm 2012``: the span a record is set over, as ``từ trước``
#: (``_EVER``) is -- no period of the figure.
_RECORD_SINCE = re.compile(r"(?<![^\W\d_])nhất(?:\s+(?:kể|tính))?\s+$")
#: ``Luật Ngân sách năm 2002``, ``Hiến pháp năm 2013``: the year is part of a law's name.
_LAW = re.compile(r"(?<![^\W\d_])(?:luật|hiến\s+pháp)(?:\s+[^\W\d_]+){0,5}\s+$")
#: ``khởi công vào năm 2019``, ``thành lập năm 1999``, ``sẽ hoàn thành vào cuối năm 2022``: the date of one
#: event, named inside a sentence, sets no context.
_EVENT_VERBS = (
    r"khởi\s+công|khánh\s+thành|thành\s+lập|ban\s+hành|hoàn\s+thành"
    r"|đưa\s+vào\s+(?:sử\s+dụng|hoạt\s+động|vận\s+hành)"
)
_EVENT_YEAR = re.compile(
    rf"(?<![^\W\d_])(?:vào|{_EVENT_VERBS})\s+(?:từ\s+|trong\s+|vào\s+)?(?:(?:cuối|đầu|giữa)\s+)?$"
)
#: Words of a founding; the regexes below are tried only where ``str.find`` finds one of them (scanning the
#: article with a pattern that opens on a lookbehind costs more than all the rest of ``Periods``).
_FOUNDING_WORDS = ("thành lập", "tái lập", "chia tách")
_REACH_BACK = 40
#: ``(xây dựng|triển khai|ban hành) kế hoạch ... năm``: a plan named up to its year -- or a plan or the
#: tasks set out named as a document (``báo cáo ... năm 2022, kế hoạch phát triển kinh tế - xã hội năm 2023``,
#: ``phương hướng, nhiệm vụ phát triển năm 2023``), not one carried out (``thực hiện kế hoạch ... năm 2022``,
#: ``hoàn thành nhiệm vụ ... năm 2022``, ``kết quả ...``) nor ``Sở Kế hoạch và Đầu tư``.
_PLAN_NAMED = re.compile(
    r"(?<![^\W\d_])(?:(?:xây\s+dựng|triển\s+khai|ban\s+hành|lập|giao)\s+(?:kế\s+hoạch|nhiệm\s+vụ|chỉ\s+tiêu)"
    r"|(?<!thực\shiện\s)(?<!kết\squả\s)(?<!hoàn\sthành\s)(?:kế\s+hoạch|phương\s+hướng|nhiệm\s+vụ|dự\s+toán|phương\s+án)"
    r"(?!\s+và\s+đầu\s+tư))"
    r"(?:\s+[^\W\d_-]+(?:-[^\W\d_-]+)*|\s+-){1,8}\s+$"
)
#: ``..., đưa vào sử dụng từ tháng 12/2016``: the month of one event inside a sentence dates that event, not
#: the figure before it (``vào tháng 12/2016`` alone may be when the figure was reached).
_EVENT_MONTH = re.compile(rf"(?<![^\W\d_])(?:{_EVENT_VERBS})\s+(?:từ\s+|trong\s+|vào\s+)?$")
#: ``được thành lập ngày 15/3/1963``, ``khánh thành vào ngày 2/9/2019``: the day of one event, as its year is
#: (``_EVENT_YEAR``), dates neither the figures around it nor the article.
_EVENT_DAY = re.compile(rf"(?<![^\W\d_])(?:{_EVENT_VERBS})\s+(?:từ\s+|vào\s+)?(?:ngày\s+)?$")
#: The day and month before a year: a cut-off date (``Tại thời điểm 31/12/2015``, ``tính đến ngày 30/6/2020``)
#: is the period of a stock; any other full date (``ngày 3/5/2018``), failing all else, the article's time.
_CUT_OFF_DATE = re.compile(r"\d{1,2}/\d{1,2}/$")
#: ``Hôm nay, Thứ hai ngày 10/08/2020`` opening a line: a portal's clock, the day its page was scraped, which
#: may be years after the article's own date (``Chiều 6/6/2019, UBND huyện ...``).
_PAGE_CLOCK = re.compile(
    r"(?:^|\n)[^\S\n]*hôm\s+nay\s*[,:]?\s*(?:(?:thứ\s+(?:[^\W\d_]+|[2-7])|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?$"
)
_CUT_OFF = re.compile(r"(?<![^\W\d_])(?:thời\s+điểm|(?:tính\s+)?đến(?:\s+hết)?(?:\s+ngày)?)\s+$")
_FROM_BEFORE = re.compile(r"(?<![^\W\d_])từ\s+$")
#: ``sớm hơn thời điểm 1/1/2018``, ``trước thời điểm 1/7/2020``: a date something is to happen by -- a deadline
#: ahead of the article, not the date a stock was counted at.
_BOUND = re.compile(r"(?<![^\W\d_])(?:hơn|trước|sau|chậm\s+nhất|muộn\s+nhất)\s+$")
#: ``theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025``: the term of the poverty line a rate is measured by,
#: part of the line's name -- no period of any figure.
_POVERTY_LINE = re.compile(r"(?<![^\W\d_])chuẩn\s+nghèo(?:\s+[^\W\d_]+){0,5}\s+$")
#: ``đến hết năm 2020``, ``tới cuối năm 2016``: the end of a year, as a time something is counted at.
_YEAR_END = re.compile(r"(?:hết|cuối)\s+năm\s+$")
#: What may open a sentence before such a year end: ``Ước đến hết năm``, ``Tính đến cuối năm``.
_YEAR_END_HEAD = re.compile(r"(?:^|[.!?\n])\s*(?:(?:ước(?:\s+tính)?|dự\s+ước|tính|lũy\s+kế|luỹ\s+kế)\s+)?$")
#: ``Quyết định số 1588/QĐ-BGTVT ngày 23/5/2016``, ``Nghị định 82/NĐ-CP ngày 27/6/2005``: the date a document
#: was issued, right after its number -- the article is from then or later, and reports nothing of that day.
_DOCUMENT_DATE = re.compile(
    r"\d[\w.]*[/-][^\W\d_][\w./-]*\s+(?:(?:của|do)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,5}\s+)?ngày\s+$"
)
#: ``ngày 15 tháng 3 năm 2012``: the day before a month written out in words.
_DAY_BEFORE = re.compile(r"(?<![^\W\d_])(ngày\s+)\d{1,2}\s+$")
#: ``Từ 19/3/2019 đến 31/10/2020, ...``: a span between two dates is the period of what it counts.
_FROM_DATE_BEFORE = re.compile(r"(?<![^\W\d_])từ\s+(?:ngày\s+)?$")
_DATE_SPAN_END = re.compile(r"\s*(?:[-–—]|đến|tới)\s*(?:(?:hết\s+)?ngày\s+)?\d{1,2}/\d{1,2}/(\d{4})(?!\d)")
#: The year of a plan (``kế hoạch năm 2021``, ``nhiệm vụ năm 2021``) frames the targets after it, not the
#: results: a January article that sums up 2020 and sets the tasks of 2021 still reports 2020.  Not the results
#: of carrying it out (``báo cáo kết quả thực hiện nhiệm vụ năm 2023``, ``hoàn thành kế hoạch năm 2023``), nor a
#: heading that ends on a plan word (``Thu ngân sách vượt kế hoạch``) above a paragraph opening on its year.
_PLAN_OBJECT = re.compile(
    r"(?<![^\W\d_])(?<!kết\squả\s)(?<!quả\sthực\shiện\s)(?<!hình\sthực\shiện\s)(?<!hoàn\sthành\s)"
    r"(?:kế\s+hoạch|nhiệm\s+vụ|phương\s+hướng|mục\s+tiêu|chỉ\s+tiêu|dự\s+toán)[^\S\n]+$"
)
_BARE_YEAR = re.compile(r"(?<![\d/.,-])(?:19[5-9]\d|20\d\d)(?!\d|[/.,-]\d|\s*[-–]\s*\d)")
#: A year that opens a sentence setting goals (``Năm 2023, huyện phấn đấu thu 800 tỷ đồng``) is the year of its
#: plan: it frames the targets after it, not the results (the article reports the year before it).
_GOAL_AFTER = re.compile(
    r"\s*,?\s*(?:[^\W\d_]+\s+){0,3}?(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|đặt\s+ra|sẽ)(?![^\W\d_])"
)
#: ``phấn đấu``, ``đặt mục tiêu`` right before a plan's horizon: the goals it is for follow.
_GOAL_BEFORE = re.compile(r"(?<![^\W\d_])(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|đặt\s+ra)\s+$")
#: A bracket that names the year of a basis given without one: ``so với cùng kỳ năm trước (năm 2021 đạt ...)``.
_GLOSSED_BASIS = re.compile(r"(?<![^\W\d_])(?:năm\s+trước|cùng\s+kỳ|năm\s+ngoái)\s*\(\s*$")
#: The vision a plan's name adds after its own period: ``giai đoạn 2017 - 2018 và định hướng đến năm
#: 2020``, ``đến năm 2025, tầm nhìn đến năm 2030`` -- the name of a document, no period of the figures.
_VISION = re.compile(r"\d{4}\s*(?:,|và)?\s*(?:định\s+hướng|tầm\s+nhìn)\s+$")
#: Where ``cùng kỳ năm 2021`` opens a clause of its own, as the subject of the figure after it (not ``so với
#: cùng kỳ``, ``bằng 87% cùng kỳ``).
_OWN_SUBJECT = re.compile(r"(?:^|[.(,;:\n]|trong\s+khi|còn|khi\s+đó)\s*$")
#: The name of a programme before its term: ``triển khai "Chương trình Phát triển cây dược liệu" giai đoạn
#: 2012 - 2020``, ``Đề án ... giai đoạn 2021-2025`` -- the scale and the funds planned for it are for that term.
_PROGRAM_TERM = re.compile(r"(?<![^\W\d_])(?:chương\s+trình|dự\s+án|đề\s+án)(?:\s+[^\W\d_]+){0,8}[\s\"”»]*$")
#: ``so với kế hoạch năm 2016``, ``đạt 105% kế hoạch 2021``, ``vượt chỉ tiêu năm 2020``: a plan a result is
#: weighed against (up to the year, or to the plan word that opens a bare year's mention).
_MEASURED_AGAINST = re.compile(
    r"(?:(?<![^\W\d_])(?:so\s+với|so|đạt|bằng|vượt)|%)\s+(?:mức\s+)?"
    r"(?:(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)(?:\s+(?:cả|của))?\s+)?$"
)
#: ``đến nay``, ``tính đến nay``: up to the article's present (the cleaner has made every space single).
_UP_TO_NOW = ("đến nay", "tính đến nay")
#: ``so với thời điểm 31/12/2018``: a date a change is measured from.
_COMPARED = re.compile(r"(?<![^\W\d_])so(?:\s+với)?\s+$")
#: ``so với thời điểm trước dịch năm``, ``tương đương với mức đỉnh cao của năm``, ``gần bằng tổng xuất khẩu cả
#: năm``: words of a basis, up to the year it names -- or up to a bracket naming it (``so với trước dịch (năm
#: 2019)``).
_COMPARED_WORDS = re.compile(
    r"(?<![^\W\d_])(?:so\s+sánh(?:\s+với)?|so\s+với|tương\s+đương(?:\s+với)?|(?:gần|xấp\s+xỉ)\s+bằng)"
    r"(?:\s+[^\W\d_]+){1,6}\s+(?:\(\s*)?$"
)
#: ``..., còn năm 2022 chỉ đạt 700 tỷ đồng``, ``..., trong khi năm 2022 là ...``: a year set against the figure's
#: after it in its sentence (see ``PeriodMentions._contrasted``).
_CONTRAST = re.compile(
    r"(?<![^\W\d_])(?:trong\s+khi(?:\s+đó)?|còn|nếu\s+như|nếu)\s+(?:(?:vào|trong|cả)\s+)?$"
)
#: ``(năm 2018: 1.300 tỷ đồng)``, ``(năm 2018 là 1.300 tỷ đồng)``: a bracket giving the figure of another year.
_YEAR_VALUE = re.compile(r"\s*(?::|là\s|đạt\s|có\s)\s*(?:[^\W\d_]+\s+){0,2}\d")
#: A time set off by commas before its clause's subject: ``..., năm 2017, hợp tác xã ...``.
_SET_OFF_BEFORE = re.compile(r",\s*(?:(?:vào|trong|cuối|đầu|giữa)\s+)*$")
_SET_OFF_AFTER = re.compile(r"\s*,")
_WINDOW = 32
_FOREVER = 1 << 62
# Case-sensitive: these run on the lower-cased article (see lowercase.py).
_SUB_YEAR = re.compile(r"tháng|quý|từ\s+đầu\s+năm|đến\s+nay|lũy\s+kế|luỹ\s+kế|tuần|tết")
_CONGRESS = re.compile(r"khóa|khoá|lần\s+thứ|đại\s+hội")
#: The ten stems and twelve branches of a lunar year's name, each with its year modulo 10 or 12.
_STEMS = {
    "canh": 0,
    "tân": 1,
    "nhâm": 2,
    "quý": 3,
    "giáp": 4,
    "ất": 5,
    "bính": 6,
    "đinh": 7,
    "mậu": 8,
    "kỷ": 9,
}
_BRANCHES = {
    "thân": 0,
    "dậu": 1,
    "tuất": 2,
    "hợi": 3,
    "tý": 4,
    "sửu": 5,
    "dần": 6,
    "mão": 7,
    "thìn": 8,
    "tỵ": 9,
    "tị": 9,
    "ngọ": 10,
    "mùi": 11,
}
#: ``Tết Nguyên đán Đinh Dậu``, ``Xuân Mậu Tuất``: a lunar new year named by its stem and branch.
_LUNAR_YEAR = re.compile(
    r"(?<![^\W\d_])(?:tết|xuân)(?:\s+(?:nguyên\s+đán|âm\s+lịch|cổ\s+truyền))?\s+"
    rf"(?P<stem>{'|'.join(_STEMS)})\s+(?P<branch>{'|'.join(_BRANCHES)})(?![^\W\d_])"
)
#: The lunar years guessed for an undated article: the cycle of sixty that holds the genre's articles.
_LUNAR_FIRST = 1990
#: Where a sentence ends: a year named inside it looks back that far only (see ``_looking_back``).
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


#: ``từ 14,44%``, ``từ 5,07 triệu đồng/người``: the level a change starts from, right before a year.
_CHANGE_FROM = re.compile(
    r"(?<![^\W\d_])từ\s+(?:mức\s+)?\d[\d.,]*\s*(?:%|[^\W\d_]+(?:\s*/?\s*[^\W\d_]+){0,3})?\s+$"
)
