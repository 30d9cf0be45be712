"""Leaving an assessment whose last change could not be saved: every way out asks, nothing goes silently."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from test_assessment_support import click_role, make_service, new_assessment, stored, type_thai

from core.model import Answer
from core.storage import DiskFullError
from gui.assessment import AssessmentPage
from gui.assessment.session import SaveState
from gui.main_window import MainWindow
from tests.gui.typing_helpers import handling_modals

NOTE = "ตรวจพบคำสั่งแต่งตั้งคณะทำงานแล้ว รอสำเนาที่ลงนาม"
FULL = DiskFullError(Path("/data"))


class Refusal:
    """The window's own service, except that writing an answer fails as a full disk makes it fail.

    A context manager: the window is closed after the test (by pytest-qt, before any fixture is torn
    down), and closing it with a refused note would ask; so the refusal ends with the block, even
    when the test fails.
    """

    def __init__(self, service: Any) -> None:
        self.service = service
        self.on = True
        self.attempts = 0

    WRITES = ("save_value", "save_text")  # how the assessment page stores answers and typed text

    def __enter__(self) -> Refusal:
        for name in self.WRITES:
            setattr(self.service, name, self._refusing(getattr(self.service, name)))
        return self

    def _refusing(self, real: Callable[..., None]) -> Callable[..., None]:
        def write(*args: Any, **kwargs: Any) -> None:
            self.attempts += 1
            if self.on:
                raise DiskFullError(Path("/data"))
            real(*args, **kwargs)

        return write

    def __exit__(self, *_exc: object) -> None:
        self.on = False
        for name in self.WRITES:
            delattr(self.service, name)


Answerer = Callable[[QMessageBox], None]


def by_role(qtbot, role: QMessageBox.ButtonRole) -> Answerer:
    return lambda box: click_role(qtbot, box, role)


def stay(qtbot) -> Answerer:
    return by_role(qtbot, QMessageBox.ButtonRole.RejectRole)


def try_again(qtbot) -> Answerer:
    return by_role(qtbot, QMessageBox.ButtonRole.AcceptRole)


def leave_without_saving(qtbot) -> Answerer:
    return by_role(qtbot, QMessageBox.ButtonRole.DestructiveRole)


def activate(qtbot, window: QWidget) -> None:
    """What the window manager does when a dialog closes (the offscreen platform has none)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def open_with_refused_note(qtbot, window: MainWindow, refusal: Refusal) -> tuple[AssessmentPage, int]:
    """Open a new assessment and type a note the full disk refuses; the header says so."""
    assessment_id = new_assessment(window.service)
    window.open_assessment(assessment_id)
    page = window.assessment_page
    assert isinstance(page, AssessmentPage)
    activate(qtbot, window)
    type_thai(page.card.note_edit, NOTE)
    qtbot.waitUntil(lambda: page.session.save_state is SaveState.FAILED)  # the debounced write, refused
    assert page.saved_label.objectName() == "savedStateError"
    assert refusal.attempts >= 1
    return page, assessment_id


def note_of(window: MainWindow, assessment_id: int) -> str:
    return stored(window.service, assessment_id).answers.get("P01", Answer()).note


def ctrl_h(qtbot, window: MainWindow) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is window
    qtbot.keyClick(focus, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)


def test_back_asks_stay_keeps_the_note_and_try_again_saves_it_and_goes_home(qtbot, main_window):
    with Refusal(main_window.service) as refusal:
        page, assessment_id = open_with_refused_note(qtbot, main_window, refusal)

        with handling_modals(stay(qtbot)) as seen:
            qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
        assert len(seen) == 1
        title, text = seen[0].removeprefix("QMessageBox: ").split("\n", 1)
        assert title == "ยังไม่ได้บันทึก"
        assert FULL.text("th") in text
        assert main_window.assessment_page is page and main_window.pages.currentWidget() is page
        assert page.card.note_edit.toPlainText() == NOTE
        assert page.session.has_pending()
        assert note_of(main_window, assessment_id) == ""

        # Try again while the disk is still full: asked again. Then space is freed and it goes through.
        def free_space_and_try_again(box: QMessageBox) -> None:
            refusal.on = False
            click_role(qtbot, box, QMessageBox.ButtonRole.AcceptRole)

        activate(qtbot, main_window)
        with handling_modals(try_again(qtbot), free_space_and_try_again) as seen:
            ctrl_h(qtbot, main_window)
        assert len(seen) == 2 and all(FULL.text("th") in s for s in seen)
        assert note_of(main_window, assessment_id) == NOTE
        assert main_window.assessment_page is None
        assert main_window.pages.currentWidget() is main_window.home


def test_leave_without_saving_leaves_and_the_note_is_not_stored(qtbot, main_window):
    with Refusal(main_window.service) as refusal:
        page, assessment_id = open_with_refused_note(qtbot, main_window, refusal)

        with handling_modals(leave_without_saving(qtbot)) as seen:
            qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
        assert len(seen) == 1  # asked once, though both the page and the window check on the way out
        assert main_window.assessment_page is None
        assert main_window.pages.currentWidget() is main_window.home

        refusal.on = False  # nothing written later either: the text was dropped, not left waiting
        assert note_of(main_window, assessment_id) == ""
        main_window.open_assessment(assessment_id)
        reopened = main_window.assessment_page
        assert isinstance(reopened, AssessmentPage)
        assert reopened.card.note_edit.toPlainText() == ""
        assert not reopened.session.has_pending()


WAYS_OUT: dict[str, Callable[[Any, MainWindow, AssessmentPage], None]] = {
    "back": lambda qtbot, _w, page: qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton),
    "home_key": lambda qtbot, window, _p: ctrl_h(qtbot, window),
    "new": lambda qtbot, window, _p: qtbot.mouseClick(
        window.toolbar.widgetForAction(window.action_new), Qt.MouseButton.LeftButton),
    "central_office": lambda qtbot, window, _p: qtbot.mouseClick(
        window.toolbar.widgetForAction(window.action_central), Qt.MouseButton.LeftButton),
    "another_assessment": lambda _qtbot, window, _p: window.open_assessment(
        new_assessment(window.service, code="D0002")),
}


@pytest.mark.parametrize("way_out", WAYS_OUT)
def test_every_way_out_asks_and_stay_cancels_it(qtbot, main_window, way_out):
    with Refusal(main_window.service) as refusal:
        page, assessment_id = open_with_refused_note(qtbot, main_window, refusal)
        with handling_modals(stay(qtbot)) as seen:
            WAYS_OUT[way_out](qtbot, main_window, page)
        assert len(seen) == 1 and FULL.text("th") in seen[0]
        assert main_window.assessment_page is page and main_window.pages.currentWidget() is page
        assert main_window.central_page is None
        assert page.card.note_edit.toPlainText() == NOTE
        assert page.session.save_state is SaveState.FAILED

        refusal.on = False  # the disk has room again: the next write goes through, without asking
        assert page.flush()
        assert note_of(main_window, assessment_id) == NOTE


def test_closing_the_window_asks_stay_keeps_it_open_and_try_again_saves_then_closes(
        qtbot, main_window, _isolated_data_dir):
    with Refusal(main_window.service) as refusal:
        page, assessment_id = open_with_refused_note(qtbot, main_window, refusal)

        def escape(box: QMessageBox) -> None:
            assert box.buttonRole(box.defaultButton()) is QMessageBox.ButtonRole.RejectRole  # Stay is the default
            qtbot.keyClick(box, Qt.Key.Key_Escape)

        with handling_modals(escape) as seen:
            assert not main_window.close()  # the close event was ignored
        assert len(seen) == 1
        assert main_window.isVisible()
        assert main_window.assessment_page is page and page.card.note_edit.toPlainText() == NOTE
        assert note_of(main_window, assessment_id) == ""  # the service is still open: nothing was closed

        def free_space_and_try_again(box: QMessageBox) -> None:
            refusal.on = False
            click_role(qtbot, box, QMessageBox.ButtonRole.AcceptRole)

        with handling_modals(free_space_and_try_again) as seen:
            assert main_window.close()
        assert len(seen) == 1
        assert not main_window.isVisible()
        reopened = make_service(_isolated_data_dir)
        try:
            assert reopened.get_assessment(assessment_id).answers["P01"].note == NOTE
        finally:
            reopened.close()


def test_the_prompt_speaks_english_when_the_program_does(qtbot, main_window):
    with Refusal(main_window.service) as refusal:
        page, _assessment_id = open_with_refused_note(qtbot, main_window, refusal)
        main_window.action_english.trigger()
        activate(qtbot, main_window)
        buttons: list[str] = []

        def read_and_stay(box: QMessageBox) -> None:
            buttons.extend(b.text() for b in box.buttons())
            click_role(qtbot, box, QMessageBox.ButtonRole.RejectRole)

        with handling_modals(read_and_stay) as seen:
            qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
        assert seen == [f"QMessageBox: Not saved\nYour latest change could not be saved: {FULL.text('en')}.\n\n"
                        "If you leave now, that change is lost."]
        assert sorted(buttons) == ["Leave without saving", "Stay", "Try again"]


def test_a_retry_that_gets_through_while_the_prompt_is_open_answers_it(qtbot, main_window, monkeypatch):
    monkeypatch.setattr("gui.assessment.session.RETRY_DELAY_MS", 100)  # before the session is made
    with Refusal(main_window.service) as refusal:
        page, assessment_id = open_with_refused_note(qtbot, main_window, refusal)

        def free_space_and_wait(box: QMessageBox) -> None:
            refusal.on = False  # another program freed space; the user has not answered yet
            watchdog = QTimer(box)  # if the prompt is not answered by the retry, Stay: fail, not hang
            watchdog.setSingleShot(True)
            watchdog.timeout.connect(lambda: click_role(qtbot, box, QMessageBox.ButtonRole.RejectRole))
            watchdog.start(5000)

        with handling_modals(free_space_and_wait) as seen:
            qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)  # returns once the prompt has gone
        assert len(seen) == 1
        assert note_of(main_window, assessment_id) == NOTE  # the retry stored it...
        assert main_window.assessment_page is None  # ...so the prompt no longer stood in the way out
        assert main_window.pages.currentWidget() is main_window.home
