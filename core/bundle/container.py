"""ZIP-level checks of a submission file: safe names, limits, and a layout with nothing hidden.

Everything here looks only at headers; no member is decompressed. Kao writes
its files in one fixed shape (no comments, no extra fields, fixed date and
attributes, members back to back), so anything else is refused: a prepended
or appended payload, overlapping members (a classic zip-bomb trick) or a local
header that disagrees with the central directory.
"""

from __future__ import annotations

import re
import struct
import zipfile
from typing import BinaryIO

from core.bundle.errors import BundleError
from core.bundle.limits import Limits

__all__ = [
    "FIXED_DATE",
    "MEMBER_ATTR",
    "check_container",
    "check_member_name",
]

FIXED_DATE = (1980, 1, 1, 0, 0, 0)  # created_at lives in the signed manifest instead
MEMBER_ATTR = 0o644 << 16
CREATE_SYSTEM = 3  # what zipfile writes on POSIX; set explicitly so Windows writes the same
ZIP_VERSION = 20
_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIG = b"PK\x03\x04"
_CENTRAL_ENTRY = 46
_END_RECORD = 22
_DRIVE = re.compile(r"^[A-Za-z]:")


def _reject(th: str, en: str) -> BundleError:
    return BundleError(th, en)


def check_member_name(name: str) -> None:
    """Refuse any name that could escape a folder or mean different things on different systems."""
    shown = name.encode("unicode_escape").decode("ascii")[:80]
    if name.startswith("/") or _DRIVE.match(name):
        raise _reject(f"มีชื่อไฟล์ภายในเป็นพาธสัมบูรณ์: {shown}", f"absolute path inside the file: {shown}")
    if "\\" in name:
        raise _reject(f"มีชื่อไฟล์ภายในที่ใช้แบ็กสแลช: {shown}", f"backslash in a member name: {shown}")
    if ":" in name:
        raise _reject(f"มีชื่อไฟล์ภายในที่มีเครื่องหมาย : ({shown})", f"colon in a member name: {shown}")
    if ".." in name.split("/"):
        raise _reject(f"มีชื่อไฟล์ภายในที่ชี้ออกนอกโฟลเดอร์: {shown}", f"path escapes the folder (zip slip): {shown}")
    if not name or "\x00" in name or name.endswith("/") or "//" in name or any(ord(c) < 32 for c in name):
        raise _reject(f"ชื่อไฟล์ภายในไม่ถูกต้อง: {shown}", f"bad member name: {shown}")


def _check_entry(info: zipfile.ZipInfo, limits: Limits) -> None:
    name = info.orig_filename
    if info.flag_bits & 0x1:
        raise _reject(f"ไฟล์ภายใน {name} ถูกเข้ารหัส", f"member {name} is encrypted")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _reject(f"ไฟล์ภายใน {name} ใช้วิธีบีบอัดที่ไม่รองรับ", f"member {name} uses an unsupported compression")
    if info.file_size > limits.max_total_bytes:
        raise _reject(f"ไฟล์ภายใน {name} ใหญ่เกินกำหนด", f"member {name} is too large")
    if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
        raise _reject(f"ไฟล์ภายใน {name} มีขนาดไม่ตรงกัน", f"member {name}: stored sizes disagree")
    if info.file_size > limits.ratio_floor_bytes and info.file_size > max(info.compress_size, 1) * limits.max_ratio:
        raise _reject(
            f"ไฟล์ภายใน {name} บีบอัดผิดปกติ (อาจเป็น zip bomb)",
            f"member {name} has a suspicious compression ratio (zip bomb?)",
        )
    fixed = (
        info.flag_bits == 0
        and info.extra == b""
        and info.comment == b""
        and info.date_time == FIXED_DATE
        and info.external_attr == MEMBER_ATTR
        and info.internal_attr == 0
        and info.create_system == CREATE_SYSTEM
        and info.create_version == ZIP_VERSION
        and info.extract_version == ZIP_VERSION
        and info.volume == 0
    )
    if not fixed:
        raise _reject(f"ส่วนหัวของไฟล์ภายใน {name} ผิดรูปแบบ", f"member {name}: header not in Kao's format")


def _check_layout(fp: BinaryIO, infos: list[zipfile.ZipInfo], archive_size: int) -> None:
    """Members back to back from byte 0, then the central directory, then the end record."""
    offset = 0
    directory = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        name = info.orig_filename.encode("cp437")
        if info.header_offset != offset:
            raise _reject("ไฟล์มีข้อมูลแทรกหรือซ้อนทับกัน", "the file has hidden or overlapping data")
        fp.seek(offset)
        raw = fp.read(_LOCAL.size + len(name))
        if len(raw) != _LOCAL.size + len(name):
            raise _reject("ไฟล์ถูกตัดทอน (ไม่ครบ)", "the file is truncated")
        sig, version, flags, method, _time, _date, crc, csize, usize, nlen, elen = _LOCAL.unpack_from(raw)
        dos_date = (info.date_time[0] - 1980) << 9 | info.date_time[1] << 5 | info.date_time[2]
        expected = (_LOCAL_SIG, ZIP_VERSION, 0, info.compress_type, 0, dos_date, info.CRC,
                    info.compress_size, info.file_size, len(name), 0)
        if (sig, version, flags, method, _time, _date, crc, csize, usize, nlen, elen) != expected or (
            raw[_LOCAL.size :] != name
        ):
            raise _reject(
                f"ส่วนหัวของไฟล์ภายใน {info.orig_filename} ไม่ตรงกับสารบัญ",
                f"member {info.orig_filename}: local header disagrees with the directory",
            )
        offset += _LOCAL.size + len(name) + info.compress_size
        directory += _CENTRAL_ENTRY + len(name)
    if offset + directory + _END_RECORD != archive_size:
        raise _reject("ไฟล์มีข้อมูลแทรกหรือซ้อนทับกัน", "the file has hidden or overlapping data")


def check_container(zf: zipfile.ZipFile, fp: BinaryIO, archive_size: int, limits: Limits) -> list[zipfile.ZipInfo]:
    """Every header-level rule; returns the members. Raises BundleError on the first problem."""
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise _reject(
            f"มีไฟล์ภายในมากเกินไป ({len(infos)} ไฟล์ เกิน {limits.max_members})",
            f"too many members ({len(infos)}, limit {limits.max_members})",
        )
    if zf.comment:
        raise _reject("ไฟล์มีหมายเหตุแฝงที่ไม่รู้จัก", "the file carries an unexpected comment")
    seen: set[str] = set()
    total = 0
    for info in infos:
        check_member_name(info.orig_filename)
        folded = info.orig_filename.casefold()
        if folded in seen:
            raise _reject(f"มีไฟล์ภายในชื่อซ้ำ: {info.orig_filename}", f"duplicated member: {info.orig_filename}")
        seen.add(folded)
        _check_entry(info, limits)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise _reject("ขนาดรวมของไฟล์ภายในเกินกำหนด", "the members are too large in total")
    _check_layout(fp, infos, archive_size)
    return infos
