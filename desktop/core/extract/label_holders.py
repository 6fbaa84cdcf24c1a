"""An area or an output said of the count before it is the activity's, not its holders': a rule of
the genre.

A report counts those who farm, trade or make something and then gives the area or the output of
what they do with ``với``: ``có 40 hộ trồng cam với diện tích hơn 20 ha``, ``91 xã, phường sản xuất
rau với diện tích canh tác 3.500 ha``, ``124 đơn vị xuất khẩu rau quả với tổng sản lượng 544 nghìn
tấn``.  The hectares are of the oranges grown, the tonnes of the produce exported: a column header
says ``Diện tích trồng cam``, not ``Diện tích hộ trồng cam``.  An amount of money keeps its holders
(``91 dự án ... với tổng vốn đầu tư`` is the projects' capital), and so does a count of things
that are no holders (``26 cánh đồng ... với tổng diện tích`` is the fields' area).
"""

from __future__ import annotations

import re
from typing import Final

#: Those a report counts as holding land or making output: households, communes, units, firms, farms.
_HOLDER: Final = (
    r"(?:hộ(?:\s+(?:dân|gia\s+đình|nông\s+dân))?|xã|phường|thị\s+trấn|thôn|bản|đơn\s+vị|doanh\s+nghiệp|dn|"
    r"htx|hợp\s+tác\s+xã|nông\s+dân|người|trang\s+trại|gia\s+trại|hội\s+viên|tổ\s+hợp\s+tác)"
)
#: The holders at the head of a count's words, a list of them too (``xã, phường``, ``hộ và cơ sở``).
_HOLDERS_HEAD: Final = re.compile(rf"^(?:các\s+)?{_HOLDER}(?:\s*(?:,|và)\s*{_HOLDER})*\s+", re.IGNORECASE)
#: The units of what holders hold or make, by class: land and output.
HELD_CLASSES: Final = frozenset({"area", "mass"})
#: The measures of land and output a bare measure names (``diện tích``, ``tổng sản lượng``).
HELD_MEASURE: Final = re.compile(r"^(?:tổng\s+)?(?:diện\s+tích|sản\s+lượng)(?![^\W\d_])", re.IGNORECASE)


def held_activity(counted: str, label: str) -> str | None:
    """What the holders counted do (``trồng cam``), as the words an area or output of ``label`` takes
    from the count before it; ``""`` when ``label`` says it already (``Diện tích đất tổ chức đấu giá``
    after ``20 đơn vị tổ chức đấu giá``); None when ``counted`` does not open with holders."""
    head = _HOLDERS_HEAD.match(counted)
    if head is None:
        return None
    activity = counted[head.end() :].strip()
    words = activity.lower().split()
    if not words or f" {' '.join(words[:2])} " in f" {label.lower()} ":
        return ""
    return activity
