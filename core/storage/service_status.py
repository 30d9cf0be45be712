"""Scoring and the status ladder: draft → finalized → submitted → accepted, and reopening."""

from __future__ import annotations

import sqlite3

from core.errors import AnswersError, KaoError
from core.records import AssessmentStatus, check_long_text
from core.scoring import ScoreCard, score
from core.storage.errors import NotFoundError
from core.storage.rows import now_iso, scorable
from core.storage.service_base import ServiceBase

__all__ = ["StatusOps"]


class StatusOps(ServiceBase):
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
        self._checkpoint_after_commit()  # a finalized assessment must survive a power cut

    def reopen(self, assessment_id: int, reason: str) -> None:
        if not reason.strip():
            raise KaoError("ต้องระบุเหตุผลในการเปิดแก้ไขใหม่", "reopening needs a reason")
        check_long_text(reason, "เหตุผลในการเปิดแก้ไขใหม่", "the reason for reopening")
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
        self._checkpoint_after_commit()

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
        self._checkpoint_after_commit()

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
            now = AssessmentStatus(row["status"]).words
            raise KaoError(
                f"แบบประเมินหมายเลข {assessment_id} มีสถานะ{now.th} เปลี่ยนเป็น{target.words.th}ไม่ได้",
                f"assessment {assessment_id} is {now.en}; it cannot become {target.words.en}",
            )
        conn.execute("UPDATE assessments SET status = ?, updated_at = ? WHERE id = ?",
                     (target.value, at, assessment_id))
        self._audit(conn, at, action, assessment_id=assessment_id, old=expected.value, new=target.value,
                    reason=reason)

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

