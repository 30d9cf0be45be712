"""The service as the GUI and the command line use it: what is stored is what comes back."""

from __future__ import annotations

import dataclasses
import getpass
import hashlib
import sqlite3
import time
from fractions import Fraction
from pathlib import Path

import pytest

from core.errors import AnswersError, KaoError
from core.model import Answer, AnswerValue
from core.records import AgencyKind, AssessmentStatus
from core.storage import (
    LockedAssessmentError,
    NotFoundError,
    SqliteAssessmentService,
    database_path,
    default_actor,
    open_service,
    summaries,
)
from core.text import Text
from tests.storage.helpers import add_agency, example

YES, NO, PARTIAL, NA = AnswerValue.YES, AnswerValue.NO, AnswerValue.PARTIAL, AnswerValue.NA


def one_line_bilingual(exc: KaoError) -> None:
    for text in (exc.message.th, exc.message.en):
        assert text.strip() and "\n" not in text
    assert exc.message.th != exc.message.en


def test_answers_survive_closing_and_reopening(service: SqliteAssessmentService, data_dir: Path, draft: int) -> None:
    service.save_answer(draft, "P01", Answer(YES))
    service.save_answer(draft, "S04", Answer(NA, "ไม่มีค่าธรรมเนียม", "ตรวจแล้ว"))
    service.save_answer(draft, "P02", Answer(PARTIAL, note="บางส่วน"))
    service.close()
    with open_service(data_dir, actor="other") as again:
        detail = again.get_assessment(draft)
    assert detail.answers == {
        "P01": Answer(YES),
        "S04": Answer(NA, "ไม่มีค่าธรรมเนียม", "ตรวจแล้ว"),
        "P02": Answer(PARTIAL, note="บางส่วน"),
    }
    assert detail.answer_meta["P01"].updated_by == "somchai"
    assert detail.agency.name == Text("สำนักงานพัฒนารัฐบาลดิจิทัล", "Digital Government Development Agency")
    assert detail.assessors == ("สมชาย ใจดี",) and detail.fiscal_year == 2568
    assert detail.status is AssessmentStatus.DRAFT and not detail.locked


def test_list_shows_progress_level_and_score_of_worked_example_a(service: SqliteAssessmentService, draft: int) -> None:
    partial = dict(list(example("a").items())[:15])
    service.save_answers(draft, partial)
    [row] = service.list_assessments()
    assert (row.answered, row.total, row.percent_answered) == (15, 60, 25)

    service.save_answers(draft, example("a"))
    [row] = service.list_assessments()
    assert (row.answered, row.percent_answered) == (60, 100)
    # DOMAIN.md §3.7: example A scores 18131/396 overall and reaches level 2.
    assert row.overall == Fraction(18131, 396) and row.level == 2
    assert row.agency.code == "DGA01" and row.fiscal_year == 2568 and row.status is AssessmentStatus.DRAFT


def test_na_without_reason_is_not_answered_and_blocks_finalize(service: SqliteAssessmentService, draft: int) -> None:
    answers = example("a")
    answers["S04"] = Answer(NA)
    service.save_answers(draft, answers)
    [row] = service.list_assessments()
    assert row.answered == 59
    with pytest.raises(AnswersError) as err:
        service.finalize(draft)
    assert "S04" in err.value.message.en and "reason" in err.value.message.en
    one_line_bilingual(err.value)
    assert service.get_assessment(draft).status is AssessmentStatus.DRAFT

    service.save_answer(draft, "S04", Answer(NA, "ไม่มีการเรียกเก็บค่าธรรมเนียม"))
    service.finalize(draft)
    assert service.get_assessment(draft).status is AssessmentStatus.FINALIZED


def test_finalize_refuses_while_items_are_unanswered(service: SqliteAssessmentService, draft: int) -> None:
    answers = example("c")
    del answers["P01"], answers["T08"]
    service.save_answers(draft, answers)
    with pytest.raises(AnswersError) as err:
        service.finalize(draft)
    assert "2 items unanswered" in err.value.message.en and "P01" in err.value.message.en
    assert "T08" in err.value.message.th
    assert service.get_assessment(draft).status is AssessmentStatus.DRAFT


def test_finalized_means_locked_until_reopened_with_a_reason(
    service: SqliteAssessmentService, draft: int, tmp_path: Path
) -> None:
    service.save_answers(draft, example("c"))
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 evidence")
    kept = service.attach_evidence(draft, "P01", photo)
    service.finalize(draft)
    before = service.get_assessment(draft)
    assert before.locked

    attempts = [
        lambda: service.save_answer(draft, "P01", Answer(NO)),
        lambda: service.save_answers(draft, {"P02": Answer(NO)}),
        lambda: service.set_review_flag(draft, "P01", True),
        lambda: service.attach_evidence(draft, "P02", photo),
        lambda: service.detach_evidence(draft, "P01", kept.sha256),
        lambda: service.update_assessment(draft, fiscal_year=2569),
    ]
    for attempt in attempts:
        with pytest.raises(LockedAssessmentError) as err:
            attempt()
        one_line_bilingual(err.value)
    after = service.get_assessment(draft)
    assert after.answers == before.answers and after.evidence == before.evidence and after.fiscal_year == 2568

    with pytest.raises(KaoError):
        service.reopen(draft, "   ")
    service.reopen(draft, "ผู้ตรวจขอให้แก้ข้อ P01")
    service.save_answer(draft, "P01", Answer(PARTIAL))
    service.finalize(draft)

    history = [(e.action, e.item_id, e.old, e.new) for e in service.audit_log(draft)]
    assert history[0] == ("create", None, None, "2568")
    assert history[-4:] == [
        ("finalize", None, "draft", "finalized"),
        ("reopen", None, "finalized", "draft"),
        ("answer", "P01", "yes", "partial"),
        ("finalize", None, "draft", "finalized"),
    ]
    reopen = next(e for e in service.audit_log(draft) if e.action == "reopen")
    assert reopen.reason == "ผู้ตรวจขอให้แก้ข้อ P01" and reopen.actor == "somchai"


def test_database_itself_refuses_to_change_a_finalized_assessment_or_the_audit_log(
    service: SqliteAssessmentService, draft: int
) -> None:
    """A stray tool or a future bug going around the service still cannot rewrite history."""
    service.save_answers(draft, example("c"))
    service.finalize(draft)
    raw = sqlite3.connect(service.database_path)
    try:
        for sql in (
            "UPDATE answers SET value = 'no' WHERE item_id = 'P01'",
            "DELETE FROM answers",
            "INSERT INTO answers (assessment_id, item_id, value, updated_at, updated_by)"
            f" VALUES ({draft}, 'ZZ', 'yes', 'now', 'x')",
            "UPDATE audit_log SET actor = 'someone else'",
            "DELETE FROM audit_log",
        ):
            with pytest.raises(sqlite3.IntegrityError):
                raw.execute(sql)
            raw.rollback()
    finally:
        raw.close()
    assert service.get_assessment(draft).answers == example("c")


def test_every_change_is_audited_with_who_and_from_to(service: SqliteAssessmentService, draft: int) -> None:
    service.save_answer(draft, "P01", Answer(YES))
    service.save_answer(draft, "P01", Answer(YES))  # unchanged: nothing to log
    service.save_answer(draft, "P01", Answer(NO, note="ยังไม่มีระบบ"))
    service.set_review_flag(draft, "P01", True)
    service.update_assessment(draft, assessors=("สมชาย ใจดี", "สมหญิง"))
    log = [(e.action, e.item_id, e.old, e.new, e.actor) for e in service.audit_log(draft)][1:]
    assert log == [
        ("answer", "P01", None, "yes", "somchai"),
        ("answer", "P01", "yes", "no", "somchai"),
        ("note", "P01", None, "ยังไม่มีระบบ", "somchai"),
        ("review", "P01", "0", "1", "somchai"),
        ("assessors", None, '["สมชาย ใจดี"]', '["สมชาย ใจดี", "สมหญิง"]', "somchai"),
    ]
    times = [e.at for e in service.audit_log(draft)]
    assert times == sorted(times)


def test_copy_last_year_carries_answers_and_evidence_all_marked_for_review(
    service: SqliteAssessmentService, draft: int, tmp_path: Path
) -> None:
    service.save_answers(draft, example("a"))
    doc = tmp_path / "แผนดิจิทัล.pdf"
    doc.write_bytes(b"%PDF-1.4 plan")
    service.attach_evidence(draft, "P02", doc)
    service.finalize(draft)

    new = service.copy_from_previous(draft, 2569)
    assert new.fiscal_year == 2569 and new.status is AssessmentStatus.DRAFT and new.id != draft
    assert new.answers == example("a")
    assert new.review_flags == frozenset(example("a"))
    assert [e.filename for e in new.evidence["P02"]] == ["แผนดิจิทัล.pdf"]
    assert new.agency == service.get_assessment(draft).agency and new.uid != service.get_assessment(draft).uid
    assert service.get_assessment(draft).status is AssessmentStatus.FINALIZED
    assert [e.action for e in service.audit_log(new.id)] == ["create", "copy"]

    with pytest.raises(KaoError) as err:
        service.copy_from_previous(draft, 2569)
    assert "already has an assessment for 2569" in err.value.message.en


def test_delete_goes_to_a_trash_that_restores_everything(service: SqliteAssessmentService, draft: int) -> None:
    service.save_answers(draft, example("a"))
    service.delete(draft)
    assert service.list_assessments() == []
    [trashed] = service.list_assessments(include_deleted=True)
    assert trashed.deleted and trashed.answered == 60
    with pytest.raises(NotFoundError) as err:
        service.save_answer(draft, "P01", Answer(NO))
    assert "trash" in err.value.message.en
    service.restore(draft)
    [back] = service.list_assessments()
    assert back.id == draft and not back.deleted
    assert service.get_assessment(draft).answers == example("a")
    assert [e.action for e in service.audit_log(draft)][-2:] == ["delete", "restore"]


def test_evidence_is_stored_once_by_content_and_survives_detach(
    service: SqliteAssessmentService, draft: int, data_dir: Path, tmp_path: Path
) -> None:
    content = "ภาพถ่ายหน้าเว็บไซต์".encode() * 100
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    first.write_bytes(content)
    second.write_bytes(content)
    one = service.attach_evidence(draft, "P01", first)
    two = service.attach_evidence(draft, "C01", second)
    expected_sha = hashlib.sha256(content).hexdigest()
    assert one.sha256 == two.sha256 == expected_sha and one.size == len(content)
    stored = [p for p in (data_dir / "evidence").rglob("*") if p.is_file()]
    assert stored == [data_dir / "evidence" / expected_sha[:2] / expected_sha]
    assert service.evidence_path(expected_sha).read_bytes() == content

    service.detach_evidence(draft, "P01", expected_sha)
    detail = service.get_assessment(draft)
    assert "P01" not in detail.evidence and [e.filename for e in detail.evidence["C01"]] == ["b.png"]
    assert service.evidence_path(expected_sha).read_bytes() == content
    actions = [(e.action, e.item_id) for e in service.audit_log(draft)]
    assert ("attach", "P01") in actions and ("detach", "P01") in actions


def test_evidence_over_the_size_limit_is_refused_clearly(data_dir: Path, tmp_path: Path) -> None:
    with open_service(data_dir, actor="somchai", max_evidence_bytes=1024 * 1024) as svc:
        agency = add_agency(svc)
        assert agency.id is not None
        draft = svc.create_assessment(agency.id, 2568, ()).id
        big = tmp_path / "scan.pdf"
        big.write_bytes(b"x" * (3 * 1024 * 1024))
        with pytest.raises(KaoError) as err:
            svc.attach_evidence(draft, "P01", big)
        assert "scan.pdf" in err.value.message.en and "3.0 MB" in err.value.message.en
        assert "1.0 MB" in err.value.message.th
        one_line_bilingual(err.value)
        assert svc.get_assessment(draft).evidence == {}
        assert not [p for p in (data_dir / "evidence").rglob("*") if p.is_file()]


def test_agencies_are_unique_by_code_and_edits_are_audited(service: SqliteAssessmentService) -> None:
    agency = add_agency(service)
    with pytest.raises(KaoError) as err:
        add_agency(service)
    assert "DGA01" in err.value.message.en
    moved = service.save_agency(
        type(agency)(agency.code, agency.name, AgencyKind.PROVINCIAL, province="เชียงใหม่", id=agency.id)
    )
    assert moved.kind is AgencyKind.PROVINCIAL and moved.province == "เชียงใหม่"
    assert service.list_agencies() == [moved]
    assert service.get_agency(moved.id or 0) == moved


def test_bad_input_gets_one_line_bilingual_errors(service: SqliteAssessmentService, draft: int) -> None:
    cases: list[tuple[type[KaoError], object]] = [
        (AnswersError, lambda: service.save_answer(draft, "X99", Answer(YES))),
        (AnswersError, lambda: service.save_answer(draft, "P01", Answer(NA, "เหตุผล"))),  # P01 has no N/A
        (NotFoundError, lambda: service.save_answer(9999, "P01", Answer(YES))),
        (NotFoundError, lambda: service.get_assessment(9999)),
        (NotFoundError, lambda: service.create_assessment(9999, 2568, ())),
        (KaoError, lambda: service.create_assessment(1, 2026, ())),
        (KaoError, lambda: service.create_assessment(1, 2568, ())),  # a second 2568 for the agency
        (NotFoundError, lambda: service.evidence_path("0" * 64)),
        (NotFoundError, lambda: service.evidence_path("../../etc/passwd")),
    ]
    for kind, call in cases:
        with pytest.raises(kind) as err:
            call()  # type: ignore[operator]
        one_line_bilingual(err.value)
    assert service.get_assessment(draft).answers == {}


def test_loading_answers_is_all_or_nothing(service: SqliteAssessmentService, draft: int) -> None:
    service.save_answer(draft, "P01", Answer(NO))
    with pytest.raises(AnswersError):
        service.save_answers(draft, {"P01": Answer(YES), "P02": Answer(YES), "P03": Answer(NA, "x")})
    assert service.get_assessment(draft).answers == {"P01": Answer(NO)}


def test_status_moves_draft_finalized_submitted_accepted_only_in_order(
    service: SqliteAssessmentService, draft: int
) -> None:
    with pytest.raises(KaoError):
        service.mark_submitted(draft)
    service.save_answers(draft, example("c"))
    service.finalize(draft)
    with pytest.raises(KaoError):
        service.mark_accepted(draft)
    service.mark_submitted(draft)
    service.mark_accepted(draft)
    assert service.get_assessment(draft).status is AssessmentStatus.ACCEPTED
    with pytest.raises(LockedAssessmentError):
        service.save_answer(draft, "P01", Answer(NO))


def test_actor_defaults_to_the_os_user_and_falls_back(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "ratchanee")
    assert default_actor() == "ratchanee"

    def no_user() -> str:
        raise OSError("no login name")

    monkeypatch.setattr(getpass, "getuser", no_user)
    assert default_actor() == "unknown"
    with open_service(data_dir) as svc:
        assert svc.actor == "unknown"
    assert database_path(data_dir).exists()


def test_home_list_scores_only_what_changed_and_survives_reopening(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real_score = summaries.score

    def counting_score(checklist, answers, **options):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real_score(checklist, answers, **options)

    monkeypatch.setattr(summaries, "score", counting_score)
    with open_service(data_dir, actor="somchai") as svc:
        agency = add_agency(svc)
        other = add_agency(svc, "DGA02")
        assert agency.id is not None and other.id is not None
        first = svc.create_assessment(agency.id, 2568, ()).id
        second = svc.create_assessment(other.id, 2568, ()).id
        svc.save_answers(first, example("a"))
        assert len(svc.list_assessments()) == 2 and len(calls) == 2
    with open_service(data_dir, actor="somchai") as svc:
        rows = {r.id: r for r in svc.list_assessments()}
        assert len(calls) == 2  # nothing changed: all from the cache
        assert rows[first].overall == Fraction(18131, 396) and rows[first].level == 2
        svc.save_answer(second, "P01", Answer(YES))
        rows = {r.id: r for r in svc.list_assessments()}
        assert len(calls) == 3 and rows[second].answered == 1 and rows[first].answered == 60
    newer = dataclasses.replace(svc.checklist, version=svc.checklist.version + "-next")
    with open_service(data_dir, actor="somchai", checklist=newer) as svc:
        svc.list_assessments()
        assert len(calls) == 5  # another checklist version: every figure is recomputed


def test_home_list_does_not_wait_for_a_busy_database(service: SqliteAssessmentService, draft: int) -> None:
    service.save_answers(draft, example("a"))
    other = sqlite3.connect(service.database_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        [row] = service.list_assessments()  # its cache cannot be written now
        assert time.monotonic() - started < 0.15  # busy_timeout is 200 ms: it did not wait
        assert row.answered == 60 and row.level == 2
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_the_locked_message_names_the_status_in_each_language_and_what_to_do():
    finalized = LockedAssessmentError(7, "finalized")
    assert "ยืนยันผลแล้ว" in finalized.text("th") and "finalized" not in finalized.text("th")
    assert "เปิดแก้ไขอีกครั้ง" in finalized.text("th") and "reopen" in finalized.text("en")
    assert "นำส่งแล้ว" in LockedAssessmentError(7, "submitted").text("th")
    accepted = LockedAssessmentError(7, "accepted")  # reopening is refused for it: the advice is a new draft
    assert "ส่วนกลางรับแล้ว" in accepted.text("th") and "คัดลอก" in accepted.text("th")
    assert "reopen" not in accepted.text("en") and "copy" in accepted.text("en")


def test_copy_carries_notes_and_flags_of_items_not_yet_answered(service: SqliteAssessmentService, draft: int) -> None:
    service.save_answer(draft, "P01", Answer(None, note="ขอคำสั่งแต่งตั้งจากกองการเจ้าหน้าที่"))
    service.set_review_flag(draft, "P02", True)
    service.save_answer(draft, "P03", Answer(YES))
    new = service.copy_from_previous(draft, 2569)
    assert new.answers == {"P01": Answer(None, note="ขอคำสั่งแต่งตั้งจากกองการเจ้าหน้าที่"), "P03": Answer(YES)}
    assert new.review_flags == {"P01", "P02", "P03"}
    assert service.audit_log(new.id)[-1].new == "1 answers"


def test_a_year_with_only_accepted_results_takes_a_correcting_copy(
    service: SqliteAssessmentService, draft: int
) -> None:
    """Accepted is read-only; the advised correction is a copy into the same year, sent again."""
    service.save_answers(draft, example("a"))
    service.finalize(draft)
    service.mark_submitted(draft)
    year = service.get_assessment(draft).fiscal_year
    with pytest.raises(KaoError, match=f"already has an assessment for {year}"):
        service.copy_from_previous(draft, year)  # submitted, not yet accepted: no second one
    service.mark_accepted(draft)
    correction = service.copy_from_previous(draft, year)
    assert correction.fiscal_year == year and correction.status is AssessmentStatus.DRAFT
    with pytest.raises(KaoError, match=f"already has an assessment for {year}"):
        service.copy_from_previous(draft, year)  # beside the correcting draft: refused again


def test_a_status_change_out_of_order_is_refused_in_words_of_the_language(
    service: SqliteAssessmentService, draft: int
) -> None:
    # "มีสถานะ draft เปลี่ยนเป็น submitted ไม่ได้" put the database's English words in a Thai sentence.
    with pytest.raises(KaoError) as refused:
        service.mark_submitted(draft)
    assert refused.value.message.th == f"แบบประเมินหมายเลข {draft} มีสถานะฉบับร่าง เปลี่ยนเป็นส่งแล้วไม่ได้"
    assert refused.value.message.en == f"assessment {draft} is draft; it cannot become submitted"
    assert service.get_assessment(draft).status is AssessmentStatus.DRAFT
