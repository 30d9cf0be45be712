"""Receipts, both ways: the central office issues one per imported submission; the office imports it.

On import the office checks the signature, and that the key is the central
office's: the first time, only once the operator has confirmed it against the key
the central office published, or when it is the key built into this copy of Kao
(unlike office keys, which the central office pins on first use and confirms by phone).
It checks that the receipt names exactly a file this office exported, for this office's
assessment, and that this file is still the assessment's latest. Only then does the assessment become "accepted".
"""

from __future__ import annotations

import logging
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
from core.bundle.shipped_key import SHIPPED_KEY_FILE, parse_key_file
from core.records import AssessmentDetail, AssessmentStatus
from core.resources import resource
from core.storage import SqliteAssessmentService
from core.storage.submissions import OfficeKey, ReceiptRow, SubmissionStore

__all__ = ["ReceiptOutcome", "ReceiptResult", "import_receipt", "issue_receipt", "receipt_filename",
           "shipped_central_keys"]

log = logging.getLogger(__name__)

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
    if stored is None and row.superseded_by is not None:
        # A receipt accepts a file; this one was replaced as the agency's result for the year. (One
        # made before the newer file came is still handed out again: a receipt never changes.)
        raise ReceiptError(
            f"ไฟล์ส่งผลรหัส {row.code} ถูกแทนที่ด้วยไฟล์ที่ใหม่กว่าของหน่วยงานเดียวกันแล้ว โปรดออกใบตอบรับให้ไฟล์ที่ใช้อยู่",
            f"the submission {row.code} was replaced by a newer file from the same agency;"
            " make the receipt for the file in force",
        )
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
    new_central_key: bool  # pinned by this receipt, as the user confirmed it


# How an earlier Kao recorded a central key it took on trust, from the first receipt that came.
_TAKEN_ON_TRUST = "first-receipt"


def shipped_central_keys() -> frozenset[str]:
    """The central office's key as the deploying organisation built it into this copy of Kao.

    ``resources/central_key.txt`` (see :mod:`core.bundle.shipped_key`). It counts as typed in:
    the installer came from the same organisation that publishes the key, so its offices take
    their first receipt without typing. A line that is not a fingerprint is a build mistake the
    build itself refuses; should one get through, it is logged and ignored, never guessed at.
    """
    path = resource(SHIPPED_KEY_FILE)
    try:
        text = path.read_text("utf-8-sig")  # Windows Notepad starts the file with a byte order mark
    except FileNotFoundError:
        return frozenset()
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("%s not read: %s", path, exc)
        return frozenset()
    parsed = parse_key_file(text)
    for number, entry in parsed.bad:
        log.warning("%s line %d: not a key fingerprint, ignored: %r", path, number, entry[:40])
    return parsed.keys


def _check_central_key(store: SubmissionStore, receipt: VerifiedReceipt, accept_keys: Collection[str]) -> bool:
    """True when this receipt's key must be pinned (first receipt, or a confirmed replacement).

    Every key the office pins is one the operator typed in, as the central office published
    it: a receipt marks the assessment accepted, so a key taken on trust would let anyone
    holding the office's .kao forge its acceptance and then lock out the genuine receipt.
    The messages never name the key that signed the receipt, so typing it in means having
    the published key at hand, not copying it off the screen. A key an earlier Kao pinned on
    trust counts as not yet confirmed.
    """
    pinned = store.central_key()
    confirmed = pinned if pinned is not None and pinned.how != _TAKEN_ON_TRUST else None
    if confirmed is not None and confirmed.fingerprint == receipt.fingerprint:
        return False
    if receipt.fingerprint in accept_keys:
        return True
    if confirmed is None:
        raise OtherCentralKeyError(
            "ใบตอบรับนี้ลงนามด้วยกุญแจที่ยังไม่ได้ยืนยันว่าเป็นของส่วนกลาง"
            " รับได้เมื่อพิมพ์รหัสกุญแจที่ส่วนกลางประกาศไว้และตรงกันเท่านั้น",
            "the receipt is signed by a key not yet confirmed as the central office's;"
            " it is taken once you type in the key the central office published and it matches",
            pinned="", presented=receipt.fingerprint,
        )
    raise OtherCentralKeyError(
        f"ใบตอบรับนี้ไม่ได้ลงนามด้วยกุญแจของส่วนกลางที่บันทึกไว้ ({confirmed.fingerprint})"
        " หากส่วนกลางประกาศกุญแจใหม่ ให้พิมพ์รหัสกุญแจใหม่นั้นเพื่อยืนยัน",
        f"the receipt is not signed by the central office's key on record ({confirmed.fingerprint});"
        " if the central office has published a new key, type it in to confirm it",
        pinned=confirmed.fingerprint, presented=receipt.fingerprint,
    )


def _check_names_assessment(doc: ReceiptDoc, assessment: AssessmentDetail) -> None:
    """The receipt must name the assessment sent and its year. (Not the agency code: an office
    may correct its code after sending, and the file's hash already ties the receipt to it.)"""
    if (doc.assessment_uid, doc.fiscal_year) != (assessment.uid, assessment.fiscal_year):
        raise ReceiptError(
            f"ใบตอบรับนี้ระบุแบบประเมินปีงบประมาณ {doc.fiscal_year} ซึ่งไม่ใช่แบบประเมินที่ส่งจากเครื่องนี้"
            f" (ปี {assessment.fiscal_year}) โปรดติดต่อส่วนกลาง",
            f"the receipt names an assessment for fiscal year {doc.fiscal_year} that is not the assessment"
            f" sent from here ({assessment.fiscal_year}); contact the central office",
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
        shipped = shipped_central_keys()
        pin = _check_central_key(store, receipt, {*accept_keys, *shipped})
        latest = store.exports(export.assessment_id)[-1]
        if latest.bundle_id != doc.bundle_id:
            raise ReceiptError(
                f"ใบตอบรับนี้เป็นของไฟล์ฉบับก่อน (รหัส {doc.verification_code}) ฉบับล่าสุดคือ {latest.code}",
                f"this receipt is for an earlier file (code {doc.verification_code}); the latest is {latest.code}",
            )
        assessment = service.get_assessment(export.assessment_id)
        _check_names_assessment(doc, assessment)
        if assessment.deleted:  # refused before anything is kept: a refused receipt changes nothing
            raise ReceiptError(
                f"{assessment.title.th} อยู่ในถังขยะ กู้คืนก่อนแล้วนำเข้าใบตอบรับอีกครั้ง",
                f"{assessment.title.en} is in the trash; restore it first, then import the receipt again",
            )
        status = assessment.status
        if status is AssessmentStatus.ACCEPTED and not pin:
            return ReceiptResult(ReceiptOutcome.ALREADY, export.assessment_id, doc.verification_code,
                                 receipt.fingerprint, False)
        if status not in (AssessmentStatus.SUBMITTED, AssessmentStatus.ACCEPTED):
            raise ReceiptError(
                f"{assessment.title.th} มีสถานะ{status.words.th} จึงรับใบตอบรับไม่ได้",
                f"{assessment.title.en} is {status.words.en}, so it cannot take this receipt",
            )
        now = utc_iso(datetime.now(UTC))
        how = "operator" if receipt.fingerprint in accept_keys or receipt.fingerprint not in shipped else "shipped"
        central = OfficeKey("", receipt.fingerprint, doc.central.public_key, now, how, None)
        row = ReceiptRow(doc.bundle_id, doc.receipt_id, utc_iso(doc.issued_at), receipt.receipt_bytes,
                         receipt.signature)
        # Receipt first: if marking fails, importing the same receipt again finishes the job.
        store.save_office_receipt(row, central, now, pin=pin)
    if status is AssessmentStatus.SUBMITTED:
        service.mark_accepted(export.assessment_id)
    return ReceiptResult(ReceiptOutcome.ACCEPTED, export.assessment_id, doc.verification_code,
                         receipt.fingerprint, pin)
