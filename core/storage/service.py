"""SqliteAssessmentService: the AssessmentService of core/records.py over the data folder.

Every public write is one transaction that also appends its audit entries,
so the audit log and the data can never disagree. Locked (finalized or
later) and trashed assessments are refused here with a clear message; the
schema's triggers refuse the same as a backstop. This module holds agencies,
assessments and answers; evidence and the status ladder are in their own
modules, the shared checks in service_base.py.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping

from core.errors import KaoError
from core.model import Answer, AnswerValue
from core.records import (
    MAX_AGENCY_CODE,
    MAX_LINE_FIELD,
    MAX_SHORT_FIELD,
    Agency,
    AgencyKind,
    AnswerMeta,
    AssessmentDetail,
    AssessmentStatus,
    AssessmentSummary,
    AuditEntry,
    EvidenceFile,
    as_one_line,
    check_line_text,
)
from core.storage.errors import NotFoundError
from core.storage.rows import (
    ASSESSMENT_SQL,
    agency_from_row,
    agency_to_json,
    answer_from_row,
    audit_from_row,
    evidence_from_row,
    now_iso,
    parse_time,
)
from core.storage.service_base import (
    AUDIT_SQL,
    MAX_FISCAL_YEAR,
    MIN_FISCAL_YEAR,
    check_year,
    clean_assessors,
    default_actor,
    missing_assessment,
)
from core.storage.service_evidence import EvidenceOps
from core.storage.service_status import StatusOps
from core.storage.summaries import list_summaries

__all__ = ["MAX_FISCAL_YEAR", "MIN_FISCAL_YEAR", "SqliteAssessmentService", "default_actor"]

# The state check and the previous answer in one statement: this is the autosave hot path.
_Change = Callable[[Answer], Answer]  # from the stored answer to the one to store
_SAVE_STATE_SQL = """
SELECT a.status, a.deleted_at, a.checklist_id, x.value, x.reason, x.note
FROM assessments a LEFT JOIN answers x ON x.assessment_id = a.id AND x.item_id = ?
WHERE a.id = ?
"""
_UPSERT_SQL = """
INSERT INTO answers (assessment_id, item_id, value, reason, note, updated_at, updated_by)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (assessment_id, item_id) DO UPDATE SET
    value = excluded.value, reason = excluded.reason, note = excluded.note,
    updated_at = excluded.updated_at, updated_by = excluded.updated_by
"""


class SqliteAssessmentService(StatusOps, EvidenceOps):
    """Open it with :func:`core.storage.open_service`; close it (or use ``with``) to back up on exit."""

    # -- agencies ---------------------------------------------------------------------------

    def list_agencies(self) -> list[Agency]:
        with self._store.read() as conn:
            return [agency_from_row(r) for r in conn.execute("SELECT * FROM agencies ORDER BY code, id")]

    def get_agency(self, agency_id: int) -> Agency:
        with self._store.read() as conn:
            row = conn.execute("SELECT * FROM agencies WHERE id = ?", (agency_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"ไม่พบหน่วยงานหมายเลข {agency_id}", f"no agency with id {agency_id}")
        return agency_from_row(row)

    def save_agency(self, agency: Agency) -> Agency:
        """Insert (id None) or update. Form-level checks live in core.agency_rules; these keep the data sane."""
        code = agency.code.strip()
        if not code:
            raise KaoError("กรุณากรอกรหัสหน่วยงาน", "the agency code is empty")
        if not agency.name.th.strip():
            raise KaoError("กรุณากรอกชื่อหน่วยงานภาษาไทย", "the agency's Thai name is empty")
        if len(code) > MAX_AGENCY_CODE:  # beyond what a submission file carries: see core.records
            raise KaoError(f"รหัสหน่วยงานยาวเกิน {MAX_AGENCY_CODE} ตัวอักษร",
                           f"the agency code is longer than {MAX_AGENCY_CODE} characters")
        for text, limit in ((agency.name.th, MAX_LINE_FIELD), (agency.name.en, MAX_LINE_FIELD),
                            (agency.contact, MAX_LINE_FIELD), (agency.ministry, MAX_SHORT_FIELD),
                            (agency.department, MAX_SHORT_FIELD), (agency.province, MAX_SHORT_FIELD)):
            if len(text.strip()) > limit:
                raise KaoError(f"ข้อมูลหน่วยงานยาวเกิน {limit} ตัวอักษร: {text[:40]}…",
                               f"an agency field is longer than {limit} characters: {text[:40]}…")
        for _field, text, th_what, en_what in agency.text_fields():
            check_line_text(text, th_what, en_what)
        kind = AgencyKind(agency.kind)
        values = (
            # No English name: the Thai one stands in, as the profile form does, so English documents name the agency.
            code, agency.name.th.strip(), agency.name.en.strip() or agency.name.th.strip(), kind.value,
            agency.ministry.strip(),
            agency.department.strip(), agency.province.strip(), agency.contact.strip(),
        )
        at = now_iso()
        with self._store.write() as conn:
            clash = conn.execute(
                "SELECT id FROM agencies WHERE code = ? AND id <> ?",
                (code, -1 if agency.id is None else agency.id),
            ).fetchone()
            if clash is not None:
                raise KaoError(f"มีหน่วยงานรหัส {code} อยู่แล้ว", f"an agency with code {code} already exists")
            if agency.id is None:
                cur = conn.execute(
                    "INSERT INTO agencies (code, name_th, name_en, kind, ministry, department, province,"
                    " contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    values,
                )
                agency_id = int(cur.lastrowid or 0)
                old_json = None
            else:
                agency_id = agency.id
                old = conn.execute("SELECT * FROM agencies WHERE id = ?", (agency_id,)).fetchone()
                if old is None:
                    raise NotFoundError(f"ไม่พบหน่วยงานหมายเลข {agency_id}", f"no agency with id {agency_id}")
                old_json = agency_to_json(agency_from_row(old))
                conn.execute(
                    "UPDATE agencies SET code = ?, name_th = ?, name_en = ?, kind = ?, ministry = ?,"
                    " department = ?, province = ?, contact = ? WHERE id = ?",
                    (*values, agency_id),
                )
            saved = agency_from_row(conn.execute("SELECT * FROM agencies WHERE id = ?", (agency_id,)).fetchone())
            new_json = agency_to_json(saved)
            if new_json != old_json:
                self._audit(conn, at, "agency", agency_id=agency_id, old=old_json, new=new_json)
        return saved

    # -- assessments ------------------------------------------------------------------------

    def create_assessment(self, agency_id: int, fiscal_year: int, assessors: tuple[str, ...]) -> AssessmentDetail:
        return self.get_assessment(self._create(agency_id, fiscal_year, assessors, copied_from=None))

    def _create(
        self, agency_id: int, fiscal_year: int, assessors: Iterable[str], *, copied_from: int | None,
        correcting: bool = False,
    ) -> int:
        check_year(fiscal_year)
        names = clean_assessors(assessors)
        at = now_iso()
        with self._store.write() as conn:
            if conn.execute("SELECT 1 FROM agencies WHERE id = ?", (agency_id,)).fetchone() is None:
                raise NotFoundError(f"ไม่พบหน่วยงานหมายเลข {agency_id}", f"no agency with id {agency_id}")
            self._no_duplicate(conn, agency_id, fiscal_year, correcting=correcting)
            cur = conn.execute(
                "INSERT INTO assessments (uid, agency_id, fiscal_year, checklist_id, checklist_version,"
                " assessors, status, created_at, updated_at, copied_from)"
                " VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)",
                (
                    _new_uid(), agency_id, fiscal_year, self.checklist.id, self.checklist.version,
                    json.dumps(names, ensure_ascii=False), at, at, copied_from,
                ),
            )
            new_id = int(cur.lastrowid or 0)
            self._audit(conn, at, "create", assessment_id=new_id, agency_id=agency_id, new=str(fiscal_year))
        return new_id

    def get_assessment(self, assessment_id: int) -> AssessmentDetail:
        with self._store.read() as conn:
            row = conn.execute(ASSESSMENT_SQL + " WHERE a.id = ?", (assessment_id,)).fetchone()
            if row is None:
                raise missing_assessment(assessment_id)
            answer_rows = conn.execute(
                "SELECT item_id, value, reason, note, review, updated_at, updated_by FROM answers"
                " WHERE assessment_id = ?",
                (assessment_id,),
            ).fetchall()
            evidence_rows = conn.execute(
                "SELECT l.item_id, l.sha256, l.filename, l.added_at, f.size"
                " FROM answer_evidence l JOIN evidence_files f ON f.sha256 = l.sha256"
                " WHERE l.assessment_id = ? ORDER BY l.added_at, l.sha256",
                (assessment_id,),
            ).fetchall()
        evidence: dict[str, list[EvidenceFile]] = {}
        for r in evidence_rows:
            evidence.setdefault(r["item_id"], []).append(evidence_from_row(r))
        # Answer saves do not rewrite the assessment row (one page less per autosave): the newest
        # answer time is part of "updated".
        updated = max([row["updated_at"], *(r["updated_at"] for r in answer_rows)])
        return AssessmentDetail(
            id=row["id"],
            uid=row["uid"],
            agency=agency_from_row(row, "g_"),
            fiscal_year=row["fiscal_year"],
            checklist_id=row["checklist_id"],
            checklist_version=row["checklist_version"],
            assessors=tuple(json.loads(row["assessors"])),
            status=AssessmentStatus(row["status"]),
            created_at=parse_time(row["created_at"]),
            updated_at=parse_time(updated),
            answers={r["item_id"]: answer_from_row(r) for r in answer_rows if r["value"] or r["reason"] or r["note"]},
            review_flags=frozenset(r["item_id"] for r in answer_rows if r["review"]),
            evidence={k: tuple(v) for k, v in evidence.items()},
            answer_meta={
                r["item_id"]: AnswerMeta(parse_time(r["updated_at"]), r["updated_by"]) for r in answer_rows
            },
            deleted=row["deleted_at"] is not None,
        )

    def list_assessments(self, *, include_deleted: bool = False) -> list[AssessmentSummary]:
        return list_summaries(self._store, self.checklist, include_deleted=include_deleted)

    def update_assessment(
        self, assessment_id: int, *, fiscal_year: int | None = None, assessors: tuple[str, ...] | None = None
    ) -> AssessmentDetail:
        at = now_iso()
        with self._store.write() as conn:
            self._editable(conn, assessment_id)
            row = conn.execute(
                "SELECT agency_id, fiscal_year, assessors FROM assessments WHERE id = ?", (assessment_id,)
            ).fetchone()
            if fiscal_year is not None and fiscal_year != row["fiscal_year"]:
                check_year(fiscal_year)
                self._no_duplicate(conn, row["agency_id"], fiscal_year, except_id=assessment_id)
                conn.execute("UPDATE assessments SET fiscal_year = ? WHERE id = ?", (fiscal_year, assessment_id))
                self._audit(conn, at, "fiscal_year", assessment_id=assessment_id,
                            old=str(row["fiscal_year"]), new=str(fiscal_year))
            if assessors is not None:
                new = json.dumps(clean_assessors(assessors), ensure_ascii=False)
                if new != row["assessors"]:
                    conn.execute("UPDATE assessments SET assessors = ? WHERE id = ?", (new, assessment_id))
                    self._audit(conn, at, "assessors", assessment_id=assessment_id, old=row["assessors"], new=new)
            self._touch(conn, assessment_id, at)
        return self.get_assessment(assessment_id)

    # -- answers ----------------------------------------------------------------------------

    def _write_answer(
        self, conn: sqlite3.Connection, assessment_id: int, item_id: str, answer: Answer | _Change, at: str
    ) -> bool:
        """``answer`` whole, or a change to the stored one (made inside this write, so another
        window's fields in between are kept)."""
        # The autosave hot path (bench/bench_storage.py): plain tuples and strings, one read, and
        # only the audit rows of the fields that changed.
        row = conn.execute(_SAVE_STATE_SQL, (item_id, assessment_id)).fetchone()
        if row is None or row[0] != "draft" or row[1] is not None or row[2] != self.checklist.id:
            self._check_editable(assessment_id, row)
        old_reason, old_note = row[4] or "", row[5] or ""
        if not isinstance(answer, Answer):
            answer = answer(Answer(None if row[3] is None else AnswerValue(row[3]), old_reason, old_note))
            self._check_answer(item_id, answer)
        value = None if answer.value is None else answer.value.value
        changes = []
        if row[3] != value:
            changes.append(("answer", row[3], value))
        if old_reason != answer.reason:
            changes.append(("reason", old_reason or None, answer.reason or None))
        if old_note != answer.note:
            changes.append(("note", old_note or None, answer.note or None))
        if not changes:
            return False
        conn.execute(_UPSERT_SQL, (assessment_id, item_id, value, answer.reason, answer.note, at, self.actor))
        conn.executemany(
            AUDIT_SQL,
            [(assessment_id, None, at, self.actor, action, item_id, old, new, None) for action, old, new in changes],
        )
        return True

    def save_answer(self, assessment_id: int, item_id: str, answer: Answer) -> None:
        """Store one answer (value, N/A reason, note). An unchanged answer writes nothing.

        The review flag is left as it is: clearing it is the user's explicit decision.
        """
        self._check_answer(item_id, answer)
        at = now_iso()
        with self._store.write() as conn:
            self._write_answer(conn, assessment_id, item_id, answer, at)

    def save_value(self, assessment_id: int, item_id: str, value: AnswerValue | None) -> None:
        """Set the answer alone; the stored note and reason stay (another window may have written them)."""
        at = now_iso()
        with self._store.write() as conn:
            self._write_answer(conn, assessment_id, item_id, lambda stored: dataclasses.replace(stored, value=value),
                               at)

    def save_text(self, assessment_id: int, item_id: str, *, note: str, reason: str) -> None:
        """Set the note and the N/A reason alone; the stored answer stays."""
        at = now_iso()
        with self._store.write() as conn:
            self._write_answer(conn, assessment_id, item_id,
                               lambda stored: dataclasses.replace(stored, note=note, reason=reason), at)

    def save_answers(self, assessment_id: int, answers: Mapping[str, Answer]) -> int:
        """Store several answers at once, all or none (load-answers). Items not given are kept.

        Returns how many items changed.
        """
        for item_id, answer in answers.items():
            self._check_answer(item_id, answer)
        at = now_iso()
        with self._store.write() as conn:
            self._editable(conn, assessment_id)
            order = [i.id for i in self.checklist.items if i.id in answers]
            return sum(self._write_answer(conn, assessment_id, k, answers[k], at) for k in order)

    def set_review_flag(self, assessment_id: int, item_id: str, flagged: bool) -> None:
        self._check_answer(item_id, Answer())
        at = now_iso()
        with self._store.write() as conn:
            self._editable(conn, assessment_id)
            row = conn.execute(
                "SELECT review FROM answers WHERE assessment_id = ? AND item_id = ?", (assessment_id, item_id)
            ).fetchone()
            before = bool(row and row["review"])
            if before == flagged:
                return
            conn.execute(
                "INSERT INTO answers (assessment_id, item_id, review, updated_at, updated_by)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment_id, item_id) DO UPDATE SET review = excluded.review",
                (assessment_id, item_id, int(flagged), at, self.actor),
            )
            self._audit(conn, at, "review", assessment_id=assessment_id, item_id=item_id,
                        old=str(int(before)), new=str(int(flagged)))
            self._touch(conn, assessment_id, at)

    # -- copy, trash, history ---------------------------------------------------------------

    def copy_from_previous(self, assessment_id: int, fiscal_year: int) -> AssessmentDetail:
        """A new draft for ``fiscal_year`` with the answers, notes and evidence of ``assessment_id``, all for
        review. The year may be one whose assessments are all accepted: that is how a result is corrected."""
        at = now_iso()
        with self._store.write() as conn:
            src = self._state(conn, assessment_id)
            if src["deleted_at"] is not None:
                raise NotFoundError(
                    f"แบบประเมินหมายเลข {assessment_id} อยู่ในถังขยะ กู้คืนก่อน",
                    f"assessment {assessment_id} is in the trash; restore it first",
                )
            meta = conn.execute(
                "SELECT agency_id, uid, fiscal_year, assessors FROM assessments WHERE id = ?", (assessment_id,)
            ).fetchone()
            # Names an older Kao let through with a tab or line break come along on one line.
            assessors = [as_one_line(name) for name in json.loads(meta["assessors"])]
            new_id = self._create(meta["agency_id"], fiscal_year, assessors, copied_from=assessment_id,
                                  correcting=True)
            carried = 0
            for r in conn.execute(
                "SELECT item_id, value, reason, note, review FROM answers WHERE assessment_id = ?", (assessment_id,)
            ).fetchall():
                if not self.checklist.has_item(r["item_id"]):
                    continue
                answer = answer_from_row(r)
                if answer.value is AnswerValue.NA and not self.checklist.item(r["item_id"]).na_allowed:
                    continue
                if answer == Answer() and not r["review"]:
                    continue
                # A note or flag on an item not yet answered is work in progress too: it comes along.
                conn.execute(
                    "INSERT INTO answers (assessment_id, item_id, value, reason, note, review, updated_at,"
                    " updated_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                    (new_id, r["item_id"], r["value"], r["reason"], r["note"], at, self.actor),
                )
                carried += answer.value is not None
            conn.execute(
                "INSERT INTO answer_evidence (assessment_id, item_id, sha256, filename, added_at, added_by)"
                " SELECT ?, item_id, sha256, filename, ?, ? FROM answer_evidence WHERE assessment_id = ?",
                (new_id, at, self.actor, assessment_id),
            )
            self._audit(conn, at, "copy", assessment_id=new_id, old=f"{meta['fiscal_year']} uid:{meta['uid']}",
                        new=f"{carried} answers")
        return self.get_assessment(new_id)

    def delete(self, assessment_id: int) -> None:
        """Move to the trash. Nothing is erased: restore() brings it back as it was."""
        at = now_iso()
        with self._store.write() as conn:
            if self._state(conn, assessment_id)["deleted_at"] is not None:
                return
            conn.execute("UPDATE assessments SET deleted_at = ? WHERE id = ?", (at, assessment_id))
            self._audit(conn, at, "delete", assessment_id=assessment_id)

    def restore(self, assessment_id: int) -> None:
        at = now_iso()
        with self._store.write() as conn:
            if self._state(conn, assessment_id)["deleted_at"] is None:
                return
            row = conn.execute(
                "SELECT agency_id, fiscal_year FROM assessments WHERE id = ?", (assessment_id,)
            ).fetchone()
            self._no_duplicate(conn, row["agency_id"], row["fiscal_year"], except_id=assessment_id)
            conn.execute("UPDATE assessments SET deleted_at = NULL WHERE id = ?", (assessment_id,))
            self._audit(conn, at, "restore", assessment_id=assessment_id)

    def audit_log(self, assessment_id: int) -> list[AuditEntry]:
        """Every change to the assessment, oldest first."""
        with self._store.read() as conn:
            self._state(conn, assessment_id)
            rows = conn.execute(
                "SELECT * FROM audit_log WHERE assessment_id = ? ORDER BY id", (assessment_id,)
            ).fetchall()
        return [audit_from_row(r) for r in rows]


def _new_uid() -> str:
    import uuid  # here, not at the top: only a new assessment needs it, and start-up would pay ~2 ms

    return uuid.uuid4().hex
