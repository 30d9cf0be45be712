"""Everything a report or certificate shows, gathered in one value (no reportlab here).

A :class:`ReportSource` comes from an answers file (with the agency name and
year given on the command line), from a stored assessment, or later from a
submission file, whose verification code then replaces the answers hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from core.answers import answers_to_json, load_answers_file
from core.bundle.code import code_from_digest
from core.checklist import default_checklist
from core.errors import KaoError
from core.model import Answer, Checklist
from core.records import AssessmentDetail, AssessmentService, AssessmentStatus
from core.scoring import ScoreCard, score
from core.text import Lang, Text

__all__ = [
    "ReportSource",
    "Verification",
    "answers_digest",
    "answers_verification",
    "check_fiscal_year",
    "source_from_answers_file",
    "source_from_assessment",
    "source_from_service",
]

ANSWERS_QR_PREFIX = "KAO-ANSWERS:1"
_FIRST_BE_YEAR, _LAST_BE_YEAR = 2500, 2700


@dataclass(frozen=True, slots=True)
class Verification:
    """What identifies exactly this result on paper: a short code and the QR payload."""

    code: str  # printed, e.g. "7K3M-Q9TX-2WPD"; for a submission, the file's verification code
    qr_payload: str  # encoded in the QR code; carries the full digest
    from_submission: bool = False  # True: the code of a submission file, not of the answers alone


def answers_digest(answers: Mapping[str, Answer], checklist: Checklist) -> str:
    """SHA-256 (hex) of the canonical answers JSON: sorted keys, UTF-8, no spaces."""
    canonical = json.dumps(
        answers_to_json(answers, checklist), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def answers_verification(answers: Mapping[str, Answer], checklist: Checklist) -> Verification:
    """Until a submission file exists, the answers themselves identify the result.

    The printed code has the same form as a submission's (Crockford base32 in
    groups of four), but the QR payload's prefix tells the two kinds apart.
    """
    digest = answers_digest(answers, checklist)
    return Verification(code_from_digest(bytes.fromhex(digest)), f"{ANSWERS_QR_PREFIX}:{checklist.id}:{digest}")


@dataclass(frozen=True)
class ReportSource:
    agency_name: Text
    fiscal_year: int  # Buddhist era, e.g. 2568
    answers: Mapping[str, Answer]
    verification: Verification
    issue_date: date
    checklist: Checklist = field(default_factory=default_checklist)
    assessors: tuple[str, ...] = ()
    finalized: bool = False  # False prints the "ฉบับร่าง / DRAFT" watermark
    review_flags: frozenset[str] = frozenset()
    evidence: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # item id -> file names

    @cached_property
    def card(self) -> ScoreCard:
        return score(self.checklist, self.answers)

    def agency(self, lang: Lang) -> str:
        """The agency's name in ``lang``: only the Thai name is required, so an
        English document falls back on it rather than naming no one."""
        name = self.agency_name.get(lang)
        return name if name.strip() else self.agency_name.th

    def names(self) -> tuple[str, ...]:
        """Names that must never be broken across lines."""
        return tuple(n for n in (self.agency_name.th, self.agency_name.en, *self.assessors) if n.strip())


def check_fiscal_year(year: int) -> int:
    if not _FIRST_BE_YEAR <= year <= _LAST_BE_YEAR:
        raise KaoError(
            f"ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568 (ได้รับ {year})",
            f"the fiscal year must be a Buddhist-era year such as 2568 (got {year})",
        )
    return year


def source_from_answers_file(
    path: Path,
    agency_name: str,
    fiscal_year: int,
    *,
    checklist: Checklist | None = None,
    issue_date: date | None = None,
    assessors: tuple[str, ...] = (),
) -> ReportSource:
    """A draft report from an answers file: it has no finalization, so it is always a draft."""
    checklist = checklist or default_checklist()
    name = agency_name.strip()
    if not name:
        raise KaoError("ต้องระบุชื่อหน่วยงาน (--agency-name)", "the agency name is required (--agency-name)")
    answers = load_answers_file(path, checklist)
    return ReportSource(
        agency_name=Text(name, name),
        fiscal_year=check_fiscal_year(fiscal_year),
        answers=answers,
        verification=answers_verification(answers, checklist),
        issue_date=issue_date or date.today(),
        checklist=checklist,
        assessors=assessors,
    )


_FINAL = frozenset({AssessmentStatus.FINALIZED, AssessmentStatus.SUBMITTED, AssessmentStatus.ACCEPTED})


def source_from_assessment(
    detail: AssessmentDetail, *, checklist: Checklist | None = None, issue_date: date | None = None
) -> ReportSource:
    checklist = checklist or default_checklist()
    if detail.checklist_id != checklist.id:
        raise KaoError(
            f"การประเมินนี้ใช้แบบประเมิน {detail.checklist_id} ซึ่งไม่ใช่แบบที่ติดตั้งอยู่ ({checklist.id})",
            f"this assessment uses checklist {detail.checklist_id}, not the installed {checklist.id}",
        )
    return ReportSource(
        agency_name=detail.agency.name,
        fiscal_year=detail.fiscal_year,
        answers=dict(detail.answers),
        verification=answers_verification(detail.answers, checklist),
        issue_date=issue_date or date.today(),
        checklist=checklist,
        assessors=tuple(detail.assessors),
        finalized=detail.status in _FINAL,
        review_flags=frozenset(detail.review_flags),
        evidence={item: tuple(f.filename for f in files) for item, files in detail.evidence.items() if files},
    )


def source_from_service(
    service: AssessmentService, assessment_id: int, *, issue_date: date | None = None
) -> ReportSource:
    return source_from_assessment(service.get_assessment(assessment_id), issue_date=issue_date)
