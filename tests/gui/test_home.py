"""The home screen's flows, through the real dialogs and the real storage."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from test_assessment_support import complete_answers

from core.model import Answer, AnswerValue
from core.records import AgencyKind, AssessmentStatus
from gui.dialogs.agency_dialog import AgencyDialog
from gui.dialogs.new_assessment_dialog import NewAssessmentDialog
from tests.gui.typing_helpers import type_text, when_modal


def _fill_agency(dialog: AgencyDialog) -> None:
    type_text(dialog.code, "0801")
    type_text(dialog.name_th, "สำนักงานจังหวัดเชียงใหม่")
    type_text(dialog.name_en, "Chiang Mai Provincial Office")
    dialog.kind.setCurrentIndex(dialog.kind.findData(AgencyKind.PROVINCIAL))
    type_text(dialog.ministry, "กระทรวงมหาดไทย")
    dialog.province.setCurrentText("เชียงใหม่")


def test_create_agency_and_assessment_then_it_opens(qtbot, main_window):
    home = main_window.home

    def finish(dialog: NewAssessmentDialog) -> None:
        # back in the new-assessment dialog, the new agency is selected
        assert "สำนักงานจังหวัดเชียงใหม่" in dialog.agency.currentText()
        dialog.year.setValue(2569)
        type_text(dialog.assessors, "สมชาย ใจดี, วิภา ศรีสุข")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def agency(agency_dialog: AgencyDialog) -> None:
        _fill_agency(agency_dialog)
        agency_dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    def new_assessment(dialog: NewAssessmentDialog) -> None:
        when_modal(qtbot, agency, AgencyDialog)
        when_modal(qtbot, finish, NewAssessmentDialog, ready=lambda d: d.agency.count() > 0)
        dialog.add_agency.click()

    when_modal(qtbot, new_assessment, NewAssessmentDialog)
    home.new_button.click()

    service = main_window.service
    [summary] = service.list_assessments()
    assert summary.fiscal_year == 2569 and summary.agency.province == "เชียงใหม่"
    detail = service.get_assessment(summary.id)
    assert detail.assessors == ("สมชาย ใจดี", "วิภา ศรีสุข")
    assert detail.agency.name.th == "สำนักงานจังหวัดเชียงใหม่"
    assert main_window.pages.currentWidget() is main_window.assessment_page


def test_agency_dialog_shows_every_problem_and_stays_open(qtbot, main_window):
    dialog = AgencyDialog(parent=main_window)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(AgencyKind.LOCAL))
    dialog.province.setCurrentText("เชียงใหมม")
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()  # not accepted
    shown = [e.plain_text() for e in dialog._errors.values() if not e.isHidden()]
    assert all("\u200b" in e.text() for e in dialog._errors.values() if not e.isHidden())  # wraps between words
    assert "กรุณากรอกรหัสหน่วยงาน" in shown and "กรุณากรอกชื่อหน่วยงานภาษาไทย" in shown
    assert any("เชียงใหมม" in text for text in shown)


def _seed(service):
    from core.records import Agency
    from core.text import Text

    a = service.save_agency(Agency("0801", Text("สำนักงานจังหวัดเชียงใหม่", "Chiang Mai Provincial Office"),
                                   AgencyKind.PROVINCIAL, province="เชียงใหม่"))
    b = service.save_agency(Agency("DIPROM", Text("กรมส่งเสริมอุตสาหกรรม", "Department of Industrial Promotion"),
                                   AgencyKind.DEPARTMENT, ministry="กระทรวงอุตสาหกรรม"))
    first = service.create_assessment(a.id, 2568, ("สมชาย",))
    second = service.create_assessment(b.id, 2569, ("วิภา",))
    service.save_answer(second.id, "P01", Answer(AnswerValue.YES))
    return first, second


def test_list_shows_progress_and_search_filters(qtbot, main_window):
    _seed(main_window.service)
    home = main_window.home
    home.refresh()
    assert home.proxy.rowCount() == 2
    type_text(home.search, "เชียงใหม่")
    assert home.proxy.rowCount() == 1
    assert home.proxy.index(0, 1).data() == "2568"
    home.search.clear()
    type_text(home.search, "diprom")
    assert home.proxy.rowCount() == 1 and home.proxy.index(0, 3).data() == "2%"  # 1 of 60 answered
    home.search.clear()
    home.status_filter.setCurrentIndex(home.status_filter.findData(AssessmentStatus.FINALIZED))
    assert home.proxy.rowCount() == 0


def test_header_clicks_sort_by_that_column(qtbot, main_window):
    service = main_window.service
    first, _second = _seed(service)
    answers = {item.id: Answer(AnswerValue.YES) for item in main_window.checklist.items[:9]}
    service.save_answers(first.id, answers)  # 9 of 60 answered, against the other's 1
    home = main_window.home
    home.refresh()
    header = home.table.horizontalHeader()

    def column(n: int) -> list[str]:
        return [home.proxy.index(r, n).data() for r in range(home.proxy.rowCount())]

    assert column(1) == ["2568", "2569"]  # newest change first: `first` was answered last
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (6, Qt.SortOrder.DescendingOrder)

    def sort_by(section: int) -> Qt.SortOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, section))
        assert header.sortIndicatorSection() == section
        return header.sortIndicatorOrder()

    # Compared as numbers: as text, "15%" would sort before "2%".
    order = sort_by(3)
    assert column(3) == (["2%", "15%"] if order == Qt.SortOrder.AscendingOrder else ["15%", "2%"])
    order = sort_by(3)
    assert column(3) == (["2%", "15%"] if order == Qt.SortOrder.AscendingOrder else ["15%", "2%"])
    order = sort_by(1)
    assert column(1) == (["2568", "2569"] if order == Qt.SortOrder.AscendingOrder else ["2569", "2568"])


def _section_centre(header, section: int):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_list_follows_a_language_switch(qtbot, main_window):
    _seed(main_window.service)
    home = main_window.home
    home.refresh()
    model = home.model

    def names() -> set[str]:
        return {model.index(r, 0).data().replace("\u200b", "") for r in range(model.rowCount())}

    assert "สำนักงานจังหวัดเชียงใหม่ (0801)" in names()
    main_window.action_english.trigger()
    assert "Chiang Mai Provincial Office (0801)" in names()
    header = home.table.horizontalHeader().model()  # what the header view shows
    assert header.headerData(0, Qt.Orientation.Horizontal) == "Agency"
    main_window.action_thai.trigger()
    assert "สำนักงานจังหวัดเชียงใหม่ (0801)" in names()
    assert header.headerData(0, Qt.Orientation.Horizontal) == "หน่วยงาน"


def test_move_to_trash_asks_first_and_restore_brings_it_back(qtbot, main_window):
    first, _second = _seed(main_window.service)
    home = main_window.home
    home.refresh()
    home.select(first.id)

    def answer(button: QMessageBox.StandardButton):
        return lambda box: box.button(button).click()

    when_modal(qtbot, answer(QMessageBox.StandardButton.No), QMessageBox)
    home.delete_button.click()
    assert len(main_window.service.list_assessments()) == 2

    when_modal(qtbot, answer(QMessageBox.StandardButton.Yes), QMessageBox)
    home.delete_button.click()
    assert [s.id for s in main_window.service.list_assessments()] == [_second.id]
    home.show_deleted.setChecked(True)
    assert home.proxy.rowCount() == 1
    home.select(first.id)
    home.restore_button.click()
    assert {s.id for s in main_window.service.list_assessments()} == {first.id, _second.id}
    assert not home.show_deleted.isChecked()


def test_copy_from_last_year_opens_the_new_draft(qtbot, main_window):
    first, _ = _seed(main_window.service)
    main_window.service.save_answer(first.id, "C01", Answer(AnswerValue.PARTIAL, note="คำสั่งที่ 12/2568"))
    home = main_window.home
    home.refresh()
    home.select(first.id)
    when_modal(qtbot, lambda box: box.accept())  # the year dialog, defaulting to next year
    home.copy_button.click()
    years = sorted(s.fiscal_year for s in main_window.service.list_assessments())
    assert years == [2568, 2569, 2569]
    page = main_window.assessment_page
    copied = main_window.service.get_assessment(page.assessment_id)
    assert copied.fiscal_year == 2569 and copied.answers["C01"].note == "คำสั่งที่ 12/2568"
    assert "C01" in copied.review_flags


def test_copy_from_last_year_refuses_a_year_typed_short_instead_of_using_another(qtbot, main_window):
    # "68", as people say it: Enter used to put the suggested year back and copy into it.
    from PySide6.QtWidgets import QApplication

    from gui.dialogs.year_dialog import YearDialog

    first, _ = _seed(main_window.service)
    home = main_window.home
    home.refresh()
    home.select(first.id)
    seen: list[str] = []

    def type_short_then_cancel(dialog: YearDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.year.selectAll()
        qtbot.keyClicks(dialog.year, "68")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        seen.append(dialog.error.plain_text() if dialog.isVisible() and dialog.error.isVisible() else "")
        assert dialog.isVisible() and dialog.year.hasFocus()
        dialog.reject()

    when_modal(qtbot, type_short_then_cancel, YearDialog)
    home.copy_button.click()
    assert seen == ['ปีงบประมาณ (พ.ศ.) "68" ไม่ถูกต้อง กรุณาพิมพ์ปี พ.ศ. เต็มสี่หลัก ตั้งแต่ 2560 ถึง 2700 เช่น 2569']
    assert sorted(s.fiscal_year for s in main_window.service.list_assessments()) == [2568, 2569]


def test_leaving_an_assessment_checkpoints_the_database(qtbot, main_window):
    """What was saved is in the database file itself, not only in the WAL, once the user moves on."""
    first, _ = _seed(main_window.service)
    main_window.open_assessment(first.id)
    main_window.service.save_answer(first.id, "P02", Answer(AnswerValue.PARTIAL))
    wal = main_window.service.database_path.with_name(main_window.service.database_path.name + "-wal")
    assert wal.stat().st_size > 0
    main_window.show_home()
    assert wal.stat().st_size == 0


def test_copy_into_a_year_that_exists_is_refused_unless_it_corrects_an_accepted_result(qtbot, main_window):
    """The accepted result is read-only, and Kao advises copying it into a new draft of the same year
    (the newer submission replaces it); beside a draft, the copy is refused with the reason."""
    from gui.dialogs.year_dialog import YearDialog

    service = main_window.service
    first, _ = _seed(service)
    home = main_window.home
    home.refresh()
    home.select(first.id)

    def same_year(dialog) -> None:
        dialog.year.setValue(first.fiscal_year)
        dialog.accept()

    told: list[str] = []

    def read_and_ok(box: QMessageBox) -> None:
        told.append(box.text().replace("\u200b", ""))
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal(qtbot, same_year, YearDialog)
    when_modal(qtbot, read_and_ok, QMessageBox)
    home.copy_button.click()
    assert told and "มีแบบประเมินปี 2568 อยู่แล้ว" in told[0]
    assert len(service.list_assessments()) == 2 and main_window.assessment_page is None

    service.save_answers(first.id, complete_answers())
    service.finalize(first.id)
    service.mark_submitted(first.id)
    service.mark_accepted(first.id)
    home.refresh()
    home.select(first.id)
    when_modal(qtbot, same_year, YearDialog)
    when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.No).click(), QMessageBox)
    home.copy_button.click()
    assert len(service.list_assessments()) == 2  # declined: nothing created
    when_modal(qtbot, same_year, YearDialog)
    when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click(), QMessageBox)
    home.copy_button.click()
    page = main_window.assessment_page
    assert page is not None
    copied = service.get_assessment(page.assessment_id)
    assert (copied.fiscal_year, copied.status, copied.answers) == (2568, AssessmentStatus.DRAFT, complete_answers())


def test_edit_the_agency_of_an_assessment(qtbot, main_window):
    first, _ = _seed(main_window.service)
    home = main_window.home
    home.refresh()
    home.select(first.id)

    def rename(dialog: AgencyDialog) -> None:
        dialog.contact.clear()
        type_text(dialog.contact, "นางสาววิภา ศรีสุข โทร 053 111 222")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(qtbot, rename, AgencyDialog)
    home.agency_button.click()
    agency = main_window.service.get_assessment(first.id).agency
    assert agency.contact == "นางสาววิภา ศรีสุข โทร 053 111 222" and agency.code == "0801"


def test_unexpected_error_dialog_in_the_ui_language(qtbot, main_window):
    """A bug shows a calm dialog with copyable details; the app keeps running."""
    import sys

    from PySide6.QtWidgets import QApplication

    from gui import crash

    seen: list[str] = []

    def read_and_copy(box: QMessageBox) -> None:
        seen.append(box.text())
        copy = next(b for b in box.buttons() if b.text() == "คัดลอกรายละเอียด")
        copy.click()
        box.button(QMessageBox.StandardButton.Close).click()

    when_modal(qtbot, read_and_copy, QMessageBox)
    try:
        raise RuntimeError("simulated bug")
    except RuntimeError:
        crash.excepthook(*sys.exc_info())
    assert seen and "คำตอบที่บันทึกไว้แล้วยังอยู่ครบ" in seen[0]
    assert "RuntimeError: simulated bug" in QApplication.clipboard().text()
    assert main_window.isVisible()


def test_an_empty_list_says_why_it_is_empty(qtbot, main_window):
    """An empty trash or a search that finds nothing is not 'no assessments yet', which frightens
    someone whose work is all there."""
    home = main_window.home

    def hint() -> str:
        return home.empty_hint.plain_text() if home.empty_hint.isVisible() else ""

    assert hint() == "ยังไม่มีแบบประเมิน เลือก “เริ่มแบบประเมินใหม่…” เพื่อเริ่มต้น"
    _seed(main_window.service)
    home.refresh()
    assert hint() == ""
    home.show_deleted.setChecked(True)
    assert home.proxy.rowCount() == 0 and hint() == "ถังขยะว่างอยู่"
    home.show_deleted.setChecked(False)
    type_text(home.search, "ไม่มีหน่วยงานนี้")
    assert home.proxy.rowCount() == 0 and hint() == "ไม่พบแบบประเมินที่ตรงกับคำค้นหาหรือสถานะที่เลือก"
    home.search.clear()
    assert hint() == ""
    home.status_filter.setCurrentIndex(home.status_filter.findData(AssessmentStatus.FINALIZED))
    assert hint() == "ไม่พบแบบประเมินที่ตรงกับคำค้นหาหรือสถานะที่เลือก"
    main_window.languages.set_language("en")
    assert hint() == "No assessment matches the search or the chosen status."
