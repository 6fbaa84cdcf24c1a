"""What the extractor makes of a sentence, as the label tests ask it: the labels of its records."""

from __future__ import annotations

from typing import Any

from desktop.core.extract import extract


def labels(text: str, **kwargs: Any) -> list[str]:
    """The labels of the records extracted from ``text``, in the order of their figures."""
    return [r.indicator for r in extract(text, **kwargs).records]


def label(text: str, **kwargs: Any) -> str:
    """The label of the one record extracted from ``text`` (fails when there is not exactly one)."""
    (found,) = labels(text, **kwargs)
    return found
