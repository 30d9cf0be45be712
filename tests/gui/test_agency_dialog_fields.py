"""The agency profile form: every problem shown whole beside its field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_assessment_support import prepare_app

from core.records import AgencyKind
from gui.dialogs.agency_dialog import AgencyDialog
from gui.i18n import LanguageManager
from tests.gui.typing_helpers import shown_active


def _dialog(qtbot, service, lang: str = "th") -> AgencyDialog:
    prepare_app(lang)
    dialog = AgencyDialog(save=service.save_agency)
    shown_active(qtbot, dialog)
    return dialog


def test_several_problems_at_once_are_each_shown_whole(qtbot, service):
    for lang in ("th", "en"):
        dialog = _dialog(qtbot, service, lang)
        dialog.code.setText("ก")
        dialog.kind.setCurrentIndex(dialog.kind.findData(AgencyKind.LOCAL))
        dialog.province.setCurrentText("จังหวัดที่ไม่มีอยู่ในรายชื่อเจ็ดสิบเจ็ดจังหวัด")
        dialog.contact.setText("นายสมชาย\tใจดี")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        shown = [error for error in dialog._errors.values() if error.isVisible()]
        assert len(shown) == 4 and dialog.isVisible()
        assert any(e.heightForWidth(e.width()) > e.fontMetrics().lineSpacing() * 1.5 for e in shown)  # wrapped
        for error in shown:
            assert error.height() >= error.heightForWidth(error.width()), (lang, error.plain_text())
        for field in dialog._fields.values():
            assert field.height() >= field.sizeHint().height(), lang
        dialog.close()


def test_a_province_typed_in_english_is_taken_and_enter_adds_nothing_to_the_list(qtbot, service):
    dialog = _dialog(qtbot, service, "en")
    dialog.code.setText("0801")
    dialog.name_th.setText("สำนักงานจังหวัดเชียงใหม่")
    dialog.kind.setCurrentIndex(dialog.kind.findData(AgencyKind.PROVINCIAL))
    listed = [dialog.province.itemText(i) for i in range(dialog.province.count())]
    dialog.province.setFocus()
    qtbot.keyClicks(dialog.province.lineEdit(), "Chiang Mia")  # a slip: refused, and not made a choice
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.saved is None and dialog._errors["province"].isVisible()
    assert [dialog.province.itemText(i) for i in range(dialog.province.count())] == listed
    dialog.province.lineEdit().clear()
    qtbot.keyClicks(dialog.province.lineEdit(), "chiang mai")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.saved is not None and dialog.saved.province == "เชียงใหม่"
    assert [a.province for a in service.list_agencies()] == ["เชียงใหม่"]


def test_a_ministry_too_long_is_named_beside_it_and_nothing_is_stored(qtbot, service):
    dialog = _dialog(qtbot, service)
    dialog.code.setText("0801")
    dialog.name_th.setText("กรมทดสอบ")
    dialog.ministry.setText("กระทรวง" * 40)  # pasted: 280 characters
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog._errors["ministry"].plain_text() == "ช่องกระทรวงยาวเกิน 200 ตัวอักษร (ขณะนี้ 280 ตัวอักษร)"
    assert dialog._errors["ministry"].isVisible() and not dialog.save_error.isVisible()
    assert QApplication.focusWidget() is dialog.ministry
    assert service.list_agencies() == [] and dialog.saved is None


def test_in_english_the_provinces_are_listed_by_their_english_names_and_stored_in_thai(qtbot, service):
    dialog = _dialog(qtbot, service, "en")
    listed = [dialog.province.itemText(i) for i in range(dialog.province.count())]
    assert "Chiang Mai" in listed and "เชียงใหม่" not in listed
    dialog.code.setText("0801")
    dialog.name_th.setText("สำนักงานจังหวัดเชียงใหม่")
    dialog.kind.setCurrentIndex(dialog.kind.findData(AgencyKind.PROVINCIAL))
    dialog.province.setCurrentIndex(listed.index("Chiang Mai"))
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.province == "เชียงใหม่"
    again = AgencyDialog(dialog.saved, save=service.save_agency)  # an agency's profile opened in English
    qtbot.addWidget(again)
    assert again.province.currentText() == "Chiang Mai"
    LanguageManager.for_app().set_language("th")  # and a switch of language renames the choice
    assert again.province.currentText() == "เชียงใหม่" and again.agency().province == "เชียงใหม่"
