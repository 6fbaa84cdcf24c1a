"""What is wrong with the current record: its failed checks, above the table (issue 13).

One line per failed check, in the interface language.  A check that names
other records (the same fact in another article, a repeat in this one) lists
them as links; clicking one, or Ctrl+L for the first, opens that record.
Messages quote article text, which is data: it is escaped, never markup.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.checks import Finding
from desktop.gui.language import current_language

LINK = "record:"
#: Other records linked per check; a cross-article check may name dozens.
LINKED = 8
#: The quiet line of a record that passes, in an article where others fail.
PASSED_COLOUR = "#555c69"


class CheckNotes(QLabel):
    """A quiet strip that appears only for a record failing a check.

    Within an article that has such records it keeps its place, saying so
    for a record that passes, as tall as the longest findings shown: the
    table below does not move from one record to the next (a moved table is
    repainted whole, and the reviewer's eye loses its row).
    """

    record_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_notes")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(self._open)
        self._linked: list[int] = []
        self._held = False  # the article shown has a record failing a check: the strip keeps its place
        self.hide()

    def hold_place(self, held: bool) -> None:
        """A new article: keep the strip's place while on it when any of its records fails a check."""
        self._held = held
        self.setMinimumHeight(0)
        self.setVisible(held)

    def show_findings(self, findings: list[Finding]) -> None:
        self._linked = [key for finding in findings for key in finding.others]
        if not findings:
            passes = QCoreApplication.translate("RecordTable", "Passes every check") if self._held else ""
            text = f'<span style="color:{PASSED_COLOUR}">✓ {html.escape(passes)}</span>' if passes else ""
            if self.text() != text:  # a label's new text lays the window out again, on every key
                self.setText(text)
            self.setVisible(self._held)
            return
        lang = current_language()
        lines = [f"⚠ {html.escape(finding.message(lang))}{self._links(finding)}" for finding in findings]
        if self._held:  # never shorter than it was laid out on this article (measuring rich text costs ms)
            self.setMinimumHeight(max(self.minimumHeight(), self.height()))
        self.setText("<br>".join(lines))
        self.show()

    def first_linked(self) -> int | None:
        """The first record the current record's checks name, if any."""
        return self._linked[0] if self._linked else None

    def _links(self, finding: Finding) -> str:
        if not finding.others:
            return ""
        shown = ", ".join(f'<a href="{LINK}{key}">#{key}</a>' for key in finding.others[:LINKED])
        more = f" … (+{len(finding.others) - LINKED})" if len(finding.others) > LINKED else ""
        return f" → {shown}{more}"

    def _open(self, href: str) -> None:
        if href.startswith(LINK) and href[len(LINK) :].isdigit():
            self.record_requested.emit(int(href[len(LINK) :]))
