"""A fresh data folder and service per test, and the two worked examples of DOMAIN.md §3.7."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.answers import load_answers_file
from core.checklist import default_checklist
from core.model import Answer
from core.records import Agency, AgencyKind
from core.storage import SqliteAssessmentService, open_service
from core.text import Text

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def service(data_dir: Path) -> Iterator[SqliteAssessmentService]:
    svc = open_service(data_dir, actor="somchai", busy_ms=200)
    yield svc
    svc.close()


def example(name: str) -> dict[str, Answer]:
    return load_answers_file(DATA / f"example_{name}.json", default_checklist())


def add_agency(svc: SqliteAssessmentService, code: str = "DGA01") -> Agency:
    return svc.save_agency(
        Agency(code, Text("สำนักงานพัฒนารัฐบาลดิจิทัล", "Digital Government Development Agency"),
               AgencyKind.DEPARTMENT, ministry="กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม")
    )


@pytest.fixture
def draft(service: SqliteAssessmentService) -> int:
    agency = add_agency(service)
    assert agency.id is not None
    return service.create_assessment(agency.id, 2568, ("สมชาย ใจดี",)).id
