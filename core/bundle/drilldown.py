"""One imported submission as the records the GUI and the reports already understand (drill-down)."""

from __future__ import annotations

from dataclasses import dataclass

from core.bundle.central import CentralOffice
from core.bundle.code import qr_payload
from core.bundle.content import (
    agency_from_doc,
    answers_from_doc,
    audit_from_doc,
    evidence_from_doc,
    flags_from_doc,
    meta_from_doc,
)
from core.bundle.errors import BundleError
from core.bundle.models import AnswersDoc, AuditDoc, Manifest
from core.model import Checklist
from core.records import AssessmentDetail, AssessmentStatus, AuditEntry
from core.scoring import ScoreCard, score

__all__ = ["SubmissionView", "submission_view"]


@dataclass(frozen=True)
class SubmissionView:
    bundle_id: str
    code: str  # the verification code, as printed on the office's certificate
    qr_payload: str
    detail: AssessmentDetail  # id 0: it has no row in this folder's assessments table
    audit: list[AuditEntry]
    card: ScoreCard
    checklist: Checklist
    superseded_by: str | None


def submission_view(central: CentralOffice, bundle_id: str) -> SubmissionView:
    stored = central.store.get_submission(bundle_id)
    if stored is None:
        raise BundleError(f"ไม่พบไฟล์ส่งผลรหัส {bundle_id}", f"no imported submission with bundle id {bundle_id}")
    # Stored only after passing every check, so plain validation is enough here.
    manifest = Manifest.model_validate_json(stored.manifest_json)
    answers_doc = AnswersDoc.model_validate_json(stored.answers_json)
    audit = audit_from_doc(AuditDoc.model_validate_json(stored.audit_json))
    checklist = central.checklist
    answers = answers_from_doc(answers_doc)
    detail = AssessmentDetail(
        id=0,
        uid=manifest.assessment.uid,
        agency=agency_from_doc(manifest.agency),
        fiscal_year=manifest.assessment.fiscal_year,
        checklist_id=manifest.checklist.id,
        checklist_version=manifest.checklist.version,
        assessors=manifest.assessment.assessors,
        status=AssessmentStatus.SUBMITTED,
        created_at=manifest.assessment.created_at,
        updated_at=manifest.assessment.updated_at,
        answers=answers,
        review_flags=flags_from_doc(answers_doc),
        evidence=evidence_from_doc(answers_doc),
        answer_meta=meta_from_doc(answers_doc),
    )
    return SubmissionView(
        bundle_id=bundle_id, code=stored.row.code, qr_payload=qr_payload(stored.manifest_json, bundle_id),
        detail=detail, audit=audit, card=score(checklist, answers), checklist=checklist,
        superseded_by=stored.row.superseded_by,
    )
