"""Is the number possible for what the label says it measures?

* a rate or share (``tỷ lệ``, ``tỷ trọng``, ``chiếm``) is at most 100%;
* a change is between −100% and +1,000%: nothing falls by more than all of
  it, and a tenfold rise in a year is a misread number, not growth;
* money per person per year in Vietnam is between 1 million and 1 billion
  đồng (50 to 100,000 USD): outside that the scale word or the unit is wrong.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from desktop.core.check_rules import GROWTH_RANGE, PER_CAPITA, RATE_OVER_100, Finding
from desktop.core.checks.subject import Subject
from desktop.core.numbers import format_number

HUNDRED = Decimal(100)
GROWTH_MIN, GROWTH_MAX = Decimal(-100), Decimal(1000)
MILLION = Decimal(10) ** 6
#: Plausible money per person per year: (lowest, highest) in the base unit.
PER_CAPITA_RANGE = {"đồng": (MILLION, 1000 * MILLION), "usd": (Decimal(50), Decimal(100_000))}
PER_CAPITA_CODES = frozenset({"grdp_per_capita", "income_per_capita"})

_RATE = re.compile(r"(?<![^\W_])(?:t[ỷỉ]\s+(?:lệ|trọng)|chiếm|cơ\s+cấu)(?![^\W_])", re.IGNORECASE)
#: What a rate is compared with makes it a ratio that may pass 100% (``tỷ lệ ... so với kế hoạch``).
_RATIO_TO = re.compile(
    r"(?<![^\W_])(?:so\s+với|so|kế\s+hoạch|dự\s+toán|cùng\s+kỳ|tăng|giảm)(?![^\W_])", re.IGNORECASE
)
_CHANGE = re.compile(r"(?<![^\W_])(?P<word>tăng\s+trưởng|tốc\s+độ\s+tăng|tăng|giảm)(?![^\W_])", re.IGNORECASE)
_PER_PERSON = re.compile(r"(?<![^\W_])(?:đầu\s+người|bình\s+quân)(?![^\W_])", re.IGNORECASE)
_PER_PERSON_UNIT = re.compile(r"/người/(?:năm|tháng)$")
_MONTHLY = re.compile(r"(?:/|(?<![^\W_])(?:mỗi|hằng|hàng|một)\s+)tháng(?![^\W_])", re.IGNORECASE)
_OTHER_DENOMINATOR = re.compile(r"/\s*(?:hộ|ha|lao\s+động|ngày|con|tấn|kg|m2|dự\s+án|xã)(?![^\W_])")


def check_rate(record: Subject) -> Finding | None:
    """A rate or share above 100%."""
    if record.unit != "%":
        return None
    top = record.value_max if record.value_max is not None else record.value
    if top <= HUNDRED:
        return None
    rate = _RATE.search(record.indicator)
    if rate is None or _RATIO_TO.search(record.indicator):
        return None
    return RATE_OVER_100.finding(value=format_number(top), word=rate.group())


def check_growth(record: Subject) -> Finding | None:
    """A percentage change outside −100..+1,000%, as a record of its own or as a comparison."""
    if record.unit == "%":
        change = _CHANGE.search(record.indicator)
        if change:
            falls = change.group("word").lower() == "giảm"
            limit = -GROWTH_MIN if falls else GROWTH_MAX
            top = record.value_max if record.value_max is not None else record.value
            if top > limit:
                return GROWTH_RANGE.finding("record", value=format_number(top), word=change.group())
    for comparison in record.comparisons:
        if comparison.relation == "change" and not GROWTH_MIN <= comparison.percent <= GROWTH_MAX:
            return GROWTH_RANGE.finding("comparison", value=format_number(comparison.percent))
    return None


def check_per_capita(record: Subject) -> Finding | None:
    """Money per person per year outside 1–1,000 triệu đồng or 50–100,000 USD."""
    currency = per_capita_currency(record.base_unit)
    if currency is None or not _per_person(record):
        return None
    yearly = record.base_value
    if _MONTHLY.search(record.unit) or _MONTHLY.search(record.indicator):
        yearly *= 12
    low, high = PER_CAPITA_RANGE[currency]
    if low <= yearly <= high:
        return None
    if currency == "usd":
        return PER_CAPITA.finding("usd", value=format_number(yearly))
    return PER_CAPITA.finding("vnd", value=format_number(yearly / MILLION, 3 if yearly < MILLION else None))


@lru_cache(maxsize=4096)
def per_capita_currency(base_unit: str) -> str | None:
    """The currency of :data:`PER_CAPITA_RANGE` a base unit is money in (``đồng/người/năm`` → ``đồng``), else
    None: no per-capita check for the record.  Remembered: a corpus has a few hundred base units."""
    currency = base_unit.split("/")[0].strip()
    return currency if currency in PER_CAPITA_RANGE else None


def _per_person(record: Subject) -> bool:
    """Money per person and period: a ``/người/năm`` unit, or an average (``bình quân``, ``đầu người``)
    of a per-capita indicator -- not per household or hectare, and not ``Thu nhập từ trồng cam``."""
    if _OTHER_DENOMINATOR.search(record.unit):
        return False
    if _PER_PERSON_UNIT.search(record.unit):
        return True
    return record.indicator_code in PER_CAPITA_CODES and bool(_PER_PERSON.search(record.indicator))
