"""Shared by the bundle tests: a central office on a fresh data folder (see offices.snapshot)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.bundle.central import CentralOffice, open_central


@pytest.fixture
def central(tmp_path: Path) -> Iterator[CentralOffice]:
    with open_central(tmp_path / "central", backup=False) as c:
        yield c

