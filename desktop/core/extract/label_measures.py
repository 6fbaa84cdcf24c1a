"""Measures and growth: what a figure measures when its words before it do not say.

A growth rate takes its measure from the figure it grows (:func:`_growth_of`, :func:`_grown`), a
plan or an average from the figure it is of (:func:`_planned`, :func:`_average_of`), a sector's
item its measure from the breakdown (:func:`_sector`, :func:`_measure_for_unit`), and a level named
only by its noun the whole it belongs to (:func:`_owned_level`).  The patterns here are those of growth, plans, goals,
averages and bare outputs, which only these rules and the Labeller read.
"""

from __future__ import annotations

import re

from desktop.core.extract.label_deeds import (
    _ONE_VERB,
    OWNER_WORDS,
    _is_agent,
)
from desktop.core.extract.label_lookup import (
    has_quantity,
    keys,
)
from desktop.core.extract.label_patterns import (
    _CHANGE_TAIL,
    _CHANGE_WORD,
    _HAS_DIGIT,
    _HEAD,
    _ONLY_WHEN,
)
from desktop.core.extract.label_trims import (
    lower_first,
)
from desktop.core.extract.label_words import (
    GENERIC_COUNT_NOUNS,
)
from desktop.core.extract.spans import Figure
from desktop.core.taxonomy import unit_class

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
#: The last resort: a figure's class of unit names it (``Số tiền``), so that no label is empty.
_BY_UNIT = {
    "money": "Số tiền",
    "percent": "Tỷ lệ",
    "area": "Diện tích",
    "mass": "Khối lượng",
    "length": "Chiều dài",
}


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
#: A level that names nothing it is of (``mức``, ``mức tăng trưởng``): no subject for a list's items.
_BARE_LEVEL = re.compile(r"mức(?:\s+(?:tăng|giảm)(?:\s+trưởng)?)?", re.IGNORECASE)
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


def _only_when(part: str, noun: str) -> bool:
    """True when the words before a count of people or visits only say when (``trong những ngày nghỉ
    lễ đã có 25 nghìn lượt khách``): those name no one, so the count is named by its noun and the
    words after it, as when nothing came before."""
    return (
        noun in GENERIC_COUNT_NOUNS
        and _ONLY_WHEN.fullmatch(part) is not None
        and noun.rsplit(" ", 1)[-1] not in part.split()
    )


#: A change that opens from a level (``giảm từ``), at the end of the words before a count.
_FROM_CHANGE = re.compile(r"\s+(?:đã\s+|được\s+)?(?:tăng|giảm)(?:\s+từ)?$", re.IGNORECASE)
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


#: The words that say what kind of sector the items of a breakdown are: ``ngành``, ``khu vực``.
_SECTOR_KIND = re.compile(r"^(?:ngành|khu\s+vực|lĩnh\s+vực)\s+", re.IGNORECASE)


def _same_kind(sibling: str, item: str) -> str:
    """``item`` with the kind of sector its sibling in the breakdown said (``khu vực nông nghiệp ...;
    dịch vụ ...`` → ``khu vực dịch vụ``), when it says none of its own."""
    kind = _SECTOR_KIND.match(sibling)
    if kind is None or _SECTOR_KIND.match(item):
        return item
    return f"{kind.group().lower()}{lower_first(item)}"
