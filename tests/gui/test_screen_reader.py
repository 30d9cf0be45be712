"""What a screen reader is asked to read beside the keyboard, on the real page with the UI in Thai.

No screen reader runs offscreen, so the announcements Kao hands to Qt are recorded where Qt
takes them (QAccessible.updateAccessibility), with the widget they come from.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from test_assessment_lifecycle import _FailingService
from test_assessment_support import CHECKLIST, new_assessment, press, show_page

from core.model import AnswerValue
from core.storage import DiskFullError
from gui.assessment import AssessmentPage

ASSERTIVE = QAccessible.AnnouncementPoliteness.Assertive
POLITE = QAccessible.AnnouncementPoliteness.Polite


class Said(list[tuple[object, str, QAccessible.AnnouncementPoliteness]]):
    def texts(self) -> list[str]:
        return [text for _widget, text, _politeness in self]


@pytest.fixture
def said(monkeypatch) -> Said:
    """Each announcement as (widget, text, politeness); other accessibility events pass through."""
    heard = Said()
    original = QAccessible.updateAccessibility

    def update(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append((event.object(), event.message(), event.politeness()))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return heard


def _description(value: AnswerValue) -> str:
    choice = CHECKLIST.choice(value)
    return f"{choice.label.th}: {choice.description.th}"


def test_key_4_refused_is_read_out_at_each_press(qtbot, page: AssessmentPage, said: Said):
    hint = "ข้อนี้ตอบ “ไม่เกี่ยวข้อง” ไม่ได้ กรุณาตอบ 1, 2 หรือ 3"
    press(qtbot, Qt.Key.Key_4)
    assert said == [(page.card.answer_hint, hint, POLITE)]
    press(qtbot, Qt.Key.Key_4)  # pressed again, refused again: said again
    assert said.texts() == [hint, hint]


def test_the_answer_a_number_key_gives_is_read_out(qtbot, page: AssessmentPage, said: Said):
    button = page.card.answer_buttons[AnswerValue.YES]
    assert page.card.focusWidget() is button  # the keyboard stays here whichever key answers
    press(qtbot, Qt.Key.Key_2)
    assert said == [(page.card.choice_description, _description(AnswerValue.PARTIAL), POLITE)]
    press(qtbot, Qt.Key.Key_2)  # no change, nothing to say
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undone: back to the prompt
    assert said.texts()[1:] == ["ยังไม่ได้ตอบ กด 1, 2 หรือ 3 เพื่อตอบ"]
    assert page.session.answer("P01").value is None


def test_moving_to_another_item_reads_which_item_its_text_and_its_answer(qtbot, page: AssessmentPage,
                                                                        said: Said):
    press(qtbot, Qt.Key.Key_PageDown)
    item = CHECKLIST.item("P02")
    assert said == [(page.card, f"ข้อ P02\n{item.text.th}\nยังไม่ได้ตอบ กด 1, 2 หรือ 3 เพื่อตอบ", POLITE)]
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_PageUp)
    press(qtbot, Qt.Key.Key_PageDown)
    assert said.texts()[-1] == f"ข้อ P02\n{item.text.th}\n{_description(AnswerValue.YES)}"


def test_na_without_a_reason_says_what_is_missing_with_the_reason_box(qtbot, page: AssessmentPage):
    page.open_item("S04")
    press(qtbot, Qt.Key.Key_4)
    assert page.card.reason_edit.hasFocus()
    assert page.card.reason_edit.accessibleDescription() == (
        "หากไม่ระบุเหตุผล ข้อนี้จะนับเป็น “ไม่ใช่” และยังยืนยันผลการประเมินไม่ได้")
    page.card.reason_edit.setPlainText("ไม่มีการเรียกเก็บค่าธรรมเนียม")
    assert page.card.reason_edit.accessibleDescription() == ""


def test_a_file_the_item_already_has_is_read_out(qtbot, page: AssessmentPage, said: Said, tmp_path: Path):
    source = tmp_path / "คำสั่งแต่งตั้ง.pdf"
    source.write_bytes(b"%PDF-1.4 order")
    evidence = page.card.evidence_list
    evidence.attach([source])
    assert said == []
    evidence.attach([source])
    assert said == [(evidence.notice, "“คำสั่งแต่งตั้ง.pdf” แนบไว้ในข้อนี้อยู่แล้ว", POLITE)]


def test_saving_that_starts_to_fail_is_read_out_at_once_and_once(qtbot, service, said: Said):
    failing = _FailingService(service)
    page = show_page(qtbot, failing, new_assessment(service))
    failing.fail = True
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_2)  # refused again: the header already says so
    reason = DiskFullError(Path("/data")).text("th")
    assert said == [(page.saved_label, f"ยังไม่ได้บันทึก: {reason}", ASSERTIVE)]
