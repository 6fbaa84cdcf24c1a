"""The riskiest-first queue, beside the article order (issue 13).

In article order the reviewer goes through each article's records in text
order.  Riskiest first, the next record is the pending record of the whole
corpus most likely to be wrong (its failed checks and the extractor's
doubt, see :mod:`desktop.core.checks.risk`), whatever article it is in:
the window opens that article.  The choice is kept in QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.store import Store

SETTING = "review/riskiest_first"


def riskiest_first() -> bool:
    return str(QSettings().value(SETTING, "false")).lower() == "true"


def set_riskiest_first(on: bool) -> None:
    QSettings().setValue(SETTING, "true" if on else "false")


class RiskQueue:
    """Steps through the pending records of a store by risk."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def step(self, record_id: int | None, step: int = 1) -> tuple[int, int] | None:
        """``(article id, record id)`` of the pending record ``step`` (±1) from ``record_id`` in the
        queue; from its start when ``record_id`` is None or unchecked.  None at an end of the queue."""
        risk = self.store.risk(record_id) if record_id is not None else None
        after = (risk, record_id) if risk is not None and record_id is not None else None
        if after is None and step < 0:
            return None
        found = self.store.riskiest(after, 1, backwards=step < 0)
        return (found[0][1], found[0][0]) if found else None
