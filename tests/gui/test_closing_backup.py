"""Closing Kao when its closing backup cannot be written: the user is told why, and Kao closes all the same."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from core.records import Agency, AgencyKind
from core.storage import DiskFullError, list_backups, open_service
from core.storage import backups as storage_backups
from core.text import Text
from tests.gui.typing_helpers import handling_modals

LAMPHUN = Agency("0802", Text("สำนักงานจังหวัดลำพูน", "Lamphun Provincial Office"), AgencyKind.PROVINCIAL,
                 province="ลำพูน")

EXPECTED = {  # the title, how the text begins, and the reason it gives
    "th": ("ทำสำเนาสำรองไม่สำเร็จ", "คำตอบของท่านบันทึกไว้เรียบร้อยแล้ว", "พื้นที่ดิสก์เต็ม"),
    "en": ("Backup not made", "Your answers are saved", "the disk is full"),
}


def disk_full(path: Path) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def stored_codes(data_dir: Path) -> set[str]:
    with open_service(data_dir, actor="checker", backup=False) as service:
        return {a.code for a in service.list_agencies()}


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_closing_backup_that_fails_is_told_and_kao_still_closes(
        qtbot, main_window, monkeypatch, _isolated_data_dir, lang):
    data_dir = _isolated_data_dir
    if lang == "en":
        main_window.action_english.trigger()
    main_window.service.save_agency(LAMPHUN)  # a change since the opening backup: a closing backup is due
    backups_before = list_backups(data_dir)
    monkeypatch.setattr(storage_backups, "_sync_file", disk_full)
    storage_says = DiskFullError(data_dir / storage_backups.BACKUP_DIR).text(lang)
    box_state: dict[str, object] = {}

    def read_and_ok(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box_state.update(
            icon=box.icon(), details=box.detailedText(), window_still_shown=main_window.isVisible(),
            buttons=[box.buttonRole(b) for b in box.buttons()],
            checkpointing=main_window._checkpoint_timer.isActive(),  # nothing touches the closed database
        )
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    with handling_modals(read_and_ok) as seen:
        assert main_window.close()  # never refused: the data is stored, only its safety copy is missing

    assert not main_window.isVisible()
    assert len(seen) == 1, seen
    title, text = seen[0].removeprefix("QMessageBox: ").split("\n", 1)
    assert title == EXPECTED[lang][0]
    assert text.startswith(EXPECTED[lang][1]) and EXPECTED[lang][2] in text
    # Not the storage's own words for a full disk, which say "the last change was not saved": it was.
    assert storage_says not in text
    assert "Traceback" not in text and box_state["details"] == ""
    assert box_state["icon"] is QMessageBox.Icon.Warning
    assert box_state["buttons"] == [QMessageBox.ButtonRole.AcceptRole]  # only OK: closing is not refused
    assert box_state["window_still_shown"]  # told while Kao is still on screen, then it closes
    assert not box_state["checkpointing"]  # nothing touches the closed database meanwhile
    monkeypatch.undo()
    assert list_backups(data_dir) == backups_before  # no half-written backup left behind
    assert "0802" in stored_codes(data_dir)  # the answers (here, the new agency) were stored all the same


def test_a_closing_backup_that_succeeds_says_nothing(qtbot, main_window, _isolated_data_dir):
    main_window.service.save_agency(LAMPHUN)
    with handling_modals() as seen:
        assert main_window.close()
    assert seen == []
    newest = list_backups(_isolated_data_dir)[0]
    assert newest.kind == "close"


@pytest.mark.parametrize("lang", ["th", "en"])
def test_an_opening_backup_that_fails_is_told_under_its_own_title_and_kao_opens(
        qtbot, monkeypatch, tmp_path, lang):
    from gui.app import build_main_window
    from tests.storage.test_bad_conditions import folder_due_for_backup

    data_dir = tmp_path / "data"
    folder_due_for_backup(data_dir)
    monkeypatch.setattr(storage_backups, "_sync_file", disk_full)
    with handling_modals(lambda box: box.button(QMessageBox.StandardButton.Ok).click()) as seen:
        window = build_main_window(data_dir, lang)
    assert window is not None  # a full disk never keeps the user out of their data
    qtbot.addWidget(window)
    monkeypatch.undo()
    assert len(seen) == 1, seen
    title, text = seen[0].removeprefix("QMessageBox: ").split("\n", 1)
    assert title == EXPECTED[lang][0]
    assert EXPECTED[lang][2] in text.replace("\u200b", "")
    assert window.home.model.rowCount() == 1
    window.close()
