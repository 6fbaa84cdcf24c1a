"""Hand-made articles and records for the headless tests, independent of the extractor's rules.

Every record is a real span of its article, so span-based logic (export's
``text``, re-extraction's matching) is exercised for real.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

from desktop.core.records import Article, Comparison, Record

#: The checkout: the tests read its seeds/ and tests/data/, never the installed copies.
ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
#: The project's shared material (gold, scorer, dev corpus) sits beside the checkout, in CI too.
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
BUDGET = (
    "Năm 2019, thu ngân sách nhà nước ước đạt 11.428,6 tỷ đồng, đạt 103,72% kế hoạch tỉnh giao. "
    "Khách du lịch đến thành phố gần 1 triệu lượt; doanh thu du lịch ước đạt 700 tỷ đồng."
)


def figure(
    text: str, written: str, indicator: str, value: str, unit: str, scale: int = 1, **fields
) -> Record:
    """A machine record for the first ``written`` in ``text``."""
    start = text.index(written)
    fields.setdefault("rule", "test")
    fields.setdefault("confidence", 0.9)
    return Record(
        indicator=indicator,
        value=Decimal(value),
        unit=unit,
        base_value=Decimal(value) * scale,
        base_unit=unit.split()[-1] if scale != 1 else unit,
        start=start,
        end=start + len(written),
        **fields,
    )


def budget_records() -> list[Record]:
    """The three figures of :data:`BUDGET`, as an extractor should give them."""
    return [
        figure(
            BUDGET,
            "11.428,6 tỷ đồng",
            "Thu ngân sách nhà nước",
            "11428.6",
            "tỷ đồng",
            10**9,
            kind="estimate",
            period="2019",
            locality="Cẩm Phả",
            comparisons=(Comparison(Decimal("103.72"), "ratio", "plan"),),
        ),
        figure(
            BUDGET,
            "1 triệu lượt",
            "Khách du lịch",
            "1",
            "triệu lượt",
            10**6,
            qualifier="approx",
            period="2019",
            locality="Cẩm Phả",
        ),
        figure(
            BUDGET,
            "700 tỷ đồng",
            "Doanh thu du lịch",
            "700",
            "tỷ đồng",
            10**9,
            kind="estimate",
            period="2019",
            locality="Cẩm Phả",
        ),
    ]


def article(doc: str, text: str = BUDGET, **fields) -> Article:
    fields.setdefault("title", "Cẩm Phả: kết quả năm 2019")
    fields.setdefault("locality", "Cẩm Phả")
    fields.setdefault("source", f"{doc}.txt")
    return Article(
        doc=doc, text=text, raw_text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), **fields
    )


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))
