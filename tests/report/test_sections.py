"""Sections that only appear for some results: blocked higher-level evidence and open items."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from core.checklist import default_checklist
from core.model import Answer, AnswerValue
from core.records import MAX_SHORT_FIELD
from core.report import render_full_report
from core.report.source import ReportSource, answers_verification
from core.scoring import score
from core.text import Text
from tests.report.pdftools import contains_wrapped, norm, text_raw, wrapped_pattern

CHECKLIST = default_checklist()


def _source(answers: dict[str, Answer]) -> ReportSource:
    return ReportSource(Text("กรมทดสอบระบบ", "Test Department"), 2568, answers,
                        answers_verification(answers, CHECKLIST), date(2025, 10, 1), CHECKLIST)


def test_blocked_evidence_lists_the_credited_items_of_each_blocked_level(tmp_path: Path) -> None:
    # Level 2 fails while levels 3 and 4 are fully in place: their evidence is blocked.
    answers = {i.id: Answer(AnswerValue.NO if i.level == 2 else AnswerValue.YES) for i in CHECKLIST.items}
    card = score(CHECKLIST, answers)
    assert card.level == 1 and card.blocked_levels == (3, 4)  # the engine's view, independently
    text = norm(text_raw(render_full_report(_source(answers), tmp_path / "b.pdf", "en")))
    section = text.split("4. Blocked higher-level evidence")[1].split("5. Path to the next level")[0]
    assert "Level 3 Developing Connected Government" in section and "Level 4 Mature Open Government" in section
    listed = {i.id for i in CHECKLIST.items if i.id in section}
    assert listed == {i.id for i in CHECKLIST.items if i.level in (3, 4)}


def test_an_incomplete_draft_says_so_and_lists_the_open_items(tmp_path: Path) -> None:
    answers = {i.id: Answer(AnswerValue.YES) for i in CHECKLIST.items[:50]}
    text = text_raw(render_full_report(_source(answers), tmp_path / "i.pdf", "th"))
    assert contains_wrapped(text, "ยังตอบไม่ครบ 10 ข้อ: ผลเบื้องต้น")
    section = norm(text).split("6. ข้อที่ยังไม่สมบูรณ์")[1]
    assert [i.id for i in CHECKLIST.items if i.id in section] == [i.id for i in CHECKLIST.items[50:]]
    assert section.count("ยังไม่ตอบ") >= 10


def test_at_the_top_level_there_is_no_path(tmp_path: Path) -> None:
    answers = {i.id: Answer(AnswerValue.YES) for i in CHECKLIST.items}
    text = text_raw(render_full_report(_source(answers), tmp_path / "t.pdf", "en"))
    assert contains_wrapped(text, "The agency is at the top level.")
    assert "100.0" in text


def test_notes_with_markup_characters_and_zero_width_spaces_print_literally(tmp_path: Path) -> None:
    answers = {i.id: Answer(AnswerValue.YES) for i in CHECKLIST.items}
    # A note pasted from the UI may carry its U+200B wrap hints; markup characters are just text.
    answers["P01"] = Answer(AnswerValue.YES, "", "ระบบ A & B <ใหม่> ใช้\u200bงาน\u200bได้ 100% \"ครบ\"")
    text = text_raw(render_full_report(_source(answers), tmp_path / "m.pdf", "th"))
    assert "\u200b" not in text
    assert contains_wrapped(text, "หมายเหตุ: ระบบ A & B <ใหม่> ใช้งานได้ 100% \"ครบ\"")


def test_fifty_assessors_with_the_longest_names_are_all_listed(tmp_path: Path) -> None:
    # A submission may name 50 assessors of MAX_SHORT_FIELD characters: more
    # than a page of names, which once stopped the report with a layout error.
    answers = {i.id: Answer(AnswerValue.YES) for i in CHECKLIST.items}
    role = "นางสาวสมหญิง ใจดี (ผู้อำนวยการกองยุทธศาสตร์และแผนงาน) "
    tails = [f"ผู้ประเมินคนที่ {n}" for n in range(1, 51)]
    names = tuple((role * 5)[: MAX_SHORT_FIELD - len(tail)] + tail for tail in tails)
    assert {len(name) for name in names} == {MAX_SHORT_FIELD}
    source = dataclasses.replace(_source(answers), assessors=names)
    text = norm(text_raw(render_full_report(source, tmp_path / "a.pdf", "th")))
    assert all(contains_wrapped(text, tail) for tail in tails)
    # The rest of the cover follows the names.
    last = wrapped_pattern(tails[-1]).search(text)
    assert last is not None and contains_wrapped(text[last.end():], source.verification.code)
