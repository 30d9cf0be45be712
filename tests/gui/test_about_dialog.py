"""Help › About: the bundled components and their licences, beside the Sarabun font's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox

import gui.dialogs.about_dialog as about_dialog
from gui.dialogs.about_dialog import AboutDialog
from gui.widgets.wrapping_label import WrappingLabel
from tests.gui.typing_helpers import opened_by_clicking

ROOT = Path(__file__).resolve().parent.parent.parent


def _notes(dialog: AboutDialog) -> list[str]:
    return [label.plain_text() for label in dialog.findChildren(WrappingLabel)]


def test_from_source_about_says_the_list_is_in_the_built_app(qtbot, main_window):
    dialog = AboutDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.components.isVisible()
    assert not dialog.open_licences.isEnabled()
    assert dialog.open_licences.text() == "เปิดโฟลเดอร์สัญญาอนุญาต"
    assert dialog.open_licences.toolTip() == "โฟลเดอร์สัญญาอนุญาตมีเฉพาะในโปรแกรมฉบับติดตั้ง"
    assert ("ขณะนี้ก้าวทำงานจากซอร์สโค้ด รายการส่วนประกอบและข้อความสัญญาอนุญาตมีอยู่ในโปรแกรมฉบับติดตั้ง "
            "ในโฟลเดอร์สัญญาอนุญาต") in _notes(dialog)
    assert dialog.licence.toPlainText() == (ROOT / "resources" / "fonts" / "OFL.txt").read_text("utf-8")
    main_window.action_english.trigger()
    assert (dialog.open_licences.text(), dialog.open_licences.toolTip()) == (
        "Open licences folder", "Only the built app has a licences folder.")
    assert ("Kao is running from its source code: the list of components and their licence texts is in the "
            "built app, in its licences folder.") in _notes(dialog)


@pytest.fixture
def built_licences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The licences/ folder of a built app, as packaging/licences.py writes it."""
    folder = tmp_path / "licences"
    (folder / "PySide6_Essentials").mkdir(parents=True)
    (folder / "PySide6_Essentials" / "LGPL-3.0.txt").write_text("GNU LESSER GENERAL PUBLIC LICENSE\n", "utf-8")
    (folder / "THIRD-PARTY.txt").write_text("Python 3.11.7: PSF-2.0\n"
                                            "PySide6_Essentials 6.12.0: LGPL-3.0-only OR GPL-3.0-only\n", "utf-8")
    monkeypatch.setattr(about_dialog, "licences_dir", lambda: folder)
    return folder


def test_in_the_built_app_about_lists_the_components_and_opens_their_licences(qtbot, main_window, built_licences):
    dialog = AboutDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.components.isVisible()
    assert dialog.components.toPlainText().splitlines() == [
        "Python 3.11.7: PSF-2.0", "PySide6_Essentials 6.12.0: LGPL-3.0-only OR GPL-3.0-only"]
    assert "ส่วนประกอบแต่ละรายการด้านล่างมาพร้อมสัญญาอนุญาตของตน ข้อความฉบับเต็มอยู่ในโฟลเดอร์สัญญาอนุญาต" in _notes(dialog)
    assert dialog.open_licences.isEnabled() and dialog.open_licences.toolTip() == ""

    assert opened_by_clicking(qtbot, dialog.open_licences) == [built_licences]


def test_a_computer_that_cannot_open_folders_is_told_where_the_licences_are(qtbot, main_window, built_licences,
                                                                           monkeypatch: pytest.MonkeyPatch):
    class NoFileManager:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            return False

    monkeypatch.setattr(about_dialog, "QDesktopServices", NoFileManager)
    dialog = AboutDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.open_licences, Qt.MouseButton.LeftButton)
    box = dialog.problem_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text().replace("\u200b", "") == (
        f"เครื่องนี้ไม่มีโปรแกรมสำหรับเปิดโฟลเดอร์ สัญญาอนุญาตอยู่ที่: {built_licences}")
    box.close()
