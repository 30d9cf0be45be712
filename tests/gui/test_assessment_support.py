"""Helpers shared by the assessment workspace tests: a real SQLite service, a shown page, typing Thai.

This module holds no tests; the test_assessment_* modules import it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from core.checklist import default_checklist
from core.model import Answer, AnswerValue
from core.records import Agency, AgencyKind, AssessmentDetail
from core.resources import resource
from core.storage import SqliteAssessmentService, open_service
from core.text import Text
from gui.app import ensure_app
from gui.assessment import AssessmentPage
from gui.fonts import apply_font, register_fonts
from gui.i18n import LanguageManager

CHECKLIST = default_checklist()
AGENCY_TH = "สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"
AGENCY_EN = "Office of the Permanent Secretary, Ministry of Social Development and Human Security"


def make_service(data_dir: Path) -> SqliteAssessmentService:
    return open_service(data_dir, backup=False, actor="tester")


def new_assessment(service: SqliteAssessmentService, code: str = "D0001", year: int = 2569) -> int:
    agency = service.save_agency(Agency(code, Text(AGENCY_TH, AGENCY_EN), AgencyKind.DEPARTMENT))
    assert agency.id is not None
    return service.create_assessment(agency.id, year, ("สมหญิง ใจดี",)).id


def stored(service: SqliteAssessmentService, assessment_id: int) -> AssessmentDetail:
    return service.get_assessment(assessment_id)


def complete_answers() -> dict[str, Answer]:
    """A finished set: a mix of Yes/Partial/No and one justified N/A."""
    cycle = (AnswerValue.YES, AnswerValue.YES, AnswerValue.PARTIAL, AnswerValue.NO)
    answers = {item.id: Answer(cycle[n % 4]) for n, item in enumerate(CHECKLIST.items)}
    answers["S04"] = Answer(AnswerValue.NA, reason="หน่วยงานไม่มีการเรียกเก็บค่าธรรมเนียม")
    return answers


def prepare_app(lang: str) -> LanguageManager:
    app = ensure_app()
    register_fonts()
    apply_font(app, "normal")
    app.setStyleSheet(resource("styles", "kao.qss").read_text("utf-8"))
    languages = LanguageManager.for_app()
    languages.set_language("th" if lang == "th" else "en")
    return languages


def show_page(qtbot, service: SqliteAssessmentService, assessment_id: int, lang: str = "th",
              size: tuple[int, int] = (1366, 708)) -> AssessmentPage:
    languages = prepare_app(lang)
    page = AssessmentPage(service, CHECKLIST, languages, assessment_id)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the user's keyboard focus is (so shortcuts apply as they would for a user)."""
    qtbot.keyClick(focused(), key, modifier)


def type_thai(widget: QWidget, text: str) -> None:
    """Type text as a Thai input method commits it (QTest.keyClicks aborts on non-Latin text)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def click_role(qtbot, box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    """Click the message box's button with ``role`` (by role, so the test holds in either language)."""
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ask_to_remove_one_file(qtbot, page: AssessmentPage, tmp_path: Path) -> tuple[Path, QMessageBox]:
    """Attach one file to the open item, then ask to remove it from the keyboard: (file, question)."""
    source = tmp_path / "คำสั่งแต่งตั้ง.pdf"
    source.write_bytes(b"%PDF-1.4 order")
    evidence = page.card.evidence_list
    assert evidence.attach([source]) == 1
    evidence.remove_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    box = evidence.confirm_box
    assert isinstance(box, QMessageBox)
    return source, box
