"""Bytes of an article file → text, whatever the encoding it was saved in.

Vietnamese news files come as UTF-8 (with or without BOM), as UTF-16 from
Windows tools, and from old portals in windows-1258.  A file that is not text
(an image or a spreadsheet dropped into the folder) must be refused with a
message, never imported as garbage.  A few bad bytes in an otherwise UTF-8
file are replaced and reported as a warning, so that no file is lost
silently and no file is lost for one bad byte either.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from desktop.core.errors import InputError
from desktop.core.problems import MARK, english, problem

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Legacy encodings a Vietnamese file may plausibly be in (Python has no VISCII or TCVN3 codec).
_LEGACY = ["cp1258"]
_ESCAPED = re.compile("[\udc80-\udcff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
#: Share of control characters above which decoded "text" is really binary data.
_MAX_CONTROL_SHARE = 0.01
#: Minimum share of NUL bytes in one byte lane that marks BOM-less UTF-16.
_UTF16_LANE_SHARE = 0.3


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding it was read with, and what the user should know about it."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_bytes(data: bytes, source: str) -> Decoded:
    """Decode an article file's bytes; ``source`` names the file in messages.

    Raises :class:`InputError` for an empty file and for binary data.
    """
    if not data.strip():
        raise problem("file_empty", path=source)
    decoded = (
        _decode_with_bom(data) or _decode_utf16_without_bom(data) or _decode_utf8_or_legacy(data, source)
    )
    _refuse_binary(decoded.text, source)
    return decoded


def _decode_with_bom(data: bytes) -> Decoded | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            warnings = _replacement_warning(text.count("\ufffd"), encoding)
            return Decoded(text, encoding, warnings)
    return None


def _decode_utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without BOM shows as NUL bytes in every other position (ASCII-range text)."""
    if b"\x00" not in data or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    for encoding, nul_lane in (("utf-16-le", odd), ("utf-16-be", even)):
        if nul_lane.count(0) / half >= _UTF16_LANE_SHARE:
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                return None
    return None


def _decode_utf8_or_legacy(data: bytes, source: str) -> Decoded:
    if b"\x00" in data:
        raise _binary_error(source)
    text = data.decode("utf-8", errors="surrogateescape")
    bad = len(_ESCAPED.findall(text))
    if not bad:
        return Decoded(text, "utf-8")
    good_non_ascii = sum(1 for ch in text if ch > "\x7f") - bad
    if good_non_ascii < bad * 4:
        legacy = _detect_legacy(data)
        if legacy is not None:
            return legacy
    repaired = data.decode("utf-8", errors="replace")
    return Decoded(repaired, "utf-8", _replacement_warning(bad, "utf-8"))


def _detect_legacy(data: bytes) -> Decoded | None:
    # Imported here, by the rare file that is not UTF-8: loading it costs every import command 20 ms.
    import charset_normalizer

    best = charset_normalizer.from_bytes(data, cp_isolation=_LEGACY).best()
    if best is None:
        return None
    warning = english("read_legacy", encoding=best.encoding)
    return Decoded(str(best), best.encoding, (warning,))


def _replacement_warning(count: int, encoding: str) -> tuple[str, ...]:
    if not count:
        return ()
    return (english("bytes_replaced", count=count, encoding=encoding, mark=MARK),)


def _refuse_binary(text: str, source: str) -> None:
    sample = text[:100_000]
    if len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * max(len(sample), 1):
        raise _binary_error(source)


def _binary_error(source: str) -> InputError:
    return problem("not_text", path=source)
