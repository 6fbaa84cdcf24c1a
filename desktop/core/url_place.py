"""The place a web address names: a provincial portal or paper carries its province in its host.

``tayninh.gov.vn``, ``baolamdong.vn``, ``cucthongke.quangtri.gov.vn``, ``hanam.gso.gov.vn`` and
``thainguyentv.vn`` publish about their province, and often never write its name: a portal's own
reader knows where they are.  A district's portal sits under its province's
(``kimson.ninhbinh.gov.vn``); a city's may stand alone (``dalat.gov.vn``).  A national paper's host
(``vnexpress.net``, ``baochinhphu.vn``) names no place, and neither does a slug of the title in its path, which the article's place already
weighs (unless the article names no place at all: a slug that opens with a province's name is then
its only word on where it is); but a national portal files each province's news in a section named
as a host would name it (``vietnam.vn/namdinh/?p=1``): a whole path segment that is a province's key
is that province.

A province is found by its accent- and space-free name inside one label of the host
(``baobariavungtau`` holds ``bariavungtau``); a district only as the whole label just before its
province's (a district's name inside a paper's host, ``duyenhai.nhanongxanh.vn``, is a brand).
"""

from __future__ import annotations

from functools import cache
from urllib.parse import urlsplit

from desktop.core.places import COUNTRY, Unit, gazetteer, loose_key, name_key

#: Hosts' spellings of provinces whose name they shorten, and the hosts of a province's own paper, portal
#: or broadcaster whose name is not its province's: whole labels only (``hue`` is inside ``tapchithue``, a tax
#: magazine).
_SHORT_LABELS = {
    "hcm": "Hồ Chí Minh",
    "tphcm": "Hồ Chí Minh",
    "hochiminhcity": "Hồ Chí Minh",
    "hue": "Thừa Thiên Huế",
    "vungtau": "Bà Rịa - Vũng Tàu",
    "brvt": "Bà Rịa - Vũng Tàu",
    # provincial broadcasters, known by their initials: ``qrt.vn`` (Quảng Nam), ``qtv.vn`` (Quảng Ninh),
    # ``dnrtv.org.vn`` (Đồng Nai), each as its own "about" page names it
    "qrt": "Quảng Nam",
    "qtv": "Quảng Ninh",
    "thvl": "Vĩnh Long",
    "dnrtv": "Đồng Nai",
    "brt": "Bà Rịa - Vũng Tàu",
    "htv": "Hồ Chí Minh",
    "trt": "Thừa Thiên Huế",
    "qbtv": "Quảng Bình",
    "bptv": "Bình Phước",
    "la34": "Long An",
    "thdt": "Đồng Tháp",
    "thtg": "Tiền Giang",
    "btv": "Bình Dương",
    "atv": "An Giang",
    "ktv": "Khánh Hòa",
    # a province's papers and its party committee's portal named for something else than the province
    "sggp": "Hồ Chí Minh",  # Sài Gòn Giải Phóng
    "hcmcpv": "Hồ Chí Minh",
    "baodongkhoi": "Bến Tre",  # Đồng Khởi
    "baoapbac": "Tiền Giang",  # Ấp Bắc
    "kinhtedothi": "Hà Nội",
    "laodongthudo": "Hà Nội",
    "anninhthudo": "Hà Nội",
    "huengaynay": "Thừa Thiên Huế",
}

#: The initials a district's own agency puts before its district's name in a host of its own
#: (``ttthlak.gov.vn``: Trung tâm Truyền thông huyện Lắk), with no province's label after it.
_AGENCY_PREFIXES = ("ttvhtttt", "ttvhtt", "ttvhth", "ttvh", "ttth")
#: The same of a province's statistics office before its province's initials (``cucthongkekg.gov.vn``).
_STATISTICS_PREFIXES = ("cucthongke", "thongke")


def url_place(url: str | None) -> Unit | None:
    """The province or district the host of ``url`` names, else the province a section of its path is."""
    try:
        parts = urlsplit(url) if url else None
        host = parts.hostname if parts else None
    except ValueError:  # a malformed address names nothing
        return None
    if not host or parts is None:
        return None
    # a label's hyphens join the words of a name (``baria-vungtau.gov.vn``)
    labels = host.replace("-", "").split(".")
    for i, label in enumerate(labels):
        province = _province_in(label)
        if province is not None:
            district = _district_label(labels[i - 1], province) if i > 0 else None
            return district or province
    agency = next(filter(None, map(_agency_district, labels)), None)
    return (
        agency
        or _city_portal(labels)
        or next(filter(None, map(_section_province, parts.path.split("/"))), None)
    )


def _city_portal(labels: list[str]) -> Unit | None:
    """The district whose own government portal the host is (``dalat.gov.vn``, ``hoian.gov.vn``): the label
    before ``gov.vn`` is the country's only district of that name."""
    if len(labels) < 3 or labels[-2:] != ["gov", "vn"]:
        return None
    return _national_districts().get(labels[-3])


#: The administrative words a district's portal may write before its name (``huyenkimson.ninhbinh.gov.vn``).
_DISTRICT_WORDS = ("huyen", "thixa", "thanhpho", "quan", "tp", "tx")


def _district_label(label: str, province: Unit) -> Unit | None:
    """The district of ``province`` that ``label`` names, alone or after its administrative word."""
    districts = _districts(province.id)
    found = districts.get(label)
    for word in _DISTRICT_WORDS:
        if found is None and label.startswith(word):
            found = districts.get(label[len(word) :])
    return found


def _agency_district(label: str) -> Unit | None:
    """The district whose own agency's initials open ``label`` before its name (``ttthlak``): the
    country's only district of that name; or the province whose statistics office names it by its
    initials (``cucthongkekg``: Kiên Giang), initials no other province has."""
    for prefix in _AGENCY_PREFIXES:
        if label.startswith(prefix):
            return _national_districts().get(label[len(prefix) :])
    for prefix in _STATISTICS_PREFIXES:
        if label.startswith(prefix):
            return _province_initials().get(label[len(prefix) :])
    return None


@cache
def _province_initials() -> dict[str, Unit]:
    """The provinces by the initials of their name's words (``kg``: Kiên Giang), initials two of them
    share (``bd``: Bình Dương, Bình Định) naming none."""
    gaz = gazetteer()
    found: dict[str, list[Unit]] = {}
    for unit_id in gaz.provinces.values():
        unit = gaz.units[unit_id]
        initials = "".join(word[0] for word in _host_key_words(unit.name))
        found.setdefault(initials, []).append(unit)
    return {key: units[0] for key, units in found.items() if len(units) == 1}


def _host_key_words(name: str) -> list[str]:
    """The words of ``name`` as a host writes them (``Bà Rịa - Vũng Tàu`` -> ``ba``, ``ria``, ``vung``, ``tau``)."""
    return [word for word in (_host_key(part) for part in name.split()) if word]


@cache
def _national_districts() -> dict[str, Unit]:
    """The districts of the whole country by their host key, a key two of them share naming none."""
    found: dict[str, list[Unit]] = {}
    for unit in gazetteer().units:
        if unit.level == "district":
            found.setdefault(_host_key(unit.name), []).append(unit)
    return {key: units[0] for key, units in found.items() if len(units) == 1}


def _slug_place(url: str | None) -> str | None:
    """The province whose name opens a segment of the path of ``url``, written as a slug
    (``/vinh-phuc-ban-le-hang-hoa-tang/``): asked only of an article whose title and text name no
    place at all (a page saved without its title, a lead that says ``tỉnh`` and no name), whose
    slug is then all that says where it is.  Two words at least: a single one (``hue``) is as often
    a common word."""
    try:
        path = urlsplit(url).path if url else ""
    except ValueError:
        return None
    keys = _province_keys()
    for segment in path.lower().split("/"):
        words = segment.split("-")
        for n in range(min(len(words), _SLUG_WORDS), 1, -1):
            unit = keys.get("".join(words[:n]))
            if unit is not None:
                return unit.name
    return None


#: The most words a province's name takes in a slug (``ba-ria-vung-tau``).
_SLUG_WORDS = 4


def _section_province(segment: str) -> Unit | None:
    """The province a whole path segment names as a host would (``namdinh``, ``tphcm``); a slug's words
    (``ha-noi-thu-ngan-sach``) are the title's, not a section."""
    key = segment.lower()
    short = _SHORT_LABELS.get(key)
    if short is not None:
        return gazetteer().units[gazetteer().provinces[short]]
    return _province_keys().get(key)


def _province_in(label: str) -> Unit | None:
    """The province whose key is the longest one inside ``label``."""
    short = _SHORT_LABELS.get(label)
    if short is not None:
        return gazetteer().units[gazetteer().provinces[short]]
    found = [(len(key), unit) for key, unit in _province_keys().items() if key in label]
    return max(found, key=lambda pair: pair[0])[1] if found else None


@cache
def _province_keys() -> dict[str, Unit]:
    gaz = gazetteer()
    return {_host_key(gaz.units[i].name): gaz.units[i] for i in gaz.provinces.values()}


@cache
def _districts(province: int) -> dict[str, Unit]:
    return {_host_key(u.name): u for u in gazetteer().units if u.level == "district" and u.parent == province}


def _host_key(name: str) -> str:
    """``Bà Rịa - Vũng Tàu`` -> ``bariavungtau``: how a host writes a name."""
    return "".join(ch for ch in loose_key(name) if ch.isalnum())


def with_url_place(
    place: str | None, url: str | None, head: str | None = None, *, untitled: bool = False
) -> str | None:
    """The article's place (from its title and text) made as precise as its host allows.

    A portal's own articles say ``tỉnh`` and ``huyện`` without a name, or quote the country's
    figures first: the host's place stands where the text gives none or only the country.  A
    place the text names inside the host's stays (a provincial paper's report on one of its
    districts), as does one the host's is inside (a district portal naming its province is
    still the district's); another province stays too (a paper reporting on a neighbour).  A text
    and title that name no place, on a host that names none, leave the slug (``_slug_place``).

    ``head`` is the article's title and lead, when the caller has them: a unit inside the host's
    that they do not name is one the body names in passing (``hoàn thành các tiêu chí của 3 xã: Tuy
    Lộc, ...`` in a provincial portal's review of the year), and the article is the host's; a report
    on a district or commune says which in its title or first lines.

    An ``untitled`` article (its excerpt lost its title) still has the title's slug in its address
    (``baogialai.com.vn/chu-puh-thu-ngan-sach-...``): a district or commune of the host's place that
    opens the slug says what the article is about, as the title would, unless the text names a unit
    inside it.
    """
    unit = url_place(url)
    if unit is None:
        return place if place is not None else _slug_place(url)
    slug = _slug_unit(url, unit) if untitled else None
    if slug is not None and not _inside(place, slug.id):
        return slug.name
    if place is None or place == COUNTRY:
        return unit.name
    gaz = gazetteer()
    for named in gaz.lookup(place):
        if unit.id in gaz.ancestors(named):
            return place if head is None or _names(head, place) else unit.name
    if any(named in gaz.ancestors(unit.id) for named in gaz.lookup(place)):
        return unit.name
    return place


def _inside(place: str | None, unit_id: int) -> bool:
    """True when ``place`` names a unit inside the unit ``unit_id`` (a commune of that district)."""
    gaz = gazetteer()
    return place is not None and any(unit_id in gaz.ancestors(named) for named in gaz.lookup(place))


#: A slug's administrative words before a name (``huyen-kim-son``, ``tp-vung-tau``), the level they name
#: and the kinds of unit they may stand for (``phuong-an-binh-on-gia`` is ``phương án``, a plan, unless
#: the province has a ward of that name); a commune is taken from a slug only with its word (a bare
#: ``an-binh`` is as often a common phrase).
_SLUG_LEVELS: tuple[tuple[tuple[str, ...], str, frozenset[str] | None], ...] = (
    (("thi", "xa"), "district", frozenset({"Thị xã"})),
    (("thanh", "pho"), "district", frozenset({"Thành phố"})),
    (("thi", "tran"), "commune", frozenset({"Thị trấn"})),
    (("huyen",), "district", frozenset({"Huyện"})),
    (("quan",), "district", frozenset({"Quận"})),
    (("tx",), "district", frozenset({"Thị xã"})),
    (("tp",), "district", frozenset({"Thành phố"})),
    (("xa",), "commune", frozenset({"Xã"})),
    (("phuong",), "commune", frozenset({"Phường"})),
    (("tt",), "commune", frozenset({"Thị trấn"})),
    ((), "district", None),
)


def _slug_unit(url: str | None, host: Unit) -> Unit | None:
    """The district or commune inside ``host`` whose name, after its administrative word or none,
    opens a segment of the path of ``url`` (``lac-son-ket-qua-...``, ``huyen-kim-son-...``); two words
    of name at least."""
    try:
        path = urlsplit(url).path if url else ""
    except ValueError:
        return None
    for segment in path.lower().split("/"):
        words = segment.split("-")
        found = _slug_opening(words, host)
        if found is not None:
            return found
    return None


def _slug_opening(words: list[str], host: Unit) -> Unit | None:
    """The unit inside ``host`` that the slug ``words`` open with, after its administrative word."""
    for prefix, level, kinds in _SLUG_LEVELS:
        if tuple(words[: len(prefix)]) != prefix:
            continue
        keys = _units_inside(host.id, level)
        rest = words[len(prefix) :]
        for n in range(min(len(rest), _SLUG_WORDS), 1, -1):
            unit = keys.get("".join(rest[:n]))
            if unit is not None and (kinds is None or unit.kind in kinds):
                return unit
    return None


@cache
def _units_inside(host: int, level: str) -> dict[str, Unit]:
    """The units of ``level`` inside ``host`` by their host key; a key two of them share names none."""
    gaz = gazetteer()
    found: dict[str, list[Unit]] = {}
    for unit in gaz.units:
        if unit.level == level and host in gaz.ancestors(unit.id):
            found.setdefault(_host_key(unit.name), []).append(unit)
    return {key: units[0] for key, units in found.items() if len(units) == 1}


def _names(head: str, place: str) -> bool:
    """True when ``head`` writes ``place``, spelled as ``name_key`` allows (the head keyed past its
    cache: a head is seen once)."""
    return name_key(place) in name_key.__wrapped__(head)
