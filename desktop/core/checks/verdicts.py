"""What the store keeps of the checks, computed from rows: the hot loops of a corpus-wide re-check (issue 13).

A full re-check runs the checks over every record (a million at 50,000
articles) and compares what they say with what is stored, writing only what
changed; across articles it settles every fact the same way.  The reading and
writing are the store's (:mod:`desktop.store.checking`); the per-record work
between them is here, over plain rows (tuples as SQLite gives them), so that
it runs compiled with the rest of the checks (``setup.py``): no SQLite, no
Qt.  The stored form of a verdict (:class:`Stored`) is JSON text for the
findings, the rules' names, the risk and the fact key.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from functools import lru_cache
from itertools import groupby
from json.encoder import encode_basestring as _string
from operator import itemgetter
from string import Formatter
from typing import Any, NamedTuple

from desktop.core.check_rules import CROSS_ARTICLE
from desktop.core.checks import ArticleFacts, Finding, check_article, lowered
from desktop.core.checks.conflicts import Fact, fact_key_of
from desktop.core.checks.cross import KINDS_VI, MAX_LISTED, conflicting, quoted
from desktop.core.checks.risk import risk_of_rules
from desktop.core.memo import remember
from desktop.core.records import Comparison

_CROSS = CROSS_ARTICLE.name
_NO_COMPARISONS = ("[]", "", None)


class CheckRow(NamedTuple):
    """A stored record as the checks read it (a :class:`~desktop.core.checks.Subject`), with what is stored."""

    id: int
    article_id: int
    status: str
    indicator: str
    indicator_code: str | None
    value: Decimal
    value_max: Decimal | None
    of: Decimal | None
    unit: str
    base_value: Decimal
    base_unit: str
    qualifier: str
    kind: str
    period: str | None
    locality: str | None
    comparisons: tuple[Comparison, ...]
    start: int
    end: int
    confidence: float | None
    checks: str | None
    conflicts: str | None  # :data:`CROSSED` when a cross-article finding is stored, else None: never its text
    rules: str | None
    risk: float | None
    fact: int | None


#: What the article pass reads of a record's cross-article finding when one is stored.  The pass keeps it
#: or clears it, never writes one (the fact pass does), so it needs no text.
CROSSED = "1"


def check_row(row: Sequence[Any]) -> CheckRow:
    """A row of the columns of :class:`CheckRow`, as SQLite gives them, with its numbers as Decimals and its
    comparisons parsed.  Made by indexing the plain row and ``tuple.__new__``: a named tuple's own
    ``__new__`` is a Python function, and unpacking the row into names a list (a third of the cost)."""
    comparisons = row[15]
    parsed = _comparisons.get(comparisons) if comparisons not in _NO_COMPARISONS else ()
    if parsed is None:
        parsed = remember(
            _comparisons, comparisons, tuple(Comparison.from_dict(c) for c in json.loads(comparisons)), 16384
        )
    value_max, of = row[6], row[7]
    return _new_tuple(
        CheckRow,
        (
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            Decimal(row[5]),
            None if value_max is None else Decimal(value_max),
            None if of is None else Decimal(of),
            row[8],
            Decimal(row[9]),
            row[10],
            row[11],
            row[12],
            row[13],
            row[14],
            parsed,
            *row[16:],
        ),
    )


_new_tuple = tuple.__new__
assert CheckRow._fields.index("comparisons") == 15


#: Parsed comparisons by their stored JSON: a corpus writes a few thousand distinct ones (a Comparison is
#: frozen: records may share one).
_comparisons: dict[str, tuple[Comparison, ...]] = {}


def check_rows(article_ids: Iterable[int], rows: Iterable[Sequence[Any]]) -> dict[int, list[CheckRow]]:
    """The rows (as :func:`check_row` takes them) of these articles, by article, in the order read."""
    found: dict[int, list[CheckRow]] = {article_id: [] for article_id in article_ids}
    for row in rows:
        found[row[1]].append(check_row(row))
    return found


class Stored(NamedTuple):
    """The check columns of one record (from the article pass, ``conflicts`` is :data:`CROSSED` or None)."""

    checks: str | None
    conflicts: str | None
    rules: str | None
    risk: float | None
    fact: int | None


UNCHECKED = Stored(None, None, None, None, None)
#: Where a :class:`CheckRow`'s stored check columns start: they end it, in :class:`Stored`'s order.
_STORED_AT = len(CheckRow._fields) - len(Stored._fields)
assert CheckRow._fields[_STORED_AT:] == Stored._fields


def finding_text(finding: Finding) -> str:
    """One finding as JSON, as ``json.dumps(finding.to_dict(), ensure_ascii=False, separators=(",", ":"))``
    writes it, put together directly (the fact pass writes hundreds of thousands).  Minified, as every
    stored JSON column is (schema v11): the exports paste it into their lines as it is."""
    text = f'{{"rule":{_string(finding.rule)},"en":{_string(finding.en)},"vi":{_string(finding.vi)}'
    if finding.others:
        text += f',"records":[{",".join(map(str, finding.others))}]'
    return text + "}"


#: :func:`finding_text`, remembered: a record's own findings repeat, one label's message on every
#: record with that label.  (A cross-article finding names its records: it never repeats.)
finding_json = lru_cache(maxsize=65536)(finding_text)


def findings_json(findings: Sequence[Finding]) -> str | None:
    return "[" + ",".join(map(finding_json, findings)) + "]" if findings else None


def rules_of(names: Iterable[str]) -> str | None:
    return " ".join(sorted(set(names))) or None


#: The risk of a record that fails nothing, by confidence: the extractor gives few distinct confidences.
_PLAIN_RISKS: dict[float | None, float] = {}
#: The rules' names and the risk of a flagged record, by the names of its findings and its confidence:
#: a few dozen combinations of rules make up the flagged records of a corpus.
_FLAGGED: dict[tuple[tuple[str, ...], float | None], tuple[str | None, float]] = {}


def _plain_risk(confidence: float | None) -> float:
    """The risk of a record that fails nothing."""
    risk = _PLAIN_RISKS.get(confidence)
    if risk is None:
        risk = remember(_PLAIN_RISKS, confidence, risk_of_rules((), confidence), 4096)
    return risk


def stored(
    findings: Sequence[Finding], conflict: str | None, confidence: float | None, fact: int | None
) -> Stored:
    """What to store for a record with these findings and this cross-article finding (JSON, or None)."""
    if not findings and not conflict:  # most records
        return Stored(None, None, None, _plain_risk(confidence), fact)
    names = tuple([f.rule for f in findings] + ([_CROSS] if conflict else []))
    rules = _FLAGGED.get((names, confidence))
    if rules is None:
        rules = remember(
            _FLAGGED, (names, confidence), (rules_of(names), risk_of_rules(set(names), confidence)), 4096
        )
    return Stored(findings_json(findings), conflict, rules[0], rules[1], fact)


def changed_rows(facts: ArticleFacts, rows: Sequence[CheckRow], touched: set[int]) -> list[tuple]:
    """The rows of one article whose stored checks are not what the rules say now, each a :class:`Stored`
    and the record's id; adds the facts (old and new) of every row to ``touched``.

    Rejected records are unchecked.  A record keeps its cross-article finding as long as its fact is the
    same: the fact pass (:func:`fact_changes`) settles the facts afterwards.  A record that fails nothing
    (most) is compared with what is stored column by column, without a :class:`Stored` made for it.
    """
    live = [(row.id, row) for row in rows if row.status != "rejected"]
    text = facts.text
    low = lowered(text)
    findings = check_article(facts, live, low)
    changes: list[tuple] = []
    for row in rows:
        old_fact = row.fact
        if old_fact is not None:
            touched.add(old_fact)
        if row.status == "rejected":
            if row[_STORED_AT:] != UNCHECKED:
                changes.append((*UNCHECKED, row.id))
            continue
        fact = fact_key_of(row, text, low)
        if fact is not None:
            touched.add(fact)
        conflict = row.conflicts if fact is not None and fact == old_fact else None
        found = findings[row.id]
        if not found and not conflict:  # most records
            risk = _plain_risk(row.confidence)
            stale = row.checks is not None or row.conflicts is not None or row.rules is not None
            if stale or row.risk != risk or old_fact != fact:
                changes.append((None, None, None, risk, fact, row.id))
            continue
        new = stored(found, conflict, row.confidence, fact)
        if new != row[_STORED_AT:]:  # the row's check columns, as a Stored
            changes.append((*new, row.id))
    return changes


# ---- across articles --------------------------------------------------------------------


class FactRow(NamedTuple):
    id: int
    article_id: int
    fact: int
    base_value: str
    value: str
    unit: str
    indicator_code: str
    locality: str
    period: str
    kind: str
    confidence: float | None
    conflicts: str | None
    rules: str | None
    risk: float | None

    def as_fact(self) -> Fact:
        """The record as the fact pass compares it, made with ``tuple.__new__`` (a named tuple's
        ``__new__`` is a Python function, and the pass makes one per record of every fact with more than one)."""
        return _new_tuple(
            Fact,
            (
                self.id,
                self.article_id,
                self.fact,
                float(self.base_value),
                self.value,
                self.unit,
                (self.indicator_code, self.locality, self.period, self.kind),
            ),
        )


def fact_changes(rows: Iterable[FactRow]) -> Iterator[tuple]:
    """Given every live row of some facts, sorted by fact, ``(rules, risk, conflict, record id)`` of each row
    whose cross-article finding is not the one stored; each yielded once its whole group has been read."""
    for members in _groups(rows):
        found: dict[int, str] = {}
        if len(members) > 1:
            template = ""
            shown: dict[int, str] = {}
            for fact, count, others in conflicting([member.as_fact() for member in members]):
                template = template or _cross_template(fact.about)
                values, value = quoted(fact, others, shown)
                text = template.format(count, _escaped(values), _escaped(value))
                keys = [m.key for m in others[:MAX_LISTED]]
                found[fact.key] = text + (f',"records":[{",".join(map(str, keys))}]}}' if keys else "}")
        for member in members:
            conflict = found.get(member.id)
            if conflict == member.conflicts:
                continue
            names = [n for n in (member.rules or "").split() if n != _CROSS] + ([_CROSS] if conflict else [])
            yield rules_of(names), risk_of_rules(set(names), member.confidence), conflict, member.id


#: The fields of the cross-article messages that differ between the records of one fact, by position in
#: :func:`_cross_template`'s result.
_PER_RECORD = {"count": "{0}", "values": "{1}", "value": "{2}"}
#: The fields the records of one fact share.
_PER_FACT = ("code", "place", "period", "kind", "kind_vi")


def _meta_template() -> str:
    """The cross-article finding as JSON text up to its list of records, as a template of templates: filled
    with a fact's fields (JSON-escaped and brace-doubled), it gives :func:`_cross_template`'s result."""
    en, vi = (
        "".join(
            _twice(_braced(literal))
            + (
                ""
                if name is None
                else _twice(_PER_RECORD[name])
                if name in _PER_RECORD
                else "{" + str(_PER_FACT.index(name)) + "}"
            )
            for literal, name, _, _ in Formatter().parse(template)
        )
        for template in CROSS_ARTICLE.messages[""]
    )
    return _twice(f'{{{{"rule":"{_braced(_CROSS)}","en":"') + en + '","vi":"' + vi + '"'


def _twice(template: str) -> str:
    """``template`` with its braces doubled: what one :meth:`str.format` gives back as it was."""
    return template.replace("{", "{{").replace("}", "}}")


def _cross_template(about: tuple[str, ...]) -> str:
    """The cross-article finding of a record of the fact ``about`` (code, place, period, kind) as JSON text up
    to its list of records, as :func:`finding_text` writes it: a :meth:`str.format` template of the record's
    count of others, their values and its own value (JSON-escaped), the rest filled and escaped once per
    fact, not once per record (the fact pass writes half a million of them), by one :meth:`str.format` of
    :data:`_META` (a fact pass meets tens of thousands of facts: the message is not put together piece by
    piece for each)."""
    code, place, period, kind = about
    return _META.format(*map(_braced, (code, place, period, kind, KINDS_VI.get(kind, kind))))


def _braced(text: str) -> str:
    """``text`` escaped as in a JSON string, then for :meth:`str.format`."""
    return _escaped(text).replace("{", "{{").replace("}", "}}")


def _escaped(text: str) -> str:
    """``text`` escaped as in a JSON string (escaping goes character by character, so pieces escaped
    apart join into the whole escaped)."""
    return _string(text)[1:-1]


#: :func:`_meta_template`, made once.
_META = _meta_template()


def _groups(rows: Iterable[FactRow]) -> Iterator[list[FactRow]]:
    for _, group in groupby(rows, _FACT):
        yield list(group)


_FACT = itemgetter(FactRow._fields.index("fact"))
