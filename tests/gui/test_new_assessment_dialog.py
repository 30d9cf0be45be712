"""The new-assessment dialog from the keyboard: the year as typed is the year created, or refused by name."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from test_assessment_support import prepare_app

from core.records import Agency, AgencyKind
from core.text import Text
from gui.dialogs.new_assessment_dialog import NewAssessmentDialog
from tests.gui.typing_helpers import shown_active

TODAY = date(2026, 11, 22)  # fiscal year 2570 began on 1 October 2026


def _dialog(qtbot, service) -> NewAssessmentDialog:
    prepare_app("th")
    service.save_agency(Agency("0801", Text("สำนักงานจังหวัดเชียงใหม่", "Chiang Mai Provincial Office"),
                               AgencyKind.PROVINCIAL, province="เชียงใหม่"))
    dialog = NewAssessmentDialog(service, today=TODAY)
    shown_active(qtbot, dialog)
    return dialog


def _type_year(qtbot, dialog: NewAssessmentDialog, year: str) -> None:
    dialog.year.setFocus()
    dialog.year.selectAll()
    qtbot.keyClicks(dialog.year, year)


def test_the_default_year_is_the_current_thai_fiscal_year(qtbot, service):
    assert _dialog(qtbot, service).year.value() == 2570


def test_a_year_typed_short_is_refused_by_name_not_replaced_by_this_year(qtbot, service):
    dialog = _dialog(qtbot, service)
    _type_year(qtbot, dialog, "68")  # as people say it: ปี 68
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert service.list_assessments() == []
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    shown = dialog.error.text().replace("\u200b", "")
    assert shown.startswith('ปีงบประมาณ (พ.ศ.) "68" ไม่ถูกต้อง') and "2570" in shown
    assert dialog.year.text() == "68" and QApplication.focusWidget() is dialog.year

    _type_year(qtbot, dialog, "2568")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    [created] = service.list_assessments()
    assert created.fiscal_year == 2568 and dialog.result() == QDialog.DialogCode.Accepted


def test_a_short_year_stays_as_typed_when_the_keyboard_moves_on(qtbot, service):
    dialog = _dialog(qtbot, service)
    _type_year(qtbot, dialog, "256")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the assessors
    assert dialog.year.text() == "256"  # not 2570 put back unseen
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert service.list_assessments() == [] and dialog.error.isVisible()


def test_a_problem_over_two_lines_squeezes_no_row(qtbot, service):
    dialog = _dialog(qtbot, service)
    _type_year(qtbot, dialog, "68")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width()))
    assert dialog.error.heightForWidth(dialog.error.width()) > dialog.error.fontMetrics().lineSpacing()  # two lines
    for widget in (dialog.agency, dialog.add_agency, dialog.year, dialog.assessors):
        assert widget.height() >= widget.sizeHint().height()  # else the marks above Thai letters are cut off
