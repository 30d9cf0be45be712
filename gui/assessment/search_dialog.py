"""Ctrl+F: find an item by its id or by words of its text, in Thai or English, and jump to it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.linebreak import segment_all, with_break_hints
from core.model import Checklist
from gui.i18n import LanguageManager, Retranslating

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


class ItemSearchDialog(Retranslating, QDialog):
    """Accepting the dialog leaves the chosen id in ``chosen_item_id``."""

    def __init__(self, checklist: Checklist, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemSearchDialog")
        self._checklist = checklist
        self._languages = languages
        self.chosen_item_id = ""
        self._haystack = {
            item.id: _fold(" ".join((item.id, item.text.th, item.text.en, item.evidence.th, item.evidence.en)))
            for item in checklist.items
        }
        self.resize(640, 440)
        layout = QVBoxLayout(self)
        self.prompt = QLabel()
        layout.addWidget(self.prompt)
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self._filter)
        self.query.installEventFilter(self)
        self.prompt.setBuddy(self.query)
        layout.addWidget(self.query)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(lambda _row: self.accept())
        layout.addWidget(self.results, 1)
        self.buttons = QDialogButtonBox()
        self.go_button = QPushButton()
        self.go_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def accept(self) -> None:
        row = self.results.currentItem()
        if row is None:
            return
        self.chosen_item_id = row.data(ITEM_ID_ROLE)
        super().accept()

    def matches(self) -> list[str]:
        return [self.results.item(n).data(ITEM_ID_ROLE) for n in range(self.results.count())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the query field move through the results, so the mouse is never needed.
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.results.event(event)
                return True
        return super().eventFilter(watched, event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Find an item"))
        self.prompt.setText(self.tr("Item id or words from the item, in Thai or English:"))
        self.query.setAccessibleName(self.tr("Search items"))
        self.results.setAccessibleName(self.tr("Matching items"))
        self.go_button.setText(self.tr("Go to item"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._filter(self.query.text())

    def _filter(self, text: str) -> None:
        lang = self._languages.lang
        words = _fold(text).split()
        current = self.results.currentItem().data(ITEM_ID_ROLE) if self.results.currentItem() else ""
        self.results.clear()
        segment_all(item.text.get(lang) for item in self._checklist.items)
        for item in self._checklist.items:
            hay = self._haystack[item.id]
            if all(w in hay for w in words):
                row = QListWidgetItem(f"{item.id}  {with_break_hints(item.text.get(lang))}")
                row.setData(ITEM_ID_ROLE, item.id)
                self.results.addItem(row)
                if item.id == current:
                    self.results.setCurrentItem(row)
        exact = next((n for n in range(self.results.count())
                      if self.results.item(n).data(ITEM_ID_ROLE).casefold() == text.strip().casefold()), None)
        if exact is not None:
            self.results.setCurrentRow(exact)
        elif self.results.currentRow() < 0 and self.results.count():
            self.results.setCurrentRow(0)
        self.go_button.setEnabled(self.results.count() > 0)
