"""Starting on a damaged database, or a data folder that cannot be written: what the user is offered and told."""

from __future__ import annotations

import errno
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from test_assessment_support import new_assessment

from core.model import Answer, AnswerValue
from core.storage import BackupInfo, list_backups, open_service
from gui.app import build_main_window
from gui.i18n import LanguageManager
from tests.gui.typing_helpers import when_modal

MONTHS = {
    "th": ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
WORDS = {  # title, restore button, quit button, title after restoring
    "th": ("ก้าวเปิดข้อมูลไม่ได้", "กู้คืนจากสำเนาสำรอง", "ปิดโปรแกรมก้าว", "กู้คืนสำเนาสำรองแล้ว"),
    "en": ("Kao cannot open its data", "Restore the backup", "Quit Kao", "Backup restored"),
}


def shown_date(when: datetime, lang: str) -> str:
    """How the user reads the backup's time: Buddhist era in Thai."""
    year = when.year + 543 if lang == "th" else when.year
    return f"{when.day} {MONTHS[lang][when.month - 1]} {year} {when:%H:%M}"


def plain(box: QMessageBox) -> str:
    return box.text().replace("\u200b", "")


def damaged_folder(data_dir: Path, how: str) -> tuple[int, BackupInfo, bytes]:
    """A data folder with an assessment, its closing backup, a later change, then the file damaged:
    (assessment, the backup, the damaged file's bytes)."""
    with open_service(data_dir) as service:
        assessment = new_assessment(service)
        service.save_answer(assessment, "P01", Answer(AnswerValue.YES))
    with open_service(data_dir, backup=False) as service:  # a change the backup does not have
        service.save_answer(assessment, "P02", Answer(AnswerValue.NO))
    (backup,) = list_backups(data_dir)
    live = data_dir / "kao.sqlite"
    data = live.read_bytes()
    live.write_bytes(data[: len(data) // 2] if how == "truncated" else data[:4096] + b"\xa5" * (len(data) - 4096))
    return assessment, backup, live.read_bytes()


@pytest.fixture
def lang():
    yield "th"
    LanguageManager.for_app().set_language("th")


def button(box: QMessageBox, role: QMessageBox.ButtonRole):
    return next(b for b in box.buttons() if box.buttonRole(b) == role)


@pytest.mark.parametrize(("how", "ui"), [("garbage", "th"), ("truncated", "th"), ("garbage", "en")])
def test_a_damaged_database_offers_its_backup_by_date_restores_it_and_says_where_the_damaged_file_went(
        qtbot, _isolated_data_dir, lang, how, ui):
    data_dir = _isolated_data_dir
    assessment, backup, damaged = damaged_folder(data_dir, how)
    title, restore, quit_kao, restored = WORDS[ui]
    seen: dict[str, str] = {}

    def told(box: QMessageBox) -> None:
        seen["told"], seen["told title"] = plain(box), box.windowTitle()
        box.accept()

    def choose_restore(box: QMessageBox) -> None:
        seen["offer"], seen["title"] = plain(box), box.windowTitle()
        yes = button(box, QMessageBox.ButtonRole.AcceptRole)
        seen["buttons"] = f"{yes.text()} | {button(box, QMessageBox.ButtonRole.RejectRole).text()}"
        when_modal(qtbot, told, QMessageBox, ready=lambda other: other is not box)
        yes.click()

    when_modal(qtbot, choose_restore, QMessageBox)
    window = build_main_window(data_dir, ui)
    assert window is not None
    qtbot.addWidget(window)

    assert seen["title"] == title and seen["buttons"] == f"{restore} | {quit_kao}"
    assert shown_date(backup.created_at, ui) in seen["offer"]
    assert "kao backup" not in seen["offer"]  # a command line is no use to someone at the desktop
    (kept,) = [b for b in list_backups(data_dir) if b.kind == "damaged"]
    assert kept.path.read_bytes() == damaged  # nothing stored is lost: the damaged file is set aside whole
    assert seen["told title"] == restored
    assert shown_date(backup.created_at, ui) in seen["told"] and kept.name in seen["told"]
    assert str(data_dir / "backups") in seen["told"]
    assert window.service.get_assessment(assessment).answers == {"P01": Answer(AnswerValue.YES)}
    window.close()


def test_a_missing_database_file_is_not_opened_empty_but_its_backup_offered(qtbot, _isolated_data_dir, lang):
    data_dir = _isolated_data_dir
    assessment, backup, _ = damaged_folder(data_dir, "garbage")
    (data_dir / "kao.sqlite").unlink()
    seen: dict[str, str] = {}

    def choose_restore(box: QMessageBox) -> None:
        seen["offer"] = plain(box)
        when_modal(qtbot, lambda told: told.accept(), QMessageBox, ready=lambda other: other is not box)
        button(box, QMessageBox.ButtonRole.AcceptRole).click()

    when_modal(qtbot, choose_restore, QMessageBox)
    window = build_main_window(data_dir, "th")
    assert window is not None
    qtbot.addWidget(window)
    assert shown_date(backup.created_at, "th") in seen["offer"]
    assert "เสียหายจะถูกเก็บ" not in seen["offer"]  # there was no file to keep
    assert [s.id for s in window.service.list_assessments()] == [assessment]
    window.close()


def test_quitting_at_the_offer_changes_nothing(qtbot, _isolated_data_dir, lang):
    data_dir = _isolated_data_dir
    _, backup, damaged = damaged_folder(data_dir, "garbage")
    when_modal(qtbot, lambda box: button(box, QMessageBox.ButtonRole.RejectRole).click(), QMessageBox)
    assert build_main_window(data_dir, "th") is None
    assert (data_dir / "kao.sqlite").read_bytes() == damaged
    assert list_backups(data_dir) == [backup]


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
