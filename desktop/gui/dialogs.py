"""Small dialogs: reviewer name, keyboard help, export choices, import file choice."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.placement import fit_on_screen
from desktop.gui.states import STATE_COLOURS, state_label


def ask_reviewer(parent: QWidget | None, current: str = "") -> str | None:
    """The reviewer's name, asked once and then kept in the settings; None if the dialog was closed."""
    while True:
        name, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("Dialogs", "Reviewer"),
            QCoreApplication.translate("Dialogs", "Your name, recorded with every decision you make:"),
            QLineEdit.EchoMode.Normal,
            current,
        )
        if not ok:
            return None
        if name.strip():
            return name.strip()


def choose_import_files(parent: QWidget) -> list[Path]:
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("Dialogs", "Import articles"),
        "",
        QCoreApplication.translate("Dialogs", "Articles (*.txt *.md *.html *.htm *.jsonl);;All files (*)"),
    )
    return [Path(f) for f in files]


def choose_import_folder(parent: QWidget) -> list[Path]:
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Dialogs", "Import a folder")
    )
    return [Path(folder)] if folder else []


def choose_database(parent: QWidget | None, start: str = "") -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Dialogs", "Open or create a database"),
        start,
        QCoreApplication.translate("Dialogs", "Chitieu databases (*.db);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(path) if path else None


class HelpDialog(QDialog):
    """Every shortcut of the window, read from the actions themselves so the list cannot go stale."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.setWindowTitle(self.tr("Keyboard help"))
        model = QStandardItemModel(0, 2, self)
        model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for action in actions:
            keys = " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
            model.appendRow([QStandardItem(action.text().replace("&", "")), QStandardItem(keys)])
        table = QTableView(objectName="help_table")
        table.setModel(model)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        legend = QLabel(self._legend())
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(table)
        column.addWidget(legend)
        column.addWidget(buttons)
        fit_on_screen(self, 640, 820)

    def _legend(self) -> str:
        """The highlight colours, drawn from the one table that defines them."""
        swatches = " ".join(
            f'<span style="background:{colour}">&nbsp;{state_label(state)}&nbsp;</span>'
            for state, colour in STATE_COLOURS.items()
        )
        return (
            self.tr("Highlight colours: ")
            + swatches
            + "<br>"
            + self.tr(
                "Confirm, reject and every correction move on to the next pending record. The current figure is "
                "framed and its comparisons are underlined with dots. Click a highlight to select its record; "
                "select text and press Ctrl+N to add a figure the machine missed. Shift+J/K, Shift+click or "
                "Ctrl+click select several records: Y, N, A, E, T, Alt+K, Alt+P and Alt+A then apply to all of "
                "them, as one step of undo."
            )
            + "<br>"
            + self.tr(
                "Dataset tab (Ctrl+2): double-click a value or press Enter on it to open its record; Enter on a "
                "row's name goes to its first value; Shift+arrows select cells and Ctrl+C copies them for a "
                "spreadsheet; a click on the Indicator, Place or Unit header sorts the rows."
            )
            + "<br>"
            + self.tr(
                "Conflicts tab (Ctrl+3): an article's year two reviewers set differently comes before the records. "
                "1–9 take that reviewer's version of the record, or that reviewer's year for the article (the "
                "periods that follow from it move with it); F2 opens a new correction, or another year; Ctrl+Z "
                "reopens the conflict."
            )
        )


#: Where the export dialog keeps the last choices: the format, which records, the file.
EXPORT_KEYS = ("export/format", "export/status", "export/path")


class ExportDialog(QDialog):
    """Format, which records, and the output file: the last export's, or JSON Lines beside the database.

    A reviewer who exports to Excel each week chose Excel, the records and the folder again
    each time: the dialog opened on JSON Lines beside the database.
    """

    def __init__(
        self,
        formats: Iterable[tuple[str, str]],
        statuses: Iterable[tuple[str, str]],
        start_dir: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export dataset"))
        self.format = QComboBox(objectName="export_format")
        for value, label in formats:
            self.format.addItem(label, value)
        self.status = QComboBox(objectName="export_status")
        for value, label in statuses:
            self.status.addItem(label, value)
        self.path = QLineEdit(objectName="export_path")
        settings = QSettings()
        for combo, key in ((self.format, EXPORT_KEYS[0]), (self.status, EXPORT_KEYS[1])):
            combo.setCurrentIndex(max(combo.findData(settings.value(key)), 0))
        last = str(settings.value(EXPORT_KEYS[2], "") or "")
        if last and Path(last).parent.is_dir():
            self.path.setText(str(Path(last).with_suffix("." + self.format.currentData())))
        else:
            self.path.setText(str(Path(start_dir) / f"chitieu.{self.format.currentData()}"))
        self.path.setMinimumWidth(360)
        browse = QPushButton(self.tr("Choose…"), objectName="export_browse")
        browse.clicked.connect(self._browse)
        self.format.currentIndexChanged.connect(self._fix_suffix)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Records"), self.status)
        form.addRow(self.tr("File"), file_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.buttons)

    def choice(self) -> tuple[str, str, Path]:
        return self.format.currentData(), self.status.currentData(), Path(self.path.text().strip())

    def accept(self) -> None:
        """Keep the choices for the next export, then close."""
        settings = QSettings()
        for key, value in zip(EXPORT_KEYS, self.choice(), strict=True):
            settings.setValue(key, str(value))
        super().accept()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text())
        if path:
            self.path.setText(path)
            self._fix_suffix()

    def _fix_suffix(self) -> None:
        path = Path(self.path.text().strip())
        if path.name:
            self.path.setText(str(path.with_suffix("." + self.format.currentData())))
