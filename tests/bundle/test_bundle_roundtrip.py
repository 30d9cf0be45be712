"""Export from an office's data folder, import into a central one: nothing lost, nothing changed."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from core.bundle.central import ImportStatus, import_submissions, open_central, stored_file
from core.bundle.code import parse_qr_payload
from core.bundle.content import answers_from_doc, audit_from_doc, evidence_from_doc, flags_from_doc, meta_from_doc
from core.bundle.drilldown import submission_view
from core.bundle.errors import BundleError
from core.bundle.models import AnswersDoc, AuditDoc
from core.bundle.office import export_size_summary, export_submission
from core.bundle.reader import read_submission
from core.checklist import default_checklist
from core.records import AssessmentStatus
from core.scoring import score
from tests.bundle.factory import MEMO, PHOTO
from tests.bundle.offices import office_folder, open_office

CL = default_checklist()


def test_export_then_import_keeps_everything(tmp_path: Path):
    office, aid = office_folder(tmp_path)
    out = tmp_path / "usb" / "cmi.kao"
    ticks: list[tuple[int, int]] = []
    with open_office(office) as svc:
        before = svc.get_assessment(aid)
        audit_before = svc.audit_log(aid)
        card_before = svc.score(aid)
        result = export_submission(svc, aid, out, progress=lambda d, t: ticks.append((d, t)))
        assert svc.get_assessment(aid).status is AssessmentStatus.SUBMITTED
        evidence_bytes = {sha: svc.evidence_path(sha).read_bytes()
                          for evs in before.evidence.values() for sha in (e.sha256 for e in evs)}
    assert ticks and ticks[-1][0] == ticks[-1][1]
    assert result.summary.evidence_count == 2

    central_dir = tmp_path / "central"
    with open_central(central_dir) as central:
        [res] = import_submissions([out], central)
        assert res.status is ImportStatus.IMPORTED and res.code == result.code
        assert res.new_key == result.fingerprint  # first file from this office: its key is pinned
        stored = central.store.get_submission(result.bundle_id)
        assert stored is not None
        kept = stored_file(central, result.bundle_id)
        assert kept.read_bytes() == out.read_bytes()
        view = submission_view(central, result.bundle_id)  # the drill-down, as the GUI and reports get it

    answers_doc = AnswersDoc.model_validate_json(stored.answers_json)
    audit_doc = AuditDoc.model_validate_json(stored.audit_json)
    # Answers (values, N/A reasons, notes), flags, evidence references, answer metadata: identical.
    assert answers_from_doc(answers_doc) == dict(before.answers)
    assert flags_from_doc(answers_doc) == before.review_flags
    assert evidence_from_doc(answers_doc) == dict(before.evidence)
    assert meta_from_doc(answers_doc) == dict(before.answer_meta)
    # The audit log, entry by entry.
    assert audit_from_doc(audit_doc) == audit_before
    # Scores: recomputed at the central office from what arrived, and as stored.
    assert score(CL, answers_from_doc(answers_doc)) == card_before
    assert stored.row.overall == str(card_before.overall) and stored.row.level == card_before.level
    # Evidence bytes, read back out of the kept original file by the hardened reader's rules.
    with zipfile.ZipFile(kept) as zf:
        inside = {n.removeprefix("evidence/"): zf.read(n) for n in zf.namelist() if n.startswith("evidence/")}
    assert inside == evidence_bytes
    assert {hashlib.sha256(PHOTO).hexdigest(), hashlib.sha256(MEMO).hexdigest()} == set(inside)
    assert read_submission(kept).code == result.code
    # The drill-down view rebuilds the office's records, with the certificate's code and QR payload.
    assert view.detail.answers == before.answers and view.detail.evidence == before.evidence
    assert view.detail.agency.code == before.agency.code and view.detail.assessors == before.assessors
    assert view.audit == audit_before and view.card == card_before
    assert parse_qr_payload(view.qr_payload)[2] == result.code == view.code


def test_size_summary_before_export(tmp_path: Path):
    office, aid = office_folder(tmp_path)
    with open_office(office) as svc:
        summary = export_size_summary(svc, aid)
    labels = sorted(m.label for m in summary.members)
    assert labels == sorted(["answers.json", "audit.json", "memo.txt", "คำสั่ง.pdf"])
    assert summary.total == sum(m.size for m in summary.members) > len(PHOTO) + len(MEMO)


def test_draft_cannot_be_exported(tmp_path: Path):
    office, aid = office_folder(tmp_path)
    with open_office(office) as svc:
        svc.reopen(aid, "แก้ข้อ P05")
        with pytest.raises(BundleError, match="finalize it before exporting"):
            export_submission(svc, aid, tmp_path / "x.kao")
    assert not (tmp_path / "x.kao").exists()


def test_text_stored_before_the_limits_is_named_at_export_and_old_history_is_cut(tmp_path: Path):
    """A database from before storage refused over-long notes may hold one: export names it (no
    internal error), and once the note is shortened the file goes, its history entry cut to fit."""
    import sqlite3

    from core.records import MAX_LONG_FIELD

    office, aid = office_folder(tmp_path)
    long_note = "บันทึก" * 5000  # 30,000 characters
    with open_office(office) as svc:
        svc.reopen(aid, "แก้บันทึก")
        path = svc.database_path
    conn = sqlite3.connect(path)
    with conn:  # as an older Kao stored it: no limit then
        conn.execute("UPDATE answers SET note = ? WHERE assessment_id = ? AND item_id = 'P01'", (long_note, aid))
        conn.execute("INSERT INTO audit_log (assessment_id, at, actor, action, item_id, old, new)"
                     " VALUES (?, '2026-01-01T00:00:00+00:00', 'somchai', 'note', 'P01', NULL, ?)", (aid, long_note))
    conn.close()
    with open_office(office) as svc:
        svc.finalize(aid)
        refused = r"cannot export: the note on item P01 is longer than 20,000 characters"
        with pytest.raises(BundleError, match=refused) as info:
            export_submission(svc, aid, tmp_path / "out.kao")
        assert "\n" not in info.value.message.th and not (tmp_path / "out.kao").exists()
        svc.reopen(aid, "ตัดบันทึกให้สั้นลง")
        svc.save_text(aid, "P01", note="บันทึกฉบับย่อ", reason="")
        svc.finalize(aid)
        written = export_submission(svc, aid, tmp_path / "out.kao")
    with zipfile.ZipFile(written.path) as zf:
        audit = AuditDoc.model_validate_json(zf.read("audit.json"))
    [cut] = [e for e in audit.entries if e.new is not None and e.new.startswith("บันทึกบันทึก")]
    assert len(cut.new or "") == MAX_LONG_FIELD and (cut.new or "").endswith("…")
