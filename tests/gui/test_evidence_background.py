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


def test_cancelling_a_background_attach_lists_the_files_already_attached(qtbot, main_window, tmp_path, monkeypatch):
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    service = main_window.service
    agency = service.save_agency(Agency("A1", Text("กรมทดสอบ", "Test"), AgencyKind.DEPARTMENT, ministry="ก"))
    detail = service.create_assessment(agency.id, 2569, ())
    files = [tmp_path / "แผนงาน.pdf", tmp_path / "รายงาน.pdf", tmp_path / "ภาคผนวก.pdf"]
    for n, path in enumerate(files):
        path.write_bytes(b"%PDF-1.4 " + bytes([n]) * (BACKGROUND_BYTES // 2 + 1))
    second_started, release = threading.Event(), threading.Event()
    attach = service.attach_evidence

    def slow_second(assessment_id, item_id, source):  # runs on the worker thread
        if source == files[1]:
            second_started.set()
            release.wait(30)
        return attach(assessment_id, item_id, source)

    monkeypatch.setattr(service, "attach_evidence", slow_second)
    main_window.open_assessment(detail.id)
    page = main_window.assessment_page
    page.open_item("C01")
    evidence = page.findChild(EvidenceList)
    try:
        assert evidence.attach(files) == 0
        # shown at once, not after 300 ms
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QProgressDialog) and dialog.isVisible()
        assert dialog.windowModality() == Qt.WindowModality.WindowModal  # the page cannot be left meanwhile
        qtbot.waitUntil(second_started.is_set)
        dialog.findChild(QPushButton).click()  # Cancel, while the second file is being copied
    finally:
        release.set()
    qtbot.waitUntil(lambda: evidence.list.count() == 2, timeout=10_000)  # the page lists what is attached
    stored = service.get_assessment(detail.id).evidence["C01"]
    assert [f.filename for f in stored] == [files[0].name, files[1].name]  # the third was never started
