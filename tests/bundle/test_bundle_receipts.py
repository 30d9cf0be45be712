"""The offline receipt: issued by the central office, imported by the office, which becomes "accepted"."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from pathlib import Path

import pytest

from core.bundle.canonical import canonical_json
from core.bundle.central import import_submissions, open_central
from core.bundle.errors import BundleError, OtherKeyError, ReceiptError
from core.bundle.keys import SigningKey, load_or_create_key
from core.bundle.office import export_submission
from core.bundle.receipt import read_receipt, write_receipt
from core.bundle.receipts import ReceiptOutcome, import_receipt, issue_receipt
from core.errors import KaoError
from core.model import Answer, AnswerValue
from core.records import AssessmentStatus
from core.storage import LockedAssessmentError
from core.storage.submissions import SubmissionStore
from tests.bundle.factory import members_of
from tests.bundle.offices import office_folder, open_office


def _submit(tmp_path: Path) -> tuple[Path, int, Path, str]:
    office, aid = office_folder(tmp_path)
    with open_office(office) as svc:
        result = export_submission(svc, aid, tmp_path / "out.kao")
    return office, aid, result.path, result.bundle_id


def _receipt(tmp_path: Path, kao: Path, bundle_id: str, central_dir: Path | None = None) -> Path:
    with open_central(central_dir or tmp_path / "central", backup=False) as central:
        import_submissions([kao], central)
        return issue_receipt(central, bundle_id, tmp_path / "receipts")


def _published_key(tmp_path: Path) -> set[str]:
    """The central office's key as it publishes it, which an office confirms on its first receipt."""
    return {load_or_create_key(tmp_path / "central").fingerprint}


def test_receipt_makes_the_assessment_accepted_and_read_only(tmp_path: Path):
    office, aid, kao, bundle_id = _submit(tmp_path)
    receipt = _receipt(tmp_path, kao, bundle_id)
    verified = read_receipt(receipt)
    assert verified.doc.bundle_id == bundle_id and verified.doc.status == "accepted"
    with open_office(office) as svc:
        result = import_receipt(svc, receipt, _published_key(tmp_path))
        assert result.outcome is ReceiptOutcome.ACCEPTED and result.new_central_key
        assert svc.get_assessment(aid).status is AssessmentStatus.ACCEPTED
        with pytest.raises(LockedAssessmentError):
            svc.save_answer(aid, "P01", Answer(AnswerValue.NO))
        assert [e.action for e in svc.audit_log(aid)][-2:] == ["submit", "accept"]
        # Read-only for good: not even reopening unlocks what the central office holds.
        with pytest.raises(KaoError, match="accepted by the central office"):
            svc.reopen(aid, "แก้คำผิด")
        assert svc.get_assessment(aid).status is AssessmentStatus.ACCEPTED
        again = import_receipt(svc, receipt)
        assert again.outcome is ReceiptOutcome.ALREADY


def test_receipt_is_issued_once(tmp_path: Path):
    _, _, kao, bundle_id = _submit(tmp_path)
    first = _receipt(tmp_path, kao, bundle_id).read_bytes()
    with open_central(tmp_path / "central", backup=False) as central:
        second = issue_receipt(central, bundle_id, tmp_path / "again").read_bytes()
    assert first == second


def test_forged_or_altered_receipts_are_refused(tmp_path: Path):
    office, aid, kao, bundle_id = _submit(tmp_path)
    receipt = _receipt(tmp_path, kao, bundle_id)
    members = dict(members_of(receipt))
    doc = json.loads(members["receipt.json"])

    altered = dict(doc, level=4)
    write_receipt(canonical_json(altered), members["receipt.sig"], tmp_path / "altered.kaor")
    forger = SigningKey.generate()
    forged_doc = dict(doc, central={"algorithm": "Ed25519", "public_key": forger.public_b64})
    raw = canonical_json(forged_doc)
    write_receipt(raw, forger.sign(raw), tmp_path / "forged.kaor")
    other = dict(doc, manifest_sha256="0" * 64)
    raw_other = canonical_json(other)

    with open_office(office) as svc:
        with pytest.raises(ReceiptError, match="bad signature"):
            import_receipt(svc, tmp_path / "altered.kaor")
        # First receipt pins the central office's key, once the user confirmed it...
        import_receipt(svc, receipt, _published_key(tmp_path))
        # ... so a validly signed receipt from another key is refused.
        svc_status = svc.get_assessment(aid).status
        with pytest.raises(OtherKeyError, match="not signed by the central office's key on record") as info:
            import_receipt(svc, tmp_path / "forged.kaor")
        assert forger.fingerprint not in info.value.message.en
        with pytest.raises(OtherKeyError):  # the user confirmed a key, but not this one
            import_receipt(svc, tmp_path / "forged.kaor", accept_keys={SigningKey.generate().fingerprint})
        assert svc.get_assessment(aid).status is svc_status
    central = load_or_create_key(tmp_path / "central")  # the real central key, naming another file
    write_receipt(raw_other, central.sign(raw_other), tmp_path / "other.kaor")
    with open_office(office) as svc, pytest.raises(ReceiptError, match="not exported from here"):
        import_receipt(svc, tmp_path / "other.kaor")


def test_a_receipt_damaged_on_its_way_is_refused_in_plain_words_and_changes_nothing(tmp_path: Path):
    office, aid, kao, bundle_id = _submit(tmp_path)
    receipt = _receipt(tmp_path, kao, bundle_id)
    raw = bytearray(receipt.read_bytes())
    raw[30 + len("receipt.json") + 40] ^= 0x10  # a byte of receipt.json, as a USB stick may change it
    damaged = tmp_path / "damaged.kaor"
    damaged.write_bytes(raw)
    with open_office(office) as svc:
        with pytest.raises(ReceiptError) as info:
            import_receipt(svc, damaged, _published_key(tmp_path))
        assert svc.get_assessment(aid).status is AssessmentStatus.SUBMITTED
    assert info.value.message.th.startswith("ใบตอบรับ: ไฟล์เสียหายหรือไม่ใช่ใบตอบรับของก้าว โปรดขอให้ส่วนกลางส่ง")
    assert info.value.message.en.startswith("receipt: the file is damaged or not a Kao receipt; ask the central office")
    assert "(for support: member receipt.json is damaged (CRC mismatch))" in info.value.message.en
    with SubmissionStore.open(office / "kao.sqlite") as store:
        assert store.central_key() is None


def test_the_first_receipt_is_taken_only_with_the_central_office_key_confirmed(tmp_path: Path):
    """Anyone holding the office's .kao could sign a receipt with a key of their own: a first
    receipt taken on trust would show the assessment accepted, and lock out the genuine receipt."""
    office, aid, kao, bundle_id = _submit(tmp_path)
    receipt = _receipt(tmp_path, kao, bundle_id)
    doc = json.loads(dict(members_of(receipt))["receipt.json"])
    forger = SigningKey.generate()
    raw = canonical_json(dict(doc, central={"algorithm": "Ed25519", "public_key": forger.public_b64}))
    forged = write_receipt(raw, forger.sign(raw), tmp_path / "forged.kaor")
    with open_office(office) as svc:
        for unconfirmed in (forged, receipt):
            with pytest.raises(OtherKeyError, match="not yet confirmed as the central office's") as info:
                import_receipt(svc, unconfirmed)
            assert info.value.pinned == "" and info.value.presented not in info.value.message.en
            assert info.value.presented not in info.value.message.th
        with pytest.raises(OtherKeyError):  # confirming the published key does not admit the forger's
            import_receipt(svc, forged, _published_key(tmp_path))
        assert svc.get_assessment(aid).status is AssessmentStatus.SUBMITTED
        result = import_receipt(svc, receipt, _published_key(tmp_path))
        assert result.outcome is ReceiptOutcome.ACCEPTED and result.new_central_key
        assert svc.get_assessment(aid).status is AssessmentStatus.ACCEPTED


def test_a_receipt_naming_another_assessment_or_year_is_refused(tmp_path: Path):
    office, aid, kao, bundle_id = _submit(tmp_path)
    receipt = _receipt(tmp_path, kao, bundle_id)
    doc = json.loads(dict(members_of(receipt))["receipt.json"])
    central = load_or_create_key(tmp_path / "central")
    for field, value in (("fiscal_year", 2570), ("assessment_uid", "00000000-0000-4000-8000-000000000000")):
        raw = canonical_json(dict(doc, **{field: value}))
        odd = write_receipt(raw, central.sign(raw), tmp_path / f"{field}.kaor")
        with open_office(office) as svc:
            with pytest.raises(ReceiptError, match="is not the assessment sent from here"):
                import_receipt(svc, odd, _published_key(tmp_path))
            assert svc.get_assessment(aid).status is AssessmentStatus.SUBMITTED


def test_a_receipt_is_taken_after_the_office_corrected_its_agency_code(tmp_path: Path):
    office, aid, kao, bundle_id = _submit(tmp_path)
    receipt = _receipt(tmp_path, kao, bundle_id)
    with open_office(office) as svc:
        agency = svc.get_assessment(aid).agency
        svc.save_agency(dataclasses.replace(agency, code=agency.code + "-X"))
        assert import_receipt(svc, receipt, _published_key(tmp_path)).outcome is ReceiptOutcome.ACCEPTED


def test_a_central_key_an_earlier_kao_took_on_trust_is_confirmed_before_use(tmp_path: Path):
    office, aid, kao, bundle_id = _submit(tmp_path)
    receipt = _receipt(tmp_path, kao, bundle_id)
    verified = read_receipt(receipt)
    conn = sqlite3.connect(office / "kao.sqlite")
    with conn:
        conn.execute("INSERT INTO office_central_keys (fingerprint, public_key, first_seen, how)"
                     " VALUES (?, ?, '2026-01-01T00:00:00Z', 'first-receipt')",
                     (verified.fingerprint, verified.doc.central.public_key))
    conn.close()
    with open_office(office) as svc:
        with pytest.raises(OtherKeyError, match="not yet confirmed"):
            import_receipt(svc, receipt)
        assert svc.get_assessment(aid).status is AssessmentStatus.SUBMITTED
        import_receipt(svc, receipt, _published_key(tmp_path))
        assert svc.get_assessment(aid).status is AssessmentStatus.ACCEPTED
    conn = sqlite3.connect(office / "kao.sqlite")
    assert conn.execute("SELECT how, retired_at FROM office_central_keys").fetchall() == [("operator", None)]
    conn.close()


def test_receipt_for_an_earlier_file_does_not_accept_a_newer_one(tmp_path: Path):
    office, aid, kao, bundle_id = _submit(tmp_path)
    receipt = _receipt(tmp_path, kao, bundle_id)
    with open_office(office) as svc:
        svc.reopen(aid, "แก้ข้อ P05")
        svc.save_answer(aid, "P05", Answer(AnswerValue.YES))
        svc.finalize(aid)
        export_submission(svc, aid, tmp_path / "second.kao")
        with pytest.raises(ReceiptError, match="earlier file"):
            import_receipt(svc, receipt, _published_key(tmp_path))
        assert svc.get_assessment(aid).status is AssessmentStatus.SUBMITTED


def test_not_a_receipt(tmp_path: Path):
    office, _, kao, _ = _submit(tmp_path)
    with open_office(office) as svc:
        with pytest.raises(ReceiptError, match="not a Kao receipt"):
            import_receipt(svc, kao)  # a submission file is not a receipt
        (tmp_path / "junk.kaor").write_bytes(b"junk")
        with pytest.raises(ReceiptError, match="damaged or not a Kao receipt"):
            import_receipt(svc, tmp_path / "junk.kaor")


def test_receipt_matches_its_published_schema(tmp_path: Path):
    import jsonschema

    from core.bundle.schema import RECEIPT_SCHEMA_PATH

    _, _, kao, bundle_id = _submit(tmp_path)
    receipt = _receipt(tmp_path, kao, bundle_id)
    doc = json.loads(dict(members_of(receipt))["receipt.json"])
    validator = jsonschema.Draft202012Validator(json.loads(RECEIPT_SCHEMA_PATH.read_text("utf-8")))
    validator.validate(doc)
    assert not validator.is_valid(dict(doc, status="rejected"))


def test_a_receipt_with_a_number_too_long_for_python_is_refused(tmp_path: Path):
    path = write_receipt(b'{"format":"kao-receipt","x":' + b"9" * 5000 + b"}", bytes(64), tmp_path / "r.kaor")
    with pytest.raises(ReceiptError) as info:
        read_receipt(path)
    assert "number is too long" in info.value.message.en


def test_an_export_to_a_file_name_that_is_not_utf8_is_recorded_and_takes_its_receipt(tmp_path: Path):
    """Linux lets a name hold any bytes (a USB stick written elsewhere). Before, the file was
    written but not recorded: an internal error, and its receipt was later refused."""
    office, aid = office_folder(tmp_path)
    name = os.fsdecode(b"caf\xe9.kao")
    with open_office(office) as svc:
        result = export_submission(svc, aid, tmp_path / name)
        assert svc.get_assessment(aid).status is AssessmentStatus.SUBMITTED
        with SubmissionStore.open(svc.database_path) as store:
            [export] = store.exports(aid)
        # Recorded with the byte that is not UTF-8 written as itself (0xE9), not as U+DCE9.
        assert export.file_path == f"{tmp_path.resolve()}/caf\\xe9.kao"
    receipt = _receipt(tmp_path, result.path, result.bundle_id)
    with open_office(office) as svc:
        assert import_receipt(svc, receipt, _published_key(tmp_path)).outcome is ReceiptOutcome.ACCEPTED


def test_a_central_key_built_into_kao_takes_the_first_receipt_without_typing(tmp_path: Path, monkeypatch):
    """An organisation that builds its own Kao puts its central key in resources/central_key.txt:
    its offices' first receipt needs no typing, and a forger's key is refused all the same."""
    import core.bundle.receipts as receipts

    office, aid, kao, bundle_id = _submit(tmp_path)
    receipt = _receipt(tmp_path, kao, bundle_id)
    [published] = _published_key(tmp_path)
    shipped = tmp_path / "central_key.txt"
    shipped.write_text(f"# the central office of the example ministry\n{published.lower()}  # since 2569\n"
                       "ABCD-EFGH\n", "utf-8")
    monkeypatch.setattr(receipts, "resource", lambda name: tmp_path / name)
    assert receipts.shipped_central_keys() == {published}  # the half key is a build mistake: ignored
    doc = json.loads(dict(members_of(receipt))["receipt.json"])
    forger = SigningKey.generate()
    raw = canonical_json(dict(doc, central={"algorithm": "Ed25519", "public_key": forger.public_b64}))
    forged = write_receipt(raw, forger.sign(raw), tmp_path / "forged.kaor")
    with open_office(office) as svc:
        with pytest.raises(OtherKeyError, match="not yet confirmed"):
            import_receipt(svc, forged)
        result = import_receipt(svc, receipt)
        assert result.outcome is ReceiptOutcome.ACCEPTED and result.new_central_key
        assert svc.get_assessment(aid).status is AssessmentStatus.ACCEPTED
        with SubmissionStore.open(svc.database_path) as store:
            pinned = store.central_key()
        assert pinned is not None and (pinned.fingerprint, pinned.how) == (published, "shipped")


def test_without_a_built_in_central_key_none_is_assumed(tmp_path: Path, monkeypatch):
    import core.bundle.receipts as receipts

    monkeypatch.setattr(receipts, "resource", lambda name: tmp_path / name)
    assert receipts.shipped_central_keys() == frozenset()
    (tmp_path / "central_key.txt").write_bytes(b"\xff\xfe not text")
    assert receipts.shipped_central_keys() == frozenset()


def test_a_receipt_for_an_assessment_in_the_trash_is_refused_and_changes_nothing(tmp_path: Path):

    office, aid, kao, bundle_id = _submit(tmp_path)
    receipt = _receipt(tmp_path, kao, bundle_id)
    with open_office(office) as svc:
        svc.delete(aid)
        with pytest.raises(ReceiptError, match="in the trash; restore it first"):
            import_receipt(svc, receipt, _published_key(tmp_path))
        with SubmissionStore.open(svc.database_path) as store:
            assert store.central_key() is None  # the key typed in is not taken either
        svc.restore(aid)
        result = import_receipt(svc, receipt, _published_key(tmp_path))
        assert result.outcome is ReceiptOutcome.ACCEPTED
        assert svc.get_assessment(aid).status is AssessmentStatus.ACCEPTED


def test_the_build_refuses_a_central_key_file_kao_would_ignore(tmp_path: Path, monkeypatch):
    """A mistyped line is only logged when Kao runs, so the offices would silently have to type
    the key: the build (packaging/kao.spec, build_linux.py) stops with one line naming it."""
    import core.bundle.receipts as receipts
    from core.bundle.shipped_key import key_file_problem

    path = tmp_path / "central_key.txt"
    assert key_file_problem(path) is None  # no file: nothing built in, which is allowed
    good = "# the central office of the example ministry\n\nabcd-efgh-jkmn-pqrs  # since 2569\nZZZZ-0000-9999-XYZW\n"
    path.write_text(good, "utf-8")
    assert key_file_problem(path) is None
    path.write_text(good + "ABCD-EFGH-IKMN-PQRS  # an I, not a 1\nABCD-EFGH\n", "utf-8")
    problem = key_file_problem(path)
    assert problem is not None and "\n" not in problem
    assert problem.startswith(f"{path} line 5: 'ABCD-EFGH-IKMN-PQRS' is not a key fingerprint")
    assert problem.endswith("(and 1 more bad line)")
    # Kao itself stays lenient: the good keys are taken, the bad lines ignored.
    monkeypatch.setattr(receipts, "resource", lambda name: tmp_path / name)
    assert receipts.shipped_central_keys() == {"ABCD-EFGH-JKMN-PQRS", "ZZZZ-0000-9999-XYZW"}
    path.write_bytes(b"ABCD-EFGH-JKMN-PQRS\n\xff\xfe\n")
    problem = key_file_problem(path)
    assert problem is not None and problem.startswith(f"{path}: not UTF-8 text") and "\n" not in problem
    assert receipts.shipped_central_keys() == frozenset()


def test_a_central_key_file_saved_by_notepad_keeps_its_first_key(tmp_path: Path, monkeypatch):
    """Windows Notepad saves UTF-8 with a byte order mark: read as part of the first line, it made
    the key there "not a fingerprint", ignored, and the offices typed it after all."""
    import core.bundle.receipts as receipts
    from core.bundle.shipped_key import key_file_problem

    path = tmp_path / "central_key.txt"
    path.write_text("ABCD-EFGH-JKMN-PQRS\r\n", "utf-8-sig")
    monkeypatch.setattr(receipts, "resource", lambda name: tmp_path / name)
    assert receipts.shipped_central_keys() == {"ABCD-EFGH-JKMN-PQRS"}
    assert key_file_problem(path) is None


def test_refusals_name_the_assessment_by_agency_and_year_and_its_status_in_thai(tmp_path: Path):
    # The app shows these messages; it never shows an assessment's id, and "มีสถานะ finalized"
    # put an English word in a Thai sentence.
    office, aid, kao, bundle_id = _submit(tmp_path)
    receipt = _receipt(tmp_path, kao, bundle_id)
    with open_office(office) as svc:
        svc.reopen(aid, "แก้ข้อ P01")  # a draft again: neither exported nor able to take the receipt
        with pytest.raises(BundleError) as exported:
            export_submission(svc, aid, tmp_path / "again.kao")
        assert exported.value.message.th == (
            f"แบบประเมินของสำนักงาน CMI-PO ปีงบประมาณ 2569 (หมายเลข {aid}) ยังเป็นฉบับร่าง ยืนยันผลก่อนส่ง")
        assert exported.value.message.en == (
            f"the assessment of Office CMI-PO for fiscal year 2569 (id {aid}) is a draft: finalize it before exporting")
        svc.finalize(aid)
        with pytest.raises(ReceiptError) as refused:
            import_receipt(svc, receipt, _published_key(tmp_path))
        assert refused.value.message.th == (
            f"แบบประเมินของสำนักงาน CMI-PO ปีงบประมาณ 2569 (หมายเลข {aid}) มีสถานะยืนยันผลแล้ว จึงรับใบตอบรับไม่ได้")
