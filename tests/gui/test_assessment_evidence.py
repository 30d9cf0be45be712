"""Evidence on the walker's card as a user meets it: a file attached twice, a file gone, removing the last one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from test_assessment_support import (
    ask_to_remove_one_file,
    click_role,
    focused,
    new_assessment,
    show_page,
    stored,
)

from gui.assessment import AssessmentPage
from gui.assessment.session import SaveState


def reactivate(qtbot, page: AssessmentPage) -> None:
    """What the window manager does when a dialog closes (the offscreen platform has none)."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def test_removing_the_last_file_leaves_the_keyboard_on_add(qtbot, page: AssessmentPage, tmp_path: Path):
    evidence = page.card.evidence_list
    _source, box = ask_to_remove_one_file(qtbot, page, tmp_path)
    click_role(qtbot, box, QMessageBox.ButtonRole.DestructiveRole)
    reactivate(qtbot, page)
    assert evidence.list.count() == 0
    # Not the "Show the English text" link that follows the now disabled Remove button.
    assert focused() is evidence.add_button


def test_a_file_the_item_already_has_is_said_in_one_line_and_nothing_pretends_a_save(
        qtbot, service, tmp_path: Path):
    first = tmp_path / "รายงานการประชุม.pdf"
    first.write_bytes(b"%PDF-1.4 minutes")
    copy = tmp_path / "สำเนารายงาน.pdf"  # the same content under another name
    copy.write_bytes(first.read_bytes())
    other = tmp_path / "แผนงาน.pdf"
    other.write_bytes(b"%PDF-1.4 plan")
    assessment_id = new_assessment(service)
    service.attach_evidence(assessment_id, "P01", first)
    service.attach_evidence(assessment_id, "P01", other)
    page = show_page(qtbot, service, assessment_id)
    page.open_item("P01")
    evidence = page.card.evidence_list
    assert not evidence.notice.isVisible()

    assert evidence.attach([first]) == 0
    notice = evidence.notice.plain_text()
    assert evidence.notice.isVisible() and first.name in notice and "\n" not in notice
    assert page.session.save_state is SaveState.LOADED  # nothing was written, so no "Saved"
    assert evidence.list.currentItem().toolTip() == first.name  # the file it already has is shown

    assert evidence.attach([copy]) == 0
    assert copy.name in evidence.notice.plain_text() and first.name in evidence.notice.plain_text()
    # The list keeps its order and its names, as stored.
    names = [f.filename for f in stored(service, assessment_id).evidence["P01"]]
    assert names == [first.name, other.name]
    assert [evidence.list.item(n).toolTip() for n in range(evidence.list.count())] == names

    page.walker.next_item()  # the line belongs to the item it was said for
    assert not evidence.notice.isVisible()


def test_a_file_gone_before_it_is_attached_is_named_in_one_line(qtbot, page: AssessmentPage, tmp_path: Path):
    folder = tmp_path / "เอกสารประกอบการประเมินรัฐบาลดิจิทัล ปีงบประมาณ 2569" / "มิติที่ 1 นโยบาย"
    gone = folder / "งบประมาณ.xlsx"  # chosen, then moved away before Kao copied it
    page.card.evidence_list.attach([gone])
    assert page.session.save_state is SaveState.FAILED
    header = page.saved_label
    assert gone.name in header.plain_text() and str(folder) not in header.plain_text()
    assert header.heightForWidth(header.width()) < 2 * header.fontMetrics().lineSpacing()
