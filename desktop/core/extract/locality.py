"""The place a figure is about: the article's place unless its clause names another.

A figure about another place mentioned in passing (``Hà Nội tăng 3,98%``,
``cả nước có ...``) belongs to that place -- but only when the place is the
subject of the clause (at its head, or after ``tại``/``ở``/``của``, or as the
owner of the organ at its head: ``UBND TPHCM ban hành 4 quyết định``; the
whole country also as the owner of the quantity heading the clause: ``GDP cả
nước tăng 5,05%``): in ``xuất khẩu ... qua cửa khẩu cả nước`` the country is a
route, not the subject.

An administrative word without a name stands for a unit named before: ``diện
tích tự nhiên của xã`` after ``Thạnh An là xã đảo ...`` is the commune's, the
last commune named in the paragraphs before; ``tỉnh``, ``huyện``, ``thành phố``
alone are the article's own place, or the unit of that level holding it (``toàn
tỉnh có 62 HTX`` in an article about a commune is its province's).  A figure
whose clause names no place at all continues the place of the figure before it
in the sentence (``Xã có 500 hộ, chiếm 30% ...``), unless that one was an item
of a list, in brackets after its place's name: after ``Can Lộc (2.672 ha); Nghi
Xuân (1.973 ha)``, what the list adds up to is the whole's.  An administrative
word that names the level giving money or goods (``từ tỉnh là 4,5 tấn, huyện là
8 tạ``) is no place: the figure stays with the sentence's.

A list of places heading its clause (``Riêng tại các huyện A, B, C, ...``) is one subject, its
names joined; in the middle of a clause it is where something is, and the figure keeps the
article's place.  A paragraph that opens with the whole country is the country's to its end; a
sentence after a figure of the country that names no place or unit of its own goes on with the country.
The quoted words of an official of a unit (``Chủ tịch UBND xã B cho biết: “...”``) are that
unit's, and so is a quotation whose speakers call it theirs (``“... người dân xã tôi thu 7 tỷ
đồng”``).  A figure that counts communes, or is counted over them (``80 HTX trên địa bàn 13 xã``), is
no one commune's: a commune it would be given stands for its district.

Names keep the spelling of the text (``Đắk R’Lấp`` with the typographic
apostrophe where the article writes it so, and for its rarer shapes), not the gazetteer's.

A district of the article's province written bare (``tượng đài ... (Tam Kỳ)``, ``những vùng như Krông
Nô, Đắk Mil``) is that district.

Place names come from the gazetteer (``desktop.core.places.find_places``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache
from typing import NamedTuple

from desktop.core.extract.lexicon import ADMIN_WORDS, COUNTRY, COUNTRY_NAMES, alternation
from desktop.core.extract.lowercase import lower_same_length
from desktop.core.places import APOSTROPHES, SURNAMES, find_places, gazetteer, lowered, name_key, names_region
from desktop.core.scan import LOWER, UPPER, positions

COUNTRY_NAME = "cả nước"
#: The country named anywhere in an article, by its name or as the whole country.
_NAMES_COUNTRY = re.compile(
    rf"(?<![^\W\d_])(?:{alternation(COUNTRY + COUNTRY_NAMES)})(?![^\W\d_])", re.IGNORECASE
)

#: Words after which a place is the subject of what follows: a preposition of place or ownership, or a
#: connector that opens a clause about a new place (``riêng thành phố Huế 25 chợ``, ``trong khi TP HCM
#: nhập siêu ...``, ``Đơn cử như Bắc Kạn ...``, ``... 6,7% thì Hải Phòng phải ...``, ``tiếp đến là Bình
#: Dương với ...``).
_CONNECTORS = (
    r"tại|ở|của|toàn|riêng|còn|thì|trong\s+khi|trong\s+đó|đối\s+với"
    # the area a figure is counted in, past the country whose goods pass it: ``nông sản của Việt Nam xuất
    # khẩu qua địa bàn tỉnh Lào Cai tăng 12%``
    r"|địa\s+bàn"
    # an area a plan or a list item measures: ``khu vực xã A, quy mô khoảng 143 ha``
    r"|khu\s+vực"
    # ... or its site, then the place after a dash as its address: ``khu vực Bãi Khem - thị trấn A, quy mô
    # khoảng 15 ha``
    r"|khu\s+vực(?:\s+[^\W\d_]+){1,5}\s+[-–]"
    # the examples of a round-up, after a comma: ``một số địa phương có số ca tăng cao, như A tăng 27%, B
    # tăng 19%``; not where something is (``nuôi ở nhiều nơi như huyện A, chiếm 80% diện tích``)
    r"|(?<=,\s)như"
    r"|(?:đơn\s+cử|điển\s+hình|cụ\s+thể)(?:\s+như|\s+là)?"
    # the next of a ranking: ``A dẫn đầu với 31 tỷ USD; tiếp đến là B với 22 tỷ USD``
    r"|(?:tiếp\s+(?:đến|theo)|kế\s+đến|sau\s+đó)\s+là"
    # ... and its first: ``dẫn đầu là huyện A với 250 tỷ đồng``, ``cao nhất là huyện A (250 tỷ đồng)``
    r"|(?:dẫn\s+đầu|đứng\s+đầu|nhất)\s+(?:là|thuộc\s+về)"
)
_SUBJECT_SLOT = rf"(?:^\W*|[,;:]\s*|(?<![^\W\d_])(?:{_CONNECTORS})\s+)"
_COUNTRY = re.compile(
    rf"{_SUBJECT_SLOT}(?:{alternation(COUNTRY + COUNTRY_NAMES)})(?![^\W\d_])", re.IGNORECASE
)
#: A few words heading a clause, then the whole country as their owner (``GDP cả nước``, ``Kim ngạch xuất
#: khẩu cả nước``); not after a route, a place or a rank (``qua cửa khẩu cả nước``, ``đứng đầu cả nước``).
_NOT_OWNED = r"(?:so|với|qua|vào|trong|trên|tại|ở|nhất|thứ|đầu|đứng|chiếm|và|hay|hoặc|top)(?![^\W\d_])"
_COUNTRY_OWNS = re.compile(
    rf"{_SUBJECT_SLOT}(?:(?!{_NOT_OWNED})[^\W\d_]+\s+){{1,5}}(?P<country>{alternation(COUNTRY)})(?![^\W\d_])",
    re.IGNORECASE,
)
#: An administrative word without a name as the subject: before a verb (``xã phải cần 23 tấn``), or
#: ``xã tôi``, ``huyện ta`` in a quote, with what kind of unit it is (``Xã đảo hiện có 1.000 hộ``); not
#: the ``xã`` of ``hợp tác xã`` (a cooperative), nor the units in the plural (``các xã có``: all of them;
#: ``số xã đạt 10 tiêu chí là 37 xã``: how many of them).
_GENERIC = re.compile(
    r"(?<![^\W\d_])(?<!các\s)(?<!những\s)(?<!nhiều\s)(?<!số\s)"
    r"(?:(?P<commune>(?<!tác\s)xã|phường|thị\s+trấn)|(?P<district>huyện|quận|thị\s+xã)"
    r"|(?P<province>tỉnh)|thành\s+phố)"
    r"(?:\s+(?:đảo|biên\s+giới|miền\s+núi|vùng\s+cao|ven\s+biển))?"
    r"(?=\s*$|\s+(?:là|có|đạt|này|đã|được|nhà|phải|cần|sẽ|hiện|vẫn|đang|chỉ|còn|cũng|tôi|ta|mình"
    # what a unit does with its targets: ``tỉnh đặt mục tiêu``, ``tỉnh phấn đấu``, ``hoàn thành ... mục tiêu``
    r"|đặt|phấn\s+đấu|hoàn\s+thành)(?![^\W\d_]))"
)
_LEVEL_WORD = r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|trung\s+ương)"
#: A level of government as the source of money or goods, not the place they are for: ``nguồn hỗ
#: trợ từ tỉnh là 4,5 tấn``, ``ngân sách huyện 3 tỷ đồng``.
_SOURCE_LEVEL = re.compile(
    rf"(?<![^\W\d_])(?:từ|ngân\s+sách|vốn|nguồn|kinh\s+phí)(?:\s+(?:cấp|ngân\s+sách))?\s+{_LEVEL_WORD}"
    r"(?:\s+(?:là|hỗ\s+trợ|cấp|chi|bố\s+trí|đóng\s+góp|đối\s+ứng))?\s*$"
)
#: A level alone right after the figure before it: the next item of a list of sources (``từ tỉnh là
#: 4,5 tấn, huyện là 8 tạ``; ``ngân sách tỉnh 7 tỷ đồng, huyện 3 tỷ đồng, xã 2 tỷ đồng``).
_NEXT_LEVEL = re.compile(
    rf"\W*(?:(?:và|còn)\s+)?(?:cấp\s+)?{_LEVEL_WORD}(?:\s+(?:là|hỗ\s+trợ|cấp|chi|bố\s+trí|đóng\s+góp))?\s*"
)
#: A word each of those administrative words holds: a region with none of them skips the search
#: (one regex over literals, quicker than seven substring tests from Python).
_GENERIC_HINT = re.compile("xã|phường|trấn|tỉnh|huyện|quận|phố")
#: An administrative word that is one (``tỉnh``, ``xã``), not the ``xã`` of ``xã hội`` (society: ``vốn đầu tư
#: toàn xã hội``) nor of ``hợp tác xã`` (a cooperative).
_UNIT_WORD = re.compile(r"(?<!tác\s)xã(?!\s+hội(?![^\W\d_]))|phường|trấn|tỉnh|huyện|quận|phố")
#: How far back a commune named before a bare ``xã`` may be.
COMMUNE_REACH = 1500
_ORGANS = (
    "ubnd",
    "hđnd",
    "ủy ban nhân dân",
    "uỷ ban nhân dân",
    "hội đồng nhân dân",
    # a province's own office, whose figures (``Cục Hải quan Hải Phòng thu 38.867 tỷ đồng``) are its
    # province's, even in an article about the country
    "cục hải quan",
    "cục thuế",
    "cục thống kê",
    "kho bạc nhà nước",
    "sở công thương",
    "sở kế hoạch và đầu tư",
    "sở tài chính",
    "sở du lịch",
    "sở nông nghiệp và phát triển nông thôn",
    "sở nông nghiệp và môi trường",
    "sở giáo dục và đào tạo",
    "sở y tế",
    "sở xây dựng",
    "sở giao thông vận tải",
)
#: The connector that sets a place apart from the sentence's own: ``..., riêng thành phố Huế 25 chợ``.
_ASIDE = re.compile(rf"(?<![^\W\d_])riêng\s+(?:(?:{alternation(ADMIN_WORDS)})\s+)?\Z")
#: The head of a region is a slot, also after ``và`` right after the figure before (the last pair of a
#: round-up: ``Hưng Yên với 24.000 tỷ đồng và Bắc Ninh với 20.040 tỷ đồng``), or after the words that turn to
#: a place (``Về phía huyện A, ...``, ``Với huyện A, ...``); a ``và`` inside a clause joins two places as one
#: subject (``UBND tỉnh A và UBND tỉnh B vay lại 300 triệu USD``).
_SLOT = (
    rf"(?:^\W*(?:(?:và|với|về\s+phía|tính\s+riêng|riêng\s+với)\s+)?|[,;:]|(?<![^\W\d_])(?:{_CONNECTORS}))\s*"
)
_ADMIN = rf"(?:(?:{alternation(ADMIN_WORDS)})\s+)?$"
_SUBJECT_BEFORE = re.compile(rf"{_SLOT}{_ADMIN}", re.IGNORECASE)
#: What follows the city of a dateline (``[Hà Nội, 6/11, Reuters] -``, ``HÀ NỘI, ngày 6/11 -``): where the
#: story was filed, not what it is about, so no subject of the sentence after it.
_DATELINE = re.compile(r"\s*,\s*(?:ngày\s+)?\d{1,2}/\d{1,2}(?![\d/])")
_HEAD_BEFORE = re.compile(
    rf"\W*(?:(?:riêng(?:\s+với)?|còn|đối\s+với|với|về\s+phía|tính\s+riêng"
    rf"|(?:đơn\s+cử|điển\s+hình|cụ\s+thể)(?:\s+như|\s+là)?),?\s+)?"
    rf"(?:(?:tại|ở)\s+)?(?:(?:{alternation(ADMIN_WORDS)})\s+)?",
    re.IGNORECASE,
)
#: The source a sentence opens with, an office of a unit named with its administrative word (``Theo Phòng Nông
#: nghiệp huyện A, năm 2023 có 300 trang trại``, ``Theo số liệu của Chi cục Thống kê huyện A, ...``): the
#: sentence gives that unit's figures.
_SOURCE_HEAD = re.compile(
    r"\W*theo\s+(?:(?:số\s+liệu|báo\s+cáo|thống\s+kê)(?:\s+của)?\s+)?"
    r"(?:ubnd|hđnd|phòng|chi\s+cục|trung\s+tâm|ban|văn\s+phòng|đảng\s+ủy|huyện\s+ủy|thị\s+ủy|thành\s+ủy)"
    rf"(?:\s+(?!(?:{alternation(ADMIN_WORDS)})\s)[^\W\d_,&]+|\s*&\s*[^\W\d_,]+){{0,6}}\s+",
    re.IGNORECASE,
)
#: What may come before the whole country at the head of a paragraph about it: a source (``Theo Tổng
#: cục Thống kê,``), a time (``Năm 2023,``), a preposition (``Tính chung``, ``Trên phạm vi``).
_COUNTRY_HEAD = re.compile(
    r"\W*(?:theo\s[^,.;\n]{0,60},\s*)?(?:(?:năm|tháng|quý|trong|tính\s+đến|đến|hết)\s[^,.;\n]{0,25},\s*)?"
    r"(?:(?:tính\s+chung|tính\s+trên|trên\s+phạm\s+vi|trên\s+toàn|trên|trong|tại|ở|của)\s+)?",
    re.IGNORECASE,
)
#: A region of the country heading a paragraph, as written (capitalised: ``phía tây bắc`` is a direction),
#: the longer names of the six-region map first.
_REGION_HEAD = re.compile(
    r"[^\w\n]*(?:(?:Tại|Ở|Riêng|Còn)\s+)?(?:[Vv]ùng\s+)?(?P<region>Nam Trung Bộ và Tây Nguyên"
    r"|Bắc Trung Bộ và [Dd]uyên hải (?:miền Trung|Nam Trung Bộ)|Trung du và miền núi phía Bắc|Tây Nguyên"
    r"|Tây Bắc|Đông Bắc|Đông Nam Bộ|Tây Nam Bộ|Nam Trung Bộ|Bắc Trung Bộ|Đồng bằng sông Cửu Long"
    r"|Đồng bằng sông Hồng)(?![^\W\d_])"
)
#: The same region after ``tại``/``ở`` in the clause of a figure, what it is at.
_REGION_AT = re.compile(
    r"(?<![^\W\d_])(?:tại|ở)\s+(?:(?:các\s+tỉnh\s+)?[Vv]ùng\s+)?(?P<region>"
    + _REGION_HEAD.pattern.split("(?P<region>", 1)[1]
)
_CAPITALISED = rf"[{UPPER}][^\W\d_]*"
#: A commune named with its administrative word: ``xã Nghi Diên``; a longer run of capitalised words is
#: a name and a person (``xã Nghi Diên Nguyễn Văn A``), and ``cam Xã Đoài`` (capital X) a product.
#: What stands between a unit and its parent named after it as its address (``xã A, huyện B``).
_ADDRESS_GAP = re.compile(r"\s*[,–-]\s*|\s*\(\s*")
#: Smaller units rank higher.
_LEVELS = {"country": 0, "province": 1, "district": 2, "commune": 3}
#: How many characters before a place its connector and administrative word take at most
#: (``đơn cử như thành phố``): the patterns that end before a place look no further back.
TAIL = 40
#: How far after a figure the place it is at may be named, and where its clause ends first.
SITE_REACH = 120
_NUMBER = re.compile(r"\d(?:[\d.,]|\s?[-–]\s?\d)*")
_CLAUSE_END = re.compile(r"[;:]|[.,…](?!\d)|\d")
_AT_BEFORE = re.compile(r"(?<![^\W\d_])(?:tại|ở)\s+\Z", re.IGNORECASE)
_SITE_BEFORE = re.compile(r"(?:(?<![^\W\d_])(?:tại|ở)\s+|\(\s*)\Z", re.IGNORECASE)
#: A second place after the site: the figure is of both (``tại xã Long Hòa và thị trấn Cần Thạnh``).
_SITE_MORE = re.compile(rf"\s*(?:,|và|cùng)\s*(?:{alternation(ADMIN_WORDS)})\s", re.IGNORECASE)
#: Between a place and a figure in brackets after it: ``Cẩm Xuyên (hơn 3.679 ha)``.
_BRACKET_BEFORE = re.compile(r"\s*\(\s*(?:(?:hơn|gần|khoảng|trên|dưới|xấp\s+xỉ)\s+)?", re.IGNORECASE)
#: An official of a unit, right before its name: ``Chủ tịch UBND xã``, ``Bí thư Đảng ủy``; how far after a
#: figure its sentence may name the official.
_OFFICE = re.compile(
    r"(?<![^\W\d_])(?i:(?:chủ\s+tịch|bí\s+thư|trưởng\s+phòng[^\W\d_ ]*"
    # the office's field, in either case: ``Trưởng phòng Nông nghiệp huyện A``, ``trưởng phòng kinh tế xã``
    rf"(?:\s(?!(?:{alternation(ADMIN_WORDS)})\s)[^\W\d_]+){{0,3}}))"
    r"\s+(?:(?i:ubnd|hđnd|ủy\s+ban\s+nhân\s+dân|uỷ\s+ban\s+nhân\s+dân|đảng\s+ủy|đảng\s+uỷ)\s+"
    # the unit's association or front: ``Chủ tịch Hội Nông dân xã Mai Phụ``
    rf"|(?i:hội|đoàn|mặt\s+trận)(?:\s+[^\W\d_]+){{1,3}}?\s+(?=(?i:{alternation(ADMIN_WORDS)})\s))?(?=[^\W\d_])"
)
SPEAKER_REACH = 200
#: A quotation opening right after an official's verb, and how far from the official it may run.
_QUOTE_OPEN = re.compile(r"\s*:?\s*[“\"]")
QUOTE_REACH = 1200
#: A visit to a unit: ``thăm``, ``làm việc``, ``thăm và làm việc tại``; how far on its paragraph is
#: taken to stay there.
_VISIT = re.compile(
    r"(?<![^\W\d_])(?i:(?:thăm|làm\s+việc)(?:\s+và\s+(?:thăm|làm\s+việc))?\s+(?:(?:tại|với|ở)\s+)?)"
)
VISIT_REACH = 1500
#: What an official does in the sentence, soon after the unit's name: says.
_SAYS = re.compile(
    r"(?<![^\W\d_])(?:cho\s+biết|cho\s+hay|nói|chia\s+sẻ|khẳng\s+định|thông\s+tin|trao\s+đổi|tâm\s+sự|cho\s+rằng|nhấn\s+mạnh|báo\s+cáo|phấn\s+khởi|kể)(?![^\W\d_])|:"
)
SAYS_REACH = 80
#: A count of provinces: ``37 tỉnh thành phố``, ``63 tỉnh, thành``, ``20 tỉnh/thành phố``, a score of them
#: (``52/63 tỉnh thành``), and bare (``16 tỉnh có 100% số xã đạt chuẩn``, in a ministry's round-up); not
#: provincial roads or bodies (``12 tỉnh lộ``, ``tỉnh ủy``).
_PROVINCES = re.compile(
    r"\d{1,2}(?:/\d{1,2})?\s+tỉnh(?:\s*[,/]?\s*thành(?:\s+phố)?)?"
    r"(?!\s*(?:lộ|ủy|uỷ|đoàn|đội|trưởng|bạn|nhà)(?![^\W\d_]))(?![^\W\d_])"
)
#: A site opened with ``tại``/``ở``, up to the bracket that names its place (``tại công trình Tượng đài Mẹ
#: Việt Nam anh hùng (``), and how far back the site may start.
_SITE_TO_BRACKET = re.compile(
    rf"(?<![^\W\d_])(?:tại|ở)\s+[^;:()\d\n]{{1,120}}?\(\s*(?:(?:{alternation(ADMIN_WORDS)})\s+)?$",
    re.IGNORECASE,
)
SITE_TO_BRACKET = 140
#: Such a site heading its sentence (``Tại các điểm du lịch như Hòn Rơm, ... (thành phố Phan Thiết)… bình quân
#: mỗi ngày đón 15.000 lượt khách``): the sentence is the place's.
_SITE_HEAD = re.compile(
    rf"\W*(?:(?:riêng|còn)\s+)?(?:tại|ở)\s+[^;:()\d\n]{{1,120}}?\(\s*(?:(?:{alternation(ADMIN_WORDS)})\s+)?",
    re.IGNORECASE,
)
#: Such a site as words, some listed with commas, up to a place named with its administrative word, and the
#: lower-case word after that place that starts what is said there.
_SITE_WORDS_HEAD = re.compile(r"\W*(?:(?:riêng|còn)\s+)?(?:tại|ở)\s+(?:[^\W\d_]+,?\s+){1,30}", re.IGNORECASE)
_SAID_THERE = re.compile(rf" [{LOWER}]")
_BRACKET_OPEN_END = re.compile(rf"\(\s*(?:(?:{alternation(ADMIN_WORDS)})\s+)?$", re.IGNORECASE)
#: How far before a figure its bracket may open.
_BRACKET_REACH = 20
_NAME_BEFORE_BRACKET = re.compile(
    rf"(?<![^\W\d_])(?P<name>{_CAPITALISED}(?:\s{_CAPITALISED}){{0,3}}){_BRACKET_BEFORE.pattern}\Z"
)
#: The place ranked next to the article's, opening a bracket with its own figure: ``đứng thứ 2 cả nước (sau
#: tỉnh Bắc Giang tăng trưởng 13,85%)``, ``(chỉ sau TP HCM với 12%)``.
_RANK_NEIGHBOUR = re.compile(
    rf"\s*(?:(?:chỉ|xếp|đứng)\s+)?(?:sau|trước)\s+(?:(?:{alternation(ADMIN_WORDS)})\s+)?", re.IGNORECASE
)
_ADMIN_HEAD = re.compile(rf"(?:{alternation(ADMIN_WORDS)})\s", re.IGNORECASE)
#: What follows a unit named as what the clause is about: its verb, after a bracket or the time of the
#: figure (``xã A (huyện B) có 222 ha``; ``Sản lượng lúa huyện A năm 2023 ước đạt``; ``Tỷ lệ hộ nghèo huyện A
#: giảm còn 5,2%``).
_SUBJECT_AFTER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:trong\s+)?(?:năm\s+\d{4}|\d{1,2}\s+tháng(?:\s+đầu\s+năm)?(?:\s+\d{4})?"
    r"|quý\s+[IV]+(?:/\d{4})?)\s*,?\s*)?"
    r"(?:có|đạt|(?:ước|dự\s+kiến)(?:\s+(?:đạt|tính|thực\s+hiện))?|tăng|giảm|là|chiếm|còn|thu|được|đã|hiện\s+có)"
    r"(?![^\W\d_])"
)
#: What a unit named right after it is not the subject of: the other end of a comparison, a route, a
#: gift or a visit (``cao hơn huyện A là 70 tỷ đồng``, ``đường nối huyện A với huyện B có tổng vốn``).
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:so\s+với|với|và|hơn|bằng|kém|như|sau|trước|qua|đến|tới|từ|sang|về|cho|giúp|hỗ\s+trợ"
    r"|thăm|giáp|nối|thuộc)\s+\Z",
    re.IGNORECASE,
)
_AFTER_DASH = re.compile(rf"[-–]\s?([^\W\d_][\w{APOSTROPHES}]*)")
#: A clause that holds a figure and nothing else after ``với``: what the subject of the clause after has.
_WITH_FIGURE = re.compile(
    r"\W*với\s+(?:(?:tổng\s+)?(?:số\s+)?(?:vốn|kinh\s+phí|doanh\s+thu|sản\s+lượng)\s+)?"
    r"(?:(?:hơn|gần|khoảng|trên|xấp\s+xỉ)\s+)?"
)
#: The rest of a figure and its unit up to the comma that ends its clause.
_COMMA_AFTER = re.compile(r"[^,;:.()\n]{0,40},\s*")
#: An official of the province named by its word alone, then what the official says (``Chủ tịch Liên minh
#: HTX tỉnh, cho biết``, ``Giám đốc Sở Nông nghiệp và PTNT tỉnh cho hay``).
_PROVINCE_OFFICE = re.compile(
    r"(?:chủ\s+tịch|giám\s+đốc|bí\s+thư|trưởng\s+ban|cục\s+trưởng)"
    r"(?:\s+(?!xã|huyện|phường|quận|thị)[^\W\d_]+(?:\s*&\s*[^\W\d_]+)?){1,8}?\s+tỉnh\s*,?\s*"
    r"(?:cho\s+biết|cho\s+hay|nói|chia\s+sẻ|khẳng\s+định|thông\s+tin|nhấn\s+mạnh|báo\s+cáo)(?![^\W\d_])"
)
#: A meeting or a ceremony, then the place it was held at: a venue, not what its figures are about.
_VENUE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:hội\s+nghị|hội\s+thảo|kỳ\s+họp|phiên\s+họp|cuộc\s+họp|buổi\s+làm\s+việc|lễ(?!\s+hội)"
    r"|đại\s+hội|diễn\s+ra|tổ\s+chức\s+(?:lễ|buổi|cuộc|kỳ|phiên|đại\s+hội))(?:\s+[^\W\d_]+){0,4}?\s+(?:tại|ở)\s+"
    rf"(?:(?:{alternation(ADMIN_WORDS)})\s+)?\Z",
    re.IGNORECASE,
)
#: What adds up the figures before it: ``tổng cộng``, ``nâng tổng số lên``, ``cộng chung``.
_TOTAL = re.compile(r"(?<![^\W\d_])(?:tổng\s+cộng|cộng\s+(?:chung|lại)|nâng\s+tổng|tính\s+chung)(?![^\W\d_])")
#: What may stand before a unit's name in a cell of its own, a heading or an item: its administrative word.
_CELL_WORD = re.compile(rf"\s*(?:(?:{alternation(ADMIN_WORDS)}|tp\.)\s*)?", re.IGNORECASE)
#: The end of a unit's name cell: the next cell's separator.
_CELL_END = re.compile(r"[ \t]*\|")
#: A heading line that names a unit alone, after its number (``2. Huyện A``, ``II. THÀNH PHỐ B:``, ``a) Xã C``).
_HEADING = re.compile(
    r"[ \t]*(?:[-+*•][ \t]*)?(?:(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)/][ \t]*)?"
    rf"(?P<name>(?:(?:{alternation(ADMIN_WORDS)}|tp\.)\s*)?[{UPPER}][^\d\n:.;,()|]{{0,40}}?)[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
#: A paragraph that opens as an item about a unit: a dash or a number, the unit, a colon.
_ITEM_HEAD = re.compile(
    r"[ \t]*(?:[-+*•][ \t]*|(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)/][ \t]*)?"
    rf"(?P<name>(?:(?:{alternation(ADMIN_WORDS)}|tp\.)\s*)?[{UPPER}][^\d\n:.;,()|]{{0,40}}?)[ \t]*:",
    re.IGNORECASE,
)
#: How far a section of the article runs after its heading at most.
SECTION_REACH = 2500
#: How far a paragraph that opens with a unit is that unit's at most: a page saved as one paragraph is not.
PARAGRAPH_REACH = 1200
#: A figure, its unit of a word or two and ``của`` before a named unit: the unit is the figure's owner
#: (``200 tỷ đồng của huyện Nghi Lộc``).  Not a share (``30% GRDP của tỉnh``: the whole it is taken
#: from), nor a unit word without a name (``của tỉnh``), nor a longer phrase between.
_OWNER = re.compile(
    rf"\d[\d.,]*(?!\s?%)\s?(?:[^\W\d_][^\s,;:.()]*\s+){{1,2}}của\s+(?=(?:{alternation(ADMIN_WORDS)})\s+[^\W\d_])",
    re.IGNORECASE,
)
#: A bare commune or district word after ``trong``, ``trên địa bàn``, ``toàn``: within the unit named
#: before; not ``trong xã hội`` (society), ``xã viên`` (a member), nor a unit named after it.
_WITHIN = re.compile(
    r"(?<![^\W\d_])(?i:trong|trên\s+địa\s+bàn|toàn)\s+(?i:(?P<commune>xã|phường|thị\s+trấn)|huyện|quận|thị\s+xã)"
    rf"(?!\s+(?i:hội|viên)(?![^\W\d_]))(?!\s+{_CAPITALISED})(?![^\W\d_])"
)
#: A count of communes (``13 xã``, not ``5 xã viên``), and a figure counted over communes after it.
_COMMUNES = re.compile(r"\d[\d.,]*\s+(?:xã|phường|thị\s+trấn)(?!\s+(?:viên|hội)(?![^\W\d_]))(?![^\W\d_])")
_OVER_COMMUNES = re.compile(
    r"(?<![^\W\d_])(?:trên\s+địa\s+bàn|trong|tại|ở|của)\s+(?:các\s+|toàn\s+bộ\s+)?"
    r"\d[\d.,]*\s+(?:xã|phường|thị\s+trấn)(?![^\W\d_])"
)
_CLAUSE_STOP = re.compile(r"[;:.!?](?!\d)")
#: A unit as its own people name it: ``xã tôi``, ``huyện ta``, ``tỉnh mình``.
_FIRST_PERSON = re.compile(
    r"(?<![^\W\d_])(?i:(?P<commune>xã|phường|thị\s+trấn)|huyện|quận|thị\s+xã|(?P<province>tỉnh))"
    r"\s+(?:tôi|ta|mình|chúng\s+tôi)(?![^\W\d_])"
)
#: A comma and the words that open a clause in contrast with the one before it (not ``còn``, which is as
#: often ``still``: ``xã A đã thoát nghèo nhiều hộ, còn 30 hộ nghèo``).
_CONTRAST = re.compile(r",\s*trong\s+khi(?:\s+đó)?\s")
#: What opens a sentence that singles out part of what the sentence before said.
_NARROWING = re.compile(r"\s*(?:trong\s+đó|cá\s+biệt|cụ\s+thể|riêng|đặc\s+biệt)(?![^\W\d_])")
_SENTENCE_STOP = re.compile(r"[.!?](?!\d)")
#: An organisation named at the head of its sentence or after a comma, with its address in brackets after
#: it: a kind (``HTX``, ``Công ty``), a few lower-case words, then its capitalised name.
_ORGANISATION = re.compile(
    rf"(?:^|(?<=\n)|(?<=,\s))(?i:htx|hợp\s+tác\s+xã|công\s+ty|doanh\s+nghiệp|tổ\s+hợp\s+tác|trang\s+trại)"
    rf"(?:\s+[^\W\d_]+){{0,3}}?(?:\s+(?:{_CAPITALISED}|[IVX]+|\d+))+\s*\(\s*\Z"
)
#: ``nơi đây``, ``tại đây``, ``ở đây``: the place of the figure before (``xã A có 40 hộ trồng cam. Các hộ
#: dân nơi đây thu 100 triệu đồng``).
_HERE = re.compile(r"(?<![^\W\d_])(?:nơi|tại|ở)\s+đây(?![^\W\d_])")
#: Between two places of a list: ``A, B``, ``A và B``, ``A, huyện B``.
_AND = re.compile(r"(?<![^\W\d_])và(?![^\W\d_])")
_LIST_GAP = re.compile(rf"\s*(?:,|và|,\s*và)\s*(?:(?:{alternation(ADMIN_WORDS)})\s+)?", re.IGNORECASE)
#: The words that may open a clause whose subject is a list of places, and how many words may come
#: before the list.
_LIST_OPENERS = frozenset({"riêng", "còn", "đối", "tại", "ở", "các", "những", "cả"})
_LIST_HEAD_WORDS = 8
_ANY_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")
#: A dash with a space on one side only (``Bà Rịa -Vũng Tàu``): a slip of the keyboard, written with
#: both spaces (``Bà Rịa - Vũng Tàu``) so that one place has one name.
_LOPSIDED_DASH = re.compile(r"(?<=\S)(?:\s+[-–](?=\S)|[-–]\s+(?=\S))")
_ODD_APOSTROPHE = re.compile("[" + APOSTROPHES.replace("'", "").replace("’", "") + "]")
#: What opens an item of a list before its place: ``;``, ``:``, ``,``, ``và`` or a line's start, then at
#: most the place's administrative word (``Tp. Gia Nghĩa: 23 trường``).
_ITEM_BEFORE = re.compile(
    rf"(?:^|[\n;:,]|(?<![^\W\d_])và)\s*(?:(?:{alternation(ADMIN_WORDS)}|tp\.)\s*)?\Z", re.IGNORECASE
)
_ORGAN_BEFORE = re.compile(rf"{_SLOT}(?:{alternation(_ORGANS)})\s+{_ADMIN}", re.IGNORECASE)


def lower_text(text: str) -> str:
    """``text`` lower-cased as long as it is (``lower_same_length``): the copy the gazetteer made
    when it found the article's place in this very text object, else a new one (a whole article
    lower-cased costs as much as a few of the place rules)."""
    low = lowered(text)
    return low if len(low) == len(text) else lower_same_length(text)


class Localities:
    """The places named in one article, found once, and the locality rule above."""

    def __init__(self, text: str, default: str | None, low: str | None = None) -> None:
        """``low`` is ``text`` lower-cased as long as it is (``lower_same_length``), if the caller has it."""
        self.text = text
        after_dash = _words_after_dashes(text)
        self.default = _as_written(text, default, after_dash)
        found = _places_in(text, after_dash)
        if self.default is None and not found and _NAMES_COUNTRY.search(text):
            # an article that names no place but the country, and has none of its own (a national agency's
            # figures: ``Cục Hàng hải Việt Nam ... hàng hóa thông qua cảng biển``), is about the country; one
            # that names no place at all stays without one (a doubt, see ``doubts``)
            self.default = COUNTRY_NAME
        self._places = sorted(found + _bare_districts(text, self.default, found)) if default else found
        self._starts = [place.start for place in self._places]
        self._default_levels = {place.level for place in self._places if place.name == self.default}
        #: Whether the article names a place other than its own.
        self._others = any(place.name != self.default for place in self._places)
        # Found here, not as cached properties: mypyc compiles a class with them into a slow one.
        low = lower_same_length(text) if low is None else low
        self._visits = self._find_visits(low)
        self._officials = self._find_officials(low)
        #: The place heading each sentence read so far (see ``_sentence_head``), by the sentence's start.
        self._heads: dict[int, _Place | None] = {}
        #: The place heading the sentence before each sentence read so far (see ``_head_before``).
        self._heads_before: dict[int, str | None] = {}
        #: The last place set apart (``riêng thành phố Huế 25 chợ``), where its clause ends, and the
        #: place the sentence had before it: after a ``;`` the sentence goes back to that place.
        self._aside: tuple[str, int, str | None] | None = None
        #: The locality given last (``at``), the place ``nơi đây`` refers to, and where its figure is.
        self._last: str | None = None
        self._last_at = -1
        #: Whether the locality given last was that of a list item, named right before its figure's bracket.
        self._last_item = False
        #: Whether the locality given last was that of a place ranked next to the article's, in brackets
        #: (``_RANK_NEIGHBOUR``): an aside, which neither the sentence nor the next goes on with.
        self._ranked = False
        #: Where the last figure of the whole country is, while no figure since was the article's own.
        self._country_at = -1
        #: Whether each paragraph read so far opens with the whole country, by the paragraph's start.
        self._country_paragraphs: dict[int, bool] = {}
        self._names_country = any(place.level == "country" for place in self._places)
        #: The region each paragraph read so far opens with (``_region_paragraph``), by the paragraph's start.
        self._region_paragraphs: dict[int, str | None] = {}
        #: Whether the article names a region at all: one that names none opens no paragraph with one.
        self._names_region = names_region(text, len(text))
        #: The sentence read last and the places other than the article's its figures were given: a total
        #: after two of them adds up a list (``_totals_list``).
        self._listed: tuple[int, list[str]] = (-1, [])
        #: The place of each section (see ``_section``), by the start of its first paragraph; found at the
        #: first figure that asks.
        self._sections: tuple[list[int], list[_Section]] | None = None

    def at(
        self,
        low: str,
        region_start: int,
        region_end: int,
        previous: str | None = None,
        sentence_start: int = -1,
    ) -> str | None:
        """The locality of a figure whose clause text before it is ``text[region_start:region_end]``
        (see ``_locate``), kept as the last one given: ``nơi đây`` in a later clause points back to it."""
        # ``huyện A thu 250 tỷ đồng, huyện B 180 tỷ đồng; tổng cộng 430 tỷ đồng``: the whole's, not an item's
        total = previous not in (None, self.default) and self._totals_list(low, region_start, region_end)
        found = self._locate(low, region_start, region_end, None if total else previous, sentence_start)
        if total and found in self._listed[1]:
            found = self._whole_of_list()
        if found is not None and self._counts_communes(low, region_end):
            found = self._district_of(found) or found
        if sentence_start != self._listed[0]:
            self._listed = (sentence_start, [])
        if found is not None and found != self.default and found not in self._listed[1]:
            self._listed[1].append(found)
        if not self._ranked:
            self._last = found
        self._last_at = region_end
        if found == COUNTRY_NAME:
            self._country_at = region_end
        elif self._country_at >= 0 and (found == self.default or _inside(found or "", self.default)):
            self._country_at = -1
        return found

    def _whole_of_list(self) -> str | None:
        """What the places listed last in the sentence add up to: the place given before them that is of a
        larger level (``Huyện A có 3 xã: xã B 900 ha, xã C 700 ha, tổng cộng 1.600 ha``), else the article's."""
        levels = {place.name: _LEVELS.get(place.level, 0) for place in self._places}
        listed = self._listed[1]
        item = levels.get(listed[-1], 0)
        for name in reversed(listed):
            if levels.get(name, item) < item:
                return name
        return self.default

    def _totals_list(self, low: str, region_start: int, region_end: int) -> bool:
        """True when the figure at ``region_end`` adds up the figures of two places or more given before it
        in its sentence (``tổng cộng``, ``nâng tổng số lên``), and its clause names no place of its own."""
        if len(self._listed[1]) < 2 or _TOTAL.search(low, region_start, region_end) is None:
            return False  # most figures
        i = bisect_left(self._starts, region_start)
        return i == len(self._starts) or self._starts[i] >= region_end

    def _country_goes_on(self, low: str, sentence_start: int, pos: int) -> bool:
        """True when a figure of the paragraph before the sentence at ``sentence_start`` was the whole
        country's (``rót vốn vào 37 tỉnh thành phố ... 1,58 tỷ USD``), the figures since were other
        places' (``TPHCM đứng thứ hai với 201,3 triệu USD``), not the article's own, and no place was
        named since the last of them, to the figure at ``pos``: a sentence that names no place of its
        own goes on with the country (``Về đối tác, Singapore dẫn đầu với 477,8 triệu USD``), unless an
        administrative word before it names the article's own unit (``tỉnh kết nghĩa với``)."""
        if self._country_at < 0 or sentence_start <= 0:
            return False  # most figures
        if _UNIT_WORD.search(low, sentence_start, pos) is not None:
            return False
        paragraph = self.text.rfind("\n", 0, sentence_start) + 1
        if not paragraph <= self._country_at <= self._last_at < sentence_start:
            return False
        i = bisect_left(self._starts, pos) - 1
        return i < 0 or self._places[i].start <= self._last_at

    def _narrows(self, low: str, sentence_start: int) -> str | None:
        """The place of the last figure of the sentence before, when the sentence at ``sentence_start``
        opens by singling out part of what that one said (``Riêng tại tượng đài (Tam Kỳ), lượng khách 13
        nghìn lượt. Cá biệt ngày mùng 4 đã có 4 nghìn lượt``): in the same paragraph, it goes on with it."""
        if self._last is None or not 0 <= self._last_at < sentence_start:
            return None  # most figures
        if _NARROWING.match(low, sentence_start) is None or "\n" in self.text[self._last_at : sentence_start]:
            return None
        return self._last

    def _head_before(self, low: str, sentence_start: int, pos: int) -> str | None:
        """The place heading the sentence before the one at ``sentence_start``, in the same paragraph,
        when this one names no place before the figure at ``pos`` (``Còn tại Lý Sơn (Quảng Ngãi), du
        khách đăng ký tăng đột biến. 133 cơ sở lưu trú trên đảo ...``; ``TP.HCM dự kiến xã hội hóa kinh
        phí. Tổng nguồn thu dự tính 1.700 tỉ đồng``): the paragraph still speaks of that place.  One
        sentence on only: a third sentence is the article's again, and so is one that names a unit by its
        administrative word (``Toàn tỉnh thu 900 tỷ đồng``), or one after a sentence about a meeting, whose
        place is the venue (``Tại TP Sầm Sơn, UBND tỉnh tổ chức hội nghị sơ kết. Tổng thu ngân sách ...``)."""
        if sentence_start <= 0 or not self._others:
            return None  # an article that names no place but its own
        i = bisect_left(self._starts, sentence_start)
        if i < len(self._starts) and self._starts[i] < pos:
            return None  # the sentence names a place of its own
        if sentence_start not in self._heads_before:  # once per sentence, not per figure
            self._heads_before[sentence_start] = self._find_head_before(low, sentence_start)
        head = self._heads_before[sentence_start]
        if head is None or _UNIT_WORD.search(low, sentence_start, pos) is not None:
            return None  # or a unit by its word (``toàn tỉnh thu 900 tỷ đồng``)
        return head

    def _find_head_before(self, low: str, sentence_start: int) -> str | None:
        """The place heading the sentence before the one at ``sentence_start`` in its paragraph, unless
        that one reports a meeting, whose place is where it was held, not what it is about."""
        i = bisect_left(self._starts, sentence_start - SENTENCE_REACH)
        if i == len(self._starts) or self._starts[i] >= sentence_start:
            return None  # no place within the reach of a sentence before: not worth finding where it starts
        before = _previous_sentence(self.text, sentence_start)
        if before is None:
            return None
        i = bisect_left(self._starts, before)
        if i == len(self._starts) or self._starts[i] >= sentence_start:
            return None  # most sentences before: no place named in them
        head = self._sentence_head(before, sentence_start)
        return None if head is None or _MEETING.search(low, before, sentence_start) else head

    def _counts_communes(self, low: str, pos: int) -> bool:
        """True when the figure at ``pos`` counts communes (``13 xã``) or is counted over them, in its
        clause (``80 HTX trên địa bàn 13 xã``): no one commune has them, their district does."""
        if _COMMUNES.match(low, pos) is not None:
            return True
        if "xã" not in low[pos : pos + SITE_REACH] and "phường" not in low[pos : pos + SITE_REACH]:
            return False  # most figures
        end = _CLAUSE_STOP.search(low, pos, pos + SITE_REACH)
        return _OVER_COMMUNES.search(low, pos, end.start() if end else pos + SITE_REACH) is not None

    def _district_of(self, name: str) -> str | None:
        """The district holding the commune ``name`` (None when ``name`` is no commune, or names a unit
        of another level too and the text does not say which): the one the article names, else the
        only one the gazetteer has for it."""
        names = gazetteer()
        units = names.units
        levels = {place.level for place in self._places if place.name == name}
        if levels - {"commune"} or (
            not levels and any(units[unit_id].level != "commune" for unit_id in names.lookup(name))
        ):
            return None  # a district or province (``huyện Lộc Hà``), or a name that may be one
        parents = {
            parent
            for unit_id in names.lookup(name)
            if units[unit_id].level == "commune" and (parent := units[unit_id].parent) is not None
        }
        districts = {name_key(place.name): place.name for place in self._places if place.level == "district"}
        named = [districts[key] for key in (name_key(units[p].name) for p in parents) if key in districts]
        if named:
            return named[0]
        if len(parents) == 1:
            return units[parents.pop()].name
        # a commune the gazetteer misplaces or no longer holds: the district the article names most
        counts = Counter(place.name for place in self._places if place.level == "district")
        return counts.most_common(1)[0][0] if len(counts) == 1 else None

    def _locate(
        self, low: str, region_start: int, region_end: int, previous: str | None, sentence_start: int
    ) -> str | None:
        """The locality of a figure whose clause text before it is ``text[region_start:region_end]``.

        ``low`` is the article lower-cased (same length); ``previous`` the locality of the figure
        before it in the same sentence, if any; ``sentence_start`` where its sentence starts, whose
        head place (``Huyện Trà Cú là địa phương ..., chiếm 80% ...``) the sentence's figures share.
        """
        cut = bisect_left(self._starts, region_start) - 1
        if cut >= 0 and self._places[cut].start < region_start < self._places[cut].end:
            # ``Trong đó, TX. Kỳ Anh đạt 500 tỷ đồng``: the abbreviation's stop is no sentence's end
            region_start = self._places[cut].start
        region = low[region_start:region_end]
        after_figure = previous is not None  # a figure before it in the sentence
        if (self._last_item or self._ranked) and ")" in low[self._last_at : region_end]:
            # ``Can Lộc (2.672 ha); Nghi Xuân (1.973 ha)… tụt sản lượng 12 vạn tấn``: the whole list's
            previous = None
        self._ranked = False
        bracketed = self._bracketing(region_end)
        self._last_item = bracketed is not None
        if bracketed is not None:
            return bracketed
        # ``TP HCM và Hà Nội nhập siêu, trong khi 5 địa phương còn lại xuất siêu``: what comes before a
        # contrast is the subject of the other clause, the sentence's head too
        contrast = max((m.end() for m in _CONTRAST.finditer(region)), default=0) if "," in region else 0
        if contrast:
            region_start += contrast
            region = low[region_start:region_end]
        if low.startswith("tỉnh", low.find(" ", region_end) + 1) and _counts_provinces(low, region_end):
            # ``Bắc Ninh là 1 trong 13 tỉnh, thành tự cân đối ngân sách``: whatever the clause's subject,
            # only the whole country has provinces to count
            return COUNTRY_NAME
        previous = (
            previous
            or (None if contrast else self._sentence_head(sentence_start, region_start))
            or (
                COUNTRY_NAME
                if self._in_country_paragraph(region_start)
                or self._country_goes_on(low, sentence_start, region_end)
                else None
            )
            or self._region_paragraph(region_start)
            or self._narrows(low, sentence_start)
            or self._head_before(low, sentence_start, region_end)
            or self._section(low, sentence_start, region_start, region_end)
        )
        if _WITH_FIGURE.fullmatch(region) and (subject := self._subject_after(region_end)):
            return subject  # ``Với 250 tỷ đồng, huyện A dẫn đầu toàn tỉnh``: the clause after says whose
        aside = self._aside
        if aside is not None and previous == aside[0] and ";" in low[aside[1] : region_end]:
            previous = aside[2]  # ``riêng thành phố Huế 25 chợ; 14 siêu thị``: the aside is over
        if not region.strip():
            return (
                self._item_of(region_start)
                or self._site_after(region_end)
                or _counts_provinces(low, region_end)
                or self._within_after(region_end)
                or previous
                or self._speakers(sentence_start, region_end)
            )
        country = self._country_in(region, region_start, after_figure)
        framed = country is not None and self._frames(region, region_start, country, after_figure)
        if framed:
            country = None
        i = bisect_left(self._starts, region_start + (country.end() if country else 0))
        while i < len(self._places) and self._places[i].start < region_end:
            place = self._places[i]
            if framed and place.level == "country":
                i += 1
                continue
            last = self._list_end(i, region_end)
            continued = i > 0 and self._list_end(i - 1, place.end) == i  # the region cut a list
            if last > i or continued:
                # ``các huyện A, B, C``: one subject when it heads the clause, else none
                if not continued and self._heads_clause(region_start, place.start):
                    return self._joined(i, last)
                i = last + 1
                continue
            if self._is_subject(region_start, i, region_end):  # the article's own place too
                if _ASIDE.search(low, max(region_start, place.start - TAIL), place.start):
                    self._aside = (place.name, region_end, previous or self.default)
                return self._addressed(i).name
            i += 1
        if country is not None:
            return COUNTRY_NAME
        if self._names_region and (at_region := _REGION_AT.search(self.text, region_start, region_end)):
            # ``giá cà phê nhân tại Tây Nguyên từ mức 132.000 đồng/kg``: a region of the country as the site
            return at_region["region"]
        first = bisect_left(self._starts, region_start)
        site = (
            None
            if first < len(self._starts) and self._starts[first] < region_end
            else self._site_after(region_end)
        )
        if site is not None:
            return site
        generic = _GENERIC.search(region) if _GENERIC_HINT.search(region) else None
        if generic is not None and _names_a_source(region, after_figure):
            return previous or self._speakers(sentence_start, region_end)
        if generic is None:
            return (
                _counts_provinces(low, region_end)
                or self._within_after(region_end)
                or (self._last if "đây" in region and _HERE.search(region) else None)
                or previous
                or self._speakers(sentence_start, region_end)
            )
        if generic["commune"]:
            return self._last_named(region_start + generic.start(), "commune")
        if generic["district"]:
            return self._last_named(region_start + generic.start(), "district")
        return self._bare_province(region_start + generic.start()) if generic["province"] else self.default

    def _country_in(self, region: str, region_start: int, after_figure: bool) -> re.Match[str] | None:
        """The whole country as the subject of the clause ``region`` (lower-cased), or as the owner of the
        quantity heading it (``_country_owns``) when no figure of the sentence came before."""
        if any(word in region for word in COUNTRY):
            return _COUNTRY.search(region) or (
                None if after_figure else self._country_owns(region_start, region)
            )
        if not any(name in region for name in COUNTRY_NAMES):
            return None  # most clauses
        # the name in the figure's own clause: a condition before a comma (``nếu Việt Nam mở lại các
        # đường bay, lượng khách đến TPHCM đạt``) is not what the figure is about
        last_clause = max(region.rfind(","), region.rfind(";"), region.rfind(":"), 0)
        return _COUNTRY.search(region, last_clause)

    def _frames(self, region: str, region_start: int, country: re.Match[str], after_figure: bool) -> bool:
        """True when the whole country, named in a comma clause before the figure's own, is only the frame
        a subject already given is set in (``Bình Dương là thủ phủ của cả nước, chiếm 40% ...``; ``A đạt
        7%, nằm trong tốp đầu của cả nước, thu ngân sách đạt 900 tỷ đồng``): that subject is a place named
        before it in the clause, or the figure before it in the sentence.  A country that opens the clause
        (``Trên phạm vi cả nước, IIP tăng 8%``) or is in the figure's own comma clause stays its subject."""
        if "," not in region[country.end() :]:
            return False  # most: the country in the figure's own clause
        if after_figure:
            return True
        i = bisect_left(self._starts, region_start)
        return i < len(self._starts) and self._starts[i] < region_start + country.start()

    def _country_owns(self, region_start: int, region: str) -> re.Match[str] | None:
        """The whole country written right after the quantity that heads the clause, as its owner
        (``GDP cả nước năm 2023 tăng 5,05%``), with no place between; not after a figure of the
        sentence, whose whole it names (``chiếm 40% diện tích trồng dừa cả nước với 163.000 hộ``)."""
        owner = _COUNTRY_OWNS.search(region)
        if owner is None:
            return None
        i = bisect_left(self._starts, region_start + owner.start())
        between = i < len(self._starts) and self._starts[i] < region_start + owner.start("country")
        return None if between else owner

    def _sentence_head(self, sentence_start: int, region_start: int) -> str | None:
        """The place heading the sentence before ``region_start`` (``Huyện Trà Cú là ...``, ``Tại xã
        Phù Việt, ...``), if any."""
        if not 0 <= sentence_start < region_start:
            return None
        if sentence_start not in self._heads:  # once per sentence, not per figure
            self._heads[sentence_start] = self._head_of(sentence_start)
        head = self._heads[sentence_start]
        return head.name if head is not None and head.start < region_start else None

    def _in_country_paragraph(self, pos: int) -> bool:
        """True when the paragraph of ``pos`` opens with the whole country (``Cả nước có ...``, ``Tính
        chung toàn quốc, ...``): its figures that name no place of their own are the country's, to the
        paragraph's end and no further."""
        if not self._names_country:
            return False  # most articles
        start = self.text.rfind("\n", 0, pos) + 1
        opens = self._country_paragraphs.get(start)
        if opens is None:
            i = bisect_left(self._starts, start)
            opens = self._country_paragraphs[start] = (
                i < len(self._places)
                and self._places[i].level == "country"
                and _COUNTRY_HEAD.fullmatch(self.text, start, self._places[i].start) is not None
            )
        return opens

    def _region_paragraph(self, pos: int) -> str | None:
        """The region of the country the paragraph of ``pos`` opens with (``Vùng Đông Nam Bộ tăng trưởng
        GRDP ước đạt 7,98%``, in a round-up of the regions side by side): its figures that name no place of
        their own are the region's, to the paragraph's end."""
        if not self._names_region:
            return None  # most articles
        start = self.text.rfind("\n", 0, pos) + 1
        if start not in self._region_paragraphs:
            head = _REGION_HEAD.match(self.text, start)
            self._region_paragraphs[start] = head["region"] if head is not None else None
        return self._region_paragraphs[start]

    def _section(self, low: str, sentence_start: int, pos: int, end: int) -> str | None:
        """The unit whose section of the article holds ``pos``: a paragraph that opens as an item about it
        (``- Huyện A: tổng giá trị sản xuất đạt ... Tỷ lệ hộ nghèo còn 2,1%``) or with it, smaller than the
        article's place (``Tại huyện A, ... Tỷ lệ hộ nghèo còn 2,1%``), to ``PARAGRAPH_REACH`` at most; or the
        paragraphs after a heading line that names it alone (``2. Huyện A``), to the next heading or
        ``SECTION_REACH`` on.  A
        report district by district writes its figures under each district's name once.  Not a sentence
        that names a unit by its word, from its start to the figure at ``end`` (``Toàn tỉnh thu 900 tỷ đồng``)."""
        if not self._others:
            return None  # an article that names no place but its own
        if self._sections is None:
            self._sections = self._find_sections()
        starts, sections = self._sections
        i = bisect_left(starts, pos + 1) - 1
        if i < 0:
            return None
        place, origin, reach = sections[i]
        if place is None or pos - origin > reach:
            return None
        unit = _UNIT_WORD.search(low, max(sentence_start, starts[i], 0), end)
        return place if unit is None else None

    def _find_sections(self) -> tuple[list[int], list[_Section]]:
        """Where each section starts and what it is (see ``_Section``), in order."""
        starts: list[int] = []
        sections: list[_Section] = []
        text = self.text
        at = 0
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if at < end:
                heading = _HEADING.fullmatch(text, at, end)
                item = None if heading else _ITEM_HEAD.match(text, at, end)
                named = None
                if heading is not None:
                    starts.append(end + 1)
                    sections.append(
                        _Section(
                            self._named_alone(heading.start("name"), heading.end("name")),
                            end + 1,
                            SECTION_REACH,
                        )
                    )
                elif item is not None:
                    named = self._named_alone(item.start("name"), item.end("name"))
                else:
                    named = self._paragraph_head(at, end)  # a paragraph that opens with a smaller unit
                if named is not None:
                    # the paragraph's own, then the section it interrupts again
                    before = sections[-1] if sections else _Section(None, 0, 0)
                    starts += [at, end + 1]
                    sections += [_Section(named, at, PARAGRAPH_REACH), before]
            at = end + 1
        return starts, sections

    def _paragraph_head(self, start: int, end: int) -> str | None:
        """The unit smaller than the article's that heads the first sentence of the paragraph ``text[start:end]``
        (``Tại huyện A, ...``, ``Huyện A có ...``), unless that sentence reports a meeting held there."""
        i = bisect_left(self._starts, start)
        if i == len(self._starts) or self._starts[i] >= min(start + TAIL, end):
            return None  # most paragraphs: no place at their head
        head = self._head_of(start)
        if head is None or not self._smaller(head):
            return None
        stop = _SENTENCE_STOP.search(self.text, head.end, end)
        return None if _MEETING.search(self.text, start, stop.start() if stop else end) else head.name

    def _named_alone(self, start: int, end: int) -> str | None:
        """The unit ``text[start:end]`` names, with its administrative word or none, when it is nothing
        else and not the article's own place."""
        i = bisect_left(self._starts, start)
        while i < len(self._places) and self._places[i].start < end:
            place = self._places[i]
            if (
                place.end == end
                and place.name != self.default
                and _CELL_WORD.fullmatch(self.text, start, place.start) is not None
            ):
                return place.name
            i += 1
        return None

    def _head_of(self, sentence_start: int) -> _Place | None:
        """The first place named in the sentence at ``sentence_start`` when it heads it, unless it is
        the article's own place."""
        i = bisect_left(self._starts, sentence_start)
        if i == len(self._places):
            return None
        place = self._places[i]
        if place.name == self.default or _DATELINE.match(self.text, place.end) is not None:
            return None
        if _HEAD_BEFORE.fullmatch(self.text, sentence_start, place.start) or _SITE_HEAD.fullmatch(
            self.text, sentence_start, place.start
        ):
            return place
        if self._sourced(sentence_start, place):
            return place
        return place if self._ends_site(sentence_start, place) else None

    def _sourced(self, start: int, place: _Place) -> bool:
        """True when ``place``, with its administrative word, ends the source the text at ``start`` opens
        with (``Theo Phòng Nông nghiệp huyện A, ...``: ``_SOURCE_HEAD``)."""
        return (
            self.text.startswith(",", place.end)
            and _ADMIN_HEAD.match(self.text, place.start) is not None
            and _SOURCE_HEAD.fullmatch(self.text, start, place.start) is not None
        )

    def _ends_site(self, start: int, place: _Place) -> bool:
        """True when ``place``, named with its administrative word, ends the site that ``tại``/``ở``
        opens the sentence or clause at ``start`` with, right before what is said there (``Còn tại các khu
        du lịch ở Hòn Rơm, Mũi Né hay trung tâm thành phố Phan Thiết giá cả tăng 10-30%``): the sites
        are in that place."""
        return (
            _SITE_WORDS_HEAD.fullmatch(self.text, start, place.start) is not None
            and _ADMIN_HEAD.match(self.text, place.start) is not None
            and _SAID_THERE.match(self.text, place.end) is not None
        )

    def spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """Where places are named between ``start`` and ``end``: a label leaves them out."""
        i = bisect_left(self._starts, start)
        found = []
        while i < len(self._places) and self._places[i].start < end:
            found.append((self._places[i].start, min(self._places[i].end, end)))
            i += 1
        return found

    def _is_subject(self, region_start: int, i: int, region_end: int) -> bool:
        """True when place ``i`` is the subject of the region; an organ's place (``UBND TPHCM``) is,
        unless the region names another place before the figure (``... quy hoạch khu đô thị
        Cần Giờ quy mô 2.870 ha`` is about Cần Giờ)."""
        # a slice, not ``search(text, region_start, start)``: ``^`` must match at the region's head
        place = self._places[i]
        if _DATELINE.match(self.text, place.end) is not None:
            return False
        before = self.text[region_start : place.start]
        # only the tail can hold what the patterns end with (``$``); ``^`` still means the region's head
        tail = max(len(before) - TAIL, 0)
        at_tail = before[-TAIL:].lower()
        if ("tại" in at_tail or "ở" in at_tail) and _VENUE_BEFORE.search(
            before, max(len(before) - 2 * TAIL, 0)
        ):
            return False  # ``Tại hội nghị ở huyện A, Sở Nông nghiệp cho biết ...``: where it was said
        if _SUBJECT_BEFORE.search(before, tail) or self._has_what_follows(place) or self._sited(i, before):
            return True
        if self._sourced(region_start, place):
            return True
        if "|" in before or self.text.startswith("|", place.end) or self.text.startswith(" |", place.end):
            return self._names_row(place, region_end)
        if _RANK_NEIGHBOUR.fullmatch(before) and self._opens_bracket(region_start):
            self._ranked = True
            return True
        if self._ends_site(region_start, place):
            return True
        later = i + 1 < len(self._places) and self._places[i + 1].start < region_end
        return not later and _ORGAN_BEFORE.search(before, max(len(before) - 2 * TAIL, 0)) is not None

    def _subject_after(self, pos: int) -> str | None:
        """The unit that opens the clause right after the figure at ``pos`` and its comma (``Với 250 tỷ
        đồng, huyện A dẫn đầu``), named with its administrative word or as a district of the province."""
        comma = _COMMA_AFTER.match(self.text, pos)
        if comma is None:
            return None
        i = bisect_left(self._starts, comma.end())
        if (
            i == len(self._places)
            or _CELL_WORD.fullmatch(self.text, comma.end(), self._places[i].start) is None
        ):
            return None
        return self._addressed(i).name

    def _names_row(self, place: _Place, pos: int) -> bool:
        """True when ``place`` is the name cell of the table row that holds the figure at ``pos`` (``2 |
        Huyện A | 180 tỷ đồng | 98%``): the row's figures are the place's."""
        line = self.text.rfind("\n", 0, place.start) + 1
        cell = max(self.text.rfind("|", line, place.start) + 1, line)
        after = _CELL_END.match(self.text, place.end)
        return (
            after is not None
            and after.end() <= pos
            and "\n" not in self.text[place.end : pos]
            and _CELL_WORD.fullmatch(self.text, cell, place.start) is not None
        )

    def _item_of(self, region_start: int) -> str | None:
        """The place an item of a list names right before its colon, when the figure opens the item
        (``... như sau: Cư Jút: 29 trường; Đắk Mil: 27 trường``): each item is its own place's.  The
        place must open the item too (after ``:``, ``;``, ``,``, ``và`` or a line's start, with at most
        its administrative word), so a label ending in a place (``Dân số Hà Nội: 8 triệu``) is left alone."""
        colon = self.text.rfind(":", max(region_start - 3, 0), region_start + 1)
        if colon < 0 or self.text[colon + 1 : region_start].strip():
            return None  # most figures
        i = bisect_left(self._starts, colon) - 1
        if i < 0 or self.text[self._places[i].end : colon].strip():
            return None
        place = self._places[i]
        before = self.text[max(place.start - TAIL, 0) : place.start]
        return place.name if _ITEM_BEFORE.search(before) else None

    def _opens_bracket(self, region_start: int) -> bool:
        """True when the region starting at ``region_start`` opens a bracket."""
        return self.text[max(region_start - 3, 0) : region_start].rstrip().endswith("(")

    def _sited(self, i: int, before: str) -> bool:
        """True when place ``i`` is named in brackets after a site that ``tại``/``ở`` opens the clause with
        and that names no place itself (``Riêng tại công trình Tượng đài ... (Tam Kỳ), lượng khách ...``):
        the site is in that place.  Not the parent in an address (``tại huyện A (tỉnh B)``)."""
        if not before.endswith("(") and not _BRACKET_OPEN_END.search(before, max(len(before) - TAIL, 0)):
            return False
        site = _SITE_TO_BRACKET.search(before, max(len(before) - SITE_TO_BRACKET, 0))
        if site is None:
            return False
        opened = self._places[i].start - (len(before) - site.start())
        return i == 0 or self._places[i - 1].end <= opened

    def _list_end(self, i: int, region_end: int) -> int:
        """The last of the places of one level listed from place ``i`` on before ``region_end`` (``các
        huyện Tân Yên, Yên Thế và Lục Ngạn``); ``i`` when none follows it so."""
        level = self._places[i].level
        while (
            i + 1 < len(self._places)
            and self._places[i + 1].start < region_end
            and self._places[i + 1].level == level
            and _LIST_GAP.fullmatch(self.text, self._places[i].end, self._places[i + 1].start) is not None
        ):
            i += 1
        return i

    def _joined(self, first: int, last: int) -> str:
        """The names of the places ``first`` to ``last`` of a list, joined as the text joins them (``Quản
        Bạ, Yên Minh và Mèo Vạc``), without the administrative words between (``A, huyện B``)."""
        joined = self._places[first].name
        for k in range(first + 1, last + 1):
            gap = self.text[self._places[k - 1].end : self._places[k].start]
            joined += (" và " if _AND.search(gap) else ", ") + self._places[k].name
        return joined

    def _heads_clause(self, region_start: int, start: int) -> bool:
        """True when a list of places at ``start`` is the subject its clause opens with: nothing before
        it in the clause, or a few words after a word that sets a subject (``Riêng tại các resort khu
        vực huyện A, B, C``, ``đối với những vùng như A, B``).  A list in the middle of a clause is where
        something is (``mô hình ở xã A, B, C, với tổng diện tích 2 ha``): the figure is not the list's."""
        before = self.text[region_start:start]
        head = before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1 :].lower().split()
        if len(head) > _LIST_HEAD_WORDS:
            return False
        return not head or head[0] in _LIST_OPENERS or " ".join(head) in ADMIN_WORDS

    def _has_what_follows(self, place: _Place) -> bool:
        """True when a place named with its administrative word is followed by ``có``/``đạt``: ``Vụ
        Xuân 2017 xã Phù Việt (Thạch Hà) có hơn 222 ha lúa nhiễm bệnh`` counts the commune's."""
        return (
            _ADMIN_HEAD.match(self.text, place.start) is not None
            and _SUBJECT_AFTER.match(self.text, place.end) is not None
            and _NOT_SUBJECT_BEFORE.search(self.text, max(place.start - TAIL, 0), place.start) is None
        )

    def _bracketing(self, pos: int) -> str | None:
        """The place whose name a figure at ``pos`` follows in brackets: ``các huyện Cẩm Xuyên (3.679
        ha); Thạch Hà (hơn 3.382 ha)`` gives each its own.  A name the gazetteer found there is
        taken; a bare one (``Thạch Hà``, not introduced with its word) only if it is a unit inside
        the article's place."""
        if self.text.rfind("(", max(pos - _BRACKET_REACH, 0), pos) < 0:
            return None  # most figures: no bracket just before them
        i = bisect_left(self._starts, pos) - 1
        if i >= 0 and _BRACKET_BEFORE.fullmatch(self.text, self._places[i].end, pos) is not None:
            return self._places[i].name
        named = _NAME_BEFORE_BRACKET.search(self.text, max(pos - 3 * _BRACKET_REACH, 0), pos)
        if named is None or not _inside(named["name"], self.default):
            return None
        return named["name"]

    def _speakers(self, sentence_start: int, pos: int) -> str | None:
        """The place whose official speaks the sentence of a figure at ``pos`` (``Bí thư Đảng ủy xã
        Nghi Hưng cho biết: ... xã mới làm được 3 km``, ``..., ông A, Chủ tịch UBND xã B nói``), else
        the article's place: the quoted figures are the official's unit's."""
        owner = self._quote_owner(pos)
        if owner is not None:
            return owner
        if sentence_start < 0 or not self._officials:
            return self._visited(pos)
        quoted = self._quoting(pos)
        if quoted is not None:
            return quoted
        end = self.text.find(". ", pos, pos + SPEAKER_REACH)
        end = pos + SPEAKER_REACH if end < 0 else end
        for start, name, says_end, _ in self._officials[bisect_left(self._officials, (sentence_start, "")) :]:
            if start >= end:
                break
            if says_end <= end:
                return name
        return self._visited(pos)

    def _quote_owner(self, pos: int) -> str | None:
        """The unit whose people speak the quotation holding ``pos``, as they call it in it (``“Năm nay
        giá cam từ 40.000 đồng/quả ... người nông dân xã tôi thu hơn 7 tỷ đồng”``): the last one of that
        level named before, as the word alone would be; None outside quotation marks or without such words."""
        paragraph = self.text.rfind("\n", 0, pos) + 1
        curly, straight = self.text.rfind("“", paragraph, pos), self.text.rfind('"', paragraph, pos)
        if curly < 0 and straight < 0:
            return None  # most figures: not quoted
        opening = max(curly, straight)
        # a curly mark not closed since, or a straight one that is odd in its paragraph (the press mixes them)
        if self.text.find("”", opening, pos) >= 0 or (
            curly < straight and self.text.count('"', paragraph, pos) % 2 == 0
        ):
            return None
        closing = min(
            (at for at in (self.text.find("”", pos), self.text.find('"', pos)) if at >= 0), default=-1
        )
        if closing < 0 or self.text.find("\n", pos, closing) >= 0:
            return None
        own = _FIRST_PERSON.search(self.text, opening, closing)
        if own is None:
            return None
        if own["province"]:
            return self._holding("province")
        return self._last_named(own.start(), "commune" if own["commune"] else "district")

    def _visited(self, pos: int) -> str | None:
        """The unit a visit before ``pos`` in its paragraph went to (``Tổng Bí thư đã đến thăm và làm
        việc tại xã Sĩ Bình ...``), or that the organisation opening the paragraph is in, else the
        article's place: what the paragraph then reports is the unit's."""
        i = bisect_left(self._visits, (pos, "")) - 1
        if i < 0:
            return self.default
        start, name = self._visits[i]
        if pos - start > VISIT_REACH or self.text.find("\n", start, pos) >= 0:
            return self.default
        return name

    def _find_visits(self, low: str) -> list[tuple[int, str]]:
        """Where each visit to a unit smaller than the article's names it, and the unit; and each
        organisation that opens its paragraph with its address (see ``_opens_paragraph``)."""
        found = [(place.end, place.name) for place in self._places if self._opens_paragraph(place)]
        for word in ("thăm", "làm việc"):
            for at in positions(low, word):
                visit = _VISIT.match(self.text, at)
                if visit is None:
                    continue
                i = bisect_left(self._starts, visit.end())
                if (
                    i < len(self._places)
                    and self._places[i].start == visit.end()
                    and self._smaller(self._places[i])
                ):
                    found.append((self._places[i].end, self._places[i].name))
        return sorted(found)

    def _opens_paragraph(self, place: _Place) -> bool:
        """True when ``place`` is the address, in brackets, of the organisation that the first sentence
        of its paragraph is about (``Cũng chọn hướng đi này, HTX Nông nghiệp II Nhơn Thọ (xã Nhơn Thọ, TX
        An Nhơn) liên kết sản xuất lúa giống. Năm 2024, có 616 nông dân ...``): a unit smaller than the
        article's, or another of its level, whose figures the paragraph then gives."""
        if not self.text.endswith("(", max(place.start - 2, 0), place.start) or not _ADMIN_HEAD.match(
            self.text, place.start
        ):
            return False  # most places: not an address in brackets
        paragraph = self.text.rfind("\n", 0, place.start) + 1
        if _SENTENCE_STOP.search(self.text, paragraph, place.start):
            return False
        name = _ORGANISATION.search(self.text, max(paragraph, place.start - 2 * TAIL), place.start)
        return name is not None and (self._smaller(place) or self._peer(place))

    def _find_officials(self, low: str) -> list[tuple[int, str, int, str]]:
        """Where the article names an official of a unit smaller than its own, or of another unit of its
        level, who speaks (``Bí thư Đảng ủy xã Nghi Hưng cho biết``): the official's start, the unit,
        where the verb ends, and the unit's level."""
        found = self._province_officials(low)
        starts = [at for word in ("chủ tịch", "bí thư", "trưởng phòng") for at in positions(low, word)]
        if not starts:
            return found
        offices = (_OFFICE.match(self.text, at) for at in starts)
        for office in filter(None, offices):
            i = bisect_left(self._starts, office.end())
            if i == len(self._places) or self._places[i].start != office.end():
                continue
            place = self._places[i]
            says = _SAYS.search(self.text, place.end, place.end + SAYS_REACH)
            if says is not None and (self._smaller(place) or self._peer(place)):
                found.append((office.start(), place.name, says.end(), place.level))
        return sorted(found)

    def _province_officials(self, low: str) -> list[tuple[int, str, int, str]]:
        """In an article about a district or a commune, where an official of the province, named by its
        word alone, speaks (``Ông A, Chủ tịch Liên minh HTX tỉnh, cho biết: ... thành lập mới 15 HTX``): what
        the official says is the province's."""
        if not self._smaller_than_province() or "tỉnh" not in low:
            return []
        found = []
        for word in ("chủ tịch", "giám đốc", "bí thư", "trưởng ban", "cục trưởng"):
            for at in positions(low, word):
                office = _PROVINCE_OFFICE.match(low, at)
                province = self._holding("province") if office is not None else None
                if office is not None and province is not None and province != self.default:
                    found.append((at, province, office.end(), "province"))
        return found

    def _smaller_than_province(self) -> bool:
        """True when the article's own place is a district or a commune."""
        own = max((_LEVELS.get(level, 0) for level in self._default_levels), default=0)
        return own > _LEVELS["province"]

    def _quoting(self, pos: int, level: str | None = None) -> str | None:
        """The unit (of ``level``, if given) of the official whose words, in quotation marks after the
        verb, hold ``pos`` (``Chủ tịch Hội Nông dân xã Mai Phụ cho biết: “... chúng tôi có 8 HTX ... Tổng
        số vốn là 11 tỷ đồng”``): every sentence of the quote is the unit's, not only the first."""
        i = bisect_left(self._officials, (pos, "")) - 1
        while i >= 0 and pos - self._officials[i][0] <= QUOTE_REACH:
            _, name, says_end, unit_level = self._officials[i]
            opening = _QUOTE_OPEN.match(self.text, says_end)
            if opening is not None and level in (None, unit_level):
                closing = self.text.find("”" if opening.group().endswith("“") else '"', opening.end())
                if opening.end() <= pos < closing and self.text.find("\n", opening.end(), pos) < 0:
                    return name
            i -= 1
        return None

    def _smaller(self, place: _Place) -> bool:
        """True when ``place`` is a smaller unit than the article's: an official of the city speaks
        of the district an article is about, not of the city (``Chủ tịch UBND TPHCM nhấn mạnh quy
        hoạch huyện Cần Giờ ...``)."""
        own = max((_LEVELS.get(level, 0) for level in self._default_levels), default=_LEVELS["province"])
        return _LEVELS.get(place.level, 0) > own

    def _peer(self, place: _Place) -> bool:
        """True when ``place`` is another unit of the article's own level: the official of a
        neighbouring commune quoted in an article about one speaks of theirs."""
        return place.name != self.default and place.level in self._default_levels

    def _site_after(self, pos: int) -> str | None:
        """The place a figure at ``pos`` is said to be at after it, in its own clause: ``khách sạn 500
        phòng tại Mỹ Đình (quận Nam Từ Liêm)``, ``2 dự án nhà máy may tại xã Tây Hồ``; only a place
        named with its administrative word, after ``tại``/``ở`` or in brackets; or the owner of the
        figure, named with ``của`` right after its unit (``3 địa phương của huyện Hoài Ân``)."""
        i = bisect_left(self._starts, pos)
        if i == len(self._places) or self._places[i].start >= pos + SITE_REACH:
            return None  # most figures: no place named soon after them
        owner = _OWNER.match(self.text, pos)
        if owner is not None and self._places[i].start == owner.end():
            return self._places[i].name
        number = _NUMBER.match(self.text, pos)
        end = _CLAUSE_END.search(self.text, number.end() if number else pos, pos + SITE_REACH)
        stop = end.start() if end else pos + SITE_REACH
        while i < len(self._places) and self._places[i].start < stop:
            place = self._places[i]
            if self._site_named(place, pos):
                # ``tại huyện Củ Chi và Bình Chánh``: a list of sites is where, not whose
                listed = _SITE_MORE.match(self.text, place.end) or self._list_end(i, pos + SITE_REACH) > i
                return None if listed else place.name
            i += 1
        return None

    def _site_named(self, place: _Place, pos: int) -> bool:
        """True when ``place``, after a figure at ``pos``, is named as its site: with its administrative
        word after ``tại``/``ở`` or in brackets (``tại xã Tây Hồ``, ``(quận Nam Từ Liêm)``); in an article
        about the whole country, also a province by its name alone after ``tại``/``ở`` (``tổng vốn 150
        triệu USD tại Phú Thọ``): a province's name is no common word, a district's or commune's often
        is, and in a province's own article another province after its figure is a route (``xuất 500 tấn
        gạo tại Hải Phòng``)."""
        if _ADMIN_HEAD.match(self.text, place.start):
            return _SITE_BEFORE.search(self.text, max(pos, place.start - TAIL), place.start) is not None
        return (
            self.default == COUNTRY_NAME
            and place.level == "province"
            and _AT_BEFORE.search(self.text, max(pos, place.start - 5), place.start) is not None
        )

    def _within_after(self, pos: int) -> str | None:
        """The unit a bare administrative word after a figure at ``pos``, in its clause, says it is
        within (``300 hộ nuôi trong huyện``, ``12 HTX trên địa bàn xã``): the last one of that level
        named before, as the word alone before a figure would be.  A unit larger than the article's is
        what the figure is ranked in, not whose it is (``cao nhất trong huyện`` of a commune)."""
        if _GENERIC_HINT.search(self.text, pos, pos + SITE_REACH) is None:
            return None  # most figures: no administrative word soon after them
        number = _NUMBER.match(self.text, pos)
        start = number.end() if number else pos
        end = _CLAUSE_END.search(self.text, start, pos + SITE_REACH)
        within = _WITHIN.search(self.text, start, end.start() if end else pos + SITE_REACH)
        if within is None:
            return None
        level = "commune" if within["commune"] else "district"
        own = max((_LEVELS.get(own, 0) for own in self._default_levels), default=_LEVELS["province"])
        return self._last_named(within.start(), level) if _LEVELS[level] >= own else None

    def _addressed(self, i: int) -> _Place:
        """Place ``i``, or the smaller unit whose address it ends: in ``toàn xã Nghi Diên, huyện Nghi
        Lộc có 40 hộ`` the district only says where the commune is."""
        while i > 0 and _ADDRESS_GAP.fullmatch(self.text, self._places[i - 1].end, self._places[i].start):
            if _LEVELS.get(self._places[i - 1].level, 0) <= _LEVELS.get(self._places[i].level, 0):
                break
            i -= 1
        return self._places[i]

    def _last_named(self, pos: int, level: str) -> str | None:
        """The last unit of ``level`` named before ``pos`` (not too far back), else the article's place:
        ``toàn huyện có ...`` after ``Đối với riêng huyện Trà Cú`` in an article about Trà Vinh.  An
        article about a unit of that level keeps its own: ``huyện`` there is the article's district.  In
        the quoted words of an official of a unit of that level, the word is the official's unit."""
        quoted = self._quoting(pos, level) if self._officials else None
        if quoted is not None:
            return quoted
        if level in self._default_levels:
            return self.default
        i = bisect_left(self._starts, pos) - 1
        while i >= 0 and self._places[i].start >= pos - COMMUNE_REACH:
            if self._places[i].level == level:
                return self._places[i].name
            i -= 1
        return self._holding(level)

    def _bare_province(self, pos: int) -> str | None:
        """The province a bare ``tỉnh`` at ``pos`` stands for: the one holding the article's place
        (``_holding``), unless that is a city run by the centre (``Hải Phòng``), which the press calls
        ``thành phố``, never ``tỉnh``: then the last province named before (``Xếp sau Hải Phòng là tỉnh
        Bà Rịa - Vũng Tàu ... Đến năm 2025, tỉnh đặt mục tiêu ...``), if there is one not too far back."""
        held = self._holding("province")
        if held is None or not _is_city(held):
            return held
        i = bisect_left(self._starts, pos) - 1
        while i >= 0 and self._places[i].start >= pos - COMMUNE_REACH:
            place = self._places[i]
            if place.level == "province" and not _is_city(place.name):
                return place.name
            i -= 1
        return held

    def _holding(self, level: str) -> str | None:
        """The unit of ``level`` that holds the article's place: ``toàn tỉnh có 62 HTX`` in an article
        about a commune is its province's, not the commune's.  The article's place itself when it is
        no smaller, or when the gazetteer cannot tell which unit holds it: of the units of that name,
        the one whose parent the article names, else the only one."""
        own = [own_level for own_level in self._default_levels if own_level in _LEVELS]
        if not own or max(_LEVELS[own_level] for own_level in own) <= _LEVELS[level]:
            return self.default
        names = gazetteer()
        units = names.units
        holders: dict[str, set[str]] = {}  # by the name of each holder, the names of the units between
        for unit_id in names.lookup(self.default or ""):
            if units[unit_id].level in own:
                chain = [units[a] for a in names.ancestors(unit_id)]
                holder = next((unit.name for unit in chain if unit.level == level), None)
                if holder is not None:
                    holders.setdefault(holder, set()).update(name_key(unit.name) for unit in chain)
        named = {name_key(place.name) for place in self._places if place.name != self.default}
        fits = [holder for holder, chain in holders.items() if not named.isdisjoint(chain)]
        if len(fits) == 1:
            return fits[0]
        return next(iter(holders)) if len(holders) == 1 else self.default


class _Section(NamedTuple):
    """A stretch of the article about one unit: the unit (None where a heading names none), where the
    stretch opened (its heading's paragraph, or the paragraph itself), and how far from there it reaches."""

    place: str | None
    origin: int
    reach: int


class _Place(NamedTuple):
    start: int
    name: str
    level: str
    end: int


def _places_in(text: str, after_dash: frozenset[str]) -> list[_Place]:
    """Every place the gazetteer finds in ``text``, in order, spelled as written."""
    try:
        mentions = find_places(text)
    except Exception:  # the gazetteer must never break extraction
        return []
    places = []
    written: dict[str, str | None] = {}
    for m in mentions:
        start, end, name = getattr(m, "start", None), getattr(m, "end", None), getattr(m, "name", None)
        if isinstance(start, int) and isinstance(end, int) and name:
            name = str(name)
            if name not in written:
                written[name] = _as_written(text, name, after_dash)
            name = written[name] or name
            places.append(_Place(start, name, str(getattr(m, "level", "")), end))
    return sorted(places + _unlisted_communes(text, places) + _unlisted_districts(text, places))


#: A run of capitalised words after ``xã`` whose later part starts with a family name is a commune and a
#: person (``Phó Chủ tịch xã Phù Việt Nguyễn Văn An cho hay``).
_COMMUNE = re.compile(
    r"(?:(?<![^\W\d_])(?:xã|phường|thị\s+trấn)|(?:(?<=^)|(?<=\n)|(?<=[.!?]\s))(?:Xã|Phường|Thị\s+trấn))"
    rf"\s+(?P<name>{_CAPITALISED}(?:\s{_CAPITALISED}){{0,2}})"
    rf"(?:(?=\s(?:{SURNAMES})\s{_CAPITALISED})|(?!\s?{_CAPITALISED}|[\w{APOSTROPHES}]))"
)


@cache
def _is_city(name: str) -> bool:
    """True when ``name`` is a province-level city (``Hải Phòng``, ``Cần Thơ``) and no province of the
    name is a ``tỉnh``."""
    names = gazetteer()
    kinds = {names.units[u].kind for u in names.lookup(name) if names.units[u].level == "province"}
    return kinds == {"Thành phố"}


def _inside(name: str, place: str | None) -> bool:
    """True when the gazetteer has a unit called ``name`` inside ``place`` (the country holds all)."""
    names = gazetteer()
    units = names.units
    for unit_id in names.lookup(name):
        if place == COUNTRY_NAME or any(
            name_key(units[a].name) == name_key(place or "") for a in names.ancestors(unit_id)
        ):
            return True
    return False


#: A meeting or a ceremony: the place a sentence about one names is where it was held (a visit's is
#: what the visit reports on: ``_VISIT``).
_MEETING = re.compile(
    r"(?<![^\W\d_])(?:hội\s+nghị|hội\s+thảo|kỳ\s+họp|phiên\s+họp|cuộc\s+họp|khai\s+mạc|diễn\s+ra"
    r"|tổ\s+chức\s+(?:lễ\s+(?!hội)|buổi|cuộc|kỳ|phiên|đại\s+hội))"
)
#: The end of a sentence: a stop, not in a number, nor after an abbreviation (``TP. Hà Nội``).
_SENTENCE_GAP = re.compile(rf"(?<![\s(][{UPPER}])(?<![\s(][{UPPER}][^\W\d_])[.!?…](?!\d)[\"”’)]*\s+")


_SPACE = re.compile(r"\s*")
_STOPS = ".!?…"
#: How long the sentence before may be.
SENTENCE_REACH = 600


def _previous_sentence(text: str, sentence_start: int) -> int | None:
    """Where the sentence before the one at ``sentence_start`` starts in its paragraph, if there is one
    and it is no longer than ``SENTENCE_REACH`` (a paragraph is not searched back to its start: a pasted
    page can be one paragraph of thousands of figures)."""
    reach = max(sentence_start - SENTENCE_REACH, 0)
    paragraph = text.rfind("\n", reach, sentence_start) + 1 or reach
    opening = _SPACE.match(text, sentence_start).end()  # type: ignore[union-attr]
    end = _last_stop(text, paragraph, opening)
    if end < 0 or _SENTENCE_GAP.match(text, end).end() != opening:  # type: ignore[union-attr]
        return None  # the first sentence of its paragraph, or a start this rule does not see as one
    start = _last_stop(text, paragraph, end)
    if start >= 0:
        return _SENTENCE_GAP.match(text, start).end()  # type: ignore[union-attr]
    return paragraph if paragraph > reach or reach == 0 else None


def _last_stop(text: str, start: int, end: int) -> int:
    """Where the last stop that ends a sentence (``_SENTENCE_GAP``) is between ``start`` and ``end``, else -1."""
    at = end
    while True:
        at = max(text.rfind(mark, start, at) for mark in _STOPS)
        if at < 0:
            return -1
        gap = _SENTENCE_GAP.match(text, at)
        if gap is not None and gap.end() <= end:
            return at


def _names_a_source(region: str, after_figure: bool) -> bool:
    """True when the administrative word ending ``region`` names the level that gives the figure, not
    the place it is for: the figure stays with the place of the sentence."""
    return _SOURCE_LEVEL.search(region, max(len(region) - TAIL, 0)) is not None or (
        after_figure and _NEXT_LEVEL.fullmatch(region) is not None
    )


def _counts_provinces(low: str, pos: int) -> str | None:
    """The country, when the figure at ``pos`` counts provinces (``rót vốn vào 37 tỉnh thành phố``):
    only the whole country has them to count."""
    return (
        COUNTRY_NAME
        if low.startswith("tỉnh", low.find(" ", pos) + 1) and _PROVINCES.match(low, pos)
        else None
    )


def _unlisted_communes(text: str, found: list[_Place]) -> list[_Place]:
    """Communes named with their administrative word that the gazetteer does not hold: the press
    writes the communes of its day, and many were merged since (``xã Nghi Diên, huyện Nghi Lộc``).  The
    word is capitalised only at the head of a sentence (``Xã Nghi Phú cần ...``): elsewhere ``cam Xã
    Đoài`` is a product."""
    covered = {place.start for place in found} | {place.end for place in found}
    communes = []
    for word in ("xã", "phường", "thị", "Xã", "Phường", "Thị"):
        for at in positions(text, word):
            m = _COMMUNE.match(text, at)
            if m is not None and m.start() not in covered and m.end() not in covered:
                communes.append(_Place(m.start(), m["name"], "commune", m.end()))
    return communes


_DISTRICT = re.compile(
    rf"(?<![^\W\d_])huyện\s+(?P<name>{_CAPITALISED}(?:\s{_CAPITALISED}){{0,2}})"
    rf"(?:(?=\s(?:{SURNAMES})\s{_CAPITALISED})|(?!\s?{_CAPITALISED}|[\w{APOSTROPHES}]))"
)


def _unlisted_districts(text: str, found: list[_Place]) -> list[_Place]:
    """Districts named with ``huyện`` that the gazetteer does not hold (``UBND huyện Lộc Hà``): a
    district the data misses is still a district."""
    covered = {place.start for place in found} | {place.end for place in found}
    districts = []
    for at in positions(text, "huyện"):
        m = _DISTRICT.match(text, at)
        if m is not None and m.start() not in covered and m.end() not in covered:
            districts.append(_Place(m.start(), m["name"], "district", m.end()))
    return districts


def _bare_districts(text: str, default: str | None, found: list[_Place]) -> list[_Place]:
    """The districts of the article's province that the text names bare (``tượng đài ... (Tam Kỳ)``,
    ``những vùng hạn nặng như Krông Nô, Đắk Mil``): an article about a province writes its districts
    without ``huyện`` once the reader knows where they are.  Only a whole name, not the head or tail of
    a longer capitalised one (``Tam Kỳ Tourist``), nor the province's or the article's own name."""
    names = gazetteer()
    units = names.units
    provinces: set[int] = set()
    for unit_id in _largest(default or ""):
        chain = (unit_id, *names.ancestors(unit_id))
        provinces.update(u for u in chain if units[u].level == "province")
    if len(provinces) != 1:
        return []  # the country, a region, or a name of several provinces' units
    own = name_key(default or "")
    covered = [(place.start, place.end) for place in found]
    districts = []
    for name in _districts_of(provinces.pop()):
        if name_key(name) == own:
            continue
        for at, end in _spelled(text, name):
            if _BARE_BEFORE.search(text, max(at - 40, 0), at) or _BARE_AFTER.match(text, end):
                continue
            if not any(start <= at < stop or start < end <= stop for start, stop in covered):
                districts.append(_Place(at, name, "district", end))
    return districts


@cache
def _largest(name: str) -> tuple[int, ...]:
    """The gazetteer's units called ``name`` of the largest level that has one: the article's place
    ``Ninh Bình`` or ``Hòa Bình`` is the province, not the commune or ward of that name in another
    province (two provinces in three share their name with a smaller unit somewhere)."""
    names = gazetteer()
    found = [unit_id for unit_id in names.lookup(name) if names.units[unit_id].level in _LEVELS]
    top = min((_LEVELS[names.units[unit_id].level] for unit_id in found), default=None)
    return tuple(unit_id for unit_id in found if _LEVELS[names.units[unit_id].level] == top)


def _spelled(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``text`` writes ``name``, and a name with an apostrophe with any of them and either case after
    it (``Đắk R’lấp`` for ``Đắk R'Lấp``): a scraped page writes those names as its typist did."""
    found = [(at, at + len(name)) for at in positions(text, name)]
    for spelling in _apostrophe_spellings(name):
        found += [(at, at + len(spelling)) for at in positions(text, spelling)]
    return found


@cache
def _apostrophe_spellings(name: str) -> tuple[str, ...]:
    """The other ways to write ``name``'s apostrophe and the letter after it (none for most names)."""
    at = name.find("'")
    if at < 0 or at + 1 >= len(name):
        return ()
    head, letter, tail = name[:at], name[at + 1], name[at + 2 :]
    spellings = {
        f"{head}{mark}{case}{tail}" for mark in APOSTROPHES for case in (letter.lower(), letter.upper())
    }
    return tuple(sorted(spellings - {name}))


def _districts_of(province: int) -> tuple[str, ...]:
    """The names of the districts of the gazetteer's ``province``, but the one named as the province."""
    return _districts_by_province().get(province, ())


@cache
def _districts_by_province() -> dict[int, tuple[str, ...]]:
    """``_districts_of`` for every province, in one pass over the gazetteer (not one per province)."""
    units = gazetteer().units
    found: dict[int, list[str]] = {}
    for unit in units:
        parent = unit.parent
        if (
            unit.level == "district"
            and parent is not None
            and name_key(unit.name) != name_key(units[parent].name)
        ):
            found.setdefault(parent, []).append(unit.name)
    return {province: tuple(names) for province, names in found.items()}


#: A letter right before a bare name, or a capitalised word not heading its sentence (``Tại Tam Kỳ`` is
#: the district): the name is part of a longer one; or the words of a project or a route before it (``dự án
#: Sông Công``, ``cao tốc từ Vân Đồn đi Móng Cái``): the name is the project's or an end of the road.
_BARE_BEFORE = re.compile(
    rf"(?:[^\W\d_]|(?<![.!?]\s)(?<!\n)(?<!^){_CAPITALISED}\s"
    r"|(?<![^\W\d_])(?i:dự\s+án|từ|đi|tuyến|cao\s+tốc):?\s+)\Z"
)
#: A letter right after a bare name, or a capitalised word (``Tam Kỳ Tourist``); or the number of one of
#: a series named after the place (``Sông Công 1, Sông Công 2``, ``Yên Phong II đã ...``).
_BARE_AFTER = re.compile(
    rf"[\w{APOSTROPHES}]|\s?[-–]?\s?{_CAPITALISED}"
    r"|\s(?:\d|[IVX]{1,4})(?![.,]\d)(?:[,;)]|\s+(?:và|đã|đang|được|có|hoàn|đạt|thu|là|với|tăng|giảm)(?![^\W\d_]))"
)


def _words_after_dashes(text: str) -> frozenset[str]:
    """The words right after a dash in ``text``: a name with none of them is not hyphenated there.

    ``_AFTER_DASH`` is tried only at each dash ``str.find`` finds: run over the whole text, a regex
    led by a character class tries every character (as much as the rest of the place rules).  No
    match holds a second dash, so the words are those of ``findall``."""
    words = set()
    for dash in ("-", "–"):
        for at in positions(text, dash):
            after = _AFTER_DASH.match(text, at)
            if after is not None:
                words.add(after.group(1))
    return frozenset(words)


def _spaced_dash(lopsided: re.Match[str]) -> str:
    """The dash of ``_LOPSIDED_DASH``'s match with a space on either side."""
    return f" {lopsided.group().strip()} "


_DASHES = ("-", "–")


def _as_written(text: str, name: str | None, after_dash: frozenset[str]) -> str | None:
    """``name`` spelled as the text writes it most often: with the text's hyphen (``Thừa Thiên Huế`` →
    ``Thừa Thiên - Huế``) and apostrophe (``R'Lấp`` → ``R’Lấp``; the rarer shapes ``Rʼlấp``, ``R‘Lấp``,
    ``R`Lấp`` are the typographic one, ``R’lấp``, so that one place has one name); the gazetteer's
    spelling when the text never writes it otherwise."""
    if not name:
        return name
    # the dash is any of the text's (``Bà Rịa – Vũng Tàu``), as between any two words of the name
    words = [word for word in _ANY_APOSTROPHE.sub("'", name).split() if word not in _DASHES]
    if not _ANY_APOSTROPHE.search(name) and after_dash.isdisjoint(words[1:]):
        return name  # most names: no regex to build and run
    pattern = r"\s*[-–]?\s*".join(re.escape(word).replace("'", f"[{APOSTROPHES}]") for word in words)
    # the lookbehind after the name's first letter, not before it: the regex engine then skips to that
    # letter instead of trying every position of the text
    head = rf"{pattern[0]}(?<![^\W\d_].)" if pattern[0].isalpha() else rf"(?<![^\W\d_]){pattern[0]}"
    forms = Counter(m.group() for m in re.finditer(rf"{head}{pattern[1:]}(?![^\W\d_])", text))
    if not forms:
        return name
    best, count = forms.most_common(1)[0]
    return name if forms[name] >= count else _ODD_APOSTROPHE.sub("’", _LOPSIDED_DASH.sub(_spaced_dash, best))
