"""CPU time of extraction on hostile input: the texts a regex with nested repeats would choke on.

Usage: hostile_input.py

A pattern that backtracks catastrophically turns one pasted page into minutes of a frozen
import.  Each text below is a shape that has done so elsewhere (a repeated sentence on one
line, a wall of numbers, dots, invisible marks, unbalanced brackets); a linear extractor
gets through each in seconds, the repeated sentence (the most figures) taking longest.
The tests check that extraction stays correct on them; the time is printed here, because
no test asserts a duration.
"""

from __future__ import annotations

import time

from desktop.core.extract import extract

HOSTILE = {
    "one 740 kB line of a repeated sentence": "Doanh thu đạt 1.234 tỷ đồng, tăng 5% " * 20000,
    "100,000 numbers": " ".join(str(i) for i in range(100000)),
    "200,000 '1.'": "1." * 200000,
    "50,000 marked percentages": "\u202e\u200b12\u200b%" * 50000,
    "200,000 unbalanced brackets": "(" * 100000 + "5 ha" + ")" * 100000,
}


def main() -> None:
    for name, text in HOSTILE.items():
        started = time.process_time()
        records = len(extract(text).records)
        seconds = time.process_time() - started
        print(f"{name:40} {len(text) / 1e6:5.2f} MB  {seconds:6.2f} s CPU  {records:6} records")


if __name__ == "__main__":
    main()
