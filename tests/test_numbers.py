"""Vietnamese numbers: parsing, formatting and quantities, exactly."""

import contextlib
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.numbers import format_number, parse_number, parse_quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.300", "1300"),
        ("13.922.662", "13922662"),
        ("11.428,6", "11428.6"),
        ("1,39", "1.39"),
        ("0,3", "0.3"),
        ("2.2", "2.2"),  # a dot before fewer than three digits cannot group thousands
        ("1,234,567", "1234567"),
        ("33,448.222", "33448222"),  # mixed separators, all groups of three: a slip for thousands
        ("1,234.5", "1234.5"),
        ("-3,5", "-3.5"),
        (" 42 ", "42"),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "1,2,3", "12 tỷ", "--1", "1..2", None])
def test_parse_number_rejects_garbage(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        ("11428.6", None, "11.428,6"),
        ("1300", None, "1.300"),
        ("-0.5", None, "-0,5"),
        ("1E+5", None, "100.000"),
        ("1234.5678", 2, "1.234,57"),
        ("0", None, "0"),
        ("-0", None, "0"),
    ],
)
def test_format_number(value, decimals, text):
    assert format_number(Decimal(value), decimals) == text


@pytest.mark.parametrize(
    ("text", "value", "unit", "base_value", "base_unit", "value_max", "of"),
    [
        ("11.428,6 tỷ đồng", "11428.6", "tỷ đồng", "11428600000000", "đồng", None, None),
        ("5 nghìn tỷ đồng", "5", "nghìn tỷ đồng", "5000000000000", "đồng", None, None),
        ("825 tỷ 776 triệu đồng", "825.776", "tỷ đồng", "825776000000", "đồng", None, None),
        ("222.999ha", "222999", "ha", "222999", "ha", None, None),
        ("24/26 chỉ tiêu", "24", "chỉ tiêu", "24", "chỉ tiêu", None, "26"),
        ("31 – 32%", "31", "%", "31", "%", "32", None),
        ("8,3%-8,5%", "8.3", "%", "8.3", "%", "8.5", None),
        ("45 triệu đồng/người/năm", "45", "triệu đồng/người/năm", "45000000", "đồng/người/năm", None, None),
        ("16,2 tỷ USD", "16.2", "tỷ usd", "16200000000", "usd", None, None),
        ("gần 1 triệu lượt", "1", "triệu lượt", "1000000", "lượt", None, None),
        ("1.516 nghìn lượt khách", "1516", "nghìn lượt khách", "1516000", "lượt khách", None, None),
    ],
)
def test_parse_quantity(text, value, unit, base_value, base_unit, value_max, of):
    q = parse_quantity(text)
    assert q is not None
    assert (q.value, q.unit, q.base_value, q.base_unit) == (
        Decimal(value),
        unit,
        Decimal(base_value),
        base_unit,
    )
    assert q.value_max == (Decimal(value_max) if value_max else None)
    assert q.of == (Decimal(of) if of else None)


@pytest.mark.parametrize("text", ["", "tỷ đồng", "abc 12", "1.2.3 ha"])
def test_parse_quantity_none(text):
    assert parse_quantity(text) is None


decimals = st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15, places=6)


@given(decimals)
def test_format_then_parse_round_trips(value):
    assert parse_number(format_number(value)) == value


@given(st.text(max_size=40))
def test_parse_number_raises_only_value_error(text):
    with contextlib.suppress(ValueError):
        parse_number(text)


@given(st.text(max_size=60))
def test_parse_quantity_never_raises(text):
    parse_quantity(text)


@pytest.mark.parametrize(
    ("text", "unit", "base_unit", "base_value"),
    [
        ("400 tỷ", "tỷ", "đồng", Decimal(400) * 10**9),
        ("1,5 nghìn tỷ", "nghìn tỷ", "đồng", Decimal("1.5") * 10**12),
        ("12 tỉ", "tỉ", "đồng", Decimal(12) * 10**9),
        # a bare million or thousand may count people: it stays without a unit
        ("1,2 triệu", "triệu", "", Decimal("1.2") * 10**6),
        ("35 nghìn", "nghìn", "", Decimal(35000)),
        # a unit written after billions is kept
        ("2 tỷ USD", "tỷ usd", "usd", Decimal(2) * 10**9),
    ],
)
def test_a_bare_scale_of_billions_is_money_in_dong(text, unit, base_unit, base_value):
    quantity = parse_quantity(text)
    assert quantity is not None
    assert (quantity.unit, quantity.base_unit, quantity.base_value) == (unit, base_unit, base_value)
