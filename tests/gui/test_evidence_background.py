"""Large evidence files are hashed and copied off the UI thread, then appear on the item."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from core.records import Agency, AgencyKind
from core.text import Text
from gui.assessment.evidence_list import BACKGROUND_BYTES, EvidenceList


def test_a_large_file_is_attached_in_the_background(qtbot, main_window, tmp_path):
    service = main_window.service
    agency = service.save_agency(Agency("A1", Text("กรมทดสอบ", "Test"), AgencyKind.DEPARTMENT, ministry="ก"))
    detail = service.create_assessment(agency.id, 2569, ())
    big = tmp_path / "ภาพถ่ายประชุม.jpg"
    big.write_bytes(b"\xff\xd8" + bytes(BACKGROUND_BYTES + 1024))
    main_window.open_assessment(detail.id)
    page = main_window.assessment_page
    page.open_item("C01")
    evidence = page.findChild(EvidenceList)
    assert evidence.attach([big]) == 0  # handed to a worker, not done on the UI thread
    qtbot.waitUntil(lambda: evidence.list.count() == 1, timeout=30_000)
    [stored] = service.get_assessment(detail.id).evidence["C01"]
    assert stored.filename == big.name and stored.size == big.stat().st_size
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)


def test_a_refused_second_file_stays_reported(qtbot, main_window, tmp_path):
    from gui.assessment.session import SaveState

    service = main_window.service
    agency = service.save_agency(Agency("A1", Text("กรมทดสอบ", "Test"), AgencyKind.DEPARTMENT, ministry="ก"))
    main_window.open_assessment(service.create_assessment(agency.id, 2569, ()).id)
    page = main_window.assessment_page
    page.open_item("C01")
    good = tmp_path / "minutes.pdf"
    good.write_bytes(b"%PDF-1.4 small")
    gone = tmp_path / "budget.xlsx"  # moved or deleted between choosing it and attaching it
    assert page.card.evidence_list.attach([good, gone]) == 1
    assert page.session.save_state is SaveState.FAILED  # not "saved": budget.xlsx is not attached
    assert page.saved_label.objectName() == "savedStateError"
