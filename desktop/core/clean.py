"""Scraped article text → the clean text that is stored, shown and extracted from.

The extractor's offsets index the clean text, so cleaning decides what the
reviewer sees.  Three jobs:

* characters: Unicode NFC (Vietnamese arrives both precomposed and
  decomposed), the Icelandic Eth ``Ð`` that some portals type for ``Đ``, odd
  spaces, zero-width characters, line endings, HTML character references left
  in pages saved as text (``ng&acirc;n s&aacute;ch``), and the underscores and
  spaced punctuation of word-segmented NLP corpora (``nông_thôn mới , ...``);
* markup that a scraper saved with the words: a record saved as a JSON file and the front
  matter of a static-site file (``---json {"slug": ..., "title": ...} ---``, YAML or TOML), of
  which only the prose values stay, and HTML or JSX tags (``<p><span style=...>``,
  ``<br></br>``), which become line breaks (blocks), cell separators (table cells) or nothing
  (inline);
* page furniture around the body: menus, related-link blocks, date stamps,
  visit counters, Wayback toolbar text, hddtvn Markdown decoration, and the
  teaser/caption/pull-quote copies that would make one fact count twice.

Rules look at whole lines and at where they sit (before the first or after
the last body paragraph), never at one portal's files, and never remove part
of a body sentence.  The work is linear in the text size: repeated paragraphs
are found by hashing, and only a few lines (the head and tail of the article,
pull-quotes against their neighbours) are searched for as teaser copies.
Dropping a line can expose another (a banner that now follows the last body
paragraph), so the line rules run until nothing changes: cleaning is
idempotent.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterator

from desktop.core.metadata import is_dateline

_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1F00)) if ch.isupper())
_LETTER = re.compile(r"[^\W\d_]")

# --- characters -------------------------------------------------------------
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
_CONTROL = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
_ODD_SPACE = "\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_LINE_BREAK = "\r\x85\u2028\u2029"
#: One pass over the text for every character fix: drop, make a space, or make a line break.  It
#: starts with a character set (a CR takes its LF along) so that the regex engine skips ahead in C.
_ODD_CHARACTER = re.compile(f"[{_ZERO_WIDTH}{_CONTROL}{_ODD_SPACE}{_LINE_BREAK}](?:(?<=\r)\n)?")
_DROPPED = re.compile(f"[{_ZERO_WIDTH}{_CONTROL}]")
_SPACE_LIKE = re.compile(f"[{_ODD_SPACE}]")
_SPACES = re.compile(" {2,}")
#: A complete HTML character reference, its semicolon included: ``R&D`` or a bare ``&copy`` in prose
#: is left as typed (``html.unescape`` alone would turn ``&notice`` into ``¬ice``).
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: An underscore joining two letters: how word-segmented corpora write one word of several syllables.
_JOINED_SYLLABLES = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
#: The space a tokenizer put before closing punctuation or after an opening bracket.
_TOKEN_SPACE = re.compile(r" (?=[,.;:!?)\]%])|(?<=[(\[]) ")
#: A text is word-segmented when its joined syllables are this many at least, and at least one for
#: every ``_SEGMENTED_SPACES_PER_JOIN`` spaces: a stray ``file_name`` in an article is neither.
_SEGMENTED_MIN_JOINS = 20
_SEGMENTED_SPACES_PER_JOIN = 20

# --- markup saved with the text: front matter and HTML/JSX tags ---------------------
#: The opening line of a static-site file's front matter (Hugo, Jekyll): ``---``, ``---json``, ``+++``.
_FRONT_OPEN = re.compile(r"\A\s*(---|\+\+\+)[ \t]*(?:json|yaml|toml)?[ \t]*\n")
#: How far the closing line may be: front matter is a header, not the article.
_FRONT_MAX_CHARS = 20_000
#: One field of front matter: ``title: ...``, ``title = "..."`` or ``"title": "...",``.
_FRONT_FIELD = re.compile(r'^\s*"?[\w\- ]{1,40}"?\s*[:=]\s*(.*?)\s*,?\s*$')
#: The other lines front matter holds: blank, a JSON brace or bracket, an indented or listed item.
_FRONT_OTHER = re.compile(r'^(?:\s*|\s*[{}\[\]],?\s*|\s+\S.*|\s*- .*|\s*".*",?\s*)$')
#: Tags that end a block of text: they become a line break.
_BLOCK_TAGS = (
    "p|div|br|hr|tr|li|ul|ol|dl|dt|dd|table|thead|tbody|tfoot|caption|h[1-6]|blockquote|section|article"
    "|header|footer|main|aside|nav|figure|figcaption|img|pre|center|form|iframe|video|picture|source"
)
#: Table cells: a separator before each, as trafilatura writes the cells of a data table's row.
_CELL_TAGS = "td|th"
_INLINE_TAGS = (
    "span|strong|b|i|em|u|a|font|sup|sub|small|big|mark|abbr|cite|code|s|strike|ins|del|label|time|q"
)
_TAG = re.compile(rf"(?i)</?(?:({_BLOCK_TAGS})|({_CELL_TAGS})|{_INLINE_TAGS})\b[^<>]{{0,3000}}?/?>")
#: Elements whose content is never text of the article, and comments.
_HIDDEN = re.compile(r"(?is)<(script|style|noscript|head)\b[^<>]{0,3000}>.*?</\1\s*>|<!--.*?-->")

# --- markdown (hddtvn copies) and table remnants ---------------------------------
_MD_TEASER = re.compile(r"^\[:gift:")
_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,1000}\]\([^)\n]{0,3000}\)")
_MD_LINK = re.compile(r"\[([^\]\n]{0,1000})\]\((?:https?://|/)[^)\s]{0,3000}(?: \"[^\"\n]{0,1000}\")?\)")
_MD_BOLD = re.compile(r"\*{2,}")
_MD_RECAP = re.compile(rf"^more(?:\([A-Z]+\))? ?[–—-]? ?(?=[{_UPPER}])")
#: Table-cell edges that trafilatura leaves around cell text, and spaces.
_EDGE = " |"

# --- furniture lines -----------------------------------------------------------
_MENU_BULLETS = "►▶▸»■□◆◇●•▪➤→"
_MENU_MAX_CHARS = 80
_FURNITURE_MAX_CHARS = 300
_LABEL_MAX_CHARS = 60
_WIDGET = re.compile(r"(?i)^(?:leftcenterrightdel|advertisement|quảng cáo)$")
_NO_WORD = re.compile(r"^\W*$")
_COUNTER = re.compile(r"(?i)^(?:lượt xem|số lượt xem|lượt đọc|lượt truy cập|views?) ?:? ?[\d.,]+$")
_CONLL_HEADER = re.compile(r"^# ?(?:doc_id|url|date|title|sent_id|newdoc id) ?=")
#: Wayback Machine toolbar text of archived pages (matched in lower case).
_WAYBACK_PHRASES = ("wayback machine", "about this capture", "collected by", "alexa crawls", " captures")
_WAYBACK_LINES = frozenset(("success", "fail", "successfail", "timestamps"))
#: Whole-line labels of portal furniture (compared case-insensitively, ignoring a trailing colon).
_FURNITURE_LABELS = frozenset(
    s.casefold()
    for s in (
        "Đối tác của chúng tôi",
        "Xem chi tiết tại đây",
        "Xem chi tiết ở đây",
        "Xem thêm",
        "Chia sẻ",
        "In bài",
        "In bài viết",
        "Gửi bài viết",
        "Bình luận",
        "Gửi bình luận",
        "Ý kiến bạn đọc",
        "Về đầu trang",
        "Quay lại",
        "Trở về",
        "Trang chủ",
        "Liên kết website",
        "Liên kết web",
        "Số lượt truy cập",
        "Số lượt đang online",
        "Tìm kiếm",
        "Từ khóa",
        "Tags",
    )
)
#: Headings under which a portal lists other articles' headlines.
_RELATED_LABELS = frozenset(
    s.casefold()
    for s in (
        "Tin liên quan",
        "Tin khác",
        "Tin đã đưa",
        "Các tin khác",
        "Các tin đã đưa",
        "Tin cùng chuyên mục",
        "Bài viết liên quan",
        "Bài liên quan",
        "Tin mới",
        "Tin mới nhất",
        "Tin nổi bật",
        "Tin xem nhiều",
        "Đọc nhiều",
        "Xem nhiều",
        "Có thể bạn quan tâm",
        "Bài viết khác",
        "Các bài viết khác",
    )
)
#: A line this long is body text: body lines bound the header and footer zones.
_BODY_MIN_CHARS = 100
#: Short all-caps lines outside the body are section banners ("THƯ VIỆN VIDEO").
_BANNER_MAX_WORDS = 8
_LONE_NUMBER = re.compile(r"^[\d.,: ]+$")
_BLANK_LINES = re.compile(r"\n\n\n+")  # a literal prefix: searched in C

# --- repeated paragraphs -------------------------------------------------------
_KEY_MARKS = (" ", ",", ".", ";", ":", "!", "?", '"', "“", "”", "'", "-", "–")
_CUT_ENDINGS = ("[…]", "[...]")
_CUT_MARKS = " .,;:…"
#: Copies this long are never a coincidence of common words.
_COPY_MIN_CHARS = 40
#: How many paragraphs at each end of an article may be a teaser copy.
_TEASER_ZONE = 4
#: How many paragraphs around a bold pull-quote may hold the paragraph it repeats.
_PULL_QUOTE_WINDOW = 6


class _Line:
    """One line of the article and what the paragraph rules need to know about it.

    A plain class with slots, not a frozen dataclass: one is built per line, and the dataclass's
    ``__init__`` and ``__post_init__`` cost a quarter of the Markdown step.
    """

    __slots__ = ("bold", "copy_key", "label", "text")

    def __init__(self, text: str, bold: bool = False) -> None:
        self.text = text
        self.bold = bold  # a whole-line **bold** paragraph: a pull-quote if it repeats its neighbours
        # The identity of a repeated paragraph, looked at only when it is _COPY_MIN_CHARS long: a shorter
        # line's could be no longer than the line, so the line itself stands for it (most lines: blank ones,
        # bylines, headings).
        self.copy_key = _copy_needle(text) if len(text) >= _COPY_MIN_CHARS else text
        self.label = _label(text)  # asked by the furniture test, then by every pass over the zones


def clean_text(raw: str, *, markup: bool = True) -> str:
    """The clean text of a scraped article (see the module docstring for what is dropped).

    ``markup=False`` for the text of a web page: trafilatura took it out of the page's markup
    already, and a tag left in it is one the page shows as text (``&lt;img&gt;``), which stays.
    Dropping furniture lines can bare markup that a line before it hid (a front matter's fence
    that now opens the text): the text is cleaned again until none is left, so that cleaning
    stays idempotent.  Each round removes something, so it ends.
    """
    text = _clean_once(raw, markup)
    while markup and _without_structure(text) != text:
        text = _clean_once(text, markup)
    return text


def _clean_once(raw: str, markup: bool) -> str:
    characters = _without_markup(raw) if markup else _normalise_characters(raw)
    lines = [_markdown_line(line) for line in characters.split("\n")]
    kept = [line for line in lines if line is not None and not _is_furniture_line(line.text, line.label)]
    while True:
        before = len(kept)
        kept = _drop_zone_furniture(_drop_teasers(_drop_repeats(kept)))
        if len(kept) == before:
            return _join(kept)


def clean_line(raw: str) -> str:
    """One line of metadata (a title given beside the text) with the text's character fixes only.

    A title is no page: no line of it is furniture, so none of the line rules apply; its line breaks
    become spaces.
    """
    return _collapse_spaces(_normalise_characters(raw).replace("\n", " ")).strip()


def _normalise_characters(raw: str) -> str:
    text = _ODD_CHARACTER.sub(_fix_character, _unsegment(_decode_references(raw)))
    # Icelandic Eth is never Vietnamese: portals typed it for Đ/đ, which looks the same.
    text = text.replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")
    # Most articles arrive precomposed: the quick check is far cheaper than normalising.
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _without_markup(raw: str) -> str:
    """The text with its characters fixed and no JSON record, front matter or tags left.

    Dropping markup can expose more (``&lt;p&gt;`` decodes to a tag; ``<<p>p>`` leaves one), so
    the steps repeat until nothing changes: cleaning stays idempotent.  A text with none (most
    articles) costs a few character checks.
    """
    text = _normalise_characters(raw)
    while True:
        stripped = _without_structure(text)
        if stripped == text:
            return text
        text = _normalise_characters(stripped)


def _without_structure(text: str) -> str:
    """One pass over the markup: a JSON record's prose, front matter's prose, no tags."""
    return _strip_tags(_drop_front_matter(_json_document(text)))


def _json_document(text: str) -> str:
    """A scraped record saved as a JSON file (``{"title": ..., "content": "<p>...", "url": ...}``) as the
    prose among its values, in order: keys, addresses, dates and ids are no text of the article."""
    if text[:1] not in "{[" or text.rstrip()[-1:] not in "}]":
        return text
    try:
        document = json.loads(text)
    except ValueError:
        return text
    if not isinstance(document, dict | list):
        return text
    prose = [value.strip() for value in _json_strings(document) if _is_prose(value.strip())]
    return "\n".join(dict.fromkeys(prose)) if prose else text  # data with no words: left as it came


def _json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def _is_prose(value: str) -> bool:
    """A value that reads as words: a space and a letter, and no address, list or object."""
    return " " in value and bool(_LETTER.search(value)) and "://" not in value[:200] and value[0] not in "/[{"


def _drop_front_matter(text: str) -> str:
    """A static-site file's front matter as the prose among its values (title, teaser, caption).

    The machine fields (slug, layout, category, date, image path, flags) go: a slug such as
    ``bac-lieu-hon-3-300ha-tom`` would read as a figure.  A value is prose when it has a space
    and a letter and is no address; the title comes first, as in the file.
    """
    opening = _FRONT_OPEN.match(text) if text[:1] in "-+ \n" else None
    if not opening:
        return text
    fence = opening.group(1)
    close = re.compile(rf"^(?:{re.escape(fence)}|\.\.\.)[ \t]*$", re.MULTILINE)
    end = close.search(text, opening.end(), opening.end() + _FRONT_MAX_CHARS)
    if not end:
        return text
    lines = text[opening.end() : end.start()].split("\n")
    if not all(_FRONT_FIELD.match(line) or _FRONT_OTHER.match(line) for line in lines):
        return text  # prose between two rules (``---``) is the article, not its metadata
    values = [_front_value(line) for line in lines]
    prose = "\n".join(dict.fromkeys(value for value in values if value))
    return f"{prose}\n{text[end.end() :]}"


def _front_value(line: str) -> str:
    """The value of one front-matter field if it is prose, else empty."""
    field = _FRONT_FIELD.match(line)
    if not field:
        return ""
    value = field.group(1)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = _unquote(value)
    value = value.strip()
    return value if _is_prose(value) else ""


def _unquote(value: str) -> str:
    """A quoted front-matter value without its quotes, JSON escapes (``\\u1ea1``, ``\\n``) decoded."""
    if value[0] == '"':
        try:
            decoded = json.loads(value)
        except ValueError:
            return value[1:-1]
        return decoded if isinstance(decoded, str) else ""
    return value[1:-1]


def _strip_tags(text: str) -> str:
    """HTML or JSX tags saved with the text, gone: blocks end a line, cells are separated by ``|``.

    Only tags of HTML's own names are touched, so prose with ``<`` (``tỷ lệ <5%``) keeps it; the
    content of scripts, styles and comments goes with them.
    """
    if "<" not in text or not (_TAG.search(text) or _HIDDEN.search(text)):
        return text
    return _TAG.sub(_tag_replacement, _HIDDEN.sub("", text))


def _tag_replacement(match: re.Match) -> str:
    if match.group(1):
        return "\n"
    return " | " if match.group(2) and match.group()[1] != "/" else ""  # one separator per cell


def _decode_references(text: str) -> str:
    """HTML character references as the characters they name, until none is left.

    Scraped pages saved as text keep them (``t&acirc;́n`` is ``tấn`` once composed), which hides
    units and words from the extractor.  Decoding runs before the character fixes so that a
    ``&nbsp;`` becomes a space like any other, and again while a pass leaves a reference behind
    (``&amp;acirc;``), so that cleaning stays idempotent.
    """
    while "&" in text:
        decoded = _REFERENCE.sub(lambda match: html.unescape(match.group()), text)
        if decoded == text:
            break
        text = decoded
    return text


def _unsegment(text: str) -> str:
    """A word-segmented text (NLP corpora: ``Diện_tích tự_nhiên là 127,59 km2 .``) as prose.

    Syllables joined by underscores become words again and the tokenizer's spaces before closing
    punctuation and inside brackets go, so that labels, units and cue words read as in an article.
    Only a text written that way throughout is touched (see ``_SEGMENTED_MIN_JOINS``).
    """
    if "_" not in text:
        return text
    joins = len(_JOINED_SYLLABLES.findall(text))
    if joins < _SEGMENTED_MIN_JOINS or joins * _SEGMENTED_SPACES_PER_JOIN < text.count(" "):
        return text
    return _TOKEN_SPACE.sub("", _JOINED_SYLLABLES.sub(" ", text))


def _fix_character(match: re.Match) -> str:
    found = match.group()
    if _DROPPED.match(found):
        return ""
    return " " if _SPACE_LIKE.match(found) else "\n"


def _markdown_line(text: str) -> _Line | None:
    """Strip Markdown decoration from one line; None for the hddtvn teaser-link line.

    Images and link syntax go (link text stays), bold markers go, the
    ``more(HDDTVN) –`` recap prefix goes (the recap itself is the article's
    sapo and may hold a figure found nowhere else; a copy is dropped later).
    Repeated until stable so that nested decoration leaves nothing behind.
    """
    if not _may_need_work(text):
        return _Line(text)
    bold = None
    while True:
        stripped = _collapse_spaces(text.strip(_EDGE))
        if _MD_TEASER.match(stripped):
            return None
        if bold is None:
            bold = len(stripped) > 4 and stripped.startswith("**") and stripped.endswith("**")
        new = _MD_IMAGE.sub("", stripped) if "![" in stripped else stripped
        new = _MD_LINK.sub(r"\1", new) if "](" in new else new
        new = _MD_BOLD.sub("", new) if "**" in new else new
        new = _MD_RECAP.sub("", new) if new.startswith("more") else new
        new = unicodedata.normalize("NFC", _collapse_spaces(new.strip(_EDGE)))
        if new == text:
            return _Line(new, bold)
        text = new


def _may_need_work(text: str) -> bool:
    """Cheap test (plain substring checks) that a line has decoration or loose spaces to remove.

    An empty line (a third of an article's lines) has none: ``"" in _EDGE`` is true, so it is
    tested first rather than sent through the Markdown loop.
    """
    return bool(text) and (
        text[0] in _EDGE
        or text[-1] in _EDGE
        or "  " in text
        or "[" in text
        or "**" in text
        or text.startswith("more")
    )


def _collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text) if "  " in text else text


def _label(text: str) -> str:
    """A short line as a label to look up; longer lines are never labels."""
    return text.rstrip(" :").casefold() if len(text) <= _LABEL_MAX_CHARS else ""


def _is_furniture_line(text: str, label: str) -> bool:
    """A line that is furniture wherever it appears (``label``: its :func:`_label`).  Furniture is short:
    a long line that merely contains furniture words (a Wayback toolbar glued to the body) keeps its body."""
    if not text:
        return False
    if len(text) > _FURNITURE_MAX_CHARS:
        return bool(_NO_WORD.match(text))
    return bool(
        _NO_WORD.match(text)
        or (text[0] in _MENU_BULLETS and len(text) <= _MENU_MAX_CHARS)
        or (label and (_WIDGET.match(label) or label in _FURNITURE_LABELS or _COUNTER.match(label)))
        or (text[0] == "#" and _CONLL_HEADER.match(text))
        or _is_wayback(text)
        or is_dateline(text)
    )


def _is_wayback(text: str) -> bool:
    lowered = text.casefold()
    return lowered in _WAYBACK_LINES or any(phrase in lowered for phrase in _WAYBACK_PHRASES)


def _key(text: str) -> str:
    """What two copies of a caption share even when punctuation, spacing or case differ."""
    for mark in _KEY_MARKS:
        if mark in text:
            text = text.replace(mark, "")
    return text.casefold()


def _may_be_copies(a: str, b: str) -> bool:
    """Cheap test before comparing keys: similar length, same start, same number of words."""
    return (
        abs(len(a) - len(b)) <= max(3, len(a) // 20)
        and a[:8].casefold() == b[:8].casefold()
        and a.count(" ") == b.count(" ")
    )


def _drop_repeats(lines: list[_Line]) -> list[_Line]:
    """Drop a line near-identical to the line before it (a caption printed twice: they differ only
    in punctuation, spacing or case) and later copies of long paragraphs."""
    kept: list[_Line] = []
    seen: set[str] = set()
    previous, previous_key = "", None
    for line in lines:
        if not line.text:
            kept.append(line)
            continue
        if _may_be_copies(previous, line.text):
            previous_key = previous_key if previous_key is not None else _key(previous)
            key = _key(line.text)
            if key == previous_key:
                continue
            previous, previous_key = line.text, key
        else:
            previous, previous_key = line.text, None
        if len(line.copy_key) >= _COPY_MIN_CHARS:
            if line.copy_key in seen:
                continue
            seen.add(line.copy_key)
        kept.append(line)
    return kept


def _copy_needle(text: str) -> str:
    """A teaser without the ellipsis or full stop where it was cut off."""
    while True:
        shorter = text.rstrip(_CUT_MARKS)
        for ending in _CUT_ENDINGS:
            if shorter.endswith(ending):
                shorter = shorter[: -len(ending)]
        if shorter == text:
            return text
        text = shorter


def _occurs_twice(needle: str, haystack: str) -> bool:
    first = haystack.find(needle)
    return first != -1 and haystack.find(needle, first + 1) != -1


def _drop_teasers(lines: list[_Line]) -> list[_Line]:
    """Drop a teaser at the head or tail, or a bold pull-quote, whose text recurs in another paragraph.

    The first line is never a teaser: it is the title or the lead itself.
    """
    filled = [i for i, line in enumerate(lines) if line.text]
    whole = "\n".join(line.text for line in lines)
    drop = set()
    for i in set(filled[1 : 1 + _TEASER_ZONE]) | set(filled[-_TEASER_ZONE:]) - set(filled[:1]):
        needle = lines[i].copy_key  # the line's _copy_needle, found when it was made
        if len(needle) >= _COPY_MIN_CHARS and _occurs_twice(needle, whole):
            drop.add(i)
    for n, i in enumerate(filled):
        if lines[i].bold and i not in drop:
            window = filled[max(n - _PULL_QUOTE_WINDOW, 0) : n + _PULL_QUOTE_WINDOW + 1]
            nearby = "\n".join(lines[j].text for j in window)
            needle = lines[i].copy_key
            if len(needle) >= _COPY_MIN_CHARS and _occurs_twice(needle, nearby):
                drop.add(i)
    return [line for i, line in enumerate(lines) if i not in drop]


def _is_banner(text: str) -> bool:
    """A short all-caps line without figures: a section banner of the page, not a sentence."""
    return (
        bool(_LETTER.search(text))
        and text.upper() == text
        and not any(ch.isdigit() for ch in text)
        and len(text.split()) <= _BANNER_MAX_WORDS
    )


def _drop_zone_furniture(lines: list[_Line]) -> list[_Line]:
    """Outside the body: banners before the title; after the last body paragraph, a related-links
    heading and the headlines under it, banners and stray numbers (visit counters).  A related-links
    heading inside the body goes alone."""
    body = [i for i, line in enumerate(lines) if len(line.text) >= _BODY_MIN_CHARS]
    if not body:
        return lines
    first, last = body[0], body[-1]
    header_title = max(
        (i for i in range(first) if lines[i].text and not _is_banner(lines[i].text)), default=-1
    )
    kept = []
    for i, line in enumerate(lines):
        if line.label in _RELATED_LABELS:
            if i > last:
                break
            continue
        if i < header_title and _is_banner(line.text):
            continue
        if i > last and (_is_banner(line.text) or _LONE_NUMBER.match(line.text)):
            continue
        kept.append(line)
    return kept


def _join(lines: list[_Line]) -> str:
    text = "\n".join([line.text for line in lines])
    return _BLANK_LINES.sub("\n\n", text).strip()
