"""Which year (or term) a figure is for.

A figure takes the period named right after it (``15% vào năm 2020 và 30% vào
năm 2030``: each item its own year; ``còn 2,1% (năm 2023)``), else the nearest period named before it
in its sentence (``Năm 2019, ...``, ``6 tháng đầu năm 2017``, ``quý I/2019``,
``nhiệm kỳ 2015-2020``, ``vụ Đông Xuân 2016 - 2017``; a span from a year, ``năm 2015 đến tháng 6.2018``, is a term).  Failing that, the last
year named earlier in the article carries forward -- but horizons (``đến năm
2025``, and a year going on with them in their sentence: ``đến năm 2025 là 12%;
kim ngạch năm 2020 đạt ..., năm 2025 là ...``) and comparison bases (``so với năm 2019``, ``cùng kỳ quý II/2023``, ``gấp 1,5 lần năm 2015``, ``bằng 120% năm 2018``, ``tương đương năm 2018``,
``so với thời điểm 31/12/2018``, a bracket giving another year's figure ``(năm 2018: 1.300 tỷ đồng)``,
``so vụ Đông Xuân 2015 - 2016``) never carry: they describe one sentence; a
basis that opens a clause as its subject (``(cùng kỳ năm 2021 đạt 20.000 tỷ
đồng)``), or a bracket naming the year of a basis said without one (``so với
cùng kỳ năm trước (năm 2021 đạt ...)``), is the period of the figures after it in
that sentence.  A year opening a sentence of goals (``Năm 2023, huyện phấn đấu
...``) is the year of a plan: it frames the targets after it, as ``kế hoạch năm
2023`` (or ``kế hoạch 2023``) does -- or a plan named as a document (``báo cáo ... năm 2022, kế hoạch phát
triển kinh tế - xã hội năm 2023``) -- and is not the year the article reports on.  A
term carries only when it opens a sentence (``Giai đoạn 2016-2020, ...``,
``Trong nhiệm kỳ qua, ...``) or a line that introduces a list (``Kết quả giai
đoạn 2016 - 2020:``): it covers what its paragraph -- and the list its
paragraph introduces -- reports.  A party term elsewhere (``trong nhiệm
kỳ 2020-2025``) frames the *targets* that follow it, since a term is what
goals are set for (not when it only names a congress: ``Đại hội ... lần thứ
XIV, nhiệm kỳ 2020-2025``).  So does the term of a programme named inside a
sentence (``triển khai Chương trình phát triển cây dược liệu giai đoạn 2012 - 2020``), but only for the
targets of sentences that name a programme (``Dự án ... được phê duyệt với quy mô 12.581 ha``, ``Tổng số
vốn thực hiện Dự án là ...``): its scale and its funds are for its term, other goals are not.  The date
of one event inside a sentence (``khởi công vào năm 2019``) carries no further; a law's year (``Luật Ngân sách năm
2002``) is no period at all; a cut-off date (``Tại thời điểm 31/12/2015``, ``Đến hết 31/12/2019``) is
the period of the stock it counts, to its paragraph's end; a span between two dates (``Từ 19/3/2019 đến
31/10/2020``) is the period of its sentence, and one up to now (``Từ 1/1/2020 đến nay``) is read as
``từ năm 2020 đến nay``; the two ends of a change over a term (``giai đoạn 2011-2015 ... từ 47,66% xuống
còn 44,61%``) are its first and its last year; a lunar new year
(``Tết Nguyên đán Đinh Dậu``) is its year.  A period in brackets closed before
the figure (``Quyết định 50 (giai đoạn 2016 - 2020)``) speaks of what the
bracket follows, not of the figure; ``giai đoạn này`` (``trên``, ``đó``) is the term named last before it.  The month of an event named inside a sentence (``..., đưa vào sử
dụng từ tháng 12/2016``) is, like an event's year, no period of the figure before it; the year a plan was issued (``Kế hoạch ban
hành năm 2017 đặt mục tiêu 85% ... đến năm 2021``) is no period of the figures after it either.  A result weighed
against a year's plan (``giảm 46% so với kế hoạch năm 2016``, ``đạt 105% kế hoạch 2021``) is of that
year.  A level said before the average change over a term (``đạt 34 triệu đồng, tăng bình quân 15,8%
(giai đoạn 2011-2015)``), a level that stands at one time reached in a term (``Nhiệm kỳ qua, ... thu nhập
bình quân đầu người đạt 44,5 triệu đồng; tỷ lệ hộ nghèo chiếm 4,3%``), and a stock or a share after a
count of years glossed with its span (``Sau 20 năm tái lập (1997-2017), ... chiếm 84%``), are the term's
last year.  In an article reviewing a span up
to its year (``từ năm 2011 đến nay``, ``Sau 5 năm, ...``), what it says was built or invested, naming
no period for it (``đã xây mới 40 trạm bơm``, ``đầu tư trên 2.400 tỷ đồng``), is that span; so is an
average yearly change (``Giá trị sản xuất tăng bình quân 15%/năm``), and the level a change over it
starts from (``tỷ lệ hộ nghèo từ 66,94% đến nay còn 44,21%``) is its first year.  A sum or a change
over a count of years in the figure's clause (``Tổng vốn đầu tư 10 năm đạt ...``, ``trong 4 năm ... giảm
33%``) is of the term of that length the article names before it (``giai đoạn 2005 - 2015``; ``2016 -
2020`` for five years counted both ends in).  An article that names one five-year term ending in the year
it reports on or the year before (``giai đoạn 2016 - 2020`` in a report of 2020 or early 2021) reviews that
term, as a span up to now would be reviewed; and its ``nhiệm kỳ vừa qua`` is that term.  A period named after a figure
that opens the phrase of a figure of its own -- after a comma (``tăng bình quân 15%/năm, năm 2015 đạt
1.900 tỷ đồng``) or in a bracket that breaks the figure down (``đạt 3.800 tỷ đồng (giai đoạn 2005 -
2010 là 365 tỷ đồng, ...)``) -- is that figure's, not the one before it.  The year of the level a change
starts from (``từ 14,44% năm 2005, đến nay đã tăng lên 17,66%``) is that level's alone: it carries to
nothing after it.

Some periods are named relative to the article's year (the year it reports
on: see :meth:`Periods.fallback`): ``đến nay``, ``hiện nay`` and ``hiện có``
are that year (the last of a term it reports on); ``năm ngoái`` the calendar year before the publication year (``cách đây 5 năm`` the fifth before it)
(undated: before the year the article reports on); ``năm vừa qua`` the year
just ended when the article was written (the one ending, in December; undated:
none); ``từ năm 2011 đến nay``
the term up to it, but ``từ đầu năm 2017 đến nay`` (the year so far) 2017 and
the article's year; ``những năm sau đó`` that year, not the one carried, and
``những năm qua``, ``những năm gần đây`` too -- or the span up to it the article
names (``từ năm 2011 đến nay``); ``năm tới`` the year after it, for the goals it
sets; ``trong 5 năm tới`` the five years after it, ``trong 5 năm qua`` the five
up to it; ``nhiệm kỳ qua`` the party term that ends in it, ``nhiệm kỳ tới`` (``nhiệm kỳ mới``) the
one after that.  ``Đến nay`` (``Tính đến nay``) opening a sentence ends a year carried from before it: what
follows is of the article's year; so does ``hiện`` alone opening a sentence or its first clause
(``Hiện toàn tỉnh có 400 dự án``, ``Theo Sở ..., hiện 120 dự án đang triển khai``).  The vision a plan's name adds after its
period (``giai đoạn 2017 - 2018 và định hướng đến năm 2020``, ``đến năm 2025,
tầm nhìn đến năm 2030``) is no period of the figures.

Failing all that, the figure is of the year the article reports on (:meth:`Periods.fallback`), chosen
from this evidence, in this order -- the first that speaks decides.

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
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

from desktop.core.extract.clauses import Sentence
from desktop.core.numbers import FIRST_DIGIT, NUMBER_WORDS

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
#: (``trong tháng 5.2015``, ``Đầu tháng 11.2016``): without it the figures of such a month had no year.
_BEFORE_YEAR = re.compile(
    r"(?:^|(?=[bcđghmnqstv.!?\n]))"
    r"(?:(?P<term>(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ)\s+)"
    r"|(?P<since>(?:tầm\s+nhìn|từ)\s+(?:(?:(?:những\s+)?(?:tháng\s+)?(?:đầu|cuối|giữa)\s+)?năm\s+)?)"
    r"|(?P<basis>(?:so\s+với|so|cùng\s+kỳ)(?:\s+(?:cùng\s+kỳ|thời\s+điểm|giai\s+đoạn|nhiệm\s+kỳ|niên\s+vụ|năm\s+học"
    r"|đông\s+xuân|hè\s+thu|thu\s+đông|bình\s+quân|trung\s+bình|cuối|đầu|hết|mức|năm|tháng|quý|vụ|lúa|mùa|xuân"
    r"|[ivx]+|\d{1,2}))*?\s*/?\s*"
    r"|(?:hơn|bằng|tương\s+đương)\s+(?:(?:năm|cuối\s+năm)\s+)?"
    r"|(?:gấp\s+(?:đôi|rưỡi|\d+(?:[.,]\d+)?\s+lần)|bằng\s+\d+(?:[.,]\d+)?\s*%)\s+(?:(?:năm|cuối\s+năm)\s+)?)"
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
#: What may stand between a figure and a year that belongs to it alone (``30% vào năm 2030``, ``12,5% vào cuối năm
#: 2022``, ``60% (đầu năm 2016)``).
_ATTACHED = re.compile(
    r"[^\S\n]*(?P<bracket>\(\s*)?(?:(?:vào|trong|cho|của)\s+)?(?:(?:cuối|hết|đầu|giữa)\s+)?"
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
#: A relative period right before a bracket that names it: ``5 năm qua (2011-2015)``, ``năm nay (2017)``.
_GLOSSED = re.compile(r"(?<![^\W\d_])(?:qua|nay|này|tới|trước)\s*$")
#: Words that make ``năm ngoái`` what a figure is compared with.
_RELATIVE_BASIS = re.compile(r"(?<![^\W\d_])(?:so|với|bằng|gấp|kỳ|hơn|lần|như)\s+$")
#: ``sau 5 năm thực hiện Nghị quyết (2011-2016)``: the bracket names the years counted.
#: What may open a sentence before a count of years: ``Trong 3 năm qua``, ``Qua 10 năm``, ``Sau 5 năm``.
_COUNT_OPENS = re.compile(r"(?:^|[.!?\n])\s*(?:trong|qua|sau)?\s*(?:hơn\s+|gần\s+)?$")
_SPAN_GLOSSED = re.compile(r"(?<!\d)\d{1,2}\s+năm(?:\s+[^\W\d_]+){0,8}\s*$")
_EVER = re.compile(r"(?<![^\W\d_])từ\s+trước\s+$")
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
#: ... and of the years counted since one: ``Sau 10 năm hình thành và phát triển``, ``qua 20 năm tái lập``.
_COUNTED_FROM = ("hình thành", "xây dựng và phát triển", *_FOUNDING_WORDS)
_SINCE_FOUNDING = re.compile(
    r"(?<![^\W\d_])(?:sau|qua|trải\s+qua)\s+(?:hơn\s+)?(\d{1,2})\s+năm\s+(?:ngày\s+)?$"
)
#: ``được thành lập theo Nghị định số 82/NĐ-CP ngày 27/6/2005``, ``tái lập năm 1997``: the founding's year
#: (matched right after a founding word).
_FOUNDED_IN = re.compile(r"(?![^\W\d_])[^.!?\n]{0,60}?(?:năm\s+|\d{1,2}/\d{1,2}/)((?:19|20)\d\d)(?!\d)")
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
#: ``Ngày đầu mới thành lập``, ``khi mới tái lập``, ``Sau khi thành lập``: the time of a founding (matched
#: before a founding word).
_AT_FOUNDING = re.compile(
    r"(?<![^\W\d_])(?:(?:ngày\s+đầu|những\s+ngày\s+đầu|khi|lúc|thời\s+điểm|sau\s+khi)\s+(?:mới\s+)?|mới\s+)$"
)
#: ``năm thứ 3``, ``năm thứ hai``: the count of a year in something that began in a year named elsewhere.
_NTH = re.compile(r"(?<![^\W\d_])năm\s+thứ\s+(\d{1,2}|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![^\W\d_])")
#: ``triển khai từ năm 2019``, ``bắt đầu năm 2019`` (not a span, ``từ năm 2019 đến ...``), ``Năm 2019 là năm
#: đầu tiên ...``: the first year of what an article counts the years of.
_FIRST_YEAR = re.compile(
    r"(?<![^\W\d_])(?:từ|bắt\s+đầu(?:\s+từ)?)\s+năm\s+(\d{4})(?!\d|\s*(?:đến|tới|-|–))"
    r"|(?<![^\W\d_])năm\s+(\d{4})\s*(?:,\s*|là\s+)?năm\s+(?:đầu\s+tiên|đầu|thứ\s+nhất)(?![^\W\d_])"
)
#: ``ban hành năm 2016``: the year a document was issued.
_ISSUED = re.compile(r"(?<![^\W\d_])ban\s+hành\s+(?:từ\s+|trong\s+|vào\s+)?$")
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
#: The name of a document, a programme or a plan before a bracket: ``Quyết định 50 (giai đoạn 2016 - 2020)``,
#: ``Chương trình 135 (giai đoạn 2017-2020)`` -- a period in the bracket is the document's.
_DOCUMENT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:quyết\s+định|nghị\s+quyết|nghị\s+định|chỉ\s+thị|thông\s+tư|luật|chương\s+trình|đề\s+án"
    r"|dự\s+án|kế\s+hoạch|chiến\s+lược|quy\s+hoạch|chính\s+sách|phong\s+trào|cuộc\s+vận\s+động)(?![^\W\d_])"
    r"[^()]*$"
)
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
#: Words of a title that sets goals for the year it names after them (``phấn đấu ... năm 2017``), or foretells
#: it (``Kinh tế thành phố sẽ bật lên trong năm 2021``).
_GOAL_TITLE = re.compile(
    r"(?<![^\W\d_])(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|dự\s+kiến|sẽ)(?![^\W\d_])"
)
#: Words of a title that sums up the results of the year it names (``Kết quả năm 2022``).
_RESULTS_TITLE = re.compile(
    r"(?<![^\W\d_])(?:tổng\s+kết|kết\s+quả|nhìn\s+lại|thành\s+tựu|dấu\s+ấn)(?![^\W\d_])"
)
#: A bracket that names the year of a basis given without one: ``so với cùng kỳ năm trước (năm 2021 đạt ...)``.
_GLOSSED_BASIS = re.compile(r"(?<![^\W\d_])(?:năm\s+trước|cùng\s+kỳ|năm\s+ngoái)\s*\(\s*$")
#: The vision a plan's name adds after its own period: ``giai đoạn 2017 - 2018 và định hướng đến năm
#: 2020``, ``đến năm 2025, tầm nhìn đến năm 2030`` -- the name of a document, no period of the figures.
_VISION = re.compile(r"\d{4}\s*(?:,|và)?\s*(?:định\s+hướng|tầm\s+nhìn)\s+$")
#: A bracket after a comparison basis giving the basis's own figure (its level or its change): ``gấp 1,3
#: lần mức tăng cùng kỳ năm 2022 (6,1%)``, ``so với năm 2020 (1.200 tỷ đồng)``, ``cao hơn năm 2020 (...)``, ``gấp 1,2
#: lần năm 2020 (...)``, ``cùng kỳ (5,9%)``,
#: ``tăng 5,2% (cùng kỳ tăng 4,8%)``.
_BASIS_GLOSS = re.compile(
    r"(?:cùng\s+kỳ(?:\s+năm\s+(?P<year>\d{4}))?|(?:so\s+với|so|hơn|lần)\s+năm\s+(?P<than>\d{4}))\s*\(\s*$"
    r"|\(\s*cùng\s+kỳ(?:\s+năm\s+(?P<own>\d{4}))?\s+(?:tăng|giảm|đạt|là)\s+$"
)
#: What a :data:`_BASIS_GLOSS` match ends on, before its last spaces.
_GLOSS_ENDS = ("(", "tăng", "giảm", "đạt", "là")
#: Where ``cùng kỳ năm 2021`` opens a clause of its own, as the subject of the figure after it (not ``so với
#: cùng kỳ``, ``bằng 87% cùng kỳ``).
_OWN_SUBJECT = re.compile(r"(?:^|[.(,;:\n]|trong\s+khi|còn|khi\s+đó)\s*$")
#: Parts of a year that begin in its first months: ``tháng 1`` (not ``tháng 1/2022``), ``2 tháng đầu năm``,
#: ``dịp Tết``, ``từ đầu năm``, a day and month (``15/1``).  The look-ahead at its first characters lets
#: the other positions of the sentence fail at once.
_EARLY_PART = re.compile(
    r"(?=[t\d])(?<![^\W\d_])(?:tháng\s+(?P<month>\d{1,2})(?!\d|\s*[/-]\s*\d)|(?P<months>\d{1,2})\s+tháng\s+đầu\s+năm"
    r"|tết(?!\s+dương)|từ\s+đầu\s+năm|(?<!\d)\d{1,2}/(?P<date_month>\d{1,2})(?![\d/]))"
)
#: ``20 năm thành lập 1999-2019``, ``Sau 20 năm tái lập (1997-2017)``: an anniversary, in the span's last year.
_ANNIVERSARY = re.compile(  # a digit first: the regex engine skips to digits (a lookbehind first cannot)
    rf"(?P<years>{FIRST_DIGIT}(?<!\d\d)\d{{0,2}})\s+năm\s+(?:ngày\s+)?(?:thành\s+lập|tái\s+lập|chia\s+tách|giải\s+phóng)"
    r"(?:\s+[^\W\d_]+){0,6}\s*\(?\s*(?P<first>\d{4})\s*[-–]\s*(?P<last>\d{4})(?!\d)"
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
#: The name of a programme before its term: ``triển khai "Chương trình Phát triển cây dược liệu" giai đoạn
#: 2012 - 2020``, ``Đề án ... giai đoạn 2021-2025`` -- the scale and the funds planned for it are for that term.
_PROGRAM_TERM = re.compile(r"(?<![^\W\d_])(?:chương\s+trình|dự\s+án|đề\s+án)(?:\s+[^\W\d_]+){0,8}[\s\"”»]*$")
_PROGRAMME = re.compile(r"(?<![^\W\d_])(?:chương\s+trình|dự\s+án|đề\s+án)(?![^\W\d_])")
#: ``so với kế hoạch năm 2016``, ``đạt 105% kế hoạch 2021``, ``vượt chỉ tiêu năm 2020``: a plan a result is
#: weighed against (up to the year, or to the plan word that opens a bare year's mention).
_MEASURED_AGAINST = re.compile(
    r"(?:(?<![^\W\d_])(?:so\s+với|so|đạt|bằng|vượt)|%)\s+(?:mức\s+)?"
    r"(?:(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)(?:\s+(?:cả|của))?\s+)?$"
)
#: ``đến nay``, ``tính đến nay``: up to the article's present (the cleaner has made every space single).
_UP_TO_NOW = ("đến nay", "tính đến nay")
#: ``Hiện toàn tỉnh có ...``, ``Theo Sở Công Thương, hiện ...``: ``hiện`` alone (not ``hiện đại``, ``hiện
#: tượng``, ...) opening a sentence, or its first clause, says the present: the article's year, not one
#: carried from before.
_PRESENT_OPENS = re.compile(
    r"[\s\-–•+*]*(?:[^,.;:\n\d]{0,60},\s*)?hiện(?![^\W\d_])"
    r"(?!\s+(?:đại|tượng|thực|ra|hành|diện|trạng|vật|hữu|hình|lên|rõ|thân)(?![^\W\d_]))"
)
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
#: ``so với thời điểm 31/12/2018``: a date a change is measured from.
_COMPARED = re.compile(r"(?<![^\W\d_])so(?:\s+với)?\s+$")
#: ``so với thời điểm trước dịch năm``, ``tương đương với mức đỉnh cao của năm``, ``gần bằng tổng xuất khẩu cả
#: năm``: words of a basis, up to the year it names.
_COMPARED_WORDS = re.compile(
    r"(?<![^\W\d_])(?:so\s+với|tương\s+đương(?:\s+với)?|(?:gần|xấp\s+xỉ)\s+bằng)(?:\s+[^\W\d_]+){1,6}\s+$"
)
#: The part of a year gone by, named without its year: ``6 tháng đầu năm``, ``quý I``, ``từ đầu năm``.
_PART_SO_FAR = re.compile(
    r"(?<![^\W\d_])(?:\d{1,2}\s+tháng(?:\s+đầu)?\s+năm|quý\s+(?:i{1,3}|[123])(?![^\W\d_])|từ\s+đầu\s+năm)"
    r"(?!\s*(?:/|năm)?\s*\d)"
)
#: ``(năm 2018: 1.300 tỷ đồng)``, ``(năm 2018 là 1.300 tỷ đồng)``: a bracket giving the figure of another year.
_YEAR_VALUE = re.compile(r"\s*(?::|là\s|đạt\s|có\s)\s*(?:[^\W\d_]+\s+){0,2}\d")
#: A title's words before a term it sums up: ``Tổng kết nhiệm kỳ 2015-2020``, ``Kết quả giai đoạn 2016 - 2020``.
_SUMMING_UP = re.compile(
    r"(?<![^\W\d_])(?:tổng\s+kết|kết\s+quả|nhìn\s+lại|thành\s+tựu|dấu\s+ấn)(?:\s+[^\W\d_]+){0,2}\s+$"
)
#: A time set off by commas before its clause's subject: ``..., năm 2017, hợp tác xã ...``.
_SET_OFF_BEFORE = re.compile(r",\s*(?:(?:vào|trong|cuối|đầu|giữa)\s+)*$")
_SET_OFF_AFTER = re.compile(r"\s*,")
#: A party term lasts five years.
TERM_YEARS = 5
_WINDOW = 32
_FOREVER = 1 << 62
# Case-sensitive: these run on the lower-cased article (see lowercase.py).
_SUB_YEAR = re.compile(r"tháng|quý|từ\s+đầu\s+năm|đến\s+nay|lũy\s+kế|luỹ\s+kế|tuần|tết")
_CONGRESS = re.compile(r"khóa|khoá|lần\s+thứ|đại\s+hội")
#: ``Đại hội Đảng bộ ... lần thứ X, nhiệm kỳ``: a congress named in the words before its term (its sentence);
#: not its resolution, cited all through the term (``Nghị quyết Đại hội ... nhiệm kỳ 2020-2025``).
_CONGRESS_NAME = re.compile(r"(?<!quyết\s)đại\s+hội[^.!?\n]*$")
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


class PeriodAt(NamedTuple):
    """The period of one figure: its value, part of a year or not, named in the figure's sentence or not,
    and whether it is the horizon of a plan (``đến năm 2025``)."""

    value: str | None
    sub_year: bool
    stated: bool
    plan_horizon: bool = False


def _basis_gloss(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_BASIS_GLOSS`` searched in ``text[start:end]``, the words before a figure.  It ends on a bracket or a
    verb (before spaces): the last word is looked at first, where the pattern was tried at every character
    of the forty before each figure of the article."""
    if not text[start:end].rstrip().endswith(_GLOSS_ENDS):
        return None
    return _BASIS_GLOSS.search(text, start, end)


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


class Periods:
    """Period mentions of one article and the resolution rules above."""

    def __init__(self, low: str, published: str | None, title: str | None = None) -> None:
        """``low`` is the article lower-cased to the same length."""
        self.text = low
        self.published_year = int(published[:4]) if published else None
        self.published_month = int(published[5:7]) if published else None
        #: Published in January or February: the article may name parts of the new year (``early_part``).
        self.early_in_year = self.published_month is not None and self.published_month <= 2
        #: Published in January or February, yet news of its own days, no review of the year just ended.
        self._new_year_news = self.early_in_year and self._tells_no_year_gone(low)
        self._bare_years: list[str] = []
        #: Years of the dates a stock was counted at (``Tại thời điểm 31/10/2016``): the article is no older.
        self._counted_at: list[int] = []
        self._event_years: list[str] = []  # "thành lập năm 1999": no year reported, yet not a plans-only text
        self._review: str | None = None  # the span a review article looks back on (see built_over)
        mentions = self._find_mentions()
        self.mentions = mentions
        # a dated article's title matters only when it names the year before (read only then: it costs)
        headline = bool(title) and (published is None or str(int(published[:4]) - 1) in (title or ""))
        self._headline = Periods((title or "").lower(), None).mentions if headline else []
        #: The year the title reports (``Kết quả năm 2022``), when the article is dated the year after it.
        self._summed_up = self._title_sums_up()
        #: The present the text counts from a founding it dates (``sau 10 năm hình thành``, ``thành lập ...
        #: năm 2005``): 2015, whatever day the page was posted or archived on.
        founded = _founding_years(low) if "lập" in low or "chia tách" in low else set()
        founding = next(iter(founded)) if len(founded) == 1 else None
        self._counted_now = _years_since_founding(low, founding) if founding is not None else None
        #: The year an undated article's title sets goals for (``Huyện phấn đấu ... năm 2017``), if any.
        self._title_goal = self._goal_of_title(title)
        self._fallback_year = self._guess_year(title)
        self.mentions = self._goals_of_title_year(
            self._bygone_years(self._looking_back(self._resolve_relative(mentions)))
        )
        if founding is not None:
            self.mentions = self._at_founding(self.mentions, str(founding))
        self._starts = [m.start for m in self.mentions]
        self._last_carrying = self._carry_index(lambda m: m.carries)
        self._last_target_frame = self._carry_index(lambda m: m.carries or m.frames_targets)
        #: Where a count of years may stand (the last digit of ``10 năm``), found when first asked.
        self._year_counts: list[int] | None = None

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
                return Mention(start, f"{year}-{span.group(1)}", False, False, end=span.end()), span.end()
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

    def _at_founding(self, mentions: list[Mention], year: str) -> list[Mention]:
        """``mentions`` with the time of the founding the text dates to ``year`` added where it is named:
        ``Huyện được thành lập ... ngày 27/6/2005. Ngày đầu mới thành lập, toàn huyện có 6 xã, 49 thôn ...``
        -- what the place had when it was founded is of that year, to the end of the paragraph.  Added once
        the article's own year is known: the founding is no year the article reports on."""
        added = []
        for at, word in _found(self.text, _FOUNDING_WORDS):
            time = _AT_FOUNDING.search(self.text, max(0, at - _REACH_BACK), at)
            if time is not None:
                start = time.start()
                added.append(
                    Mention(
                        start, year, True, False, carry_end=self._paragraph_end(start), end=at + len(word)
                    )
                )
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

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
        if until["now"]:  # "từ đầu năm 2017 đến nay": the year so far, the year the article is from
            since = "so_far" if "đầu" in before.group() else "since"
            return Mention(at, None, False, False, relative=f"{since} {year}", end=until.end()), until.end()
        last = int(until["year"])
        if last <= year:
            return Mention(at, None, False, sub_year, end=end), end
        return Mention(at, f"{year}-{last}", False, False, end=until.end()), until.end()

    def _resolve_relative(self, mentions: list[Mention]) -> list[Mention]:
        """The mentions with the periods named relative to the article's year filled in (or dropped)."""
        year = self._article_year()
        out = []
        for mention in mentions:
            if mention.relative is None:
                out.append(mention)
                continue
            value = None if year is None else self._relative_value(mention.relative, year, mentions)
            if value is not None:
                out.append(replace(mention, value=value))
        return out

    def _relative_value(self, relative: str, year: int, mentions: list[Mention]) -> str | None:
        if relative == "this":  # undated: the year the article reports on ("7 tháng đầu năm nay")
            return str(self.published_year or year)
        if relative == "ended":  # "năm vừa qua": the year just ended when the article was written (the one
            # ending, in December); undated, the year the text reports on may be either
            if self.published_year is None or self.published_month is None:
                return None
            return str(self.published_year - (self.published_month < 12))
        if relative == "next":
            return str(year + 1)
        if relative == "last":  # the calendar year before the article's, however the article reports
            return str((self.published_year or year) - 1)
        if relative == "recent":  # "những năm qua": the span up to now the article names ("từ năm 2011 đến
            since = {m.relative for m in mentions if m.relative and m.relative.startswith("since ")}  # nay")
            first = int(since.pop()[6:]) if len(since) == 1 else year
            if first < year:
                return f"{first}-{year}"
            relative = "now"
        if relative == "now":  # a point in time: of an article reporting a term, its last year (a season
            now = self.fallback(False)  # or a school year across two years, "Đông Xuân 2019 - 2020", stays)
            return now[-4:] if now and len(now) == 9 and int(now[5:]) - int(now[:4]) > 1 else now
        kind, _, number = relative.partition(" ")
        if kind == "coming":
            return f"{year + 1}-{year + int(number)}" if 1 < int(number) <= 30 else None
        if kind == "past":  # "trong 5 năm qua": the five years up to the article's
            return f"{year - int(number) + 1}-{year}" if 1 < int(number) <= 30 else None
        if kind == "since":
            return f"{number}-{year}" if int(number) < year else number
        if kind == "ago":  # "cách đây 5 năm": calendar years before the article's, as "năm ngoái"
            return str((self.published_year or year) - int(number)) if 0 < int(number) <= 30 else None
        if kind == "so_far":
            return number
        terms = [
            tuple(map(int, m.value.split("-")))
            for m in mentions
            if m.value and "-" in m.value and self.text.startswith("nhiệm", m.start)
        ]
        ended = [t for t in terms if t[1] <= year]
        reviewed = None if terms else self._term_reviewed(year)
        if ended:
            last = max(ended)
        elif reviewed is not None:  # "Kết thúc nhiệm kỳ vừa qua" naming "giai đoạn 2016 - 2020" before
            last = (int(reviewed[:4]), int(reviewed[5:]))
        else:
            first = min((t[0] for t in terms if t[0] >= year - 1), default=year)
            last = (first - TERM_YEARS, first)
        if relative == "next_term":
            return f"{last[1]}-{last[1] + TERM_YEARS}"
        return f"{last[0]}-{last[1]}"

    def _article_year(self) -> int | None:
        """The year the article reports on, as a number (the last year of a guessed term)."""
        value = self.fallback(False)
        return int(value[-4:]) if value and value[-4:].isdigit() else None

    def _at_sentence_head(self, pos: int) -> bool:
        return _SENTENCE_HEAD.search(self.text, max(0, pos - 12), pos) is not None

    def _glosses_opening_count(self, at: int) -> bool:
        """True when the term at ``at`` opens a bracket that glosses a count of years opening its sentence
        (``Trong 3 năm qua (năm 2015 đến tháng 6.2018), ...``): it covers its paragraph, as a term opening
        the sentence would."""
        opening = self.text.rfind("(", max(0, at - 2), at + 1)
        counted = _SPAN_GLOSSED.search(self.text, max(0, opening - 64), opening) if opening >= 0 else None
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

    def _carry_index(self, carries: Callable[[Mention], bool]) -> list[int]:
        """For each mention, the index of the last mention at or before it that ``carries`` (-1: none)."""
        last, out = -1, []
        for i, mention in enumerate(self.mentions):
            if carries(mention):
                last = i
            out.append(last)
        return out

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

    def _goals_of_title_year(self, mentions: list[Mention]) -> list[Mention]:
        """In an article whose title sets the goals of a year, that year named in the text (the title's own
        line, ``nhóm xã đăng ký đạt chuẩn trong năm 2017``) frames the targets after it, not the results --
        unless the text names the earlier year its results are for (``Năm 2016, ...``): then what it says
        of the goal year (``kịch bản cho năm 2017 ... ước đạt``) is that year's."""
        goal = self._title_goal
        if goal is None or any(
            m.carries and m.relative is None and m.value and m.value[-4:].isdigit() and m.value[-4:] < goal
            for m in mentions
        ):
            return mentions
        return [
            replace(m, carries=False, frames_targets=True) if m.carries and m.value == goal else m
            for m in mentions
        ]

    def _looking_back(self, mentions: list[Mention]) -> list[Mention]:
        """In an undated article, a year before the guessed one named inside a sentence carries no further
        than that sentence: ``kim ngạch xuất khẩu năm 2016 đạt 32 tỷ USD`` in an article about 2017."""
        guess = self._fallback_year
        if guess is None or not guess.isdigit():
            return mentions
        out = []
        for mention in mentions:
            if (
                mention.carries
                and mention.value
                and mention.value.isdigit()
                and mention.value < guess
                and not self._at_sentence_head(mention.start)
                and self.text[mention.start] not in ".!?\n"
                and not self._set_off(mention)
            ):
                stop = _SENTENCE_END.search(self.text, mention.end)
                mention = replace(
                    mention, carry_end=min(mention.carry_end, stop.end() if stop else len(self.text))
                )
            out.append(mention)
        return out

    def _bygone_years(self, mentions: list[Mention]) -> list[Mention]:
        """In a dated article, a year two or more before its date carries no further than its paragraph:
        ``Năm 2015, xã được công nhận đạt chuẩn nông thôn mới ...`` in a page of 2021 tells the past, and the
        figures of the paragraphs after it are of the article's own year, not of that one -- unless the text
        counts its present from a founding before the date (see ``_written_earlier``): the page is younger than
        the article then."""
        if self.published_year is None or self._written_earlier():
            return mentions
        last = self.published_year - 2
        return [
            replace(m, carry_end=min(m.carry_end, self._paragraph_end(m.start)))
            if m.carries and m.value and m.value[-4:].isdigit() and int(m.value[-4:]) <= last
            else m
            for m in mentions
        ]

    def _set_off(self, mention: Mention) -> bool:
        """True for a time set off by commas before the main clause: ``Được tỉnh hỗ trợ, năm 2017, hợp tác
        xã ...``, ``Tiếp đó, cuối tháng 8/2014, dự án ... được khởi công`` -- it opens that clause as a
        year opening a sentence does."""
        start = mention.start
        return (
            _SET_OFF_BEFORE.search(self.text, max(0, start - 24), start) is not None
            and _SET_OFF_AFTER.match(self.text, mention.end) is not None
        )

    def is_plan_horizon(self, found: PeriodAt) -> bool:
        """True when ``found`` is a plan's horizon beyond the year the article reports on (``Đến năm
        2020, tỷ lệ ... đạt 50%`` in an undated article about 2017; not ``đến năm 2016 có 59.020 lao
        động`` in the same article)."""
        if not found.plan_horizon or not found.value:
            return False
        year = self._article_year()
        return year is None or int(found.value[-4:]) > year

    def steps_on(self, found: PeriodAt, pos: int, sentence_end: int) -> bool:
        """True when a later horizon of the figure's sentence goes beyond ``found``'s: a plan set out in
        steps (``đến năm 2020, ... đạt 9-11%, đến năm 2025 là 12-15%``) has its nearer horizon in the
        plan too, even when that is the year the article reports on."""
        if not found.plan_horizon or not found.value or not found.value[-4:].isdigit():
            return False
        year = int(found.value[-4:])
        for k in range(bisect_left(self._starts, pos), len(self.mentions)):
            mention = self.mentions[k]
            if mention.start >= sentence_end:
                return False
            value = mention.value
            if mention.plan_horizon and value and value[-4:].isdigit() and int(value[-4:]) > year:
                return True
        return False

    def at(
        self, pos: int, sentence: Sentence, clause_end: int, target: bool, end: int | None = None
    ) -> PeriodAt:
        """The period of a figure at ``pos`` (ending at ``end``), whether it covers only part of a year,
        whether the figure's own sentence names it and whether it is a plan's horizon."""
        found = self._named_at(pos, sentence, clause_end, target, end)
        gloss = _basis_gloss(self.text, max(0, pos - 40), pos)
        return found if gloss is None else _of_basis(gloss, found)

    def _named_at(
        self, pos: int, sentence: Sentence, clause_end: int, target: bool, end: int | None
    ) -> PeriodAt:
        """:meth:`at` but for a figure a bracket gives of a comparison basis."""
        i = bisect_left(self._starts, pos) - 1
        k = i + 1
        if end is not None and k < len(self.mentions):
            after = self.mentions[k]
            attached = _ATTACHED.match(self.text, end)
            # "30% vào năm 2030", "2,1% (năm 2023)" -- not a bracket of another year's figure, "(năm 2022: ...)"
            if (
                after.value
                and attached is not None
                and attached.end() == after.start
                and not (attached["bracket"] and (after.looks_back or self._next_figures(after, pos)))
            ):
                return PeriodAt(after.value, after.sub_year, True, after.plan_horizon)
        later = self.mentions[k] if k < len(self.mentions) and self.mentions[k].start < clause_end else None
        if later is not None and (not later.value or later.looks_back or self._next_figures(later, pos)):
            later = None
        j = i
        while j >= 0 and self.mentions[j].start >= sentence.start:
            mention = self.mentions[j]
            if (
                mention.value is not None
                and mention.end <= pos
                and not self._aside(mention, sentence.start, pos)
                and not (mention.looks_back and self._plan_made(mention))
                and not (target and _bygone(mention.relative))
            ):
                if mention.relative == "now" and later is not None:
                    break  # "đến nay, đã thu hoạch 4.000 ha lúa Đông Xuân 2016 - 2017": the named period wins
                return PeriodAt(mention.value, mention.sub_year, True, mention.plan_horizon)
            j -= 1
        later = later or self._measured_plan(k, clause_end)
        if later is not None:
            return PeriodAt(later.value, later.sub_year, True, later.plan_horizon)
        if _PRESENT_OPENS.match(self.text, sentence.start, pos):  # "Hiện toàn tỉnh có 400 dự án"
            return PeriodAt(self.fallback(target), False, False)
        index = self._last_target_frame if target else self._last_carrying
        carried = self._carried(index, j, pos)
        while (
            target and carried >= 0 and self._programme_elsewhere(self.mentions[carried], sentence.start, pos)
        ):
            carried = self._carried(index, carried - 1, pos)
        if carried >= 0:
            mention = self.mentions[carried]
            return PeriodAt(mention.value, mention.sub_year, False)
        return PeriodAt(self.fallback(target), False, False)

    def _next_figures(self, mention: Mention, pos: int) -> bool:
        """True when ``mention``, named after the figure at ``pos``, opens the phrase of a figure of its own:
        in a bracket opened after the figure (``đầu tư 10 năm đạt 3.800 tỷ đồng (giai đoạn 2005 - 2010 là
        365 tỷ đồng, ...)``: the bracket breaks the whole down) or after a comma (``tăng bình quân 15%/năm,
        năm 2015 đạt 1.900 tỷ đồng``) -- the period is the next figure's, not this one's."""
        opening = self.text.rfind("(", pos, mention.start)
        if opening >= 0 and self.text.find(")", opening, mention.start) < 0:
            stop = _BRACKET_END.search(self.text, mention.end)
        elif self.text.find(",", pos, mention.start) >= 0:
            stop = _PHRASE_STOP.search(self.text, mention.end)
        else:
            return False
        return any(c.isdigit() for c in self.text[mention.end : stop.start() if stop else len(self.text)])

    def _plan_made(self, mention: Mention) -> bool:
        """True when ``mention`` is the year a plan or a decision was issued (``Kế hoạch ban hành năm 2016
        đặt mục tiêu 80% ... vào năm 2020``): when the plan was made is not what its figures are for."""
        return _ISSUED.search(self.text, max(0, mention.start - 16), mention.start) is not None

    def _measured_plan(self, k: int, clause_end: int) -> Mention | None:
        """The year of a plan the figure before mention ``k`` is measured against in its clause: ``doanh thu
        giảm 30% so với năm 2015 và bằng 54% so với kế hoạch năm 2016``, ``đạt 105% kế hoạch năm 2021`` -- a
        result is weighed against the plan of its own year."""
        while k < len(self.mentions) and self.mentions[k].start < clause_end:
            mention = self.mentions[k]
            start = mention.start
            if (
                mention.frames_targets
                and mention.value
                and _MEASURED_AGAINST.search(self.text, max(0, start - 40), start) is not None
            ):
                return mention
            k += 1
        return None

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

    def adopted(self, pos: int, end: int) -> str | None:
        """The year the article reports on when the figure at ``pos``-``end`` counts the resolutions a
        council's session adopted (``Kỳ họp đã thông qua 14 nghị quyết``, at a December session that sets the
        next year's tasks): a deed of the session, not of the plan year its resolutions are for.  Else None."""
        if (
            "nghị quyết" not in self.text[pos:end]
            or _ADOPTING.search(self.text, max(0, pos - 40), pos) is None
        ):
            return None
        return self.fallback(False)

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

    def _programme_elsewhere(self, mention: Mention, sentence_start: int, pos: int) -> bool:
        """True when ``mention`` is the term of a programme (``Chương trình ... giai đoạn 2012 - 2020``) and the
        figure's sentence up to ``pos`` names no programme: the term frames the programme's own targets
        (``Dự án ... với quy mô 12.581 ha``, ``Tổng số vốn thực hiện Dự án là ...``), not every goal after it."""
        return (
            mention.frames_targets
            and not mention.carries
            and self.text.startswith(("giai", "thời"), mention.start)
            and _PROGRAMME.search(self.text, sentence_start, pos) is None
        )

    def _aside(self, mention: Mention, sentence_start: int, pos: int) -> bool:
        """True when ``mention`` sits in brackets closed before ``pos``: ``theo Quyết định 50 (giai đoạn
        2016 - 2020), tỷ lệ ... còn 73%`` -- the bracket speaks of the decision, not of the figure; but
        a bracket that glosses a relative period or a count of years (``trong 5 năm qua (giai đoạn
        2011-2015)``, ``sau 5 năm thực hiện Nghị quyết (2011-2016)``) names it.  A bracket that gives a figure
        of its own period (``công nghiệp 37,8% (năm 2022 là 40,8%), dịch vụ 50,1%``, ``(6 tháng đầu năm 2012
        là 3,31%)``) speaks of that figure alone."""
        closing = self.text.find(")", mention.end, pos)
        if closing < 0:
            return False
        opening = self.text.rfind("(", sentence_start, mention.start)
        if opening < 0 or self.text.find(")", opening, mention.start) >= 0:
            return False
        if _YEAR_VALUE.match(self.text, mention.end, closing) is not None:
            return True
        if _GLOSSED.search(self.text, max(0, opening - 12), opening):
            return False
        if _SPAN_GLOSSED.search(self.text, max(0, opening - 64), opening) is not None:
            return False
        # "Tốc độ tăng trưởng kinh tế (giai đoạn 2005 - 2015) trung bình đạt 13,62%": the bracket glosses the
        # measure the figure is of, not a document named before it
        return _DOCUMENT_BEFORE.search(self.text, max(sentence_start, opening - 80), opening) is not None

    def _carried(self, index: list[int], j: int, pos: int) -> int:
        """The last mention at or before ``j`` (by ``index``) that still carries to ``pos``, or -1."""
        carried = index[j] if j >= 0 else -1
        while carried >= 0 and self.mentions[carried].carry_end <= pos and self.mentions[carried].carries:
            carried = index[carried - 1] if carried else -1
        return carried

    def early_part(self, region: str) -> str | None:
        """The publication year when ``region`` (lower-cased, the figure's sentence up to it) names a part of
        a year that has begun when an article from January or February was written -- ``tháng 1``, ``2
        tháng đầu năm``, ``dịp Tết``, ``từ đầu năm``, ``đến ngày 15/1`` -- else None: such an article sums
        up the year just ended, but not these."""
        month = self.published_month
        if month is None or month > 2 or self.published_year is None:
            return None
        for found in _EARLY_PART.finditer(region):
            number = found["month"] or found["months"] or found["date_month"]
            if number is None or int(number) <= month:
                return str(self.published_year)
        return None

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


#: A council adopting what follows: ``đã thông qua``, ``thông qua được tổng cộng``.
_ADOPTING = re.compile(r"(?<![^\W\d_])thông\s+qua(?:\s+(?:được|tổng\s+cộng|tất\s+cả|toàn\s+bộ))*\s+$")


def _congress_years(low: str, mentions: list[Mention]) -> dict[str, int]:
    """The first year of each term a congress is named for in ``low`` (``Đại hội đại biểu lần thứ X, nhiệm kỳ
    2020-2025``): a congress opens its term, so its report is written in that year -- looking back on the
    term just ended and setting the goals of the new one, not in the new term's last year.  Not a council's
    term (``HĐND huyện (khóa XI, nhiệm kỳ 2016 - 2021) tổ chức Kỳ họp thứ 7``): it meets throughout its
    term."""
    return _counts(
        [
            m.value[:4]
            for m in mentions
            if m.value
            and len(m.value) == 9
            and m.value[4] == "-"
            and low.startswith("nhiệm", m.start)
            and _CONGRESS_NAME.search(low, max(0, m.start - 80), m.start) is not None
        ]
    )


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


def _bygone(relative: str | None) -> bool:
    """True for a year named as gone by (``năm qua``, ``năm ngoái``, ``cách đây 5 năm``): no year the goals
    of its sentence are set for (``Năm qua, huyện trồng mới 420 ha rừng; phấn đấu trồng mới 450 ha``)."""
    return relative is not None and (relative in ("ended", "last") or relative.startswith("ago "))


def _of_basis(gloss: re.Match[str], own: PeriodAt) -> PeriodAt:
    """The period of a figure a bracket gives of a comparison basis (``cùng kỳ năm 2022 (6,1%)``): the
    basis's year, or for ``cùng kỳ`` alone the year before the one the figure would have had itself."""
    year = gloss["year"] or gloss["than"] or gloss["own"]
    if year is None:
        if own.value is None or not own.value.isdigit():
            return own
        year = str(int(own.value) - 1)
    return PeriodAt(year, own.sub_year, True)


def _counts(values: list[str]) -> dict[str, int]:
    """How often each of ``values`` occurs, in the order first seen: a ``Counter``, whose constructor
    runs as interpreted Python even in the compiled core (a few percent of an undated article)."""
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


def _most_common(counts: dict[str, int]) -> str | None:
    """The value counted most often, the first seen of those tied (``Counter.most_common(1)``)."""
    best, most = None, 0
    for value, count in counts.items():
        if count > most:
            best, most = value, count
    return best


def _latest_of_most_common(counts: dict[str, int], named: set[str]) -> str | None:
    """Of the values counted most often and in ``named``, the latest year; None unless two or more are tied."""
    most = max(counts.values(), default=0)
    tied = [value for value, count in counts.items() if count == most and value in named]
    if len(tied) < 2 or not all(value[-4:].isdigit() for value in tied):
        return None
    return max(tied, key=lambda value: (int(value[-4:]), -len(value)))


def _reported_years(mentions: list[Mention]) -> dict[str, int]:
    """How often each year (or term) is named as one reported on: carrying through its text, not a
    comparison basis, a horizon, a deadline (``đến hết quý I/2018``) nor a year in brackets."""
    return _counts(
        [m.value for m in mentions if m.carries and m.value and not m.deadline and m.carry_end > m.start]
    )


def _found(low: str, words: tuple[str, ...]) -> list[tuple[int, str]]:
    """Where each of ``words`` starts a word of ``low``, with the word."""
    found = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            if at == 0 or not low[at - 1].isalpha():
                found.append((at, word))
            at = low.find(word, at + 1)
    return found


def _founding_years(low: str) -> set[int]:
    """The years ``low`` dates a founding to: ``được thành lập theo Nghị định số 82/NĐ-CP ngày 27/6/2005``."""
    years = set()
    for at, word in _found(low, _FOUNDING_WORDS):
        found = _FOUNDED_IN.match(low, at + len(word))
        if found is not None:
            years.add(int(found.group(1)))
    return years


def _years_since_founding(low: str, founded: int) -> int | None:
    """The year an article counts as N years after the founding it dates to ``founded``: ``Sau 10 năm hình
    thành và phát triển`` of a district ``được thành lập theo Nghị định số 82/NĐ-CP ngày 27/6/2005`` writes
    in 2015.  None unless the text names one such count."""
    counts = set()
    for at, _ in _found(low, _COUNTED_FROM):
        found = _SINCE_FOUNDING.search(low, max(0, at - _REACH_BACK), at)
        if found is not None:
            counts.add(int(found.group(1)))
    if len(counts) != 1:
        return None
    count = counts.pop()
    return founded + count if 1 < count <= 60 else None


def _nth_year(low: str) -> dict[str, int]:
    """The year an article counts as the ``năm thứ N`` of what began in a year it names (``Chương trình
    triển khai từ năm 2019 ... Năm nay là năm thứ 3 thực hiện``, ``Năm 2019 là năm đầu tiên ...``): the first
    year is the first of the count.  Empty unless the text names one count and one first year."""
    counts = {NUMBER_WORDS.get(n, n) for n in _NTH.findall(low)}
    firsts = {a or b for a, b in _FIRST_YEAR.findall(low)}
    if len(counts) != 1 or len(firsts) != 1:
        return {}
    count = int(counts.pop())
    return {str(int(firsts.pop()) + count - 1): 1} if 1 < count <= 30 else {}


def _anniversaries(low: str, pattern: re.Pattern[str] = _ANNIVERSARY) -> dict[str, int]:
    """The last years of the anniversaries ``low`` names (``20 năm tái lập tỉnh (1997-2017)``): when the
    article was written, though it may tell what the first year was."""
    return _counts(
        [
            found["last"]
            for found in pattern.finditer(low)
            if int(found["last"]) - int(found["first"]) == int(found["years"])
        ]
    )


def lunar_year(match: re.Match[str]) -> int | None:
    """The year of a lunar new year named by stem and branch: ``tết đinh dậu`` → 2017; None when the stem
    and the branch are of different parity (they name no year)."""
    stem, branch = _STEMS[match["stem"]], _BRANCHES[match["branch"]]
    return next(
        (y for y in range(_LUNAR_FIRST, _LUNAR_FIRST + 60) if y % 10 == stem and y % 12 == branch), None
    )


#: ``từ 14,44%``, ``từ 5,07 triệu đồng/người``: the level a change starts from, right before a year.
_CHANGE_FROM = re.compile(
    r"(?<![^\W\d_])từ\s+(?:mức\s+)?\d[\d.,]*\s*(?:%|[^\W\d_]+(?:\s*/?\s*[^\W\d_]+){0,3})?\s+$"
)
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
#: Where the phrase, or the bracket, that a period opens after a figure ends (see ``Periods._next_figures``).
_PHRASE_STOP = re.compile(r"[,;.:()\n]")
_BRACKET_END = re.compile(r"\)")
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


def is_sub_year(low: str, start: int, end: int) -> bool:
    """True when ``low[start:end]`` (lower-cased) speaks of part of a year (months, a quarter, "so far")."""
    return _SUB_YEAR.search(low, start, end) is not None
