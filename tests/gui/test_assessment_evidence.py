"""Evidence on the walker's card as a user meets it: removing the last one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_assessment_support import click_role, focused, press

from gui.assessment import AssessmentPage


def reactivate(qtbot, page: AssessmentPage) -> None:
    """What the window manager does when a dialog closes (the offscreen platform has none)."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def test_removing_the_last_file_leaves_the_keyboard_on_add(qtbot, page: AssessmentPage, tmp_path: Path):
    source = tmp_path / "คำสั่งแต่งตั้ง.pdf"
    source.write_bytes(b"%PDF-1.4 order")
    evidence = page.card.evidence_list
    assert evidence.attach([source]) == 1
    evidence.remove_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    box = evidence.confirm_box
    assert isinstance(box, QMessageBox)
    click_role(qtbot, box, QMessageBox.ButtonRole.DestructiveRole)
    reactivate(qtbot, page)
    assert evidence.list.count() == 0
    # Not the "Show the English text" link that follows the now disabled Remove button.
    assert focused() is evidence.add_button
