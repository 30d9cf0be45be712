"""The home screen: a welcome, and the checklist at a glance."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.model import Checklist
from gui.i18n import LanguageManager
from gui.pages.checklist_overview import ChecklistOverview
from gui.widgets.wrapping_label import WrappingLabel


class HomePage(QWidget):
    def __init__(self, checklist: Checklist, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self._heading = QLabel()
        self._heading.setObjectName("pageTitle")
        layout.addWidget(self._heading)
        self._intro = WrappingLabel()
        layout.addWidget(self._intro)
        body = QHBoxLayout()
        self.overview = ChecklistOverview(checklist, languages)
        body.addWidget(self.overview, 1)
        layout.addLayout(body, 1)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("Kao: digital government self-assessment"))
        self._intro.set_plain_text(self.tr(
            "Assess your agency against the digital government maturity checklist, offline. "
            "Every answer is saved as you go."
        ))
