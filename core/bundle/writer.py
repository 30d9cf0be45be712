"""Write a signed submission file from documents already built (see :mod:`core.bundle.content`)."""

from __future__ import annotations

import hashlib
import uuid
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from core import __version__
from core.atomic import atomic_output
from core.bundle.canonical import canonical_json
from core.bundle.code import manifest_sha256, verification_code
from core.bundle.container import CREATE_SYSTEM, FIXED_DATE, MEMBER_ATTR, ZIP_VERSION
from core.bundle.errors import BundleError
from core.bundle.keys import SigningKey
from core.bundle.models import (
    FORMAT,
    FORMAT_VERSION,
    AgencyDoc,
    AnswersDoc,
    AssessmentDoc,
    AuditDoc,
    ChecklistRef,
    Manifest,
    MemberDoc,
    SignerDoc,
    utc_now,
)
from core.errors import os_reason

__all__ = [
    "ANSWERS",
    "AUDIT",
    "EVIDENCE_DIR",
    "MANIFEST",
    "SIGNATURE",
    "Progress",
    "SubmissionContent",
    "WrittenSubmission",
    "write_submission",
]

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
ANSWERS = "answers.json"
AUDIT = "audit.json"
EVIDENCE_DIR = "evidence/"
CHUNK = 1024 * 1024

Progress = Callable[[int, int], None]  # (done, total): bytes for export, files for import


@dataclass(frozen=True)
class SubmissionContent:
    agency: AgencyDoc
    assessment: AssessmentDoc
    checklist: ChecklistRef
    answers: AnswersDoc
    audit: AuditDoc
    evidence: Sequence[tuple[str, Path]]  # (sha256, file holding those bytes), each hash once


@dataclass(frozen=True)
class WrittenSubmission:
    path: Path
    bundle_id: str
    created_at: datetime
    manifest_bytes: bytes
    size: int

    @property
    def code(self) -> str:
        return verification_code(self.manifest_bytes)

    @property
    def manifest_sha256(self) -> str:
        return manifest_sha256(self.manifest_bytes)


def _info(name: str, compress: bool) -> zipfile.ZipInfo:
    """Every member in the one shape the reader accepts (see core.bundle.container)."""
    info = zipfile.ZipInfo(name, FIXED_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = MEMBER_ATTR
    info.create_system = CREATE_SYSTEM
    info.create_version = ZIP_VERSION
    info.extract_version = ZIP_VERSION
    return info


def _add_bytes(zf: zipfile.ZipFile, name: str, data: bytes, members: dict[str, MemberDoc]) -> None:
    zf.writestr(_info(name, compress=True), data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    members[name] = MemberDoc(sha256=hashlib.sha256(data).hexdigest(), size=len(data))


def _add_evidence(
    zf: zipfile.ZipFile, sha256: str, source: Path, members: dict[str, MemberDoc], tick: Callable[[int], None]
) -> None:
    """Copy one evidence file in chunks, re-hashing it: a damaged evidence store must not be signed.

    Stored, not deflated: evidence is photos, PDFs and Office files, compressed
    already, and a stored member has one exact byte form the reader can pin down.
    """
    name = EVIDENCE_DIR + sha256
    digest = hashlib.sha256()
    size = 0
    try:
        with source.open("rb") as src, zf.open(_info(name, compress=False), "w") as dst:
            while chunk := src.read(CHUNK):
                dst.write(chunk)
                digest.update(chunk)
                size += len(chunk)
                tick(len(chunk))
    except OSError as exc:
        raise BundleError(
            f"อ่านไฟล์หลักฐาน {sha256[:12]} ไม่ได้ ({os_reason(exc).th})",
            f"cannot read evidence file {sha256[:12]} ({os_reason(exc).en})",
        ) from exc
    if digest.hexdigest() != sha256:
        raise BundleError(
            f"ไฟล์หลักฐาน {sha256[:12]} ในเครื่องเสียหาย (ค่าแฮชไม่ตรง)",
            f"evidence file {sha256[:12]} is damaged on this computer (hash mismatch)",
        )
    members[name] = MemberDoc(sha256=sha256, size=size)


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def write_submission(
    content: SubmissionContent, key: SigningKey, out_path: Path, progress: Progress | None = None
) -> WrittenSubmission:
    """Write ``out_path`` atomically: members first, then the manifest that lists them, then its signature."""
    answers_bytes = canonical_json(content.answers.model_dump(mode="json"))
    audit_bytes = canonical_json(content.audit.model_dump(mode="json"))
    total = len(answers_bytes) + len(audit_bytes) + sum(_file_size(p) for _, p in content.evidence)
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    members: dict[str, MemberDoc] = {}
    bundle_id = str(uuid.uuid4())
    created_at = utc_now()
    try:
        with atomic_output(out_path) as f:
            with zipfile.ZipFile(f, "w", allowZip64=False) as zf:
                _add_bytes(zf, ANSWERS, answers_bytes, members)
                tick(len(answers_bytes))
                _add_bytes(zf, AUDIT, audit_bytes, members)
                tick(len(audit_bytes))
                for sha256, source in content.evidence:
                    _add_evidence(zf, sha256, source, members, tick)
                manifest = Manifest(
                    format=FORMAT,
                    format_version=FORMAT_VERSION,
                    app_version=__version__,
                    bundle_id=bundle_id,
                    created_at=created_at,
                    checklist=content.checklist,
                    agency=content.agency,
                    assessment=content.assessment,
                    signer=SignerDoc(algorithm="Ed25519", public_key=key.public_b64),
                    members=members,
                )
                manifest_bytes = canonical_json(manifest.model_dump(mode="json"))
                zf.writestr(_info(MANIFEST, compress=False), manifest_bytes)
                zf.writestr(_info(SIGNATURE, compress=False), key.sign(manifest_bytes))
            size = _tell_size(f)
    except zipfile.LargeZipFile as exc:
        raise BundleError("ไฟล์ส่งผลใหญ่เกิน 4 GB", "the submission file would exceed 4 GB") from exc
    except OSError as exc:
        raise BundleError(
            f"เขียนไฟล์ {out_path} ไม่ได้ ({os_reason(exc).th})", f"cannot write {out_path} ({os_reason(exc).en})"
        ) from exc
    return WrittenSubmission(out_path, bundle_id, created_at, manifest_bytes, size)


def _tell_size(f: BinaryIO) -> int:
    f.seek(0, 2)
    return f.tell()
