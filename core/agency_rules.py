"""What makes an agency profile valid, with a message per field in both languages.

The central office groups results by province, ministry and agency type, so a
typo in a province splits the country's figures: provinces come from a fixed list.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from core.records import MAX_LINE_FIELD, MAX_SHORT_FIELD, Agency, AgencyKind, has_control_character
from core.resources import resource
from core.text import Lang, Text

__all__ = ["FieldProblem", "agency_problems", "province_name", "province_named", "provinces"]

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_SHORT_FIELDS = {"ministry", "department", "province"}  # as storage limits them


@dataclass(frozen=True, slots=True)
class FieldProblem:
    field: str  # the Agency attribute, e.g. "province" or "name.th"
    message: Text


@cache
def provinces() -> tuple[Text, ...]:
    raw = json.loads(resource("provinces.json").read_text("utf-8"))
    return tuple(Text(p["th"], p["en"]) for p in raw["provinces"])


def province_name(thai_name: str, lang: Lang) -> str:
    """A stored province (kept by its Thai name) in the display language; unknown names as given."""
    if lang == "th":
        return thai_name
    return next((p.en for p in provinces() if p.th == thai_name), thai_name)


def province_named(name: str) -> str:
    """The stored (Thai) name of a province typed in either language: ``Chiang Mai`` → เชียงใหม่.
    A name that is not on the list comes back as typed, for agency_problems to refuse."""
    typed = " ".join(name.split()).casefold()
    return next((p.th for p in provinces() if typed in (p.th, p.en.casefold())), name)


def agency_problems(agency: Agency) -> list[FieldProblem]:
    """Every problem of the profile at once, so a form can mark all fields together."""
    problems: list[FieldProblem] = []

    def add(field: str, th: str, en: str) -> None:
        problems.append(FieldProblem(field, Text(th, en)))

    if not agency.code.strip():
        add("code", "กรุณากรอกรหัสหน่วยงาน", "Enter the agency code")
    elif not _CODE.match(agency.code.strip()):
        add("code", "รหัสหน่วยงานใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข และ . _ - (2–32 ตัว)",
            "The agency code may use only Latin letters, digits and . _ - (2–32 characters)")
    if not agency.name.th.strip():
        add("name.th", "กรุณากรอกชื่อหน่วยงานภาษาไทย", "Enter the agency name in Thai")
    elif not _THAI.search(agency.name.th):
        add("name.th", "ชื่อหน่วยงานภาษาไทยต้องมีอักษรไทย", "The Thai name must contain Thai letters")
    if agency.kind in (AgencyKind.PROVINCIAL, AgencyKind.LOCAL) and not agency.province.strip():
        add("province", "หน่วยงานส่วนภูมิภาคและท้องถิ่นต้องระบุจังหวัด",
            "Provincial and local agencies must name their province")
    if agency.province.strip() and agency.province.strip() not in {p.th for p in provinces()}:
        add("province", f"ไม่รู้จักจังหวัด \"{agency.province}\" กรุณาเลือกจากรายการ",
            f"Unknown province \"{agency.province}\": choose one from the list")
    if agency.kind is AgencyKind.DEPARTMENT and not agency.ministry.strip():
        add("ministry", "หน่วยงานระดับกรมต้องระบุกระทรวง", "A department must name its ministry")
    for field, text, th_what, en_what in agency.text_fields():
        if field in {p.field for p in problems}:
            continue
        what = f"{en_what[:1].upper()}{en_what[1:]}"
        limit = MAX_SHORT_FIELD if field in _SHORT_FIELDS else MAX_LINE_FIELD
        if has_control_character(text):
            add(field, f"{th_what}มีอักขระที่ใช้ไม่ได้ (เช่น แท็บหรือการขึ้นบรรทัดใหม่)",
                f"{what} holds a character that is not allowed (such as a tab or a line break)")
        elif len(text.strip()) > limit:  # else storage refuses it, in a line that names no field
            add(field, f"ช่อง{th_what}ยาวเกิน {limit:,} ตัวอักษร (ขณะนี้ {len(text.strip()):,} ตัวอักษร)",
                f"{what} is longer than {limit:,} characters ({len(text.strip()):,})")
    return problems
