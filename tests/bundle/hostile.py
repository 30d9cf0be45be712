"""The issue's list of hostile submission files, each built from a valid one by breaking one rule.

Used twice: by the reader tests (the right one-line reason) and by the import
tests (the central database unchanged, compared by a dump).
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.bundle.keys import SigningKey
from core.bundle.limits import DEFAULT_LIMITS, Limits
from core.bundle.writer import _info
from tests.bundle.factory import edit_json_member, members_of, pack, replace_member, resign


@dataclass(frozen=True)
class Case:
    build: Callable[[Path, Path, SigningKey], Path]  # (valid file, output folder, attacker key) → hostile file
    reason: str  # a fragment of the English one-line reason
    limits: Limits = DEFAULT_LIMITS


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def zip_slip(valid: Path, out: Path, _k: SigningKey) -> Path:
    return pack(out / "slip.kao", [*members_of(valid), ("../../evil.txt", b"owned")])


def zip_slip_nested(valid: Path, out: Path, _k: SigningKey) -> Path:
    return pack(out / "slip2.kao", [*members_of(valid), ("evidence/../../../evil.txt", b"owned")])


def absolute_path(valid: Path, out: Path, _k: SigningKey) -> Path:
    return pack(out / "abs.kao", [*members_of(valid), ("/etc/cron.d/evil", b"owned")])


def drive_letter(valid: Path, out: Path, _k: SigningKey) -> Path:
    return pack(out / "drive.kao", [*members_of(valid), ("C:/Windows/evil.dll", b"owned")])


def backslash(valid: Path, out: Path, _k: SigningKey) -> Path:
    return pack(out / "bs.kao", [*members_of(valid), ("evidence\\..\\evil", b"owned")])


def zip_bomb(valid: Path, out: Path, _k: SigningKey) -> Path:
    """64 MiB of zeros in about 64 KB, honestly declared: the header ratio alone refuses it."""
    path = out / "bomb.kao"
    pack(path, members_of(valid))
    with zipfile.ZipFile(path, "a") as zf, zf.open(_info("evidence/" + "0" * 64, compress=True), "w") as dst:
        block = bytes(1024 * 1024)
        for _ in range(64):
            dst.write(block)
    return path


def lying_bomb(valid: Path, out: Path, key: SigningKey) -> Path:
    """Signed, listed and declared in both headers as 1 KB of zeros, but its stream inflates to 8 MiB.

    The headers agree with the manifest and the ratio looks modest, so only
    reading with a hard cap can notice.
    """
    zeros = bytes(1024)
    name = "evidence/" + hashlib.sha256(zeros).hexdigest()
    signed = resign([*members_of(valid), (name, zeros)], key)
    deflate = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    stream = deflate.compress(bytes(8 * 1024 * 1024)) + deflate.flush()
    path = pack(out / "lying.kao", [*[(n, d) for n, d in signed if n != name], (name, stream)], stored={name})
    raw = bytearray(path.read_bytes())
    _patch_last_member(raw, method=zipfile.ZIP_DEFLATED, usize=len(zeros), crc=zlib.crc32(zeros))
    path.write_bytes(bytes(raw))
    return path


def _patch_last_member(raw: bytearray, *, method: int, usize: int, crc: int) -> None:
    """Rewrite method, CRC and uncompressed size of the last member, in both of its headers."""
    end = len(raw) - 22
    cd_size, cd_offset = struct.unpack_from("<II", raw, end + 12)
    pos, last_cd = cd_offset, cd_offset
    while pos < cd_offset + cd_size:
        last_cd = pos
        nlen, elen, clen = struct.unpack_from("<HHH", raw, pos + 28)
        pos += 46 + nlen + elen + clen
    local = struct.unpack_from("<I", raw, last_cd + 42)[0]
    struct.pack_into("<H", raw, last_cd + 10, method)
    struct.pack_into("<I", raw, last_cd + 16, crc)
    struct.pack_into("<I", raw, last_cd + 24, usize)
    struct.pack_into("<H", raw, local + 8, method)
    struct.pack_into("<I", raw, local + 14, crc)
    struct.pack_into("<I", raw, local + 22, usize)


def truncated(valid: Path, out: Path, _k: SigningKey) -> Path:
    data = valid.read_bytes()
    path = out / "cut.kao"
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def truncated_by_one(valid: Path, out: Path, _k: SigningKey) -> Path:
    path = out / "cut1.kao"
    path.write_bytes(valid.read_bytes()[:-1])
    return path


def duplicated_member(valid: Path, out: Path, _k: SigningKey) -> Path:
    members = members_of(valid)
    return pack(out / "dup.kao", [*members, ("answers.json", dict(members)["answers.json"])])


def not_in_manifest(valid: Path, out: Path, _k: SigningKey) -> Path:
    return pack(out / "extra.kao", [*members_of(valid), ("evidence/" + "a" * 64, b"smuggled")])


def hash_mismatch(valid: Path, out: Path, _k: SigningKey) -> Path:
    """The level raised from 2 to 3 (same length), manifest and signature left alone."""
    def edit(doc: dict[str, Any]) -> None:
        doc["score"]["level"] = 3

    return pack(out / "hash.kao", edit_json_member(members_of(valid), "answers.json", edit))


def other_key_same_name(valid: Path, out: Path, attacker: SigningKey) -> Path:
    """Signed by another key while the manifest still names the office's key."""
    return pack(out / "otherkey.kao", resign(members_of(valid), attacker, publish_key=False))


def bad_signature(valid: Path, out: Path, _k: SigningKey) -> Path:
    members = members_of(valid)
    return pack(out / "badsig.kao", replace_member(members, "manifest.sig", _flip(dict(members)["manifest.sig"], 10)))


def manifest_edited(valid: Path, out: Path, _k: SigningKey) -> Path:
    members = members_of(valid)
    manifest = dict(members)["manifest.json"].replace(b'"fiscal_year":2569', b'"fiscal_year":2568')
    return pack(out / "edited.kao", replace_member(members, "manifest.json", manifest))


def future_version(valid: Path, out: Path, attacker: SigningKey) -> Path:
    def edit(m: dict[str, Any]) -> None:
        m["format_version"] = 2

    return pack(out / "future.kao", resign(members_of(valid), attacker, edit))


def malformed_manifest(valid: Path, out: Path, attacker: SigningKey) -> Path:
    members = [(n, d) for n, d in members_of(valid) if not n.startswith("manifest")]
    raw = b'{"format":"kao-submission","format_version":1,'
    return pack(out / "badjson.kao", [*members, ("manifest.json", raw), ("manifest.sig", attacker.sign(raw))])


def malformed_answers(valid: Path, out: Path, attacker: SigningKey) -> Path:
    members = replace_member(members_of(valid), "answers.json", b'{"checklist": {"id": "kao-dg-maturity",')
    return pack(out / "badanswers.kao", resign(members, attacker))


def duplicate_json_key(valid: Path, out: Path, attacker: SigningKey) -> Path:
    raw = dict(members_of(valid))["answers.json"]
    twice = raw[:-1] + b',"items":{}}'
    return pack(out / "dupkey.kao", resign(replace_member(members_of(valid), "answers.json", twice), attacker))


def unknown_item(valid: Path, out: Path, attacker: SigningKey) -> Path:
    def edit(doc: dict[str, Any]) -> None:
        doc["items"]["Z99"] = {"value": "yes", "reason": "", "note": "", "flagged": False, "evidence": [],
                               "updated_at": None, "updated_by": ""}

    return pack(out / "unknown.kao", resign(edit_json_member(members_of(valid), "answers.json", edit), attacker))


def bad_value(valid: Path, out: Path, attacker: SigningKey) -> Path:
    def edit(doc: dict[str, Any]) -> None:
        doc["items"]["P01"]["value"] = "maybe"

    return pack(out / "value.kao", resign(edit_json_member(members_of(valid), "answers.json", edit), attacker))


def na_not_allowed(valid: Path, out: Path, attacker: SigningKey) -> Path:
    def edit(doc: dict[str, Any]) -> None:
        doc["items"]["P01"]["value"] = "na"
        doc["items"]["P01"]["reason"] = "ไม่เกี่ยว"

    return pack(out / "na.kao", resign(edit_json_member(members_of(valid), "answers.json", edit), attacker))


def na_without_reason(valid: Path, out: Path, attacker: SigningKey) -> Path:
    def edit(doc: dict[str, Any]) -> None:
        doc["items"]["S04"]["reason"] = "   "

    return pack(out / "nareason.kao", resign(edit_json_member(members_of(valid), "answers.json", edit), attacker))


def score_mismatch(valid: Path, out: Path, attacker: SigningKey) -> Path:
    def edit(doc: dict[str, Any]) -> None:
        doc["score"]["level"] = 4

    return pack(out / "score.kao", resign(edit_json_member(members_of(valid), "answers.json", edit), attacker))


def oversize_evidence(valid: Path, out: Path, _k: SigningKey) -> Path:
    """The office's own, validly signed file: its 10 KB photo is over this central office's 8 KB limit."""
    return valid


CASES: dict[str, Case] = {
    "zip slip": Case(zip_slip, "zip slip"),
    "zip slip inside a folder": Case(zip_slip_nested, "zip slip"),
    "absolute path": Case(absolute_path, "absolute path"),
    "drive letter": Case(drive_letter, "absolute path"),
    "backslash": Case(backslash, "backslash"),
    "zip bomb": Case(zip_bomb, "zip bomb"),
    "zip bomb with lying sizes": Case(lying_bomb, "holds more than declared"),
    "truncated file": Case(truncated, "damaged"),
    "truncated by one byte": Case(truncated_by_one, "damaged"),
    "duplicated member": Case(duplicated_member, "duplicated member: answers.json"),
    "member not in manifest": Case(not_in_manifest, "not listed in the manifest"),
    "hash mismatch": Case(hash_mismatch, "hash mismatch for answers.json"),
    "signed by another key": Case(other_key_same_name, "bad signature"),
    "bad signature": Case(bad_signature, "bad signature"),
    "manifest edited after signing": Case(manifest_edited, "bad signature"),
    "future format version": Case(future_version, "newer Kao (format version 2)"),
    "malformed manifest JSON": Case(malformed_manifest, "manifest.json is not valid JSON"),
    "malformed answers JSON": Case(malformed_answers, "answers.json is not valid JSON"),
    "duplicate JSON key": Case(duplicate_json_key, "duplicate key"),
    "unknown item id": Case(unknown_item, "unknown item id Z99"),
    "bad answer value": Case(bad_value, "does not match the format at items.P01.value"),
    "N/A where not allowed": Case(na_not_allowed, "P01 does not allow N/A"),
    "N/A without a reason": Case(na_without_reason, "N/A without a reason (S04)"),
    "score does not match answers": Case(score_mismatch, "score in the file does not match"),
    "oversize evidence": Case(oversize_evidence, "larger than", Limits(max_evidence_bytes=8 * 1024)),
}
