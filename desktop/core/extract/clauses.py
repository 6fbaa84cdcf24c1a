"""Sentences, clause boundaries and page furniture of an article.

The genre packs a dozen facts into one sentence, separated by ``;`` and
``,``.  A sentence is the scope of a target frame (``phấn đấu ...``) and of
a period mentioned in it; a ``;``, ``:`` or line break ends the clause a
label or a comparison may reach back into -- but for the break of a hard-wrapped
line inside a sentence, which the extractor reads as a space (see
:func:`read_through_wraps`).  Commas are not hard boundaries
(``thương mại, dịch vụ`` sits inside a label); the label module decides them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from desktop.core.scan import LOWER, positions

#: Longest line read as a sub-heading.
HEADING_CHARS = 120
#: Text before the colon of a list read as its head, at most.
HEAD_CHARS = 160

#: An ellipsis that a lower-case word follows on the same line closes a list (``tháp Pô Sah Inư (thành phố
#: Phan Thiết)… bình quân mỗi ngày đón ...``), not the sentence: what follows is its predicate.
_SENTENCE_END = re.compile(
    r"[.!?…\n](?<!\bTP\.)(?<!\bTp\.)(?<!\bThS\.)(?<!\bTS\.)(?:(?<=\n)|[.!?…]*[\"”»’)]*(?=\s))"
    rf"(?!(?<=…)[^\S\n]+[{LOWER}])(?!(?<=…\))[^\S\n]+[{LOWER}])"
)
#: The characters a sentence end opens on (``_SENTENCE_END``'s first class).
_SENTENCE_MARKS = ".!?…\n"
#: The characters that end a clause (``;``, ``:``, a line, an ellipsis), but the colon of a time (``7:30``):
#: see :func:`_hard_boundaries`.
_HARD_MARKS = ";:\n…"
#: Lines that repeat the article rather than report: markdown teaser, image,
#: bold pull-quote, "more" recap, headings.  Matched after the line break before them (the first line
#: apart), not at ``^``: the literal line break lets the regex engine jump from line to line.
_FURNITURE = r"[^\S\n]*(?:\[|!\[|\*\*|more|#|>).*"
_FIRST_FURNITURE = re.compile(_FURNITURE, re.IGNORECASE)
_FURNITURE_LINE = re.compile(rf"\n({_FURNITURE})", re.IGNORECASE)
_FIRST_LINE = re.compile(r"\s*([^\n]*)")
#: A first line that opens by pointing back at what came before (``Trong đó, thu nội địa ...``, ``Cụ thể, ...``)
#: continues a text cut from a longer one: body, never a title or a teaser, which stand on their own.
_CONTINUES = re.compile(
    r"(?:trong\s+đó|cụ\s+thể|ngoài\s+ra|bên\s+cạnh\s+đó|theo\s+đó|đồng\s+thời|tuy\s+nhiên|như\s+vậy|do\s+đó)\s*,",
    re.IGNORECASE,
)
#: ``Ông A cho biết: ...``: a quotation, not a list.
_SPEECH = re.compile(
    r"(?:cho\s+biết|cho\s+hay|nói|khẳng\s+định|nhấn\s+mạnh|chia\s+sẻ|phát\s+biểu|thông\s+tin)\s*$",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"[^\S\n]*(?:[-+•*–]|\d{1,2}[.)])\s")
#: A short line that does not end a sentence and does not start a list item, then the next line.
#: The line break before it is matched, not looked behind at: a literal first character lets the
#: regex engine jump from line to line instead of trying every character of the article.  The
#: lookahead (a line short enough) spares it backing off through every character of a long line.
_HEADING = re.compile(
    rf"\n([^\S\n]*(?=(?>[^\n]{{0,{HEADING_CHARS}}})[^\S\n]*\n)"
    rf"[^\W\d_][^\n]{{0,{HEADING_CHARS - 2}}}[^\s.!?…:;,\"”»’)])[^\S\n]*(?=\n+([^\n]+))"
)


#: What a line that runs on past its break ends on: not a sentence or clause end, nor a table cell's bar.
_ENDS_LINE = ".:;!?…|"
#: Shortest line a hard wrap leaves before its break, in characters and in words: shorter ones are menu
#: entries, bylines and headings, not a sentence cut by the width of a page.
WRAPPED_CHARS = 40
WRAPPED_WORDS = 6
#: Longest line a hard wrap leaves: a longer one is a paragraph of its own that lost its final stop.
WRAPPED_MAX_CHARS = 200
#: Where a line stops being a line of prose: markdown furniture (``#``, ``**``, ``[``, ``>``), a list item, a
#: caption or a photo credit.
_NOT_PROSE = re.compile(r"[^\S\n]*(?:[\[!*#>]|(?:[-+•*–]|\d{1,2}[.)])\s|\(?(?:ảnh|nguồn)\s*:)", re.IGNORECASE)

#: A line break, its next line's indent, then a character that may go on a sentence: no space (a blank line) and
#: no capital of the ASCII range -- the lines most breaks open, passed over in C; ``_soft_breaks`` tests the rest.
_MAY_GO_ON = re.compile(r"\n[ \t]*(?=[^\sA-Z])")


def _soft_breaks(text: str) -> frozenset[int]:
    """The line breaks of a hard-wrapped text that fall inside a sentence (``... ước đạt 3.475\nnghìn lượt
    khách, tăng 14,8% so với\ncùng kỳ``): the line ends on no sentence or clause mark and is long enough to be
    cut by the page's width, the next goes on in lower case, with a figure or a ``%`` and is no more than
    twice as long.  The first line (a title above the lead), headings (in capitals, or over a paragraph of a
    line twice their length), list items, table rows and captions never run on."""
    soft = []
    for brk in _MAY_GO_ON.finditer(text):
        at, after = brk.start(), brk.end()
        head = text[after]
        if not (head.islower() or head.isdecimal() or head == "%"):
            continue
        line_start = text.rfind("\n", 0, at) + 1
        line = text[line_start:at].rstrip()
        # a page's width cuts both lines: a next line twice as long is the paragraph under a heading
        next_line = text[after : len(text) if (next_end := text.find("\n", after)) < 0 else next_end]
        if (
            line_start
            and _runs_on(line)
            and len(next_line) < 2 * len(line)
            and not _NOT_PROSE.match(next_line)
            and "|" not in next_line
        ):
            soft.append(at)
    return frozenset(soft)


def read_through_wraps(text: str) -> str:
    """``text`` with each line break inside a sentence (see :func:`_soft_breaks`) read as the space it stands
    for: every rule then reads a wrapped sentence as one (a unit, a comparison, a label's words on the next
    line), and every offset stays that of the stored text, which keeps its breaks."""
    soft = _soft_breaks(text)
    if not soft:
        return text
    chars = list(text)
    for at in soft:
        chars[at] = " "
    return "".join(chars)


def _runs_on(line: str) -> bool:
    """True when ``line`` reads as prose cut short by a wrap rather than a line of its own."""
    return (
        WRAPPED_CHARS <= len(line) <= WRAPPED_MAX_CHARS
        and line[-1] not in _ENDS_LINE
        and "|" not in line
        and len(line.split()) >= WRAPPED_WORDS
        and not line.isupper()
        and not _NOT_PROSE.match(line)
    )


def _marks(text: str, marks: str) -> list[int]:
    """Where each of the characters ``marks`` stands in ``text``, in order: ``str.find`` skips to them in C,
    where a pattern that opens on a class of them tested every character of the article."""
    return sorted(at for mark in marks for at in positions(text, mark))


def _sentence_ends(text: str) -> list[int]:
    """Where each sentence end of ``text`` ends: the ends of ``_SENTENCE_END``'s matches (as ``finditer``
    finds them), the pattern tried only at the marks it opens on."""
    ends: list[int] = []
    for at in _marks(text, _SENTENCE_MARKS):
        if ends and at < ends[-1]:
            continue  # inside the end before (``...``, ``?!``)
        found = _SENTENCE_END.match(text, at)
        if found is not None:
            ends.append(found.end())
    return ends


def _hard_boundaries(text: str) -> list[int]:
    """Where each clause boundary of ``text`` ends: after each ``;``, ``:``, line break and ellipsis, but for
    the colon between the digits of a time (``7:30``)."""
    return [
        at + 1
        for at in _marks(text, _HARD_MARKS)
        if not (text[at] == ":" and text[at - 1 : at].isdecimal() and text[at + 1 : at + 2].isdecimal())
    ]


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Written out: the compiled core runs this as C, not the interpreted ``__init__`` of ``@dataclass``
        # (tests/test_compiled_init.py keeps it in step with the fields).
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)


class Layout:
    """Sentence and clause boundaries of one text, with O(log n) lookups."""

    def __init__(self, text: str) -> None:
        self.text = text
        ends = _sentence_ends(text)
        if not ends or ends[-1] < len(text):
            ends.append(len(text))
        self._sentence_ends = ends
        #: Built once: a figure asks for its sentence several times (chain, clause bounds, periods).
        self._sentences = [Sentence(start, end) for start, end in zip([0, *ends[:-1]], ends, strict=True)]
        self._hard = _hard_boundaries(text)
        self._furniture = _furniture_spans(text)
        self._furniture_starts = [s for s, _ in self._furniture]

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence holding position ``pos``."""
        i = bisect_right(self._sentence_ends, pos)
        if i < len(self._sentences):
            return self._sentences[i]
        return Sentence(self._sentence_ends[-1], len(self.text))  # at the very end of the text

    def clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` starts: after the last ``;``, ``:``, line or sentence end."""
        i = bisect_right(self._hard, pos)
        hard = self._hard[i - 1] if i else 0
        return max(hard, self.sentence_at(pos).start)

    def paragraph_end(self, pos: int) -> int:
        """Where the line (paragraph) holding ``pos`` ends."""
        end = self.text.find("\n", pos)
        return len(self.text) if end < 0 else end

    def open_bracket(self, start: int, pos: int) -> int:
        """The position after a ``(`` between ``start`` and ``pos`` that is still open at ``pos``, else ``start``."""
        opening = self.text.rfind("(", start, pos)
        if opening < 0 or self.text.find(")", opening, pos) >= 0:
            return start
        return opening + 1

    def clause_end(self, pos: int) -> int:
        """Where the clause holding ``pos`` ends (exclusive)."""
        i = bisect_right(self._hard, pos)
        hard = self._hard[i] - 1 if i < len(self._hard) else len(self.text)
        return min(hard, self.sentence_at(pos).end)

    def list_head(self, sentence: Sentence, pos: int) -> tuple[int, int] | None:
        """The text that introduces the list that ``sentence`` up to ``pos`` is in: before the last ``:``
        of the sentence (``xuất khẩu ước đạt: Hoa Kỳ 412 triệu USD; EU ...``), or the line ending with
        ``:`` above the bulleted lines the sentence is on; None when it is in no list."""
        colon = self.text.rfind(":", sentence.start, pos)
        if colon >= 0 and not self.text[colon + 1 : colon + 2].isdigit():
            start = max(sentence.start, colon - HEAD_CHARS)
            return None if _SPEECH.search(self.text, start, colon) else (start, colon)
        line_start = self.text.rfind("\n", 0, sentence.start + 1) + 1
        if not _LIST_ITEM.match(self.text, line_start):
            return None
        while line_start > 0:
            previous = self.text.rfind("\n", 0, line_start - 1) + 1
            line = self.text[previous : line_start - 1].rstrip()
            if line.endswith(":"):
                return max(previous, len(line) + previous - HEAD_CHARS), previous + len(line) - 1
            if not _LIST_ITEM.match(line):
                return None
            line_start = previous
        return None

    def crosses_hard_boundary(self, start: int, end: int) -> bool:
        """True when a ``;``, ``:`` or line break lies between ``start`` and ``end``."""
        i = bisect_right(self._hard, start)
        return i < len(self._hard) and self._hard[i] <= end

    def leaves_bracket(self, start: int, end: int) -> bool:
        """True when more brackets close than open between ``start`` and ``end``."""
        return self.text.count(")", start, end) > self.text.count("(", start, end)

    def is_furniture(self, pos: int) -> bool:
        """True inside the title line, a teaser, a caption-like markdown line or a recap."""
        i = bisect_right(self._furniture_starts, pos)
        return bool(i) and pos < self._furniture[i - 1][1]


def _furniture_spans(text: str) -> list[tuple[int, int]]:
    first_furniture = _FIRST_FURNITURE.match(text)
    spans = [first_furniture.span()] if first_furniture else []
    spans.extend(m.span(1) for m in _FURNITURE_LINE.finditer(text))
    first = _FIRST_LINE.match(text)
    if (
        first
        and first.group(1)
        and "\n" in text
        and len(first.group(1)) < 250
        and not _CONTINUES.match(text, first.start(1))
    ):
        spans.append(first.span(1))
    spans.extend(m.span(1) for m in _HEADING.finditer(text) if _is_heading(m))
    spans.sort()
    return spans


def _is_heading(match: re.Match[str]) -> bool:
    """A sub-heading: a short line of a few words with no final punctuation, over a paragraph at
    least twice its length (a list of short lines is a list, not headings)."""
    heading, paragraph = match.group(1).strip(), match.group(2)
    return len(heading.split()) >= 3 and len(paragraph) >= 2 * len(heading)
