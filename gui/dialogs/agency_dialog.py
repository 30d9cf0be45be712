"""Create or edit an agency profile; every field's problem is shown beside it, in the UI language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.agency_rules import agency_problems, province_name, province_named, provinces
from core.errors import KaoError
from core.ministries import MINISTRIES
from core.records import Agency, AgencyKind
from core.text import Text
from gui.i18n import LanguageManager, Retranslating
from gui.labels import kind_label
from gui.widgets.wrapping_label import WrappingLabel, grow_to_fit


class AgencyDialog(Retranslating, QDialog):
    """With ``save`` (the service's save_agency), Save closes the dialog only once the profile is stored;
    a refusal keeps it open, as typed, with the reason. ``saved`` is then the stored profile."""

    def __init__(self, agency: Agency | None = None, parent: QWidget | None = None, *,
                 save: Callable[[Agency], Agency] | None = None) -> None:
        super().__init__(parent)
        self._languages = LanguageManager.for_app()
        self._original = agency
        self._save = save
        self.saved: Agency | None = None
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self._intro = WrappingLabel()
        layout.addWidget(self._intro)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self._form)

        self.code = QLineEdit()
        self.name_th = QLineEdit()
        self.name_en = QLineEdit()
        self.kind = QComboBox()
        for kind in AgencyKind:
            self.kind.addItem("", kind)
        self.ministry = QLineEdit()
        # Free text (an office may belong to a body not on the list), but suggesting the official
        # names keeps most offices to one spelling; the central office groups spellings anyway.
        suggestions = QCompleter(list(MINISTRIES), self.ministry)
        suggestions.setFilterMode(Qt.MatchFlag.MatchContains)
        suggestions.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ministry.setCompleter(suggestions)
        self.department = QLineEdit()
        self.province = QComboBox()
        self.province.setEditable(True)
        # The list is the 77 provinces: Enter must not add what was typed to it as a choice.
        self.province.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.province.addItem("", "")
        for p in provinces():  # named in the UI language (retranslate_ui), stored by the Thai name
            self.province.addItem(p.th, p.th)
        completer = self.province.completer() or QCompleter()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.contact = QLineEdit()

        self._fields: dict[str, QWidget] = {
            "code": self.code, "name.th": self.name_th, "name.en": self.name_en, "kind": self.kind,
            "ministry": self.ministry, "department": self.department, "province": self.province,
            "contact": self.contact,
        }
        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, WrappingLabel] = {}
        for key, widget in self._fields.items():
            label, error = QLabel(), WrappingLabel()
            label.setBuddy(widget)
            error.setObjectName("savedStateError")
            error.hide()
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            column.addWidget(error)
            holder = QWidget()
            holder.setLayout(column)
            self._form.addRow(label, holder)
            self._labels[key], self._errors[key] = label, error

        self.save_error = WrappingLabel()
        self.save_error.setObjectName("savedStateError")
        self.save_error.hide()
        layout.addWidget(self.save_error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if agency is not None:
            self._load(agency)
        self.retranslate_ui()

    def _load(self, a: Agency) -> None:
        self.code.setText(a.code)
        self.name_th.setText(a.name.th)
        self.name_en.setText(a.name.en if a.name.en != a.name.th else "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(a.kind)))
        self.ministry.setText(a.ministry)
        self.department.setText(a.department)
        listed = self.province.findData(a.province)
        if listed > 0:
            self.province.setCurrentIndex(listed)
        else:  # a name from before the list: shown as stored, for the form to refuse
            self.province.setCurrentText(a.province)
        self.contact.setText(a.contact)

    def agency(self) -> Agency:
        """The profile as entered; an empty English name falls back to the Thai one."""
        name_th = self.name_th.text().strip()
        return Agency(
            code=self.code.text().strip(),
            name=Text(name_th, self.name_en.text().strip() or name_th),
            kind=AgencyKind(self.kind.currentData()),
            ministry=self.ministry.text().strip(),
            department=self.department.text().strip(),
            province=province_named(self.province.currentText().strip()),  # in English too, as on the command line
            contact=self.contact.text().strip(),
            id=self._original.id if self._original else None,
        )

    def accept(self) -> None:
        problems = agency_problems(self.agency())
        lang = self._languages.lang
        for error in self._errors.values():
            error.hide()
        for problem in problems:
            error = self._errors[problem.field]
            error.set_plain_text(problem.message.get(lang))
            error.show()
        self.save_error.hide()
        if problems:
            grow_to_fit(self)
            self._fields[problems[0].field].setFocus()
            return
        if self._save is not None:
            try:
                self.saved = self._save(self.agency())
            except KaoError as exc:  # e.g. a code already taken, a full disk: nothing typed is lost
                self.save_error.set_plain_text(self.tr("The profile was not saved: %1").replace("%1", exc.text(lang)))
                self.save_error.show()
                grow_to_fit(self)
                return
        super().accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Agency profile") if self._original else self.tr("New agency"))
        self._intro.set_plain_text(self.tr("Fields marked * are required. The province is chosen from the list, "
                                    "so the central office can group results correctly."))
        texts = {
            "code": self.tr("Agency code *"), "name.th": self.tr("Name in Thai *"),
            "name.en": self.tr("Name in English"), "kind": self.tr("Agency type *"),
            "ministry": self.tr("Ministry"), "department": self.tr("Department"),
            "province": self.tr("Province"), "contact": self.tr("Contact person"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
            self._fields[key].setAccessibleName(text.rstrip(" *"))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, kind_label(self.kind.itemData(index)))
        typed, chosen = self.province.currentText(), self.province.currentIndex()
        was_chosen = chosen > 0 and self.province.itemText(chosen) == typed
        for index in range(1, self.province.count()):
            self.province.setItemText(index, province_name(self.province.itemData(index), self._languages.lang))
        if was_chosen:
            self.province.setCurrentIndex(chosen)  # now named in the new language
        else:  # typed, not chosen from the list: left as typed
            self.province.setEditText(typed)
        self.code.setPlaceholderText(self.tr("e.g. 0801"))
        self.contact.setPlaceholderText(self.tr("Name, telephone, e-mail"))
