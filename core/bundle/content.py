"""Between the storage records and the documents inside a submission file, both ways."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from fractions import Fraction

from core.bundle.models import (
    AgencyDoc,
    AnswersDoc,
    AssessmentDoc,
    AuditDoc,
    AuditEntryDoc,
    ChecklistRef,
    DimensionScoreDoc,
    EvidenceRef,
    ItemDoc,
    ScoreDoc,
    TextDoc,
)
from core.model import Answer, AnswerValue, Checklist
from core.numbers import fmt_number
from core.records import MAX_LONG_FIELD, Agency, AgencyKind, AnswerMeta, AssessmentDetail, AuditEntry, EvidenceFile
from core.scoring import ScoreCard
from core.text import Text

__all__ = [
    "agency_doc",
    "agency_from_doc",
    "answers_doc",
    "answers_from_doc",
    "assessment_doc",
    "audit_doc",
    "audit_from_doc",
    "evidence_from_doc",
    "flags_from_doc",
    "meta_from_doc",
    "score_doc",
]

# The schema already limits a value to these four; a dict lookup is cheaper than the Enum call.
_ANSWER_VALUES = {v.value: v for v in AnswerValue}


def _aware(at: datetime) -> datetime:
    """Storage may hand out naive UTC times; the file always says which zone it means."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


def _frac(x: Fraction | None) -> str | None:
    return None if x is None else str(x)


def agency_doc(agency: Agency) -> AgencyDoc:
    return AgencyDoc(
        code=agency.code,
        name=TextDoc(th=agency.name.th, en=agency.name.en),
        kind=agency.kind.value,
        ministry=agency.ministry,
        department=agency.department,
        province=agency.province,
        contact=agency.contact,
    )


def agency_from_doc(doc: AgencyDoc) -> Agency:
    return Agency(
        code=doc.code, name=Text(doc.name.th, doc.name.en), kind=AgencyKind(doc.kind), ministry=doc.ministry,
        department=doc.department, province=doc.province, contact=doc.contact,
    )


def assessment_doc(detail: AssessmentDetail) -> AssessmentDoc:
    return AssessmentDoc(
        uid=detail.uid,
        fiscal_year=detail.fiscal_year,
        status="submitted",  # what the assessment becomes once this file exists
        assessors=tuple(detail.assessors),
        created_at=_aware(detail.created_at),
        updated_at=_aware(detail.updated_at),
    )


def score_doc(card: ScoreCard) -> ScoreDoc:
    return ScoreDoc(
        overall=_frac(card.overall),
        overall_display=None if card.overall is None else fmt_number(card.overall),
        level=card.level,
        provisional=card.provisional,
        complete=card.complete,
        dimensions={
            d.dimension: DimensionScoreDoc(
                score=_frac(d.score),
                display=None if d.score is None else fmt_number(d.score),
                earned=str(d.earned),
                applicable=d.applicable,
                assessable=d.assessable,
            )
            for d in card.dimensions.values()
        },
        level_ratios={str(n): _frac(r.ratio) for n, r in card.levels.items()},
    )


def _evidence_ref(ev: EvidenceFile) -> EvidenceRef:
    return EvidenceRef(sha256=ev.sha256, filename=ev.filename, size=ev.size, added_at=_aware(ev.added_at))


def answers_doc(detail: AssessmentDetail, card: ScoreCard, checklist: Checklist) -> AnswersDoc:
    """Every item that carries anything (an answer, a note, a flag, evidence), in checklist order."""
    items: dict[str, ItemDoc] = {}
    for item in checklist.items:
        answer = detail.answers.get(item.id, Answer())
        evidence = detail.evidence.get(item.id, ())
        flagged = item.id in detail.review_flags
        meta = detail.answer_meta.get(item.id)
        if answer == Answer() and not evidence and not flagged and meta is None:
            continue
        items[item.id] = ItemDoc(
            value=None if answer.value is None else answer.value.value,
            reason=answer.reason,
            note=answer.note,
            flagged=flagged,
            evidence=tuple(_evidence_ref(ev) for ev in evidence),
            updated_at=None if meta is None else _aware(meta.updated_at),
            updated_by="" if meta is None else meta.updated_by,
        )
    return AnswersDoc(
        checklist=ChecklistRef(id=checklist.id, version=checklist.version), items=items, score=score_doc(card)
    )


def answers_from_doc(doc: AnswersDoc) -> dict[str, Answer]:
    """The answers, exactly as written (values are already one of the four, by the schema).

    Item ids and the N/A rules are the checklist's business: :func:`core.scoring.score`
    refuses unknown ids and N/A where not allowed, and reports N/A without a reason.
    """
    return {
        item_id: Answer(None if it.value is None else _ANSWER_VALUES[it.value], it.reason, it.note)
        for item_id, it in doc.items.items()
        if it.value is not None or it.reason or it.note
    }


def flags_from_doc(doc: AnswersDoc) -> frozenset[str]:
    return frozenset(item_id for item_id, it in doc.items.items() if it.flagged)


def evidence_from_doc(doc: AnswersDoc) -> dict[str, tuple[EvidenceFile, ...]]:
    return {
        item_id: tuple(EvidenceFile(e.sha256, e.filename, e.size, e.added_at) for e in it.evidence)
        for item_id, it in doc.items.items()
        if it.evidence
    }


def meta_from_doc(doc: AnswersDoc) -> dict[str, AnswerMeta]:
    return {
        item_id: AnswerMeta(it.updated_at, it.updated_by)
        for item_id, it in doc.items.items()
        if it.updated_at is not None
    }


def _history_text(text: str | None) -> str | None:
    """A history entry's text, cut to what a file carries: a note stored before the limit
    existed stays in the log, and must not make the assessment impossible to send."""
    if text is None or len(text) <= MAX_LONG_FIELD:
        return text
    return text[: MAX_LONG_FIELD - 1] + "…"


def audit_doc(entries: Sequence[AuditEntry]) -> AuditDoc:
    return AuditDoc(
        entries=tuple(
            AuditEntryDoc(
                at=_aware(e.at), actor=e.actor, action=e.action, item_id=e.item_id, old=_history_text(e.old),
                new=_history_text(e.new), reason=_history_text(e.reason),
            )
            for e in entries
        )
    )


def audit_from_doc(doc: AuditDoc) -> list[AuditEntry]:
    return [AuditEntry(e.at, e.actor, e.action, e.item_id, e.old, e.new, e.reason) for e in doc.entries]


def evidence_sizes(doc: AnswersDoc) -> Mapping[str, int]:
    """sha256 → size, over every reference; a hash cited twice must agree on its size."""
    sizes: dict[str, int] = {}
    for it in doc.items.values():
        for e in it.evidence:
            sizes.setdefault(e.sha256, e.size)
    return sizes
