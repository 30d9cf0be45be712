"""Start an assessment: choose the agency (or add one), the fiscal year (B.E.) and the assessors."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import KaoError
from core.records import AssessmentService
from core.thai import fiscal_year
from gui.dialogs.agency_dialog import AgencyDialog
from gui.i18n import LanguageManager, Retranslating
from gui.widgets.wrapping_label import WrappingLabel, grow_to_fit
from gui.widgets.year_box import FIRST_YEAR, LAST_YEAR, YearBox

COMBO_CHROME = 40  # the frame and the drop-down arrow
MAX_AGENCY_WIDTH = 680  # with the label and the New agency button, under a 1024-pixel screen


class NewAssessmentDialog(Retranslating, QDialog):
    def __init__(self, service: AssessmentService, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._languages = LanguageManager.for_app()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.agency = QComboBox()
        self.agency.currentTextChanged.connect(self.agency.setToolTip)  # a name longer than the box, whole
        self.add_agency = QPushButton()
        self.add_agency.clicked.connect(self._new_agency)
        agency_row = QHBoxLayout()
        agency_row.addWidget(self.agency, 1)
        agency_row.addWidget(self.add_agency)
        self.year = YearBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self._this_year = fiscal_year(today or date.today())
        self.year.setValue(self._this_year)
        self.assessors = QLineEdit()
        # The dialog's floor; not setMinimumWidth on the dialog, which would stop its layout growing it.
        self.assessors.setMinimumWidth(360)
        self._agency_label, self._year_label, self._assessors_label = QLabel(), QLabel(), QLabel()
        self._agency_label.setBuddy(self.agency)
        self._year_label.setBuddy(self.year)
        self._assessors_label.setBuddy(self.assessors)
        form.addRow(self._agency_label, agency_row)
        form.addRow(self._year_label, self.year)
        form.addRow(self._assessors_label, self.assessors)
        self.error = WrappingLabel()
        self.error.setObjectName("savedStateError")
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.created_id: int | None = None
        self._reload_agencies()
        self.retranslate_ui()

    def _reload_agencies(self, select_id: int | None = None) -> None:
        lang = self._languages.lang
        self.agency.clear()
        for a in sorted(self._service.list_agencies(), key=lambda a: a.name.get(lang)):
            self.agency.addItem(f"{a.name.get(lang)} ({a.code})", a.id)
        # As wide as the longest name with its code (two offices of one ministry differ only at the
        # end), within what a 1024-pixel screen allows; the dialog grows to match.
        metrics = self.agency.fontMetrics()
        texts = [self.agency.itemText(i) for i in range(self.agency.count())]
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        self.agency.setMinimumWidth(min(widest + COMBO_CHROME, MAX_AGENCY_WIDTH))
        if select_id is not None:
            self.agency.setCurrentIndex(self.agency.findData(select_id))

    def _new_agency(self) -> None:
        dialog = AgencyDialog(parent=self, save=self._service.save_agency)  # closes once the agency is stored
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        self._reload_agencies(dialog.saved.id)

    def assessor_names(self) -> tuple[str, ...]:
        return tuple(n.strip() for n in self.assessors.text().replace("、", ",").split(",") if n.strip())

    def accept(self) -> None:
        agency_id = self.agency.currentData()
        if agency_id is None:
            self._show_error(self.tr("Choose an agency, or add a new one first."))
            return
        problem = self.year.problem(self._this_year)
        if problem is not None:
            self._show_error(problem)
            self.year.setFocus()
            self.year.selectAll()
            return
        try:
            created = self._service.create_assessment(int(agency_id), self.year.value(), self.assessor_names())
        except KaoError as exc:
            self._show_error(exc.sentence(self._languages.lang))
            return
        self.created_id = created.id
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.set_plain_text(text)
        self.error.show()
        grow_to_fit(self)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New assessment"))
        self._agency_label.setText(self.tr("Agency"))
        self.add_agency.setText(self.tr("New agency…"))
        self._year_label.setText(self.tr("Fiscal year (B.E.)"))
        self._assessors_label.setText(self.tr("Assessors"))
        self.assessors.setPlaceholderText(self.tr("Names, separated by commas"))
        self.agency.setAccessibleName(self.tr("Agency"))
        self.add_agency.setAccessibleName(self.tr("New agency"))
        self.year.setAccessibleName(self.tr("Fiscal year (B.E.)"))
        self.assessors.setAccessibleName(self.tr("Assessors"))
