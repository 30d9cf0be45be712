"""GUI fixtures: a real main window on a fresh data folder, offscreen."""

from __future__ import annotations

import pytest

from gui.app import build_main_window


@pytest.fixture
def main_window(qtbot, _isolated_data_dir):
    window = build_main_window(_isolated_data_dir, "th")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.languages.set_language("th")
