"""Thai dates in the Buddhist era, and Thai digits.

Neither QLocale nor babel knows the Buddhist calendar (THAI_TEXT.md §5), so
this small table-driven helper serves the UI, the command line and the PDFs.
"""

from __future__ import annotations

from datetime import date, datetime

from core.text import Lang

__all__ = ["BE_OFFSET", "fiscal_year", "format_date", "format_datetime", "thai_digits", "to_be_year"]

BE_OFFSET = 543
MONTHS_TH = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
MONTHS_TH_ABBR = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def to_be_year(gregorian_year: int) -> int:
    return gregorian_year + BE_OFFSET


def thai_digits(text: str) -> str:
    return text.translate(_THAI_DIGITS)


def format_date(d: date, lang: Lang, *, abbreviated: bool = False, digits: bool = False) -> str:
    """15 สิงหาคม พ.ศ. 2568 / 15 ส.ค. 2568 / 15 August 2025."""
    if lang == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1][:3] if abbreviated else MONTHS_EN[d.month - 1]} {d.year}"
    if abbreviated:
        text = f"{d.day} {MONTHS_TH_ABBR[d.month - 1]} {to_be_year(d.year)}"
    else:
        text = f"{d.day} {MONTHS_TH[d.month - 1]} พ.ศ. {to_be_year(d.year)}"
    return thai_digits(text) if digits else text


def format_datetime(dt: datetime, lang: Lang) -> str:
    """A short date with the time, for lists: 15 ส.ค. 2568 14:05, in local time (times are stored in UTC)."""
    if dt.tzinfo is not None:
        dt = dt.astimezone()
    return f"{format_date(dt.date(), lang, abbreviated=True)} {dt:%H:%M}"


def fiscal_year(d: date) -> int:
    """The Thai government fiscal year (B.E.) containing ``d``: it starts on 1 October."""
    return to_be_year(d.year) + (1 if d.month >= 10 else 0)
