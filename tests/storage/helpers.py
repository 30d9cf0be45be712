"""Helpers shared by the storage tests: the worked examples of DOMAIN.md §3.7 and a sample agency."""

from __future__ import annotations

from pathlib import Path

from core.answers import load_answers_file
from core.checklist import default_checklist
from core.model import Answer
from core.records import Agency, AgencyKind
from core.storage import SqliteAssessmentService
from core.text import Text

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def example(name: str) -> dict[str, Answer]:
    return load_answers_file(DATA / f"example_{name}.json", default_checklist())


def add_agency(svc: SqliteAssessmentService, code: str = "DGA01") -> Agency:
    return svc.save_agency(
        Agency(code, Text("สำนักงานพัฒนารัฐบาลดิจิทัล", "Digital Government Development Agency"),
               AgencyKind.DEPARTMENT, ministry="กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม")
    )
