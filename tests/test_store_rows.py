"""The import's one-pass row builder stores exactly what the general conversions store."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.records import BASES, KINDS, QUALIFIERS, RELATIONS, Comparison, Record
from desktop.store.rows import machine_json, machine_row, record_to_row

decimals = st.decimals(
    allow_nan=False, allow_infinity=False, places=None, min_value=-(10**15), max_value=10**15
)
text = st.text(max_size=12)
comparisons = st.builds(Comparison, decimals, st.sampled_from(RELATIONS), st.sampled_from(BASES))
records = st.builds(
    Record,
    indicator=text,
    value=decimals,
    unit=text,
    base_value=decimals,
    base_unit=text,
    start=st.integers(0, 10**6),
    end=st.integers(0, 10**6),
    of=st.none() | decimals,
    value_max=st.none() | decimals,
    qualifier=st.sampled_from(QUALIFIERS),
    kind=st.sampled_from(KINDS),
    period=st.none() | text,
    locality=st.none() | text,
    comparisons=st.lists(comparisons, max_size=3).map(tuple),
    indicator_code=st.none() | text,
    confidence=st.floats(0, 1),
    rule=text,
)


@settings(max_examples=300, deadline=None)
@given(records)
def test_machine_row_is_the_stored_columns_and_the_machine_json(record: Record) -> None:
    assert machine_row(record) == (*record_to_row(record).values(), machine_json(record))


def test_machine_row_keeps_exact_decimal_text() -> None:
    record = Record(
        "Thu ngân sách",
        Decimal("80637.70"),
        "tỷ đồng",
        Decimal("8.06377E+13"),
        "đồng",
        3,
        14,
        comparisons=(Comparison(Decimal("103.720"), "ratio", "plan"),),
    )
    row = machine_row(record)
    assert row[2] == "80637.7" and row[5] == "80637700000000"
    assert row[-1] == machine_json(record)
