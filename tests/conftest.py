"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui.none_refcount import keep_none_alive

keep_none_alive()  # WORKAROUND: PySide6 6.12 on Python 3.11 drops references to None

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real per-user data folder."""
    data_dir = tmp_path_factory.mktemp("kao-data")
    monkeypatch.setenv("KAO_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture
def bangkok_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Thai time (UTC+7), as on the users' computers; the tests otherwise run in UTC."""
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
