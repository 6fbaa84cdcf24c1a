"""The checks' rules in groups, each with its own version, so that a changed rule re-checks only itself.

A database stores beside ``checks_version`` the version of every group its
verdicts were made with (:mod:`desktop.store.checking`).  When one group's
version differs, a full check re-runs that group alone over the stored
records and splices its findings in among the others' (issue 13: at 50,000
articles a whole re-check is about a minute of CPU, one group's re-run a few
seconds).  What every rule shares (the stored form, the fingerprints' seed,
the risk) stays under ``CHECKS_VERSION``
(:mod:`desktop.store.check_columns`): changing it re-checks everything.

Each group names the source files its verdicts depend on and a digest of
them and of its rules' definitions (names, weights, messages).  A test
computes the digests again (:func:`digest`): a change to a rule's code fails
the suite until its group's version is bumped and its digest recorded.  The
modules the checks borrow from the extractor and the resources (number
parsing, the lexicon, the gazetteer, the taxonomy) are not digested: they
change with nearly every extraction rule, and ``CHECKS_VERSION`` never
covered them either; bump the group by hand when such a change alters a
verdict.

No imports of the checks here: the store reads the versions without loading
the extractor.
"""

from __future__ import annotations

import hashlib
import inspect
from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Scope(Enum):
    """What re-running a group alone costs, and what it reads."""

    RECORD = "record"  # each record on its own fields: no article text read
    ARTICLE = "article"  # each article's records with its text and year
    KEY = "key"  # the fact key: every record's key may change, so every article is re-checked whole
    FACTS = "facts"  # the comparison across articles: the fact pass over the stored keys


@dataclass(frozen=True)
class RuleGroup:
    """One group of rules: its version (bump it when a verdict may change), scope, rules and sources."""

    name: str
    version: int
    scope: Scope
    rules: tuple[str, ...]
    files: tuple[str, ...]  # relative to the repository's root
    digest: str  # :func:`digest` of the files and rules, as of ``version``
    #: Of a group of :attr:`Scope.RECORD`, the record's fields its rules read: only those are read from
    #: the store when it is re-run alone (a rule that reads another fails loudly: the rows have no other).
    reads: tuple[str, ...] = ()


#: Where ``files`` are relative to: the repository (the parent of the ``desktop`` package).
ROOT = Path(__file__).resolve().parents[2]

GROUPS: tuple[RuleGroup, ...] = (
    RuleGroup(
        "span",
        1,
        Scope.ARTICLE,
        ("span_mismatch",),
        ("desktop/core/checks/span.py",),
        "8a3f406ef754370e",
    ),
    RuleGroup(
        "labels",
        1,
        Scope.RECORD,
        ("label_empty", "label_one_word", "label_opening"),
        ("desktop/core/checks/labels.py",),
        "ed14fa6860380a5d",
        ("indicator", "unit"),
    ),
    RuleGroup(
        "periods",
        3,
        Scope.ARTICLE,
        ("period_before_1945", "actual_after_article", "target_too_far", "period_assumed"),
        ("desktop/core/checks/periods.py", "desktop/core/assumed_year.py"),
        "5b5dc0a6ff5c99a4",
    ),
    RuleGroup(
        "magnitudes",
        1,
        Scope.RECORD,
        ("rate_over_100", "growth_out_of_range", "per_capita_range"),
        ("desktop/core/checks/magnitudes.py",),
        "cf24746da4bc37c4",
        (
            "indicator",
            "indicator_code",
            "value",
            "value_max",
            "unit",
            "base_value",
            "base_unit",
            "comparisons",
        ),
    ),
    RuleGroup(
        "units",
        1,
        Scope.RECORD,
        ("unit_class",),
        ("desktop/core/checks/units.py",),
        "f8d64cdda07395ab",
        ("indicator_code", "unit", "base_unit"),
    ),
    RuleGroup(
        "between",
        1,
        Scope.ARTICLE,
        ("duplicate_value", "inside_comparison", "shares_over_100"),
        ("desktop/core/checks/article.py",),
        "9ce43d1fb71468b9",
    ),
    RuleGroup("key", 1, Scope.KEY, (), ("desktop/core/checks/conflicts.py",), "258cc5c6e4f5e270"),
    RuleGroup(
        "cross", 1, Scope.FACTS, ("cross_article",), ("desktop/core/checks/cross.py",), "8307e364fad8e7dd"
    ),
)
BY_GROUP: dict[str, RuleGroup] = {group.name: group for group in GROUPS}
#: The sources every rule shares, under ``CHECKS_VERSION`` (whose digest
#: :data:`desktop.store.check_columns.CHECKS_DIGEST` records): the order and stored form of the findings,
#: the risk, what a record and an article are to the checks.
SHARED_FILES = (
    "desktop/core/checks/__init__.py",
    "desktop/core/checks/subject.py",
    "desktop/core/checks/risk.py",
    "desktop/core/checks/verdicts.py",
    "desktop/core/checks/splice.py",
)


def versions() -> dict[str, int]:
    """Every group's version, by name: what a checked database stores."""
    return {group.name: group.version for group in GROUPS}


def digest(group: RuleGroup) -> str:
    """A digest of the group's source files and of its rules' definitions (their names, weights and
    messages: a reworded message changes the stored findings as a changed test does)."""
    from desktop.core.check_rules import BY_NAME

    return _digest(group.files, [repr(BY_NAME[name]) for name in group.rules])


def shared_digest() -> str:
    """A digest of what every rule shares: :data:`SHARED_FILES`, and the finding and rule classes."""
    from desktop.core.check_rules import Finding, Rule

    return _digest(SHARED_FILES, [inspect.getsource(Finding), inspect.getsource(Rule)])


def _digest(files: tuple[str, ...], texts: list[str]) -> str:
    """Read only by the tests: the sources need not be there when the package runs installed."""
    hashed = hashlib.blake2b(digest_size=8)
    for path in files:
        hashed.update(path.encode() + b"\0" + (ROOT / path).read_bytes() + b"\0")
    for text in texts:
        hashed.update(text.encode() + b"\0")
    return hashed.hexdigest()
