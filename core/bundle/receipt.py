"""The offline receipt: the central office's signed "received and accepted" for one submission.

A ``.kaor`` file is a ZIP in the same fixed shape as a submission, holding
``receipt.json`` (:class:`ReceiptDoc`, canonical JSON) and ``receipt.sig``
(Ed25519 over its exact bytes, by the central office's installation key).
It names the submission by bundle id *and* manifest hash, so it can only
accept exactly the file the office sent.
"""

from __future__ import annotations

import contextlib
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, BinaryIO, Final, Literal

from pydantic import Field, StringConstraints, ValidationError

from core.atomic import atomic_output
from core.bundle.canonical import StrictJSONError, canonical_json, strict_loads
from core.bundle.container import Member, check_container, stream_member
from core.bundle.errors import BundleError, ReceiptError
from core.bundle.keys import SigningKey, WeakKeyError, decode_public_key, fingerprint, verify_signature
from core.bundle.limits import Limits
from core.bundle.models import FractionStr, Sha256Hex, SignerDoc, Stamp, Uuid, _Doc
from core.bundle.reader import open_regular
from core.bundle.writer import _info
from core.errors import os_reason

__all__ = [
    "RECEIPT_FORMAT",
    "RECEIPT_JSON",
    "RECEIPT_SIG",
    "ReceiptDoc",
    "VerifiedReceipt",
    "read_receipt",
    "write_receipt",
]

RECEIPT_FORMAT: Final = "kao-receipt"
RECEIPT_VERSION: Final = 1
RECEIPT_JSON = "receipt.json"
RECEIPT_SIG = "receipt.sig"
# Small on purpose; a few members more than needed so a submission file is told apart ("not a receipt").
_LIMITS = Limits(max_archive_bytes=256 * 1024, max_members=16, max_total_bytes=16 * 1024 * 1024,
                 max_manifest_bytes=64 * 1024)


class ReceiptDoc(_Doc):
    format: Literal["kao-receipt"]
    format_version: Literal[1]
    receipt_id: Uuid
    issued_at: Stamp
    status: Literal["accepted"]
    bundle_id: Uuid
    manifest_sha256: Sha256Hex
    verification_code: Annotated[str, StringConstraints(pattern=r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$")]
    agency_code: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    fiscal_year: int = Field(ge=2500, le=2700)
    assessment_uid: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    imported_at: Stamp
    overall: FractionStr | None
    level: int = Field(ge=1, le=9)
    central: SignerDoc


@dataclass(frozen=True)
class VerifiedReceipt:
    doc: ReceiptDoc
    receipt_bytes: bytes
    signature: bytes

    @property
    def public_key(self) -> bytes:
        return decode_public_key(self.doc.central.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def write_receipt(receipt_bytes: bytes, signature: bytes, out_path: Path) -> Path:
    with atomic_output(out_path) as f, zipfile.ZipFile(f, "w", allowZip64=False) as zf:
        zf.writestr(_info(RECEIPT_JSON, compress=False), receipt_bytes)
        zf.writestr(_info(RECEIPT_SIG, compress=False), signature)
    return out_path


def sign_receipt(doc: ReceiptDoc, key: SigningKey) -> tuple[bytes, bytes]:
    raw = canonical_json(doc.model_dump(mode="json"))
    return raw, key.sign(raw)


def _fail(th: str, en: str) -> ReceiptError:
    return ReceiptError(f"ใบตอบรับ: {th}", f"receipt: {en}")


def _damaged(th: str, en: str) -> ReceiptError:
    """Most often a receipt changed on its way (a byte on a USB stick, a mail gateway)."""
    return _fail(f"ไฟล์เสียหายหรือไม่ใช่ใบตอบรับของก้าว โปรดขอให้ส่วนกลางส่งใบตอบรับมาใหม่ (สำหรับผู้ดูแลระบบ: {th[:110]})",
                 f"the file is damaged or not a Kao receipt; ask the central office to send it again"
                 f" (for support: {en[:110]})")


@contextlib.contextmanager
def _zip_level() -> Iterator[None]:
    """The ZIP checks' refusals speak of CRCs and headers: the plain words first, theirs for support."""
    try:
        yield
    except BundleError as exc:
        raise _damaged(exc.message.th, exc.message.en) from None


def read_receipt(path: Path) -> VerifiedReceipt:
    """The receipt, checked: container shape, strict JSON, schema, signature. Raises ReceiptError."""
    try:
        with open_regular(path) as fp:
            size = os.fstat(fp.fileno()).st_size
            if size > _LIMITS.max_archive_bytes:
                raise _fail("ไฟล์ใหญ่เกินกว่าจะเป็นใบตอบรับ", "the file is too large to be a receipt")
            try:
                with zipfile.ZipFile(fp) as zf, _zip_level():
                    members = {m.name: m for m in check_container(zf, fp, size, _LIMITS)}
            except (zipfile.BadZipFile, EOFError, ValueError, OSError, NotImplementedError) as exc:
                raise _damaged("อ่านเป็นไฟล์ ZIP ไม่ได้", f"not a readable ZIP: {exc}") from None
            if set(members) != {RECEIPT_JSON, RECEIPT_SIG}:
                raise _fail("ไม่ใช่ใบตอบรับของก้าว", "not a Kao receipt")
            with _zip_level():
                raw = _read(fp, members[RECEIPT_JSON], _LIMITS.max_manifest_bytes)
                sig = _read(fp, members[RECEIPT_SIG], 64)
    except ReceiptError:
        raise
    except BundleError as exc:  # not a regular file (a device, a pipe)
        raise ReceiptError(exc.message.th, exc.message.en) from None
    except FileNotFoundError:
        raise _fail(f"ไม่พบไฟล์ {path}", f"file not found: {path}") from None
    except OSError as exc:
        raise _fail(f"อ่านไฟล์ {path} ไม่ได้ ({os_reason(exc).th})", f"cannot read {path} ({os_reason(exc).en})") from None
    try:
        data = strict_loads(raw)
    except StrictJSONError as exc:
        raise _fail(f"receipt.json ไม่ใช่ JSON ที่ถูกต้อง ({exc})", f"receipt.json is not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != RECEIPT_FORMAT:
        raise _fail("ไม่ใช่ใบตอบรับของก้าว", "not a Kao receipt")
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > RECEIPT_VERSION:
        raise _fail("มาจากก้าวรุ่นใหม่กว่า กรุณาปรับรุ่นโปรแกรม", f"from a newer Kao (format version {version})")
    try:
        doc = ReceiptDoc.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top)"
        raise _fail(f"ผิดรูปแบบที่ {where}", f"does not match the format at {where} ({first['msg'][:80]})") from None
    try:
        public = decode_public_key(doc.central.public_key)
    except WeakKeyError:
        raise _fail(
            "กุญแจสาธารณะเป็นกุญแจอ่อนแอที่ใครก็ลงนามแทนได้ จึงเชื่อถือใบตอบรับนี้ไม่ได้",
            "the public key is a weak key that anyone could sign with; the receipt cannot be trusted",
        ) from None
    except ValueError:
        raise _fail("กุญแจสาธารณะไม่ถูกต้อง", "the public key is invalid") from None
    if len(sig) != 64 or not verify_signature(public, sig, raw):
        raise _fail("ลายมือชื่อดิจิทัลไม่ถูกต้อง (ไฟล์ถูกแก้ไขหรือปลอม)", "bad signature (altered or forged)")
    return VerifiedReceipt(doc, raw, sig)


def _read(fp: BinaryIO, member: Member, cap: int) -> bytes:
    return b"".join(stream_member(fp, member, cap, _LIMITS))
