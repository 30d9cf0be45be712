"""The main window: a page stack, the toolbar with the language switch, and the menus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QToolBar, QWidget

from core.model import Checklist
from gui.i18n import LanguageManager
from gui.pages.home_page import HomePage

MIN_SIZE = QSize(1024, 700)


class MainWindow(QMainWindow):
    def __init__(self, checklist: Checklist, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.languages = languages
        self.setMinimumSize(MIN_SIZE)
        self.resize(1366, 768)

        self.pages = QStackedWidget()
        self.home = HomePage(checklist, languages)
        self.pages.addWidget(self.home)
        self.setCentralWidget(self.pages)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        group = QActionGroup(self)
        self.action_thai = QAction(self, checkable=True)
        self.action_english = QAction(self, checkable=True)
        for action, lang in ((self.action_thai, "th"), (self.action_english, "en")):
            group.addAction(action)
            self.toolbar.addAction(action)
            action.triggered.connect(lambda _checked=False, lang=lang: self.languages.set_language(lang))
        languages.language_changed.connect(self._sync_language_actions)
        self._sync_language_actions(languages.lang)
        self.retranslate_ui()

    def _sync_language_actions(self, lang: str) -> None:
        self.action_thai.setChecked(lang == "th")
        self.action_english.setChecked(lang == "en")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Kao: digital government self-assessment"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        # Each language is named in itself, so a user can always find their own.
        self.action_thai.setText("ไทย")
        self.action_thai.setToolTip(self.tr("Show the program in Thai"))
        self.action_english.setText("English")
        self.action_english.setToolTip(self.tr("Show the program in English"))
