"""Vietnamese numbers and quantities, in exact decimal arithmetic.

Vietnamese writes ``.`` between thousands and ``,`` before decimals
(``11.428,6`` is 11428.6).  Copies of articles are not always careful, so the
parser also settles the ambiguous shapes the same way every time:

* ``1.300`` and ``13.922.662``: dots followed by groups of exactly three digits
  group thousands (1300, 13922662);
* ``1,39``: a single comma is the decimal mark (1.39), whatever follows it;
* ``2.2`` or ``2.25``: a single dot *not* followed by exactly three digits can
  only be an English-style decimal point (2.2) -- a thousands group always has
  three digits, so reading it any other way would invent digits;
* ``1,234,567``: several commas, all before groups of three, are an English
  thousands separator;
* ``33,448.222``: mixed separators where every group has three digits are a
  typing slip for thousands groups (33448222); ``1,234.5`` is English (1234.5).

Scale words multiply (``5 nghìn tỷ đồng`` = 5e12 đồng) and are kept in the
unit, as ANNOTATION.md asks; compound amounts add up (``825 tỷ 776 triệu
đồng`` = 825.776 tỷ đồng).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Final

from desktop.core.memo import remember

#: Scale words and the power of ten they stand for.
SCALES: dict[str, Decimal] = {
    "nghìn": Decimal(1000),
    "ngàn": Decimal(1000),
    "vạn": Decimal(10000),
    "triệu": Decimal(10) ** 6,
    "tỷ": Decimal(10) ** 9,
    "tỉ": Decimal(10) ** 9,
}

#: The code points a decimal digit (``\d``) may be: 0-9 and the ranges from U+0660 on, less the
#: Vietnamese letters of U+1E00-U+1EFF (no other digit lies below U+0660 nor among them).  A pattern
#: scanned over a whole article opens with this class, not ``\d``: the regex engine then tests a few
#: ranges at every character it skips, not the Unicode database (a third of such a scan).
DIGIT_RANGES = r"0-9\u0660-\u1dff\u1f00-\U0010ffff"
#: ``\d`` at the head of such a pattern: the class, then the digit test where it matched.
FIRST_DIGIT = rf"[{DIGIT_RANGES}](?<=\d)"
#: The numbers one to ten in words (``năm thứ hai``), in figures.
NUMBER_WORDS = {
    "một": "1",
    "hai": "2",
    "ba": "3",
    "tư": "4",
    "bốn": "4",
    "năm": "5",
    "sáu": "6",
    "bảy": "7",
    "tám": "8",
    "chín": "9",
    "mười": "10",
}
#: The months by name, in figures (``tháng Một`` is ``tháng 1``, ``tháng Chạp`` ``tháng 12``).
MONTH_NUMBERS = {**NUMBER_WORDS, "giêng": "1", "mười một": "11", "mười hai": "12", "chạp": "12"}
#: A run of digits and separators as it appears in text; ``parse_number`` decides what it means.
NUMBER_PATTERN = r"\d+(?:[.,]\d+)*"
#: One scale word.  It must end the word, except that careless copies glue ``đồng`` or ``USD`` on.
SCALE_PATTERN = r"(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?:(?![^\W\d_])|(?=đồng|usd))"

_VIETNAMESE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_ONE_SEPARATOR = re.compile(r"\d+[.,]\d+")
_MIXED_GROUPS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_ENGLISH = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+")
_SIGNED = re.compile(r"([+-]?)\s*(\d+(?:[.,]\d+)*)")


def parse_number(text: object) -> Decimal:
    """The value of a number written the Vietnamese way (see the module docstring).

    Raises ``ValueError`` for anything that is not one number, a non-string too (typed ``object``
    so that the compiled core checks it here, not with a ``TypeError`` at the call).
    """
    if not isinstance(text, str):
        raise ValueError(f"not a number: {text!r}")
    value = _parsed.get(text)
    if value is None:
        value = remember(_parsed, text, _parse(text), _REMEMBERED)
    return value


#: The values of the numbers parsed so far: years, days and small counts recur in every article, and
#: a Decimal is immutable (a ``ValueError`` is not remembered, it is raised again).  Plain dicts, not
#: ``lru_cache``: a figure asks several of them, and the cache's call and bookkeeping cost more than
#: the dict lookup (:func:`~desktop.core.memo.remember` bounds them).
_parsed: Final[dict[str, Decimal]] = {}
_units_of: Final[dict[tuple[str, str], tuple[str, str, Decimal | None]]] = {}
_REMEMBERED: Final = 4096


def _parse(text: str) -> Decimal:
    match = _SIGNED.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a number: {text!r}")
    sign, digits = match.groups()
    value = _unsigned(digits)
    return -value if sign == "-" else value


def _unsigned(digits: str) -> Decimal:
    has_dot, has_comma = "." in digits, "," in digits
    if not has_dot and not has_comma:
        return Decimal(digits)
    if _VIETNAMESE.fullmatch(digits) or _DOT_GROUPS.fullmatch(digits):
        return Decimal(digits.replace(".", "").replace(",", "."))
    if _ONE_SEPARATOR.fullmatch(digits):
        return Decimal(digits.replace(",", "."))
    if _COMMA_GROUPS.fullmatch(digits) or (has_dot and has_comma and _MIXED_GROUPS.fullmatch(digits)):
        return Decimal(digits.replace(".", "").replace(",", ""))
    if _ENGLISH.fullmatch(digits):
        return Decimal(digits.replace(",", ""))
    raise ValueError(f"ambiguous number: {digits!r}")


def format_number(value: Decimal, decimals: int | None = None) -> str:
    """Write ``value`` the Vietnamese way (``11428.6`` → ``11.428,6``); the inverse of ``parse_number``.

    ``decimals`` rounds to that many decimal places; ``None`` keeps every
    significant digit so that ``parse_number(format_number(x)) == x``.
    """
    value = Decimal(value)
    if not value.is_finite():
        raise ValueError(f"cannot format {value}")
    if decimals is not None:
        value = value.quantize(Decimal(1).scaleb(-decimals))
        plain = format(value, "f")
    else:
        plain = format(value.normalize(), "f") if value else "0"
    sign = "-" if plain.startswith("-") else ""
    whole, _, fraction = plain.lstrip("-").partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    if sign and not whole.strip("0") and not fraction.strip("0"):
        sign = ""
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


@dataclass(frozen=True)
class Quantity:
    """A figure's value with its unit, as ANNOTATION.md defines the fields.

    ``unit`` keeps the scale word (``tỷ đồng``); ``base_value`` is ``value``
    times that scale and ``base_unit`` is the unit without it (``đồng``).
    """

    value: Decimal
    unit: str
    base_value: Decimal
    base_unit: str
    value_max: Decimal | None = None
    of: Decimal | None = None

    def __init__(
        self,
        value: Decimal,
        unit: str,
        base_value: Decimal,
        base_unit: str,
        value_max: Decimal | None = None,
        of: Decimal | None = None,
    ) -> None:
        # Written out: the compiled core runs this as C, not the interpreted ``__init__`` of ``@dataclass``
        # (tests/test_compiled_init.py keeps it in step with the fields).
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "base_value", base_value)
        object.__setattr__(self, "base_unit", base_unit)
        object.__setattr__(self, "value_max", value_max)
        object.__setattr__(self, "of", of)

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"


@lru_cache(maxsize=256)
def scale_of(words: str) -> Decimal:
    """The multiplier of a run of scale words: ``nghìn tỷ`` → 1e12, ``""`` → 1 (cached: a few
    spellings make up every article's figures)."""
    factor = Decimal(1)
    for word in words.lower().split():
        factor *= SCALES[word]
    return factor


@lru_cache(maxsize=4096)
def normalise_unit(unit: str) -> str:
    """Lower case, single spaces, no spaces around ``/`` (``triệu đồng / người`` → ``triệu đồng/người``);
    cached, units repeat."""
    unit = " ".join(unit.lower().split())
    return re.sub(r"\s*/\s*", "/", unit)


def make_quantity(
    value: Decimal,
    scale_words: str = "",
    unit: str = "",
    value_max: Decimal | None = None,
    of: Decimal | None = None,
) -> Quantity:
    """Build a Quantity from its written parts, applying the scale to the base value."""
    units = _units_of.get((scale_words, unit))
    if units is None:
        units = remember(_units_of, (scale_words, unit), _units(scale_words, unit), _REMEMBERED)
    full_unit, base_unit, factor = units
    base_value = value if factor is None else value * factor
    return Quantity(value, full_unit, base_value, base_unit, value_max, of)


#: A bare scale of billions (``400 tỷ``, ``1,2 nghìn tỷ``) is an amount of money: the genre counts nothing
#: else in billions -- unlike a bare ``triệu`` or ``nghìn``, which may be people (``dân số 1,2 triệu``).
_BILLIONS = re.compile(r"(?<![^\W\d_])(?:tỷ|tỉ)(?![^\W\d_])")
MONEY_OF_BILLIONS = "đồng"


def _units(scale_words: str, unit: str) -> tuple[str, str, Decimal | None]:
    """The full unit, the base unit and the scale factor of a figure's written scale words and unit
    (None for a percentage, whose base value is its value); remembered, a few spellings make up most."""
    unit = normalise_unit(unit)
    scale_words = normalise_unit(scale_words) if scale_words else ""
    if unit in ("%", "phần trăm"):
        return "%", "%", None
    full_unit = " ".join(part for part in (scale_words, unit) if part)
    if not unit and _BILLIONS.search(scale_words):  # ``đạt 400 tỷ, bằng 101% KH``: billions can only be đồng
        return full_unit, MONEY_OF_BILLIONS, scale_of(scale_words)
    return full_unit, unit, scale_of(scale_words)


_QUALIFIER_PREFIX = re.compile(
    r"^(?:khoảng|gần|xấp xỉ|trên dưới|hơn|trên|vượt|ngoài|dưới|chưa đến|chưa tới|từ)\s+", re.IGNORECASE
)
_QUANTITY = re.compile(
    rf"(?P<num>{NUMBER_PATTERN})\s*(?P<pct>%)?"
    rf"(?:\s*(?:[-–—]|đến|tới)\s*(?P<max>{NUMBER_PATTERN}))?"
    rf"(?:\s*/\s*(?P<of>{NUMBER_PATTERN}))?"
    rf"(?P<scale>(?:\s*{SCALE_PATTERN})*)"
    rf"(?:\s*(?P<minor>{NUMBER_PATTERN})(?P<minor_scale>(?:\s*{SCALE_PATTERN})+))?"
    r"\s*(?P<unit>.*)",
    re.IGNORECASE | re.DOTALL,
)


def parse_quantity(text: str) -> Quantity | None:
    """Parse a figure a reviewer selected or typed: ``11.428,6 tỷ đồng``, ``31 – 32%``, ``24/26 chỉ tiêu``.

    A leading hedge word (``gần``, ``hơn``...) is ignored; everything after
    the number and scale words is the unit.  Returns None when the text does
    not start with a number that parses.
    """
    text = " ".join(text.split())
    text = _QUALIFIER_PREFIX.sub("", text)
    match = _QUANTITY.fullmatch(text)
    if match is None:
        return None
    try:
        value = parse_number(match["num"])
        value_max = parse_number(match["max"]) if match["max"] else None
        of = parse_number(match["of"]) if match["of"] else None
    except ValueError:
        return None
    unit = match["unit"].strip()
    if match["pct"]:
        unit = "%"
    scale = match["scale"] or ""
    if match["minor"]:
        try:
            value, scale = join_compound(value, scale, parse_number(match["minor"]), match["minor_scale"])
        except ValueError:
            return None
    return make_quantity(value, scale, unit, value_max, of)


def add_compound(value: Decimal, scale: str, minor: Decimal, minor_scale: str) -> Decimal:
    """``825 tỷ`` + ``776 triệu`` → 825.776 (in the larger scale).  Raises ValueError if not smaller."""
    major_factor, minor_factor = scale_of(scale), scale_of(minor_scale)
    if not scale.strip() or minor_factor >= major_factor:
        raise ValueError("a compound amount needs a smaller scale after a larger one")
    return value + minor * minor_factor / major_factor


def join_compound(value: Decimal, scale: str, minor: Decimal, minor_scale: str) -> tuple[Decimal, str]:
    """A compound amount as one value and its scale words: ``825 tỷ 776 triệu`` → (825.776, ``tỷ``), and a
    large amount that names its larger scale once, at the end (``59 nghìn 642 tỷ`` is 59 nghìn tỷ and 642
    tỷ) → (59.642, ``nghìn tỷ``).  Raises ValueError for any other pair."""
    major_factor, minor_factor = scale_of(scale), scale_of(minor_scale)
    if scale.strip() and minor_factor > major_factor and minor < major_factor:
        return value + minor / major_factor, f"{scale.strip()} {minor_scale.strip()}"
    return add_compound(value, scale, minor, minor_scale), scale


__all__ = [
    "NUMBER_PATTERN",
    "SCALES",
    "SCALE_PATTERN",
    "Quantity",
    "add_compound",
    "format_number",
    "join_compound",
    "make_quantity",
    "normalise_unit",
    "parse_number",
    "parse_quantity",
    "scale_of",
]
