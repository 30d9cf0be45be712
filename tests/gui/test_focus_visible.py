"""Where the keyboard is, and what can be pressed, shows on the buttons themselves (the house stylesheet)."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton
from test_assessment_support import prepare_app, type_thai

from gui.assessment import AssessmentPage
from gui.assessment.reopen_dialog import ReopenDialog


def _look(button: QPushButton) -> QImage:
    return button.grab().toImage()


def test_the_button_with_the_keyboard_is_marked(qtbot, page: AssessmentPage, main_window):
    home = main_window.home
    buttons = [
        (page, page.walker.next_button),  # primary
        (page, page.card.evidence_list.add_button),  # standard
        (page, page.finalize_button),  # primary and compact, in the tab bar's corner
        (page, page.back_button),
        (main_window, home.new_button),
        (main_window, home.import_button),
    ]
    for window, button in buttons:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        button.clearFocus()
        qtbot.waitUntil(lambda b=button: not b.hasFocus())
        unfocused = _look(button)
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
        assert _look(button) != unfocused, button.text()


def test_a_disabled_primary_button_looks_disabled(qtbot):
    prepare_app("th")
    dialog = ReopenDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.reopen_button.isEnabled()  # no reason yet
    disabled = _look(dialog.reopen_button)
    type_thai(dialog.reason_edit, "แก้ไขคำตอบข้อ P03")
    assert dialog.reopen_button.isEnabled()
    assert _look(dialog.reopen_button) != disabled
