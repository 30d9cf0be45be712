"""Register the bundled Sarabun so Thai renders on a PC with no Thai font installed."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from core.resources import resource

log = logging.getLogger(__name__)

FAMILY = "Sarabun"
FONT_FILES = ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf")
# Point sizes for the Settings choice; Sarabun reads small, so "normal" is 11 pt.
SIZES = {"small": 10, "normal": 11, "large": 13}


def register_fonts() -> str:
    """Add the bundled font files to Qt's database; returns the family name to use."""
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(resource("fonts", name))) < 0:
            log.warning("could not register font %s", name)
    return FAMILY


def apply_font(app: QApplication, size_name: str) -> None:
    font = QFont(FAMILY, SIZES.get(size_name, SIZES["normal"]))
    app.setFont(font)
    # Under a style sheet, the widgets already made keep the font they were styled with: style
    # them again, or a size chosen in Settings shows only after a restart. (At start-up the
    # sheet is set after the font, and there is nothing to restyle yet.)
    sheet = app.styleSheet()
    if sheet:
        app.setStyleSheet(sheet)
