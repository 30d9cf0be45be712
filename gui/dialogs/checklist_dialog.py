"""The checklist at a glance, from the Help menu: the home screen's side panel, wherever the user is.

The home screen hides that panel when the window is too narrow or short for it
(gui/pages/home_page.py), and the assessment pages never show it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from core.model import Checklist
from gui.i18n import LanguageManager, Retranslating
from gui.pages.checklist_overview import ChecklistOverview


class ChecklistDialog(Retranslating, QDialog):
    def __init__(self, checklist: Checklist, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.overview = ChecklistOverview(checklist, languages, self)
        layout.addWidget(self.overview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("The checklist at a glance"))
