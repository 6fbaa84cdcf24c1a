"""A percentage taken for a record of its own, moved into the comparisons of the figure before it.

ANNOTATION.md: a percentage that follows an absolute figure in the same clause
and says how that figure relates to something is a comparison of that figure
(``GRDP 94.450.000 đồng, đạt 97,17% kế hoạch, tăng 6,97%``).  When the machine
made such a percentage a record, the reviewer moves it with one key; the
relation and basis are read from the words around it as the extractor reads
them (:mod:`desktop.core.extract.comparisons`), and stay editable.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from desktop.core.extract.comparisons import basis_of, basis_phrase_end, make_comparison, relation_in
from desktop.core.records import Comparison
from desktop.store import ReviewRow

#: How many records back the figure is looked for (a clause holds a few; an article may hold 100,000).
LOOKBACK = 20


def figure_before(rows: Sequence[ReviewRow], index: int) -> ReviewRow | None:
    """The nearest record before ``rows[index]`` that is an absolute figure still in the dataset."""
    for row in reversed(rows[max(0, index - LOOKBACK) : index]):
        if row.status != "rejected" and row.unit != "%":
            return row
    return None


def can_attach(rows: Sequence[ReviewRow], index: int) -> bool:
    """Whether ``rows[index]`` is a pending percentage with a figure before it."""
    row = rows[index]
    return row.status == "pending" and row.unit == "%" and figure_before(rows, index) is not None


def guessed_comparison(text: str, figure: ReviewRow, percentage: ReviewRow) -> Comparison:
    """The comparison ``percentage`` makes of ``figure``: the verb before it gives the relation and sign
    (``tăng`` +, ``giảm`` −, ``đạt``/``bằng`` a ratio), the words after it the basis."""
    relation, sign = relation_in(text[figure.end : percentage.start], None)
    phrase = text[percentage.end : basis_phrase_end(text, percentage.end, len(text))]
    return make_comparison(
        Decimal(percentage.value), relation, sign, basis_of(phrase, relation, figure.period)
    )
