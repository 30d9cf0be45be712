"""What storage hands out: agencies, assessments and their history, as frozen values.

These records and :class:`AssessmentService` are the contract between storage
(core/storage), the GUI, the reports and the submission bundle.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from fractions import Fraction
from pathlib import Path
from typing import Protocol

from core.errors import KaoError
from core.model import Answer, AnswerValue
from core.scoring import ScoreCard
from core.text import CONTROL_CHARACTERS, Text

__all__ = [
    "MAX_AGENCY_CODE",
    "MAX_ASSESSORS",
    "MAX_LINE_FIELD",
    "MAX_LONG_FIELD",
    "MAX_SHORT_FIELD",
    "Agency",
    "AgencyKind",
    "AnswerMeta",
    "AssessmentDetail",
    "AssessmentService",
    "AssessmentStatus",
    "AssessmentSummary",
    "AuditEntry",
    "EvidenceFile",
    "as_one_line",
    "check_answer_text",
    "check_line_text",
    "check_long_text",
    "has_control_character",
]


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    FINALIZED = "finalized"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"

    @property
    def words(self) -> Text:
        """The status as messages and the command line say it (the app's screens have their own)."""
        return _STATUS_WORDS[self]


_STATUS_WORDS = {
    AssessmentStatus.DRAFT: Text("ฉบับร่าง", "draft"),
    AssessmentStatus.FINALIZED: Text("ยืนยันผลแล้ว", "finalized"),
    AssessmentStatus.SUBMITTED: Text("ส่งแล้ว", "submitted"),
    AssessmentStatus.ACCEPTED: Text("รับแล้ว", "accepted"),
}


# The longest agency code and fields a submission file carries (core/bundle/models.py); storage
# refuses longer ones, or an office could finalize an assessment it could never export.
MAX_AGENCY_CODE = 64
MAX_SHORT_FIELD = 200  # ministry, department, province
MAX_LINE_FIELD = 2000  # names, contact
MAX_LONG_FIELD = 20_000  # a note, an N/A reason, a reopen reason
MAX_ASSESSORS = 50  # each name at most MAX_SHORT_FIELD


def has_control_character(text: str) -> bool:
    """What a one-line field (a name, a code, a province) can never hold: a tab or line break pasted
    from a spreadsheet, an escape sequence. They print as boxes or nothing, break a table row in
    two, and a terminal would obey them."""
    return not CONTROL_CHARACTERS.isdisjoint(map(ord, text))


def as_one_line(text: str) -> str:
    """``text`` with each run of control characters (and the spaces around it) as one space.

    For a name an older Kao stored before it refused them: ``"สมชาย\tใจดี"`` was a tab pasted
    between first and last name, and carrying it forward as ``"สมชาย ใจดี"`` keeps what the user
    meant instead of refusing the whole copy."""
    if not has_control_character(text):
        return text
    spaced = "".join(" " if ord(c) in CONTROL_CHARACTERS else c for c in text)
    return " ".join(spaced.split())


def check_line_text(text: str, th_what: str, en_what: str) -> None:
    """A one-line field as storage keeps it; ``th_what``/``en_what`` name it, e.g. "ชื่อผู้ประเมิน "."""
    if has_control_character(text):
        raise KaoError(f"{th_what}มีอักขระที่ใช้ไม่ได้ (เช่น แท็บหรือการขึ้นบรรทัดใหม่) โปรดพิมพ์ใหม่เป็นบรรทัดเดียว",
                       f"{en_what} holds a character that is not allowed (such as a tab or a line break):"
                       " type it again on one line")


def check_long_text(text: str, th_what: str, en_what: str) -> None:
    """A note or reason a submission file can carry: refused when stored, not when sent."""
    if len(text) > MAX_LONG_FIELD:
        raise KaoError(f"{th_what}ยาวเกิน {MAX_LONG_FIELD:,} ตัวอักษร ({len(text):,} ตัวอักษร)",
                       f"{en_what} is longer than {MAX_LONG_FIELD:,} characters ({len(text):,})")


def check_answer_text(item_id: str, answer: Answer) -> None:
    """The note and N/A reason of one answer, as a submission file can carry them."""
    check_long_text(answer.note, f"บันทึกของข้อ {item_id} ", f"the note on item {item_id}")
    check_long_text(answer.reason, f"เหตุผลของข้อ {item_id} ", f"the N/A reason on item {item_id}")


class AgencyKind(StrEnum):
    DEPARTMENT = "department"
    PROVINCIAL = "provincial"
    LOCAL = "local"


@dataclass(frozen=True, slots=True)
class Agency:
    code: str
    name: Text
    kind: AgencyKind
    ministry: str = ""
    department: str = ""
    province: str = ""
    contact: str = ""
    id: int | None = None  # None until stored

    def text_fields(self) -> tuple[tuple[str, str, str, str], ...]:
        """(field, text, its name in Thai, in English) for each text the profile holds."""
        return (
            ("code", self.code, "รหัสหน่วยงาน", "the agency code"),
            ("name.th", self.name.th, "ชื่อหน่วยงานภาษาไทย", "the Thai name"),
            ("name.en", self.name.en, "ชื่อหน่วยงานภาษาอังกฤษ", "the English name"),
            ("ministry", self.ministry, "กระทรวง", "the ministry"),
            ("department", self.department, "กรม", "the department"),
            ("province", self.province, "จังหวัด", "the province"),
            ("contact", self.contact, "ข้อมูลติดต่อ", "the contact"),
        )


@dataclass(frozen=True, slots=True)
class EvidenceFile:
    sha256: str
    filename: str
    size: int
    added_at: datetime


@dataclass(frozen=True, slots=True)
class AnswerMeta:
    updated_at: datetime
    updated_by: str


@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    """One row of the home list."""

    id: int
    agency: Agency
    fiscal_year: int  # Buddhist era, e.g. 2569
    status: AssessmentStatus
    answered: int
    total: int
    level: int
    overall: Fraction | None
    updated_at: datetime
    deleted: bool = False

    @property
    def percent_answered(self) -> int:
        return 0 if self.total == 0 else round(100 * self.answered / self.total)


@dataclass(frozen=True)
class AssessmentDetail:
    id: int
    uid: str  # stable across export/import; never a database row id
    agency: Agency
    fiscal_year: int
    checklist_id: str
    checklist_version: str
    assessors: tuple[str, ...]
    status: AssessmentStatus
    created_at: datetime
    updated_at: datetime
    answers: Mapping[str, Answer]
    review_flags: frozenset[str] = frozenset()
    evidence: Mapping[str, tuple[EvidenceFile, ...]] = field(default_factory=dict)
    answer_meta: Mapping[str, AnswerMeta] = field(default_factory=dict)
    deleted: bool = False  # in the trash; restore() brings it back

    @property
    def locked(self) -> bool:
        return self.status is not AssessmentStatus.DRAFT

    @property
    def title(self) -> Text:
        """How a message names it: by agency and year, as the user knows it; the id for the command line."""
        return Text(f"แบบประเมินของ{self.agency.name.th} ปีงบประมาณ {self.fiscal_year} (หมายเลข {self.id})",
                    f"the assessment of {self.agency.name.en or self.agency.name.th} for fiscal year"
                    f" {self.fiscal_year} (id {self.id})")


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str  # e.g. "answer", "note", "finalize", "reopen", "attach"
    item_id: str | None
    old: str | None
    new: str | None
    reason: str | None = None  # why, when the action needs one (reopen)


class AssessmentService(Protocol):
    """The one API the GUI and the command line use. Every write is one transaction.

    Writes to a finalized (or later) assessment raise a KaoError until reopen().
    """

    def list_agencies(self) -> list[Agency]: ...
    def save_agency(self, agency: Agency) -> Agency: ...

    def create_assessment(self, agency_id: int, fiscal_year: int, assessors: tuple[str, ...]) -> AssessmentDetail: ...
    def get_agency(self, agency_id: int) -> Agency: ...
    def get_assessment(self, assessment_id: int) -> AssessmentDetail: ...
    def list_assessments(self, *, include_deleted: bool = False) -> list[AssessmentSummary]: ...
    def update_assessment(
        self, assessment_id: int, *, fiscal_year: int | None = None, assessors: tuple[str, ...] | None = None
    ) -> AssessmentDetail: ...

    def save_answer(self, assessment_id: int, item_id: str, answer: Answer) -> None: ...
    def save_value(self, assessment_id: int, item_id: str, value: AnswerValue | None) -> None: ...
    def save_text(self, assessment_id: int, item_id: str, *, note: str, reason: str) -> None: ...
    def save_answers(self, assessment_id: int, answers: Mapping[str, Answer]) -> int: ...
    def set_review_flag(self, assessment_id: int, item_id: str, flagged: bool) -> None: ...
    def attach_evidence(self, assessment_id: int, item_id: str, source: Path) -> EvidenceFile: ...
    def detach_evidence(self, assessment_id: int, item_id: str, sha256: str) -> None: ...
    def evidence_path(self, sha256: str) -> Path: ...

    def score(self, assessment_id: int) -> ScoreCard: ...
    def finalize(self, assessment_id: int) -> None: ...
    def reopen(self, assessment_id: int, reason: str) -> None: ...
    def mark_submitted(self, assessment_id: int) -> None: ...
    def mark_accepted(self, assessment_id: int) -> None: ...
    def checkpoint(self) -> None: ...
    def copy_from_previous(self, assessment_id: int, fiscal_year: int) -> AssessmentDetail: ...
    def delete(self, assessment_id: int) -> None: ...
    def restore(self, assessment_id: int) -> None: ...
    def audit_log(self, assessment_id: int) -> list[AuditEntry]: ...
