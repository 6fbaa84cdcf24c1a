"""Does the unit fit the indicator?  Budget revenue is money, never hectares.

Units fall in the classes the scorer pairs records by (money, percent, area,
mass, length, count, other).  A percentage fits every indicator (a growth
rate, a share, a ratio to plan), and so does a bare scale word (``1,99
triệu`` visitors: the noun is in the label); otherwise the unit's class must
be one the indicator is measured in.  The expected classes come from the taxonomy
when it lists them, else from :data:`EXPECTED`.
"""

from __future__ import annotations

from functools import lru_cache

from desktop.core.checks.rules import UNIT_CLASS, Finding
from desktop.core.checks.subject import Subject

MONEY = frozenset({"đồng", "đ", "vnd", "vnđ", "usd", "đô la", "đô la mỹ", "euro", "eur"})
AREA = frozenset({"ha", "héc-ta", "héc ta", "hecta", "m2", "m²", "km2", "km²"})
MASS = frozenset({"tấn", "kg", "tạ", "yến", "gam"})
LENGTH = frozenset({"km", "m", "mét", "cây số"})
SCALE_WORDS = frozenset({"nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ"})

#: Class names as the messages say them.
CLASS_NAMES = {
    "money": ("money", "tiền"), "percent": ("percent", "phần trăm"), "area": ("area", "diện tích"),
    "mass": ("mass", "khối lượng"), "length": ("length", "chiều dài"), "count": ("a count", "số đếm"),
    "other": ("another unit", "đơn vị khác"),
}

_MONEY = frozenset({"money"})
_COUNT = frozenset({"count"})
#: Classes each indicator of ``resources/taxonomy.toml`` is measured in, besides percent.
EXPECTED: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("budget_revenue", "local_budget_revenue", "budget_expenditure", "public_investment_disbursement",
         "grdp_per_capita", "income_per_capita", "production_value", "industry_construction_value",
         "agriculture_value", "services_value", "retail_sales", "export_value", "import_value", "trade_value",
         "fdi_capital", "investment_capital", "tourism_revenue", "land_auction_revenue"),
        _MONEY),
    **dict.fromkeys(
        ("investment_projects", "new_enterprises", "tourist_arrivals", "jobs_created", "new_rural_communes",
         "targets_met", "party_members_admitted", "party_members_disciplined", "documents_issued",
         "schools_built", "vaccination", "poverty_rate", "trained_labour_rate", "health_insurance_rate",
         "clean_water_rate"),
        _COUNT),
    "grdp_growth": _MONEY,
    "industrial_production_index": frozenset(),
    "cpi": frozenset(),
    "urbanisation_rate": frozenset(),
    "forest_cover": frozenset({"area"}),
    "rice_area": frozenset({"area"}),
    "planting_area": frozenset({"area"}),
    "rice_output": frozenset({"mass"}),
    "crop_output": frozenset({"mass"}),
}


@lru_cache(maxsize=4096)
def unit_class(base_unit: str) -> str:
    """The class of a unit (its numerator for a per-unit figure), as the scorer reads it."""
    words = [w for w in base_unit.strip().lower().split() if w not in SCALE_WORDS]
    unit = " ".join(words).split("/")[0].strip()
    if unit in ("%", "phần trăm"):
        return "percent"
    if unit in MONEY or unit.endswith("đồng"):
        return "money"
    if unit in AREA:
        return "area"
    if unit in MASS:
        return "mass"
    if unit in LENGTH:
        return "length"
    return "count" if unit else "other"


def expected_classes(code: str | None) -> frozenset[str] | None:
    """The classes ``code`` is measured in besides percent; None when unknown (nothing to check)."""
    if code is None:
        return None
    return EXPECTED.get(code)


def check_unit(record: Subject) -> Finding | None:
    expected = expected_classes(record.indicator_code)
    if expected is None:
        return None
    found = unit_class(record.base_unit)
    if found in ("percent", "other") or found in expected:
        return None
    return UNIT_CLASS.finding(
        unit=record.unit, code=record.indicator_code, found=CLASS_NAMES[found][0], found_vi=CLASS_NAMES[found][1],
        expected=_names(expected, 0), expected_vi=_names(expected, 1),
    )


def _names(classes: frozenset[str], lang: int) -> str:
    if not classes:
        return CLASS_NAMES["percent"][lang]
    return ", ".join(CLASS_NAMES[c][lang] for c in sorted(classes))
