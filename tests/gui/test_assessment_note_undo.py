"""Ctrl+Z inside a note (or an N/A reason) undoes typing on the item shown, never another item's typing.

The card shows every item in the same text boxes; their own undo history must start afresh with each item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from test_assessment_support import focused, press, show_page, stored, type_thai

from core.model import Answer, AnswerValue
from gui.assessment import AssessmentPage

TYPED = "รอสำเนาคำสั่งแต่งตั้งที่ลงนามแล้ว"


def erase_all(qtbot, edit: QPlainTextEdit) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.toPlainText() == ""


def click_into(qtbot, edit: QPlainTextEdit) -> None:
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton)
    assert focused() is edit


def ctrl_z(qtbot, edit: QPlainTextEdit) -> None:
    assert focused() is edit  # the box's own undo, not the page's answer undo
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def note(service, assessment_id: int, item_id: str) -> str:
    return stored(service, assessment_id).answers.get(item_id, Answer()).note


def test_ctrl_z_in_the_next_items_note_does_not_bring_back_the_previous_items_note(
        qtbot, page: AssessmentPage, service, assessment_id):
    edit = page.card.note_edit
    type_thai(edit, TYPED)
    erase_all(qtbot, edit)  # typed on P01, then thought better of it: P01's note is empty again
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # on to P02, whose note is empty too
    assert page.walker.current_item_id == "P02"
    assert note(service, assessment_id, "P01") == ""

    click_into(qtbot, edit)
    assert not edit.document().isUndoAvailable()
    ctrl_z(qtbot, edit)
    assert edit.toPlainText() == ""
    assert page.flush()
    assert note(service, assessment_id, "P02") == ""
    assert "P02" not in stored(service, assessment_id).answers

    # Typing on P02 is still undone by Ctrl+Z there, as far back as P02's first keystroke and no further.
    type_thai(edit, "ไม่มี")
    ctrl_z(qtbot, edit)
    assert edit.toPlainText() == ""
    ctrl_z(qtbot, edit)
    assert edit.toPlainText() == ""
    assert page.flush()
    assert note(service, assessment_id, "P02") == ""


def test_ctrl_z_in_an_item_whose_note_reads_the_same_keeps_that_note(qtbot, service, assessment_id):
    # The box is not reloaded when the next item's note reads the same as what was typed, so
    # only clearing the history on every change of item keeps P01's typing out of P02.
    service.save_answer(assessment_id, "P02", Answer(AnswerValue.YES, note=TYPED))
    page = show_page(qtbot, service, assessment_id)
    edit = page.card.note_edit
    type_thai(edit, TYPED)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.walker.current_item_id == "P02"
    click_into(qtbot, edit)
    ctrl_z(qtbot, edit)
    assert edit.toPlainText() == TYPED
    assert page.flush()
    assert note(service, assessment_id, "P01") == TYPED
    assert note(service, assessment_id, "P02") == TYPED


def test_ctrl_z_in_the_na_reason_stays_with_its_item(qtbot, page: AssessmentPage, service, assessment_id):
    page.open_item("S04")
    press(qtbot, Qt.Key.Key_4)
    edit = page.card.reason_edit
    assert focused() is edit
    type_thai(edit, "หน่วยงานไม่มีการเรียกเก็บค่าธรรมเนียม")
    erase_all(qtbot, edit)
    page.open_item("S09")
    press(qtbot, Qt.Key.Key_4)
    assert focused() is edit and edit.toPlainText() == ""
    ctrl_z(qtbot, edit)
    assert edit.toPlainText() == ""
    assert page.flush()
    assert stored(service, assessment_id).answers["S09"] == Answer(AnswerValue.NA)
