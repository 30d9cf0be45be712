"""The common part of the storage service: opening and closing, and the checks every write makes.

Split from service.py by topic (see service_evidence.py, service_status.py); the
service class combines them. Every public write is one transaction that also
appends its audit entries, so the audit log and the data can never disagree.
"""

from __future__ import annotations

import getpass
import logging
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Self

from core.checklist import default_checklist
from core.errors import KaoError
from core.model import Answer, Checklist
from core.records import MAX_ASSESSORS, MAX_SHORT_FIELD, AssessmentStatus, check_answer_text, check_line_text
from core.storage import backups
from core.storage.db import Store
from core.storage.errors import BackupError, LockedAssessmentError, NotFoundError, StorageError
from core.storage.evidence import DEFAULT_MAX_EVIDENCE_BYTES
from core.storage.rows import answer_from_row

__all__ = [
    "AUDIT_SQL",
    "MAX_FISCAL_YEAR",
    "MIN_FISCAL_YEAR",
    "ServiceBase",
    "check_year",
    "clean_assessors",
    "default_actor",
    "missing_assessment",
]

log = logging.getLogger(__name__)

# Buddhist-era years; a Gregorian year (2026) falls outside and gets a hint.
MIN_FISCAL_YEAR, MAX_FISCAL_YEAR = 2500, 2700

_STATE_SQL = "SELECT status, deleted_at, checklist_id FROM assessments WHERE id = ?"
AUDIT_SQL = """
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


def missing_assessment(assessment_id: int) -> NotFoundError:
    return NotFoundError(f"ไม่พบแบบประเมินหมายเลข {assessment_id}", f"no assessment with id {assessment_id}")


def clean_assessors(assessors: Iterable[str]) -> tuple[str, ...]:
    """The names without blanks; more or longer than a submission file carries are refused."""
    names = tuple(name.strip() for name in assessors if name.strip())
    if len(names) > MAX_ASSESSORS:
        raise KaoError(f"ระบุผู้ประเมินได้ไม่เกิน {MAX_ASSESSORS} คน", f"at most {MAX_ASSESSORS} assessors")
    for name in names:
        check_line_text(name, f"ชื่อผู้ประเมิน {name[:40]!r} ", f"the assessor's name {name[:40]!r}")
        if len(name) > MAX_SHORT_FIELD:
            raise KaoError(f"ชื่อผู้ประเมินยาวเกิน {MAX_SHORT_FIELD} ตัวอักษร: {name[:40]}…",
                           f"an assessor's name is longer than {MAX_SHORT_FIELD} characters: {name[:40]}…")
    return names


def check_year(fiscal_year: int) -> None:
    if not MIN_FISCAL_YEAR <= fiscal_year <= MAX_FISCAL_YEAR:
        raise KaoError(
            f"ปีงบประมาณ {fiscal_year} ไม่ถูกต้อง ใช้ปี พ.ศ. เช่น 2569",
            f"fiscal year {fiscal_year} is not valid: use the Buddhist era, e.g. 2569",
        )


class ServiceBase:
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
        self.warnings: list[BackupError] = []

    # -- lifecycle --------------------------------------------------------------------------

    @property
    def database_path(self) -> Path:
        return self._store.path

    def checkpoint(self) -> None:
        """Make every committed change durable in the main file (call before an export)."""
        if not self._store.checkpoint():
            log.info("checkpoint incomplete: another connection is reading")

    def _checkpoint_after_commit(self) -> None:
        """A checkpoint after a change already committed (finalize, reopen): the change stands either
        way, in the write-ahead log, so a failure here must not be reported as the change failing."""
        try:
            self.checkpoint()
        except StorageError as exc:
            log.warning("checkpoint after commit failed (the change is in the WAL): %s", exc)

    def close(self) -> BackupError | None:
        """Checkpoint, take the closing backup, close. Returns (never raises) a backup problem to show."""
        if self._closed:
            return None
        self._closed = True
        problem: BackupError | None = None
        try:
            self._store.checkpoint()
            if self._backup_on_close:
                backups.make_backup(self._store, self.data_dir, "close")
        except BackupError as exc:
            log.warning("closing backup failed: %s", exc)
            problem = exc
        except StorageError as exc:
            # The checkpoint: every change is still in the write-ahead log, and the next open takes
            # it in. What is missing is only the closing backup, which was not attempted.
            log.warning("closing checkpoint failed: %s", exc)
            problem = BackupError(self.data_dir / backups.BACKUP_DIR, exc)
        finally:
            self._store.close()
        return problem

    def __enter__(self) -> Self:
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
        conn.execute(AUDIT_SQL, (assessment_id, agency_id, at, self.actor, action, item_id, old, new, reason))

    def _state(self, conn: sqlite3.Connection, assessment_id: int) -> sqlite3.Row:
        row: sqlite3.Row | None = conn.execute(_STATE_SQL, (assessment_id,)).fetchone()
        if row is None:
            raise missing_assessment(assessment_id)
        return row

    def _check_editable(self, assessment_id: int, row: sqlite3.Row | None) -> None:
        if row is None:
            raise missing_assessment(assessment_id)
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
        self.checklist.check_answer(item_id, answer.value)
        check_answer_text(item_id, answer)

    def _touch(self, conn: sqlite3.Connection, assessment_id: int, at: str) -> None:
        conn.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", (at, assessment_id))

    def _no_duplicate(
        self, conn: sqlite3.Connection, agency_id: int, fiscal_year: int, except_id: int | None = None,
        *, correcting: bool = False,
    ) -> None:
        """One assessment per agency and year; ``correcting`` allows another beside accepted ones
        (the central office's result is read-only: a correction is a newer submission)."""
        row = conn.execute(
            "SELECT id FROM assessments WHERE agency_id = ? AND fiscal_year = ? AND deleted_at IS NULL"
            " AND id <> ? AND NOT (? AND status = 'accepted')",
            (agency_id, fiscal_year, -1 if except_id is None else except_id, correcting),
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

