"""The submission file as written: members, manifest, signature, schema, codes, keys, sizes."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import stat
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from core.atomic import atomic_output
from core.bundle.code import normalize_code, parse_qr_payload, qr_payload, verification_code
from core.bundle.errors import BundleError
from core.bundle.keys import KEY_FILE, SigningKey, load_or_create_key
from core.bundle.reader import read_submission
from core.bundle.schema import RECEIPT_SCHEMA_PATH, SCHEMA_PATH, receipt_schema, render, submission_schema
from core.bundle.sizes import size_summary
from core.bundle.writer import write_submission
from core.errors import KaoError
from tests.bundle.factory import MEMO, PHOTO, make_office, members_of

CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")
SHA_PHOTO = hashlib.sha256(PHOTO).hexdigest()
SHA_MEMO = hashlib.sha256(MEMO).hexdigest()


@pytest.fixture(scope="module")
def key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def written(tmp_path: Path, key: SigningKey) -> Path:
    return write_submission(make_office(tmp_path).content(), key, tmp_path / "out" / "office.kao").path


def test_members_are_exactly_the_documented_ones(written: Path):
    names = [n for n, _ in members_of(written)]
    assert sorted(names) == sorted(
        ["answers.json", "audit.json", f"evidence/{SHA_PHOTO}", f"evidence/{SHA_MEMO}", "manifest.json", "manifest.sig"]
    )
    # Each evidence file once, although the photo backs two items.
    assert len(names) == len(set(names))


def test_manifest_lists_every_member_with_its_real_hash_and_size(written: Path):
    members = dict(members_of(written))
    manifest = json.loads(members["manifest.json"])
    expected = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in members.items()
        if not name.startswith("manifest")
    }
    assert manifest["members"] == expected
    assert manifest["format"] == "kao-submission" and manifest["format_version"] == 1
    assert manifest["agency"]["code"] == "1001" and manifest["agency"]["province"] == "เชียงใหม่"
    assert manifest["assessment"] == {
        "uid": "a1b2c3d4", "fiscal_year": 2569, "status": "submitted", "assessors": ["สมชาย ใจดี", "Jane Roe"],
        "created_at": "2026-11-01T09:30:00Z", "updated_at": "2026-11-01T09:30:00Z",
    }
    assert manifest["checklist"] == {"id": "kao-dg-maturity", "version": "2569.1"}
    assert re.match(r"^[0-9a-f-]{36}$", manifest["bundle_id"])
    assert manifest["created_at"].endswith("Z")


def test_signature_is_ed25519_over_the_exact_manifest_bytes(written: Path):
    members = dict(members_of(written))
    manifest = json.loads(members["manifest.json"])
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(manifest["signer"]["public_key"]))
    public.verify(members["manifest.sig"], members["manifest.json"])  # raises if wrong
    assert len(members["manifest.sig"]) == 64


def test_evidence_bytes_kept_stored_and_json_deflated(written: Path):
    members = dict(members_of(written))
    assert members[f"evidence/{SHA_PHOTO}"] == PHOTO
    assert members[f"evidence/{SHA_MEMO}"] == MEMO
    with zipfile.ZipFile(written) as zf:
        kinds = {i.filename: i.compress_type for i in zf.infolist()}
    assert kinds[f"evidence/{SHA_PHOTO}"] == zipfile.ZIP_STORED
    assert kinds[f"evidence/{SHA_MEMO}"] == zipfile.ZIP_STORED
    assert kinds["answers.json"] == kinds["audit.json"] == zipfile.ZIP_DEFLATED


def test_answers_json_is_canonical_and_complete(written: Path):
    raw = dict(members_of(written))["answers.json"]
    doc = json.loads(raw)
    assert raw == json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    items = doc["items"]
    assert items["S04"]["value"] == "na" and items["S04"]["reason"] == "ไม่มีค่าธรรมเนียม"
    assert items["S04"]["note"] == "ดูคำสั่งที่ 12/2569"
    assert items["C03"]["flagged"] is True and items["P01"]["flagged"] is False
    assert [e["filename"] for e in items["C02"]["evidence"]] == ["memo.txt", "photo.jpg"]
    assert items["P01"]["updated_by"] == "สมชาย ใจดี"
    # Example A from DOMAIN.md §3.7 (with P05 still partial): 18131/396 overall, level 2.
    assert doc["score"]["overall"] == "18131/396" and doc["score"]["overall_display"] == "45.8"
    assert doc["score"]["level"] == 2
    assert doc["score"]["dimensions"]["D3"]["score"] == "500/11"


def test_audit_json_keeps_every_entry(written: Path):
    doc = json.loads(dict(members_of(written))["audit.json"])
    assert [(e["actor"], e["action"], e["item_id"]) for e in doc["entries"]] == [
        ("สมชาย ใจดี", "answer", "P01"), ("สมชาย ใจดี", "note", "P05"), ("Jane Roe", "finalize", None)
    ]


def test_written_file_reads_back_with_the_same_code(written: Path, key: SigningKey):
    members = dict(members_of(written))
    verified = read_submission(written)
    assert verified.manifest_bytes == members["manifest.json"]
    assert verified.code == verification_code(members["manifest.json"])
    assert verified.fingerprint == key.fingerprint
    assert verified.evidence == {SHA_PHOTO: len(PHOTO), SHA_MEMO: len(MEMO)}


# -- the JSON Schema -------------------------------------------------------------------------------

def test_committed_schemas_match_the_models():
    assert SCHEMA_PATH.read_text("utf-8") == render(submission_schema()), "run: python -m core.bundle.schema"
    assert RECEIPT_SCHEMA_PATH.read_text("utf-8") == render(receipt_schema()), "run: python -m core.bundle.schema"


def _validator(ref: str | None = None) -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    if ref:
        schema = {**schema, "$ref": f"#/$defs/{ref}"}
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_schema_validates_a_real_file_and_refuses_bad_manifests(written: Path):
    members = dict(members_of(written))
    manifest = json.loads(members["manifest.json"])
    _validator().validate(manifest)
    _validator("AnswersDoc").validate(json.loads(members["answers.json"]))
    _validator("AuditDoc").validate(json.loads(members["audit.json"]))
    for broken in (
        {**manifest, "members": {"../evil": {"sha256": "0" * 64, "size": 1}}},
        {**manifest, "format_version": 2},
        {**manifest, "extra": 1},
        {**manifest, "signer": {"algorithm": "RSA", "public_key": manifest["signer"]["public_key"]}},
        {k: v for k, v in manifest.items() if k != "bundle_id"},
    ):
        assert not _validator().is_valid(broken)


# -- codes -----------------------------------------------------------------------------------------

def test_verification_code_known_values():
    # Worked out independently: RFC 4648 base32 of SHA-256, mapped onto Crockford's alphabet.
    assert verification_code(b"") == "WERC-8GMR-ZGE1"
    assert verification_code(b"kao") == "VFN5-V7Q6-5EPQ"
    assert CODE.match(verification_code(b"anything"))


def test_code_typed_by_a_person_is_normalised():
    assert normalize_code("werc 8gmr zge1") == "WERC-8GMR-ZGE1"
    assert normalize_code("WERC-8GMR-ZGEI") == "WERC-8GMR-ZGE1"  # I read as 1
    assert normalize_code("VFN5-V7Q6-5EPQ") == "VFN5-V7Q6-5EPQ"


def test_qr_payload_round_trip():
    bundle_id = "12345678-1234-4234-8234-123456789abc"
    payload = qr_payload(b"kao", bundle_id)
    assert payload == f"KAO:1:{bundle_id}:{hashlib.sha256(b'kao').hexdigest()}"
    assert parse_qr_payload(payload) == (bundle_id, hashlib.sha256(b"kao").hexdigest(), "VFN5-V7Q6-5EPQ")
    for bad in ("", "KAO:2:x:y", f"OTHER:1:{bundle_id}:{'0' * 64}", f"KAO:1:{bundle_id}:{'0' * 63}"):
        with pytest.raises(ValueError):
            parse_qr_payload(bad)


# -- keys ------------------------------------------------------------------------------------------

def test_key_made_once_private_and_stable(tmp_path: Path):
    first = load_or_create_key(tmp_path)
    path = tmp_path / "keys" / KEY_FILE
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = load_or_create_key(tmp_path)
    assert again.public_raw == first.public_raw
    assert re.match(r"^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$", first.fingerprint)
    assert [p.name for p in path.parent.iterdir()] == [KEY_FILE]  # no temp file left


def test_damaged_key_file_is_a_one_line_error(tmp_path: Path):
    (tmp_path / "keys").mkdir()
    (tmp_path / "keys" / KEY_FILE).write_text("not a key")
    with pytest.raises(KaoError, match="damaged"):
        load_or_create_key(tmp_path)


# -- writing ---------------------------------------------------------------------------------------

def test_atomic_write_leaves_the_old_file_on_failure(tmp_path: Path):
    target = tmp_path / "f.kao"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(target) as f:
        f.write(b"new, half written")
        raise RuntimeError("power cut")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["f.kao"]


def test_atomic_output_takes_a_name_up_to_the_limit(tmp_path: Path):
    target = tmp_path / ("ก" * 83 + ".kao")  # 253 bytes; the temporary name must stay within 255
    with atomic_output(target) as f:
        f.write(b"whole")
    assert target.read_bytes() == b"whole"
    assert os.listdir(tmp_path) == [target.name]


def test_the_temporary_file_is_never_a_longer_path_than_the_target(tmp_path: Path):
    # A path the user could choose must not fail for the temporary one's sake (on Windows the
    # whole path is limited to 259 characters).
    target = tmp_path / ("รายงาน" * 12 + ".kao")
    with atomic_output(target) as f:
        temporary = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
        assert len(temporary) == 1 and len(str(temporary[0])) <= len(str(target))
        assert temporary[0].name.startswith(".รายงาน")  # still recognisable as this file's
        f.write(b"whole")
    assert target.read_bytes() == b"whole"


def test_damaged_evidence_store_is_not_signed(tmp_path: Path, key: SigningKey):
    office = make_office(tmp_path)
    office.evidence_path(SHA_MEMO).write_bytes(MEMO + b"bit rot")
    out = tmp_path / "office.kao"
    with pytest.raises(BundleError, match="damaged on this computer"):
        write_submission(office.content(), key, out)
    assert not out.exists()
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_size_summary_matches_the_written_members(tmp_path: Path, key: SigningKey):
    content = make_office(tmp_path).content()
    summary = size_summary(content)
    written = dict(members_of(write_submission(content, key, tmp_path / "o.kao").path))
    assert {m.name: m.size for m in summary.members} == {
        n: len(d) for n, d in written.items() if not n.startswith("manifest")
    }
    labels = {m.name: m.label for m in summary.members}
    assert labels[f"evidence/{SHA_PHOTO}"] == "คำสั่ง.pdf, photo.jpg"
    assert summary.evidence_count == 2
    assert summary.lines("en")[0].startswith("Submission size (before compression):")
