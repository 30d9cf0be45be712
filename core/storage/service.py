"""SqliteAssessmentService: the AssessmentService of core/records.py over the data folder.

Every public write is one transaction that also appends its audit entries,
so the audit log and the data can never disagree. Locked (finalized or
later) and trashed assessments are refused here with a clear message; the
schema's triggers refuse the same as a backstop.
"""

from __future__ import annotations

import getpass
import json
import logging
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType

from core.checklist import default_checklist
from core.errors import AnswersError, KaoError
from core.model import Answer, AnswerValue, Checklist
from core.records import (
    Agency,
    AgencyKind,
    AnswerMeta,
    AssessmentDetail,
    AssessmentStatus,
    AssessmentSummary,
    AuditEntry,
    EvidenceFile,
)
from core.scoring import ScoreCard, score
from core.storage import backups
from core.storage.db import Store
from core.storage.errors import LockedAssessmentError, NotFoundError, StorageError
from core.storage.evidence import DEFAULT_MAX_EVIDENCE_BYTES, evidence_file, import_file, viewing_copy
from core.storage.rows import (
    ASSESSMENT_SQL,
    agency_from_row,
    agency_to_json,
    answer_from_row,
    audit_from_row,
    evidence_from_row,
    now_iso,
    parse_time,
    scorable,
)
from core.storage.summaries import list_summaries

__all__ = ["MAX_FISCAL_YEAR", "MIN_FISCAL_YEAR", "SqliteAssessmentService", "default_actor"]

log = logging.getLogger(__name__)

# Buddhist-era years; a Gregorian year (2026) falls outside and gets a hint.
MIN_FISCAL_YEAR, MAX_FISCAL_YEAR = 2500, 2700

_STATE_SQL = "SELECT status, deleted_at, checklist_id FROM assessments WHERE id = ?"
# The state check and the previous answer in one statement: this is the autosave hot path.
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
_AUDIT_SQL = """
INSERT INTO audit_log (assessment_id, agency_id, at, actor, action, item_id, old, new, reason)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


def default_actor() -> str:
    """The OS user name: who did it, in the audit log."""
    try:
        name = getpass.getuser()
    except Exception:  # no login name (some services, containers): never block a save on it
        name = ""
    return name.strip() or "unknown"


def _missing(assessment_id: int) -> NotFoundError:
    return NotFoundError(f"ไม่พบแบบประเมินหมายเลข {assessment_id}", f"no assessment with id {assessment_id}")


def _clean_assessors(assessors: Iterable[str]) -> tuple[str, ...]:
    return tuple(name.strip() for name in assessors if name.strip())


def _check_year(fiscal_year: int) -> None:
    if not MIN_FISCAL_YEAR <= fiscal_year <= MAX_FISCAL_YEAR:
        raise KaoError(
            f"ปีงบประมาณ {fiscal_year} ไม่ถูกต้อง ใช้ปี พ.ศ. เช่น 2569",
            f"fiscal year {fiscal_year} is not valid: use the Buddhist era, e.g. 2569",
        )


class SqliteAssessmentService:
    """Open it with :func:`core.storage.open_service`; close it (or use ``with``) to back up on exit."""

    def __init__(
        self,
        store: Store,
        data_dir: Path,
        *,
        actor: str | None = None,
        checklist: Checklist | None = None,
        max_evidence_bytes: int = DEFAULT_MAX_EVIDENCE_BYTES,
        backup_on_close: bool = True,
    ) -> None:
        self._store = store
        self.data_dir = data_dir
        self.actor = actor.strip() if actor and actor.strip() else default_actor()
        self.checklist = checklist or default_checklist()
        self.max_evidence_bytes = max_evidence_bytes
        self._backup_on_close = backup_on_close
        self._closed = False
        # Problems that did not stop the folder from opening (a failed opening backup): show them.
        self.warnings: list[StorageError] = []

    # -- lifecycle --------------------------------------------------------------------------

    @property
    def database_path(self) -> Path:
        return self._store.path

    def checkpoint(self) -> None:
        """Make every committed change durable in the main file (call before an export)."""
        if not self._store.checkpoint():
            log.info("checkpoint incomplete: another connection is reading")

    def close(self) -> StorageError | None:
        """Checkpoint, take the closing backup, close. Returns (never raises) a backup problem to show."""
        if self._closed:
            return None
        self._closed = True
        problem: StorageError | None = None
        try:
            self._store.checkpoint()
            if self._backup_on_close:
                backups.make_backup(self._store, self.data_dir, "close")
        except StorageError as exc:
            log.warning("closing backup failed: %s", exc)
            problem = exc
        finally:
            self._store.close()
        return problem

    def __enter__(self) -> SqliteAssessmentService:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- helpers ----------------------------------------------------------------------------

    def _audit(
        self,
        conn: sqlite3.Connection,
        at: str,
        action: str,
        *,
        assessment_id: int | None = None,
        agency_id: int | None = None,
        item_id: str | None = None,
        old: str | None = None,
        new: str | None = None,
        reason: str | None = None,
    ) -> None:
        conn.execute(_AUDIT_SQL, (assessment_id, agency_id, at, self.actor, action, item_id, old, new, reason))

    def _state(self, conn: sqlite3.Connection, assessment_id: int) -> sqlite3.Row:
        row: sqlite3.Row | None = conn.execute(_STATE_SQL, (assessment_id,)).fetchone()
        if row is None:
            raise _missing(assessment_id)
        return row

    def _check_editable(self, assessment_id: int, row: sqlite3.Row | None) -> None:
        if row is None:
            raise _missing(assessment_id)
        if row["deleted_at"] is not None:
            raise NotFoundError(
                f"แบบประเมินหมายเลข {assessment_id} อยู่ในถังขยะ กู้คืนก่อนแก้ไข",
                f"assessment {assessment_id} is in the trash; restore it before changing it",
            )
        if row["status"] != AssessmentStatus.DRAFT.value:
            raise LockedAssessmentError(assessment_id, row["status"])
        if row["checklist_id"] != self.checklist.id:
            raise KaoError(
                f"แบบประเมินหมายเลข {assessment_id} ใช้แบบสอบถาม {row['checklist_id']} ซึ่งรุ่นนี้ไม่มี",
                f"assessment {assessment_id} uses checklist {row['checklist_id']}, which this version lacks",
            )

    def _editable(self, conn: sqlite3.Connection, assessment_id: int) -> None:
        self._check_editable(assessment_id, conn.execute(_STATE_SQL, (assessment_id,)).fetchone())

    def _check_answer(self, item_id: str, answer: Answer) -> None:
        if not self.checklist.has_item(item_id):
            raise AnswersError(f"ไม่มีข้อ {item_id} ในแบบประเมิน", f"unknown item id {item_id}")
        if answer.value is AnswerValue.NA and not self.checklist.item(item_id).na_allowed:
            raise AnswersError(f"ข้อ {item_id} เลือก 'ไม่เกี่ยวข้อง' ไม่ได้", f"item {item_id} does not allow N/A")

    def _touch(self, conn: sqlite3.Connection, assessment_id: int, at: str) -> None:
        conn.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", (at, assessment_id))

    def _no_duplicate(
        self, conn: sqlite3.Connection, agency_id: int, fiscal_year: int, except_id: int | None = None
    ) -> None:
        row = conn.execute(
            "SELECT id FROM assessments WHERE agency_id = ? AND fiscal_year = ? AND deleted_at IS NULL"
            " AND id <> ?",
            (agency_id, fiscal_year, -1 if except_id is None else except_id),
        ).fetchone()
        if row is not None:
            raise KaoError(
                f"หน่วยงานนี้มีแบบประเมินปี {fiscal_year} อยู่แล้ว (หมายเลข {row[0]})",
                f"this agency already has an assessment for {fiscal_year} (id {row[0]})",
            )

    def _answers(self, conn: sqlite3.Connection, assessment_id: int) -> dict[str, Answer]:
        rows = conn.execute(
            "SELECT item_id, value, reason, note FROM answers WHERE assessment_id = ?", (assessment_id,)
        )
        return {r["item_id"]: answer_from_row(r) for r in rows}

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
        kind = AgencyKind(agency.kind)
        values = (
            code, agency.name.th.strip(), agency.name.en.strip(), kind.value, agency.ministry.strip(),
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
        self, agency_id: int, fiscal_year: int, assessors: Iterable[str], *, copied_from: int | None
    ) -> int:
        _check_year(fiscal_year)
        names = _clean_assessors(assessors)
        at = now_iso()
        with self._store.write() as conn:
            if conn.execute("SELECT 1 FROM agencies WHERE id = ?", (agency_id,)).fetchone() is None:
                raise NotFoundError(f"ไม่พบหน่วยงานหมายเลข {agency_id}", f"no agency with id {agency_id}")
            self._no_duplicate(conn, agency_id, fiscal_year)
            cur = conn.execute(
                "INSERT INTO assessments (uid, agency_id, fiscal_year, checklist_id, checklist_version,"
                " assessors, status, created_at, updated_at, copied_from)"
                " VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)",
                (
                    uuid.uuid4().hex, agency_id, fiscal_year, self.checklist.id, self.checklist.version,
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
                raise _missing(assessment_id)
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
                _check_year(fiscal_year)
                self._no_duplicate(conn, row["agency_id"], fiscal_year, except_id=assessment_id)
                conn.execute("UPDATE assessments SET fiscal_year = ? WHERE id = ?", (fiscal_year, assessment_id))
                self._audit(conn, at, "fiscal_year", assessment_id=assessment_id,
                            old=str(row["fiscal_year"]), new=str(fiscal_year))
            if assessors is not None:
                new = json.dumps(_clean_assessors(assessors), ensure_ascii=False)
                if new != row["assessors"]:
                    conn.execute("UPDATE assessments SET assessors = ? WHERE id = ?", (new, assessment_id))
                    self._audit(conn, at, "assessors", assessment_id=assessment_id, old=row["assessors"], new=new)
            self._touch(conn, assessment_id, at)
        return self.get_assessment(assessment_id)

    # -- answers ----------------------------------------------------------------------------

    def _write_answer(
        self, conn: sqlite3.Connection, assessment_id: int, item_id: str, answer: Answer, at: str
    ) -> bool:
        # The autosave hot path (bench/bench_storage.py): plain tuples and strings, one read, and
        # only the audit rows of the fields that changed.
        row = conn.execute(_SAVE_STATE_SQL, (item_id, assessment_id)).fetchone()
        if row is None or row[0] != "draft" or row[1] is not None or row[2] != self.checklist.id:
            self._check_editable(assessment_id, row)
        value = None if answer.value is None else answer.value.value
        old_reason, old_note = row[4] or "", row[5] or ""
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
            _AUDIT_SQL,
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

    # -- evidence ---------------------------------------------------------------------------

    def attach_evidence(self, assessment_id: int, item_id: str, source: Path) -> EvidenceFile:
        self._check_answer(item_id, Answer())
        with self._store.read() as conn:  # refuse early, before copying a large file
            self._editable(conn, assessment_id)
        sha, size = import_file(self.data_dir, source, self.max_evidence_bytes)
        at = now_iso()
        with self._store.write() as conn:
            self._editable(conn, assessment_id)
            conn.execute(
                "INSERT OR IGNORE INTO evidence_files (sha256, size, added_at) VALUES (?, ?, ?)", (sha, size, at)
            )
            existing = conn.execute(
                "SELECT l.sha256, l.filename, l.added_at, f.size FROM answer_evidence l"
                " JOIN evidence_files f ON f.sha256 = l.sha256"
                " WHERE l.assessment_id = ? AND l.item_id = ? AND l.sha256 = ?",
                (assessment_id, item_id, sha),
            ).fetchone()
            if existing is not None:
                return evidence_from_row(existing)
            conn.execute(
                "INSERT INTO answer_evidence (assessment_id, item_id, sha256, filename, added_at, added_by)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (assessment_id, item_id, sha, source.name, at, self.actor),
            )
            self._audit(conn, at, "attach", assessment_id=assessment_id, item_id=item_id,
                        new=f"{source.name} sha256:{sha}")
            self._touch(conn, assessment_id, at)
        return EvidenceFile(sha, source.name, size, parse_time(at))

    def detach_evidence(self, assessment_id: int, item_id: str, sha256: str) -> None:
        """Unlink the file from this answer. The file itself stays: other answers and years may use it."""
        at = now_iso()
        with self._store.write() as conn:
            self._editable(conn, assessment_id)
            row = conn.execute(
                "SELECT filename FROM answer_evidence WHERE assessment_id = ? AND item_id = ? AND sha256 = ?",
                (assessment_id, item_id, sha256),
            ).fetchone()
            if row is None:
                raise NotFoundError(
                    f"ข้อ {item_id} ไม่มีไฟล์หลักฐานนี้แนบอยู่", f"item {item_id} has no such evidence file attached"
                )
            conn.execute(
                "DELETE FROM answer_evidence WHERE assessment_id = ? AND item_id = ? AND sha256 = ?",
                (assessment_id, item_id, sha256),
            )
            self._audit(conn, at, "detach", assessment_id=assessment_id, item_id=item_id,
                        old=f"{row['filename']} sha256:{sha256}")
            self._touch(conn, assessment_id, at)

    def evidence_path(self, sha256: str) -> Path:
        path = evidence_file(self.data_dir, sha256)
        if not path.is_file():
            raise NotFoundError(
                f"ไม่พบไฟล์หลักฐาน {sha256[:12]}… ในโฟลเดอร์ข้อมูล", f"evidence file {sha256[:12]}… is missing"
            )
        return path

    def evidence_for_viewing(self, sha256: str, filename: str) -> Path:
        """A copy under its original name, so the system knows which program opens it."""
        return viewing_copy(self.data_dir, sha256, filename)

    # -- scoring and status -----------------------------------------------------------------

    def score(self, assessment_id: int) -> ScoreCard:
        with self._store.read() as conn:
            self._state(conn, assessment_id)
            answers = self._answers(conn, assessment_id)
        return score(self.checklist, scorable(self.checklist, answers))

    def finalize(self, assessment_id: int) -> None:
        """Lock a complete assessment. Refused while an item is unanswered or an N/A lacks its reason."""
        at = now_iso()
        with self._store.write() as conn:
            self._editable(conn, assessment_id)
            card = score(self.checklist, scorable(self.checklist, self._answers(conn, assessment_id)))
            if not card.complete:
                raise AnswersError(*_incomplete_message(card.unanswered, card.na_without_reason))
            self._set_status(conn, assessment_id, AssessmentStatus.DRAFT, AssessmentStatus.FINALIZED, at,
                             action="finalize")
        self.checkpoint()  # a finalized assessment must survive a power cut

    def reopen(self, assessment_id: int, reason: str) -> None:
        if not reason.strip():
            raise KaoError("ต้องระบุเหตุผลในการเปิดแก้ไขใหม่", "reopening needs a reason")
        at = now_iso()
        with self._store.write() as conn:
            row = self._state(conn, assessment_id)
            if row["status"] == AssessmentStatus.DRAFT.value:
                raise KaoError(
                    f"แบบประเมินหมายเลข {assessment_id} ยังเป็นฉบับร่าง แก้ไขได้อยู่แล้ว",
                    f"assessment {assessment_id} is a draft already",
                )
            if row["status"] == AssessmentStatus.ACCEPTED.value:
                # The central office holds exactly this result; a correction is a new submission.
                raise KaoError(
                    f"แบบประเมินหมายเลข {assessment_id} ส่วนกลางรับแล้ว จึงแก้ไขไม่ได้ หากต้องแก้ไข ให้คัดลอกเป็น"
                    " ฉบับใหม่ของปีเดียวกันแล้วส่งอีกครั้ง ส่วนกลางจะใช้ฉบับที่ใหม่กว่า",
                    f"assessment {assessment_id} was accepted by the central office and is read-only; to correct"
                    " it, copy it into a new draft for the same year and send that: the newer one replaces it",
                )
            self._set_status(conn, assessment_id, AssessmentStatus(row["status"]), AssessmentStatus.DRAFT, at,
                             reason=reason.strip(), action="reopen")
        self.checkpoint()

    def mark_submitted(self, assessment_id: int) -> None:
        """Finalized → submitted, once the submission bundle has been written."""
        self._advance(assessment_id, AssessmentStatus.FINALIZED, AssessmentStatus.SUBMITTED, "submit")

    def mark_accepted(self, assessment_id: int) -> None:
        """Submitted → accepted, when the central office confirms."""
        self._advance(assessment_id, AssessmentStatus.SUBMITTED, AssessmentStatus.ACCEPTED, "accept")

    def _advance(
        self, assessment_id: int, expected: AssessmentStatus, target: AssessmentStatus, action: str
    ) -> None:
        at = now_iso()
        with self._store.write() as conn:
            self._set_status(conn, assessment_id, expected, target, at, action=action)
        self.checkpoint()

    def _set_status(
        self,
        conn: sqlite3.Connection,
        assessment_id: int,
        expected: AssessmentStatus,
        target: AssessmentStatus,
        at: str,
        *,
        action: str,
        reason: str | None = None,
    ) -> None:
        row = self._state(conn, assessment_id)
        if row["deleted_at"] is not None:
            raise NotFoundError(
                f"แบบประเมินหมายเลข {assessment_id} อยู่ในถังขยะ กู้คืนก่อน",
                f"assessment {assessment_id} is in the trash; restore it first",
            )
        if row["status"] != expected.value:
            raise KaoError(
                f"แบบประเมินหมายเลข {assessment_id} มีสถานะ {row['status']} เปลี่ยนเป็น {target.value} ไม่ได้",
                f"assessment {assessment_id} is {row['status']}; it cannot become {target.value}",
            )
        conn.execute("UPDATE assessments SET status = ?, updated_at = ? WHERE id = ?",
                     (target.value, at, assessment_id))
        self._audit(conn, at, action, assessment_id=assessment_id, old=expected.value, new=target.value,
                    reason=reason)

    # -- copy, trash, history ---------------------------------------------------------------

    def copy_from_previous(self, assessment_id: int, fiscal_year: int) -> AssessmentDetail:
        """A new draft for ``fiscal_year`` with the answers and evidence of ``assessment_id``, all for review."""
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
            new_id = self._create(meta["agency_id"], fiscal_year, json.loads(meta["assessors"]),
                                  copied_from=assessment_id)
            carried = 0
            for r in conn.execute(
                "SELECT item_id, value, reason, note FROM answers WHERE assessment_id = ?", (assessment_id,)
            ).fetchall():
                if not self.checklist.has_item(r["item_id"]) or r["value"] is None:
                    continue
                answer = answer_from_row(r)
                if answer.value is AnswerValue.NA and not self.checklist.item(r["item_id"]).na_allowed:
                    continue
                conn.execute(
                    "INSERT INTO answers (assessment_id, item_id, value, reason, note, review, updated_at,"
                    " updated_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                    (new_id, r["item_id"], r["value"], r["reason"], r["note"], at, self.actor),
                )
                carried += 1
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

    def progress(self, assessment_id: int) -> tuple[int, int]:
        """(answered, total) as the home list counts them: an N/A without its reason is not answered."""
        card = self.score(assessment_id)
        total = len(self.checklist.items)
        return total - len(card.unanswered) - len(card.na_without_reason), total


def _incomplete_message(unanswered: tuple[str, ...], na_missing: tuple[str, ...]) -> tuple[str, str]:
    def ids(items: tuple[str, ...]) -> str:
        return ", ".join(items[:8]) + (" …" if len(items) > 8 else "")

    th, en = [], []
    if unanswered:
        th.append(f"ยังไม่ได้ตอบ {len(unanswered)} ข้อ ({ids(unanswered)})")
        en.append(f"{len(unanswered)} items unanswered ({ids(unanswered)})")
    if na_missing:
        th.append(f"'ไม่เกี่ยวข้อง' ที่ยังไม่มีเหตุผล {len(na_missing)} ข้อ ({ids(na_missing)})")
        en.append(f"{len(na_missing)} N/A answers without a reason ({ids(na_missing)})")
    return "ยืนยันผลไม่ได้: " + "; ".join(th), "cannot finalize: " + "; ".join(en)

