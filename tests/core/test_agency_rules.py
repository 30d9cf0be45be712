"""Agency profiles: every problem named per field, in both languages; provinces from the fixed list."""

from __future__ import annotations

from datetime import date

from core.agency_rules import agency_problems, province_named, provinces
from core.records import Agency, AgencyKind
from core.text import Text
from core.thai import fiscal_year

GOOD = Agency(code="0801", name=Text("สำนักงานจังหวัดเชียงใหม่", "Chiang Mai Provincial Office"),
              kind=AgencyKind.PROVINCIAL, province="เชียงใหม่")


def test_a_complete_profile_has_no_problems():
    assert agency_problems(GOOD) == []


def test_all_problems_are_reported_together_by_field():
    bad = Agency(code="x", name=Text("", ""), kind=AgencyKind.LOCAL, province="เชียงใหมม")
    fields = [p.field for p in agency_problems(bad)]
    assert fields == ["code", "name.th", "province"]
    messages = {p.field: p.message for p in agency_problems(bad)}
    assert "เชียงใหมม" in messages["province"].th and "Unknown province" in messages["province"].en


def test_provincial_needs_a_province_and_department_a_ministry():
    assert [p.field for p in agency_problems(Agency("C1", Text("สำนักงาน", "x"), AgencyKind.PROVINCIAL))] == [
        "province"]
    assert [p.field for p in agency_problems(Agency("C2", Text("กรมหนึ่ง", "x"), AgencyKind.DEPARTMENT))] == [
        "ministry"]


def test_thai_name_must_be_thai():
    assert [p.field for p in agency_problems(Agency("C3", Text("Dept", "Dept"), AgencyKind.DEPARTMENT,
                                                    ministry="MDES"))] == ["name.th"]


def test_the_province_list_is_complete():
    names = [p.th for p in provinces()]
    assert len(names) == 77 and len(set(names)) == 77
    assert {"กรุงเทพมหานคร", "บึงกาฬ", "เชียงใหม่", "นราธิวาส"} <= set(names)


def test_fiscal_year_starts_in_october():
    assert fiscal_year(date(2026, 9, 30)) == 2569
    assert fiscal_year(date(2026, 10, 1)) == 2570
    assert fiscal_year(date(2027, 1, 15)) == 2570


def test_province_names_follow_the_display_language():
    from core.agency_rules import province_name

    assert province_name("เชียงใหม่", "en") == "Chiang Mai"
    assert province_name("เชียงใหม่", "th") == "เชียงใหม่"
    assert province_name("ไม่มีจังหวัดนี้", "en") == "ไม่มีจังหวัดนี้"


def test_a_field_holding_a_tab_or_line_break_is_named():
    pasted = Agency("0801", Text("สำนักงานจังหวัด\tเชียงใหม่", "Chiang Mai\nOffice"), AgencyKind.PROVINCIAL,
                    province="เชียงใหม่", contact="053\x1b[2J")
    messages = {p.field: p.message for p in agency_problems(pasted)}
    assert list(messages) == ["name.th", "name.en", "contact"]
    assert "แท็บ" in messages["name.th"].th and messages["name.en"].en.startswith("The English name holds")


def test_a_province_typed_in_english_is_stored_by_its_thai_name():
    assert province_named(" chiang  MAI ") == "เชียงใหม่" and province_named("กรุงเทพมหานคร") == "กรุงเทพมหานคร"
    assert province_named("Bangkok City") == "Bangkok City"  # not on the list: left for agency_problems to name


def test_a_field_longer_than_storage_takes_is_named_beside_it():
    """Else the form saved, storage refused, and the user read 'an agency field is longer than 200 characters'."""
    long = Agency("C4", Text("กรม" + "ก" * 2000, "Department"), AgencyKind.DEPARTMENT, ministry="ก" * 201,
                  department="กอง" * 67, contact="โทร 02 123 4567")
    problems = {p.field: p.message for p in agency_problems(long)}
    assert set(problems) == {"name.th", "ministry", "department"}
    assert problems["ministry"].th == "ช่องกระทรวงยาวเกิน 200 ตัวอักษร (ขณะนี้ 201 ตัวอักษร)"
    assert problems["name.th"].en == "The Thai name is longer than 2,000 characters (2,003)"
    assert agency_problems(Agency("C5", Text("กรม", "Dept"), AgencyKind.DEPARTMENT, ministry="ก" * 200)) == []
