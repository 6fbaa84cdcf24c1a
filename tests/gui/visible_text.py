"""Every text a window shows a reviewer, and a test of whether a text is English.

The catalogue test (``test_translations``) only sees texts marked for
lupdate; a text built another way (a helper around ``translate``, a literal,
an error message from below the GUI) reached the Vietnamese window in English
and no test noticed.  This walks what the window really shows instead:
titles, labels, buttons, tips, placeholders, menus, tabs, column headers.
The contents of editors and the article text are data, not interface, and are
left out.

English is told from Vietnamese word by word: a word of ASCII letters only
that cannot be a Vietnamese syllable (``file``, ``read``, ``damaged``) is
English.  Words with Vietnamese letters, single letters and acronyms, paths,
names with digits, key names and what is quoted (``'chitieu restore'``) pass,
and so does the data a test names (its doc ids, its reviewer).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

#: ASCII words that are neither English to translate nor Vietnamese: names, keys as their caps
#: say, formats.  Qt's Return, Del, Space, Up… are English: the window names them in Vietnamese.
ALLOWED = {
    "chitieu",
    "ctrl",
    "shift",
    "alt",
    "enter",
    "delete",
    "esc",
    "tab",
    "home",
    "end",
    "json",
    "txt",
    "md",
    "html",
    "htm",
    "markdown",
    "jsonl",
    "lines",
    "csv",
    "excel",
    "xlsx",
    "png",
    "svg",
    "sqlite",
    "utf",
    "byte",
    "ok",
    "id",
    "kappa",
    "cohen",
    "english",
}

_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?"
_NUCLEUS = "(?:[aeiouy]{1,3})"
_CODA = "(?:ng|nh|ch|[cmnpt])?"
_SYLLABLE = re.compile(f"{_ONSET}{_NUCLEUS}{_CODA}")
_WORD = re.compile(r"[^\W\d_]+")
#: Not words: paths, names with digits or underscores (file names, doc ids, F2), commands,
#: README sections and JSON fields in quotes.
_NOT_WORDS = re.compile(r"\S*[/\\\d_]\S*|'[^']*'|\"[^\"]*\"")
_MARKUP = re.compile(r"<[^>]*>|&\w+;")


def english_words(text: str, data: Iterable[str] = ()) -> list[str]:
    """The words of ``text`` that are English: ASCII letters only, no Vietnamese syllable, not allowed.

    ``data`` are texts that come from the corpus or the user, not from the interface.
    """
    for value in data:
        text = text.replace(value, " ")
    text = _NOT_WORDS.sub(" ", _MARKUP.sub(" ", text)).replace("&", "")
    found = []
    for word in _WORD.findall(text):
        if not word.isascii() or len(word) == 1 or word.lower() in ALLOWED or word.isupper():
            continue
        if not _SYLLABLE.fullmatch(_plain(word.lower())):
            found.append(word)
    return found


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """``(where, text)`` for every interface text of ``root`` and its children, hidden ones included."""
    for widget in (root, *root.findChildren(QWidget)):
        where = widget.objectName() or type(widget).__name__
        if widget.isWindow():
            yield where, widget.windowTitle()
        yield where, widget.toolTip()
        yield where, widget.statusTip()
        yield from ((where, text) for text in _own_texts(widget))
        for action in widget.actions():
            name = action.objectName() or f"{where} action"
            yield from ((name, text) for text in (action.text(), action.toolTip(), action.statusTip()))


def _own_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(index) for index in range(widget.count()))
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    elif isinstance(widget, QMenu):
        yield widget.title()
    elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        yield from _headers(widget.model())


def _headers(model: QAbstractItemModel) -> Iterator[str]:
    for column in range(model.columnCount(QModelIndex())):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield value


def untranslated(root: QWidget, data: Iterable[str] = ()) -> list[tuple[str, str]]:
    """``(where, text)`` of every text of ``root`` that still has English words in it (``data`` aside)."""
    data = tuple(data)
    return sorted(
        {(where, text) for where, text in visible_texts(root) if text and english_words(text, data)}
    )
