"""Nothing clipped at the smallest and the usual window, in Thai and English; names and keyboard for every control."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from test_assessment_support import complete_answers, focused, new_assessment, press, show_page

from core.model import Answer, AnswerValue
from gui.assessment import AssessmentPage

# The page's share of the window: the main window's minimum (1024×700) and a common laptop
# screen (1366×768), less the main window's toolbar.
SIZES = [(1024, 650), (1366, 718)]


def _clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons smaller than their text needs (once the pending layouts are done)."""
    for _ in range(4):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    problems = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.window() is not root.window():
            continue
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                need_w, need_h = 0, w.heightForWidth(w.width())
            else:
                need_w, need_h = w.sizeHint().width(), w.sizeHint().height()
            if w.width() < need_w - 1 or w.height() < need_h - 1:
                problems.append(f"label {w.text()[:40]!r} {w.size().toTuple()} needs {(need_w, need_h)}")
        elif isinstance(w, QAbstractButton) and w.text():
            hint = w.minimumSizeHint() if w.minimumSizeHint().isValid() else w.sizeHint()
            if w.width() < min(hint.width(), w.sizeHint().width()) - 1:
                problems.append(f"button {w.text()!r} {w.width()} < {w.sizeHint().width()}")
            if w.height() < min(hint.height(), w.sizeHint().height()) - 1:  # text sitting on the border
                problems.append(f"button {w.text()!r} height {w.height()} < {w.sizeHint().height()}")
    tabs = root.findChild(QWidget, "assessmentPage")
    page = tabs if tabs is not None else root
    bar = page.tabs.tabBar()  # type: ignore[attr-defined]
    corner = page.tabs.cornerWidget()  # type: ignore[attr-defined]
    last = bar.tabRect(bar.count() - 1)
    if bar.mapTo(page, last.topRight()).x() >= corner.mapTo(page, corner.rect().topLeft()).x():
        problems.append("the tabs run under the Finalize/Report/Export buttons")
    for i in range(bar.count()):
        if bar.tabRect(i).width() < bar.fontMetrics().horizontalAdvance(bar.tabText(i)):
            problems.append(f"tab {bar.tabText(i)!r} is cut")
    return problems


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("size", SIZES, ids=["1024x700", "1366x768"])
def test_no_text_is_clipped_on_any_screen(qtbot, service, lang: str, size: tuple[int, int]):
    assessment_id = new_assessment(service)
    answers = complete_answers()
    answers["S04"] = Answer(AnswerValue.NA)  # the reason field and its warning are shown
    del answers["T08"]
    service.save_answers(assessment_id, answers)
    service.set_review_flag(assessment_id, "P02", True)
    page = show_page(qtbot, service, assessment_id, lang, size)

    page.open_item("S04")
    page.card.other_language_button.click()
    qtbot.waitUntil(lambda: page.card.other_text_label.isVisible())
    assert _clipped(page) == []
    page.open_item("I04")  # a long item text
    assert _clipped(page) == []
    page.show_check()
    assert _clipped(page) == []
    page.show_results()
    qtbot.waitUntil(lambda: page.results_view.card is not None)
    assert _clipped(page) == []


def test_every_control_has_an_accessible_name(qtbot, service):
    assessment_id = new_assessment(service)
    service.save_answers(assessment_id, complete_answers())
    page = show_page(qtbot, service, assessment_id)
    page.open_item("S04")
    for show in (page.show_walker, page.show_check, page.show_results):
        show()
        unnamed = [
            f"{type(w).__name__} {w.objectName()}"
            for w in page.findChildren(QWidget)
            if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.accessibleName()
        ]
        assert unnamed == []


def test_the_whole_card_is_reachable_with_tab(qtbot, service):
    assessment_id = new_assessment(service)
    page = show_page(qtbot, service, assessment_id)
    page.open_item("S04")
    press(qtbot, Qt.Key.Key_4)  # N/A: the reason field comes next
    page.card.focus_answer()
    order = [focused()]
    for _ in range(14):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(focused())
    card = page.card
    expected = [
        card.answer_buttons[AnswerValue.NA], card.reason_edit, card.note_edit, card.review_check,
        card.evidence_list.list, card.evidence_list.add_button, card.other_language_button,
        page.walker.prev_button, page.walker.next_button,
    ]
    names = [f"{type(w).__name__}:{w.accessibleName()}" for w in order]
    assert all(w in order for w in expected), "\n".join(names)
    positions = [order.index(w) for w in expected]
    assert positions == sorted(positions)


def _tab_cycle(qtbot) -> list[QWidget]:
    """The widgets Tab visits, pressed where the focus is, from the first one met twice round to it again."""
    seen = [focused()]
    for _ in range(100):
        press(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        if widget in seen:
            return seen[seen.index(widget):]
        seen.append(widget)
    raise AssertionError("Tab never came round to a widget it had visited")


def _opened_in_the_window(qtbot, window) -> AssessmentPage:
    assessment_id = new_assessment(window.service)
    answers = complete_answers()
    del answers["T08"]  # level 4 falls short: the results show a path of items to it
    window.service.save_answers(assessment_id, answers)
    window.open_assessment(assessment_id)
    page = window.assessment_page
    assert isinstance(page, AssessmentPage)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return page


def test_tab_reaches_back_on_every_view_of_the_window(qtbot, main_window):
    page = _opened_in_the_window(qtbot, main_window)
    for show in (page.show_walker, page.show_check, page.show_results):
        show()
        cycle = _tab_cycle(qtbot)
        names = [f"{type(w).__name__}:{w.accessibleName()}" for w in cycle]
        assert page.back_button in cycle, f"{show.__name__}: {names}"
        assert page.tabs.tabBar() in cycle and page.export_button in cycle, f"{show.__name__}: {names}"


def test_tab_reaches_the_items_on_the_path_to_the_next_level_after_the_results(qtbot, main_window):
    page = _opened_in_the_window(qtbot, main_window)
    page.show_results()
    qtbot.waitUntil(lambda: len(page.results_view.path_rows) >= 2)
    buttons = [button for button, _text, _gain in page.results_view.path_rows]
    cycle = _tab_cycle(qtbot)
    names = [f"{type(w).__name__}:{w.accessibleName()}" for w in cycle]
    assert all(b in cycle for b in buttons), names
    start = cycle.index(page.results_view)
    assert cycle[start + 1:start + 1 + len(buttons)] == buttons, names  # read in order, before Finalize
