"""Spans of the year in a label: months, quarters, holidays and report windows.

A part-year span goes at the end of a label (``period`` holds only the year): these helpers and
patterns say how a span is written there (:func:`_holiday_text`, :func:`_window_text`), whether a
label says it already (:func:`_has_span`), and end a label with it (:func:`_ending_with`); the
month and year patterns tell a figure's own month from a day compared with.
"""

from __future__ import annotations

import re

from desktop.core.extract.label_patterns import (
    _YEAR_BETWEEN,
)
from desktop.core.extract.label_stretch import (
    takes_span,
)
from desktop.core.numbers import MONTH_NUMBERS

#: A month said with its year right after what is measured and before its verb (``Chỉ số sản xuất
#: công nghiệp tháng 9/2023 tăng``): the month the figure is of; a month opening the sentence
#: (``Tháng 4/2016, tỉnh công bố ...``) is as often the day of an event.
_MONTH_OF_YEAR = re.compile(
    r"tháng\s+(?P<month>\d{1,2})\s*/\s*(?:19|20)\d\d(?!\d)(?=\s+(?:ước|tăng|giảm|đạt|là|có|của)(?![^\W\d_]))"
)
#: Words before a month with its year that make it a day to compare with or count up to, not the
#: figure's month (``so với tháng 9/2022``, ``đến hết tháng 6/2023``, ``từ tháng 3/2021``).
_NOT_THE_MONTH = re.compile(
    r"(?<![^\W\d_])(?:so|với|đến|tới|từ|hết|cuối|đầu|giữa|vào|ngày|sau|trước|kể|\d+)\s+$"
)


def _month_in_figures(span: str) -> str:
    """``span`` lower-cased, a month by name in figures (``tháng Một`` → ``tháng 1``), to tell whether
    two spans are one."""
    low = span.lower()
    return f"tháng {MONTH_NUMBERS[low[6:]]}" if low[:6] == "tháng " and low[6:] in MONTH_NUMBERS else low


def _holiday_text(holiday: str) -> str:
    """A holiday span as a label ends with it: as named (``dịp Tết Nguyên đán``), but the days of the
    holiday (``ngày Tết``, ``mùng 4 Tết``) are the holiday (``dịp Tết``)."""
    low = holiday[:4].lower()
    return f"dịp {holiday[holiday.lower().index('tết') :]}" if low in ("ngày", "mùng", "mồng") else holiday


def _window_text(window: re.Match[str]) -> str:
    """A report window as a label ends with it: ``từ 1/1 đến 15/2``, ``lũy kế đến ngày 15/12``."""
    if window["first"]:
        return f"từ {window['first']} đến {window['last']}"
    return f"lũy kế đến ngày {window['upto']}"


def _another_year(between: str) -> bool:
    """True when the words between a span and its figure name a year of their own (``6 tháng đạt
    ..., năm 2017 đạt``), not the span's (``6 tháng đầu năm 2017``) nor a comparison's basis (``so
    với cùng kỳ năm 2016``)."""
    for year in _YEAR_BETWEEN.finditer(between):
        if not between[: year.start()].strip(" /"):
            continue
        if not _BASIS_YEAR.search(between, 0, year.start()):
            return True
    return False


#: What names a comparison's year before it: ``so với cùng kỳ năm 2016``, ``so với năm``.
_BASIS_YEAR = re.compile(r"(?:cùng\s+kỳ|so\s+với|so)\s*$")
#: What makes the year after it the start of a comparison, not a year of its own: ``kể từ năm 2011``.
_SINCE_YEAR = re.compile(r"(?<![^\W\d_])(?:kể\s+)?từ\s*$")
#: The words of a span a year may end (``6 tháng đầu năm 2023``, ``quý I năm 2023``, ``tháng 6 năm 2023``).
_SPAN_YEAR = re.compile(r"(?:tháng|quý\s+\S+|đầu|cuối|tháng\s+\d{1,2})\s*$")
#: What may come before a span that opens a sentence: a connector, then ``trong``.
_SPAN_OPENER = re.compile(
    r"(?:(?:đặc\s+biệt|ngoài\s+ra|bên\s+cạnh\s+đó|riêng|tính\s+chung|nhìn\s+chung|cũng|còn)\s*,?\s+)?"
    r"(?:(?:trong|tính\s+đến|đến|cả)\s+)?"
)
#: Spans of months spelled out (``Sáu tháng đầu năm``), written as the genre mostly does, in figures.
_SPELLED_MONTHS = {"ba": "3", "sáu": "6", "chín": "9"}
#: The months left of the year (``nhiệm vụ 3 tháng cuối năm``): in a lead, the tasks ahead, not a second
#: span reported on.
_REST_OF_YEAR = re.compile(r"\d{1,2}\s+tháng\s+cuối\s+năm")
#: The end of the year a span of months is counted back from: ``6 tháng cuối năm`` is no first half
#: (``6 tháng đầu năm`` is what ``6 tháng`` already says).
_YEAR_EDGE = re.compile(r"cuối\s+năm$")


#: A month or quarter the label's own words already name (``Kim ngạch nhập khẩu tháng sáu``): a span
#: carried from another sentence would give it two.
_HAS_SPAN = re.compile(
    r"(?<![^\W\d_])(?:tháng\s+(?:\d{1,2}|một|giêng|chạp|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)|quý\s+(?:iv|i{1,3}|[1-4]))$",
    re.IGNORECASE,
)


def _ending_with(label: str, span: str) -> str:
    """``label`` ended with the part-year ``span`` (``Doanh thu 5 tháng``), unless it says it already or
    takes none (a running total, a single month); a span's first word left at its end goes first
    (``lượng khách qua cảng dịp`` for ``dịp 30/4``: the span says it)."""
    if not span or _has_span(label, span) or not takes_span(label, span):
        return label
    if label[-4:] in (" dịp", "háng", "trong") and (dangling := _DANGLING_SPAN.search(label)):
        label = label[: dangling.start()]
    return f"{label} {span[:1].lower()}{span[1:]}".strip()  # ``Dịp Tết`` opening a sentence


def _has_span(label: str, span: str) -> bool:
    """True when ``label`` says its span already: as the span is written, as a month or quarter at its
    end, or as the holiday itself (``Lượng khách ngày mùng 4 Tết``, ``ngày Tết``: no ``dịp Tết`` more)."""
    low = label.lower()
    if span.lower() in low or _HAS_SPAN.search(label):
        return True
    return span[:4].lower() == "dịp " and span[4:].lower() in low


#: A span's first words left at a label's end once the span's figures went (``lượng khách qua cảng dịp``,
#: ``doanh thu trong tháng``): the span appended says them.
_DANGLING_SPAN = re.compile(r"(?:\s+trong)?\s+(?:dịp|tháng|trong)$", re.IGNORECASE)
#: A part-year span at a label's end (``Kim ngạch xuất khẩu 2 tháng``): the part's own label gets its own.
_SPAN_TAIL = re.compile(
    r"\s+(?:\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|tháng\s+\d{1,2}|quý\s+[IVX\d]+)$", re.IGNORECASE
)
#: A cut-off day at the end or the middle of a month: ``tính đến hết tháng 9-2022``, ``đến cuối tháng 5/2023``,
#: ``Lũy kế đến giữa tháng 9``.
_CUT_OFF_MONTH = re.compile(
    r"(?<![^\W\d_])(?:đến|tới)\s+(?:hết|cuối|giữa)\s+tháng\s+\d{1,2}(?:\s*[/-]\s*\d{4})?(?!\d)"
)
