"""The extraction engine: Vietnamese article text in, indicator records out.

Rules, not models: every step is a rule of the genre (see ANNOTATION.md and
the docstrings of the modules here), so that a reviewer can predict what the
engine does and a developer can say why it did it.  ``extract`` never raises
and runs in time linear in the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.extract.pipeline import ArticleExtractor
from desktop.core.records import Record

#: Bump whenever a rule change alters output, so stored extractions can be redone.
EXTRACTOR_VERSION = "2026.12.03.7"
#: Records kept per article at most; more means the input is not an article.
MAX_RECORDS = 3000


@dataclass
class Extraction:
    """The records of one article; ``truncated`` when ``max_records`` cut them short; ``year`` the year
    the article is from (its publication year, else the year its text reports on; None when neither
    tells: see :mod:`desktop.core.assumed_year`)."""

    records: list[Record]
    truncated: bool = False
    year: int | None = None


def extract(
    text: object,
    *,
    published: str | None = None,
    locality: str | None = None,
    title: str | None = None,
    max_records: int = MAX_RECORDS,
) -> Extraction:
    """Extract the indicator records of an article's stored clean text.

    ``published`` (ISO ``YYYY-MM-DD``) dates the article: it settles the
    period when the text names none and tells results from plans.
    ``locality`` is the article's place, the default locality of records.
    ``title``, when it is not part of ``text``, only lends its year to the
    period fallback.  Anything but text gives no records (typed ``object`` so
    that the compiled core answers so too, instead of a ``TypeError``).
    """
    if not isinstance(text, str) or not text.strip() or max_records <= 0:
        return Extraction([], bool(isinstance(text, str) and text.strip() and max_records <= 0))
    extractor = ArticleExtractor(text, published, locality, title)
    records, truncated = extractor.run(max_records)
    return Extraction(records, truncated, extractor.year())


__all__ = ["EXTRACTOR_VERSION", "MAX_RECORDS", "Extraction", "extract"]
