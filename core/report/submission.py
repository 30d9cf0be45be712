"""A report source from a submission file (``.kao``): its verification code goes on the paper.

The file is checked completely by :func:`core.bundle.reader.read_submission`
first; only then is anything printed from it. Imported lazily: reading a
submission needs pydantic and cryptography, which nothing else here does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.model import Checklist
from core.report.source import ReportSource, Verification
from core.text import Text

__all__ = ["source_from_submission"]


def source_from_submission(
    path: Path, *, checklist: Checklist | None = None, issue_date: date | None = None
) -> ReportSource:
    from core.bundle.code import qr_payload, verification_code
    from core.bundle.reader import read_submission

    submission = read_submission(path, checklist=checklist)
    manifest, items = submission.manifest, submission.answers_doc.items
    return ReportSource(
        agency_name=Text(manifest.agency.name.th, manifest.agency.name.en),
        fiscal_year=manifest.assessment.fiscal_year,
        answers=submission.answers,
        verification=Verification(
            verification_code(submission.manifest_bytes),
            qr_payload(submission.manifest_bytes, str(manifest.bundle_id)),
            from_submission=True,
        ),
        issue_date=issue_date or date.today(),
        checklist=submission.checklist,
        assessors=tuple(manifest.assessment.assessors),
        finalized=True,  # a submission is always of a finalized assessment
        review_flags=frozenset(item for item, doc in items.items() if doc.flagged),
        evidence={item: tuple(e.filename for e in doc.evidence) for item, doc in items.items() if doc.evidence},
    )
