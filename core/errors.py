"""Errors that reach the user carry their message in both languages.

The GUI and the command line show ``error.message.get(lang)``; neither ever
shows a traceback for a :class:`KaoError`.
"""

from __future__ import annotations

import errno
from typing import Any

from core.text import Lang, Text

__all__ = [
    "AnswersError",
    "ChecklistError",
    "KaoError",
    "os_reason",
]


class KaoError(Exception):
    """A problem the user can act on, described in one line per language."""

    def __init__(self, th: str, en: str) -> None:
        super().__init__(en)
        self.message = Text(th, en)

    def text(self, lang: Lang) -> str:
        """The message as a clause, to go inside another sentence ("Not saved: %1")."""
        return self.message.get(lang)

    def sentence(self, lang: Lang) -> str:
        """The message standing alone, as a dialog shows it: English starts with a capital."""
        text = self.text(lang)
        return text[:1].upper() + text[1:]

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt without calling __init__ (subclasses take other arguments), so that an error
        # found in a worker process (core.bundle.parallel) arrives whole: type, message, attributes.
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[KaoError], args: tuple[Any, ...], state: dict[str, Any]) -> KaoError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ChecklistError(KaoError):
    """The checklist file is missing, unreadable or does not match the schema."""


class AnswersError(KaoError):
    """An answers file or an answer is not acceptable for this checklist."""


# The system's own reason is in English (Python's, on a Thai Windows too): the common ones in Thai.
_THAI_REASONS = {
    errno.ENOENT: "ไม่พบไฟล์หรือโฟลเดอร์นี้",
    errno.EACCES: "ไม่มีสิทธิ์เข้าถึง",
    errno.EPERM: "ไม่มีสิทธิ์เข้าถึง",
    errno.ENOSPC: "พื้นที่ดิสก์เต็ม",
    errno.EDQUOT: "พื้นที่ดิสก์ที่ท่านได้รับเต็มแล้ว",
    errno.EFBIG: "ไฟล์ใหญ่เกินกว่าที่ดิสก์รองรับ",
    errno.EROFS: "ดิสก์นี้อ่านได้อย่างเดียว เขียนไม่ได้",
    errno.EISDIR: "เป็นโฟลเดอร์ ไม่ใช่ไฟล์",
    errno.ENOTDIR: "เส้นทางมีส่วนที่ไม่ใช่โฟลเดอร์",
    errno.ENAMETOOLONG: "ชื่อไฟล์หรือเส้นทางยาวเกินไป",
    errno.EEXIST: "มีไฟล์ชื่อนี้อยู่แล้ว",
    errno.EIO: "ดิสก์มีปัญหาในการอ่านหรือเขียน",
    errno.EBUSY: "ไฟล์กำลังถูกใช้งานอยู่",
    errno.EMFILE: "เปิดไฟล์พร้อมกันมากเกินไป",
    errno.ENFILE: "เปิดไฟล์พร้อมกันมากเกินไป",
    errno.EINVAL: "ชื่อไฟล์หรือเส้นทางไม่ถูกต้อง",
}
# Windows says "permission denied" for a file another program holds open (Excel, a PDF viewer).
_SHARING_VIOLATIONS = (32, 33)


def os_reason(exc: OSError) -> Text:
    """Why the system refused, as a clause for "cannot read X (…)", in Thai and English."""
    english = exc.strerror or str(exc) or type(exc).__name__
    if getattr(exc, "winerror", None) in _SHARING_VIOLATIONS:
        return Text("ไฟล์ถูกเปิดใช้อยู่ในโปรแกรมอื่น", "the file is open in another program")
    thai = _THAI_REASONS.get(exc.errno) if exc.errno is not None else None
    return Text(thai or f"ระบบแจ้งว่า {english}", english)
