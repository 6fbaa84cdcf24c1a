"""The name the words before a figure give it (:func:`_before`), and :func:`make_label`.

:func:`_read_before` applies, in the genre's order, the cuts of ``label_trims`` and the readings of
``label_measures`` and ``label_deeds`` to the words before a figure, and returns its name, its
change verb and the words the name was cut from; :func:`_before` remembers it (the rules ask the
same words again).  :func:`_cut_phrase` cuts the words after a figure to one noun phrase.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from desktop.core.extract.label_deeds import (
    _ends_with_deed,
)
from desktop.core.extract.label_lookup import (
    AUXILIARIES,
    agents_end,
    first_quantity,
    has_quantity,
    keys,
    preamble_ends,
    quantity_at,
)
from desktop.core.extract.label_measures import (
    _grown,
)
from desktop.core.extract.label_patterns import (
    _ADMIN_HINT,
    _ADMIN_PLACE,
    _AT_CURRENT,
    _AUX_FIRST,
    _AUX_HINT,
    _AUX_PAIRS,
    _CLAUSE_VERBS,
    _COMPARISON_HEAD,
    _COMPARISON_IN_LABEL,
    _CONSTANT_PRICES,
    _COUNTRY_TAIL,
    _CURRENT_PRICES,
    _DATE,
    _GLUE,
    _HEAD,
    _HEAD_PUNCTUATION,
    _HEAD_WORDS,
    _LEAD,
    _LEVEL_HEAD,
    _PERIOD_PHRASE,
    _PHRASE_END,
    _PLACE_INSIDE,
    _PREVIOUS_BASIS,
    _SOURCE,
    _SPACES,
    _SPAN_IN_LABEL,
    _STOPS,
    _STOPS_NOT_FOR,
    _STOPS_NOT_THEO,
    _SUBJECT_HEAD,
    _SUBJECT_WORDS,
    _TRAILS,
    _VAGUE_AMOUNT,
    _VISITORS_TO,
    _WHOLE_TRAILS,
    _YEAR_IN_LABEL,
    AFTER_WORDS,
    LIST_PIECE_WORDS,
    LONG_LABEL,
    MAX_CHARS,
    MAX_NAMED_WORDS,
    MAX_WORDS,
    SHORTEST_PART,
)
from desktop.core.extract.label_trims import (
    _CLAUSE_OPENING,
    _after_part_connector,
    _cut_long,
    _last_chars,
    _new_of,
    _tail,
    _without_place,
    _without_rank,
    lower_first,
)
from desktop.core.memo import remember


class _Before(NamedTuple):
    """What the words before a figure say: its name, its change verb, and the words it was cut from."""

    label: str
    change: str
    core: str


#: A part of a breakdown in a label (``ở khu vực ngoài nhà nước``, ``ngành du lịch``), and the first
#: letters of the words it, or a measure given of it, may start a label with.  It opens with a look-ahead at
#: its first letters: its look-behinds would be tried at every character.
_BREAKDOWN = re.compile(
    r"(?=[ởctknl])(?:(?<=^)|(?<=\s))(?:(?:ở|của|tại)\s+)?(?:khu\s+vực|ngành|thành\s+phần|loại\s+hình)\s+(?=[^\W\d_])",
    re.IGNORECASE,
)

#: What ``có`` at a label's head starts when it is not a verb of having before a noun.
_HAVE_NOT_NOUN = frozenset({"thể ", "thêm ", "khoản", "hơn "})


def make_label(region: str, percent: bool) -> str:
    """A label from the words before a figure alone (``region``), when nothing else is known."""
    before = _before(region, percent)
    label = before.label
    if before.change and before.change not in keys(label):
        label = f"{label} {before.change}"
    return label[:1].upper() + label[1:]


#: What :func:`_before` made of the words it was given lately: the label rules read the same words again
#: (a figure's own, then for its share, its sector or its aside), a fifth of the asks.  A plain dict,
#: cleared when full (``remember``).
_BEFORE_SEEN: Final[dict[tuple[str, bool], _Before]] = {}
BEFORE_CACHE: Final = 1024


def _before(region: str, percent: bool) -> _Before:
    """The name the words before a figure give it, with its change verb (percentages), and the
    words before the name was cut from them (a count's verb is read at their end)."""
    key = (region, percent)
    found = _BEFORE_SEEN.get(key)
    if found is None:
        found = remember(_BEFORE_SEEN, key, _read_before(region, percent), BEFORE_CACHE)
    return found


def _read_before(region: str, percent: bool) -> _Before:
    """:func:`_before`, read."""
    label = region
    if len(label) > MAX_CHARS:
        label = _last_chars(label)
    if "  " in label or "\n" in label or "\t" in label or "\xa0" in label:
        label = _SPACES.sub(" ", label)
    low = label.lower()
    if "tháng" in low or "quý" in low or "tết" in low:
        label = _SPAN_IN_LABEL.sub("", label)
    if "năm" in low or "quý" in low or "tháng" in low or "giai" in low or "nhiệm" in low or "vụ" in low:
        label = _PERIOD_PHRASE.sub("", label)
    if "/" in label:
        label = _DATE.sub("", label)
    if "so sánh" in low or "giá sản xuất" in low:
        label = _CONSTANT_PRICES.sub("", label)
    current = ""
    if "hiện hành" in low and (prices := _CURRENT_PRICES.search(label)):
        # ``GRDP theo giá hiện hành``: the value at current prices, which the genre gives next to the one
        # at constant prices; its ``giá`` names no quantity to start the label at, it ends the label
        current, label = _AT_CURRENT, f"{label[: prices.start()]} {label[prices.end() :]}"
    if "19" in label or "20" in label:
        label = _YEAR_IN_LABEL.sub("", label)
    if "vài " in low or "hàng " in low or "mấy " in low:
        label = _VAGUE_AMOUNT.sub("", label)
    if " và " in label:
        label = _PREVIOUS_BASIS.sub("", label, count=1)
    label = label.lstrip()
    if label[:4].lower() in ("theo", "cũng") and (source := _SOURCE.match(label)):
        label = label[source.end() :]  # ``Theo Sở Công Thương, tỉnh đã có``: who reports it names nothing
    first = label.lstrip(_HEAD_PUNCTUATION)
    if len(first) != len(label) or first.split(" ", 1)[0].rstrip(",;:").lower() in _HEAD_WORDS:
        head = _HEAD.match(label)
        label = label[head.end() :] if head else label
    if label[:2].lower() in _CAUSE_STARTS:
        label = _CAUSE_HEAD.sub(
            "", label, count=1
        )  # ``CPI tăng 3%, do nhóm hàng ăn tăng 5%``: the cause's own
    if label[:3].lower() == "so ":
        label = _COMPARISON_HEAD.sub("", label, count=1)
        head = _HEAD.match(label)  # ``so tháng trước, trong đó nhóm giao thông tăng``: the opener after it
        label = label[head.end() :] if head else label
    if "tăng trưởng" in label or "mức tăng" in label:
        label = _grown(label)
    first = label.split(" ", 1)[0].lower()
    if first in _AUX_FIRST or (first in _SUBJECT_WORDS and _AUX_HINT.search(label, 0, 48)):
        head = _SUBJECT_HEAD.match(label)
        label = label[head.end() :] if head else label
    label, change, level = _tail(label, percent)
    core = label = label.strip(" ,;:-–").lstrip(
        "/"
    )  # ``... 12 vạn tấn/tổng sản lượng``: no name starts at ``/``
    if level:
        change = ""
    low = label.lower()
    if " so" in low:
        label = _COMPARISON_IN_LABEL.sub("", label)
    if "nước" in low or "quốc" in low:
        label = _COUNTRY_TAIL.sub("", label)
    if "nhất" in low:
        label = _without_rank(label, percent)
    if "khách" in low and "đến" in low:
        label = _VISITORS_TO.sub(r"\1", label)
    if _ADMIN_HINT.search(low):
        label = _without_place(_ADMIN_PLACE, label)
    if "đó" in low or "riêng" in low or "cụ thể" in low:
        label = _after_part_connector(label)
    cut = _after_preamble(label)
    if cut != label and cut.split(" ", 1)[0].lower() in _HEAD_WORDS:
        head = _HEAD.match(cut)  # ``cho rằng, trong mục tiêu tăng trưởng``: an opener after the preamble
        cut = cut[head.end() :] if head else cut
    label = cut
    if label[:3].lower() == "có " and label[3:4].isalpha() and label[3:8].lower() not in _HAVE_NOT_NOUN:
        label = label[3:]  # ``Quảng Trị có diện tích rừng``: the place went, its verb of having too
    if " đạt " in label:
        said = _RECORD_SAID.match(label)  # ``Lợi nhuận đạt con số cao nhất từ trước đến nay (với)``
        label = said.group(1) if said and has_quantity(said.group(1).lower()) else label
    if " với " in label:
        label = _measured_with(label)
    if _AUX_HINT.search(low):
        label = _before_predicate(label)
    if label[:4].lower() == "giá " and " được " in label and label[4:8].lower() != "trị ":
        label = label[: label.index(" được ")]  # ``giá cá được thương lái mua tại ao``: how it is sold goes
    if level:
        label = _LEVEL_HEAD.sub("", label, count=1)
    whole = label.strip(" ,;:-–")
    label = _last_part(whole)
    if label != whole and label.split(" ", 1)[0].lower() in _SUBJECT_WORDS and _AUX_HINT.search(label, 0, 48):
        head = _SUBJECT_HEAD.match(label)  # ``Qua thống kê của Cục Hải quan, đơn vị đã giải quyết thủ tục``
        label = label[head.end() :] if head else label
    words = label.split()
    if len(words) > MAX_WORDS and not (len(words) <= MAX_NAMED_WORDS and quantity_at(keys(label), 0)):
        # a long name that starts with its quantity is kept whole: not ``lệ tối đa ...``
        words = _cut_long(words)
    named = " ".join(words)
    return _Before(f"{named}{current}" if named else named, change, core)


#: Those a list ranks by a measure, before it: ``05 địa phương có``, ``các tỉnh có``.
_RANKED_PLACES = re.compile(
    r"^(?:(?:\d+|các|những)\s+)?(?:địa\s+phương|tỉnh,\s+thành\s+phố|tỉnh|thành\s+phố|huyện|xã|quốc\s+gia"
    r"|thị\s+trường)\s+(?:có\s+)?",
    re.IGNORECASE,
)
#: The rank the list says of its items: ``cao nhất cả nước``, ``lớn nhất tỉnh``.
_RANKED_BY = re.compile(r"\s+(?:lớn|cao|nhiều|đông|thấp|nhỏ)\s+nhất(?:\s.*)?$", re.IGNORECASE)


def _respective_measure(words: str) -> str:
    """The measure of the places a list names after ``lần lượt là`` (``05 địa phương có kim ngạch
    nhập khẩu cao nhất``): without those ranked and their rank; nothing when it names no measure."""
    label = _before(words, False).label
    label = _RANKED_BY.sub("", _RANKED_PLACES.sub("", label, count=1))
    if not label or not has_quantity(label.lower()):
        return ""
    return label[:1].upper() + label[1:]


_OPENS_CLAUSE = re.compile(rf"\s*{_CLAUSE_OPENING}", re.IGNORECASE)
#: A quantity and what is said of its level before the figure: ``lợi nhuận đạt con số cao nhất``,
#: ``xuất khẩu đạt kỷ lục``.
_RECORD_SAID = re.compile(
    r"^(.+?)\s+(?:(?:đã|vẫn|cũng)\s+)?đạt\s+(?:con\s+số|kỷ\s+lục|mốc|mức)(?![^\W\d_])[^,;]*$", re.IGNORECASE
)
#: A cause at the head of a figure's words: the figure is the cause's (``do nhóm giao thông tăng 2%``).
_CAUSE_HEAD = re.compile(r"^(?:do|nhờ|vì|bởi)\s+(?=\S+\s)", re.IGNORECASE)
_CAUSE_STARTS = frozenset({"do", "nh", "vì", "bở"})


#: Words after which a clause that named a quantity names the figure's anew: ``thể hiện qua chỉ số
#: ...``, ``gồm`` lists its parts, ``khiến`` its effect (``giá phân bón tăng khiến chi phí ... tăng``),
#: ``làm cho`` too, ``trong đó`` and ``riêng`` single out a part (``thu ngân sách tăng mạnh, trong đó thu nội địa``).
_NAMED_ANEW = frozenset({"gồm", "hiện", "khiến", "cho", "đó", "riêng"})


def _is_separator(word: str, original: str) -> bool:
    """True when a word of a label is only punctuation that parts it, not a dash inside a name (``Lam Sơn
    - Sao Vàng``, ``nông - lâm - thủy sản``)."""
    return not word and original not in ("-", "–")


#: What :func:`_after_preamble` cut lately: different words before figures come to the same label once
#: their spans, places and heads are gone (a quarter of the asks).
_PREAMBLE_CUT: Final[dict[str, str]] = {}


def _after_preamble(label: str) -> str:
    """The label from where the quantity is named: after the last word that only opens the clause
    (``Theo Cục Thống kê, tổng thu``, ``TPHCM chỉ thu``, ``Kết quả thu ngân sách``) and after leading
    comma parts that name no quantity (``Tại xã Thạnh An, thu nhập bình quân``)."""
    cut = _PREAMBLE_CUT.get(label)
    if cut is None:
        cut = remember(_PREAMBLE_CUT, label, _cut_preamble(label), BEFORE_CACHE)
    return cut


def _cut_preamble(label: str) -> str:
    """:func:`_after_preamble`, cut."""
    words = keys(label)
    named = first_quantity(words)
    if named < 0 or (named == 0 and _NAMED_ANEW.isdisjoint(words)):
        return label
    cut = next((end for end in reversed(preamble_ends(words)) if first_quantity(words, end) >= 0), 0)
    if cut == 0:
        agent = agents_end(words)
        if 0 < agent < len(words) and first_quantity(words, agent) >= 0:
            cut = agent
    originals = label.split()
    while True:
        comma = next(
            (
                i
                for i in range(cut, len(words))
                if (originals[i].endswith(",") and not _ends_with_deed(originals[: i + 1]))
                or _is_separator(words[i], originals[i])
            ),  # ``công nghiệp chế biến, chế tạo``: one sector, the comma joins its two deeds
            -1,
        )
        if comma < 0 or first_quantity(words, cut, comma + 1) >= 0 or first_quantity(words, comma + 1) < 0:
            break
        cut = comma + 1
    return " ".join(originals[cut:]).strip(" ,")


def _before_predicate(label: str) -> str:
    """A named quantity without what is said of it after an auxiliary (``giá hồ tiêu cũng giảm sâu``)."""
    words = keys(label)
    named = first_quantity(words)
    if named < 0:
        return label
    aux = next(
        (
            i
            for i in range(named + 1, len(words))
            if (words[i] in AUXILIARIES and not _new_of(words, i)) or words[i : i + 2] in _AUX_PAIRS
        ),
        -1,
    )
    if aux < 0:
        return label
    if first_quantity(words, aux + 1) >= 0:  # ``ngân sách đã huy động nguồn vốn``: what it did names it
        return " ".join(label.split()[aux + (2 if words[aux : aux + 2] in _AUX_PAIRS else 1) :])
    return " ".join(label.split()[:aux])


def _measured_with(label: str) -> str:
    """``trồng cam với diện tích`` → ``diện tích trồng cam``: the quantity named after ``với`` is the
    figure's, of the thing named before it."""
    words = keys(label)
    at = max((i for i, word in enumerate(words) if word == "với"), default=-1)
    if at < 1 or at + 1 >= len(words) or not quantity_at(words, at + 1):
        return label
    originals = label.split()
    thing = " ".join(originals[:at]).split(",")[-1].split()
    if len(thing) > 8:  # ``kinh tế phát triển nhanh chóng với tốc độ tăng trưởng``: a clause, not a thing
        named = _last_name(thing)  # ``... đã hình thành Khu công nghiệp phụ trợ dệt may Phong Điền``
        return " ".join([*originals[at + 1 :], *named])
    return " ".join([*originals[at + 1 :], lower_first(" ".join(thing))])


#: Head nouns of the things a quantity after ``với`` measures: ``dự án``, ``khu``, ``nhà máy``.
_THING_HEADS = frozenset(
    {
        "dự án",
        "công trình",
        "tuyến",
        "đề án",
        "chương trình",
        "gói thầu",
        "khu",
        "cụm",
        "nhà máy",
        "bệnh viện",
        "cảng",
    }
)


def _last_name(words: list[str]) -> list[str]:
    """The last thing a long clause names, from its head noun (``dự án Bệnh viện Đa khoa tỉnh``, ``Khu
    công nghiệp phụ trợ dệt may Phong Điền``), or nothing: what a quantity after ``với`` is of."""
    low = [w.lower() for w in words]
    at = next(
        (
            i
            for i in range(len(low) - 1, 0, -1)
            if (low[i] in _THING_HEADS or " ".join(low[i : i + 2]) in _THING_HEADS)
            and low[i + 1 : i + 2] != ["vực"]  # ``khu vực``: a region, no thing
            and words[i - 1][:1].islower()  # ``Công ty TNHH Khu công nghiệp ...``: inside a name
        ),
        -1,
    )
    while at >= 2 and " ".join(low[at - 2 : at]) in _THING_HEADS:
        at -= 2  # ``dự án Bệnh viện``: the project, named by the hospital
    return words[at:] if at > 0 and len(words) - at <= MAX_THING_WORDS else []


#: Words at most of such a thing.
MAX_THING_WORDS = 10


def _last_part(label: str) -> str:
    """``... đóng góp vào tăng trưởng kinh tế, giá trị sản xuất công nghiệp`` → its last part."""
    if "," not in label:
        return label
    last = label.rsplit(",", 1)[1].strip()
    if " " in last and quantity_at(keys(last.lower()), 0):
        return last  # ``Cơ cấu kinh tế chuyển dịch, tỷ trọng nông nghiệp``: the figure's own part names it
    if len(label.split()) <= LONG_LABEL:
        return label
    first = label.split(",", 1)[0].split()
    if len(first) <= 2 and _ends_with_deed(first):
        return label  # ``đo đạc, lập bản đồ địa chính, đăng ký đất đai và ...``: one list of deeds
    if label.count(",") == 1 and quantity_at(keys(label.lower()), 0) and not has_quantity(last.lower()):
        return label  # ``thu nhập bình quân của các thành viên, người lao động``: one noun phrase
    if _enumerated(label):
        return label  # ``doanh thu dịch vụ lưu trú, ăn uống, du lịch lữ hành và dịch vụ khác``: one name
    return last if len(last.split()) >= SHORTEST_PART else label


def _enumerated(label: str) -> bool:
    """True when the comma parts after a quantity are the items of one enumeration that closes with
    ``và`` (``doanh thu dịch vụ lưu trú, ăn uống, lữ hành và hỗ trợ du lịch``): short pieces that
    name no quantity of their own, so the figure is of the whole list, as the article names it."""
    first, *rest = label.split(",")
    if not rest or not quantity_at(keys(first.lower()), 0) or " và " not in f" {rest[-1]} ":
        return False
    for piece in rest:
        if _BREAKDOWN.match(piece.strip()):
            return False  # ``cơ cấu kinh tế chuyển dịch, khu vực nông, lâm nghiệp``: a part of a whole, said anew
        words = keys(piece.lower().split(" và ", 1)[0])
        if (
            not words
            or len(words) > LIST_PIECE_WORDS
            or has_quantity(" ".join(words))
            or words[0] in _CLAUSE_VERBS
        ):
            return False
    return True


#: What :func:`_cut_phrase` cut lately: the rules read the words after a figure again (for its label, its
#: beneficiary, the item of a list), a fifth of the asks.
_PHRASES_CUT: Final[dict[tuple[str, bool, bool, bool, bool], tuple[str, int]]] = {}


def _cut_phrase(
    rest: str, *, score: bool = False, share: bool = False, spent: bool = False, kinds: bool = False
) -> tuple[str, int]:
    """The noun phrase at the start of ``rest`` and about where it ends: up to a comparison, a new
    clause, a place, a period or the next figure; a comma goes on when a short piece of a list
    follows (``xã, phường``), but not into the words of the next figure.  With ``kinds`` (an area or
    a weight), a ``các loại`` that ends the clause stays: ``30 ha rau màu các loại`` is the sum over
    the kinds, as the articles name it."""
    key = (rest, score, share, spent, kinds)
    found = _PHRASES_CUT.get(key)
    if found is None:
        found = remember(_PHRASES_CUT, key, _phrase_cut(rest, score, share, spent, kinds), BEFORE_CACHE)
    return found


def _phrase_cut(rest: str, score: bool, share: bool, spent: bool, kinds: bool) -> tuple[str, int]:
    """:func:`_cut_phrase`, cut."""
    stops = _STOPS_NOT_THEO if score else _STOPS_NOT_FOR if spent else _STOPS
    lead = _LEAD.match(rest) if (score or share) else None
    first = lead.end() if lead else len(rest) - len(rest.lstrip(" "))
    kept: list[str] = []
    pieces, at, open_end = 0, first, False
    while True:
        end = _PHRASE_END.search(rest, at)
        limit = end.start() if end else len(rest)
        comma = rest.find(",", at, limit)
        if comma >= 0:
            limit = comma
        words = rest[at:limit].split()
        low = keys(rest[at:limit])
        cut = next(
            (
                i
                for i in range(len(low))
                if (
                    stops.at(low, i)
                    and not _made_from(low, i)
                    and not _harmed_by(low, i)
                    and not _done_with(low, i)
                    and not _stage(low, i)
                    and not _manner(low, i)
                    and not _come_to(low, i)
                    and not _goes_into_use(low, i)
                )
                or _next_item(words, low, i)
            ),
            -1,
        )
        before_figure = cut < 0 and comma < 0 and end is not None and rest[limit].isdigit()
        if cut >= 0:
            words = words[:cut]
        elif before_figure:
            last_and = max(
                (i for i in range(max(0, len(low) - 5), len(low)) if low[i] in ("và", "")), default=-1
            )
            words = (
                words[:last_and] if last_and >= 0 else words
            )  # ``cà phê hòa tan và đã xuất khẩu 4.520 tấn``
        if pieces:
            short_head = pieces == 1 and len(kept) <= 2 and not (low and low[0] in _GLUE)
            # ``đo đạc, lập bản đồ địa chính và bản đồ địa hình``: the second of two deeds a comma
            # joins is as long as it needs
            second_deed = bool(low) and low[0] not in _GLUE and _ends_with_deed(kept)
            # ``liên thôn, liên xã được nhựa hóa``, ``các thôn, xã đặc biệt khó khăn``: the same kind of
            # thing again, a noun the comma coordinates, whatever is said of both after it
            parallel = _coordinated(kept, low)
            # ``rau, quả và nông sản các loại``: the trailing words the phrase loses do not count
            size = len(words)
            size -= _TRAILS.ending(low, size) if 0 < size <= len(low) and low[size - 1] else 0
            if (
                not words
                or (size > LIST_PIECE_WORDS and not short_head and not second_deed and not parallel)
                or before_figure
                # ``hộ thoát nghèo, tạo việc làm cho ...``: a clause of its own, but not the second of
                # two deeds a comma joins (``cơ sở sản xuất, chế biến dừa``)
                # (``bảo hiểm y tế, bảo hiểm thất nghiệp``: insurance, a noun, though ``bảo`` starts verbs)
                or (
                    low[0] in _CLAUSE_VERBS
                    and low[:2] != ("bảo", "hiểm")
                    and not _ends_with_deed(kept)
                    and not parallel
                )
                # ``đạt chuẩn, cao nhất vùng``: a comment on the figure, no piece of the name
                or low[1:2] == ("nhất",)
                # ``35 dự án, tập trung vào ...``: the next clause's opening, no item of a list
                or _OPENS_CLAUSE.match(rest, at) is not None
            ):
                break
            kept[-1] += ","
        elif not words or low[0] == "và":
            return "", first
        kept.extend(words)
        pieces += 1
        open_end = cut < 0  # the words kept run to the clause's end: no stop word cut them
        if cut >= 0 or comma < 0:
            break
        at = comma + 1
    length = len(" ".join(kept))
    while kept:
        last = keys(" ".join(kept[-3:]))
        n = _TRAILS.ending(last, len(last)) if last[-1] else 1
        if not n or last[-2:] in _WHOLE_TRAILS or (kinds and open_end and last[-2:] == ("các", "loại")):
            break
        kept = kept[: len(kept) - n]
    if kept:
        kept[-1] = kept[-1].rstrip(",")
    if not any(c.isalpha() for c in "".join(kept)):
        return "", first
    phrase = " ".join(kept[:AFTER_WORDS])
    if " trong " in phrase or " của " in phrase:
        # ``300 hộ nuôi trong huyện thu hoạch cá``: the place goes from the name, as before a figure
        phrase = _SPACES.sub(" ", _PLACE_INSIDE.sub("", phrase)).strip(" ,")
    return phrase, first + length


#: Nouns of places a comma coordinates as one thing counted (``các thôn, xã``, ``xã, phường``).
_PLACE_PAIR = frozenset(
    {"thôn", "xã", "phường", "thị", "huyện", "quận", "bản", "làng", "ấp", "buôn", "bon", "tổ"}
)


def _coordinated(kept: list[str], low: tuple[str, ...]) -> bool:
    """True when the piece after a comma (``low``) coordinates a noun with the words before it: the
    same first word of two (``liên thôn, liên xã``, ``cấp tỉnh, cấp huyện``), two places (``các
    thôn, xã``) or two deeds of making into (``nhựa hóa, bê tông hóa``)."""
    if len(kept) < 2 or len(low) < 2:
        return False
    last = kept[-1].lower()
    return (
        (low[0] == kept[-2].lower() and low[1] != last)
        or (last in _PLACE_PAIR and low[0] in _PLACE_PAIR)
        or (last == "hóa" and "hóa" in low[1:3])
    )


#: What visitors come to do (``lượt khách đến tham quan``, ``đến vui chơi, giải trí``): said of those
#: counted, not where they went.
_VISITS = frozenset(
    {("tham", "quan"), ("vui", "chơi"), ("du", "lịch"), ("nghỉ", "dưỡng"), ("mua", "sắm"), ("làm", "việc")}
)


def _come_to(low: tuple[str, ...], i: int) -> bool:
    """``đến tham quan``, ``đến thăm``: ``đến`` before what visitors do goes on to the deed, a place
    after it would have stopped the phrase."""
    return low[i] == "đến" and (low[i + 1 : i + 2] == ("thăm",) or low[i + 1 : i + 3] in _VISITS)


#: What a thing is put into when ``vào`` ends no phrase: ``dự án đi vào hoạt động``, ``đưa vào sử dụng``.
_INTO_USE = frozenset({("hoạt", "động"), ("sử", "dụng"), ("vận", "hành"), ("khai", "thác")})


def _goes_into_use(low: tuple[str, ...], i: int) -> bool:
    """``đi vào hoạt động``, ``đưa vào sử dụng``: ``vào`` here starts no place nor time, the deed goes on."""
    return low[i] == "vào" and i > 0 and low[i - 1] in ("đi", "đưa") and low[i + 1 : i + 3] in _INTO_USE


#: What ``theo`` is followed by when it says how a thing is made or which standard it meets
#: (``mô hình sản xuất rau theo hướng hữu cơ``, ``xã đạt chuẩn theo Bộ tiêu chí mới``), not whose plan
#: or source a figure follows.
_MANNER_HEADS = frozenset({"hướng", "tiêu", "bộ", "chuẩn", "chuỗi", "mô"})


def _manner(low: tuple[str, ...], i: int) -> bool:
    """``theo hướng ...``, ``theo Bộ tiêu chí ...``: the way or standard is part of what is named."""
    return low[i] == "theo" and i + 1 < len(low) and low[i + 1] in _MANNER_HEADS


#: The numbers of the stages of a programme: ``giai đoạn I``, ``giai đoạn 2``.
_STAGE_NUMBERS = frozenset({"i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5"})


def _stage(low: tuple[str, ...], i: int) -> bool:
    """``xã đạt chuẩn y tế giai đoạn II``: a stage's number names which standard, it is no period."""
    return low[i : i + 2] == ("giai", "đoạn") and i + 2 < len(low) and low[i + 2] in _STAGE_NUMBERS


def _harmed_by(low: tuple[str, ...], i: int) -> bool:
    """``hộ bị ảnh hưởng do lũ quét``, ``diện tích bị thiệt hại do bão``: ``do`` after a harm suffered
    says by what, which tells the group counted from others; not a cause of the figure."""
    return low[i] == "do" and "bị" in low[max(0, i - HARM_WORDS) : i]


#: How many words before ``do`` the ``bị`` of a harm suffered may stand.
HARM_WORDS = 4


def _made_from(low: tuple[str, ...], i: int) -> bool:
    """``sản phẩm làm từ da cá sấu``: ``từ`` after a verb of making says what of, not where from."""
    return low[i] == "từ" and i > 0 and low[i - 1] in ("làm", "chế", "biến")


#: Deeds done with a partner, whose ``với`` names the partner: ``hợp tác với các doanh nghiệp``.
_WITH_PARTNER = frozenset({"hợp tác", "liên kết", "phối hợp", "liên doanh", "ký kết", "tiếp giáp", "kết nối"})


def _done_with(low: tuple[str, ...], i: int) -> bool:
    """``HTX hợp tác với các DN ...``: ``với`` after a deed done with a partner goes on to the partner."""
    return low[i] == "với" and i > 1 and " ".join(low[i - 2 : i]) in _WITH_PARTNER


def _next_item(words: list[str], low: tuple[str, ...], i: int) -> bool:
    """``và`` before a capitalised name or a quantity noun starts the next item, not more of this one."""
    return (
        low[i] == "và"
        and i + 1 < len(words)
        and (words[i + 1][:1].isupper() or bool(quantity_at(low, i + 1)))
    )
