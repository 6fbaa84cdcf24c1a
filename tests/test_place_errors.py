"""The aggregate place-error report (``benchmarks/place_errors.py``): what a place is, how two places
relate, and that only known words of the text are ever printed."""

from __future__ import annotations

from benchmarks.place_errors import _cue, kind_of, relation, where_named


def test_a_place_is_the_articles_the_country_a_level_or_unknown():
    assert kind_of("Cẩm Phả", "Cẩm Phả") == "own"
    assert kind_of("cả nước", "Cẩm Phả") == "country"
    assert kind_of("Quảng Ninh", "Cẩm Phả") == "province"
    assert kind_of("Thủy Nguyên", "Cẩm Phả") == "district"
    assert kind_of("Krông Nô, Đắk Mil", "Đắk Nông") == "unknown"


def test_two_places_relate_by_containment_or_by_spelling():
    assert relation("Cẩm Phả", "Quảng Ninh") == "ours contains"
    assert relation("Quảng Ninh", "Cẩm Phả") == "ours inside"
    assert relation("Hà Nội", "Cẩm Phả") == "elsewhere"
    assert relation("Thừa Thiên Huế", "Thừa Thiên - Huế") == "spelling"
    assert relation("Cẩm Phả", "TP Cẩm Phả") == "admin word"


def test_where_a_place_is_named_prints_no_word_of_the_text_but_known_cues():
    text = "Doanh thu tăng mạnh. Riêng Cẩm Phả đạt 700 tỷ đồng."
    assert where_named("Cẩm Phả", text, "", text.index("700")) == "just before, after 'riêng'"
    assert _cue("khách sạn mới ở") == "'ở'"
    assert _cue("Doanh nghiệp bí mật") == "other"
