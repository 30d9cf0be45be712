"""Report, export and import from the GUI: real dialogs, real files, work off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

import gui.exchange as exchange
from core.answers import load_answers_file
from core.bundle.central import import_submissions, open_central
from core.bundle.keys import SigningKey
from core.checklist import default_checklist
from core.records import Agency, AgencyKind, AssessmentStatus
from core.text import Text
from tests.bundle.factory import members_of, pack, resign, write_example
from tests.gui.report_helpers import print_report
from tests.gui.typing_helpers import close_next_message, when_modal

DATA = Path(__file__).resolve().parents[1] / "data"


def _plain(shown: str) -> str:
    """A message without its break hints and word joiners (display only, see core.linebreak)."""
    return shown.replace("\u200b", "").replace("\u2060", "")


def _finalized_example(service) -> int:
    agency = service.save_agency(Agency("0801", Text("สำนักงานจังหวัดเชียงใหม่", "Chiang Mai Provincial Office"),
                                        AgencyKind.PROVINCIAL, province="เชียงใหม่"))
    detail = service.create_assessment(agency.id, 2569, ("สมชาย ใจดี",))
    service.save_answers(detail.id, load_answers_file(DATA / "example_c.json", default_checklist()))
    service.finalize(detail.id)
    return detail.id


def _close_message(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Close).click()


def test_certificate_from_the_assessment_page(qtbot, main_window, tmp_path):
    assessment_id = _finalized_example(main_window.service)
    main_window.open_assessment(assessment_id)
    page = main_window.assessment_page
    assert page.report_button.isEnabled()
    text = print_report(qtbot, page.report_button, tmp_path / "ใบรับรอง.pdf", kind="certificate")
    assert "สำนักงานจังหวัดเชียงใหม่" in text and "94.5" in text


def test_export_shows_the_size_then_writes_a_verifiable_file(qtbot, main_window, tmp_path, monkeypatch):
    assessment_id = _finalized_example(main_window.service)
    target = tmp_path / "submission.kao"
    monkeypatch.setattr(exchange.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: list[str] = []

    def confirm(box: QMessageBox) -> None:
        seen.append(_plain(box.informativeText()))
        box.button(QMessageBox.StandardButton.Save).click()

    when_modal(qtbot, confirm, QMessageBox)
    main_window.home.refresh()
    main_window.home.select(assessment_id)
    main_window.home.export_button.click()
    done = close_next_message(qtbot)  # the status changes on the worker, before this message
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert main_window.service.get_assessment(assessment_id).status is AssessmentStatus.SUBMITTED
    assert target.exists()
    assert seen and "ขนาดไฟล์ส่งผล" in seen[0]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)


def test_import_at_the_central_office(qtbot, main_window, tmp_path, monkeypatch):
    from core.bundle.office import export_submission
    from core.storage import open_service

    with open_service(tmp_path / "office") as office:
        exported = export_submission(office, _finalized_example(office), tmp_path / "from-office.kao")
    monkeypatch.setattr(exchange.QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(exported.path)], ""))
    reports: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        reports.append(_plain(box.text()))  # break hints (display only)
        _close_message(box)

    when_modal(qtbot, read_and_close, QMessageBox)
    main_window.home.import_button.click()
    qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
    assert reports[0].startswith("✓ from-office.kao") and exported.code in reports[0]
    assert "สำนักงานจังหวัดเชียงใหม่" in reports[0]
    with open_central(main_window.data_dir, backup=False) as central:
        assert central.store.get_submission(exported.bundle_id) is not None


def test_an_accepted_assessment_offers_no_reopen(qtbot, main_window):
    service = main_window.service
    assessment_id = _finalized_example(service)
    service.mark_submitted(assessment_id)
    service.mark_accepted(assessment_id)
    main_window.open_assessment(assessment_id)
    page = main_window.assessment_page
    assert not page.finalize_button.isEnabled()
    assert "ส่วนกลางรับผลนี้แล้ว" in page.locked_banner.plain_text()


def test_cancel_keeps_what_was_imported_and_says_what_was_not(qtbot, main_window, tmp_path):
    from core.bundle.office import export_submission
    from core.storage import open_service
    from gui.workers import Cancelled

    files = []
    with open_service(tmp_path / "office") as office:
        first = _finalized_example(office)
        for year in (2567, 2568):
            copy = office.copy_from_previous(first, year)
            office.save_answers(copy.id, load_answers_file(DATA / "example_c.json", default_checklist()))
            office.finalize(copy.id)
            files.append(export_submission(office, copy.id, tmp_path / f"{year}.kao").path)
        files.append(export_submission(office, first, tmp_path / "2569.kao").path)

    def progress(done: int, total: int) -> None:
        if done == 1:
            raise Cancelled  # what the progress dialog's Cancel does inside the job

    outcome = exchange.import_job(main_window.service, files, exchange.AcceptedKeys(), progress)
    assert [r.path for r in outcome.results] == files[:1] and outcome.not_tried == 2
    with open_central(main_window.data_dir, backup=False) as central:
        assert len(central.store.list_submissions(include_superseded=True)) == 1

    main_window.languages.set_language("en")
    seen: list[tuple[str, str]] = []

    def read_and_close(box: QMessageBox) -> None:
        seen.append((box.windowTitle(), _plain(box.text())))
        _close_message(box)

    when_modal(qtbot, read_and_close, QMessageBox)
    exchange._report_imports(main_window, main_window.service, outcome, None)
    title, text = seen[0]
    assert title == "Import stopped"
    assert text.startswith("Cancelled: 2 files were not checked and not imported.") and "✓ 2567.kao" in text


def test_a_long_import_report_counts_and_lists_problems_first(qtbot, main_window):
    from core.bundle.central import ImportResult, ImportStatus
    from core.errors import KaoError

    bad = [ImportResult(Path(f"bad{i:02d}.kao"), ImportStatus.REJECTED, error=KaoError("เสีย", "damaged"))
           for i in range(20)]
    good = [ImportResult(Path(f"good{i:02d}.kao"), ImportStatus.IMPORTED, agency_name="x", fiscal_year=2569,
                         code="ABCD-EFGH-JKMN") for i in range(30)]
    main_window.languages.set_language("en")
    seen: list[tuple[str, str]] = []

    def read_and_close(box: QMessageBox) -> None:
        seen.append((_plain(box.text()), box.detailedText()))
        _close_message(box)

    when_modal(qtbot, read_and_close, QMessageBox)
    exchange._report_imports(main_window, main_window.service, exchange.ImportOutcome(good + bad, []), None)
    text, details = seen[0]
    assert text.splitlines()[0] == "Imported: 30 · already imported: 0 · rejected: 20"
    assert "✗ bad00.kao: damaged" in text and "good00.kao" not in text
    assert text.splitlines()[-1] == "… and 12 more problems"  # the first 8 are listed
    assert len(details.splitlines()) == 50


def test_a_known_problem_is_one_message_that_wraps_between_thai_words(qtbot, main_window):
    from core.errors import KaoError
    from core.linebreak import ZWSP, line_segments
    from gui.crash import show_error

    error = KaoError("ไฟล์นี้สร้างด้วยก้าวรุ่นใหม่กว่า กรุณาปรับรุ่นโปรแกรม", "the file comes from a newer Kao")
    seen: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        seen.append(box.text())
        box.close()

    when_modal(qtbot, read_and_close, QMessageBox)
    show_error(main_window, error)
    shown = seen[0]
    assert shown.replace(ZWSP, "") == error.message.th
    # Each ICU word of the message is whole between hints: no break can fall inside a word.
    assert [p for p in shown.replace(" ", ZWSP).split(ZWSP) if p] == \
        [w.strip() for w in line_segments(error.message.th) if w.strip()]


def test_a_new_office_key_is_accepted_only_as_typed_in_and_for_the_agencies_ticked(qtbot, main_window, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from gui.dialogs.office_key_dialog import OfficeKeyDialog

    first = write_example(tmp_path / "a", SigningKey.generate()).path
    theirs = write_example(tmp_path / "b", SigningKey.generate(), code="2002").path
    with open_central(main_window.service.data_dir, backup=False) as central:
        import_submissions([first, theirs], central)  # both offices' keys are now on record
    moved_to, impostor = SigningKey.generate(), SigningKey.generate()

    def later(original: Path, day: str, key: SigningKey, name: str) -> Path:
        def edit(m: dict) -> None:
            m["created_at"], m["bundle_id"] = f"2030-01-{day}T00:00:00Z", day * 4 + m["bundle_id"][8:]
        return pack(tmp_path / name, resign(members_of(original), key, edit))

    # Agency 1001 moved to a new computer; the same computer also made a file in 2002's name,
    # and an impostor sent one more for 1001.
    files = [later(first, "02", moved_to, "moved.kao"), later(theirs, "03", moved_to, "theirs.kao"),
             later(first, "04", impostor, "impostor.kao")]
    final: list[list[str]] = []

    def type_the_key(dialog: OfficeKeyDialog) -> None:
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.keyClicks(dialog.key_edit, moved_to.fingerprint.lower().replace("-", " ").replace("0", "o"))
        items = [dialog.agencies.item(row) for row in range(dialog.agencies.count())]
        assert [i.text().split()[0] for i in items] == ["1001", "2002"] and not ok.isEnabled()
        items[0].setCheckState(Qt.CheckState.Checked)  # the operator confirmed it with 1001's office only
        assert ok.isEnabled()
        final.append(close_next_message(qtbot))
        ok.click()

    def accept_a_key(box: QMessageBox) -> None:
        told = _plain(box.text()) + _plain(box.informativeText())
        assert "อ่านรหัสกุญแจให้ฟัง" in told
        assert moved_to.fingerprint not in told  # typed as the office reads it out, not copied from here
        when_modal(qtbot, type_the_key, OfficeKeyDialog)
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole).click()

    when_modal(qtbot, accept_a_key, QMessageBox)
    exchange.import_paths(main_window, main_window.service, files)
    qtbot.waitUntil(lambda: bool(final) and bool(final[0]), timeout=30_000)
    with open_central(main_window.service.data_dir, backup=False) as central:
        keys = {(k.agency_code, k.fingerprint) for k in central.store.office_keys() if k.retired_at is None}
    assert ("1001", moved_to.fingerprint) in keys and ("2002", moved_to.fingerprint) not in keys
    assert not any(fp == impostor.fingerprint for _code, fp in keys)


def test_the_first_receipt_is_taken_once_the_central_office_key_is_typed_in(qtbot, main_window, tmp_path):
    from core.bundle.office import export_submission
    from core.bundle.receipts import issue_receipt

    service = main_window.service
    aid = _finalized_example(service)
    exported = export_submission(service, aid, tmp_path / "out.kao")
    with open_central(tmp_path / "central", backup=False) as central:
        import_submissions([exported.path], central)
        receipt = issue_receipt(central, exported.bundle_id, tmp_path)
        published = central.key.fingerprint
    final: list[list[str]] = []

    def type_the_key(dialog: QInputDialog) -> None:
        final.append(close_next_message(qtbot))
        dialog.setTextValue(published.lower())
        dialog.accept()

    def accept_the_key(box: QMessageBox) -> None:
        told = _plain(box.text()) + _plain(box.informativeText())
        assert "ยังไม่ได้ยืนยันว่าเป็นของส่วนกลาง" in told and "พิมพ์รหัสกุญแจที่ส่วนกลางประกาศ" in told
        assert published not in told  # typed from what the central office published, not copied from here
        assert service.get_assessment(aid).status is AssessmentStatus.SUBMITTED
        when_modal(qtbot, type_the_key, QInputDialog)
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole).click()

    when_modal(qtbot, accept_the_key, QMessageBox)
    exchange.import_paths(main_window, service, [receipt])
    qtbot.waitUntil(lambda: bool(final) and bool(final[0]), timeout=30_000)
    assert "รับใบตอบรับแล้ว" in _plain(final[0][0])
    assert service.get_assessment(aid).status is AssessmentStatus.ACCEPTED


def test_a_key_typed_for_an_office_does_not_confirm_the_central_office(qtbot, main_window, tmp_path):
    """One key signs a submission and a receipt in the same batch: typed in as the office's key,
    it lets in that office's file, and the receipt still waits for the central office's key."""
    from PySide6.QtCore import Qt

    from core.bundle.keys import load_or_create_key
    from core.bundle.office import export_submission
    from core.bundle.receipts import issue_receipt
    from gui.dialogs.office_key_dialog import OfficeKeyDialog

    service = main_window.service
    aid = _finalized_example(service)
    exported = export_submission(service, aid, tmp_path / "out.kao")
    both = tmp_path / "both"  # one computer's key, used as an office's and as a central office's
    with open_central(both, backup=False) as central:
        import_submissions([exported.path], central)
        receipt = issue_receipt(central, exported.bundle_id, tmp_path)
    key = load_or_create_key(both)
    first = write_example(tmp_path / "a", SigningKey.generate()).path
    with open_central(service.data_dir, backup=False) as central:
        import_submissions([first], central)

    def edit(m: dict) -> None:
        m["created_at"], m["bundle_id"] = "2030-01-02T00:00:00Z", "2" * 8 + m["bundle_id"][8:]

    moved = pack(tmp_path / "moved.kao", resign(members_of(first), key, edit))
    final: list[list[str]] = []

    def type_the_key(dialog: OfficeKeyDialog) -> None:
        final.append(close_next_message(qtbot))
        dialog.key_edit.setText(key.fingerprint)
        dialog.agencies.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    def accept_as_the_office_key(box: QMessageBox) -> None:
        actions = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
        assert [b.text() for b in actions] == ["ยอมรับกุญแจใหม่ของหน่วยงาน…", "ยืนยันกุญแจของส่วนกลาง…"]
        when_modal(qtbot, type_the_key, OfficeKeyDialog)
        actions[0].click()

    when_modal(qtbot, accept_as_the_office_key, QMessageBox)
    exchange.import_paths(main_window, service, [moved, receipt])
    qtbot.waitUntil(lambda: bool(final) and bool(final[0]), timeout=30_000)
    with open_central(service.data_dir, backup=False) as central:
        keys = {k.fingerprint for k in central.store.office_keys() if k.retired_at is None}
    assert key.fingerprint in keys
    assert service.get_assessment(aid).status is AssessmentStatus.SUBMITTED  # the receipt was not taken


def test_the_import_report_says_which_file_replaced_another_and_which_is_kept_as_history(
        qtbot, main_window, tmp_path, monkeypatch):
    from datetime import UTC, datetime

    from core.bundle import writer
    from core.bundle.office import export_submission
    from core.storage import open_service

    with open_service(tmp_path / "office") as office:
        assessment = _finalized_example(office)
        monkeypatch.setattr(writer, "utc_now", lambda: datetime(2026, 11, 1, 9, 0, tzinfo=UTC))
        first = export_submission(office, assessment, tmp_path / "first.kao").path
        office.reopen(assessment, "แก้ไขคำตอบข้อ P05")
        office.finalize(assessment)
        monkeypatch.setattr(writer, "utc_now", lambda: datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
        second = export_submission(office, assessment, tmp_path / "second.kao").path
        monkeypatch.setattr(writer, "utc_now", lambda: datetime(2026, 11, 3, 9, 0, tzinfo=UTC))
        third = export_submission(office, assessment, tmp_path / "third.kao").path
    seen: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        seen.append(_plain(box.text()))
        _close_message(box)

    # The second file arrives first, then the one it replaced, then the one that replaces it.
    outcome = exchange.import_job(main_window.service, [second, first, third], exchange.AcceptedKeys(),
                                  lambda _done, _total: None)
    when_modal(qtbot, read_and_close, QMessageBox)
    exchange._report_imports(main_window, main_window.service, outcome, None)
    lines = seen[0].splitlines()
    at = {name: next(i for i, line in enumerate(lines) if line.startswith(f"✓ {name}")) for name in
          ("second.kao", "first.kao", "third.kao")}
    assert "เก่ากว่าฉบับที่ใช้อยู่" in lines[at["first.kao"] + 1] and "ไม่นำมาคิดผล" in lines[at["first.kao"] + 1]
    assert "ใช้แทนไฟล์ที่หน่วยงานนี้ส่งมาก่อน" in lines[at["third.kao"] + 1]
    assert not any("ใช้แทน" in line or "เก่ากว่า" in line for line in lines[at["second.kao"]:at["first.kao"]])


def test_the_import_report_warns_when_a_file_was_refused(qtbot, main_window):
    from core.bundle.central import ImportResult, ImportStatus
    from core.errors import KaoError

    good = ImportResult(Path("good.kao"), ImportStatus.IMPORTED, agency_name="x", fiscal_year=2569,
                        code="ABCD-EFGH-JKMN")
    again = ImportResult(Path("again.kao"), ImportStatus.DUPLICATE)
    bad = ImportResult(Path("bad.kao"), ImportStatus.REJECTED, error=KaoError("เสีย", "damaged"))
    icons: list[QMessageBox.Icon] = []

    def read_and_close(box: QMessageBox) -> None:
        icons.append(box.icon())
        _close_message(box)

    for results in ([bad], [good, bad], [good, again], []):
        when_modal(qtbot, read_and_close, QMessageBox)
        exchange._report_imports(main_window, main_window.service, exchange.ImportOutcome(results, []), None)
    assert icons == [QMessageBox.Icon.Warning, QMessageBox.Icon.Warning,  # none in; some refused
                     QMessageBox.Icon.Information, QMessageBox.Icon.Information]  # all in (one already was)
    when_modal(qtbot, read_and_close, QMessageBox)
    exchange._report_imports(main_window, main_window.service,
                             exchange.ImportOutcome([], [(Path("r.kaor"), KaoError("เสีย", "damaged"))]), None)
    assert icons[-1] == QMessageBox.Icon.Warning  # a refused receipt too
