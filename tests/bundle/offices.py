"""Real data folders for the end-to-end tests: an office with a finalized assessment, a central office."""

from __future__ import annotations

import hashlib
from pathlib import Path

from core.bundle.central import CentralOffice
from core.model import Answer, AnswerValue
from core.records import Agency, AgencyKind
from core.storage import SqliteAssessmentService, open_service
from core.text import Text
from tests.bundle.factory import MEMO, PHOTO, example_answers


def office_folder(
    root: Path,
    *,
    code: str = "CMI-PO",
    province: str = "เชียงใหม่",
    ministry: str = "กระทรวงมหาดไทย",
    kind: AgencyKind = AgencyKind.PROVINCIAL,
    year: int = 2569,
    answers: dict[str, Answer] | None = None,
    evidence: bool = True,
) -> tuple[Path, int]:
    """A data folder holding one finalized assessment; returns (folder, assessment id)."""
    data = root / f"office-{code}-{year}"
    with open_service(data, actor="somchai", backup=False) as svc:
        agency = svc.save_agency(Agency(code, Text(f"สำนักงาน {code}", f"Office {code}"), kind, ministry=ministry,
                                        province=province, contact="053-112233"))
        assert agency.id is not None
        detail = svc.create_assessment(agency.id, year, ("สมชาย ใจดี", "Jane Roe"))
        given = dict(example_answers() if answers is None else answers)
        given["S04"] = Answer(AnswerValue.NA, "ไม่มีค่าธรรมเนียม", "ดูคำสั่งที่ 12/2569")
        given["P05"] = Answer(AnswerValue.PARTIAL, "", "อยู่ระหว่างจัดซื้อ")
        svc.save_answers(detail.id, given)
        svc.set_review_flag(detail.id, "C03", True)
        if evidence:
            (root / "คำสั่ง.pdf").write_bytes(PHOTO)
            (root / "memo.txt").write_bytes(MEMO)
            svc.attach_evidence(detail.id, "P01", root / "คำสั่ง.pdf")
            svc.attach_evidence(detail.id, "C02", root / "memo.txt")
            svc.attach_evidence(detail.id, "C02", root / "คำสั่ง.pdf")
        svc.finalize(detail.id)
    return data, detail.id


def open_office(data: Path) -> SqliteAssessmentService:
    return open_service(data, actor="somchai", backup=False)


def snapshot(central: CentralOffice) -> tuple[list[str], dict[str, str]]:
    """The whole database as SQL, and every file in the data folder with its hash."""
    files = {
        str(p.relative_to(central.data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(central.data_dir.rglob("*"))
        if p.is_file() and not p.name.startswith("kao.sqlite")
    }
    return central.store.dump(), files
