"""Asking for a fiscal year (B.E.): QInputDialog.getInt put a year typed short ("68") back to its
suggestion on Enter, and went ahead with a year nobody chose."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from gui.widgets.wrapping_label import WrappingLabel, grow_to_fit
from gui.widgets.year_box import FIRST_YEAR, LAST_YEAR, YearBox


class YearDialog(QDialog):
    def __init__(self, title: str, prompt: str, suggested: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._suggested = suggested
        layout = QVBoxLayout(self)
        self.prompt = WrappingLabel(prompt)
        layout.addWidget(self.prompt)
        self.year = YearBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(suggested)
        self.year.setAccessibleName(prompt)
        self.prompt.setBuddy(self.year)
        layout.addWidget(self.year)
        self.error = WrappingLabel()
        self.error.setObjectName("savedStateError")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.year.setFocus()
        self.year.selectAll()

    def accept(self) -> None:
        problem = self.year.problem(self._suggested)
        if problem is not None:
            self.error.set_plain_text(problem)
            self.error.show()
            grow_to_fit(self)
            self.year.setFocus()
            self.year.selectAll()
            return
        super().accept()


def ask_year(parent: QWidget, title: str, prompt: str, suggested: int) -> int | None:
    """The year chosen, or None if the user cancelled."""
    dialog = YearDialog(title, prompt, suggested, parent)
    return dialog.year.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
