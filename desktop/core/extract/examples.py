"""Figures that describe one household, farm or person given as an example, not the place (ANNOTATION.md).

The press illustrates a place's results with a model farmer: ``Chị Nguyễn Thị H., phường Lê Lợi, là
người trồng thử nghiệm ... Với 5 ha vừa thu hoạch, chị H. đầu tư 250 triệu đồng ...``.  A sentence
about such a person -- named with a kinship word and a capitalised name, or referred to again by the
kinship word and a verb (``chị còn bán``) -- or about one household (``một hộ``, ``gia đình ông``,
``hộ anh``, ``gia đình có gần 1 ha``) describes the example from there on; from the start of the
sentence when nothing before the person speaks of the place as a whole.

A named person is a source, not an example, when the text attributes a statement to them
(``Theo chị H., mỗi ha ...``, ``ông A cho biết, ...``) or gives them an office (``ông A, Chủ tịch UBND
xã``): officials and sources report on the place.
"""

from __future__ import annotations

import re

from desktop.core.extract.clauses import Sentence
from desktop.core.scan import Openings, matches_from

_NOUN = r"(?:hộ|trang\s+trại|gia\s+đình|người\s+dân|nông\s+dân|mô\s+hình|hợp\s+tác\s+xã|cơ\s+sở)(?![^\W\d_])"
_OWNER = r"\s+(?:ông|bà|anh|chị)\s"
#: ``một hộ``, ``1 trang trại``, ``gia đình ông``, ``mô hình của anh``, ``gia đình có``, ``có hộ`` (there is a
#: household that ...; not ``có hộ nghèo``) (on the lower-cased
#: text).  Every alternative starts with its own literal letter, so the regex engine skips to those
#: letters in C instead of trying the alternation at every character of each sentence.
_HOUSEHOLD = re.compile(
    rf"m(?:ột\s+{_NOUN}|ô\s+hình\s+của{_OWNER})|1\s+{_NOUN}|có\s+hộ\s+(?!nghèo|cận\s+nghèo|dân\s)"
    rf"|gia\s+đình(?:{_OWNER}|\s+(?:có|trồng|nuôi|thu|làm|đầu\s+tư)\s)|hộ{_OWNER}|trang\s+trại\s+của{_OWNER}"
)
#: The next count of a list after ``1 hợp tác xã`` (``và 2 THT``, ``, 3 trang trại``).
_NEXT_COUNT = re.compile(r"[^\S\n]*(?:,|và)[^\S\n]*\d")
#: Where the words a :data:`_HOUSEHOLD` match opens with start: it can start only there.
_household_starts = Openings(("một", "mô", "1", "có", "gia", "hộ", "trang"))
#: A kinship word as a word (the sentence is looked at with a space before it): a cheap first look.
_KIN = re.compile(" (?:ông|bà|anh|chị) ")
_OPENERS = ' \n"“(-–'
#: A kinship word and a name in the original text (the name's capital is checked in Python).
_PERSON = re.compile(r"(?<![^\W\d_])(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+([^\W\d_]+)")
#: Where a capitalised kinship word still names a person: the start of a sentence or of a quotation.
#: Elsewhere it is part of a proper name (``Bà Rịa``, ``phố Bà Triệu``).
_SENTENCE_START = re.compile(r"(?:^|[.:;!?\n\"“(]|…)\s*$")
#: ``chị còn bán ...``: the kinship word alone, as the subject of what follows.
_PRONOUN_VERBS = ("còn ", "đã ", "cũng ", "thu ", "bán ", "trồng ", "nuôi ", "đầu tư ", "mua ", "lãi ")
_SOURCE_BEFORE = re.compile(r"(?<![^\W\d_])theo\s*$", re.IGNORECASE)
#: Words after a name that make the person a source or an official (searched in a short window).
_SOURCE_AFTER = re.compile(
    r"cho\s+biết|cho\s+hay|cho\s+rằng|nói|khẳng\s+định|nhấn\s+mạnh|chia\s+sẻ|thông\s+tin|phát\s+biểu|báo\s+cáo|dẫn\s+chứng|nhận\s+định|phân\s+tích|thông\s+báo|giải\s+thích"
    r"|đánh\s+giá|đề\s+nghị|đề\s+xuất|yêu\s+cầu|chủ\s+tịch|phó|giám\s+đốc|bí\s+thư|trưởng|tổng|đại\s+diện"
    r"|lãnh\s+đạo|cán\s+bộ|chuyên\s+viên",
    re.IGNORECASE,
)
#: ``Theo ông B``, ``theo Phòng Nông nghiệp``: a source is quoted (not ``theo giá cả``, ``theo kế hoạch``).
_CITED = re.compile(r"(?<![^\W\d_])[Tt]heo\s+(ông\s|bà\s|anh\s|chị\s|\w)")
SOURCE_REACH = 70
#: Words before a household that make it the receiver of an act, not the subject of its sentence.
_RECEIVER = re.compile(r"(?<![^\W\d_])(?:cho|tặng|giúp|hỗ\s+trợ|thăm)\s*$")
#: ``, 94 tuổi``: an age given after a name.
_AGE = re.compile(r",\s*\d{1,3}\s+tuổi(?![^\W\d_])")
#: Characters before an age searched for the name it follows.
NAME_REACH = 60
#: How far back in its paragraph an example may be introduced for a sentence to go on about it.
EXAMPLE_REACH = 400
#: Words before a person that speak of the place as a whole: the figures before the person are the place's.
#: ``cả`` of ``giá cả`` (prices) speaks of no place.
_PLACE_WIDE = re.compile(
    r"(?<![^\W\d_])(?:toàn|(?<!giá\s)cả|tỉnh|huyện|xã|thành\s+phố|thị\s+xã|phường|quận|địa\s+phương|trong\s+đó)"
    r"(?![^\W\d_])"
)


def example_from(text: str, low: str, sentence: Sentence) -> int:
    """Where the figures of ``sentence`` start describing an example (``sentence.end`` when they never do).

    ``low`` is ``text`` lower-cased to the same length.
    """
    start = sentence.end
    household = _first_household(low, sentence.start, sentence.end)
    if household is not None:
        start = household.start()
    if "tuổi" in low[sentence.start : sentence.end]:  # most sentences give nobody's age
        aged = _aged_person(text, low, sentence)
        if aged is not None:
            whole = _PLACE_WIDE.search(low, sentence.start, aged) is None
            start = min(start, sentence.start if whole else aged)
    words = " " + low[sentence.start : sentence.end].lstrip(_OPENERS)
    if _KIN.search(words):  # a cheap look for the words first: most sentences name nobody
        person = _example_person(text, low, sentence)
        if person is not None:
            whole = _PLACE_WIDE.search(low, sentence.start, person) is None
            start = min(start, sentence.start if whole else person)
    return start


def _example_person(text: str, low: str, sentence: Sentence) -> int | None:
    """Where the first private person the sentence is about is named, or None."""
    for match in _PERSON.finditer(text, sentence.start, sentence.end):
        start, name_start = match.start(), match.start(1)
        if text[start].isupper() and not _opens_sentence(text, sentence.start, start):
            continue
        if not text[name_start].isupper() and not low.startswith(_PRONOUN_VERBS, name_start):
            continue
        if _SOURCE_BEFORE.search(low, max(sentence.start, start - 8), start):
            continue
        around = low[max(sentence.start, start - 40) : min(sentence.end, match.end() + SOURCE_REACH)]
        if _SOURCE_AFTER.search(around) is not None:
            continue
        return start
    return None


def _aged_person(text: str, low: str, sentence: Sentence) -> int | None:
    """Where a person named with an age (``Nguyễn Thị B., 94 tuổi, có 2 con là liệt sỹ``) is named, or
    None: the press gives the age of a private person it tells the story of, never of an official."""
    for match in _AGE.finditer(low, sentence.start, sentence.end):
        names = 0
        at = match.start()
        for word in reversed(text[max(sentence.start, at - NAME_REACH) : at].split(" ")):
            if not word or not word[0].isupper() or not word.isalpha():
                break
            names += 1
            at -= len(word) + 1
        if names >= 2:
            return at + 1
    return None


def _opens_sentence(text: str, sentence_start: int, start: int) -> bool:
    """True when ``start`` opens the sentence (only openers stand between) or a quotation inside it."""
    if not text[sentence_start:start].strip(_OPENERS):
        return True
    return _SENTENCE_START.search(text, max(sentence_start, start - 4), start) is not None


def _cites_source(text: str, sentence: Sentence) -> bool:
    """True when ``sentence`` quotes a person or a named body (``Theo ông B``, ``theo Phòng Nông nghiệp``)."""
    return any(
        len(m.group(1)) > 1 or m.group(1).isupper()
        for m in _CITED.finditer(text, sentence.start, sentence.end)
    )


def _first_household(low: str, start: int, end: int) -> re.Match[str] | None:
    """The first match of :data:`_HOUSEHOLD` in ``low[start:end]`` that starts a word -- and a number:
    the ``1`` of ``1 hộ`` is one household, the last digit of ``1.131 hộ`` or ``21 hộ`` is not.

    Each sentence with figures is searched, and the paragraph before it again (:func:`example_goes_on`):
    the pattern is tried only where its opening words start in the article, found once (the regex engine
    tried its alternatives at every character of every search).  The matches are those of ``finditer``:
    after one that starts no word, the next is looked for past its end."""
    for match in matches_from(_HOUSEHOLD, low, _household_starts(low), start, end):
        at = match.start()
        if at and (low[at - 1].isalnum() or (low[at - 1] in ".," and low[at - 2 : at - 1].isdigit())):
            continue
        if low[at] == "1" and _NEXT_COUNT.match(low, match.end()) is not None:
            continue  # ``có 1 hợp tác xã và 2 tổ hợp tác``: the first of a list of counts, no example
        return match
    return None


def example_goes_on(text: str, low: str, sentence: Sentence) -> bool:
    """True when a sentence of its paragraph shortly before ``sentence`` is about one household and
    ``sentence`` names nothing of the place as a whole and quotes no source: it goes on about the
    household (``Gia đình anh C. ... chia sẻ, ... Mỗi năm thu hoạch từ 10 đến 15 tấn quả, cho thu nhập
    gần 100 triệu đồng``)."""
    paragraph = text.rfind("\n", max(0, sentence.start - EXAMPLE_REACH), sentence.start) + 1
    start = max(paragraph, sentence.start - EXAMPLE_REACH)
    # the household first: most paragraphs have none, and the sentence is then not looked at
    household = _first_household(low, start, sentence.start) if start < sentence.start else None
    # ``xã tặng quà cho hộ ông A``: a household that only receives an act is not what the text is about
    if household is None or _RECEIVER.search(low, max(start, household.start() - 16), household.start()):
        return False
    return _PLACE_WIDE.search(low, sentence.start, sentence.end) is None and not _cites_source(text, sentence)


#: ``2 di sản thế giới là``: a counted noun phrase, then ``là`` and the names of what it counts (matched
#: on the lower-cased text at the end of the figure).
_NAMED_AS = re.compile(r"(?:[^\S\n]+[^\W\d_]+){0,6}?[^\S\n]+là[^\S\n]*:?[^\S\n]+")
#: Words of a predicate: a count that says what its things did or are (``5 xã đạt chuẩn ... là``) measures
#: a result even when it names them.
_PREDICATE = re.compile(
    r"(?<![^\W\d_])(?:đạt|được|có|hoàn\s+thành|công\s+nhận|thành\s+lập|xây\s+dựng|đầu\s+tư|tham\s+gia"
    r"|thực\s+hiện|triển\s+khai|đã|mới|bị|còn|tăng|giảm)(?![^\W\d_])"
)
#: ``có 3 xã``: a count the place has is a result, named or not.
_THERE_ARE = re.compile(r"(?<![^\W\d_])có[^\S\n]+(?:thêm[^\S\n]+)?\d[^\s]*[^\S\n]+[^\d,;.]*$")
THERE_ARE_REACH = 40
_ITEM_BREAK = re.compile(r",[^\S\n]*|[^\S\n]+và[^\S\n]+")
#: Most items named after a count.
MAX_NAMED = 10


def names_each(text: str, low: str, count: int, end: int, sentence_end: int) -> bool:
    """True when the ``count`` things of a figure ending at ``end`` are all named right after it and its
    noun phrase says nothing they did (``Tại 2 di sản thế giới là Đô thị cổ Hội An và Khu đền tháp Mỹ
    Sơn``, ``4 huyện vùng cao là A, B, C, D``): the text says which things it speaks of, it does not
    report how many there are."""
    if not 2 <= count <= MAX_NAMED or _THERE_ARE.search(low, max(0, end - THERE_ARE_REACH), end):
        return False
    phrase = _NAMED_AS.match(low, end, sentence_end)
    if phrase is None or _PREDICATE.search(low, end, phrase.end()):
        return False
    named = 0
    at = phrase.end()
    item_end = sentence_end
    while at < sentence_end and text[at].isupper():
        named += 1
        gap = _ITEM_BREAK.search(text, at, sentence_end)
        item_end = gap.start() if gap is not None else sentence_end
        if gap is None:
            break
        at = gap.end()
    # ``Có 3 xã là A, B, C đạt tiêu chí``: the names are the subject of a result told after them
    return named == count and _PREDICATE.search(low, at, item_end) is None


#: People a congress or a ceremony counts: its delegates, those it elects and those it honours.
_CEREMONY_PEOPLE = frozenset({"đồng chí", "đảng viên", "đại biểu", "cá nhân", "tập thể", "người"})
#: ``bầu 15 đồng chí vào Ban Chấp hành``: whom a congress elects (the text before the figure, lower-cased).
_ELECTED = re.compile(r"(?<![^\W\d_])bầu(?:\s+bổ\s+sung)?\s*$")
#: ``221 đảng viên tiêu biểu đại diện cho ...``: the delegates themselves (after the figure).
_REPRESENTING = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+đại\s+diện\s+cho(?![^\W\d_])")
#: ``tặng Giấy khen cho 29 tập thể, 72 cá nhân``: the honours of a ceremony (the sentence before the figure).
_HONOURED = re.compile(r"(?<![^\W\d_])(?:khen|thành\s+tích|danh\s+hiệu|tuyên\s+dương|vinh\s+danh)")
_HONOURED_UNITS = frozenset({"tập thể", "cá nhân"})
#: ``1 lượt xem``, ``Số lượt xem: 270``: a page's counter, no figure of the place.
_COUNTER = r"(?:xem|đọc|truy\s+cập|thích|chia\s+sẻ|bình\s+luận)(?![^\W\d_])"
_COUNTER_AFTER = re.compile(rf"\s+{_COUNTER}")
_COUNTER_BEFORE = re.compile(rf"(?<![^\W\d_])lượt\s+{_COUNTER}\s*:?\s*$")
#: ``cả 2 vụ nuôi``, ``mất 2 vụ lúa``, ``2 - 3 vụ/năm``: crop or farming seasons, not cases (``376 vụ vi phạm``).
_SEASON_AFTER = re.compile(
    r"\s*(?:(?:nuôi|lúa|mùa|ăn|sản\s+xuất|gieo|trồng|cấy|chính|trong\s+(?:một\s+)?năm|mỗi\s+năm"
    r"|một\s+năm)(?![^\W\d_]))"
)
_SEASON_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:cả|mất(?:\s+trắng)?|nuôi|trồng|cấy|gieo(?:\s+trồng)?|gieo\s+cấy|canh\s+tác)\s*$"
)
#: ``sáp nhập Đảng bộ 3 xã Hợp Lý, Quang Sơn và Ngọc Mỹ``: the units one was merged from, named.
_MERGED_FROM = re.compile(
    r"(?<![^\W\d_])(?:sáp\s+nhập|hợp\s+nhất)(?:\s+(?:bởi|từ|của|đảng\s+bộ|toàn\s+bộ|địa\s+giới))*\s*$"
)
#: ``cứ 100.000 hộ dân cư thì có 2 hộ ...``: the base of a rate, no count of the place.
_PER_BASE = re.compile(r"(?<![^\W\d_])cứ\s*$")
#: ``xe 45 chỗ``, ``ôtô con dưới 9 chỗ``: the seats of a vehicle, its size or class.
_VEHICLE = re.compile(r"(?<![^\W\d_])(?:xe|ô\s?tô|tàu|máy\s+bay|loại)(?:\s+[^\W\d_]+){0,3}\s*$")


def not_reported(text: str, low: str, end: int, unit: str, tail: str) -> bool:
    """True for a count the genre's whole pages carry that no statistics officer records: a congress's
    elected members and its delegates (not the members they stand for), a ceremony's honoured, the base of
    a rate, a page's view counter, farming seasons, the
    named units a commune was merged from, a vehicle's seats.  The figure ends at ``end``, ``unit`` is its
    written unit, ``tail`` the lower-cased words before it in its sentence (a few dozen characters)."""
    # cheap tests of the words first: most counts have none of them before them
    if unit in _CEREMONY_PEOPLE and (
        ("bầu" in tail and _ELECTED.search(tail) is not None) or _REPRESENTING.match(low, end) is not None
    ):
        return True
    if tail.endswith(("cứ ", "cứ")) and _PER_BASE.search(tail) is not None:
        return True
    if unit in _HONOURED_UNITS and _HONOURED.search(tail) is not None:
        return True
    if unit == "lượt" and _COUNTER_AFTER.match(low, end) is not None:
        return True
    if "lượt" in tail and _COUNTER_BEFORE.search(tail) is not None:
        return True
    if unit == "vụ/năm":
        return True
    if unit == "vụ":
        return _SEASON_AFTER.match(low, end) is not None or _SEASON_BEFORE.search(tail) is not None
    if unit == "chỗ":
        return _VEHICLE.search(tail) is not None
    return (
        ("nhập" in tail or "nhất" in tail)
        and _MERGED_FROM.search(tail) is not None
        and end + 1 < len(text)
        and text[end] == " "
        and text[end + 1].isupper()
    )


#: ``vượt mốc 20.000 tỷ đồng``, ``tiến gần đến mốc 100 triệu người``: a round milestone (the text before the figure).
_MILESTONE = re.compile(r"(?<![^\W\d_])(?P<near>gần\s+(?:đến\s+|tới\s+)?)?mốc\s*$")
#: The amount reached right after the milestone: ``vượt mốc 20.000 tỷ đồng, đạt 21.805 tỷ đồng``.
_REACHED_AFTER = re.compile(r"\s*,?\s*(?:đạt|lên|với|ở\s+mức)\s+(?:[^\W\d_]+\s+){0,2}\d")


def passed_milestone(low: str, end: int, tail: str) -> bool:
    """True for a milestone that frames a figure rather than reports one: the one a figure comes near
    (``dân số đang tiến gần đến mốc 100 triệu người``), or the one it passed when the amount reached follows
    (``lần đầu tiên vượt mốc 20.000 tỷ đồng, đạt 21.805 tỷ đồng``); ``có thể cán mốc 8 tỷ USD`` is a forecast."""
    if not tail.endswith("mốc ") and not tail.endswith("mốc"):
        return False
    milestone = _MILESTONE.search(tail)
    if milestone is None:
        return False
    return milestone["near"] is not None or _REACHED_AFTER.match(low, end) is not None
