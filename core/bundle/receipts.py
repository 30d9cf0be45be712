"""Receipts, both ways: the central office issues one per imported submission; the office imports it.

On import the office checks the signature, and that the key is the central
office's: the first time, only once the operator has confirmed it against the key
the central office published (unlike office keys, which the central office pins on
first use and confirms by phone). It checks that the receipt names exactly a file
this office exported, for this office's assessment, and that this file is still
the assessment's latest. Only then does the assessment become "accepted".
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from core.bundle.central import CentralOffice
from core.bundle.errors import OtherCentralKeyError, ReceiptError
from core.bundle.models import SignerDoc, utc_now
from core.bundle.receipt import ReceiptDoc, VerifiedReceipt, read_receipt, sign_receipt, write_receipt
from core.bundle.receive import utc_iso
from core.records import AssessmentDetail, AssessmentStatus
from core.storage import SqliteAssessmentService
from core.storage.submissions import OfficeKey, ReceiptRow, SubmissionStore

__all__ = ["ReceiptOutcome", "ReceiptResult", "import_receipt", "issue_receipt", "receipt_filename"]

_UNSAFE = re.compile(r"[^0-9A-Za-z_-]+")


def receipt_filename(agency_code: str, fiscal_year: int, code: str) -> str:
    safe = _UNSAFE.sub("-", agency_code).strip("-") or "agency"
    return f"kao-receipt-{safe}-{fiscal_year}-{code}.kaor"


def issue_receipt(central: CentralOffice, bundle_id: str, out_dir: Path) -> Path:
    """Write the receipt for one imported submission into ``out_dir``; the same receipt every time."""
    sub = central.store.get_submission(bundle_id)
    if sub is None:
        raise ReceiptError(f"ไม่พบไฟล์ส่งผลรหัส {bundle_id}", f"no imported submission with bundle id {bundle_id}")
    row = sub.row
    stored = central.store.receipt(bundle_id)
    if stored is None:
        key = central.key
        doc = ReceiptDoc(
            format="kao-receipt", format_version=1, receipt_id=str(uuid.uuid4()), issued_at=utc_now(),
            status="accepted", bundle_id=row.bundle_id, manifest_sha256=row.manifest_sha256,
            verification_code=row.code, agency_code=row.agency_code, fiscal_year=row.fiscal_year,
            assessment_uid=row.assessment_uid, imported_at=datetime.fromisoformat(row.imported_at),
            overall=row.overall, level=row.level, central=SignerDoc(algorithm="Ed25519", public_key=key.public_b64),
        )
        raw, sig = sign_receipt(doc, key)
        stored = central.store.save_receipt(ReceiptRow(bundle_id, doc.receipt_id, utc_iso(doc.issued_at), raw, sig))
    out = out_dir / receipt_filename(row.agency_code, row.fiscal_year, row.code)
    return write_receipt(stored.receipt_json, stored.signature, out)


class ReceiptOutcome(StrEnum):
    ACCEPTED = "accepted"
    ALREADY = "already"  # this receipt was imported before; nothing changed


@dataclass(frozen=True)
class ReceiptResult:
    outcome: ReceiptOutcome
    assessment_id: int
    code: str
    central_fingerprint: str
    new_central_key: bool  # pinned by this receipt: show it for confirmation


def _check_central_key(store: SubmissionStore, receipt: VerifiedReceipt, accept_keys: Collection[str]) -> bool:
    """True when this receipt's key must be pinned (first receipt, or accepted replacement).

    Every key the office pins is one the operator typed in: a receipt marks the assessment
    accepted, so a key taken on trust would let anyone holding the office's .kao forge its
    acceptance and then lock out the genuine receipt. The central office publishes its key.
    """
    pinned = store.central_key()
    if pinned is not None and pinned.fingerprint == receipt.fingerprint:
        return False
    if pinned is None and receipt.fingerprint not in accept_keys:
        raise OtherCentralKeyError(
            f"ใบตอบรับนี้ลงนามด้วยกุญแจ {receipt.fingerprint} ซึ่งยังไม่ได้ยืนยันว่าเป็นกุญแจของส่วนกลาง"
            f" รับกุญแจนี้ได้เมื่อตรงกับรหัสกุญแจที่ส่วนกลางแจ้งไว้เท่านั้น",
            f"the receipt is signed by key {receipt.fingerprint}, not yet confirmed as the central office's key;"
            f" accept it only if it matches the key the central office published",
            pinned="", presented=receipt.fingerprint,
        )
    if pinned is None:
        return True
    if receipt.fingerprint not in accept_keys:  # only the key the operator confirmed
        raise OtherCentralKeyError(
            f"ใบตอบรับลงนามด้วยกุญแจ {receipt.fingerprint} ซึ่งไม่ใช่กุญแจของส่วนกลางที่บันทึกไว้"
            f" ({pinned.fingerprint}) รับกุญแจใหม่ได้เมื่อยืนยันกับส่วนกลางแล้วเท่านั้น",
            f"the receipt is signed by key {receipt.fingerprint}, not the central office's key on record"
            f" ({pinned.fingerprint}); accept the new key only once the central office has confirmed it",
            pinned=pinned.fingerprint, presented=receipt.fingerprint,
        )
    return True


def _check_names_assessment(doc: ReceiptDoc, assessment: AssessmentDetail) -> None:
    """The receipt must say what the central office received: this office's assessment, this year."""
    if (doc.assessment_uid, doc.agency_code, doc.fiscal_year) != (
            assessment.uid, assessment.agency.code, assessment.fiscal_year):
        raise ReceiptError(
            f"ใบตอบรับนี้ระบุหน่วยงาน {doc.agency_code} ปีงบประมาณ {doc.fiscal_year} ซึ่งไม่ตรงกับแบบประเมินที่ส่ง"
            f" ({assessment.agency.code} ปี {assessment.fiscal_year}) โปรดติดต่อส่วนกลาง",
            f"the receipt names agency {doc.agency_code}, fiscal year {doc.fiscal_year}, which is not the"
            f" assessment sent ({assessment.agency.code}, {assessment.fiscal_year}); contact the central office",
        )


def import_receipt(service: SqliteAssessmentService, path: Path, accept_keys: Collection[str] = ()) -> ReceiptResult:
    """Verify a receipt and mark its assessment accepted (and so read-only). Raises ReceiptError."""
    receipt = read_receipt(path)
    doc = receipt.doc
    with SubmissionStore.open(service.database_path) as store:
        export = store.find_export(doc.bundle_id)
        if export is None or export.manifest_sha256 != doc.manifest_sha256:
            raise ReceiptError(
                f"ใบตอบรับนี้เป็นของไฟล์ส่งผลที่ไม่ได้ส่งจากเครื่องนี้ (รหัส {doc.verification_code})",
                f"this receipt is for a submission not exported from here (code {doc.verification_code})",
            )
        pin = _check_central_key(store, receipt, accept_keys)
        latest = store.exports(export.assessment_id)[-1]
        if latest.bundle_id != doc.bundle_id:
            raise ReceiptError(
                f"ใบตอบรับนี้เป็นของไฟล์ฉบับก่อน (รหัส {doc.verification_code}) ฉบับล่าสุดคือ {latest.code}",
                f"this receipt is for an earlier file (code {doc.verification_code}); the latest is {latest.code}",
            )
        assessment = service.get_assessment(export.assessment_id)
        _check_names_assessment(doc, assessment)
        status = assessment.status
        if status is AssessmentStatus.ACCEPTED and not pin:
            return ReceiptResult(ReceiptOutcome.ALREADY, export.assessment_id, doc.verification_code,
                                 receipt.fingerprint, False)
        if status not in (AssessmentStatus.SUBMITTED, AssessmentStatus.ACCEPTED):
            raise ReceiptError(
                f"แบบประเมินหมายเลข {export.assessment_id} มีสถานะ {status.value} จึงรับใบตอบรับไม่ได้",
                f"assessment {export.assessment_id} is {status.value}, so it cannot take this receipt",
            )
        now = utc_iso(datetime.now(UTC))
        central = OfficeKey("", receipt.fingerprint, doc.central.public_key, now,
                            "first-receipt" if store.central_key() is None else "operator", None)
        row = ReceiptRow(doc.bundle_id, doc.receipt_id, utc_iso(doc.issued_at), receipt.receipt_bytes,
                         receipt.signature)
        # Receipt first: if marking fails, importing the same receipt again finishes the job.
        store.save_office_receipt(row, central, now, pin=pin)
    if status is AssessmentStatus.SUBMITTED:
        service.mark_accepted(export.assessment_id)
    return ReceiptResult(ReceiptOutcome.ACCEPTED, export.assessment_id, doc.verification_code,
                         receipt.fingerprint, pin)
