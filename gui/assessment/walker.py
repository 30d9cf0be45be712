"""The walker tab: the dimension navigator beside one item card, with Previous/Next and the answer keys."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.model import AnswerValue
from gui.assessment.item_card import ANSWER_KEYS, ItemCard
from gui.assessment.navigator import DimensionNavigator
from gui.assessment.session import AssessmentSession
from gui.i18n import LanguageManager, Retranslating


class Walker(Retranslating, QWidget):
    """``finished()``: Next was pressed on the last item (the page then shows the check view)."""

    finished = Signal()
    item_shown = Signal(str)

    def __init__(self, session: AssessmentSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walker")
        self._session = session
        self._ids = [i.id for i in session.checklist.items]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter)

        self.navigator = DimensionNavigator(session, languages)
        self.navigator.setMinimumWidth(240)
        self.navigator.item_chosen.connect(self.open_item)
        self.splitter.addWidget(self.navigator)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the card; focus scrolls to it
        self.card = ItemCard(session, languages)
        self.scroll.setWidget(self.card)
        right_layout.addWidget(self.scroll, 1)

        bar = QHBoxLayout()
        self.prev_button = QPushButton()
        self.prev_button.clicked.connect(self.previous_item)
        self.position_label = QLabel()
        self.position_label.setObjectName("muted")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("linkButton")
        self.redo_button = QPushButton()
        self.redo_button.setObjectName("linkButton")
        self.next_button = QPushButton()
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.next_item)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.position_label)
        bar.addStretch(1)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        bar.addWidget(self.next_button)
        right_layout.addLayout(bar)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])

        self._shortcuts: list[QShortcut] = []
        for value, key in ANSWER_KEYS.items():
            self._shortcut(QKeySequence(key), lambda v=value: self._choose(v))
        self._shortcut(QKeySequence(Qt.Key.Key_PageDown), self.next_item)
        self._shortcut(QKeySequence(Qt.Key.Key_PageUp), self.previous_item)
        self._shortcut(QKeySequence("Ctrl+Return"), self.next_item)
        self._shortcut(QKeySequence("Ctrl+Enter"), self.next_item)

        self._current = self._ids[0]
        self.open_item(self._first_open_item(), False)
        self.retranslate_ui()

    # --- public --------------------------------------------------------------------------------------------

    @property
    def current_item_id(self) -> str:
        return self._current

    def open_item(self, item_id: str, focus: bool = True) -> None:
        """Show ``item_id`` on the card (writing any typed text first); ``focus`` puts the keyboard on its answer."""
        self._session.flush()
        self._current = item_id
        self.card.show_item(item_id)
        self.navigator.select_item(item_id)
        self.scroll.verticalScrollBar().setValue(0)
        self._sync_position()
        if focus:
            self.card.focus_answer()
        self.item_shown.emit(item_id)

    def next_item(self) -> None:
        index = self._ids.index(self._current)
        if index + 1 < len(self._ids):
            self.open_item(self._ids[index + 1])
        else:
            self._session.flush()
            self.finished.emit()

    def previous_item(self) -> None:
        index = self._ids.index(self._current)
        if index > 0:
            self.open_item(self._ids[index - 1])

    def refresh(self) -> None:
        """Re-read everything from the session (after finalize/reopen)."""
        self.navigator.refresh_all()
        self.card.show_item(self._current)

    def tab_chain(self) -> list[QWidget]:
        """The walker's controls in keyboard order: navigator, the card, then the bottom bar."""
        return [self.navigator, *self.card.tab_chain(), self.prev_button, self.undo_button, self.redo_button,
                self.next_button]

    # --- Qt ------------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.scroll.setAccessibleName(self.tr("Current item"))
        self.prev_button.setText(self.tr("← Previous"))
        self.prev_button.setToolTip(self.tr("Previous item (Page Up)"))
        self.prev_button.setAccessibleName(self.tr("Previous item"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last answer change (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Undo the last answer change"))
        self.redo_button.setText(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo the answer change (Ctrl+Shift+Z or Ctrl+Y)"))
        self.redo_button.setAccessibleName(self.tr("Redo the answer change"))
        self._sync_position()

    # --- internals -----------------------------------------------------------------------------------------

    def _shortcut(self, key: QKeySequence, slot: object) -> None:
        shortcut = QShortcut(key, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        self._shortcuts.append(shortcut)

    def _choose(self, value: AnswerValue) -> None:
        self.card.choose(value)

    def _first_open_item(self) -> str:
        return next((i for i in self._ids if self._session.answer(i).value is None), self._ids[0])

    def _sync_position(self) -> None:
        index = self._ids.index(self._current)
        self.position_label.setText(
            self.tr("Item %1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(self._ids)))
        )
        self.prev_button.setEnabled(index > 0)
        last = index + 1 == len(self._ids)
        self.next_button.setText(self.tr("Check answers →") if last else self.tr("Next →"))
        self.next_button.setToolTip(
            self.tr("Go to the check view (Page Down)") if last else self.tr("Next item (Page Down or Ctrl+Enter)")
        )
        self.next_button.setAccessibleName(
            self.tr("Go to the check view") if last else self.tr("Next item")
        )
