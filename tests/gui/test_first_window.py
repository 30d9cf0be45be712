"""The first window: Thai by default, the six dimensions with weights, a live TH/EN switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from core.checklist import default_checklist
from core.linebreak import ZWSP
from gui.fonts import apply_font
from gui.widgets.wrapping_label import WrappingLabel


def _texts(window) -> list[str]:
    return [w.plain_text() for w in window.findChildren(WrappingLabel)] + [
        w.text() for w in window.findChildren(type(window.home._heading))
    ]


def test_home_lists_dimensions_and_weights_in_thai(main_window):
    texts = _texts(main_window)
    for dim in default_checklist().dimensions:
        assert dim.name.th in texts
    assert "20% · 10 ข้อ" in texts and "5% · 8 ข้อ" in texts
    assert main_window.windowTitle() == "ก้าว: การประเมินตนเองด้านรัฐบาลดิจิทัล"


def test_language_switch_at_runtime(qtbot, main_window):
    main_window.action_english.trigger()
    texts = _texts(main_window)
    assert "Policies and Practices" in texts and "30% · 12 items" in texts
    assert main_window.windowTitle() == "Kao: digital government self-assessment"
    main_window.action_thai.trigger()
    assert "แนวนโยบายและหลักปฏิบัติ" in _texts(main_window)
    assert main_window.action_thai.isChecked() and not main_window.action_english.isChecked()


def test_thai_labels_carry_break_hints_but_report_plain_text(main_window):
    name = default_checklist().dimensions[4].name.th
    labels = [w for w in main_window.findChildren(WrappingLabel) if w.plain_text() == name]
    assert labels and ZWSP in labels[0].text() and ZWSP not in labels[0].plain_text()


def test_thai_glyphs_render_not_tofu(main_window, tmp_path):
    """Sarabun is registered: a Thai label draws ink, and differs from a row of .notdef boxes."""
    label = main_window.home._heading
    image: QImage = label.grab().toImage()
    inked = sum(
        1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert inked > 50
    from PySide6.QtGui import QFontDatabase
    assert "Sarabun" in QFontDatabase.families()


def test_first_paint_callback_runs_after_the_window_was_painted(qtbot, _isolated_data_dir):
    from PySide6.QtCore import QEvent, QObject

    from gui.app import build_main_window
    from gui.first_paint import after_first_paint

    window = build_main_window(_isolated_data_dir, "th")
    assert window is not None
    qtbot.addWidget(window)
    painted: list[str] = []

    class CountPaints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(watched.objectName())
            return False

    counter = CountPaints(window)
    window.home.table.viewport().installEventFilter(counter)
    calls: list[int] = []
    after_first_paint(window, lambda: calls.append(len(painted)))
    window.show()
    qtbot.waitUntil(lambda: calls != [])
    assert calls[0] >= 1  # the list itself had been painted when the callback ran
    window.update()
    qtbot.waitUntil(lambda: len(painted) > calls[0])
    assert len(calls) == 1  # once, not on every paint


def test_the_app_turns_the_cycle_collector_back_on_once_painted(qtbot, _isolated_data_dir):
    import gc

    from gui.app import _collect_from_now_on, build_main_window
    from gui.first_paint import after_first_paint

    window = build_main_window(_isolated_data_dir, "th")
    assert window is not None
    qtbot.addWidget(window)
    gc.disable()  # as main.py does for start-up
    try:
        after_first_paint(window, _collect_from_now_on)
        window.show()
        qtbot.waitUntil(gc.isenabled)
    finally:
        gc.unfreeze()
        gc.enable()


def test_open_dialogs_follow_a_language_switch(qtbot, main_window):
    from gui.assessment.reopen_dialog import ReopenDialog
    from gui.dialogs.about_dialog import AboutDialog

    about, reopen = AboutDialog(main_window), ReopenDialog(main_window)
    thai_titles = (about.windowTitle(), reopen.windowTitle())
    main_window.action_english.trigger()
    assert (about.windowTitle(), reopen.windowTitle()) == ("About Kao", "Reopen the assessment")
    main_window.action_thai.trigger()
    assert (about.windowTitle(), reopen.windowTitle()) == thai_titles
    assert not any(title.isascii() for title in thai_titles)  # they were Thai to begin with


@pytest.mark.parametrize("font_size", ["normal", "large"])
@pytest.mark.parametrize("height", [768, 900])
def test_the_checklist_panel_is_shown_whole_or_not_at_all(qtbot, main_window, font_size: str, height: int):
    """Squeezed into too little height (the large font on a 768-pixel screen), a dimension name
    wrapped on three lines got the height of two and lost the tone marks of its first line."""
    app = QApplication.instance()
    apply_font(app, font_size)
    try:
        main_window.resize(1366, height)
        for _ in range(3):
            QApplication.processEvents()  # the font change, then the layouts it asks for
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        overview = main_window.home.overview
        if overview.isVisible():
            squeezed = [label.plain_text() for label in overview.findChildren(WrappingLabel)
                        if label.height() < label.heightForWidth(label.width()) - 1]
            assert squeezed == []
        assert overview.isVisible() or font_size == "large"  # the usual case keeps its panel
    finally:
        apply_font(app, "normal")


def test_a_font_size_chosen_in_settings_shows_at_once(qtbot, main_window):
    """The app's style sheet kept every widget already made at the old size until a restart."""
    from gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(main_window.settings, main_window.data_dir, main_window)
    qtbot.addWidget(dialog)
    dialog.font_size.setCurrentIndex(dialog.font_size.findData("large"))
    try:
        dialog.accept()
        QApplication.processEvents()
        home = main_window.home
        assert [w.font().pointSize() for w in (home.table, home.search, home.open_button)] == [13, 13, 13]
        assert home.overview._dimension_names[0].font().pointSize() == 13
    finally:
        main_window.settings.font_size = "normal"
        apply_font(QApplication.instance(), "normal")
    assert home.table.font().pointSize() == 11


def test_wrapped_thai_in_dialogs_breaks_between_words_without_libthai(qtbot, main_window):
    """Windows has no libthai: a wrapped Thai label needs the break hints, or it breaks mid-word."""
    from PySide6.QtWidgets import QLabel

    from gui.dialogs.about_dialog import AboutDialog
    from gui.dialogs.agency_dialog import AgencyDialog
    from gui.dialogs.settings_dialog import SettingsDialog

    dialogs = [AboutDialog(main_window), SettingsDialog(main_window.settings, main_window.data_dir, main_window),
               AgencyDialog(parent=main_window)]
    unhinted = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        for label in dialog.findChildren(QLabel):
            thai = any("\u0e00" <= c <= "\u0e7f" for c in label.text())
            if label.wordWrap() and thai and ZWSP not in label.text():
                unhinted.append(f"{type(dialog).__name__}: {label.text()[:30]}")
    assert unhinted == []


def test_f1_shows_the_checklist_when_the_home_panel_has_no_room(qtbot, main_window):
    """At the minimum window size the home screen hides its checklist panel; Help › the checklist
    at a glance (F1) shows it from anywhere, whole."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from gui.dialogs.checklist_dialog import ChecklistDialog
    from tests.gui.typing_helpers import when_modal

    main_window.resize(1024, 700)
    main_window.show()
    qtbot.waitExposed(main_window)
    assert not main_window.home.overview.isVisible()
    assert main_window.action_checklist in main_window.menu_help.actions()
    seen: list[list[str]] = []

    def read_and_close(dialog: ChecklistDialog) -> None:
        labels = dialog.overview.findChildren(WrappingLabel)
        seen.append([w.plain_text() for w in labels] + [w.text() for w in dialog.overview.findChildren(QLabel)])
        squeezed = [w.plain_text() for w in labels if w.height() < w.heightForWidth(w.width()) - 1]
        seen.append(squeezed)
        dialog.reject()

    when_modal(qtbot, read_and_close, ChecklistDialog, ready=lambda d: d.isVisible())
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(seen))
    texts, squeezed = seen
    assert all(dim.name.th in texts for dim in default_checklist().dimensions)
    assert "20% · 10 ข้อ" in texts and squeezed == []
