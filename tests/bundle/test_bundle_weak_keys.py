"""Weak (small-order) Ed25519 public keys are refused, whatever the signature says.

cryptography verifies signatures under any key that decodes, including the
eight points of order dividing 8. Under the identity point, the signature
``01 00 … 00 | 00 … 00`` verifies for every message: a file "signed" that way
needs no private key, and trust on first use would pin the key.
"""

from __future__ import annotations

import base64
import uuid
from pathlib import Path
from typing import Any

import pytest

from core.bundle.canonical import canonical_json
from core.bundle.central import CentralOffice, ImportStatus, import_submissions
from core.bundle.errors import BundleError, ReceiptError
from core.bundle.keys import SigningKey, WeakKeyError, decode_public_key, verify_signature
from core.bundle.models import SignerDoc, utc_now
from core.bundle.reader import read_submission
from core.bundle.receipt import ReceiptDoc, read_receipt, write_receipt
from tests.bundle.factory import members_of, pack, replace_member, resign, write_example
from tests.bundle.offices import snapshot

P = 2**255 - 19
SIGN_BIT = 1 << 255

# The eight points of small order, as their canonical 32-byte encodings (public constants; see e.g.
# Chalkias, Garillot, Nikolaenko, "Taming the many EdDSAs", 2020, table 6).
SMALL_ORDER_HEX = [
    "0100000000000000000000000000000000000000000000000000000000000000",  # identity, order 1
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  # y = p - 1, order 2
    "0000000000000000000000000000000000000000000000000000000000000000",  # y = 0, order 4
    "0000000000000000000000000000000000000000000000000000000000000080",  # y = 0, other x, order 4
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",  # order 8
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",  # order 8
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",  # order 8
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",  # order 8
]
IDENTITY = bytes.fromhex(SMALL_ORDER_HEX[0])
FORGED_SIGNATURE = bytes([1]) + bytes(63)  # R = identity, S = 0

CHANGED_TH = "ไฟล์เสียหายหรือถูกแก้ไขหลังลงนาม กรุณาขอให้หน่วยงานส่งออกไฟล์ใหม่แล้วส่งมาอีกครั้ง"
CHANGED_EN = "the file is damaged or was changed after it was signed; ask the agency to export it again"
WEAK_TH = f"{CHANGED_TH} (สำหรับผู้ดูแลระบบ: กุญแจสาธารณะใน manifest เป็นกุญแจอ่อนแอที่ใครก็ลงนามแทนได้ ไฟล์อาจถูกปลอม)"
WEAK_EN = (f"{CHANGED_EN} (for support: the public key in the manifest is a weak key that anyone could sign with;"
           " the file may be forged)")
INVALID_TH = f"{CHANGED_TH} (สำหรับผู้ดูแลระบบ: กุญแจสาธารณะใน manifest ไม่ถูกต้อง)"
INVALID_EN = f"{CHANGED_EN} (for support: the public key in the manifest is invalid)"


def _encode(n: int) -> bytes:
    return n.to_bytes(32, "little")


def _weak_encodings() -> list[bytes]:
    """Each small-order point with either sign bit, and y + p (non-canonical) where it fits in 255 bits."""
    found = set()
    for hex_ in SMALL_ORDER_HEX:
        n = int.from_bytes(bytes.fromhex(hex_), "little")
        y = n % SIGN_BIT
        for sign in (0, SIGN_BIT):
            found.add(_encode(y | sign))
            if y + P < SIGN_BIT:
                found.add(_encode((y + P) | sign))
    return sorted(found)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def test_the_identity_key_really_is_universal():
    """The premise: without the check, the forged signature verifies for any message."""
    assert verify_signature(IDENTITY, FORGED_SIGNATURE, b"any manifest at all")
    assert verify_signature(IDENTITY, FORGED_SIGNATURE, b"another one")


def test_the_list_of_weak_encodings():
    encodings = _weak_encodings()
    # 8 canonical points; identity and order-2 with the sign bit set (x = 0 has no negative);
    # y = 0 and y = 1 written as y + p, with either sign bit.
    assert len(encodings) == 8 + 2 + 4
    assert len({e[:31] + bytes([e[31] & 0x7F]) for e in encodings}) == 3 + 2 + 2  # distinct y encodings


@pytest.mark.parametrize("raw", _weak_encodings(), ids=lambda raw: raw.hex())
def test_every_small_order_key_is_refused(raw: bytes):
    with pytest.raises(ValueError, match=r"weak key|not a valid Ed25519 point"):
        decode_public_key(_b64(raw))


@pytest.mark.parametrize("hex_", SMALL_ORDER_HEX)
def test_canonical_small_order_keys_are_refused_as_weak(hex_: str):
    with pytest.raises(WeakKeyError, match="weak key that anyone could sign with"):
        decode_public_key(_b64(bytes.fromhex(hex_)))


def test_real_keys_are_accepted():
    for _ in range(50):
        key = SigningKey.generate()
        assert decode_public_key(key.public_b64) == key.public_raw


def _is_curve_y(y: int) -> bool:
    """Whether some x has -x² + y² = 1 + d·x²·y² (Euler's criterion on x² = (y² - 1) / (d·y² + 1))."""
    d = -121665 * pow(121666, -1, P) % P
    x2 = (y * y - 1) * pow(d * y * y + 1, -1, P) % P
    return x2 == 0 or pow(x2, (P - 1) // 2, P) == 1


@pytest.mark.parametrize("y", range(2, 40))
def test_encodings_off_the_curve_are_refused(y: int):
    b64 = _b64(_encode(y))
    if _is_curve_y(y):
        assert decode_public_key(b64) == _encode(y)
    else:
        with pytest.raises(ValueError, match="not a valid Ed25519 point") as info:
            decode_public_key(b64)
        assert not isinstance(info.value, WeakKeyError)


def test_non_canonical_y_is_refused():
    for y in range(2, 19):  # y + p < 2**255: the same y written the long way
        with pytest.raises(ValueError):
            decode_public_key(_b64(_encode(y + P)))


def test_bad_base64_and_length_still_refused():
    with pytest.raises(ValueError, match="not base64") as info:
        decode_public_key("not base64!")
    assert not isinstance(info.value, WeakKeyError)
    with pytest.raises(ValueError, match="not 32 bytes") as info:
        decode_public_key(_b64(bytes(31)))
    assert not isinstance(info.value, WeakKeyError)


def _off_curve_key() -> bytes:
    """32 bytes that pass the manifest's base64 pattern but name no point: undecodable, not weak."""
    return _encode(next(y for y in range(2, 40) if not _is_curve_y(y)))


# -- end to end: a forged submission file -----------------------------------------------------------

def _forged(valid: Path, out: Path, public_raw: bytes = IDENTITY) -> Path:
    """The office's file, "signed" with the identity key: no private key needed."""
    def edit(m: dict[str, Any]) -> None:
        m["signer"]["public_key"] = _b64(public_raw)

    # resign() recomputes the member list; the signature it makes is then thrown away.
    members = resign(members_of(valid), SigningKey.generate(), edit, publish_key=False)
    return pack(out, replace_member(members, "manifest.sig", FORGED_SIGNATURE))


def test_reader_refuses_a_file_signed_with_the_identity_key(tmp_path: Path):
    forged = _forged(write_example(tmp_path, SigningKey.generate()).path, tmp_path / "forged.kao")
    with pytest.raises(BundleError) as info:
        read_submission(forged)
    # The user is told why: the key is forgeable, not merely "invalid", and the signature never mattered.
    assert info.value.text("th") == WEAK_TH
    assert info.value.text("en") == WEAK_EN
    assert isinstance(info.value.__context__, WeakKeyError)


def test_reader_still_calls_an_undecodable_key_invalid(tmp_path: Path):
    bad = _forged(write_example(tmp_path, SigningKey.generate()).path, tmp_path / "bad.kao", _off_curve_key())
    with pytest.raises(BundleError) as info:
        read_submission(bad)
    assert info.value.text("th") == INVALID_TH
    assert info.value.text("en") == INVALID_EN


@pytest.mark.parametrize("workers", [0, 2])
def test_import_refuses_it_and_stores_nothing(central: CentralOffice, tmp_path: Path, workers: int):
    # The agency has never sent a file: trust on first use would have pinned the identity key.
    forged = _forged(write_example(tmp_path, SigningKey.generate()).path, tmp_path / "forged.kao")
    before = snapshot(central)
    [res] = import_submissions([forged], central, workers=workers)
    assert res.status is ImportStatus.REJECTED
    assert res.error is not None and res.error.text("en") == WEAK_EN and res.error.text("th") == WEAK_TH
    assert res.new_key is None
    assert central.store.office_keys() == []
    assert snapshot(central) == before


# -- end to end: a forged receipt -------------------------------------------------------------------

def _receipt(tmp_path: Path, public_raw: bytes, sign: SigningKey | None = None) -> Path:
    """A well-formed receipt naming ``public_raw``; signed by ``sign``, else with the forged signature."""
    now = utc_now()
    doc = ReceiptDoc(
        format="kao-receipt", format_version=1, receipt_id=str(uuid.uuid4()), issued_at=now, status="accepted",
        bundle_id=str(uuid.uuid4()), manifest_sha256="0" * 64, verification_code="ABCD-EFGH-JKMN",
        agency_code="A1", fiscal_year=2568, assessment_uid="u1", imported_at=now, overall="1/2", level=3,
        central=SignerDoc(algorithm="Ed25519", public_key=_b64(public_raw)),
    )
    raw = canonical_json(doc.model_dump(mode="json"))
    return write_receipt(raw, sign.sign(raw) if sign else FORGED_SIGNATURE, tmp_path / "r.kaor")


def test_the_receipt_fixture_is_otherwise_acceptable(tmp_path: Path):
    """So the refusals below are about the key and nothing else."""
    key = SigningKey.generate()
    assert read_receipt(_receipt(tmp_path, key.public_raw, key)).public_key == key.public_raw


def test_receipt_signed_with_the_identity_key_says_the_key_is_weak(tmp_path: Path):
    with pytest.raises(ReceiptError) as info:
        read_receipt(_receipt(tmp_path, IDENTITY))
    assert info.value.text("th") == "ใบตอบรับ: กุญแจสาธารณะเป็นกุญแจอ่อนแอที่ใครก็ลงนามแทนได้ จึงเชื่อถือใบตอบรับนี้ไม่ได้"
    assert info.value.text("en") == (
        "receipt: the public key is a weak key that anyone could sign with; the receipt cannot be trusted"
    )


def test_receipt_with_an_undecodable_key_is_still_called_invalid(tmp_path: Path):
    with pytest.raises(ReceiptError) as info:
        read_receipt(_receipt(tmp_path, _off_curve_key()))
    assert info.value.text("th") == "ใบตอบรับ: กุญแจสาธารณะไม่ถูกต้อง"
    assert info.value.text("en") == "receipt: the public key is invalid"
