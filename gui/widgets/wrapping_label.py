"""A word-wrapping label that breaks Thai only between words, with or without libthai."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from core.linebreak import with_break_hints


class WrappingLabel(QLabel):
    """Shows ``text`` with U+200B at ICU word boundaries; ``plain_text()`` returns it unchanged.

    Qt finds Thai word boundaries only through the system libthai, which
    Windows lacks, so without the hints long Thai lines overflow and clip.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        # setTextFormat(Qt.TextFormat.PlainText), by name: these labels are on the home screen, and
        # naming a `Qt` enum at start-up costs 12 ms (see gui/pages/assessment_table.DISPLAY_ROLE).
        self.setProperty("textFormat", "PlainText")
        self._plain = ""
        self.set_plain_text(text)

    def set_plain_text(self, text: str) -> None:
        self._plain = text
        super().setText(with_break_hints(text))
        self.setAccessibleName(text)

    def plain_text(self) -> str:
        return self._plain
