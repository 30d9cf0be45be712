"""The central office's view: imported submissions, grouped figures, drill-down to a report."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

import gui.exchange as exchange
from core.answers import load_answers_file
from core.bundle import writer
from core.bundle.central import import_submissions
from core.bundle.office import export_submission
from core.checklist import default_checklist
from core.records import Agency, AgencyKind
from core.storage import open_service
from core.text import Text
from gui.pages.submission_table import BUNDLE_ROLE
from tests.gui.report_helpers import print_report
from tests.gui.typing_helpers import close_next_message, type_text

DATA = Path(__file__).resolve().parents[1] / "data"


def _office_file(folder: Path, out: Path, code: str, name: str, province: str, answers: str,
                 name_en: str = "", ministry: str = "") -> Path:
    kind = AgencyKind.PROVINCIAL if province else AgencyKind.DEPARTMENT
    with open_service(folder) as office:
        agency = office.save_agency(Agency(code, Text(name, name_en or name), kind, province=province,
                                           ministry=ministry))
        detail = office.create_assessment(agency.id, 2569, ("ผู้ประเมิน",))
        office.save_answers(detail.id, load_answers_file(DATA / answers, default_checklist()))
        office.finalize(detail.id)
        return export_submission(office, detail.id, out).path


def _cell(table, row: int, column: int) -> str:
    return table.model().index(row, column).data().replace("\u200b", "")


def _central_with_two(qtbot, main_window, tmp_path):
    a = _office_file(tmp_path / "o1", tmp_path / "a.kao", "CMI", "สำนักงานจังหวัดเชียงใหม่", "เชียงใหม่",
                     "example_a.json")
    c = _office_file(tmp_path / "o2", tmp_path / "c.kao", "NAN", "สำนักงานจังหวัดน่าน", "น่าน", "example_c.json")
    main_window.show_central()
    page = main_window.central_page
    import_submissions([a, c], page.central)
    page.refresh()
    return page


def test_country_at_a_glance_by_province(qtbot, main_window, tmp_path):
    page = _central_with_two(qtbot, main_window, tmp_path)
    assert page.proxy.rowCount() == 2
    assert page.groups.item(0, 0).text() == "หน่วยงานทั้งหมด"
    assert page.groups.item(0, 1).text() == "2"
    # Mean of 18131/396 and 24947/264 = 70.14…, shown rounded: 70.1
    assert page.groups.item(0, 2).text() == "70.1"
    provinces = {page.groups.item(r, 0).text(): page.groups.item(r, 2).text() for r in range(1, 3)}
    assert provinces == {"เชียงใหม่": "45.8", "น่าน": "94.5"}
    levels = [page.groups.item(0, c).text() for c in range(3, 7)]
    assert levels == ["0", "1", "0", "1"]


def test_drill_down_prints_the_submission_with_its_code(qtbot, main_window, tmp_path):
    page = _central_with_two(qtbot, main_window, tmp_path)
    row = next(r for r in range(2) if "น่าน" in _cell(page.submissions, r, 0))
    page.submissions.selectRow(row)
    code = _cell(page.submissions, row, 3)
    text = print_report(qtbot, page.report_button, tmp_path / "nan.pdf")
    assert code in text and "สำนักงานจังหวัดน่าน" in text


def test_summary_export_to_csv(qtbot, main_window, tmp_path, monkeypatch):
    page = _central_with_two(qtbot, main_window, tmp_path)
    target = tmp_path / "summary.csv"
    offered: list[str] = []
    monkeypatch.setattr(exchange.QFileDialog, "getSaveFileName",
                        lambda _parent, _title, suggested, _filter: (offered.append(suggested), (str(target), ""))[1])
    done = close_next_message(qtbot)
    page.export_button.click()
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert Path(offered[0]).name == "kao-summary-2569.xlsx"  # the year shown, not one name for every year
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read Thai
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:2] == ["จัดกลุ่มตาม", "กลุ่ม"]  # data only, the header first
    assert any("เชียงใหม่" in cell for row in rows for cell in row)


def test_the_year_box_and_the_column_headers_show_their_whole_text_after_a_first_import(qtbot, main_window, tmp_path):
    page = _central_with_two(qtbot, main_window, tmp_path)  # first shown empty ("All years" only), then filled
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert page.year.currentText() == "2569"
    assert page.year.width() >= page.year.sizeHint().width()
    for table in (page.groups, page.submissions):
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(1, table.model().columnCount()):
            text = table.model().headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= metrics.horizontalAdvance(text) + 12, text


def _selected_agency(page) -> str | None:
    rows = page.submissions.selectionModel().selectedRows()
    return _cell(page.submissions, rows[0].row(), 0) if rows else None


def test_the_selection_stays_with_its_submission_when_the_list_changes(qtbot, main_window, tmp_path):
    page = _central_with_two(qtbot, main_window, tmp_path)
    row = next(r for r in range(2) if "NAN" in _cell(page.submissions, r, 0))
    page.submissions.selectRow(row)
    nan = page.selected_bundle()
    # A file that lists before Nan's arrives: the rows move down, the selection must move with them.
    krabi = _office_file(tmp_path / "o3", tmp_path / "k.kao", "KBI", "สำนักงานจังหวัดกระบี่", "กระบี่",
                         "example_a.json")
    import_submissions([krabi], page.central)
    page.refresh()
    assert page.proxy.rowCount() == 3
    assert page.selected_bundle() == nan
    assert _selected_agency(page) == "สำนักงานจังหวัดน่าน (NAN)"
    # A year without it: nothing is selected, so Report and Make receipt cannot act on another agency.
    page.year.setCurrentIndex(page.year.findData(None))
    page.refresh()
    assert page.selected_bundle() == nan
    with open_service(tmp_path / "o1") as office:
        detail = office.copy_from_previous(office.list_assessments()[0].id, 2568)
        office.save_answers(detail.id, load_answers_file(DATA / "example_a.json", default_checklist()))
        office.finalize(detail.id)
        older = export_submission(office, detail.id, tmp_path / "a-2568.kao").path
    import_submissions([older], page.central)
    page.refresh()
    page.year.setCurrentIndex(page.year.findData(2568))
    assert page.proxy.rowCount() == 1
    assert page.selected_bundle() is None
    assert not page.report_button.isEnabled() and not page.receipt_button.isEnabled()


def test_the_day_sent_is_the_local_day(qtbot, main_window, tmp_path, monkeypatch, bangkok_time):
    # Exported at 06:30 on 23 November in Bangkok, which is still 22 November in UTC.
    monkeypatch.setattr(writer, "utc_now", lambda: datetime(2026, 11, 22, 23, 30, tzinfo=UTC))
    early = _office_file(tmp_path / "o1", tmp_path / "a.kao", "CMI", "สำนักงานจังหวัดเชียงใหม่", "เชียงใหม่",
                         "example_a.json")
    main_window.show_central()
    page = main_window.central_page
    import_submissions([early], page.central)
    page.refresh()
    assert _cell(page.submissions, 0, 6) == "23 พ.ย. 2569"


def test_in_english_the_provinces_are_listed_by_their_english_names(qtbot, main_window, tmp_path):
    page = _central_with_two(qtbot, main_window, tmp_path)
    krabi = _office_file(tmp_path / "o3", tmp_path / "k.kao", "KBI", "สำนักงานจังหวัดกระบี่", "กระบี่",
                         "example_a.json")
    import_submissions([krabi], page.central)
    page.refresh()
    assert [page.groups.item(r, 0).text() for r in range(1, 4)] == ["กระบี่", "เชียงใหม่", "น่าน"]
    main_window.languages.set_language("en")
    assert [page.groups.item(r, 0).text() for r in range(1, 4)] == ["Chiang Mai", "Krabi", "Nan"]


def _central_with_four(qtbot, main_window, tmp_path):
    page = _central_with_two(qtbot, main_window, tmp_path)
    krabi = _office_file(tmp_path / "o3", tmp_path / "k.kao", "KBI", "สำนักงานจังหวัดกระบี่", "กระบี่",
                         "example_a.json", name_en="Krabi Provincial Office")
    dept = _office_file(tmp_path / "o4", tmp_path / "d.kao", "DGA", "กรมการปกครอง", "", "example_c.json",
                        name_en="Department of Provincial Administration", ministry="กระทรวงมหาดไทย")
    import_submissions([krabi, dept], page.central)
    page.refresh()
    return page


def _column(page, column: int) -> list[str]:
    return [_cell(page.submissions, r, column) for r in range(page.proxy.rowCount())]


def test_the_list_opens_in_dictionary_order_and_sorts_by_a_clicked_column(qtbot, main_window, tmp_path):
    page = _central_with_four(qtbot, main_window, tmp_path)
    # Thai dictionary order: เชียงใหม่ files under ช, before น (character order put it after น่าน).
    assert _column(page, 0) == ["กรมการปกครอง (DGA)", "สำนักงานจังหวัดกระบี่ (KBI)",
                                "สำนักงานจังหวัดเชียงใหม่ (CMI)", "สำนักงานจังหวัดน่าน (NAN)"]
    header = page.submissions.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2))
    assert _column(page, 1) == ["กระบี่", "เชียงใหม่", "น่าน", "-"]  # no province given: last
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2))
    assert _column(page, 1) == ["-", "น่าน", "เชียงใหม่", "กระบี่"]


def test_the_search_finds_an_agency_by_thai_or_english_name_code_or_ministry(qtbot, main_window, tmp_path):
    page = _central_with_four(qtbot, main_window, tmp_path)
    main_window.show()
    type_text(page.search, "เชียงใหม่")
    assert _column(page, 0) == ["สำนักงานจังหวัดเชียงใหม่ (CMI)"]
    page.search.clear()
    type_text(page.search, "krabi")
    assert _column(page, 0) == ["สำนักงานจังหวัดกระบี่ (KBI)"]
    page.search.clear()
    type_text(page.search, "nan")  # the agency code and the English province name
    assert _column(page, 0) == ["สำนักงานจังหวัดน่าน (NAN)"]
    page.search.clear()
    type_text(page.search, "มหาดไทย")
    assert _column(page, 0) == ["กรมการปกครอง (DGA)"]


def test_the_search_finds_a_ministry_by_its_official_names_however_it_was_typed(qtbot, main_window, tmp_path):
    page = _central_with_four(qtbot, main_window, tmp_path)  # กรมการปกครอง: "กระทรวงมหาดไทย"
    short = _office_file(tmp_path / "o5", tmp_path / "e.kao", "DLA", "กรมส่งเสริมการปกครองท้องถิ่น", "",
                         "example_a.json", ministry="มหาดไทย")
    import_submissions([short], page.central)
    page.refresh()
    main_window.show()
    for search in ("กระทรวงมหาดไทย", "ministry of interior"):
        page.search.clear()
        type_text(page.search, search)
        assert sorted(_column(page, 0)) == ["กรมการปกครอง (DGA)", "กรมส่งเสริมการปกครองท้องถิ่น (DLA)"]


def test_the_selection_stays_with_its_submission_through_search_and_sort(qtbot, main_window, tmp_path):
    page = _central_with_four(qtbot, main_window, tmp_path)
    main_window.show()
    page.select_bundle(nan := next(page.proxy.index(r, 0).data(BUNDLE_ROLE) for r in range(4)
                                   if "NAN" in _cell(page.submissions, r, 0)))
    page.submissions.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert _selected_agency(page) == "สำนักงานจังหวัดน่าน (NAN)"
    type_text(page.search, "กระบี่")  # hides it: Report must not act on a row not shown
    assert page.selected_bundle() is None and not page.report_button.isEnabled()
    page.search.clear()  # shown again, selected again
    assert page.selected_bundle() == nan and page.report_button.isEnabled()
    type_text(page.search, "จังหวัด")
    assert _selected_agency(page) == "สำนักงานจังหวัดน่าน (NAN)"


def test_ctrl_f_goes_to_the_search_field(qtbot, main_window, tmp_path):
    page = _central_with_two(qtbot, main_window, tmp_path)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    page.submissions.setFocus()
    qtbot.keyClick(page.submissions, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()



def test_over_all_years_the_count_says_submissions_and_from_how_many_agencies(qtbot, main_window, tmp_path):
    page = _central_with_two(qtbot, main_window, tmp_path)
    with open_service(tmp_path / "o1") as office:  # Chiang Mai's result for the year before too
        detail = office.copy_from_previous(office.list_assessments()[0].id, 2568)
        office.finalize(detail.id)
        older = export_submission(office, detail.id, tmp_path / "a-2568.kao").path
    import_submissions([older], page.central)
    page.refresh()
    assert page.groups.horizontalHeaderItem(1).text() == "จำนวนหน่วยงาน"  # 2569, the latest, by default
    assert page._list_title.text() == "ผลที่ได้รับ 2 รายการ"
    page.year.setCurrentIndex(page.year.findData(None))
    assert page.groups.item(0, 1).text() == "3"
    assert page.groups.horizontalHeaderItem(1).text() == "จำนวนผลที่ได้รับ"  # not 3 "agencies"
    assert page._list_title.text() == "ผลที่ได้รับ 3 รายการ จาก 2 หน่วยงาน"


def test_while_searching_the_list_title_says_how_many_of_all_it_shows(qtbot, main_window, tmp_path):
    page = _central_with_four(qtbot, main_window, tmp_path)
    main_window.show()
    assert page._list_title.text() == "ผลที่ได้รับ 4 รายการ"
    type_text(page.search, "จังหวัด")
    assert page._list_title.text() == "ผลที่ได้รับ แสดง 3 จาก 4 รายการ"
    main_window.languages.set_language("en")
    assert page._list_title.text() == "Submissions: showing 3 of 4"
    page.search.clear()
    assert page._list_title.text() == "Submissions: 4"


def test_by_ministry_one_ministry_typed_two_ways_is_one_row(qtbot, main_window, tmp_path):
    page = _central_with_four(qtbot, main_window, tmp_path)  # กรมการปกครอง: "กระทรวงมหาดไทย"
    other = _office_file(tmp_path / "o5", tmp_path / "e.kao", "DLA", "กรมส่งเสริมการปกครองท้องถิ่น", "",
                         "example_a.json", ministry="  มหาดไทย")
    english = _office_file(tmp_path / "o6", tmp_path / "f.kao", "DOPA2", "กรมทดสอบชื่ออังกฤษ", "",
                           "example_c.json", ministry="Ministry of Interior")
    import_submissions([other, english], page.central)
    page.refresh()
    page.grouping.setCurrentIndex(page.grouping.findData("ministry"))

    def rows():
        return {page.groups.item(r, 0).text(): page.groups.item(r, 1).text() for r in range(1, page.groups.rowCount())}
    assert rows() == {"กระทรวงมหาดไทย": "3", "(ไม่ระบุ)": "3"}
    main_window.languages.set_language("en")  # an official ministry by its English name in English
    assert rows() == {"Ministry of Interior": "3", "(not given)": "3"}


def test_tab_leaves_each_table_for_the_next_control(qtbot, main_window, tmp_path):
    # A table's default walked Tab through every cell and never let go: the search field, Report
    # and Make receipt were out of the keyboard's reach.
    page = _central_with_two(qtbot, main_window, tmp_path)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    for table in (page.groups, page.submissions):
        table.setFocus()
        table.setCurrentIndex(table.model().index(0, 0))
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert not table.hasFocus()


def test_a_long_local_office_name_is_shown_whole_at_the_smallest_window(qtbot, main_window, tmp_path):
    # Thousands of local offices' names begin alike; a one-line row cut off the part that tells
    # them apart ("องค์การบริหารส่วนตำบลหนองบัวแดงเหนื…"). The row has room for two lines.
    from PySide6.QtCore import QRect

    page = _central_with_two(qtbot, main_window, tmp_path)
    long = _office_file(tmp_path / "o5", tmp_path / "e.kao", "6360101", "องค์การบริหารส่วนตำบลหนองบัวแดงเหนือ",
                        "ชัยภูมิ", "example_a.json")
    import_submissions([long], page.central)
    page.refresh()
    page.show_replaced.setChecked(True)  # one column more: the name's column is at its narrowest
    main_window.resize(1024, 700)
    main_window.show()
    qtbot.waitExposed(main_window)
    table = page.submissions
    [row] = [r for r in range(page.proxy.rowCount()) if "หนองบัวแดงเหนือ" in _cell(table, r, 0)]
    text = table.model().index(row, 0).data()
    room = table.columnWidth(0) - 12  # the cell's margins
    needed = table.fontMetrics().boundingRect(QRect(0, 0, room, 1000), Qt.TextFlag.TextWordWrap, text).height()
    assert needed <= table.rowHeight(row)
