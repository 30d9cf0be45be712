"""The answers file: both value forms, and every kind of bad input refused by name."""

from __future__ import annotations

import json

import pytest

from core.answers import answers_to_json, load_answers_file, parse_answers
from core.checklist import default_checklist
from core.errors import AnswersError
from core.model import Answer, AnswerValue

CL = default_checklist()


def test_string_and_object_forms():
    answers = parse_answers(
        {"answers": {"P01": "yes", "S04": {"value": "na", "reason": "ไม่มีค่าธรรมเนียม", "note": "ดูคำสั่ง"},
                     "C01": {"value": "Partial", "note": "อยู่ระหว่างแต่งตั้ง"}}},
        CL,
    )
    assert answers["P01"] == Answer(AnswerValue.YES)
    assert answers["S04"] == Answer(AnswerValue.NA, "ไม่มีค่าธรรมเนียม", "ดูคำสั่ง")
    assert answers["C01"] == Answer(AnswerValue.PARTIAL, "", "อยู่ระหว่างแต่งตั้ง")


@pytest.mark.parametrize(
    ("answers", "fragment"),
    [
        ({"X01": "yes"}, "unknown item id X01"),
        ({"P01": "maybe"}, "P01: bad value"),
        ({"P01": {"value": "na", "reason": "x"}}, "P01 does not allow N/A"),
        ({"P01": 5}, "P01: bad answer"),
        ({"P01": {"value": "yes", "colour": "red"}}, "unknown field colour"),
    ],
)
def test_bad_answers_are_named(answers, fragment):
    with pytest.raises(AnswersError) as info:
        parse_answers({"answers": answers}, CL)
    assert fragment in info.value.text("en")


def test_a_draft_with_an_na_still_lacking_its_reason_reads_back_and_scores_it_as_open():
    from core.scoring import score

    draft = {"P01": Answer(AnswerValue.YES), "S04": Answer(AnswerValue.NA, "", "ถามฝ่ายการเงิน")}
    again = parse_answers(json.loads(json.dumps(answers_to_json(draft, CL))), CL)
    assert again == draft
    assert parse_answers({"answers": {"S04": {"value": "na", "reason": "   "}}}, CL)["S04"].reason == ""
    card = score(CL, again)
    assert card.na_without_reason == ("S04",) and not card.complete


def test_file_level_errors(tmp_path):
    with pytest.raises(AnswersError, match="file not found"):
        load_answers_file(tmp_path / "none.json", CL)
    bad = tmp_path / "bad.json"
    bad.write_text('{"answers": {"P01": "yes",}}', "utf-8")
    with pytest.raises(AnswersError, match="line 1"):
        load_answers_file(bad, CL)
    wrong = tmp_path / "wrong.json"
    wrong.write_text('["yes"]', "utf-8")
    with pytest.raises(AnswersError, match='"answers"'):
        load_answers_file(wrong, CL)


def test_canonical_json_round_trips(tmp_path):
    original = {
        "P01": Answer(AnswerValue.YES),
        "S04": Answer(AnswerValue.NA, "ไม่มีค่าธรรมเนียม"),
        "T08": Answer(AnswerValue.NO, "", "หมายเหตุ \"ยาว\" ภาษาไทย"),
    }
    path = tmp_path / "a.json"
    path.write_text(json.dumps(answers_to_json(original, CL), ensure_ascii=False), "utf-8")
    assert load_answers_file(path, CL) == original
