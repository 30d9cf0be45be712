"""Enter presses the focused button outside dialogs, as on Windows, and keeps its other jobs.

Driven with real key presses where the keyboard is, with the UI in Thai.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from test_assessment_support import focused, press, stored, type_thai
from test_home import _seed

from core.model import AnswerValue
from gui.assessment import AssessmentPage
from gui.dialogs.agency_dialog import AgencyDialog
from tests.gui.typing_helpers import when_modal

KEYPAD = Qt.KeyboardModifier.KeypadModifier


def test_enter_and_keypad_enter_press_the_focused_button_in_the_walker(qtbot, page: AssessmentPage, service,
                                                                      assessment_id):
    page.walker.next_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert page.walker.current_item_id == "P02"
    page.walker.next_button.setFocus()
    press(qtbot, Qt.Key.Key_Enter, KEYPAD)
    assert page.walker.current_item_id == "P03"

    page.card.answer_buttons[AnswerValue.PARTIAL].setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert stored(service, assessment_id).answers["P03"].value is AnswerValue.PARTIAL
    page.card.answer_buttons[AnswerValue.NO].setFocus()
    press(qtbot, Qt.Key.Key_Enter, KEYPAD)
    assert stored(service, assessment_id).answers["P03"].value is AnswerValue.NO

    page.card.other_language_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert page.card.other_language_button.isChecked() and page.card.other_text_label.isVisible()


def test_a_held_enter_presses_once(qtbot, page: AssessmentPage, service, assessment_id):
    page.walker.next_button.setFocus()
    qtbot.keyPress(focused(), Qt.Key.Key_Return)
    assert page.walker.current_item_id == "P02"
    assert focused() is page.card.answer_buttons[AnswerValue.YES]  # where the held key now repeats
    repeat = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True)
    QApplication.sendEvent(focused(), repeat)
    qtbot.keyRelease(focused(), Qt.Key.Key_Return)
    assert page.walker.current_item_id == "P02"
    assert "P02" not in stored(service, assessment_id).answers


def test_enter_keeps_its_jobs_in_the_text_boxes_and_ctrl_enter_still_moves_on(qtbot, page: AssessmentPage,
                                                                             service, assessment_id):
    type_thai(page.card.note_edit, "บรรทัดแรก")
    press(qtbot, Qt.Key.Key_Return)  # a new line in the note, not a press of anything
    type_thai(page.card.note_edit, "บรรทัดสอง")
    assert page.card.note_edit.toPlainText() == "บรรทัดแรก\nบรรทัดสอง"
    assert page.walker.current_item_id == "P01"
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.walker.current_item_id == "P02"
    assert stored(service, assessment_id).answers["P01"].note == "บรรทัดแรก\nบรรทัดสอง"

    page.card.answer_buttons[AnswerValue.YES].setFocus()  # Ctrl+Enter on a button is still "next item"
    press(qtbot, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier | KEYPAD)
    assert page.walker.current_item_id == "P03"
    assert "P02" not in stored(service, assessment_id).answers


def test_enter_on_a_home_button_presses_that_button_not_open(qtbot, main_window):
    """The list's Enter-opens shortcut used to take Enter from every button on the home screen."""
    home = main_window.home
    first, _second = _seed(main_window.service)
    home.refresh()
    home.select(first.id)
    opened: list[str] = []

    def close(dialog: AgencyDialog) -> None:
        opened.append(dialog.code.text())
        dialog.reject()

    when_modal(qtbot, close, AgencyDialog)
    home.agency_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == ["0801"]  # the agency of the selected assessment, in its dialog
    assert main_window.pages.currentWidget() is home

    # On the list itself Enter still opens the selected assessment.
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    home.table.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert main_window.assessment_page is not None
    assert main_window.pages.currentWidget() is main_window.assessment_page
    assert main_window.assessment_page.assessment_id == first.id
    assert QApplication.activeModalWidget() is None
