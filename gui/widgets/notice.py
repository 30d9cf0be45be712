"""A warning the user reads and closes, shown without blocking the code that raised it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from core.linebreak import with_break_hints


def open_warning(parent: QWidget, title: str, text: str, close: str) -> QMessageBox:
    """A window-modal warning with one button, ``close``; it deletes itself once closed.

    Plain text, so a file name with a "<" in it is shown as it is; break hints, so long Thai
    wraps between words even without libthai."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, with_break_hints(text), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.addButton(close, QMessageBox.ButtonRole.AcceptRole)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
