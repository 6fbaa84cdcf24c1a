"""Labels that took the wrong stretch of their sentence, set right: rules of the genre.

A label names the measured quantity (ANNOTATION.md, *The indicator label*).  Some figures are
named by words that only point at another figure or say how the figure was reached, and some
shares are called by the wrong one of the genre's two words for a share:

* ``chiếm 12,2%`` after ``23.500 hộ nghèo`` is a *rate* of those counted (``Tỷ lệ hộ nghèo``),
  as is any share written ``chiếm tỷ lệ``; a share of an amount stays ``Tỷ trọng``.
* ``..., lũy kế được 2.456 triệu đồng`` after ``thu nội địa được 280 triệu đồng`` is the running
  total of the measure before (``Thu nội địa lũy kế``), not of the month that measure was for.
* ``chiếm tỷ trọng 55,56%, tương đương 72,5 triệu USD`` is the amount of the part the share was
  of (``Kim ngạch xuất khẩu các nước châu Á``), not a thing called ``tương đương``.

* ``Các địa phương tiếp theo là Quảng Ninh với 40.680 tỷ đồng``, ``kế tiếp là Nhật Bản 3.605 triệu
  USD``: a ranking that goes on is of the measure the figure before it ranked.
* ``Ngoài ra, mặt hàng bia rượu đạt 0,42 triệu USD`` after ``kim ngạch nhập khẩu ô tô đạt ...``: an
  item said by its goods alone is traded as the goods before it (``Kim ngạch nhập khẩu bia rượu``).
* ``GRDP 9 tháng tăng 10,55% (6 tháng tăng 11,29%, quý III tăng 9,09%), trong đó: khu vực dịch vụ
  ...``: a span said in a bracket that closed before a figure is the aside's, not that figure's.
* ``do tác động của dịch Covid-19, đầu tư từ các dự án FDI giảm 51%``: the cause said before a
  comma is no part of what fell (``Đầu tư từ các dự án FDI giảm``).
* ``... dịch vụ chiếm 29%; thuế sản phẩm chiếm 5% (Cơ cấu tương ứng của năm 2023 là 28%; 35%;
  30%; 5%)``: each figure of a run said ``tương ứng`` (respectively) is the same measure as the
  figure of the run before it in the same place (``Tỷ trọng khu vực dịch vụ``); the year is its period.
* ``Tổng dân số vào thời điểm 0 giờ``, ``... hộ nghèo, tính đến thời điểm``: the moment a stock is
  counted at is its date, no word of what is counted.
* ``Lũy kế đến nay, toàn tỉnh có 1.450 dự án FDI với tổng vốn 12,5 tỷ USD; trong đó ...``: a
  sentence that opens with a running total since ever makes its first clause's figures running
  totals (``Dự án FDI lũy kế``), a stock no part of the year holds; the breakdown after ``;`` or
  ``trong đó`` is of parts, said for themselves.

Whole files name a thing once for several figures (stop 35):

* ``khu vực Bãi Khem với quy mô khoảng 15 ha; khu vực cảng Đá Đỏ, quy mô khoảng 17 ha``, ``dự án X của
  Công ty Y với tổng vốn đầu tư 150 triệu USD``: a lone measure given ``với`` or after a comma of a site
  or project is that site's (``Quy mô khu vực Bãi Khem``), not a measure of nothing.
* ``diện tích nuôi tôm nước lợ đạt 701 nghìn ha, sản lượng nuôi đạt 509 nghìn tấn``: a farming or
  fishing deed named alone takes the object its sentence gave it (``Sản lượng nuôi tôm nước lợ``).
* ``..., thu giữ: 29 kg ma túy tổng hợp; 4,8 kg heroin``: each item of a list headed by a seizure is
  what was seized (``Heroin thu giữ``), as ``thu giữ 12 kg ma túy`` names ``Ma túy thu giữ``.

The functions take what the label module knows (the label, the one before, the text between)
and return the label to keep; each leaves any other label alone.
"""

from __future__ import annotations

import re
from typing import Final

#: The heads of a share's part that count units (``xã``, ``hộ``, ``dự án``): its share is a rate.
_COUNTED_PART = re.compile(
    r"(?:số\s+)?(?:xã|phường|thôn|hộ|đơn\s+vị|dự\s+án|dn|người|lao\s+động|học\s+sinh|trẻ|trường|huyện|"
    r"làng)(?![^\W\d_])"
)
#: A whole that counts (``trong tổng số dự án đăng ký``, ``trong số DN còn hoạt động``).
_COUNTED_WHOLE = re.compile(r"(?:tổng\s+)?số(?![^\W\d_])(?!\s+(?:lượng|vốn|tiền|thu|chi))")
_WHOLE_HEAD = re.compile(r"^(?:tổng\s+)?(?:số\s+)?")
#: A share written as a rate right before its figure: ``chiếm tỷ lệ 35,1%``, ``chiếm tỉ lệ khoảng 8%``.
_SAID_RATE = re.compile(r"t[ỷỉ]\s+lệ(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*$")
SAID_RATE_REACH = 24

_CUMULATIVE = ("lũy kế", "luỹ kế")
#: A sentence's opening that sums up to now (``Lũy kế đến nay,``, ``Luỹ kế từ trước đến nay,``), not
#: over a part of the year (``lũy kế từ đầu năm``, ``lũy kế 8 tháng``) nor to a day (``đến ngày 15/12``).
_SUMMED_TO_NOW = re.compile(r"[\s.]*l(?:ũy|uỹ)\s+kế\s+(?:từ\s+trước\s+)?(?:đến|tới)\s+nay(?![^\W\d_])")
#: Where a running total's clause ends: a ``;`` or the breakdown ``trong đó`` opens.
_BREAKDOWN = re.compile(r";|trong\s+đó")
_NOW_TAIL = re.compile(r"(?:\s+l(?:ũy|uỹ)\s+kế)?\s+(?:đến|tới)\s+nay$", re.IGNORECASE)
#: A trade amount or share named by its market alone: ``Kim ngạch xuất khẩu Hàn Quốc``, ``Tỷ trọng kim
#: ngạch xuất khẩu Đài Loan``, ``Kim ngạch xuất khẩu thị trường chính là Hoa Kỳ``.
_TRADE_WITH = re.compile(
    r"(?:(?P<share>T[ỷỉ] trọng) )?(?P<trade>(?:[Tt]ổng )?[Kk]im ngạch (?:xuất|nhập) khẩu)(?: sang| từ)?"
    r"(?: thị trường(?: (?:xuất|nhập) khẩu)?(?: chính| chủ lực| (?:lớn|cao) nhất)?(?: là)?)? (?P<market>\w+(?: \w+){0,2})"
    r"(?: trong (?P<whole>(?:tổng )?kim ngạch (?:xuất|nhập) khẩu))?$"
)
#: A market's rank said in the words of its trade (``thị trường xuất khẩu lớn nhất``): no part of its name.
_RANKED_MARKET = re.compile(r" thị trường (?:xuất|nhập) khẩu (?:lớn|cao) nhất(?= |$)")
#: Markets named by a union's letters.
_UNIONS = frozenset({"EU", "ASEAN", "UAE", "APEC", "CPTPP", "EVFTA"})
#: A span of a single month (``tháng 10``): a running total is not that month's.
_ONE_MONTH = re.compile(r"tháng\s+\d{1,2}$", re.IGNORECASE)

_EQUIVALENT_LABELS = frozenset({"tương đương", "tương đương với", "tức", "tức là"})
#: What lies between a share and the amount it comes to: ``, tương đương``, ``(tương đương khoảng``.
_SHARE_TO_AMOUNT = re.compile(
    r"\s*[,(]?\s*(?:tương\s+đương(?:\s+với)?|tức(?:\s+là)?)(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*"
)
_SHARE_LABEL = re.compile(r"T[ỷỉ] (?:trọng|lệ) (?P<part>.+?)(?: trong (?P<whole>.+))?$")


def counted_share(label: str, before: str) -> str:
    """``Tỷ lệ hộ nghèo`` for ``Tỷ trọng hộ nghèo``: the share of a part that counts units (``xã``,
    ``hộ``, ``dự án``), or of a whole that counts them (``trong tổng số dự án``), or one the text
    itself calls ``tỷ lệ`` (``before`` is the lower-cased text that ends at the figure), is a rate.
    A share of an amount or a sector (``Tỷ trọng vốn ...``, ``Tỷ trọng doanh nghiệp FDI trong kim
    ngạch xuất khẩu``) stays."""
    if label[:9] not in ("Tỷ trọng ", "Tỉ trọng "):
        return label
    rest = label[9:]
    part, _, whole = rest.partition(" trong ")
    low_part, low_whole = part.lower(), whole.lower()
    said = _SAID_RATE.search(before) is not None
    head = _COUNTED_PART.match(low_part)
    whole_counts = bool(whole) and (
        _COUNTED_WHOLE.match(low_whole) is not None
        or (head is not None and _WHOLE_HEAD.sub("", low_whole).startswith(_WHOLE_HEAD.sub("", head[0])))
    )
    if said or whole_counts or (head is not None and not whole):
        return f"{label[:2]} lệ {rest}"
    return label


def cumulative_of(label: str, previous: str) -> str:
    """``Thu nội địa lũy kế`` for ``thu nội địa được 280 tỷ đồng, lũy kế được 2.456 tỷ đồng``: a label
    that says only ``lũy kế`` is the running total of the measure named right before it."""
    if label.lower() not in _CUMULATIVE or not previous or previous.lower().endswith(_CUMULATIVE):
        return label
    return f"{previous} {label.lower()}"


def summed_to_now(label: str, opening: str) -> str:
    """``Dự án FDI lũy kế`` for ``Lũy kế đến nay, toàn tỉnh có 1.450 dự án FDI``: ``opening`` is the
    figure's sentence up to it, lower-cased; a figure of the first clause of a sentence that opens
    summing up to now is a running total, as the genre's labels say at their end."""
    opened = _SUMMED_TO_NOW.match(opening)
    if opened is None or _BREAKDOWN.search(opening, opened.end()) or not label:
        return label
    label = _NOW_TAIL.sub("", label)  # ``Dự án lũy kế đến nay``: the opening taken as the label's tail
    return label if label.lower().endswith(_CUMULATIVE) else f"{label} lũy kế"


def market_of(label: str) -> str:
    """``Kim ngạch xuất khẩu sang Hàn Quốc`` for ``... kế tiếp là Hàn Quốc 3.155 triệu USD``: a trade
    amount named by a market takes the market's preposition (ANNOTATION.md: ``Kim ngạch xuất khẩu
    sang EU``), and its share is the market's in the trade (``Tỷ trọng thị trường Hàn Quốc trong kim
    ngạch xuất khẩu``); a market is a name (``Hàn Quốc``, ``EU``), not a sector (``FDI``), and its rank
    (``thị trường xuất khẩu lớn nhất``) no part of the label."""
    if "nhất" in label:  # ``Mỹ là thị trường xuất khẩu lớn nhất với kim ngạch ...``: a rank, no market
        label = _RANKED_MARKET.sub("", label)
    found = _TRADE_WITH.match(label)
    if found is None or not all(_is_market_word(word) for word in found["market"].split()):
        return label
    trade, market = found["trade"], found["market"]
    if found["share"]:
        whole = found["whole"] or f"{trade[:1].lower()}{trade[1:]}"
        return f"{found['share']} thị trường {market} trong {whole}"
    if found["whole"]:
        return label  # a whole said of no share
    into = "sang" if "xuất" in trade else "từ"
    return f"{trade} {into} {market}"


def _is_market_word(word: str) -> bool:
    """A word of a market's name: a proper name's (``Hàn``, ``Kong``) or a union's (``EU``, ``ASEAN``)."""
    return word in _UNIONS or (word[:1].isupper() and word[1:].islower())


def takes_span(label: str, span: str) -> bool:
    """False for a running total and a single month (``Thu nội địa lũy kế`` and ``tháng 10``): the
    total runs from the start of the year, the month was the figure before's."""
    return not (label.lower().endswith(_CUMULATIVE) and _ONE_MONTH.search(span))


def amount_of_share(label: str, share: str, between: str, money: bool) -> str:
    """``Các nước châu Á`` for ``các nước châu Á chiếm tỷ trọng 55,56%, tương đương 72,5 triệu USD``:
    an amount said to be what the share right before it (``share``, its label; ``between``, the text
    between the two figures) comes to is the amount of the share's part; of the whole's measure,
    when the whole is said and the amount is money (``Kim ngạch xuất khẩu các nước châu Á``)."""
    if label.lower() not in _EQUIVALENT_LABELS or not _SHARE_TO_AMOUNT.fullmatch(between):
        return label
    named = _SHARE_LABEL.match(share)
    if named is None:
        return label
    part, whole = named["part"], named["whole"] or ""
    whole = whole[5:] if whole[:5].lower() == "tổng " else whole
    if money and whole and not _COUNTED_WHOLE.match(whole.lower()):
        return f"{whole[:1].upper()}{whole[1:]} {part}"
    return f"{part[:1].upper()}{part[1:]}"


#: A label that only says a ranking goes on: ``Địa phương tiếp theo``, ``Kế tiếp là Nhật Bản``.
_RANKING_GOES_ON = re.compile(
    r"(?:(?:các\s+)?(?:địa\s+phương|tỉnh|thành\s+phố|thị\s+trường|quốc\s+gia|nước|đối\s+tác)\s+|kế\s+)"
    r"tiếp(?:\s+(?:đến|theo|sau))?(?:\s+là)?(?:\s+\S+){0,4}",
    re.IGNORECASE,
)


def goes_on_ranking(label: str) -> bool:
    """True when ``label`` says only that a ranking goes on (``Các địa phương tiếp theo là ...``): the
    figure is then of the measure ranked before it."""
    return _RANKING_GOES_ON.fullmatch(label) is not None


def next_ranked(label: str, ranked: str) -> str:
    """The label of a ranking's next item (``Kế tiếp là Hàn Quốc``): the label of the item before it
    (``ranked``, ``Kim ngạch xuất khẩu sang Hoa Kỳ``) with the name this one gives in place of the
    name that one ends with, or after it (``Kim ngạch xuất khẩu sang Hàn Quốc``).  A name left out
    of the label (a place, the record's locality) leaves ``ranked`` as it is."""
    words = label.split()
    named = words[words.index("là") + 1 :] if "là" in words else []
    if not named or not all(w[:1].isupper() for w in named):
        return ranked
    kept = ranked.split()
    while len(kept) > 1 and kept[-1][:1].isupper():
        kept.pop()
    return " ".join([*kept, *named])


#: An item named by its goods alone: ``Mặt hàng bia rượu``, ``Nhóm hàng dệt may``.
_GOODS_ITEM = re.compile(r"(?:các\s+)?(?:mặt|nhóm)\s+hàng\s+(?=\S)", re.IGNORECASE)
#: The trade a label measures, at its start: ``Kim ngạch nhập khẩu``, ``Trị giá xuất khẩu``.
_TRADE = re.compile(
    r"(?:tổng\s+)?(?:(?:kim\s+ngạch|giá\s+trị|trị\s+giá)\s+)?(?:xuất|nhập)\s+khẩu", re.IGNORECASE
)


def traded_goods(label: str, before: str) -> str:
    """``Kim ngạch nhập khẩu bia rượu`` for ``Mặt hàng bia rượu`` when the amount before it (``before``,
    its label) measured a trade (``Kim ngạch nhập khẩu ô tô``): the goods are traded the same way."""
    own = _TRADE.match(label)
    goods = _GOODS_ITEM.match(label, own.end() + 1 if own else 0)
    if goods is None:
        return label
    if own is not None:  # ``Kim ngạch nhập khẩu mặt hàng mỹ phẩm``: the goods are the item
        return f"{own[0]} {label[goods.end() :]}"
    trade = _TRADE.match(before)
    return f"{trade[0][:1].upper()}{trade[0][1:]} {label[goods.end() :]}" if trade else label


#: A figure of its own in an aside: ``6 tháng tăng 11,29%``, ``6 tháng đầu năm 2012 là 3,31%``.
_ASIDE_FIGURE = re.compile(r"(?:tăng|giảm|đạt|là|bằng|chiếm)\s+(?:khoảng\s+|gần\s+|hơn\s+)?\d|\d\s*%")


def in_closed_aside(low: str, start: int, at: int, end: int) -> bool:
    """True when position ``at`` of ``low`` lies in a bracket that opened after ``start`` and closed
    before ``end`` (the figure), and the bracket gives a figure of its own after it: the span said
    there is that figure's (``(6 tháng tăng 11,29%, quý III tăng 9,09%)``).  A bracket that only
    dates what came before it (``(từ 29 tháng Chạp đến mồng 5 Tết)``) still frames the figure."""
    opening = low.rfind("(", start, at)
    if opening < 0 or low.find(")", opening, at) >= 0:
        return False
    closing = low.find(")", at, end)
    return closing >= 0 and _ASIDE_FIGURE.search(low, at, closing) is not None


def without_asides(text: str) -> str:
    """``text`` without its closed brackets: what is said between a span and its figure, asides left
    out (``6 tháng đầu năm 2013 ...: khu vực A 3,09% (6 tháng đầu năm 2012 là 3,31%); khu vực B``)."""
    return _ASIDE.sub(" ", text) if "(" in text else text


_ASIDE = re.compile(r"\([^()]*\)")


#: A cause said before a comma: ``Tác động của dịch Covid-19, ``, ``ảnh hưởng của thiên tai, ``.
_CAUSE_ASIDE = re.compile(
    r"(?:(?:do|vì|bởi)\s+)?(?:chịu\s+)?(?:sự\s+)?(?:tác\s+động|ảnh\s+hưởng)(?:\s+của)?\s+[^,;:()]{1,60},\s*(?=\S)",
    re.IGNORECASE,
)


def without_cause(label: str) -> str:
    """``Đầu tư từ các dự án FDI giảm`` for ``Tác động của dịch Covid-19, đầu tư từ các dự án FDI
    giảm``: a cause said before a comma names nothing measured; the words after it do."""
    cause = _CAUSE_ASIDE.match(label)
    if cause is None:
        return label
    rest = label[cause.end() :]
    return f"{rest[:1].upper()}{rest[1:]}"


#: The figures of a run: ``28,34%; 35,92%; 30,31%``.
_RUN_FIGURE = re.compile(r"(?<![\d.,])\d[\d.,]*\s*%")
#: A run of percentages one after the other: ``28,34%; 35,92%; 30,31%``.
_RUN = re.compile(r"\d[\d.,]*\s*%(?:\s*[;,]\s*\d[\d.,]*\s*%)+")
#: Characters at most between ``tương ứng`` and its run's first figure (``của năm 2023 là``).
RUN_LEAD = 40
#: Where a run said ``tương ứng`` ends: a bracket closing, a sentence ending.
_RUN_END = re.compile(r"\)|\.(?:\s|$)")


def respective_run(low: str, at: int, start: int) -> bool:
    """True when the figure at ``start`` is in the run said ``tương ứng`` at ``at``: no bracket or
    sentence closed between them."""
    return _RUN_END.search(low, at, start) is None


def respective(low: str, at: int, said: list[str], index: int) -> str:
    """The label of the ``index``-th figure (from 0) of a run of percentages said ``tương ứng`` at
    ``at`` of ``low``: the label of the figure of the same place in the run said before the word,
    ``said`` holding the labels of its sentence's figures before it; nothing when the runs differ."""
    first = _RUN_FIGURE.search(low, at, at + RUN_LEAD)
    run = _RUN.match(low, first.start()) if first else None
    count = len(_RUN_FIGURE.findall(run[0])) if run else 0
    if count < 2 or index >= count or len(said) < count:
        return ""
    return said[len(said) - count + index]


#: The moment a figure is counted at, ending a label: ``vào thời điểm 0 giờ``, ``, tính đến thời điểm``.
_MOMENT = re.compile(r"[\s,]+(?:tính\s+)?(?:vào|tại|đến)\s+thời\s+điểm(?:\s.*)?$", re.IGNORECASE)


def without_moment(label: str) -> str:
    """``Tổng dân số`` for ``Tổng dân số vào thời điểm 0 giờ``: the moment of a count is its date."""
    moment = _MOMENT.search(label)
    return label[: moment.start()] if moment and moment.start() > 0 else label


#: The nouns that name a site or a project a measure may be given of (``khu vực Bãi Khem với quy mô 15 ha``,
#: ``dự án mở rộng nhà máy ... với tổng vốn đầu tư 150 triệu USD``): things built or set apart, not places.
_SITE = re.compile(
    r"(?<![^\W\d_])(?:khu\s+vực|dự\s+án|công\s+trình|nhà\s+máy|khu\s+công\s+nghiệp|cụm\s+công\s+nghiệp|"
    r"khu\s+kinh\s+tế|khu\s+đô\s+thị|khu\s+dân\s+cư|khu\s+du\s+lịch|tuyến\s+đường|tuyến|bệnh\s+viện|"
    r"mô\s+hình|trang\s+trại|cảng)(?![^\W\d_])",
    re.IGNORECASE,
)
#: Where a site's name ends: its owner or investor, a bracket, a comma, a verb said of it.
_SITE_END = re.compile(
    r"\s+(?:của|do|được|đã|đang|sẽ|có|là|gồm|như|thuộc|tại|ở)\s|[,(;:]|\s+[-–]\s", re.IGNORECASE
)
#: A measure joined to what it is of by ``với`` or a comma, at the end of the words before a figure.
_JOINED_MEASURE = re.compile(r"(?:\s+với|\s*,)\s+[^\s,;]+(?:\s+[^\s,;]+){0,3}\s*$")
#: The longest site name a measure takes, in words.
SITE_WORDS: Final = 16


def is_site(noun: str) -> bool:
    """True when ``noun`` (a count's unit) names sites or projects (``dự án``, ``công trình``)."""
    return _SITE.fullmatch(noun) is not None


def site_before(part: str) -> str:
    """The site or project a lone measure at the end of ``part`` is given of, when ``part`` ends with the
    measure joined by ``với`` or a comma to a phrase that opens with a site's noun (``khu vực Bãi Khem với
    quy mô``, ``dự án X của Công ty Y với tổng vốn đầu tư``): the site's name, without its owner or what is
    said of it; empty when no site is named there."""
    joined = _JOINED_MEASURE.search(part)
    if joined is None:
        return ""
    before = part[: joined.start()]
    for site in _SITE.finditer(before):  # the first site given a name (not ``các khu vực được ...``)
        end = _SITE_END.search(before, site.end())
        name = before[site.start() : end.start() if end else len(before)].strip(" -–")
        if len(name) > site.end() - site.start():
            return name if name.count(" ") < SITE_WORDS else ""
    return ""


#: Farming and fishing deeds a measure may be named by alone (``sản lượng nuôi``, ``diện tích thả nuôi``),
#: at the end of its label.
_FARMING_DEEDS = r"nuôi\s+trồng|thả\s+nuôi|nuôi|khai\s+thác|đánh\s+bắt"
_FARMING_END = re.compile(rf"(?<![^\W\d_])(?<!vật\s)(?<!chăn\s)(?:{_FARMING_DEEDS})$", re.IGNORECASE)
#: Words that end what a deed is done to (its owner, its verb, a time, a place, a connector).
_OBJECT_STOP = (
    r"(?:đạt|của|được|tăng|giảm|là|trong|với|ước|chính|cho|hiện|có|tại|ở|trên|và|đã|đang|năm|tháng|"
    r"vụ|so|bị|thì|nên|cũng|theo|từ|đến|các|những|khoảng|gần|hơn|toàn|tỉnh|huyện|xã|ra|vào|đều)(?![^\W\d_])"
)
#: The object a farming deed takes: one to four words up to a stop word.
_OBJECT = (
    rf"(?!{_OBJECT_STOP})[^\W\d_]+(?:\s+(?!{_OBJECT_STOP})[^\W\d_]+){{0,3}}(?=\s*[,.;:(]|\s+{_OBJECT_STOP})"
)


#: What each farming deed was said to be done to, by the deed's words (``thả nuôi`` is ``nuôi``); ``khai
#: thác và nuôi trồng thủy sản`` gives both deeds their object.
_DEED_OBJECT = {
    deed: re.compile(
        rf"(?<![^\W\d_]){spaced}(?:\s+và\s+(?:{_FARMING_DEEDS}))?\s+(?P<object>{_OBJECT})", re.IGNORECASE
    )
    for deed, spaced in (
        ("nuôi trồng", r"nuôi\s+trồng"),
        ("nuôi", "nuôi"),
        ("khai thác", r"khai\s+thác"),
        ("đánh bắt", r"đánh\s+bắt"),
    )
}


def farmed_object(label: str, before: str) -> str:
    """``label`` with the object its closing farming deed was given earlier in its sentence (``before``):
    ``diện tích nuôi tôm nước lợ đạt 701 nghìn ha, sản lượng nuôi đạt 509 nghìn tấn`` names ``Sản lượng nuôi
    tôm nước lợ``; ``sản lượng khai thác và nuôi trồng thủy sản ...; trong đó, sản lượng nuôi trồng đạt``
    names ``Sản lượng nuôi trồng thủy sản``.  ``label`` itself when no object was said."""
    deed = _FARMING_END.search(label)
    if deed is None:
        return label
    words = " ".join(deed[0].lower().split())
    found = [m["object"] for m in _DEED_OBJECT[words.removeprefix("thả ")].finditer(before)]
    if not found or found[-1].lower() in label.lower():
        return label
    return f"{label} {found[-1]}"


#: A seizure said once at the head of a list of what was seized (``..., thu giữ: 2.500 gam ma túy tổng hợp;
#: 800 gam heroin``): the deed names each item, as ``thu giữ 12 kg ma túy`` names ``Ma túy thu giữ``.
_SEIZED_HEAD = re.compile(r"(?<![^\W\d_])(thu\s+giữ|bắt\s+giữ|tạm\s+giữ|tịch\s+thu)\s*$", re.IGNORECASE)


def seized_item(label: str, head: str) -> str:
    """``label`` of an item of a list whose head (``head``, the words before its colon) ends with a seizure,
    with that deed (``Heroin thu giữ``); ``label`` itself when the head says no seizure or the label does."""
    deed = _SEIZED_HEAD.search(head)
    if deed is None or deed[1].lower() in label.lower():
        return label
    return f"{label} {deed[1]}"
