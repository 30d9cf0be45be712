"""The walker driven as a user drives it: keys, Thai typing, undo, search, N/A reasons, flags, evidence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from test_assessment_support import (
    CHECKLIST,
    click_role,
    focused,
    press,
    stored,
    type_thai,
)

from core.model import Answer, AnswerValue
from core.numbers import fmt_number
from core.scoring import score
from gui.assessment import AssessmentPage
from gui.assessment.check_view import CheckView
from gui.assessment.search_dialog import ItemSearchDialog
from tests.gui.typing_helpers import opened_by_clicking

KEYS = {AnswerValue.YES: Qt.Key.Key_1, AnswerValue.PARTIAL: Qt.Key.Key_2, AnswerValue.NO: Qt.Key.Key_3}


def reactivate(qtbot, page: AssessmentPage) -> None:
    """What the window manager does when a dialog closes (the offscreen platform has none)."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def test_answer_all_sixty_from_the_keyboard_then_check_and_finalize(qtbot, page: AssessmentPage, service,
                                                                  assessment_id):
    cycle = (AnswerValue.YES, AnswerValue.PARTIAL, AnswerValue.NO)
    expected: dict[str, Answer] = {}
    assert page.walker.current_item_id == CHECKLIST.items[0].id
    assert isinstance(focused(), QPushButton) and focused() in page.card.answer_buttons.values()
    for n, item in enumerate(CHECKLIST.items):
        assert page.walker.current_item_id == item.id
        value = cycle[n % 3]
        press(qtbot, KEYS[value])
        expected[item.id] = Answer(value)
        # Opening an item puts the keyboard on its answer buttons.
        assert focused() in page.card.answer_buttons.values()
        press(qtbot, Qt.Key.Key_PageDown)
    # PageDown on the last item leads to the check view, which has nothing left to list.
    assert page.tabs.currentWidget() is page.check_view
    assert page.check_view.entries() == {"unanswered": [], "review": [], "na_without_reason": []}
    assert dict(stored(service, assessment_id).answers) == expected

    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    box = page.active_dialog
    assert isinstance(box, QMessageBox)
    click_role(qtbot, box, QMessageBox.ButtonRole.AcceptRole)
    qtbot.waitUntil(lambda: stored(service, assessment_id).locked)
    assert page.session.locked and page.locked_banner.isVisible()
    assert page.tabs.currentWidget() is page.results_view
    card = score(CHECKLIST, expected)
    assert card.overall is not None
    assert page.results_view.overall_value.text() == fmt_number(card.overall)
    # Locked: the answer keys change nothing.
    page.open_item("P01")
    press(qtbot, Qt.Key.Key_3)
    assert stored(service, assessment_id).answers["P01"] == Answer(AnswerValue.YES)


def test_thai_note_typed_through_the_input_method_is_stored(qtbot, page: AssessmentPage, service, assessment_id):
    note = "ตรวจสอบแผนปฏิบัติการแล้ว เอกสารอยู่ที่กองยุทธศาสตร์และแผนงาน"
    type_thai(page.card.note_edit, note)
    assert page.card.note_edit.toPlainText() == note
    # Written after the short pause, without any further action.
    qtbot.waitUntil(lambda: stored(service, assessment_id).answers.get("P01", Answer()).note == note)
    assert page.session.save_state.value == "saved"
    assert page.saved_label.objectName() == "savedState"


def test_typed_text_is_written_at_once_when_moving_on(qtbot, page: AssessmentPage, service, assessment_id):
    type_thai(page.card.note_edit, "ยังขาดบันทึกอนุมัติ")
    assert page.session.has_pending()
    page.walker.next_item()
    assert not page.session.has_pending()
    assert stored(service, assessment_id).answers["P01"].note == "ยังขาดบันทึกอนุมัติ"


def test_undo_and_redo_an_answer_revert_the_stored_answer(qtbot, page: AssessmentPage, service, assessment_id):
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_2)
    assert stored(service, assessment_id).answers["P01"].value is AnswerValue.PARTIAL
    page.open_item("P05")  # undo brings the changed item back into view
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(service, assessment_id).answers["P01"].value is AnswerValue.YES
    assert page.walker.current_item_id == "P01"
    assert page.card.answer_buttons[AnswerValue.YES].isChecked()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "P01" not in stored(service, assessment_id).answers
    assert not any(b.isChecked() for b in page.card.answer_buttons.values())
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(service, assessment_id).answers["P01"].value is AnswerValue.YES
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored(service, assessment_id).answers["P01"].value is AnswerValue.PARTIAL


def test_undo_keeps_the_note(qtbot, page: AssessmentPage, service, assessment_id):
    press(qtbot, Qt.Key.Key_1)
    type_thai(page.card.note_edit, "มีหลักฐานครบ")
    page.flush()
    page.card.focus_answer()
    press(qtbot, Qt.Key.Key_3)
    page.undo()
    assert stored(service, assessment_id).answers["P01"] == Answer(AnswerValue.YES, note="มีหลักฐานครบ")


def test_keys_in_the_note_type_text_not_answers(qtbot, page: AssessmentPage, service, assessment_id):
    page.card.note_edit.setFocus()
    qtbot.keyClicks(page.card.note_edit, "12")
    assert page.card.note_edit.toPlainText() == "12"
    page.flush()
    assert stored(service, assessment_id).answers["P01"] == Answer(None, note="12")


def test_na_asks_for_a_reason_and_is_only_offered_where_allowed(qtbot, page: AssessmentPage, service,
                                                                assessment_id):
    page.open_item("P01")
    assert not page.card.answer_buttons[AnswerValue.NA].isVisible()
    press(qtbot, Qt.Key.Key_4)
    assert "P01" not in stored(service, assessment_id).answers

    page.open_item("S04")
    assert page.card.answer_buttons[AnswerValue.NA].isVisible()
    assert not page.card.reason_box.isVisible()
    press(qtbot, Qt.Key.Key_4)
    assert page.card.reason_box.isVisible() and page.card.reason_warning.isVisible()
    assert focused() is page.card.reason_edit
    assert page.check_view.entries()["na_without_reason"] == ["S04"]
    type_thai(page.card.reason_edit, "หน่วยงานไม่มีการเรียกเก็บค่าธรรมเนียม")
    assert not page.card.reason_warning.isVisible()
    page.walker.next_item()
    assert stored(service, assessment_id).answers["S04"] == Answer(
        AnswerValue.NA, reason="หน่วยงานไม่มีการเรียกเก็บค่าธรรมเนียม"
    )
    page.show_check()
    assert page.check_view.entries()["na_without_reason"] == []


def test_ctrl_f_finds_an_item_by_id_or_thai_words_and_jumps(qtbot, page: AssessmentPage):
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert isinstance(dialog, ItemSearchDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.query)
    qtbot.keyClicks(dialog.query, "t05")
    assert dialog.matches() == ["T05"]
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert page.walker.current_item_id == "T05"
    reactivate(qtbot, page)
    assert focused() in page.card.answer_buttons.values()

    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert isinstance(dialog, ItemSearchDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.query)
    type_thai(dialog.query, "ธรรมาภิบาลข้อมูล")
    assert dialog.matches()[0] == "P06"
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert page.walker.current_item_id == "P06"
    reactivate(qtbot, page)

    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert isinstance(dialog, ItemSearchDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.query)
    qtbot.keyClicks(dialog.query, "data catalogue")
    assert "P06" in dialog.matches()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Escape)
    assert page.walker.current_item_id == "P06"


def test_page_up_and_previous_next_buttons(qtbot, page: AssessmentPage):
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_PageDown)
    assert page.walker.current_item_id == "P03"
    press(qtbot, Qt.Key.Key_PageUp)
    assert page.walker.current_item_id == "P02"
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.walker.current_item_id == "P03"
    qtbot.mouseClick(page.walker.prev_button, Qt.MouseButton.LeftButton)
    assert page.walker.current_item_id == "P02"
    qtbot.mouseClick(page.walker.next_button, Qt.MouseButton.LeftButton)
    assert page.walker.current_item_id == "P03"
    assert page.walker.position_label.text().count("3") >= 1


def test_navigator_shows_progress_and_states_and_opens_items(qtbot, page: AssessmentPage, service,
                                                             assessment_id):
    press(qtbot, Qt.Key.Key_1)
    page.card.review_check.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert stored(service, assessment_id).review_flags == frozenset({"P01"})
    d1 = page.navigator.topLevelItem(0)
    assert "1" in d1.text(0) and "10" in d1.text(0) and "20%" in d1.text(0)
    row = d1.child(0)
    assert row.text(0).startswith("P01") and CHECKLIST.choice(AnswerValue.YES).label.th in row.text(0)
    assert page.check_view.entries()["review"] == ["P01"]
    # Enter on a row opens the item and moves the keyboard to its answer.
    page.navigator.setFocus()
    page.navigator.setCurrentItem(page.navigator.topLevelItem(2).child(3))
    assert page.walker.current_item_id == "S04"
    assert focused() is page.navigator
    qtbot.keyClick(page.navigator, Qt.Key.Key_Return)
    assert focused() in page.card.answer_buttons.values()


def test_check_view_entries_jump_to_their_item(qtbot, page: AssessmentPage):
    page.show_check()
    view: CheckView = page.check_view
    assert view.entries()["unanswered"][:3] == ["P01", "P02", "P03"]
    view.select("P03")
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert page.tabs.currentWidget() is page.walker
    assert page.walker.current_item_id == "P03"


def test_evidence_drop_open_and_remove(qtbot, page: AssessmentPage, service, assessment_id, tmp_path: Path):
    source = tmp_path / "คำสั่งแต่งตั้งคณะทำงาน.pdf"
    source.write_bytes(b"%PDF-1.4 evidence")
    evidence = page.card.evidence_list
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(evidence, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(evidence, drop)
    files = stored(service, assessment_id).evidence["P01"]
    assert [f.filename for f in files] == [source.name]
    assert evidence.list.count() == 1 and source.name in evidence.list.item(0).text()

    # Opened under its original name (so the system picks the right program), with the stored bytes.
    [opened] = opened_by_clicking(qtbot, evidence.open_button)
    assert opened.name == source.name
    assert opened.read_bytes() == service.evidence_path(files[0].sha256).read_bytes()

    qtbot.mouseClick(evidence.remove_button, Qt.MouseButton.LeftButton)
    box = evidence.confirm_box
    assert isinstance(box, QMessageBox)
    click_role(qtbot, box, QMessageBox.ButtonRole.DestructiveRole)
    assert "P01" not in stored(service, assessment_id).evidence
    assert evidence.list.count() == 0


def test_other_language_is_one_click_away(qtbot, page: AssessmentPage):
    item = CHECKLIST.item("P01")
    assert page.card.text_label.plain_text() == item.text.th
    assert not page.card.other_text_label.isVisible()
    qtbot.mouseClick(page.card.other_language_button, Qt.MouseButton.LeftButton)
    assert page.card.other_text_label.isVisible()
    assert page.card.other_text_label.plain_text() == item.text.en
    assert page.card.other_evidence_hint.plain_text() == item.evidence.en
    page.walker.next_item()  # the choice holds while walking
    assert page.card.other_text_label.plain_text() == CHECKLIST.item("P02").text.en


def test_a_missing_evidence_file_is_explained_not_crashed_on(qtbot, page: AssessmentPage, service, assessment_id,
                                                             tmp_path: Path):
    source = tmp_path / "รายงาน.pdf"
    source.write_bytes(b"%PDF-1.4 report")
    assert page.card.evidence_list.attach([source]) == 1
    sha = stored(service, assessment_id).evidence["P01"][0].sha256
    stored_copy = service.evidence_path(sha)
    stored_copy.chmod(0o600)
    stored_copy.unlink()
    qtbot.mouseClick(page.card.evidence_list.open_button, Qt.MouseButton.LeftButton)
    box = page.card.evidence_list.confirm_box
    assert isinstance(box, QMessageBox)
    assert sha[:12] in box.text()
    click_role(qtbot, box, QMessageBox.ButtonRole.AcceptRole)
