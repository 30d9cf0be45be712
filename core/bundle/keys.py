"""The installation's Ed25519 key pair: made once, kept in the data folder, shown as a fingerprint.

The private key never leaves ``<data>/keys``. The public key travels inside
every manifest and receipt; the central office pins its fingerprint per
office. A laptop key can be copied, so this gives tamper evidence, not
non-repudiation (ECOSYSTEM.md §4).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from core.bundle.code import code_from_digest
from core.bundle.ed25519_order import decode_point, has_small_order
from core.errors import KaoError, os_reason

__all__ = [
    "KEY_FILE",
    "SigningKey",
    "WeakKeyError",
    "decode_public_key",
    "fingerprint",
    "load_or_create_key",
    "verify_signature",
]

KEY_DIR = "keys"
KEY_FILE = "signing-key.pem"
FINGERPRINT_CHARS = 16  # 80 bits: out of reach for a forged look-alike key


def fingerprint(public_raw: bytes) -> str:
    """``ABCD-EFGH-JKMN-PQRS``: read out over the phone to confirm an office's key."""
    return code_from_digest(hashlib.sha256(public_raw).digest(), FINGERPRINT_CHARS)


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey

    @property
    def public_raw(self) -> bytes:
        return self.private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def public_b64(self) -> str:
        return base64.b64encode(self.public_raw).decode("ascii")

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())


class WeakKeyError(ValueError):
    """A well-formed key of small order: callers tell the user it is forgeable, not merely "invalid"."""


def decode_public_key(b64: str) -> bytes:
    """The 32 raw bytes of a base64 Ed25519 public key; ValueError if it is not one, WeakKeyError if weak.

    Weak means of small order (8·A is the identity). cryptography's verify
    accepts such keys, and under the identity key one fixed signature verifies
    for every message: a file could be "signed" with no private key, and trust
    on first use would pin that key. See :mod:`core.bundle.ed25519_order`.
    """
    try:
        raw = base64.b64decode(b64, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("public key is not base64") from exc
    if len(raw) != 32:
        raise ValueError("public key is not 32 bytes")
    point = decode_point(raw)
    if point is None:
        raise ValueError("public key is not a valid Ed25519 point")
    if has_small_order(point):
        raise WeakKeyError("public key is a weak key that anyone could sign with")
    return raw


def verify_signature(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def _key_error(path: Path, th: str, en: str) -> KaoError:
    return KaoError(f"กุญแจลงนาม {path}: {th}", f"signing key {path}: {en}")


def _load(path: Path) -> SigningKey:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _key_error(path, f"อ่านไม่ได้ ({os_reason(exc).th})", f"cannot read it ({os_reason(exc).en})") from exc
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise _key_error(path, "ไฟล์เสียหาย", "the file is damaged") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise _key_error(path, "ไม่ใช่กุญแจ Ed25519", "not an Ed25519 key")
    return SigningKey(key)


def load_or_create_key(data_dir: Path) -> SigningKey:
    """This installation's key; the first call creates it (private file, mode 0600).

    Created under a temporary name and linked into place, so two processes
    starting at once end up sharing one key instead of overwriting each other.
    """
    path = data_dir / KEY_DIR / KEY_FILE
    if path.exists():
        return _load(path)
    key = SigningKey.generate()
    pem = key.private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    tmp = path.with_name(f".{KEY_FILE}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return _load(path)  # another process won the race: use its key
        except OSError:
            os.replace(tmp, path)  # a file system without hard links: last writer wins
    except OSError as exc:
        raise _key_error(path, f"สร้างไม่ได้ ({os_reason(exc).th})", f"cannot create it ({os_reason(exc).en})") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return key
