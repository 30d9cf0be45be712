"""The home screen from the keyboard alone: every control within reach of Tab, with the UI in Thai."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_assessment_support import focused, press
from test_home import _seed

from tests.gui.typing_helpers import handling_modals, type_text


def test_tab_leaves_the_list_for_the_buttons_under_it(qtbot, main_window):
    home = main_window.home
    first, _second = _seed(main_window.service)
    home.refresh()
    home.select(first.id)
    home.table.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is home.open_button
    reached = [focused()]
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Tab)
        reached.append(focused())
    assert reached == [home.open_button, home.copy_button, home.agency_button, home.delete_button,
                       home.import_button, home.export_button]
    home.table.setFocus()
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is home.show_deleted

    # Between rows the arrow keys move, as before.
    home.table.setFocus()
    row = home.table.currentIndex().row()
    press(qtbot, Qt.Key.Key_Up if row else Qt.Key.Key_Down)
    assert home.selected().id == _second.id and focused() is home.table


def test_delete_asks_to_trash_only_on_the_list(qtbot, main_window):
    home = main_window.home
    first, _second = _seed(main_window.service)
    home.refresh()
    home.select(first.id)
    with handling_modals() as seen:  # a question here would be listed as unexpected, and closed
        for control in (home.status_filter, home.show_deleted, home.import_button):
            control.setFocus()
            qtbot.keyClick(control, Qt.Key.Key_Delete)
    assert seen == []
    with handling_modals(lambda box: box.button(QMessageBox.StandardButton.No).click()) as seen:
        home.table.setFocus()
        press(qtbot, Qt.Key.Key_Delete)
    assert seen == ["QMessageBox: ย้ายไปถังขยะ\nย้ายแบบประเมินของ สำนักงานจังหวัดเชียงใหม่ ปีงบประมาณ 2568 ไปถังขยะหรือไม่? "
                    "สามารถกู้คืนได้ภายหลัง"]
    assert len(main_window.service.list_assessments()) == 2


def test_enter_in_the_search_goes_to_the_first_match_then_opens_it(qtbot, main_window):
    # Type a name, press Enter: the first match is selected with the keyboard on the list, and a
    # second Enter there opens it. With a match already selected, Enter in the search opens it.
    home = main_window.home
    first, second = _seed(main_window.service)
    home.refresh()
    home.table.clearSelection()
    opened: list[int] = []
    home.open_requested.disconnect()
    home.open_requested.connect(opened.append)
    type_text(home.search, "diprom")
    home.search.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert home.selected().id == second.id and focused() is home.table and opened == []
    press(qtbot, Qt.Key.Key_Return)
    assert opened == [second.id]
    home.search.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert opened == [second.id, second.id]
    home.search.clear()
    type_text(home.search, "ไม่มีหน่วยงานนี้")
    home.search.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # nothing matches: nothing happens
    assert opened == [second.id, second.id] and focused() is home.search and first.id != second.id
