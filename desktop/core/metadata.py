"""What an article says about itself: title, publication date, content hash.

Portals print the publication date in many shapes (``Ngày xuất bản:
19/02/2020``, ``15:10 - 21/11/2020``, ``Thứ Năm, 23/07/2020, 11:09 [GMT+7]``,
``09:16:12 12-01-2022``); all are day-first.  A *dateline* is a line that
holds nothing but such a date: the cleaner drops it as page furniture and
this module reads the publication date from it, so the date survives in
``Article.published`` even though it is not in the stored text.  Dates inside
sentences (``Ngày 8/7``, ``30/12/2019``) are never taken for the publication
date: they are what the article reports on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from itertools import islice

_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)|(?<!\d)(\d{1,2}) (\d{1,2}) (\d{4})(?!\d)"
)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)\s*(?:SA|CH|AM|PM|sa|ch|am|pm)?(?![^\W\d_])")
_WEEKDAY = re.compile(r"(?i)\b(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn)\b")
_LABEL = re.compile(
    r"(?i)\b(?:ngày\s+xuất\s+bản|ngày\s+đăng|đăng\s+ngày|ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc)?|"
    r"xuất\s+bản|đăng\s+lúc|thời\s+gian|ngày|lúc|gmt\s*[+-]\s*\d{1,2}|gmt|utc\s*[+-]?\s*\d{0,2}|utc)\b"
)
_LEFTOVER = re.compile(r"[\w]")
#: A date this close after a label (``Cập nhật lúc 08:30 ngày 5/3/2021``) is the labelled date.
_LABEL_REACH = 40
#: How much of the head and of the tail of a text may hold its publication date.
_DATE_ZONE_CHARS = 10_000
#: ``# date = 20210427`` header of CoNLL-style corpus copies.
_HEADER_DATE = re.compile(r"(?m)^#\s*date\s*=\s*(\d{4})(\d{2})(\d{2})\s*$")
_LABELLED = r"(?:ngày\s+xuất\s+bản|ngày\s+đăng|đăng\s+ngày|cập\s+nhật|xuất\s+bản)\b"
_LABELLED_DATE = re.compile(f"(?i){_LABELLED}")
#: The same in lower-cased text: case-sensitive, the regex engine skips to the labels' first letters
#: instead of trying the case-insensitive alternation at every character (most of ``published_date``).
_LABELLED_DATE_LOWER = re.compile(_LABELLED)
#: A field of front matter or of a page's metadata copied into the text (``date: 2020-01-06``,
#: ``Published: 2020-01-06T08:00:00+07:00``, ``article:published_time = ...``, a JSON front matter's
#: ``"date": "2020-06-30",``), any date shape after it.
_DATE_FIELD = re.compile(
    r"(?im)^[^\S\n]*[\"']?(?:date|published(?:[_ ]?(?:time|at|date|on))?|pub[_ ]?date|date[_ ]?published"
    r"|article:published_time)[\"']?[^\S\n]*[:=][^\S\n]*[\"']?([^\n]{6,40})$"
)
#: A line that opens with a weekday and a date, then goes on (``Thứ Hai, 06/01/2020 - 10:15 | Kinh tế``,
#: ``Thứ hai, ngày 6 tháng 1 năm 2020``): portals stamp the publication day so, nothing else does.
_WEEKDAY_DATE = re.compile(
    r"(?im)^[^\S\n]*(?:thứ[^\S\n]*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ[^\S\n]*nhật)[^\S\n]*[,-]?[^\S\n]*"
    r"(?:ngày[^\S\n]+)?(\d{1,2})[^\S\n]*(?:[/.-]|[^\S\n]+tháng[^\S\n]+)[^\S\n]*(\d{1,2})"
    r"[^\S\n]*(?:[/.-]|,?[^\S\n]+năm[^\S\n]+)[^\S\n]*(\d{4})(?!\d)"
)
#: How far into a text a title may start: after a few menu or date lines, not in the body.
_TITLE_SEARCH_LINES = 3
_TITLE_MAX_CHARS = 250
_TITLE_MIN_WORDS = 3


def iso_date(day: int, month: int, year: int) -> str | None:
    """``YYYY-MM-DD`` for a real calendar date, else None (``31/02`` is a typo, not a date)."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _first_date(text: str) -> str | None:
    for match in _DATE.finditer(text):
        if match.group(1):
            day, month, year = match.group(1), match.group(3), match.group(4)
        else:
            day, month, year = match.group(5), match.group(6), match.group(7)
        found = iso_date(int(day), int(month), int(year))
        if found:
            return found
    return None


def is_dateline(line: str) -> bool:
    """True for a line that is only a date stamp: date, time, weekday, label, time zone."""
    if len(line) > 80 or not _DATE.search(line):
        return False
    rest = _DATE.sub(" ", line)
    for pattern in (_TIME, _WEEKDAY, _LABEL):
        rest = pattern.sub(" ", rest)
    return not _LEFTOVER.search(rest)


def published_date(raw: str) -> str | None:
    """The publication date stated in an article's raw text, as ISO ``YYYY-MM-DD``.

    Tried in order: a ``# date =`` header, a date field of front matter or
    copied metadata (``date: 2020-01-06``), a dateline (portals put it under
    the title or after the byline), a line opening with a weekday and a date,
    a labelled date (``Cập nhật: ...``) inside a longer line.  Only the head
    and the tail of the text are searched: that is where pages print the
    date, and a huge text is not scanned through.
    """
    if len(raw) > 2 * _DATE_ZONE_CHARS:
        raw = raw[:_DATE_ZONE_CHARS] + "\n" + raw[-_DATE_ZONE_CHARS:]
    # The header's ``#`` and the fields' names are looked for first, in C: most texts have none, and the
    # patterns, anchored at line starts, would otherwise be tried at every character of the text.
    header = _HEADER_DATE.search(raw) if "#" in raw else None
    if header:
        found = iso_date(int(header.group(3)), int(header.group(2)), int(header.group(1)))
        if found:
            return found
    lowered = raw.lower()
    # Every field name holds ``date`` or ``pub``, and only D, A, T, E, P, U and B match them ignoring case.
    if "date" in lowered or "pub" in lowered:
        for field in _DATE_FIELD.finditer(raw):
            found = normalise_date(field.group(1))
            if found:
                return found
    stamped = _dateline_date(raw)
    if stamped:
        return stamped
    for stamp in _WEEKDAY_DATE.finditer(raw):
        found = iso_date(int(stamp.group(1)), int(stamp.group(2)), int(stamp.group(3)))
        if found:
            return found
    # a letter that lower-cases to two characters shifts the offsets: then the text itself is searched
    labels = (
        _LABELLED_DATE_LOWER.finditer(lowered) if len(lowered) == len(raw) else _LABELLED_DATE.finditer(raw)
    )
    for label in labels:
        found = normalise_date(raw[label.end() : label.end() + _LABEL_REACH])
        if found:
            return found
    return None


def _dateline_date(raw: str) -> str | None:
    """The date the datelines of ``raw`` stamp the page with, or None.

    A whole scraped page holds, besides the article's own dateline, the menus and teasers of other stories,
    each stamped with its date on a line of its own (``Huyện Y tổng kết năm 2014`` / ``15/12/2014``): when
    the datelines fall in different months, none of the bare ones is known to be the article's, and only a
    labelled one (``Cập nhật: 12/01/2021``, ``Ngày đăng: ...``) still is (the first, when the page is
    updated later).  Dates of one month are the first one's: the month and the year are what dating reads.
    A date taken from a teaser years older than the article would date every figure the text gives no year
    of (and make its results look like plans)."""
    dates: list[str] = []
    labelled: list[str] = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped and is_dateline(stripped):
            found = _first_date(stripped)
            if found:
                dates.append(found)
                if _LABELLED_DATE.search(stripped):
                    labelled.append(found)
    if (
        len({date[:7] for date in dates}) == 1
    ):  # one month: the page's own day, and an update's or a neighbour's
        return dates[0]
    return labelled[0] if labelled else None


def normalise_date(value: str | None) -> str | None:
    """An ISO date from a date as given by metadata (``2020-02-19``, ``19/02/2020``, ``2020-02-19T10:55``)."""
    if not value:
        return None
    iso = _ISO_DATE.search(value)
    if iso:
        return iso_date(int(iso.group(3)), int(iso.group(2)), int(iso.group(1)))
    return _first_date(value)


#: A web address's date: a path of ``/2023/07/05/`` or ``/20230705/``, a timestamp of date and time
#: ending its last segment (``...-20210427123159970.htm``), as portals and papers build them, the date
#: a blog's post file is named by (``_posts/2025-07-18-headline-words.md``, as Jekyll and Hugo name them),
#: or a file named by nothing but its day-first date and a number of the day (``05102020-01.md``,
#: ``0509202001.md``, as a site's editors name their daily posts; an id of eight digits is seldom a
#: real date, and one that is not is refused).
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=/)"
    r"|/(?P<y2>(?:19|20)\d\d)(?P<m2>\d\d)(?P<d2>\d\d)(?=/)"
    r"|(?<![\d])(?P<y3>(?:19|20)\d\d)(?P<m3>0[1-9]|1[0-2])(?P<d3>[0-3]\d)[0-2]\d[0-5]\d[0-5]\d\d*(?=\.\w+$|/?$)"
    r"|/(?P<y4>(?:19|20)\d\d)-(?P<m4>\d\d)-(?P<d4>\d\d)-[^/]+$"
    r"|/(?P<d5>[0-3]\d)(?P<m5>[01]\d)(?P<y5>(?:19|20)\d\d)(?:[-_]?\d{1,2})?\.\w+$"
)


def url_date(url: str | None) -> str | None:
    """The publication date a web address carries (ISO ``YYYY-MM-DD``), or None: the date a scrape lost
    is often still in the address it kept."""
    for found in _URL_DATE.finditer(_url_path(url)):
        parts = {name[0]: int(value) for name, value in found.groupdict().items() if value}
        date = iso_date(parts["d"], parts["m"], parts["y"])
        if date:
            return date
    return None


#: A folder of a web address named for the year and month a portal filed the article in (``/kinh-te/201810/``).
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?=/)")


def url_month(url: str | None) -> str | None:
    """The year and month (``YYYY-MM``) of the folder a web address files its article in, or None.

    Many provincial papers file their pages by month (``baohungyen.vn/kinh-te/201810/...``): a scrape
    that lost the date keeps the month there.  It is no publication date (the day is unknown), but it is
    when the article was written, which a figure's year is read against (``9 tháng`` of 2018)."""
    found = _URL_MONTH.search(_url_path(url))
    return None if found is None else f"{found['y']}-{found['m']}"


def dating_date(published: str | None, url: str | None) -> str | None:
    """What the extractor dates an article by: its publication date, else the first day of the month its
    web address is filed under (the extractor reads only the year and the month of a date, so the day
    chosen changes nothing; the stored article keeps no date it was not given)."""
    if published:
        return published
    month = url_month(url)
    return None if month is None else f"{month}-01"


#: A year standing alone in a web address's last segment, between the words of the headline it was made
#: from (``...-ket-qua-9-thang-dau-nam-2017-4521.html``): a hyphen or underscore before it, one or a full stop after.
_URL_YEAR = re.compile(r"(?<=[-_])((?:19|20)\d\d)(?=[-_.]|$)")


def url_year(url: str | None) -> int | None:
    """The year the headline words of a web address name, when they name one only; else None.

    Portals build the address from the headline, so an article whose scrape lost its date and title often
    still carries the year it reports on there (``-9-thang-dau-nam-2017-``); a term (``-2016-2020-``) names
    two and is left to the text."""
    segment = _url_path(url).rstrip("/").rsplit("/", 1)[-1]
    years = set(_URL_YEAR.findall(segment))
    return int(years.pop()) if len(years) == 1 else None


def _url_path(url: str | None) -> str:
    """A web address without its query and fragment: what a portal builds from the date and the headline."""
    return (url or "").split("?", 1)[0].split("#", 1)[0]


def dating_title(title: str | None, url: str | None) -> str | None:
    """What the extractor reads an article's year from besides its text: the title, else (an article
    whose title was lost) the year its web address names, as a headline naming that year would."""
    if title:
        return title
    year = url_year(url)
    return None if year is None else f"năm {year}"


def title_of(clean: str) -> str | None:
    """The first meaningful line of a clean text, when it looks like a headline.

    A headline is short, has a few words, does not end with a colon (a
    section label like ``Sự kiện - chuyên đề:``) and is not a sentence ending
    with a full stop.  A text that starts straight with its body has no
    title, and None says so rather than a paragraph.
    """
    stripped = (line.strip() for line in clean.splitlines())
    for line in islice((line for line in stripped if line), _TITLE_SEARCH_LINES):
        if line.endswith(":") or len(line.split()) < _TITLE_MIN_WORDS:
            continue
        return line if len(line) <= _TITLE_MAX_CHARS and not line.endswith(".") else None
    return None


def web_title(page_title: str | None, clean: str) -> str | None:
    """The title of a web page's article: the page's ``<title>`` when the article text repeats it, else
    a headline-like first line of the text (site templates often title every page with the site name),
    else the page's ``<title>``."""
    if page_title and page_title.casefold() in clean.casefold():
        return page_title
    return title_of(clean) or page_title


def content_hash(clean: str) -> str:
    """sha256 (hex) of the clean text: the identity of an article's content for re-import checks."""
    return hashlib.sha256(clean.encode("utf-8")).hexdigest()
