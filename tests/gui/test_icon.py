"""The window carries Chitieu's icon, at every size a desktop asks for, from the installed package."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

from desktop.app import ICON_SIZES, application_icon


def test_the_window_has_the_application_icon(window):
    sizes = {(s.width(), s.height()) for s in window.windowIcon().availableSizes()}
    assert sizes == {(n, n) for n in ICON_SIZES}
    assert QGuiApplication.desktopFileName() == "chitieu"


def test_the_icon_is_drawn_not_blank(qapp):
    image = application_icon().pixmap(QSize(64, 64)).toImage()
    colours = {image.pixel(x, y) for x in range(0, 64, 4) for y in range(0, 64, 4)}
    assert len(colours) > 4
