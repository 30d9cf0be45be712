"""Reopening a finalized assessment needs a reason, which goes into the audit log."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from gui.i18n import Retranslating
from gui.widgets.wrapping_label import WrappingLabel


class ReopenDialog(Retranslating, QDialog):
    """The reopen button stays disabled until a reason is typed; ``reason()`` returns it trimmed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.resize(520, 300)
        layout = QVBoxLayout(self)
        self.explanation = WrappingLabel()
        layout.addWidget(self.explanation)
        self.reason_title = QLabel()
        self.reason_title.setObjectName("fieldTitle")
        layout.addWidget(self.reason_title)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.textChanged.connect(self._sync)
        self.reason_title.setBuddy(self.reason_edit)
        layout.addWidget(self.reason_edit, 1)
        self.buttons = QDialogButtonBox()
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("primary")
        self.cancel_button = QPushButton()
        self.buttons.addButton(self.reopen_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()
        self._sync()
        self.retranslate_ui()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def accept(self) -> None:
        if self.reason():
            super().accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reopen the assessment"))
        self.explanation.set_plain_text(self.tr(
            "The assessment is finalized. Reopening it makes the answers editable again; "
            "the reason is kept in the assessment's history."
        ))
        self.reason_title.setText(self.tr("Reason for reopening (required)"))
        self.reason_edit.setAccessibleName(self.tr("Reason for reopening"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _sync(self) -> None:
        self.reopen_button.setEnabled(bool(self.reason()))
