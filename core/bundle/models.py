"""The submission format, version 1: the pydantic models are the single source of truth.

``resources/schema/kao-submission-v1.schema.json`` is generated from these
models (``python -m core.bundle.schema``) for readers outside Python; a test
keeps the two identical.

A ``.kao`` file is a ZIP holding exactly:
- ``manifest.json``: :class:`Manifest`, canonical JSON; lists every other member's SHA-256 and size;
- ``manifest.sig``: 64-byte Ed25519 signature over the exact ``manifest.json`` bytes;
- ``answers.json``: :class:`AnswersDoc`; ``audit.json``: :class:`AuditDoc`;
- ``evidence/<sha256>``: each evidence file once, named by its content hash.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Final, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

from core.records import MAX_AGENCY_CODE, MAX_ASSESSORS, MAX_LINE_FIELD, MAX_LONG_FIELD, MAX_SHORT_FIELD

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "AgencyDoc",
    "AnswersDoc",
    "AssessmentDoc",
    "AuditDoc",
    "AuditEntryDoc",
    "ChecklistRef",
    "DimensionScoreDoc",
    "EvidenceRef",
    "ItemDoc",
    "Manifest",
    "MemberDoc",
    "ScoreDoc",
    "SignerDoc",
    "Stamp",
    "TextDoc",
    "utc_now",
]

FORMAT: Final = "kao-submission"
FORMAT_VERSION: Final = 1

Sha256Hex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Uuid = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
# str(Fraction): "5", "-3" or "18131/396"; exact, unlike a float.
FractionStr = Annotated[str, StringConstraints(pattern=r"^-?[0-9]{1,30}(/[1-9][0-9]{0,29})?$")]
MemberPath = Annotated[str, StringConstraints(pattern=r"^(answers\.json|audit\.json|evidence/[0-9a-f]{64})$")]
Short = Annotated[str, StringConstraints(max_length=MAX_SHORT_FIELD)]
Line = Annotated[str, StringConstraints(max_length=MAX_LINE_FIELD)]
Long = Annotated[str, StringConstraints(max_length=MAX_LONG_FIELD)]
Base64Key = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9+/]{43}=$")]
Size = Annotated[int, Field(ge=0, le=2**40)]


def _storable(at: datetime) -> datetime:
    # Times are stored in UTC; 0001-01-01T00:00+01:00 is a valid offset time that has no UTC form.
    try:
        at.astimezone(UTC)
    except OverflowError:
        raise ValueError("the time is out of range") from None
    return at


# A time with its UTC offset, as every stamp in the formats is written.
Stamp = Annotated[AwareDatetime, AfterValidator(_storable)]


class _Doc(BaseModel):
    # strict: "1" is not 1 and "true" is not true; the writer never produces either.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class TextDoc(_Doc):
    th: Line
    en: Line


class ChecklistRef(_Doc):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9.-]{0,63}$")]
    version: Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z.+-]{1,32}$")]


class AgencyDoc(_Doc):
    code: Annotated[str, StringConstraints(min_length=1, max_length=MAX_AGENCY_CODE)]
    name: TextDoc
    kind: Literal["department", "provincial", "local"]
    ministry: Short = ""
    department: Short = ""
    province: Short = ""
    contact: Line = ""


class AssessmentDoc(_Doc):
    uid: Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
    fiscal_year: int = Field(ge=2500, le=2700, description="Buddhist era, e.g. 2569")
    status: Literal["finalized", "submitted"]
    assessors: tuple[Short, ...] = Field(max_length=MAX_ASSESSORS)
    created_at: Stamp
    updated_at: Stamp


class SignerDoc(_Doc):
    algorithm: Literal["Ed25519"]
    public_key: Base64Key = Field(description="raw 32-byte public key, base64")


class MemberDoc(_Doc):
    sha256: Sha256Hex
    size: Size


class Manifest(_Doc):
    format: Literal["kao-submission"]
    format_version: Literal[1]
    app_version: Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z.+-]{1,32}$")]
    bundle_id: Uuid
    created_at: Stamp
    checklist: ChecklistRef
    agency: AgencyDoc
    assessment: AssessmentDoc
    signer: SignerDoc
    # additionalProperties: without it the published schema would let any member name through.
    members: dict[MemberPath, MemberDoc] = Field(json_schema_extra={"additionalProperties": False})


class EvidenceRef(_Doc):
    sha256: Sha256Hex
    filename: Annotated[str, StringConstraints(min_length=1, max_length=255)]
    size: Size
    added_at: Stamp


class ItemDoc(_Doc):
    value: Literal["yes", "partial", "no", "na"] | None
    reason: Long = Field(default="", description="the N/A justification")
    note: Long = ""
    flagged: bool = Field(default=False, description="marked for review")
    evidence: tuple[EvidenceRef, ...] = Field(default=(), max_length=200)
    updated_at: Stamp | None = None
    updated_by: Short = ""


class DimensionScoreDoc(_Doc):
    score: FractionStr | None
    display: Short | None
    earned: FractionStr
    applicable: int = Field(ge=0)
    assessable: bool


class ScoreDoc(_Doc):
    """The score as the office saw it. The central office recomputes it and refuses a mismatch."""

    overall: FractionStr | None
    overall_display: Short | None
    level: int = Field(ge=1, le=9)
    provisional: bool
    complete: bool
    dimensions: dict[Short, DimensionScoreDoc]
    level_ratios: dict[Short, FractionStr | None]


class AnswersDoc(_Doc):
    checklist: ChecklistRef
    items: dict[Annotated[str, StringConstraints(min_length=1, max_length=32)], ItemDoc]
    score: ScoreDoc


class AuditEntryDoc(_Doc):
    at: Stamp
    actor: Short
    action: Short
    item_id: Short | None
    old: Long | None
    new: Long | None
    reason: Long | None = Field(default=None, description="why, when the action needs one (reopen)")


class AuditDoc(_Doc):
    entries: tuple[AuditEntryDoc, ...]


def utc_now() -> datetime:
    """Whole seconds, so the JSON is stable and short."""
    return datetime.now(UTC).replace(microsecond=0)
