"""The session log: written where support will look, rotated at start, never a reason not to start."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from core.logs import KEEP_OLD_LOGS, LOG_NAME, ROTATE_AT_BYTES, setup_logging


@pytest.fixture
def clean_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    root.handlers[:] = []  # an earlier test in this process may have set up the app's log already
    yield
    for handler in root.handlers:
        if handler not in before:
            handler.close()
    root.handlers[:] = before
    root.setLevel(level)


def test_messages_reach_the_log_file(tmp_path, clean_root_logger):
    path = setup_logging(tmp_path / "logs")
    logging.getLogger("kao.test").warning("บันทึกไม่สำเร็จ: disk full")
    assert path == tmp_path / "logs" / LOG_NAME
    assert "WARNING kao.test: บันทึกไม่สำเร็จ: disk full" in path.read_text("utf-8")


def test_a_second_setup_adds_no_second_handler(tmp_path, clean_root_logger):
    first = setup_logging(tmp_path)
    assert setup_logging(tmp_path / "elsewhere") == first
    logging.getLogger("kao.test").warning("once")
    assert first is not None and first.read_text("utf-8").count("once") == 1


def test_a_full_log_is_rotated_when_the_session_starts(tmp_path, clean_root_logger):
    log = tmp_path / LOG_NAME
    log.write_bytes(b"x" * ROTATE_AT_BYTES)
    for n in range(1, KEEP_OLD_LOGS + 1):
        (tmp_path / f"{LOG_NAME}.{n}").write_text(f"old {n}")
    setup_logging(tmp_path)
    logging.getLogger("kao.test").warning("new session")
    assert "new session" in log.read_text("utf-8")
    assert (tmp_path / f"{LOG_NAME}.1").stat().st_size == ROTATE_AT_BYTES
    assert [(tmp_path / f"{LOG_NAME}.{n}").read_text() for n in range(2, KEEP_OLD_LOGS + 1)] == [
        f"old {n}" for n in range(1, KEEP_OLD_LOGS)]
    assert not (tmp_path / f"{LOG_NAME}.{KEEP_OLD_LOGS + 1}").exists()  # the oldest is dropped


def test_a_small_log_is_appended_to(tmp_path, clean_root_logger):
    (tmp_path / LOG_NAME).write_text("earlier session\n", "utf-8")
    setup_logging(tmp_path)
    logging.getLogger("kao.test").warning("this session")
    text = (tmp_path / LOG_NAME).read_text("utf-8")
    assert text.startswith("earlier session\n") and "this session" in text
    assert not (tmp_path / f"{LOG_NAME}.1").exists()


def test_an_unwritable_log_folder_is_not_an_error(tmp_path, clean_root_logger):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    assert setup_logging(blocker / "logs") is None
