"""Starting the review window: application set-up, database choice, reviewer, screenshots.

``create_main_window`` builds the real window on any database without an
event loop and, given a reviewer, without any prompt: it is what tests,
scripts and ``chitieu screenshot`` drive (the automation contract of issue 3).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.core.bundled import resource, seeds_folder
from desktop.core.errors import BrokenInstallation, InputError
from desktop.core.taxonomy import default_taxonomy
from desktop.gui.damage_watch import watch_background_check
from desktop.gui.dialogs import ask_reviewer, choose_database
from desktop.gui.language import current_language, install_translators
from desktop.gui.look import apply_look
from desktop.gui.main_window import MainWindow
from desktop.gui.problem_text import problem_text
from desktop.store import Store

ORGANISATION = "Chitieu"
APPLICATION = "Chitieu"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
SCREENSHOT_SIZE = (1440, 860)


def application() -> QApplication:
    """The QApplication, created once with Chitieu's names, translations and style."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("chitieu")  # ties the window to chitieu.desktop (Wayland, task bars)
    app.setWindowIcon(application_icon())
    app.setProperty("chitieu_translators", install_translators(app, current_language()))
    apply_look(app, resource("styles", "app.qss").read_text(encoding="utf-8"))
    return app


def application_icon() -> QIcon:
    """The window and task-bar icon, one PNG per size so that small sizes stay sharp."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", f"chitieu-{size}.png")))
    return icon


def create_main_window(db_path: Path | str, reviewer: str | None = None) -> MainWindow:
    """The review window on ``db_path``; without ``reviewer``, the saved name or a prompt for one.

    Raises :class:`InputError` when the database cannot be opened, or when no
    reviewer name was given.
    """
    application()
    if reviewer is None:
        reviewer = saved_reviewer()
    store = Store(Path(db_path), backup_in_background=True, sync_in_background=True)
    try:
        with store.reading():  # a damaged page met while showing the first article is a message
            window = MainWindow(store, reviewer, default_taxonomy())
    except BaseException:
        store.close()
        raise
    watch_background_check(window)
    return window


def saved_reviewer() -> str:
    """The reviewer name kept in the settings, asked for (once) when there is none."""
    name = reviewer_for_session()
    if name is None:
        raise InputError(_reviewer_needed())
    return name


def reviewer_for_session() -> str | None:
    """The saved reviewer name, else asked for until given; None when the reviewer chooses to quit."""
    settings = QSettings()
    name = str(settings.value("reviewer", "") or "")
    while not name:
        name = ask_reviewer(None) or ""
        if not name and not _ask_again():
            return None
    settings.setValue("reviewer", name)
    return name


def _reviewer_needed() -> str:
    return QApplication.translate(
        "App", "Chitieu records who makes every decision, so it needs your name before it opens the review."
    )


def _ask_again() -> bool:
    """Explain why a name is needed; True to ask again, False to quit."""
    box = QMessageBox(QMessageBox.Icon.Information, "Chitieu", _reviewer_needed())
    box.setObjectName("reviewer_needed")
    again = box.addButton(QApplication.translate("App", "Enter a name"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(again)
    box.exec()
    return box.clickedButton() is again


def require_display() -> None:
    """Refuse early, with advice, where Qt would abort for want of a screen (an SSH session, CI)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise InputError(
            "There is no display to open the review window on. Run chitieu in a desktop "
            "session, or under a virtual one (xvfb-run chitieu); import, export and stats "
            "work without one."
        )


def main_gui(db_path: Path | None) -> int:
    """Run the window until it closes; database problems are explained, never shown as tracebacks."""
    require_display()
    try:
        return _run_window(db_path)
    except BrokenInstallation as exc:
        print(f"chitieu: error: {exc}", file=sys.stderr)
        if QApplication.instance() is not None:
            QMessageBox.critical(None, "Chitieu", str(exc))
        return 3


def _run_window(db_path: Path | None) -> int:
    app = application()
    reviewer = reviewer_for_session()
    if reviewer is None:
        return 1
    path = Path(db_path) if db_path is not None else _default_database()
    window = None
    while window is None:
        try:
            window = create_main_window(path, reviewer)
        except InputError as exc:
            chosen = _ask_other_database(problem_text(exc), path)
            if chosen is None:
                return 1
            path = chosen
    _show(window)
    return app.exec()


def _show(window: MainWindow) -> None:
    QSettings().setValue("last_database", str(window.store.path))
    window.database_requested.connect(lambda path: _replace(window, path))
    window.show()


def _replace(window: MainWindow, path: Path) -> None:
    """Open another database in a new window; the old one stays if the new one cannot open."""
    try:
        replacement = create_main_window(path, window.session.reviewer)
    except InputError as exc:
        _cannot_open(window, problem_text(exc)).exec()
        return
    replacement.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.close()
    _show(replacement)


def _default_database() -> Path:
    """The last database used, else the default one, seeded on its very first use."""
    from desktop.services.ingest import ensure_seeded
    from desktop.services.paths import default_db_path

    last = QSettings().value("last_database")
    if last and Path(str(last)).exists():
        return Path(str(last))
    path = default_db_path()
    try:
        ensure_seeded(path)
    except InputError as exc:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Chitieu",
            QApplication.translate("App", "The bundled seed articles could not be imported."),
        )
        box.setInformativeText(problem_text(exc))
        box.exec()
    return path


def _cannot_open(parent: QWidget | None, problem: str) -> QMessageBox:
    """A warning in the interface's language; the detail (from the store, in English) below it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Chitieu",
        QApplication.translate("App", "Chitieu cannot open this database."),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(problem)
    return box


def _ask_other_database(problem: str, path: Path) -> Path | None:
    box = _cannot_open(None, problem)
    choose = box.addButton(
        QApplication.translate("App", "Choose another database…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    return choose_database(None, str(path.parent))


def screenshot(out: Path, db_path: Path | None, article: int | None) -> None:
    """Render the main window offscreen to a PNG (with no database: a temporary one with the seeds)."""
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application()
    with tempfile.TemporaryDirectory() as folder:
        if db_path is None:
            from desktop.services.ingest import import_paths

            db_path = Path(folder) / "seeds.db"
            import_paths(db_path, [seeds_folder()], workers=1)
        window = create_main_window(db_path, reviewer=str(QSettings().value("reviewer", "") or "reviewer"))
        try:
            render(window, out, article)
        finally:
            window.close()


def render(window: MainWindow, out: Path, article: int | None = None) -> None:
    """Lay the window out at a fixed size and save it as ``out``; raises InputError if it cannot be written."""
    window.resize(*SCREENSHOT_SIZE)
    window.fit_history()  # as a first start at that size lays it out, whatever screen renders it
    if article is not None:
        window.show_article(window.store.article(article).id)
    window.show()
    QApplication.processEvents()
    if not window.grab().save(str(out)):
        raise InputError(f"Could not write the screenshot to {out}. Check the folder and the file name.")
