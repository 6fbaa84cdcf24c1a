"""Does the unit fit the indicator?  Budget revenue is money, never hectares.

Units fall in the classes the scorer pairs records by (money, percent, area,
mass, length, count); the taxonomy says which classes each indicator's
figures are written in (``unit_class`` in ``resources/taxonomy.toml``).  A
percentage fits every indicator (a growth rate, a share, a ratio to plan).
A record whose unit does not fit has a wrong unit or, more often, a wrong
code: either way the reviewer should look.
"""

from __future__ import annotations

from functools import lru_cache

from desktop.core.check_rules import UNIT_CLASS, Finding
from desktop.core.checks.subject import Subject
from desktop.core.taxonomy import default_taxonomy, unit_class

#: Class names as the messages say them.
CLASS_NAMES = {
    "money": ("money", "tiền"),
    "percent": ("percent", "phần trăm"),
    "area": ("area", "diện tích"),
    "mass": ("mass", "khối lượng"),
    "length": ("length", "chiều dài"),
    "count": ("a count", "số đếm"),
}


def expected_classes(code: str | None) -> tuple[str, ...]:
    """The classes ``code`` is measured in; empty when the taxonomy does not say (nothing to check)."""
    return default_taxonomy().unit_classes(code) if code else ()


def check_unit(record: Subject) -> Finding | None:
    if not record.indicator_code:
        return None
    return _check(record.indicator_code, record.base_unit, record.unit)


@lru_cache(maxsize=4096)
def _check(code: str, base_unit: str, unit: str) -> Finding | None:
    """The verdict for a code and unit: a corpus has a few hundred pairs, checked once each."""
    expected = expected_classes(code)
    found = unit_class(base_unit)
    if not expected or found == "percent" or found in expected:
        return None
    return UNIT_CLASS.finding(
        unit=unit,
        code=code,
        found=_name(found, 0),
        found_vi=_name(found, 1),
        expected=", ".join(_name(c, 0) for c in expected),
        expected_vi=", ".join(_name(c, 1) for c in expected),
    )


def _name(unit_class_name: str, lang: int) -> str:
    return CLASS_NAMES.get(unit_class_name, (unit_class_name, unit_class_name))[lang]
