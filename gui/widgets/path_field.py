"""A line edit for a file or folder path that asks for the room to show it whole."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

MAX_WIDTH = 560  # beyond this the dialog would crowd a 1024-pixel screen; the tooltip has the rest
MARGIN = 24  # the frame and the text margins


class PathField(QLineEdit):
    """Grows (up to MAX_WIDTH) with the path it holds, so that "/s10/h2/report-en.pdf" is not
    all a user sees of where the file goes; the whole path is in the tooltip too."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self._fit)
        self.setText(text)

    def _fit(self, text: str) -> None:
        self.setToolTip(text)
        self.setMinimumWidth(min(MAX_WIDTH, self.fontMetrics().horizontalAdvance(text) + MARGIN))
        self.setCursorPosition(0)
