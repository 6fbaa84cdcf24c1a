"""The helpers that let the gazetteer and the locality rules share their scans of a text."""

from __future__ import annotations

import re

from desktop.core import places
from desktop.core.extract import locality
from desktop.core.extract.lowercase import lower_same_length
from desktop.core.scan import positions


def test_positions_finds_every_start_in_order() -> None:
    assert positions("xã A, xã B và thị xã C", "xã") == [0, 6, 18]
    assert positions("không có", "xã") == []
    assert positions("aaa", "aa") == [0, 1]  # overlapping starts too, as ``str.find`` from each


def test_words_after_dashes_are_those_findall_gives() -> None:
    text = "Thừa Thiên - Huế, Bà Rịa–Vũng Tàu, tỷ lệ 10-15%, giá -- cao, dấu - \nxuống dòng, -Đầu"
    expected = frozenset(re.findall(r"[-–]\s?([^\W\d_][\w’']*)", text))
    assert locality._words_after_dashes(text) == expected == {"Huế", "Vũng", "cao", "Đầu"}


def test_lowered_reuses_the_copy_made_for_the_same_text() -> None:
    text = "Huyện Cần Giờ có 5 xã."
    places.article_locality(None, text)
    again = places.lowered(text)
    assert again == text.lower()
    assert again is places.lowered(text)  # the very copy, not a new one
    other = "Một Văn Bản Khác"
    assert places.lowered(other) == other.lower()


def test_lower_text_keeps_the_length_of_the_text() -> None:
    text = "Tỉnh İzmir có 3 huyện"  # İ lower-cases to two characters
    places.article_locality(None, text)
    assert locality.lower_text(text) == lower_same_length(text)
    assert len(locality.lower_text(text)) == len(text)
    plain = "Xã Phú Việt đạt 80%"
    places.article_locality(None, plain)
    assert locality.lower_text(plain) == plain.lower()
