"""Render resources/icons/kao.svg to the PNG and ICO files the packages need.

Run after changing the SVG: `.venv/bin/python packaging/make_icon.py`. Uses Qt's
own SVG renderer and ICO writer, so no image tool is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "kao.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    render(256).save(str(ICONS / "kao.png"))
    # Windows picks the 256 px entry and scales down; a single-entry ICO is valid.
    if not render(256).save(str(ICONS / "kao.ico"), "ICO"):
        print("could not write ICO", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
