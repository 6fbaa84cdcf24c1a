"""The named rules a record is checked against, with their messages in English and Vietnamese.

A rule has a stable ``name`` (what the CLI groups by, what the database and
the exports store), a ``weight`` (how likely a record that fails it is wrong:
it drives the risk score) and one message per *variant*, since one rule may
fail in more than one way (a span that reads as another value, or as no
figure at all).  A :class:`Finding` carries both languages already written,
so the store, the exports and the window never need the templates.

Beside :mod:`desktop.core.checks`, not in it: the checks import the extractor, and a
command that only names or counts the rules (``chitieu stats``) must not load it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Finding:
    """One failed check of one record; ``others`` are the keys of the records it conflicts with."""

    rule: str
    en: str
    vi: str
    others: tuple[int, ...] = ()

    def message(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"rule": self.rule, "en": self.en, "vi": self.vi}
        if self.others:
            data["records"] = list(self.others)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        return cls(str(data["rule"]), str(data["en"]), str(data["vi"]), tuple(data.get("records", ())))


@dataclass(frozen=True)
class Rule:
    """A named check: its weight and its message templates (``str.format`` fields)."""

    name: str
    weight: float
    title_en: str
    title_vi: str
    messages: dict[str, tuple[str, str]] = field(default_factory=dict)

    def finding(self, variant: str = "", others: Iterable[int] = (), **args: object) -> Finding:
        en, vi = self.messages[variant]
        return Finding(self.name, en.format(**args), vi.format(**args), tuple(others))

    def title(self, lang: str = "vi") -> str:
        return self.title_en if lang == "en" else self.title_vi


SPAN = Rule(
    "span_mismatch",
    0.9,
    "Value, unit or hedge do not re-read from the text",
    "Giá trị, đơn vị hoặc từ ước lượng không khớp với văn bản",
    {
        "value": (
            "The text '{span}' reads as {parsed}, but the record says {stored}.",
            "Văn bản «{span}» đọc là {parsed}, nhưng bản ghi ghi {stored}.",
        ),
        "unit": (
            "The text '{span}' has the unit '{parsed}', but the record says '{stored}'.",
            "Văn bản «{span}» có đơn vị «{parsed}», nhưng bản ghi ghi «{stored}».",
        ),
        "qualifier": (
            "The words before '{span}' make it '{parsed}', but the record says '{stored}'.",
            "Từ đứng trước «{span}» cho thấy «{parsed}», nhưng bản ghi ghi «{stored}».",
        ),
        "none": (
            "The text '{span}' is not a figure: correct the span or the value.",
            "Đoạn «{span}» không phải là một số liệu: hãy sửa vị trí hoặc giá trị.",
        ),
    },
)
LABEL_EMPTY = Rule(
    "label_empty",
    0.6,
    "Empty label",
    "Tên chỉ tiêu trống",
    {"": ("The indicator label is empty.", "Tên chỉ tiêu đang để trống.")},
)
LABEL_ONE_WORD = Rule(
    "label_one_word",
    0.5,
    "One-word label",
    "Tên chỉ tiêu chỉ có một từ",
    {
        "": (
            "The label '{label}' is one word: say what is measured.",
            "Tên chỉ tiêu «{label}» chỉ có một từ: cần nói rõ đo cái gì.",
        )
    },
)
LABEL_OPENING = Rule(
    "label_opening",
    0.4,
    "Label starts with a verb, connector or place",
    "Tên chỉ tiêu bắt đầu bằng động từ, từ nối hoặc địa danh",
    {
        "verb": (
            "The label starts with the verb '{word}': name the quantity, not the event.",
            "Tên chỉ tiêu bắt đầu bằng động từ «{word}»: hãy gọi tên đại lượng, không phải sự việc.",
        ),
        "connector": (
            "The label starts with the connector '{word}'.",
            "Tên chỉ tiêu bắt đầu bằng từ nối «{word}».",
        ),
        "place": (
            "The label starts with the place '{word}': the place belongs in the locality.",
            "Tên chỉ tiêu bắt đầu bằng địa danh «{word}»: địa danh thuộc về trường địa bàn.",
        ),
    },
)
PERIOD_EARLY = Rule(
    "period_before_1945",
    0.7,
    "Period before 1945",
    "Kỳ số liệu trước năm 1945",
    {"": ("The period {period} is before 1945.", "Kỳ {period} trước năm 1945.")},
)
PERIOD_FUTURE = Rule(
    "actual_after_article",
    0.6,
    "Actual figure for a year after the article",
    "Số thực hiện cho năm sau năm của bài viết",
    {
        "": (
            "An actual figure for {period}, after the article's year {year}: an estimate or a target?",
            "Số thực hiện cho năm {period}, sau năm của bài viết ({year}): là số ước tính hay chỉ tiêu?",
        ),
        "undated": (
            "An actual figure for {period}, though most figures of this undated article are for "
            "{year}: an estimate or a target?",
            "Số thực hiện cho năm {period}, trong khi phần lớn số liệu của bài (không rõ ngày đăng) "
            "là của năm {year}: là số ước tính hay chỉ tiêu?",
        ),
    },
)
PERIOD_ASSUMED = Rule(
    "period_assumed",
    0.5,
    "Article's year guessed at import, not read in the article",
    "Năm của bài viết đoán khi nhập, không đọc được từ bài viết",
    {
        "batch": (
            "The article names no date and no year: {count} of its figures, this one ({period}) among them, "
            "are dated by {year}, the year most of the other articles imported with it are from. Is that its "
            "year? Confirming this record answers for them all; until then 'accept all that pass' leaves "
            "the article to you.",
            "Bài viết không ghi ngày đăng và không nêu năm: {count} số liệu của bài, kể cả số này (kỳ {period}), "
            "được tính theo năm {year}, năm của phần lớn các bài được nhập cùng. Có đúng là năm của bài này "
            "không? Xác nhận bản ghi này là trả lời cho tất cả; trước đó, «Chấp nhận mọi bản ghi đạt kiểm tra» "
            "để lại bài này cho người duyệt.",
        ),
        "given": (
            "The article names no date and no year: {count} of its figures, this one ({period}) among them, "
            "are dated by {year}, the year given at import (--year). Confirming this record answers for "
            "them all; until then 'accept all that pass' leaves the article to you.",
            "Bài viết không ghi ngày đăng và không nêu năm: {count} số liệu của bài, kể cả số này (kỳ {period}), "
            "được tính theo năm {year}, năm được chỉ định khi nhập (--year). Xác nhận bản ghi này là trả lời "
            "cho tất cả; trước đó, «Chấp nhận mọi bản ghi đạt kiểm tra» để lại bài này cho người duyệt.",
        ),
    },
)
PERIOD_FAR = Rule(
    "target_too_far",
    0.6,
    "Target more than 30 years ahead",
    "Chỉ tiêu cho hơn 30 năm sau",
    {
        "": (
            "A target for {period}, more than 30 years after the article's year {year}.",
            "Chỉ tiêu cho năm {period}, hơn 30 năm sau năm của bài viết ({year}).",
        )
    },
)
RATE_OVER_100 = Rule(
    "rate_over_100",
    0.8,
    "A rate or share above 100%",
    "Tỷ lệ hoặc tỷ trọng trên 100%",
    {
        "": (
            "{value}% for a rate or share ('{word}'), which cannot pass 100%.",
            "{value}% cho một tỷ lệ hoặc tỷ trọng («{word}»), không thể vượt 100%.",
        )
    },
)
GROWTH_RANGE = Rule(
    "growth_out_of_range",
    0.7,
    "Growth outside −100..+1,000%",
    "Tăng trưởng ngoài khoảng −100..+1.000%",
    {
        "record": (
            "A change of {value}% ('{word}') is outside −100..+1.000%.",
            "Mức thay đổi {value}% («{word}») nằm ngoài khoảng −100..+1.000%.",
        ),
        "comparison": (
            "The comparison {value}% is a change outside −100..+1.000%.",
            "So sánh {value}% là mức thay đổi nằm ngoài khoảng −100..+1.000%.",
        ),
    },
)
UNIT_CLASS = Rule(
    "unit_class",
    0.7,
    "Unit does not fit the indicator",
    "Đơn vị không hợp với chỉ tiêu",
    {
        "": (
            "'{unit}' ({found}) does not fit the indicator {code}, which is measured in {expected}.",
            "«{unit}» ({found_vi}) không hợp với chỉ tiêu {code}, vốn đo bằng {expected_vi}.",
        )
    },
)
PER_CAPITA = Rule(
    "per_capita_range",
    0.6,
    "Per-capita money outside a plausible range",
    "Bình quân đầu người ngoài khoảng hợp lý",
    {
        "vnd": (
            "{value} million đồng per person per year is outside 1–1.000.",
            "{value} triệu đồng/người/năm nằm ngoài khoảng 1–1.000.",
        ),
        "usd": (
            "{value} USD per person per year is outside 50–100.000.",
            "{value} USD/người/năm nằm ngoài khoảng 50–100.000.",
        ),
    },
)
SHARES_OVER_100 = Rule(
    "shares_over_100",
    0.5,
    "Shares of one whole add up past 100%",
    "Các tỷ trọng của cùng một tổng cộng lại quá 100%",
    {
        "": (
            "Shares of '{whole}' in this article add up to {total}%.",
            "Các tỷ trọng của «{whole}» trong bài cộng lại {total}%.",
        )
    },
)
DUPLICATE = Rule(
    "duplicate_value",
    0.6,
    "A figure told again later in one article",
    "Số liệu được nhắc lại ở đoạn sau trong một bài",
    {
        "": (
            "{value} {unit} repeats {count} record(s) told before it in this article: one fact, one record.",
            "{value} {unit} nhắc lại {count} bản ghi đã nêu trước đó trong bài: mỗi sự kiện một bản ghi.",
        )
    },
)
INSIDE_COMPARISON = Rule(
    "inside_comparison",
    0.8,
    "Record inside another record's comparison",
    "Bản ghi nằm trong phần so sánh của bản ghi khác",
    {
        "": (
            "{value}% is already a comparison of the figure before it ('{label}').",
            "{value}% đã là phần so sánh của số liệu đứng trước («{label}»).",
        )
    },
)
CROSS_ARTICLE = Rule(
    "cross_article",
    0.5,
    "Another article reports another value",
    "Bài khác báo cáo giá trị khác",
    {
        "": (
            "{count} record(s) in other articles give {code}, {place}, {period}, {kind} as {values}, "
            "more than 1% away from {value}.",
            "{count} bản ghi ở bài khác cho {code}, {place}, {period}, {kind_vi} là {values}, "
            "lệch hơn 1% so với {value}.",
        )
    },
)

#: Every rule, in the order reports list them.
RULES: tuple[Rule, ...] = (
    SPAN,
    LABEL_EMPTY,
    LABEL_ONE_WORD,
    LABEL_OPENING,
    PERIOD_EARLY,
    PERIOD_FUTURE,
    PERIOD_ASSUMED,
    PERIOD_FAR,
    RATE_OVER_100,
    GROWTH_RANGE,
    UNIT_CLASS,
    PER_CAPITA,
    SHARES_OVER_100,
    DUPLICATE,
    INSIDE_COMPARISON,
    CROSS_ARTICLE,
)
BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}
