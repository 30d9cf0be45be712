"""Starting on a data folder that cannot be written: what the user is told."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QMessageBox

from gui.app import build_main_window
from gui.i18n import LanguageManager
from tests.gui.typing_helpers import when_modal


def plain(box: QMessageBox) -> str:
    return box.text().replace("\u200b", "")


@pytest.fixture
def lang():
    yield "th"
    LanguageManager.for_app().set_language("th")


@pytest.mark.parametrize(("ui", "advice"), [("th", "แจ้งผู้ดูแลระบบ"), ("en", "ask your support contact")])
def test_a_data_folder_that_cannot_be_written_is_told_without_command_line_options(
        qtbot, _isolated_data_dir, monkeypatch, lang, ui, advice):
    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("core.storage.folder.tempfile.TemporaryFile", refuse)  # the folder's write probe
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(plain(box))
        box.accept()

    when_modal(qtbot, read, QMessageBox)
    assert build_main_window(_isolated_data_dir, ui) is None
    assert str(_isolated_data_dir) in seen[0] and advice in seen[0]
    assert "--data-dir" not in seen[0]
