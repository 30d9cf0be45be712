"""Printing a report from the GUI the way a user does, and reading back what the PDF says."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

from gui.dialogs.report_dialog import ReportDialog
from tests.gui.typing_helpers import close_next_message, when_modal


def print_report(qtbot, button: QAbstractButton, target: Path, kind: str | None = None) -> str:
    """Click ``button``, save to ``target`` in the report dialog (as ``kind`` if given), wait for
    the finished message, and return the PDF's text."""

    def choose(dialog: ReportDialog) -> None:
        if kind is not None:
            dialog.kind_buttons[kind].setChecked(True)
        dialog.path.setText(str(target))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(qtbot, choose, ReportDialog)
    done = close_next_message(qtbot)
    button.click()
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    return subprocess.run(["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True, check=True).stdout
