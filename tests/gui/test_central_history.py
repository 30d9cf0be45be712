"""The central list on request shows the files a newer one replaced: marked, openable, never counted."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt

import gui.exchange as exchange
from core.answers import load_answers_file
from core.bundle import writer
from core.bundle.central import import_submissions
from core.bundle.office import export_submission
from core.checklist import default_checklist
from core.records import Agency, AgencyKind
from core.storage import open_service
from core.text import Text
from gui.pages.submission_table import MUTED
from tests.gui.report_helpers import print_report
from tests.gui.typing_helpers import close_next_message

DATA = Path(__file__).resolve().parents[1] / "data"


def _first_and_corrected(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    """Chiang Mai's file of 3 Nov 2569, then its corrected file of 12 Nov 2569 for the same year."""
    with open_service(tmp_path / "office") as office:
        agency = office.save_agency(Agency("CMI", Text("สำนักงานจังหวัดเชียงใหม่", "Chiang Mai Provincial Office"),
                                           AgencyKind.PROVINCIAL, province="เชียงใหม่"))
        detail = office.create_assessment(agency.id, 2569, ("ผู้ประเมิน",))
        office.save_answers(detail.id, load_answers_file(DATA / "example_a.json", default_checklist()))
        office.finalize(detail.id)
        monkeypatch.setattr(writer, "utc_now", lambda: datetime(2026, 11, 3, 3, 0, tzinfo=UTC))
        first = export_submission(office, detail.id, tmp_path / "first.kao").path
        office.reopen(detail.id, "แก้คำตอบ")
        office.save_answers(detail.id, load_answers_file(DATA / "example_c.json", default_checklist()))
        office.finalize(detail.id)
        monkeypatch.setattr(writer, "utc_now", lambda: datetime(2026, 11, 12, 3, 0, tzinfo=UTC))
        corrected = export_submission(office, detail.id, tmp_path / "corrected.kao").path
    return first, corrected


def _text(page, row: int, column: int) -> str:
    return page.proxy.index(row, column).data().replace("\u200b", "")


def _figures(page) -> list[list[str]]:
    return [[page.groups.item(r, c).text() for c in range(page.groups.columnCount())]
            for r in range(page.groups.rowCount())]


def _central_with_history(main_window, tmp_path, monkeypatch):
    first, corrected = _first_and_corrected(tmp_path, monkeypatch)
    main_window.show_central()
    page = main_window.central_page
    old, new = import_submissions([first, corrected], page.central)
    assert new.superseded == old.bundle_id
    page.refresh()
    return page, old, new


def test_replaced_files_are_listed_on_request_marked_and_never_counted(
        qtbot, main_window, tmp_path, monkeypatch, bangkok_time):
    page, old, new = _central_with_history(main_window, tmp_path, monkeypatch)
    assert page.proxy.rowCount() == 1
    figures = _figures(page)
    assert figures[0][:3] == ["หน่วยงานทั้งหมด", "1", "94.5"]  # the corrected file's score only

    page.show_replaced.click()
    assert page.proxy.rowCount() == 2
    assert [_text(page, r, 3) for r in range(2)] == [new.code, old.code]  # the file in force first
    assert page.model.headerData(7, Qt.Orientation.Horizontal) == "ถูกแทนที่โดย"
    assert _text(page, 0, 7) == "-"
    assert _text(page, 1, 7) == "ไฟล์วันที่ 12 พ.ย. 2569"
    assert _text(page, 1, 6) == "3 พ.ย. 2569"  # the day the first file was sent: what the office asks about
    assert page.proxy.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == MUTED
    assert page.proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert _figures(page) == figures
    assert page._list_title.text() == "ผลที่ได้รับ 1 รายการ และฉบับเดิมที่ถูกแทนที่ 1 รายการ"

    page.select_bundle(old.bundle_id)
    assert page.report_button.isEnabled()
    assert not page.receipt_button.isEnabled()
    assert page.receipt_button.toolTip() == "ฉบับเดิมที่ถูกแทนที่แล้วออกใบตอบรับไม่ได้ โปรดเลือกฉบับที่ใช้อยู่"
    text = print_report(qtbot, page.report_button, tmp_path / "first.pdf")
    assert old.code in text and new.code not in text
    page.select_bundle(new.bundle_id)
    assert page.receipt_button.isEnabled()

    page.select_bundle(old.bundle_id)
    page.show_replaced.click()
    assert page.proxy.rowCount() == 1 and page.model.columnCount() == 7
    assert page.selected_bundle() is None and not page.report_button.isEnabled()
    assert page._list_title.text() == "ผลที่ได้รับ 1 รายการ"
    assert _figures(page) == figures


def test_in_english_the_replaced_file_names_the_newer_one_by_its_date(
        qtbot, main_window, tmp_path, monkeypatch, bangkok_time):
    page, _old, _new = _central_with_history(main_window, tmp_path, monkeypatch)
    page.show_replaced.click()
    main_window.languages.set_language("en")
    assert page.model.headerData(7, Qt.Orientation.Horizontal) == "Replaced by"
    assert [_text(page, r, 7) for r in range(2)] == ["-", "file of 12 Nov 2026"]
    assert page._list_title.text() == "Submissions: 1, plus 1 replaced"


def test_sorted_by_replacement_the_list_falls_back_to_names_when_the_replaced_files_are_hidden(
        qtbot, main_window, tmp_path, monkeypatch, bangkok_time):
    page, _old, new = _central_with_history(main_window, tmp_path, monkeypatch)
    page.show_replaced.click()
    page.submissions.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    assert _text(page, 0, 7) == "ไฟล์วันที่ 12 พ.ย. 2569"
    page.show_replaced.click()
    assert page.submissions.horizontalHeader().sortIndicatorSection() == 0
    assert _text(page, 0, 3) == new.code


def test_the_summary_export_leaves_the_replaced_files_out(qtbot, main_window, tmp_path, monkeypatch, bangkok_time):
    page, old, new = _central_with_history(main_window, tmp_path, monkeypatch)
    page.show_replaced.click()
    target = tmp_path / "summary.xlsx"
    monkeypatch.setattr(exchange.QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    done = close_next_message(qtbot)
    page.export_button.click()
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    with zipfile.ZipFile(target) as xlsx:
        strings = xlsx.read("xl/sharedStrings.xml").decode("utf-8")
    assert new.code in strings and old.code not in strings
