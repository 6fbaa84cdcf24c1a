"""The interface language: Vietnamese by default, English available, kept in QSettings.

Source strings are English; ``resources/translations/chitieu_vi.qm`` holds the
Vietnamese (regenerate with ``scripts/update_translations.sh``), Qt's own dialog
texts included (see :mod:`desktop.gui.qt_strings`): PySide6 ships no
``qtbase_vi.qm``.  A ``qtbase`` catalogue is still loaded when Qt has one.
``chitieu_en.qm`` holds only the English plural forms of the ``%n`` texts, so
that an English window says "1 record" and "2 records", not "record(s)".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QStatusBar

from desktop.core.bundled import resource

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
#: The language of the translators installed (None before :func:`install_translators`).
_installed: str | None = None


def current_language() -> str:
    """The language chosen in the settings: the next start's."""
    language = str(QSettings().value("language", DEFAULT_LANGUAGE))
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def interface_language() -> str:
    """The language the window speaks: the one installed at start, whatever was chosen since."""
    return _installed or current_language()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the translations for ``language``; the caller keeps the returned translators alive."""
    global _installed
    _installed = language
    translators: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [(f"chitieu_{language}", str(resource("translations")))]
    if language != "en":  # English is Qt's own language; Chitieu's English catalogue holds plurals only
        catalogues.append((f"qtbase_{language}", qt_folder))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    QLocale.setDefault(QLocale(language))
    return translators


def fill_language_menu(menu: QMenu, status_bar: QStatusBar) -> None:
    """One checkable entry per language; a change applies at the next start."""
    group = QActionGroup(menu)
    current = current_language()
    for code, name in LANGUAGES.items():
        action = QAction(name, menu, checkable=True, checked=code == current)
        action.setObjectName(f"action_language_{code}")
        action.triggered.connect(lambda _checked=False, code=code: _choose(code, status_bar))
        group.addAction(action)
        menu.addAction(action)


def _choose(code: str, status_bar: QStatusBar) -> None:
    QSettings().setValue("language", code)
    status_bar.showMessage(
        QCoreApplication.translate("Language", "The new language applies the next time Chitieu starts."),
        10000,
    )
