"""The office side: export a finalized assessment as a signed submission file.

What the GUI calls (from a worker thread): :func:`export_size_summary` for the
"before export" screen, then :func:`export_submission` with a progress callable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from core.bundle.content import agency_doc, answers_doc, assessment_doc, audit_doc
from core.bundle.errors import BundleError
from core.bundle.keys import load_or_create_key
from core.bundle.models import ChecklistRef
from core.bundle.reader import read_submission
from core.bundle.receive import utc_iso
from core.bundle.sizes import SizeSummary, size_summary
from core.bundle.writer import Progress, SubmissionContent, write_submission
from core.errors import KaoError
from core.paths import shown_path
from core.records import AssessmentStatus, check_answer_text
from core.storage import SqliteAssessmentService
from core.storage.submissions import ExportRow, SubmissionStore

__all__ = ["ExportResult", "export_size_summary", "export_submission", "suggested_filename"]

_UNSAFE = re.compile(r"[^0-9A-Za-z_-]+")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    code: str
    size: int  # bytes on disk
    summary: SizeSummary
    fingerprint: str  # this installation's key, for the central office to confirm


def _content(service: SqliteAssessmentService, assessment_id: int) -> SubmissionContent:
    detail = service.get_assessment(assessment_id)
    named = detail.title
    if detail.deleted:
        raise BundleError(f"{named.th} อยู่ในถังขยะ", f"{named.en} is in the trash")
    if detail.status not in (AssessmentStatus.FINALIZED, AssessmentStatus.SUBMITTED):
        if detail.status is AssessmentStatus.DRAFT:
            raise BundleError(
                f"{named.th} ยังเป็นฉบับร่าง ยืนยันผลก่อนส่ง",
                f"{named.en} is a draft: finalize it before exporting",
            )
        raise BundleError(
            f"{named.th} ได้รับการตอบรับแล้ว ไม่ต้องส่งซ้ำ",
            f"{named.en} has been accepted already; there is nothing to send",
        )
    for item_id, answer in detail.answers.items():
        try:  # stored before storage refused such text: named here, so the user can shorten it
            check_answer_text(item_id, answer)
        except KaoError as exc:
            raise BundleError(f"ส่งออกไม่ได้: {exc.message.th} โปรดเปิดแก้ไขแล้วตัดให้สั้นลง",
                              f"cannot export: {exc.message.en}; reopen the assessment and shorten it") from exc
    checklist = service.checklist
    card = service.score(assessment_id)
    shas = sorted({ev.sha256 for evs in detail.evidence.values() for ev in evs})
    try:
        return SubmissionContent(
            agency=agency_doc(detail.agency),
            assessment=assessment_doc(detail),
            checklist=ChecklistRef(id=detail.checklist_id, version=detail.checklist_version),
            answers=answers_doc(detail, card, checklist),
            audit=audit_doc(service.audit_log(assessment_id)),
            evidence=[(sha, service.evidence_path(sha)) for sha in shas],
        )
    except ValidationError as exc:
        # Storage refuses what a file cannot carry, but a database from before those limits may
        # hold more (say, assessors): name the field, so the user can correct it and export again.
        error = exc.errors()[0]
        where = " › ".join(str(part) for part in error["loc"])
        raise BundleError(
            f"ส่งออกไม่ได้: ข้อมูล {where} ยาวหรือมากเกินกว่าที่ไฟล์ส่งผลรับได้ โปรดเปิดแก้ไขแล้วตัดให้สั้นลง",
            f"cannot export: {where} is longer or larger than a submission file can carry; reopen the assessment"
            f" and shorten it",
        ) from exc


def export_size_summary(service: SqliteAssessmentService, assessment_id: int) -> SizeSummary:
    return size_summary(_content(service, assessment_id))


def suggested_filename(service: SqliteAssessmentService, assessment_id: int) -> str:
    detail = service.get_assessment(assessment_id)
    code = _UNSAFE.sub("-", detail.agency.code).strip("-") or "agency"
    return f"kao-{code}-{detail.fiscal_year}.kao"


def export_submission(
    service: SqliteAssessmentService, assessment_id: int, out_path: Path, progress: Progress | None = None
) -> ExportResult:
    """Write the file atomically, read it back as the central office will, then mark the assessment submitted.

    The database is checkpointed first, so what was exported is durable here too.
    """
    service.checkpoint()
    content = _content(service, assessment_id)
    key = load_or_create_key(service.data_dir)
    written = write_submission(content, key, out_path, progress)
    try:
        read_submission(written.path, checklist=service.checklist)
    except BundleError as exc:
        written.path.unlink(missing_ok=True)
        raise BundleError(
            f"ไฟล์ที่สร้างตรวจสอบไม่ผ่าน จึงลบทิ้ง: {exc.message.th}",
            f"the file just written failed its own check and was removed: {exc.message.en}",
        ) from exc
    with SubmissionStore.open(service.database_path) as store:
        store.record_export(ExportRow(
            written.bundle_id, assessment_id, written.manifest_sha256, written.code,
            utc_iso(written.created_at), shown_path(out_path.resolve()),
        ))
    if service.get_assessment(assessment_id).status is AssessmentStatus.FINALIZED:
        service.mark_submitted(assessment_id)
    return ExportResult(out_path, written.bundle_id, written.code, written.size, size_summary(content), key.fingerprint)
