"""A spin box for a Buddhist-era year that keeps a year typed short ("68") for its form to refuse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QSpinBox

FIRST_YEAR, LAST_YEAR = 2560, 2700  # fiscal years, B.E.


class YearBox(QSpinBox):
    """Qt puts the previous year back over text out of range (``68``, ``256``) on Enter and when the
    box loses the keyboard, and the form went ahead with a year nobody chose. Here the text stays
    as typed, and ``hasAcceptableInput()`` is False until it is a year in range."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.hasAcceptableInput():
            event.ignore()  # to the dialog, whose default button refuses the year by name
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        typed, acceptable = self.lineEdit().text(), self.hasAcceptableInput()
        super().focusOutEvent(event)
        if not acceptable:
            self.lineEdit().setText(typed)

    def problem(self, example: int) -> str | None:
        """The line that refuses what was typed, naming it; None for a year in range."""
        if self.hasAcceptableInput():
            return None
        return (QCoreApplication.translate(
            "YearBox", "Fiscal year (B.E.) \"%1\" is not valid: type the whole Buddhist-era year, "
                       "from %2 to %3, for example %4.")
                .replace("%1", self.text()).replace("%2", str(self.minimum())).replace("%3", str(self.maximum()))
                .replace("%4", str(example)))
