"""What is wrong with the current record: its failed checks, above the table (issue 13).

One line per failed check, in the interface language.  A check that names
other records (the same fact in another article, a repeat in this one) lists
them as links; clicking one, or Ctrl+L for the first, opens that record.
Messages quote article text, which is data: it is escaped, never markup.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.checks import Finding
from desktop.gui.language import current_language

LINK = "record:"
#: Other records linked per check; a cross-article check may name dozens.
LINKED = 8


class CheckNotes(QLabel):
    """A quiet strip that appears only for a record failing a check."""

    record_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_notes")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(self._open)
        self._linked: list[int] = []
        self.hide()

    def show_findings(self, findings: list[Finding]) -> None:
        self._linked = [key for finding in findings for key in finding.others]
        if not findings:
            self.clear()
            self.hide()
            return
        lang = current_language()
        lines = [f"⚠ {html.escape(finding.message(lang))}{self._links(finding)}" for finding in findings]
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
        if href.startswith(LINK) and href[len(LINK):].isdigit():
            self.record_requested.emit(int(href[len(LINK):]))
