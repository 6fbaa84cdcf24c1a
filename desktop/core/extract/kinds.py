"""Actual, estimate or target: the cue words before a figure, then the calendar.

Cue words decide first (ANNOTATION.md): the nearest estimate or target cue
in the figure's clause wins over the weak actual cues (``đạt``, ``có``),
because ``phấn đấu ... đạt 450 tỷ đồng`` is a target.  A target frame at the
head of the sentence (``Về kinh tế, phấn đấu ...; ... đạt 4.500 tỷ đồng``)
reaches every clause that has no estimate cue of its own, and an estimate cue
opening a sentence (``Ước cả năm, thu ... 5.000 tỷ đồng; chi ... 4.200 tỷ
đồng``) every clause that has no cue of its own -- but ``dự kiến`` alone
at the head lends its own cue instead, which the calendar reads (``Dự kiến quý
I/2023, GRDP tăng 6,2%, thu ngân sách đạt 2.000 tỷ đồng``: two estimates).

``Kế hoạch`` in a name (``Sở Kế hoạch và Đầu tư``, ``Kế hoạch hành động
số 173``) is no cue, nor is ``mục tiêu`` in a national programme's (``Chương trình mục tiêu quốc gia giảm
nghèo``) or in the budget's earmarked transfers (``chi bổ sung có mục tiêu``), nor ``phấn đấu`` as the effort
made (``với sự nỗ lực phấn đấu của cán bộ, ...``); a plan a result is measured
against (``đạt 48% dự toán``) plans nothing after it (``đạt 94,5% dự toán Trung ương giao và đạt 81% dự toán
tỉnh giao``: both ratios are results), and a sentence that weighs its result against the plan (``..., tăng
0,4% so với kịch bản``, ``đạt và vượt kế hoạch 20/22 chỉ tiêu``) is no goal of the plan set out before it.

A list takes the cue of its head (``ước đạt: Hoa Kỳ 412 triệu USD; EU ...``) -- an estimate's even over the weak
verb its items repeat (``Ước thực hiện năm 2024: - Thu ngân sách đạt 820 tỷ đồng``) -- the head being the phrase after the item
before it, its asides left out (``...; Cơ cấu kinh tế:``, ``ước đạt 3.600 tỷ đồng (KH 3.500 tỷ đồng) (trong
đó:``); a head naming the tasks or the course set for a year (``Phương hướng, nhiệm vụ năm 2024:``) makes its
items that year's targets.  A plan in brackets after a result (``tăng trưởng 7,5% (KH 7%)``) glosses it: it
neither opens a paragraph of plans nor goes on to the next item, which the bracket after it weighs too.

Words right after a figure may make it a plan too: a count of projects
offered to investors (``104 dự án kêu gọi đầu tư``, not ``kêu gọi được``), a
figure for the time to come (``10.000 lao động trong thời gian tới``).

Future and obligation wording (``sẽ``, ``phải``, ``cố gắng``, ``hướng đến``)
is a target cue too, but only in the figure's own phrase -- after the last
comma before it -- and not after ``đã`` (``đã phải chi``): a ``sẽ`` earlier in
the sentence belongs to another verb.

A sentence that describes a project by its cost, size or capacity (``Tổng mức đầu tư của dự án là
2.659 tỷ đồng, trong đó vốn vay ...``, ``dài 144 km, quy mô 4 làn xe, kinh phí đầu tư khoảng ...``)
gives the plan of that project when it or the sentence after it puts the project still to come (a
proposal, a feasibility study, ``Thời gian thực hiện dự án đến năm 2031``) and it says nothing of what
was done: all its figures are targets.

Then the calendar: a figure for a year after the publication year cannot be
a result.  A whole-year figure for the publication year, in an article from
its first half, is a plan only when its own sentence names that year and
says nothing of what was done (``đã``, ``được``, ``hiện nay``): half-year
results and carried-over years stay results, and so does a term that ends
that year but began years before (``Giai đoạn 2016-2020, tỉnh thu hút 120 dự
án`` in March 2020): it has all but run its course.  ``dự kiến`` is a target about
the future and an estimate about a period under way -- one its own clause
names (``vụ Đông Xuân này``, ``năm nay``) or a part of a year already named;
without a date, about the year its sentence names when that is the year the
article reports on, or about the whole year (``cả năm``) after the article reported its months gone by
(``9 tháng đầu năm``) (the pipeline decides this: it knows the article's year).
``dự kiến`` before a deed (``dự kiến xây dựng 3 cụm công nghiệp``) plans it, whatever the year.
A figure ``dự kiến`` speaks of that is weighed against its plan right after it (``tăng trưởng 7,5% (KH 7%)``,
``thu ngân sách 4.300 tỷ đồng, bằng 107% kế hoạch``) is what the plan's period is coming to: an estimate,
unless that period is still to come.
A plan named and then reached (``Kế hoạch năm 2022 giao trồng 400 ha rừng,
huyện đã đạt 430 ha``) gives a result, and plans said to be reached or missed (``Các chỉ tiêu năm 2023 cơ bản
đạt và vượt kế hoạch, ...``, ``Có 2/10 chỉ tiêu không đạt kế hoạch: ...``) frame no targets -- but striving to
reach and exceed them (``phấn đấu đạt và vượt các chỉ tiêu ...``) sets them.
The reach of a cue is its sentence (the pipeline applies this): an estimate reaches the parts of its total
told after it in the same sentence -- after ``trong đó``, in a list (``gồm``, a colon) or naming the total's
quantity, in its unit, period and place (``GRDP ước tăng 7%, trong đó công nghiệp tăng 8,66%, dịch vụ tăng
13,08%``: three estimates) -- but not a figure its own words set apart (``6 tháng``, ``quý III``, ``giai đoạn
2016-2018``, ``cùng kỳ``, ``trong khi``), nor a term's total or yearly average (``dự kiến năm 2018 đạt 7,3%;
bình quân giai đoạn 2016-2018 đạt 6,9%/năm``: a result), nor the parts told in the next sentence (``... ước
đạt 17.211 tỷ đồng. Trong đó: khu vực dịch vụ tăng 11,56%``: results) -- unless that sentence opened on its
estimate (``Ước đến hết năm 2020, ...``) or it was a plan.  A goal set in the sentence (``mục tiêu``, ``phấn
đấu``) makes the level it is put at a target even when told with ``ước`` (``với mục tiêu giá trị sản xuất ước
đạt 19.483 tỷ đồng``); a count of indicators by what became of them (``có 14/16 chỉ tiêu đạt và vượt kế
hoạch``) and a figure stated for a year before the plan its sentence heads with are results.
Plan words before ``dẫn đến`` belong to the cause, not to the consequence
that follows (``giao dự toán chưa đúng, dẫn đến ... số tiền 517 tỷ đồng``),
which is a result unless its own words say otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.extract.lexicon import (
    ACTUAL_CUES,
    ESTIMATE_CUES,
    FORECAST_CUES,
    FORECAST_DEEDS,
    FUTURE_CUES,
    NEED_FOLLOWERS,
    PAST_MARKERS,
    PLAN_REFERENCE_WORDS,
    PROJECT_DESIGN_WORDS,
    PROJECT_TO_COME_CUES,
    TARGET_CUES,
    TARGET_FRAME_CUES,
    alternation,
)

# Case-sensitive patterns run on lower-cased text, and the word start is checked in
# Python: both keep the regex engine's fast scan for the first letter (4x faster).
_EDGE_AFTER = r"(?![^\W\d_])"
#: The cue words' first letters: the cue pattern opens with named groups, which keep the regex engine
#: from skipping ahead to a word's first letter, so a look-ahead at those letters fails the other
#: positions at once.
_CUE_WORDS = (*ESTIMATE_CUES, *TARGET_CUES, *FORECAST_CUES, *ACTUAL_CUES)
_CUE_FIRST = "".join(sorted({re.escape(w[0]) for w in _CUE_WORDS}))
#: Their first two letters, by the first (``c[hó]|d[ự]|...``): most positions the first letter lets through (``th``,
#: ``ng``, ``tr``) fail here, on a literal and a class, before the four lists are tried.
_CUE_OPENINGS = "|".join(
    f"{re.escape(first)}[{''.join(sorted({re.escape(w[1]) for w in _CUE_WORDS if w[0] == first}))}]"
    for first in sorted({w[0] for w in _CUE_WORDS})
)
#: ``Chương trình mục tiêu quốc gia giảm nghèo``: the name of a national programme, no goal of the text (nor a cue).
_PROGRAMME_NAME = r"(?!\s+quốc\s+gia)"
#: ``chi bổ sung có mục tiêu``, ``vốn bổ sung có mục tiêu từ ngân sách Trung ương``: the budget's name for transfers
#: earmarked for a purpose, spent or received -- no goal (the cleaner has made every space single).
_EARMARKED = r"(?<!bổ\ssung\scó\s)"
#: ``ước mơ``, ``ước mong``, ``mơ ước``: a wish, no estimate.  (``không theo quy hoạch``: a plan not followed, no plan.)
_WISH_AFTER = r"(?!\s+(?:mơ|mong|muốn|nguyện|vọng|ao|gì)(?![^\W\d_]))"
_CUE = re.compile(
    rf"(?=[{_CUE_FIRST}])(?={_CUE_OPENINGS})(?:(?<!mơ\s)(?P<estimate>{alternation(ESTIMATE_CUES)}){_WISH_AFTER}"
    rf"|{_EARMARKED}(?<!không\s)(?P<target>{alternation(TARGET_CUES)})(?!\s*(?:và\s+đầu\s+tư|[-&]\s*đ|&|hành\s+động|số))"
    rf"{_PROGRAMME_NAME}"
    rf"|(?P<forecast>{alternation(FORECAST_CUES)})|(?P<actual>{alternation(ACTUAL_CUES)})){_EDGE_AFTER}"
)
#: ``dự kiến xây dựng``, ``dự kiến sẽ trao``: the deed ``dự kiến`` plans (read right after the cue).
_DEED = re.compile(rf"\s+(?:sẽ\s+)?(?:{alternation(FORECAST_DEEDS)}){_EDGE_AFTER}")
#: ``tổng kinh phí dự kiến``, ``dự kiến tổng mức đầu tư``: what something still to do is to cost -- unless a level
#: is foreseen (``chi phí sản xuất dự kiến tăng 5%``).
_COST_BEFORE = re.compile(r"(?:kinh\s+phí|chi\s+phí|mức\s+đầu\s+tư)(?:\s+[^\W\d_]+){0,2}\s+$")
_COST_AFTER = re.compile(r"\s+(?:tổng\s+)?(?:kinh\s+phí|chi\s+phí|mức\s+đầu\s+tư)(?![^\W\d_])")
_LEVEL = re.compile(r"(?<![^\W\d_])(?:đạt|tăng|giảm)(?![^\W\d_])")
_FRAME = re.compile(rf"(?:{alternation(TARGET_FRAME_CUES)}){_EDGE_AFTER}{_PROGRAMME_NAME}")
#: ``kế hoạch cả năm 2020 là``, ``dự toán được giao là``, ``mục tiêu theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ
#: XIX đến năm 2025 là``: the figure that follows is the plan's amount -- the plan named at any length, in words
#: alone (a comma or a figure between ends the plan's name).
_PLAN_AMOUNT = re.compile(r"(?:\s+[^\W_]+){0,16}\s+là\s*$")
#: Words before a plan word that make it a reference to the plan, not a plan: ``hoàn thành vượt mức chỉ
#: tiêu kế hoạch``, ``đạt và vượt kế hoạch``, ``so với dự toán``, ``kết quả thực hiện kế hoạch``, ``đạt 48% dự
#: toán`` (a share of it reached), ``đạt và vượt 18/20 chỉ tiêu``, ``đạt và vượt toàn bộ 20 chỉ tiêu`` (a count of
#: them reached) -- not a purpose
#: (``để thực hiện các chỉ tiêu``).
_PLAN_REFERENCE = re.compile(
    rf"(?<![^\W\d_])(?<!để\s)(?<!nhằm\s)(?:{alternation(PLAN_REFERENCE_WORDS)})"
    r"(?:\s+(?:các|mức|mọi|những|toàn\s+bộ|tất\s+cả)){0,2}"
    r"(?:\s+\d[\d.,]*\s*%|\s+\d+(?:\s*/\s*\d+)?)?"
    rf"(?:\s+(?:{alternation(TARGET_CUES)}))*\s+$"
)
#: ``vượt dự toán cả năm là 1,61%``: what follows ``là`` is the excess over the plan, not the plan's amount.
_EXCESS_BEFORE = re.compile(r"(?<![^\W\d_])vượt(?:\s+mức)?\s+$")
#: ``32% dự toán``, ``40% kế hoạch``: a percentage right before a plan word is the share of it reached.
_SHARE_OF_PLAN = re.compile(r"\d\s*%\s*$")
#: ``sự nỗ lực phấn đấu``, ``nhờ nỗ lực phấn đấu``, ``phấn đấu của cán bộ``, ``phấn đấu vượt khó``, ``phấn đấu khắc phục
#: khó khăn``: the effort made, against hardship -- not the verb
#: that sets a goal (``huyện nỗ lực phấn đấu đạt 600 tỷ đồng``).  Read before and after ``phấn đấu``.
_EFFORT_BEFORE = re.compile(r"(?<![^\W\d_])(?:sự|nhờ|với|bằng)\s+(?:(?:sự|những)\s+)?(?:nỗ\s+lực\s+)?$")
_EFFORT_AFTER = re.compile(r"\s+(?:của|không\s+ngừng|vượt\s+(?:khó|qua)|khắc\s+phục)(?![^\W\d_])")
#: ``chỉ tiêu ... cơ bản đạt và vượt kế hoạch``, ``nhiều chỉ tiêu vượt so với kế hoạch như: ...``, ``các chỉ tiêu năm 2023 đạt khá``, ``mục tiêu năm 2023 đều hoàn thành``, ``8/10 chỉ tiêu đạt kế
#: hoạch``, ``2 chỉ tiêu không đạt kế hoạch``: what became of the plans named -- after the plan word, in its
#: clause (a level it sets, ``chỉ tiêu năm 2024: GRDP đạt 8%``, and what it is to be, ``mục tiêu là hoàn thành
#: vượt kế hoạch``, are no such outcome).
_PLAN_REACHED = re.compile(
    r"(?:\s+(?!(?:là|để|nhằm|phải|cần|sẽ)(?![^\W\d_]))[^\W_]+|\s*[-,]){0,10}?\s+(?:(?:cơ\s+bản|đều|đã|hầu\s+hết)\s+(?:đạt|hoàn\s+thành|vượt)"
    r"|đạt\s+và\s+vượt|hoàn\s+thành\s+và\s+vượt|hoàn\s+thành\s+vượt|vượt\s+(?:mức\s+|so\s+với\s+)?kế\s+hoạch"
    r"|(?:không\s+|chưa\s+)?đạt\s+(?:kế\s+hoạch|kh|chỉ\s+tiêu|mục\s+tiêu)|đạt\s+(?:khá|tốt|cao|kết\s+quả))(?![^\W\d_])"
)
#: ``phê duyệt dự toán công trình tăng không đúng``, ``lập dự toán sai``: an inspection's finding of a plan made
#: wrongly; the figure is the sum found, not the plan.
_FAULTED = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+(?:(?:không|chưa)\s+đúng|sai)(?![^\W\d_])")
#: The span a sentence opens on, set off by a comma: ``Năm 2023, ``, ``Cả năm, ``, ``Trong năm nay, ``, ``6 tháng đầu
#: năm 2023, ``, ``Quý III/2023, ``, ``Tháng 10, ``.
_OPENING_SPAN = (
    r"(?:(?:trong|cả|tính\s+chung(?:\s+cả)?)\s+)?(?:năm(?:\s+(?:19|20)\d\d|\s+nay)?"
    r"|\d{1,2}\s+tháng(?:\s+đầu\s+năm)?(?:\s+(?:19|20)\d\d)?|quý\s+[ivx\d]+(?:\s*/\s*(?:19|20)\d\d)?"
    r"|tháng\s+\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?)\s*,\s*"
)
#: The source a sentence opens by citing: ``Theo Cục Thống kê tỉnh, ``, ``Theo báo cáo của UBND huyện, ``.
_OPENING_SOURCE = r"theo\s[^,.;:()\n]{1,60},\s*"
#: An estimate cue opening a sentence, or right after the source or the span it opens on (``Năm 2023, ước tính
#: GRDP tăng 7,5%, ...``, ``Theo Cục Thống kê, ước tính năm 2023, ...``), or the source itself an estimate (``Theo
#: số liệu ước tính, ...``): set off by a comma (``Ước cả năm, ...``, ``Ước thực hiện 6 tháng đầu năm 2023, ...``)
#: or the verb of the whole sentence (``Ước tổng thu ngân sách tháng 10 được 575 tỷ đồng, lũy kế được 7.697 tỷ
#: đồng``) -- not the noun of a wish (``Ước mơ``, ``Ước mong``).
_ESTIMATE_HEAD = re.compile(
    rf"[\s\-–•+*]*(?:{_OPENING_SOURCE})?(?:{_OPENING_SPAN})?"
    r"(?:theo\s+(?:(?:số\s+liệu|kết\s+quả)\s+)?(?=ước\s+tính))?"
    r"(?:ước(?:\s+(?:tính|đạt|thực\s+hiện))?|dự\s+ước)(?![^\W\d_])" + _WISH_AFTER
)
_FUTURE = re.compile(rf"(?:{alternation(FUTURE_CUES)}){_EDGE_AFTER}")
#: ``hiện`` of ``thực hiện``, ``thể hiện``, ``phát hiện``, ``xuất hiện`` is no "now"; ``được`` after a plan
#: (``so với quy hoạch được duyệt``, ``kế hoạch được giao``, ``chỉ tiêu được giao``) names the plan, it
#: reports nothing done.
_PAST = re.compile(
    rf"(?:{alternation(PAST_MARKERS)}){_EDGE_AFTER}(?<!thực hiện)(?<!thể hiện)(?<!phát hiện)(?<!xuất hiện)"
    r"(?<!hoạch được)(?<!toán được)(?<!tiêu được)"
)
#: ``cần huy động khoảng 1,5 triệu tỷ đồng``, ``cần 200 tỷ đồng``: a need is a plan -- but not ``chỉ cần``
#: (merely), nor the place names ``Cần Thơ``, ``Cần Giờ`` (the region is lower-cased, so ``cần`` must be
#: followed by what is needed).
_NEED = re.compile(rf"cần(?<!chỉ cần)(?=\s*$|\s+(?:{alternation(NEED_FOLLOWERS)}){_EDGE_AFTER})")

#: A sentence opening on the second half of a year: ``Trong 6 tháng cuối năm 2023, ...``, ``Những tháng cuối năm, ...``.
_REST_OF_YEAR = re.compile(
    r"[\s\-–•+*]*(?:trong\s+|về\s+)?(?:(?:6|sáu)\s+tháng|những\s+tháng|các\s+tháng)\s+cuối\s+năm(?![^\W\d_])"
)
_FIRST_HALF = re.compile(r"(?<![^\W\d_])(?:6|sáu)\s+tháng\s+đầu\s+năm(?![^\W\d_])")
#: A loss foreseen: ``sẽ hụt thu``, ``sẽ thiếu đói``, ``sẽ bị mất``.
_LOSS = r"sẽ\s+(?:bị\s+)?(?:hụt|thiếu|mất|thất\s+thu|thua\s+lỗ|lỗ|thiệt\s+hại)(?![^\W\d_])"
#: A future foreseen: hoped for (``kỳ vọng sẽ``), or a loss.
_FORESEEN = re.compile(rf"(?<![^\W\d_])(?:(?:kỳ|hy)\s+vọng(?:\s+[^\W\d_]+){{0,2}}?\s+sẽ(?![^\W\d_])|{_LOSS})")
#: ... said right after the figure it is foreseen for: ``hơn 40 vạn người sẽ thiếu đói``.
_FORESEEN_AFTER = re.compile(rf"(?:\s+[^\W\d_]+){{0,3}}?\s+{_LOSS}")
#: ``dự kiến`` about the season, quarter or year under way (``năng suất lúa vụ Đông Xuân này``, ``năm nay``, ``đến
#: hết năm``, ``cuối năm`` with no year named), or the month a monthly report is written in (``doanh thu trong
#: tháng dự kiến đạt``; not ``trong tháng 12``, ``trong tháng tới``).
_CURRENT_PERIOD = re.compile(
    r"(?<![^\W\d_])(?:(?:vụ(?:\s+[^\W\d_]+){0,3}|mùa(?:\s+[^\W\d_]+){0,2}|quý|tháng|năm)\s+(?:này|nay)"
    r"|(?:hết|(?<!tháng\s)cuối)\s+năm(?!\s*(?:\d|tới|sau|kế|mới))"
    r"|trong\s+tháng(?!\s*(?:\d|(?:tới|sau|cuối|đầu|còn|giêng|chạp|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười"
    r"|[ivx]+)(?![^\W\d_]))))(?![^\W\d_])"
)
#: Words right after a figure that make it a plan: a count of projects offered to investors (``104 dự án kêu
#: gọi đầu tư``, not ``đã kêu gọi được``), a figure for the time to come (``10.000 người trong thời gian
#: tới``).  Read up to the figure's clause end, before any verb of its own (``, đạt``).
_PLAN_AFTER = re.compile(
    r"^(?:\s+[^\W\d_]+){0,6}?\s+(?:kêu\s+gọi(?!\s+được)(?:\s+đầu\s+tư)?|(?:trong\s+)?(?:thời\s+gian|những\s+năm)"
    r"\s+(?:sắp\s+)?tới|sắp\s+tới)(?![^\W\d_])"
)
#: ``3.050 tỷ đồng được giao``: the amount assigned, a plan -- the whole phrase after the figure (not ``120 hộ
#: được giao đất``, households given land).
_ASSIGNED_AFTER = re.compile(r"\s*(?:kế\s+hoạch\s+|chỉ\s+tiêu\s+)?được\s+giao\s*$")
#: ``đã đạt``, ``đến nay đã hoàn thành``, ``đã thực hiện được``: what was reached of a plan named before it.
_REACHED = re.compile(
    r"(?<![^\W\d_])đã\s+(?:[^\W\d_]+\s+){0,2}?(?:đạt|hoàn\s+thành|thực\s+hiện|vượt)(?![^\W\d_])"
)
#: ``đã hỗ trợ``, ``đến nay``: a deed done -- but not a plan set (``đã được giao``, ``đã đề ra``).
_DONE = re.compile(
    r"(?<![^\W\d_])(?:đến\s+nay|đã(?!\s+(?:được\s+)?(?:giao|đề\s+ra|đặt\s+ra|xây\s+dựng\s+kế\s+hoạch)))(?![^\W\d_])"
)
#: ``tăng 0,4% so với kịch bản``, ``đạt và vượt kế hoạch``, ``đạt 105% dự toán``, ``vượt chỉ tiêu``: a result
#: weighed against the plan.
_WEIGHED = re.compile(
    r"(?<![^\W\d_])(?:so(?:\s+với)?|đạt(?:\s+và\s+vượt)?|vượt|bằng)(?:\s+\d[\d.,]*\s*%)?\s+(?:mức\s+)?"
    r"(?:kế\s+hoạch|kịch\s+bản|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán)(?![^\W\d_])"
)
#: ``kế hoạch giao 500 ha, thực tế trồng 520 ha``, ``..., kết quả thực hiện đạt 4.350 tỷ đồng``: a phrase opened by
#: "in fact" or "the result" gives what was done.
_IN_FACT = re.compile(r"\s*(?:thực\s+tế|kết\s+quả)(?![^\W\d_])")
#: ``..., dẫn đến ...``: what follows is a consequence that happened; plan words before it are its cause's.
_CONSEQUENCE = re.compile(r"(?<![^\W\d_])dẫn\s+(?:đến|tới)(?![^\W\d_])")

_DESIGN = re.compile(rf"(?<![^\W\d_])(?:{alternation(PROJECT_DESIGN_WORDS)}){_EDGE_AFTER}")
#: ``Dự án ... đã được phê duyệt với quy mô 12.581 ha``: an approved project's design is its plan.
_APPROVAL = re.compile(r"(?<![^\W\d_])(?:phê\s+duyệt|thẩm\s+định|phê\s+chuẩn)(?![^\W\d_])")
_TO_COME = re.compile(rf"(?<![^\W\d_])(?:{alternation(PROJECT_TO_COME_CUES)}){_EDGE_AFTER}")

#: Published in or before this month, a whole-year figure for the same year is a plan.
LAST_PLANNING_MONTH = 6


def starts_word(text: str, match: re.Match[str]) -> bool:
    start = match.start()
    return start == 0 or not text[start - 1].isalpha()


def cue_kind(region: str, before: str = "") -> str | None:
    """The kind the cue words of ``region`` (lower-cased text before a figure) point to, or None.

    Returns ``actual``, ``estimate``, ``target`` or ``forecast`` (``dự kiến``,
    resolved later by :func:`resolve`).  ``before`` is the text just before ``region``: a plan word that
    opens the region may be the plan a figure before it was measured against (``đạt 94,5% dự toán Bộ Tài
    chính giao và đạt 81% dự toán tỉnh``).
    """
    strong = weak = None
    strong_start = strong_end = 0
    consequence = _last(_CONSEQUENCE, region) if "dẫn" in region else None
    if consequence is not None:
        region, weak = region[consequence:], "actual"
    for match in _cues(region):
        if match.lastgroup == "target" and _refers_to_plan(region, match, before):
            continue
        if match.lastgroup == "target" and strong == "estimate" and _indicators_named(region, match):
            continue  # "Ước thực hiện năm 2023, các chỉ tiêu chủ yếu như sau:": what is estimated, no plan
        if match.lastgroup == "actual":
            weak = "actual"
        else:
            strong, strong_start, strong_end = match.lastgroup, match.start(), match.end()
    if strong == "target" and _REACHED.search(region, strong_end):
        return "actual"  # "kế hoạch trồng rừng năm 2021, huyện đã hoàn thành 520 ha": the plan reached
    if strong == "target" and _done_after(region, strong_end):
        return "actual"  # "ban hành kế hoạch giảm nghèo, đến nay đã hỗ trợ 500 hộ": what was done under it
    if strong is None and _future_phrase(region):
        return "estimate" if _foreseen(region) else "target"
    if strong == "forecast" and (_DEED.match(region, strong_end) or _costs(region, strong_start, strong_end)):
        return "target"  # "tỉnh dự kiến xây dựng 3 cụm công nghiệp": a deed still to do, in any year
    if strong == "forecast" and _CURRENT_PERIOD.search(region):
        return "estimate"
    return strong or weak


#: ``các``, ``một số``, ``những``, ``20/22`` before ``chỉ tiêu``: the indicators gathered or counted.
_GATHERED = re.compile(
    r"(?<![^\W\d_])(?:các|một\s+số|những|nhiều|hầu\s+hết|toàn\s+bộ|tất\s+cả|\d+(?:/\d+)?)\s+$"
)


def _indicators_named(region: str, match: re.Match[str]) -> bool:
    """True when the plan word at ``match`` is ``chỉ tiêu`` after a word that gathers or counts indicators
    (``các chỉ tiêu chủ yếu``, ``một số chỉ tiêu``): it names the indicators, and an estimate cue before it
    (``Ước thực hiện năm 2023, các chỉ tiêu chủ yếu như sau: ...``) says how they stand -- it sets no goal."""
    return (
        match.group() == "chỉ tiêu"
        and _GATHERED.search(region, max(0, match.start() - 16), match.start()) is not None
    )


def _cues(region: str) -> list[re.Match[str]]:
    """The cue words of ``region`` that start a word.  A match inside a word is passed over by one letter, not
    by its length: ``ước đạt`` found in ``trong nước đạt`` would otherwise hide the ``đạt`` after it."""
    found = list(_CUE.finditer(region))
    for match in found:
        if not starts_word(region, match):
            break
    else:
        return found  # no match inside a word: the common case, one scan
    found = []
    scan = _CUE.search(region)
    while scan is not None:
        if starts_word(region, scan):
            found.append(scan)
            scan = _CUE.search(region, scan.end())
        else:
            scan = _CUE.search(region, scan.start() + 1)
    return found


def _costs(region: str, cue_start: int, cue_end: int) -> bool:
    """True when the ``dự kiến`` at ``cue_start``-``cue_end`` of ``region`` gives what a deed is to cost
    (``tổng kinh phí dự kiến là 45 tỷ đồng``), not a level it foresees."""
    if _LEVEL.search(region, cue_end) is not None:
        return False
    before = _COST_BEFORE.search(region, max(0, cue_start - 40), cue_start)
    return (before or _COST_AFTER.match(region, cue_end)) is not None


def _done_after(region: str, cue_end: int) -> bool:
    """True when the phrase before a figure, after a comma that follows the plan cue ending at ``cue_end``,
    says what was done (``đã``, ``đến nay``) -- not what was set (``đã được giao``, ``đã đề ra``)."""
    comma = region.rfind(",")
    if comma < cue_end:
        return False
    return _DONE.search(region, comma) is not None or _IN_FACT.match(region, comma + 1) is not None


def _last(pattern: re.Pattern[str], region: str) -> int | None:
    """Where the last match of ``pattern`` in ``region`` ends, or None."""
    end = None
    for match in pattern.finditer(region):
        end = match.end()
    return end


def _future_phrase(region: str) -> bool:
    """True when the phrase before a figure (after the last comma) speaks of the future or a duty."""
    phrase_start = region.rfind(",") + 1
    for match in _FUTURE.finditer(region, phrase_start):
        if starts_word(region, match) and not region[
            max(phrase_start, match.start() - 4) : match.start()
        ].endswith("đã "):
            return True
    need = _NEED.search(region, phrase_start) if "cần" in region else None
    return need is not None and starts_word(region, need)


def _foreseen(region: str) -> bool:
    """True when the future in the phrase before a figure is foreseen, not planned: what is hoped for
    (``được kỳ vọng sẽ đóng góp đến 1/3``) or a loss nobody plans (``địa phương sẽ hụt thu khoảng 1.600 tỷ
    đồng``, ``hơn 40 vạn người sẽ thiếu đói``) -- an estimate, as ``dự báo`` is."""
    return _FORESEEN.search(region, region.rfind(",") + 1) is not None


def foreseen_after(phrase: str) -> bool:
    """True when the (lower-cased) words right after a figure foresee a loss for it: ``hơn 40 vạn người sẽ
    thiếu đói`` -- an estimate, as ``sẽ hụt thu khoảng 1.600 tỷ đồng`` is."""
    return "sẽ" in phrase and _FORESEEN_AFTER.match(phrase) is not None


#: ``Trung ương giao thành phố thu ngân sách``, ``tỉnh giao cho huyện thu``: an amount an authority assigns a place (``TP.HCM``) to
#: collect or spend -- its plan (not ``bàn giao``, handing over, nor ``được giao đất``, land allotted).
_ASSIGNS = re.compile(
    r"(?<![^\W\d_])(?<!bàn\s)giao(?:\s+cho)?(?:\s+[^\W\d_][\w.]*){1,4}?\s+(?:thu|chi|nộp)"
    r"(?:\s+(?:ngân\s+sách|nội\s+địa)(?:\s+nhà\s+nước)?)?\s*$"
)


#: ``Tổng vốn đầu tư công năm 2024 được giao là 2.000 tỷ đồng``, ``Dự toán được giao: 900 tỷ đồng``, ``vốn được
#: giao 500 tỷ đồng``: the amount assigned, told as what a budget, a plan or its capital is -- not what a household
#: is allotted (``mỗi hộ được giao 2 ha rừng``).
_ASSIGNED_BEFORE = re.compile(r"(?<![^\W\d_])được\s+giao(?P<is>\s+là|\s*:)?\s*$")
_BUDGET_NOUN = re.compile(
    r"(?<![^\W\d_])(?:vốn|dự\s+toán|kế\s+hoạch|chỉ\s+tiêu|nhiệm\s+vụ\s+thu)(?![^\W\d_])"
)


def assigns_amount(region: str) -> bool:
    """True when the (lower-cased) phrase before a figure says an authority assigns it to a place to collect
    or spend (``năm nay, Trung ương giao thành phố thu ngân sách 50.000 tỷ đồng``), or names it as the amount
    assigned (``vốn đầu tư công được giao là 2.000 tỷ đồng``): the plan's amount."""
    if "giao" not in region:
        return False
    assigned = _ASSIGNED_BEFORE.search(region)
    if assigned is not None and (assigned.group("is") or _BUDGET_NOUN.search(region, 0, assigned.start())):
        return True
    return _ASSIGNS.search(region) is not None


def plan_after(phrase: str) -> bool:
    """True when the (lower-cased) words right after a figure make it a plan: ``104 dự án kêu gọi đầu tư``,
    ``10.000 lao động trong thời gian tới``, ``3.050 tỷ đồng được giao``."""
    if "giao" in phrase and _ASSIGNED_AFTER.match(phrase):  # "4.221 tỉ đồng/3.050 tỉ đồng được giao"
        return True
    if "tới" not in phrase and "kêu gọi" not in phrase:  # a substring test spares most figures the regex
        return False
    found = _PLAN_AFTER.match(phrase)
    return found is not None and "đã " not in found.group()


#: ``Nhiệm vụ năm 2024:``, ``Phương hướng, nhiệm vụ phát triển năm 2024:``: a heading naming the tasks or the course
#: set for a year -- not the results of carrying them out (``Kết quả thực hiện nhiệm vụ năm 2023:``).
_PLAN_HEADING = re.compile(
    r"(?<![^\W\d_])(?<!kết\squả\s)(?<!thực\shiện\s)(?<!hoàn\sthành\s)(?:nhiệm\s+vụ|phương\s+hướng)"
    r"(?:[\s,]+[^\W\d_]+(?:-[^\W\d_]+)*|\s+-){0,8}\s+(?:năm\s+)?(?:19|20)\d\d(?!\d)"
)


def _names_tasks(text: str) -> bool:
    """True when the (lower-cased) ``text`` names the tasks or the course set for a year (``_PLAN_HEADING``);
    a substring test spares most texts the regex."""
    return ("nhiệm" in text or "phương" in text) and _PLAN_HEADING.search(text) is not None


#: A closed bracket: an aside (``(KH 3.600 tỷ đồng)``), whose plan word is no cue of the list head it is in.
_ASIDE = re.compile(r"\([^()]*\)")


def list_head_cue(head: str) -> str | None:
    """The kind cue the (lower-cased) ``head`` of a list lends its items: its cue words (``ước đạt:``), or a
    target when it names the tasks or the course set for a year (``2. Nhiệm vụ năm 2024:`` then ``- Thu ngân
    sách 650 tỷ đồng;``: that year's targets, as under ``Kế hoạch năm 2024:``).  The head is the phrase after the
    item before it (``...; Cơ cấu kinh tế:``), its asides left out (``ước đạt 3.600 tỷ đồng (KH 3.500 tỷ đồng)
    (trong đó:``: an estimate's parts, not a plan's)."""
    head = _ASIDE.sub(" ", head[head.rfind(";") + 1 :])
    cue = cue_kind(head)
    if cue is None and _names_tasks(head):
        return "target"
    return cue


def weighs_against_plan(sentence: str) -> bool:
    """True when the (lower-cased) ``sentence`` weighs what it reports against the plan: ``Nhờ ..., tăng trưởng
    quý I đạt 10,9%, tăng 0,4% so với kịch bản``, ``Tỉnh vẫn đạt và vượt kế hoạch 20/22 chỉ tiêu`` -- results,
    not more goals of the plan set out in the sentence before."""
    return _WEIGHED.search(sentence) is not None


#: Right after a figure, the plan it is weighed against: ``41,85% (KH 41%)``, ``22.710 tỷ đồng, đạt 102,3% KH``,
#: ``400 tỷ đồng, bằng 101% kế hoạch``, ``4.300 tỷ đồng (kế hoạch 4.000 tỷ đồng)``, ``8/10 chỉ tiêu đạt kế hoạch``.
_PLAN_WEIGHED_AFTER = re.compile(
    r"(?:\s*[^\W\d_]+){0,3}?(?:\s*\(\s*(?:kh|kế\s+hoạch)(?![^\W\d_])"
    r"|\s*,?\s*(?:đạt|bằng|vượt)\s+\d[\d.,]*\s*%\s*(?:so\s+với\s+)?(?:kh|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu)(?![^\W\d_])"
    r"|\s+(?:không\s+)?(?:đạt|vượt)(?:\s+và\s+vượt)?\s+(?:kh|kế\s+hoạch)(?![^\W\d_]))"
)


def weighed_after(after: str) -> bool:
    """True when the (lower-cased) text right after a figure weighs it against its plan (``41,85% (KH 41%)``,
    ``22.710 tỷ đồng, đạt 102,3% KH``): the figure is what was or will be reached, never the plan itself."""
    if not ("kh" in after or "kế" in after or "dự toán" in after or "chỉ tiêu" in after):
        return False  # a substring test spares most figures the regex
    return _PLAN_WEIGHED_AFTER.match(after) is not None


def measured_forecast(after: str, period: str | None, published: str | None, score: bool = False) -> bool:
    """True when a figure ``dự kiến`` speaks of is weighed against its plan right after it (see
    :func:`weighed_after`), or is a ``score`` of the plan's indicators (``Dự kiến có 3/3 chỉ tiêu``: a plan sets
    indicators, it does not score them), and its period is not after the publication year (any, in an undated
    article): the figure is what the plan's period is coming to, not the plan -- ``dự kiến`` speaks of a period
    under way or just ended, an estimate."""
    return (score or weighed_after(after)) and not _timing(period, False, published)[0]


#: A rate named by what is done to what it counts (``tỷ lệ hộ dân được sử dụng điện lưới``, ``100% số xã có
#: đường được rải nhựa``), read back from a ``được``: the passive of the rate's name, not a deed reported.
_RATE_NAME = re.compile(r"(?<![^\W\d_])(?:tỷ\s+lệ|tỉ\s+lệ|%\s*số)(?:\s+[^\W\d_]+){1,12}\s+$")


def _done(region: str, match: re.Match[str]) -> bool:
    """True when the past marker at ``match`` says something was or is done: a word of its own, and not the
    ``được`` of a rate's name (``tỷ lệ trẻ em được tiêm chủng đạt 98%``: a level, reached or to reach)."""
    if not starts_word(region, match):
        return False
    if match.group() != "được" or ("lệ" not in region and "%" not in region):
        return True  # a substring test spares most markers the regex
    return _RATE_NAME.search(region, max(0, match.start() - 90), match.start()) is None


def reports_done(region: str) -> bool:
    """True when the (lower-cased) text before a figure says what was or is done (``đã``, ``hiện nay``)."""
    return any(_done(region, m) for m in _PAST.finditer(region))


def reports_deed(region: str) -> bool:
    """True when the (lower-cased) text before a figure says what was or is done by more than the weak
    ``được`` an estimate's parts repeat from their whole (``Ước tổng thu ... được 575 tỷ đồng. Trong đó, thu nội
    địa được 280 tỷ đồng``): ``đã``, ``hiện nay``, ``đến nay``."""
    return any(m.group() != "được" and _done(region, m) for m in _PAST.finditer(region))


#: A sentence opening on a result (``Kết quả, ...``, ``Thực tế, ...``), a count up to a date (``Tính đến ngày 15/12,
#: ...``, ``Lũy kế 11 tháng, ...``) or the months gone by (``Sau 11 tháng, ...``, ``9 tháng đầu năm, ...``; not
#: ``6 tháng cuối năm``, still to come).
_REPORT_OPENING = re.compile(
    r"[\s\-–•+*]*(?:(?:trên\s+)?thực\s+tế|kết\s+quả|tính\s+(?:đến|tới|từ)|l[ũu]y\s+kế"
    r"|(?:(?:sau|qua|trong)\s+)?\d{1,2}\s+tháng(?!\s+(?:cuối|còn\s+lại|tới))(?:\s+đầu\s+năm)?)(?![^\W\d_])"
)


def opens_report(low: str, sentence_start: int) -> bool:
    """True when the sentence at ``sentence_start`` (of the lower-cased text) opens by reporting what came of the
    year (``Kết quả, thu ngân sách đạt 950 tỷ đồng``, ``Tính đến ngày 15/12, ...``, ``Sau 11 tháng, ...``): it ends
    the reach of the plan told in the sentences before it -- its weak ``đạt`` is an achievement, not a goal's."""
    return _REPORT_OPENING.match(low, sentence_start) is not None


def reports_done_past_goal(clause: str) -> bool:
    """True when the (lower-cased) ``clause`` says what was or is done, as :func:`reports_done` -- but
    ``được`` after a goal the clause sets is the goal's own wording (``góp phần hoàn thành mục tiêu đón được 16
    triệu lượt khách, tổng thu du lịch đạt 45.500 tỷ đồng``: what is to be reached, not what was)."""
    goal = _last_goal(clause)
    return any(
        _done(clause, m) and not (goal is not None and m.start() > goal and m.group() == "được")
        for m in _PAST.finditer(clause)
    )


def goal_level_given(head: str, phrase_start: int) -> bool:
    """True when the goal the (lower-cased) ``head`` of a sentence sets was given its level before the phrase at
    ``phrase_start``: a figure stands between the last goal word and the phrase (``Kế hoạch năm 2024 đặt ra tăng
    trưởng 7%, ước thực hiện cả năm tăng 6,8%``).  An estimate cue of that phrase then estimates the year, as
    after a semicolon -- not the level of the goal, which came with the goal's words (``với mục tiêu doanh thu
    ước đạt 2.500 tỷ đồng``)."""
    goal = _last_goal(head[:phrase_start])
    return goal is not None and any(c.isdigit() for c in _SPAN_WORDS.sub("", head[goal:phrase_start]))


def _last_goal(text: str) -> int | None:
    """Where the last goal set in ``text`` ends (see :func:`sets_goal`), or None."""
    ends = [m.end() for m in _goals(text)]
    return ends[-1] if ends else None


def _goals(text: str) -> Iterator[re.Match[str]]:
    """The plan words of ``text`` (lower-cased) that set a goal of its own (see :func:`sets_goal`)."""
    return (
        m
        for m in _FRAME.finditer(text)
        if starts_word(text, m)
        and not m.group().startswith(("dự kiến", "chỉ tiêu"))
        and not _refers_to_plan(text, m)
    )


def plans_project(sentence: str, following: str, undated: bool = False) -> bool:
    """True when ``sentence`` (lower-cased) describes a project still to come by its cost, size or
    capacity -- ``following`` (the next sentence of its paragraph) may say it is to come -- and reports
    nothing done.  Work under way on a study or a proposal (``đang ... lập báo cáo nghiên cứu khả thi Dự án
    ... công suất 2.100 MW``) is not the project done.

    In an ``undated`` article, where no calendar tells a plan, an approval before the design words (``đã
    được phê duyệt với quy mô 12.581 ha``) makes the figures the project's plan, and only what is
    reported after it counts as done; a dated article's approval is an event of its year (``Tháng
    6/2020, Thủ tướng phê duyệt ... với tổng mức đầu tư ...``), left to the calendar."""
    if not any(word in sentence for word in PROJECT_DESIGN_WORDS):
        return False
    design = _DESIGN.search(sentence)
    if design is None:
        return False
    approved = (
        _last(_APPROVAL, sentence[: design.start()])
        if undated and ("duyệt" in sentence or "định" in sentence)
        else None
    )
    to_come = approved is not None or _TO_COME.search(sentence) is not None
    done = (
        m
        for m in _PAST.finditer(sentence, approved or 0)
        if starts_word(sentence, m) and not (to_come and m.group() == "đang")
    )
    return next(done, None) is None and (to_come or _TO_COME.search(following) is not None)


def reaches_plan(low: str, sentence_start: int, pos: int) -> bool:
    """True when the phrase before ``pos`` (after the last comma of its sentence, lower-cased ``low``) says a
    plan named before it was reached: ``Kế hoạch năm 2021 giao trồng 500 ha rừng, huyện đã đạt 520 ha``,
    ``..., đến nay đã hoàn thành 18 km``, ``..., thực tế trồng 520 ha`` -- or what was done under it
    (``Chỉ tiêu trồng rừng năm 2023 là 500 ha, đến nay đã trồng 520 ha``; not a plan set: ``đã giao``) -- a
    result, whatever frame the sentence opens with."""
    comma = low.rfind(",", sentence_start, pos)
    if comma <= sentence_start:
        return False
    in_fact = _IN_FACT.match(low, comma + 1, pos)
    if in_fact is None and low.find("đã", comma, pos) < 0:  # a substring test spares most figures
        return False
    phrase = low[comma:pos]
    reached = in_fact.end() - comma if in_fact else (_last(_REACHED, phrase) or _last(_DONE, phrase))
    if reached is None:
        return False
    between = low[comma + reached : pos]  # the figure is what was reached, not one after it
    return not any(c.isdigit() for c in between) and cue_kind(between) in (None, "actual")


def has_target_frame(sentence_head: str, first_clause: str = "") -> bool:
    """True when the (lower-cased) text before a sentence's first figure sets a target frame -- its plan words,
    or the tasks or the course set for a year (``HĐND tỉnh thông qua Nghị quyết về nhiệm vụ năm 2025, trong
    đó tổng thu ngân sách 5.600 tỷ đồng``), as a list head does.  What became of the plans may be told past
    the first figure, in its clause (``first_clause``): ``Năm 2023, trong 25 chỉ tiêu chủ yếu, có 22 chỉ tiêu
    đạt và vượt kế hoạch; tổng giá trị sản xuất đạt 15.000 tỷ đồng`` counts plans reached and reports results."""
    if any(
        starts_word(sentence_head, m)
        and not _refers_to_plan(sentence_head, m)
        and not (first_clause and _reached_later(sentence_head + first_clause, m))
        for m in _FRAME.finditer(sentence_head)
    ):
        return True
    return _names_tasks(sentence_head)


def _reached_later(text: str, match: re.Match[str]) -> bool:
    """True when ``text`` says after the plan word at ``match`` what became of the plans (see ``_PLAN_REACHED``)
    -- not after ``phấn đấu``, which sets them (``phấn đấu đạt và vượt các chỉ tiêu``)."""
    return match.group() != "phấn đấu" and _PLAN_REACHED.match(text, match.end()) is not None


def sets_goal(sentence_head: str) -> bool:
    """True when the (lower-cased) head of a sentence sets a goal with a plan word of its own (``mục tiêu``,
    ``phấn đấu``, ``kế hoạch``) -- not ``dự kiến`` alone, which foresees rather than sets, nor ``chỉ tiêu``,
    which names indicators as often as targets (``Các chỉ tiêu ước đạt như sau: ...``)."""
    return next(_goals(sentence_head), None) is not None


def opens_with_estimate(low: str, sentence_start: int) -> bool:
    """True when the sentence at ``sentence_start`` (of the lower-cased text) opens with an estimate cue --
    ``Ước cả năm, thu ngân sách 5.000 tỷ đồng; chi ngân sách 4.200 tỷ đồng``, ``Ước tính sản lượng đạt 5.000
    tấn, tăng 300 tấn`` -- which estimates every figure of the sentence, as a target frame at its head plans
    them: the read sets estimate every figure of such a sentence, its weak verbs (``lũy kế được``) too."""
    return _ESTIMATE_HEAD.match(low, sentence_start) is not None


def heading_cue(line: str) -> str | None:
    """The cue a heading on a line of its own lends the lines with figures of its section, or None: an estimate
    when it opens on one (``Ước thực hiện năm 2024``, ``2. ƯỚC TÍNH 6 THÁNG ĐẦU NĂM 2024``), a target when it sets
    a goal or names the tasks set for a year (``Mục tiêu năm 2025``, ``Phương hướng, nhiệm vụ năm 2025``) -- as a
    list head ending in a colon does.  A heading is a short line (lower-cased ``line``) that counts nothing and is
    no sentence (no final full stop)."""
    if len(line) > _HEADING_CHARS or line.endswith("."):
        return None
    ordinal = _ORDINAL.match(line)
    body = line[ordinal.end() :] if ordinal else line
    cue = "estimate" if _ESTIMATE_HEAD.match(body) else "target" if _HEADING_WORDS.search(body) else None
    if cue is None or any(c.isdigit() for c in _SPAN_WORDS.sub("", body)):
        return None
    return cue if cue == "estimate" or sets_goal(body) or _names_tasks(body) else None


#: A heading is a short line; the ordinal of its numbered section (``1.``, ``II.``) and the years and months of its
#: span (``6 tháng đầu năm 2024``) count nothing.
_HEADING_CHARS = 90
#: The words a heading that sets goals or tasks has one of (a substring test before the frame's regex).
_HEADING_WORDS = re.compile(r"mục|phấn|hoạch|nhiệm|phương")
_ORDINAL = re.compile(r"[\s\-–•+*]*(?:(?:\d{1,2}|[ivx]+)[.)]\s*)?")
_SPAN_WORDS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d{1,2}\s+tháng(?![^\W\d_])")


#: An item of a list written without its marks, as a scraped page keeps a list: a short line (at most so many
#: characters) that gives a figure.
_ITEM_CHARS = 160
#: Any character ``str.isdigit`` takes for a digit -- decimal ones (``\d``) and the superscript, subscript and
#: circled ones -- so that a line it finds none in is passed over without stripping its years and months first.
_DIGIT = re.compile(
    "[\\d\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c"
    "\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\U00010a40-\U00010a43"
    "\U00010e60-\U00010e68\U00011052-\U0001105a\U0001f100-\U0001f10a]"
)


def unmarked_item(line: str) -> bool:
    """True when the (lower-cased, stripped) ``line`` reads as an item of a list whose marks (``-``, ``+``) the page
    lost -- ``Năm 2025, huyện phấn đấu:`` then ``Tốc độ tăng trưởng kinh tế trên 7%.`` and ``Thu ngân sách 900 tỷ
    đồng.`` on lines of their own: short, one sentence, a figure in it (not only a year), and nothing it says was
    done (``đã``, ``đến nay``) -- a paragraph of the report after the list ends it."""
    if not line or len(line) > _ITEM_CHARS or line.endswith(":"):
        return False
    body = line.rstrip(".;")
    if ". " in body:
        return False  # two sentences: prose, not an item
    if _DIGIT.search(body) is None:
        return False  # most lines of prose: no figure to strip the years and months from
    if not any(c.isdigit() for c in _SPAN_WORDS.sub("", body)):
        return False
    return not reports_deed(body)


def subheading(line: str) -> bool:
    """True when the (lower-cased, stripped) ``line`` reads as the heading of a part of a section, under the
    section's own (``Ước thực hiện năm 2023`` then ``Về kinh tế``, ``* Lĩnh vực xã hội:`` or ``a) Nông nghiệp``):
    short, no sentence (no final full stop), no figure -- it counts nothing, so the section's heading reaches
    past it -- and no number of a section of its own (``II. Tồn tại, hạn chế``: the next section)."""
    return (
        len(line) <= _HEADING_CHARS
        and not line.endswith(".")
        and _DIGIT.search(line) is None
        and _NUMBERED.match(line) is None
    )


#: The Roman number of a section of its own: ``II.`` (an Arabic one is a digit already).
_NUMBERED = re.compile(r"[\s\-–•+*]*[ivx]+\.")


def opens_rest_of_year(low: str, sentence_start: int, head_end: int) -> bool:
    """True when the sentence at ``sentence_start`` (of the lower-cased text ``low``) opens on the second half
    of a year whose first half the article has reported before it -- ``6 tháng đầu năm ... Trong 6 tháng
    cuối năm 2023, tỉnh tập trung ... xuống giống 170.000 ha lúa`` -- and says nothing done up to
    ``head_end``: the half still to come sets tasks, its figures are plans."""
    if _REST_OF_YEAR.match(low, sentence_start) is None:
        return False
    if _FIRST_HALF.search(low, 0, sentence_start) is None:
        return False
    return not reports_done(low[sentence_start:head_end])


def forecast_frame(sentence_head: str) -> str | None:
    """The cue that ``dự kiến`` lends the figures after it when it is the one frame at the head of their
    sentence (lower-cased text up to a figure's own words): ``Dự kiến quý I/2023, GRDP tăng 6,2%, thu
    ngân sách đạt 2.000 tỷ đồng`` estimates both figures, as the calendar reads ``dự kiến`` -- not a
    target's frame, which would make every figure after the first a plan.  None for any other head."""
    frames = [m for m in _FRAME.finditer(sentence_head) if starts_word(sentence_head, m)]
    if not frames or any(not m.group().startswith("dự kiến") for m in frames):
        return None
    kind = cue_kind(sentence_head)
    return kind if kind in ("forecast", "estimate") else None


def _refers_to_plan(region: str, match: re.Match[str], before: str = "") -> bool:
    """True when the plan word at ``match`` is what a result is measured against (``vượt mức chỉ tiêu``), what
    an inspection found made wrongly (``lập dự toán sai``) or the effort made (``sự nỗ lực phấn đấu``) -- unless
    the figure is the plan's own amount (``so với kế hoạch cả năm là 405.000 tỷ đồng``)."""
    if _PLAN_AMOUNT.match(region, match.end()) and not _EXCESS_BEFORE.search(
        region, max(0, match.start() - 12), match.start()
    ):
        return False
    if match.group() == "phấn đấu" and (
        _EFFORT_BEFORE.search(region, max(0, match.start() - 24), match.start())
        or _EFFORT_AFTER.match(region, match.end())
    ):
        return True  # "Với sự nỗ lực phấn đấu của cán bộ, ...": the effort made, no goal
    if match.group() != "phấn đấu" and _PLAN_REACHED.match(region, match.end()):
        return True  # "Các chỉ tiêu năm 2023 cơ bản đạt và vượt kế hoạch": the plan's outcome, not a plan
    if _FAULTED.match(region, match.end()):
        return True  # "phê duyệt dự toán tăng không đúng 41 tỷ đồng": a fault found, not a plan
    if before and not region[: match.start()].strip():  # "đạt 94,5% | dự toán ... và đạt 81%"
        return _PLAN_REFERENCE.search(before + region[: match.start()]) is not None
    if _SHARE_OF_PLAN.search(region, max(0, match.start() - 12), match.start()):
        return True  # "bằng 38% dự toán tỉnh giao và 32% dự toán huyện giao": a share of the plan reached
    return _PLAN_REFERENCE.search(region, max(0, match.start() - 32), match.start()) is not None


def resolve(
    cue: str | None,
    framed: bool,
    period: str | None,
    sub_year: bool,
    published: str | None,
    plan_year: bool = False,
    part_named: bool = False,
) -> str:
    """The final kind from the cue, the sentence frame and the calendar.

    ``plan_year`` says the figure's sentence names its year and does not report what was done:
    only then may a publication-year figure be read as that year's plan.  ``part_named`` says the
    period named for the figure is part of a year (a quarter, months, a season).
    """
    if cue in ("estimate", "target"):
        return cue
    future, current_plan = _timing(period, sub_year, published)
    current_plan = current_plan and plan_year
    if cue == "forecast":  # about a quarter or a season it is under way or just ended
        if part_named and not future:
            return "estimate"
        return "target" if future or current_plan or published is None else "estimate"
    if framed or future or current_plan:
        return "target"
    return "actual"


def _timing(period: str | None, sub_year: bool, published: str | None) -> tuple[bool, bool]:
    """(period is still to come, whole-year period of the publication year in its first half -- a year, or
    a season begun the year before, not a term that began years before it).

    A period is to come when it ends after the publication year -- but a season or a school year
    that straddles two years (``năm học 2023-2024``) is under way once its first year has come."""
    if not period or not published:
        return False, False
    try:
        year, published_year, month = int(period[-4:]), int(published[:4]), int(published[5:7])
        first = int(period[:4])
    except ValueError:
        return False, False
    future = (first if year == first + 1 else year) > published_year
    current_plan = (
        year == published_year and first >= year - 1 and not sub_year and month <= LAST_PLANNING_MONTH
    )
    return future, current_plan
