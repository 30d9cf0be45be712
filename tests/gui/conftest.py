"""GUI fixtures: a real main window, or one assessment page, on a fresh data folder with the real storage, offscreen."""

from __future__ import annotations

import pytest
from test_assessment_support import make_service, new_assessment, show_page

from gui.app import build_main_window
from gui.i18n import LanguageManager


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


@pytest.fixture
def service(tmp_path):
    svc = make_service(tmp_path / "data")
    yield svc
    LanguageManager.for_app().set_language("th")  # while the pages can still read the database
    svc.close()


@pytest.fixture
def assessment_id(service) -> int:
    return new_assessment(service)


@pytest.fixture
def page(qtbot, service, assessment_id):
    """The assessment page of a new, empty assessment, shown; its typed text is written at the end."""
    page = show_page(qtbot, service, assessment_id)
    yield page
    page.flush()
