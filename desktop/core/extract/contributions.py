"""Labels of contributions to growth, in percentage points.

A statistics office's report follows each sector's growth with its share of the overall growth:
``khu vực dịch vụ tăng 6,96%, đóng góp 2,3 điểm phần trăm`` -- the contribution's clause names no
subject of its own, which is the figure's before it.  Its label names both:
``Đóng góp của khu vực dịch vụ vào tăng trưởng``; a sector that pulls growth down
(``làm giảm 0,63 điểm phần trăm``) reads ``Khu vực ... làm giảm tăng trưởng``.
"""

from __future__ import annotations

import re

from desktop.core.extract.label_trims import lower_first

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


#: What a contribution is to, said right after its figure: ``đóng góp 0,8 điểm phần trăm vào mức tăng
#: trưởng chung``, ``... vào tăng trưởng GRDP``, ``làm giảm 0,2 điểm phần trăm mức tăng chung``.
_AIM = re.compile(
    r"\s*(?:vào\s+|cho\s+)?((?:mức\s+)?tăng(?:\s+trưởng)?(?:\s+(?:chung|kinh\s+tế|GRDP|GDP))?"
    r"|(?<=vào\s)(?:GRDP|GDP))(?![^\W\d_])",
    re.IGNORECASE,
)


def contribution_aim(text: str, end: int) -> str:
    """The words right after a contribution's figure, which ends at ``end``, that say what it is to
    (``mức tăng trưởng chung``), as the article words them, or "" when none are said there."""
    aim = _AIM.match(text, end)
    return aim.group(1) if aim else ""


def contribution_label(label: str, before: str | None, aim: str = "") -> str:
    """The label of a percentage-point figure whose own label is ``label``; ``before`` is the label of
    the figure before it in its sentence, if any; ``aim`` what the contribution is to, as the article
    says it (``mức tăng trưởng chung``), else growth."""
    span = _SPAN.search(label)
    named = _named(label[: span.start()] if span else label, before, aim or "tăng trưởng")
    if named is None:
        return label
    return f"{named} {span.group().strip()}" if span else named


def _named(label: str, before: str | None, aim: str) -> str | None:
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
        return f"Đóng góp của {lower_first(subject)} vào {aim}"
    return f"{_upper_first(subject)} làm giảm {aim}"


def _subject(label: str) -> str:
    span = _SPAN.search(label)
    return _GROWTH_WORDS.sub("", label[: span.start()] if span else label).strip()


def _upper_first(words: str) -> str:
    return words[:1].upper() + words[1:]
