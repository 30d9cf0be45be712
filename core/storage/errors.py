"""What can go wrong with the data folder, each as a one-line message in Thai and English.

The GUI and the command line catch :class:`~core.errors.KaoError`; the
subclasses exist so that callers can react (offer a backup, retry later)
without parsing messages.
"""

from __future__ import annotations

from pathlib import Path

from core.errors import KaoError, os_reason
from core.text import Text

__all__ = [
    "BackupError",
    "CorruptDatabaseError",
    "DatabaseBusyError",
    "DiskFullError",
    "LockedAssessmentError",
    "LostDatabaseError",
    "NewerSchemaError",
    "NotFoundError",
    "ReadOnlyError",
    "StorageError",
]


class StorageError(KaoError):
    """The data folder or the database refused an operation; nothing stored was changed."""


class BackupError(StorageError):
    """A backup copy could not be made. The database itself was not touched, so the message says
    so, not the "the last change was not saved" of the error that caused it. ``reason`` is the
    cause alone (th, en), for a caller that words the rest itself."""

    def __init__(self, folder: Path, cause: BaseException) -> None:
        if isinstance(cause, DiskFullError):
            reason = Text("พื้นที่ดิสก์เต็ม", "the disk is full")
        elif isinstance(cause, ReadOnlyError):
            reason = Text("เขียนไฟล์ในโฟลเดอร์นี้ไม่ได้", "the folder cannot be written to")
        elif isinstance(cause, DatabaseBusyError):
            reason = Text("ฐานข้อมูลกำลังถูกใช้งานโดยโปรแกรมอื่น", "the database is in use by another program")
        elif isinstance(cause, OSError) and cause.strerror:
            reason = os_reason(cause)
        else:
            reason = Text("อ่านหรือเขียนไฟล์ไม่ได้", "a file could not be read or written")
        super().__init__(
            f"ทำสำเนาสำรองใน {folder} ไม่สำเร็จ ({reason.th}) ข้อมูลที่บันทึกไว้ยังอยู่ครบ",
            f"could not make a backup copy in {folder} ({reason.en}); everything saved is intact",
        )
        self.reason = reason


class DatabaseBusyError(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "ฐานข้อมูลกำลังถูกใช้งานโดยหน้าต่างหรือโปรแกรมอื่น การเปลี่ยนแปลงล่าสุดยังไม่ถูกบันทึก ลองอีกครั้งในอีกสักครู่",
            "the database is in use by another Kao window or program; the last change was not saved,"
            " try again in a moment",
        )


class DiskFullError(StorageError):
    def __init__(self, where: Path) -> None:
        super().__init__(
            f"พื้นที่ดิสก์เต็ม ({where}) การเปลี่ยนแปลงล่าสุดยังไม่ถูกบันทึก ข้อมูลเดิมยังอยู่ครบ"
            " โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง",
            f"the disk is full ({where}); the last change was not saved and everything saved before is"
            " intact: free some space and try again",
        )


class ReadOnlyError(StorageError):
    # What to do is said for the desktop user; the command line adds its --data-dir (core.cli.app).
    def __init__(self, where: Path) -> None:
        super().__init__(
            f"โฟลเดอร์ข้อมูล {where} เขียนไม่ได้ (อ่านอย่างเดียว) ข้อมูลเดิมยังอยู่ครบ"
            " โปรดแจ้งผู้ดูแลระบบให้แก้สิทธิ์ให้เขียนโฟลเดอร์นี้ได้",
            f"the data folder {where} is read-only; nothing was changed: ask your support contact"
            " to let you write to it",
        )
        self.where = where


class CorruptDatabaseError(StorageError):
    """The database file fails its integrity check. It is left exactly as it is.

    The app offers ``backup`` with a button; the command line adds its command (core.cli.app).
    ``searched``: whether the backups were looked at. Damage met mid-session is found without
    looking; opening again checks the file and names the newest good backup.
    """

    def __init__(self, path: Path, detail: str, backup: str | None, *, searched: bool = True,
                 found: Text | None = None) -> None:
        detail = " ".join(detail.split())[:160]  # one line, whatever SQLite said
        if backup:
            th_offer = f" มีสำเนาสำรองที่ใช้ได้ล่าสุดคือ {backup}"
            en_offer = f"; the newest good backup is {backup}"
        elif not searched:
            th_offer = " โปรดปิดโปรแกรมก้าวแล้วเปิดใหม่ โปรแกรมจะตรวจไฟล์และเสนอสำเนาสำรองล่าสุดที่ใช้ได้"
            en_offer = "; close Kao and open it again: it checks the file and offers the newest good backup"
        else:
            th_offer = " และไม่พบสำเนาสำรองที่ใช้ได้ โปรดติดต่อผู้ดูแลระบบ"
            en_offer = "; no good backup was found, please contact support"
        found = found or Text(f"ไฟล์ฐานข้อมูล {path} เสียหาย ({detail}) ไฟล์ไม่ถูกแก้ไขหรือสร้างใหม่",
                              f"the database file {path} is damaged ({detail}); it was not changed or recreated")
        super().__init__(found.th + th_offer, found.en + en_offer)
        self.path = path
        self.detail = detail
        self.backup = backup


class LostDatabaseError(CorruptDatabaseError):
    """The database file is missing or empty, yet the backups hold data. Opening it would show an
    empty list as if nothing had been saved, and a week of new sessions would rotate the good
    backups away; so it is refused like a damaged file, and the newest good backup offered."""

    def __init__(self, path: Path, backup: str) -> None:
        super().__init__(path, "missing or empty", backup, found=Text(
            f"ไฟล์ฐานข้อมูล {path} หายไปหรือว่างเปล่า แต่สำเนาสำรองยังมีข้อมูลอยู่",
            f"the database file {path} is missing or empty, but the backups hold data"))


class NewerSchemaError(StorageError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"ฐานข้อมูล {path} มาจาก Kao รุ่นที่ใหม่กว่า (รูปแบบ {found} แต่รุ่นนี้รองรับถึง {supported})"
            " โปรดอัปเดตโปรแกรม ไฟล์ไม่ถูกแก้ไข",
            f"the database {path} comes from a newer version of Kao (schema {found}, this version"
            f" supports up to {supported}); please update the app, the file was not changed",
        )
        self.found = found
        self.supported = supported


# The locked statuses as the user reads them (the GUI's status labels say the same).
_LOCKED_STATUS = {"finalized": ("ยืนยันผลแล้ว", "finalized"), "submitted": ("นำส่งแล้ว", "submitted")}


class LockedAssessmentError(StorageError):
    def __init__(self, assessment_id: int, status: str) -> None:
        if status == "accepted":  # final: only a newer submission can correct it, never a reopen
            super().__init__(
                f"แบบประเมินหมายเลข {assessment_id} ส่วนกลางรับแล้ว จึงแก้ไขไม่ได้ หากต้องแก้ไข ให้คัดลอกเป็นฉบับใหม่",
                f"assessment {assessment_id} was accepted by the central office and is read-only; to correct it,"
                " copy it into a new draft",
            )
            return
        th, en = _LOCKED_STATUS.get(status, (status, status))
        super().__init__(
            f"แบบประเมินหมายเลข {assessment_id} {th} จึงถูกล็อกไว้ ต้องเปิดแก้ไขอีกครั้งพร้อมระบุเหตุผลก่อน",
            f"assessment {assessment_id} is locked ({en}); reopen it with a reason before changing it",
        )


class NotFoundError(StorageError):
    """An id that names nothing stored (or something in the trash, when that matters)."""
