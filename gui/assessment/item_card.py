"""One checklist item: its text (either language), the answer, the N/A reason, a note, the review flag, evidence."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from core.model import AnswerValue, Checklist, Item
from core.records import MAX_LONG_FIELD
from gui.announce import announce
from gui.assessment.evidence_list import EvidenceList
from gui.assessment.session import AssessmentSession
from gui.i18n import LanguageManager, Retranslating
from gui.widgets.wrapping_label import WrappingLabel

ANSWER_KEYS = {AnswerValue.YES: "1", AnswerValue.PARTIAL: "2", AnswerValue.NO: "3", AnswerValue.NA: "4"}


def _text_edit(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    height = edit.fontMetrics().lineSpacing() * lines + 16
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height + edit.fontMetrics().lineSpacing() * 2)
    return edit


class ItemCard(Retranslating, QFrame):
    """Shows one item; every change goes straight to the session, which saves it."""

    def __init__(self, session: AssessmentSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        # Never shrunk below what its text needs: the scroll area scrolls instead.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._session = session
        self._checklist: Checklist = session.checklist
        self._languages = languages
        self._item: Item = self._checklist.items[0]
        self._loading = False
        self._show_other = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)

        head = QHBoxLayout()
        self.id_label = QLabel()
        self.id_label.setObjectName("itemId")
        self.level_tag = QLabel()
        self.level_tag.setObjectName("levelTag")
        self.other_language_button = QPushButton()
        self.other_language_button.setObjectName("linkButton")
        self.other_language_button.setCheckable(True)
        self.other_language_button.toggled.connect(self._toggle_other_language)
        head.addWidget(self.id_label)
        head.addWidget(self.level_tag)
        head.addStretch(1)
        head.addWidget(self.other_language_button)
        layout.addLayout(head)
        self.context_label = WrappingLabel()
        self.context_label.setObjectName("muted")
        layout.addWidget(self.context_label)

        self.text_label = WrappingLabel()
        self.text_label.setObjectName("itemText")
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text_label)
        self.other_text_label = WrappingLabel()
        self.other_text_label.setObjectName("otherLanguage")
        layout.addWidget(self.other_text_label)

        self.evidence_title = QLabel()
        self.evidence_title.setObjectName("fieldTitle")
        layout.addWidget(self.evidence_title)
        self.evidence_hint = WrappingLabel()
        layout.addWidget(self.evidence_hint)
        self.other_evidence_hint = WrappingLabel()
        self.other_evidence_hint.setObjectName("otherLanguage")
        layout.addWidget(self.other_evidence_hint)

        self.answer_title = QLabel()
        self.answer_title.setObjectName("fieldTitle")
        layout.addWidget(self.answer_title)
        answers = QHBoxLayout()
        self.answer_buttons: dict[AnswerValue, QPushButton] = {}
        for choice in self._checklist.answer_scale:
            button = QPushButton()
            button.setObjectName("answerButton")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, v=choice.value: self.choose(v))
            answers.addWidget(button)
            self.answer_buttons[choice.value] = button
        answers.addStretch(1)
        layout.addLayout(answers)
        # Says why a key did nothing (4 where N/A is not offered), in a line rather than a dialog or a beep.
        self.answer_hint = WrappingLabel()
        self.answer_hint.setObjectName("warning")
        self.answer_hint.hide()
        layout.addWidget(self.answer_hint)
        self._na_refused = False
        self.choice_description = WrappingLabel()
        self.choice_description.setObjectName("muted")
        layout.addWidget(self.choice_description)

        self.reason_box = QWidget()
        reason_layout = QVBoxLayout(self.reason_box)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        self.reason_title = QLabel()
        self.reason_title.setObjectName("fieldTitle")
        self.reason_edit = _text_edit(2)
        self.reason_edit.textChanged.connect(self._reason_edited)
        self.reason_warning = WrappingLabel()
        self.reason_warning.setObjectName("fieldError")
        reason_layout.addWidget(self.reason_title)
        reason_layout.addWidget(self.reason_edit)
        reason_layout.addWidget(self.reason_warning)
        layout.addWidget(self.reason_box)
        self.reason_title.setBuddy(self.reason_edit)

        self.note_title = QLabel()
        self.note_title.setObjectName("fieldTitle")
        self.note_edit = _text_edit(3)
        self.note_edit.textChanged.connect(self._note_edited)
        for edit in (self.reason_edit, self.note_edit):  # once both exist: the filter looks at both
            edit.installEventFilter(self)
        self.note_title.setBuddy(self.note_edit)
        layout.addWidget(self.note_title)
        layout.addWidget(self.note_edit)

        self.review_check = QCheckBox()
        self.review_check.toggled.connect(self._review_toggled)
        layout.addWidget(self.review_check)

        self.files_title = QLabel()
        self.files_title.setObjectName("fieldTitle")
        layout.addWidget(self.files_title)
        self.evidence_list = EvidenceList(session, languages)
        layout.addWidget(self.evidence_list)
        layout.addStretch(1)

        session.answer_changed.connect(self._on_answer_changed)
        self.retranslate_ui()

    # --- public --------------------------------------------------------------------------------------------

    def tab_chain(self) -> list[QWidget]:
        """The card's controls in keyboard order: the answer first, the language toggle last."""
        return [
            *self.answer_buttons.values(), self.reason_edit, self.note_edit, self.review_check,
            self.evidence_list.list, self.evidence_list.add_button, self.evidence_list.open_button,
            self.evidence_list.remove_button, self.other_language_button,
        ]

    @property
    def item_id(self) -> str:
        return self._item.id

    def show_item(self, item_id: str) -> None:
        another = item_id != self._item.id
        self._item = self._checklist.item(item_id)
        self._show_texts()
        self._show_answer()
        if another:
            self._show_na_refused(False)
            # Every item shares these boxes. Loading a text clears a box's undo history only when the
            # text differs, so Ctrl+Z could bring the previous item's typing into this item and save it.
            for edit in (self.note_edit, self.reason_edit):
                edit.document().clearUndoRedoStacks()
        self.evidence_list.show_item(item_id)
        self.set_read_only(self._session.locked)
        if another:
            # The keyboard often stays on the same answer button, so a screen reader would say nothing:
            # it reads out which item this is, its text, and its answer or the keys that answer it.
            announce(self, "\n".join((self.id_label.accessibleName(), self.text_label.plain_text(),
                                      self.choice_description.plain_text())))

    def choose(self, value: AnswerValue) -> None:
        """Pick an answer for the shown item (keys 1–4 and the buttons); N/A only where the item allows it."""
        if self._session.locked:
            return
        refused = value is AnswerValue.NA and not self._item.na_allowed
        self._show_na_refused(refused)
        if refused:
            announce(self.answer_hint, self.answer_hint.plain_text())  # again at each press: each was refused
            return
        self._session.choose(self._item.id, value)
        self._show_answer()
        if value is AnswerValue.NA and not self._session.answer(self._item.id).reason.strip():
            self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_answer(self) -> None:
        value = self._session.answer(self._item.id).value
        button = self.answer_buttons.get(value) if value else None
        if button is None or not button.isEnabled():
            button = next((b for b in self.answer_buttons.values() if b.isEnabled() and b.isVisible()), None)
        (button or self.other_language_button).setFocus(Qt.FocusReason.TabFocusReason)

    def focus_reason(self) -> None:
        """The keyboard into the N/A reason box; onto the answer when the item has no reason to give."""
        if self.reason_box.isHidden() or self.reason_edit.isReadOnly():
            self.focus_answer()
            return
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reason_edit.moveCursor(QTextCursor.MoveOperation.End)

    def set_read_only(self, read_only: bool) -> None:
        for value, button in self.answer_buttons.items():
            button.setEnabled(not read_only)
            button.setVisible(value is not AnswerValue.NA or self._item.na_allowed)
        self.reason_edit.setReadOnly(read_only)
        self.note_edit.setReadOnly(read_only)
        self.review_check.setEnabled(not read_only)
        self.evidence_list.set_read_only(read_only)

    # --- Qt ------------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.note_edit, self.reason_edit):
            if event.type() == QEvent.Type.FocusOut:
                self._session.flush()
            elif (
                event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier
            ):
                # Choosing N/A puts the keyboard here, and inside a text box the answer keys type digits:
                # Escape is the way back to the answers. Leaving the box writes the text (FocusOut above).
                self.focus_answer()
                return True
        return super().eventFilter(watched, event)

    def retranslate_ui(self) -> None:
        self.answer_title.setText(self.tr("Answer"))
        self.evidence_title.setText(self.tr("Evidence to look for"))
        self.reason_title.setText(self.tr("Why is this item not applicable? (required)"))
        self.reason_edit.setAccessibleName(self.tr("Reason for N/A"))
        self.note_title.setText(self.tr("Note"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Optional: what you found, who to ask, what is still missing"))
        self.review_check.setText(self.tr("Mark for review"))
        self.review_check.setAccessibleName(self.tr("Mark this item for review"))
        self.files_title.setText(self.tr("Evidence files"))
        self._show_na_refused(self._na_refused)
        self._show_texts()
        self._show_answer()

    # --- internals -----------------------------------------------------------------------------------------

    def _show_texts(self) -> None:
        lang = self._languages.lang
        other = "en" if lang == "th" else "th"
        item = self._item
        level = self._checklist.level(item.level)
        dim = self._checklist.dimension(item.dimension)
        self.id_label.setText(item.id)
        self.id_label.setAccessibleName(self.tr("Item %1").replace("%1", item.id))
        self.level_tag.setText(self.tr("Level %1").replace("%1", str(item.level)))
        self.level_tag.setAccessibleName(self.level_tag.text())
        self.context_label.set_plain_text(f"{dim.id} {dim.name.get(lang)} · {level.name.get(lang)}")
        self.text_label.set_plain_text(item.text.get(lang))
        self.other_text_label.set_plain_text(item.text.get(other))
        self.evidence_hint.set_plain_text(item.evidence.get(lang))
        self.other_evidence_hint.set_plain_text(item.evidence.get(other))
        for label in (self.other_text_label, self.other_evidence_hint):
            label.setVisible(self._show_other)
        self.other_language_button.setText(
            self.tr("Show the English text") if lang == "th" else self.tr("Show the Thai text")
        )
        if self._show_other:
            self.other_language_button.setText(
                self.tr("Hide the English text") if lang == "th" else self.tr("Hide the Thai text")
            )
        self.other_language_button.setAccessibleName(self.other_language_button.text())
        hint = item.na_hint.get(lang) if item.na_hint else ""
        self.reason_edit.setPlaceholderText(self.tr("For example: %1").replace("%1", hint) if hint else "")
        for choice in self._checklist.answer_scale:
            button = self.answer_buttons[choice.value]
            key = ANSWER_KEYS[choice.value]
            label = choice.label.get(lang)
            button.setText(f"{label}  ({key})")
            button.setToolTip(
                self.tr("%1: %2. Shortcut: key %3").replace("%1", label)
                .replace("%2", choice.description.get(lang)).replace("%3", key)
            )
            button.setAccessibleName(self.tr("Answer %1").replace("%1", label))
            button.setAccessibleDescription(choice.description.get(lang))

    def _show_na_refused(self, refused: bool) -> None:
        self._na_refused = refused
        self.answer_hint.set_plain_text(
            self.tr("N/A is not available for this item: answer 1, 2 or 3.") if refused else ""
        )
        self.answer_hint.setVisible(refused)

    def _show_answer(self) -> None:
        lang = self._languages.lang
        answer = self._session.answer(self._item.id)
        self._loading = True
        try:
            for value, button in self.answer_buttons.items():
                button.setChecked(value == answer.value)
            if answer.value is None:
                self.choice_description.set_plain_text(
                    self.tr("Not answered yet. Press 1, 2, 3 or 4 to answer.") if self._item.na_allowed
                    else self.tr("Not answered yet. Press 1, 2 or 3 to answer."))
            else:
                choice = self._checklist.choice(answer.value)
                self.choice_description.set_plain_text(f"{choice.label.get(lang)}: {choice.description.get(lang)}")
            is_na = answer.value is AnswerValue.NA
            self.reason_box.setVisible(is_na)
            if self.reason_edit.toPlainText() != answer.reason:
                self.reason_edit.setPlainText(answer.reason)
            self.reason_warning.set_plain_text(
                self.tr("Without a reason this item counts as No, and the assessment cannot be finalized.")
            )
            missing = is_na and not answer.reason.strip()
            self.reason_warning.setVisible(missing)
            # Read with the box, where choosing N/A puts the keyboard.
            self.reason_edit.setAccessibleDescription(self.reason_warning.plain_text() if missing else "")
            if self.note_edit.toPlainText() != answer.note:
                self.note_edit.setPlainText(answer.note)
            self.review_check.setChecked(self._session.flagged(self._item.id))
        finally:
            self._loading = False

    def _on_answer_changed(self, item_id: str) -> None:
        if item_id == self._item.id:
            said = self.choice_description.plain_text()
            self._show_answer()
            self.evidence_list.refresh()
            # A number key answers wherever the keyboard is, so the new answer is read out (undo's too).
            if self.choice_description.plain_text() != said:
                announce(self.choice_description, self.choice_description.plain_text())

    def _note_edited(self) -> None:
        if not self._loading:
            self._session.set_text(self._item.id, note=self._within_limit(self.note_edit))

    def _reason_edited(self) -> None:
        if not self._loading:
            self._session.set_text(self._item.id, reason=self._within_limit(self.reason_edit))

    def _within_limit(self, edit: QPlainTextEdit) -> str:
        """The text, cut to what a submission file carries; a paste beyond it is cut at once and
        the user told, rather than a note that could never be saved or sent."""
        text = edit.toPlainText()
        if len(text) <= MAX_LONG_FIELD:
            return text
        kept = text[:MAX_LONG_FIELD]
        cursor = edit.textCursor()  # an edit, not setPlainText: Ctrl+Z and the cursor keep working
        cursor.setPosition(len(kept.encode("utf-16-le")) // 2)  # Qt counts UTF-16 units
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        QToolTip.showText(edit.mapToGlobal(edit.rect().bottomLeft()), self.tr(
            "A note or reason holds at most %1 characters; the rest was left out.")
            .replace("%1", f"{MAX_LONG_FIELD:,}"), edit)
        return kept

    def _review_toggled(self, checked: bool) -> None:
        if not self._loading:
            self._session.set_review(self._item.id, checked)

    def _toggle_other_language(self, checked: bool) -> None:
        self._show_other = checked
        self._show_texts()
