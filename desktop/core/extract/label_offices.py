"""Budget revenue a customs office collects is named by the office: a rule of the genre.

The customs offices report the state budget revenue they collect on imports and exports, a stream
of its own beside the province's revenue: ``Cục Hải quan TPHCM đã thu đạt kết quả trên 100.090 tỷ
đồng``, ``giao Cục Hải quan TPHCM phấn đấu thu ngân sách năm 2020 đạt 103.500 tỷ đồng``, ``Cập nhật
của Cục Hải quan Hải Phòng, đơn vị thu ngân sách được 44.698 tỷ đồng``.  The column header says
whose it is (``Thu ngân sách Cục Hải quan TPHCM``), as ``Cục Hải quan A thu được ...`` already does
(``label_patterns._COLLECTED``); the sentence names the office before the amount, or the sentence
before does when this one goes on with ``Đơn vị`` (the unit just named).  The tax office is not
named: the revenue it collects is the province's own (``Cục Thuế cho biết, số thu ...``).
"""

from __future__ import annotations

import re
from typing import Final

#: A label of budget revenue collected (``Thu ngân sách``, ``Tổng thu NSNN``, ``Đơn vị thu ngân sách``).
_COLLECTED_REVENUE: Final = re.compile(
    r"^(?:đơn\s+vị\s+)?(?P<head>(?:tổng\s+)?thu\s+(?:ngân\s+sách(?:\s+nhà\s+nước)?|nsnn))(?![^\W\d_])",
    re.IGNORECASE,
)
#: A customs office by its name: ``Cục Hải quan TPHCM``, ``Chi cục Hải quan cửa khẩu Móng Cái``,
#: ``Hải quan Hải Phòng`` (the office, capitalised; ``thủ tục hải quan`` is no office).
_CUSTOMS: Final = re.compile(
    r"(?:(?:[Cc]hi\s+c|[Cc])ục\s+)?Hải\s+quan(?:\s+(?:cửa\s+khẩu\s+)?[A-ZĐ][^\s,.;:()]*)*"
)
#: A sentence that goes on about the unit just named.
_THE_UNIT: Final = re.compile(r"\s*đơn\s+vị\s", re.IGNORECASE)


def customs_revenue(label: str, text: str, sentence: int, start: int, before: int) -> str:
    """``label`` of an amount at ``start`` named by the customs office that collected it, when it is
    budget revenue collected and the office is named before it in its sentence (from ``sentence``),
    or in the one before (from ``before``) when its sentence opens with ``Đơn vị``; else ``label``."""
    revenue = _COLLECTED_REVENUE.match(label)
    if revenue is None or "hải quan" in label.lower():
        return label
    offices = list(_CUSTOMS.finditer(text, sentence, start))
    if not offices and before >= 0 and _THE_UNIT.match(text, sentence):
        offices = list(_CUSTOMS.finditer(text, before, sentence))
    if not offices:
        return label
    head = revenue["head"]
    return f"{head[:1].upper()}{head[1:]} {offices[-1][0]}{label[revenue.end() :]}"
