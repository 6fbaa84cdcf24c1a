"""The window's look: Fusion with a light palette, whatever the system's, under Chitieu's style sheet.

The style sheet (``resources/styles/app.qss``) and the highlight colours of
the review states are designed for a light background: dark text on pastel
amber, green, blue.  Under a dark system palette, the widgets the sheet does
not paint (menu titles, tool buttons) came out dark on dark, so the palette is
set explicitly rather than followed.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: Colour of each palette role, shared with the style sheet's own colours.
LIGHT = {
    Role.Window: "#f6f7f9",
    Role.WindowText: "#1d2330",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f3f4f6",
    Role.Text: "#1d2330",
    Role.PlaceholderText: "#737a88",
    Role.Button: "#eef0f4",
    Role.ButtonText: "#1d2330",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#3874d8",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#fffbe6",
    Role.ToolTipText: "#1d2330",
    Role.Link: "#1f4e8c",
    Role.Light: "#ffffff",
    Role.Midlight: "#e3e6eb",
    Role.Mid: "#c4c9d2",
    Role.Dark: "#9aa1ad",
    Role.Shadow: "#5c6370",
}
#: Text of disabled widgets: lighter, still readable on the light background.
DISABLED_TEXT = "#8a909c"


def light_palette() -> QPalette:
    palette = QPalette()
    for role, colour in LIGHT.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(DISABLED_TEXT))
    return palette


def apply_look(app: QApplication, stylesheet: str) -> None:
    """Fusion, the light palette and the style sheet, in that order (the sheet refines the palette)."""
    app.setStyle("Fusion")
    app.setPalette(light_palette())
    app.setStyleSheet(stylesheet)
