"""Typing into real widgets, and answering modal dialogs.

qtbot.keyClicks aborts the process on Thai, so Thai goes in as an
input-method commit, the way a Thai keyboard's IME delivers it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def when_modal(
    qtbot,
    action: Callable[[QWidget], None],
    kind: type[QWidget] = QWidget,
    ready: Callable[[QWidget], bool] = lambda _w: True,
) -> None:
    """Run ``action`` on the next modal of type ``kind`` once ``ready`` holds (dialogs block in exec()).

    If the action fails, the dialog is closed so the test fails instead of hanging.
    """

    def attempt() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, kind) or not ready(modal):
            QTimer.singleShot(10, attempt)
            return
        try:
            action(modal)
        except BaseException:
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
            raise

    QTimer.singleShot(0, attempt)
