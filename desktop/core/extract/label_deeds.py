"""Deeds, agents and doers: what was done to what is counted, and by whom.

A count names what it counts with what was done to it (``kết nạp 120 đảng viên`` → ``Đảng viên
kết nạp``): these helpers find that deed (:func:`_deed`, :func:`_deed_done`, :func:`_undertaken`),
tell an agent's words from the thing counted (:func:`_is_agent`, :func:`_after_agent`), name who
did it (:func:`_with_doer`) or a deed done to those counted (:func:`_put_into`), and the services
a count of people was served with (:func:`_served`, :func:`_served_by`).
"""

from __future__ import annotations

import re

from desktop.core.extract.label_lookup import (
    AUXILIARIES,
    agents_end,
    has_quantity,
    keys,
    may_end_with_verb,
    verbs_start,
)
from desktop.core.extract.label_patterns import (
    _AGENT_KEYS,
    _AUX_FIRST,
    _AUX_PAIRS,
    _BRACKETED,
    _DEED_VERBS,
    _HAS_DIGIT,
    _VERB_FIRST,
    FIRM_WORDS,
)
from desktop.core.extract.label_trims import (
    _PLURAL_HEAD,
    lower_first,
)
from desktop.core.extract.label_words import (
    ACTION_VERBS,
    AREA_UNITS,
    GENERIC_COUNT_NOUNS,
)
from desktop.core.extract.lexicon import COUNT_UNITS
from desktop.core.extract.spans import Figure

_ONE_VERB = frozenset(ACTION_VERBS)


#: The light verb before a result (``thực hiện đạt và vượt 16/17 chỉ tiêu``): the label says the result.
_RESULT_DONE = re.compile(r"^thực\s+hiện\s+(?=đạt\s)", re.IGNORECASE)


def _verb_at_end(label: str) -> str:
    """The verbs a clause ends with, from the genre's list (``xây dựng mới và sửa chữa``)."""
    if not may_end_with_verb(label):
        return ""
    words = keys(label)
    start = verbs_start(words)
    if start >= len(words):
        return ""
    originals = label.split()
    if start and originals[start - 1] in ("-", "–"):
        return ""  # ``công nghiệp - xây dựng``: a dash joins it to a name, a sector's
    if start and originals[start][:1].isupper():
        # ``vụ Hè Thu, xuống giống``: a word of a name is no verb; the verbs after its comma are
        comma = next((i for i in range(start, len(originals)) if originals[i].endswith(",")), -1)
        if comma < 0 or verbs_start(words[comma + 1 :]) != 0:
            return ""
        start = comma + 1
    verb = _RESULT_DONE.sub("", " ".join(originals[start:]))  # ``thực hiện đạt``: the result, not the doing
    return verb[:1].lower() + verb[1:]  # it follows what it is done to: ``Gói thầu kiểm tra``


#: Firms and the parks that hold them, as the doers of a deed a figure counts (``các doanh nghiệp``,
#: ``DN``, ``các khu công nghiệp``), with the words that say which (``chế biến dừa xuất khẩu``) up to
#: their place, an aside or an auxiliary.
_FIRMS = re.compile(
    r"(?<![^\W\d_])(?:(?:các|những)\s+)?(?:doanh\s+nghiệp|DN|khu\s+công\s+nghiệp|KCN|cụm\s+công\s+nghiệp)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
#: Where the words that say which firms end: their place (``của tỉnh``, ``trong tỉnh Thừa Thiên - Huế``).
_FIRMS_END = re.compile(
    r"\s+(?:(?:của|trong|tại|ở|trên)\s+)?(?:địa\s+bàn|tỉnh|thành\s+phố|huyện|thị\s+xã|quận|tp)(?![^\W\d_])",
    re.IGNORECASE,
)


def _with_doer(core: str, verb: str) -> str:
    """``verb`` with who does it, when its clause says so right before it (auxiliaries between):
    an organisation by its acronym alone (``NHCSXH đã tổ chức 4 phiên giao dịch`` → ``Phiên giao dịch
    NHCSXH tổ chức``), not an authority or a place (``UBND``, ``TP``), or firms (``các khu công nghiệp
    trong tỉnh thu hút 3 dự án`` → ``Dự án các khu công nghiệp thu hút``): who runs the count is part
    of what it counts; a place or an authority is the locality's, not the label's."""
    words = core.rsplit(",", 1)[-1].split()
    n = len(verb.split())
    if len(words) <= n or keys(" ".join(words[-n:])) != keys(verb):
        return verb
    before = words[:-n]
    while before and before[-1].lower() in AUXILIARIES:
        before.pop()
    if len(before) == 1:
        doer = before[0]
        if len(doer) < 2 or not doer.isupper() or not doer.isalpha() or doer.lower() in _AGENT_KEYS:
            return verb
        return f"{doer} {verb}"
    return f"{firms} {verb}" if (firms := _firms(" ".join(before))) else verb


def _firms(subject: str) -> str:
    """The firms ``subject`` names, without their place: ``các doanh nghiệp (DN) chế biến dừa của
    tỉnh`` → ``các doanh nghiệp chế biến dừa``; nothing when it names none or a clause of its own
    (``Trong đó DN``) or more than a few words that say which."""
    found = _FIRMS.match(subject)
    if found is None:
        return ""
    rest = _BRACKETED.sub("", subject[found.end() :])  # ``(DN)``: an aside
    end = _FIRMS_END.search(rest)
    if end is not None:
        rest = rest[: end.start()]
    if len(rest.split()) > FIRM_WORDS or _HAS_DIGIT.search(rest):
        return ""
    return lower_first(" ".join(f"{found[0]}{rest}".split()))


def _is_agent(words: tuple[str, ...]) -> bool:
    """True when ``words`` only say who acts (``UBND tỉnh``, ``Thành phố``)."""
    return agents_end(words) == len(words)


def _deed(part: str) -> str:
    """What was done, when ``part`` says it after who did it (``UBND tỉnh đã xây dựng bản đồ số``),
    else nothing."""
    words = keys(part)
    at = agents_end(words) if words and words[0] not in _VERB_FIRST else 0
    while at < len(words) and (words[at] in AUXILIARIES or words[at : at + 2] in _AUX_PAIRS):
        at += 2 if words[at : at + 2] in _AUX_PAIRS else 1
    if at >= len(words) - 1 or words[at] not in _VERB_FIRST:
        return ""
    return " ".join(part.split()[at:])


def _after_agent(words: str) -> str:
    """The words after who acts at their head (``HĐND tỉnh thông qua`` → ``thông qua``)."""
    at = agents_end(keys(words))
    return " ".join(words.split()[at:]) if at else words


#: Words too many for the owner of a count's level to be a noun phrase, not a clause.
OWNER_WORDS = 6


def _put_into(label: str, figure: Figure) -> str:
    """``Tỉnh thành phố được rót vốn`` for ``rót vốn vào 37 tỉnh thành phố``: a deed whose object ends at
    ``vào`` before a count was done to those counted (not ``đưa vào``, a deed of its own), else nothing."""
    noun = figure.quantity.base_unit
    deed = _deed_done(label[:-4]) or label[:-4].rsplit(",", 1)[-1].strip()
    low = deed.lower()
    if (
        not noun
        or noun.lower() in GENERIC_COUNT_NOUNS
        or noun.lower() in _CLASSIFIERS
        or noun.lower() in label.lower()
        or not 1 < len(low.split()) <= OWNER_WORDS
        or low.split(" ", 1)[0] in _NOT_PUT_INTO
    ):
        return ""
    return f"{noun} được {lower_first(deed)}"


#: The first words of a clause ending in ``vào`` that is no deed done to what follows it.
_NOT_PUT_INTO = frozenset({"đưa", "tham", "có", "là", "theo", "tính", "căn", "dựa", "nhờ", "do", "góp"})


def _without_its_noun(label: str, noun: str) -> bool:
    """True when a count's label says what was done (``Giảm vốn``, ``HĐND thông qua Nghị quyết ...``) but
    not what it counts, which the count's own noun says; a measure named (``Thời gian lưu lại``) is not."""
    low, noun = label.lower(), noun.lower()
    if not noun or noun in GENERIC_COUNT_NOUNS or noun in _CLASSIFIERS or keys(noun)[0] in keys(low):
        return False
    return _is_deed(label) or not has_quantity(low)


def _is_action(deed: str) -> bool:
    """True when ``deed`` opens with a verb of :data:`ACTION_VERBS` (``kiểm tra``), not with a noun that
    shares a verb's first syllable (``kết cấu``)."""
    words = deed.lower().split()
    return any(" ".join(words[:n]) in _ONE_VERB for n in (3, 2, 1))


def _deed_done(label: str) -> str:
    """What was done for those counted after it, when the words before them say it (``UBND đã tổ chức
    kiểm tra theo Điều 30`` → ``kiểm tra theo Điều 30``), else nothing."""
    return next(
        (
            deed
            for deed in (
                _undertaken(_after_agent(_after_auxiliary(w))) for w in (label.rsplit(",", 1)[-1], label)
            )
            if deed.split(" ", 1)[0].lower() in _DEED_VERBS
        ),
        "",
    )


#: Verbs that only say a deed was carried out, before the deed itself: ``tiến hành kiểm tra``.
_LIGHT_VERBS = ("tiến hành ", "tổ chức ", "thực hiện ")


def _undertaken(deed: str) -> str:
    """``deed`` without the light verb before the deed itself (``tổ chức kiểm tra`` → ``kiểm tra``): those
    counted were checked, not organised."""
    low = deed.lower()
    for light in _LIGHT_VERBS:
        if low.startswith(light) and low[len(light) :].split(" ", 1)[0] in _DEED_VERBS:
            return deed[len(light) :]
    return deed


#: ``như`` that brings examples of a kind (``các công trình trọng điểm như Dự án ...``), not a likeness
#: (``như dự báo``, ``như năm trước``, ``như vậy``).
_SUCH_AS = re.compile(
    r"\s+như\s+(?!(?:dự|kế|năm|cùng|vậy|sau|trên|thế|mọi|cũ|trước|hiện|nhau|đã|được)(?![^\W\d_]))",
)
_FOR_BEFORE = re.compile(r".*(?<![^\W\d_])(?:cho|vào)\s+", re.IGNORECASE)


def _examples_named(label: str) -> str:
    """``Tài trợ vốn cho một số công trình trọng điểm như Dự án Nút giao thông``: the figure is of the
    example named, so the kind it exemplifies goes (and a deed before it stays, up to its ``cho``)."""
    such = _SUCH_AS.search(label)
    if such is None or len(label[such.end() :].split()) < 2:
        return label  # ``động thái như giảm``: a lone word names a deed, not an example of a kind
    before = _FOR_BEFORE.match(label[: such.start()] + " ")
    example = label[such.end() :]
    return f"{before.group().strip()} {example}" if before else example[:1].upper() + example[1:]


def _after_auxiliary(words: str) -> str:
    """The words after the last auxiliary (``khu công nghiệp này sẽ tạo việc làm`` → ``tạo việc làm``),
    all of them without one; read word by word, not by a regex that backtracks over the whole."""
    split = words.split()
    low = [w.lower() for w in split]
    for i in range(len(low) - 2, -1, -1):  # an auxiliary is followed by what it helps
        if (low[i] in _AUX_FIRST and low[i] != "chỉ") or (i and (low[i - 1], low[i]) in _AUX_PAIRS):
            return " ".join(split[i + 1 :])
    return " ".join(split)


#: A deed longer than this that makes something (``xây dựng``, ``ban hành``, ``thành lập``) is no deed
#: done to those counted but the making of what serves them.
DEED_WORDS = 6
_MAKING = frozenset({"xây dựng", "ban hành", "thành lập", "lập", "xây"})


def _served(deed: str) -> str:
    """What a long deed of making makes, for the count it is made for (``xây dựng và ban hành phương án thành lập
    các khu cách ly y tế tập trung`` cho 1.000 ca → ``Khu cách ly y tế tập trung``), else nothing: a short
    deed (``giải quyết việc làm``) is done to those counted."""
    words = deed.split()
    low = [w.lower() for w in words]
    if len(words) <= DEED_WORDS or not (" ".join(low[:2]) in _MAKING or low[0] in _MAKING):
        return ""
    made = [
        (at, size)
        for at in range(1, len(words) - 2)
        if (size := next((n for n in (2, 1) if " ".join(low[at : at + n]) in _ONE_VERB), 0))
    ]
    # the verb whose object is plural (``thành lập các khu cách ly``), not one inside a noun (``khu cách ly``)
    plural = [(at, size) for at, size in made if low[at + size] in ("các", "những")]
    if not (plural or made):
        return ""
    at, size = (plural or made)[-1]
    thing = _PLURAL_HEAD.sub("", " ".join(words[at + size :]), count=1)
    return thing[:1].upper() + thing[1:] if len(thing.split()) >= 2 else ""


def _is_deed(label: str) -> bool:
    """True when a label says what was done (``Giảm vốn``), not what is measured."""
    return label.split(" ", 1)[0].lower() in _DEED_VERBS


def _is_agent_verb(words: tuple[str, ...]) -> bool:
    """True when ``words`` say who acts and what they do, nothing else (``tỉnh đã hỗ trợ``)."""
    at = agents_end(words)
    while at < len(words) and (
        words[at] in AUXILIARIES or words[at] == "chỉ" or words[at : at + 2] in _AUX_PAIRS
    ):
        at += 2 if words[at : at + 2] in _AUX_PAIRS else 1
    return at < len(words) and verbs_start(words) == at


#: A result the words after a count say of it (``chỉ tiêu chưa đạt kế hoạch``).
_OWN_RESULT = re.compile(r"(?<![^\W\d_])đạt(?![^\W\d_])", re.IGNORECASE)


def _with_phrase(figure: Figure, phrase: str, verb: str, label: str) -> str:
    """A label from the words after a figure: a count's noun first, an area's ``Diện tích``, what was
    done to a count after it and to an amount or a share before it; a rate (``mỗi ngày``) qualifies
    the words before."""
    shape = figure.shape
    if shape in ("count", "score"):
        noun = "" if figure.quantity.base_unit.lower() in _CLASSIFIERS else figure.quantity.base_unit
        # ``cấp phép 1.107 doanh nghiệp được cấp phép``: said once
        # ``..., 2 chỉ tiêu chưa đạt kế hoạch``: a result of its own, not the deed before
        if verb and (phrase.lower().endswith(verb.lower()) or _OWN_RESULT.search(phrase)):
            verb = ""
        verb = _served_by(noun, verb) if verb else ""
        label = " ".join(w for w in (noun, phrase, verb) if w)
        return label.replace(" , ", ", ")  # ``Xã, thị trấn trồng lúa``
    if phrase.lower().startswith("mỗi ") and label:
        return f"{label} {phrase}"
    if shape == "measure" and figure.quantity.base_unit.lower() in AREA_UNITS:
        if not verb and phrase.lower().startswith("đất "):
            return phrase  # ``500 ha đất nông nghiệp``: land names its own area
        return " ".join(w for w in ("Diện tích", verb, phrase) if w)  # ``gieo cấy 120.000 ha lúa``
    if shape == "measure":
        return " ".join(w for w in (phrase, verb) if w)
    if shape == "money" and label and len(label.split()) <= 2:
        return f"{label} {phrase}"
    return " ".join(w for w in (verb, phrase) if w)


#: Deeds done for people or bodies, whose count is of those served (``Doanh nghiệp được hỗ trợ``).
_SERVICES = frozenset(
    {
        "hỗ trợ",
        "kiểm tra",
        "thanh tra",
        "thanh, kiểm tra",
        "tư vấn",
        "thăm hỏi",
        "tặng quà",
        "đào tạo",
        "tập huấn",
        "cho vay",
        "cứu trợ",
        "giúp đỡ",
        "khen thưởng",
        "điều trị",
    }
)
#: Deeds done against people or bodies: those counted ``bị xử phạt``.
_PENALTIES = frozenset({"xử phạt", "phạt", "xử lý", "xử phạt vi phạm hành chính"})
#: Count nouns of people or bodies a service is done for.
_SERVED = frozenset(
    {
        "người",
        "hộ",
        "doanh nghiệp",
        "lao động",
        "người lao động",
        "đối tượng",
        "học sinh",
        "tổ chức",
        "cá nhân",
        "cơ sở",
        "trường hợp",
        "bệnh nhân",
        "gia đình",
        "hợp tác xã",
        "htx",
        "hộ kinh doanh",
        "hội viên",
        "nông dân",
        "trẻ em",
        "học viên",
        "lượt người",
    }
)


def _served_by(noun: str, verb: str) -> str:
    """``được hỗ trợ`` for a service done to the people or bodies ``noun`` counts (``đã hỗ trợ 800
    doanh nghiệp``: those counted got it), ``bị xử phạt`` for a penalty, else ``verb`` as it is."""
    if noun.lower() not in _SERVED:
        return verb
    if verb.lower() in _PENALTIES:
        return f"bị {verb}"
    return f"được {verb}" if verb.lower() in _SERVICES else verb


#: Count nouns that only classify the thing named after them (``20 triệu con cá cảnh``): that thing is counted.
_CLASSIFIERS = frozenset({"con"})


#: Deeds the genre joins by a comma into one (``sản xuất, chế biến``, ``khám, chữa bệnh``, ``đo đạc, lập
#: bản đồ``): the comma after one of them goes on to the next deed.
PAIRED_DEEDS = frozenset(
    {
        "sản xuất",
        "kinh doanh",
        "chế biến",
        "khám",
        "đo đạc",
        "khảo sát",
        "nuôi trồng",
        "đánh bắt",
        "chăn nuôi",
    }
)


_COUNT_NOUNS = frozenset(COUNT_UNITS)


def _counts_something(words: str) -> bool:
    """True when ``words`` start with a count's noun (``hộ nghèo``, ``xã đạt chuẩn``)."""
    low = keys(words)
    return bool(low) and (low[0] in _COUNT_NOUNS or " ".join(low[:2]) in _COUNT_NOUNS)


def _ends_with_deed(kept: list[str]) -> bool:
    """True when the words kept end with a deed of :data:`PAIRED_DEEDS`."""
    last = keys(" ".join(kept[-2:]))
    return bool(last) and (last[-1] in PAIRED_DEEDS or " ".join(last[-2:]) in PAIRED_DEEDS)
