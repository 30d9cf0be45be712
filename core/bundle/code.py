"""Human-checkable codes: the verification code of a submission and key fingerprints.

Both use Crockford's base32 alphabet (no I, L, O or U), so a code read aloud
over the phone or copied from a printed certificate cannot be confused.
Only hashlib here: the report code imports this module on its own.
"""

from __future__ import annotations

import hashlib
import re

__all__ = [
    "ALPHABET",
    "QR_PREFIX",
    "code_from_digest",
    "group",
    "manifest_sha256",
    "normalize_code",
    "parse_qr_payload",
    "qr_payload",
    "verification_code",
]

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
QR_PREFIX = "KAO:1"
CODE_CHARS = 12  # 60 bits: ample to notice a mismatch, short enough to compare by eye
_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _base32(digest: bytes, chars: int) -> str:
    number = int.from_bytes(digest, "big")
    bits = len(digest) * 8
    return "".join(ALPHABET[(number >> (bits - 5 * (i + 1))) & 31] for i in range(chars))


def group(chars: str, size: int = 4) -> str:
    return "-".join(chars[i : i + size] for i in range(0, len(chars), size))


def code_from_digest(digest: bytes, chars: int = CODE_CHARS) -> str:
    """The first ``chars`` × 5 bits of ``digest`` in groups of four: ``ABCD-EFGH-JKMN``."""
    if chars * 5 > len(digest) * 8:
        raise ValueError("digest too short for the requested code")
    return group(_base32(digest, chars))


def manifest_sha256(manifest_bytes: bytes) -> str:
    return hashlib.sha256(manifest_bytes).hexdigest()


def verification_code(manifest_bytes: bytes) -> str:
    """The code printed on the certificate: derived from the exact signed manifest bytes."""
    return code_from_digest(hashlib.sha256(manifest_bytes).digest())


def normalize_code(text: str) -> str:
    """What a person typed, in canonical form: case, spaces and look-alike letters forgiven."""
    cleaned = text.upper().translate(str.maketrans("OIL", "011"))
    chars = "".join(c for c in cleaned if c in ALPHABET)
    return group(chars)


def qr_payload(manifest_bytes: bytes, bundle_id: str) -> str:
    """``KAO:1:<bundle id>:<manifest sha256>``: enough for a scanner to find and check the file."""
    return f"{QR_PREFIX}:{bundle_id}:{manifest_sha256(manifest_bytes)}"


def parse_qr_payload(payload: str) -> tuple[str, str, str]:
    """(bundle id, manifest sha256, verification code), or ValueError if it is not ours."""
    prefix, _, rest = payload.strip().rpartition(":")
    head, _, bundle_id = prefix.rpartition(":")
    sha = rest.lower()
    if head != QR_PREFIX or not _UUID.match(bundle_id) or not _SHA256_HEX.match(sha):
        raise ValueError("not a Kao submission QR code")
    return bundle_id, sha, code_from_digest(bytes.fromhex(sha))
