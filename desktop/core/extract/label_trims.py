"""What cuts a label down to the noun phrase of its figure: its head, its tail, its asides.

The ``_without_*`` helpers take out what names nothing (a place, a rate's unit, a rank, a doer, a
next clause, the words a measure already says), :func:`_tail` and :func:`_strip_tail` what follows
the name (the change verb, the cue and hedge words), :func:`_cut_long` and :func:`_last_chars` a
name too long to be one, and a few pick the part of a label that is the figure's (after an aside,
after the last figure, a list's first item).  :func:`lower_first` is the one text helper other
modules import.  Every helper here is a pure function of its words, used by the Labeller and by
the modules above this one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.extract.label_lookup import (
    agents_end,
    has_quantity,
    keys,
    quantity_at,
)
from desktop.core.extract.label_patterns import (
    _CUT_CONNECTORS,
    _FOLD,
    _ITEMS_WORD,
    _LEVELS,
    _LONGEST_TAIL,
    _MODIFIER_LINKS,
    _NAME,
    _NAME_START,
    _NOT_A_TOPIC,
    _SCENARIO_WORDS,
    _SPACES,
    _SUPERLATIVE,
    _TAILS,
    _TWO_SYLLABLES,
    _WHOLE_TRAILS,
    LONGEST_SYLLABLE,
    MAX_CHARS,
    MAX_WORDS,
    SHORTEST_PART,
)
from desktop.core.extract.label_words import (
    ACTION_VERBS,
)
from desktop.core.taxonomy import unit_class


def _without_said(thing: str, measure: str) -> str:
    """``thing`` without the words at its end that ``measure`` already says: ``cá cảnh xuất khẩu`` of
    ``Kim ngạch xuất khẩu`` is ``cá cảnh``."""
    words, said = thing.split(), keys(measure)
    low = keys(thing)
    end = len(words)
    # the words both end with, not any word the measure has: ``nông sản`` of ``Tổng sản lượng`` stays
    while end > 1 and len(words) - end < len(said) and low[end - 1] == said[end - len(words) - 1]:
        end -= 1
    return " ".join(words[:end])


def _without_measure(topic: str, measure: str) -> str:
    """An opener's topic without the measure it starts with: ``Về diện tích lúa, tổng diện tích ...``."""
    topic = topic.strip()
    return topic[len(measure) + 1 :] if topic.lower().startswith(measure + " ") else topic


def _could_be_topic(low: str, at: int) -> bool:
    """False when the word at ``at`` starts no topic (``đạt``, ``này``, a number): read before the
    phrase is cut, which costs more."""
    space = low.find(" ", at, at + LONGEST_SYLLABLE + 1)
    word = low[at:space] if space >= 0 else low[at : at + LONGEST_SYLLABLE + 1]
    return bool(word) and word[0].isalpha() and word.rstrip(",;:.") not in _NOT_A_TOPIC


#: The economy's own name, which says where its product is reckoned (``tổng sản phẩm trên địa bàn``,
#: ``tổng sản phẩm trong tỉnh``): those words name the indicator (GRDP), not the record's place.
_PRODUCT_BEFORE = re.compile(r"tổng\s+sản\s+phẩm\s*$", re.IGNORECASE)
#: What follows the economy's whole name: its short name, a price basis, a change, a span (a name cut
#: before its short name is a list's subject, whose parts are the sectors: ``trong đó: khu vực ...``).
_NAME_ENDS = re.compile(r"\s*(?:\(|(?:theo|tăng|giảm|bình|tháng|quý|\d)(?![^\W\d_]))", re.IGNORECASE)
_OWN_AREA = re.compile(r"\s*(?:trên\s+địa\s+bàn|trong\s+tỉnh)", re.IGNORECASE)


def _without_place(place: re.Pattern[str], label: str) -> str:
    """``label`` without the places ``place`` finds in it, but for the ``trên địa bàn`` or ``trong tỉnh``
    of the economy's own name (``Tổng sản phẩm trên địa bàn tỉnh (GRDP)`` → ``Tổng sản phẩm trên địa
    bàn (GRDP)``), which the articles and the hand-made labels keep."""

    def kept(found: re.Match[str]) -> str:
        if not _PRODUCT_BEFORE.search(label, 0, found.start()) or not _NAME_ENDS.match(label, found.end()):
            return ""  # ``tổng sản phẩm trong tỉnh khu vực dịch vụ``: a part, named by its own words
        own = _OWN_AREA.match(found.group(0))
        return own.group(0) if own else ""

    return place.sub(kept, label)


def _without_rate_unit(label: str, unit: str) -> str:
    """``label`` without the figure's own rate unit at its head (``Khách/giờ năng lực thông qua cửa
    an ninh`` for ``1.728 khách/giờ``): a count's noun names what is counted, but a rate's unit names
    no measure; kept when fewer than two words would be left (``Con/kg``, ``Vụ/năm trồng``)."""
    head, _, rest = label.partition(" ")
    if head.lower() != unit.lower() or rest.count(" ") < 1:
        return label
    return f"{rest[:1].upper()}{rest[1:]}"


_PLURAL_HEAD = re.compile(r"^(?:các|những)\s+(?=\S+\s)", re.IGNORECASE)
#: ``được`` before a named quantity is what made the figure (``đạt được số thu``), not its name.
_GOT_HEAD = re.compile(r"^được\s+", re.IGNORECASE)
_NUMBER_HEAD = re.compile(r"^số\s+(?:lượng\s+)?", re.IGNORECASE)


def _without_marker(label: str, unit: str) -> str:
    """A label without the word its head starts with that only marks a noun: the plural (``Các nguồn
    thu`` → ``Nguồn thu``), ``được`` before a quantity (``Được số thu``) or an agent (``Được tỉnh hỗ
    trợ``), and ``Số`` before the noun a count already counts or before ``vốn`` (``Số doanh nghiệp
    đăng ký`` of ``1.598 doanh nghiệp``)."""
    plural = _PLURAL_HEAD.match(label)
    if plural:
        return label[plural.end() :]
    got = _GOT_HEAD.match(label)
    if got:
        words = keys(label)
        if quantity_at(words, 1) or 1 < agents_end(words, 1) < len(words):
            return label[got.end() :]  # ``được tỉnh hỗ trợ 30%``: the passive's agent heads its deed
    number = _NUMBER_HEAD.match(label)
    if number:
        rest = label[number.end() :]
        low = rest.lower()
        counted = unit.lower()
        if counted and unit_class(unit) == "count" and (low == counted or low.startswith(counted + " ")):
            return rest
        if low.startswith("vốn ") or (number.end() > 3 and unit_class(unit) == "count"):
            return rest
    return label


def _without_rank(label: str, percent: bool) -> str:
    """``label`` without the rank it ends with (``lớn nhất cả nước``), kept in a scenario's name
    (``kịch bản cao nhất``) and when nothing would be left; a percentage keeps its change verb."""
    rank = _SUPERLATIVE.search(label)
    if rank is None or _SCENARIO_WORDS.search(label):
        return label
    start = rank.start()
    if percent and label[start:].split(None, 1)[0].lower() in ("tăng", "giảm"):
        start += len(label[start:]) - len(label[start:].lstrip()) + len(label[start:].split(None, 1)[0])
    kept = label[:start].rstrip(" ,")
    return kept if kept.strip() else label


_MOST = r"(?:lớn|nhiều|cao|thấp|nhỏ|đông(?:\s+dân)?)\s+nhất(?!\s+là)(?![^\W\d_])"
_MOST_OF = (
    r"(?:\s+(?:cả\s+nước|toàn\s+quốc|từ\s+trước\s+(?:đến|tới)\s+nay|"
    rf"của\s+(?:cả\s+nước|(?-i:{_NAME}))))?"
)
#: What an aside's rank is among, the name alone included (``, thành phố nhỏ nhất Việt Nam về diện tích``).
_ASIDE_MOST_OF = (
    rf"(?:\s+(?:cả\s+nước|toàn\s+quốc|(?:của\s+)?(?:cả\s+nước|(?-i:{_NAME}))))?"
    r"(?:\s+về\s+(?:diện\s+tích|dân\s+số|quy\s+mô|sản\s+lượng))?"
)
_RANK_HOLDERS = (
    r"thị\s+trường(?:\s+(?:xuất|nhập)\s+khẩu)?|tỉnh|tp|thành\s+phố|huyện|xã|địa\s+phương|quốc\s+gia|nước|"
    r"đơn\s+vị|ngành"
)
#: A rank said of what is measured, as an aside after its comma (``xuất khẩu sang Mỹ, thị trường lớn
#: nhất của Việt Nam``) or inside the label (``là TP đông dân nhất``, ``thị trường xuất khẩu lớn nhất``,
#: ``đạt cao nhất từ trước đến nay``): it tells where the figure ranks, not what it measures.  A rank
#: the measure itself is named by (``Nhiệt độ cao nhất``, ``Giá thấp nhất``) has none of these.
_RANK_ASIDE = re.compile(
    rf"(?:\s*,|\s+[-–])(?:\s+[^\W\d_]+){{0,3}}?\s+{_MOST}{_ASIDE_MOST_OF}(?=\s*(?:,|$|(?:tăng|giảm)$))"
    rf"|(?:\s+(?:là|đạt)(?:\s+(?:{_RANK_HOLDERS}))?|\s+(?:{_RANK_HOLDERS}))"
    rf"\s+(?:{_MOST}|(?:có\s+)?nhiều(?:\s+[^\W\d_]+){{1,6}}?\s+nhất(?![^\W\d_]))(?:\s+trong$)?{_MOST_OF}",
    re.IGNORECASE,
)
#: ``(huyện có) nhiều diện tích nuôi tôm nhất (là Hàm Yên)``: the most of what is named between, of a
#: place that has it; the place and the rank are no part of the measure.
_HAS_MOST = re.compile(
    rf"^(?:(?:{_RANK_HOLDERS})\s+có\s+)?nhiều\s+((?:[^\W\d_]+\s+){{0,5}}?[^\W\d_]+)\s+nhất(?:\s+trong|\s+là\s+(?-i:{_NAME}))?$",
    re.IGNORECASE,
)


def _without_superlative(label: str) -> str:
    """``label`` without a rank said of what it measures (``lớn nhất``, ``đông dân nhất``): a label
    names the quantity, and a rank (a neighbour clause's aside about the market, the place, the
    record) is no part of it.  A label that is only ``nhiều X nhất`` keeps X; nothing else is cut
    when the rank is all there is."""
    if _SCENARIO_WORDS.search(label):
        return label  # ``kịch bản cao nhất``: the scenario's name
    most = _HAS_MOST.match(label)
    if most is not None:
        return most[1][:1].upper() + most[1][1:]
    kept = _SPACES.sub(" ", _RANK_ASIDE.sub("", label)).strip(" ,")
    return kept[:1].upper() + kept[1:] if kept and kept != label else label


#: The words that open the next clause after a comma, not another item of a list: a verb of what
#: follows (``thu hút``, ``hướng``), a connector (``đồng thời``), an adverb of the next statement
#: (``thậm chí``).
_CLAUSE_OPENING = (
    r"(?:tập\s+trung|dự\s+tính|dự\s+kiến|hướng|tương\s+ứng|thu\s+hút|thậm\s+chí|đồng\s+thời|qua\s+đó|"
    r"nhờ\s+đó|từ\s+đó|góp\s+phần|nhưng|song|tuy\s+nhiên|trong\s+khi|cũng|đã|đang|sẽ|vẫn)(?![^\W\d_])"
)
#: A label's last comma and the next clause's words after it: its opening and at most one more word
#: (``Lượt khách du lịch, thu hút``).
_NEXT_CLAUSE = re.compile(rf"\s*,+\s*{_CLAUSE_OPENING}(?:\s+[^\s,]+)?$", re.IGNORECASE)
#: A connector left at a label's head before its comma (``Nếu, số vụ ...``, ``Thấy, một số ...``): the
#: previous clause's last word, no part of what is measured.
_CONNECTOR_HEAD = re.compile(
    r"^(?:thấy|nếu|tuy\s+nhiên|ngoài\s+ra|bên\s+cạnh\s+đó|đồng\s+thời|theo\s+đó|cụ\s+thể|như\s+vậy|"
    r"vì\s+vậy|do\s+đó|qua\s+đó|trong\s+khi\s+đó|mặt\s+khác)\s*,+\s*(?=\S+\s)",
    re.IGNORECASE,
)


def _without_next_clause(label: str) -> str:
    """``label`` without a neighbour clause it crossed a comma into: the next clause's opening words
    (``Lượt khách du lịch, thu hút``) or the previous clause's connector at its head (``Nếu, số vụ``).
    A label is one noun phrase; a comma inside it parts the items of a list, never two statements."""
    kept = _NEXT_CLAUSE.sub("", label, count=1)
    kept = _CONNECTOR_HEAD.sub("", kept, count=1).strip(" ,")
    return kept[:1].upper() + kept[1:] if kept and kept != label else label


#: Who did a passive deed to what is measured, between ``được`` and the deed: an authority, its
#: level or place (``được UBND cấp huyện công nhận``, ``được Thủ tướng Chính phủ công nhận``), traders
#: or investors (``được các thương lái thu mua``, ``được nhà đầu tư Singapore đầu tư``).  A plan keeps
#: its giver (``Dự toán Trung ương giao``) and funds their source (``Kinh phí được Trung ương hỗ
#: trợ``): ``giao``, ``hỗ trợ``, ``phân bổ`` are no deeds of these.
_DONE_BY = re.compile(
    r"(?<![^\W\d_])(được|bị)\s+(?:(?:các|những)\s+)?"
    r"(?:thủ\s+tướng|chính\s+phủ|ubnd|hđnd|ủy\s+ban|uỷ\s+ban|bộ|sở|trung\s+ương|tỉnh|huyện|thành\s+phố|"
    r"nhà\s+đầu\s+tư|thương\s+lái|ngân\s+hàng|nhà\s+nước|người\s+dân|nông\s+dân|bà\s+con)"
    r"(?:\s+[^\W\d_]+){0,3}?\s+"
    r"(?=(?:công\s+nhận|chấp\s+thuận|phê\s+duyệt|thu\s+mua|cấp\s+phép|đầu\s+tư|thẩm\s+định|khen\s+thưởng|"
    r"xét\s+duyệt|lựa\s+chọn|chọn)(?![^\W\d_]))",
    re.IGNORECASE,
)


def _without_doer(label: str) -> str:
    """``label`` without who did the passive deed it tells (``Xóm được UBND cấp huyện công nhận đạt
    ...`` → ``Xóm được công nhận đạt ...``): the deed says what is counted or priced, the doer is
    no part of it, like a place."""
    return _DONE_BY.sub(r"\1 ", label, count=1)


#: What singles out a part of the whole said before it, after a comma (``..., trong đó``, ``; riêng``).
_PART_CONNECTOR = re.compile(
    r"[,;:]\s*(?:trong\s+(?:số\s+)?đó|riêng|cụ\s+thể(?:\s+là)?)(?:\s*[,:])?\s+", re.IGNORECASE
)


def _after_part_connector(label: str) -> str:
    """The words after the last connector that singles out a part (``Có 6 nhóm hàng tăng giá, trong đó
    nhóm giao thông`` → ``nhóm giao thông``): the whole before it is not the figure's."""
    found = None
    for found in _PART_CONNECTOR.finditer(label):  # noqa: B007
        pass
    if found is None or not any(c.isalpha() for c in label[found.end() :]):
        return label
    return label[found.end() :]


def lower_first(words: str) -> str:
    """``Vùng trồng chè`` moved inside a label: its capital was the sentence's, not a name's (``Nhật
    Bản`` and ``Singapore`` are names: no Vietnamese syllable has more than seven letters)."""
    if words[1:2].islower() and not _NAME_START.match(words):
        first = words.split(" ", 1)[0]
        if len(first) > LONGEST_SYLLABLE and first.isalpha():
            return words
        return words[:1].lower() + words[1:]
    return words


def _strip_tail(label: str) -> str:
    """``label`` without the cue and hedge words it ends with."""
    return _tail(label, False)[0]


def _tail(label: str, percent: bool) -> tuple[str, str, bool]:
    """``label`` without the cue, hedge and linking words it ends with; the change verb among them
    (``tăng``/``giảm``, percentages only); and whether they say a level was reached (``còn``).
    Word by word on the last words: a regex anchored at the end would try every position."""
    change, level = "", False
    if "ſ" in label or "İ" in label or "ı" in label:
        label = label.translate(_FOLD)  # only the words looked at are lower-cased, not the label
    while label:
        parts = label.rsplit(None, _LONGEST_TAIL)
        last = parts[-1].strip(",:;").lower()
        size = 0 if last else 1
        before: tuple[str, ...] = ()
        tails = _TAILS.get(last, ()) if last else ()
        if tails:
            low = [word.strip(",:;").lower() for word in parts[-_LONGEST_TAIL:]]
            for before in tails:
                n = len(before)
                if n == 0 or (n < len(low) and tuple(low[-1 - n : -1]) == before):
                    size = n + 1
                    break
            if size == 1 and last == "bằng" and len(low) > 1 and low[-2] == "mặt":
                size = 0  # ``mặt bằng`` is a noun
            elif size == 1 and last == "hiện" and len(low) > 1 and low[-2] in _SEEN:
                size = 0  # ``số vụ vi phạm phát hiện``: detected, a deed; not ``hiện`` (now)
            elif size == 1 and last == "thêm" and low[-3:-1] in (["và", "tăng"], ["mới", "tăng"]):
                size = 0  # ``vốn cấp mới và tăng thêm``: the capital added, a kind of capital as ``cấp mới``
            elif size == 1 and len(low) > 1 and (low[-2], last) in _WHOLE_TRAILS:
                # ``xã đạt từ 10 tiêu chí trở lên``: a threshold's end, no level reached; ``chỉ tiêu
                # không đạt``: those that fell short
                size = 0
            elif size == 1 and last == "cao" and " ".join(low[-3:-1]) in _HIGH_NOUNS:
                size = 0  # ``khu công nghệ cao``: high is the term's, not how much it rose
            elif size == 1 and last == "mới" and (level or change):
                size = 0  # ``hộ nghèo theo tiêu chí mới giảm còn``: ``mới`` (new) is the noun's
            elif (
                size == 1
                and last == "mới"
                and (
                    " ".join(low[-2:]) in _NEW_VERBS
                    or " ".join(low[-3:]) in _NEW_VERBS
                    or " ".join(low[-3:-1]) in _NEW_NOUNS
                )
            ):
                size = 0  # ``thành lập mới``, ``nông thôn mới``: new, not ``mới`` (only) before a figure
        if size:
            level = level or (*before, last) in _LEVELS
        elif percent and not change and last in ("tăng", "giảm") and not _cut_down(parts):
            change, size = last, 1
        else:
            break
        label = label.rsplit(None, size)[0] if size < len(parts) else ""
    return label.rstrip(" ,;:"), change, level


#: First syllables of the words that end in ``hiện`` (``phát hiện``, ``xuất hiện``, ``thể hiện``).
_SEEN = frozenset({"phát", "xuất", "thể", "biểu"})
#: Nouns the genre names with ``cao`` (high) as one term: ``công nghệ cao``, ``chất lượng cao``.
_HIGH_NOUNS = frozenset({"công nghệ", "chất lượng", "trình độ"})
#: Verbs that end in ``mới`` (``thành lập mới``, ``cấp mới``).
_NEW_VERBS = frozenset(verb for verb in ACTION_VERBS if verb.endswith(" mới"))
#: Nouns the genre names with ``mới`` (new) as one term: the national programme ``nông thôn mới``, the
#: ``(khu) đô thị mới`` planned as one and the new jobs a labour report counts (``tạo việc làm mới cho
#: 10.300 người``); ``mới`` after them is the term's, never the adverb (only).
_NEW_NOUNS = frozenset({"nông thôn", "đô thị", "việc làm"})


@lru_cache(maxsize=64)
def _count_in_head(noun: str) -> re.Pattern[str]:
    """A count of ``noun`` followed by what is said of it, in a list's head: ``2.995.949 người tham gia``."""
    return re.compile(rf"(?<![\d.,])\d+(?:[.,]\d+)*\s+{re.escape(noun)}\s+(?=[^\W\d_])")


def _first_item(label: str) -> str:
    """The first item of a list a label ends with after ``, gồm``, when it names no quantity of its own."""
    _, comma, item = label.rpartition(",")
    item = item.strip()
    if not comma or not _ITEMS_WORD.match(item):
        return ""
    item = _ITEMS_WORD.sub("", item)
    return "" if has_quantity(item.lower()) else item


def _new_of(words: tuple[str, ...], i: int) -> bool:
    """``mới`` at ``i`` is new, of the verb or noun before it (``vốn cấp mới``, ``xã nông thôn mới``),
    not the adverb (only, just) that opens what is said of a quantity."""
    return words[i] == "mới" and (
        " ".join(words[i - 1 : i + 1]) in _NEW_VERBS
        or " ".join(words[max(0, i - 2) : i + 1]) in _NEW_VERBS
        or " ".join(words[max(0, i - 2) : i]) in _NEW_NOUNS
    )


def _cut_down(parts: list[str]) -> bool:
    """``cắt giảm 70% kinh phí``: ``giảm`` in the verb ``cắt giảm`` is what is done, not a change."""
    return len(parts) > 1 and parts[-1].lower() == "giảm" and parts[-2].lower() == "cắt"


def _cut_long(words: list[str]) -> list[str]:
    """The words kept of a label too long: its head, the subject of the clause, when a word that links
    a purpose to it (``phục vụ``, ``để``) lets it end there; else its last words, from a word's start:
    a two-syllable word cut in half keeps its first syllable (``lợi ích``, not ``ích``), a proper
    name cut in half goes (``Nguyễn Thị | Thu Hoa,``), and so does a connector left at the head."""
    head = words[:MAX_WORDS]
    for i in range(len(head) - 1, SHORTEST_PART - 1, -1):
        if head[i].lower() in _MODIFIER_LINKS and (head[i].lower() != "phục" or words[i + 1].lower() == "vụ"):
            return head[:i]  # ``phục vụ``, not ``khắc phục``
    start = len(words) - MAX_WORDS
    if _joined(words[start - 1], words[start]):
        return words[start - 1 :]
    last = len(words) - SHORTEST_PART
    if _is_name_word(words[start - 1]):
        while start < last and _is_name_word(words[start]) and words[start - 1][-1] not in ",;:":
            start += 1
    while start < last and words[start].lower() in _CUT_CONNECTORS:
        start += 1
    return words[start:]


def _last_chars(text: str) -> str:
    """The last ``MAX_CHARS`` of ``text``, from a word's start: not from inside a syllable, nor from
    the second syllable of a two-syllable word (``lợi ích``)."""
    kept = text[-MAX_CHARS:].split(" ", 1)[-1]
    before = text[: len(text) - len(kept)].rsplit(None, 1)  # only its last word: not the whole region
    if before and kept and _joined(before[-1], kept.split(" ", 1)[0]):
        return f"{before[-1]} {kept}"
    return kept


def _joined(first: str, second: str) -> bool:
    """True when ``first`` and ``second`` are the two syllables of one word the lexicon knows."""
    return (
        first[-1:].isalpha() and (first.lstrip('(“"').lower(), second.rstrip(",;:").lower()) in _TWO_SYLLABLES
    )


def _is_name_word(word: str) -> bool:
    """True for a word of a proper name: capitalised, the rest lower case (``Thu``, ``Hoa,``)."""
    return len(word) > 1 and word[0].isupper() and word[1:].rstrip(",;:").islower()


def _after_aside(label: str) -> str:
    """The words after a bracket that closes with none opened before it in the label (``nhằm mùng 5
    Tết) lượng khách tham quan``): a comma inside the aside cut the label there, so what comes before
    the bracket is the aside's tail, no name."""
    close = label.find(")")
    if close < 0 or "(" in label[:close] or not label[close + 1 :].strip():
        return label
    return label[close + 1 :]


def _after_noun(label: str, noun: str) -> str:
    """A count's label without the noun it starts with (``Dự án giảm vốn`` → ``Giảm vốn``)."""
    if noun and label.lower().startswith(noun.lower() + " "):
        rest = label[len(noun) + 1 :]
        return rest[:1].upper() + rest[1:]
    return label


def _parallel(sibling: str, part: str) -> str:
    """The part of a share in a list, with the words its first item said before the item itself:
    ``vốn đầu tư vào khu vực nông nghiệp`` then ``khu vực dịch vụ`` → ``vốn đầu tư vào khu vực dịch vụ``."""
    if has_quantity(part.lower()):
        return part
    head = part.split(" ", 1)[0].lower()
    words = sibling.lower().split()
    if head in words[1:]:
        return " ".join([*sibling.split()[: words.index(head, 1)], part])
    return part


def _after_last_figure(words: str) -> str:
    """The words after the last comma of ``words`` that follows a figure (a clause before a bracket
    may hold figures)."""
    last = max(words.rfind(d) for d in "0123456789")
    if last < 0:
        return words
    comma = words.find(",", last)
    return words[comma + 1 :] if comma >= 0 else words[words.rfind(",", 0, last) + 1 :]


#: The speaker of a quoted interview (``chúng tôi``, ``tôi``) and what is theirs (``xã tôi``), and the
#: ``thì`` that joins a topic to what is said of it: no words of what is measured.
_SPEAKER = re.compile(
    r"(?:(?<=\s)|^)(?:(?:(?:xã|huyện|tỉnh|thành\s+phố|phường|thôn|bản|làng|công\s+ty|hợp\s+tác\s+xã|htx|đơn\s+vị|"
    r"ngành)\s+)?(?:chúng\s+)?tôi|chúng\s+(?:ta|em)|thì)(?![^\W\d_])\s*",
    re.IGNORECASE,
)


def without_speaker(label: str) -> str:
    """``label`` without the speaker of a quoted interview or a ``thì``: ``Chúng tôi làm đường nông thôn
    mới ...`` names ``Làm đường nông thôn mới ...``, ``Người nông dân xã tôi thu nhập ...`` names
    ``Người nông dân thu nhập ...``, ``Tái định cư thì chúng tôi đã thi công`` names ``Tái định cư đã
    thi công``; a label that is nothing else is kept."""
    rest = _SPEAKER.sub("", label).strip(" ,")
    if not any(c.isalpha() for c in rest):
        return label
    return rest[:1].upper() + rest[1:]
