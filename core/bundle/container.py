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
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from core.bundle.errors import BundleError
from core.bundle.limits import Limits

__all__ = [
    "FIXED_DATE",
    "MEMBER_ATTR",
    "Member",
    "check_container",
    "check_member_name",
    "stream_member",
]

FIXED_DATE = (1980, 1, 1, 0, 0, 0)  # created_at lives in the signed manifest instead
MEMBER_ATTR = 0o644 << 16
CREATE_SYSTEM = 3  # what zipfile writes on POSIX; set explicitly so Windows writes the same
ZIP_VERSION = 20
_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIG = b"PK\x03\x04"
_CENTRAL = struct.Struct("<4sBBBBHHHHIIIHHHHHII")
_CENTRAL_SIG = b"PK\x01\x02"
_END = struct.Struct("<4sHHHHIIH")
_END_SIG = b"PK\x05\x06"
_DRIVE = re.compile(r"^[A-Za-z]:")
CHUNK = 256 * 1024


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    info: zipfile.ZipInfo
    data_offset: int  # where its compressed bytes start in the file


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
    if len(name) > 200 or not name or name.endswith("/") or "//" in name or any(ord(c) < 32 for c in name):
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


def _dos_date(info: zipfile.ZipInfo) -> int:
    year, month, day = info.date_time[:3]
    return (year - 1980) << 9 | month << 5 | day


def _local_header(info: zipfile.ZipInfo, name: bytes) -> bytes:
    return _LOCAL.pack(
        _LOCAL_SIG, ZIP_VERSION, 0, info.compress_type, 0, _dos_date(info),
        info.CRC, info.compress_size, info.file_size, len(name), 0,
    ) + name


def _central_entry(info: zipfile.ZipInfo, name: bytes, offset: int) -> bytes:
    return _CENTRAL.pack(
        _CENTRAL_SIG, ZIP_VERSION, CREATE_SYSTEM, ZIP_VERSION, 0, 0, info.compress_type, 0, _dos_date(info),
        info.CRC, info.compress_size, info.file_size, len(name), 0, 0, 0, 0, MEMBER_ATTR, offset,
    ) + name


def _check_layout(fp: BinaryIO, infos: list[zipfile.ZipInfo], archive_size: int) -> list[Member]:
    """Byte for byte the file Kao would write around these members, except their data.

    Local headers back to back from byte 0, in directory order, then the
    directory, then the end record: every header byte is rebuilt from the
    directory's values and compared, so nothing can hide in or between them.
    """
    members: list[Member] = []
    directory = bytearray()
    offset = 0
    for info in infos:
        name = info.orig_filename.encode("cp437")
        if info.header_offset != offset:
            raise _reject("ไฟล์มีข้อมูลแทรกหรือซ้อนทับกัน", "the file has hidden or overlapping data")
        expected = _local_header(info, name)
        fp.seek(offset)
        if fp.read(len(expected)) != expected:
            raise _reject(
                f"ส่วนหัวของไฟล์ภายใน {info.orig_filename} ไม่ตรงกับสารบัญ",
                f"member {info.orig_filename}: local header disagrees with the directory",
            )
        members.append(Member(info.orig_filename, info, offset + len(expected)))
        directory += _central_entry(info, name, offset)
        offset += len(expected) + info.compress_size
    directory += _END.pack(_END_SIG, 0, 0, len(infos), len(infos), len(directory), offset, 0)
    fp.seek(offset)
    if offset + len(directory) != archive_size or fp.read(len(directory) + 1) != directory:
        raise _reject("ไฟล์มีข้อมูลแทรกหรือซ้อนทับกัน", "the file has hidden or overlapping data")
    return members


def check_container(zf: zipfile.ZipFile, fp: BinaryIO, archive_size: int, limits: Limits) -> list[Member]:
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
    return _check_layout(fp, infos, archive_size)


def stream_member(fp: BinaryIO, member: Member, cap: int, limits: Limits) -> Iterator[bytes]:
    """The member's bytes in chunks, inflated here rather than by zipfile, with a hard cap.

    Never yields more than ``cap`` bytes whatever the headers claim, and insists
    that a deflate stream ends exactly where its header says: a stream longer
    than declared, or data hidden after its end, is refused.
    """
    info = member.info
    inflate = zlib.decompressobj(-zlib.MAX_WBITS) if info.compress_type == zipfile.ZIP_DEFLATED else None
    counter = _Counter(member, cap, limits)
    fp.seek(member.data_offset)
    left = info.compress_size
    while left:
        raw = fp.read(min(CHUNK, left))
        if not raw:
            raise _reject("ไฟล์ถูกตัดทอน (ไม่ครบ)", "the file is truncated")
        left -= len(raw)
        if inflate is None:
            yield counter.take(raw)
            continue
        if not left:
            # The last byte goes separately: its unused bits must be zero (see _check_padding).
            raw, last = raw[:-1], raw[-1]
        for piece in _inflate(inflate, raw, member.name):
            yield counter.take(piece)
        if not left:
            _check_padding(inflate, last, member.name)
            for piece in _inflate(inflate, bytes([last]), member.name):
                yield counter.take(piece)
    if inflate is not None and (not inflate.eof or inflate.unused_data or inflate.unconsumed_tail):
        raise _reject(f"ข้อมูลบีบอัดของ {member.name} ผิดรูปแบบ", f"member {member.name}: compressed data is damaged")
    counter.finish()


class _Counter:
    """Caps, ratio and CRC over the bytes as they come out."""

    def __init__(self, member: Member, cap: int, limits: Limits) -> None:
        self.member, self.cap, self.limits = member, cap, limits
        self.total = 0
        self.crc = 0

    def take(self, piece: bytes) -> bytes:
        name, info = self.member.name, self.member.info
        self.total += len(piece)
        if self.total > self.cap:
            raise _reject(
                f"ไฟล์ภายใน {name} ใหญ่กว่าที่แจ้งไว้ (อาจเป็น zip bomb)",
                f"member {name} holds more than declared (zip bomb?)",
            )
        floor, ratio = self.limits.ratio_floor_bytes, self.limits.max_ratio
        if self.total > floor and self.total > max(info.compress_size, 1) * ratio:
            raise _reject(
                f"ไฟล์ภายใน {name} บีบอัดผิดปกติ (อาจเป็น zip bomb)",
                f"member {name} has a suspicious compression ratio (zip bomb?)",
            )
        self.crc = zlib.crc32(piece, self.crc)
        return piece

    def finish(self) -> None:
        name, info = self.member.name, self.member.info
        if self.total != info.file_size or self.crc != info.CRC:
            raise _reject(f"ไฟล์ภายใน {name} เสียหาย (CRC ไม่ตรง)", f"member {name} is damaged (CRC mismatch)")


def _check_padding(inflate: zlib._Decompress, last: int, name: str) -> None:
    """The bits after a deflate stream's end-of-block code are padding, which zlib writes as zeros.

    Any bit of the final byte that can be flipped without changing the output
    or the end of the stream is such a padding bit; one set to 1 means the
    file was altered, even though the content would read the same.
    """
    try:
        expected = inflate.copy().decompress(bytes([last]))
    except zlib.error:
        return  # the real byte is damaged: _inflate reports it
    for bit in range(8):
        if not last & (1 << bit):
            continue
        trial = inflate.copy()
        try:
            same = trial.decompress(bytes([last ^ (1 << bit)])) == expected
        except zlib.error:
            continue  # a data bit: flipping it breaks the stream
        if same and trial.eof and not trial.unused_data:
            raise _reject(f"ข้อมูลบีบอัดของ {name} ถูกแก้ไข", f"member {name}: compressed data was altered")


def _inflate(inflate: zlib._Decompress, raw: bytes, name: str) -> Iterator[bytes]:
    """Lazily: the caller's cap must stop a bomb after one chunk, not after the whole input."""
    data = raw
    while data:
        if inflate.eof:
            raise _reject(f"มีข้อมูลแฝงต่อท้ายไฟล์ภายใน {name}", f"member {name}: data hidden after its end")
        try:
            piece = inflate.decompress(data, CHUNK)
        except zlib.error as exc:
            raise _reject(
                f"ข้อมูลบีบอัดของ {name} ผิดรูปแบบ", f"member {name}: compressed data is damaged ({exc})"
            ) from None
        if piece:
            yield piece
        data = inflate.unconsumed_tail
