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


def grow_to_fit(window: QWidget) -> None:
    """Grow ``window`` to the height its wrapped labels need at its width; never shrink it.

    A label shown later (a problem under a form field) may wrap to more lines than Qt's minimum
    size counts, since that ignores height-for-width: the rows were squeezed instead, and the
    text clipped, Thai marks above the line first.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
