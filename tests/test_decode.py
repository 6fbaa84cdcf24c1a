"""decode_bytes: every encoding a Vietnamese article file arrives in, and refusal of what is not text."""

import codecs
import unicodedata

import pytest

from desktop.core.decode import decode_bytes
from desktop.core.errors import InputError

VIETNAMESE = "Thu ngân sách nhà nước ước đạt 11.428,6 tỷ đồng, tăng 12% so với cùng kỳ."


def _cp1258(text: str) -> bytes:
    """windows-1258 bytes as an old portal wrote them: base letters with separate tone marks."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            head = unicodedata.normalize("NFC", base + marks[0]) if marks else base
            try:
                out += head.encode("cp1258") + "".join(marks[1:]).encode("cp1258")
            except UnicodeEncodeError:
                out += (base + "".join(marks)).encode("cp1258")
    return bytes(out)


def test_utf8_plain_and_with_bom():
    assert decode_bytes(VIETNAMESE.encode(), "a.txt").text == VIETNAMESE
    decoded = decode_bytes(codecs.BOM_UTF8 + VIETNAMESE.encode(), "a.txt")
    assert decoded.text == VIETNAMESE and not decoded.warnings


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(encoding):
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    assert decode_bytes(bom + VIETNAMESE.encode(encoding), "a.txt").text == VIETNAMESE


def test_utf16_without_bom_is_detected():
    assert decode_bytes(VIETNAMESE.encode("utf-16-le"), "a.txt").text == VIETNAMESE


def test_windows_1258():
    decoded = decode_bytes(_cp1258(VIETNAMESE * 3), "old.txt")
    assert decoded.encoding == "cp1258"
    assert unicodedata.normalize("NFC", decoded.text) == VIETNAMESE * 3
    assert decoded.warnings  # the user is told the file was read as a legacy encoding


def test_invalid_utf8_bytes_are_replaced_and_reported():
    data = VIETNAMESE.encode() + b"\xff\xfe broken " + VIETNAMESE.encode()
    decoded = decode_bytes(data, "a.txt")
    assert decoded.encoding == "utf-8"
    assert decoded.text.count(VIETNAMESE) == 2 and "\ufffd" in decoded.text
    assert "2 byte(s)" in decoded.warnings[0]


def test_empty_file_is_refused():
    with pytest.raises(InputError, match=r"empty\.txt is empty"):
        decode_bytes(b"", "empty.txt")
    with pytest.raises(InputError, match="is empty"):
        decode_bytes(b"  \n\n ", "blank.txt")


def test_binary_file_is_refused_with_its_name():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(InputError, match=r"photo\.txt is not a text file.*Save the article"):
        decode_bytes(png, "photo.txt")
