"""What the extractor had to guess about a record: each guess lowers its confidence.

The confidence a figure's shape gives (money, percent, count ...) says little about whether a reviewer
will have to change the record: on blind gold (`benchmarks/check_precision.py`, 2026-12-02, 1,352 records
of nine read sets) a money record was wrong 19% of the time and a percentage 22%.  What did tell were
the guesses the extractor makes about the record's meaning, each seen on both dev corpora and the
fresh third-party excerpts:

- a target (34% wrong against 23% for all): a plan sentence mixes what was done with what is to be
  done, and its years and kinds are where the extractor slips;
- a result whose sentence speaks of a plan (`kế hoạch`, `chỉ tiêu`, `phấn đấu`, `dự toán` ...) other
  than as the basis of a percentage (`đạt 105% kế hoạch` is the genre's usual comparison): 49% wrong;
  the figure may be the plan's, or its kind or year may be;
- a label of one or two words (62%): the words that say what was counted lie elsewhere;
- no place at all (every one of them wrong);
- a label the indicator lookup could not code (51% wrong against 15% for the coded ones, 2,094
  records of thirteen read sets, 2026-12-02; more often wrong in ten of them): a label the lookup
  knows no words of is often a clause's tail, a verb's object or the figure of a false record;
- a figure written again elsewhere in the article (33% wrong against 17%, more often in nine of the
  thirteen sets): one fact told twice (a lead and its detail, a summary) or two facts of one round
  figure, and the extractor reads each from the words around it, which name the other one as often.

A record with none of the first four was wrong 17% of the time, one with any of them 40%; counting the
last two too, 12% (1,378 records) against 30% (716) on the thirteen read sets.  Each doubt lowers
the record's confidence (:mod:`~desktop.core.extract.confidence`: the prior takes a fixed amount off
for each, and the fitted calibration keeps that order), so that the riskiest-first queue shows these
records first and the reviewer's "accept all that pass" threshold keeps them pending.

Measured again when the confidence was fitted (2026-12-03, ``benchmarks/fit_confidence.py``): on nine
read sets (1,138 records) a record with a doubt was wrong 27% of the time against 14%, on two sets of
third-party excerpts nobody had read (265 records) 64% against 47%; read / unread, a short label was
wrong 57% / 71% of the time, an uncoded one 36% / 80%, a plan 23% / 58% (all records: 19% / 52%); a
figure written again 33% on the read sets but 50% on the unread ones, no more than the rest; no record
of either lacked a place.  Weighing each doubt on its own
(a fitted weight per sign) ordered held-out records no better than one fixed amount for each: the
doubts are kept as equal guesses.
"""

from __future__ import annotations

import re

from desktop.core.scan import Openings, matches_from

#: A word of a plan in a sentence (``KH`` alone, not the ``KH&ĐT``, ``KH&CN`` of a department's name).
_PLAN_WORD = re.compile(  # the look-ahead at the first letters fails most positions before the look-behind
    r"(?=[kpcmdn])(?<![^\W\d_])(?:kế\s+hoạch|kh(?!\s*&)|phấn\s+đấu|chỉ\s+tiêu|mục\s+tiêu|dự\s+kiến|nghị\s+quyết|dự\s+toán)"
    r"(?![^\W\d_])"
)
#: Where a plan word may start, as a word: each sentence that reports a result is searched for one, and the
#: pattern was tried at every character of it (a look-ahead could not stand for its look-behind, being
#: blind past a search's end).
_plan_word_starts = Openings(("kế", "kh", "phấn", "chỉ", "mục", "dự", "nghị"), word_start=True)
#: ``105% kế hoạch``, ``105% so với dự toán``: the plan as a percentage's basis, up to the plan word.
_PERCENT_OF = re.compile(r"%\s*(?:so\s+với\s+|so\s+)?$")
#: A number as written, with its thousands and decimal marks; never begun right after a digit or a mark,
#: so that the ``2,5`` of ``12,5`` is no number of its own.
_NUMBER = re.compile(r"(?<![0-9.,])[0-9](?:[0-9.,]*[0-9])?")
#: A run of digits and marks that opens on a digit.  ASCII digits only, as in :data:`_NUMBER`: a set of ranges
#: is tested from a bitmap as the scan skips ahead, where ``\d`` asks Unicode of every character of the
#: article; the look-behind after the first digit (no mark or digit before it) keeps the skip, and every
#: comma and full stop of the text is no longer a run to hand back.
_RUN = re.compile(r"[0-9](?<![0-9.,][0-9])[0-9.,]*")
#: Fewer words than this in a label: what the figure counts is said elsewhere.
SHORT_LABEL = 3
#: That many words (runs of ``\w``), found or not without listing every word of the label.
_ENOUGH_WORDS = re.compile(rf"\w++(?:\W++\w++){{{SHORT_LABEL - 1}}}")


#: What the guesses' names start with: they are signs of the confidence (:mod:`~desktop.core.extract.confidence`).
DOUBT_SIGN = "doubt:"
PLANNED, SHORT, NO_PLACE, UNCODED, AGAIN = (
    f"{DOUBT_SIGN}planned",
    f"{DOUBT_SIGN}short-label",
    f"{DOUBT_SIGN}no-place",
    f"{DOUBT_SIGN}uncoded",
    f"{DOUBT_SIGN}written-again",
)


def doubts(
    kind: str, label: str, locality: str | None, plan_said: bool, code: str | None, repeated: bool
) -> tuple[str, ...]:
    """The guesses above a record rests on, by name; ``plan_said`` when its sentence speaks of a plan
    (:func:`speaks_of_plan`, asked once a sentence by the caller, and only of results); ``code`` the
    indicator the taxonomy found for the label, None when it found none; ``repeated`` when the figure
    is written again in the article (:meth:`Rewrites.written_again`)."""
    found: list[str] = []
    if kind == "target" or (kind == "actual" and plan_said):
        found.append(PLANNED)
    if _ENOUGH_WORDS.search(label) is None:
        found.append(SHORT)
    if not locality:
        found.append(NO_PLACE)
    if code is None:
        found.append(UNCODED)
    if repeated:
        found.append(AGAIN)
    return tuple(found)


class Rewrites:
    """Where each number of an article is written, indexed in one pass when first asked, so that asking
    whether a figure is written again costs a look-up, not a scan of the article (a pasted page can hold
    thousands of figures)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._at: dict[str, list[int]] | None = None

    def written_again(self, start: int, end: int) -> bool:
        """True when the figure ``text[start:end]`` (``12,5%``, ``500 tỷ đồng``) is written elsewhere in
        the text as a figure of its own, not as the tail or head of a longer one (``2,5%`` is not written
        again by ``12,5%``, nor ``12,5`` by ``12,55``)."""
        text, surface = self._text, self._text[start:end]
        number = _NUMBER.match(text, start)
        if not surface or number is None:
            return False
        if self._at is None:
            self._at = _numbers_written(text)
        return any(
            at != start and text.startswith(surface, at) and _ends_alone(text, at + len(surface))
            for at in self._at.get(number.group(), ())
        )


def _numbers_written(text: str) -> dict[str, list[int]]:
    """Every number of ``text`` (as :data:`_NUMBER` reads them) and where it starts.  Found as runs of digits
    and marks: a pattern that opens on a character class skips ahead to the next digit, where
    :data:`_NUMBER`'s lookbehind would be tried at every character of the article.  A run that opens on a
    mark holds no number (``,5``), and a number ends on the run's last digit (``1.234,`` is ``1.234``)."""
    at: dict[str, list[int]] = {}
    for run in _RUN.finditer(text):
        at.setdefault(run.group().rstrip(".,"), []).append(run.start())
    return at


def _ends_alone(text: str, end: int) -> bool:
    """No letter or digit right after the figure (``12,5`` does not end alone in ``12,55``)."""
    return end >= len(text) or not (text[end].isalnum() or text[end] == "_")


def speaks_of_plan(low: str, start: int, end: int) -> bool:
    """True when the sentence of the lower-cased text ``low`` between the offsets names a plan other than
    as the basis of a percentage."""
    return any(
        _PERCENT_OF.search(low, max(start, found.start() - 12), found.start()) is None
        for found in matches_from(_PLAN_WORD, low, _plan_word_starts(low), start, end)
    )
