"""What is wrong with the current record: its failed checks, above the table (issue 13).

One line per failed check, in the interface language.  A check that names
other records (the same fact in another article, a repeat in this one) lists
them as links; clicking one, or Ctrl+L for the first, opens that record.
Messages quote article text, which is data: it is escaped, never markup.

The strip is on screen at every key press, so it is built not to lay the
window out: the label sits in a holder without a layout, which takes the
label's requests to itself, and the holder's height is set by hand, only
when the findings need more room (see :class:`CheckStrip`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.check_rules import PERIOD_ASSUMED
from desktop.core.checks import Finding
from desktop.gui.actions import action_hint
from desktop.gui.language import interface_language

LINK = "record:"
#: Other records linked per check; a cross-article check may name dozens.
LINKED = 8
#: The quiet line of a record that passes, in an article where others fail.
PASSED_COLOUR = "#555c69"


def findings_html(findings: list[Finding], passes: bool) -> str:
    """The findings, one line each; none: the quiet "passes" line when ``passes``, else nothing."""
    if findings:
        lang = interface_language()
        return "<br>".join(
            f"⚠ {html.escape(finding.message(lang))}{_links(finding)}{_remedy(finding)}"
            for finding in findings
        )
    if passes:
        line = QCoreApplication.translate("RecordTable", "Passes every check")
        return f'<span style="color:{PASSED_COLOUR}">✓ {html.escape(line)}</span>'
    return ""


def _remedy(finding: Finding) -> str:
    """The window's own answer to a finding, when it has one beyond deciding the record: an article's guessed
    year is set for all its figures at once (:mod:`desktop.gui.article_year`)."""
    if finding.rule != PERIOD_ASSUMED.name:
        return ""
    said = QCoreApplication.translate("CheckNotes", "Or set the article's year: %1.")
    return " " + html.escape(said.replace("%1", action_hint("action_article_year")))


def _links(finding: Finding) -> str:
    if not finding.others:
        return ""
    shown = ", ".join(f'<a href="{LINK}{key}">#{key}</a>' for key in finding.others[:LINKED])
    more = f" … (+{len(finding.others) - LINKED})" if len(finding.others) > LINKED else ""
    return f" → {shown}{more}"


class CheckNotes(QLabel):
    """The findings of one record as rich text, their links opening the records they name."""

    record_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_notes")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(self._open)
        self._linked: list[int] = []

    def say(self, findings: list[Finding], passes: bool) -> str:
        """Show ``findings`` (see :func:`findings_html`); the text shown."""
        self._linked = [key for finding in findings for key in finding.others]
        text = findings_html(findings, passes)
        if self.text() != text:  # the same text again is not laid out again
            self.setText(text)
        return text

    def first_linked(self) -> int | None:
        """The first record the current record's checks name, if any."""
        return self._linked[0] if self._linked else None

    def _open(self, href: str) -> None:
        if href.startswith(LINK) and href[len(LINK) :].isdigit():
            self.record_requested.emit(int(href[len(LINK) :]))


class CheckStrip(QWidget):
    """A quiet strip that appears only for a record failing a check.

    Within an article that has such records it keeps its place, saying so
    for a record that passes, as tall as the longest findings of the
    article: the table below does not move from one record to the next (a
    moved table is repainted whole, and the reviewer's eye loses its row).

    A label with wrapped rich text asks its parents to lay out again at each
    new text, and answering took several layouts of the text per key press.
    Here the label fills a holder without a layout, which keeps those
    requests; the holder's height is measured when an article is shown (or
    the strip gets another width), so a move between records lays out
    nothing but the new text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_strip")
        self.notes = CheckNotes(self)
        self._ruler = CheckNotes(self)  # measures texts without showing them
        self._ruler.hide()
        self._held = False  # the article shown has a record failing a check: the strip keeps its place
        self._texts: set[str] = set()  # what the strip may say on this article
        self._heights: dict[str, int] = {}  # their heights at the strip's width
        self.setFixedHeight(0)
        self.hide()

    def hold_place(self, findings: list[list[Finding]]) -> None:
        """A new article and the findings of its failing records: keep a place as tall as the longest."""
        self._held = bool(findings)
        self._texts = {findings_html(each, passes=True) for each in [[], *findings]} if self._held else set()
        self._heights.clear()
        self._fit(grow_only=False)
        self.setVisible(self._held)

    def show_findings(self, findings: list[Finding]) -> None:
        """The current record's findings; a text not foreseen (the checks changed) may grow the strip."""
        text = self.notes.say(findings, passes=self._held)
        if text and text not in self._texts:
            self._texts.add(text)
            self._fit(grow_only=True)
        shown = bool(text)
        if shown != self.isVisible():
            self.setVisible(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.notes.setGeometry(self.rect())
        if event.oldSize().width() != event.size().width():  # another width: every text wraps anew
            self._heights.clear()
            self._fit(grow_only=False)

    def _fit(self, *, grow_only: bool) -> None:
        height = max((self._height(text) for text in self._texts), default=0)
        if height > self.height() or (not grow_only and height != self.height()):
            self.setFixedHeight(height)

    def _height(self, text: str) -> int:
        height = self._heights.get(text)
        if height is None:
            self._ruler.setText(text)
            height = self._heights[text] = self._ruler.heightForWidth(self.width())
        return height
