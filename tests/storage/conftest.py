"""A fresh data folder and service per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.storage import SqliteAssessmentService, open_service
from tests.storage.helpers import add_agency


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def service(data_dir: Path) -> Iterator[SqliteAssessmentService]:
    svc = open_service(data_dir, actor="somchai", busy_ms=200)
    yield svc
    svc.close()


@pytest.fixture
def draft(service: SqliteAssessmentService) -> int:
    agency = add_agency(service)
    assert agency.id is not None
    return service.create_assessment(agency.id, 2568, ("สมชาย ใจดี",)).id
