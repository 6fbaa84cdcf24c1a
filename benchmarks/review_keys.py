"""Count the keys a reviewer presses to bring articles to their gold records, through the real window.

Usage: review_keys.py [--shared DIR] [--dev d05,d10,d31] [--no-seeds] [--tasks] [--accept-all [THRESHOLD]]
                      [--json FILE] [--verbose]

The five seed articles (``seeds/`` against ``../shared/gold/seeds.jsonl``) and
three dev articles (``../shared/corpus/dev`` against ``tests/data/gold_dev.jsonl``)
are imported into a scratch database; the review window is built with
``create_main_window`` and driven by key events sent to its window, the way a
keyboard sends them (shortcuts, focus, completer pop-ups and all).  A scripted
reviewer who knows the gold answer decides every record: confirms what is
right, rejects what is not a record, corrects what is wrong (labels
included), adds what the machine missed, choosing the fewest keys the window
offers (it looks for the window's actions, so the same script measures any
version).  Every key press counts, each typed character too; mouse gestures
(selecting text to add a record, clicking where the keyboard cannot reach)
are counted apart.  At the end the database is compared with the gold, field
by field; a difference is an error, never a figure.

``--tasks`` reviews instead six made-up articles of five figures, each wrong
in one way the issue names (period, place, kind, a missing comparison, the
same place on four records, a percentage that belongs to the figure before).

With ``--accept-all`` the reviewer first accepts every record of the corpus
that passes the checks (issue 13: Ctrl+Shift+Y, the whole corpus, the
dialog's threshold), then reviews as before, and also corrects or rejects
every accepted record the gold says is wrong: what accepting without looking
costs is counted too.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CHITIEU_BACKUPS", "0")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from desktop.core.numbers import format_number
from desktop.core.records import Article, Comparison, Record, to_decimal

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_GOLD = ROOT / "tests" / "data" / "gold_dev.jsonl"
DEFAULT_DEV = ("d05", "d10", "d31")

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
#: Safety stop: no record should take this many keys.
MAX_KEYS_PER_STEP = 400
#: The editor's fields in the order the script edits them (the label comes last, see edit_fields).
FIELD_ORDER = ("value", "value_max", "of", "unit", "qualifier", "kind", "period", "locality")


# ---- the keyboard -----------------------------------------------------------------


class Keyboard:
    """Sends key events to the window as the system would, and counts them."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.keys = 0
        self.typed = 0
        self.mouse = 0
        self.log: list[str] = []

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER, text: str = "") -> None:
        QTest.sendKeyEvent(QTest.KeyAction.Click, self.window.windowHandle(), key, text, modifiers)
        QApplication.processEvents()
        self.keys += 1
        self.log.append(_key_name(key, modifiers, text))

    def type(self, text: str) -> None:
        """One key press per character (a Vietnamese input method may need more for a tone mark)."""
        for char in text:
            code = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
            if char == " ":
                code = Qt.Key.Key_Space
            self.press(code, NO_MODIFIER, char)
            self.typed += 1

    def click(self, widget: QWidget, pos: Any = None) -> None:
        QTest.mouseClick(
            widget, Qt.MouseButton.LeftButton, NO_MODIFIER, pos
        ) if pos is not None else QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        self.mouse += 1
        self.log.append(f"click:{widget.objectName() or type(widget).__name__}")

    def select(self, view: Any, start: int, end: int) -> None:
        """Select stored-text offsets with the mouse: press at one end, release at the other."""
        viewport = view.viewport()
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, NO_MODIFIER, view.position_of(start))
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, SHIFT, view.position_of(end))
        view.select_range(start, end)  # the drag's result, exact whatever the font metrics
        QApplication.processEvents()
        self.mouse += 1
        self.log.append(f"select:{start}-{end}")


def _key_name(key: Qt.Key, modifiers: Qt.KeyboardModifier, text: str) -> str:
    if text and text.isprintable():
        return text
    names = [name for flag, name in ((CTRL, "Ctrl"), (ALT, "Alt"), (SHIFT, "Shift")) if modifiers & flag]
    return "+".join([*names, Qt.Key(key).name.removeprefix("Key_")])


# ---- the gold --------------------------------------------------------------------


def load_gold(path: Path, docs: set[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    gold: dict[str, list[dict[str, Any]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if docs is None or row["doc"] in docs:
                gold.setdefault(row["doc"], []).append(row)
    return gold


def number_text(value: Any) -> str:
    number = to_decimal(value)
    return "" if number is None else format_number(number)


def gold_fields(gold: dict[str, Any]) -> dict[str, Any]:
    """The gold record as the editor's fields hold it."""
    return {
        "indicator": gold["indicator"],
        "value": number_text(gold["value"]),
        "value_max": number_text(gold.get("value_max")),
        "of": number_text(gold.get("of")),
        "unit": gold["unit"],
        "qualifier": gold.get("qualifier") or "exact",
        "kind": gold.get("kind") or "actual",
        "period": gold.get("period") or "",
        "locality": gold.get("locality") or "",
        "comparisons": tuple(Comparison.from_dict(c) for c in gold.get("comparisons") or ()),
    }


def record_fields(record: Record) -> dict[str, Any]:
    return {
        "indicator": record.indicator,
        "value": number_text(record.value),
        "value_max": number_text(record.value_max),
        "of": number_text(record.of),
        "unit": record.unit,
        "qualifier": record.qualifier,
        "kind": record.kind,
        "period": record.period or "",
        "locality": record.locality or "",
        "comparisons": tuple(record.comparisons),
    }


def differences(record: Record, gold: dict[str, Any]) -> dict[str, Any]:
    have, want = record_fields(record), gold_fields(gold)
    return {name: want[name] for name in want if have[name] != want[name]}


def pair(records: list[Any], golds: list[dict[str, Any]], text: str) -> dict[int, dict[str, Any]]:
    """Machine record id → its gold row: equal base value, preferring the same span text, in text order."""
    paired: dict[int, dict[str, Any]] = {}
    free = list(golds)
    for stored in records:
        record = stored.record
        candidates = [g for g in free if to_decimal(g["base_value"]) == record.base_value]
        if not candidates:
            continue
        span = text[record.start : record.end]
        best = next((g for g in candidates if g.get("text") == span), candidates[0])
        paired[stored.id] = best
        free.remove(best)
    return paired


# ---- the reviewer ----------------------------------------------------------------


@dataclass
class Tally:
    doc: str
    records: int = 0
    keys: int = 0
    typed: int = 0
    mouse: int = 0
    decided: dict[str, int] = field(default_factory=dict)


class Reviewer:
    """Reviews one article at a time with the fewest keys the window offers."""

    def __init__(self, window: Any, keyboard: Keyboard, verbose: bool = False) -> None:
        self.window = window
        self.kb = keyboard
        self.editor = window.record_editor
        self.verbose = verbose

    # ---- what the window offers ----

    def action(self, name: str) -> QAction | None:
        return self.window.findChild(QAction, name)

    def shortcut(self, name: str) -> tuple[Qt.Key, Qt.KeyboardModifier] | None:
        """The first key of an action, if the window has that action and it is enabled."""
        action = self.action(name)
        if action is None or not action.isEnabled() or not action.shortcuts():
            return None
        combo = action.shortcuts()[0][0]
        return combo.key(), combo.keyboardModifiers()

    def trigger(self, name: str) -> bool:
        keys = self.shortcut(name)
        if keys is None:
            return False
        self.kb.press(*keys)
        return True

    # ---- one article ----

    def review(self, golds: list[dict[str, Any]]) -> None:
        window = self.window
        store = window.store
        article = window.article
        records = store.records(article.id)
        paired = pair(records, golds, article.text)

        def wanted(record_id: int) -> dict[str, Any] | None:
            """What a record still needs: None to be rejected, else the fields to change ({} when right)."""
            gold = paired.get(record_id)
            return None if gold is None else differences(store.record(record_id).record, gold)

        steps = 0
        while True:
            self.ensure_focus()
            rows = window.records.records
            pending = [r for r in rows if r.status == "pending"]
            if not pending:
                break
            steps += 1
            if steps > 10 * len(records) + 10:
                raise SystemExit(f"review_keys.py: stuck on {article.doc}")
            current = window.current_row()
            if current is None or current.status != "pending":
                self.move_to(pending)
                continue
            if all(wanted(r.id) == {} for r in pending) and self.trigger("action_confirm_all"):
                continue
            before = self.kb.keys
            self.decide(current, rows, wanted, paired)
            if self.kb.keys - before > MAX_KEYS_PER_STEP:
                raise SystemExit("review_keys.py: a record took too many keys")
        for stored in store.records(article.id):  # a guess left wrong (an attached comparison's basis), or
            change = wanted(stored.id)  # a record accepted with the others that pass, but wrong
            if stored.status != "rejected" and change != {}:
                self.move_to([row for row in window.records.records if row.id == stored.id])
                if change is None:
                    self.trigger("action_reject")
                else:
                    self.correct(change)
        for gold in [g for g in golds if g not in paired.values()]:
            self.add(gold, article.text)

    def decide(self, current: Any, rows: list[Any], wanted: Any, paired: dict[int, Any]) -> None:
        """One step on the current pending record, with the window's fastest command for it."""
        change = wanted(current.id)
        if change is None:
            if not self.attach(current, rows, paired):
                self.trigger("action_reject")
            return
        if "comparisons" in change:
            change = self.left_to_attach(current, rows, change)
            if not change:
                self.trigger("action_next_record")  # the percentages after it will be attached to it
                return
        if not change:
            self.trigger("action_confirm")
        elif not self.edit_together(current, rows, wanted, change):
            self.correct(change)

    def attach(self, current: Any, rows: list[Any], paired: dict[int, Any]) -> bool:
        """C on a stray percentage that the gold has as a comparison of the figure before it."""
        figure = self._figure_for(current, rows, paired)
        return figure is not None and self.trigger("action_attach_comparison")

    def _figure_for(self, current: Any, rows: list[Any], paired: dict[int, Any]) -> Any:
        index = rows.index(current)
        figure = next((r for r in reversed(rows[:index]) if r.status != "rejected" and r.unit != "%"), None)
        if current.unit != "%" or figure is None or figure.id not in paired:
            return None
        percents = {abs(c.percent) for c in gold_fields(paired[figure.id])["comparisons"]}
        return figure if Decimal(current.value) in percents else None

    def left_to_attach(self, current: Any, rows: list[Any], change: dict[str, Any]) -> dict[str, Any]:
        """The change with the comparisons that the strays after the figure will bring taken out."""
        if self.action("action_attach_comparison") is None:
            return change
        index = rows.index(current)
        strays = []
        for row in rows[index + 1 :]:
            if row.status != "pending" or row.unit != "%":
                break
            strays.append(Decimal(row.value))
        have = {abs(c.percent) for c in current.record().comparisons} if hasattr(current, "record") else set()
        missing = [c for c in change["comparisons"] if abs(c.percent) not in have]
        if not missing or any(abs(c.percent) not in strays for c in missing):
            return change
        return {k: v for k, v in change.items() if k != "comparisons"}

    def edit_together(self, current: Any, rows: list[Any], wanted: Any, change: dict[str, Any]) -> bool:
        """Several records in a row that need the same kind, period or place: select them, set it once."""
        if len(change) != 1 or next(iter(change)) not in ("kind", "period", "locality"):
            return False
        if self.action("action_extend_next") is None:
            return False
        index = rows.index(current)
        run = 1
        while (
            index + run < len(rows)
            and rows[index + run].status == "pending"
            and wanted(rows[index + run].id) == change
        ):
            run += 1
        if run == 1:
            return False
        for _ in range(run - 1):
            self.trigger("action_extend_next")
        ((name, value),) = change.items()
        if name == "kind" and self.trigger(f"action_kind_{value}"):
            return True
        widget = self.editor.findChild(QWidget, f"edit_{name}")
        self.goto(widget, name)
        if isinstance(widget, QComboBox):
            self.set_combo(widget, value)
        else:
            self.set_line(widget, value)
        self.save()
        return True

    def move_to(self, pending: list[Any]) -> None:
        """J or K to the nearest pending record."""
        current = self.window.current_row()
        rows = self.window.records
        here = rows.row_of(current.id) if current is not None else -1
        targets = [rows.row_of(r.id) for r in pending]
        after = [t for t in targets if t > here]
        if after:
            for _ in range(min(after) - here):
                self.trigger("action_next_record")
        else:
            for _ in range(here - max(targets)):
                self.trigger("action_prev_record")

    def ensure_focus(self) -> None:
        """A reviewer whose keys would land in a text box clicks the record table first."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and not self.editor.editing:
            self.kb.click(
                self.window.record_table.viewport(),
                self.window.record_table.visualRect(self.window.record_table.currentIndex()).center(),
            )

    # ---- corrections ----

    def correct(self, change: dict[str, Any]) -> None:
        if self.quick_kind(change):
            return
        self.edit_fields(change)

    def edit_fields(self, change: dict[str, Any]) -> None:
        """Every changed field, the label last (picking a completion with Enter may also save), then save."""
        for name in [n for n in FIELD_ORDER if n in change]:
            widget = self.editor.findChild(QWidget, f"edit_{name}")
            self.goto(widget, name)
            if isinstance(widget, QComboBox):
                self.set_combo(widget, change[name])
            else:
                self.set_line(widget, change[name])
        if "comparisons" in change:
            self.set_comparisons(change["comparisons"])
        if "indicator" in change:
            self.goto(self.editor.indicator, "indicator")
            self.set_line(self.editor.indicator, change["indicator"])
        self.save()

    def quick_kind(self, change: dict[str, Any]) -> bool:
        """A single key sets the kind, when the window has one and the kind is all that is wrong."""
        if set(change) != {"kind"}:
            return False
        return self.trigger(f"action_kind_{change['kind']}")

    def open_editor(self) -> None:
        if not self.editor.editing:
            self.trigger("action_edit")

    def goto(self, widget: QWidget, name: str | None = None) -> None:
        """Focus an editor widget: its own key if the window has one, else F2 and Tab."""
        if QApplication.focusWidget() is widget:
            return
        if name is not None and self.trigger(f"action_field_{name}") and QApplication.focusWidget() is widget:
            return
        self.open_editor()
        if QApplication.focusWidget() is not widget:
            self.tab_to(widget)

    def tab_to(self, widget: QWidget) -> None:
        forward = self._distance(widget, forward=True)
        backward = self._distance(widget, forward=False)
        key, modifiers, count = (
            (Qt.Key.Key_Tab, NO_MODIFIER, forward)
            if forward <= backward
            else (Qt.Key.Key_Backtab, SHIFT, backward)
        )
        for _ in range(count):
            self.kb.press(key, modifiers)
        if QApplication.focusWidget() is not widget:
            raise SystemExit(f"review_keys.py: Tab did not reach {widget.objectName()}")

    @staticmethod
    def _distance(widget: QWidget, *, forward: bool) -> int:
        focus = QApplication.focusWidget()
        node, steps = focus, 0
        while steps < 200:
            node = node.nextInFocusChain() if forward else node.previousInFocusChain()
            if node.isVisible() and node.isEnabled() and node.focusPolicy() & Qt.FocusPolicy.TabFocus:
                steps += 1
                if node is widget:
                    return steps
        return 10**6

    def set_combo(self, combo: QComboBox, value: str) -> None:
        steps = combo.findData(value) - combo.currentIndex()
        for _ in range(abs(steps)):
            self.kb.press(Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)

    def set_line(self, line: QLineEdit, target: str) -> None:
        """Edit a selected line to ``target`` with the cheapest of: retyping, word-wise editing, the completer."""
        plans = [
            self._retype(line.text(), target),
            self._splice(line.text(), target),
            self._complete(line, target),
        ]
        keys = min((p for p in plans if p is not None), key=len)
        for key in keys:
            if isinstance(key, str):
                self.kb.type(key)
            else:
                self.kb.press(*key)
        if self.editor.editing and line.text() != target:
            raise SystemExit(f"review_keys.py: editing gave {line.text()!r}, wanted {target!r}")

    @staticmethod
    def _retype(current: str, target: str) -> list[Any]:
        return list(target) if target else [(Qt.Key.Key_Delete, NO_MODIFIER)]

    @staticmethod
    def _splice(current: str, target: str) -> list[Any] | None:
        """Keep the common start and end, jump with Ctrl+arrows, delete by words, type the middle."""
        prefix = 0
        while prefix < min(len(current), len(target)) and current[prefix] == target[prefix]:
            prefix += 1
        suffix = 0
        while (
            suffix < min(len(current), len(target)) - prefix and current[-1 - suffix] == target[-1 - suffix]
        ):
            suffix += 1
        cut_start, cut_end = prefix, len(current) - suffix
        insert = target[prefix : len(target) - suffix]
        scratch = QLineEdit(current)
        best: list[Any] | None = None
        for home in (True, False):
            keys: list[Any] = []
            scratch.setText(current)
            scratch.selectAll()
            _scratch_key(scratch, keys, Qt.Key.Key_Home if home else Qt.Key.Key_End)
            _move(scratch, keys, cut_end)
            while scratch.cursorPosition() > cut_start:
                scratch_copy = scratch.cursorPosition()
                scratch.cursorWordBackward(False)
                jump = scratch.cursorPosition()
                scratch.setCursorPosition(scratch_copy)
                key = Qt.Key.Key_Backspace
                modifiers = CTRL if jump >= cut_start else NO_MODIFIER
                _scratch_key(scratch, keys, key, modifiers)
            keys.extend(insert)
            scratch.insert(insert)
            if scratch.text() == target and (best is None or len(keys) < len(best)):
                best = keys
        return best

    def _complete(self, line: QLineEdit, target: str) -> list[Any] | None:
        """Type the fewest characters after which the completer offers ``target``, then pick it."""
        completer = line.completer()
        if completer is None:
            return None
        best: list[Any] | None = None
        for typed in range(1, len(target)):
            completer.setCompletionPrefix(target[:typed])
            model = completer.completionModel()
            rows = [model.index(i, 0).data() for i in range(model.rowCount())]
            if target in rows:
                downs = [(Qt.Key.Key_Down, NO_MODIFIER)] * (rows.index(target) + 1)
                keys = [*target[:typed], *downs, (Qt.Key.Key_Return, NO_MODIFIER)]
                if best is None or len(keys) < len(best):
                    best = keys
        return best

    def set_comparisons(self, target: tuple[Comparison, ...]) -> None:
        rows = self.editor.comparisons.rows()
        for index, comparison in enumerate(target):
            if index < len(rows):
                row = rows[index]
                if row.comparison() == comparison:
                    continue
                self.goto(row.percent, "comparisons" if index == 0 else None)
            else:
                self.add_comparison()
                row = self.editor.comparisons.rows()[index]
            if row.percent.text() != number_text(comparison.percent):
                self.goto(row.percent)
                self.set_line(row.percent, number_text(comparison.percent))
            for combo, value in ((row.relation, comparison.relation), (row.basis, comparison.basis)):
                if combo.currentData() != value:
                    self.goto(combo)
                    self.set_combo(combo, value)
        for row in self.editor.comparisons.rows()[len(target) :]:
            self.goto(row.findChild(QWidget, "remove_comparison") or row.findChildren(QWidget)[-1])
            self.kb.press(Qt.Key.Key_Space)

    def add_comparison(self) -> None:
        count = len(self.editor.comparisons.rows())
        if not self.trigger("action_add_comparison"):
            self.open_editor()
            self.goto(self.editor.comparisons.add_button)
            self.kb.press(Qt.Key.Key_Space)
        if len(self.editor.comparisons.rows()) != count + 1:
            raise SystemExit("review_keys.py: no comparison was added")

    def save(self) -> None:
        """Enter; pressed again while the editor stays open (a completer may take the first one)."""
        for _ in range(3):
            if not self.editor.editing:
                return
            self.kb.press(Qt.Key.Key_Return)
            if self.editor.problem.text():
                raise SystemExit(f"review_keys.py: the editor refused: {self.editor.problem.text()}")
        raise SystemExit("review_keys.py: Enter did not save")

    def form_fields(self) -> dict[str, Any]:
        """What the open editor holds, as :func:`gold_fields` gives it."""
        editor = self.editor
        return {
            "indicator": editor.indicator.text(),
            "value": editor.value.text(),
            "value_max": editor.value_max.text(),
            "of": editor.of.text(),
            "unit": editor.unit.text(),
            "qualifier": editor.qualifier.currentData(),
            "kind": editor.kind.currentData(),
            "period": editor.period.text(),
            "locality": editor.locality.text(),
            "comparisons": editor.comparisons.comparisons(),
        }

    # ---- additions ----

    def add(self, gold: dict[str, Any], text: str) -> None:
        start = _find_span(text, gold["text"], self.window.store.records(self.window.article.id))
        self.kb.select(self.window.article_text, start, start + len(gold["text"]))
        self.trigger("action_add_from_selection")
        change = {k: v for k, v in gold_fields(gold).items() if self.form_fields()[k] != v}
        self.edit_fields(change)


def _scratch_key(
    line: QLineEdit, keys: list[Any], key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER
) -> None:
    QTest.keyClick(line, key, modifiers)
    keys.append((key, modifiers))


def _move(line: QLineEdit, keys: list[Any], target: int) -> None:
    """Ctrl+Left/Right while that does not overshoot, then Left/Right."""
    for word_key, char_key, ahead in (
        (Qt.Key.Key_Right, Qt.Key.Key_Right, True),
        (Qt.Key.Key_Left, Qt.Key.Key_Left, False),
    ):
        while (line.cursorPosition() < target) if ahead else (line.cursorPosition() > target):
            position = line.cursorPosition()
            if ahead:
                line.cursorWordForward(False)
            else:
                line.cursorWordBackward(False)
            overshoot = line.cursorPosition() > target if ahead else line.cursorPosition() < target
            line.setCursorPosition(position)
            if overshoot:
                _scratch_key(line, keys, char_key)
            else:
                _scratch_key(line, keys, word_key, CTRL)


def _find_span(text: str, span: str, records: list[Any]) -> int:
    """Where a missed figure is: the occurrence of its text that no record covers."""
    covered = {r.record.start for r in records}
    start = text.find(span)
    while start != -1 and start in covered:
        start = text.find(span, start + 1)
    if start == -1:
        raise SystemExit(f"review_keys.py: {span!r} is not in the article")
    return start


# ---- the tasks the issue names, one article each -----------------------------------

TASK_TEXT = (
    "Năm 2020, thu ngân sách trên địa bàn đạt 5.200 tỷ đồng, tăng 8,5% so với cùng kỳ. "
    "Vốn đầu tư phát triển đạt 1.000 tỷ đồng; kim ngạch xuất khẩu đạt 300 triệu USD; "
    "kim ngạch nhập khẩu đạt 200 triệu USD; doanh thu du lịch đạt 50 tỷ đồng."
)
_TASK_FIGURES = (
    ("5.200 tỷ đồng", "Thu ngân sách trên địa bàn", "5200", "tỷ đồng", 10**9),
    ("1.000 tỷ đồng", "Vốn đầu tư phát triển", "1000", "tỷ đồng", 10**9),
    ("300 triệu USD", "Kim ngạch xuất khẩu", "300", "triệu usd", 10**6),
    ("200 triệu USD", "Kim ngạch nhập khẩu", "200", "triệu usd", 10**6),
    ("50 tỷ đồng", "Doanh thu du lịch", "50", "tỷ đồng", 10**9),
)
SAME_PERIOD = Comparison(Decimal("8.5"), "change", "same_period")


def _task_record(written: str, label: str, value: str, unit: str, scale: int, **fields: Any) -> Record:
    start = TASK_TEXT.index(written)
    fields = {
        "period": "2020",
        "locality": "Hà Nam",
        "kind": "actual",
        "confidence": 0.9,
        "rule": "task",
        **fields,
    }
    base_unit = unit.split()[-1] if scale != 1 else unit
    return Record(
        indicator=label,
        value=Decimal(value),
        unit=unit,
        base_value=Decimal(value) * scale,
        base_unit=base_unit,
        start=start,
        end=start + len(written),
        **fields,
    )


def _gold_of(doc: str, record: Record) -> dict[str, Any]:
    return {
        "doc": doc,
        "indicator": record.indicator,
        "value": float(record.value),
        "unit": record.unit,
        "base_value": float(record.base_value),
        "base_unit": record.base_unit,
        "of": None,
        "qualifier": record.qualifier,
        "kind": record.kind,
        "period": record.period,
        "locality": record.locality,
        "comparisons": [c.to_dict() for c in record.comparisons],
        "text": TASK_TEXT[record.start : record.end],
    }


def task_corpus() -> tuple[list[tuple[Article, list[Record], str, bool]], dict[str, list[dict[str, Any]]]]:
    """One article per task of issue 12: (machine records, gold) differ by exactly that task."""
    right = [_task_record(*figure) for figure in _TASK_FIGURES]
    right[0] = right[0].with_changes(comparisons=(SAME_PERIOD,))
    stray = _task_record("8,5%", "Thu ngân sách tăng", "8.5", "%", 1)
    tasks = {
        "task_period": [right[0].with_changes(period="2019"), *right[1:]],
        "task_place": [right[0].with_changes(locality="Hà Nội"), *right[1:]],
        "task_kind": [right[0].with_changes(kind="estimate"), *right[1:]],
        "task_comparison": [right[0].with_changes(comparisons=()), *right[1:]],
        "task_place_x4": [right[0], *(r.with_changes(locality="Hà Nội") for r in right[1:])],
        "task_stray_percent": [right[0].with_changes(comparisons=()), stray, *right[1:]],
    }
    articles = [
        (
            Article(
                doc=doc, text=TASK_TEXT, raw_text=TASK_TEXT, title=doc, locality="Hà Nam", content_hash=doc
            ),
            records,
            "task",
            False,
        )
        for doc, records in tasks.items()
    ]
    gold = {doc: [_gold_of(doc, record) for record in right] for doc in tasks}
    return articles, gold


# ---- the run ---------------------------------------------------------------------


def articles(
    shared: Path, seeds: bool, dev: tuple[str, ...]
) -> tuple[list[Path], dict[str, list[dict[str, Any]]]]:
    paths: list[Path] = []
    gold: dict[str, list[dict[str, Any]]] = {}
    if seeds:
        paths += sorted((ROOT / "seeds").glob("*.txt"))
        gold.update(load_gold(shared / "gold" / "seeds.jsonl"))
    if dev:
        paths += [next((shared / "corpus" / "dev").glob(f"{doc}.*")) for doc in dev]
        gold.update(load_gold(DEV_GOLD, set(dev)))
    return paths, gold


def accept_all_first(window: Any, keyboard: Keyboard) -> Tally:
    """Ctrl+Shift+Y, the whole corpus (Down from "this article"), Enter: accept what passes."""
    from PySide6.QtWidgets import QDialog

    start = keyboard.keys
    keyboard.press(Qt.Key.Key_Y, CTRL | SHIFT)
    dialog = window.findChild(QDialog, "accept_dialog")
    if dialog is None:
        raise SystemExit("review_keys.py: this window has no accept-all-that-pass dialog")
    QTest.qWaitForWindowExposed(dialog)
    if not dialog.corpus_scope.isChecked():
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
        keyboard.keys += 1
        keyboard.log.append("Down")
    accepted = dialog.count
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    keyboard.keys += 1
    keyboard.log.append("Return")
    while window.accept_all.busy():
        QTest.qWait(20)
    window.activateWindow()
    QApplication.processEvents()
    return Tally("(accept all)", 0, keyboard.keys - start, 0, 0, {"confirmed": accepted})


def run(
    shared: Path,
    seeds: bool,
    dev: tuple[str, ...],
    verbose: bool,
    tasks: bool = False,
    accept_all: float | None = None,
) -> list[Tally]:
    from desktop.app import application, create_main_window
    from desktop.services.ingest import import_paths
    from desktop.store import Store

    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        application()
        db = Path(folder) / "review.db"
        if tasks:
            corpus, gold = task_corpus()
            with Store(db) as store:
                store.add_articles(corpus)
        else:
            paths, gold = articles(shared, seeds, dev)
            import_paths(db, paths, workers=1)
        window = create_main_window(db, reviewer="review_keys")
        window.resize(1440, 860)
        window.show()
        QTest.qWaitForWindowExposed(window)
        window.activateWindow()
        QApplication.processEvents()
        keyboard = Keyboard(window)
        reviewer = Reviewer(window, keyboard, verbose)
        if accept_all is not None:
            QSettings().setValue("checks/accept_threshold", accept_all)  # as a reviewer set it before
        tallies = [accept_all_first(window, keyboard)] if accept_all is not None else []
        try:
            reviewed = set()
            for doc in _review_order(window, gold):
                reviewed.add(doc)
                tallies.append(_review_one(reviewer, keyboard, doc, gold[doc], verbose))
            for doc in [
                doc for doc in gold if doc not in reviewed
            ]:  # left with nothing pending by accept all
                tallies.append(_review_one(reviewer, keyboard, doc, gold[doc], verbose, click=True))
            _check_against_gold(window.store, gold)
        finally:
            window.close()
        return tallies


def _review_order(window: Any, gold: dict[str, list[dict[str, Any]]]) -> Iterator[str]:
    """The articles as the window brings them: the first on open, then Ctrl+Down."""
    seen: set[str] = set()
    while window.article is not None and window.article.doc not in seen:
        doc = window.article.doc
        seen.add(doc)
        if doc in gold:
            yield doc


def _open_from_list(window: Any, keyboard: Keyboard, doc: str) -> None:
    """A click on the article in the list, then Return to its records."""
    article_id = next(s.id for s in window.store.article_summaries() if s.doc == doc)
    row = window.articles.row_of(article_id)
    if row is None:
        raise SystemExit(f"review_keys.py: {doc} is not in the article list")
    index = window.articles.index(row, 0)
    window.article_list.scrollTo(index)
    keyboard.click(window.article_list.viewport(), window.article_list.visualRect(index).center())
    keyboard.press(Qt.Key.Key_Return)
    if window.article is None or window.article.doc != doc:
        raise SystemExit(f"review_keys.py: a click did not open {doc}")


def _next_article(window: Any) -> bool:
    action = window.findChild(QAction, "action_next_article")
    return action is not None and action.isEnabled()


def _review_one(
    reviewer: Reviewer,
    keyboard: Keyboard,
    doc: str,
    golds: list[dict[str, Any]],
    verbose: bool,
    click: bool = False,
) -> Tally:
    """Review one article; ``click``: open it first from the article list, as a reviewer opens an article
    that Ctrl+Down skips (nothing pending: accept all confirmed every record, right or wrong)."""
    start = (keyboard.keys, keyboard.typed, keyboard.mouse, len(keyboard.log))
    if click:
        _open_from_list(reviewer.window, keyboard, doc)
    reviewer.review(golds)
    reviewer.ensure_focus()
    if _next_article(reviewer.window):
        reviewer.trigger("action_next_article")
    records = reviewer.window.store.records(
        next(s.id for s in reviewer.window.store.article_summaries() if s.doc == doc)
    )
    tally = Tally(
        doc, len(records), keyboard.keys - start[0], keyboard.typed - start[1], keyboard.mouse - start[2]
    )
    for stored in records:
        tally.decided[stored.status] = tally.decided.get(stored.status, 0) + 1
    if verbose:
        print(doc, " ".join(keyboard.log[start[3] :]), file=sys.stderr)
    return tally


def _check_against_gold(store: Any, gold: dict[str, list[dict[str, Any]]]) -> None:
    for summary in store.article_summaries():
        if summary.doc not in gold:
            continue
        kept = [s for s in store.records(summary.id) if s.status != "rejected"]
        if any(s.status == "pending" for s in kept):
            raise SystemExit(f"review_keys.py: {summary.doc} still has pending records")
        text = store.article(summary.id).text
        paired = pair(kept, gold[summary.doc], text)
        if len(paired) != len(kept) or len(kept) != len(gold[summary.doc]):
            raise SystemExit(
                f"review_keys.py: {summary.doc} has {len(kept)} records, gold {len(gold[summary.doc])}"
            )
        for stored in kept:
            wrong = differences(stored.record, paired[stored.id])
            if wrong:
                raise SystemExit(
                    f"review_keys.py: {summary.doc} record {stored.id} differs from gold: {wrong}"
                )


def report(tallies: list[Tally]) -> dict[str, Any]:
    def summary(rows: list[Tally]) -> dict[str, Any]:
        decided = sum(t.records for t in rows)
        keys = sum(t.keys for t in rows)
        return {
            "articles": len(rows),
            "records": decided,
            "keys": keys,
            "typed": sum(t.typed for t in rows),
            "other_keys": keys - sum(t.typed for t in rows),
            "mouse": sum(t.mouse for t in rows),
            "keys_per_record": round(keys / decided, 2) if decided else None,
        }

    seeds = [t for t in tallies if t.doc[0].isdigit()]
    dev = [t for t in tallies if t.doc.startswith("d")]
    tasks = [t for t in tallies if t.doc.startswith("task")]
    return {
        "articles": [t.__dict__ for t in tallies],
        "seeds": summary(seeds),
        "dev": summary(dev),
        "tasks": summary(tasks),
        "all": summary(tallies),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared",
        type=Path,
        default=SHARED,
        help="the shared folder with gold/ and corpus/dev/ (default: %(default)s)",
    )
    parser.add_argument("--dev", default=",".join(DEFAULT_DEV), help="dev articles (default: %(default)s)")
    parser.add_argument("--no-seeds", action="store_true")
    parser.add_argument(
        "--tasks",
        action="store_true",
        help="instead: one made-up article per task of issue 12 (a wrong period, place or kind, "
        "a missing comparison, one place wrong on four records, a stray percentage)",
    )
    parser.add_argument(
        "--accept-all",
        type=float,
        nargs="?",
        const=0.8,
        metavar="THRESHOLD",
        help="accept every record that passes the checks first (Ctrl+Shift+Y), with this lowest "
        "confidence (default 0.8), then review",
    )
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    parser.add_argument("--verbose", action="store_true", help="print every key, per article, to stderr")
    args = parser.parse_args(argv)
    dev = tuple(d for d in args.dev.split(",") if d)
    if not args.tasks and not (args.shared / "gold").is_dir():
        parser.error(f"{args.shared} holds no gold/ folder: give the shared folder with --shared")
    tallies = run(
        args.shared, not args.no_seeds, dev, args.verbose, tasks=args.tasks, accept_all=args.accept_all
    )
    figures = report(tallies)
    print(f"{'article':<22} {'records':>7} {'keys':>6} {'typed':>6} {'other':>6} {'mouse':>6}  decided")
    for t in tallies:
        decided = ", ".join(f"{k} {v}" for k, v in sorted(t.decided.items()))
        print(
            f"{t.doc:<22} {t.records:>7} {t.keys:>6} {t.typed:>6} {t.keys - t.typed:>6} {t.mouse:>6}  {decided}"
        )
    for name in ("seeds", "dev", "tasks", "all"):
        s = figures[name]
        if s["articles"]:
            print(
                f"{name}: {s['records']} records, {s['keys']} keys ({s['typed']} typed characters, "
                f"{s['other_keys']} other keys), {s['mouse']} mouse gestures; "
                f"{s['keys_per_record']} keys per decided record"
            )
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
