"""An unexpected error in a slot: a calm dialog in the UI language, logged, and the app goes on."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTextEdit

from gui import crash
from tests.gui.typing_helpers import when_modal

MESSAGE = {
    "th": ("เกิดข้อผิดพลาดที่ไม่คาดคิด", "คำตอบที่บันทึกไว้แล้วยังอยู่ครบ"),
    "en": ("Unexpected error", "Your saved answers are safe"),
}


def _failing_button(window) -> QPushButton:
    button = QPushButton("boom", window)

    def slot() -> None:
        raise RuntimeError("simulated bug in a slot")

    button.clicked.connect(slot)
    return button


@pytest.mark.qt_no_exception_capture  # the app's own hook must see it, as in the installed app
@pytest.mark.parametrize("lang", ["th", "en"])
def test_enter_on_the_error_dialog_closes_it_without_showing_the_traceback(
        qtbot, main_window, monkeypatch, caplog, lang):
    monkeypatch.setattr(sys, "excepthook", crash.excepthook)
    main_window.languages.set_language(lang)
    button = _failing_button(main_window)
    seen: dict[str, object] = {}

    def press_enter(box: QMessageBox) -> None:
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        details = box.findChild(QTextEdit)
        # Enter where the keyboard is, as a user dismissing a box does without reading it.
        qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Return)
        seen["details shown"] = details is not None and details.isVisibleTo(box)
        seen["still open"] = box.isVisible()
        if box.isVisible():
            box.done(0)

    when_modal(qtbot, press_enter, QMessageBox, ready=lambda box: box.isActiveWindow())
    with caplog.at_level(logging.CRITICAL, logger="gui.crash"):
        button.click()
    title, words = MESSAGE[lang]
    assert seen["title"] == title and words in str(seen["text"])
    assert seen["details shown"] is False and seen["still open"] is False
    assert "simulated bug in a slot" in caplog.text
    assert main_window.isVisible()
