"""Ways through the item card that only the keyboard takes: out of the text boxes, refused keys, jumps.

Each test drives the real page as a keyboard user does, with the UI in Thai.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_assessment_support import CHECKLIST, ask_to_remove_one_file, click_role, focused, press, stored, type_thai

from core.model import Answer, AnswerValue
from gui.assessment import AssessmentPage

REASON = "หน่วยงานไม่มีการเรียกเก็บค่าธรรมเนียม"
NOTE = "รอสำเนาคำสั่งแต่งตั้งที่ลงนามแล้ว"


def test_escape_in_the_na_reason_returns_to_the_chosen_answer_and_the_reason_is_saved(
        qtbot, page: AssessmentPage, service, assessment_id):
    page.open_item("S04")
    press(qtbot, Qt.Key.Key_4)
    assert focused() is page.card.reason_edit
    type_thai(page.card.reason_edit, REASON)
    assert page.session.has_pending()  # written after a pause: Escape must not wait for it
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is page.card.answer_buttons[AnswerValue.NA]
    assert page.card.reason_edit.toPlainText() == REASON
    assert stored(service, assessment_id).answers["S04"] == Answer(AnswerValue.NA, reason=REASON)
    # Back on the answers, the keys answer again.
    press(qtbot, Qt.Key.Key_2)
    assert stored(service, assessment_id).answers["S04"] == Answer(AnswerValue.PARTIAL, reason=REASON)


def test_escape_in_the_note_returns_to_the_answer_buttons_and_the_note_is_saved(
        qtbot, page: AssessmentPage, service, assessment_id):
    press(qtbot, Qt.Key.Key_3)
    type_thai(page.card.note_edit, NOTE)
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is page.card.answer_buttons[AnswerValue.NO]
    assert stored(service, assessment_id).answers["P01"] == Answer(AnswerValue.NO, note=NOTE)

    # On an item not answered yet, the keyboard lands on the first answer button.
    page.open_item("P02")
    type_thai(page.card.note_edit, NOTE)
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is page.card.answer_buttons[AnswerValue.YES]
    assert stored(service, assessment_id).answers["P02"] == Answer(None, note=NOTE)


def test_key_4_on_an_item_without_na_says_so_next_to_the_answers_in_the_ui_language(
        qtbot, page: AssessmentPage, service, assessment_id):
    hint = page.card.answer_hint
    assert not CHECKLIST.item("P01").na_allowed
    assert not hint.isVisible()
    press(qtbot, Qt.Key.Key_4)
    assert hint.isVisible()
    assert hint.plain_text().replace("\u200b", "") == "ข้อนี้ตอบ “ไม่เกี่ยวข้อง” ไม่ได้ กรุณาตอบ 1, 2 หรือ 3"
    assert page.active_dialog is None and QApplication.activeModalWidget() is None
    assert "P01" not in stored(service, assessment_id).answers
    assert focused() in page.card.answer_buttons.values()  # the keyboard stays where it was

    page.languages.set_language("en")
    assert hint.plain_text() == "N/A is not available for this item: answer 1, 2 or 3."
    page.languages.set_language("th")

    press(qtbot, Qt.Key.Key_1)  # a valid answer: the hint has done its job
    assert not hint.isVisible()
    press(qtbot, Qt.Key.Key_4)
    assert hint.isVisible()
    page.walker.next_item()  # another item starts without it
    assert not hint.isVisible()

    page.open_item("S04")  # where N/A is allowed, 4 chooses it and nothing is said
    press(qtbot, Qt.Key.Key_4)
    assert not hint.isVisible()
    assert stored(service, assessment_id).answers["S04"].value is AnswerValue.NA


def test_an_unanswered_item_names_only_the_keys_that_answer_it(page: AssessmentPage):
    prompt = page.card.choice_description
    assert not CHECKLIST.item("P01").na_allowed
    assert prompt.plain_text() == "ยังไม่ได้ตอบ กด 1, 2 หรือ 3 เพื่อตอบ"  # 4 (N/A) would be refused here
    page.open_item("S04")
    assert CHECKLIST.item("S04").na_allowed and prompt.plain_text() == "ยังไม่ได้ตอบ กด 1, 2, 3 หรือ 4 เพื่อตอบ"


def test_enter_in_the_remove_evidence_question_keeps_the_file(qtbot, page: AssessmentPage, service, assessment_id,
                                                             tmp_path: Path):
    evidence = page.card.evidence_list
    source, box = ask_to_remove_one_file(qtbot, page, tmp_path)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box and box.focusWidget() is not None)
    qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Return)  # a stray Enter, where the box puts the keyboard
    qtbot.waitUntil(lambda: not box.isVisible())
    assert box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.RejectRole
    assert [f.filename for f in stored(service, assessment_id).evidence["P01"]] == [source.name]
    assert evidence.list.count() == 1

    # Removing stays one deliberate choice.
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    evidence.remove_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    box = evidence.confirm_box
    assert isinstance(box, QMessageBox)
    click_role(qtbot, box, QMessageBox.ButtonRole.DestructiveRole)
    assert "P01" not in stored(service, assessment_id).evidence


def test_a_jump_from_na_without_a_reason_lands_in_the_reason_box_others_on_the_answer(
        qtbot, page: AssessmentPage, service, assessment_id):
    page.open_item("S04")
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_Escape)
    page.open_item("P01")
    press(qtbot, Qt.Key.Key_1)
    page.card.review_check.setChecked(True)
    page.show_check()
    view = page.check_view
    assert view.entries()["na_without_reason"] == ["S04"] and view.entries()["review"] == ["P01"]

    view.select("S04")
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert page.walker.current_item_id == "S04"
    assert focused() is page.card.reason_edit
    type_thai(page.card.reason_edit, REASON)  # typed at once, no click first
    page.flush()
    assert stored(service, assessment_id).answers["S04"] == Answer(AnswerValue.NA, reason=REASON)

    # The other groups lead to the answer, as before: "review" and "not answered yet".
    for item_id in ("P01", "P02"):
        page.show_check()
        view.select(item_id)
        assert view.current_item_id() == item_id
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
        assert page.walker.current_item_id == item_id
        assert focused() in page.card.answer_buttons.values()
