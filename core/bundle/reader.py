"""Read a submission file and check everything, before any of it reaches a database.

Order (ECOSYSTEM.md §4): limits and paths from the headers → manifest JSON,
format version and schema → signature → member set → every size and hash
(streamed, with hard byte caps, because headers can lie) → answers and audit
documents against the checklist. Every refusal is one :class:`BundleError`
with a one-line reason in Thai and English; nothing else escapes.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import re
import stat
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from pydantic import BaseModel, ValidationError

from core.bundle.canonical import StrictJSONError, strict_loads
from core.bundle.code import manifest_sha256, verification_code
from core.bundle.container import Member, check_container, stream_member
from core.bundle.content import answers_from_doc, evidence_sizes, score_doc
from core.bundle.errors import BundleError
from core.bundle.keys import WeakKeyError, decode_public_key, fingerprint, verify_signature
from core.bundle.limits import DEFAULT_LIMITS, Limits
from core.bundle.models import FORMAT, FORMAT_VERSION, AnswersDoc, AuditDoc, Manifest
from core.bundle.writer import ANSWERS, AUDIT, EVIDENCE_DIR, MANIFEST, SIGNATURE
from core.checklist import default_checklist
from core.errors import AnswersError, os_reason
from core.model import Answer, Checklist
from core.scoring import ScoreCard, score

__all__ = [
    "VerifiedSubmission",
    "open_regular",
    "read_submission",
    "read_submission_bytes",
    "too_large",
    "unreadable",
]

# What zipfile raises while parsing a damaged directory; all mean "this file is broken".
# Only the directory parse is wrapped, so a bug elsewhere is never disguised as a bad file.
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, struct.error, ValueError, OverflowError, NotImplementedError)
M = TypeVar("M", bound=BaseModel)
_RECEIPT_MEMBERS = {"receipt.json", "receipt.sig"}  # core.bundle.receipt's, which imports this module
_SHA256_NAME = re.compile(r"\b([0-9a-f]{12})[0-9a-f]{52}\b")


@dataclass(frozen=True)
class VerifiedSubmission:
    """A submission whose every byte has been checked.

    Evidence is hashed on the way through but not kept in memory: it stays in
    the file, which the central office keeps as received.
    """

    path: Path
    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    answers_doc: AnswersDoc
    answers_bytes: bytes
    audit_doc: AuditDoc
    audit_bytes: bytes
    answers: dict[str, Answer]
    card: ScoreCard
    checklist: Checklist

    @property
    def bundle_id(self) -> str:
        return self.manifest.bundle_id

    @cached_property
    def code(self) -> str:
        return verification_code(self.manifest_bytes)

    @cached_property
    def manifest_sha256(self) -> str:
        return manifest_sha256(self.manifest_bytes)

    @cached_property
    def public_key(self) -> bytes:
        return decode_public_key(self.manifest.signer.public_key)

    @cached_property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def evidence(self) -> dict[str, int]:
        """sha256 → size of every evidence member."""
        return {
            name.removeprefix(EVIDENCE_DIR): m.size
            for name, m in self.manifest.members.items()
            if name.startswith(EVIDENCE_DIR)
        }


# A refusal tells the central office's clerk, in plain words, what happened and what to do; the
# check that failed follows in brackets, for whoever gives support (it names members and hashes).
# Short, so a list of refused files stays readable: the detail is cut, never the sentence.
DETAIL = 110  # characters of the support detail


def _for_support(plain_th: str, plain_en: str, th: str, en: str) -> BundleError:
    def cut(detail: str) -> str:
        return detail if len(detail) <= DETAIL else detail[: DETAIL - 1] + "…"

    return BundleError(f"{plain_th} (สำหรับผู้ดูแลระบบ: {cut(th)})", f"{plain_en} (for support: {cut(en)})")


def _changed(th: str, en: str) -> BundleError:
    """The file does not match what was signed (signature, key, its list of contents)."""
    return _for_support("ไฟล์เสียหายหรือถูกแก้ไขหลังลงนาม กรุณาขอให้หน่วยงานส่งออกไฟล์ใหม่แล้วส่งมาอีกครั้ง",
                        "the file is damaged or was changed after it was signed; ask the agency to export it again",
                        th, en)


def _malformed(th: str, en: str) -> BundleError:
    """The file is not what Kao writes: broken, or made or edited by something else before signing."""
    return _for_support("ไฟล์เสียหายหรือไม่ได้สร้างด้วยก้าว กรุณาขอให้หน่วยงานส่งออกไฟล์ใหม่จากก้าวแล้วส่งมาอีกครั้ง",
                        "the file is damaged or was not made by Kao; ask the agency to export it again from Kao",
                        th, en)


def _damaged(exc: BaseException) -> BundleError:
    # zipfile's own words ("File is not a zip file") help support, in English; a Thai reader gets none.
    detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
    return _malformed("อ่านเป็นไฟล์ ZIP ไม่ได้", f"not a readable ZIP: {detail}")


@contextlib.contextmanager
def _zip_level() -> Iterator[None]:
    """The ZIP checks' refusals (a CRC, a header, bytes hidden between members) speak of ZIP
    internals: the clerk reads the plain sentence first, and they follow for support. Most
    often a file damaged on its way (a byte changed on a USB stick or by a mail gateway)."""
    try:
        yield
    except BundleError as exc:
        # An evidence file's name is its 64-letter hash: 12 name it, as elsewhere, and leave room for the reason.
        th, en = (_SHA256_NAME.sub(r"\1…", text) for text in (exc.message.th, exc.message.en))
        raise _malformed(th, en) from None


def _read_capped(fp: BinaryIO, member: Member, cap: int, limits: Limits) -> bytes:
    """The member's bytes, never more than ``cap``, whatever its header claims."""
    with _zip_level():
        return b"".join(stream_member(fp, member, cap, limits))


def _json(data: bytes, name: str) -> Any:
    try:
        return strict_loads(data)
    except StrictJSONError as exc:
        raise _malformed(f"{name} ไม่ใช่ JSON ที่ถูกต้อง ({exc})", f"{name} is not valid JSON ({exc})") from None


def _model(model: type[M], data: bytes, name: str) -> M:
    """Validate bytes already known to be strict JSON (see :func:`_json`)."""
    try:
        return model.model_validate_json(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top)"
        msg = first["msg"][:100]
        raise _malformed(
            f"{name} ผิดรูปแบบที่ {where} ({msg})", f"{name} does not match the format at {where} ({msg})"
        ) from None


def _check_manifest_header(raw: Any) -> None:
    """Format and version before the schema: a newer file deserves "update Kao", not a schema error."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BundleError("ไม่ใช่ไฟล์ส่งผลของก้าว", "not a Kao submission file")
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _malformed("format_version ไม่ถูกต้อง", "bad format_version")
    if version > FORMAT_VERSION:
        raise BundleError(
            f"ไฟล์นี้สร้างด้วยก้าวรุ่นใหม่กว่า (รูปแบบรุ่น {version}) กรุณาปรับรุ่นโปรแกรม",
            f"the file comes from a newer Kao (format version {version}); update Kao to read it",
        )


def _verify_signature(manifest: Manifest, manifest_bytes: bytes, signature: bytes) -> None:
    try:
        public = decode_public_key(manifest.signer.public_key)
    except WeakKeyError:
        raise _changed(
            "กุญแจสาธารณะใน manifest เป็นกุญแจอ่อนแอที่ใครก็ลงนามแทนได้ ไฟล์อาจถูกปลอม",
            "the public key in the manifest is a weak key that anyone could sign with; the file may be forged",
        ) from None
    except ValueError:
        raise _changed("กุญแจสาธารณะใน manifest ไม่ถูกต้อง", "the public key in the manifest is invalid") from None
    if len(signature) != 64 or not verify_signature(public, signature, manifest_bytes):
        raise _changed("ลายมือชื่อดิจิทัลไม่ถูกต้อง", "bad signature")


def _check_member_set(manifest: Manifest, names: set[str]) -> None:
    listed = set(manifest.members)
    present = names - {MANIFEST, SIGNATURE}
    for name in sorted(present - listed):
        raise _changed(f"มีไฟล์ภายในที่ไม่อยู่ใน manifest: {name}", f"member not listed in the manifest: {name}")
    for name in sorted(listed - present):
        raise _changed(f"ขาดไฟล์ภายใน: {name}", f"member missing from the file: {name}")
    for required in (ANSWERS, AUDIT):
        if required not in listed:
            raise _malformed(f"ขาดไฟล์ภายใน: {required}", f"member missing from the file: {required}")


def _check_declared_sizes(manifest: Manifest, members: dict[str, Member], limits: Limits) -> None:
    for name, listed in manifest.members.items():
        if name.startswith(EVIDENCE_DIR):
            if listed.size > limits.max_evidence_bytes:
                mb = limits.max_evidence_bytes / (1024 * 1024)
                sha = name.removeprefix(EVIDENCE_DIR)[:12]
                raise BundleError(
                    f"ไฟล์หลักฐาน {sha} ใหญ่เกิน {mb:g} MB", f"evidence file {sha} is larger than {mb:g} MB"
                )
        elif listed.size > limits.max_json_bytes:
            raise BundleError(f"{name} ใหญ่เกินกำหนด", f"{name} is larger than allowed")
        if members[name].info.file_size != listed.size:
            raise _changed(f"ขนาดของ {name} ไม่ตรงกับ manifest", f"size of {name} does not match the manifest")


def _read_and_hash(fp: BinaryIO, manifest: Manifest, members: dict[str, Member], limits: Limits) -> dict[str, bytes]:
    """Hash every listed member (streamed, capped at its declared size); keep only the JSON ones."""
    kept: dict[str, bytes] = {}
    for name, listed in manifest.members.items():
        keep = not name.startswith(EVIDENCE_DIR)
        digest = hashlib.sha256()
        parts: list[bytes] = []
        with _zip_level():
            for chunk in stream_member(fp, members[name], listed.size, limits):
                digest.update(chunk)
                if keep:
                    parts.append(chunk)
        if digest.hexdigest() != listed.sha256:
            raise _changed(f"ค่าแฮชของ {name} ไม่ตรงกับ manifest", f"hash mismatch for {name}")
        if keep:
            kept[name] = b"".join(parts)
    return kept


def _check_content(
    manifest: Manifest, answers: AnswersDoc, checklist: Checklist
) -> tuple[dict[str, Answer], ScoreCard]:
    if answers.checklist != manifest.checklist:
        raise _malformed(
            "answers.json อ้างแบบประเมินต่างจาก manifest", "answers.json names another checklist than the manifest"
        )
    if (checklist.id, checklist.version) != (manifest.checklist.id, manifest.checklist.version):
        ref = f"{manifest.checklist.id} {manifest.checklist.version}"
        raise BundleError(f"โปรแกรมรุ่นนี้ไม่รองรับแบบประเมิน {ref}", f"this Kao does not support checklist {ref}")
    parsed = answers_from_doc(answers)
    sizes = evidence_sizes(answers)
    listed: dict[str, int] = {}  # evidence sha256 -> size, as the manifest lists them
    for name, member in manifest.members.items():
        if not name.startswith(EVIDENCE_DIR):
            continue
        sha = name.removeprefix(EVIDENCE_DIR)
        if member.sha256 != sha:  # evidence is named by its content's hash
            raise _malformed(
                f"ไฟล์หลักฐาน {sha[:12]} มีเนื้อหาไม่ตรงกับชื่อ", f"evidence file {sha[:12]} does not match its name"
            )
        listed[sha] = member.size
    for item_id, item in answers.items.items():
        if len({ev.sha256 for ev in item.evidence}) != len(item.evidence):
            raise _malformed(f"ข้อ {item_id} อ้างไฟล์หลักฐานเดียวกันซ้ำ", f"item {item_id} cites the same evidence twice")
        for ev in item.evidence:
            if listed.get(ev.sha256) != ev.size or sizes[ev.sha256] != ev.size:
                raise _malformed(
                    f"หลักฐาน {ev.filename} ไม่มีอยู่ในไฟล์หรือขนาดไม่ตรง",
                    f"evidence {ev.filename} is missing from the file or its size differs",
                )
    for sha in sorted(set(listed) - set(sizes)):
        raise _malformed(f"ไฟล์หลักฐาน {sha[:12]} ไม่ได้ผูกกับข้อใด", f"evidence file {sha[:12]} belongs to no item")
    try:
        # Refuses unknown item ids and N/A where the checklist forbids it; the path is not compared.
        card = score(checklist, parsed, with_path=False)
    except AnswersError as exc:
        raise _malformed(f"answers.json: {exc.message.th}", f"answers.json: {exc.message.en}") from None
    if card.na_without_reason:
        items = ", ".join(card.na_without_reason[:5])
        raise _malformed(f"answers.json: 'ไม่เกี่ยวข้อง' ที่ไม่มีเหตุผล ({items})",
                          f"answers.json: N/A without a reason ({items})")
    if not card.complete:
        raise _malformed("แบบประเมินในไฟล์ยังตอบไม่ครบ", "the assessment in the file is incomplete")
    if score_doc(card) != answers.score:
        raise _malformed("คะแนนในไฟล์ไม่ตรงกับคำตอบ", "the score in the file does not match its answers")
    return parsed, card


def read_submission(
    path: Path, limits: Limits = DEFAULT_LIMITS, checklist: Checklist | None = None
) -> VerifiedSubmission:
    """Check the file completely; return what it says, or raise one BundleError."""
    checklist = checklist or default_checklist()
    try:
        with open_regular(path) as fp:
            size = os.fstat(fp.fileno()).st_size
            if size > limits.max_archive_bytes:
                raise too_large()
            return _read(fp, size, path, limits, checklist)
    except OSError as exc:
        raise unreadable(path, exc) from None


# Without O_NONBLOCK, opening a FIFO waits for a writer that may never come; O_NOCTTY keeps a
# terminal device from becoming ours. Windows has neither flag.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def open_regular(path: Path) -> BinaryIO:
    """The file opened for reading if it is a regular file, else the BundleError saying it is not.

    A device or a pipe has no size to check against the limits and may never end
    (/dev/zero). The check is on the open handle, so the name cannot be swapped
    between check and read; O_NONBLOCK changes nothing for a regular file.
    """
    fd = os.open(path, _OPEN_FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):  # os.open takes a folder where open() refused it: keep that reason
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise not_a_file(path)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def unreadable(path: Path, exc: OSError) -> BundleError:
    """The one-line reason a submission file could not be read."""
    if isinstance(exc, FileNotFoundError):
        return BundleError(f"ไม่พบไฟล์ {path}", f"file not found: {path}")
    if isinstance(exc, IsADirectoryError):
        return BundleError(f"{path} เป็นโฟลเดอร์", f"{path} is a folder")
    return BundleError(f"อ่านไฟล์ {path} ไม่ได้ ({os_reason(exc).th})", f"cannot read {path} ({os_reason(exc).en})")


def not_a_file(path: Path) -> BundleError:
    return BundleError(f"{path} ไม่ใช่ไฟล์ธรรมดา", f"{path} is not a regular file")


def too_large() -> BundleError:
    return BundleError("ไฟล์ใหญ่เกินกำหนด", "the file is larger than allowed")


def read_submission_bytes(
    data: bytes, path: Path, limits: Limits = DEFAULT_LIMITS, checklist: Checklist | None = None
) -> VerifiedSubmission:
    """The same checks on a file already read into memory (``path`` only names it)."""
    if len(data) > limits.max_archive_bytes:
        raise too_large()
    return _read(io.BytesIO(data), len(data), path, limits, checklist or default_checklist())


def _read(fp: BinaryIO, size: int, path: Path, limits: Limits, checklist: Checklist) -> VerifiedSubmission:
    try:
        with zipfile.ZipFile(fp) as zf, _zip_level():
            members = {m.name: m for m in check_container(zf, fp, size, limits)}
    except _ZIP_ERRORS as exc:
        raise _damaged(exc) from None
    if set(members) == _RECEIPT_MEMBERS:  # a receipt verified or imported by mistake: "damaged" would mislead
        raise BundleError("ไฟล์นี้เป็นใบตอบรับ (.kaor) ที่ส่วนกลางส่งคืนหน่วยงาน ไม่ใช่ไฟล์ส่งผล",
                          "this is a receipt (.kaor) the central office sends back to an office, not a submission file")
    for required in (MANIFEST, SIGNATURE):
        if required not in members:
            raise _malformed(f"ขาดไฟล์ภายใน: {required}", f"member missing from the file: {required}")
    manifest_bytes = _read_capped(fp, members[MANIFEST], limits.max_manifest_bytes, limits)
    signature = _read_capped(fp, members[SIGNATURE], 64, limits)
    _check_manifest_header(_json(manifest_bytes, MANIFEST))
    manifest = _model(Manifest, manifest_bytes, MANIFEST)
    _verify_signature(manifest, manifest_bytes, signature)
    _check_member_set(manifest, set(members))
    _check_declared_sizes(manifest, members, limits)
    kept = _read_and_hash(fp, manifest, members, limits)
    _json(kept[ANSWERS], ANSWERS)
    answers = _model(AnswersDoc, kept[ANSWERS], ANSWERS)
    _json(kept[AUDIT], AUDIT)
    audit = _model(AuditDoc, kept[AUDIT], AUDIT)
    parsed, card = _check_content(manifest, answers, checklist)
    return VerifiedSubmission(
        path=path, manifest=manifest, manifest_bytes=manifest_bytes, signature=signature,
        answers_doc=answers, answers_bytes=kept[ANSWERS], audit_doc=audit, audit_bytes=kept[AUDIT],
        answers=parsed, card=card, checklist=checklist,
    )
