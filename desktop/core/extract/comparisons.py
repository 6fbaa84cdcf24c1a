"""Percentages that qualify the figure before them: ``đạt 97,6% kế hoạch, tăng 9,06% so với năm 2019``.

A percentage is a comparison of the absolute figure before it only when
nothing but comparison glue stands between them (see
``lexicon.COMPARISON_GLUE``): a new subject (``trong đó tỷ lệ giải ngân``,
``chiếm tỷ trọng``) makes the percentage a record of its own.  The relation
comes from the verb before the percentage, the basis from the words after
it, up to the next comma or bracket -- or, for ``cao hơn giá thị trường
25%``, from the words between ``hơn`` and the percentage.  A change that
names only its aspect takes the basis said once at the end of its series
(``tăng 7% về số tờ khai, tăng 14% về kim ngạch so với quý II``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from desktop.core.extract.lexicon import (
    CHANGE_ADVERBS,
    CHANGE_DOWN,
    CHANGE_MOMENTUM,
    CHANGE_UP,
    COMPARISON_GLUE,
    LEAD_GLUE,
    RATIO_WORDS,
    alternation,
)
from desktop.core.records import Comparison

#: Longest stretch of glue a comparison may sit behind its figure.
MAX_GAP = 160
#: Longest basis phrase read after a percentage.
MAX_BASIS = 120

_WORD = re.compile(r"[^\W\d_]+")
_RELATION = re.compile(
    rf"(?<![^\W\d_])(?:(?P<up>{alternation(CHANGE_UP)})|(?P<down>{alternation(CHANGE_DOWN)})"
    rf"|(?P<ratio>{alternation(RATIO_WORDS)}))(?![^\W\d_])",
    re.IGNORECASE,
)
#: ``so cùng kỳ năm trước trong đó: thu ngoài quốc doanh đạt 32%``: the parts open after ``trong đó``, whatever
#: follows it (a colon, a comma or a space).
#: ``tăng 7,7% tương đương 1,6 triệu đồng``: the change restated in absolute terms names no basis either.
#: ``tăng 20,2%...``, ``tăng 9,6%…``: the ellipsis that closes a list names none.
#: ``đạt 100,2% kế hoạch tăng 15,9% so với cùng kỳ``, ``tăng 58,5% so với cùng kỳ chiếm tỷ lệ 6%``: the next
#: comparison or share, written with no comma, ends the basis.
_BASIS_END = re.compile(
    r"[,;:()\n…]|\s(?:và|nhưng)\s|\s(?:trong\s+đó|tương\s+(?:đương|ứng)|tức)(?![^\W\d_])|\.(?:[\s.]|$)"
    r"|\s(?=(?:tăng|giảm|đạt|bằng|vượt|chiếm)(?:\s+(?:khoảng|gần|hơn|trên|t[ỷỉ]\s+(?:lệ|trọng)))?\s+\d)"
)
#: ``CK`` is the reports' short form of ``cùng kỳ``, as ``KH`` is of ``kế hoạch`` (``bằng 101,8% KH, bằng 100,5% CK``).
_SAME_PERIOD = re.compile(r"cùng\s+kỳ|năm\s+trước|năm\s+ngoái|(?<![^\W\d_])CK(?![^\W\d_])", re.IGNORECASE)
#: ``bằng 72,4% kịch bản tăng trưởng``: the growth scenario a place sets itself is a target, as what a resolution
#: or a congress sets (``chỉ tiêu Nghị quyết``, ``chỉ tiêu Đại hội``).
_TARGET = re.compile(r"nghị\s+quyết|mục\s+tiêu|phấn\s+đấu|kịch\s+bản|đại\s+hội", re.IGNORECASE)
#: ``kế hoạch năm theo Nghị quyết số 15/NQ-HĐND``: the document a plan was passed in, no goal of its own.
_PASSED_IN = re.compile(r"(?:tại|theo)\s+nghị\s+quyết\s+(?:số\s*)?\d\S*", re.IGNORECASE)
#: ``đạt 95,4% so với HĐND huyện giao``, ``bằng 90% mức UBND tỉnh giao``, ``đạt 192,5% so với tỉnh giao``: what an
#: authority or the level above assigns is the plan,
#: as ``kế hoạch tỉnh giao`` is, though the phrase names no plan word.
_AUTHORITY_ASSIGNED = re.compile(
    r"^\W*(?:so\s+(?:với\s+)?)?(?:[^\W\d_]+\s+){0,2}?(?:hđnd|ubnd|hội\s+đồng\s+nhân\s+dân|ủy\s+ban\s+nhân\s+dân"
    r"|uỷ\s+ban\s+nhân\s+dân|trung\s+ương|thủ\s+tướng|cấp\s+trên|tỉnh|huyện|thành\s+phố)(?:\s+[^\W\d_]+){0,4}?"
    r"\s+(?:đã\s+)?giao(?![^\W\d_])",
    re.IGNORECASE,
)
#: ``bằng 104% dự toán HĐND tỉnh giao``: the budget estimate is the plan, whatever the words after it name.
_ESTIMATE_HEAD = re.compile(r"^\W*(?:so\s+(?:với\s+)?)?dự\s+toán(?![^\W\d_])", re.IGNORECASE)
#: ``tăng 3,2% so với cuối năm 2022``, ``so với đầu năm``, ``so với 31/12/2022``: a stock measured against a
#: point of the year, not the same period a year earlier.
_POINT_OF_YEAR = re.compile(
    r"^\W*(?:so\s+(?:với\s+)?)?(?:thời\s+điểm\s+)?(?:(?:cuối|đầu)\s+năm|ngày\s+\d|\d{1,2}/\d{1,2}/\d{4})",
    re.IGNORECASE,
)
#: ``đạt 66,7% chỉ tiêu Bộ Tài chính giao``: a quota a higher level assigns is a plan, as ``kế hoạch tỉnh
#: giao`` is -- not a goal the place set itself.
_ASSIGNED_QUOTA = re.compile(
    r"^\W*(?:so\s+với\s+)?chỉ\s+tiêu(?:\s+(?!nghị|mục|phấn)[^\W\d_]+){0,5}?\s+(?:được\s+)?giao(?![^\W\d_])",
    re.IGNORECASE,
)
#: ``đạt 16% tổng nguồn vốn được bố trí``, ``so với tổng số vốn được giao``: the funds allotted are the plan.
#: ``chỉ tiêu`` is the year's quota, a plan as ``kế hoạch`` is (``chỉ tiêu kế hoạch``, ``chỉ tiêu Bộ Tài chính
#: giao``, ``chỉ tiêu năm``), unless a resolution or a congress set it (``_TARGET``).
_PLAN = re.compile(
    r"kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|(?<![^\W\d_])KH(?![^\W\d_])"
    r"|vốn\s+(?:đã\s+)?được\s+(?:giao|bố\s+trí|phân\s+bổ)",
    re.IGNORECASE,
)
_PREVIOUS_SHORT = re.compile(r"(?:tháng|quý|tuần|kỳ)\s+trước", re.IGNORECASE)
_BASIS_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
#: ``giảm 12% về sản lượng``: the aspect a change is about, not its basis.
_ASPECT = re.compile(r"^\s*về(?:\s+(?!so(?![^\W\d_]))[^\W\d_]+){1,4}", re.IGNORECASE)
#: Plan words a sentence may name before a bare ratio: a plan (``kế hoạch``, ``dự toán``, ``chỉ tiêu``; not ``Sở
#: Kế hoạch và Đầu tư`` nor ``Kế hoạch số 45``) or a target (``mục tiêu``, ``Nghị quyết``).
_NAMED_PLAN = re.compile(
    r"(?<![^\W\d_])(?:(?P<plan>kế\s+hoạch(?!\s+(?:và\s+đầu\s+tư|hành\s+động|số))|dự\s+toán|chỉ\s+tiêu)"
    r"|mục\s+tiêu|nghị\s+quyết)(?![^\W\d_])",
    re.IGNORECASE,
)
#: ``vượt kế hoạch 8%``, ``giảm so với cùng kỳ 3%``, ``vượt mục tiêu Nghị quyết 0,36%``: a basis named before the
#: percentage it qualifies.
_BASIS_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:vượt|đạt|bằng|tăng|giảm|so\s+với)(?:\s+so\s+với)?\s+"
    r"(?P<basis>(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|nghị\s+quyết|cùng\s+kỳ)(?:\s+[^\W\d_]+){0,3})\s*$",
    re.IGNORECASE,
)
#: ``và gấp 3,6 lần cùng kỳ``: the same period compared by a multiple (see :func:`against_period_before`).
_MULTIPLE_OF_SAME_PERIOD = re.compile(
    r"\s*,?\s*(?:và\s+)?gấp\s+(?:(?:gần|hơn|khoảng|trên)\s+)?\d[\d.,]*\s+lần\s+(?:so\s+với\s+)?"
    r"(?:cùng\s+kỳ|năm\s+trước)(?![^\W\d_])",
    re.IGNORECASE,
)
#: The basis words of a change on the period before, which ``basis_of`` reads as ``other``.
PREVIOUS_PERIOD = "kỳ trước"
#: The next change of a series: ``, tăng 14%``, ``và giảm 8%``.
_SERIES_ITEM = re.compile(
    r"\s*[,;]?\s*(?:và\s+)?(?:tăng|giảm)(?:\s+(?:khoảng|gần|hơn|trên))?\s+\d[\d.,]*\s*%", re.IGNORECASE
)
#: A ratio to what was planned or set right after a rate: ``tỷ lệ lao động qua đào tạo là 81%, đạt 100% so với
#: kế hoạch``, ``tỷ lệ bao phủ đạt 93% (đạt trên 100% chỉ tiêu ...)``.  Its basis named, it can only measure
#: the rate against the rate planned.
_PLAN_RATIO_AFTER = re.compile(
    r"\s*[,(]?\s*(?:đạt|bằng)\s+(?:(?:trên|hơn|khoảng|gần)\s+)?\d[\d.,]*\s*%\s*(?:so\s+(?:với\s+)?)?"
    r"(?:kế\s+hoạch|KH|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|nghị\s+quyết)(?![^\W\d_])",
    re.IGNORECASE,
)
#: A change right after a rate in its clause (see :func:`rate_compared_after`), past a note in brackets after
#: the rate, its basis perhaps named before its percentage (``vượt mục tiêu Nghị quyết 0,36%``).
_CHANGE_AFTER_RATE = re.compile(
    r"(?:[^\S\n]*\([^()\d\n]*\))?[^\S\n]*(?:,|(?P<open>\())?[^\S\n]*(?:và[^\S\n]+)?"
    r"(?:tăng|giảm|vượt|hụt|(?P<than>cao|thấp)[^\S\n]+hơn)(?![^\W\d_])"
    r"(?P<before>[^\S\n]+(?:so[^\S\n]+với[^\S\n]+)?(?:kế[^\S\n]+hoạch|dự[^\S\n]+toán|chỉ[^\S\n]+tiêu|mục[^\S\n]+tiêu"
    r"|nghị[^\S\n]+quyết|cùng[^\S\n]+kỳ)(?:[^\S\n]+[^\W\d_]+){0,3}?)?"
    r"(?:[^\S\n]+(?:khoảng|gần|hơn|trên|thêm|mạnh|nhẹ))?[^\S\n]+\d[\d.,]*[^\S\n]*%",
    re.IGNORECASE,
)
#: A rate written as a change itself: ``tăng trưởng 7,36%``, ``giảm 2%``, ``vượt dự toán cả năm 2022 là 1,61%``.
_CHANGED_RATE = re.compile(
    rf"(?<![^\W\d_])(?:{alternation(CHANGE_UP + CHANGE_DOWN)})"
    r"(?:(?:\s+(?:trưởng|đến|tới|mạnh|nhẹ|thêm|sâu|nhanh|bình\s+quân|khoảng|gần|hơn|trên))*"
    r"|\s+(?:so\s+với\s+)?(?:dự\s+toán|kế\s+hoạch|cùng\s+kỳ|chỉ\s+tiêu|mục\s+tiêu)(?:\s+(?:[^\W\d_]+|\d{4})){0,5}"
    r"\s+(?:là|ở\s+mức))\s*$",
    re.IGNORECASE,
)
#: How far before a rate the change it is written as may start.
MAX_CHANGED_GAP = 60
#: The bases of a monthly report's two changes: on the period before and on the same period a year ago.
_PERIODS_BEFORE = frozenset(("other", "same_period"))
#: The bases a change of a changed rate or of a share must name to be the rate's: what was planned or set.
_PLANNED = frozenset(("plan", "target"))
#: A change verb, with an adverb or a hedge, right before a percentage (``tăng 12%``, ``giảm mạnh 3%``).
_CHANGE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{alternation(CHANGE_UP + CHANGE_DOWN)})(?:\s+[^\W\d_]+){{0,2}}\s*$", re.IGNORECASE
)
_CHANGE_VERBS = frozenset(("tăng", "giảm", "vượt", "lên", "xuống"))
_CUT_OFF = frozenset(("tính", "đến", "tới", "hết", "ngày"))
#: The span a count's label may name after it, its digits no other figure: ``năm 2023``, ``6 tháng``, ``quý I/2023``;
#: likewise the grade it names (``sản phẩm OCOP được xếp hạng 3 sao``, ``đạt chuẩn quốc gia mức độ 2``), no record.
_DATED = re.compile(r"(?:năm|tháng|quý)\s+[\divx]+(?:/\d{4})?|\d{1,2}\s+tháng|\d\s+sao|mức\s+độ\s+\d")
_DIGIT = re.compile(r"\d")
#: ``trong`` before a word of the calendar: the span an amount is of (``trong năm 2023``, ``trong 9 tháng``).
_WITHIN = "trong"
_SPANS = frozenset(("năm", "tháng", "quý"))
#: The prices an amount of output is measured at: ``(theo giá so sánh 2010)``, ``giá hiện hành``.
_PRICE_BASIS = re.compile(r"(?:theo\s+)?giá\s+(?:so\s+sánh|hiện\s+hành|thực\s+tế|cố\s+định)(?![^\W\d_])")
#: ``đạt tỷ lệ 63% so với ...``: the ratio verb naming what it gives, read as the verb alone.
_RATE_OF = re.compile(r"(?<![^\W\d_])(đạt|bằng)\s+t[ỷỉ]\s+lệ(?![^\W\d_])")
#: Momentum before a change verb (see ``lexicon.CHANGE_MOMENTUM``): read past, as the verb alone.
_MOMENTUM = re.compile(rf"(?<![^\W\d_])(?:{alternation(CHANGE_MOMENTUM)})\s+(?=(?:tăng|giảm)(?![^\W\d_]))")
#: Words that tell how far the figure has come, or add a second comparison, before the verb of a comparison:
#: ``mới đạt 45% kế hoạch``, ``thực hiện 52% dự toán``, ``dự kiến đạt 101% kế hoạch``, ``đồng thời tăng 5%``.
_REACH = re.compile(
    r"(?<![^\W\d_])(?:mới|thực\s+hiện|đồng\s+thời|dự\s+kiến(?=\s+(?:đạt|tăng|giảm|bằng|vượt)(?![^\W\d_])))"
    r"(?![^\W\d_])"
)
#: ``đạt 34 triệu đồng/năm, tăng bình quân 15,8%``: the yearly average of a change is the amount's change too.
_AVERAGE = frozenset((verb, word) for verb in _CHANGE_VERBS for word in ("bình", "trung")) | {
    ("bình", "quân"),
    ("trung", "bình"),
}
_AVERAGED = re.compile(r"(?<![^\W\d_])(?:tăng|giảm)\s+(?:bình\s+quân|trung\s+bình)\s*$", re.IGNORECASE)
#: The basis words of an average change: ``basis_of`` reads them as ``other``.
AVERAGE_BASIS = "bình quân"
#: ``tăng 15% về số doanh nghiệp, tăng 72% về số vốn đăng ký``: the amount of money a count raised (``số vốn``,
#: ``số tiền``) is its value, not its number.
_ASPECT_KIND = re.compile(
    r"\s*về\s+(?:(?P<value>giá\s+trị|kim\s+ngạch|trị\s+giá|(?:số\s+|tổng\s+)?vốn|số\s+tiền)"
    r"|(?P<quantity>(?:sản|khối|số)?\s*lượng|số(?=\s)))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
#: ``, cao hơn giá lúa trên thị trường cùng thời điểm 25%``: a change whose basis comes before it -- or after it,
#: as any change's (``, thấp hơn 1,8% so với cùng kỳ``).
_HIGHER = re.compile(
    r"\W*(?:và\s+)?(?P<dir>cao|thấp|nhiều|ít)\s+hơn(?P<basis>(?:\s+[^\W_]+){0,10})\s*$", re.IGNORECASE
)
#: Longest stretch of cue words between a leading change and its amount.
MAX_LEAD_GAP = 40
_EXPLICIT_BASIS = re.compile(
    r"^\s*(?:so\s+(?:với|cùng)|cùng\s+kỳ|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|nghị\s+quyết)",
    re.IGNORECASE,
)
#: A note in brackets right after a figure's unit, with no number in it (``(không bao gồm hàng quá cảnh)``).
_NOTE = re.compile(r"[^\S\n]*\([^()\d\n]*\)")
#: Words that join another subject to a figure's label: the words before a bracket are then not its label.
_ANOTHER_SUBJECT = frozenset(("và", "còn", "nhưng", "hoặc", "đó"))
#: A percentage, read past when checking that the words before a bracket are an amount's comparisons.
_PERCENTAGE = re.compile(r"\d[\d.,]*\s*%")
#: Words a count's label may run on after its unit before the comma of a comparison (it often
#: ends with where: ``hoàn tất thủ tục giải thể tại Sở Kế hoạch và Đầu tư``).
MAX_LABEL_WORDS = 16


def is_glue(gap: str) -> bool:
    """True when ``gap`` holds only words that may link a figure to its comparison; a change verb may
    bring its own adverb (``tăng trưởng``, ``giảm đến``, ``tăng mạnh``, ``tăng bình quân``), a cut-off its words
    (``50,5 tỷ USD (tính đến hết tháng 10) tăng 9,5%``), ``trong`` the span the amount is of (``5.000 tỷ đồng
    trong 6 tháng đầu năm, tăng 12%``) -- but not ``trong đó``, which opens the parts of the amount -- and the
    prices it is measured at (``35.000 tỷ đồng (giá so sánh 2010), tăng 9,5%``), and a change its momentum
    (``bật tăng 3%``, ``nối đà giảm 7%``)."""
    if len(gap) > MAX_GAP:
        return False
    previous = ""
    for word in _WORD.findall(_REACH.sub(" ", _MOMENTUM.sub(" ", _PRICE_BASIS.sub(" ", gap.lower())))):
        if previous == _WITHIN and word not in _SPANS:
            return False
        if word not in COMPARISON_GLUE and not (
            word == _WITHIN
            or (previous in _CHANGE_VERBS and word in CHANGE_ADVERBS)
            or (previous in _CUT_OFF and word in _CUT_OFF)
            or (previous, word) in _AVERAGE
        ):
            return False
        previous = word
    return previous != _WITHIN


def rate_named(gap: str, text: str, end: int) -> bool:
    """True when ``gap`` is glue once ``đạt tỷ lệ`` is read as ``đạt`` and the words after the percentage
    ending at ``end`` name its basis: ``43.000 tỷ đồng, đạt tỷ lệ 63% so với tổng số vốn được giao`` is a ratio
    of the amount.  With no basis (``210/248 trường, đạt tỷ lệ 88,64%``) the rate is the figure's share, a
    record."""
    low = gap.lower()
    return (
        _RATE_OF.search(low) is not None
        and has_explicit_basis(text[end : end + MAX_BASIS])
        and is_glue(_RATE_OF.sub(r"\1", low))
    )


def higher_than(gap: str) -> tuple[int, str] | None:
    """The sign and the basis words of ``cao hơn giá lúa trên thị trường 25%`` between a figure and its
    percentage (``, thấp hơn cùng kỳ 5%``: -1, ``cùng kỳ``; ``, thấp hơn 5%``: -1 and no words, the basis
    after the percentage), else None."""
    if len(gap) > MAX_GAP:
        return None
    found = _HIGHER.match(gap)
    if found is None:
        return None
    return (1 if found["dir"].lower() in ("cao", "nhiều") else -1), found["basis"]


def is_lead_glue(gap: str) -> bool:
    """True when only cue and hedge words stand between a leading change and its amount
    (``tăng 12% so với cùng kỳ, ước đạt 5.210 tỷ đồng``)."""
    return len(gap) <= MAX_LEAD_GAP and all(word in LEAD_GLUE for word in _WORD.findall(gap.lower()))


def aspect_of(phrase: str) -> str | None:
    """``quantity`` for ``về sản lượng``/``về lượng``, ``value`` for ``về giá trị``/``về kim ngạch``, else None."""
    found = _ASPECT_KIND.match(phrase)
    if found is None:
        return None
    return "value" if found["value"] else "quantity"


def labelled_gap_start(gap: str) -> int | None:
    """Where the glue of ``gap`` starts when the figure's noun phrase runs on up to a comma or a bracket.

    ``có 8.329 doanh nghiệp tạm ngưng hoạt động, tăng 40,57% so với cùng kỳ``, ``... thành lập mới (tăng 15%)``:
    the words between the unit and the comma still name the figure (a count's label follows it, with the span
    it is of: ``trong năm 2023``), and what follows the comma is glue or a comparative (``tỷ lệ bao phủ 86,5%
    dân số, thấp hơn 4,5% so với chỉ tiêu``).  Returns the offset after that comma, or
    None when ``gap`` is not so shaped.  A note in brackets right after the unit, with no figure in it, says
    what the amount holds or leaves out (``433 triệu tấn (không kể hàng quá cảnh) tăng 2% so với cùng kỳ``):
    the glue starts after it.
    """
    note = _NOTE.match(gap)
    if note is not None and len(gap) <= MAX_GAP and is_glue(gap[note.end() :]):
        return note.end()
    comma, bracket = gap.rfind(","), gap.rfind("(")
    if bracket > comma:  # ``(giảm 6%)``; but ``(12,4% so với 9,1%)`` opens on a figure of its own
        if not _WORD.search(gap, bracket):
            return None
        comma = bracket
    if comma < 0 or len(gap) > MAX_GAP or _DIGIT.search(_DATED.sub(" ", gap[:comma].lower())):
        return None
    if len(gap[:comma].split()) > MAX_LABEL_WORDS:
        return None
    if not is_glue(gap[comma + 1 :]) and higher_than(gap[comma + 1 :]) is None:
        return None
    return comma + 1


def has_explicit_basis(phrase: str) -> bool:
    """True when the words after a percentage name what it is measured against (``so với``, ``cùng kỳ``,
    ``kế hoạch``, ``dự toán``)."""
    return _EXPLICIT_BASIS.search(phrase) is not None


def basis_phrase_end(text: str, pos: int, limit: int) -> int:
    """Where the basis phrase after a percentage at ``pos`` ends."""
    stop = _BASIS_END.search(text, pos, min(limit, pos + MAX_BASIS))
    return stop.start() if stop else min(limit, pos + MAX_BASIS)


def series_basis(text: str, phrase: str, end: int, limit: int) -> str:
    """The basis phrase of a change that names only its aspect: ``tăng 7% về số tờ khai, tăng 14% về kim
    ngạch so với quý II`` -- the basis said once at the end of the series of changes is each one's.
    ``phrase`` is the change's own words after it, ending at ``end``; returned unchanged when it names a
    basis or no later change in the series does."""
    if not phrase.strip() or _ASPECT.sub("", phrase).strip():
        return phrase
    while (item := _SERIES_ITEM.match(text, end, limit)) is not None:
        end = basis_phrase_end(text, item.end(), limit)
        later = text[item.end() : end]
        if _ASPECT.sub("", later).strip():
            return later
        if not later.strip():
            break
    return phrase


def plan_ratio_after(text: str, start: int, end: int) -> bool:
    """True when a ratio to a plan or a target follows the percentage at ``text[start:end]`` (see
    ``_PLAN_RATIO_AFTER``): the percentage is a rate whose own comparisons come next, as an amount's do.  A
    percentage that itself names a basis (``đạt 94,5% dự toán, đạt 81% dự toán HĐND``) is no such rate:
    the ratio must follow it at once; nor is a change (``thu ngân sách tăng 12%, đạt 105% dự toán, ước đạt
    5.210 tỷ đồng``), which leads the amount after it with the ratio."""
    if _PLAN_RATIO_AFTER.match(text, end) is None:
        return False
    return _CHANGE_BEFORE.search(text, max(0, start - MAX_LEAD_GAP), start) is None


def rate_compared_after(text: str, start: int, end: int, limit: int, share: bool) -> bool:
    """True when a change right after the rate at ``text[start:end]``, in its clause (which ends at ``limit``), is
    a comparison of the rate, not a record of its own: ``tốc độ tăng trưởng đạt 7,58%, tăng 2,97% so với cùng
    kỳ``, ``tỷ lệ hộ nghèo còn 15,8%, giảm 35,3% so với năm 2005``.  The rate may run on with what it is of
    (``đạt tỷ lệ bao phủ 86,5% dân số, thấp hơn 4,5% so với chỉ tiêu``).  A rate that names a basis itself
    (``đạt 105% dự toán, tăng 12%``) is a ratio, no rate.

    A rate written as a change (``giảm 30% so với năm 2015 và giảm 46% so với kế hoạch``: two changes of one
    amount) and a ``share`` (``chiếm 18% và tăng 6%``: the change of what the share counts) take only a change
    that can be nothing but the gap of the rate: said with ``cao hơn`` or ``thấp hơn`` (``tăng trưởng 9,02%,
    cao hơn 3,57% so với năm 2021``, ``chiếm tỷ lệ 35,1%, thấp hơn 0,4% so với chỉ tiêu``), or the gap to a
    plan or a target in a bracket that glosses the rate (``tăng 7,36% (vượt mục tiêu Nghị quyết 0,36%)``)."""
    phrase_end = basis_phrase_end(text, end, limit)
    changed = share or _CHANGED_RATE.search(text, max(0, start - MAX_CHANGED_GAP), start) is not None
    phrase = text[end:phrase_end]
    if not changed and (has_explicit_basis(phrase) or _DIGIT.search(phrase)):
        return False
    found = _CHANGE_AFTER_RATE.match(text, phrase_end, limit)
    if found is None:
        return False
    if not changed or found["than"]:
        return True
    if found["open"] is None:
        return False
    named = (found["before"] or "") + text[found.end() : basis_phrase_end(text, found.end(), limit)]
    return basis_of(named, "change", None) in _PLANNED


def against_period_before(text: str, end: int, limit: int) -> str | None:
    """The basis of a bare change ending at ``end`` when its clause (ending at ``limit``) compares the same
    period by a multiple right after it: ``tăng 1,8% và gấp 3,6 lần cùng kỳ`` -- the change is then on the
    period before (``other``), the multiple on the same period; else None."""
    return PREVIOUS_PERIOD if _MULTIPLE_OF_SAME_PERIOD.match(text, end, limit) else None


def basis_before(gap: str) -> str | None:
    """The basis named between a verb and its percentage (``vượt kế hoạch 8%``, ``tăng so với cùng kỳ
    12%``), else None."""
    found = _BASIS_BEFORE.search(gap)
    if found:
        return found["basis"]
    # ``tăng bình quân 15,8%``: a yearly average over a term, measured against no one period
    return AVERAGE_BASIS if _AVERAGED.search(gap) else None


def plan_named(text: str) -> str | None:
    """``plan`` or ``target`` when ``text`` (a sentence before an amount) names a plan, by the last plan word
    it holds: ``được giao kế hoạch vốn 5.000 tỷ đồng; đã giải ngân 2.000 tỷ đồng, đạt 40%``."""
    found = [match["plan"] is not None for match in _NAMED_PLAN.finditer(text)]
    if not found:
        return None
    return "plan" if found[-1] else "target"


#: A sign written before a percentage in place of a verb: ``(+9%)``, ``, +9%``, ``(-3,2%)``.
_SIGN = re.compile(r"(?:(\+)|\(\s*([-−]))\s*$")


def relation_in(gap: str, previous: tuple[str, int] | None) -> tuple[str, int]:
    """The relation (``ratio``/``change``) and sign given by the last verb of ``gap``.

    Without a verb the previous comparison's relation carries on (``tăng 1,1%
    và 6,2%``); the first one defaults to a ratio.
    """
    verbs = list(_RELATION.finditer(gap))
    if not verbs:
        signed = _SIGN.search(gap)
        if signed:  # ``1,5 tỷ USD (+9%)``, ``(-3,2%)``
            return "change", 1 if signed.group(1) else -1
        return previous or ("ratio", 1)
    last = verbs[-1]
    if last.lastgroup == "up":
        return "change", 1
    if last.lastgroup == "down":
        return "change", -1
    return "ratio", 1


def basis_of(phrase: str, relation: str, period: str | None) -> str:
    """Classify the words after a percentage: same_period, plan, target or other.

    A basis year is the year before the figure's for ``same_period`` (``so với năm 2019``, ``so với
    quý II/2019`` of a 2020 figure), any other year ``other``.
    """
    phrase = _PASSED_IN.sub(" ", _ASPECT.sub("", phrase))
    if _POINT_OF_YEAR.match(phrase):
        return "other"
    if _SAME_PERIOD.search(phrase):
        return "same_period"
    if _ASSIGNED_QUOTA.match(phrase) or _ESTIMATE_HEAD.match(phrase) or _AUTHORITY_ASSIGNED.match(phrase):
        return "plan"
    if _TARGET.search(phrase):
        return "target"
    if _PLAN.search(phrase):
        return "plan"
    if _PREVIOUS_SHORT.search(phrase):
        return "other"
    year = _BASIS_YEAR.search(phrase)
    if year:
        return (
            "same_period"
            if period and period[-4:].isdigit() and int(year[1]) == int(period[-4:]) - 1
            else "other"
        )
    if not phrase.strip():
        return "same_period" if relation == "change" else "other"
    return "other"


def basis_of_direction(change: Comparison, told: tuple[Comparison, ...]) -> str | None:
    """The basis of a bare ``change`` of a part when the whole before it was ``told`` to go one way against
    the period before and the other way against the same period: the basis of the whole's change that goes
    the part's way (``giảm 1,4% so với tháng trước và tăng 5,7% so với cùng kỳ. Trong đó, doanh thu vận tải
    hành khách ..., giảm 0,6%``: on the month before, as the parts of a fall make it up); else None."""
    changes = [c for c in told if c.relation == "change"]
    if len(changes) != 2 or {c.basis for c in changes} != _PERIODS_BEFORE:
        return None
    if (changes[0].percent < 0) == (changes[1].percent < 0):
        return None
    return next(c.basis for c in changes if (c.percent < 0) == (change.percent < 0))


def make_comparison(percent: Decimal, relation: str, sign: int, basis: str) -> Comparison:
    return Comparison(percent * sign if relation == "change" else percent, relation, basis)


def _without_bases(between: str) -> str:
    """``between`` without the basis phrases its percentages name (``đạt 45,8% so với chỉ tiêu của Bộ Tài chính
    giao``): whatever words a basis holds, they are the comparison's, no new subject."""
    kept, pos = [], 0
    for found in _PERCENTAGE.finditer(between):
        if found.start() < pos:
            continue
        kept.append(between[pos : found.end()])
        end = basis_phrase_end(between, found.end(), len(between))
        pos = end if has_explicit_basis(between[found.end() : end]) else found.end()
    return "".join(kept) + between[pos:]


def runs_on_to_bracket(between: str) -> bool:
    """True when the words between an amount and a bracket that opens later in its clause are still the
    amount's: its own comparisons (``22.710 tỷ đồng, đạt 102,3% KH (KH 22.200 tỷ đồng), tăng 15,3%``) or
    its count's label running on (``637 doanh nghiệp thành lập mới (trong đó 47 ...), đạt 98% kế hoạch``).
    A percentage after the bracket is then the amount's too, not the bracket's figure's.  A comma or a
    stop before the bracket with words other than comparisons opens another subject (``500 tỷ đồng, chi
    thường xuyên (...) tăng 5%``), as a conjunction does (``500 tỷ đồng và lợi nhuận (...) tăng 5%``)."""
    if not between.strip():
        return True
    if len(between) > MAX_GAP or "\n" in between:
        return False
    if _PERCENTAGE.search(between):
        return is_glue(_PERCENTAGE.sub(" ", _without_bases(between)))
    words = between.lower().split()
    return (
        len(words) <= MAX_LABEL_WORDS
        and all(_WORD.fullmatch(word) for word in words)
        and _ANOTHER_SUBJECT.isdisjoint(words)
    )
