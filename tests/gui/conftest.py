"""GUI fixtures: a real main window on a fresh data folder with the real storage, offscreen."""

from __future__ import annotations

import pytest

from gui.app import build_main_window


@pytest.fixture
def main_window(qtbot, _isolated_data_dir):
    window = build_main_window(_isolated_data_dir, "th")
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.home.table.isSortingEnabled)  # turned on once the window is painted
    yield window
    window.close()  # closes the service (checkpoint + closing backup)
    window.languages.set_language("th")
