"""Valid submission files to start from, and the tools to damage them on purpose.

Hostile files are built member by member here (never by the code under test),
so each test states exactly which rule it breaks.
"""

from __future__ import annotations

import hashlib
import json
import random
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from core.answers import parse_answers
from core.bundle.canonical import canonical_json
from core.bundle.content import agency_doc, answers_doc, assessment_doc, audit_doc
from core.bundle.keys import SigningKey
from core.bundle.models import ChecklistRef
from core.bundle.writer import SubmissionContent, WrittenSubmission, _info, write_submission
from core.checklist import default_checklist
from core.model import Answer, AnswerValue
from core.records import (
    Agency,
    AgencyKind,
    AnswerMeta,
    AssessmentDetail,
    AssessmentStatus,
    AuditEntry,
    EvidenceFile,
)
from core.scoring import score
from core.text import Text

DATA = Path(__file__).resolve().parent.parent / "data"
CL = default_checklist()
T0 = datetime(2026, 11, 1, 9, 30, tzinfo=UTC)
PHOTO = random.Random(2569).randbytes(10_000)  # like a JPEG: nothing left to compress
MEMO = ("บันทึกข้อความ: แต่งตั้งคณะทำงานดิจิทัล\n" * 50).encode("utf-8")


def example_answers(name: str = "example_a") -> dict[str, Answer]:
    return parse_answers(json.loads((DATA / f"{name}.json").read_text("utf-8")), CL)


@dataclass
class Office:
    """An assessment as storage would hand it out, with its evidence files on disk."""

    detail: AssessmentDetail
    audit: list[AuditEntry]
    evidence_dir: Path

    def evidence_path(self, sha256: str) -> Path:
        return self.evidence_dir / sha256

    def content(self) -> SubmissionContent:
        card = score(CL, self.detail.answers)
        shas = sorted({ev.sha256 for evs in self.detail.evidence.values() for ev in evs})
        return SubmissionContent(
            agency=agency_doc(self.detail.agency),
            assessment=assessment_doc(self.detail),
            checklist=ChecklistRef(id=CL.id, version=CL.version),
            answers=answers_doc(self.detail, card, CL),
            audit=audit_doc(self.audit),
            evidence=[(sha, self.evidence_path(sha)) for sha in shas],
        )


def make_office(
    tmp: Path,
    *,
    code: str = "1001",
    province: str = "เชียงใหม่",
    answers: dict[str, Answer] | None = None,
    evidence: dict[str, list[tuple[str, bytes]]] | None = None,
    year: int = 2569,
    uid: str = "a1b2c3d4",
) -> Office:
    answers = dict(example_answers() if answers is None else answers)
    answers["S04"] = Answer(AnswerValue.NA, "ไม่มีค่าธรรมเนียม", "ดูคำสั่งที่ 12/2569")
    answers["P05"] = Answer(AnswerValue.PARTIAL, "", "อยู่ระหว่างจัดซื้อ")
    evidence = {"P01": [("คำสั่ง.pdf", PHOTO)], "C02": [("memo.txt", MEMO), ("photo.jpg", PHOTO)]} \
        if evidence is None else evidence
    ev_dir = tmp / f"evidence-{code}-{uid}"
    ev_dir.mkdir(parents=True, exist_ok=True)
    files: dict[str, tuple[EvidenceFile, ...]] = {}
    for item_id, docs in evidence.items():
        refs = []
        for filename, data in docs:
            sha = hashlib.sha256(data).hexdigest()
            (ev_dir / sha).write_bytes(data)
            refs.append(EvidenceFile(sha, filename, len(data), T0))
        files[item_id] = tuple(refs)
    agency = Agency(code, Text("สำนักงานจังหวัดทดสอบ", "Test Provincial Office"), AgencyKind.PROVINCIAL,
                    ministry="มหาดไทย", department="สำนักงานปลัด", province=province, contact="053-000000")
    detail = AssessmentDetail(
        id=1, uid=uid, agency=agency, fiscal_year=year, checklist_id=CL.id, checklist_version=CL.version,
        assessors=("สมชาย ใจดี", "Jane Roe"), status=AssessmentStatus.FINALIZED, created_at=T0, updated_at=T0,
        answers=answers, review_flags=frozenset({"C03"}), evidence=files,
        answer_meta={"P01": AnswerMeta(T0, "สมชาย ใจดี")},
    )
    audit = [
        AuditEntry(T0, "สมชาย ใจดี", "answer", "P01", None, "yes"),
        AuditEntry(T0, "สมชาย ใจดี", "note", "P05", "", "อยู่ระหว่างจัดซื้อ"),
        AuditEntry(T0, "Jane Roe", "finalize", None, None, None),
    ]
    return Office(detail, audit, ev_dir)


def write_example(tmp: Path, key: SigningKey, name: str = "office.kao", **kw: Any) -> WrittenSubmission:
    return write_submission(make_office(tmp, **kw).content(), key, tmp / name)


# -- taking files apart and putting them back -----------------------------------------------------

def members_of(path: Path) -> list[tuple[str, bytes]]:
    """Every member in file order (reading each by its header, never extracting)."""
    with zipfile.ZipFile(path) as zf:
        return [(info.orig_filename, zf.read(info)) for info in zf.infolist()]


def pack(path: Path, members: list[tuple[str, bytes]], *, stored: frozenset[str] = frozenset()) -> Path:
    """Write members in Kao's container shape, whatever they contain (duplicates included)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names; that is the point
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in members:
                zf.writestr(_info(name, not name.startswith("manifest") and name not in stored), data)
    return path


def manifest_of(members: list[tuple[str, bytes]]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(dict(members)["manifest.json"])
    return result


def resign(
    members: list[tuple[str, bytes]],
    key: SigningKey,
    edit: Callable[[dict[str, Any]], None] = lambda m: None,
    *,
    publish_key: bool = True,
) -> list[tuple[str, bytes]]:
    """Recompute the member list and hashes, apply ``edit`` to the manifest and sign it with ``key``.

    This is what an attacker holding ``key`` could produce: a file whose
    signature is valid, so only the other rules can refuse it.
    """
    body = [(n, d) for n, d in members if n not in ("manifest.json", "manifest.sig")]
    manifest = manifest_of(members)
    manifest["members"] = {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in body}
    if publish_key:
        manifest["signer"]["public_key"] = key.public_b64
    edit(manifest)
    raw = canonical_json(manifest)
    return [*body, ("manifest.json", raw), ("manifest.sig", key.sign(raw))]


def replace_member(members: list[tuple[str, bytes]], name: str, data: bytes) -> list[tuple[str, bytes]]:
    return [(n, data if n == name else d) for n, d in members]


def edit_json_member(
    members: list[tuple[str, bytes]], name: str, edit: Callable[[Any], None]
) -> list[tuple[str, bytes]]:
    doc = json.loads(dict(members)[name])
    edit(doc)
    return replace_member(members, name, canonical_json(doc))
