"""Evidence files of answers: attach (copied in once by content), detach, open."""

from __future__ import annotations

from pathlib import Path

from core.model import Answer
from core.records import EvidenceFile
from core.storage.errors import NotFoundError
from core.storage.evidence import evidence_file, import_file, viewing_copy
from core.storage.rows import evidence_from_row, now_iso, parse_time
from core.storage.service_base import ServiceBase

__all__ = ["EvidenceOps"]


class EvidenceOps(ServiceBase):
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

