"""Labels of contributions to growth, in percentage points.

A statistics office's report follows each sector's growth with its share of the overall growth:
``khu vực dịch vụ tăng 6,96%, đóng góp 2,3 điểm phần trăm`` -- the contribution's clause names no
subject of its own, which is the figure's before it.  Its label names both:
``Đóng góp của khu vực dịch vụ vào tăng trưởng``; a sector that pulls growth down
(``làm giảm 0,63 điểm phần trăm``) reads ``Khu vực ... làm giảm tăng trưởng``.
"""

from __future__ import annotations

import re

from desktop.core.extract.labels import lower_first

#: The units of a percentage point, as :mod:`desktop.core.extract.spans` writes them.
POINT_UNITS = frozenset({"điểm phần trăm", "điểm %", "điểm%"})

#: What a contribution's own clause says without naming what contributes.
_CONTRIBUTES = re.compile(r"^(?:mức\s+)?(đóng góp|làm giảm)(?:\s+(?:thêm|được|khoảng))?$", re.IGNORECASE)
#: ``Nhóm ngành NLTS đóng góp``: the subject before the verb.
_SUBJECT_CONTRIBUTES = re.compile(r"^(?P<subject>.+?)\s+(?P<verb>đóng góp|làm giảm)$", re.IGNORECASE)
#: A growth label's own words around its subject (``Tăng trưởng khu vực dịch vụ``, ``Mức ngành công
#: nghiệp tăng``): the subject is what is left.
_GROWTH_WORDS = re.compile(
    r"^(?:(?:mức\s+)?tăng\s+trưởng|tốc\s+độ\s+tăng(?:\s+trưởng)?|mức|tỷ\s+lệ)\s+|\s+(?:tăng|giảm)$",
    re.IGNORECASE,
)


#: A part-year span a label ends with (``6 tháng``, ``quý II``): it stays at the end of the new label.
_SPAN = re.compile(r"\s+(?:\d+\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|quý\s+[IVX\d]+|tháng\s+\d+)$", re.IGNORECASE)


def contribution_label(label: str, before: str | None) -> str:
    """The label of a percentage-point figure whose own label is ``label``; ``before`` is the label of
    the figure before it in its sentence, if any."""
    span = _SPAN.search(label)
    named = _named(label[: span.start()] if span else label, before)
    if named is None:
        return label
    return f"{named} {span.group().strip()}" if span else named


def _named(label: str, before: str | None) -> str | None:
    """The contribution's label without its span, or None when ``label`` is not a contribution's or no
    subject is known."""
    own = _CONTRIBUTES.match(label.strip())
    if own is not None:
        subject = _subject(before) if before else ""
        verb = own.group(1).lower()
    else:
        named = _SUBJECT_CONTRIBUTES.match(label.strip())
        if named is None:
            return None
        subject, verb = named["subject"], named["verb"].lower()
    if not subject:
        return None
    if verb == "đóng góp":
        return f"Đóng góp của {lower_first(subject)} vào tăng trưởng"
    return f"{_upper_first(subject)} làm giảm tăng trưởng"


def _subject(label: str) -> str:
    span = _SPAN.search(label)
    return _GROWTH_WORDS.sub("", label[: span.start()] if span else label).strip()


def _upper_first(words: str) -> str:
    return words[:1].upper() + words[1:]
