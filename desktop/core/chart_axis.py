"""Axis arithmetic for charts: a readable scale word and round tick values.

A budget in đồng runs to 10^13; an axis reads ``11.428,6`` in ``tỷ đồng``
far better than ``1.14e13 đồng``.  Ticks are the usual 1-2-5 steps.
"""

from __future__ import annotations

import math

#: Scale words by size, as the articles write them.
SCALES = ((10**12, "nghìn tỷ"), (10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"))


def display_scale(base_unit: str, largest: float) -> tuple[float, str]:
    """(divisor, unit label) for values up to ``largest`` in ``base_unit``: 2e12 đồng -> (1e9, 'tỷ đồng').

    Percentages and rates (a unit with ``/``) stay as they are; so do values under ten thousand.
    """
    if base_unit == "%" or "/" in base_unit or abs(largest) < 10**4:
        return 1.0, base_unit
    for size, word in SCALES:
        if size == 10**12 and base_unit != "đồng":
            continue  # "nghìn tỷ" is said of money only
        if abs(largest) >= size:
            return float(size), f"{word} {base_unit}".strip()
    return 1.0, base_unit


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """About ``count`` round values covering [low, high] (1, 2 or 5 times a power of ten apart)."""
    if not (math.isfinite(low) and math.isfinite(high)):
        raise ValueError("ticks need finite bounds")
    if high < low:
        low, high = high, low
    if high == low:
        high = low + (abs(low) or 1.0)
    raw = (high - low) / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    ticks = [round(math.floor(low / step) * step, 12)]
    while ticks[-1] < high:
        ticks.append(round(ticks[0] + step * len(ticks), 12))
    return ticks
