"""Enter presses the focused push button everywhere outside dialogs, as Windows users expect.

Qt clicks a button on Enter only when it is a dialog's (auto-)default button; elsewhere only
Space does, so Enter on "Next →" or on an answer button did nothing. Dialogs keep Qt's own
rule: there Enter presses the dialog's default button, which a dialog may choose on purpose
(the evidence question defaults to Keep).

One filter follows the keyboard focus and sits on the focused push button only, so the rest of
the application's events never pass through Python.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget


class EnterClicksButtons(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("enterClicksButtons")
        self._button: QPushButton | None = None
        app.focusChanged.connect(self._focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            watched is self._button and kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent) and _plain_enter(event)
        ):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # the button takes Enter before a window-wide shortcut on that key
            elif not event.isAutoRepeat() and self._button.isEnabled():  # one press, one click, as with Space
                self._button.click()
            return True
        return super().eventFilter(watched, event)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._button is not None and shiboken6.isValid(self._button):
            self._button.removeEventFilter(self)
        self._button = None
        if isinstance(new, QPushButton) and not isinstance(new.window(), QDialog):
            self._button = new
            new.installEventFilter(self)


def _plain_enter(event: QKeyEvent) -> bool:
    """Return, or Enter on the keypad, without Ctrl, Shift or Alt (Ctrl+Enter goes to the next item)."""
    from PySide6.QtCore import Qt  # here, not at start-up: naming `Qt` builds PySide's whole namespace

    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers == Qt.KeyboardModifier.NoModifier


def install(app: QApplication) -> None:
    """Once per application (tests make many windows on one)."""
    if app.findChild(EnterClicksButtons, "enterClicksButtons") is None:
        EnterClicksButtons(app)
