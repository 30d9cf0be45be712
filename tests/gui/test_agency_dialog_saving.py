"""The agency profile dialog closes only once its save succeeded; a refused save keeps it open, as typed,
with the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from core.linebreak import ZWSP
from core.records import Agency, AgencyKind
from core.storage import DiskFullError
from core.text import Text
from gui.dialogs.agency_dialog import AgencyDialog
from gui.dialogs.new_assessment_dialog import NewAssessmentDialog
from tests.gui.typing_helpers import handling_modals, type_text

CHIANG_MAI = Agency("0801", Text("สำนักงานจังหวัดเชียงใหม่", "Chiang Mai Provincial Office"), AgencyKind.PROVINCIAL,
                    ministry="กระทรวงมหาดไทย", province="เชียงใหม่")


def typed(dialog: AgencyDialog) -> dict[str, Any]:
    return {
        "code": dialog.code.text(), "name_th": dialog.name_th.text(), "name_en": dialog.name_en.text(),
        "kind": dialog.kind.currentData(), "ministry": dialog.ministry.text(),
        "province": dialog.province.currentText(), "contact": dialog.contact.text(),
    }


def shown_texts(dialog: AgencyDialog) -> list[str]:
    """What the dialog says to the user right now, as read (break hints removed)."""
    return [label.text().replace(ZWSP, "") for label in dialog.findChildren(QLabel) if label.isVisible()]


def save(qtbot, dialog: AgencyDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_a_new_agency_the_service_refuses_stays_open_as_typed_with_the_reason(qtbot, main_window):
    service = main_window.service
    service.save_agency(CHIANG_MAI)
    new = NewAssessmentDialog(service, main_window)
    qtbot.addWidget(new)
    new.show()
    qtbot.waitExposed(new)
    entered = {"code": "0801", "name_th": "สำนักงานจังหวัดลำพูน", "name_en": "Lamphun Provincial Office",
               "kind": AgencyKind.PROVINCIAL, "ministry": "กระทรวงมหาดไทย", "province": "ลำพูน",
               "contact": "นายสมชาย ใจดี โทร 053 511 000"}
    after_refusal: dict[str, Any] = {}

    def mistype_the_code_then_correct_it(dialog: AgencyDialog) -> None:
        assert isinstance(dialog, AgencyDialog)
        for field in ("code", "name_th", "name_en", "ministry", "contact"):
            type_text(getattr(dialog, field), entered[field])
        dialog.kind.setCurrentIndex(dialog.kind.findData(AgencyKind.PROVINCIAL))
        dialog.province.setCurrentText("ลำพูน")
        save(qtbot, dialog)  # 0801 is Chiang Mai's code: the service refuses
        after_refusal.update(open=dialog.isVisible(), typed=typed(dialog), said=shown_texts(dialog))
        if not dialog.isVisible():
            return
        dialog.code.selectAll()
        type_text(dialog.code, "0802")
        save(qtbot, dialog)
        after_refusal["closed_once_saved"] = not dialog.isVisible()

    with handling_modals(mistype_the_code_then_correct_it) as seen:
        qtbot.mouseClick(new.add_agency, Qt.MouseButton.LeftButton)

    assert seen == ["AgencyDialog: เพิ่มหน่วยงาน"]  # no message box after the dialog has gone
    assert after_refusal["open"]
    assert after_refusal["typed"] == entered
    assert "ยังไม่ได้บันทึกข้อมูลหน่วยงาน: มีหน่วยงานรหัส 0801 อยู่แล้ว" in after_refusal["said"]
    assert after_refusal["closed_once_saved"]
    saved = {a.code: a for a in service.list_agencies()}
    assert set(saved) == {"0801", "0802"}
    assert saved["0801"].name.th == "สำนักงานจังหวัดเชียงใหม่"  # the agency whose code was taken is untouched
    assert saved["0802"].name.th == "สำนักงานจังหวัดลำพูน" and saved["0802"].contact == entered["contact"]
    assert new.agency.currentData() == saved["0802"].id  # back in New assessment, the new agency is chosen


def test_an_edit_refused_by_a_full_disk_stays_open_with_the_reason_in_english(
        qtbot, main_window, monkeypatch, _isolated_data_dir):
    service = main_window.service
    agency = service.save_agency(CHIANG_MAI)
    assert agency.id is not None
    assessment = service.create_assessment(agency.id, 2569, ("สมชาย ใจดี",))
    home = main_window.home
    home.refresh()
    home.select(assessment.id)
    main_window.action_english.trigger()
    full = DiskFullError(_isolated_data_dir)
    real_save = service.save_agency
    disk = {"full": True}

    def save_agency(changed: Agency) -> Agency:
        if disk["full"]:
            raise full
        return real_save(changed)

    monkeypatch.setattr(service, "save_agency", save_agency)
    contact = "Ms Wipa Srisuk, 053 111 222"
    after_refusal: dict[str, Any] = {}

    def change_the_contact(dialog: AgencyDialog) -> None:
        assert isinstance(dialog, AgencyDialog)
        dialog.contact.clear()
        type_text(dialog.contact, contact)
        save(qtbot, dialog)
        after_refusal.update(open=dialog.isVisible(), contact=dialog.contact.text(), said=shown_texts(dialog))
        if not dialog.isVisible():
            return
        disk["full"] = False  # the user frees some space and saves again
        save(qtbot, dialog)
        after_refusal["closed_once_saved"] = not dialog.isVisible()

    with handling_modals(change_the_contact) as seen:
        qtbot.mouseClick(home.agency_button, Qt.MouseButton.LeftButton)

    assert seen == ["AgencyDialog: Agency profile"]
    assert after_refusal["open"] and after_refusal["contact"] == contact
    assert f"The profile was not saved: {full.text('en')}" in after_refusal["said"]  # one line, in English
    assert after_refusal["closed_once_saved"]
    assert service.get_assessment(assessment.id).agency.contact == contact


def test_the_agency_box_shows_the_longest_name_with_its_code(qtbot, main_window):
    service = main_window.service
    long_name = "สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"
    for code in ("D0001", "D0002"):  # two offices told apart only by the code at the end
        service.save_agency(Agency(code, Text(long_name, "Office of the Permanent Secretary"), AgencyKind.DEPARTMENT))
    dialog = NewAssessmentDialog(service, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = dialog.agency.currentText()
    assert shown.endswith("(D0001)") or shown.endswith("(D0002)")
    assert dialog.agency.width() >= dialog.agency.fontMetrics().horizontalAdvance(shown) + 20
    assert dialog.agency.geometry().right() < dialog.add_agency.geometry().left()  # side by side, not under it
    assert dialog.add_agency.geometry().right() <= dialog.width()


def test_the_settings_dialog_shows_the_data_folder_whole(qtbot, main_window):
    from gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(main_window.settings, main_window.data_dir, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.data_folder
    assert field.text() == str(main_window.data_dir)
    assert field.toolTip() == field.text()
    assert field.width() >= field.fontMetrics().horizontalAdvance(field.text()) + 12


def test_the_ministry_field_suggests_the_official_names(qtbot, main_window):
    dialog = AgencyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ministry, "มหาดไทย")
    completer = dialog.ministry.completer()
    assert completer.completionCount() == 1 and completer.currentCompletion() == "กระทรวงมหาดไทย"
    assert dialog.ministry.text() == "มหาดไทย"  # a suggestion, not a correction: what is typed stays
