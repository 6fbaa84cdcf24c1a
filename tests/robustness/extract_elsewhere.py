"""A re-extraction in another process, with a stand-in extractor: what ``chitieu extract`` does to a window.

``python extract_elsewhere.py DB nothing`` re-extracts every article with an
extractor that proposes nothing, so every pending record is removed;
``python extract_elsewhere.py DB differently`` proposes every stored record
again under another indicator name, so a rejected record gets a new pending
rival on its figure.  Either way it goes through the real re-extraction
(planning, reconciling, writing), only the extractor's answer is made up.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.records import Record
from desktop.services.reextract import reextract
from desktop.store.rows import row_to_record


@dataclass
class Extraction:
    records: list[Record] = field(default_factory=list)
    truncated: bool = False


def main(db: Path, mode: str) -> None:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    stored = {}
    for row in conn.execute("SELECT * FROM records ORDER BY start, id"):
        stored.setdefault(row["article_id"], []).append(row)
    texts = {row["id"]: row["text"] for row in conn.execute("SELECT id, text FROM articles")}
    conn.close()
    by_text = {texts[article_id]: rows for article_id, rows in stored.items()}

    def extractor(text: str, **_: object) -> Extraction:
        if mode == "nothing":
            return Extraction()
        return Extraction(
            [
                row_to_record(row).with_changes(indicator=row["indicator"] + " (mới)")
                for row in by_text.get(text, [])
            ]
        )

    reextract(db, extractor=extractor, version=f"elsewhere-{mode}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
