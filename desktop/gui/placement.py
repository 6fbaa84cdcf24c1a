"""Where a window opens: its saved place while that is still on a screen, else a size its screen has room for.

The main window opened at 1440 x 860 whatever the screen: on a 1366 x 768
laptop its bottom and right edges (the status bar, the last columns) were
off-screen.  A saved geometry goes stale too: Qt refuses one taken on a
monitor that is gone (the window then opened at a few hundred pixels), and
keeps one that no longer fits a screen whose resolution went down.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMargins, QRect, QSize, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left around a window for its frame, the title bar and a desktop panel.
SCREEN_MARGIN = 60
#: Room for a window frame around the geometry Qt restores: its sides, title bar and bottom edge.
FRAME = QMargins(4, 30, 4, 4)


def fit_on_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, or to what its screen has room for.

    The help, 820 px tall, ran past the bottom of an 800 px screen, its Close button with it.
    """
    widget.resize(QSize(width, height).boundedTo(_room(widget).size() - QSize(SCREEN_MARGIN, SCREEN_MARGIN)))


def place_window(window: QWidget, saved: QByteArray | None, width: int, height: int) -> None:
    """Restore ``saved`` if it still lies on a screen; otherwise ``width`` x ``height`` fitted to the
    screen under the mouse pointer (where the user started Chitieu), in its middle."""
    pointed = QGuiApplication.screenAt(QCursor.pos())
    if pointed is not None:
        window.setScreen(pointed)
    if (
        saved is not None
        and window.restoreGeometry(saved)
        and (_whole_screen(window) or _on_a_screen(window))
    ):
        return
    fit_on_screen(window, width, height)
    frame = QRect(window.geometry())
    frame.moveCenter(_room(window).center())
    window.move(frame.topLeft())


def _room(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _whole_screen(window: QWidget) -> bool:
    return bool(window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen))


def _on_a_screen(window: QWidget) -> bool:
    """The window and its frame inside one screen's free area (the frame is not drawn yet: allowed for).

    Qt moves a geometry it restores onto a screen, but counts no frame: one as wide as the screen
    had its frame's edges off it.
    """
    framed = window.geometry().marginsAdded(FRAME)
    screen = QGuiApplication.screenAt(framed.center())
    return screen is not None and screen.availableGeometry().contains(framed)
