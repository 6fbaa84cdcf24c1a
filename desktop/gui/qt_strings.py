"""Qt's own texts that the window shows, translated in Chitieu's catalogue.

PySide6 ships no ``qtbase_vi.qm``, so without these the standard buttons (OK,
Cancel, Close), the file dialogs and the text fields' context menu stayed
English in a Vietnamese window.  Qt looks these up under its own contexts
(``QPlatformTheme``, ``QFileDialog``…); listing them here with
``QT_TRANSLATE_NOOP`` is what puts them in ``chitieu_vi.ts`` when
``scripts/update_translations.sh`` runs.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

_MARKED: tuple[tuple[str, object], ...] = (
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")),
    ("QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Show Details...")),
    ("QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Hide Details...")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "File &name:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of type:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Open")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Save")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Choose")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Open")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Directory:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Back")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Forward")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&New Folder")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Delete")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Rename")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Detail View")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List View")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Recent Places")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Name")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Size")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Type")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Undo")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Redo")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Copy")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Paste")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Delete")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Select All")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")),
    # Key names, as the help and the menus write the shortcuts (QKeySequence's NativeText): Return,
    # Del, Space and Up read as English words to a Vietnamese reviewer.  The shortcuts themselves
    # are parsed from portable (untranslated) names, see desktop.gui.actions.key_sequence.
    ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "Space")),
    ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "Return")),
    ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "Enter")),
    ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "Del")),
    ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "Ins")),
    ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "Up")),
    ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "Down")),
    ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "Left")),
    ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "Right")),
    ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "PgUp")),
    ("QShortcut", QT_TRANSLATE_NOOP("QShortcut", "PgDown")),
)

#: ``(context, source text)`` of every Qt text above.
QT_STRINGS: tuple[tuple[str, str], ...] = tuple((context, str(text)) for context, text in _MARKED)
