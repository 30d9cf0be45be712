"""Typing into real widgets, and answering modal dialogs.

qtbot.keyClicks aborts the process on Thai, so Thai goes in as an
input-method commit, the way a Thai keyboard's IME delivers it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


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


def close_next_message(qtbot) -> list[str]:
    """Close the next message box with its Close button; the returned list gets its text.

    Wait on that list rather than on a file or a row a worker writes: those change before
    the worker's message (and what the window does with the result) reaches the GUI thread,
    and a test that ends in between leaves its handler to click a later test's dialogs.
    """
    shown: list[str] = []

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.Close).click()

    when_modal(qtbot, close, QMessageBox)
    return shown


@contextmanager
def handling_modals(*handlers: Callable[[QWidget], None]) -> Iterator[list[str]]:
    """While the block runs, hand each modal that opens to the next handler; the list names each one.

    An entry is the modal's class and title, and for a message box its text (break hints removed).
    A modal with no handler left is closed and listed as "unexpected ...", and a handler that fails
    closes its modal, so a test fails instead of hanging; polling stops when the block ends.
    """
    seen: list[str] = []
    pending = list(handlers)
    timer = QTimer()
    timer.setInterval(10)

    def close(modal: QWidget) -> None:
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible() or modal.property("handledByTest"):
            return
        modal.setProperty("handledByTest", True)
        entry = f"{type(modal).__name__}: {modal.windowTitle()}"
        if isinstance(modal, QMessageBox):
            entry += "\n" + modal.text().replace("\u200b", "")
        if not pending:
            seen.append(f"unexpected {entry}")
            close(modal)
            return
        seen.append(entry)
        try:
            pending.pop(0)(modal)
        except BaseException:
            close(modal)
            raise

    timer.timeout.connect(poll)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()


def shown_active(qtbot, dialog: QWidget) -> None:
    """Show ``dialog`` as the window that has the keyboard, as a user's dialog would be."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


class OpenRecorder(QObject):
    """Stands in for the system's "open with" (QDesktopServices.setUrlHandler): records what Kao asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def opened_by_clicking(qtbot, button: QWidget) -> list[Path]:
    """The files or folders Kao asked the system to open when ``button`` was clicked."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices

    recorder = OpenRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    return [Path(url.toLocalFile()) for url in recorder.urls]
