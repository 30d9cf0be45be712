"""Finalize, reopen, read-only, language switching, save errors and the page's signals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_assessment_support import (
    AGENCY_EN,
    AGENCY_TH,
    CHECKLIST,
    click_role,
    complete_answers,
    focused,
    make_service,
    new_assessment,
    press,
    show_page,
    stored,
    type_thai,
)

from core.errors import KaoError
from core.model import Answer, AnswerValue
from core.records import AssessmentStatus
from core.storage import DiskFullError
from gui.assessment.reopen_dialog import ReopenDialog
from gui.assessment.session import SaveState
from gui.i18n import LanguageManager


def test_finalize_refused_shows_the_service_message_and_offers_the_check_view(qtbot, service):
    assessment_id = new_assessment(service)
    answers = complete_answers()
    del answers["I03"]
    answers["S04"] = Answer(AnswerValue.NA)
    service.save_answers(assessment_id, answers)
    page = show_page(qtbot, service, assessment_id)
    with pytest.raises(KaoError) as refusal:
        service.finalize(assessment_id)
    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    box = page.active_dialog
    assert isinstance(box, QMessageBox)
    assert box.text().replace("\u200b", "") == refusal.value.text("th")
    assert "\u200b" in box.text()  # break hints: the Thai wraps between words even without libthai
    click_role(qtbot, box, QMessageBox.ButtonRole.AcceptRole)
    assert page.tabs.currentWidget() is page.check_view
    assert page.check_view.entries() == {"unanswered": ["I03"], "review": [], "na_without_reason": ["S04"]}
    assert stored(service, assessment_id).status is AssessmentStatus.DRAFT


def test_finalize_can_be_cancelled(qtbot, service):
    assessment_id = new_assessment(service)
    service.save_answers(assessment_id, complete_answers())
    page = show_page(qtbot, service, assessment_id)
    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    box = page.active_dialog
    assert isinstance(box, QMessageBox)
    click_role(qtbot, box, QMessageBox.ButtonRole.RejectRole)
    assert stored(service, assessment_id).status is AssessmentStatus.DRAFT
    assert not page.session.locked


def test_reopen_asks_for_a_reason_and_records_it(qtbot, service):
    assessment_id = new_assessment(service)
    service.save_answers(assessment_id, complete_answers())
    service.finalize(assessment_id)
    page = show_page(qtbot, service, assessment_id)
    assert page.locked_banner.isVisible()
    assert not any(b.isEnabled() for b in page.card.answer_buttons.values())
    assert page.card.note_edit.isReadOnly() and not page.card.review_check.isEnabled()
    assert not page.card.evidence_list.add_button.isEnabled()

    with qtbot.waitSignal(page.status_changed):
        qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
        dialog = page.active_dialog
        assert isinstance(dialog, ReopenDialog)
        assert not dialog.reopen_button.isEnabled()
        type_thai(dialog.reason_edit, "   ")
        assert not dialog.reopen_button.isEnabled()
        reason = "สำนักงานตรวจพบหลักฐานเพิ่มเติมสำหรับข้อ P03"
        dialog.reason_edit.clear()
        type_thai(dialog.reason_edit, reason)
        assert dialog.reopen_button.isEnabled()
        qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert stored(service, assessment_id).status is AssessmentStatus.DRAFT
    entry = service.audit_log(assessment_id)[-1]
    assert entry.action == "reopen" and entry.reason == reason
    assert not page.locked_banner.isVisible()
    assert all(b.isEnabled() for v, b in page.card.answer_buttons.items() if v is not AnswerValue.NA)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.open_item("P01")
    press(qtbot, Qt.Key.Key_3)
    assert stored(service, assessment_id).answers["P01"].value is AnswerValue.NO


def test_reopen_cancelled_keeps_it_locked(qtbot, service):
    assessment_id = new_assessment(service)
    service.save_answers(assessment_id, complete_answers())
    service.finalize(assessment_id)
    page = show_page(qtbot, service, assessment_id)
    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, ReopenDialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert stored(service, assessment_id).status is AssessmentStatus.FINALIZED
    assert page.session.locked


def test_switch_language_mid_assessment(qtbot, service):
    assessment_id = new_assessment(service)
    page = show_page(qtbot, service, assessment_id)
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_2)
    type_thai(page.card.note_edit, "ยังไม่ครบ")
    created = stored(service, assessment_id).created_at.astimezone()
    assert page.title_label.plain_text() == AGENCY_TH
    created_part = page.subtitle_label.plain_text().rsplit("·", 1)[1]
    assert str(created.year + 543) in created_part  # the Buddhist era in Thai

    LanguageManager.for_app().set_language("en")
    item = CHECKLIST.item("P02")
    assert page.walker.current_item_id == "P02"
    assert page.card.text_label.plain_text() == item.text.en
    assert page.card.evidence_hint.plain_text() == item.evidence.en
    assert page.card.answer_buttons[AnswerValue.YES].text().startswith("Yes")
    assert page.card.answer_buttons[AnswerValue.PARTIAL].isChecked()
    assert page.card.note_edit.toPlainText() == "ยังไม่ครบ"
    assert page.navigator.topLevelItem(0).text(0).startswith("D1 Policies")
    assert "Partial" in page.navigator.topLevelItem(0).child(1).text(0)
    assert page.title_label.plain_text() == AGENCY_EN
    created_part = page.subtitle_label.plain_text().rsplit("·", 1)[1]
    assert str(created.year) in created_part and str(created.year + 543) not in created_part
    assert page.tabs.tabText(2) == "Results"
    assert page.card.other_language_button.text() == "Show the Thai text"

    # Work goes on in English, and the note typed before the switch is stored.
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_3)
    detail = stored(service, assessment_id)
    assert detail.answers["P02"] == Answer(AnswerValue.PARTIAL, note="ยังไม่ครบ")
    assert detail.answers["P03"].value is AnswerValue.NO

    LanguageManager.for_app().set_language("th")
    assert page.card.text_label.plain_text() == CHECKLIST.item("P03").text.th
    assert page.card.answer_buttons[AnswerValue.NO].text().startswith("ไม่ใช่")
    assert page.title_label.plain_text() == AGENCY_TH


class _FailingService:
    """The real service, except that writes can be made to fail as a full disk makes them fail."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self.fail = False
        self.attempts = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def _write(self, name: str, *args: Any, **kwargs: Any) -> None:
        self.attempts += 1
        if self.fail:
            raise DiskFullError(Path("/data"))
        getattr(self._real, name)(*args, **kwargs)

    def save_value(self, *args: Any, **kwargs: Any) -> None:
        self._write("save_value", *args, **kwargs)

    def save_text(self, *args: Any, **kwargs: Any) -> None:
        self._write("save_text", *args, **kwargs)


def open_with_refused_note(qtbot, service, note: str) -> tuple[Any, _FailingService, int]:
    """A new assessment's page whose storage refuses writes (a full disk); ``note`` typed and refused."""
    assessment_id = new_assessment(service)
    failing = _FailingService(service)
    page = show_page(qtbot, failing, assessment_id)
    failing.fail = True
    type_thai(page.card.note_edit, note)
    qtbot.waitUntil(lambda: page.session.save_state is SaveState.FAILED)  # the debounced write, refused
    return page, failing, assessment_id


def test_a_refused_write_is_shown_and_nothing_is_pretended(qtbot, service):
    assessment_id = new_assessment(service)
    failing = _FailingService(service)
    page = show_page(qtbot, failing, assessment_id)
    failing.fail = True
    press(qtbot, Qt.Key.Key_1)
    assert page.saved_label.objectName() == "savedStateError"
    assert DiskFullError(Path("/data")).text("th") in page.saved_label.plain_text()
    assert not page.card.answer_buttons[AnswerValue.YES].isChecked()
    assert "P01" not in stored(service, assessment_id).answers
    assert not page.session.undo_stack.canUndo()

    type_thai(page.card.note_edit, "บันทึกที่ต้องไม่หาย")
    assert not page.flush()
    assert page.card.note_edit.toPlainText() == "บันทึกที่ต้องไม่หาย"

    failing.fail = False
    page.card.focus_answer()
    press(qtbot, Qt.Key.Key_1)
    assert page.saved_label.objectName() == "savedState"
    assert stored(service, assessment_id).answers["P01"] == Answer(AnswerValue.YES, note="บันทึกที่ต้องไม่หาย")


def test_a_later_write_that_succeeds_does_not_hide_a_refused_note_and_the_note_is_sent_again(qtbot, service):
    note = "บันทึกที่ยังรอบันทึก"
    page, failing, assessment_id = open_with_refused_note(qtbot, service, note)

    # Mark for review: that write goes through, but the note still waits, and the header must say so.
    page.card.review_check.setFocus()
    attempts = failing.attempts
    press(qtbot, Qt.Key.Key_Space)
    assert stored(service, assessment_id).review_flags == frozenset({"P01"})
    assert page.session.save_state is SaveState.FAILED
    assert page.saved_label.objectName() == "savedStateError"
    assert DiskFullError(Path("/data")).text("th") in page.saved_label.plain_text()
    # ...and the note is sent again by itself (still refused: the disk is still full).
    qtbot.waitUntil(lambda: failing.attempts > attempts)
    assert page.session.save_state is SaveState.FAILED and page.session.has_pending()
    assert "P01" not in stored(service, assessment_id).answers
    assert page.card.note_edit.toPlainText() == note

    # Space is freed; the next write that goes through brings the note along, without leaving the item.
    failing.fail = False
    press(qtbot, Qt.Key.Key_Space)
    assert stored(service, assessment_id).review_flags == frozenset()
    qtbot.waitUntil(lambda: stored(service, assessment_id).answers.get("P01", Answer()).note == note)
    assert page.walker.current_item_id == "P01"
    assert page.session.save_state is SaveState.SAVED and not page.session.has_pending()
    assert page.saved_label.objectName() == "savedState"


def test_back_flushes_and_signals(qtbot, service):
    assessment_id = new_assessment(service)
    page = show_page(qtbot, service, assessment_id)
    type_thai(page.card.note_edit, "ก่อนกลับ")
    with qtbot.waitSignals([page.status_changed, page.closed], order="strict"):
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert stored(service, assessment_id).answers["P01"].note == "ก่อนกลับ"


def test_a_finalized_assessment_opens_read_only_and_keys_change_nothing(qtbot, service):
    assessment_id = new_assessment(service)
    answers = complete_answers()
    service.save_answers(assessment_id, answers)
    service.finalize(assessment_id)
    page = show_page(qtbot, service, assessment_id)
    assert page.finalize_button.isEnabled()
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        press(qtbot, key)
    page.undo()
    assert dict(stored(service, assessment_id).answers) == answers
    assert not page.report_button.isEnabled() and page.report_button.toolTip()
    assert not page.export_button.isEnabled() and page.export_button.toolTip()


def test_an_assessment_in_the_trash_is_read_only(qtbot, service):
    assessment_id = new_assessment(service)
    service.delete(assessment_id)
    page = show_page(qtbot, service, assessment_id)
    assert page.session.locked and page.locked_banner.isVisible()
    assert not page.finalize_button.isEnabled()
    press(qtbot, Qt.Key.Key_1)
    assert stored(service, assessment_id).answers == {}
    assert focused() is not None
    assert QApplication.focusWidget() is not None


def test_report_and_export_say_why_they_are_off_until_enabled(qtbot, service):
    page = show_page(qtbot, service, new_assessment(service))
    off = page.report_button.toolTip()
    assert not page.report_button.isEnabled() and off
    page.report_button.setEnabled(True)
    assert page.report_button.toolTip() and page.report_button.toolTip() != off
    page.report_button.setEnabled(False)
    assert page.report_button.toolTip() == off


def test_a_refused_note_is_sent_again_by_itself_once_the_storage_recovers(qtbot, service, monkeypatch):
    monkeypatch.setattr("gui.assessment.session.RETRY_DELAY_MS", 200)  # the real pause is seconds
    note = "บันทึกที่รอพื้นที่ว่าง"
    page, failing, assessment_id = open_with_refused_note(qtbot, service, note)
    attempts = failing.attempts
    qtbot.waitUntil(lambda: failing.attempts > attempts)  # tried again with nobody touching anything
    assert page.session.save_state is SaveState.FAILED

    failing.fail = False  # e.g. another program freed space on the disk; the user does nothing
    qtbot.waitUntil(lambda: stored(service, assessment_id).answers.get("P01", Answer()).note == note)
    qtbot.waitUntil(lambda: page.session.save_state is SaveState.SAVED)
    assert not page.session.has_pending()
    assert page.saved_label.objectName() == "savedState"
    attempts = failing.attempts
    failing.fail = True  # nothing waits any more, so nothing is written again
    page.session.flush()
    assert failing.attempts == attempts


def test_the_back_button_does_not_promise_saved_work_while_a_note_is_refused(qtbot, service):
    assessment_id = new_assessment(service)
    failing = _FailingService(service)
    page = show_page(qtbot, failing, assessment_id)
    assert "บันทึกไว้แล้ว" in page.back_button.toolTip()
    failing.fail = True
    type_thai(page.card.note_edit, "บันทึกที่ยังไม่ถูกบันทึก")
    qtbot.waitUntil(lambda: page.session.save_state is SaveState.FAILED)
    assert "ยังไม่ได้บันทึก" in page.back_button.toolTip()
    assert "บันทึกไว้แล้ว" not in page.back_button.toolTip()
    failing.fail = False
    assert page.flush()
    assert "บันทึกไว้แล้ว" in page.back_button.toolTip()


def test_finalize_with_a_refused_note_says_why_and_finalizes_nothing(qtbot, service):
    assessment_id = new_assessment(service)
    service.save_answers(assessment_id, complete_answers())
    failing = _FailingService(service)
    page = show_page(qtbot, failing, assessment_id)
    failing.fail = True
    type_thai(page.card.note_edit, "หมายเหตุสุดท้ายก่อนส่ง")
    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    box = page.active_dialog
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "ยังไม่ได้ยืนยันผลการประเมิน"
    assert DiskFullError(Path("/data")).text("th") in box.text().replace("\u200b", "")
    assert [b.text() for b in box.buttons()] == ["ปิด"]  # nothing to check: every item is answered
    click_role(qtbot, box, QMessageBox.ButtonRole.AcceptRole)
    assert page.active_dialog is None
    assert stored(service, assessment_id).status is AssessmentStatus.DRAFT
    assert not page.session.locked
    assert page.card.note_edit.toPlainText() == "หมายเหตุสุดท้ายก่อนส่ง"


def test_finalize_of_an_assessment_finalized_meanwhile_elsewhere_says_so_and_shows_it_locked(
        qtbot, service, tmp_path):
    assessment_id = new_assessment(service)
    service.save_answers(assessment_id, complete_answers())
    page = show_page(qtbot, service, assessment_id)
    assert page.finalize_button.text() == "ยืนยันผล…"
    other_window = make_service(tmp_path / "data")  # a second Kao on the same data folder
    try:
        other_window.finalize(assessment_id)
    finally:
        other_window.close()

    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    confirm = page.active_dialog
    assert isinstance(confirm, QMessageBox) and confirm.windowTitle() == "ยืนยันผลการประเมิน"
    click_role(qtbot, confirm, QMessageBox.ButtonRole.AcceptRole)
    box = page.active_dialog
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "แบบประเมินนี้ถูกล็อกแล้ว"
    assert "ถูกล็อก" in box.text().replace("\u200b", "")
    assert [b.text() for b in box.buttons()] == ["ปิด"]
    click_role(qtbot, box, QMessageBox.ButtonRole.AcceptRole)
    assert page.session.locked  # the page now shows what is stored: locked, with Reopen offered
    assert page.finalize_button.text() == "เปิดแก้ไขอีกครั้ง…"
    assert stored(service, assessment_id).status is AssessmentStatus.FINALIZED


def _finalized_elsewhere_while_open(qtbot, service, data_dir: Path, item_id: str) -> tuple[Any, int]:
    """A complete assessment's page at ``item_id``, which a second Kao on the same folder then finalizes."""
    assessment_id = new_assessment(service)
    service.save_answers(assessment_id, complete_answers())
    page = show_page(qtbot, service, assessment_id)
    page.open_item(item_id)
    other_window = make_service(data_dir)
    try:
        other_window.finalize(assessment_id)
    finally:
        other_window.close()
    return page, assessment_id


def test_a_note_refused_because_another_window_finalized_is_kept_and_written_after_reopen(
        qtbot, service, tmp_path):
    page, assessment_id = _finalized_elsewhere_while_open(qtbot, service, tmp_path / "data", "P02")

    note = "หลักฐานเพิ่มเติมจากการประชุมเมื่อวาน"
    type_thai(page.card.note_edit, note)
    # The refusal shows the page as stored: read-only, with Reopen offered, and the typed note still there.
    qtbot.waitUntil(lambda: page.session.locked)
    assert page.finalize_button.text() == "เปิดแก้ไขอีกครั้ง…"
    assert page.locked_banner.isVisible()
    assert page.card.note_edit.toPlainText() == note
    assert page.session.save_state is SaveState.FAILED and page.session.has_pending()
    assert stored(service, assessment_id).answers["P02"].note == ""

    with qtbot.waitSignal(page.status_changed):
        qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
        dialog = page.active_dialog
        assert isinstance(dialog, ReopenDialog)
        type_thai(dialog.reason_edit, "เพิ่มหมายเหตุที่พิมพ์ไว้")
        qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert stored(service, assessment_id).status is AssessmentStatus.DRAFT
    assert stored(service, assessment_id).answers["P02"].note == note
    assert page.session.save_state is SaveState.SAVED and not page.session.has_pending()
    assert page.card.note_edit.toPlainText() == note


def test_an_answer_refused_because_another_window_finalized_shows_the_stored_answer_locked(
        qtbot, service, tmp_path):
    page, assessment_id = _finalized_elsewhere_while_open(qtbot, service, tmp_path / "data", "P01")
    before = stored(service, assessment_id).answers["P01"].value

    press(qtbot, Qt.Key.Key_3 if before is not AnswerValue.NO else Qt.Key.Key_1)  # refused inside an undo command
    qtbot.waitUntil(lambda: page.session.locked)
    assert page.session.answer("P01").value is before
    assert page.card.answer_buttons[before].isChecked()
    assert not page.session.undo_stack.canUndo()
    assert stored(service, assessment_id).status is AssessmentStatus.FINALIZED


def test_an_item_left_with_a_refused_note_is_marked_not_saved_in_the_list_until_it_is_saved(qtbot, service):
    page, failing, _assessment_id = open_with_refused_note(qtbot, service, "บันทึกที่ดิสก์เต็มปฏิเสธ")
    row = page.navigator._item_rows["P01"]
    assert "ยังไม่ได้บันทึก" in row.text(0).replace("\u200b", "")
    assert "ยังไม่ได้บันทึก" in row.data(0, Qt.ItemDataRole.AccessibleTextRole)
    page.open_item("P02")  # moving on: the header still says "Not saved", and P01's row says which item
    assert "ยังไม่ได้บันทึก" in row.text(0).replace("\u200b", "")
    assert "ยังไม่ได้บันทึก" not in page.navigator._item_rows["P02"].text(0).replace("\u200b", "")
    failing.fail = False
    assert page.flush()
    assert "ยังไม่ได้บันทึก" not in row.text(0).replace("\u200b", "")
    assert row.data(0, Qt.ItemDataRole.ForegroundRole) is None


def test_an_english_refusal_box_reads_as_a_sentence(qtbot, service):
    assessment_id = new_assessment(service)
    page = show_page(qtbot, service, assessment_id, lang="en")
    with pytest.raises(KaoError) as refusal:
        service.finalize(assessment_id)
    assert refusal.value.text("en")[0].islower()  # a clause, as the header and the command line use it
    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    box = page.active_dialog
    assert isinstance(box, QMessageBox)
    text = box.text().replace("\u200b", "")
    assert text[0].isupper() and text[1:] == refusal.value.text("en")[1:]
    click_role(qtbot, box, QMessageBox.ButtonRole.RejectRole)


def test_two_windows_on_one_assessment_keep_each_others_writes(qtbot, tmp_path):
    """Each write names only its own fields: a note typed here does not put back the answer this
    window last saw, and an answer chosen here does not put back its note."""
    here = make_service(tmp_path / "data")
    assessment_id = new_assessment(here)
    there = make_service(tmp_path / "data")  # a second Kao window on the same data folder
    try:
        page = show_page(qtbot, here, assessment_id)
        there.save_answer(assessment_id, "P01", Answer(AnswerValue.YES))
        type_thai(page.card.note_edit, "รอคำสั่งแต่งตั้ง")
        assert page.flush()
        assert stored(there, assessment_id).answers["P01"] == Answer(AnswerValue.YES, note="รอคำสั่งแต่งตั้ง")

        there.save_answer(assessment_id, "P01", Answer(AnswerValue.YES, note="แก้จากอีกหน้าต่าง"))
        page.card.answer_buttons[AnswerValue.NO].click()  # chosen here
        assert stored(there, assessment_id).answers["P01"] == Answer(AnswerValue.NO, note="แก้จากอีกหน้าต่าง")
    finally:
        there.close()


def test_a_note_pasted_beyond_what_a_file_carries_is_cut_and_saved(qtbot, service):
    """Storage refuses a note a submission file cannot carry; the editor cuts a long paste at once,
    so what the user sees is what is saved, and the assessment can still be sent."""
    from core.records import MAX_LONG_FIELD

    assessment_id = new_assessment(service)
    page = show_page(qtbot, service, assessment_id)
    type_thai(page.card.note_edit, "ข" * (MAX_LONG_FIELD + 500))
    assert page.flush() and page.session.save_state is SaveState.SAVED
    assert page.card.note_edit.toPlainText() == "ข" * MAX_LONG_FIELD
    assert stored(service, assessment_id).answers["P01"].note == "ข" * MAX_LONG_FIELD
