"""What a submission file cannot carry is refused when it is typed, not when the assessment is sent."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest

from core.errors import KaoError
from core.model import Answer, AnswerValue
from core.records import MAX_ASSESSORS, MAX_LONG_FIELD, MAX_SHORT_FIELD, Agency, AgencyKind
from core.storage import SqliteAssessmentService
from core.text import Text
from tests.storage.helpers import example


def test_a_note_or_reason_longer_than_a_file_carries_is_refused_and_nothing_changes(
    service: SqliteAssessmentService, draft: int
) -> None:
    service.save_answer(draft, "P01", Answer(AnswerValue.YES, note="เดิม"))
    too_long = "ก" * (MAX_LONG_FIELD + 1)
    for write in (lambda: service.save_answer(draft, "P01", Answer(AnswerValue.YES, note=too_long)),
                  lambda: service.save_text(draft, "P01", note=too_long, reason=""),
                  lambda: service.save_text(draft, "S04", note="", reason=too_long)):
        with pytest.raises(KaoError, match="longer than 20,000 characters"):
            write()
    assert service.get_assessment(draft).answers == {"P01": Answer(AnswerValue.YES, note="เดิม")}
    service.save_text(draft, "P01", note="ก" * MAX_LONG_FIELD, reason="")  # the limit itself is fine
    assert len(service.get_assessment(draft).answers["P01"].note) == MAX_LONG_FIELD


def test_assessors_beyond_what_a_file_carries_are_refused(service: SqliteAssessmentService, draft: int) -> None:
    before = service.get_assessment(draft).assessors
    with pytest.raises(KaoError, match=f"at most {MAX_ASSESSORS} assessors"):
        service.update_assessment(draft, assessors=tuple(f"ผู้ประเมิน {n}" for n in range(MAX_ASSESSORS + 1)))
    with pytest.raises(KaoError, match="an assessor's name is longer than 200"):
        service.update_assessment(draft, assessors=("ก" * (MAX_SHORT_FIELD + 1),))
    assert service.get_assessment(draft).assessors == before


def test_a_reopen_reason_longer_than_a_file_carries_is_refused(service: SqliteAssessmentService, draft: int) -> None:
    service.save_answers(draft, example("a"))
    service.finalize(draft)
    with pytest.raises(KaoError, match="the reason for reopening is longer"):
        service.reopen(draft, "ก" * (MAX_LONG_FIELD + 1))
    service.reopen(draft, "แก้ข้อ P01")


@pytest.mark.parametrize("bad", ["แท็บ\tกลางชื่อ", "สองบรรทัด\nต่อกัน", "ok\x1b[2J", "DEL\x7f", "C1\x9b2J", "sep\u2028x"])
def test_a_control_character_in_a_one_line_field_is_refused_and_nothing_changes(
    service: SqliteAssessmentService, draft: int, bad: str
) -> None:
    # A tab or line break pasted from a spreadsheet prints as a box or splits a table row, in the
    # PDF, the central office's lists and its spreadsheet; an escape sequence drives a terminal.
    detail = service.get_assessment(draft)
    agency = detail.agency
    for changed in (replace(agency, name=Text(bad, agency.name.en)), replace(agency, contact=bad),
                    replace(agency, province=bad), replace(agency, code=f"X{bad}")):
        with pytest.raises(KaoError, match="not allowed"):
            service.save_agency(changed)
    with pytest.raises(KaoError, match="not allowed"):
        service.update_assessment(draft, assessors=("สมชาย", bad))
    assert service.get_agency(agency.id) == agency and service.get_assessment(draft).assessors == detail.assessors
    assert service.save_agency(replace(agency, contact="โทร 0 2123 4567 ต่อ 12")).contact  # spaces are fine


def test_an_agency_without_an_english_name_is_named_in_thai_in_english(service: SqliteAssessmentService) -> None:
    # Only the Thai name is required (kao agency add without --name-en); an English certificate,
    # report or list must still name the agency, as the profile form already arranges.
    saved = service.save_agency(Agency("TH-ONLY", Text("กรมทดสอบชื่อไทย", " "), AgencyKind.DEPARTMENT, ministry="ก"))
    assert saved.id is not None and service.get_agency(saved.id).name == Text("กรมทดสอบชื่อไทย", "กรมทดสอบชื่อไทย")


def test_copying_last_year_carries_a_legacy_name_with_a_tab_on_one_line(
    service: SqliteAssessmentService, draft: int
) -> None:
    # An older Kao stored names as typed; a tab pasted between first and last name must not make
    # "copy from last year" refuse the whole copy. The old assessment itself is left as it was.
    raw = sqlite3.connect(service.database_path)
    with raw:
        raw.execute("UPDATE assessments SET assessors = ? WHERE id = ?",
                    (json.dumps(["สมชาย\tใจดี", "สมหญิง \r\n รักไทย", "ปกติ ดี"], ensure_ascii=False), draft))
    raw.close()
    new = service.copy_from_previous(draft, 2569)
    assert new.assessors == ("สมชาย ใจดี", "สมหญิง รักไทย", "ปกติ ดี")
    assert service.get_assessment(draft).assessors == ("สมชาย\tใจดี", "สมหญิง \r\n รักไทย", "ปกติ ดี")
